package dev.breakwater.orders;

import dev.breakwater.journal.Intent;

/** The next step of a submit, decided from the journal (and, for an unclear intent, a lookup). */
sealed interface SubmitStep {

    /** Finished without sending. */
    record Done(SubmitOutcome outcome) implements SubmitStep {
    }

    /** The intent is committed SENDING by this click: send it. */
    record Send(Intent intent) implements SubmitStep {
    }

    /** The intent changed under us (or was just moved to NOT_SENT): read it again. */
    record Again() implements SubmitStep {
    }
}
