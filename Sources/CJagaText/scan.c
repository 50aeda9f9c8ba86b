/* Vectorised phrase and substring scanning over a text arena.
 *
 * Strategy (after Wojciech Mula's "SIMD-friendly substring search"): pick two
 * rare bytes at fixed offsets fa <= fb inside the pattern's fixed-width prefix
 * (the first token for word phrases, the whole pattern for substrings), then
 * compare 32 (AVX2) or 16 (SSE2) candidate start positions at once. Each
 * surviving candidate is checked against the prefix, mapped to its row, and
 * verified inside that row's bounds only. After a hit the scan jumps to the
 * end of the row: one hit per row is all a filter needs.
 */
#include "CJagaText.h"

#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define JG_X86 1
#endif

struct jg_scanner {
    int mode;
    int use_avx2;        /* AVX2 usable on this CPU (checked once at creation) */
    int words;           /* a word-phrase mode */
    int unicode_words;   /* bytes >= 0x80 are word bytes (folded streams) */
    size_t length;       /* pattern bytes */
    size_t prefix;       /* bytes at fixed offsets from the match start */
    size_t fa, fb;       /* filter offsets, fa <= fb < prefix */
    uint8_t ca, cb;      /* filter bytes (lowered when case-insensitive) */
    uint8_t ma, mb;      /* OR masks for the filter bytes (0x20 or 0) */
    uint8_t *pattern;    /* `length` bytes */
    uint8_t *mask;       /* `length` OR masks: 0x20 for case-insensitive letters */
};

/* ASCII letter or digit: the only word bytes the fast path knows. */
static inline int is_word(uint8_t b) {
    return (uint8_t)((b | 0x20) - 'a') < 26 || (uint8_t)(b - '0') < 10;
}

static inline int is_letter(uint8_t b) { return (uint8_t)((b | 0x20) - 'a') < 26; }

/* A word byte for this scanner: ASCII letter or digit, or any byte >= 0x80 in
 * the Unicode word modes (where streams hold only word characters up there). */
static inline int word_byte(const jg_scanner *s, uint8_t b) {
    return is_word(b) || (s->unicode_words && b >= 0x80);
}

/* Rough per-mille byte frequency in Indonesian social text; lower is rarer. */
static int byte_rank(uint8_t b) {
    static const unsigned char letters[26] = {
        190, 27, 7, 43, 82, 2, 37, 24, 79, 8, 41, 35, 37, /* a..m */
        90, 30, 25, 1, 38, 40, 49, 49, 1, 5, 1, 20, 1     /* n..z */
    };
    if (is_letter(b)) return letters[(b | 0x20) - 'a'];
    if (b == ' ') return 150;
    if (b >= '0' && b <= '9') return 10;
    if (b >= 0x80) return 30;
    return 15;
}

#if JG_X86
/* AVX2 needs CPU support and OS-enabled YMM state. */
static int cpu_has_avx2(void) {
#if defined(__AVX2__)
    return 1;
#else
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if (!(c & (1u << 27)) || !(c & (1u << 28))) return 0; /* OSXSAVE, AVX */
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    (void)hi;
    if ((lo & 6u) != 6u) return 0; /* XMM and YMM state enabled */
    if (__get_cpuid_max(0, NULL) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b & (1u << 5)) != 0;
#endif
}
#endif

jg_scanner *jg_scanner_create(const uint8_t *pattern, size_t length, int mode) {
    if (pattern == NULL || length == 0 || mode < JG_SCAN_SUBSTRING || mode > JG_SCAN_WORDS_UNICODE_CS) return NULL;
    int words = mode >= JG_SCAN_WORDS;
    int unicode_words = mode == JG_SCAN_WORDS_UNICODE || mode == JG_SCAN_WORDS_UNICODE_CS;
    int folding = mode == JG_SCAN_SUBSTRING || mode == JG_SCAN_WORDS || mode == JG_SCAN_WORDS_UNICODE;
    if (words) {
        /* tokens of word bytes separated by single spaces, no leading/trailing space */
        if (pattern[0] == ' ' || pattern[length - 1] == ' ') return NULL;
        for (size_t i = 0; i < length; i++) {
            if (pattern[i] == ' ') {
                if (pattern[i - 1] == ' ') return NULL; /* i >= 1: pattern[0] is not a space */
            } else if (!is_word(pattern[i]) && !(unicode_words && pattern[i] >= 0x80)) {
                return NULL;
            }
        }
    }
    jg_scanner *s = calloc(1, sizeof *s);
    if (s == NULL) return NULL;
    s->pattern = malloc(length);
    s->mask = malloc(length);
    if (s->pattern == NULL || s->mask == NULL) { jg_scanner_free(s); return NULL; }
    s->mode = mode;
    s->words = words;
    s->unicode_words = unicode_words;
    s->length = length;
    for (size_t i = 0; i < length; i++) {
        uint8_t b = pattern[i];
        int fold = folding && is_letter(b);
        s->pattern[i] = fold ? (uint8_t)(b | 0x20) : b;
        s->mask[i] = fold ? 0x20 : 0;
    }
    s->prefix = length;
    if (words) { /* the first token has a fixed width; separators do not */
        const void *space = memchr(pattern, ' ', length);
        if (space != NULL) s->prefix = (size_t)((const uint8_t *)space - pattern);
    }
    /* Choose the rarest pair of prefix bytes, preferring pairs further apart. */
    size_t limit = s->prefix < 64 ? s->prefix : 64;
    s->fa = 0;
    s->fb = limit > 1 ? 1 : 0;
    long best = -1;
    for (size_t i = 0; i < limit; i++) {
        for (size_t j = i + 1; j < limit; j++) {
            long score = (long)byte_rank(s->pattern[i]) * byte_rank(s->pattern[j]) * 64 - (long)(j - i);
            if (best < 0 || score < best) { best = score; s->fa = i; s->fb = j; }
        }
    }
    s->ca = s->pattern[s->fa];
    s->ma = s->mask[s->fa];
    s->cb = s->pattern[s->fb];
    s->mb = s->mask[s->fb];
#if JG_X86
    s->use_avx2 = cpu_has_avx2();
#endif
    return s;
}

void jg_scanner_free(jg_scanner *s) {
    if (s == NULL) return;
    free(s->pattern);
    free(s->mask);
    free(s);
}

size_t jg_scanner_min_length(const jg_scanner *s) { return s ? s->length : 0; }

/* ------------------------------------------------------------ candidates */

#if JG_X86
/* First p in [p, last] whose filter bytes match, or last + 1. Reads stay
 * below last + fb + 1 <= arena end because fb < prefix <= min match length. */
__attribute__((target("avx2")))
static size_t next_candidate_avx2(const jg_scanner *s, const uint8_t *a, size_t p, size_t last) {
    const __m256i ca = _mm256_set1_epi8((char)s->ca), cb = _mm256_set1_epi8((char)s->cb);
    const __m256i ma = _mm256_set1_epi8((char)s->ma), mb = _mm256_set1_epi8((char)s->mb);
    while (p <= last && last - p >= 31) {
        __m256i va = _mm256_loadu_si256((const __m256i *)(const void *)(a + p + s->fa));
        __m256i vb = _mm256_loadu_si256((const __m256i *)(const void *)(a + p + s->fb));
        __m256i eq = _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_or_si256(va, ma), ca),
                                      _mm256_cmpeq_epi8(_mm256_or_si256(vb, mb), cb));
        unsigned bits = (unsigned)_mm256_movemask_epi8(eq);
        if (bits != 0) return p + (size_t)__builtin_ctz(bits);
        p += 32;
    }
    return p; /* fewer than 32 positions left: the caller finishes */
}

static size_t next_candidate_sse2(const jg_scanner *s, const uint8_t *a, size_t p, size_t last) {
    const __m128i ca = _mm_set1_epi8((char)s->ca), cb = _mm_set1_epi8((char)s->cb);
    const __m128i ma = _mm_set1_epi8((char)s->ma), mb = _mm_set1_epi8((char)s->mb);
    while (p <= last && last - p >= 15) {
        __m128i va = _mm_loadu_si128((const __m128i *)(const void *)(a + p + s->fa));
        __m128i vb = _mm_loadu_si128((const __m128i *)(const void *)(a + p + s->fb));
        __m128i eq = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(va, ma), ca),
                                   _mm_cmpeq_epi8(_mm_or_si128(vb, mb), cb));
        unsigned bits = (unsigned)_mm_movemask_epi8(eq);
        if (bits != 0) return p + (size_t)__builtin_ctz(bits);
        p += 16;
    }
    return p;
}
#endif

/* First candidate start in [p, last], or last + 1 when there is none. */
static size_t next_candidate(const jg_scanner *s, const uint8_t *a, size_t p, size_t last) {
    if (p > last) return last + 1;
#if JG_X86
    if (s->use_avx2) {
        p = next_candidate_avx2(s, a, p, last);
        if (p > last || last - p >= 31) return p; /* a hit from the vector loop */
    }
    p = next_candidate_sse2(s, a, p, last);
    if (p > last || last - p >= 15) return p;
#endif
    /* Portable tail (and the whole scan off x86), auto-vectorisable shape. */
    for (; p <= last; p++) {
        if ((uint8_t)(a[p + s->fa] | s->ma) == s->ca && (uint8_t)(a[p + s->fb] | s->mb) == s->cb) return p;
    }
    return last + 1;
}

/* ----------------------------------------------------------- verification */

/* Checks a match starting at q inside [rs, re) (re <= arena length). */
static int verify(const jg_scanner *s, const uint8_t *a, size_t q, size_t rs, size_t re, size_t *end) {
    const uint8_t *pat = s->pattern, *msk = s->mask;
    size_t n = s->length;
    if (q < rs || q > re) return 0;
    if (!s->words) {
        if (re - q < n) return 0;
        for (size_t k = 0; k < n; k++) {
            if ((uint8_t)(a[q + k] | msk[k]) != pat[k]) return 0;
        }
        *end = q + n;
        return 1;
    }
    if (q > rs && word_byte(s, a[q - 1])) return 0;
    size_t i = q;
    for (size_t k = 0; k < n; k++) {
        uint8_t c = pat[k];
        if (i >= re) return 0;
        if (c == ' ') {
            if (word_byte(s, a[i])) return 0;
            do { i++; } while (i < re && !word_byte(s, a[i]));
        } else {
            if ((uint8_t)(a[i] | msk[k]) != c) return 0;
            i++;
        }
    }
    if (i < re && word_byte(s, a[i])) return 0;
    *end = i;
    return 1;
}

/* The prefix bytes at q, with q + prefix <= limit. A cheap reject before any row lookup. */
static int prefix_matches(const jg_scanner *s, const uint8_t *a, size_t q, size_t limit) {
    if (q > limit || limit - q < s->prefix) return 0;
    for (size_t k = 0; k < s->prefix; k++) {
        if ((uint8_t)(a[q + k] | s->mask[k]) != s->pattern[k]) return 0;
    }
    return 1;
}

/* --------------------------------------------------------------- rows */

/* End of row r clamped to [0, n]. */
static inline size_t row_end(const intptr_t *ends, intptr_t r, size_t n) {
    intptr_t e = ends[r];
    if (e <= 0) return 0;
    return (size_t)e > n ? n : (size_t)e;
}

static inline size_t row_start(const intptr_t *ends, intptr_t r, size_t n) {
    return r == 0 ? 0 : row_end(ends, r - 1, n);
}

/* First row in [r, hi) whose end exceeds pos (galloping, then binary search);
 * hi when there is none. Assumes ends ascending; stays in bounds regardless. */
static intptr_t find_row(const intptr_t *ends, intptr_t r, intptr_t hi, size_t n, size_t pos) {
    if (r >= hi || row_end(ends, r, n) > pos) return r;
    intptr_t lo = r, step = 1, h = r + 1;   /* invariant: end(lo) <= pos */
    while (h < hi && row_end(ends, h, n) <= pos) {
        lo = h;
        if (step < (intptr_t)1 << 40) step <<= 1;
        h = (hi - lo > step) ? lo + step : hi;
    }
    if (h > hi) h = hi;
    while (h - lo > 1) {                      /* end(h) > pos or h == hi */
        intptr_t mid = lo + (h - lo) / 2;
        if (row_end(ends, mid, n) <= pos) lo = mid; else h = mid;
    }
    return h;
}

size_t jg_scanner_scan_rows(const jg_scanner *s, const uint8_t *a, size_t n,
                            const intptr_t *ends, intptr_t row_lo, intptr_t row_hi,
                            jg_scan_cursor *cur, int32_t *out, size_t cap) {
    if (cur == NULL) return 0;
    if (s == NULL || ends == NULL || out == NULL || cap == 0 || row_lo < 0 || row_lo >= row_hi
        || (a == NULL && n != 0)) {
        cur->done = 1;
        return 0;
    }
    if (!cur->started) {
        cur->started = 1;
        cur->done = 0;
        cur->row = row_lo;
        cur->position = row_start(ends, row_lo, n);
    }
    if (cur->done) return 0;
    size_t hi = row_end(ends, row_hi - 1, n);
    size_t count = 0;
    size_t p = cur->position;
    intptr_t r = cur->row < row_lo ? row_lo : cur->row;
    if (hi >= s->length) {
        size_t last = hi - s->length; /* last possible match start */
        while (p <= last && r < row_hi) {
            size_t q = next_candidate(s, a, p, last);
            if (q > last) break;
            p = q + 1;
            if (!prefix_matches(s, a, q, hi)) continue;
            intptr_t hit = find_row(ends, r, row_hi, n, q);
            if (hit >= row_hi) break;
            r = hit;
            size_t end, re = row_end(ends, r, n);
            if (!verify(s, a, q, row_start(ends, r, n), re, &end)) continue;
            out[count++] = (int32_t)r;
            r += 1;
            if (re > p) p = re;  /* skip the rest of the row */
            if (count == cap) {
                cur->position = p;
                cur->row = r;
                cur->done = r >= row_hi;
                return count;
            }
        }
    }
    cur->position = hi;
    cur->row = row_hi;
    cur->done = 1;
    return count;
}

int jg_scanner_find(const jg_scanner *s, const uint8_t *text, size_t length,
                    size_t from, size_t *match_start, size_t *match_end) {
    if (s == NULL || (text == NULL && length != 0) || length < s->length) return 0;
    size_t last = length - s->length;
    size_t p = from;
    while (p <= last) {
        size_t q = next_candidate(s, text, p, last);
        if (q > last) return 0;
        size_t end;
        if (prefix_matches(s, text, q, length) && verify(s, text, q, 0, length, &end)) {
            if (match_start) *match_start = q;
            if (match_end) *match_end = end;
            return 1;
        }
        p = q + 1;
    }
    return 0;
}
