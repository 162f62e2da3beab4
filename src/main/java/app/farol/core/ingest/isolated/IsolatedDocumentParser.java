package app.farol.core.ingest.isolated;

import app.farol.core.ingest.Cause;
import app.farol.core.ingest.DocumentParser;
import app.farol.core.ingest.ParseControl;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.ocr.Tesseract;
import app.farol.core.util.FarolException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses files in child processes, as Apache Tika advises for indexers: a parser that hangs, runs
 * out of memory or exits takes down only its worker, never the app or its open index.
 *
 * <p>Workers are long-lived child JVMs ({@link ParseWorkerMain}) with their own heap limit,
 * started on first use and replaced when one dies. Each file gets the parse time limit plus a
 * grace period; a worker that overstays is killed and the file is reported as timed out. A file
 * that kills its worker is reported as failed with the reason (out of memory, crashed); the next
 * file goes to a fresh worker. Thread-safe: up to {@link WorkerSettings#workers()} files are
 * parsed at once. {@link #close()} stops every worker.
 */
public final class IsolatedDocumentParser implements DocumentParser {
    private static final Logger log = LoggerFactory.getLogger(IsolatedDocumentParser.class);
    private final WorkerSettings settings;
    private final String parserClass;
    private final ParseLimits limits;
    private final OcrSettings ocr;
    private final Semaphore slots;
    private final LinkedBlockingQueue<ParseWorker> idle = new LinkedBlockingQueue<>();
    private final List<ParseWorker> all = new ArrayList<>();
    private volatile boolean closed;
    private CompletableFuture<ParseWorker> starting; // guarded by all

    public IsolatedDocumentParser() {
        this(ParseLimits.DEFAULT, WorkerSettings.DEFAULT);
    }

    public IsolatedDocumentParser(ParseLimits limits, WorkerSettings settings) {
        this(limits, settings, TikaDocumentParser.class.getName());
    }

    /**
     * @param parserClass the {@link DocumentParser} the workers run; it needs a public constructor
     *     taking {@link ParseLimits} (tests pass parsers that misbehave on purpose)
     */
    public IsolatedDocumentParser(ParseLimits limits, WorkerSettings settings, String parserClass) {
        this(limits, settings, parserClass, OcrSettings.fromSystemProperties());
    }

    /** Workers that read scans with these OCR settings. */
    public IsolatedDocumentParser(ParseLimits limits, WorkerSettings settings, OcrSettings ocr) {
        this(limits, settings, TikaDocumentParser.class.getName(), ocr);
    }

    public IsolatedDocumentParser(ParseLimits limits, WorkerSettings settings, String parserClass, OcrSettings ocr) {
        this.ocr = ocr;
        this.limits = limits;
        this.settings = settings;
        this.parserClass = parserClass;
        this.slots = new Semaphore(settings.workers());
    }

    /** The longest a worker may take over one file before it is killed: the limit plus a grace period. */
    public Duration hardLimit() {
        Duration grace = limits.timeout().dividedBy(10);
        return limits.timeout().plus(grace.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : grace);
    }

    /**
     * Once a worker reads a file's scans, the longest it may take over each page before it is
     * killed: the page limit plus time to render the page (it reports every page, and the wait
     * begins again then).
     */
    public Duration pageLimit() {
        return ocr.pageTimeout().plusSeconds(15);
    }

    static Reason outOfMemory(long heapBytes) {
        return Reason.of(Cause.OUT_OF_MEMORY, Math.max(0, heapBytes) / (1 << 20));
    }

    /**
     * @throws FarolException if no worker process can be started (then no file could be parsed)
     */
    @Override
    public ParseOutcome parse(Path file) {
        return parse(file, ParseControl.NONE);
    }

    /** Whether the workers find Tesseract where the OCR settings look for it. */
    @Override
    public boolean readsScans() {
        return Tesseract.locate(ocr.searchPath()).isPresent();
    }

    /** The languages the workers' Tesseract reads with: those of the settings the machine has. */
    @Override
    public String ocrLanguages() {
        return Tesseract.find(ocr).map(Tesseract::languages).orElse("");
    }

    /**
     * @throws FarolException if no worker process can be started (then no file could be parsed)
     */
    @Override
    public ParseOutcome parse(Path file, ParseControl control) {
        slots.acquireUninterruptibly();
        try {
            ParseWorker worker = borrow();
            try {
                ParseOutcome outcome = worker.parse(file, hardLimit(), pageLimit(), control);
                if (outcome instanceof ParseOutcome.Failed f && f.reason().cause() == Cause.OUT_OF_MEMORY) {
                    retire(worker); // it exits after such an answer
                } else {
                    idle.add(worker);
                }
                return outcome;
            } catch (ParseWorker.Lost e) {
                log.info("parse worker {} lost on {}: {}", worker.pid(), file, e.getMessage());
                retire(worker);
                return e.outcome();
            }
        } finally {
            slots.release();
        }
    }

    /**
     * Starts one worker in the background, so that its start-up (about two seconds: a JVM and
     * Tika) overlaps other work such as loading the embedding model. Optional.
     */
    public void prestart() {
        synchronized (all) {
            if (starting == null && all.isEmpty()) {
                starting = CompletableFuture.supplyAsync(this::startWorker, Thread::startVirtualThread);
            }
        }
    }

    private ParseWorker borrow() {
        if (closed) {
            throw new IllegalStateException("the parser was closed");
        }
        CompletableFuture<ParseWorker> pending;
        synchronized (all) {
            pending = starting;
            starting = null;
        }
        if (pending != null) {
            try {
                return pending.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof FarolException f
                        ? f
                        : new FarolException(e.getCause().getMessage(), e.getCause());
            }
        }
        for (ParseWorker w = idle.poll(); w != null; w = idle.poll()) {
            if (w.isAlive()) {
                return w;
            }
            retire(w);
        }
        return startWorker();
    }

    private ParseWorker startWorker() {
        try {
            ParseWorker w = ParseWorker.start(settings, ocr, parserClass, limits.maxChars(), limits.timeout());
            synchronized (all) {
                all.add(w);
            }
            return w;
        } catch (IOException e) {
            throw new FarolException("could not start a parser process: " + e.getMessage(), e);
        }
    }

    private void retire(ParseWorker worker) {
        worker.close();
        synchronized (all) {
            all.remove(worker);
        }
    }

    /** The highest peak resident memory among the live workers, in bytes, or -1 when unknown. */
    public long workerPeakResidentBytes() {
        synchronized (all) {
            return all.stream().mapToLong(ParseWorker::peakResidentBytes).max().orElse(-1);
        }
    }

    /** Process ids of the live workers (for diagnostics and tests). */
    public List<Long> workerPids() {
        synchronized (all) {
            return all.stream().map(ParseWorker::pid).toList();
        }
    }

    /** The temporary folders of the live workers (for tests). */
    List<Path> workerTempFolders() {
        synchronized (all) {
            return all.stream().map(ParseWorker::tempFolder).toList();
        }
    }

    @Override
    public void close() {
        closed = true;
        List<ParseWorker> workers;
        CompletableFuture<ParseWorker> pending;
        synchronized (all) {
            pending = starting;
            starting = null;
        }
        if (pending != null) {
            try {
                pending.join();
            } catch (RuntimeException e) {
                // it never started
            }
        }
        synchronized (all) {
            workers = List.copyOf(all);
            all.clear();
        }
        workers.forEach(ParseWorker::close);
        idle.clear();
    }
}
