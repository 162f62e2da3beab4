package app.farol.ui.settings;

import app.farol.core.settings.Settings;
import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import app.farol.ui.common.WrapLayout;
import app.farol.ui.common.WrappingLabel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;

/**
 * Settings' "Team server" section: a model server that answers in place of the local model, and
 * a search cluster that holds the library, each with its secret (kept in the OS keyring, never in
 * the settings file) and a "Test connection" button that says, in words, what happened.
 */
final class TeamSection {
    private static final Duration TEST_LIMIT = Duration.ofSeconds(30);

    private final BackgroundExecutor executor;
    private final Consumer<UnaryOperator<Settings>> change;
    private final Server model;
    private final Server store;
    private TeamConnections connections;

    /** One server's row: address, secret, Test connection, and what the test said. */
    private final class Server {
        final JTextField url = new JTextField(24);
        final JPasswordField secret = new JPasswordField(16);
        final JButton test = new JButton(Texts.get("settings.team.test"));
        final WrappingLabel result = new WrappingLabel("");
        final boolean isModel;

        Server(String name, boolean isModel) {
            this.isModel = isModel;
            url.setName("settings.team." + name);
            secret.setName("settings.team." + name + "Secret");
            test.setName("settings.team." + name + "Test");
            result.setName("settings.team." + name + "Result");
            url.putClientProperty("JTextField.placeholderText", Texts.get("settings.team." + name + "Placeholder"));
            ThemeColours.foreground(result, "Farol.muted");
            url.addActionListener(e -> commit());
            url.addFocusListener(new java.awt.event.FocusAdapter() {
                @Override
                public void focusLost(java.awt.event.FocusEvent e) {
                    commit();
                }
            });
            test.addActionListener(e -> test());
        }

        void commit() {
            String u = url.getText().strip();
            change.accept(s ->
                    s.withTeam(isModel ? s.team().withModelServer(u) : s.team().withStore(u)));
            showSecretState();
        }

        void test() {
            commit();
            String u = url.getText().strip();
            if (u.isEmpty() || connections == null) {
                result.setText(Texts.get("settings.team.nothingToTest"));
                return;
            }
            String typed = new String(secret.getPassword());
            test.setEnabled(false);
            result.setText(Texts.get("settings.team.testing"));
            executor.submit(
                    "test " + (isModel ? "model server" : "search cluster"),
                    TEST_LIMIT,
                    c -> {
                        if (!typed.isBlank()) {
                            if (isModel) {
                                connections.saveModelServerKey(u, typed);
                            } else {
                                connections.saveStorePassword(u, typed);
                            }
                        }
                        if (isModel) {
                            return connections.testModelServer(u);
                        }
                        TeamConnections.StoreCounts counts = connections.testStore(u);
                        return Texts.format("settings.team.storeHolds", counts.files(), counts.passages());
                    },
                    what -> {
                        test.setEnabled(true);
                        secret.setText("");
                        result.setText(Texts.format("settings.team.connected", what));
                        showSecretState();
                    },
                    error -> {
                        test.setEnabled(true);
                        result.setText(Texts.format("settings.team.failed", error));
                    });
        }

        void showSecretState() {
            String u = url.getText().strip();
            if (u.isEmpty() || connections == null) {
                secret.putClientProperty("JTextField.placeholderText", Texts.get("settings.team.secretNone"));
                return;
            }
            executor.submit(
                    "keyring lookup",
                    TEST_LIMIT,
                    c -> isModel ? connections.hasModelServerKey(u) : connections.hasStorePassword(u),
                    saved -> {
                        secret.putClientProperty(
                                "JTextField.placeholderText",
                                Texts.get(saved ? "settings.team.secretSaved" : "settings.team.secretNone"));
                        secret.repaint();
                    },
                    error -> {});
        }

        JPanel urlRow() {
            JPanel p = new JPanel(new BorderLayout(6, 0));
            p.add(url, BorderLayout.CENTER);
            p.add(test, BorderLayout.EAST);
            return p;
        }
    }

    /** @param change applies and saves a settings change */
    TeamSection(BackgroundExecutor executor, Consumer<UnaryOperator<Settings>> change) {
        this.executor = executor;
        this.change = change;
        this.model = new Server("modelServer", true);
        this.store = new Server("store", false);
    }

    void setConnections(TeamConnections connections) {
        this.connections = connections;
        model.showSecretState();
        store.showSecretState();
    }

    void addTo(Form f) {
        f.section(Texts.get("settings.team"));
        f.field(ThemeColours.foreground(new WrappingLabel(Texts.get("settings.team.explain")), "Farol.muted"));
        f.row(Texts.get("settings.team.modelServer"), model.urlRow());
        f.row(Texts.get("settings.team.key"), row(model.secret));
        f.field(model.result);
        f.row(Texts.get("settings.team.store"), store.urlRow());
        f.row(Texts.get("settings.team.password"), row(store.secret));
        f.field(store.result);
    }

    void show(Settings.TeamServers team) {
        if (!model.url.isFocusOwner()) {
            model.url.setText(team.modelServer());
        }
        if (!store.url.isFocusOwner()) {
            store.url.setText(team.store());
        }
    }

    private static JPanel row(java.awt.Component c) {
        JPanel p = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 0));
        p.add(c);
        return p;
    }
}
