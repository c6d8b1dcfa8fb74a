import Foundation
import Testing

/// Compares `actual` with `<directory>/<name>` (by default the report goldens,
/// `Tests/PlannerReportsTests/Golden/`). A missing file, or `RECORD_GOLDEN=1`, writes it and fails the
/// test, so nothing is recorded by accident.
public func assertGolden(
    _ actual: String, named name: String,
    in directory: URL = repositoryRoot.appendingPathComponent("Tests/PlannerReportsTests/Golden"),
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let url = directory.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded golden file \(name); check it and run the tests again", sourceLocation: sourceLocation)
        return
    }
    #expect(
        actual == expected, "output differs from Golden/\(name); RECORD_GOLDEN=1 swift test re-records",
        sourceLocation: sourceLocation)
}
