/* PCRE2 (8-bit code units, UTF, JIT) behind a small API for Swift.
 *
 * Patterns compile with PCRE2_UTF | PCRE2_MATCH_INVALID_UTF: the subject may
 * hold invalid UTF-8 (arena bytes are not validated), which then simply cannot
 * match, instead of failing with PCRE2_ERROR_UTF* or, with the JIT fast path,
 * reading past a truncated sequence. Compiled code is read-only and shared;
 * match data, the match context and the JIT stack live in a per-thread matcher.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "CJagaText.h"

#include <stdlib.h>
#include <string.h>

struct jg_regex {
    pcre2_code *code;
    int jit; /* JIT compilation succeeded */
};

struct jg_regex_matcher {
    pcre2_match_data *data;
    pcre2_match_context *context;
    pcre2_jit_stack *stack;
};

/* A readable zero-length subject for empty rows (PCRE2 10.42 rejects NULL). */
static const uint8_t empty_subject[1] = {0};

jg_regex *jg_regex_compile(const uint8_t *pattern, size_t length, uint32_t flags,
                           int *error_code, size_t *error_offset) {
    uint32_t options = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (flags & JG_REGEX_CASELESS) options |= PCRE2_CASELESS;
    if (flags & JG_REGEX_UCP) options |= PCRE2_UCP;
    if (flags & JG_REGEX_MULTILINE) options |= PCRE2_MULTILINE;
    if (flags & JG_REGEX_DOTALL) options |= PCRE2_DOTALL;
    int code = 0;
    PCRE2_SIZE offset = 0;
    if (pattern == NULL) { pattern = empty_subject; length = 0; }
    pcre2_code *compiled = pcre2_compile((PCRE2_SPTR)pattern, (PCRE2_SIZE)length, options, &code, &offset, NULL);
    if (compiled == NULL) {
        if (error_code) *error_code = code;
        if (error_offset) *error_offset = (size_t)offset;
        return NULL;
    }
    jg_regex *re = malloc(sizeof *re);
    if (re == NULL) {
        pcre2_code_free(compiled);
        if (error_code) *error_code = PCRE2_ERROR_NOMEMORY;
        if (error_offset) *error_offset = 0;
        return NULL;
    }
    re->code = compiled;
    re->jit = pcre2_jit_compile(compiled, PCRE2_JIT_COMPLETE) == 0;
    return re;
}

void jg_regex_free(jg_regex *re) {
    if (re == NULL) return;
    pcre2_code_free(re->code);
    free(re);
}

int jg_regex_is_jit(const jg_regex *re) { return re != NULL && re->jit; }

int jg_regex_error_message(int error_code, uint8_t *buffer, size_t capacity) {
    if (buffer == NULL || capacity == 0) return -1;
    int n = pcre2_get_error_message(error_code, (PCRE2_UCHAR *)buffer, (PCRE2_SIZE)capacity);
    if (n == PCRE2_ERROR_NOMEMORY) return (int)strlen((const char *)buffer); /* truncated */
    return n;
}

jg_regex_matcher *jg_regex_matcher_create(void) {
    jg_regex_matcher *m = calloc(1, sizeof *m);
    if (m == NULL) return NULL;
    m->data = pcre2_match_data_create(1, NULL); /* only the whole-match pair */
    m->context = pcre2_match_context_create(NULL);
    /* No JIT stack yet: the default 32 KiB on the machine stack suits most
     * patterns, and creating one costs an mmap. match_once adds one on demand. */
    if (m->data == NULL || m->context == NULL) { jg_regex_matcher_free(m); return NULL; }
    return m;
}

void jg_regex_matcher_free(jg_regex_matcher *m) {
    if (m == NULL) return;
    pcre2_match_data_free(m->data);
    pcre2_match_context_free(m->context);
    if (m->stack != NULL) pcre2_jit_stack_free(m->stack);
    free(m);
}

/* One match attempt; returns 1, 0 or a negative error. */
static int match_once(const jg_regex *re, jg_regex_matcher *m, const uint8_t *subject, size_t length) {
    if (subject == NULL || length == 0) { subject = empty_subject; length = 0; }
    int rc = re->jit
        ? pcre2_jit_match(re->code, (PCRE2_SPTR)subject, (PCRE2_SIZE)length, 0, 0, m->data, m->context)
        : pcre2_match(re->code, (PCRE2_SPTR)subject, (PCRE2_SIZE)length, 0, 0, m->data, m->context);
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT && re->jit && m->stack == NULL) {
        /* Retry once with a JIT stack that may grow to 1 MiB. */
        m->stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
        if (m->stack != NULL) {
            pcre2_jit_stack_assign(m->context, NULL, m->stack);
            rc = pcre2_jit_match(re->code, (PCRE2_SPTR)subject, (PCRE2_SIZE)length, 0, 0, m->data, m->context);
        }
    }
    if (rc >= 0) return 1; /* 0 means "ovector too small", still a match */
    if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL) return 0;
    return rc;
}

int jg_regex_match(const jg_regex *re, jg_regex_matcher *m, const uint8_t *subject, size_t length,
                   size_t *match_start, size_t *match_end) {
    if (re == NULL || m == NULL || (subject == NULL && length != 0)) return PCRE2_ERROR_NULL;
    int rc = match_once(re, m, subject, length);
    if (rc == 1) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->data);
        if (match_start) *match_start = (size_t)ov[0];
        if (match_end) *match_end = (size_t)ov[1];
    }
    return rc;
}

/* End of row r clamped to [0, n]. */
static inline size_t clamp_end(const intptr_t *ends, intptr_t r, size_t n) {
    intptr_t e = ends[r];
    if (e <= 0) return 0;
    return (size_t)e > n ? n : (size_t)e;
}

size_t jg_regex_scan_rows(const jg_regex *re, jg_regex_matcher *m,
                          const uint8_t *a, size_t n, const intptr_t *ends,
                          intptr_t *next_row, intptr_t row_hi,
                          int32_t *out, size_t cap, size_t *errors) {
    if (next_row == NULL) return 0;
    if (re == NULL || m == NULL || ends == NULL || out == NULL || cap == 0 || *next_row < 0
        || (a == NULL && n != 0)) {
        *next_row = row_hi;
        return 0;
    }
    size_t count = 0;
    intptr_t r = *next_row;
    while (r < row_hi && count < cap) {
        size_t rs = r == 0 ? 0 : clamp_end(ends, r - 1, n);
        size_t rend = clamp_end(ends, r, n);
        size_t len = rend > rs ? rend - rs : 0;
        int rc = match_once(re, m, len ? a + rs : NULL, len);
        if (rc == 1) out[count++] = (int32_t)r;
        else if (rc < 0 && errors) *errors += 1;
        r++;
    }
    *next_row = r;
    return count;
}
