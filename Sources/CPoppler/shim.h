// Thin shim over poppler-glib: frees GObjects (g_object_unref is fine to call, but G_IS_*
// checks are macros). Poppler only reads a PDF's structure in-process (its pages and their
// sizes); rendering and text run in a child process (PostmottakScan's PDFTools).
#ifndef POSTMOTTAK_CPOPPLER_SHIM_H
#define POSTMOTTAK_CPOPPLER_SHIM_H
#include <poppler.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static inline void pm_g_object_unref(void *object) { g_object_unref(object); }
static inline void pm_g_free(void *p) { g_free(p); }
static inline void pm_g_error_free(GError *e) { if (e) g_error_free(e); }
#endif
