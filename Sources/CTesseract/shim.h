// Tesseract's C API and Leptonica in one module, so that `Pix *` is a typed pointer
// that passes straight from Leptonica into Tesseract.
#ifndef POSTMOTTAK_CTESSERACT_SHIM_H
#define POSTMOTTAK_CTESSERACT_SHIM_H
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

/// Leptonica's version string; the caller frees it with `pm_lept_free`.
static inline char *pm_leptonica_version(void) { return getLeptonicaVersion(); }
static inline void pm_lept_free(void *p) { lept_free(p); }

/// An 8-bit gray Pix from rows of `width` bytes (Leptonica packs bytes into big-endian
/// 32-bit words, which SET_DATA_BYTE, a macro, knows).
static inline PIX *pm_pix_from_gray(const unsigned char *bytes, int width, int height, int dpi) {
    PIX *pix = pixCreate(width, height, 8);
    if (!pix) return NULL;
    l_uint32 *data = pixGetData(pix);
    l_int32 wpl = pixGetWpl(pix);
    for (int y = 0; y < height; y++) {
        l_uint32 *line = data + (size_t)y * wpl;
        const unsigned char *src = bytes + (size_t)y * width;
        for (int x = 0; x < width; x++) SET_DATA_BYTE(line, x, src[x]);
    }
    pixSetResolution(pix, dpi, dpi);
    return pix;
}

/// The value of the 8-bit pixel at (x, y) of a gray Pix (GET_DATA_BYTE is a macro).
static inline int pm_pix_gray_at(PIX *pix, int x, int y) {
    l_uint32 *line = pixGetData(pix) + (size_t)y * pixGetWpl(pix);
    return GET_DATA_BYTE(line, x);
}

/// How many pixels of a gray Pix in the rectangle are darker than `threshold` (0–255).
static inline int pm_pix_count_dark(PIX *pix, int x0, int y0, int w, int h, int threshold) {
    int width = pixGetWidth(pix), height = pixGetHeight(pix), count = 0;
    if (x0 < 0) { w += x0; x0 = 0; }
    if (y0 < 0) { h += y0; y0 = 0; }
    if (x0 + w > width) w = width - x0;
    if (y0 + h > height) h = height - y0;
    if (w <= 0 || h <= 0) return 0;
    l_uint32 *data = pixGetData(pix);
    l_int32 wpl = pixGetWpl(pix);
    for (int y = y0; y < y0 + h; y++) {
        l_uint32 *line = data + (size_t)y * wpl;
        for (int x = x0; x < x0 + w; x++) if ((int)GET_DATA_BYTE(line, x) < threshold) count++;
    }
    return count;
}
#endif
