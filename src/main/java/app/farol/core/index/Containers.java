package app.farol.core.index;

import app.farol.core.chunk.Chunk;
import app.farol.core.chunk.ChunkedDocument;
import app.farol.core.chunk.Chunker;
import app.farol.core.ingest.Cause;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.ScanPages;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a file that holds several documents (a mailbox, a message with attachments, an archive)
 * ready for the store as one file: every document is chunked on its own, and their passages are
 * numbered on, one after the other, so the file is still replaced, removed and cited as one
 * block of passages, each passage naming the document it is from. A member that is gone from a
 * changed archive is gone with the old block; nothing outside the file is touched.
 */
final class Containers {
    private static final String MAIL_TYPES = "message/rfc822 application/vnd.ms-outlook application/mbox";

    private Containers() {}

    /**
     * @param base the file's record with its path, size, time, hash and type
     * @return the file to embed, or null when no document in it has a passage
     */
    static Prepared prepare(ParseOutcome.Container container, Chunker chunker, FileRecord base) {
        List<Chunk> chunks = new ArrayList<>();
        List<Prepared.PartSpan> spans = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<ParseOutcome.Part> notes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        ParsedDocument first = null;
        ScanPages scans = ScanPages.NONE;
        for (ParseOutcome.Part part : container.parts()) {
            scans = scans.plus(part.document().scan());
            ChunkedDocument chunked = chunker.chunk(part.document());
            if (chunked.chunks().isEmpty()) {
                continue;
            }
            if (!part.document().truncation().isEmpty()) {
                notes.add(part);
            }
            first = first == null ? part.document() : first;
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int offset = text.length();
            String name = unique(part.name(), names);
            spans.add(new Prepared.PartSpan(
                    name,
                    part.document().title(),
                    typeOf(name, part.document(), base.type()),
                    part.document().language(),
                    chunks.size(),
                    Set.copyOf(part.document().scannedPages())));
            for (Chunk c : chunked.chunks()) {
                chunks.add(new Chunk(
                        chunks.size(),
                        c.text(),
                        c.embeddingText(),
                        c.page(),
                        c.headings(),
                        c.startOffset() + offset,
                        c.endOffset() + offset));
            }
            text.append(chunked.text());
        }
        if (chunks.isEmpty()) {
            return null;
        }
        Reason reason = reason(container.unread(), notes);
        String title = spans.size() == 1 ? spans.getFirst().title() : stem(base.path());
        FileRecord record = new FileRecord(
                base.path(),
                base.size(),
                base.modified(),
                base.hash(),
                FileStatus.INDEXED,
                reason,
                chunks.size(),
                title,
                base.type());
        return new Prepared.ToEmbed(
                record.withScan(scans), new ChunkedDocument(first, text.toString(), chunks), first.language(), spans);
    }

    /**
     * The file's note: the first document that failed, its reason inside (so the note's kind is
     * that reason's), with how many others were not read; else the first document's own note.
     */
    static Reason reason(List<ParseOutcome.Unread> unread, List<ParseOutcome.Part> notes) {
        // Scans that wait for OCR (or for Tesseract) come first: the record's kind then says the
        // file is to be read again, as files of their own are.
        List<ParseOutcome.Unread> waiting = new ArrayList<>();
        unread.stream()
                .filter(u -> !u.failed() && u.kind() == ReasonKind.SCANNED)
                .forEach(waiting::add);
        notes.stream()
                .filter(n -> n.document().truncationKind() == ReasonKind.SCANNED)
                .forEach(n -> waiting.add(
                        new ParseOutcome.Unread(n.name(), n.document().truncation(), false)));
        if (waiting.isEmpty()) {
            return otherReason(unread, notes);
        }
        ParseOutcome.Unread first = waiting.getFirst();
        long failed = unread.stream().filter(ParseOutcome.Unread::failed).count();
        return Reason.around(first.reason(), Cause.PART_SCANS, first.name(), waiting.size() - 1, failed);
    }

    private static Reason otherReason(List<ParseOutcome.Unread> unread, List<ParseOutcome.Part> notes) {
        List<ParseOutcome.Unread> failed =
                unread.stream().filter(ParseOutcome.Unread::failed).toList();
        if (failed.isEmpty()) {
            if (notes.isEmpty()) {
                return Reason.NONE;
            }
            ParseOutcome.Part first = notes.getFirst();
            return Reason.around(first.document().truncation(), Cause.PART_NOTE, first.name(), notes.size() - 1);
        }
        ParseOutcome.Unread f = failed.getFirst();
        if (f.name().isEmpty() && failed.size() == 1) {
            return f.reason(); // about the container itself ("the rest of the archive was not read")
        }
        return Reason.around(f.reason(), Cause.PART_UNREAD, f.name(), failed.size() - 1);
    }

    private static String unique(String name, Set<String> names) {
        String n = name;
        for (int i = 2; !names.add(n); i++) {
            n = name + " (" + i + ")";
        }
        return n;
    }

    /** A message keeps the mail file's type; an attachment or member has its own extension's. */
    private static String typeOf(String name, ParsedDocument document, String fileType) {
        if (MAIL_TYPES.contains(document.mediaType())) {
            return fileType;
        }
        String last = name.substring(name.lastIndexOf(ParseOutcome.SEPARATOR) + 1);
        last = last.substring(last.lastIndexOf('/') + 1).strip();
        String type;
        try {
            type = last.isEmpty() ? "other" : FileTypes.of(Path.of(last.replace('\\', '_')));
        } catch (java.nio.file.InvalidPathException e) {
            type = "other";
        }
        return type.matches("[a-z0-9]{1,5}") ? type : fileType;
    }

    private static String stem(String path) {
        String name = Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
