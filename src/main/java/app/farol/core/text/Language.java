package app.farol.core.text;

import java.util.Locale;

/**
 * The language of a text as Farol reads it: English, Portuguese, or anything else (read without
 * stemming or stop words). {@link #code()} is the form kept where a string must be (the index's
 * stored field, the isolated parser's stream, Solr).
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    PORTUGUESE("pt", Locale.forLanguageTag("pt")),
    OTHER("other", Locale.ROOT);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** "en", "pt" or "other". */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language with this code; any code Farol does not read (or none) is {@link #OTHER}. */
    public static Language ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        return OTHER;
    }
}
