package app.farol.bench;

import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.IndexProgress;
import app.farol.core.index.IndexReport;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ScanDpi;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.ingest.isolated.WorkerSettings;
import app.farol.core.ocr.OcrPage;
import app.farol.core.ocr.OcrSettings;
import app.farol.core.ocr.Tesseract;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.core.util.Folders;
import app.farol.workspace.FarolPaths;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code farol bench scans}: how well scans are read. Makes scanned copies of the sample PDFs
 * (each page rendered at 200 dpi, wrapped in a PDF with no text layer) and of pages 15-25 of the
 * Constitution in {@code ../shared/corpus/portuguese}, then prints, per file, the OCR's character
 * accuracy against the text layer, and, on sample-docs with its PDFs swapped for the scans, the
 * sample questions on those PDFs whose passage is in the top 3, next to the same on the text
 * versions; and the OCR rate in pages per second.
 */
@Command(name = "scans", description = "OCR quality: scanned copies of the sample PDFs, character accuracy, top-3.")
final class BenchScansCommand implements Callable<Integer> {
    static final int DPI = 200;

    @Option(
            names = "--out",
            description = "Keep the scanned copies in this folder (default: a temporary one, deleted).")
    Path out;

    @Option(
            names = "--constitution",
            description =
                    "The Constitution's PDF (default: ../shared/corpus/portuguese/constituicao-1988.pdf; none: skip).")
    String constitution;

    @Override
    public Integer call() throws IOException {
        Path samples = FarolPaths.sampleDocs();
        Path work = out != null ? Files.createDirectories(out) : Files.createTempDirectory("farol-bench-scans");
        try {
            return run(samples, work);
        } finally {
            if (out == null) {
                Folders.deleteRecursively(work);
            }
        }
    }

    private int run(Path samples, Path work) throws IOException {
        Path text = Files.createDirectories(work.resolve("text"));
        Path scans = Files.createDirectories(work.resolve("scans"));
        List<String> pdfs = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                Files.copy(f, text.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (name.endsWith(".pdf")) {
                    pdfs.add(name);
                    ScannedCopy.write(f, scans.resolve(name), DPI, Set.of(), 1, 0, 0);
                } else {
                    Files.copy(f, scans.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path pages = Files.createDirectories(work.resolve("constitution"));
        Path constitutionPdf = constitutionPdf();
        if (constitutionPdf != null) {
            ScannedCopy.copyPages(constitutionPdf, pages.resolve("constituicao-p15-25.pdf"), 15, 25);
            ScannedCopy.write(constitutionPdf, pages.resolve("constituicao-p15-25-scan.pdf"), DPI, Set.of(), 15, 25, 0);
        }
        System.out.printf(Locale.ROOT, "scanned copies       %d dpi, JPEG in a PDF without text, in %s%n", DPI, work);

        OcrSettings ocr = OcrSettings.fromSystemProperties().withCache(null);
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        try (IsolatedDocumentParser parser =
                new IsolatedDocumentParser(ParseLimits.fromSystemProperties(), WorkerSettings.DEFAULT, ocr)) {
            Tesseract tesseract = Tesseract.find(ocr)
                    .orElseThrow(() -> new FarolException("Tesseract is not on the PATH: " + Tesseract.INSTALL_HINT));
            System.out.println();
            System.out.println("character accuracy   Tesseract on each page of the scan against the page's text layer"
                    + " (1 - edit distance / length): as read, and with dashes, quotes and º folded");
            for (String name : pdfs) {
                accuracy(tesseract, text.resolve(name), scans.resolve(name), name);
            }
            if (constitutionPdf != null) {
                accuracy(
                        tesseract,
                        pages.resolve("constituicao-p15-25.pdf"),
                        pages.resolve("constituicao-p15-25-scan.pdf"),
                        "constituicao-1988.pdf pages 15-25");
            }

            Map<String, int[]> byFile = new TreeMap<>();
            Outcome onText = questions(text, parser, embedder, work.resolve("index-text"), pdfs, byFile, 0);
            Outcome onScans = questions(scans, parser, embedder, work.resolve("index-scans"), pdfs, byFile, 1);
            System.out.println();
            System.out.println("top 3                sample questions on the PDFs: passage in the top 3, text / scan");
            byFile.forEach(
                    (file, n) -> System.out.printf(Locale.ROOT, "  %-30s %d / %d of %d%n", file, n[0], n[1], n[2] / 2));
            System.out.printf(Locale.ROOT, "  %-30s %d / %d of %d%n", "all", onText.found, onScans.found, onText.asked);
            onScans.misses.forEach(m -> System.out.println("  missed on the scan: " + m));
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "ocr                  %d pages in %.1f s of OCR: %.2f pages/s (%s, 1 parse worker, %d cores)%n",
                    onScans.progress.scanPagesRead(),
                    onScans.progress.scanPagesPerSecond() > 0
                            ? onScans.progress.scanPagesRead() / onScans.progress.scanPagesPerSecond()
                            : 0,
                    onScans.progress.scanPagesPerSecond(),
                    String.join("+", ocr.languages()),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    Locale.ROOT,
                    "indexing             %.1f s with the scans, %.1f s with the text versions%n",
                    onScans.report.seconds(),
                    onText.report.seconds());
        }
        return 0;
    }

    private Path constitutionPdf() {
        if ("none".equals(constitution)) {
            return null;
        }
        Path p = constitution != null
                ? Path.of(constitution)
                : FarolPaths.sampleDocs()
                        .toAbsolutePath()
                        .getParent()
                        .resolve("../shared/corpus/portuguese/constituicao-1988.pdf")
                        .normalize();
        if (!Files.isRegularFile(p)) {
            if (constitution != null) {
                throw new FarolException("no such file: " + p);
            }
            System.out.println("(the Constitution is not at " + p + ": skipped)");
            return null;
        }
        return p;
    }

    /**
     * The OCR's character accuracy on a scanned copy: each page's text layer in the original (as
     * PDFBox extracts it) against Tesseract's words for that page of the copy, rendered as the
     * parse worker renders it, before Farol's own cleaning (running headers, tables) touches
     * either side.
     */
    private static void accuracy(Tesseract tesseract, Path original, Path scan, String label) throws IOException {
        long[] distance = new long[2];
        long[] length = new long[2];
        double worst = 1;
        int worstPage = 0;
        int pages;
        try (PDDocument ref = Loader.loadPDF(new RandomAccessReadBufferedFile(original));
                PDDocument copy = Loader.loadPDF(new RandomAccessReadBufferedFile(scan))) {
            pages = ref.getNumberOfPages();
            PDFRenderer renderer = new PDFRenderer(copy);
            for (int n = 1; n <= pages; n++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String layer = stripper.getText(ref);
                String ocr = ocrText(tesseract, renderer, copy, n);
                String[][] pairs = {
                    {layer, ocr},
                    {CharacterAccuracy.folded(layer), CharacterAccuracy.folded(ocr)}
                };
                for (int i = 0; i < 2; i++) {
                    distance[i] += CharacterAccuracy.distance(pairs[i][0], pairs[i][1]);
                    length[i] += CharacterAccuracy.length(pairs[i][0]);
                }
                int chars = CharacterAccuracy.length(layer);
                double a = chars == 0 ? 1 : 1 - (double) CharacterAccuracy.distance(layer, ocr) / chars;
                if (a < worst) {
                    worst = a;
                    worstPage = n;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  %-36s %6.2f %%  %6.2f %%  (%d characters, %d pages; lowest as read: page %d, %.2f %%)%n",
                label,
                percent(distance[0], length[0]),
                percent(distance[1], length[1]),
                length[0],
                pages,
                worstPage,
                100 * worst);
    }

    private static String ocrText(Tesseract tesseract, PDFRenderer renderer, PDDocument copy, int page)
            throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page - 1, ScanDpi.of(copy.getPage(page - 1)), ImageType.GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try {
            OcrPage read = tesseract.read(png.toByteArray(), OcrSettings.DEFAULT_PAGE_TIMEOUT);
            return read.paragraphs().stream()
                    .map(lines -> String.join("\n", lines))
                    .collect(Collectors.joining("\n"));
        } catch (Tesseract.Failure e) {
            throw new FarolException("page " + page + " not read: " + e.getMessage());
        }
    }

    private static double percent(long distance, long length) {
        return length == 0 ? 0 : 100.0 * (1 - (double) distance / length);
    }

    private record Outcome(int asked, int found, List<String> misses, IndexReport report, IndexProgress progress) {}

    private static Outcome questions(
            Path folder,
            IsolatedDocumentParser parser,
            MiniLmEmbedder embedder,
            Path index,
            List<String> pdfs,
            Map<String, int[]> byFile,
            int column)
            throws IOException {
        AtomicReference<IndexProgress> last = new AtomicReference<>(new IndexProgress(0, 0, 0, 0, null, ""));
        IndexListener listener = new IndexListener() {
            @Override
            public void onProgress(IndexProgress progress) {
                last.set(progress);
            }
        };
        try (LucenePassageStore store = LucenePassageStore.openForWriting(index, embedder.name())) {
            IndexReport report =
                    new Indexer(store, parser, embedder).index(List.of(folder), listener, CancelToken.none());
            HybridRetriever retriever = new HybridRetriever(store, embedder);
            int asked = 0;
            int found = 0;
            List<String> misses = new ArrayList<>();
            for (String[] q : QuestionSet.of(folder)) {
                if (!pdfs.contains(q[1])) {
                    continue;
                }
                asked++;
                List<SearchHit> hits = retriever.search(SearchRequest.of(q[0], 3));
                boolean hit = hits.stream()
                        .anyMatch(h ->
                                h.fileName().equals(q[1]) && normalise(h.text()).contains(normalise(q[3])));
                int[] counts = byFile.computeIfAbsent(q[1], k -> new int[3]);
                counts[2]++;
                if (hit) {
                    found++;
                    counts[column]++;
                } else {
                    misses.add(q[0] + " (" + q[1] + ", \"" + q[3] + "\")");
                }
            }
            return new Outcome(asked, found, misses, report, last.get());
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").replace('\u2019', '\'');
    }
}
