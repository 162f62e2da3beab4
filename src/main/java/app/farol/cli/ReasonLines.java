package app.farol.cli;

import app.farol.core.ingest.Reason;
import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.reasons.ReasonSentences;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Why files were not read, as the terminal prints them: in the person's language, picked as the
 * desktop picks it (the settings' language, else the system's), from the same sentences
 * ({@link ReasonSentences}); and, for {@code --json}, as data: a stable {@code kind} ({@link app.farol.core.ingest.ReasonKind#label}) and
 * {@code cause} with the reason's {@code details}, beside the sentence.
 */
final class ReasonLines {
    private final ReasonSentences sentences;

    private ReasonLines(ReasonSentences sentences) {
        this.sentences = sentences;
    }

    /** In the language of the settings at their usual place ({@link SettingsStore#standard}). */
    static ReasonLines forUser() {
        String language =
                SettingsStore.standard().load().map(Settings::language).orElse("");
        return new ReasonLines(ReasonSentences.forLanguage(language));
    }

    /** The reason's detail, e.g. "encrypted: needs a password" or "protegido: precisa de senha". */
    String line(Reason reason) {
        return sentences.detail(reason);
    }

    /** One problem for {@code --json}: path, status, kind, cause, details and the sentence. */
    Map<String, Object> json(String path, String status, Reason reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("status", status);
        m.put("kind", reason.kind().label());
        m.put("cause", reason.cause().name().toLowerCase(Locale.ROOT));
        m.put("details", reason.values());
        reason.innerReason().ifPresent(inner -> m.put("inner", json(inner)));
        m.put("reason", line(reason));
        return m;
    }

    private Map<String, Object> json(Reason reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", reason.kind().label());
        m.put("cause", reason.cause().name().toLowerCase(Locale.ROOT));
        m.put("details", reason.values());
        reason.innerReason().ifPresent(inner -> m.put("inner", json(inner)));
        return m;
    }
}
