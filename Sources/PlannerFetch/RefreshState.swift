import Foundation
import PlannerCore

/// What the last refresh of a destination fetched: validators for conditional requests, and the
/// summary of each offer file, reused when the server answers 304 Not Modified.
final class RefreshState: @unchecked Sendable {
    struct Entry {
        var validators: Validators
        var sha256: String
        var summary: OfferSummary?
    }

    static let fileName = ".refresh-state.json"
    private let path: String
    private var entries: [String: Entry]
    private let lock = NSLock()

    /// Reads the state; a missing or unreadable file (or entry) means every file is fetched in full.
    init(directory: String) {
        path = (directory as NSString).appendingPathComponent(Self.fileName)
        entries = [:]
        guard let data = FileManager.default.contents(atPath: path),
            case .object(let members)? = try? JSONParser.parse(Array(data))
        else { return }
        for (url, value) in members {
            guard case .string(let sha256)? = value["sha256"] else { continue }
            func text(_ value: JSONValue?) -> String? {
                if case .string(let text)? = value { text } else { nil }
            }
            let validators = Validators(etag: text(value["etag"]), lastModified: text(value["last_modified"]))
            var summary: OfferSummary?
            if let stored = value["summary"], case .array(let lines)? = stored["prices"] {
                let prices = lines.compactMap { text($0).flatMap(OfferPrice.init(storedText:)) }
                if prices.count == lines.count {
                    summary = OfferSummary(
                        offerCode: text(stored["offer"]) ?? "", version: text(stored["version"]) ?? "",
                        publicationDate: text(stored["publication_date"]) ?? "", prices: prices)
                }
            }
            entries[url] = Entry(validators: validators, sha256: sha256, summary: summary)
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

    /// Written after the catalog, through a temporary file and a rename; URLs in order, so that two
    /// refreshes of the same files write the same bytes.
    func save() throws {
        lock.lock()
        let snapshot = entries
        lock.unlock()
        let members: [(String, JSONValue)] = snapshot.keys.sorted().compactMap { url in
            guard let entry = snapshot[url] else { return nil }
            var fields: [(String, JSONValue)] = [("sha256", .string(entry.sha256))]
            if let etag = entry.validators.etag { fields.append(("etag", .string(etag))) }
            if let modified = entry.validators.lastModified { fields.append(("last_modified", .string(modified))) }
            if let summary = entry.summary, case let lines = summary.prices.compactMap(\.storedText),
                lines.count == summary.prices.count
            {
                fields.append(
                    (
                        "summary",
                        .object([
                            ("offer", .string(summary.offerCode)), ("version", .string(summary.version)),
                            ("publication_date", .string(summary.publicationDate)),
                            ("prices", .array(lines.map { .string($0) })),
                        ])
                    ))
            }
            return (url, .object(fields))
        }
        try AtomicWriter.write(
            [Self.fileName: Array(JSONValue.object(members).rendered().utf8)],
            to: (path as NSString).deletingLastPathComponent)
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
