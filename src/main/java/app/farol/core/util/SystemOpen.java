package app.farol.core.util;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files "Open in system app" hands to the desktop without asking: documents the system
 * opens in a viewer. Not scripts or launchers (.js, .vbs, .hta, .sh, .desktop, .bat: Tika
 * indexes them as text, and opening one runs it), not files a browser renders with network
 * access (.html, .svg, .xml), not mail (.eml: remote images), not macro-enabled office files.
 */
public final class SystemOpen {
    private static final Set<String> DOCUMENTS = Set.of(
            "pdf",
            "txt",
            "text",
            "md",
            "markdown",
            "rtf",
            "csv",
            "tsv",
            "log",
            "odt",
            "ods",
            "odp",
            "doc",
            "docx",
            "xls",
            "xlsx",
            "ppt",
            "pptx",
            "epub",
            "png",
            "jpg",
            "jpeg",
            "gif",
            "tif",
            "tiff",
            "bmp",
            "webp");

    private SystemOpen() {}

    /** Whether {@code file} is a document type that is safe to open with one click. */
    public static boolean isDocument(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0
                && DOCUMENTS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && name.equals(DisplayNames.safe(name)); // a hidden character could fake the extension
    }
}
