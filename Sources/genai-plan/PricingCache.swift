import Foundation

/// Where refreshed snapshots live by default: `$XDG_CACHE_HOME/genai-plan/pricing`, else `~/.cache/genai-plan/pricing`.
enum PricingCache {
    static func directory() -> String {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
        return ((base as NSString).appendingPathComponent("genai-plan") as NSString).appendingPathComponent("pricing")
    }
}
