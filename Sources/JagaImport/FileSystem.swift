#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX file helpers, so importing needs no Foundation.
enum FileSystem {
    /// The text of the current `errno`.
    static func errorText(_ code: Int32 = errno) -> String {
        guard let s = strerror(code) else { return "error \(code)" }
        return String(cString: s)
    }

    /// True when `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        return (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Size of the file in bytes, or nil when it cannot be stat'ed.
    static func fileSize(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Int(st.st_size)
    }

    /// The extension of the last path component, without the dot ("" when none).
    static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The last path component.
    static func lastComponent(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        if let slash = p.lastIndex(of: "/") { return String(p[p.index(after: slash)...]) }
        return String(p)
    }

    /// The folder part of a path ("" when there is none).
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Regular files in a folder whose extension is `ext` (case-insensitive), as paths, sorted by name.
    static func listFiles(in folder: String, extension ext: String) throws(ImportError) -> [String] {
        guard let dir = opendir(folder) else { throw .io(file: folder, reason: errorText()) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            guard pathExtension(name).lowercased() == ext.lowercased() else { continue }
            let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if !isDirectory(full) { names.append(full) }
        }
        // Byte order of the names, so "page-010" sorts after "page-009" and results do not depend on locale.
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// Creates a folder and its missing parents.
    static func makeDirectories(_ path: String) throws(ImportError) {
        if path.isEmpty || isDirectory(path) { return }
        let up = parent(path)
        if !up.isEmpty, up != path { try makeDirectories(up) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw .rejectsFile(file: path, reason: "cannot create folder: " + errorText())
        }
    }

    /// `count` bytes at `offset` in a file (fewer at its end, none when it cannot be read).
    static func readRange(_ path: String, offset: Int, count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let n = out.withUnsafeMutableBytes { b -> Int in
                guard let base = b.baseAddress else { return 0 }
                return pread(fd, base + got, count - got, off_t(offset + got))
            }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            got += n
        }
        out.removeSubrange(got...)
        return out
    }

    /// Up to `maxBytes` bytes from the start of a file.
    static func readPrefix(_ path: String, maxBytes: Int) throws(ImportError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .io(file: path, reason: errorText()) }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: maxBytes)
        var got = 0
        while got < maxBytes {
            let n = out.withUnsafeMutableBytes { b -> Int in
                guard let base = b.baseAddress else { return 0 }
                return read(fd, base + got, maxBytes - got)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(file: path, reason: errorText())
            }
            if n == 0 { break }
            got += n
        }
        out.removeSubrange(got...)
        return out
    }
}
