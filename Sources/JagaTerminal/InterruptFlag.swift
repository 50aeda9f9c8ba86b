import CLineEdit

/// The process-wide Ctrl-C (SIGINT) flag, set by a signal handler and polled by Swift code.
///
/// `install()` replaces the default SIGINT action (terminate) with a handler
/// that only sets this flag, so Ctrl-C at the prompt discards the line and
/// Ctrl-C during a command lets the command stop at its next check:
///
/// ```swift
/// for (index, post) in posts.enumerated() {
///     if index % 4096 == 0, InterruptFlag.isSet { throw CancellationError() }
///     ...
/// }
/// ```
///
/// The flag is a lock-free atomic, so reading it from any thread or task is safe.
/// The handler is installed without `SA_RESTART`: a blocking system call that the
/// signal interrupts fails with `EINTR` instead of silently resuming.
public enum InterruptFlag {
    /// Installs the SIGINT handler; calling it again does nothing. Returns false when `sigaction` failed.
    @discardableResult
    public static func install() -> Bool {
        jg_install_sigint_handler() == 0
    }

    /// True when Ctrl-C was pressed since the last `clear()`.
    public static var isSet: Bool {
        jg_sigint_pending() != 0
    }

    /// Forgets any pending Ctrl-C (call before starting a command).
    public static func clear() {
        jg_clear_sigint()
    }
}
