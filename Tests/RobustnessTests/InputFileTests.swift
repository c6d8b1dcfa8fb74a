import Foundation
import PlannerCore
import PlannerProfiles
import Testing

@Suite("Files that cannot be profiles are refused at once, about the file as a whole")
struct InputFileTests {
    func message(_ path: String) -> String? {
        do {
            _ = try ProfileLoader(catalog: catalog).load(path: path)
            return nil
        } catch {
            return error.diagnostics.first?.description
        }
    }

    @Test("a device, a directory, a FIFO, a link loop, a missing file, a file too large")
    func refused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-input-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let loop = folder.appendingPathComponent("loop").path
        #expect(symlink(loop, loop) == 0)
        let large = folder.appendingPathComponent("large.yaml").path
        _ = FileManager.default.createFile(
            atPath: large, contents: Data(repeating: 0x20, count: ProfileLoader.maximumFileBytes + 1))

        #expect(message("/dev/zero") == "/dev/zero: error: is a device, not a profile file")
        #expect(message(folder.path) == "\(folder.path): error: is a directory, not a profile file")
        #expect(message(fifo) == "\(fifo): error: is a FIFO (named pipe), not a profile file")
        #expect(message(loop) == "\(loop): error: is a symbolic link that loops back on itself")
        #expect(
            message(folder.appendingPathComponent("none.yaml").path) == "\(folder.path)/none.yaml: error: no such file")
        #expect(message(large) == "\(large): error: is 1.0 MiB, more than the 1 MiB a profile file may have")
    }

    @Test("profile text over the limit is refused with the same wording as a file")
    func largeText() {
        let text = String(repeating: " ", count: ProfileLoader.maximumFileBytes + 1)
        guard case .failure(let error) = load(text) else {
            Issue.record("loaded")
            return
        }
        #expect(
            error.diagnostics.map(\.description) == [
                "p.yaml: error: is 1.0 MiB, more than the 1 MiB a profile file may have"
            ])
    }

    @Test("an empty file is read as an empty document")
    func emptyFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("genai-plan-empty-\(getpid()).yaml")
            .path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(message(path)?.contains("a profile is a YAML mapping") == true)
    }
}
