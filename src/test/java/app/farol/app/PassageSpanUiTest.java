package app.farol.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.index.IndexListener;
import app.farol.core.library.PassageContext;
import app.farol.core.library.PassageSection;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.settings.Settings;
import app.farol.core.util.CancelToken;
import app.farol.testing.SampleDocs;
import app.farol.ui.ask.AskBackend;
import app.farol.ui.ask.AskResult;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.UiTheme;
import app.farol.ui.sources.PassageLookup;
import app.farol.ui.sources.SourceRequest;
import app.farol.ui.sources.SourcesPanel;
import app.farol.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every citation of every sample question, English and Portuguese, opened in the real Sources
 * view as a click on its number opens it: the Passage tab marks exactly the cited characters
 * (not a band shifted by a few characters, not the whole passage), and stresses only the
 * question's content words (never "the", "de", "o"…).
 */
@Tag("ui")
@Tag("slow")
class PassageSpanUiTest {
    /** Words that carry no meaning in a question, in both languages: none may be stressed. */
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "a", "an", "of", "to", "in", "on", "is", "are", "do", "does", "i", "what", "which", "how", "when",
            "where", "who", "for", "and", "or", "my", "it", "o", "os", "as", "de", "da", "dos", "das", "que", "qual",
            "quais", "quanto", "quantos", "como", "quando", "onde", "em", "no", "na", "um", "uma", "e", "é", "para",
            "por", "se", "eu", "meu", "minha");

    private static final java.util.regex.Pattern PORTUGUESE =
            java.util.regex.Pattern.compile("^(Até|Quanto|Quantas|Qual|Posso|O |Dá|A |Para|Quando|De|Como)");

    @TempDir
    static Path home;

    static Workspace workspace;
    static AnswerServiceBackend answers;
    static BackgroundExecutor executor;

    @BeforeAll
    static void index_sample_docs() {
        Path docs = SampleDocs.copyTo(home.resolve("sample-docs"));
        workspace = Workspace.forWriting(home.resolve("index"));
        workspace.indexer().index(List.of(docs), IndexListener.NONE, new CancelToken());
        answers = new AnswerServiceBackend(workspace.retriever(), workspace.embedder(), () -> 15);
        executor = new BackgroundExecutor("test", 2); // passages and PDF pages, as in the app
    }

    @AfterAll
    static void close() {
        if (executor != null) {
            executor.shutdown();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void should_mark_exactly_the_cited_characters_of_every_citation_and_stress_only_content_words() throws Exception {
        Workspace ws = workspace;
        PassageLookup lookup = new PassageLookup() {
            @Override
            public PassageContext find(String path, int start, int end) {
                return PassageContext.around(ws.store(), path, start, end);
            }

            @Override
            public OcrSettings ocr() {
                return ws.ocr();
            }

            @Override
            public List<String> section(String path, int start) {
                return PassageSection.of(ws.store(), path, start);
            }
        };
        AtomicReference<SourcesPanel> panel = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            UiTheme.setup(Settings.Theme.LIGHT);
            SourcesPanel p = new SourcesPanel(executor);
            p.setLookup(lookup);
            p.setSize(700, 900);
            panel.set(p);
        });
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        int stressedWords = 0; // the stop-word check means nothing if nothing is stressed
        Set<String> languagesSeen = new LinkedHashSet<>();
        for (SampleDocs.Question q : SampleDocs.questions()) {
            AskResult r = answers.ask(List.of(), q.question(), new AskBackend.AskListener() {}, new CancelToken());
            List<AskResult.Source> cited = new ArrayList<>(r.sources());
            r.units().forEach(u -> cited.add(u.cited())); // a unit's number cites the unit only
            for (AskResult.Source s : cited) {
                SourceRequest request =
                        new SourceRequest(s.path(), s.page(), s.startOffset(), s.endOffset(), s.text(), q.question());
                SwingUtilities.invokeAndWait(() -> panel.get().show(request));
                String marked = awaitMarked(panel.get());
                checked++;
                if (!marked.equals(s.text())) {
                    wrong.add(String.format(
                            java.util.Locale.ROOT,
                            "%s [%d] %s%n  cited:  \"%s\"%n  marked: \"%s\"",
                            q.question(),
                            s.n(),
                            s.path().getFileName(),
                            s.text(),
                            marked));
                }
                List<String> stressed = onEdt(() -> panel.get().highlightedWords());
                stressedWords += stressed.size();
                for (String w : stressed) {
                    if (STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                        wrong.add(String.format(
                                java.util.Locale.ROOT, "%s: stop word stressed: \"%s\"", q.question(), w));
                    }
                }
                languagesSeen.add(PORTUGUESE.matcher(q.question()).find() ? "pt" : "en");
            }
        }
        assertThat(checked)
                .as("citations checked")
                .isGreaterThanOrEqualTo(SampleDocs.questions().size());
        assertThat(languagesSeen).containsExactlyInAnyOrder("en", "pt");
        assertThat(stressedWords).as("question words stressed").isGreaterThan(checked);
        assertThat(wrong).as("citations marked wrongly, of %d", checked).isEmpty();
    }

    /** The marked text once the passage has been looked up and shown (it is found in the background). */
    private static String awaitMarked(SourcesPanel p) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        String last = "";
        while (System.nanoTime() < end) {
            Thread.sleep(50);
            String now = onEdt(p::citedText);
            boolean idle = onEdt(() -> !p.loadingPassage());
            if (idle && !now.isEmpty()) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        return out.get();
    }
}
