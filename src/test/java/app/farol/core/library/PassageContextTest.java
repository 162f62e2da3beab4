package app.farol.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.index.FileRecord;
import app.farol.core.index.FileStatus;
import app.farol.core.index.LucenePassageStore;
import app.farol.core.index.StoredPassage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageContextTest {
    @TempDir
    Path temp;

    /** Five passages of 20 characters with 5 characters of overlap, as the chunker makes them. */
    private static List<StoredPassage> passages(String path, String text) {
        List<StoredPassage> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int start = i * 15;
            int end = Math.min(text.length(), start + 20);
            out.add(new StoredPassage(path, "T", "txt", "en", i, text.substring(start, end), 0, List.of(), start, end, unit()));
        }
        return out;
    }

    private static float[] unit() {
        float[] v = new float[384];
        v[0] = 1;
        return v;
    }

    @Test
    void should_show_the_cited_span_once_with_a_neighbour_on_each_side() {
        String text = "aaaaaaaaaaaaaaabbbbbbbbbbbbbbbcccccccccccccccdddddddddddddddeeeeeeeeeeeeeeeeeeee";
        String path = temp.resolve("doc.txt").toString();
        try (LucenePassageStore store = LucenePassageStore.openForWriting(temp.resolve("index"), "test")) {
            store.replaceFile(new FileRecord(path, 1, 1, "h", FileStatus.INDEXED, "", 5, "T", "txt"), passages(path, text));
            PassageContext c = PassageContext.around(store, path, 36, 55); // within passages 2 and 3 only
            assertThat(c.text()).isEqualTo(text.substring(15)); // passages 1 to 4, overlaps once
            assertThat(c.text().substring(c.highlightStart(), c.highlightEnd())).isEqualTo(text.substring(36, 55));
            assertThat(PassageContext.around(store, temp.resolve("gone.txt").toString(), 0, 5)).isNull();
        }
    }
}
