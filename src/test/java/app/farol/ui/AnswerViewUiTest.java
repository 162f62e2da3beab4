package app.farol.ui;

import static app.farol.ui.UiTestSupport.await;
import static app.farol.ui.UiTestSupport.find;
import static app.farol.ui.UiTestSupport.onEdt;
import static app.farol.ui.UiTestSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import app.farol.app.DesktopApp;
import app.farol.core.library.LibraryService;
import app.farol.core.settings.SettingsStore;
import app.farol.testing.SampleDocs;
import app.farol.ui.common.Texts;
import app.farol.ui.sources.SourcesPanel;
import java.awt.Color;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTextField;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLDocument;
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
 * The answer and search views as a person reads them, in the real app on a copy of sample-docs:
 * the answer line first with the words that answer the question in bold, the units that support
 * it below in a lighter colour, each with its number; a click on a number marks exactly that unit
 * in the Passage tab and on the PDF page. Search starts with a hint and the recent searches, and a
 * new query or filter shows its best hit at the top. Makes docs/screenshots/ask.png's picture
 * (target/screenshots/answer-view.png).
 */
@Tag("ui")
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnswerViewUiTest {
    private static final Duration INDEXING = Duration.ofMinutes(6);

    @TempDir
    static Path home;

    static DesktopApp app;
    static LibraryService library;
    static Robot robot;
    static FrameFixture frame;

    @BeforeAll
    static void start_the_app_on_a_copy_of_sample_docs() throws Exception {
        SampleDocs.copyTo(home.resolve("sample-docs"));
        System.setProperty("farol.home", home.toString());
        System.setProperty("farol.data", home.resolve("data").toString());
        System.setProperty("farol.models", home.resolve("models").toString()); // no model: extractive answers
        Texts.use("en");
        app = DesktopApp.start(new SettingsStore(home.resolve("config").resolve("settings.json")));
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        frame = new FrameFixture(robot, app.window());
        library = app.opened().get(2, TimeUnit.MINUTES);
        onEdt(() -> app.window().setSize(1400, 800));
        await(
                "indexing to finish",
                INDEXING,
                () -> !library.state().running() && library.state().lastReport() != null);
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
    void should_show_supporting_units_lighter_and_mark_exactly_the_unit_a_number_cites() {
        SampleDocs.Question q = SampleDocs.questions().getFirst(); // "Which key do I press to stop Farol ..."
        frame.toggleButton("nav.ask").click();
        JEditorPane pane = ask(0, q.question());
        String shown = onEdt(() -> text(pane));
        List<String> units = units(shown);
        assertThat(units).as("the units of:\n%s", shown).hasSizeGreaterThan(1);
        assertThat(units)
                .allSatisfy(u -> assertThat(u).as("a number beside each unit").matches("(?s).+ \\[\\d+]"));
        assertThat(units.getFirst()).as("the answer line").contains(q.phrase());

        Color background = onEdt(pane::getBackground);
        String lead = units.getFirst();
        double leadContrast = onEdt(() -> inkContrast(pane, shown.indexOf(lead), lead.length() - 4, background));
        assertThat(leadContrast).as("the answer line in the text colour").isGreaterThan(7);
        for (String support : units.subList(1, units.size())) {
            double supportContrast =
                    onEdt(() -> inkContrast(pane, shown.indexOf(support), support.length() - 4, background));
            assertThat(supportContrast)
                    .as("a supporting unit is lighter than the answer line, and still readable (WCAG AA)")
                    .isLessThan(leadContrast - 1)
                    .isGreaterThanOrEqualTo(4.5);
        }

        // Each number marks exactly its unit in the Passage tab, not the passage it came from.
        SourcesPanel sources = find(app.window(), "sources");
        for (String unit : units.reversed()) { // the answer line's last, for the screenshot
            String number = unit.substring(unit.lastIndexOf(" [") + 1);
            String words = unit.substring(0, unit.lastIndexOf(" ["));
            clickAt(pane, shown.indexOf(unit) + unit.length() - number.length() + 1);
            await(
                    "the Passage tab to mark exactly: " + words,
                    Duration.ofSeconds(30),
                    () -> squash(sources.citedText()).equals(squash(words)));
            JLabel note = find(app.window(), "sources.pageNote");
            JLabel page = find(app.window(), "sources.page");
            await(
                    "the unit marked on its PDF page",
                    Duration.ofSeconds(60),
                    () -> page.getIcon() != null
                            && !note.getText().equals(Texts.get("sources.rendering"))
                            && !note.getText().equals(Texts.get("sources.notOnPage")));
        }
        screenshot(app.window(), "answer-view");
    }

    @Test
    @Order(2)
    void should_show_the_words_that_answer_the_question_in_bold_on_the_answer_line() {
        JEditorPane pane =
                ask(1, "How much memory should my computer have to run the local language model comfortably?");
        List<String> units = onEdt(() -> units(text(pane)));
        assertThat(units).as("the units of:\n%s", onEdt(() -> text(pane))).isNotEmpty();
        String lead = units.getFirst();
        assertThat(lead).as("the answer line").contains("8 GB of RAM"); // questions.tsv's phrase
        // The words that answer "how much" are bold, and nothing else on the answer line.
        String shown = onEdt(() -> text(pane));
        int leadAt = shown.indexOf(lead);
        List<Integer> bold = new ArrayList<>();
        for (int i = 0; i < lead.length(); i++) {
            int at = leadAt + i;
            if (onEdt(() -> bold(pane, at))) {
                bold.add(i);
            }
        }
        assertThat(bold).as("bold words on the answer line").isNotEmpty();
        String boldWords = lead.substring(bold.getFirst(), bold.getLast() + 1);
        assertThat("8 GB of RAM").as("the bold span").contains(boldWords); // the core's answer_span
        assertThat(bold).as("one run of bold").hasSize(boldWords.length());
        // the two exchanges follow each other: no gap between them
        JEditorPane first = find(app.window(), "ask.exchange.0");
        assertThat(onEdt(() -> pane.getY() - (first.getY() + first.getHeight())))
                .as("space between two exchanges")
                .isLessThan(20);
    }

    /** Asks a question and waits for its answer's sources; returns the exchange's page. */
    private static JEditorPane ask(int exchange, String question) {
        frame.textBox("ask.question").enterText(question).pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await(
                "the exchange to appear",
                Duration.ofSeconds(20),
                () -> find(app.window(), "ask.exchange." + exchange) != null);
        JEditorPane pane = find(app.window(), "ask.exchange." + exchange);
        await("the answer's sources", Duration.ofMinutes(2), () -> text(pane).contains(Texts.get("ask.sources")));
        return pane;
    }

    @Test
    @Order(3)
    void should_start_search_with_a_hint_and_offer_recent_searches() {
        frame.toggleButton("nav.search").click();
        JLabel recentTitle = find(app.window(), "search.recentTitle");
        await(
                "the hint",
                Duration.ofSeconds(10),
                () -> find(app.window(), "search.hint").isShowing());
        assertThat(onEdt(recentTitle::isShowing)).as("no recent searches yet").isFalse();
        screenshot(app.window(), "search-start");

        JTextField query = find(app.window(), "search.query");
        JList<?> results = find(app.window(), "search.results");
        frame.textBox("search.query").enterText("descale the espresso machine").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await(
                "results",
                Duration.ofSeconds(30),
                () -> results.isShowing() && results.getModel().getSize() > 0);
        frame.textBox("search.query").deleteText();
        await(
                "the start view again",
                Duration.ofSeconds(10),
                () -> find(app.window(), "search.hint").isShowing());
        JButton recent = find(app.window(), "search.recent.0");
        assertThat(onEdt(recent::getText)).isEqualTo("descale the espresso machine");
        screenshot(app.window(), "search-recent");
        onEdt(() -> recent.doClick());
        await(
                "the recent search to run again",
                Duration.ofSeconds(30),
                () -> query.getText().equals("descale the espresso machine")
                        && results.isShowing()
                        && results.getModel().getSize() > 0);
    }

    @Test
    @Order(4)
    void should_show_the_best_hit_first_when_the_query_or_a_filter_changes() {
        JList<?> results = find(app.window(), "search.results");
        frame.textBox("search.query").deleteText().enterText("Farol");
        await("a long list", Duration.ofSeconds(30), () -> results.getModel().getSize() > 8);
        onEdt(() -> results.ensureIndexIsVisible(results.getModel().getSize() - 1));
        await("the list scrolled down", Duration.ofSeconds(5), () -> results.getFirstVisibleIndex() > 0);
        JComboBox<?> type = find(app.window(), "search.type");
        Object before = onEdt(() -> results.getModel().getElementAt(0));
        onEdt(() -> type.setSelectedItem("pdf"));
        await(
                "the filtered list from its top",
                Duration.ofSeconds(30),
                () -> results.getModel().getSize() > 0
                        && results.getModel().getElementAt(0) != before
                        && results.getFirstVisibleIndex() == 0);
        screenshot(app.window(), "search-filtered");
        onEdt(() -> type.setSelectedIndex(0));
        await(
                "all types again",
                Duration.ofSeconds(30),
                () -> results.getModel().getSize() > 8);
        onEdt(() -> results.ensureIndexIsVisible(results.getModel().getSize() - 1));
        await("the list scrolled down", Duration.ofSeconds(5), () -> results.getFirstVisibleIndex() > 0);
        Object last = onEdt(() -> results.getModel().getElementAt(0));
        frame.textBox("search.query").deleteText().enterText("warranty");
        await(
                "the new query's list from its top",
                Duration.ofSeconds(30),
                () -> results.getModel().getSize() > 0
                        && results.getModel().getElementAt(0) != last
                        && results.getFirstVisibleIndex() == 0);
    }

    /** The answer's units as shown: the lines between the question and "Sources:". */
    private static List<String> units(String shown) {
        List<String> lines = new ArrayList<>();
        boolean inAnswer = false;
        for (String line : shown.split("\n")) {
            String l = line.strip();
            if (l.equals(Texts.get("ask.sources"))) {
                break;
            }
            if (inAnswer && !l.isEmpty()) {
                lines.add(l);
            }
            if (l.endsWith("?")) {
                inAnswer = true; // the question's line
            }
        }
        return lines;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * The contrast with the background of the darkest ink painted over the first line of the text
     * at [{@code from}, {@code from + length}): what a person sees of its colour.
     */
    private static double inkContrast(JEditorPane pane, int from, int length, Color background) throws Exception {
        Rectangle first = pane.modelToView2D(from).getBounds();
        Rectangle area = new Rectangle(first.x, first.y, 1, first.height);
        for (int i = from; i < from + length; i++) {
            Rectangle r = pane.modelToView2D(i).getBounds();
            if (r.y == first.y) {
                area.add(r);
            }
        }
        BufferedImage img = new BufferedImage(pane.getWidth(), pane.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        pane.paint(g);
        g.dispose();
        double best = 1;
        for (int x = area.x; x < Math.min(img.getWidth(), area.x + area.width); x++) {
            for (int y = area.y; y < Math.min(img.getHeight(), area.y + area.height); y++) {
                best = Math.max(best, ViewChecks.contrast(new Color(img.getRGB(x, y)), background));
            }
        }
        return best;
    }

    private static void clickAt(JEditorPane pane, int offset) {
        Point p = onEdt(() -> {
            Rectangle r = pane.modelToView2D(offset).getBounds();
            pane.scrollRectToVisible(r);
            return new Point(r.x + 3, r.y + r.height / 2);
        });
        robot.waitForIdle();
        robot.click(pane, p);
    }

    private static boolean bold(JEditorPane pane, int offset) {
        return ((HTMLDocument) pane.getDocument())
                .getCharacterElement(offset)
                .getAttributes()
                .isDefined(HTML.Tag.B);
    }

    private static String text(JEditorPane pane) {
        try {
            return pane.getDocument().getText(0, pane.getDocument().getLength());
        } catch (javax.swing.text.BadLocationException e) {
            return "";
        }
    }
}
