#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a line handed out by ``LineReader`` sits in its file.
struct LineInfo {
    /// 1-based physical line number.
    var number: Int
    /// Readable bytes from the line's start (the line plus at least simdjson's padding).
    var capacity: Int
    /// Byte offset of the line's start in the file.
    var offset: Int
    /// For a line longer than the limit: its length so far; the bytes handed out are its start only.
    var overlong: Int?
}

/// Streams a file line by line in large chunks, handing out each line in place with padding after it.
///
/// Lines are found with `memchr` in a chunk buffer (8 MiB by default); a line that spans two
/// reads is moved to the buffer's front, and the buffer grows for lines longer than a chunk up
/// to a limit. Each line comes without its `\n` or `\r\n`, and line 1 without a UTF-8 byte order
/// mark. A last line with no newline is handed out too. The buffer keeps simdjson's padding
/// after its end, so every line can be parsed where it lies without a copy.
struct LineReader: ~Copyable {
    let path: String
    private let fd: Int32
    private var buffer: UnsafeMutableRawPointer
    private var size: Int
    private let padding: Int
    /// Longest line handed out whole.
    let maxLineBytes: Int
    /// Bytes read from the file so far.
    private(set) var bytesRead = 0
    /// Size of the file when opened (0 when unknown).
    let fileSize: Int

    init(path: String, chunkBytes: Int = 8 << 20, maxLineBytes: Int = 64 << 20) throws(ImportError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(file: path, reason: FileSystem.errorText()) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .io(file: path, reason: "is a folder, not a file")
        }
        self.fd = fd
        fileSize = Int(st.st_size)
        padding = JSONParser.padding + 64
        size = max(4096, chunkBytes)
        self.maxLineBytes = max(1, maxLineBytes)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: size + padding, alignment: 64)
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: size + padding)
    }

    deinit {
        close(fd)
        buffer.deallocate()
    }

    /// Calls `body` for every line, in order, with its bytes (valid during the call only).
    mutating func forEachLine(
        _ body: (UnsafeBufferPointer<UInt8>, LineInfo) throws(ImportError) -> Void
    ) throws(ImportError) {
        var filled = 0
        var origin = 0  // file offset of buffer[0]
        var lineNumber = 0
        var atFileStart = true
        var skippingOverlong = false
        var eof = false
        while !eof {
            if filled == size {
                // One line fills the whole buffer: grow, or hand out its start and skip the rest.
                if size < maxLineBytes {
                    grow(to: min(size * 2, maxLineBytes))
                } else {
                    lineNumber += 1
                    let start = buffer.assumingMemoryBound(to: UInt8.self)
                    try body(UnsafeBufferPointer(start: start, count: min(filled, maxLineBytes)),
                             LineInfo(number: lineNumber, capacity: size + padding, offset: origin, overlong: filled))
                    origin += filled
                    filled = 0
                    skippingOverlong = true
                }
            }
            let n = read(fd, buffer + filled, size - filled)
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(file: path, reason: FileSystem.errorText())
            }
            eof = n == 0
            bytesRead += n
            let end = filled + n
            let base = buffer.assumingMemoryBound(to: UInt8.self)
            var start = 0
            if skippingOverlong {
                // Drop what is left of an overlong line, up to its newline.
                if let nl = memchr(base, 0x0A, end) {
                    start = UnsafeRawPointer(nl) - UnsafeRawPointer(base) + 1
                    skippingOverlong = false
                } else {
                    origin += end
                    filled = 0
                    continue
                }
            }
            if atFileStart, end - start >= 3 || eof {
                atFileStart = false
                if end - start >= 3, base[start] == 0xEF, base[start + 1] == 0xBB, base[start + 2] == 0xBF { start += 3 }
            } else if atFileStart {
                filled = end
                continue
            }
            while start < end, let nl = memchr(base + start, 0x0A, end - start) {
                let stop = UnsafeRawPointer(nl) - UnsafeRawPointer(base)
                lineNumber += 1
                var len = stop - start
                if len > 0, base[start + len - 1] == 0x0D { len -= 1 }
                let overlong = len > maxLineBytes ? len : nil
                try body(UnsafeBufferPointer(start: base + start, count: min(len, maxLineBytes)),
                         LineInfo(number: lineNumber, capacity: size + padding - start, offset: origin + start, overlong: overlong))
                start = stop + 1
            }
            if eof {
                if start < end {
                    lineNumber += 1
                    var len = end - start
                    if base[start + len - 1] == 0x0D { len -= 1 }
                    let overlong = len > maxLineBytes ? len : nil
                    try body(UnsafeBufferPointer(start: base + start, count: min(len, maxLineBytes)),
                             LineInfo(number: lineNumber, capacity: size + padding - start, offset: origin + start, overlong: overlong))
                }
                break
            }
            if start > 0, start < end { memmove(buffer, buffer + start, end - start) }
            origin += start
            filled = start < end ? end - start : 0
        }
    }

    private mutating func grow(to newSize: Int) {
        let b = UnsafeMutableRawPointer.allocate(byteCount: newSize + padding, alignment: 64)
        b.copyMemory(from: buffer, byteCount: size)
        (b + size).initializeMemory(as: UInt8.self, repeating: 0, count: newSize + padding - size)
        buffer.deallocate()
        buffer = b
        size = newSize
    }
}
