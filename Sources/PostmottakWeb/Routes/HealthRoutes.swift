import Hummingbird
import Foundation
import Logging
import PostmottakConfig
import PostmottakCore
import PostmottakStore

extension Workbench {
    /// `/health/live`: the process answers. `/health/ready`: the store can be read.
    func addHealthRoutes(to router: Router<WorkbenchContext>) {
        router.get("/health/live") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"live"}"#)))
        }
        router.get("/health/ready") { _, _ in
            do {
                _ = try store.statusCounts()
                return Response(status: .ok, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ready"}"#)))
            } catch {
                return Response(status: .serviceUnavailable, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: #"{"status":"not_ready","problems":["the store cannot be read"]}"#)))
            }
        }
    }

    /// The stylesheet and the script, cached for an hour; no icon.
    func addStaticRoutes(to router: Router<WorkbenchContext>) {
        router.get("/favicon.ico") { _, _ in Response(status: .noContent, headers: [.cacheControl: "max-age=86400"]) }
        router.get("/static/workbench.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        router.get("/static/workbench.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Script.js)))
        }
    }
}
