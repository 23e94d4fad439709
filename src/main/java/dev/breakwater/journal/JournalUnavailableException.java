package dev.breakwater.journal;

/**
 * The journal cannot be read or written: corrupt, locked by another running console, on a read-only or
 * full disk. Trading stops: nothing may be sent without its intent on record. The message names the
 * file and what to do; it never suggests deleting the journal, which would forget what was sent.
 */
public class JournalUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
