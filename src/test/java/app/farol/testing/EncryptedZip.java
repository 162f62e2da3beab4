package app.farol.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Writes a ZIP file whose one entry is encrypted with the traditional PKWARE cipher (ZipCrypto),
 * as `zip -e` does, stored without compression: `unzip -P PASSWORD` opens it. For tests of how
 * encrypted archives are reported; java.util.zip cannot write one.
 */
public final class EncryptedZip {
    private EncryptedZip() {}

    public static Path write(Path target, String entryName, String content, String password) throws IOException {
        byte[] plain = content.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(plain);
        Cipher cipher = new Cipher(password);
        byte[] header = new byte[12];
        for (int i = 0; i < 11; i++) {
            header[i] = (byte) (i * 37 + 11);
        }
        header[11] = (byte) (crc.getValue() >>> 24); // the check byte
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (byte b : header) {
            data.write(cipher.encrypt(b));
        }
        for (byte b : plain) {
            data.write(cipher.encrypt(b));
        }
        byte[] encrypted = data.toByteArray();
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out =
                ByteBuffer.allocate(200 + 2 * name.length + encrypted.length).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x04034b50)
                .putShort((short) 20)
                .putShort((short) 1)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putInt((int) crc.getValue())
                .putInt(encrypted.length)
                .putInt(plain.length)
                .putShort((short) name.length)
                .putShort((short) 0)
                .put(name)
                .put(encrypted);
        int central = out.position();
        out.putInt(0x02014b50)
                .putShort((short) 20)
                .putShort((short) 20)
                .putShort((short) 1)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putInt((int) crc.getValue())
                .putInt(encrypted.length)
                .putInt(plain.length)
                .putShort((short) name.length)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 0)
                .putInt(0)
                .putInt(0)
                .put(name);
        int centralSize = out.position() - central;
        out.putInt(0x06054b50)
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(centralSize)
                .putInt(central)
                .putShort((short) 0);
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return Files.write(target, bytes);
    }

    /** The traditional PKWARE stream cipher. */
    private static final class Cipher {
        private int key0 = 0x12345678;
        private int key1 = 0x23456789;
        private int key2 = 0x34567890;

        Cipher(String password) {
            for (byte b : password.getBytes(StandardCharsets.UTF_8)) {
                update(b);
            }
        }

        private static int crc(int crc, byte b) {
            int c = (crc ^ b) & 0xff;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            return (crc >>> 8) ^ c;
        }

        private void update(byte b) {
            key0 = crc(key0, b);
            key1 = key1 + (key0 & 0xff);
            key1 = key1 * 134775813 + 1;
            key2 = crc(key2, (byte) (key1 >>> 24));
        }

        int encrypt(byte plain) {
            int temp = (key2 & 0xffff) | 2;
            int stream = ((temp * (temp ^ 1)) >>> 8) & 0xff;
            update(plain);
            return (plain ^ stream) & 0xff;
        }
    }
}
