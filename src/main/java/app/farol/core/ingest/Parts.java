package app.farol.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the documents found inside one file (and inside the files inside it), naming each by
 * where it is, and turns them into one {@link ParseOutcome}. Not thread-safe.
 */
final class Parts {
    private final List<ParseOutcome.Part> parts = new ArrayList<>();
    private final List<ParseOutcome.Unread> unread = new ArrayList<>();

    /** Adds what reading the part at {@code name} gave; a container's parts are named under it. */
    void add(String name, ParseOutcome outcome) {
        switch (outcome) {
            case ParseOutcome.Parsed p ->
                parts.add(new ParseOutcome.Part(name.isEmpty() ? p.document().title() : name, p.document()));
            case ParseOutcome.Container c -> {
                c.parts().forEach(p -> parts.add(new ParseOutcome.Part(join(name, p.name()), p.document())));
                c.unread()
                        .forEach(
                                u -> unread.add(new ParseOutcome.Unread(join(name, u.name()), u.reason(), u.failed())));
            }
            case ParseOutcome.Skipped s -> unread.add(new ParseOutcome.Unread(name, s.reason(), false));
            case ParseOutcome.Failed f -> unread.add(new ParseOutcome.Unread(name, f.reason(), true));
        }
    }

    void document(String name, ParsedDocument document) {
        parts.add(new ParseOutcome.Part(name, document));
    }

    void failed(String name, Reason reason) {
        unread.add(new ParseOutcome.Unread(name, reason, true));
    }

    boolean isEmpty() {
        return parts.isEmpty() && unread.isEmpty();
    }

    /** Whether a document was left unread because its scans wait for OCR (or for Tesseract). */
    static boolean scanned(ParseOutcome.Unread u) {
        return !u.failed() && u.kind() == ReasonKind.SCANNED;
    }

    static String join(String outer, String inner) {
        if (outer.isEmpty()) {
            return inner;
        }
        return inner.isEmpty() ? outer : outer + ParseOutcome.SEPARATOR + inner;
    }

    /**
     * The outcome: a container when a part was read; otherwise the file fails (or is skipped) as
     * a whole with the first reason, marked as every part's when all failed alike.
     *
     * @param what what holds the parts, for the reasons
     */
    ParseOutcome outcome(Cause.Container what) {
        if (!parts.isEmpty()) {
            return new ParseOutcome.Container(parts, unread);
        }
        List<ParseOutcome.Unread> waiting =
                unread.stream().filter(Parts::scanned).toList();
        if (!waiting.isEmpty()) {
            // scans to read later (or once Tesseract is there): the file is read again then, as a whole
            ParseOutcome.Unread first = waiting.getFirst();
            int others = unread.size() - 1;
            return new ParseOutcome.Skipped(
                    first.name().isEmpty() && others == 0
                            ? first.reason()
                            : Reason.around(first.reason(), Cause.PART_SCANS_ONLY, first.name(), others));
        }
        List<ParseOutcome.Unread> failures =
                unread.stream().filter(ParseOutcome.Unread::failed).toList();
        if (!failures.isEmpty()) {
            ParseOutcome.Unread first = failures.getFirst();
            boolean allAlike = failures.stream().allMatch(u -> u.kind() == first.kind());
            boolean marked = first.reason().inner() != null;
            return new ParseOutcome.Failed(
                    failures.size() > 1 && allAlike && !marked
                            ? Reason.around(first.reason(), Cause.EVERY_PART, what.ordinal())
                            : first.reason());
        }
        if (unread.isEmpty()) {
            return new ParseOutcome.Skipped(Reason.of(Cause.EMPTY_CONTAINER, what.ordinal()));
        }
        ParseOutcome.Unread first = unread.getFirst();
        return new ParseOutcome.Skipped(new Reason(
                ReasonKind.NO_TEXT,
                Cause.NO_PART_READ,
                List.of(String.valueOf(what.ordinal()), String.valueOf(unread.size()), first.name()),
                first.reason()));
    }
}
