/// "Did you mean" suggestions by edit distance.
package enum Suggestions {
    /// The longest word that gets suggestions.
    package static let maximumWordLength = 200

    /// The candidates nearest to `word` (all those at the smallest distance, up to `limit`), within a
    /// distance that scales with its length.
    ///
    /// Words longer than `maximumWordLength` get no suggestion: nothing is near them, and the edit
    /// distance costs their length times each candidate's.
    package static func closest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        guard word.utf8.count <= maximumWordLength else { return [] }
        let needle = word.lowercased()
        let threshold = max(2, needle.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let lowered = candidate.lowercased()
            var distance = editDistance(needle, lowered)
            if lowered.contains(needle) || needle.contains(lowered), min(needle.count, lowered.count) >= 4 {
                distance = min(distance, 2)
            }
            return distance <= threshold ? (candidate, distance) : nil
        }
        guard let best = scored.map(\.1).min() else { return [] }
        return scored.filter { $0.1 == best }.sorted { $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// `" (did you mean 'x'?)"`, or an empty string when nothing is close.
    package static func didYouMean(_ word: String, among candidates: [String]) -> String {
        let found = closest(to: word, among: candidates)
        guard !found.isEmpty else { return "" }
        return " (did you mean " + found.map { "'\($0)'" }.joined(separator: " or ") + "?)"
    }

    /// Levenshtein distance counting an adjacent transposition as one edit.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
