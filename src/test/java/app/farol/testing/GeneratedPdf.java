package app.farol.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes real PDFs with PDFBox (on the classpath through Tika) for tests of how Farol reads them:
 * pages of lines, a blank line between paragraphs, and a header and footer on every page.
 */
public final class GeneratedPdf {
    private static final float LEADING = 14;
    private final List<List<String>> pages = new ArrayList<>();
    private String title = "";
    private String header = "";
    private String footer = ""; // "%d" stands for the page number, "%t" for the page count

    public GeneratedPdf title(String value) {
        title = value;
        return this;
    }

    public GeneratedPdf header(String value) {
        header = value;
        return this;
    }

    public GeneratedPdf footer(String value) {
        footer = value;
        return this;
    }

    /** A page of lines; an empty line is a paragraph break. */
    public GeneratedPdf page(String... lines) {
        pages.add(List.of(lines));
        return this;
    }

    public Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 0; n < pages.size(); n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    if (!header.isEmpty()) {
                        line(out, font, 9, 60, 800, header);
                    }
                    if (!footer.isEmpty()) {
                        line(
                                out,
                                font,
                                9,
                                280,
                                40,
                                footer.replace("%d", Integer.toString(n + 1))
                                        .replace("%t", Integer.toString(pages.size())));
                    }
                    float y = 760;
                    for (String text : pages.get(n)) {
                        if (text.isEmpty()) {
                            y -= LEADING; // a wider gap: a new paragraph
                        } else {
                            line(out, font, 11, 60, y, text);
                        }
                        y -= LEADING;
                    }
                }
            }
            if (!title.isEmpty()) {
                doc.getDocumentInformation().setTitle(title);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void line(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
