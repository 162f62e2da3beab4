package app.farol.ui.settings;

import app.farol.core.answer.context.ContextBudget;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import app.farol.ui.common.WrappingLabel;
import java.awt.BorderLayout;
import java.util.Hashtable;
import java.util.function.DoubleConsumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * "Answer speed: faster … more thorough", with its effect in words: when the first words come
 * and how much of the documents the model reads. It sets the context budget (seconds of reading
 * before the first word). The answer path reads at most {@link ContextBudget#PASSAGE_TOKENS} and
 * at least {@link ContextBudget#MINIMUM_TOKENS} tokens of passages, so only about 5 to 13 s
 * change anything on two cores: the slider offers those. Event thread only.
 */
final class AnswerSpeed extends JPanel {
    static final int FASTEST = 5;
    static final int MOST_THOROUGH = 13;
    /** The slider's width in pixels (its own preferred width is about half of that). */
    static final int SLIDER_WIDTH = 360;

    private final JSlider slider = new JSlider(FASTEST, MOST_THOROUGH, MOST_THOROUGH);
    private final WrappingLabel effect = ThemeColours.foreground(new WrappingLabel(""), "Farol.muted");
    private DoubleConsumer onChange = s -> {};
    private boolean showing;

    AnswerSpeed() {
        super(new BorderLayout(0, 2));
        slider.setName("settings.speed");
        effect.setName("settings.speed.effect");
        slider.setToolTipText(Texts.get("settings.speedTooltip"));
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        labels.put(FASTEST, new JLabel(Texts.get("settings.speed.faster")));
        labels.put(MOST_THOROUGH, new JLabel(Texts.get("settings.speed.thorough")));
        slider.setLabelTable(labels);
        slider.setPaintLabels(true);
        slider.setMajorTickSpacing(1);
        slider.setSnapToTicks(true);
        slider.addChangeListener(e -> {
            effect.setText(effect(slider.getValue()));
            if (!showing && !slider.getValueIsAdjusting()) {
                onChange.accept(slider.getValue());
            }
        });
        effect.setText(effect(slider.getValue()));
        // Wide enough that five steps read as a scale, not a switch.
        java.awt.Dimension preferred = slider.getPreferredSize();
        slider.setPreferredSize(new java.awt.Dimension(Math.max(preferred.width, SLIDER_WIDTH), preferred.height));
        JPanel narrow = new JPanel(new BorderLayout());
        narrow.add(slider, BorderLayout.WEST);
        add(narrow, BorderLayout.NORTH);
        add(effect, BorderLayout.CENTER);
    }

    void onChange(DoubleConsumer handler) {
        this.onChange = handler;
    }

    /** Shows the setting without treating it as a change; a budget past what matters shows as most thorough. */
    void show(double secondsToFirstWord) {
        showing = true;
        try {
            slider.setValue((int) Math.max(FASTEST, Math.min(MOST_THOROUGH, Math.round(secondsToFirstWord))));
        } finally {
            showing = false;
        }
    }

    /** The effect of a budget in words, estimated at the reading speed of the 1B model on two cores. */
    static String effect(double seconds) {
        int start = ContextBudget.TYPICAL_INSTRUCTION_TOKENS;
        int tokens = Math.min(
                ContextBudget.PASSAGE_TOKENS,
                ContextBudget.tokens(ContextBudget.FALLBACK, start, seconds, Integer.MAX_VALUE));
        long words = Math.round(tokens * 0.75 / 10) * 10; // about 3 words per 4 tokens
        return Texts.format(
                "settings.speed.effect",
                Math.round(ContextBudget.seconds(ContextBudget.FALLBACK, start, tokens)),
                words);
    }
}
