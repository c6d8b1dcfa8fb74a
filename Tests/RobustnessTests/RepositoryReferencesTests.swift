import Foundation
import TestSupport
import Testing

@Suite("The repository cites public sources only")
struct RepositoryReferencesTests {
    /// Files a user gets with the project: everything under the repository root but build folders and git's own.
    func projectFiles() -> [URL] {
        let skipped: Set<String> = [".git", ".build", ".swiftpm"]
        guard
            let walker = FileManager.default.enumerator(
                at: repositoryRoot, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            if skipped.contains(name) || name.hasPrefix(".build-") || name.hasPrefix(".build_") {
                walker.skipDescendants()
                continue
            }
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url) }
        }
        return files
    }

    @Test("no file refers to the developers' reference folder, which users do not have")
    func noPrivateReferences() {
        // Spelt in two parts so that this file does not match itself.
        let needle = Data(("../" + "shared").utf8)
        let files = projectFiles()
        #expect(files.count > 50)
        let offending = files.filter { url in (try? Data(contentsOf: url))?.range(of: needle) != nil }
        #expect(offending.isEmpty, "\(offending.map(\.path))")
    }
}
