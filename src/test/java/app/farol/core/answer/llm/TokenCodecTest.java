package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tjake.jlama.model.llama.LlamaTokenizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCodecTest {

    /** GPT-2's byte-to-symbol table, written out independently of the code under test. */
    private static String symbol(int b) {
        boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        if (printable) {
            return Character.toString(b);
        }
        int n = 0;
        for (int i = 0; i < b; i++) {
            boolean p = (i >= '!' && i <= '~') || (i >= 0xA1 && i <= 0xAC) || (i >= 0xAE && i <= 0xFF);
            n += p ? 0 : 1;
        }
        return Character.toString(256 + n);
    }

    @Test
    void should_encode_accents_as_utf8_bytes_in_a_byte_level_vocabulary(@TempDir Path dir) throws Exception {
        Map<String, Integer> vocab = new LinkedHashMap<>();
        for (int b = 0; b < 256; b++) {
            vocab.put(symbol(b), b);
        }
        String aTilde = symbol(0xC3) + symbol(0xA3); // "ã" in UTF-8 is C3 A3
        vocab.put(aTilde, 256);
        Map<String, Object> model = Map.of(
                "type",
                "BPE",
                "byte_fallback",
                false,
                "fuse_unk",
                false,
                "vocab",
                vocab,
                "merges",
                List.of(symbol(0xC3) + " " + symbol(0xA3)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("added_tokens", List.of());
        json.put("pre_tokenizer", Map.of("type", "Sequence", "pretokenizers", List.of(Map.of("type", "ByteLevel"))));
        json.put("model", model);
        Files.writeString(dir.resolve("tokenizer.json"), new ObjectMapper().writeValueAsString(json));

        TokenCodec codec = new TokenCodec(new LlamaTokenizer(dir));
        int[] ids = codec.encode("não é");

        assertThat(codec.isByteLevel()).isTrue();
        assertThat(ids).containsExactly('n', 256, 'o', ' ', 0xC3, 0xA9);
        assertThat(codec.decode(ids)).isEqualTo("não é");
    }
}
