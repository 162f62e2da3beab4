package app.farol.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** File digests: SHA-256 (what pins hold) and Git's blob id (what a tree listing shows). */
final class Checksums {
    private Checksums() {}

    static String sha256(Path file) throws IOException {
        return digest("SHA-256", null, file);
    }

    /** Git's object id: SHA-1 of "blob SIZE\0" followed by the content. */
    static String gitBlobSha1(Path file) throws IOException {
        return digest("SHA-1", ("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII), file);
    }

    private static String digest(String algorithm, byte[] prefix, Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            if (prefix != null) {
                md.update(prefix);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
