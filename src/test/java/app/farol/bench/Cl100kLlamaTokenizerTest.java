package app.farol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.llm.TokenCodec;
import app.farol.workspace.FarolPaths;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Cl100kLlamaTokenizerTest {
    private static final Encoding CL100K =
            Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

    @TempDir
    static Path dir;

    private static TokenCodec codec;

    @BeforeAll
    static void writeTokenizer() throws IOException {
        Cl100kLlamaTokenizer.create().writeTo(dir);
        codec = TokenCodec.forFolder(dir).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bike-maintenance-log.txt",
                "home-network-notes.md",
                "diario-viagem-acores.md",
                "notas-mudanca-florianopolis.txt"
            })
    void should_encode_sample_documents_as_cl100k_does(String file) throws IOException {
        String text = Files.readString(FarolPaths.sampleDocs().resolve(file), StandardCharsets.UTF_8);

        int[] ours = codec.encode(text);

        assertThat(ours).containsExactly(CL100K.encodeOrdinary(text).toArray());
        assertThat(codec.decode(ours)).isEqualTo(text);
    }

    @Test
    void should_encode_the_answer_instructions_as_cl100k_does() {
        String text = AnswerPrompt.INSTRUCTIONS;

        assertThat(codec.encode(text))
                .containsExactly(CL100K.encodeOrdinary(text).toArray());
    }

    @Test
    void should_turn_llama_3_special_strings_into_their_ids() {
        int[] ids = codec.encode("<|start_header_id|>user<|end_header_id|>\n\nOlá<|eot_id|>");

        assertThat(ids[0]).isEqualTo(128_006);
        assertThat(ids[2]).isEqualTo(128_007);
        assertThat(ids[ids.length - 1]).isEqualTo(Cl100kLlamaTokenizer.EOT);
        assertThat(codec.isByteLevel()).isTrue();
    }

    @Test
    void should_recover_one_merge_for_every_token_longer_than_a_byte() {
        Cl100kLlamaTokenizer t = Cl100kLlamaTokenizer.create();

        assertThat(t.ordinaryTokens()).isEqualTo(100_256);
        assertThat(t.merges()).hasSize(100_256 - 256).doesNotHaveDuplicates();
        assertThat(t.size()).isEqualTo(128_256);
    }

    @Test
    void should_spend_far_fewer_tokens_than_the_tiny_tokenizer() throws IOException {
        String text = AnswerPrompt.INSTRUCTIONS;
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        TinyTokenizer.create().writeTo(tiny);

        int cl100k = codec.encode(text).length;
        int small = TokenCodec.forFolder(tiny).orElseThrow().encode(text).length;

        assertThat(small).isGreaterThan(2 * cl100k);
        assertThat(Arrays.stream(codec.encode(text)).max().orElseThrow()).isLessThan(100_256);
    }
}
