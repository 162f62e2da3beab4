package app.farol.core.answer.llm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of streamed tokens into text, holding back an incomplete UTF-8 sequence until
 * the token that completes it arrives (a tokenizer may split "ã" across two tokens). Not
 * thread-safe: one per generation.
 */
final class Utf8Stream {
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Adds bytes; returns the text that is now complete (possibly empty). */
    String push(byte[] bytes) {
        pending.writeBytes(bytes);
        byte[] all = pending.toByteArray();
        int cut = completePrefix(all);
        pending.reset();
        pending.write(all, cut, all.length - cut);
        return new String(all, 0, cut, StandardCharsets.UTF_8);
    }

    /** What is left when generation ends (invalid bytes become U+FFFD). */
    String flush() {
        String rest = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        return rest;
    }

    static int completePrefix(byte[] b) {
        int n = b.length;
        for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
            int v = b[i] & 0xFF;
            if (v < 0x80) {
                return n;
            }
            if (v >= 0xC0) {
                int need = v >= 0xF0 ? 4 : v >= 0xE0 ? 3 : 2;
                return n - i >= need ? n : i;
            }
        }
        return n;
    }
}
