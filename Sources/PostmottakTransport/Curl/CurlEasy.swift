import CCurl
import Foundation

/// One libcurl easy handle. It is the only type that holds a `CURL *`; it never leaves this
/// module. Not thread-safe: one owner uses it at a time (a connection, a request).
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var lists: [UnsafeMutablePointer<curl_slist>] = []
    /// Bytes a transfer wrote (HTTP bodies).
    fileprivate(set) var received = Data()

    init(operation: String) throws(CurlError) {
        CurlLibrary.ensureInitialized()
        guard let handle = curl_easy_init() else {
            throw CurlError(operation: operation, code: 0, message: "libcurl could not create a handle (out of memory?)")
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        _ = pm_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = pm_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
        for list in lists { curl_slist_free_all(list) }
    }

    func set(_ option: CURLoption, _ value: Int) {
        _ = pm_curl_setopt_long(handle, option, value)
    }

    /// libcurl copies string options, so the Swift string may go away afterwards.
    func set(_ option: CURLoption, _ value: String?) {
        if let value {
            _ = value.withCString { pm_curl_setopt_string(handle, option, $0) }
        } else {
            _ = pm_curl_setopt_string(handle, option, nil)
        }
    }

    /// A list option (HTTP headers); the list lives as long as the handle.
    func set(_ option: CURLoption, list values: [String]) {
        var list: UnsafeMutablePointer<curl_slist>?
        for value in values { list = curl_slist_append(list, value) }
        if let list { lists.append(list) }
        _ = pm_curl_setopt_slist(handle, option, list)
    }

    /// Collects the response body into `received`.
    func collectBody() {
        received = Data()
        _ = pm_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, Unmanaged.passUnretained(self).toOpaque())
        _ = pm_curl_setopt_write_callback(handle, CurlEasy.writeCallback)
    }

    private static let writeCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        data, size, count, user in
        guard let data, let user else { return 0 }
        let easy = Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue()
        let n = size * count
        guard easy.received.count + n <= 16 << 20 else { return 0 }  // no answer we read is this large
        data.withMemoryRebound(to: UInt8.self, capacity: n) { easy.received.append($0, count: n) }
        return n
    }

    /// Response header lines of the last response (HTTP), without their line ends.
    fileprivate(set) var headerLines: [String] = []

    /// Collects response header lines into `headerLines`; a new status line starts afresh,
    /// so only the final response's headers remain (after a `100 Continue`, a redirect).
    func collectHeaders() {
        headerLines = []
        _ = pm_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, Unmanaged.passUnretained(self).toOpaque())
        _ = pm_curl_setopt_header_callback(handle, CurlEasy.headerCallback)
    }

    private static let headerCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        data, size, count, user in
        guard let data, let user else { return 0 }
        let easy = Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue()
        let n = size * count
        let line = data.withMemoryRebound(to: UInt8.self, capacity: n) {
            String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
        }.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") { easy.headerLines = [] }
        if !line.isEmpty, easy.headerLines.count < 200 { easy.headerLines.append(line) }
        return n
    }

    /// Sets a 64-bit size option (`CURLOPT_INFILESIZE_LARGE`, `CURLOPT_POSTFIELDSIZE_LARGE`).
    func set(large option: CURLoption, _ value: Int64) {
        _ = pm_curl_setopt_off(handle, option, curl_off_t(value))
    }

    /// Bytes an upload sends (an SMTP message), and how far it has got.
    private var upload: [UInt8] = []
    private var uploaded = 0

    /// Sends `bytes` as the transfer's upload (CURLOPT_UPLOAD with a read callback).
    func uploadBody(_ bytes: [UInt8]) {
        _ = pm_curl_setopt_long(handle, CURLOPT_UPLOAD, 1)
        readBody(bytes)
    }

    /// Feeds `bytes` through the read callback without choosing the method (an HTTP POST body).
    func readBody(_ bytes: [UInt8]) {
        upload = bytes
        uploaded = 0
        _ = pm_curl_setopt_pointer(handle, CURLOPT_READDATA, Unmanaged.passUnretained(self).toOpaque())
        _ = pm_curl_setopt_read_callback(handle, CurlEasy.readCallback)
    }

    private static let readCallback: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        buffer, size, count, user in
        guard let buffer, let user else { return 0 }
        let easy = Unmanaged<CurlEasy>.fromOpaque(user).takeUnretainedValue()
        let n = min(size * count, easy.upload.count - easy.uploaded)
        guard n > 0 else { return 0 }
        let copied = easy.upload.withUnsafeBufferPointer { source -> Bool in
            guard let base = source.baseAddress else { return false }
            buffer.withMemoryRebound(to: UInt8.self, capacity: n) { $0.update(from: base + easy.uploaded, count: n) }
            return true
        }
        guard copied else { return 0 }
        easy.uploaded += n
        return n
    }

    /// Runs the configured transfer (or, with CONNECT_ONLY, the connection and login).
    func perform(_ operation: String) throws(CurlError) {
        errorBuffer.pointee = 0
        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else { throw error(operation, code) }
    }

    func responseCode() -> Int {
        var code = 0
        _ = pm_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    // MARK: - CONNECT_ONLY: speaking the protocol over curl's connection (and its TLS)

    /// Sends all of `bytes`, waiting for the socket when it is full.
    func send(_ bytes: [UInt8], timeout: Double, operation: String) throws(CurlError) {
        var offset = 0
        while offset < bytes.count {
            var sent = 0
            let code = bytes.withUnsafeBytes { raw in
                curl_easy_send(handle, raw.baseAddress.map { $0 + offset }, bytes.count - offset, &sent)
            }
            if code == CURLE_AGAIN {
                try wait(forWriting: true, timeout: timeout, operation: operation)
                continue
            }
            guard code == CURLE_OK else { throw error(operation, code) }
            offset += sent
        }
    }

    /// Receives what is available (at most `buffer.count` bytes), waiting up to `timeout`
    /// seconds for the first byte. Returns 0 when the peer closed the connection.
    func receive(into buffer: inout [UInt8], timeout: Double, operation: String) throws(CurlError) -> Int {
        while true {
            var count = 0
            let code = buffer.withUnsafeMutableBytes { raw in curl_easy_recv(handle, raw.baseAddress, raw.count, &count) }
            if code == CURLE_AGAIN {
                try wait(forWriting: false, timeout: timeout, operation: operation)
                continue
            }
            if code == CURLE_UNSUPPORTED_PROTOCOL || code == CURLE_GOT_NOTHING { return 0 }
            guard code == CURLE_OK else { throw error(operation, code) }
            return count
        }
    }

    private func wait(forWriting: Bool, timeout: Double, operation: String) throws(CurlError) {
        var socket: curl_socket_t = -1
        guard pm_curl_getinfo_socket(handle, &socket) == CURLE_OK, socket >= 0 else {
            throw CurlError(operation: operation, code: 0, message: "the connection is closed")
        }
        var pollfd = Foundation.pollfd(fd: socket, events: Int16(forWriting ? POLLOUT : POLLIN), revents: 0)
        let ready = poll(&pollfd, 1, Int32(max(1, timeout * 1000)))
        if ready == 0 {
            throw CurlError(operation: operation, code: Int(CURLE_OPERATION_TIMEDOUT.rawValue),
                            message: "no answer within \(Int(timeout)) s")
        }
        if ready < 0, errno != EINTR {
            throw CurlError(operation: operation, code: 0, message: "poll failed: \(String(cString: strerror(errno)))")
        }
    }

    private func error(_ operation: String, _ code: CURLcode) -> CurlError {
        let detail = String(cString: errorBuffer)
        let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail.trimmingCharacters(in: .whitespacesAndNewlines)
        return CurlError(operation: operation, code: Int(code.rawValue), message: message)
    }
}
