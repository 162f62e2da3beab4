package app.farol.ui;

import static app.farol.ui.UiTestSupport.await;
import static app.farol.ui.UiTestSupport.find;
import static app.farol.ui.UiTestSupport.onEdt;
import static app.farol.ui.UiTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.DesktopApp;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.library.LibraryService;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.reasons.ReasonSentences;
import app.farol.ui.common.Texts;
import app.farol.ui.common.UiTheme;
import app.farol.ui.common.WrappingLabel;
import java.awt.Color;
import java.awt.Container;
import java.awt.Dimension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.JTextPane;
import javax.swing.UIManager;
import javax.swing.text.AttributeSet;
import javax.swing.text.Element;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app on a small library with two files that cannot be indexed, in a real window:
 * highlighted text stays readable after live theme switches (WCAG contrast from the colours the
 * components have), the problem list sorts and names folders, and every view at the window's
 * minimum size, in English and in Portuguese (after Restart now), in both themes, has no
 * components over each other, no cut texts and no text of the other language. Screenshots of
 * each view go to target/screenshots/views/.
 */
@Tag("ui")
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopViewsUiTest {
    private static final Duration INDEXING = Duration.ofMinutes(3);
    private static final double AA = 4.5;

    @TempDir
    static Path home;

    static Path docs;
    static DesktopApp app;
    static LibraryService library;
    static Robot robot;
    static FrameFixture frame;
    static SettingsStore store;

    @BeforeAll
    static void start_the_app_on_a_small_library() throws Exception {
        docs = Files.createDirectories(home.resolve("library"));
        Files.writeString(
                docs.resolve("lighthouse.txt"),
                "The lighthouse keeper winds the clockwork of the lamp every evening at dusk. "
                        + "The lamp turns twice a minute and can be seen from twenty miles out at sea.");
        Files.writeString(
                docs.resolve("garden.md"),
                "# Garden\n\nWater the tomatoes every morning in summer; the basil needs less water.");
        Files.writeString(docs.resolve("damaged-scan.pdf"), "%PDF-1.7\nnot really a PDF, its body is missing\n");
        Path sub = Files.createDirectories(docs.resolve("reports"));
        Files.write(sub.resolve("broken-report.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        System.setProperty("farol.home", home.toString());
        System.setProperty("farol.data", home.resolve("data").toString());
        System.setProperty("farol.models", home.resolve("models").toString()); // no model
        store = new SettingsStore(home.resolve("config").resolve("settings.json"));
        store.save(Settings.defaults(docs).withLanguage("en").withTheme(Settings.Theme.LIGHT));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        startApp(DesktopApp.start(store));
    }

    private static void startApp(DesktopApp started) throws Exception {
        app = started;
        frame = new FrameFixture(robot, app.window());
        library = app.opened().get(2, TimeUnit.MINUTES);
        await(
                "indexing to finish",
                INDEXING,
                () -> !library.state().running() && library.state().lastReport() != null);
        robot.waitForIdle();
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
        Texts.use("en");
        onEdt(() -> {
            UiTheme.switchTo(Settings.Theme.LIGHT);
        });
    }

    @Test
    @Order(1)
    void should_keep_highlighted_passages_and_muted_texts_readable_across_live_theme_switches() {
        frame.toggleButton("nav.search").click();
        frame.textBox("search.query").enterText("lighthouse keeper clockwork");
        JList<?> results = find(app.window(), "search.results");
        await("a result", Duration.ofSeconds(30), () -> results.getModel().getSize() > 0);
        onEdt(() -> results.setSelectedIndex(0));
        JTextPane passage = find(app.window(), "sources.text");
        await(
                "the passage in context",
                Duration.ofSeconds(20),
                () -> passage.getText().contains("clockwork"));
        assertThat(onEdt(() -> find(app.window(), "sources").isShowing()))
                .as("Sources opens beside Search once it shows a passage")
                .isTrue();

        assertReadable(passage, "light");
        for (Settings.Theme theme : List.of(Settings.Theme.DARK, Settings.Theme.LIGHT, Settings.Theme.DARK)) {
            frame.toggleButton("nav.settings").click();
            frame.comboBox("settings.theme").selectItem(theme.ordinal());
            await(
                    "the " + theme + " theme",
                    Duration.ofSeconds(5),
                    () -> UiTheme.isDark() == (theme == Settings.Theme.DARK));
            frame.toggleButton("nav.search").click();
            robot.waitForIdle();
            assertReadable(passage, theme.name().toLowerCase(Locale.ROOT));
            screenshot(app.window(), "views/search-passage-" + theme.name().toLowerCase(Locale.ROOT));
        }
        frame.toggleButton("nav.settings").click();
        frame.comboBox("settings.theme").selectItem(Settings.Theme.LIGHT.ordinal());
        await("the light theme", Duration.ofSeconds(5), () -> !UiTheme.isDark());
    }

    /** Every highlighted run of the passage, and the muted texts beside it, reach WCAG AA (4.5:1). */
    private static void assertReadable(JTextPane pane, String theme) {
        List<String> runs = onEdt(() -> {
            List<String> out = new ArrayList<>();
            StyledDocument doc = pane.getStyledDocument();
            collect(doc.getDefaultRootElement(), pane, out);
            return out;
        });
        assertThat(runs).as("highlighted runs in the " + theme + " theme").isNotEmpty();
        assertThat(runs.stream().filter(r -> r.startsWith("LOW")).toList())
                .as("highlighted runs below 4.5:1 in the " + theme + " theme")
                .isEmpty();
        Color muted = UIManager.getColor("Farol.muted");
        JLabel where = find(app.window(), "sources.where");
        JLabel status = find(app.window(), "search.status");
        for (JLabel l : List.of(where, status)) {
            Color fg = onEdt(l::getForeground);
            Color bg = onEdt(() -> opaqueBackground(l));
            assertThat(ViewChecks.hex(fg))
                    .as(l.getName() + " keeps the muted colour in the " + theme + " theme")
                    .isEqualTo(ViewChecks.hex(muted));
            assertThat(ViewChecks.contrast(fg, bg))
                    .as(l.getName() + " " + ViewChecks.hex(fg) + " on " + ViewChecks.hex(bg))
                    .isGreaterThanOrEqualTo(AA);
        }
    }

    private static void collect(Element e, JTextPane pane, List<String> out) {
        if (!e.isLeaf()) {
            for (int i = 0; i < e.getElementCount(); i++) {
                collect(e.getElement(i), pane, out);
            }
            return;
        }
        AttributeSet a = e.getAttributes();
        if (!a.isDefined(StyleConstants.Background)) {
            return;
        }
        Color bg = StyleConstants.getBackground(a);
        Color fg = a.isDefined(StyleConstants.Foreground) ? StyleConstants.getForeground(a) : pane.getForeground();
        double ratio = ViewChecks.contrast(fg, bg);
        out.add((ratio >= AA ? "OK " : "LOW ") + ViewChecks.hex(fg) + " on " + ViewChecks.hex(bg) + " = "
                + String.format(Locale.ROOT, "%.2f", ratio));
    }

    private static Color opaqueBackground(java.awt.Component c) {
        for (java.awt.Component k = c; k != null; k = k.getParent()) {
            if (k.isOpaque() && k.getBackground() != null) {
                return k.getBackground();
            }
        }
        return UIManager.getColor("Panel.background");
    }

    @Test
    @Order(2)
    void should_list_problem_files_in_plain_words_by_folder_sortable_with_actions() {
        frame.toggleButton("nav.library").click();
        JTable problems = find(app.window(), "library.problems");
        await("both problem files", Duration.ofSeconds(20), () -> problems.getRowCount() == 2);
        assertThat(onEdt(() -> find(app.window(), "sources").isShowing()))
                .as("Sources folds away in the Library")
                .isFalse();
        assertThat(onEdt(() -> problems.getColumnName(1))).isEqualTo(Texts.get("library.col.folder"));
        List<String> folders = onEdt(
                () -> List.of(String.valueOf(problems.getValueAt(0, 1)), String.valueOf(problems.getValueAt(1, 1))));
        assertThat(folders)
                .containsExactlyInAnyOrder(
                        "library", Path.of("library", "reports").toString());
        for (int r = 0; r < 2; r++) {
            int row = r;
            String reason = onEdt(() -> String.valueOf(problems.getValueAt(row, 3)));
            assertThat(reason).as("a plain reason").doesNotContain("Exception", "application/", "/");
            assertThat(reason).isIn(reasonTexts());
        }

        // Sortable: a click on the File header orders by name, a second click reverses it.
        frame.table("library.problems").tableHeader().clickColumn(0);
        assertThat(onEdt(() -> problems.getValueAt(0, 0))).isEqualTo("broken-report.docx");
        UiTestSupport.sleep(800); // two quick clicks are a double click, which does not sort
        frame.table("library.problems").tableHeader().clickColumn(0);
        assertThat(onEdt(() -> problems.getValueAt(0, 0))).isEqualTo("damaged-scan.pdf");

        // Per file: Open, Show in folder, Try again; Try again says what happened.
        frame.button("library.retry").requireDisabled();
        frame.table("library.problems").selectRows(0);
        frame.button("library.open").requireEnabled();
        frame.button("library.reveal").requireEnabled();
        frame.button("library.retry").requireEnabled().click();
        WrappingLabel said = find(app.window(), "library.said");
        await(
                "the retry's result",
                Duration.ofMinutes(1),
                () -> said.getText()
                        .startsWith(Texts.format("library.retryFailed", "damaged-scan.pdf", "")
                                .substring(0, 10)));
        assertThat(onEdt(() -> said.getText())).contains("damaged-scan.pdf");

        // Re-index acts on the selected folder and says what it did.
        frame.button("library.reindex").requireDisabled();
        frame.table("library.folders").selectRows(0);
        frame.button("library.reindex").requireEnabled().click();
        await(
                "the re-index result",
                Duration.ofMinutes(1),
                () -> said.getText().equals(Texts.format("library.reindexed", "library", 0, 4, 0, 2)));

        // Remove names the folder and what is kept; Keep it leaves the library as it was. The
        // re-index's own refresh of the table may still be on its way: the click waits until the
        // folder is selected and Remove enabled, as a person sees them before clicking.
        robot.waitForIdle();
        frame.table("library.folders").selectRows(0);
        JTable folderTable = find(app.window(), "library.folders");
        JButton removeButton = find(app.window(), "library.remove");
        await(
                "the folder selected and Remove enabled",
                Duration.ofSeconds(10),
                () -> onEdt(() -> folderTable.getSelectedRow() == 0 && removeButton.isEnabled()));
        robot.waitForIdle();
        frame.button("library.remove").click();
        JOptionPaneFixture dialog =
                JOptionPaneFinder.findOptionPane().withTimeout(10_000).using(robot);
        assertThat(dialog.target().getMessage().toString()).contains("library", "4 files stay");
        dialog.buttonWithText(Texts.get("library.removeNo")).click();
        assertThat(library.folders()).hasSize(1);
    }

    private static List<String> reasonTexts() {
        List<String> all = new ArrayList<>();
        ReasonSentences sentences = ReasonSentences.in(Texts.locale());
        for (ReasonKind k : ReasonKind.values()) {
            all.add(sentences.kind(k));
        }
        return all;
    }

    static final String QUESTION = "When does the lighthouse keeper wind the clockwork of the lamp?";

    @Test
    @Order(3)
    void should_lay_out_every_view_at_the_minimum_size_in_english_in_both_themes() throws Exception {
        // A conversation is kept in the data folder, privately, and Copy takes the answer with its sources.
        frame.toggleButton("nav.ask").click();
        frame.textBox("ask.question").enterText(QUESTION + "\n");
        var ask = app.window().askPanel();
        await(
                "the answer",
                Duration.ofMinutes(2),
                () -> !ask.isAnswering() && ask.conversationText().contains("lighthouse.txt"));
        Path kept = home.resolve("data").resolve("conversations");
        await(
                "the conversation kept",
                Duration.ofSeconds(30),
                () -> ask.pastTitles().contains(QUESTION));
        List<Path> files;
        try (var list = Files.list(kept)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(Files.readString(files.getFirst())).contains(QUESTION, "lighthouse.txt");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(files.getFirst())))
                .isEqualTo("rw-------");
        frame.button("ask.copy.0").click();
        String copied = onEdt(() -> (String) java.awt.Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .getData(java.awt.datatransfer.DataFlavor.stringFlavor));
        assertThat(copied)
                .contains("[1] lighthouse", docs.resolve("lighthouse.txt").toString());
        // On this two-file library the answer may be "not found" with the closest passages: the
        // copy starts with the answer as shown, then its sources.
        String answerLine = copied.lines().findFirst().orElseThrow();
        assertThat(answerLine).isNotBlank();
        assertThat(onEdt(ask::conversationText)).contains(answerLine);
        assertThat(copied.indexOf(answerLine)).isLessThan(copied.indexOf("[1] lighthouse"));
        frame.button("ask.new").click();
        assertThat(onEdt(ask::conversationText)).doesNotContain("lighthouse.txt");
        onEdt(() -> {
            frame.comboBox("ask.past").target().setSelectedIndex(0);
        });
        await(
                "the kept conversation again",
                Duration.ofSeconds(10),
                () -> ask.conversationText().contains("lighthouse.txt"));
        checkViews("en");
    }

    @Test
    @Order(4)
    void should_restart_in_portuguese_and_lay_out_every_view_in_both_themes() throws Exception {
        frame.toggleButton("nav.settings").click();
        JButton restart = find(app.window(), "settings.restartLanguage");
        assertThat(onEdt(restart::isVisible)).as("Restart now before a change").isFalse();
        frame.comboBox("settings.language").selectItem(2); // Português
        frame.button("settings.restartLanguage").requireVisible().click();
        DesktopApp next = app.restarted().get(2, TimeUnit.MINUTES);
        startApp(next);
        frame.toggleButton("nav.ask").requireText("Perguntar");

        // The conversation came back with the restart: its answer and sources, and a follow-up works.
        var ask = app.window().askPanel();
        await(
                "the kept conversation listed",
                Duration.ofSeconds(30),
                () -> ask.pastTitles().contains(QUESTION));
        onEdt(() -> {
            frame.comboBox("ask.past").target().setSelectedIndex(0);
        });
        await(
                "the kept answer",
                Duration.ofSeconds(10),
                () -> ask.conversationText().contains("lighthouse.txt"));
        assertThat(onEdt(ask::conversationText)).contains(QUESTION, "lighthouse.txt");
        frame.textBox("ask.question").enterText("And when should the tomatoes be watered?\n");
        await(
                "the follow-up's answer",
                Duration.ofMinutes(2),
                () -> !ask.isAnswering() && ask.conversationText().contains("garden.md"));
        assertThat(onEdt(ask::conversationText))
                .contains(QUESTION, "lighthouse.txt", "tomatoes be watered", "garden.md");
        checkViews("pt");
    }

    @Test
    @Order(5)
    void should_delete_a_kept_conversation_from_disk() throws Exception {
        frame.toggleButton("nav.ask").click();
        var ask = app.window().askPanel();
        Path kept = home.resolve("data").resolve("conversations");
        try (var list = Files.list(kept)) {
            assertThat(list.toList()).hasSize(1); // the follow-up was added to the same conversation
        }
        onEdt(() -> {
            frame.comboBox("ask.past").target().setSelectedIndex(0);
        });
        frame.button("ask.delete").click();
        await("the list empty", Duration.ofSeconds(30), () -> ask.pastTitles().isEmpty());
        try (var list = Files.list(kept)) {
            assertThat(list.toList()).as("the conversation's file is gone").isEmpty();
        }
        assertThat(onEdt(ask::conversationText)).doesNotContain("lighthouse.txt");
    }

    /** Each view at the minimum size and at a common laptop size, in both themes. */
    private void checkViews(String language) {
        ResourceBundle en = bundle(Locale.ENGLISH);
        ResourceBundle pt = bundle(Locale.of("pt"));
        // Search with a passage open, so Sources is laid out beside it too.
        frame.toggleButton("nav.search").click();
        frame.textBox("search.query").deleteText().enterText("lighthouse keeper");
        JList<?> results = find(app.window(), "search.results");
        await("a result", Duration.ofSeconds(30), () -> results.getModel().getSize() > 0);
        onEdt(() -> results.setSelectedIndex(0));
        JTextPane passage = find(app.window(), "sources.text");
        await(
                "the passage",
                Duration.ofSeconds(20),
                () -> passage.isShowing() && passage.getText().contains("clockwork"));
        onEdt(() -> {
            app.window().setSize(new Dimension(300, 200));
        });
        robot.waitForIdle();
        assertThat(onEdt(() -> app.window().getSize()))
                .as("the window does not get smaller than its minimum")
                .isEqualTo(MainWindow.MINIMUM_SIZE);
        for (Settings.Theme theme : List.of(Settings.Theme.LIGHT, Settings.Theme.DARK)) {
            frame.toggleButton("nav.settings").click();
            frame.comboBox("settings.theme").selectItem(theme.ordinal());
            for (Dimension size : List.of(MainWindow.MINIMUM_SIZE, new Dimension(1280, 760))) {
                onEdt(() -> {
                    app.window().setSize(size);
                });
                for (String view : List.of("ask", "search", "library", "settings")) {
                    frame.toggleButton("nav." + view).click();
                    robot.waitForIdle();
                    String what = language + " " + theme + " " + view + " at " + size.width + "x" + size.height;
                    List<String> overlaps =
                            onEdt(() -> ViewChecks.overlaps(app.window().getContentPane()));
                    assertThat(overlaps)
                            .as("components over each other: " + what)
                            .isEmpty();
                    List<String> clipped =
                            onEdt(() -> ViewChecks.clipped(app.window().getContentPane()));
                    assertThat(clipped).as("cut texts: " + what).isEmpty();
                    if (language.equals("pt")) {
                        List<String> english =
                                onEdt(() -> ViewChecks.untranslated(app.window().getContentPane(), en, pt));
                        assertThat(english).as("untranslated texts: " + what).isEmpty();
                    }
                    screenshot(
                            app.window(),
                            "views/" + language + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + view + "-"
                                    + size.width + "x" + size.height);
                }
            }
        }
        frame.toggleButton("nav.settings").click();
        frame.comboBox("settings.theme").selectItem(Settings.Theme.LIGHT.ordinal());
        onEdt(() -> {
            app.window().setSize(MainWindow.MINIMUM_SIZE);
        });
        checkDialogs(language, en, pt);
    }

    /** The About box and the Remove dialog: no cut text, and in Portuguese no English. */
    private void checkDialogs(String language, ResourceBundle en, ResourceBundle pt) {
        frame.button("nav.about").click();
        org.assertj.swing.fixture.DialogFixture about = org.assertj.swing.finder.WindowFinder.findDialog("about.dialog")
                .withTimeout(5000)
                .using(robot);
        checkDialog(about.target(), language + " About box", language, en, pt);
        about.button("about.close").click();

        frame.toggleButton("nav.library").click();
        frame.table("library.folders").selectRows(0);
        frame.button("library.remove").click();
        JOptionPaneFixture remove =
                JOptionPaneFinder.findOptionPane().withTimeout(5000).using(robot);
        java.awt.Window dialog = onEdt(() -> javax.swing.SwingUtilities.getWindowAncestor(remove.target()));
        checkDialog(dialog, language + " Remove dialog", language, en, pt);
        remove.buttonWithText(Texts.get("library.removeNo")).click();
        assertThat(library.folders()).hasSize(1);
    }

    private static void checkDialog(
            java.awt.Window dialog, String what, String language, ResourceBundle en, ResourceBundle pt) {
        robot.waitForIdle();
        assertThat(onEdt(() -> ViewChecks.clipped(dialog)))
                .as("cut texts: " + what)
                .isEmpty();
        if (language.equals("pt")) {
            List<String> english = onEdt(() -> ViewChecks.untranslated(dialog, en, pt));
            assertThat(english).as("untranslated texts: " + what).isEmpty();
            String title = onEdt(() -> ((java.awt.Dialog) dialog).getTitle());
            assertThat(ViewChecks.untranslated(titled(title), en, pt))
                    .as("untranslated title: " + what)
                    .isEmpty();
        }
    }

    /** A label holding {@code text}, to check a window title like the texts inside it. */
    private static Container titled(String text) {
        javax.swing.JPanel p = new javax.swing.JPanel();
        p.add(new JLabel(text));
        return p;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "app.farol.ui.texts",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @SuppressWarnings("unused")
    private static JButton button(String name) {
        return find(app.window(), name);
    }
}
