// Thin shim over GMime 3: GObject type checks and casts are function-like macros,
// which Swift cannot call, so each one Postmottak needs is a static inline function here.
#ifndef POSTMOTTAK_CGMIME_SHIM_H
#define POSTMOTTAK_CGMIME_SHIM_H
#include <gmime/gmime.h>

static inline int pm_is_multipart(GMimeObject *o) { return GMIME_IS_MULTIPART(o) ? 1 : 0; }
static inline int pm_is_message_part(GMimeObject *o) { return GMIME_IS_MESSAGE_PART(o) ? 1 : 0; }
static inline int pm_is_part(GMimeObject *o) { return GMIME_IS_PART(o) ? 1 : 0; }
static inline int pm_is_text_part(GMimeObject *o) { return GMIME_IS_TEXT_PART(o) ? 1 : 0; }
static inline GMimeMultipart *pm_as_multipart(GMimeObject *o) { return GMIME_MULTIPART(o); }
static inline GMimeMessagePart *pm_as_message_part(GMimeObject *o) { return GMIME_MESSAGE_PART(o); }
static inline GMimePart *pm_as_part(GMimeObject *o) { return GMIME_PART(o); }
static inline GMimeTextPart *pm_as_text_part(GMimeObject *o) { return GMIME_TEXT_PART(o); }
static inline GMimeObject *pm_message_as_object(GMimeMessage *m) { return GMIME_OBJECT(m); }

static inline int pm_address_is_mailbox(InternetAddress *a) { return INTERNET_ADDRESS_IS_MAILBOX(a) ? 1 : 0; }
static inline int pm_address_is_group(InternetAddress *a) { return INTERNET_ADDRESS_IS_GROUP(a) ? 1 : 0; }
static inline InternetAddressMailbox *pm_as_mailbox(InternetAddress *a) { return INTERNET_ADDRESS_MAILBOX(a); }
static inline InternetAddressGroup *pm_as_group(InternetAddress *a) { return INTERNET_ADDRESS_GROUP(a); }

static inline void pm_object_unref(void *object) { g_object_unref(object); }
static inline void pm_free(void *p) { g_free(p); }

/// The bytes held by a memory stream (borrowed from the stream).
static inline GByteArray *pm_stream_mem_bytes(GMimeStream *stream) {
    return g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
}
static inline GMimeStream *pm_stream_mem_new_with_buffer(const char *buffer, size_t len) {
    return g_mime_stream_mem_new_with_buffer(buffer, len);
}
/// Parser options for mail as it really arrives: loose RFC 2047, address and parameter
/// parsing, UTF-8 then Windows-1252 for undeclared 8-bit header bytes, and a warning callback.
static inline GMimeParserOptions *pm_parser_options_new(GMimeParserWarningFunc callback, void *user_data) {
    GMimeParserOptions *o = g_mime_parser_options_new();
    static const char *fallback[] = { "UTF-8", "windows-1252", NULL };
    g_mime_parser_options_set_fallback_charsets(o, fallback);
    g_mime_parser_options_set_rfc2047_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_warning_callback(o, callback, user_data);
    return o;
}
static inline int pm_gmime_major_version(void) { return gmime_major_version; }
static inline int pm_gmime_minor_version(void) { return gmime_minor_version; }
static inline int pm_gmime_micro_version(void) { return gmime_micro_version; }
#endif
