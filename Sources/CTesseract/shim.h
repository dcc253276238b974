// Tesseract's C API and Leptonica in one module, so that `Pix *` is a typed pointer
// that passes straight from Leptonica into Tesseract.
#ifndef POSTMOTTAK_CTESSERACT_SHIM_H
#define POSTMOTTAK_CTESSERACT_SHIM_H
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

/// Leptonica's version string; the caller frees it with `pm_lept_free`.
static inline char *pm_leptonica_version(void) { return getLeptonicaVersion(); }
static inline void pm_lept_free(void *p) { lept_free(p); }
#endif
