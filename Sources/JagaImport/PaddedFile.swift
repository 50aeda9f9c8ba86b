#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file read into memory with simdjson's padding after it (for bounded API pages).
final class PaddedFile {
    let base: UnsafeMutableRawPointer
    let count: Int
    let capacity: Int

    /// Reads `path`; files larger than `maxBytes` are refused.
    init(path: String, maxBytes: Int) throws(ImportError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .io(file: path, reason: FileSystem.errorText()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(file: path, reason: FileSystem.errorText()) }
        let size = Int(st.st_size)
        guard size <= maxBytes else {
            throw .io(file: path, reason: "file is \(size) bytes, larger than the \(maxBytes >> 20) MiB limit for one page")
        }
        let padding = JSONParser.padding
        capacity = size + padding
        base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 64)
        base.initializeMemory(as: UInt8.self, repeating: 0, count: capacity)
        var got = 0
        while got < size {
            let n = read(fd, base + got, size - got)
            if n < 0 {
                if errno == EINTR { continue }
                let reason = FileSystem.errorText()
                base.deallocate()
                throw .io(file: path, reason: reason)
            }
            if n == 0 { break }
            got += n
        }
        count = got
    }

    deinit { base.deallocate() }

    /// The file's bytes.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// The JSON text: the bytes after a UTF-8 byte order mark, with the readable bytes from there.
    var json: (start: UnsafeRawPointer, count: Int, capacity: Int) {
        let b = bytes
        let skip = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        return (UnsafeRawPointer(base + skip), count - skip, capacity - skip)
    }
}
