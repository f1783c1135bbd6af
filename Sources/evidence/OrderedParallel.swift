import Dispatch

/// Processes files two at a time (the machines have two cores) and hands results back in argument
/// order as soon as each is ready, so output is identical to a sequential run and streams as it goes.
enum OrderedParallel {
    private final class Slots<T: Sendable>: @unchecked Sendable {
        // @unchecked: slot i is written once by its worker before signalling ready[i], read after the wait.
        var values: [T?]
        let ready: [DispatchSemaphore]
        init(_ n: Int) {
            values = Array(repeating: nil, count: n)
            ready = (0..<n).map { _ in DispatchSemaphore(value: 0) }
        }
    }

    static func map<T: Sendable>(_ count: Int, width: Int = 2, _ work: @escaping @Sendable (Int) -> T, emit: (Int, T) throws -> Void) rethrows {
        guard count > 1, width > 1 else {
            for i in 0..<count { try emit(i, work(i)) }
            return
        }
        let slots = Slots<T>(count)
        let gate = DispatchSemaphore(value: width)
        let queue = DispatchQueue(label: "evidence.files", attributes: .concurrent)
        DispatchQueue.global().async {
            for i in 0..<count {
                gate.wait()
                queue.async {
                    slots.values[i] = work(i)
                    slots.ready[i].signal()
                }
            }
        }
        for i in 0..<count {
            slots.ready[i].wait()
            let value = slots.values[i]!
            slots.values[i] = nil
            gate.signal()
            try emit(i, value)
        }
    }
}
