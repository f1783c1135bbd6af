import Dispatch

/// Runs two independent pieces of work at once (two cores) and returns both results.
enum Parallel {
    private final class Slot<T>: @unchecked Sendable {
        // @unchecked: each slot is written by exactly one iteration and read after concurrentPerform returns.
        var value: Result<T, any Error>?
    }

    static func both<A, B>(_ a: () throws -> A, _ b: () throws -> B) throws -> (A, B) {
        let sa = Slot<A>(), sb = Slot<B>()
        withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                let work = UncheckedPair(a: a, b: b)
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 { sa.value = Result { try work.a() } } else { sb.value = Result { try work.b() } }
                }
            }
        }
        return (try sa.value!.get(), try sb.value!.get())
    }

    private struct UncheckedPair<A, B>: @unchecked Sendable {
        // @unchecked: the closures only read values their caller keeps alive and unchanged until both finish.
        let a: () throws -> A
        let b: () throws -> B
    }
}
