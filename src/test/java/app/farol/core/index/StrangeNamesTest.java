package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.FileRecord;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.testing.SharedEmbedder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class StrangeNamesTest {
    @TempDir
    Path temp;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void should_index_each_real_file_once_or_report_it_and_give_citation_paths_that_open_the_file() throws Exception {
        assumeTrue(
                "UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "file names need a UTF-8 locale (LC_ALL=C.UTF-8)");
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Map<String, String> words = new HashMap<>(); // file name -> a word only it holds
        words.put("plain.txt", "quillwort");
        words.put(Normalizer.normalize("Café com leite.txt", Normalizer.Form.NFD), "samphire");
        words.put("🌊 tides and 🌙 moon.txt", "bladderwrack");
        words.put("ملاحظات שלום notes.txt", "sea-kale");
        for (var e : words.entrySet()) {
            Files.writeString(
                    docs.resolve(e.getKey()),
                    "Field notes: the " + e.getValue() + " grows on the dunes near the lighthouse.");
        }
        Files.createSymbolicLink(docs.resolve("loop"), docs); // a folder link back to itself
        Files.createSymbolicLink(docs.resolve("same-as-plain.txt"), docs.resolve("plain.txt")); // one file, two names
        Path secret = docs.resolve("secret.txt");
        Files.writeString(secret, "nobody may read this");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        // A name in Latin-1, not UTF-8: Java cannot even spell it, so the shell makes it.
        Process sh = new ProcessBuilder(
                        "sh", "-c", "printf 'Latin-1 name, text about dulse.' > \"$(printf 'caf\\351.txt')\"")
                .directory(docs.toFile())
                .start();
        assertThat(sh.waitFor()).isZero();
        Process ls = new ProcessBuilder("sh", "-c", "ls | wc -l")
                .directory(docs.toFile())
                .start();
        assertThat(new String(ls.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip())
                .isEqualTo("8");

        Path index = temp.resolve("index");
        String json = Unprivileged.indexJson(docs, index); // root reads everything; a user namespace does not
        Map<String, String> reported = new HashMap<>();
        new ObjectMapper()
                .readTree(json)
                .get("failures")
                .forEach(f ->
                        reported.put(f.get("path").asText(), f.get("reason").asText()));
        System.out.println(json);

        assertThat(reported).containsEntry(secret.toString(), "cannot read the file: permission denied");
        assertThat(reported).containsEntry(docs.resolve("loop").toString(), "symbolic link loop: not followed");
        assertThat(reported).anySatisfy((path, reason) -> {
            assertThat(path).startsWith(docs.resolve("caf").toString());
            assertThat(reason).contains("not valid text").contains("rename it");
        });
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            Map<String, FileRecord> files = store.files();
            assertThat(files.keySet())
                    .as("each real file once, the unreadable one reported")
                    .hasSize(words.size() + 1)
                    .contains(secret.toString())
                    .doesNotContain(docs.resolve("same-as-plain.txt").toString());
            HybridRetriever retriever = new HybridRetriever(store, SharedEmbedder.get());
            for (var e : words.entrySet()) {
                List<SearchHit> hits = retriever.search(SearchRequest.of(e.getValue(), 1));
                assertThat(hits).as(e.getKey()).isNotEmpty();
                Path cited = hits.getFirst().path();
                assertThat(cited.getFileName().toString()).isEqualTo(e.getKey());
                assertThat(Files.readString(cited))
                        .as("the citation's path opens the file")
                        .contains(e.getValue());
            }
        }
    }
}
