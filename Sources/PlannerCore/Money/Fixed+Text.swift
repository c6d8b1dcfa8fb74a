extension Fixed: LosslessStringConvertible {
    /// Parses a plain decimal literal such as `"0.000035"`, `"-2"`, `"1e3"` or `"1105.95"`, exactly.
    ///
    /// Returns nil for anything else (empty text, NaN, infinity, hexadecimal, more than twelve
    /// significant fractional digits, or a magnitude beyond 10²⁴).
    public init?(_ text: String) {
        var mantissa = Substring(text)
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let parsed = Int(mantissa[mantissa.index(after: e)...]), abs(parsed) <= 24 else { return nil }
            exponent = parsed
            mantissa = mantissa[..<e]
        }
        var negative = false
        if mantissa.first == "-" || mantissa.first == "+" {
            negative = mantissa.first == "-"
            mantissa = mantissa.dropFirst()
        }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, parts.count <= 2 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty),
            whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit)
        else { return nil }
        // digits × 10^(exponent - fraction.count), expressed in 10⁻¹² units.
        var digits = (whole + fraction).drop(while: { $0 == "0" })
        var shift = exponent - fraction.count + Fixed.fractionDigits
        while shift < 0, digits.last == "0" {
            digits = digits.dropLast()
            shift += 1
        }
        guard shift >= 0, digits.count + shift <= 36 else {
            if digits.isEmpty {
                self = .zero
                return
            }
            return nil
        }
        var value: Int128 = 0
        for digit in digits { value = value * 10 + Int128(digit.asciiValue ?? 48) - 48 }
        for _ in 0..<shift { value *= 10 }
        self.init(units: negative ? -value : value)
    }

    /// The shortest exact decimal text: `1105.95`, `0.000035`, `-3`.
    public var description: String {
        // Every digit, trailing zeros trimmed: the commonest text (each number of a JSON report), so
        // built directly when the whole part fits 64 bits.
        let magnitude = units.magnitude
        guard !isOverflow, let whole = UInt64(exactly: magnitude / UInt128(Fixed.scale)) else {
            return formatted(minimumDecimals: 0, maximumDecimals: Fixed.fractionDigits)
        }
        var fraction = UInt64(magnitude % UInt128(Fixed.scale))
        let sign = units < 0 ? "-" : ""
        guard fraction != 0 else { return sign + String(whole) }
        var digits = Fixed.fractionDigits
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - text.count) + text
    }

    /// Decimal text rounded half away from zero to at most `maximumDecimals`, padded with zeros to
    /// `minimumDecimals`, with an optional thousands separator.
    public func formatted(minimumDecimals: Int, maximumDecimals: Int, grouping: Bool = false) -> String {
        if isOverflow { return Fixed.overflowText }
        let rounded = self.rounded(toDecimals: maximumDecimals)
        let magnitude = rounded.units.magnitude
        let whole = Array(Fixed.decimalText(magnitude / UInt128(Fixed.scale)).utf8)
        let fractionDigits = Array(Fixed.decimalText(magnitude % UInt128(Fixed.scale)).utf8)
        var fraction = [UInt8](repeating: UInt8(ascii: "0"), count: Fixed.fractionDigits - fractionDigits.count)
        fraction += fractionDigits
        var kept = min(Fixed.fractionDigits, max(maximumDecimals, minimumDecimals))
        while kept > minimumDecimals, fraction[kept - 1] == UInt8(ascii: "0") { kept -= 1 }
        return Fixed.numberText(
            negative: rounded.units < 0, whole: whole, fraction: fraction[0..<kept], grouping: grouping)
    }

    /// `-1,234.5` from its parts: the sign, the whole digits (in groups of three when asked) and the
    /// fraction digits, already trimmed. Built as bytes: String slicing and appending character by
    /// character cost more than the arithmetic.
    package static func numberText(negative: Bool, whole: [UInt8], fraction: ArraySlice<UInt8>, grouping: Bool)
        -> String
    {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(whole.count + whole.count / 3 + fraction.count + 2)
        if negative { bytes.append(UInt8(ascii: "-")) }
        for (offset, digit) in whole.enumerated() {
            if grouping, offset > 0, (whole.count - offset) % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(digit)
        }
        if !fraction.isEmpty {
            bytes.append(UInt8(ascii: "."))
            bytes += fraction
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decimal digits of a magnitude: through UInt64 when it fits (the generic 128-bit conversion is
    /// many times slower, and every amount a report prints goes through here).
    static func decimalText(_ value: UInt128) -> String {
        if let small = UInt64(exactly: value) { return String(small) }
        let chunk = UInt128(10_000_000_000_000_000_000 as UInt64)  // 10^19
        let (high, low) = value.quotientAndRemainder(dividingBy: chunk)
        let lowText = String(UInt64(low))
        return decimalText(high) + String(repeating: "0", count: 19 - lowText.count) + lowText
    }

    /// Money for people: `$1,105.95` (two decimals, grouped).
    public var dollars: String {
        if isOverflow { return Fixed.overflowText }
        let text = formatted(minimumDecimals: 2, maximumDecimals: 2, grouping: true)
        return text.hasPrefix("-") ? "-$" + text.dropFirst() : "$" + text
    }

    /// An amount for people, rounded only here: to the cent from $1 up (and for whole cents); below $1,
    /// to three significant digits, so small amounts do not read as zero (`$0.125`, `$0.000375`, `$0.50`).
    public var amountText: String {
        if isOverflow { return Fixed.overflowText }
        let decimals = amountDecimals
        if decimals == 2 { return dollars }
        let text = formatted(minimumDecimals: 2, maximumDecimals: decimals, grouping: true)
        return text.hasPrefix("-") ? "-$" + text.dropFirst() : "$" + text
    }

    /// The amount exactly as `amountText` shows it.
    public var displayedAmount: Fixed { isOverflow ? self : rounded(toDecimals: amountDecimals) }

    /// Decimals `amountText` keeps: 2 from $1 up and for whole cents, else three significant digits.
    private var amountDecimals: Int {
        let magnitude = units.magnitude
        guard magnitude < UInt128(Fixed.scale), magnitude % UInt128(Fixed.scale / 100) != 0 else { return 2 }
        var decimals = 3
        var threshold = UInt128(Fixed.scale / 10)
        while decimals < Fixed.fractionDigits, magnitude < threshold {
            decimals += 1
            threshold /= 10
        }
        return decimals
    }

    /// A unit price for people: at least two decimals, as many as the price needs.
    public var unitPriceText: String {
        if isOverflow { return Fixed.overflowText }
        let text = formatted(minimumDecimals: 2, maximumDecimals: Fixed.fractionDigits, grouping: true)
        return text.hasPrefix("-") ? "-$" + text.dropFirst() : "$" + text
    }

    /// A quantity for people: grouped, up to `maximumDecimals` decimals, no trailing zeros.
    public func quantityText(maximumDecimals: Int = 4) -> String {
        formatted(minimumDecimals: 0, maximumDecimals: maximumDecimals, grouping: true)
    }

    /// A change in percent for people: `+12.5%`, `-3.0%`, `0.0%` (one decimal, signed when positive).
    public var signedPercentText: String {
        (self > .zero ? "+" : "") + formatted(minimumDecimals: 1, maximumDecimals: 1) + "%"
    }

    /// How `overflow` reads in text.
    public static let overflowText = "(too large to represent)"
    /// The largest amount in words, for messages.
    public static let largestAmountText = "the largest amount the planner represents (about 1.7 × 10^26 USD)"
}

extension Fixed: Codable {
    /// Decodes from a decimal string (preferred, exact) or from an integer.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = Fixed(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'\(text)' is not a decimal number")
            }
            self = value
        } else {
            self = Fixed(try container.decode(Int.self))
        }
    }

    /// Encodes as an exact decimal string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
