/* CJagaText: the C half of JagaText.
 *
 * Two small facilities that Swift cannot do fast enough on its own:
 *   1. jg_scanner: a vectorised byte scan of a text arena for an ASCII phrase
 *      (case-insensitive, optionally at word boundaries), mapping hits to rows.
 *   2. jg_regex: PCRE2 (8-bit, UTF, JIT) compile and match, with per-thread
 *      match state kept apart from the shareable compiled pattern.
 *
 * The arena is one buffer of UTF-8 bytes; row i spans ends[i-1]..<ends[i]
 * (row 0 starts at 0). Every function bounds-checks against the arena length
 * and clamps offsets from `ends`, so no input can make it read out of bounds.
 */
#ifndef CJAGATEXT_H
#define CJAGATEXT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- scanner */

/// Substring match; ASCII letters compare case-insensitively.
#define JG_SCAN_SUBSTRING 0
/// Substring match; every byte compares exactly.
#define JG_SCAN_SUBSTRING_CS 1
/// Word phrase, case-insensitive: the pattern is tokens of ASCII letters and
/// digits joined by single spaces; each space matches one or more bytes that
/// are not ASCII letters or digits, and the phrase must sit at word boundaries.
#define JG_SCAN_WORDS 2
/// Word phrase, case-sensitive.
#define JG_SCAN_WORDS_CS 3
/// Word phrase over a folded stream (see FoldedStream in Swift): like
/// JG_SCAN_WORDS, but every byte >= 0x80 is a word byte, and tokens may hold
/// such bytes (UTF-8 of non-ASCII letters, compared exactly).
#define JG_SCAN_WORDS_UNICODE 4
/// JG_SCAN_WORDS_UNICODE, case-sensitive.
#define JG_SCAN_WORDS_UNICODE_CS 5

/// A prepared pattern; immutable after creation, so shareable across threads.
typedef struct jg_scanner jg_scanner;

/// Where an interrupted row scan resumes; zero-initialise before the first call.
typedef struct jg_scan_cursor {
    size_t position;   /* next arena offset to examine */
    intptr_t row;      /* row that contains `position` (a lower bound) */
    int started;       /* 0 before the first call */
    int done;          /* 1 when the scan has covered every row */
} jg_scan_cursor;

/// Prepares `pattern` for `mode`; NULL when the pattern is empty, invalid for
/// the mode (a words pattern must be non-empty tokens separated by single
/// spaces), or memory runs out. Letters are lowered for case-insensitive modes.
jg_scanner *jg_scanner_create(const uint8_t *pattern, size_t length, int mode);

/// Frees a scanner (NULL is fine).
void jg_scanner_free(jg_scanner *scanner);

/// Minimum number of bytes a match spans.
size_t jg_scanner_min_length(const jg_scanner *scanner);

/// Scans rows row_lo..<row_hi of the arena and writes the indices of rows that
/// contain a match, ascending, to `out` (at most `capacity`). Returns how many
/// were written; call again with the same cursor until `cursor->done`.
/// Matches never span two rows.
size_t jg_scanner_scan_rows(const jg_scanner *scanner,
                            const uint8_t *arena, size_t arena_length,
                            const intptr_t *ends, intptr_t row_lo, intptr_t row_hi,
                            jg_scan_cursor *cursor, int32_t *out, size_t capacity);

/// Finds the first match in text[from..<length). Returns 1 and sets
/// *match_start / *match_end (offsets into text) when found, else 0.
int jg_scanner_find(const jg_scanner *scanner, const uint8_t *text, size_t length,
                    size_t from, size_t *match_start, size_t *match_end);

/* ------------------------------------------------------------------ regex */

#define JG_REGEX_CASELESS 1u
#define JG_REGEX_UCP 2u          /* Unicode properties for \w, \d, \b, [:alpha:] */
#define JG_REGEX_MULTILINE 4u
#define JG_REGEX_DOTALL 8u

/// A compiled pattern (JIT when available); shareable across threads.
typedef struct jg_regex jg_regex;
/// Per-thread match state (match data, JIT stack); never share it.
typedef struct jg_regex_matcher jg_regex_matcher;

/// Compiles a UTF-8 pattern. On failure returns NULL and sets *error_code
/// (a PCRE2 error code) and *error_offset (byte offset into the pattern).
jg_regex *jg_regex_compile(const uint8_t *pattern, size_t length, uint32_t flags,
                           int *error_code, size_t *error_offset);
void jg_regex_free(jg_regex *regex);
/// 1 when the pattern was JIT-compiled.
int jg_regex_is_jit(const jg_regex *regex);

/// Writes PCRE2's message for `error_code` to buffer (NUL-terminated);
/// returns its length, or a negative value when the code is unknown.
int jg_regex_error_message(int error_code, uint8_t *buffer, size_t capacity);

/// Creates match state usable with any jg_regex; NULL when memory runs out.
jg_regex_matcher *jg_regex_matcher_create(void);
void jg_regex_matcher_free(jg_regex_matcher *matcher);

/// Matches subject[0..<length). Returns 1 on a match (offsets in *match_start,
/// *match_end), 0 on no match, a negative PCRE2 error code otherwise (match or
/// depth limit). Invalid UTF-8 in the subject is safe: it simply never matches.
int jg_regex_match(const jg_regex *regex, jg_regex_matcher *matcher,
                   const uint8_t *subject, size_t length,
                   size_t *match_start, size_t *match_end);

/// Matches rows *next_row..<row_hi one by one, writing matching row indices
/// ascending to `out` (at most `capacity`). Returns how many were written and
/// advances *next_row; done when *next_row == row_hi. Rows whose match failed
/// with an error (e.g. match limit) count as non-matching and add to *errors.
size_t jg_regex_scan_rows(const jg_regex *regex, jg_regex_matcher *matcher,
                          const uint8_t *arena, size_t arena_length,
                          const intptr_t *ends, intptr_t *next_row, intptr_t row_hi,
                          int32_t *out, size_t capacity, size_t *errors);

#ifdef __cplusplus
}
#endif

#endif /* CJAGATEXT_H */
