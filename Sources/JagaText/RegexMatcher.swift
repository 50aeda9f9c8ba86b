internal import CJagaText

/// Per-thread PCRE2 match state (match data, match context, JIT stack).
///
/// Made per call and never shared; usable with any `RegexPattern`.
final class RegexMatcher {
    /// The C matcher (`jg_regex_matcher *`).
    let raw: OpaquePointer

    init?() {
        guard let m = jg_regex_matcher_create() else { return nil }
        raw = m
    }

    deinit { jg_regex_matcher_free(raw) }

    /// The first match of compiled `code` in `text`, or nil (also on match errors).
    func firstMatch(_ code: OpaquePointer, _ text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = 0, end = 0
        guard jg_regex_match(code, raw, text.baseAddress, text.count, &start, &end) == 1 else { return nil }
        // \K can put the start after the end; report an empty range then.
        let lo = min(start, text.count), hi = min(max(end, lo), text.count)
        return lo..<hi
    }
}
