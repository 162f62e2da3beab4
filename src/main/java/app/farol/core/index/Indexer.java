package app.farol.core.index;

import app.farol.core.chunk.ChunkedDocument;
import app.farol.core.chunk.Chunker;
import app.farol.core.embed.Embedder;
import app.farol.core.ingest.DocumentParser;
import app.farol.core.ingest.FileScanner;
import app.farol.core.ingest.ParseControl;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.ScanResult;
import app.farol.core.ingest.ScannedFile;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageStore;
import app.farol.core.store.ReadingVersion;
import app.farol.core.util.CancelToken;
import app.farol.core.util.PauseGate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the index in line with the library folders: scan -> parse -> chunk -> embed -> store.
 *
 * <p>Incremental: a file with the same size and modification time as when it was indexed is not
 * read; one whose content hash is unchanged (touched) or equals another file's (renamed, copied)
 * is not parsed or embedded again; files gone from the folders are removed. A file read by an
 * older way of reading ({@link ReadingVersion}) is read again. What a run did is
 * durable when {@link #index} returns, and whole files at each intermediate commit. One run at a
 * time per store.
 */
public final class Indexer {
    private final PassageStore store;
    private final DocumentParser parser;
    private final Chunker chunker;
    private final Embedder embedder;
    private final FileScanner scanner = new FileScanner();
    private volatile Duration commitInterval = IndexPipeline.COMMIT_INTERVAL;

    public Indexer(PassageStore store, DocumentParser parser, Embedder embedder) {
        this.store = store;
        this.parser = parser;
        this.embedder = embedder;
        this.chunker = new Chunker(embedder::countTokens, embedder.maxTokens());
    }

    /**
     * How often a run commits what it has written (default 20 s): a crash loses at most this much
     * work. Shorter intervals cost a little speed.
     */
    public void setCommitInterval(Duration interval) {
        this.commitInterval = interval;
    }

    public Chunker chunker() {
        return chunker;
    }

    /**
     * Indexes the folders. Records of files outside these folders are left alone.
     *
     * @throws app.farol.core.util.FarolException if a folder does not exist or the index cannot be written
     */
    public IndexReport index(List<Path> folders, IndexListener listener, CancelToken cancel) {
        return index(folders, listener, cancel, PauseGate.none());
    }

    /**
     * Indexes the folders like {@link #index(List, IndexListener, CancelToken)}, waiting between
     * batches while {@code pause} is paused (what was done is committed before it waits).
     */
    public IndexReport index(List<Path> folders, IndexListener listener, CancelToken cancel, PauseGate pause) {
        long start = System.nanoTime();
        ScanResult scan = scanner.scan(folders, cancel);
        Map<String, FileRecord> known = store.files();
        Map<String, FileRecord> byHash = new HashMap<>();
        known.values().stream()
                .filter(r -> r.status() == FileStatus.INDEXED && r.readAsNow())
                .forEach(r -> byHash.putIfAbsent(r.hash(), r));

        List<FileSource> work = new ArrayList<>();
        Set<String> present = new HashSet<>();
        long bytes = 0;
        int readAgain = 0;
        String ocrLanguages = parser.ocrLanguages();
        for (ScannedFile f : scan.files()) {
            String path = f.path().toString();
            present.add(path);
            FileRecord old = known.get(path);
            boolean changed = old == null
                    || old.size() != f.size()
                    || old.modified() != f.modified()
                    || old.hash().isEmpty();
            // A scan recorded unread (no Tesseract then, or a run stopped before its OCR) is read once it can be.
            boolean scanToRead = old != null && old.kind() == ReasonKind.SCANNED && parser.readsScans();
            // Scans read with other OCR languages than those chosen now are read again with these.
            scanToRead |= old != null
                    && !old.scan().languages().isEmpty()
                    && !ocrLanguages.isEmpty()
                    && !old.scan().languages().equals(ocrLanguages);
            if (changed || !old.readAsNow() || scanToRead) {
                work.add(new FileSource(f, old, byHash, store, parser, chunker));
                bytes += f.size();
                readAgain += changed ? 0 : 1;
                if (scanToRead && !changed) {
                    work.set(work.size() - 1, work.getLast().forScans());
                }
            }
        }
        List<Path> unseen = scan.unseen();
        List<String> gone = known.keySet().stream()
                .filter(p -> !present.contains(p) && underAny(p, folders) && !underUnseen(p, unseen))
                .toList();
        // Smallest first: small files are searchable sooner, and the parser gets ahead of the
        // embedder before it meets a big file, so the embedder never waits for one to be parsed.
        // Scans to read now that Tesseract is there come last: they take seconds a page.
        work.sort(Comparator.comparing(FileSource::readsScans).thenComparingLong(FileSource::bytes));
        int toProcess = work.size();
        listener.onScanned(scan.files().size(), work.size());

        IndexPipeline pipeline =
                new IndexPipeline(store, embedder, listener, cancel, pause, work.size(), bytes, commitInterval);
        List<FileRecord> written = latestPerPath(pipeline.run(new ScansLast(work, pipeline)));
        if (!cancel.isCancelled()) {
            gone.forEach(store::removeFile); // after the run: a renamed file's passages were copied first
        }
        store.commit();

        int parsed = (int) work.stream()
                .filter(s -> s.parsed)
                .map(FileSource::name)
                .distinct()
                .count();
        int unchangedContent = (int) work.stream().filter(s -> s.sameContent).count();
        List<FileRecord> problems = written.stream()
                .filter(r -> r.status() != FileStatus.INDEXED || !r.reason().isEmpty())
                .toList();
        int skipped = (int)
                written.stream().filter(r -> r.status() == FileStatus.SKIPPED).count();
        int failed = (int)
                written.stream().filter(r -> r.status() == FileStatus.FAILED).count();
        int indexed = written.size() - skipped - failed - unchangedContent;
        int unchanged = scan.files().size() - toProcess + unchangedContent;
        Set<String> reached = new HashSet<>();
        written.forEach(r -> reached.add(r.path()));
        List<String> notRead = cancel.isCancelled()
                ? work.stream()
                        .map(FileSource::name)
                        .filter(p -> !reached.contains(p) && !known.containsKey(p)) // not in the index yet
                        .distinct()
                        .toList()
                : List.of();
        // files that vanished while read are in neither list: they count as removed
        return new IndexReport(
                indexed,
                unchanged,
                (cancel.isCancelled() ? 0 : gone.size()) + pipeline.removedWhileRead,
                skipped,
                failed,
                parsed,
                readAgain,
                pipeline.chunksEmbedded,
                (System.nanoTime() - start) / 1e9,
                problems,
                scan.problems(),
                cancel.isCancelled(),
                notRead);
    }

    /**
     * Indexes documents that are already text (a benchmark collection) through the same chunking,
     * embedding and storing as files. Each document's id becomes its path.
     *
     * @return nanoseconds spent inside the embedder, for the benchmark's cost breakdown
     */
    public long indexDocuments(
            Iterator<DocumentInput> documents, int count, IndexListener listener, CancelToken cancel) {
        Iterator<PipelineSource> sources = new Iterator<>() {
            public boolean hasNext() {
                return documents.hasNext();
            }

            public PipelineSource next() {
                DocumentInput d = documents.next();
                return new PipelineSource() {
                    public String name() {
                        return d.id();
                    }

                    public long bytes() {
                        return d.document().characterCount();
                    }

                    public Prepared prepare(ParseControl control) {
                        ChunkedDocument chunked = chunker.chunk(d.document());
                        FileRecord r = new FileRecord(
                                d.id(),
                                d.document().characterCount(),
                                0,
                                "",
                                FileStatus.INDEXED,
                                Reason.NONE,
                                chunked.chunks().size(),
                                d.document().title(),
                                "txt");
                        return new Prepared.ToEmbed(r, chunked, d.document().language());
                    }
                };
            }
        };
        IndexPipeline pipeline = new IndexPipeline(store, embedder, listener, cancel, count, count);
        pipeline.run(sources);
        store.commit();
        return pipeline.embedNanos;
    }

    /**
     * The files in order, then the scans among them read with OCR: a file that needs OCR is first
     * indexed with its text pages only (and recorded as {@link ReasonKind#SCANNED}), so the text of
     * a folder is searchable at once, and read again with its scans after the last file.
     */
    private static final class ScansLast implements Iterator<FileSource> {
        private final List<FileSource> work;
        private final IndexPipeline pipeline;
        private final int firstPass;
        private int next;
        private int checked;

        ScansLast(List<FileSource> work, IndexPipeline pipeline) {
            this.work = work;
            this.pipeline = pipeline;
            this.firstPass = work.size();
        }

        @Override
        public boolean hasNext() {
            // Called on the parse thread once the source before has been prepared.
            if (next > checked && next <= firstPass && work.get(next - 1).deferredScans()) {
                checked = next;
                work.add(work.get(next - 1).forScans());
                pipeline.addWork();
            }
            return next < work.size();
        }

        @Override
        public FileSource next() {
            return work.get(next++);
        }
    }

    /** A file read twice in a run (its text, then its scans) counts by its last record. */
    private static List<FileRecord> latestPerPath(List<FileRecord> written) {
        Map<String, FileRecord> last = new java.util.LinkedHashMap<>();
        for (FileRecord r : written) {
            last.remove(r.path());
            last.put(r.path(), r);
        }
        return List.copyOf(last.values());
    }

    /** A document given as text: its id (used as the path) and its parse. */
    public record DocumentInput(String id, ParsedDocument document) {}

    /**
     * Whether a known path lies where the scan saw nothing now: at or under a folder it could not
     * open, or beside a name it could not decode (the record's name may be that file's, read under
     * another locale), so its absence from the scan says nothing.
     */
    private static boolean underUnseen(String path, List<Path> unseen) {
        Path p = Path.of(path);
        for (Path u : unseen) {
            Path place = u.toAbsolutePath().normalize();
            if (p.startsWith(place)
                    || (place.getParent() != null
                            && p.getParent() != null
                            && p.getParent().startsWith(place.getParent())
                            && !isAscii(path))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }

    private static boolean underAny(String path, List<Path> folders) {
        Path p = Path.of(path);
        return folders.stream().anyMatch(f -> p.startsWith(f.toAbsolutePath().normalize()));
    }
}
