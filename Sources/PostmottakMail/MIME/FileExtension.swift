/// A file extension for content types, for attachments that declare no name.
enum FileExtension {
    static func forMIMEType(_ type: String) -> String {
        switch type {
        case "image/jpeg", "image/jpg", "image/pjpeg": "jpg"
        case "image/png": "png"
        case "image/gif": "gif"
        case "image/tiff": "tif"
        case "image/heic": "heic"
        case "application/pdf": "pdf"
        case "text/plain": "txt"
        case "text/html": "html"
        case "text/calendar": "ics"
        case "message/rfc822": "eml"
        case "message/delivery-status": "txt"
        case "application/ms-tnef", "application/vnd.ms-tnef": "dat"
        case "application/pkcs7-signature", "application/x-pkcs7-signature": "p7s"
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx"
        case "application/msword": "doc"
        case "application/zip": "zip"
        default: "bin"
        }
    }
}
