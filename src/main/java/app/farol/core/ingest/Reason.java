package app.farol.core.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a file (or a document inside it) was not read, or was read only in part: its kind (for
 * grouping), its particular {@link Cause} and the cause's values (a media type, a limit, page
 * numbers, a library's plain message), as data. Front ends render it in their language
 * ({@code app.farol.reasons.ReasonSentences}); core builds no sentence.
 *
 * @param kind what kind of reason it is ({@link ReasonKind#NONE} for none)
 * @param cause which sentence renders it
 * @param values what fills the sentence in, in the order {@link Cause} documents
 * @param inner the reason this one wraps (the first document's, for a container), or null
 */
public record Reason(ReasonKind kind, Cause cause, List<String> values, Reason inner) {
    /** No reason: read whole. */
    public static final Reason NONE = new Reason(ReasonKind.NONE, Cause.NONE, List.of(), null);

    /** Marks an encoded reason: no sentence an older Farol stored starts with it. */
    private static final char MARK = '\u001E';

    private static final char VALUE = '\u001F';
    private static final char INNER = '\u001D';

    public Reason {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(cause);
        values = values.stream().map(Reason::clean).toList();
    }

    /** A reason of its cause's own kind. */
    public static Reason of(Cause cause, Object... values) {
        return new Reason(Objects.requireNonNull(cause.kind(), cause::name), cause, strings(values), null);
    }

    /** A reason that wraps another and has its kind ("a document inside failed: its reason"). */
    public static Reason around(Reason inner, Cause cause, Object... values) {
        return new Reason(inner.kind(), cause, strings(values), inner);
    }

    /** A reason an older Farol stored as an English sentence, with the kind stored next to it. */
    public static Reason stored(ReasonKind kind, String sentence) {
        if (sentence.isEmpty()) {
            return NONE;
        }
        return new Reason(
                kind == ReasonKind.NONE ? ReasonKind.OTHER : kind, Cause.STORED_TEXT, List.of(sentence), null);
    }

    /** True for {@link #NONE}: nothing to say. */
    public boolean isEmpty() {
        return kind == ReasonKind.NONE;
    }

    public Optional<Reason> innerReason() {
        return Optional.ofNullable(inner);
    }

    /**
     * The reason as one string for an index or a pipe: its kind, cause and values, then the inner
     * reason's, after a control character no sentence holds. "" for {@link #NONE}.
     */
    public String encode() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder().append(MARK);
        for (Reason r = this; r != null; r = r.inner) {
            if (r != this) {
                s.append(INNER);
            }
            s.append(r.kind.name()).append(VALUE).append(r.cause.name());
            r.values.forEach(v -> s.append(VALUE).append(v));
        }
        return s.toString();
    }

    /**
     * A reason as {@link #encode} wrote it; a string it did not write is an older Farol's
     * English sentence, kept as it is ({@link #stored}).
     *
     * @param kind the kind stored next to an older sentence; null when none was
     */
    public static Reason decode(String text, ReasonKind kind) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        if (text.charAt(0) != MARK) {
            return stored(kind == null ? ReasonKind.OTHER : kind, text);
        }
        try {
            List<String> levels = Arrays.asList(text.substring(1).split(String.valueOf(INNER), -1));
            Reason inner = null;
            for (int i = levels.size() - 1; i >= 0; i--) {
                List<String> fields = Arrays.asList(levels.get(i).split(String.valueOf(VALUE), -1));
                inner = new Reason(
                        ReasonKind.valueOf(fields.get(0)),
                        Cause.valueOf(fields.get(1)),
                        fields.subList(2, fields.size()),
                        inner);
            }
            return inner;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // a newer Farol's cause: keep its kind, show its values
            String[] fields = text.substring(1).split("[\u001D\u001F]");
            ReasonKind k = kind != null ? kind : ReasonKind.OTHER;
            try {
                k = ReasonKind.valueOf(fields[0]);
            } catch (IllegalArgumentException unknown) {
                // keep the one stored next to it
            }
            List<String> rest =
                    new ArrayList<>(Arrays.asList(fields).subList(Math.min(2, fields.length), fields.length));
            return stored(k, String.join("; ", rest));
        }
    }

    private static List<String> strings(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    /** A value never holds the encoding's separators (a file or member name might). */
    private static String clean(String v) {
        return v.replace(MARK, ' ').replace(VALUE, ' ').replace(INNER, ' ');
    }
}
