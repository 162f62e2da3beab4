package app.farol.bench;

import app.farol.core.ingest.FileHasher;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.reasons.ReasonSentences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Checks an index left behind by a crash: it opens, Lucene's {@link CheckIndex} finds it clean,
 * and each file's passages are complete and come from one version of the file.
 *
 * @param exists whether any commit was ever made (a crash before the first one leaves none)
 * @param clean whether CheckIndex found no problem
 * @param problems what is wrong, one line each; empty when all is well
 * @param current files whose record matches the file on disk (size and time): a resumed run must not read them again
 */
record IndexCheck(boolean exists, boolean clean, List<String> problems, Set<Path> current) {

    static IndexCheck of(Path index, VersionedLibrary library) throws IOException {
        try (Directory dir = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(dir)) {
                return new IndexCheck(false, true, List.of(), Set.of());
            }
            try (CheckIndex checker = new CheckIndex(dir)) {
                CheckIndex.Status status = checker.checkIndex();
                if (!status.clean) {
                    return new IndexCheck(true, false, List.of("CheckIndex found the index damaged"), Set.of());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Set<Path> current = new HashSet<>();
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            for (FileRecord r : store.files().values()) {
                Path file = Path.of(r.path());
                if (r.status() == FileStatus.INDEXED) {
                    checkPassages(r, store.passagesOf(r.path()), library, problems);
                }
                if (Files.exists(file)
                        && Files.size(file) == r.size()
                        && Files.getLastModifiedTime(file).toMillis() == r.modified()) {
                    current.add(file);
                }
            }
        }
        return new IndexCheck(true, true, problems, current);
    }

    /** The file's record next to the file on disk, to explain why a file is not current. */
    static String describe(Path index, Path file) throws IOException {
        String disk = Files.exists(file)
                ? "on disk " + Files.size(file) + " bytes, "
                        + Files.getLastModifiedTime(file).toMillis() + " ms"
                : "not on disk";
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            FileRecord r = store.files().get(file.toString());
            return disk + "; "
                    + (r == null
                            ? "no record"
                            : "record " + r.status() + " " + r.size() + " bytes, " + r.modified() + " ms, reason '"
                                    + ReasonSentences.in(Locale.ENGLISH).detail(r.reason()) + "', " + r.chunks()
                                    + " chunks");
        }
    }

    private static void checkPassages(
            FileRecord r, List<StoredPassage> passages, VersionedLibrary library, List<String> problems)
            throws IOException {
        Path file = Path.of(r.path());
        if (passages.size() != r.chunks()) {
            problems.add(r.path() + ": " + passages.size() + " passages, its record says " + r.chunks());
        }
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).ordinal() != i) {
                problems.add(r.path() + ": passage " + i + " has ordinal "
                        + passages.get(i).ordinal());
                break;
            }
        }
        if (!library.isVersioned(file)) {
            if (Files.exists(file) && !FileHasher.sha256(file).equals(r.hash())) {
                problems.add(r.path() + ": the record's hash is not the file's");
            }
            return;
        }
        Set<Integer> versions = new HashSet<>();
        passages.forEach(p -> versions.addAll(VersionedLibrary.versionsIn(p.text())));
        if (versions.size() != 1) {
            problems.add(r.path() + ": passages from versions " + versions);
        } else if (!r.hash().equals(library.hashOf(file, versions.iterator().next()))) {
            problems.add(r.path() + ": the record's hash is not that of version "
                    + versions.iterator().next());
        }
    }
}
