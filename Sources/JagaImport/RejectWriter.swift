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
        var valid = true
        if let base = raw.baseAddress {
            valid = jg_validate_utf8(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), raw.count)
        }
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
            guard let base = b.baseAddress else { return }
            while done < total {
                let n = write(fd, base + done, total - done)
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
