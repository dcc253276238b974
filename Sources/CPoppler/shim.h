// Thin shim over poppler-glib and cairo: renders a PDF page to 8-bit grayscale bytes, so the
// Swift side never holds a cairo surface, and frees GObjects (g_object_unref is fine to call,
// but G_IS_* checks are macros).
#ifndef POSTMOTTAK_CPOPPLER_SHIM_H
#define POSTMOTTAK_CPOPPLER_SHIM_H
#include <poppler.h>
#include <cairo.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// Renders `page` at `dpi` onto white and returns malloc'ed 8-bit gray rows of `*width`
/// bytes each (no padding), or NULL. The caller frees the result with free().
static inline unsigned char *pm_poppler_render_gray(PopplerPage *page, double dpi, int max_pixels, int *width, int *height) {
    double w_pt = 0, h_pt = 0;
    poppler_page_get_size(page, &w_pt, &h_pt);
    double scale = dpi / 72.0;
    int w = (int)(w_pt * scale + 0.5), h = (int)(h_pt * scale + 0.5);
    if (w <= 0 || h <= 0 || (double)w * (double)h > (double)max_pixels) return NULL;
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) { cairo_surface_destroy(surface); return NULL; }
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    poppler_page_render_for_printing(page, cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    unsigned char *gray = malloc((size_t)w * (size_t)h);
    if (gray) {
        const unsigned char *data = cairo_image_surface_get_data(surface);
        int stride = cairo_image_surface_get_stride(surface);
        for (int y = 0; y < h; y++) {
            const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
            unsigned char *out = gray + (size_t)y * w;
            for (int x = 0; x < w; x++) {
                uint32_t p = row[x];
                unsigned r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
                out[x] = (unsigned char)((r * 299 + g * 587 + b * 114) / 1000);
            }
        }
    }
    cairo_surface_destroy(surface);
    *width = w;
    *height = h;
    return gray;
}

static inline void pm_g_object_unref(void *object) { g_object_unref(object); }
static inline void pm_g_free(void *p) { g_free(p); }
static inline void pm_g_error_free(GError *e) { if (e) g_error_free(e); }
#endif
