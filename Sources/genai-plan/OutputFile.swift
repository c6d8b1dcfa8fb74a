import Foundation

/// Writing a file the user asked for (`--output`, `--chart`): never over one of the command's inputs,
/// and atomically (a temporary file in the same directory, flushed, then renamed), so a failed write
/// leaves what was there.
enum OutputFile {
    /// Refuses `output` when it is the same file as one of `inputs` (same device and inode, or the same path).
    static func refuseIfInput(_ output: String, inputs: [String], option: String) throws(UserFacingError) {
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath()
        var outputInfo = stat()
        let outputExists = stat(output, &outputInfo) == 0
        for input in inputs {
            var inputInfo = stat()
            let sameFile =
                outputExists && stat(input, &inputInfo) == 0 && inputInfo.st_dev == outputInfo.st_dev
                && inputInfo.st_ino == outputInfo.st_ino
            let samePath = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath() == outputURL
            if sameFile || samePath {
                throw UserFacingError(
                    "\(option) names an input of this command (\(input)); nothing was written", in: output)
            }
        }
    }

    /// Writes `text` to `path` through a temporary file and a rename.
    static func write(_ text: String, to path: String, what: String) throws(UserFacingError) {
        func failure(_ reason: String) -> UserFacingError {
            UserFacingError("cannot write the \(what): \(reason); nothing was written", in: path)
        }
        if path.hasSuffix("/") { throw failure("the path ends in '/', which names a directory") }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { throw failure("it is a directory") }
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw failure("the directory '\(folder)' does not exist")
        }
        let temporary = (folder as NSString).appendingPathComponent(
            ".\((path as NSString).lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(reason(errno)) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw failure(reason(code))
            }
            written += count
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(reason(code))
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(reason(code))
        }
    }

    /// A file-name-safe form of a profile name: letters, digits, `.`, `_` and `-`; anything else becomes `-`.
    static func safeName(_ name: String) -> String {
        let mapped = name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "-"
        }
        let text = String(mapped).trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
        return text.isEmpty ? "profile" : String(text.prefix(100))
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case ENOSPC: "no space left on the device"
        case EROFS: "the file system is read-only"
        case EISDIR: "it is a directory"
        case ENOENT: "the directory does not exist"
        default: String(cString: strerror(code))
        }
    }
}
