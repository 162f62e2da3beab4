package app.farol.core.index;

import java.nio.file.Path;
import java.util.Locale;

/** The type a file is filtered by: its lower-case extension, "htm" counted as "html". */
public final class FileTypes {
    private FileTypes() {}

    public static String of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "other";
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "htm", "xhtml" -> "html";
            case "markdown" -> "md";
            default -> ext;
        };
    }
}
