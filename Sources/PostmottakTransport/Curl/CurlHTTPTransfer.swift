import CCurl
import Foundation

extension HTTPRequest {
    /// Sends the request. A transport failure (no connection, a connection dropped before the
    /// answer, a timeout) throws; any HTTP status is a response.
    public func send() throws(CurlError) -> Response {
        let operation = "HTTP \(method.rawValue) to \(HTTPPost.origin(url))"
        let easy = try CurlEasy(operation: operation)
        easy.set(CURLOPT_URL, url)
        easy.set(CURLOPT_PROTOCOLS_STR, "https,http")
        easy.set(CURLOPT_TIMEOUT_MS, Int(timeoutSeconds * 1000))
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(min(timeoutSeconds, 15) * 1000))
        if let caFile { easy.set(CURLOPT_CAINFO, caFile) }
        // No "Expect: 100-continue": the body is sent at once, with its exact length.
        easy.set(CURLOPT_HTTPHEADER, list: headers + ["Expect:"])
        let bytes = body.map { [UInt8]($0) } ?? []
        switch method {
        case .get:
            easy.set(CURLOPT_HTTPGET, 1)
        case .post:
            easy.set(CURLOPT_POST, 1)
            easy.set(large: CURLOPT_POSTFIELDSIZE_LARGE, Int64(bytes.count))
            easy.readBody(bytes)
        case .put:
            easy.set(large: CURLOPT_INFILESIZE_LARGE, Int64(bytes.count))
            easy.uploadBody(bytes)
        case .patch, .delete:
            easy.set(CURLOPT_CUSTOMREQUEST, method.rawValue)
            if body != nil {
                easy.set(CURLOPT_POST, 1)
                easy.set(large: CURLOPT_POSTFIELDSIZE_LARGE, Int64(bytes.count))
                easy.readBody(bytes)
            }
        }
        easy.collectHeaders()
        easy.collectBody()
        try easy.perform(operation)
        var fields: [String: String] = [:]
        for line in easy.headerLines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: easy.responseCode(), headers: fields, body: easy.received)
    }
}
