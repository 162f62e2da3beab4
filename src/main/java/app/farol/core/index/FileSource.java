package app.farol.core.index;

import app.farol.core.chunk.ChunkedDocument;
import app.farol.core.chunk.Chunker;
import app.farol.core.ingest.Cause;
import app.farol.core.ingest.DocumentParser;
import app.farol.core.ingest.FileHasher;
import app.farol.core.ingest.ParseControl;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.ScannedFile;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageStore;
import app.farol.core.store.StoredPassage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A file of the library that is new or whose size or time changed, made ready for the store.
 *
 * <p>The file may change or vanish while it is read: its size, time and identity are taken
 * before it is hashed and parsed and compared after; if they moved, it is read again (a few
 * times), so the record always describes the content that was indexed. A file gone by then is
 * {@link Prepared.Gone}. Used by the indexer's parse thread only.
 */
final class FileSource implements PipelineSource {
    static final int ATTEMPTS = 3;

    private final ScannedFile file;
    private final FileRecord old;
    private final Map<String, FileRecord> byHash;
    private final PassageStore store;
    private final DocumentParser parser;
    private final Chunker chunker;
    private final boolean readScans;
    volatile boolean parsed;
    volatile boolean sameContent;
    private volatile boolean deferredScans;

    FileSource(
            ScannedFile file,
            FileRecord old,
            Map<String, FileRecord> byHash,
            PassageStore store,
            DocumentParser parser,
            Chunker chunker) {
        this(file, old, byHash, store, parser, chunker, false);
    }

    private FileSource(
            ScannedFile file,
            FileRecord old,
            Map<String, FileRecord> byHash,
            PassageStore store,
            DocumentParser parser,
            Chunker chunker,
            boolean readScans) {
        this.readScans = readScans;
        this.file = file;
        this.old = old;
        this.byHash = byHash;
        this.store = store;
        this.parser = parser;
        this.chunker = chunker;
    }

    static final Reason NOT_REGULAR = Reason.of(Cause.NOT_REGULAR);

    /** What identifies one version of a file without reading it. */
    private record Version(long size, FileTime modified, Object key, boolean regular) {
        /** The file's version now; null if it cannot be read (the parse then says why). */
        static Version now(Path p) throws NoSuchFileException {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return new Version(a.size(), a.lastModifiedTime(), a.fileKey(), a.isRegularFile());
            } catch (NoSuchFileException e) {
                throw e;
            } catch (IOException e) {
                return null;
            }
        }
    }

    /**
     * The same file read again with its scans (OCR) now: after a first reading that found them
     * and left them for later, or a record that says they could not be read then.
     */
    FileSource forScans() {
        return new FileSource(file, null, byHash, store, parser, chunker, true);
    }

    /** Whether this reading found scans it left for later, to be read by {@link #forScans()}. */
    boolean deferredScans() {
        return deferredScans;
    }

    boolean readsScans() {
        return readScans;
    }

    @Override
    public String name() {
        return file.path().toString();
    }

    @Override
    public long bytes() {
        return file.size();
    }

    @Override
    public Prepared prepare(ParseControl control) {
        ParseControl scans = readScans
                ? control
                : new ParseControl() {
                    @Override
                    public boolean readScans() {
                        return false;
                    }
                };
        String path = file.path().toString();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Version before;
            Prepared prepared;
            Version after;
            try {
                before = Version.now(file.path());
                prepared = prepareOnce(path, before, scans);
                after = Version.now(file.path());
            } catch (NoSuchFileException e) {
                return new Prepared.Gone(path);
            }
            if (Objects.equals(before, after)) {
                return prepared;
            }
        }
        FileRecord r = new FileRecord(
                path, -1, -1, "", FileStatus.FAILED, Reason.of(Cause.KEPT_CHANGING), 0, "", FileTypes.of(file.path()));
        return new Prepared.RecordOnly(r, false);
    }

    private Prepared prepareOnce(String path, Version version, ParseControl control) {
        long size = version == null ? file.size() : version.size();
        long modified = version == null ? file.modified() : version.modified().toMillis();
        String type = FileTypes.of(file.path());
        if (version != null && !version.regular()) {
            // swapped for a pipe, socket or device since the scan: opening it could block forever
            return new Prepared.RecordOnly(
                    new FileRecord(path, size, modified, "", FileStatus.SKIPPED, NOT_REGULAR, 0, "", type), false);
        }
        String hash;
        try {
            hash = FileHasher.sha256(file.path());
        } catch (IOException e) {
            ParseOutcome failure = parser.parse(file.path()); // says why in the user's words
            return recordOnly(path, size, modified, "", type, failure);
        }
        if (old != null && old.hash().equals(hash) && old.readAsNow()) {
            sameContent = true; // touched, not changed
            FileRecord r = new FileRecord(
                    path, size, modified, hash, old.status(), old.reason(), old.chunks(), old.title(), old.type());
            return new Prepared.RecordOnly(r.withScan(old.scan()), true);
        }
        FileRecord twin = byHash.get(hash);
        if (twin != null && !twin.path().equals(path)) {
            List<StoredPassage> copied = store.passagesOf(twin.path()).stream()
                    .map(p -> relocate(p, path, type))
                    .toList();
            if (!copied.isEmpty()) {
                FileRecord r = new FileRecord(
                        path,
                        size,
                        modified,
                        hash,
                        FileStatus.INDEXED,
                        twin.reason(),
                        copied.size(),
                        twin.title(),
                        type);
                return new Prepared.Reused(r.withScan(twin.scan()), copied);
            }
        }
        parsed = true;
        ParseOutcome outcome = parser.parse(file.path(), control);
        deferredScans = !readScans && scanned(outcome) && parser.readsScans();
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            ParsedDocument doc = parsed.document();
            ChunkedDocument chunked = chunker.chunk(doc);
            if (chunked.chunks().isEmpty()) { // a title or sheet names only: nothing a search could find
                return recordOnly(
                        path, size, modified, hash, type, new ParseOutcome.Skipped(Reason.of(Cause.ONLY_HEADINGS)));
            }
            FileRecord r = new FileRecord(
                    path,
                    size,
                    modified,
                    hash,
                    FileStatus.INDEXED,
                    doc.truncation(),
                    chunked.chunks().size(),
                    doc.title(),
                    type);
            return new Prepared.ToEmbed(
                    r.withScan(doc.scan()),
                    chunked,
                    doc.language(),
                    List.of(),
                    java.util.Set.copyOf(doc.scannedPages()));
        }
        if (outcome instanceof ParseOutcome.Container c) {
            Prepared several = Containers.prepare(
                    c,
                    chunker,
                    new FileRecord(path, size, modified, hash, FileStatus.INDEXED, Reason.NONE, 0, "", type));
            return several != null
                    ? several
                    : recordOnly(
                            path, size, modified, hash, type, new ParseOutcome.Skipped(Reason.of(Cause.ONLY_HEADINGS)));
        }
        return recordOnly(path, size, modified, hash, type, outcome);
    }

    private static boolean scanned(ParseOutcome outcome) {
        return switch (outcome) {
            case ParseOutcome.Skipped s -> s.kind() == ReasonKind.SCANNED;
            case ParseOutcome.Parsed p -> p.document().truncationKind() == ReasonKind.SCANNED;
            case ParseOutcome.Container c ->
                c.parts().stream().anyMatch(p -> p.document().truncationKind() == ReasonKind.SCANNED)
                        || c.unread().stream().anyMatch(u -> !u.failed() && u.kind() == ReasonKind.SCANNED);
            default -> false;
        };
    }

    private static Prepared recordOnly(
            String path, long size, long modified, String hash, String type, ParseOutcome outcome) {
        FileStatus status = outcome instanceof ParseOutcome.Skipped ? FileStatus.SKIPPED : FileStatus.FAILED;
        FileRecord r = switch (outcome) {
            case ParseOutcome.Skipped s -> new FileRecord(path, size, modified, hash, status, s.reason(), 0, "", type);
            case ParseOutcome.Failed f -> new FileRecord(path, size, modified, hash, status, f.reason(), 0, "", type);
            case ParseOutcome.Parsed p -> new FileRecord(path, size, modified, hash, status, Reason.NONE, 0, "", type);
            case ParseOutcome.Container c ->
                new FileRecord(path, size, modified, hash, status, Reason.NONE, 0, "", type);
        };
        return new Prepared.RecordOnly(r, false);
    }

    private static StoredPassage relocate(StoredPassage p, String path, String type) {
        String passageType = p.part().isEmpty() ? type : p.type();
        return new StoredPassage(
                path,
                p.title(),
                passageType,
                p.language(),
                p.ordinal(),
                p.text(),
                p.page(),
                p.headings(),
                p.startOffset(),
                p.endOffset(),
                p.vector(),
                p.part(),
                p.scanned());
    }
}
