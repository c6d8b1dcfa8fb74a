import Foundation

/// A real HTTP/1.1 server on 127.0.0.1 (an ephemeral port), for the fetcher's tests and the refresh
/// benchmark: it answers each request through a handler that writes raw bytes, so faults (a reset
/// mid-body, a drip, a redirect loop) are exact. One connection at a time; stops on `stop()`.
public final class LoopbackServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        /// The body, read to its `Content-Length` (empty without one).
        public var body: [UInt8] = []

        /// The body as UTF-8 text.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// The accepted socket of one exchange.
    public final class Connection {
        let descriptor: Int32
        init(descriptor: Int32) { self.descriptor = descriptor }

        public func write(_ bytes: [UInt8]) {
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes {
                    send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
                }
                if sent <= 0 { return }
                offset += sent
            }
        }

        public func write(_ text: String) { write(Array(text.utf8)) }

        /// A complete response with a Content-Length.
        public func respond(_ status: Int, _ reason: String = "OK", headers: [String: String] = [:], body: [UInt8] = [])
        {
            var head = "HTTP/1.1 \(status) \(reason)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
            for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
            write(head + "\r\n")
            write(body)
        }

        /// Closes with a TCP reset instead of an orderly shutdown.
        public func reset() {
            var option = linger(l_onoff: 1, l_linger: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        }
    }

    public typealias Handler = @Sendable (Request, Connection) -> Void

    private let listener: Int32
    public let port: UInt16
    private let handler: Handler
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else { throw CocoaError(.featureUnsupported) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in serve() }.start()
    }

    public var base: String { "http://127.0.0.1:\(port)" }

    /// Requests seen for a path.
    public func count(_ path: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return counts[path, default: 0]
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        _ = finished.wait(timeout: .now() + 5)
    }

    private func serve() {
        defer { finished.signal() }
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                lock.lock()
                let done = stopped
                lock.unlock()
                if done { return }
                continue
            }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            if let request = readRequest(client) {
                lock.lock()
                counts[request.path, default: 0] += 1
                lock.unlock()
                handler(request, Connection(descriptor: client))
            }
            close(client)
        }
    }

    private func readRequest(_ client: Int32) -> Request? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < 1 << 20 {
            let received = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if received <= 0 { return nil }
            data += buffer[0..<received]
            if let end = data.firstRange(of: Array("\r\n\r\n".utf8)) {
                let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
                let parts = lines.first?.split(separator: " ") ?? []
                guard parts.count >= 2 else { return nil }
                var headers: [String: String] = [:]
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                        in: .whitespaces)
                }
                var request = Request(method: String(parts[0]), path: String(parts[1]), headers: headers)
                let length = min(Int(headers["content-length"] ?? "") ?? 0, 16 << 20)
                var body = Array(data[end.upperBound...])
                while body.count < length {
                    let received = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
                    if received <= 0 { return nil }
                    body += buffer[0..<received]
                }
                request.body = Array(body.prefix(length))
                return request
            }
        }
        return nil
    }
}
