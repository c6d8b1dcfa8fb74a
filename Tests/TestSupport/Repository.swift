import Foundation

/// The package's root directory (this file is `Tests/TestSupport/Repository.swift`).
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
