// CLineEdit: non-variadic wrappers around libedit, signal helpers and the
// Tab-completion glue. See include/CLineEdit.h for the contract.
#define _GNU_SOURCE
#include "CLineEdit.h"

#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "the SIGINT flag must be lock-free to be async-signal-safe");

struct jg_editor {
    EditLine *el;
    History *hist;
    char *prompt;
    jg_complete_fn complete;
    void *complete_ctx;
};

struct jg_completion {
    int has_replacement;
    int replace_start;
    char *text;
    char **candidates;
    size_t count;
    size_t capacity;
};

/* ------------------------------------------------------------------ */
/* Locale, terminal, output                                            */
/* ------------------------------------------------------------------ */

static int jg_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

int jg_setlocale_ctype(void) {
    if (setlocale(LC_CTYPE, "") != NULL && jg_codeset_is_utf8()) return 1;
    // Jaga's text is UTF-8 throughout; prefer a UTF-8 ctype over a "C" one.
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && jg_codeset_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.utf8") != NULL && jg_codeset_is_utf8()) return 1;
    return 0;
}

int jg_isatty_stdin(void) { return isatty(STDIN_FILENO) ? 1 : 0; }

int jg_isatty_stdout(void) { return isatty(STDOUT_FILENO) ? 1 : 0; }

void jg_clearerr_stdin(void) { clearerr(stdin); }

static int jg_write(FILE *f, const char *bytes, size_t length) {
    if (length > 0 && fwrite(bytes, 1, length, f) != length) return -1;
    return fflush(f) == 0 ? 0 : -1;
}

int jg_write_stdout(const char *bytes, size_t length) { return jg_write(stdout, bytes, length); }

int jg_write_stderr(const char *bytes, size_t length) { return jg_write(stderr, bytes, length); }

int jg_terminal_columns(void) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 80;
}

/* ------------------------------------------------------------------ */
/* SIGINT flag                                                         */
/* ------------------------------------------------------------------ */

static atomic_int jg_sigint_flag = 0;
static atomic_int jg_sigint_installed = 0;

static void jg_on_sigint(int signo) {
    (void)signo;
    atomic_store_explicit(&jg_sigint_flag, 1, memory_order_relaxed);
}

int jg_install_sigint_handler(void) {
    if (atomic_exchange(&jg_sigint_installed, 1) == 1) return 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = jg_on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: a blocked read returns EINTR
    if (sigaction(SIGINT, &sa, NULL) != 0) {
        atomic_store(&jg_sigint_installed, 0);
        return -1;
    }
    /* A parent may have started us with SIGINT blocked (some process launchers do): unblock
       it, or Ctrl-C would stay pending forever and neither stop nor cancel anything. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    return 0;
}

int jg_sigint_pending(void) { return atomic_load_explicit(&jg_sigint_flag, memory_order_relaxed); }

void jg_clear_sigint(void) { atomic_store_explicit(&jg_sigint_flag, 0, memory_order_relaxed); }

/* ------------------------------------------------------------------ */
/* Editor                                                              */
/* ------------------------------------------------------------------ */

static jg_editor *jg_editor_of(EditLine *e) {
    void *data = NULL;
    if (el_get(e, EL_CLIENTDATA, &data) != 0) return NULL;
    return (jg_editor *)data;
}

static char jg_empty_prompt[] = "";

static char *jg_prompt_fn(EditLine *e) {
    jg_editor *h = jg_editor_of(e);
    return (h != NULL && h->prompt != NULL) ? h->prompt : jg_empty_prompt;
}

static unsigned char jg_complete_cmd(EditLine *e, int ch);

jg_editor *jg_el_open(const char *prog) {
    jg_editor *h = calloc(1, sizeof *h);
    if (h == NULL) return NULL;
    h->prompt = strdup("");
    h->hist = history_init();
    h->el = el_init(prog != NULL ? prog : "jaga", stdin, stdout, stderr);
    if (h->prompt == NULL || h->hist == NULL || h->el == NULL) {
        jg_el_close(h);
        return NULL;
    }
    HistEvent ev;
    history(h->hist, &ev, H_SETSIZE, 1000);
    history(h->hist, &ev, H_SETUNIQUE, 1);

    EditLine *e = h->el;
    el_set(e, EL_CLIENTDATA, (void *)h);
    el_set(e, EL_EDITOR, "emacs");
    el_set(e, EL_SIGNAL, 1);
    el_set(e, EL_PROMPT_ESC, jg_prompt_fn, '\1');
    el_set(e, EL_HIST, history, h->hist);
    el_set(e, EL_ADDFN, "jg-complete", "Complete Jaga commands, names and paths", jg_complete_cmd);
    el_set(e, EL_BIND, "^I", "jg-complete", NULL);
    el_set(e, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_set(e, EL_BIND, "\\e[1;5D", "ed-prev-word", NULL);
    el_set(e, EL_BIND, "\\e[1;5C", "em-next-word", NULL);
    el_set(e, EL_BIND, "\\e[3~", "ed-delete-next-char", NULL);
    // The user's ~/.editrc (or $EDITRC) comes last so it can override ours.
    el_source(e, NULL);
    return h;
}

void jg_el_close(jg_editor *h) {
    if (h == NULL) return;
    if (h->el != NULL) el_end(h->el);
    if (h->hist != NULL) history_end(h->hist);
    free(h->prompt);
    free(h);
}

void jg_el_set_prompt(jg_editor *h, const char *prompt) {
    if (h == NULL) return;
    char *copy = strdup(prompt != NULL ? prompt : "");
    if (copy == NULL) return; // keep the previous prompt
    free(h->prompt);
    h->prompt = copy;
}

const char *jg_el_gets(jg_editor *h, int *count, int *status) {
    *count = 0;
    if (h == NULL) {
        *status = JG_READ_ERROR;
        return NULL;
    }
    // Output written through stdout before the prompt must appear first.
    fflush(stdout);
    fflush(stderr);
    for (;;) {
        int n = 0;
        errno = 0;
        const char *line = el_gets(h->el, &n);
        int err = errno;
        if (line != NULL && n > 0) {
            *count = n;
            *status = JG_READ_LINE;
            return line;
        }
        if (jg_sigint_pending()) {
            *status = JG_READ_INTERRUPTED;
            return NULL;
        }
        if (n < 0 && err == EINTR) continue; // another signal (e.g. SIGCONT): read again
        *status = (n < 0) ? JG_READ_ERROR : JG_READ_EOF;
        return NULL;
    }
}

/* ------------------------------------------------------------------ */
/* History                                                             */
/* ------------------------------------------------------------------ */

int jg_el_history_enter(jg_editor *h, const char *line) {
    if (h == NULL || line == NULL) return -1;
    HistEvent ev;
    return history(h->hist, &ev, H_ENTER, line) < 0 ? -1 : 0;
}

int jg_el_history_load(jg_editor *h, const char *path) {
    if (h == NULL || path == NULL) return -1;
    HistEvent ev;
    return history(h->hist, &ev, H_LOAD, path) < 0 ? -1 : 0;
}

int jg_el_history_save(jg_editor *h, const char *path) {
    if (h == NULL || path == NULL) return -1;
    // Create the file private to the user (queries can be sensitive); H_SAVE
    // then truncates and rewrites it, keeping the mode.
    int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    close(fd);
    HistEvent ev;
    return history(h->hist, &ev, H_SAVE, path) < 0 ? -1 : 0;
}

int jg_el_history_size(jg_editor *h, int n) {
    if (h == NULL || n < 0) return -1;
    HistEvent ev;
    return history(h->hist, &ev, H_SETSIZE, n) < 0 ? -1 : 0;
}

int jg_el_history_count(jg_editor *h) {
    if (h == NULL) return 0;
    HistEvent ev;
    if (history(h->hist, &ev, H_GETSIZE) < 0) return 0;
    return ev.num;
}

/* ------------------------------------------------------------------ */
/* Completion                                                          */
/* ------------------------------------------------------------------ */

void jg_el_set_completer(jg_editor *h, jg_complete_fn fn, void *ctx) {
    if (h == NULL) return;
    h->complete = fn;
    h->complete_ctx = ctx;
}

void jg_completion_set_replacement(jg_completion *out, int replace_start, const char *text) {
    if (out == NULL || text == NULL || replace_start < 0) return;
    char *copy = strdup(text);
    if (copy == NULL) return;
    free(out->text);
    out->text = copy;
    out->replace_start = replace_start;
    out->has_replacement = 1;
}

void jg_completion_add_candidate(jg_completion *out, const char *display) {
    if (out == NULL || display == NULL) return;
    if (out->count == out->capacity) {
        size_t cap = out->capacity ? out->capacity * 2 : 16;
        char **grown = realloc(out->candidates, cap * sizeof *grown);
        if (grown == NULL) return;
        out->candidates = grown;
        out->capacity = cap;
    }
    char *copy = strdup(display);
    if (copy == NULL) return;
    out->candidates[out->count++] = copy;
}

static void jg_completion_free(jg_completion *out) {
    for (size_t i = 0; i < out->count; i++) free(out->candidates[i]);
    free(out->candidates);
    free(out->text);
}

/// Number of code points in a UTF-8 string (libedit counts characters, not bytes).
static int jg_utf8_length(const char *s) {
    int n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80) n++;
    return n;
}

/// Terminal columns a UTF-8 string takes (code points when wcswidth cannot tell).
static int jg_display_width(const char *s) {
    size_t n = mbstowcs(NULL, s, 0);
    if (n != (size_t)-1) {
        wchar_t *w = malloc((n + 1) * sizeof *w);
        if (w != NULL) {
            mbstowcs(w, s, n + 1);
            int width = wcswidth(w, n);
            free(w);
            if (width >= 0) return width;
        }
    }
    return jg_utf8_length(s);
}

/// Prints candidates below the line in columns, top to bottom then left to right, like bash.
static void jg_print_candidates(FILE *f, char **cands, size_t count) {
    enum { MAX_ROWS = 30 };
    int cols = jg_terminal_columns();
    int maxw = 1;
    int *widths = malloc(count * sizeof *widths);
    if (widths == NULL) return;
    for (size_t i = 0; i < count; i++) {
        widths[i] = jg_display_width(cands[i]);
        if (widths[i] > maxw) maxw = widths[i];
    }
    int colw = maxw + 2;
    size_t ncols = (size_t)(cols / colw);
    if (ncols < 1) ncols = 1;
    size_t shown = count;
    if (shown > ncols * MAX_ROWS) shown = ncols * MAX_ROWS;
    size_t nrows = (shown + ncols - 1) / ncols;
    fputs("\r\n", f);
    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = 0; c < ncols; c++) {
            size_t i = c * nrows + r;
            if (i >= shown) break;
            fputs(cands[i], f);
            size_t next = (c + 1) * nrows + r;
            if (next < shown)
                for (int pad = widths[i]; pad < colw; pad++) fputc(' ', f);
        }
        fputs("\r\n", f);
    }
    if (shown < count) fprintf(f, "... and %zu more\r\n", count - shown);
    fflush(f);
    free(widths);
}

static unsigned char jg_complete_cmd(EditLine *e, int ch) {
    (void)ch;
    jg_editor *h = jg_editor_of(e);
    if (h == NULL || h->complete == NULL) return CC_ERROR;
    const LineInfo *li = el_line(e);
    if (li == NULL || li->cursor < li->buffer) return CC_ERROR;
    size_t len = (size_t)(li->cursor - li->buffer);
    char *line = malloc(len + 1);
    if (line == NULL) return CC_ERROR;
    memcpy(line, li->buffer, len);
    line[len] = '\0';

    jg_completion out;
    memset(&out, 0, sizeof out);
    h->complete(h->complete_ctx, line, &out);

    int changed = 0;
    if (out.has_replacement && (size_t)out.replace_start <= len) {
        const char *old = line + out.replace_start;
        if (strcmp(old, out.text) != 0) {
            el_deletestr(e, jg_utf8_length(old));
            if (out.text[0] != '\0') el_insertstr(e, out.text);
            changed = 1;
        }
    }
    unsigned char rc;
    if (out.count >= 2) {
        FILE *f = NULL;
        if (el_get(e, EL_GETFP, 1, &f) != 0 || f == NULL) f = stdout;
        jg_print_candidates(f, out.candidates, out.count);
        rc = CC_REDISPLAY;
    } else if (changed) {
        rc = CC_REFRESH;
    } else {
        rc = (out.count == 0) ? CC_ERROR : CC_NORM;
    }
    jg_completion_free(&out);
    free(line);
    return rc;
}
