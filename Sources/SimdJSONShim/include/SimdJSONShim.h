/// A small C API over simdjson's on-demand parser, shaped for Jaga's importers.
///
/// One `jg_parser` is reused across documents. `jg_parse_object` walks the top-level
/// object of one document and fills an array of `jg_value`s, one per field, in input
/// order; `jg_parse_array` does the same for the elements of a top-level array.
/// Strings are handed out as unescaped UTF-8 bytes (pointer + length) that live in the
/// parser's own buffer and stay valid until the next parse call on the same parser,
/// so the caller never has to make a string object for text.
///
/// Every input buffer must have `jg_padding()` readable bytes after its end (their
/// content does not matter), as simdjson reads ahead in blocks.
#ifndef JAGA_SIMDJSON_SHIM_H
#define JAGA_SIMDJSON_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The type of one value handed out by the parser.
typedef enum jg_kind {
    JG_NULL = 0,
    JG_BOOL = 1,    /// `i` is 0 or 1
    JG_INT = 2,     /// `i`; `str`/`len` is the number's text
    JG_UINT = 3,    /// an integer above INT64_MAX: `str`/`len` is its text, `d` its value as a double
    JG_DOUBLE = 4,  /// `d`; `str`/`len` is the number's text
    JG_STRING = 5,  /// `str`/`len`: unescaped UTF-8
    JG_ARRAY = 6,   /// an array of scalars: `items_count` items from `items_start` in the items array
    JG_OTHER = 7    /// an object, or an array holding objects or arrays: `str`/`len` is its raw JSON text
} jg_kind;

/// One field of an object (with `key`) or one element of an array (without).
typedef struct jg_value {
    const char *key;       /// unescaped key bytes, or NULL for an array element
    uint32_t key_len;
    uint32_t kind;         /// a `jg_kind`
    const char *str;
    size_t len;
    int64_t i;
    double d;
    uint32_t items_start;
    uint32_t items_count;
} jg_value;

typedef struct jg_parser jg_parser;

/// Makes a parser; NULL when out of memory.
jg_parser *jg_parser_new(void);
/// Frees a parser (NULL is fine).
void jg_parser_free(jg_parser *p);

/// Bytes that must be readable after every input buffer.
size_t jg_padding(void);

/// Parses `buf[0..<len]` as one JSON object and lists its fields.
///
/// `capacity` is the number of readable bytes from `buf` (at least `len + jg_padding()`).
/// Returns the number of fields (and sets `*fields` and `*items`), or -1 on error with
/// the reason in `jg_error(p)`: invalid JSON, not an object, or content after the object.
/// Nested objects and arrays of non-scalars are checked to be valid JSON and handed out
/// as raw text (`JG_OTHER`).
int64_t jg_parse_object(jg_parser *p, const char *buf, size_t len, size_t capacity,
                        const jg_value **fields, const jg_value **items);

/// Parses `buf[0..<len]` as one JSON array and lists its elements, like `jg_parse_object`.
int64_t jg_parse_array(jg_parser *p, const char *buf, size_t len, size_t capacity,
                       const jg_value **elements, const jg_value **items);

/// The reason of the last failed parse, as a NUL-terminated ASCII string.
const char *jg_error(const jg_parser *p);

/// True when `buf[0..<len]` is valid UTF-8 (no padding needed).
bool jg_validate_utf8(const char *buf, size_t len);

/// Asks the CPU to start loading the cache line at `p` for writing (a hint; never faults).
static inline void jg_prefetch(const void *p) { __builtin_prefetch(p, 1, 3); }

#ifdef __cplusplus
}
#endif

#endif
