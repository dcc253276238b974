// PNG and JPEG decoding with error managers of Postmottak's own: libpng and libjpeg write
// their warnings to stderr by default (past the logger, breaking JSON logs, echoing input
// bytes); here every message goes to a callback, and a fatal error returns NULL instead of
// exiting or printing. Both decode straight to 8-bit gray rows, the only form OCR needs.
#ifndef POSTMOTTAK_CIMAGECODECS_SHIM_H
#define POSTMOTTAK_CIMAGECODECS_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <jpeglib.h>
#include <png.h>

/// Receives each message a codec has (a warning, or the error that ended the decode).
typedef void (*pm_codec_message_fn)(void *context, const char *message);

// MARK: - JPEG

struct pm_jpeg_error {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
    pm_codec_message_fn report;
    void *context;
    int reported;
};

static void pm_jpeg_report(j_common_ptr cinfo) {
    struct pm_jpeg_error *e = (struct pm_jpeg_error *)cinfo->err;
    char text[JMSG_LENGTH_MAX];
    (*cinfo->err->format_message)(cinfo, text);
    if (e->report && e->reported < 20) e->report(e->context, text);
    e->reported++;
}

static void pm_jpeg_error_exit(j_common_ptr cinfo) {
    pm_jpeg_report(cinfo);
    longjmp(((struct pm_jpeg_error *)cinfo->err)->jump, 1);
}

static void pm_jpeg_emit_message(j_common_ptr cinfo, int level) {
    if (level < 0) pm_jpeg_report(cinfo);  // warnings; trace messages (level >= 0) are dropped
}

static void pm_jpeg_output_message(j_common_ptr cinfo) { pm_jpeg_report(cinfo); }

/// Our error manager in `error`, reporting to `report` (the caller then sets its jump point).
static inline struct jpeg_error_mgr *pm_jpeg_error_manager(struct pm_jpeg_error *error, pm_codec_message_fn report, void *context) {
    memset(error, 0, sizeof *error);
    struct jpeg_error_mgr *manager = jpeg_std_error(&error->manager);
    manager->error_exit = pm_jpeg_error_exit;
    manager->emit_message = pm_jpeg_emit_message;
    manager->output_message = pm_jpeg_output_message;
    error->report = report;
    error->context = context;
    return manager;
}

/// Decodes a JPEG to gray rows of `*width` bytes (malloc'ed; the caller frees them), or NULL.
/// `*dpi` is the file's resolution, or 0. Images over `max_pixels` are refused unread.
static inline unsigned char *pm_decode_jpeg_gray(const unsigned char *bytes, size_t count, long max_pixels,
                                                 int *width, int *height, int *dpi,
                                                 pm_codec_message_fn report, void *context) {
    struct jpeg_decompress_struct cinfo;
    struct pm_jpeg_error error;
    unsigned char *volatile out = NULL;
    unsigned char *volatile row = NULL;
    cinfo.err = pm_jpeg_error_manager(&error, report, context);
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&cinfo);
        free(out);
        free(row);
        return NULL;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, (unsigned char *)bytes, (unsigned long)count);
    if (jpeg_read_header(&cinfo, TRUE) != JPEG_HEADER_OK) { jpeg_destroy_decompress(&cinfo); return NULL; }
    if ((long)cinfo.image_width * (long)cinfo.image_height > max_pixels) {
        if (report) report(context, "the image is larger than its limit");
        jpeg_destroy_decompress(&cinfo);
        return NULL;
    }
    int cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
    // Color is decoded to RGB and weighed as Leptonica weighs it (0.3, 0.5, 0.2), so the OCR
    // sees the same gray page as before; a gray JPEG stays gray.
    cinfo.out_color_space = cmyk ? JCS_CMYK : cinfo.num_components == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_start_decompress(&cinfo);
    int w = (int)cinfo.output_width, h = (int)cinfo.output_height, n = cinfo.output_components;
    out = malloc((size_t)w * (size_t)h);
    row = malloc((size_t)w * (size_t)n);
    if (!out || !row) longjmp(error.jump, 1);
    while (cinfo.output_scanline < cinfo.output_height) {
        int y = (int)cinfo.output_scanline;
        JSAMPROW rows[1] = { (JSAMPROW)row };
        jpeg_read_scanlines(&cinfo, rows, 1);
        unsigned char *dst = out + (size_t)y * (size_t)w;
        if (n == 1) { memcpy(dst, row, (size_t)w); continue; }
        if (n == 3) {
            for (int x = 0; x < w; x++) {
                unsigned r = row[3 * x], g = row[3 * x + 1], b = row[3 * x + 2];
                dst[x] = (unsigned char)((r * 30 + g * 50 + b * 20 + 50) / 100);
            }
            continue;
        }
        for (int x = 0; x < w; x++) {
            // Adobe writes inverted CMYK: 255 is no ink.
            unsigned c = row[4 * x], m = row[4 * x + 1], yy = row[4 * x + 2], k = row[4 * x + 3];
            unsigned r = c * k / 255, g = m * k / 255, b = yy * k / 255;
            dst[x] = (unsigned char)((r * 30 + g * 50 + b * 20 + 50) / 100);
        }
    }
    free(row);
    row = NULL;
    *dpi = cinfo.density_unit == 1 ? cinfo.X_density : cinfo.density_unit == 2 ? (int)(cinfo.X_density * 2.54 + 0.5) : 0;
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    *width = w;
    *height = h;
    return out;
}

// MARK: - PNG

struct pm_png_source {
    const unsigned char *bytes;
    size_t count, offset;
    pm_codec_message_fn report;
    void *context;
    int reported;
};

static void pm_png_read(png_structp png, png_bytep data, png_size_t length) {
    struct pm_png_source *s = (struct pm_png_source *)png_get_io_ptr(png);
    if (s->offset + length > s->count) png_error(png, "the file ends before the image does");
    memcpy(data, s->bytes + s->offset, length);
    s->offset += length;
}

static void pm_png_message(png_structp png, png_const_charp message) {
    struct pm_png_source *s = (struct pm_png_source *)png_get_error_ptr(png);
    if (s && s->report && s->reported < 20) s->report(s->context, message);
    if (s) s->reported++;
}

static void pm_png_error(png_structp png, png_const_charp message) {
    pm_png_message(png, message);
    png_longjmp(png, 1);
}

/// Decodes a PNG to gray rows of `*width` bytes (malloc'ed; the caller frees them), or NULL.
static inline unsigned char *pm_decode_png_gray(const unsigned char *bytes, size_t count, long max_pixels,
                                                int *width, int *height, int *dpi,
                                                pm_codec_message_fn report, void *context) {
    struct pm_png_source source = { bytes, count, 0, report, context, 0 };
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &source, pm_png_error, pm_png_message);
    if (!png) return NULL;
    png_infop info = png_create_info_struct(png);
    unsigned char *volatile out = NULL;
    png_bytep *volatile rows = NULL;
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, info ? &info : NULL, NULL);
        free(out);
        free(rows);
        return NULL;
    }
    png_set_read_fn(png, &source, pm_png_read);
    png_set_user_limits(png, 1000000, 1000000);
    png_set_chunk_malloc_max(png, 64 * 1024 * 1024);
    png_read_info(png, info);
    png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
    if ((long)w * (long)h > max_pixels) png_error(png, "the image is larger than its limit");
    int type = png_get_color_type(png, info);
    png_set_strip_16(png);
    png_set_strip_alpha(png);
    if (type == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
    if (type == PNG_COLOR_TYPE_GRAY && png_get_bit_depth(png, info) < 8) png_set_expand_gray_1_2_4_to_8(png);
    if (type & PNG_COLOR_MASK_COLOR || type == PNG_COLOR_TYPE_PALETTE) png_set_rgb_to_gray_fixed(png, 1, 30000, 50000);  // Leptonica's weights
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    if (png_get_rowbytes(png, info) != (size_t)w) png_error(png, "the image does not decode to one gray byte a pixel");
    out = malloc((size_t)w * (size_t)h);
    rows = malloc(sizeof(png_bytep) * (size_t)h);
    if (!out || !rows) png_error(png, "out of memory");
    for (png_uint_32 y = 0; y < h; y++) rows[y] = out + (size_t)y * w;
    png_read_image(png, rows);
    png_read_end(png, NULL);
    png_uint_32 xres = 0, yres = 0;
    int unit = 0;
    *dpi = png_get_pHYs(png, info, &xres, &yres, &unit) && unit == PNG_RESOLUTION_METER ? (int)(xres * 0.0254 + 0.5) : 0;
    free(rows);
    png_destroy_read_struct(&png, &info, NULL);
    *width = (int)w;
    *height = (int)h;
    return out;
}

// MARK: - Headers

/// A JPEG's size from its header, checked by libjpeg; 0 when it is no readable JPEG.
static inline int pm_jpeg_size(const unsigned char *bytes, size_t count, int *width, int *height,
                               pm_codec_message_fn report, void *context) {
    struct jpeg_decompress_struct cinfo;
    struct pm_jpeg_error error;
    cinfo.err = pm_jpeg_error_manager(&error, report, context);
    if (setjmp(error.jump)) { jpeg_destroy_decompress(&cinfo); return 0; }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, (unsigned char *)bytes, (unsigned long)count);
    int ok = jpeg_read_header(&cinfo, TRUE) == JPEG_HEADER_OK;
    *width = (int)cinfo.image_width;
    *height = (int)cinfo.image_height;
    jpeg_destroy_decompress(&cinfo);
    return ok;
}

/// A PNG's size from its IHDR, checked by libpng (signature, chunk CRC); 0 when it is no
/// readable PNG.
static inline int pm_png_size(const unsigned char *bytes, size_t count, int *width, int *height,
                              pm_codec_message_fn report, void *context) {
    struct pm_png_source source = { bytes, count, 0, report, context, 0 };
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &source, pm_png_error, pm_png_message);
    if (!png) return 0;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) { png_destroy_read_struct(&png, info ? &info : NULL, NULL); return 0; }
    png_set_read_fn(png, &source, pm_png_read);
    png_set_user_limits(png, 1000000, 1000000);
    png_read_info(png, info);
    *width = (int)png_get_image_width(png, info);
    *height = (int)png_get_image_height(png, info);
    png_destroy_read_struct(&png, &info, NULL);
    return 1;
}
#endif
