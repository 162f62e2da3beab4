package app.farol.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a .zip or .7z member by member: each member is unpacked (within the {@link Reading}'s
 * bounds) and parsed as a file of its own, so a member that is itself an archive is opened in
 * turn, up to {@link Reading#MAX_NESTING} levels, with the same zip-bomb checks at every level.
 * Encrypted members are reported as such.
 */
final class ArchiveReader {

    /** Parses one unpacked member as a file. */
    interface Members {
        ParseOutcome parse(Path file, String name, int depth);
    }

    private ArchiveReader() {}

    static boolean isArchive(String mediaType) {
        return mediaType.equals("application/zip") || mediaType.equals("application/x-7z-compressed");
    }

    static ParseOutcome read(Path file, String mediaType, Reading reading, int depth, Members members) {
        if (depth >= Reading.MAX_NESTING) {
            return new ParseOutcome.Failed(Reason.of(Cause.NESTED_ARCHIVES, Reading.MAX_NESTING));
        }
        Parts parts = new Parts();
        try {
            if (mediaType.equals("application/zip")) {
                readZip(file, reading, depth, members, parts);
            } else {
                readSevenZ(file, reading, depth, members, parts);
            }
        } catch (PasswordRequiredException e) {
            return new ParseOutcome.Failed(Reason.of(Cause.ARCHIVE_PASSWORD));
        } catch (Reading.Refused e) {
            if (parts.isEmpty()) {
                return new ParseOutcome.Failed(e.reason());
            }
            parts.failed("", Reason.around(e.reason(), Cause.REST_UNREAD));
        } catch (IOException | RuntimeException e) {
            if (parts.isEmpty()) {
                return new ParseOutcome.Failed(Reason.of(
                        Cause.ARCHIVE_UNOPENABLE,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
            parts.failed("", Reason.of(Cause.ARCHIVE_REST_UNREADABLE));
        }
        return parts.outcome(Cause.Container.ARCHIVE);
    }

    private static void readZip(Path file, Reading reading, int depth, Members members, Parts parts)
            throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            List<ZipArchiveEntry> entries = new ArrayList<>();
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (!e.isDirectory()) {
                    entries.add(e);
                }
            }
            reading.entries(entries.size());
            for (ZipArchiveEntry e : entries) {
                String name = e.getName();
                if (e.getGeneralPurposeBit().usesEncryption()) {
                    parts.add(name, new ParseOutcome.Failed(Reason.of(Cause.PASSWORD)));
                } else if (!zip.canReadEntryData(e)) {
                    parts.add(name, new ParseOutcome.Skipped(Reason.of(Cause.COMPRESSION_METHOD, e.getMethod())));
                } else if (e.getSize() > ZipBombCheck.BOMB_ENTRY_BYTES
                        && e.getSize() / Math.max(1, e.getCompressedSize()) > ZipBombCheck.BOMB_RATIO) {
                    parts.add(name, new ParseOutcome.Failed(Reason.of(Cause.ZIP_BOMB)));
                } else {
                    member(zip.getInputStream(e), name, e.getCompressedSize(), reading, depth, members, parts);
                }
            }
        }
    }

    private static void readSevenZ(Path file, Reading reading, int depth, Members members, Parts parts)
            throws IOException {
        try (SevenZFile z = SevenZFile.builder().setPath(file).get()) {
            int count = 0;
            long declared = 0;
            for (SevenZArchiveEntry e : z.getEntries()) {
                if (!e.isDirectory() && e.hasStream()) {
                    count++;
                    declared += e.getSize();
                }
            }
            reading.entries(count);
            if (declared > ZipBombCheck.BOMB_ENTRY_BYTES
                    && declared / Math.max(1, Files.size(file)) > ZipBombCheck.BOMB_RATIO) {
                throw new Reading.Refused(Reason.of(Cause.ZIP_BOMB));
            }
            long packed = Files.size(file); // 7z packs members together: the whole file bounds each one's ratio
            for (SevenZArchiveEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.isDirectory() || !e.hasStream()) {
                    continue;
                }
                member(new SevenZStream(z), e.getName(), packed, reading, depth, members, parts);
            }
        }
    }

    private static void member(
            InputStream in, String name, long packed, Reading reading, int depth, Members members, Parts parts)
            throws IOException {
        if (reading.timeUp()) {
            throw new Reading.Refused(Reason.of(Cause.ARCHIVE_TIMED_OUT));
        }
        Path unpacked;
        try {
            unpacked = reading.spool(in, name, packed);
        } catch (Reading.Refused e) {
            if (e.reason().cause() == Cause.ZIP_BOMB) {
                parts.add(name, new ParseOutcome.Failed(e.reason()));
                return;
            }
            throw e;
        }
        try {
            parts.add(name, members.parse(unpacked, name, depth + 1));
        } finally {
            Files.deleteIfExists(unpacked);
        }
    }

    /** The current entry of a 7z file as a stream. */
    private static final class SevenZStream extends InputStream {
        private final SevenZFile z;

        SevenZStream(SevenZFile z) {
            this.z = z;
        }

        @Override
        public int read() throws IOException {
            return z.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return z.read(b, off, len);
        }
    }
}
