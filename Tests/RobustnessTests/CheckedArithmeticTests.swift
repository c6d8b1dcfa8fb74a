import PlannerCore
import Testing

@Suite("Checked money: no operation traps; a result that does not fit is `overflow`")
struct CheckedArithmeticTests {
    let huge = Fixed(units: .max / 2)

    @Test("sums, products, quotients and rounding beyond Int128 give overflow")
    func overflowing() {
        #expect((huge + huge + huge).isOverflow)
        #expect((-huge - huge - huge).isOverflow)
        #expect((huge * Fixed(3)).isOverflow)
        #expect((huge * 3).isOverflow)
        #expect((huge / Fixed(units: 1)).isOverflow)
        #expect(Fixed.largest.rounded(toDecimals: 0).isOverflow)
        #expect(Fixed.largest.roundedUpToInteger().isOverflow)
        #expect(Fixed.overflow.integerPart == nil)
    }

    @Test("overflow propagates, sorts above every value and reads as such")
    func propagates() {
        #expect((Fixed.overflow - Fixed.overflow).isOverflow)
        #expect((Fixed.overflow * .zero).isOverflow)
        #expect((-Fixed.overflow).isOverflow)
        #expect(Fixed.largest < Fixed.overflow)
        #expect(Fixed.overflow.dollars == "(too large to represent)")
    }

    @Test("values that fit are exact, however large")
    func exactNearTheTop() {
        let big = Fixed(units: Fixed.scale * 100_000_000_000_000_000_000_000)  // 10^23 USD
        #expect(!(big + big).isOverflow)
        #expect((big * Fixed(1000)).description == "100000000000000000000000000")
        #expect(Int(saturating: .infinity) == Int.max)
        #expect(Int(saturating: -.infinity) == Int.min)
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: 2.5, rounding: .up) == 3)
    }

    @Test("an amount too large to represent is null in JSON, so the document stays valid")
    func jsonStaysValid() throws {
        let document = JSONValue.object([
            ("cost", .number(Fixed.overflow.formatted(minimumDecimals: 2, maximumDecimals: 2))), ("n", .number("-1.5")),
        ])
        #expect(document.rendered() == "{\n  \"cost\": null,\n  \"n\": -1.5\n}\n")
        #expect(try JSONParser.parse(Array(document.rendered().utf8)) != .null)
    }
}
