import CFuzzing
import Foundation
import PlannerFuzzTargets

/// `genai-plan-fuzz TARGET [FILE...] [libFuzzer flags]`: the fuzz targets of `PlannerFuzzTargets`.
///
/// Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING` it runs libFuzzer on the target
/// (the remaining arguments are libFuzzer's: corpus directories, `-max_total_time=60`, ...). Built
/// normally it replays files: each FILE runs through the target once, so a crashing input can be
/// reproduced in a debugger without the sanitizers.
@main
enum FuzzEntry {
    static func main() {
        var arguments = CommandLine.arguments
        guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(
                Data("usage: genai-plan-fuzz \(names) [FILE... | libFuzzer flags and corpus directories]\n".utf8))
            exit(2)
        }
        arguments.remove(at: 1)
        #if FUZZING
            selected = target
            FuzzTarget.warmUp()
            exit(runLibFuzzer(arguments))
        #else
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                    exit(2)
                }
                target.run([UInt8](data))
            }
            print("\(arguments.count - 1) inputs ran through the \(target.rawValue) target")
        #endif
    }
}

#if FUZZING
    /// The target libFuzzer's callback runs (set once, before the driver starts).
    nonisolated(unsafe) var selected = FuzzTarget.profile

    /// libFuzzer's entry point, which its archive references; it runs the selected target.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    /// Hands the arguments to libFuzzer's driver, which calls back for each input.
    func runLibFuzzer(_ arguments: [String]) -> Int32 {
        var argc = Int32(arguments.count)
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        return pointers.withUnsafeMutableBufferPointer { buffer in
            var argv = buffer.baseAddress
            return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
        }
    }
#endif
