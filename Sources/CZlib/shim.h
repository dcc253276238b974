// Thin shim over zlib: inflateInit2 and deflateInit2 are macros, so Swift reaches them
// through these functions.
#ifndef POSTMOTTAK_CZLIB_SHIM_H
#define POSTMOTTAK_CZLIB_SHIM_H
#include <zlib.h>

/// Raw deflate (no zlib or gzip header), as ZIP stores it.
static inline int pm_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}
static inline int pm_deflate_init_raw(z_stream *stream) {
    return deflateInit2(stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
#endif
