package app.farol.ui.ask;

import app.farol.core.conversation.SavedConversation;
import app.farol.ui.common.PlainText;
import app.farol.ui.common.Texts;
import app.farol.ui.common.WrapLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The row above the conversation: New conversation, the list of kept ones, and Delete. */
final class ConversationList extends JPanel {
    private final JButton newConversation = new JButton(Texts.get("ask.new"));
    private final JComboBox<SavedConversation> past = new JComboBox<>();
    private final JButton delete = new JButton(Texts.get("ask.delete"));
    /** True while the list is filled or selected by code, not by a person. */
    private boolean filling;

    ConversationList(Runnable onNew, Consumer<SavedConversation> onOpen, Consumer<SavedConversation> onDelete) {
        super(new WrapLayout(FlowLayout.LEFT, 6, 2));
        newConversation.setName("ask.new");
        newConversation.setToolTipText(Texts.get("ask.newTooltip"));
        newConversation.addActionListener(e -> onNew.run());
        past.setName("ask.past");
        past.setToolTipText(Texts.get("ask.pastTooltip"));
        // A fixed width: a long first question must not push the row out of a small window.
        past.setPrototypeDisplayValue(new SavedConversation("0", "x".repeat(30), 0, List.of()));
        past.setRenderer(PlainText.list(v -> ((SavedConversation) v).title()));
        past.addActionListener(e -> {
            if (!filling && past.getSelectedItem() instanceof SavedConversation c) {
                onOpen.accept(c);
            }
        });
        delete.setName("ask.delete");
        delete.setToolTipText(Texts.get("ask.deleteTooltip"));
        delete.addActionListener(e -> {
            if (past.getSelectedItem() instanceof SavedConversation c) {
                onDelete.accept(c);
            }
        });
        setBorder(BorderFactory.createEmptyBorder(0, 6, 4, 12));
        add(newConversation);
        add(new JLabel(Texts.get("ask.past")));
        add(past);
        add(delete);
        enableButtons();
    }

    /** Lists {@code kept} (newest first) with the conversation {@code id} selected, if listed. */
    void fill(List<SavedConversation> kept, String id) {
        filling = true;
        try {
            past.removeAllItems();
            kept.forEach(past::addItem);
            select(id);
        } finally {
            filling = false;
        }
        enableButtons();
    }

    /** Selects the conversation {@code id}, or none for null, without opening it. */
    void select(String id) {
        boolean was = filling;
        filling = true;
        try {
            past.setSelectedIndex(-1);
            for (int i = 0; i < past.getItemCount(); i++) {
                if (past.getItemAt(i).id().equals(id)) {
                    past.setSelectedIndex(i);
                }
            }
        } finally {
            filling = was;
        }
        enableButtons();
    }

    List<String> titles() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < past.getItemCount(); i++) {
            out.add(past.getItemAt(i).title());
        }
        return out;
    }

    private void enableButtons() {
        past.setEnabled(past.getItemCount() > 0);
        delete.setEnabled(past.getSelectedItem() != null);
    }
}
