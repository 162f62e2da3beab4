package app.farol.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Makes the hostile files the robustness tests need: bombs, giants, and the like. */
public final class HostileFiles {
    private HostileFiles() {}

    /**
     * A DOCX of a few megabytes whose document.xml inflates to {@code megabytes} MB: one deflated
     * megabyte of text written again and again (each piece stands alone after a full flush).
     */
    public static Path zipBombDocx(Path target, int megabytes) throws IOException {
        byte[] prefix = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8);
        byte[] megabyte = new byte[1 << 20];
        Arrays.fill(megabyte, (byte) 'a');
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] head = deflate(deflater, prefix, Deflater.FULL_FLUSH);
        byte[] body = deflate(deflater, megabyte, Deflater.FULL_FLUSH);
        deflater.setInput(suffix);
        deflater.finish();
        byte[] tail = drain(deflater, Deflater.NO_FLUSH);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(prefix);
        for (int i = 0; i < megabytes; i++) {
            crc.update(megabyte);
        }
        crc.update(suffix);
        long inflated = prefix.length + (long) megabytes * megabyte.length + suffix.length;
        long compressed = head.length + (long) megabytes * body.length + tail.length;
        List<byte[]> bomb = new ArrayList<>();
        bomb.add(head);
        for (int i = 0; i < megabytes; i++) {
            bomb.add(body);
        }
        bomb.add(tail);

        try (ZipWriter zip = new ZipWriter(Files.newOutputStream(target))) {
            zip.add(
                    "[Content_Types].xml",
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.add(
                    "_rels/.rels",
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.addDeflated("word/document.xml", bomb, crc.getValue(), compressed, inflated);
        }
        return target;
    }

    /** A text file of {@code bytes} bytes of real sentences (not a sparse file of zeros). */
    public static Path giantText(Path target, long bytes) throws IOException {
        StringBuilder block = new StringBuilder();
        for (int i = 0; block.length() < (1 << 20) - 200; i++) {
            block.append("Line ")
                    .append(i)
                    .append(": the harbour master records the tide, the wind and the ships that came in.\n");
            if (i % 8 == 7) {
                block.append('\n');
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(block.toString().getBytes(StandardCharsets.US_ASCII));
        try (FileChannel ch = FileChannel.open(
                target, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long written = 0;
            while (written < bytes) {
                buffer.rewind();
                buffer.limit((int) Math.min(buffer.capacity(), bytes - written));
                while (buffer.hasRemaining()) {
                    written += ch.write(buffer);
                }
            }
        }
        return target;
    }

    /** A PDF with {@code pages} pages, a few lines of text on each. */
    public static Path longPdf(Path target, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 720);
                    cs.showText("Page " + p + " of the ship's log: wind from the north-west, sea state three.");
                    cs.newLineAtOffset(0, -16);
                    cs.showText("The crew checked the lamps, the ropes and the bilge pump before the night watch.");
                    cs.endText();
                }
            }
            doc.save(target.toFile());
        }
        return target;
    }

    private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
        deflater.setInput(input);
        return drain(deflater, flush);
    }

    /** Everything the deflater has for its input: flushed as asked, or to the end after finish(). */
    private static byte[] drain(Deflater deflater, int flush) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        if (flush == Deflater.NO_FLUSH) {
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } else {
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, flush);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
        }
        return out.toByteArray();
    }

    /** The bare ZIP format, enough to write pre-deflated entries (java.util.zip cannot). */
    private static final class ZipWriter implements AutoCloseable {
        private final OutputStream out;
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private long offset;
        private int entries;

        ZipWriter(OutputStream out) {
            this.out = out;
        }

        void add(String name, byte[] content) throws IOException {
            Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            d.setInput(content);
            d.finish();
            byte[] compressed = drain(d, Deflater.NO_FLUSH);
            d.end();
            CRC32 crc = new CRC32();
            crc.update(content);
            addDeflated(name, List.of(compressed), crc.getValue(), compressed.length, content.length);
        }

        void addDeflated(String name, List<byte[]> pieces, long crc, long compressed, long inflated)
                throws IOException {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = le(30 + n.length);
            local.putInt(0x04034b50)
                    .putShort((short) 20)
                    .putShort((short) 0)
                    .putShort((short) 8)
                    .putInt(0)
                    .putInt((int) crc)
                    .putInt((int) compressed)
                    .putInt((int) inflated)
                    .putShort((short) n.length)
                    .putShort((short) 0)
                    .put(n);
            out.write(local.array());
            for (byte[] piece : pieces) {
                out.write(piece);
            }
            ByteBuffer c = le(46 + n.length);
            c.putInt(0x02014b50)
                    .putShort((short) 20)
                    .putShort((short) 20)
                    .putShort((short) 0)
                    .putShort((short) 8)
                    .putInt(0)
                    .putInt((int) crc)
                    .putInt((int) compressed)
                    .putInt((int) inflated)
                    .putShort((short) n.length)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt((int) offset)
                    .put(n);
            central.write(c.array());
            offset += local.capacity() + compressed;
            entries++;
        }

        @Override
        public void close() throws IOException {
            byte[] cd = central.toByteArray();
            out.write(cd);
            ByteBuffer end = le(22);
            end.putInt(0x06054b50)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) entries)
                    .putShort((short) entries)
                    .putInt(cd.length)
                    .putInt((int) offset)
                    .putShort((short) 0);
            out.write(end.array());
            out.close();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
