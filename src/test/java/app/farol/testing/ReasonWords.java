package app.farol.testing;

import app.farol.core.ingest.Reason;
import app.farol.reasons.ReasonSentences;
import java.util.Locale;

/** A reason as a person reads it, for asserting what the front ends show. */
public final class ReasonWords {
    private static final ReasonSentences ENGLISH = ReasonSentences.in(Locale.ENGLISH);
    private static final ReasonSentences PORTUGUESE = ReasonSentences.in(Locale.of("pt"));

    private ReasonWords() {}

    /** The detail in English, as {@code farol index} prints it under an English setting. */
    public static String english(Reason reason) {
        return ENGLISH.detail(reason);
    }

    /** The detail in Portuguese. */
    public static String portuguese(Reason reason) {
        return PORTUGUESE.detail(reason);
    }
}
