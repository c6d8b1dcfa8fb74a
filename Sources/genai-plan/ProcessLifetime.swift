import Synchronization

/// Values kept until the process exits. A command's last step would otherwise free the pricing
/// catalog (some eleven thousand rates, each with its source), a few per cent of a cold start spent
/// on memory the operating system reclaims at exit anyway.
enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` (a copy sharing its storage) alive until exit.
    static func keep(_ value: some Sendable) { kept.withLock { $0.append(value) } }
}
