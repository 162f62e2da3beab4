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
    static final String ENCRYPTED = "encrypted: the archive needs a password";

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
            return new ParseOutcome.Failed("too large: archives nested more than " + Reading.MAX_NESTING
                    + " levels deep (a zip bomb?): unpack the outer ones to index it");
        }
        Parts parts = new Parts();
        try {
            if (mediaType.equals("application/zip")) {
                readZip(file, reading, depth, members, parts);
            } else {
                readSevenZ(file, reading, depth, members, parts);
            }
        } catch (PasswordRequiredException e) {
            return new ParseOutcome.Failed(ENCRYPTED);
        } catch (Reading.Refused e) {
            if (parts.isEmpty()) {
                return new ParseOutcome.Failed(e.getMessage());
            }
            parts.failed("", e.getMessage() + ": the rest of the archive was not read");
        } catch (IOException | RuntimeException e) {
            if (parts.isEmpty()) {
                return new ParseOutcome.Failed("corrupt or unreadable: the archive cannot be opened ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
            }
            parts.failed("", "corrupt or unreadable: the rest of the archive cannot be read");
        }
        return parts.outcome("archive");
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
                    parts.add(name, new ParseOutcome.Failed("encrypted: needs a password"));
                } else if (!zip.canReadEntryData(e)) {
                    parts.add(
                            name,
                            new ParseOutcome.Skipped(
                                    "unsupported format: packed with a compression method Farol cannot unpack ("
                                            + e.getMethod() + ")"));
                } else if (e.getSize() > ZipBombCheck.BOMB_ENTRY_BYTES
                        && e.getSize() / Math.max(1, e.getCompressedSize()) > ZipBombCheck.BOMB_RATIO) {
                    parts.add(name, new ParseOutcome.Failed(ZipBombCheck.BOMB_REASON));
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
                throw new Reading.Refused(ZipBombCheck.BOMB_REASON);
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
            throw new Reading.Refused(
                    "timed out: the archive took longer than the time limit; the files read until then are indexed");
        }
        Path unpacked;
        try {
            unpacked = reading.spool(in, name, packed);
        } catch (Reading.Refused e) {
            if (e.getMessage().equals(ZipBombCheck.BOMB_REASON)) {
                parts.add(name, new ParseOutcome.Failed(e.getMessage()));
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
