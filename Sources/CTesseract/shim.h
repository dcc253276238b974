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

/// Copies the rectangle (x0, y0, w, h) of a gray Pix into `out` (w × h bytes, row by row);
/// what lies outside the image is white (255).
static inline void pm_pix_copy_gray(PIX *pix, int x0, int y0, int w, int h, unsigned char *out) {
    int width = pixGetWidth(pix), height = pixGetHeight(pix);
    l_uint32 *data = pixGetData(pix);
    l_int32 wpl = pixGetWpl(pix);
    for (int y = 0; y < h; y++) {
        int sy = y0 + y;
        for (int x = 0; x < w; x++) {
            int sx = x0 + x;
            out[(size_t)y * w + x] = (sx < 0 || sy < 0 || sx >= width || sy >= height)
                ? 255 : (unsigned char)GET_DATA_BYTE(data + (size_t)sy * wpl, sx);
        }
    }
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

/// Whitens lines along the edges of the rectangle (x, y, w, h) of an 8-bit Pix: a column or
/// row at the edge that is mostly darker than `threshold` is a printed border, not ink.
static inline void pm_pix_whiten_edge_lines(PIX *pix, int x, int y, int w, int h, int threshold) {
    l_uint32 *data = pixGetData(pix);
    l_int32 wpl = pixGetWpl(pix);
    #define PM_DARK(px, py) ((int)GET_DATA_BYTE(data + (size_t)(py) * wpl, (px)) < threshold)
    for (int side = 0; side < 4; side++) {
        int limit = (side < 2 ? w : h) / 4;
        for (int k = 0; k < limit; k++) {
            int dark = 0, length = side < 2 ? h : w;
            for (int j = 0; j < length; j++) {
                int px = side == 0 ? x + k : side == 1 ? x + w - 1 - k : x + j;
                int py = side == 2 ? y + k : side == 3 ? y + h - 1 - k : y + j;
                if (PM_DARK(px, py)) dark++;
            }
            if (dark * 2 < length) break;
            for (int j = 0; j < length; j++) {
                int px = side == 0 ? x + k : side == 1 ? x + w - 1 - k : x + j;
                int py = side == 2 ? y + k : side == 3 ? y + h - 1 - k : y + j;
                SET_DATA_BYTE(data + (size_t)py * wpl, px, 255);
            }
        }
    }
    #undef PM_DARK
}

/// A new white 8-bit Pix holding the `n` cells of `pix` (rectangles x, y, w, h in `rects`)
/// side by side, `gap` pixels apart with `margin` around, each cell's border lines
/// whitened: a comb's characters as one clean line for the OCR engine.
static inline PIX *pm_pix_compose_cells(PIX *pix, const int *rects, int n, int gap, int margin, int threshold) {
    int width = pixGetWidth(pix), height = pixGetHeight(pix), total = 0, tallest = 0;
    for (int i = 0; i < n; i++) {
        total += rects[4 * i + 2];
        if (rects[4 * i + 3] > tallest) tallest = rects[4 * i + 3];
    }
    if (n <= 0 || total <= 0 || tallest <= 0) return NULL;
    PIX *out = pixCreate(total + gap * (n - 1) + 2 * margin, tallest + 2 * margin, 8);
    if (!out) return NULL;
    pixSetAll(out);
    pixCopyResolution(out, pix);
    int x = margin;
    for (int i = 0; i < n; i++) {
        int sx = rects[4 * i], sy = rects[4 * i + 1], w = rects[4 * i + 2], h = rects[4 * i + 3];
        int dy = margin + (tallest - h) / 2;
        if (sx >= 0 && sy >= 0 && sx + w <= width && sy + h <= height) {
            pixRasterop(out, x, dy, w, h, PIX_SRC, pix, sx, sy);
            pm_pix_whiten_edge_lines(out, x, dy, w, h, threshold);
        }
        x += w + gap;
    }
    return out;
}
#endif
