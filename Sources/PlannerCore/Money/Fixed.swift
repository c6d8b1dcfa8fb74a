/// An exact decimal number with twelve fractional digits, stored as an `Int128` count of 10⁻¹² units.
///
/// Every price, quantity and cost in the planner is a `Fixed`: a catalog price such as `0.000035`
/// (USD per 1K tokens) is held exactly, sums are exact, and products and quotients round once,
/// half away from zero, at the twelfth decimal. Nothing passes through a binary floating-point
/// value, so nothing a user sees carries float noise.
public struct Fixed: Sendable, Hashable, Comparable {
    /// Units per whole number: 10¹².
    public static let scale: Int128 = 1_000_000_000_000
    /// Decimal digits after the point.
    public static let fractionDigits = 12

    /// The value in units of 10⁻¹².
    public var units: Int128

    /// Creates a value from a count of 10⁻¹² units.
    @inlinable public init(units: Int128) { self.units = units }

    /// Creates a whole number.
    @inlinable public init(_ integer: Int) { self.units = Int128(integer) * Fixed.scale }

    public static let zero = Fixed(units: 0)
    public static let one = Fixed(units: scale)

    @inlinable public static func < (lhs: Fixed, rhs: Fixed) -> Bool { lhs.units < rhs.units }
    @inlinable public static func + (lhs: Fixed, rhs: Fixed) -> Fixed { Fixed(units: lhs.units + rhs.units) }
    @inlinable public static func - (lhs: Fixed, rhs: Fixed) -> Fixed { Fixed(units: lhs.units - rhs.units) }
    @inlinable public static func += (lhs: inout Fixed, rhs: Fixed) { lhs.units += rhs.units }
    @inlinable public static func -= (lhs: inout Fixed, rhs: Fixed) { lhs.units -= rhs.units }
    @inlinable public static prefix func - (value: Fixed) -> Fixed { Fixed(units: -value.units) }

    /// The exact product, rounded half away from zero at the twelfth decimal.
    @inlinable public static func * (lhs: Fixed, rhs: Fixed) -> Fixed {
        let (product, overflow) = lhs.units.multipliedReportingOverflow(by: rhs.units)
        if !overflow { return Fixed(units: Fixed.divideRounded(product, by: Fixed.scale)) }
        return Fixed(units: Fixed.wideMultiplyDivide(lhs.units, rhs.units, Fixed.scale))
    }

    /// The product with a whole number (exact).
    @inlinable public static func * (lhs: Fixed, rhs: Int) -> Fixed { Fixed(units: lhs.units * Int128(rhs)) }

    /// The quotient, rounded half away from zero at the twelfth decimal.
    ///
    /// Division by zero yields zero; callers check divisors that can be zero.
    @inlinable public static func / (lhs: Fixed, rhs: Fixed) -> Fixed {
        guard rhs.units != 0 else { return .zero }
        let (scaled, overflow) = lhs.units.multipliedReportingOverflow(by: Fixed.scale)
        if !overflow { return Fixed(units: Fixed.divideRounded(scaled, by: rhs.units)) }
        return Fixed(units: Fixed.wideMultiplyDivide(lhs.units, Fixed.scale, rhs.units))
    }

    /// The quotient by a whole number, rounded half away from zero at the twelfth decimal.
    @inlinable public static func / (lhs: Fixed, rhs: Int) -> Fixed {
        guard rhs != 0 else { return .zero }
        return Fixed(units: Fixed.divideRounded(lhs.units, by: Int128(rhs)))
    }

    /// `numerator / denominator` rounded half away from zero.
    @inlinable static func divideRounded(_ numerator: Int128, by denominator: Int128) -> Int128 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        let twice = remainder.magnitude * 2
        guard twice >= denominator.magnitude else { return quotient }
        return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1
    }

    /// `a × b / c` through a 256-bit intermediate, rounded half away from zero.
    ///
    /// Used only when the 128-bit product overflows; profile validation keeps every figure far
    /// below the point where the quotient itself would not fit.
    @usableFromInline static func wideMultiplyDivide(_ a: Int128, _ b: Int128, _ c: Int128) -> Int128 {
        let negative = ((a < 0) != (b < 0)) != (c < 0)
        let product = a.magnitude.multipliedFullWidth(by: b.magnitude)
        let divisor = c.magnitude
        guard product.high < divisor else { return negative ? Int128.min : Int128.max }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let rounded = remainder >= divisor - remainder ? quotient + 1 : quotient
        let clamped = Int128(clamping: rounded)
        return negative ? -clamped : clamped
    }

    /// The value rounded half away from zero to `digits` decimals (0...12).
    public func rounded(toDecimals digits: Int) -> Fixed {
        let clamped = max(0, min(Fixed.fractionDigits, digits))
        let step = Fixed.power(of: Fixed.fractionDigits - clamped)
        return Fixed(units: Fixed.divideRounded(units, by: step) * step)
    }

    /// The change from `before` to `after` in percent, rounded to one decimal; nil when `before` is zero.
    public static func percentChange(from before: Fixed, to after: Fixed) -> Fixed? {
        guard before != .zero else { return nil }
        return ((after - before) * 100 / before).rounded(toDecimals: 1)
    }

    /// The value rounded up (towards +∞) to a whole number.
    public func roundedUpToInteger() -> Fixed {
        let (quotient, remainder) = units.quotientAndRemainder(dividingBy: Fixed.scale)
        return Fixed(units: (remainder > 0 ? quotient + 1 : quotient) * Fixed.scale)
    }

    /// The whole part, truncated towards zero, when it fits in an `Int`.
    public var integerPart: Int? { Int(exactly: units / Fixed.scale) }

    /// True when the value has no fractional part.
    public var isInteger: Bool { units % Fixed.scale == 0 }

    /// The nearest `Double`, for sizing heuristics only; never used for money.
    public var approximateDouble: Double { Double(units) / 1e12 }

    /// Creates the nearest `Fixed` to a `Double` at six decimals; for engineering figures, never money.
    public init(approximating value: Double) {
        guard value.isFinite else { self.units = 0; return }
        let value = max(-1e24, min(1e24, value))
        self.units = Int128((value * 1_000_000).rounded()) * 1_000_000
    }

    /// 10^exponent for 0 ≤ exponent ≤ 12.
    @usableFromInline static func power(of exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
