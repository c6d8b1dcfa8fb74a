import Foundation
import PlannerPricing

/// Where refreshed snapshots live by default: `$XDG_CACHE_HOME/genai-plan/pricing`, else `~/.cache/genai-plan/pricing`.
enum PricingCache {
    static func directory() -> String {
        let environment = ProcessInfo.processInfo.environment
        // `HOME` before `NSHomeDirectory()`, which looks the user up in the password database on every start.
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let base =
            environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home as NSString).appendingPathComponent(".cache")
        return ((base as NSString).appendingPathComponent("genai-plan") as NSString).appendingPathComponent("pricing")
    }

    /// A date as an ISO 8601 day (UTC), comparable with a snapshot's `date` and used as a report's date.
    static func day(_ date: Date) -> String { CatalogLoader.day(date) }

    /// Whether `text` is a real calendar day written `YYYY-MM-DD` (so `2026-02-30` is not).
    static func isDay(_ text: String) -> Bool {
        dayFormatter().date(from: text).map(day) == text
    }

    private static func dayFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter
    }
}
