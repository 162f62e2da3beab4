package app.farol.reasons;

import app.farol.core.ingest.Cause;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A {@link Reason} in words, for every front end (the desktop, the command line): the sentences
 * are in {@code app/farol/reasons/reasons*.properties} (English and Portuguese), one per
 * {@link ReasonKind} ({@code kind.NAME}, the plain words a list shows) and one per {@link Cause}
 * ({@code cause.NAME}, the detail with the reason's values, the inner reason's sentence last).
 * Immutable; thread-safe.
 */
public final class ReasonSentences {
    private static final String BUNDLE = "app.farol.reasons.reasons";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReasonSentences(Locale locale) {
        this.locale = locale;
        // English is the base bundle: a system in another language falls back to it, not to pt.
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The sentences in this language (English for one Farol has no texts in). */
    public static ReasonSentences in(Locale locale) {
        return new ReasonSentences(locale);
    }

    /** The language code this renders in ("en", "pt"): the settings' language, else the system's. */
    public static ReasonSentences forLanguage(String code) {
        return in(code == null || code.isBlank() ? Locale.getDefault() : Locale.of(code));
    }

    /** The plain words for a kind of reason, e.g. "Protected by a password"; "" for none. */
    public String kind(ReasonKind kind) {
        return text("kind." + kind.name());
    }

    /**
     * The reason's detail with its values, e.g. "unsupported format: application/x-thing", in
     * lower case after its first word as a line of a report reads; "" for none.
     */
    public String detail(Reason reason) {
        if (reason.isEmpty()) {
            return "";
        }
        List<Object> args = new ArrayList<>(reason.values());
        reason.innerReason().ifPresent(inner -> args.add(detail(inner)));
        MessageFormat format = new MessageFormat(text("cause." + reason.cause().name()), locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length && i < args.size(); i++) {
            if (formats[i] != null && args.get(i) instanceof String s) {
                args.set(i, number(s)); // a count a choice or number format reads
            }
        }
        return format.format(args.toArray());
    }

    /** The detail as a sentence of its own: its first letter capitalised. */
    public String sentence(Reason reason) {
        String d = detail(reason);
        return d.isEmpty() ? d : d.substring(0, 1).toUpperCase(locale) + d.substring(1);
    }

    public Locale locale() {
        return locale;
    }

    private String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing text shows its key rather than failing a report
        }
    }

    private static Object number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
