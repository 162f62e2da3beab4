package app.farol.bench;

import java.util.Locale;
import java.util.Random;

/** One way {@code farol bench fuzz} damages a copy of a real file. */
enum Mutation {
    /** 1 to 16 single bits flipped at random places. */
    BIT_FLIPS,
    /** Cut at a random offset (possibly to nothing). */
    TRUNCATION,
    /** A random range, up to an eighth of the file, set to zero bytes. */
    ZEROED_RANGE,
    /** Two random ranges of the same length, up to an eighth of the file each, swapped. */
    SWAPPED_CHUNKS;

    /** "bit-flips", the word used in file names and reports. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Damages {@code bytes} in place or returns a shorter copy; a file of one byte or none gets bit flips or is kept. */
    byte[] apply(byte[] bytes, Random random) {
        int n = bytes.length;
        if (n == 0) {
            return bytes;
        }
        switch (this) {
            case BIT_FLIPS -> {
                for (int i = 1 + random.nextInt(16); i > 0; i--) {
                    bytes[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case TRUNCATION -> {
                return java.util.Arrays.copyOf(bytes, random.nextInt(n));
            }
            case ZEROED_RANGE -> {
                int length = 1 + random.nextInt(Math.max(1, n / 8));
                int start = random.nextInt(n - length + 1);
                java.util.Arrays.fill(bytes, start, start + length, (byte) 0);
            }
            case SWAPPED_CHUNKS -> {
                int length = 1 + random.nextInt(Math.max(1, n / 8));
                if (2 * length > n) {
                    return BIT_FLIPS.apply(bytes, random);
                }
                int a = random.nextInt(n - 2 * length + 1);
                int b = a + length + random.nextInt(n - a - 2 * length + 1);
                byte[] tmp = java.util.Arrays.copyOfRange(bytes, a, a + length);
                System.arraycopy(bytes, b, bytes, a, length);
                System.arraycopy(tmp, 0, bytes, b, length);
            }
        }
        return bytes;
    }
}
