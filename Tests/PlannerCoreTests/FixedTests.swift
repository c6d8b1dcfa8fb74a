import PlannerCore
import Testing

@Suite("Fixed-point decimals")
struct FixedTests {
    @Test(
        "parses decimal literals exactly",
        arguments: [
            ("0.000035", "0.000035"), ("1105.95", "1105.95"), ("-2", "-2"), ("1e3", "1000"), ("2.5E-4", "0.00025"),
            ("000.100", "0.1"), ("+7", "7"), ("0.000000000001", "0.000000000001"), ("123456789012.5", "123456789012.5"),
        ])
    func parses(text: String, expected: String) {
        #expect(Fixed(text)?.description == expected)
    }

    @Test(
        "rejects what is not a plain decimal",
        arguments: ["", ".", "abc", "1.2.3", "0x10", "nan", "inf", "1e99", "--1", "1,5", "0.0000000000001"])
    func rejects(text: String) {
        #expect(Fixed(text) == nil)
    }

    @Test("sums, products and quotients are exact to twelve decimals")
    func arithmetic() throws {
        let price = try #require(Fixed("0.00025"))
        #expect((Fixed(912_500) * price).description == "228.125")
        #expect((Fixed(1) / Fixed(3)).description == "0.333333333333")
        #expect((Fixed(2) / Fixed(3)).description == "0.666666666667")
        #expect((Fixed(1) / 10 + Fixed(2) / 10).description == "0.3")
        #expect((Fixed(-5) / Fixed(2)).description == "-2.5")
    }

    @Test(
        "rounds half away from zero",
        arguments: [
            ("228.125", 2, "228.13"), ("-228.125", 2, "-228.13"), ("228.124999", 2, "228.12"), ("0.5", 0, "1"),
            ("2.5", 0, "3"), ("-0.5", 0, "-1"),
        ])
    func rounding(value: String, decimals: Int, expected: String) throws {
        #expect(try #require(Fixed(value)).rounded(toDecimals: decimals).description == expected)
    }

    @Test("products beyond 128 bits take the wide path and stay exact")
    func wideProducts() throws {
        let big = try #require(Fixed("9876543210987.654321"))
        let factor = try #require(Fixed("123456789.123456789"))
        // 9876543210987.654321 × 123456789.123456789 = 1219326312467611632360.920590112635269 (exactly)
        #expect((big * factor).description == "1219326312467611632360.920590112635")
        #expect((big * factor / factor) == big)
    }

    @Test("formats money and quantities for people")
    func formatting() throws {
        #expect(try #require(Fixed("27379.2")).dollars == "$27,379.20")
        #expect(try #require(Fixed("-1234567.891")).dollars == "-$1,234,567.89")
        #expect(try #require(Fixed("0.00025")).unitPriceText == "$0.00025")
        #expect(Fixed(3).unitPriceText == "$3.00")
        #expect(try #require(Fixed("912500.125")).quantityText(maximumDecimals: 2) == "912,500.13")
    }

    @Test(
        "changes in percent, one decimal, signed when up",
        arguments: [
            ("0.00025", "0.0003", "+20.0%"), ("3", "2", "-33.3%"), ("7", "7", "0.0%"), ("1", "1.0005", "+0.1%"),
        ])
    func percentChange(before: String, after: String, expected: String) throws {
        let (from, to) = (try #require(Fixed(before)), try #require(Fixed(after)))
        let change = try #require(Fixed.percentChange(from: from, to: to))
        #expect(change.signedPercentText == expected)
    }

    @Test("no percent change from zero")
    func percentChangeFromZero() {
        #expect(Fixed.percentChange(from: .zero, to: Fixed(5)) == nil)
    }
}
