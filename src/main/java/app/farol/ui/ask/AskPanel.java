package app.farol.ui.ask;

import app.farol.core.conversation.ConversationStore;
import app.farol.core.conversation.SavedConversation;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * The Ask view: a question box, the conversation with answers streaming in, Stop, and numbered
 * citation links. It renders and forwards: answering runs on the background executor through
 * {@link AskBackend}; streamed text is gathered and painted at most ten times a second, so a fast
 * model cannot flood the event thread.
 */
public final class AskPanel extends JPanel {
    private final BackgroundExecutor executor;
    private final JTextField question = new JTextField();
    private final JButton ask = new JButton(Texts.get("ask.ask"));
    private final JButton stop = new JButton(Texts.get("ask.stop"));
    private final ConversationView conversation = new ConversationView(this::openCitation);
    private final JPanel examples = new JPanel();
    private final app.farol.ui.common.WrappingLabel notice = new app.farol.ui.common.WrappingLabel("");
    private final StringBuilder pending = new StringBuilder(); // streamed text not yet shown; guarded by itself
    // The last reading report not yet shown; guarded by pending, so that the report before the
    // first word is always shown before that word hides the bar.
    private ReadingReport pendingReading;
    private final Timer flush = new Timer(100, e -> flushStreamed());
    private final ReadingRow reading = new ReadingRow();
    private AskBackend backend;
    private BackgroundExecutor.Task running;
    private Exchange current;
    private Consumer<CitationClick> onCitation = c -> {};
    private final ConversationList history = new ConversationList(this::newConversation, this::open, this::delete);
    private ConversationStore store;
    /** The id the conversation shown is kept under; null until its first answer is saved. */
    private String conversationId;

    /** A click on citation {@code source} of the answer to {@code question}. */
    public record CitationClick(String question, AskResult.Source source) {}

    private record ReadingReport(Exchange exchange, int passages, int read, int total) {}

    public AskPanel(BackgroundExecutor executor) {
        super(new BorderLayout());
        this.executor = executor;
        setName("ask");
        question.setName("ask.question");
        ask.setName("ask.send");
        stop.setName("ask.stop");
        question.putClientProperty("JTextField.placeholderText", Texts.get("ask.placeholder"));
        question.putClientProperty("JTextField.showClearButton", true);
        question.setToolTipText(Texts.get("ask.tooltip"));
        ask.setToolTipText(Texts.get("ask.askTooltip"));
        stop.setToolTipText(Texts.get("ask.stopTooltip"));
        stop.setEnabled(false);
        question.addActionListener(e -> askNow());
        ask.addActionListener(e -> askNow());
        stop.addActionListener(e -> stop());
        flush.setRepeats(true);

        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(ask);
        buttons.add(stop);
        top.add(question, BorderLayout.CENTER);
        top.add(buttons, BorderLayout.EAST);
        JPanel north = new JPanel(new BorderLayout());
        north.add(top, BorderLayout.NORTH);
        north.add(history, BorderLayout.CENTER);
        notice.setName("ask.notice");
        notice.setBorder(BorderFactory.createEmptyBorder(0, 14, 6, 12));
        JPanel notes = new JPanel(new BorderLayout());
        notes.add(notice, BorderLayout.NORTH);
        notes.add(reading, BorderLayout.SOUTH);
        north.add(notes, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);
        // The examples scroll with the conversation: in a small window they must not take the
        // conversation's height.
        JPanel page = new app.farol.ui.common.ScrollPage(new BorderLayout());
        page.add(examples, BorderLayout.NORTH);
        page.add(conversation, BorderLayout.CENTER);
        page.setOpaque(false);
        examples.setOpaque(false);
        scroll = new JScrollPane(page);
        scroll.setBorder(ThemeColours.topLine());
        scroll.getViewport().setBackground(UIManager.getColor("TextArea.background"));
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);
    }

    private final JScrollPane scroll;

    /**
     * Keeps each conversation in {@code store} after every answer, and lists the kept ones. Until
     * this is called nothing is kept.
     */
    public void setConversations(ConversationStore store) {
        this.store = store;
        reloadList();
    }

    /** Starts an empty conversation; the one shown stays kept (it was saved after its answers). */
    public void newConversation() {
        queued = null; // a waiting question belongs to the conversation left
        stop();
        conversation.clear();
        conversationId = null;
        history.select(null);
        question.setText("");
        question.requestFocusInWindow();
    }

    private void open(SavedConversation c) {
        if (c.id().equals(conversationId)) {
            return;
        }
        queued = null;
        stop();
        conversation.restore(SavedExchanges.fromSaved(c));
        conversationId = c.id();
        examples.setVisible(false);
        history.select(conversationId);
    }

    private void save() {
        ConversationStore s = store;
        if (s == null || conversation.exchanges().isEmpty()) {
            return;
        }
        if (conversationId == null) {
            conversationId = s.newId();
        }
        SavedConversation saved =
                SavedExchanges.toSaved(conversationId, conversation.exchanges(), System.currentTimeMillis());
        executor.submit(
                "save conversation",
                c -> {
                    s.save(saved);
                    return s.list();
                },
                this::fillList,
                this::showNotice);
    }

    private void delete(SavedConversation c) {
        ConversationStore s = store;
        if (s == null) {
            return;
        }
        if (c.id().equals(conversationId)) {
            newConversation();
        }
        executor.submit(
                "delete conversation",
                t -> {
                    s.delete(c.id());
                    return s.list();
                },
                this::fillList,
                this::showNotice);
    }

    private void reloadList() {
        ConversationStore s = store;
        if (s != null) {
            executor.submit("conversations", c -> s.list(), this::fillList, this::showNotice);
        }
    }

    private void fillList(List<SavedConversation> kept) {
        history.fill(kept, conversationId);
    }

    /** The kept conversations as listed, newest first: for tests. */
    public List<String> pastTitles() {
        return history.titles();
    }

    /** Connects the answer path; until then questions wait with a notice. */
    public void setBackend(AskBackend backend) {
        this.backend = backend;
        ThemeColours.foreground(notice, "Farol.muted");
        setNotice(backend.hasModel() ? "" : Texts.get("ask.noModel"));
        conversation.setHasModel(backend.hasModel());
    }

    /** Shows a line about the model above the conversation (loading, failed); "" hides it. */
    public void setNotice(String text) {
        modelNotice = text;
        if (queued == null) {
            showNotice(text); // a waiting question's notice stays until it is asked
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(!text.isEmpty());
    }

    /** Offers example questions as buttons (first run). */
    public void setExamples(List<String> questions) {
        examples.removeAll();
        examples.setLayout(new javax.swing.BoxLayout(examples, javax.swing.BoxLayout.Y_AXIS));
        examples.setBorder(BorderFactory.createEmptyBorder(0, 12, 6, 12));
        if (!questions.isEmpty()) {
            JLabel label = new JLabel(Texts.get("ask.examples"));
            ThemeColours.foreground(label, "Farol.muted");
            label.setBorder(BorderFactory.createEmptyBorder(2, 2, 4, 0));
            examples.add(label);
        }
        for (int i = 0; i < questions.size(); i++) {
            String q = questions.get(i);
            JButton b = new JButton("\u203a  " + q);
            b.setName("ask.example." + i);
            b.putClientProperty("JButton.buttonType", "toolBarButton");
            b.putClientProperty("html.disable", Boolean.TRUE);
            b.setToolTipText(Texts.get("ask.exampleTooltip"));
            b.addActionListener(e -> {
                question.setText(q);
                askNow();
            });
            examples.add(b);
        }
        examples.revalidate();
        examples.repaint();
    }

    public void onCitation(Consumer<CitationClick> handler) {
        this.onCitation = handler;
    }

    public void focusQuestion() {
        question.requestFocusInWindow();
    }

    public boolean isAnswering() {
        return running != null;
    }

    /**
     * Asks what is in the question box. While an answer is still being written the question
     * waits (one at a time, the newest wins), a notice says so, and it is asked when that answer
     * ends.
     */
    public void askNow() {
        String q = question.getText().strip();
        if (q.isEmpty() || backend == null) {
            return;
        }
        if (running != null) {
            queued = q;
            question.setText("");
            showNotice(Texts.format("ask.queued", q));
            return;
        }
        question.setText("");
        List<AskBackend.AskTurn> history = conversation.exchanges().stream()
                .filter(x -> x.result != null && x.result.found())
                .map(x -> new AskBackend.AskTurn(x.question, x.result.text()))
                .toList();
        Exchange x = conversation.add(q);
        setRunning(true);
        AskBackend b = backend;
        current = x;
        flush.start();
        running = executor.submit(
                "answer",
                cancel -> b.ask(
                        history,
                        q,
                        new AskBackend.AskListener() {
                            @Override
                            public void onExtractive(AskResult extractive) {
                                SwingUtilities.invokeLater(() -> {
                                    x.extractive = extractive;
                                    conversation.refresh(x);
                                });
                            }

                            @Override
                            public void onReading(int passages, int read, int total) {
                                synchronized (pending) {
                                    pendingReading = new ReadingReport(x, passages, read, total);
                                }
                                SwingUtilities.invokeLater(AskPanel.this::flushStreamed);
                            }

                            @Override
                            public void onWritten(int tokens, double tokensPerSecond) {
                                String speed = Texts.format("ask.speed", tokens, tokensPerSecond);
                                SwingUtilities.invokeLater(() -> x.speed = speed);
                            }

                            @Override
                            public void onToken(String text) {
                                // Gathered here and shown by the timer: a fast model must not flood the event queue.
                                synchronized (pending) {
                                    pending.append(text);
                                }
                            }
                        },
                        cancel),
                result -> {
                    flushStreamed();
                    x.result = result;
                    finish(x);
                },
                message -> {
                    x.error = message;
                    finish(x);
                });
    }

    /** Stops the answer being written (Esc); what was written stays. */
    public void stop() {
        BackgroundExecutor.Task t = running;
        if (t == null) {
            return;
        }
        // The task is left to end itself: its token tells the model to stop at the next token.
        t.cancel();
        flushStreamed();
        Exchange x = current;
        x.stopped = true;
        if (x.result == null) {
            String partial = x.streamed.isEmpty() && x.extractive != null ? x.extractive.text() : x.streamed.toString();
            List<AskResult.Source> sources = x.extractive == null ? List.of() : x.extractive.sources();
            x.result = new AskResult(partial, true, !x.streamed.isEmpty(), false, sources);
        }
        finish(x);
    }

    private void flushStreamed() {
        String chunk;
        ReadingReport report;
        synchronized (pending) {
            chunk = pending.toString();
            pending.setLength(0);
            report = pendingReading;
            pendingReading = null;
        }
        if (report != null) {
            showReading(report.exchange(), report.passages(), report.read(), report.total());
        }
        if (!chunk.isEmpty() && current != null && current.result == null) {
            current.streamed.append(chunk);
            conversation.stream(current, chunk);
            reading.setVisible(false); // the words stream now
        }
    }

    /** How far the model has read, until its first words come. */
    private void showReading(Exchange x, int passages, int read, int total) {
        if (x != current || !x.streamed.isEmpty() || total <= 0) {
            return; // a late report: the words already stream, or the answer ended
        }
        reading.show(passages, read, total);
    }

    private void finish(Exchange x) {
        flush.stop();
        reading.setVisible(false);
        synchronized (pending) {
            pending.setLength(0);
        }
        running = null;
        current = null;
        setRunning(false);
        conversation.refresh(x);
        save();
        question.requestFocusInWindow();
        if (queued != null) {
            String next = queued;
            queued = null;
            showNotice(modelNotice);
            SwingUtilities.invokeLater(() -> {
                if (running == null && question.getText().isBlank()) {
                    question.setText(next);
                    askNow();
                }
            });
        }
    }

    /** The question asked while an answer was being written; null when none waits. */
    private String queued;

    /** The notice shown while no question waits (about the model), put back when a waiting question is asked. */
    private String modelNotice = "";

    private void setRunning(boolean on) {
        stop.setEnabled(on);
        ask.setEnabled(!on);
        examples.setVisible(!on && conversation.exchanges().isEmpty());
    }

    /**
     * Follows {@code cite:EXCHANGE:N} (a source line: its first unit, or the whole citation) or
     * {@code cite:EXCHANGE:N:UNIT} (a unit's number: exactly that unit).
     */
    private void openCitation(String href) {
        String[] parts = href.split(":");
        if (parts.length < 3 || parts.length > 4 || !parts[0].equals("cite")) {
            return; // no other links exist; anything else is ignored, never opened
        }
        Exchange x = conversation.exchanges().get(Integer.parseInt(parts[1]));
        int n = Integer.parseInt(parts[2]);
        AskResult r = x.current();
        if (r == null) {
            return;
        }
        AskResult.Unit unit = parts.length == 4
                ? r.unit(Integer.parseInt(parts[3]))
                : r.units().stream().filter(u -> u.cited().n() == n).findFirst().orElse(null);
        if (unit != null && unit.cited().n() == n) {
            onCitation.accept(new CitationClick(x.question, unit.cited()));
            return;
        }
        r.sources().stream()
                .filter(s -> s.n() == n)
                .findFirst()
                .ifPresent(s -> onCitation.accept(new CitationClick(x.question, s)));
    }

    /** The text of the conversation as shown, for tests and accessibility. */
    public String conversationText() {
        return conversation.text();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (conversation != null) {
            conversation.restyle(); // the pages' colours come from the theme
            scroll.getViewport().setBackground(UIManager.getColor("TextArea.background"));
        }
    }
}
