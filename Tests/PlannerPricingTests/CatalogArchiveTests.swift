import Foundation
import PlannerCore
import Testing

@testable import PlannerPricing

@Suite("Embedded catalog archive")
struct CatalogArchiveTests {
    @Test("the embedded archive decodes to exactly the catalog the embedded JSON decodes to")
    func archiveEqualsJSON() throws {
        let fromArchive = try CatalogLoader.embedded()
        let fromJSON = try CatalogLoader.embeddedFromJSON()
        #expect(fromArchive == fromJSON)
        // Equality covers every stored property; these say where to look when it fails.
        #expect(fromArchive.allPrices.map(\.key) == fromJSON.allPrices.map(\.key))
        #expect(fromArchive.bedrockModels == fromJSON.bedrockModels)
        #expect(fromArchive.instances == fromJSON.instances)
        #expect(fromArchive.openModels == fromJSON.openModels)
        #expect(fromArchive.priceDates == fromJSON.priceDates)
    }

    @Test("encoding is deterministic and a decoded archive encodes to the same bytes")
    func roundTrip() throws {
        let archive = try #require(Base64.decode(EmbeddedCatalogArchive.base64))
        let catalog = try CatalogArchive.decode(archive, origin: "test")
        let fingerprint = try #require(CatalogArchive.recordedFingerprint(archive))
        #expect(CatalogArchive.encode(catalog, fingerprint: fingerprint) == archive)
        #expect(CatalogArchive.snapshotDate(archive) == "2026-12-02")
        #expect(CatalogArchive.snapshotDate(Array(archive.prefix(20))) == nil)
        #expect(CatalogArchive.encode(try CatalogLoader.embeddedFromJSON(), fingerprint: fingerprint) == archive)
        // It records the fingerprint of the JSON files it was made from.
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames { files[name] = CatalogLoader.embeddedFile(name).map { Array($0.utf8) } }
        #expect(fingerprint == CatalogArchive.fingerprint(of: files))
    }

    /// A directory holding the bundled JSON files and, when given, an archive.
    func directory(archive: [UInt8]?) throws -> (path: String, files: [String: [UInt8]]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        var files: [String: [UInt8]] = [:]
        for name in CatalogDecoder.fileNames {
            let bytes = Array((CatalogLoader.embeddedFile(name) ?? "").utf8)
            files[name] = bytes
            _ = FileManager.default.createFile(atPath: "\(path)/\(name)", contents: Data(bytes))
        }
        if let archive {
            _ = FileManager.default.createFile(atPath: "\(path)/catalog.archive", contents: Data(archive))
        }
        return (path, files)
    }

    @Test("a directory's catalog.archive is used while its JSON files are the ones it was made from, else the JSON")
    func directoryArchive() throws {
        var marked = try CatalogLoader.embeddedFromJSON()
        marked.snapshot = "from-the-archive"
        let (path, files) = try directory(archive: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = CatalogArchive.encode(marked, fingerprint: CatalogArchive.fingerprint(of: files))
        _ = FileManager.default.createFile(atPath: "\(path)/catalog.archive", contents: Data(archive))
        let loaded = try CatalogLoader.load(directory: path)
        #expect(loaded.snapshot == "from-the-archive")
        #expect(loaded.origin == path)
        // An edited JSON file (one more space) makes the archive stale: the JSON is read.
        var manifest = try #require(files["manifest.json"])
        manifest.insert(UInt8(ascii: " "), at: 1)
        _ = FileManager.default.createFile(atPath: "\(path)/manifest.json", contents: Data(manifest))
        #expect(try CatalogLoader.load(directory: path).snapshot == "bundled-2026-12-02")
        // A damaged archive is ignored too.
        let (second, _) = try directory(archive: Array(archive.prefix(1_000)))
        defer { try? FileManager.default.removeItem(atPath: second) }
        #expect(try CatalogLoader.load(directory: second).snapshot == "bundled-2026-12-02")
    }

    @Test("an archive cut anywhere is refused with the byte where it ends, never a trap")
    func truncated() throws {
        let archive = try #require(Base64.decode(EmbeddedCatalogArchive.base64))
        // Every prefix up to 512 bytes (the header and the first strings), then one every KB or so.
        let lengths = Array(0..<512) + Array(stride(from: 512, to: archive.count, by: 1_009))
        for length in lengths {
            #expect(throws: CatalogError.self, "cut at \(length)") {
                try CatalogArchive.decode(Array(archive.prefix(length)), origin: "test")
            }
        }
        let error = try #require(throws: CatalogError.self) { try CatalogArchive.decode([], origin: "test") }
        #expect(error.description.contains("the catalog archive is damaged at byte 0: not a catalog archive"))
    }

    @Test("damaged bytes are refused or decode; nothing traps", arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func damaged(seed: UInt64) throws {
        var archive = try #require(Base64.decode(EmbeddedCatalogArchive.base64))
        var random = SplitMix(seed: seed)
        for _ in 0..<64 {
            let index = Int(random.next() % UInt64(archive.count))
            archive[index] = UInt8(truncatingIfNeeded: random.next())
        }
        _ = try? CatalogArchive.decode(archive, origin: "test")
        var version = try #require(Base64.decode(EmbeddedCatalogArchive.base64))
        version[4] = 99
        let error = try #require(throws: CatalogError.self) { try CatalogArchive.decode(version, origin: "test") }
        #expect(error.description.contains("archive version 99, this build reads 2"))
    }

    @Test("a figure outside the decoder's ranges (a zero an engine would divide by) is refused on reading")
    func rangesChecked() throws {
        var catalog = try CatalogLoader.embeddedFromJSON()
        var instance = try #require(catalog.instances["ml.g5.xlarge"])
        instance.bandwidthPerAcceleratorGBs = .zero
        catalog.upsert(instance)
        let archive = CatalogArchive.encode(catalog, fingerprint: 0)
        let error = try #require(throws: CatalogError.self) { try CatalogArchive.decode(archive, origin: "test") }
        #expect(error.description.contains("0 is outside"))
    }

    @Test(
        "base64 round-trips every length and refuses what is not base64",
        arguments: [0, 1, 2, 3, 4, 5, 100, 257])
    func base64(length: Int) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        #expect(Base64.decode(Base64.encode(bytes, lineLength: 8)) == bytes)
        #expect(Base64.encode([0xFB, 0xFF]) == "+/8=")
        for bad in ["A", "AB=C", "A===", "AA==AA==", "AAA*", "QQ==Q"] { #expect(Base64.decode(bad) == nil, "\(bad)") }
    }
}

/// A small deterministic generator for the damage test (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
