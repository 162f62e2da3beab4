package app.farol.ui.library;

import app.farol.core.ingest.Reason;
import app.farol.reasons.ReasonSentences;
import app.farol.ui.common.Texts;

/**
 * A file's problem as the window shows it, in the window's language: the plain words for its
 * kind in the list, and its detail with the values the indexer kept (a media type, a limit, page
 * numbers) in the tooltip; both from {@link ReasonSentences}.
 */
final class ReasonText {
    private ReasonText() {}

    /** The plain words for the reason's kind; "" for a file without a problem. */
    static String render(Reason reason) {
        return sentences().kind(reason.kind());
    }

    /** The tooltip: the plain words, then the detail with its values. */
    static String detail(Reason reason) {
        String words = render(reason);
        String detail = sentences().sentence(reason);
        return detail.isEmpty() ? words : Texts.format("reason.detail", words, detail);
    }

    private static ReasonSentences sentences() {
        return ReasonSentences.in(Texts.locale());
    }
}
