package app.farol.ui.library;

import app.farol.core.ingest.ReasonKind;
import app.farol.ui.common.Texts;

/**
 * A file's problem as the window shows it, rendered here from its kind (data the indexer keeps)
 * in the window's language: the {@code reason.<KIND>} texts of the bundles. The English window
 * shows the indexer's own sentence, which carries the details (the format, the limit, the
 * parser's message); another language shows its sentence for the kind, since the details are
 * English.
 */
final class ReasonText {
    private ReasonText() {}

    /** @param detail the indexer's English sentence ("" when there is none) */
    static String render(ReasonKind kind, String detail) {
        if (kind == ReasonKind.NONE && detail.isEmpty()) {
            return "";
        }
        String sentence = Texts.get("reason." + kind.name());
        return detail.isEmpty() ? sentence : Texts.format("reason.line", sentence, capitalise(detail));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
