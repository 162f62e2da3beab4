package app.farol.core.ingest;

import java.util.Optional;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.odf.OpenDocumentParser;

/**
 * Formats outside the usual office set: which parser reads them, or why none does and what to
 * do. Apple Pages, Keynote and Numbers files of 2013 and later keep their text in Apple's own
 * compressed format (IWA), which no Tika module reads; the older XML-based ones are read by
 * Tika's iWork parser. OpenOffice 1.x spreadsheets and presentations (.sxc, .sxi) are read by
 * the OpenDocument parser, as Tika does for 1.x text documents (.sxw).
 */
final class OtherFormats {
    private OtherFormats() {}

    /** Why no parser reads this type, or empty when one may. */
    static Optional<Reason> unsupportedReason(MediaType type) {
        String sub = type.getSubtype();
        if (type.getType().equals("application")
                && sub.startsWith("vnd.apple.")
                && (sub.endsWith(".13") || sub.endsWith(".18"))) {
            int app = sub.contains("keynote") ? 1 : sub.contains("numbers") ? 2 : sub.contains("pages") ? 0 : 3;
            return Optional.of(Reason.of(Cause.APPLE_IWORK, app));
        }
        return Optional.empty();
    }

    /** A parser for a type the automatic one does not take, or empty to use it. */
    static Optional<Parser> parserFor(MediaType type) {
        String base = type.getBaseType().toString();
        if (base.equals("application/vnd.sun.xml.calc")
                || base.equals("application/vnd.sun.xml.impress")
                || base.equals("application/vnd.sun.xml.draw")) {
            return Optional.of(new OpenDocumentParser());
        }
        return Optional.empty();
    }
}
