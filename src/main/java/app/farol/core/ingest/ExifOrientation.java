package app.farol.core.ingest;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The orientation a camera wrote into a JPEG's EXIF data (tag 0x0112), as the quarter turns
 * clockwise that make the photo upright: viewers turn the picture so, and OCR reads it so.
 * Mirrored orientations (2, 4, 5, 7: rare, from some front cameras) are read as their turn.
 */
final class ExifOrientation {
    private ExifOrientation() {}

    /** Quarter turns clockwise to apply, 0 when the file says none or is no JPEG with EXIF. */
    static int quarterTurns(Path jpeg) {
        try (InputStream raw = Files.newInputStream(jpeg);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                return 0;
            }
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    return 0; // image data begins: no EXIF before it
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return 0;
                }
                byte[] segment = in.readNBytes(length);
                if (marker == 0xFFE1
                        && segment.length > 14
                        && new String(segment, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("Exif")) {
                    return turns(orientation(
                            ByteBuffer.wrap(segment, 6, segment.length - 6).slice()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static int orientation(ByteBuffer tiff) {
        tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int at = ifd + 2 + i * 12;
            if ((tiff.getShort(at) & 0xFFFF) == 0x0112) {
                return tiff.getShort(at + 8) & 0xFFFF;
            }
        }
        return 1;
    }

    private static int turns(int orientation) {
        return switch (orientation) {
            case 3, 4 -> 2;
            case 6, 5 -> 1;
            case 8, 7 -> 3;
            default -> 0;
        };
    }
}
