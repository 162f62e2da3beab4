package app.farol.core.ingest.isolated;

import app.farol.core.ingest.DocumentParser;
import app.farol.core.ingest.ParseControl;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The main class of a parse worker, a child JVM that parses one file at a time for
 * {@link IsolatedDocumentParser}. It reads paths on standard input and writes outcomes on
 * standard output ({@link OutcomeCodec}); everything else the parsers print goes to standard
 * error. It ends when its input closes or its parent process is gone, and exits with
 * {@link #OUT_OF_MEMORY} after answering for a file that exhausted its heap.
 *
 * <p>Arguments: parent pid, parser class (a {@link DocumentParser} with a public constructor
 * taking {@link ParseLimits}), most characters per file, time limit per file in milliseconds.
 */
public final class ParseWorkerMain {
    static final int OUT_OF_MEMORY = 3;

    private ParseWorkerMain() {}

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        ParseLimits limits = new ParseLimits(Long.parseLong(args[2]), Duration.ofMillis(Long.parseLong(args[3])));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(
                new FileOutputStream(FileDescriptor.err),
                true,
                java.nio.charset.StandardCharsets.UTF_8)); // keep the channel clean
        watchParent(parentPid);
        DocumentParser parser = (DocumentParser)
                Class.forName(args[1]).getConstructor(ParseLimits.class).newInstance(limits);
        out.writeInt(OutcomeCodec.READY);
        out.flush();
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        while (true) {
            String path;
            boolean readScans;
            try {
                path = OutcomeCodec.readPath(in);
                readScans = in.readBoolean();
            } catch (EOFException e) {
                System.exit(0); // the parent closed the pool; a parser's stray thread must not keep us alive
                return;
            }
            ParseOutcome outcome;
            try {
                outcome = parser.parse(Path.of(path), control(readScans, in, out));
            } catch (OutOfMemoryError e) {
                outcome = null; // answer after the stack unwinds and the garbage is freed
            }
            if (outcome == null) {
                answer(
                        out,
                        new ParseOutcome.Failed(IsolatedDocumentParser.outOfMemory(
                                Runtime.getRuntime().maxMemory())));
                Runtime.getRuntime().halt(OUT_OF_MEMORY); // the heap may be in any state: start afresh
            }
            answer(out, outcome);
        }
    }

    /** Reports each scanned page read to the app and waits for its go (the app may be paused, or stop us). */
    private static ParseControl control(boolean readScans, DataInputStream in, DataOutputStream out) {
        return new ParseControl() {
            @Override
            public boolean readScans() {
                return readScans;
            }

            @Override
            public boolean pageRead(int done, int total) {
                try {
                    OutcomeCodec.writePage(out, done, total);
                    return OutcomeCodec.readGo(in);
                } catch (IOException e) {
                    Runtime.getRuntime().halt(1); // the parent is gone
                    return false;
                }
            }
        };
    }

    private static void answer(DataOutputStream out, ParseOutcome outcome) {
        try {
            OutcomeCodec.writeOutcome(out, outcome);
        } catch (IOException e) {
            Runtime.getRuntime().halt(1); // the parent is gone
        }
    }

    /** A parser stuck in a loop must not outlive the app that started it (e.g. after kill -9). */
    private static void watchParent(long parentPid) {
        Thread.ofPlatform().daemon().name("farol-parent-watch").start(() -> {
            while (true) {
                try {
                    Thread.sleep(Duration.ofSeconds(1));
                } catch (InterruptedException e) {
                    return;
                }
                if (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false) == false) {
                    Runtime.getRuntime().halt(2);
                }
            }
        });
    }
}
