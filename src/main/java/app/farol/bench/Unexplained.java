package app.farol.bench;

import app.farol.core.ingest.ReasonKind;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.reasons.ReasonSentences;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code farol bench fuzz} calls an <em>unexplained outcome</em>, for a file that exists,
 * is a readable regular file and does not change while it is indexed (as every fuzzed copy is):
 *
 * <ol>
 *   <li>the index has no record of it (neither indexed nor reported);
 *   <li>it was not indexed (or indexed with a note) and its kind is the generic one,
 *       {@link ReasonKind#OTHER}, or none at all;
 *   <li>its kind contradicts the file: {@link ReasonKind#UNREADABLE} ("cannot read the file")
 *       for a file that can be read;
 *   <li>its reason, in English, does not name what was wrong: after the kind's words ("corrupt or
 *       unreadable: ...") there is nothing, "null", or text from inside the Java code rather than
 *       about the file: a qualified class name ({@code org.apache.poi.Foo}) or a JVM message
 *       ({@code Cannot invoke "..."}, {@code ... because "x" is null}, {@code Index 5 out of bounds
 *       for length 3}, {@code class A cannot be cast to class B}).
 * </ol>
 */
final class Unexplained {
    private static final Pattern JAVA_INSIDES =
            Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*"
                    + "|Cannot invoke \"|because \"|out of bounds for length|cannot be cast to|^null$");

    private Unexplained() {}

    /** Why the record of a readable, unchanging file is unexplained, or empty when it is explained. */
    static Optional<String> why(FileRecord r) {
        if (r == null) {
            return Optional.of("no record: neither indexed nor reported");
        }
        if (r.status() == FileStatus.INDEXED && r.reason().isEmpty()) {
            return Optional.empty();
        }
        if (r.kind() == ReasonKind.OTHER || r.kind() == ReasonKind.NONE) {
            return Optional.of("the generic kind (" + r.kind().name() + ")");
        }
        if (r.kind() == ReasonKind.UNREADABLE) {
            return Optional.of("called unreadable, but it is a readable regular file that did not change");
        }
        String reason = ReasonSentences.in(Locale.ENGLISH).detail(r.reason()).strip();
        int colon = reason.indexOf(": ");
        String detail = colon < 0 ? reason : reason.substring(colon + 2).strip();
        if (detail.isEmpty() || JAVA_INSIDES.matcher(detail).find()) {
            return Optional.of("the reason does not name what was wrong");
        }
        return Optional.empty();
    }
}
