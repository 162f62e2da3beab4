package app.farol.core.ingest.isolated;

import app.farol.core.ingest.Cause;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ScanPages;
import app.farol.core.ingest.TextBlock;
import app.farol.core.text.Language;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format between {@link IsolatedDocumentParser} and {@link ParseWorkerMain}: a request
 * is one path and whether to read scans now; an answer is one {@link ParseOutcome} (a container with all its
 * parts), after a {@link Page} message for each scanned page read, each answered by go or stop. Strings are
 * length-prefixed UTF-8, so paragraphs of any length pass. Not thread-safe: one conversation per stream pair.
 *
 * <p>The app does not trust what a worker sends (a parser may be exploited by the file it
 * reads): an answer is read within a byte budget ({@link #answerLimit}) that every string length
 * and element count is checked against before anything is allocated for it, so a lying length
 * costs a refusal ({@link TooLarge}), not the app's heap.
 */
final class OutcomeCodec {
    /** Sent by a worker once its parser is built, so start-up is not counted against a file's time. */
    static final int READY = 0x46524c31; // "FRL1"

    private static final byte PARSED = 1;
    private static final byte SKIPPED = 2;
    private static final byte FAILED = 3;
    private static final byte CONTAINER = 4;
    /** From the worker, before the outcome: one more scanned page read (done, total); the app answers go or stop. */
    private static final byte PAGE = 5;

    private static final byte GO = 1;
    private static final byte STOP = 0;

    /** A scanned page read, as the worker reports it while it reads a file. */
    record Page(int done, int total) {}

    /** Longest path a request may carry, in UTF-8 bytes. */
    static final int MAX_PATH_BYTES = 1 << 16;

    /** The fewest bytes one text block takes on the wire (empty text, page, two flags, no headings). */
    private static final int MIN_BLOCK_BYTES = 4 + 4 + 1 + 1 + 4;

    /**
     * An answer passed its byte budget, or a length or count in it could not fit in what was
     * left of it. The stream is then in the middle of a message: the worker must be dropped.
     */
    static final class TooLarge extends IOException {
        private final long limitMegabytes;

        TooLarge(long limitMegabytes) {
            super("the answer is longer than the " + limitMegabytes + " MB read for one file");
            this.limitMegabytes = limitMegabytes;
        }

        long limitMegabytes() {
            return limitMegabytes;
        }
    }

    private OutcomeCodec() {}

    /**
     * The most bytes the app reads for one file's answer: the text of a file is at most {@code
     * maxChars} characters (at most 3 bytes each in UTF-8), and titles, part names and the heading
     * path repeated with every block may add as much again several times over; at least 64 MiB.
     */
    static long answerLimit(long maxChars) {
        return Math.max(64L << 20, 16 * maxChars);
    }

    static void writeRequest(DataOutputStream out, String path, boolean readScans) throws IOException {
        writeString(out, path);
        out.writeBoolean(readScans);
        out.flush();
    }

    static void writePage(DataOutputStream out, int done, int total) throws IOException {
        out.writeByte(PAGE);
        out.writeInt(done);
        out.writeInt(total);
        out.flush();
    }

    static void writeGo(DataOutputStream out, boolean go) throws IOException {
        out.writeByte(go ? GO : STOP);
        out.flush();
    }

    static boolean readGo(DataInputStream in) throws IOException {
        return in.readByte() == GO;
    }

    static void writeOutcome(DataOutputStream out, ParseOutcome outcome) throws IOException {
        switch (outcome) {
            case ParseOutcome.Parsed p -> {
                out.writeByte(PARSED);
                writeDocument(out, p.document());
            }
            case ParseOutcome.Skipped s -> {
                out.writeByte(SKIPPED);
                writeString(out, s.reason().encode());
            }
            case ParseOutcome.Failed f -> {
                out.writeByte(FAILED);
                writeString(out, f.reason().encode());
            }
            case ParseOutcome.Container c -> {
                out.writeByte(CONTAINER);
                out.writeInt(c.parts().size());
                for (ParseOutcome.Part p : c.parts()) {
                    writeString(out, p.name());
                    writeDocument(out, p.document());
                }
                out.writeInt(c.unread().size());
                for (ParseOutcome.Unread u : c.unread()) {
                    writeString(out, u.name());
                    writeString(out, u.reason().encode());
                    out.writeBoolean(u.failed());
                }
            }
        }
        out.flush();
    }

    private static void writeDocument(DataOutputStream out, ParsedDocument d) throws IOException {
        writeString(out, d.title());
        writeString(out, d.mediaType());
        writeString(out, d.language().code());
        writeString(out, d.truncation().encode());
        out.writeInt(d.scannedPages().size());
        for (int page : d.scannedPages()) {
            out.writeInt(page);
        }
        ScanPages scan = d.scan();
        out.writeInt(scan.scanned());
        out.writeInt(scan.read());
        out.writeInt(scan.unread());
        out.writeInt(scan.doubtful());
        writeString(out, scan.languages());
        out.writeInt(d.blocks().size());
        for (TextBlock b : d.blocks()) {
            writeString(out, b.text());
            out.writeInt(b.page());
            out.writeBoolean(b.heading());
            out.writeBoolean(b.tableRow());
            out.writeInt(b.headings().size());
            for (String h : b.headings()) {
                writeString(out, h);
            }
        }
    }

    /**
     * Reads one answer of at most {@code limit} bytes of strings and elements.
     *
     * @throws TooLarge if the answer claims more than that; nothing of that size was allocated
     * @throws IOException if the stream ends or the message is malformed
     */
    static ParseOutcome readOutcome(DataInputStream in, long limit) throws IOException {
        return new Budget(in, limit).outcome(in.readByte());
    }

    /** The worker's next message: a {@link Page}, or the file's {@link ParseOutcome} within {@code limit} bytes. */
    static Object readMessage(DataInputStream in, long limit) throws IOException {
        byte kind = in.readByte();
        if (kind == PAGE) {
            return new Page(in.readInt(), in.readInt());
        }
        return new Budget(in, limit).outcome(kind);
    }

    /** The bytes left for one answer; every length and count is checked against it before use. */
    private static final class Budget {
        private final DataInputStream in;
        private final long limit;
        private long left;

        Budget(DataInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
            this.left = limit;
        }

        ParseOutcome outcome(byte kind) throws IOException {
            return switch (kind) {
                case PARSED -> new ParseOutcome.Parsed(document());
                case SKIPPED -> new ParseOutcome.Skipped(reason());
                case FAILED -> new ParseOutcome.Failed(reason());
                case CONTAINER -> {
                    int count = count(4 + 4 + 4 + 4);
                    List<ParseOutcome.Part> parts = new ArrayList<>(Math.min(count, 1024));
                    for (int i = 0; i < count; i++) {
                        parts.add(new ParseOutcome.Part(string(), document()));
                    }
                    int unreadCount = count(4 + 4 + 1);
                    List<ParseOutcome.Unread> unread = new ArrayList<>(Math.min(unreadCount, 1024));
                    for (int i = 0; i < unreadCount; i++) {
                        unread.add(new ParseOutcome.Unread(string(), reason(), in.readBoolean()));
                    }
                    yield new ParseOutcome.Container(parts, unread);
                }
                default -> throw new IOException("unexpected message from the parser process: " + kind);
            };
        }

        private ParsedDocument document() throws IOException {
            String title = string();
            String mediaType = string();
            String language = string();
            Reason truncation = reason();
            int scanned = count(4);
            List<Integer> scannedPages = new ArrayList<>(Math.min(scanned, 1024));
            for (int i = 0; i < scanned; i++) {
                scannedPages.add(in.readInt());
            }
            ScanPages scan = new ScanPages(in.readInt(), in.readInt(), in.readInt(), in.readInt(), string());
            int count = count(MIN_BLOCK_BYTES);
            List<TextBlock> blocks = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                String text = string();
                int page = in.readInt();
                boolean heading = in.readBoolean();
                boolean tableRow = in.readBoolean();
                int depth = count(4);
                List<String> headings = new ArrayList<>(Math.min(depth, 64));
                for (int j = 0; j < depth; j++) {
                    headings.add(string());
                }
                blocks.add(new TextBlock(text, page, headings, heading, tableRow));
            }
            return new ParsedDocument(
                    title, mediaType, Language.ofCode(language), blocks, truncation, scannedPages, scan);
        }

        /** A reason as {@link Reason#encode} wrote it ("" for none). */
        private Reason reason() throws IOException {
            String encoded = string();
            Reason reason = Reason.decode(encoded, null);
            if (!encoded.isEmpty() && reason.cause() == Cause.STORED_TEXT) {
                throw new IOException("unexpected reason from the parser process: " + encoded);
            }
            return reason;
        }

        /** A count of elements that each take at least {@code minBytes} on the wire. */
        private int count(int minBytes) throws IOException {
            int count = in.readInt();
            take(4);
            if (count < 0) {
                throw new IOException("unexpected count from the parser process: " + count);
            }
            if ((long) count * minBytes > left) {
                throw tooLarge();
            }
            return count;
        }

        private String string() throws IOException {
            int length = in.readInt();
            take(4);
            if (length < 0) {
                throw new IOException("unexpected string length from the parser process: " + length);
            }
            take(length);
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }

        private void take(long bytes) throws TooLarge {
            if (bytes > left) {
                throw tooLarge();
            }
            left -= bytes;
        }

        private TooLarge tooLarge() {
            return new TooLarge(limit >> 20);
        }
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads a request's path: at most {@link #MAX_PATH_BYTES}. */
    static String readPath(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_PATH_BYTES) {
            throw new IOException("unexpected path length: " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
