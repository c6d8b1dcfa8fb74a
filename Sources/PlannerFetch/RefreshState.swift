import Foundation

/// What the last refresh of a destination fetched: validators for conditional requests, and the
/// summary of each offer file, reused when the server answers 304 Not Modified.
final class RefreshState: @unchecked Sendable {
    struct Entry: Codable {
        var validators: Validators
        var sha256: String
        var summary: OfferSummary?
    }

    static let fileName = ".refresh-state.json"
    private let path: String
    private var entries: [String: Entry]
    private let lock = NSLock()

    init(directory: String) {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        if let data = FileManager.default.contents(atPath: path),
            let decoded = try? JSONDecoder().decode([String: Entry].self, from: data)
        {
            entries = decoded
        } else {
            entries = [:]
        }
    }

    func entry(_ url: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[url]
    }

    func record(_ url: String, validators: Validators, summary: OfferSummary, sha256: String) {
        lock.lock()
        entries[url] = Entry(validators: validators, sha256: sha256, summary: summary)
        lock.unlock()
    }

    /// Written after the catalog, through a temporary file and a rename.
    func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        lock.lock()
        let data = try encoder.encode(entries)
        lock.unlock()
        try AtomicWriter.write([Self.fileName: Array(data)], to: (path as NSString).deletingLastPathComponent)
    }
}

/// Replaces files so that each is either the old or the new one, never a mix: every new file is
/// written to a temporary file in the same directory and flushed to disk; only when all are written
/// are they renamed over the old ones.
enum AtomicWriter {
    static func write(_ files: [String: [UInt8]], to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var temporaries: [(temporary: String, final: String)] = []
        defer { for (temporary, _) in temporaries { try? FileManager.default.removeItem(atPath: temporary) } }
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let final = (directory as NSString).appendingPathComponent(name)
            let temporary = (directory as NSString).appendingPathComponent(".\(name).tmp-\(getpid())")
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary])
            }
            temporaries.append((temporary, final))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
            try handle.close()
        }
        for (temporary, final) in temporaries {
            guard rename(temporary, final) == 0 else {
                throw CocoaError(
                    .fileWriteUnknown,
                    userInfo: [NSFilePathErrorKey: final, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        }
        temporaries.removeAll()
        let descriptor = open(directory, O_RDONLY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }
}
