/// An enum ordered as its cases are declared (severities most serious first, quality tiers cheapest first).
public protocol DeclarationOrdered: CaseIterable, Comparable where AllCases: RandomAccessCollection {}

extension DeclarationOrdered {
    /// The case's position in `allCases`.
    public var declarationIndex: Int {
        Self.allCases.distance(
            from: Self.allCases.startIndex, to: Self.allCases.firstIndex(of: self) ?? Self.allCases.startIndex)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.declarationIndex < rhs.declarationIndex }
}
