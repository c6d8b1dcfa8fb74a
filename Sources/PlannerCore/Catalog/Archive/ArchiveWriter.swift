/// Writes the bytes of a catalog archive: unsigned LEB128 varints, zig-zag signed integers, and
/// strings, sources and rates as indexes into tables written once before the body.
///
/// Tables are filled while the body is written and laid out in front of it by `finish`, so a
/// repeated value (a region, a source, the rate a block gives every region it lists) costs one
/// varint per use.
struct ArchiveWriter {
    private var body: [UInt8] = []
    private var stringTable: [String] = []
    private var stringIndex: [String: Int] = [:]
    private var sourceTable: [PriceSource] = []
    private var sourceIndex: [PriceSource: Int] = [:]
    private var rateTable: [CatalogRate] = []
    private var rateIndex: [CatalogRate: Int] = [:]

    mutating func uint(_ value: UInt64) { Self.appendVarint(UInt128(value), to: &body) }

    mutating func int(_ value: Int) { Self.appendVarint(Self.zigZag(Int128(value)), to: &body) }

    mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

    mutating func count(_ value: Int) { uint(UInt64(value)) }

    /// Present flag, then the value.
    mutating func optionalInt(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }

    mutating func fixed(_ value: Fixed) { Self.appendVarint(Self.zigZag(value.units), to: &body) }

    mutating func optionalFixed(_ value: Fixed?) {
        bool(value != nil)
        if let value { fixed(value) }
    }

    mutating func string(_ value: String) { count(Self.intern(value, in: &stringTable, index: &stringIndex)) }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    /// An enumeration by its raw value, so reordering cases never changes what an archive means.
    mutating func raw<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String { string(value.rawValue) }

    mutating func source(_ value: PriceSource) { count(Self.intern(value, in: &sourceTable, index: &sourceIndex)) }

    mutating func optionalSource(_ value: PriceSource?) {
        bool(value != nil)
        if let value { source(value) }
    }

    mutating func rate(_ value: CatalogRate) { count(Self.intern(value, in: &rateTable, index: &rateIndex)) }

    /// The archive: magic, version and `fingerprint` (8 bytes, little-endian), the string, source and
    /// rate tables, then the body.
    mutating func finish(fingerprint: UInt64) -> [UInt8] {
        let body = self.body
        self.body = []
        // Rates name sources and strings, sources name strings: write them in that order so that
        // every string is interned before the string table is laid out.
        for rate in rateTable {
            fixed(rate.price)
            raw(rate.unit)
            source(rate.source)
            optionalString(rate.adjustment)
        }
        let rateBytes = self.body
        self.body = []
        for source in sourceTable {
            string(source.key)
            string(source.title)
            string(source.url)
            string(source.date)
            raw(source.kind)
        }
        let sourceBytes = self.body
        self.body = []
        count(stringTable.count)
        for string in stringTable {
            let utf8 = Array(string.utf8)
            count(utf8.count)
            self.body += utf8
        }
        let stringBytes = self.body
        self.body = []
        var output = CatalogArchive.magic + [CatalogArchive.version]
        for shift in stride(from: 0, to: 64, by: 8) { output.append(UInt8(truncatingIfNeeded: fingerprint >> shift)) }
        output += stringBytes
        Self.appendVarint(UInt128(sourceTable.count), to: &output)
        output += sourceBytes
        Self.appendVarint(UInt128(rateTable.count), to: &output)
        output += rateBytes
        output += body
        return output
    }

    private static func intern<Value: Hashable>(_ value: Value, in table: inout [Value], index: inout [Value: Int])
        -> Int
    {
        if let position = index[value] { return position }
        table.append(value)
        index[value] = table.count - 1
        return table.count - 1
    }

    static func zigZag(_ value: Int128) -> UInt128 { UInt128(bitPattern: (value << 1) ^ (value >> 127)) }

    static func appendVarint(_ value: UInt128, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: rest))
    }
}
