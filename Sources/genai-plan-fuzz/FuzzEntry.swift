import Foundation
import PlannerFuzzTargets

// `genai-plan-fuzz`: the fuzz targets of `PlannerFuzzTargets`.
//
// Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING` it is a libFuzzer binary
// (`GENAI_PLAN_FUZZ_TARGET` picks the target; libFuzzer's own `main` runs it). Built normally it
// replays files: `genai-plan-fuzz TARGET FILE...` runs each file through the target once, so a
// crashing input can be reproduced without the sanitizers.

#if FUZZING
let selectedTarget = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["GENAI_PLAN_FUZZ_TARGET"] ?? "profile") ?? .profile

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    selectedTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
enum ReplayFuzzInputs {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: genai-plan-fuzz \(names) FILE...\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                exit(2)
            }
            target.run([UInt8](data))
        }
        print("\(arguments.count - 1) inputs ran through the \(target.rawValue) target")
    }
}
#endif
