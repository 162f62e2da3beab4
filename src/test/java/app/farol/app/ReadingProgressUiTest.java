package app.farol.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.SampleDocs;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.ChatPrompt;
import app.farol.core.answer.llm.ForwardingChatEngine;
import app.farol.core.answer.llm.GenerationLimits;
import app.farol.core.answer.llm.GenerationResult;
import app.farol.core.answer.llm.TinyModels;
import app.farol.core.answer.llm.TokenSink;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.settings.Settings;
import app.farol.core.util.CancelToken;
import app.farol.ui.ask.AskPanel;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.UiTheme;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person sees the model read: the real Ask view with the tiny generated model through real
 * Jlama says "Reading N passages…" with a bar that rises to exactly the tokens the engine read,
 * the bar is gone once the words stream, and the answer's tooltip gives the speed. In English and
 * in Portuguese.
 */
@org.junit.jupiter.api.Tag("ui")
class ReadingProgressUiTest {
    private static MiniLmEmbedder embedder;
    private static BackgroundExecutor executor;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder();
        executor = new BackgroundExecutor("test", 1);
    }

    @AfterAll
    static void close() {
        executor.shutdown();
        Texts.use("en");
    }

    @ParameterizedTest
    @CsvSource({
        "en, What was the revenue in 2023?, 'Reading (one passage|\\d+ passages)…', tokens written at",
        "pt, Qual foi a receita em 2023?, 'Lendo (um trecho|\\d+ trechos)…', tokens escritos a"
    })
    void should_show_a_bar_that_rises_to_the_tokens_read_then_the_words_then_the_speed(
            String language, String question, String readingPattern, String speedWords) throws Exception {
        Texts.use(language);
        Counting engine = new Counting(TinyModels.engine());
        AnswerServiceBackend backend = new AnswerServiceBackend(new SampleDocs(), embedder, () -> 15);
        backend.setEngine(engine);
        AtomicReference<AskPanel> panel = new AtomicReference<>();
        AtomicReference<JFrame> frame = new AtomicReference<>();
        List<String> seen = new CopyOnWriteArrayList<>(); // bar values and what the view said, in order
        SwingUtilities.invokeAndWait(() -> {
            UiTheme.setup(Settings.Theme.LIGHT);
            AskPanel p = new AskPanel(executor);
            p.setBackend(backend);
            JFrame f = new JFrame();
            f.setContentPane(p);
            f.setSize(900, 700);
            f.setVisible(true);
            JProgressBar bar = find(p, "ask.readingBar");
            JLabel text = find(p, "ask.readingText");
            Component row = find(p, "ask.reading");
            bar.addChangeListener(e -> seen.add("bar " + bar.getValue() + "/" + bar.getMaximum()));
            row.addComponentListener(new ComponentAdapter() {
                @Override
                public void componentShown(ComponentEvent e) {
                    seen.add("shown " + text.getText());
                }

                @Override
                public void componentHidden(ComponentEvent e) {
                    seen.add("hidden; conversation: " + p.conversationText().strip());
                }
            });
            panel.set(p);
            frame.set(f);
        });
        try {
            SwingUtilities.invokeAndWait(() -> {
                ((javax.swing.JTextField) find(panel.get(), "ask.question")).setText(question);
                panel.get().askNow();
            });
            long end = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < end && onEdt(() -> panel.get().isAnswering())) {
                Thread.sleep(50);
            }
            assertThat(onEdt(() -> panel.get().isAnswering()))
                    .as("the answer ended")
                    .isFalse();
            Thread.sleep(300); // the last events land

            int total = engine.total.get();
            assertThat(total).as("tokens the engine read").isPositive();
            List<String> bars = seen.stream().filter(s -> s.startsWith("bar ")).toList();
            assertThat(bars).as("the bar moved: " + seen).isNotEmpty();
            assertThat(bars.getLast()).as("the bar's last value").isEqualTo("bar " + total + "/" + total);
            int[] values = bars.stream()
                    .mapToInt(s -> Integer.parseInt(s.substring(4, s.indexOf('/'))))
                    .toArray();
            for (int i = 1; i < values.length; i++) {
                assertThat(values[i]).as("the bar only rises: " + bars).isGreaterThanOrEqualTo(values[i - 1]);
            }
            int shownAt = -1;
            for (int i = 0; i < seen.size() && shownAt < 0; i++) {
                shownAt = seen.get(i).startsWith("shown ") ? i : -1;
            }
            assertThat(shownAt).as("the reading line shown: " + seen).isNotNegative();
            assertThat(seen.get(shownAt).substring("shown ".length())).matches(readingPattern);
            // Events of the row's own start-up (hidden before it was ever shown) are not this answer's.
            int hiddenAt = -1;
            for (int i = shownAt + 1; i < seen.size() && hiddenAt < 0; i++) {
                hiddenAt = seen.get(i).startsWith("hidden") ? i : -1;
            }
            assertThat(hiddenAt).as("hidden once words streamed: " + seen).isPositive();
            String hidden = seen.get(hiddenAt);
            assertThat(hiddenAt).as("after the bar was full: " + seen).isGreaterThan(seen.lastIndexOf(bars.getLast()));
            String streamedPart = hidden.substring(hidden.indexOf(": ") + 2);
            assertThat(streamedPart)
                    .as("the model's words on screen when the bar went")
                    .doesNotEndWith(Texts.get("ask.modelReading"));
            assertThat(onEdt(() -> find(panel.get(), "ask.reading").isVisible()))
                    .isFalse();
            JEditorPane answer = find(panel.get(), "ask.exchange.0");
            String tip = onEdt(() -> answer.getToolTipText());
            assertThat(tip).contains(speedWords).contains(" tokens/s");
        } finally {
            SwingUtilities.invokeAndWait(() -> frame.get().dispose());
            backend.setEngine(null);
        }
    }

    /** The real engine, counting the prompt tokens it reports read (the last report's total). */
    private static final class Counting extends ForwardingChatEngine {
        final AtomicInteger total = new AtomicInteger();

        Counting(ChatEngine engine) {
            super(engine);
        }

        @Override
        public GenerationResult generate(
                ChatPrompt prompt, GenerationLimits limits, TokenSink sink, CancelToken cancel) {
            return engine.generate(
                    prompt,
                    limits,
                    new TokenSink() {
                        @Override
                        public void onText(String text) {
                            sink.onText(text);
                        }

                        @Override
                        public void onPromptRead(int read, int all) {
                            total.set(read);
                            sink.onPromptRead(read, all);
                        }
                    },
                    cancel);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return (T) c;
            }
            if (c instanceof Container k) {
                T found = find(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
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
