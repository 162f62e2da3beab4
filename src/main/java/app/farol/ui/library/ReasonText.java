package app.farol.ui.library;

import app.farol.core.ingest.ReasonKind;
import app.farol.ui.common.Texts;

/**
 * A file's problem as the window shows it, rendered from its kind (data the indexer keeps) in
 * the window's language: the {@code reason.<KIND>} sentences of the bundles, in plain words. The
 * indexer's own sentence (English, with a MIME type, a limit or a parser's message) is the
 * technical detail, shown in the tooltip.
 */
final class ReasonText {
    private ReasonText() {}

    /** The plain sentence for the kind; "" for a file without a problem. */
    static String render(ReasonKind kind, String detail) {
        if (kind == ReasonKind.NONE && detail.isEmpty()) {
            return "";
        }
        return Texts.get("reason." + kind.name());
    }

    /**
     * The tooltip: the plain sentence, then the technical detail (the indexer's sentence, "" when
     * there is none).
     */
    static String detail(ReasonKind kind, String detail) {
        String sentence = render(kind, detail);
        return detail.isEmpty() ? sentence : Texts.format("reason.detail", sentence, capitalise(detail));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
