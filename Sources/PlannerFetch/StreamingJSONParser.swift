import Foundation
import PlannerCore

/// Receives the events of a streamed JSON document. Byte buffers are valid only during the call.
///
/// A value type: the parser is generic over it and keeps it in a local variable while it parses a
/// chunk, so events are direct, inlinable calls without per-event exclusivity checks.
public protocol JSONEventHandler {
    mutating func startObject()
    mutating func endObject()
    mutating func startArray()
    mutating func endArray()
    /// An object key, unescaped UTF-8.
    mutating func key(_ bytes: UnsafeRawBufferPointer)
    /// A string value, unescaped UTF-8.
    mutating func string(_ bytes: UnsafeRawBufferPointer)
    /// A number, true, false or null, as its literal text.
    mutating func literal(_ bytes: UnsafeRawBufferPointer)
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
public final class StreamingJSONParser<Handler: JSONEventHandler>: ByteSink {
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

    /// The handler, moved out while a chunk is parsed (so it is never copied).
    private var stored: Handler?
    private var state = State.value
    /// Open containers, true for an object: a fixed buffer (no exclusivity checks on the hot path) and its depth.
    private let stack: UnsafeMutablePointer<Bool>
    private var depth = 0
    private var carry: [UInt8] = []
    private var carryHasEscape = false
    private var offset = 0
    private let maxDepth = 512

    public init(handler: Handler) {
        self.stored = handler
        stack = UnsafeMutablePointer<Bool>.allocate(capacity: maxDepth + 1)
    }

    deinit { stack.deallocate() }

    /// The handler, with what it gathered.
    public var handler: Handler? { stored }

    public func consume(_ chunk: UnsafeRawBufferPointer) throws {
        guard let base = chunk.baseAddress?.assumingMemoryBound(to: UInt8.self), var handler = stored.take() else {
            return
        }
        defer { stored = handler }
        try parse(base, chunk.count, &handler)
        offset += chunk.count
    }

    /// Checks that the document ended where it should.
    public func finish() throws {
        if case .scalar = state, var handler = stored.take() {
            defer { stored = handler }
            try endScalar(&handler)
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

    private func endScalar(_ handler: inout Handler) throws {
        try carry.withUnsafeBytes { try emitScalar($0, &handler) }
        carry.removeAll(keepingCapacity: true)
    }

    /// Emits a number or literal, checking that a word is one of true, false and null.
    private func emitScalar(_ bytes: UnsafeRawBufferPointer, _ handler: inout Handler) throws {
        if let first = bytes.first, first >= 0x61, !jsonLiterals.contains(where: { $0.elementsEqual(bytes) }) {
            throw StreamingJSONError(
                offset: offset, message: "unexpected literal '\(String(decoding: bytes.prefix(16), as: UTF8.self))'")
        }
        handler.literal(bytes)
    }

    private func parse(_ p: UnsafePointer<UInt8>, _ count: Int, _ handler: inout Handler) throws {
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
                if !escape, carry.isEmpty, let end = try simpleStringEnd(p, from: i, count: count) {
                    let bytes = UnsafeRawBufferPointer(start: p + i, count: end - i)
                    if isKey { handler.key(bytes) } else { handler.string(bytes) }
                    i = end + 1
                    state = isKey ? .colon : (depth == 0 ? .done : .commaOrEnd)
                    continue
                }
                // Scan to the closing quote; zero-copy when the string starts and ends in this chunk unescaped.
                let start = i
                var hasEscape = carryHasEscape
                while i < count {
                    let byte = p[i]
                    if escape {
                        escape = false
                    } else if byte == 0x5C {
                        escape = true
                        hasEscape = true
                    } else if byte == 0x22 {
                        break
                    } else if byte < 0x20 {
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
                    let part =
                        (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2B || byte == 0x2E || byte == 0x65
                        || byte == 0x45
                        || (byte >= 0x61 && byte <= 0x7A)
                    if !part { break }
                    i += 1
                }
                if i == count {
                    carry.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
                    return
                }
                if carry.isEmpty {
                    try emitScalar(UnsafeRawBufferPointer(start: p + start, count: i - start), &handler)
                } else {
                    carry.append(contentsOf: UnsafeBufferPointer(start: p + start, count: i - start))
                    try endScalar(&handler)
                }
                state = depth == 0 ? .done : .commaOrEnd
            case .done:
                let byte = p[i]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else {
                    throw fail("content after the end of the document", i)
                }
                i += 1
            default:
                // White space between tokens: runs of eight spaces (indentation) a word at a time.
                let raw = UnsafeRawPointer(p)
                while i < count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 {
                    i += 1
                    while i + 8 <= count, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) == 0x2020_2020_2020_2020
                    {
                        i += 8
                    }
                }
                if i == count { return }
                let byte = p[i]
                // The commonest token, a string: scanned here when it ends in this chunk without escapes.
                if byte == 0x22 {
                    let isKey: Bool
                    switch state {
                    case .key, .keyOrEnd: isKey = true
                    case .value, .valueOrEnd: isKey = false
                    default: throw fail("unexpected string", i)
                    }
                    let start = i + 1
                    if let end = try simpleStringEnd(p, from: start, count: count) {
                        let bytes = UnsafeRawBufferPointer(start: p + start, count: end - start)
                        if isKey {
                            handler.key(bytes)
                            state = .colon
                        } else {
                            handler.string(bytes)
                            state = depth == 0 ? .done : .commaOrEnd
                        }
                        i = end + 1
                        continue
                    }
                    state = .string(isKey: isKey, escape: false)
                    i += 1
                    continue
                }
                if Self.startsScalar(byte), case .value = state {
                    state = .scalar
                    continue
                }
                if Self.startsScalar(byte), case .valueOrEnd = state {
                    state = .scalar
                    continue
                }
                try structural(byte, at: i, state: &state, depth: &depth, handler: &handler)
                i += 1
            }
        }
    }

    @inline(__always)
    private func structural(_ byte: UInt8, at index: Int, state: inout State, depth: inout Int, handler: inout Handler)
        throws
    {
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
        byte == 0x2D || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "t") || byte == UInt8(ascii: "f")
            || byte == UInt8(ascii: "n")
    }

    /// JSON string escapes decoded.
    static func unescape(_ raw: [UInt8], at offset: Int) throws -> [UInt8] {
        do { return try JSONEscapes.decode(raw) } catch {
            throw StreamingJSONError(offset: offset, message: error.message)
        }
    }

    /// The end of an unescaped string that starts at `start` and closes in this chunk, or nil when it
    /// does not close here or holds an escape; control characters are errors. One pass, eight bytes
    /// at a time: a word is searched for a quote, a backslash and a byte below 0x20 at once.
    @inline(__always)
    private func simpleStringEnd(_ p: UnsafePointer<UInt8>, from start: Int, count: Int) throws -> Int? {
        let raw = UnsafeRawPointer(p)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // A zero byte of x sets its high bit in (x - 1…) & ~x; bytes below 0x20 likewise with 0x20.
            let found =
                ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word) & highs
            if found != 0 {
                // The lowest flagged byte is exact (borrows only run upwards).
                index += found.trailingZeroBitCount / 8
                break
            }
            index += 8
        }
        while index < count {
            let byte = p[index]
            if byte == 0x22 { return index }
            if byte == 0x5C { return nil }
            if byte < 0x20 { throw fail("control character in a string", index) }
            index += 1
        }
        return nil
    }
}

/// The words JSON allows outside strings.
private let jsonLiterals: [[UInt8]] = [Array("true".utf8), Array("false".utf8), Array("null".utf8)]
