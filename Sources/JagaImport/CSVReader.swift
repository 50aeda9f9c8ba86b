#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SimdJSONShim

/// One CSV record handed out by ``CSVReader``, borrowed for the duration of the callback.
struct CSVRecord {
    /// The 1-based physical line the record starts on.
    var line: Int
    /// The record's original bytes (its physical lines joined by their newlines, without the last one).
    var raw: UnsafeBufferPointer<UInt8>
    /// Why the record is malformed (bad quoting, invalid UTF-8, too long), or nil.
    var error: String?
    fileprivate var arena: UnsafeBufferPointer<UInt8>
    fileprivate var ends: UnsafeBufferPointer<Int>

    /// Number of fields.
    var count: Int { ends.count }

    /// Field `i`'s unquoted bytes.
    @inline(__always)
    func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = i == 0 ? 0 : ends[i - 1]
        return UnsafeBufferPointer(rebasing: arena[start..<ends[i]])
    }

    /// Field `i` as a String.
    func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }
}

/// An RFC 4180 CSV reader over a byte stream that tracks physical line numbers.
///
/// Hand-written rather than built on a library because rejects must name the physical line a
/// record starts on (quoted fields may span lines) and the file is streamed as bytes in chunks,
/// never held whole. Handles quoted fields with delimiters, doubled quotes and newlines, LF or
/// CRLF line ends, a UTF-8 byte order mark, and a last record without a newline. Empty lines are
/// reported as blank. A stray quote inside an unquoted field, text after a closing quote, an
/// unterminated quote, invalid UTF-8, or a record longer than the limit make the record
/// malformed (``CSVRecord/error``) without stopping the reader.
struct CSVReader: ~Copyable {
    let path: String
    private let fd: Int32
    private let delimiter: UInt8
    private let maxRecordBytes: Int
    private let chunk: UnsafeMutablePointer<UInt8>
    private let chunkSize: Int
    /// Bytes read so far.
    private(set) var bytesRead = 0
    /// Blank lines seen so far.
    private(set) var blankLines = 0

    init(path: String, delimiter: UInt8 = UInt8(ascii: ","), maxRecordBytes: Int = 64 << 20, chunkBytes: Int = 4 << 20) throws(ImportError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(file: path, reason: FileSystem.errorText()) }
        if FileSystem.isDirectory(path) {
            close(fd)
            throw .io(file: path, reason: "is a folder, not a file")
        }
        self.fd = fd
        self.delimiter = delimiter
        self.maxRecordBytes = max(1, maxRecordBytes)
        chunkSize = max(1024, chunkBytes)
        chunk = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
    }

    deinit {
        close(fd)
        chunk.deallocate()
    }

    private enum State { case fieldStart, unquoted, quoted, afterQuote, skipLine }

    /// Calls `body` for every non-blank record, in order.
    mutating func forEachRecord(_ body: (CSVRecord) throws(ImportError) -> Void) throws(ImportError) {
        var arena: [UInt8] = []
        arena.reserveCapacity(1 << 16)
        var ends: [Int] = []
        var carry: [UInt8] = []  // raw bytes of a record that began in an earlier chunk
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var fieldQuoted = false
        var error: String?
        var atStart = true
        let delim = delimiter
        let quote = UInt8(ascii: "\"")
        let cr: UInt8 = 0x0D
        let lf: UInt8 = 0x0A

        // Ends the record whose raw bytes end at chunk[rawStart..<rawEnd] (after any carried bytes).
        func finishRecord(_ rawStart: Int, _ rawEnd: Int) throws(ImportError) {
            let blank = ends.isEmpty && arena.isEmpty && !fieldQuoted && error == nil
            if blank {
                blankLines += 1
            } else {
                ends.append(arena.count)
                var end = rawEnd
                if carry.isEmpty, end > rawStart, chunk[end - 1] == cr { end -= 1 }
                let span = UnsafeBufferPointer(start: chunk + rawStart, count: max(0, end - rawStart))
                if !carry.isEmpty {
                    carry.append(contentsOf: span)
                    if carry.last == cr { carry.removeLast() }
                }
                try carry.withUnsafeBufferPointer { (c: UnsafeBufferPointer<UInt8>) throws(ImportError) in
                    let raw = carry.isEmpty ? span : c
                    if error == nil, let b = raw.baseAddress,
                       !jg_validate_utf8(UnsafeRawPointer(b).assumingMemoryBound(to: CChar.self), raw.count) {
                        error = "invalid UTF-8"
                    }
                    try arena.withUnsafeBufferPointer { (a: UnsafeBufferPointer<UInt8>) throws(ImportError) in
                        try ends.withUnsafeBufferPointer { (e: UnsafeBufferPointer<Int>) throws(ImportError) in
                            try body(CSVRecord(line: recordLine, raw: raw, error: error, arena: a, ends: e))
                        }
                    }
                }
            }
            arena.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            carry.removeAll(keepingCapacity: true)
            error = nil
            fieldQuoted = false
            recordLine = line
            if arena.capacity > 1 << 24 { arena = [] }
        }

        var eof = false
        while !eof {
            let n = read(fd, chunk, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(file: path, reason: FileSystem.errorText())
            }
            bytesRead += n
            eof = n == 0
            var i = 0
            if atStart, n > 0 {
                atStart = false
                if n >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { i = 3 }
            }
            var rawStart = i
            while i < n {
                switch state {
                case .fieldStart:
                    if chunk[i] == quote {
                        state = .quoted
                        fieldQuoted = true
                        quoteLine = line
                        i += 1
                    } else {
                        state = .unquoted
                    }
                case .unquoted:
                    let s = i
                    let stop = min(n, i + max(1, maxRecordBytes + 1 - arena.count))  // stop scanning at the record limit
                    while i < stop {
                        let c = chunk[i]
                        if c == delim || c == lf || c == quote { break }
                        i += 1
                    }
                    if i > s { arena.append(contentsOf: UnsafeBufferPointer(start: chunk + s, count: i - s)) }
                    if i == stop { break }
                    let c = chunk[i]
                    if c == delim {
                        ends.append(arena.count)
                        state = .fieldStart
                        i += 1
                    } else if c == lf {
                        if arena.last == cr, arena.count > (ends.last ?? 0) { arena.removeLast() }
                        line += 1
                        state = .fieldStart
                        try finishRecord(rawStart, i)
                        i += 1
                        rawStart = i
                    } else {
                        if error == nil { error = "stray quote in unquoted field \(ends.count + 1)" }
                        arena.append(c)
                        i += 1
                    }
                case .quoted:
                    let s = i
                    let stop = min(n, i + max(1, maxRecordBytes + 1 - arena.count))
                    while i < stop, chunk[i] != quote {
                        if chunk[i] == lf { line += 1 }
                        i += 1
                    }
                    if i > s { arena.append(contentsOf: UnsafeBufferPointer(start: chunk + s, count: i - s)) }
                    if i < stop {
                        state = .afterQuote
                        i += 1
                    }
                case .afterQuote:
                    let c = chunk[i]
                    if c == quote {
                        arena.append(quote)
                        state = .quoted
                        i += 1
                    } else if c == delim {
                        ends.append(arena.count)
                        state = .fieldStart
                        i += 1
                    } else if c == lf {
                        line += 1
                        state = .fieldStart
                        try finishRecord(rawStart, i)
                        i += 1
                        rawStart = i
                    } else if c == cr {
                        i += 1
                    } else {
                        if error == nil { error = "text after the closing quote of field \(ends.count + 1)" }
                        arena.append(c)
                        state = .unquoted
                        i += 1
                    }
                case .skipLine:
                    if let p = memchr(chunk + i, Int32(lf), n - i) {
                        let at = UnsafeRawPointer(p) - UnsafeRawPointer(chunk)
                        line += 1
                        i = at + 1
                        rawStart = i
                        recordLine = line
                        state = .fieldStart
                    } else {
                        i = n
                        rawStart = n
                    }
                }
                if arena.count > maxRecordBytes, state != .skipLine {
                    // A runaway record (often an unterminated quote): reject its start, resume after the next newline.
                    let reason = "record longer than the \(maxRecordBytes) byte limit"
                        + (fieldQuoted && state == .quoted ? " (unterminated quote opened on line \(quoteLine)?)" : "")
                    carry.append(contentsOf: UnsafeBufferPointer(start: chunk + rawStart, count: i - rawStart))
                    let raw = Array(carry.prefix(maxRecordBytes))
                    arena.removeAll(keepingCapacity: false)
                    ends.removeAll(keepingCapacity: true)
                    try raw.withUnsafeBufferPointer { (r: UnsafeBufferPointer<UInt8>) throws(ImportError) in
                        try body(CSVRecord(line: recordLine, raw: r, error: reason,
                                           arena: UnsafeBufferPointer(start: nil, count: 0),
                                           ends: UnsafeBufferPointer(start: nil, count: 0)))
                    }
                    carry.removeAll(keepingCapacity: false)
                    error = nil
                    fieldQuoted = false
                    state = .skipLine
                    rawStart = i
                }
            }
            if !eof, state != .skipLine, rawStart < n {
                carry.append(contentsOf: UnsafeBufferPointer(start: chunk + rawStart, count: n - rawStart))
            }
        }
        // End of input: finish a last record without a newline.
        if state == .quoted, error == nil { error = "unterminated quoted field (opened on line \(quoteLine))" }
        if state != .skipLine, !(ends.isEmpty && arena.isEmpty && !fieldQuoted && error == nil) {
            if arena.last == cr, !fieldQuoted { arena.removeLast() }
            try finishRecord(0, 0)
        }
    }
}
