package app.farol.core.ingest.isolated;

import app.farol.core.ingest.Cause;
import app.farol.core.ingest.ParseControl;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.Reason;
import app.farol.core.ocr.OcrSettings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One parse worker process, seen from the app: sends it a path, waits for the outcome at most a
 * given time, and kills it when it overstays or dies. Used by one thread at a time.
 */
final class ParseWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ParseWorker.class);
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    /** The worker did not answer for a file; it is dead now and must be replaced. */
    static final class Lost extends Exception {
        private final transient Reason reason;

        /** @param what for the log: what became of the worker */
        Lost(Reason reason, String what) {
            super(what, null, false, false);
            this.reason = reason;
        }

        /** The outcome to record for the file. */
        ParseOutcome.Failed outcome() {
            return new ParseOutcome.Failed(reason);
        }
    }

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;
    private final Deque<String> lastErrorLines = new ArrayDeque<>();
    private final Path temp;
    private final long answerLimit;

    private ParseWorker(Process process, Path temp, long answerLimit) {
        this.process = process;
        this.temp = temp;
        this.answerLimit = answerLimit;
        process.onExit().thenRun(() -> WorkerTemp.remove(temp)); // also when it dies by itself
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        Thread.ofPlatform()
                .daemon()
                .name("farol-parse-worker-stderr-" + process.pid())
                .start(this::drainErrors);
    }

    /** Starts a worker and waits until its parser is ready. */
    static ParseWorker start(
            WorkerSettings settings, OcrSettings ocr, String parserClass, long maxChars, Duration timeout)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heapMegabytes() + "m");
        command.add("-XX:+UseSerialGC");
        // Only the quick JIT compiler: the optimising one spent whole seconds of CPU compiling
        // Tika and PDFBox in every new worker, CPU the embedder needs on a 2-core machine
        // (farol bench index: ratio 0.80-0.87, median 0.82, before; 0.82-0.91, median 0.87, after).
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:-UsePerfData");
        command.add("-Djava.awt.headless=true");
        command.addAll(ocr.asSystemProperties());
        Path temp = WorkerTemp.create(); // what parsers spool of a document stays in it, removed with the worker
        command.add("-Djava.io.tmpdir=" + temp);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ParseWorkerMain.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(parserClass);
        command.add(Long.toString(maxChars));
        command.add(Long.toString(timeout.toMillis()));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            WorkerTemp.remove(temp);
            throw e;
        }
        ParseWorker worker = new ParseWorker(process, temp, OutcomeCodec.answerLimit(maxChars));
        try {
            int ready = worker.await(START_LIMIT, () -> worker.answers.readInt());
            if (ready != OutcomeCodec.READY) {
                throw new IOException("the parser process sent " + ready + " instead of its greeting");
            }
        } catch (Lost e) {
            throw new IOException("the parser process did not start: " + e.getMessage());
        }
        log.debug("parse worker {} ready", worker.process.pid());
        return worker;
    }

    /**
     * Parses one file.
     *
     * @param limit the longest the worker may take over the file before it begins on its scans
     * @param pageLimit then, the longest it may take over each scanned page
     * @throws Lost if the worker exceeded {@code limit}, ran out of memory or exited; the message
     *     is the reason to record for the file
     */
    ParseOutcome parse(Path file, Duration limit, Duration pageLimit, ParseControl control) throws Lost {
        try {
            OutcomeCodec.writeRequest(requests, file.toString(), control.readScans());
        } catch (IOException e) {
            throw diedReason();
        }
        Duration wait = limit;
        while (true) {
            Object message = await(wait, () -> OutcomeCodec.readMessage(answers, answerLimit));
            if (message instanceof ParseOutcome outcome) {
                return outcome;
            }
            OutcomeCodec.Page page = (OutcomeCodec.Page) message;
            wait = pageLimit; // from now on each scanned page has its own time
            boolean go = control.pageRead(page.done(), page.total()); // may wait: the run is paused
            try {
                OutcomeCodec.writeGo(requests, go);
            } catch (IOException e) {
                throw diedReason();
            }
        }
    }

    private interface Read<T> {
        T read() throws IOException;
    }

    private <T> T await(Duration limit, Read<T> read) throws Lost {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                answer.complete(read.read());
            } catch (Throwable t) {
                answer.completeExceptionally(t);
            }
        });
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill();
            throw new Lost(
                    Reason.of(Cause.PARSER_UNRESPONSIVE, limit.toSeconds()),
                    "no answer in " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutcomeCodec.TooLarge tooLarge) {
                kill(); // it is in the middle of an answer too long to read: start afresh
                throw new Lost(Reason.of(Cause.ANSWER_TOO_LONG, tooLarge.limitMegabytes()), tooLarge.getMessage());
            }
            throw diedReason();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new Lost(Reason.of(Cause.INTERRUPTED), "interrupted");
        }
    }

    private Lost diedReason() {
        int code;
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
                return new Lost(Reason.of(Cause.PARSER_SILENT), "it stopped answering");
            }
            code = process.exitValue();
            removeTemp();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lost(Reason.of(Cause.INTERRUPTED), "interrupted");
        }
        log.debug("parse worker {} exited with {}; last output: {}", process.pid(), code, lastErrors());
        if (code == ParseWorkerMain.OUT_OF_MEMORY || lastErrors().contains("OutOfMemoryError")) {
            return new Lost(Reason.of(Cause.OUT_OF_MEMORY, 0), "out of memory");
        }
        return new Lost(Reason.of(Cause.PARSER_CRASHED, code), "exited with code " + code);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Peak resident memory of the worker process in bytes (Linux), or -1 if unknown. */
    long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    private void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeTemp();
    }

    /** Removes the worker's temporary folder now (not only when the exit is noticed), once it is gone. */
    private void removeTemp() {
        if (!process.isAlive()) {
            WorkerTemp.remove(temp);
        }
    }

    /** The worker's own temporary folder (its {@code java.io.tmpdir}). */
    Path tempFolder() {
        return temp;
    }

    private void drainErrors() {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                log.debug("parse worker {}: {}", process.pid(), line);
                synchronized (lastErrorLines) {
                    lastErrorLines.addLast(line);
                    if (lastErrorLines.size() > 20) {
                        lastErrorLines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    private String lastErrors() {
        synchronized (lastErrorLines) {
            return String.join("\n", lastErrorLines);
        }
    }

    /** Closes the worker's input (it then exits) and makes sure it is gone. */
    @Override
    public void close() {
        try {
            requests.close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
            }
            removeTemp();
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
