package app.farol.core.ingest.isolated;

import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.TextBlock;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format between {@link IsolatedDocumentParser} and {@link ParseWorkerMain}: a request
 * is one path and whether to read scans now; an answer is one {@link ParseOutcome} (a container with all its
 * parts), after a {@link Page} message for each scanned page read, each answered by go or stop. Strings are length-prefixed UTF-8, so
 * paragraphs of any length pass. Not thread-safe: one conversation per stream pair.
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

    /** The worker's next message: a {@link Page} or the file's {@link ParseOutcome}. */
    static Object readMessage(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        if (kind == PAGE) {
            return new Page(in.readInt(), in.readInt());
        }
        return readOutcome(in, kind);
    }

    private OutcomeCodec() {}

    static void writeOutcome(DataOutputStream out, ParseOutcome outcome) throws IOException {
        switch (outcome) {
            case ParseOutcome.Parsed p -> {
                out.writeByte(PARSED);
                writeDocument(out, p.document());
            }
            case ParseOutcome.Skipped s -> {
                out.writeByte(SKIPPED);
                writeString(out, s.kind().name());
                writeString(out, s.reason());
            }
            case ParseOutcome.Failed f -> {
                out.writeByte(FAILED);
                writeString(out, f.kind().name());
                writeString(out, f.reason());
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
                    writeString(out, u.reason());
                    out.writeBoolean(u.failed());
                }
            }
        }
        out.flush();
    }

    private static void writeDocument(DataOutputStream out, ParsedDocument d) throws IOException {
        writeString(out, d.title());
        writeString(out, d.mediaType());
        writeString(out, d.language());
        writeString(out, d.truncation());
        writeString(out, d.truncationKind().name());
        out.writeInt(d.scannedPages().size());
        for (int page : d.scannedPages()) {
            out.writeInt(page);
        }
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

    static ParseOutcome readOutcome(DataInputStream in) throws IOException {
        return readOutcome(in, in.readByte());
    }

    private static ParseOutcome readOutcome(DataInputStream in, byte kind) throws IOException {
        return switch (kind) {
            case PARSED -> new ParseOutcome.Parsed(readDocument(in));
            case SKIPPED -> new ParseOutcome.Skipped(ReasonKind.valueOf(readString(in)), readString(in));
            case FAILED -> new ParseOutcome.Failed(ReasonKind.valueOf(readString(in)), readString(in));
            case CONTAINER -> {
                int count = readCount(in);
                List<ParseOutcome.Part> parts = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    parts.add(new ParseOutcome.Part(readString(in), readDocument(in)));
                }
                int unreadCount = readCount(in);
                List<ParseOutcome.Unread> unread = new ArrayList<>(unreadCount);
                for (int i = 0; i < unreadCount; i++) {
                    unread.add(new ParseOutcome.Unread(readString(in), readString(in), in.readBoolean()));
                }
                yield new ParseOutcome.Container(parts, unread);
            }
            default -> throw new IOException("unexpected message from the parser process: " + kind);
        };
    }

    private static ParsedDocument readDocument(DataInputStream in) throws IOException {
        String title = readString(in);
        String mediaType = readString(in);
        String language = readString(in);
        String truncation = readString(in);
        ReasonKind truncationKind = ReasonKind.valueOf(readString(in));
        int scanned = readCount(in);
        List<Integer> scannedPages = new ArrayList<>(scanned);
        for (int i = 0; i < scanned; i++) {
            scannedPages.add(in.readInt());
        }
        int count = readCount(in);
        List<TextBlock> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = readString(in);
            int page = in.readInt();
            boolean heading = in.readBoolean();
            boolean tableRow = in.readBoolean();
            int depth = readCount(in);
            List<String> headings = new ArrayList<>(depth);
            for (int j = 0; j < depth; j++) {
                headings.add(readString(in));
            }
            blocks.add(new TextBlock(text, page, headings, heading, tableRow));
        }
        return new ParsedDocument(title, mediaType, language, blocks, truncation, truncationKind, scannedPages);
    }

    private static int readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > (1 << 26)) {
            throw new IOException("unexpected count from the parser process: " + count);
        }
        return count;
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (1 << 30)) {
            throw new IOException("unexpected string length from the parser process: " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
