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

    /// The result of an operation whose exact value does not fit in an `Int128` count of 10⁻¹² units
    /// (beyond about ±1.7 × 10²⁶): every operation with it gives it again, it sorts above every other
    /// value (so it is never the cheapest), and its text says "too large to represent".
    ///
    /// Arithmetic never traps: callers check `isOverflow` on the results they show or compare.
    @inlinable public static var overflow: Fixed { Fixed(units: .max) }
    /// The largest magnitude a `Fixed` holds exactly: about 1.7 × 10²⁶.
    @inlinable public static var largest: Fixed { Fixed(units: .max - 1) }

    /// True when this value is `overflow`, the result of an operation that did not fit (`Int128.min`
    /// counts too, so that negation can never trap).
    @inlinable public var isOverflow: Bool { units == .max || units == .min }

    /// The operand test of the hot paths, one comparison: no operation produces `Int128.min` (`checked`
    /// turns it into `overflow`), so only a value built by hand with `Fixed(units: .min)` escapes it.
    @inlinable var isOverflowFast: Bool { units == .max }

    @inlinable static func checked(_ result: (partialValue: Int128, overflow: Bool)) -> Fixed {
        result.overflow || result.partialValue == .min ? .overflow : Fixed(units: result.partialValue)
    }

    @inlinable public static func < (lhs: Fixed, rhs: Fixed) -> Bool { lhs.units < rhs.units }
    @inlinable public static func + (lhs: Fixed, rhs: Fixed) -> Fixed {
        if lhs.isOverflowFast || rhs.isOverflowFast { return .overflow }
        return checked(lhs.units.addingReportingOverflow(rhs.units))
    }
    @inlinable public static func - (lhs: Fixed, rhs: Fixed) -> Fixed {
        if lhs.isOverflowFast || rhs.isOverflowFast { return .overflow }
        return checked(lhs.units.subtractingReportingOverflow(rhs.units))
    }
    @inlinable public static func += (lhs: inout Fixed, rhs: Fixed) { lhs = lhs + rhs }
    @inlinable public static func -= (lhs: inout Fixed, rhs: Fixed) { lhs = lhs - rhs }
    @inlinable public static prefix func - (value: Fixed) -> Fixed {
        value.isOverflow ? .overflow : Fixed(units: 0 &- value.units)
    }

    /// The exact product, rounded half away from zero at the twelfth decimal.
    @inlinable public static func * (lhs: Fixed, rhs: Fixed) -> Fixed {
        if lhs.isOverflowFast || rhs.isOverflowFast { return .overflow }
        let (product, overflow) = lhs.units.multipliedReportingOverflow(by: rhs.units)
        if !overflow { return Fixed(units: Fixed.divideRounded(product, by: Fixed.scale)) }
        return Fixed.wideMultiplyDivide(lhs.units, rhs.units, Fixed.scale).map { Fixed(units: $0) } ?? .overflow
    }

    /// The product with a whole number (exact).
    @inlinable public static func * (lhs: Fixed, rhs: Int) -> Fixed {
        if lhs.isOverflowFast { return .overflow }
        return checked(lhs.units.multipliedReportingOverflow(by: Int128(rhs)))
    }

    /// The quotient, rounded half away from zero at the twelfth decimal.
    ///
    /// Division by zero yields zero; callers check divisors that can be zero.
    @inlinable public static func / (lhs: Fixed, rhs: Fixed) -> Fixed {
        if lhs.isOverflowFast || rhs.isOverflowFast { return .overflow }
        guard rhs.units != 0 else { return .zero }
        let (scaled, overflow) = lhs.units.multipliedReportingOverflow(by: Fixed.scale)
        if !overflow { return checked((Fixed.divideRounded(scaled, by: rhs.units), false)) }
        return Fixed.wideMultiplyDivide(lhs.units, Fixed.scale, rhs.units).map { Fixed(units: $0) } ?? .overflow
    }

    /// The quotient by a whole number, rounded half away from zero at the twelfth decimal.
    @inlinable public static func / (lhs: Fixed, rhs: Int) -> Fixed {
        if lhs.isOverflowFast { return .overflow }
        guard rhs != 0 else { return .zero }
        return Fixed(units: Fixed.divideRounded(lhs.units, by: Int128(rhs)))
    }

    /// `numerator / denominator` rounded half away from zero (the denominator is never zero or `Int128.min`).
    @inlinable static func divideRounded(_ numerator: Int128, by denominator: Int128) -> Int128 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        let twice = remainder.magnitude * 2
        guard twice >= denominator.magnitude else { return quotient }
        return (numerator < 0) != (denominator < 0) ? quotient - 1 : quotient + 1
    }

    /// `a × b / c` through a 256-bit intermediate, rounded half away from zero; nil when the
    /// quotient does not fit.
    @usableFromInline static func wideMultiplyDivide(_ a: Int128, _ b: Int128, _ c: Int128) -> Int128? {
        let negative = ((a < 0) != (b < 0)) != (c < 0)
        let product = a.magnitude.multipliedFullWidth(by: b.magnitude)
        let divisor = c.magnitude
        guard divisor != 0, product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let rounded = remainder >= divisor - remainder ? quotient + 1 : quotient
        guard rounded < UInt128(Int128.max) else { return nil }
        let value = Int128(rounded)
        return negative ? -value : value
    }

    /// The value rounded half away from zero to `digits` decimals (0...12).
    public func rounded(toDecimals digits: Int) -> Fixed {
        if isOverflow { return .overflow }
        let clamped = max(0, min(Fixed.fractionDigits, digits))
        let step = Fixed.power(of: Fixed.fractionDigits - clamped)
        return Fixed.checked(Fixed.divideRounded(units, by: step).multipliedReportingOverflow(by: step))
    }

    /// The change from `before` to `after` in percent, rounded to one decimal; nil when `before` is zero.
    public static func percentChange(from before: Fixed, to after: Fixed) -> Fixed? {
        guard before != .zero else { return nil }
        return ((after - before) * 100 / before).rounded(toDecimals: 1)
    }

    /// The value rounded up (towards +∞) to a whole number.
    public func roundedUpToInteger() -> Fixed {
        if isOverflow { return .overflow }
        let (quotient, remainder) = units.quotientAndRemainder(dividingBy: Fixed.scale)
        return Fixed.checked((remainder > 0 ? quotient + 1 : quotient).multipliedReportingOverflow(by: Fixed.scale))
    }

    /// The whole part, truncated towards zero, when it fits in an `Int` (nil for `overflow`).
    public var integerPart: Int? { isOverflow ? nil : Int(exactly: units / Fixed.scale) }

    /// True when the value has no fractional part.
    public var isInteger: Bool { units % Fixed.scale == 0 }

    /// The nearest `Double`, for sizing heuristics only; never used for money.
    public var approximateDouble: Double {
        if isOverflow { return .infinity }
        // Through Int64 when it fits (below about 9.2 million USD): the generic 128-bit conversion is slow.
        if let small = Int64(exactly: units) { return Double(small) / 1e12 }
        let high = Double(Int64(truncatingIfNeeded: units >> 64))
        let low = Double(UInt64(truncatingIfNeeded: units))
        return (high * 18_446_744_073_709_551_616 + low) / 1e12
    }

    /// Creates the nearest `Fixed` to a `Double` at six decimals; for engineering figures, never money.
    public init(approximating value: Double) {
        guard value.isFinite else {
            self.units = 0
            return
        }
        let value = max(-1e24, min(1e24, value))
        let micro = (value * 1_000_000).rounded()
        if let small = Int64(exactly: micro) {
            self.units = Int128(small) * 1_000_000
        } else {
            self.units = Int128(micro) * 1_000_000
        }
    }

    /// 10^exponent for 0 ≤ exponent ≤ 12.
    @usableFromInline static func power(of exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
