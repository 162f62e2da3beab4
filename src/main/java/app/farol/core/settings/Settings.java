package app.farol.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user chose, as stored in the versioned settings file. Immutable; change it with the
 * {@code with...} methods and save the result with {@link SettingsStore#save}.
 *
 * @param version format version of the file this came from ({@link #CURRENT_VERSION} once saved)
 * @param folders library folders, absolute paths
 * @param indexFolder where the index lives; "" means the default next to the program
 * @param modelFolder the language model's folder; "" means the model installed with
 *     {@code farol models use} (or downloaded), if any; {@link #NO_MODEL} means extractive answers
 * @param secondsToFirstWord context budget: how long the model may read before it starts to write
 * @param theme {@link Theme} of the window
 * @param language interface language code ("en", "pt"), or "" to follow the system
 * @param window last window bounds, or null before the first close
 * @param team the team's model server and search cluster, if any (their secrets live in the
 *     OS keyring, never here)
 * @param ocrLanguages Tesseract's codes of the languages scans are read in, all at once
 *     (default English and Portuguese); those the machine lacks are left out
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(
        int version,
        List<String> folders,
        String indexFolder,
        String modelFolder,
        double secondsToFirstWord,
        Theme theme,
        String language,
        WindowBounds window,
        TeamServers team,
        List<String> ocrLanguages) {

    public static final int CURRENT_VERSION = 2;

    /**
     * Seconds the model may read before its first word, by default: on two cores a 1B model then
     * reads about 140 tokens of passages, which hold the answer for 45 of the 50 sample questions
     * (docs/performance.md, {@code farol bench context --budgets 140}).
     */
    public static final double DEFAULT_SECONDS_TO_FIRST_WORD = 5;
    /** {@link #modelFolder()} when the user chose to answer without a model. */
    public static final String NO_MODEL = "none";

    public Settings {
        folders = folders == null ? List.of() : List.copyOf(folders);
        indexFolder = indexFolder == null ? "" : indexFolder;
        modelFolder = modelFolder == null ? "" : modelFolder;
        secondsToFirstWord = secondsToFirstWord <= 0 ? DEFAULT_SECONDS_TO_FIRST_WORD : secondsToFirstWord;
        theme = theme == null ? Theme.SYSTEM : theme;
        language = language == null ? "" : language;
        team = team == null ? TeamServers.NONE : team;
        ocrLanguages =
                ocrLanguages == null || ocrLanguages.isEmpty() ? DEFAULT_OCR_LANGUAGES : List.copyOf(ocrLanguages);
    }

    /** English and Portuguese, read at once. */
    public static final List<String> DEFAULT_OCR_LANGUAGES = List.of("eng", "por");

    public Settings withOcrLanguages(List<String> codes) {
        return new Settings(
                version, folders, indexFolder, modelFolder, secondsToFirstWord, theme, language, window, team, codes);
    }

    /**
     * A model server (an OpenAI-compatible URL, optionally {@code #MODEL}) and a search cluster
     * ({@code --store} URL) a team shares; "" means this computer's own.
     */
    public record TeamServers(String modelServer, String store) {
        public static final TeamServers NONE = new TeamServers("", "");

        public TeamServers {
            modelServer = modelServer == null ? "" : modelServer.strip();
            store = store == null ? "" : store.strip();
        }

        public TeamServers withModelServer(String url) {
            return new TeamServers(url, store);
        }

        public TeamServers withStore(String url) {
            return new TeamServers(modelServer, url);
        }
    }

    public Settings withTeam(TeamServers t) {
        return new Settings(
                version,
                folders,
                indexFolder,
                modelFolder,
                secondsToFirstWord,
                theme,
                language,
                window,
                t,
                ocrLanguages);
    }

    /** A first run's settings: one library folder, everything else at its default. */
    public static Settings defaults(Path firstFolder) {
        return new Settings(
                CURRENT_VERSION,
                List.of(firstFolder.toAbsolutePath().normalize().toString()),
                "",
                "",
                DEFAULT_SECONDS_TO_FIRST_WORD,
                Theme.SYSTEM,
                "",
                null,
                TeamServers.NONE,
                DEFAULT_OCR_LANGUAGES);
    }

    /** Window colours. */
    public enum Theme {
        LIGHT,
        DARK,
        SYSTEM
    }

    /** Window position and size in screen pixels. */
    public record WindowBounds(int x, int y, int width, int height, boolean maximized) {}

    public List<Path> folderPaths() {
        return folders.stream().map(Path::of).toList();
    }

    public Settings withFolders(List<Path> paths) {
        return new Settings(
                version,
                paths.stream()
                        .map(p -> p.toAbsolutePath().normalize().toString())
                        .distinct()
                        .toList(),
                indexFolder,
                modelFolder,
                secondsToFirstWord,
                theme,
                language,
                window,
                team,
                ocrLanguages);
    }

    public Settings withIndexFolder(String folder) {
        return new Settings(
                version, folders, folder, modelFolder, secondsToFirstWord, theme, language, window, team, ocrLanguages);
    }

    public Settings withModelFolder(String folder) {
        return new Settings(
                version, folders, indexFolder, folder, secondsToFirstWord, theme, language, window, team, ocrLanguages);
    }

    public Settings withSecondsToFirstWord(double seconds) {
        return new Settings(
                version, folders, indexFolder, modelFolder, seconds, theme, language, window, team, ocrLanguages);
    }

    public Settings withTheme(Theme t) {
        return new Settings(
                version,
                folders,
                indexFolder,
                modelFolder,
                secondsToFirstWord,
                t,
                language,
                window,
                team,
                ocrLanguages);
    }

    public Settings withLanguage(String code) {
        return new Settings(
                version,
                folders,
                indexFolder,
                modelFolder,
                secondsToFirstWord,
                theme,
                code,
                window,
                team,
                ocrLanguages);
    }

    public Settings withWindow(WindowBounds w) {
        return new Settings(
                version, folders, indexFolder, modelFolder, secondsToFirstWord, theme, language, w, team, ocrLanguages);
    }
}
