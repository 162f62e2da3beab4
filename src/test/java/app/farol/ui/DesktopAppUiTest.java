package app.farol.ui;

import static app.farol.ui.UiTestSupport.await;
import static app.farol.ui.UiTestSupport.find;
import static app.farol.ui.UiTestSupport.onEdt;
import static app.farol.ui.UiTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.DesktopApp;
import app.farol.core.library.LibraryService;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.testing.SampleDocs;
import app.farol.ui.common.EdtWatchdog;
import app.farol.ui.common.Texts;
import app.farol.ui.common.UiTheme;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.JTextPane;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real app on a copy of sample-docs (as a first run), waits for indexing, and uses it
 * as a person would: asks, follows a citation, searches as they type, reads the library's
 * problems, switches the theme and restarts. The event thread must never stall over 200 ms while
 * indexing or answering. Screenshots go to target/screenshots/.
 */
@Tag("ui")
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopAppUiTest {
    private static final Duration INDEXING = Duration.ofMinutes(4);
    private static final long STALL_MILLIS = 200;

    @TempDir
    static Path home;

    static DesktopApp app;
    static LibraryService library;
    static Robot robot;
    static FrameFixture frame;
    static EdtWatchdog watchdog;
    static SettingsStore store;

    @BeforeAll
    static void start_the_app_on_a_copy_of_sample_docs() throws Exception {
        Path docs = SampleDocs.copyTo(home.resolve("sample-docs"));
        Files.writeString(
                docs.resolve("damaged-scan.pdf"), "%PDF-1.7\nthis is not really a PDF, its body is missing\n");
        System.setProperty("farol.home", home.toString());
        System.setProperty(
                "farol.data", home.resolve("data").toString()); // the default index goes here, not to ~/.local/share
        System.setProperty("farol.models", home.resolve("models").toString()); // no model: extractive answers
        store = new SettingsStore(home.resolve("config").resolve("settings.json"));
        watchdog = EdtWatchdog.install(STALL_MILLIS);
        app = DesktopApp.start(store);
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        frame = new FrameFixture(robot, app.window());
        library = app.opened().get(2, TimeUnit.MINUTES);
        robot.waitForIdle();
        watchdog.reset(); // start-up (loading the look and feel, first paint) is not what is watched
    }

    @AfterAll
    static void close() throws Exception {
        if (app != null && app.window().isDisplayable()) {
            app.close();
            app.closed().get(2, TimeUnit.MINUTES);
        }
        if (robot != null) {
            robot.cleanUpWithoutDisposingWindows();
        }
        System.clearProperty("farol.home");
        System.clearProperty("farol.data");
        System.clearProperty("farol.models");
    }

    @Test
    @Order(1)
    void should_index_the_library_and_list_a_failing_file_with_its_reason() {
        screenshot(app.window(), "ask-first-run");
        await(
                "indexing to finish",
                INDEXING,
                () -> !library.state().running() && library.state().lastReport() != null);
        assertThat(watchdog.stalls()).as("event-thread stalls while indexing").isEmpty();

        ctrl(KeyEvent.VK_L);
        frame.panel("library").requireVisible();
        JTable problems = find(app.window(), "library.problems");
        await(
                "the damaged file in the problems list",
                Duration.ofSeconds(20),
                () -> rowOf(problems, "damaged-scan.pdf") >= 0);
        int row = onEdt(() -> rowOf(problems, "damaged-scan.pdf"));
        String reason = onEdt(() -> String.valueOf(problems.getValueAt(row, 3)));
        assertThat(reason).isNotBlank().doesNotContain("Exception");
        assertThat(onEdt(() -> problems.getColumnName(1))).isEqualTo(Texts.get("library.col.folder"));
        assertThat(onEdt(() -> String.valueOf(problems.getValueAt(row, 1)))).isEqualTo("sample-docs");
        JTable folders = find(app.window(), "library.folders");
        assertThat(onEdt(() -> (Integer) folders.getValueAt(0, 2))).isGreaterThanOrEqualTo(15);
        screenshot(app.window(), "library");
    }

    @Test
    @Order(2)
    void should_answer_with_the_expected_file_as_a_source_and_show_the_cited_page() {
        SampleDocs.Question q = SampleDocs.questions().getFirst(); // a PDF question: the page is checked too
        frame.toggleButton("nav.ask").click();
        watchdog.reset();
        frame.textBox("ask.question").enterText(q.question()).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("the exchange to appear", Duration.ofSeconds(10), () -> find(app.window(), "ask.exchange.0") != null);
        JEditorPane conversation = find(app.window(), "ask.exchange.0");
        await(
                "the answer's sources",
                Duration.ofMinutes(1),
                () -> text(conversation).contains("[1] "));
        assertThat(watchdog.stalls()).as("event-thread stalls while answering").isEmpty();
        String shown = onEdt(() -> text(conversation)); // read where the page is written: a re-render empties it first
        assertThat(shown).contains(q.file());

        // The first source line of the expected file, e.g. "[1] farol-user-guide.pdf, p. 4": the
        // citation names the page its passage starts on, which may be before the phrase's page.
        String page = clickCitationTo(conversation, q.file());
        assertThat(page).as("a PDF citation names its page").matches("p\\. \\d+");
        JLabel title = find(app.window(), "sources.title");
        JLabel where = find(app.window(), "sources.where");
        await(
                "the viewer to show " + q.file(),
                Duration.ofSeconds(10),
                () -> title.getText().equals(q.file()));
        JLabel pageImage = find(app.window(), "sources.page");
        await("the PDF page to be rendered", Duration.ofSeconds(30), () -> pageImage.getIcon() != null);
        // The viewer turns to the page where the cited words are: the page of questions.tsv.
        assertThat(onEdt(where::getText)).startsWith(q.location());
        JLabel note = find(app.window(), "sources.pageNote");
        assertThat(onEdt(note::getText)).contains(q.location().replace("p. ", ""));
        JTextPane passage = find(app.window(), "sources.text");
        // The first source may be the key table's row ("Shortcut: Esc | What it does: Stop the
        // answer ..."), which names the key without the phrase "Press Esc": the key must be there.
        await(
                "the passage in context",
                Duration.ofSeconds(10),
                () -> passage.getText().contains("Esc"));
        screenshot(app.window(), "ask");

        frame.textBox("ask.question")
                .enterText("Who won the football World Cup in 1930?")
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("the second exchange", Duration.ofSeconds(10), () -> find(app.window(), "ask.exchange.1") != null);
        JEditorPane second = find(app.window(), "ask.exchange.1");
        await(
                "a clear not-found notice",
                Duration.ofMinutes(1),
                () -> text(second).contains(Texts.get("ask.notFound")));

        // A question of a kind: the words that answer it are bold, the rest of the answer is not.
        frame.textBox("ask.question")
                .enterText("When is the choir's spring concert?")
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("the third exchange", Duration.ofSeconds(10), () -> find(app.window(), "ask.exchange.2") != null);
        JEditorPane third = find(app.window(), "ask.exchange.2");
        await("the concert's date", Duration.ofMinutes(1), () -> text(third).contains("25 May 2024"));
        int at = onEdt(() -> text(third).indexOf("25 May 2024"));
        assertThat(onEdt(() -> bold(third, at))).as("the date is bold").isTrue();
        assertThat(onEdt(() -> bold(third, at + "25 May 2024".length() - 1)))
                .as("the date's last digit is bold")
                .isTrue();
        assertThat(onEdt(() -> bold(third, at - 2)))
                .as("the word before the date is not bold")
                .isFalse();
    }

    /** Whether the character at a position of the pane's text is inside a {@code <b>} element. */
    private static boolean bold(JEditorPane pane, int offset) {
        javax.swing.text.AttributeSet a = ((javax.swing.text.html.HTMLDocument) pane.getDocument())
                .getCharacterElement(offset)
                .getAttributes();
        return a.isDefined(javax.swing.text.html.HTML.Tag.B);
    }

    @Test
    @Order(3)
    void should_search_as_you_type_and_pick_up_a_file_added_while_running() throws Exception {
        ctrl(KeyEvent.VK_F);
        frame.textBox("search.query").requireFocused();
        watchdog.reset();
        robot.enterText("descale the espresso");
        JList<?> results = find(app.window(), "search.results");
        await(
                "coffee-machine-manual.pdf among the results",
                Duration.ofSeconds(20),
                () -> resultsText(results).contains("coffee-machine-manual.pdf"));
        onEdt(() -> results.setSelectedIndex(0));
        JLabel title = find(app.window(), "sources.title");
        await(
                "the viewer to show the hit",
                Duration.ofSeconds(10),
                () -> title.getText().equals("coffee-machine-manual.pdf"));
        assertThat(watchdog.stalls())
                .as("event-thread stalls while searching as you type")
                .isEmpty();
        JLabel pageImage = find(app.window(), "sources.page");
        await("the hit's page to be rendered", Duration.ofSeconds(30), () -> pageImage.getIcon() != null);
        screenshot(app.window(), "search");

        Files.writeString(
                home.resolve("sample-docs").resolve("lighthouse-keeper.txt"),
                "The lighthouse keeper winds the clockwork every quorumtide evening.");
        frame.textBox("search.query").deleteText().enterText("quorumtide");
        javax.swing.JTextField query = find(app.window(), "search.query");
        long[] lastSearch = {System.nanoTime()};
        await("the new file to be found", Duration.ofMinutes(1), () -> {
            if (!resultsText(results).contains("lighthouse-keeper.txt")) {
                // Search again now and then: the watcher indexes the file in the background. Not at
                // every poll: on a busy machine a search can take longer than a poll, and each new
                // search drops the one before, so none would ever show.
                if (System.nanoTime() - lastSearch[0] > 2_000_000_000L) {
                    lastSearch[0] = System.nanoTime();
                    query.postActionEvent();
                }
                return false;
            }
            return true;
        });

        // Noise is not a result: the relevance floor leaves nothing, and the view says so.
        frame.textBox("search.query").deleteText().enterText("zzqqx");
        JLabel status = find(app.window(), "search.status");
        await(
                "'nothing found' for zzqqx",
                Duration.ofSeconds(20),
                () -> onEdt(() ->
                        results.getModel().getSize() == 0 && status.getText().equals(Texts.get("search.none"))));
        screenshot(app.window(), "search-nothing-found");
    }

    @Test
    @Order(4)
    void should_keep_theme_language_and_window_after_a_restart() throws Exception {
        frame.toggleButton("nav.settings").click();
        frame.comboBox("settings.theme").selectItem(Settings.Theme.DARK.ordinal());
        await("the dark theme", Duration.ofSeconds(5), UiTheme::isDark);
        frame.comboBox("settings.language").selectItem(2); // Português, from the next start
        screenshot(app.window(), "settings-dark");
        Rectangle before = onEdt(() -> app.window().getBounds());

        app.close();
        app.closed().get(2, TimeUnit.MINUTES);
        assertThat(store.load()).get().extracting(Settings::theme).isEqualTo(Settings.Theme.DARK);
        assertThat(store.load()).get().extracting(Settings::language).isEqualTo("pt");

        UiTheme.switchTo(Settings.Theme.LIGHT); // so that only the saved settings can make it dark again
        app = DesktopApp.start(store);
        library = app.opened().get(2, TimeUnit.MINUTES);
        frame = new FrameFixture(robot, app.window());
        assertThat(onEdt(UiTheme::isDark)).isTrue();
        assertThat(onEdt(() -> app.window().getBounds())).isEqualTo(before);
        frame.toggleButton("nav.ask").requireText("Perguntar");
        await(
                "the restart's rescan",
                INDEXING,
                () -> !library.state().running() && library.state().lastReport() != null);
        frame.textBox("ask.question")
                .enterText("Quanto polvilho vai na receita de pão de queijo?")
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("the exchange to appear", Duration.ofSeconds(10), () -> find(app.window(), "ask.exchange.0") != null);
        JEditorPane conversation = find(app.window(), "ask.exchange.0");
        await("the answer", Duration.ofMinutes(1), () -> text(conversation).contains("receitas-de-familia.odt"));
        screenshot(app.window(), "ask-dark");
    }

    /** Presses Ctrl+key as a person would (the robot's modifier masks are not reliable under Xvfb). */
    private static void ctrl(int key) {
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(key);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }

    /** Clicks the first source line of {@code file}; returns the page it names ("p. 4"), or "". */
    private String clickCitationTo(JEditorPane pane, String file) {
        String[] page = {""};
        Point p = onEdt(() -> {
            String t = pane.getDocument().getText(0, pane.getDocument().getLength());
            int at = t.indexOf("] " + file);
            int lineEnd = t.indexOf('\n', Math.max(at, 0));
            String line = at < 0 ? "" : t.substring(at + 2 + file.length(), lineEnd < 0 ? t.length() : lineEnd);
            page[0] = line.startsWith(", ") ? line.substring(2).strip() : "";
            assertThat(at).as("a source line for " + file + " in:\n" + t).isGreaterThan(0);
            Rectangle r = pane.modelToView2D(at + 3).getBounds();
            pane.scrollRectToVisible(r);
            return new Point(r.x + 2, r.y + r.height / 2);
        });
        robot.waitForIdle();
        robot.click(pane, p);
        return page[0];
    }

    private static String text(JEditorPane pane) {
        try {
            return pane.getDocument().getText(0, pane.getDocument().getLength());
        } catch (javax.swing.text.BadLocationException e) {
            return "";
        }
    }

    private static String resultsText(JList<?> list) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < list.getModel().getSize(); i++) {
            b.append(((app.farol.core.retrieval.SearchHit) list.getModel().getElementAt(i)).fileName())
                    .append('\n');
        }
        return b.toString();
    }

    private static int rowOf(JTable table, String file) {
        for (int r = 0; r < table.getRowCount(); r++) {
            if (file.equals(table.getValueAt(r, 0))) {
                return r;
            }
        }
        return -1;
    }
}
