package app.farol.core.ingest;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.charset.StandardCharsets;

/**
 * A page as OCR reads it: 8-bit grey pixels, at most {@link #MAX_PIXELS}, handed to Tesseract as
 * a PGM image (no compression to spend time on) and hashed for the page cache. Pixels only: no
 * drawing surface, so it needs no display.
 */
final class PageImage {
    /** About an A4 page at 400 dpi, or a 32-megapixel photo reduced a little. */
    static final long MAX_PIXELS = 16_000_000;
    /** A page whose share of dark pixels is below this holds nothing to read. */
    private static final double BLANK_INK = 0.0002;

    private final byte[] pixels;
    private final int width;
    private final int height;

    private PageImage(byte[] pixels, int width, int height) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
    }

    /**
     * An image as grey pixels (transparency read as white paper), shrunk to {@link #MAX_PIXELS}
     * and turned by {@code quarterTurns} clockwise.
     */
    static PageImage of(BufferedImage image, int quarterTurns) {
        BufferedImage grey = grey(image);
        double scale = Math.min(1, Math.sqrt((double) MAX_PIXELS / ((double) grey.getWidth() * grey.getHeight())));
        if (scale < 1) {
            BufferedImage small = new BufferedImage(
                    Math.max(1, (int) (grey.getWidth() * scale)),
                    Math.max(1, (int) (grey.getHeight() * scale)),
                    BufferedImage.TYPE_BYTE_GRAY);
            new AffineTransformOp(AffineTransform.getScaleInstance(scale, scale), AffineTransformOp.TYPE_BILINEAR)
                    .filter(grey, small);
            grey = small;
        }
        byte[] data = packed(grey);
        return turn(data, grey.getWidth(), grey.getHeight(), Math.floorMod(quarterTurns, 4));
    }

    private static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int lum = (299 * ((argb >> 16) & 0xff) + 587 * ((argb >> 8) & 0xff) + 114 * (argb & 0xff)) / 1000;
                out[y * w + x] = (byte) ((lum * a + 255 * (255 - a)) / 255);
            }
        }
        return grey;
    }

    private static byte[] packed(BufferedImage grey) {
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        if (data.length == (long) grey.getWidth() * grey.getHeight()) {
            return data;
        }
        byte[] packed = new byte[grey.getWidth() * grey.getHeight()];
        grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), packed);
        return packed;
    }

    private static PageImage turn(byte[] p, int w, int h, int turns) {
        if (turns == 0) {
            return new PageImage(p, w, h);
        }
        int nw = turns == 2 ? w : h;
        int nh = turns == 2 ? h : w;
        byte[] out = new byte[p.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                switch (turns) {
                    case 1 -> {
                        nx = h - 1 - y;
                        ny = x;
                    }
                    case 2 -> {
                        nx = w - 1 - x;
                        ny = h - 1 - y;
                    }
                    default -> {
                        nx = y;
                        ny = w - 1 - x;
                    }
                }
                out[ny * nw + nx] = p[y * w + x];
            }
        }
        return new PageImage(out, nw, nh);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixels, one byte each, row by row. */
    byte[] pixels() {
        return pixels;
    }

    /** Whether the page is blank (or all but: scanner dust): nothing for OCR to read. */
    boolean blank() {
        int step = Math.max(1, pixels.length / 2_000_000);
        long dark = 0;
        long seen = 0;
        for (int i = 0; i < pixels.length; i += step) {
            seen++;
            if ((pixels[i] & 0xff) < 128) {
                dark++;
            }
        }
        return seen == 0 || (double) dark / seen < BLANK_INK;
    }

    /** The image as a binary PGM file. */
    byte[] pgm() {
        byte[] header = ("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(pixels, 0, out, header.length, pixels.length);
        return out;
    }
}
