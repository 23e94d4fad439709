package dev.breakwater.app;

/**
 * Why a {@code breakwater journal} subcommand could not do its work, in one line an operator can act on.
 * The command prints the message on its error writer and exits 1; no stack trace reaches the terminal.
 */
final class JournalCommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JournalCommandFailure(String message) {
        super(message);
    }

    JournalCommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
