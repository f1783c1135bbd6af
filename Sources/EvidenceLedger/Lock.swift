import Foundation

/// A mutual-exclusion lock for the stores (Foundation's NSLock, with a scoped helper).
final class Mutex: @unchecked Sendable {
    private let lock = NSLock()
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
