package app.farol.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.retrieval.Retriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.text.Language;
import app.farol.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * A new query shows its best hit first, not the list scrolled where the last one was. The
 * retriever here only hands back a fixed list of hits: what is tested is the list's scrolling.
 */
class SearchScrollTest {

    @Test
    void should_scroll_to_the_best_hit_when_the_query_changes() throws Exception {
        Retriever fixed = new Retriever() {
            @Override
            public List<SearchHit> search(SearchRequest request) {
                List<SearchHit> hits = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    hits.add(new SearchHit(
                            Path.of("/docs/n" + i + ".txt"),
                            "Note " + i,
                            0,
                            List.of(),
                            0,
                            10,
                            0,
                            Language.ENGLISH,
                            1.0 / (i + 1),
                            request.query() + " " + i,
                            request.query() + " " + i));
                }
                return hits;
            }

            @Override
            public List<SearchHit> neighbours(SearchHit hit, int before, int after) {
                return List.of(hit);
            }
        };
        AtomicReference<SearchPanel> panel = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            SearchPanel p = new SearchPanel(new BackgroundExecutor("test", 1));
            p.setRetriever(fixed);
            JFrame f = new JFrame();
            f.add(p);
            f.setSize(600, 400);
            f.setVisible(true);
            panel.set(p);
        });
        JTextField query = find(panel.get(), "search.query", JTextField.class);
        @SuppressWarnings("unchecked")
        JList<SearchHit> results = find(panel.get(), "search.results", JList.class);
        SwingUtilities.invokeAndWait(() -> query.setText("lighthouse"));
        awaitHits(results, "lighthouse 0");
        SwingUtilities.invokeAndWait(() -> results.ensureIndexIsVisible(29));
        assertThat(onEdtFirstVisible(results)).isGreaterThan(0);
        SwingUtilities.invokeAndWait(() -> query.setText("tides"));
        awaitHits(results, "tides 0");
        Thread.sleep(300); // let the list lay out
        assertThat(onEdtFirstVisible(results)).isEqualTo(0);
    }

    private static int onEdtFirstVisible(JList<?> list) throws Exception {
        int[] first = new int[1];
        SwingUtilities.invokeAndWait(() -> first[0] = list.getFirstVisibleIndex());
        return first[0];
    }

    private static void awaitHits(JList<SearchHit> list, String first) throws Exception {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            String[] got = new String[1];
            SwingUtilities.invokeAndWait(() -> got[0] = list.getModel().getSize() == 30
                    ? list.getModel().getElementAt(0).text()
                    : "");
            if (got[0].equals(first)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no results for " + first);
    }

    private static <T> T find(java.awt.Container c, String name, Class<T> type) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName()) && type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof java.awt.Container inner) {
                T found = find(inner, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
