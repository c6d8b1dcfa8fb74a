/// Standard base64 (RFC 4648, with `=` padding), for embedding binary data in Swift source as a
/// string literal (a literal compiles in moments where an array literal of the same bytes takes minutes).
package enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let skip: UInt32 = 0xFD
    private static let pad: UInt32 = 0xFE
    private static let invalid: UInt32 = 0xFF
    /// Each byte's sextet, or `skip` (line breaks, spaces), `pad` (`=`) or `invalid`.
    private static let sextets: [UInt8] = {
        var table = [UInt8](repeating: UInt8(invalid), count: 256)
        for (value, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(value) }
        for byte in "\n\r ".utf8 { table[Int(byte)] = UInt8(skip) }
        table[Int(UInt8(ascii: "="))] = UInt8(pad)
        return table
    }()

    /// The base64 text of `bytes`, broken into lines of `lineLength` characters (0: one line).
    package static func encode(_ bytes: [UInt8], lineLength: Int = 0) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 3 * 4 + 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group: UInt32 = 0
            for offset in 0..<3 { group = group << 8 | UInt32(offset < count ? bytes[index + offset] : 0) }
            for position in 0..<4 {
                let sextet = Int(group >> UInt32(18 - 6 * position) & 0x3F)
                output.append(position <= count ? alphabet[sextet] : UInt8(ascii: "="))
            }
            index += 3
        }
        guard lineLength > 0 else { return String(decoding: output, as: UTF8.self) }
        var lines: [String] = []
        var start = 0
        while start < output.count {
            let end = min(start + lineLength, output.count)
            lines.append(String(decoding: output[start..<end], as: UTF8.self))
            start = end
        }
        return lines.joined(separator: "\n")
    }

    /// The bytes of base64 text; line breaks and spaces are skipped. Nil for any other character
    /// outside the alphabet or a length that is not whole groups of four.
    package static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    /// The bytes of base64 text given as UTF-8.
    package static func decode(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let sextets = Self.sextets
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count / 4 * 3)
        var group: UInt32 = 0
        var filled = 0
        var padding = 0
        for byte in utf8 {
            var value = UInt32(sextets[Int(byte)])
            switch value {
            case skip: continue
            case invalid: return nil
            case pad:
                padding += 1
                value = 0
            default: break
            }
            // Padding only at the end of the last group.
            if padding > 0 && byte != UInt8(ascii: "=") { return nil }
            group = group << 6 | value
            filled += 1
            if filled == 4 {
                guard padding <= 2 else { return nil }
                output.append(UInt8(truncatingIfNeeded: group >> 16))
                if padding < 2 { output.append(UInt8(truncatingIfNeeded: group >> 8)) }
                if padding < 1 { output.append(UInt8(truncatingIfNeeded: group)) }
                group = 0
                filled = 0
                if padding > 0 { padding = 3 }  // nothing may follow a padded group
            }
        }
        guard filled == 0, padding == 0 || padding == 3 else { return nil }
        return output
    }
}
