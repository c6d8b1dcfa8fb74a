/// Decoding of JSON string escapes (`\n`, `\"`, `\u00e9`, surrogate pairs), shared by the
/// whole-document and the streaming parser.
package enum JSONEscapes {
    /// An invalid escape, with its byte offset in the raw string.
    package struct Invalid: Error, Sendable {
        package var offset: Int
        package var message: String
    }

    /// The UTF-8 bytes a raw string body (between the quotes, escapes included) stands for.
    package static func decode(_ raw: [UInt8]) throws(Invalid) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        func hex(_ at: Int) throws(Invalid) -> UInt32 {
            guard at + 4 <= raw.count else { throw Invalid(offset: at, message: "short unicode escape") }
            var code: UInt32 = 0
            for byte in raw[at..<at + 4] {
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw Invalid(offset: at, message: "invalid unicode escape")
                }
                code = code * 16 + digit
            }
            return code
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == 0x5C else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < raw.count else { throw Invalid(offset: index, message: "unterminated escape") }
            let kind = raw[index + 1]
            index += 2
            switch kind {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(kind)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex(index)
                index += 4
                if (0xD800..<0xDC00).contains(code) {
                    guard index + 6 <= raw.count, raw[index] == 0x5C, raw[index + 1] == UInt8(ascii: "u") else {
                        throw Invalid(offset: index, message: "unpaired surrogate")
                    }
                    let low = try hex(index + 2)
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw Invalid(offset: index, message: "unpaired surrogate")
                    }
                    index += 6
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else {
                    throw Invalid(offset: index, message: "invalid unicode escape")
                }
                output.append(contentsOf: Array(String(scalar).utf8))
            default: throw Invalid(offset: index - 1, message: "invalid escape")
            }
        }
        return output
    }
}
