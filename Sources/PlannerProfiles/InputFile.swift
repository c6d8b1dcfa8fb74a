import Foundation

/// Reads an input file whole, refusing at once what cannot be a file of ours: a directory, a FIFO,
/// a device such as `/dev/zero`, a symbolic-link loop, or more than `limit` bytes.
package enum InputFile {
    /// Why a file was not read, about the file as a whole.
    package struct Problem: Error, Sendable, Hashable {
        /// Lowercase words after the path: `is a directory`, `no such file`.
        package var message: String
    }

    /// The file's bytes, or the reason it was not read.
    package static func read(_ path: String, limit: Int, what: String) -> Result<[UInt8], Problem> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            switch code {
            case ENOENT: return .failure(Problem(message: "no such file"))
            case ELOOP: return .failure(Problem(message: "is a symbolic link that loops back on itself"))
            case EACCES: return .failure(Problem(message: "cannot be read: permission denied"))
            case ENOTDIR: return .failure(Problem(message: "no such file (a part of the path is not a directory)"))
            default: return .failure(Problem(message: "cannot be read: \(String(cString: strerror(code)))"))
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(Problem(message: "is a directory, not a \(what) file"))
        case S_IFIFO: return .failure(Problem(message: "is a FIFO (named pipe), not a \(what) file"))
        case S_IFCHR, S_IFBLK: return .failure(Problem(message: "is a device, not a \(what) file"))
        case S_IFSOCK: return .failure(Problem(message: "is a socket, not a \(what) file"))
        default: return .failure(Problem(message: "is not a regular file"))
        }
        guard Int(info.st_size) <= limit else {
            return .failure(
                Problem(
                    message:
                        "is \(byteText(Int(info.st_size))), more than the \(byteText(limit)) a \(what) file may have"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Problem(message: "cannot be read: permission denied"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // nil at the end of the file: an empty file reads as no bytes.
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            return .failure(Problem(message: "cannot be read: \(error.localizedDescription)"))
        }
        guard data.count <= limit else {
            return .failure(Problem(message: "is more than the \(byteText(limit)) a \(what) file may have"))
        }
        return .success([UInt8](data))
    }

    /// `1 MiB`, `1.2 MiB` or `512 bytes`.
    package static func byteText(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 20 { return String(format: "%.1f MiB", Double(bytes) / Double(1 << 20)) }
        return "\(bytes) bytes"
    }
}
