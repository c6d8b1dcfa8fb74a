extension Int {
    /// The whole number nearest `value` rounded by `rule`, clamped to `Int`'s range; NaN gives 0.
    ///
    /// Sizing heuristics compute in `Double`; a converted figure must never trap, whatever the catalog
    /// or the profile holds, so every `Double` to `Int` conversion goes through here.
    package init(saturating value: Double, rounding rule: FloatingPointRoundingRule = .towardZero) {
        let rounded = value.rounded(rule)
        if rounded.isNaN {
            self = 0
        } else if rounded >= 9.2e18 {
            self = .max
        } else if rounded <= -9.2e18 {
            self = .min
        } else {
            self = Int(rounded)
        }
    }
}
