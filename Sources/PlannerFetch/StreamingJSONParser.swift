import Foundation

/// Receives the events of a streamed JSON document. Byte buffers are valid only during the call.
public protocol JSONEventHandler: AnyObject {
    func startObject()
    func endObject()
    func startArray()
    func endArray()
    /// An object key, unescaped UTF-8.
    func key(_ bytes: UnsafeRawBufferPointer)
    /// A string value, unescaped UTF-8.
    func string(_ bytes: UnsafeRawBufferPointer)
    /// A number, true, false or null, as its literal text.
    func literal(_ bytes: UnsafeRawBufferPointer)
}

/// A syntax error in a streamed document, with the byte offset where it was found.
public struct StreamingJSONError: Error, Sendable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { "invalid JSON at byte \(offset): \(message)" }
}

/// An incremental JSON parser: fed chunks as they arrive (from libcurl's write callback), it emits
/// events without ever holding the document. Tokens cut by a chunk boundary are carried over in a
/// small buffer; everything else is handed to the handler straight from the chunk.
public final class StreamingJSONParser: ByteSink {
    private enum State {
        case value  // a value must follow
        case valueOrEnd  // just after '[': a value or ']'
        case keyOrEnd  // just after '{': a key or '}'
        case key  // after ',' in an object
        case colon
        case commaOrEnd
        case string(isKey: Bool, escape: Bool)
        case scalar
        case done
    }

    private let handler: any JSONEventHandler
    private var state = State.value
    /// Open containers, true for an object: a fixed buffer (no exclusivity checks on the hot path) and its depth.
    private let stack: UnsafeMutablePointer<Bool>
    private var depth = 0
    private var carry: [UInt8] = []
    private var carryHasEscape = false
    private var offset = 0
    private let maxDepth = 512

    public init(handler: any JSONEventHandler) {
        self.handler = handler
        stack = UnsafeMutablePointer<Bool>.allocate(capacity: maxDepth + 1)
    }

    deinit { stack.deallocate() }

    public func consume(_ chunk: UnsafeRawBufferPointer) throws {
        guard let base = chunk.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        try parse(base, chunk.count)
        offset += chunk.count
    }

    /// Checks that the document ended where it should.
    public func finish() throws {
        if case .scalar = state {
            try endScalar()
            state = afterValueState()
        }
        guard case .done = state else {
            throw StreamingJSONError(offset: offset, message: "the document ends early (truncated?)")
        }
    }

    private func fail(_ message: String, _ index: Int) -> StreamingJSONError {
        StreamingJSONError(offset: offset + index, message: message)
    }

    /// The state after a complete value.
    private func afterValueState() -> State { depth == 0 ? .done : .commaOrEnd }

    private func endScalar() throws {
        try carry.withUnsafeBytes { try emitScalar($0) }
        carry.removeAll(keepingCapacity: true)
    }

    private static let literals: [[UInt8]] = [Array("true".utf8), Array("false".utf8), Array("null".utf8)]

    /// Emits a number or literal, checking that a word is one of true, false and null.
    private func emitScalar(_ bytes: UnsafeRawBufferPointer) throws {
        if let first = bytes.first, first >= 0x61, !Self.literals.contains(where: { $0.elementsEqual(bytes) }) {
            throw StreamingJSONError(offset: offset, message: "unexpected literal '\(String(decoding: bytes.prefix(16), as: UTF8.self))'")
        }
        handler.literal(bytes)
    }

    private func parse(_ p: UnsafePointer<UInt8>, _ count: Int) throws {
        // A local copy of the state: class properties pay for exclusivity checks on every access.
        var state = self.state
        var depth = self.depth
        defer {
            self.state = state
            self.depth = depth
        }
        var i = 0
        while i < count {
            switch state {
            case .string(let isKey, var escape):
                // Fast path: no escape pending and nothing carried: find the closing quote with memchr,
                // and hand the bytes over without a copy when they hold no escape.
                if !escape, carry.isEmpty, let quote = memchr(p + i, 0x22, count - i) {
                    let end = UnsafePointer<UInt8>(quote.assumingMemoryBound(to: UInt8.self)) - p
                    if memchr(p + i, 0x5C, end - i) == nil {
                        var index = i
                        while index < end, p[index] >= 0x20 { index += 1 }
                        if index < end { throw fail("control character in a string", index) }
                        let bytes = UnsafeRawBufferPointer(start: p + i, count: end - i)
                        if isKey { handler.key(bytes) } else { handler.string(bytes) }
                        i = end + 1
                        state = isKey ? .colon : (depth == 0 ? .done : .commaOrEnd)
                        continue
                    }
                }
                // Scan to the closing quote; zero-copy when the string starts and ends in this chunk unescaped.
                let start = i
                var hasEscape = carryHasEscape
                while i < count {
                    let byte = p[i]
                    if escape { escape = false } else if byte == 0x5C { escape = true; hasEscape = true } else if byte == 0x22 { break } else if byte < 0x20 {
                        throw fail("control character in a string", i)
                    }
                    i += 1
                }
                if i == count {
                    carry.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
                    carryHasEscape = hasEscape
                    state = .string(isKey: isKey, escape: escape)
                    return
                }
                if carry.isEmpty && !hasEscape {
                    let bytes = UnsafeRawBufferPointer(start: p + start, count: i - start)
                    if isKey { handler.key(bytes) } else { handler.string(bytes) }
                } else {
                    carry.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
                    let text = hasEscape ? try Self.unescape(carry, at: offset + i) : carry
                    text.withUnsafeBytes { if isKey { handler.key($0) } else { handler.string($0) } }
                    carry.removeAll(keepingCapacity: true)
                    carryHasEscape = false
                }
                i += 1
                state = isKey ? .colon : (depth == 0 ? .done : .commaOrEnd)
            case .scalar:
                let start = i
                while i < count {
                    let byte = p[i]
                    let part = (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2B || byte == 0x2E || byte == 0x65 || byte == 0x45
                        || (byte >= 0x61 && byte <= 0x7A)
                    if !part { break }
                    i += 1
                }
                if i == count {
                    carry.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
                    return
                }
                if carry.isEmpty {
                    try emitScalar(UnsafeRawBufferPointer(start: p + start, count: i - start))
                } else {
                    carry.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
                    try endScalar()
                }
                state = depth == 0 ? .done : .commaOrEnd
            case .done:
                let byte = p[i]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { throw fail("content after the end of the document", i) }
                i += 1
            default:
                // White space between tokens, skipped in a tight loop.
                while i < count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
                if i == count { return }
                let byte = p[i]
                if Self.startsScalar(byte), case .value = state { state = .scalar; continue }
                if Self.startsScalar(byte), case .valueOrEnd = state { state = .scalar; continue }
                try structural(byte, at: i, state: &state, depth: &depth)
                i += 1
            }
        }
    }

    @inline(__always)
    private func structural(_ byte: UInt8, at index: Int, state: inout State, depth: inout Int) throws {
        switch state {
        case .value, .valueOrEnd:
            if case .valueOrEnd = state, byte == 0x5D {
                depth -= 1
                handler.endArray()
                state = depth == 0 ? .done : .commaOrEnd
                return
            }
            switch byte {
            case 0x7B:
                guard depth < maxDepth else { throw fail("nesting deeper than \(maxDepth)", index) }
                stack[depth] = true
                depth += 1
                handler.startObject()
                state = .keyOrEnd
            case 0x5B:
                guard depth < maxDepth else { throw fail("nesting deeper than \(maxDepth)", index) }
                stack[depth] = false
                depth += 1
                handler.startArray()
                state = .valueOrEnd
            case 0x22: state = .string(isKey: false, escape: false)
            default: throw fail("unexpected character '\(Character(Unicode.Scalar(byte)))'", index)
            }
        case .keyOrEnd, .key:
            if case .keyOrEnd = state, byte == 0x7D {
                depth -= 1
                handler.endObject()
                state = depth == 0 ? .done : .commaOrEnd
                return
            }
            guard byte == 0x22 else { throw fail("expected a key", index) }
            state = .string(isKey: true, escape: false)
        case .colon:
            guard byte == 0x3A else { throw fail("expected ':'", index) }
            state = .value
        case .commaOrEnd:
            let inObject = depth > 0 && stack[depth - 1]
            if byte == 0x2C {
                state = inObject ? .key : .value
            } else if byte == (inObject ? 0x7D : 0x5D) {
                depth -= 1
                if inObject { handler.endObject() } else { handler.endArray() }
                state = depth == 0 ? .done : .commaOrEnd
            } else {
                throw fail("expected ',' or '\(inObject ? "}" : "]")'", index)
            }
        default: break
        }
    }

    /// A number or a literal word starts with this byte.
    private static func startsScalar(_ byte: UInt8) -> Bool {
        byte == 0x2D || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "t") || byte == UInt8(ascii: "f") || byte == UInt8(ascii: "n")
    }

    /// JSON string escapes decoded.
    static func unescape(_ raw: [UInt8], at offset: Int) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        func hex(_ at: Int) throws -> UInt32 {
            guard at + 4 <= raw.count, let value = UInt32(String(decoding: raw[at..<at + 4], as: UTF8.self), radix: 16) else {
                throw StreamingJSONError(offset: offset, message: "invalid \\u escape")
            }
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == 0x5C, index + 1 < raw.count else {
                output.append(byte)
                index += 1
                continue
            }
            let kind = raw[index + 1]
            index += 2
            switch kind {
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "u"):
                var code = try hex(index)
                index += 4
                if (0xD800..<0xDC00).contains(code), index + 6 <= raw.count, raw[index] == 0x5C, raw[index + 1] == UInt8(ascii: "u") {
                    let low = try hex(index + 2)
                    index += 6
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                output.append(contentsOf: Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8))
            case 0x22, 0x5C, 0x2F: output.append(kind)
            default: throw StreamingJSONError(offset: offset, message: "invalid escape")
            }
        }
        return output
    }
}
