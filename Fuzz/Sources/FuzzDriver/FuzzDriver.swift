/// What every fuzz target shares: libFuzzer's driver, entered from the target's own `<Target>_main` (SwiftPM links
/// an executable's entry under that name). Each target defines that entry and `LLVMFuzzerTestOneInput`, both
/// handing its `fuzzOne` on; its body is in another file, since a module of one file is compiled as top-level code.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments, calling `body` with each input.
    public static func run(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                           _ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, body)
    }
}
