package app.farol.core.ocr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How scanned pages and images are read.
 *
 * @param languages Tesseract's language codes to read with, all at once (default English and
 *     Portuguese); those the machine lacks are left out
 * @param pageTimeout the longest one page may take; a page past it is reported as not read
 * @param searchPath where to look for the {@code tesseract} program, as the {@code PATH}
 *     variable lists folders
 * @param cache the folder of the page cache (read pages by image hash), or null for none
 */
public record OcrSettings(List<String> languages, Duration pageTimeout, String searchPath, Path cache) {
    public static final List<String> DEFAULT_LANGUAGES = List.of("eng", "por");
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(60);

    public OcrSettings {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("OCR needs at least one language");
        }
    }

    /**
     * From the system properties {@code farol.ocrLanguages} ("eng+por"), {@code
     * farol.ocrPageTimeoutSeconds}, {@code farol.ocrPath} (default: the {@code PATH}) and {@code
     * farol.ocrCache} (default: none), as the app hands them to its parse workers.
     */
    public static OcrSettings fromSystemProperties() {
        String languages = System.getProperty("farol.ocrLanguages", String.join("+", DEFAULT_LANGUAGES));
        String path = System.getProperty("farol.ocrPath", System.getenv().getOrDefault("PATH", ""));
        String cache = System.getProperty("farol.ocrCache", "");
        return new OcrSettings(
                Arrays.stream(languages.split("[+,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                Duration.ofSeconds(Long.getLong("farol.ocrPageTimeoutSeconds", DEFAULT_PAGE_TIMEOUT.toSeconds())),
                path,
                cache.isBlank() ? null : Path.of(cache));
    }

    /** The same settings with another search path for the program (tests hide it so). */
    public OcrSettings withSearchPath(String path) {
        return new OcrSettings(languages, pageTimeout, path, cache);
    }

    /** The same settings reading with other languages (the user's choice in Settings). */
    public OcrSettings withLanguages(List<String> codes) {
        return new OcrSettings(codes, pageTimeout, searchPath, cache);
    }

    public OcrSettings withCache(Path folder) {
        return new OcrSettings(languages, pageTimeout, searchPath, folder);
    }

    /** The system properties that give a parse worker these settings. */
    public List<String> asSystemProperties() {
        List<String> props = new java.util.ArrayList<>(List.of(
                "-Dfarol.ocrLanguages=" + String.join("+", languages),
                "-Dfarol.ocrPageTimeoutSeconds=" + pageTimeout.toSeconds(),
                "-Dfarol.ocrPath=" + searchPath));
        if (cache != null) {
            props.add("-Dfarol.ocrCache=" + cache);
        }
        return props;
    }
}
