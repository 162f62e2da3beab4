package app.farol.core.ingest;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The resolution a scanned PDF page is rendered at for OCR: that of the scan it holds, within
 * {@link #MIN} and {@link #MAX}. More than the scan has costs OCR time and reads no better (a
 * 200-dpi scan rendered at 300 dpi took 2.8-3.1 s a page against 2.0-2.3 s at 200, for the same
 * words; `farol bench scans`: the Constitution's pages 15-25 read 96.98 % right at 300 dpi,
 * 99.01 % at 200), and below 200 dpi Tesseract misreads small print.
 */
public final class ScanDpi {
    public static final float MIN = 200;
    public static final float MAX = 300;

    private ScanDpi() {}

    /** The resolution of the largest image on the page, as drawn across the page's long side, within the bounds. */
    public static float of(PDPage page) {
        PDRectangle box = page.getCropBox();
        double longSideInches = Math.max(box.getWidth(), box.getHeight()) / 72.0;
        double best = 0;
        try {
            PDResources resources = page.getResources();
            if (resources != null && longSideInches > 0) {
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject image) {
                        best = Math.max(best, Math.max(image.getWidth(), image.getHeight()) / longSideInches);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged resource: render at the highest resolution
        }
        return best <= 0 ? MAX : (float) Math.clamp(best, MIN, MAX);
    }
}
