/// Reads what `ArchiveWriter` wrote, checking every length, index and raw value: a damaged archive
/// is an `ArchiveReader.Damage`, never a trap.
struct ArchiveReader {
    /// Where and how the archive is damaged.
    struct Damage: Error, CustomStringConvertible {
        var offset: Int
        var message: String
        var description: String { "byte \(offset): \(message)" }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The fingerprint of the files the archive was made from.
    private(set) var fingerprint: UInt64 = 0
    private var stringTable: [String] = []
    private var sourceTable: [PriceSource] = []
    private var rateTable: [CatalogRate] = []

    /// Reads the header and the tables; the body follows.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(Damage) {
        self.bytes = bytes
        let magic = CatalogArchive.magic
        guard bytes.count > magic.count, Array(bytes[0..<magic.count]) == magic else {
            throw Damage(offset: 0, message: "not a catalog archive")
        }
        position = magic.count
        let version = bytes[position]
        position += 1
        guard version == CatalogArchive.version else {
            throw Damage(
                offset: position - 1, message: "archive version \(version), this build reads \(CatalogArchive.version)")
        }
        guard bytes.count - position >= 8 else { throw damage("the archive ends inside its header") }
        for shift in stride(from: 0, to: 64, by: 8) {
            fingerprint |= UInt64(bytes[position]) << UInt64(shift)
            position += 1
        }
        let stringCount = try count()
        stringTable.reserveCapacity(stringCount)
        for _ in 0..<stringCount {
            let length = try count()
            guard length <= bytes.count - position else { throw damage("a string runs past the end") }
            let text = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
            stringTable.append(text)
            position += length
        }
        let sourceCount = try count()
        sourceTable.reserveCapacity(sourceCount)
        for _ in 0..<sourceCount {
            sourceTable.append(
                PriceSource(
                    key: try string(), title: try string(), url: try string(), date: try string(),
                    kind: try raw(PriceSource.Kind.self)))
        }
        let rateCount = try count()
        rateTable.reserveCapacity(rateCount)
        for _ in 0..<rateCount {
            rateTable.append(
                CatalogRate(
                    price: try fixed(in: CatalogDecoder.Limits.price), unit: try raw(PriceUnit.self),
                    source: try source(),
                    adjustment: try optionalString()))
        }
    }

    /// Whether every byte has been read.
    var atEnd: Bool { position == bytes.count }

    func damage(_ message: String) -> Damage { Damage(offset: position, message: message) }

    private mutating func varint(limit: Int) throws(Damage) -> UInt128 {
        var value: UInt128 = 0
        var shift: UInt128 = 0
        for _ in 0..<limit {
            guard position < bytes.count else { throw damage("the archive ends inside a number") }
            let byte = bytes[position]
            position += 1
            value |= UInt128(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        throw damage("a number is too long")
    }

    mutating func uint() throws(Damage) -> UInt64 {
        guard let value = UInt64(exactly: try varint(limit: 10)) else { throw damage("a number is too large") }
        return value
    }

    /// A count or table index, no larger than the archive could hold.
    mutating func count() throws(Damage) -> Int {
        guard let value = Int(exactly: try uint()), value <= bytes.count else { throw damage("a count is too large") }
        return value
    }

    mutating func bool() throws(Damage) -> Bool {
        guard position < bytes.count else { throw damage("the archive ends inside a flag") }
        let byte = bytes[position]
        position += 1
        guard byte <= 1 else { throw damage("a flag is neither 0 nor 1") }
        return byte == 1
    }

    /// A whole number within `range`: an archive holds only what the JSON decoder accepted, so anything
    /// outside the ranges it checks is damage (and would reach an engine as a divisor).
    mutating func int(in range: ClosedRange<Int>) throws(Damage) -> Int {
        guard let value = Int(exactly: Self.unZigZag(try varint(limit: 19))) else {
            throw damage("an integer is too large")
        }
        return try within(range, value)
    }

    mutating func optionalInt(in range: ClosedRange<Int>) throws(Damage) -> Int? {
        try bool() ? try int(in: range) : nil
    }

    /// A decimal within `range` (see `int(in:)`).
    mutating func fixed(in range: ClosedRange<Fixed>) throws(Damage) -> Fixed {
        try within(range, Fixed(units: Self.unZigZag(try varint(limit: 19))))
    }

    mutating func optionalFixed(in range: ClosedRange<Fixed>) throws(Damage) -> Fixed? {
        try bool() ? try fixed(in: range) : nil
    }

    private func within<Value: Comparable>(_ range: ClosedRange<Value>, _ value: Value) throws(Damage) -> Value {
        guard range.contains(value) else { throw damage("\(value) is outside \(range)") }
        return value
    }

    mutating func string() throws(Damage) -> String { try string(at: try count()) }

    /// The index of the next string in the table, for `RawMemo`.
    mutating func stringIndex() throws(Damage) -> Int {
        let index = try count()
        guard index < stringTable.count else { throw damage("string \(index) is not in the table") }
        return index
    }

    func string(at index: Int) throws(Damage) -> String {
        guard index < stringTable.count else { throw damage("string \(index) is not in the table") }
        return stringTable[index]
    }

    /// How many strings the table holds.
    var stringCount: Int { stringTable.count }

    mutating func optionalString() throws(Damage) -> String? { try bool() ? try string() : nil }

    mutating func strings() throws(Damage) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func raw<Value: RawRepresentable>(_ type: Value.Type) throws(Damage) -> Value
    where Value.RawValue == String {
        let text = try string()
        guard let value = Value(rawValue: text) else { throw damage("'\(text)' is not a \(Value.self)") }
        return value
    }

    mutating func source() throws(Damage) -> PriceSource {
        let index = try count()
        guard index < sourceTable.count else { throw damage("source \(index) is not in the table") }
        return sourceTable[index]
    }

    mutating func optionalSource() throws(Damage) -> PriceSource? { try bool() ? try source() : nil }

    mutating func rate() throws(Damage) -> CatalogRate {
        let index = try count()
        guard index < rateTable.count else { throw damage("rate \(index) is not in the table") }
        return rateTable[index]
    }

    /// An enumeration read through `memo`: each raw value is matched against the cases once, not at
    /// each of the thousands of rates that name it.
    mutating func raw<Value: RawRepresentable>(_ type: Value.Type, memo: inout RawMemo<Value>) throws(Damage) -> Value
    where Value.RawValue == String {
        let index = try stringIndex()
        if let value = memo.values[index] { return value }
        let text = try string(at: index)
        guard let value = Value(rawValue: text) else { throw damage("'\(text)' is not a \(Value.self)") }
        memo.values[index] = value
        return value
    }

    static func unZigZag(_ value: UInt128) -> Int128 { Int128(bitPattern: value >> 1) ^ -Int128(bitPattern: value & 1) }
}

/// The values of one enumeration already read, by string-table index (see `ArchiveReader.raw(_:memo:)`).
struct RawMemo<Value> {
    fileprivate var values: [Value?]

    init(for reader: borrowing ArchiveReader) { values = Array(repeating: nil, count: reader.stringCount) }
}
