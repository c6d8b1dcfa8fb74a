import Foundation

/// What a run of a built binary printed, and how it exited.
public struct Run: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// An executable of this package built next to the test bundle.
public func builtExecutable(_ name: String) -> URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = directory.appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        directory.deleteLastPathComponent()
    }
    return repositoryRoot.appendingPathComponent(".build/debug/\(name)")
}

/// The `genai-plan` executable built next to the test bundle.
public let executable = builtExecutable("genai-plan")

/// Runs the built `genai-plan` with `arguments` in `directory`, as a user would, with the user's cache
/// pointed away (or at `cacheHome`), and captures what it printed.
public func genaiPlan(
    _ arguments: [String], in directory: URL = repositoryRoot, cacheHome: String? = nil,
    environment extra: [String: String] = [:]
) throws -> Run {
    try run(executable, arguments, in: directory, cacheHome: cacheHome, environment: extra)
}

/// Runs any built binary of the package the same way.
public func run(
    _ binary: URL, _ arguments: [String], in directory: URL = repositoryRoot, cacheHome: String? = nil,
    environment extra: [String: String] = [:]
) throws -> Run {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    // Isolated from any refreshed snapshot in the user's cache: the tests expect the bundled one.
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_CACHE_HOME"] =
        cacheHome ?? FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-test-cache-none").path
    process.environment = environment.merging(extra) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
}
