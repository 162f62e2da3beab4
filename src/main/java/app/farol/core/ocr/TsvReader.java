package app.farol.core.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Tesseract's TSV output (one row per page, block, paragraph, line and word, with boxes and
 * confidences): its words, and the size of the page from the page row.
 */
final class TsvReader {
    private static final int LEVEL_PAGE = 1;
    private static final int LEVEL_WORD = 5;

    private TsvReader() {}

    static OcrPage read(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        int width = 0;
        int height = 0;
        for (String row : tsv.split("\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || c[0].equals("level")) {
                continue;
            }
            int level = Integer.parseInt(c[0].strip());
            if (level == LEVEL_PAGE) {
                width = Math.max(width, Integer.parseInt(c[8].strip()));
                height = Math.max(height, Integer.parseInt(c[9].strip()));
            } else if (level == LEVEL_WORD) {
                String text = c[11].strip();
                if (text.isEmpty()) {
                    continue;
                }
                words.add(new OcrWord(
                        text,
                        Integer.parseInt(c[6].strip()),
                        Integer.parseInt(c[7].strip()),
                        Integer.parseInt(c[8].strip()),
                        Integer.parseInt(c[9].strip()),
                        Math.max(0, Double.parseDouble(c[10].strip().replace(',', '.'))),
                        Integer.parseInt(c[2].strip()),
                        Integer.parseInt(c[3].strip()),
                        Integer.parseInt(c[4].strip())));
            }
        }
        return new OcrPage(width, height, words);
    }

    /** The words back as TSV rows, the form the cache keeps. */
    static String write(OcrPage page) {
        StringBuilder out = new StringBuilder(
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n");
        out.append(String.format(Locale.ROOT, "1\t1\t0\t0\t0\t0\t0\t0\t%d\t%d\t-1\t\n", page.width(), page.height()));
        int n = 0;
        for (OcrWord w : page.words()) {
            out.append(String.format(
                    Locale.ROOT,
                    "5\t1\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.3f\t%s\n",
                    w.block(),
                    w.paragraph(),
                    w.line(),
                    ++n,
                    w.left(),
                    w.top(),
                    w.width(),
                    w.height(),
                    w.confidence(),
                    w.text().replace('\t', ' ').replace('\n', ' ')));
        }
        return out.toString();
    }
}
