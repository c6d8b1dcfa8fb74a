import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core: the results in the input's order. For independent, CPU-bound work
    /// (pricing many profiles); `transform` must not touch shared mutable state.
    package func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let storage = ResultSlots<Result>(count: count)
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            storage.set(index, transform(items[index]))
        }
        return storage.values()
    }
}

/// Slots written once each from concurrent iterations, read after all of them finished.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] { slots.compactMap { $0 } }
}
