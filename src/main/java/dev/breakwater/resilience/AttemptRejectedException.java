package dev.breakwater.resilience;

/**
 * An attempt refused on this side before it was sent. Checked on purpose: every retry loop must decide
 * what a refusal means for its call (for a placement: "not sent" or "outcome unknown").
 */
final class AttemptRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    AttemptRejectedException(RejectionReason reason, Throwable cause) {
        super(reason.label(), cause, false, false);
        this.reason = reason;
    }

    RejectionReason reason() {
        return reason;
    }
}
