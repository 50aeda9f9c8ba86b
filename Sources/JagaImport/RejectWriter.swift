#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SimdJSONShim

/// A ``RejectSink`` that writes rejects as JSON Lines and keeps the first few in memory.
///
/// Each reject is one line `{"file":"...","line":12,"reason":"...","raw":"<the full original line>"}`.
/// The file (and its folders) is created only when the first reject arrives. Raw text that is not
/// valid UTF-8 is written with U+FFFD in `raw` and, so nothing is lost, byte for byte in an extra
/// `raw_base64` field.
public final class RejectWriter: RejectSink {
    /// Where rejects go; nil keeps them in memory only.
    public let path: String?
    /// How many rejects to keep in ``kept``.
    public let keep: Int
    /// Rejects handed in so far.
    public private(set) var count = 0
    /// The first ``keep`` rejects.
    public private(set) var kept: [Reject] = []
    /// True once the rejects file exists.
    public private(set) var wroteFile = false

    private var fd: Int32 = -1
    private var buffer: [UInt8] = []

    /// Makes a writer for `path` (nil: memory only) keeping the first `keep` rejects.
    public init(path: String?, keep: Int = 20) {
        self.path = path
        self.keep = keep
    }

    deinit {
        try? flush()
        if fd >= 0 { close(fd) }
    }

    public func reject(file: String, line: Int, reason: String, raw: UnsafeBufferPointer<UInt8>) throws(ImportError) {
        count += 1
        if kept.count < keep {
            kept.append(Reject(file: file, line: line, reason: reason, raw: String(decoding: raw, as: UTF8.self)))
        }
        guard let path else { return }
        if fd < 0 {
            try FileSystem.makeDirectories(FileSystem.parent(path))
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .rejectsFile(file: path, reason: FileSystem.errorText()) }
            wroteFile = true
        }
        buffer.append(contentsOf: #"{"file":"#.utf8)
        JSONText.appendString(file, to: &buffer)
        buffer.append(contentsOf: #","line":"#.utf8)
        buffer.append(contentsOf: String(line).utf8)
        buffer.append(contentsOf: #","reason":"#.utf8)
        JSONText.appendString(reason, to: &buffer)
        buffer.append(contentsOf: #","raw":"#.utf8)
        let valid = raw.isEmpty || jg_validate_utf8(UnsafeRawPointer(raw.baseAddress!).assumingMemoryBound(to: CChar.self), raw.count)
        JSONText.appendString(raw, to: &buffer)
        if !valid {
            buffer.append(contentsOf: #","raw_base64":""#.utf8)
            JSONText.appendBase64(raw, to: &buffer)
            buffer.append(UInt8(ascii: "\""))
        }
        buffer.append(contentsOf: "}\n".utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func finish() throws(ImportError) { try flush() }

    private func flush() throws(ImportError) {
        guard fd >= 0, !buffer.isEmpty else { return }
        var done = 0
        let total = buffer.count
        var failure: Int32 = 0
        buffer.withUnsafeBytes { b in
            while done < total {
                let n = write(fd, b.baseAddress! + done, total - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 { throw .rejectsFile(file: path ?? "", reason: FileSystem.errorText(failure)) }
    }
}

/// Writing JSON string literals (escaping, U+FFFD for invalid UTF-8) and base64.
enum JSONText {
    /// Appends `s` as a quoted JSON string.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendString($0, to: &out) }
    }

    /// Appends UTF-8 bytes as a quoted JSON string; invalid sequences become U+FFFD.
    static func appendString(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var i = 0
        let n = b.count
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        while i < n {
            let c = b[i]
            if c < 0x80 {
                switch c {
                case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0..<0x20, 0x7F:
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
                default: out.append(c)
                }
                i += 1
                continue
            }
            let len = utf8SequenceLength(b, at: i)
            if len == 0 {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
                i += 1
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + len)]))
                i += len
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The length of the valid UTF-8 sequence starting at `i` (a non-ASCII lead byte), or 0 when invalid.
    static func utf8SequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        let n = b.count
        func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && b[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && b[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && b[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && b[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    /// Appends standard base64 (with `=` padding).
    static func appendBase64(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var i = 0
        while i + 3 <= b.count {
            let v = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
            out.append(contentsOf: [alphabet[Int(v >> 18)], alphabet[Int(v >> 12 & 63)], alphabet[Int(v >> 6 & 63)], alphabet[Int(v & 63)]])
            i += 3
        }
        let rest = b.count - i
        if rest == 1 {
            let v = UInt32(b[i]) << 16
            out.append(contentsOf: [alphabet[Int(v >> 18)], alphabet[Int(v >> 12 & 63)], 0x3D, 0x3D])
        } else if rest == 2 {
            let v = UInt32(b[i]) << 16 | UInt32(b[i + 1]) << 8
            out.append(contentsOf: [alphabet[Int(v >> 18)], alphabet[Int(v >> 12 & 63)], alphabet[Int(v >> 6 & 63)], 0x3D])
        }
    }
}
