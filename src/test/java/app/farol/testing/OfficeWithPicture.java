package app.farol.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Office documents as a word processor saves a scan pasted into them: a DOCX (Office Open XML)
 * or an ODT (OpenDocument) with some paragraphs of text and one PNG picture drawn in the body,
 * written part by part (the parts and relationships Word and Writer write, nothing more).
 */
public final class OfficeWithPicture {
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private OfficeWithPicture() {}

    /** A DOCX with these paragraphs, then the picture. */
    public static Path docx(Path file, byte[] png, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                    .append(escape(p))
                    .append("</w:t></w:r></w:p>");
        }
        body.append("<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"5486400\" cy=\"7100000\"/>")
                .append("<wp:docPr id=\"1\" name=\"Picture 1\"/><a:graphic><a:graphicData")
                .append(" uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr>")
                .append("<pic:cNvPr id=\"1\" name=\"image1.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>")
                .append("<a:blip r:embed=\"rId5\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>")
                .append("<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"5486400\" cy=\"7100000\"/></a:xfrm>")
                .append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>")
                .append("</a:graphic></wp:inline></w:drawing></w:r></w:p>");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + W_NS + "\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<w:body>" + body + "<w:sectPr/></w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        String documentRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/image\" Target=\"media/image1.png\"/></Relationships>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8), false);
            put(zip, "_rels/.rels", rels.getBytes(StandardCharsets.UTF_8), false);
            put(zip, "word/document.xml", document.getBytes(StandardCharsets.UTF_8), false);
            put(zip, "word/_rels/document.xml.rels", documentRels.getBytes(StandardCharsets.UTF_8), false);
            put(zip, "word/media/image1.png", png, false);
        }
        return Files.write(file, bytes.toByteArray());
    }

    /** An ODT with these paragraphs, then the picture in a frame. */
    public static Path odt(Path file, byte[] png, String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<text:p>").append(escape(p)).append("</text:p>");
        }
        body.append("<text:p><draw:frame draw:name=\"Image1\" svg:width=\"17cm\" svg:height=\"22cm\">")
                .append("<draw:image xlink:href=\"Pictures/page.png\" xlink:type=\"simple\" xlink:show=\"embed\"")
                .append(" xlink:actuate=\"onLoad\"/></draw:frame></text:p>");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"Pictures/page.png\" manifest:media-type=\"image/png\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // first and not compressed, as the format asks, so that its type is found without unpacking
            put(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII), true);
            put(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8), false);
            put(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8), false);
            put(zip, "Pictures/page.png", png, false);
        }
        return Files.write(file, bytes.toByteArray());
    }

    private static void put(ZipOutputStream zip, String name, byte[] data, boolean stored) throws IOException {
        ZipEntry e = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            e.setCompressedSize(data.length);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
