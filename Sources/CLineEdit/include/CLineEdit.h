/// CLineEdit: libedit behind a small non-variadic C API that Swift can call.
///
/// libedit's el_set/el_get/history are variadic, which Swift cannot call, and
/// Swift 6 rejects the stdin/stdout/stderr globals as not concurrency-safe, so
/// this shim owns the FILE* streams and exposes one plain function per
/// operation Jaga needs. All strings are UTF-8 and NUL-terminated.
#ifndef JAGA_CLINEEDIT_H
#define JAGA_CLINEEDIT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An open line editor (EditLine plus its History); opaque to Swift.
typedef struct jg_editor jg_editor;

/// Where a Swift completion callback puts its answer for one Tab press.
typedef struct jg_completion jg_completion;

/// Result of one jg_el_gets call.
typedef enum {
    /// A line was read; the returned pointer is valid.
    JG_READ_LINE = 0,
    /// Ctrl-D on an empty line, or the input ended.
    JG_READ_EOF = 1,
    /// Ctrl-C (SIGINT) arrived while reading; the partial line was discarded.
    JG_READ_INTERRUPTED = 2,
    /// A read error other than an interrupt (for example the terminal went away).
    JG_READ_ERROR = 3
} jg_read_status;

/// Completion callback provided by Swift.
///
/// Called on Tab with the client context given to jg_el_set_completer and the
/// line text up to the cursor. It answers through jg_completion_set_replacement
/// and jg_completion_add_candidate; it must not keep `out` after returning.
typedef void (*jg_complete_fn)(void *ctx, const char *line_to_cursor, jg_completion *out);

/// Sets LC_CTYPE from the environment, falling back to C.UTF-8 when the
/// environment's codeset is not UTF-8. Returns 1 when the codeset is UTF-8.
int jg_setlocale_ctype(void);

/// Opens an emacs-mode editor on stdin/stdout/stderr with history attached,
/// signal handling on (EL_SIGNAL), and ~/.editrc sourced. NULL on failure.
jg_editor *jg_el_open(const char *prog);

/// Closes the editor, restores the terminal and frees everything it owns.
void jg_el_close(jg_editor *h);

/// Sets the prompt (copied). Bytes between a pair of '\1' characters are
/// sent to the terminal but take no width (for colour escape sequences).
void jg_el_set_prompt(jg_editor *h, const char *prompt);

/// Reads one line with editing.
///
/// Returns the line (including its trailing newline, valid until the next
/// call) with *status JG_READ_LINE and *count its length in bytes; otherwise
/// returns NULL, sets *count to 0 and *status to why.
const char *jg_el_gets(jg_editor *h, int *count, int *status);

/// Adds a line to the in-memory history (consecutive duplicates are dropped).
/// Returns 0 on success.
int jg_el_history_enter(jg_editor *h, const char *line);

/// Loads history from a file written by jg_el_history_save. Returns 0 on success.
int jg_el_history_load(jg_editor *h, const char *path);

/// Saves history to a file (libedit format, "_HiStOrY_V2_" header). Returns 0 on success.
int jg_el_history_save(jg_editor *h, const char *path);

/// Limits how many entries history keeps. Returns 0 on success.
int jg_el_history_size(jg_editor *h, int n);

/// Number of entries in the in-memory history.
int jg_el_history_count(jg_editor *h);

/// Makes Tab call `fn` with `ctx` (with a NULL `fn`, Tab only beeps).
void jg_el_set_completer(jg_editor *h, jg_complete_fn fn, void *ctx);

/// From a completion callback: the text from byte offset `replace_start` of
/// the line up to the cursor is replaced by `text`.
void jg_completion_set_replacement(jg_completion *out, int replace_start, const char *text);

/// From a completion callback: adds one candidate to list below the line when
/// several remain (already made safe for display by the caller).
void jg_completion_add_candidate(jg_completion *out, const char *display);

/// Installs a SIGINT handler (without SA_RESTART) that only sets a flag.
/// Idempotent. Returns 0 on success.
int jg_install_sigint_handler(void);

/// 1 when SIGINT arrived since the last jg_clear_sigint; safe from any thread.
int jg_sigint_pending(void);

/// Clears the SIGINT flag.
void jg_clear_sigint(void);

/// 1 when standard input is a terminal.
int jg_isatty_stdin(void);

/// 1 when standard output is a terminal.
int jg_isatty_stdout(void);

/// Clears the error and end-of-file indicators of stdin (after an interrupted read).
void jg_clearerr_stdin(void);

/// Writes bytes to stdout through its FILE* and flushes. Returns 0 on success.
int jg_write_stdout(const char *bytes, size_t length);

/// Writes bytes to stderr through its FILE* and flushes. Returns 0 on success.
int jg_write_stderr(const char *bytes, size_t length);

/// Columns of the terminal on stdout, or 80 when unknown.
int jg_terminal_columns(void);

#ifdef __cplusplus
}
#endif

#endif
