package app.farol.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tokenizer with Llama 3's token density, in Llama 3's own {@code tokenizer.json} form, so a
 * random model of the 1B shape reads a prompt as long as the real Llama-3.2-1B-Instruct would.
 * Llama 3's first 100,256 tokens are tiktoken's cl100k_base; their ranks are read from jtokkit's
 * copy ({@code com/knuddels/jtokkit/cl100k_base.tiktoken}). The other 28,000 tokens of Llama 3
 * are not published apart from the model, so this vocabulary lacks them: text is encoded as
 * cl100k encodes it, which on Llama 3 differs only where one of those extra tokens would apply.
 *
 * <p>Written as Llama 3's file is: BPE over GPT-2's byte-to-character mapping, the cl100k split
 * regex followed by a byte-level pre-tokenizer, {@code ignore_merges} (a piece that is a token is
 * taken whole, as tiktoken does), Llama 3's 256 special tokens at ids 128,000-128,255 and the
 * Llama 3.2 chat template. Merges are recovered from the ranks as tiktoken's own educational code
 * does: each token's bytes are merged with lower-ranked tokens only until two parts remain, and
 * those two parts are the token's merge, ranked as the token. Immutable.
 */
public final class Cl100kLlamaTokenizer implements BenchTokenizer {
    /** Llama 3's pre-tokenizer regex (its {@code tokenizer.json}'s Split pattern). */
    static final String SPLIT_REGEX = "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}|"
            + " ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";

    public static final int BEGIN_OF_TEXT = 128_000;
    public static final int END_OF_TEXT = 128_001;
    public static final int EOM = 128_008;
    public static final int EOT = 128_009;
    private static final int SPECIAL_COUNT = 256;
    private static final String RANKS = "/com/knuddels/jtokkit/cl100k_base.tiktoken";
    private static final String TEMPLATE = "llama-3.2-chat-template.jinja";
    private static final char[] BYTE_TO_CHAR = byteToChar();

    /** Token bytes as ISO-8859-1 strings (one char a byte), by rank. */
    private final List<String> tokens;

    private Cl100kLlamaTokenizer(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Reads cl100k_base's ranks from the jtokkit jar. */
    public static Cl100kLlamaTokenizer create() {
        try (InputStream in = Cl100kLlamaTokenizer.class.getResourceAsStream(RANKS)) {
            if (in == null) {
                throw new IllegalStateException("jtokkit's cl100k_base.tiktoken is not on the class path");
            }
            List<String> tokens = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                int space = line.indexOf(' ');
                int rank = Integer.parseInt(line.substring(space + 1).trim());
                if (rank != tokens.size()) {
                    throw new IllegalStateException("cl100k ranks are not dense at " + rank);
                }
                byte[] bytes = Base64.getDecoder().decode(line.substring(0, space));
                tokens.add(new String(bytes, StandardCharsets.ISO_8859_1));
            }
            return new Cl100kLlamaTokenizer(List.copyOf(tokens));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read cl100k_base's ranks: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "cl100k";
    }

    /** Llama 3's vocabulary size: the special tokens end at 128,255. */
    @Override
    public int size() {
        return BEGIN_OF_TEXT + SPECIAL_COUNT;
    }

    /** Ordinary (non-special) tokens: cl100k's. */
    public int ordinaryTokens() {
        return tokens.size();
    }

    @Override
    public int bosId() {
        return BEGIN_OF_TEXT;
    }

    @Override
    public List<Integer> endTokenIds() {
        return List.of(END_OF_TEXT, EOM, EOT);
    }

    /** Llama 3's special token of an id from 128,000 to 128,255. */
    static String special(int id) {
        return switch (id) {
            case BEGIN_OF_TEXT -> "<|begin_of_text|>";
            case END_OF_TEXT -> "<|end_of_text|>";
            case 128_002 -> "<|reserved_special_token_0|>";
            case 128_003 -> "<|reserved_special_token_1|>";
            case 128_004 -> "<|finetune_right_pad_id|>";
            case 128_005 -> "<|reserved_special_token_2|>";
            case 128_006 -> "<|start_header_id|>";
            case 128_007 -> "<|end_header_id|>";
            case EOM -> "<|eom_id|>";
            case EOT -> "<|eot_id|>";
            case 128_010 -> "<|python_tag|>";
            default -> "<|reserved_special_token_" + (id - 128_008) + "|>";
        };
    }

    /** The merges, lowest rank first, as "left right" in byte-level characters. */
    List<String> merges() {
        Map<String, Integer> rank = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            rank.put(tokens.get(i), i);
        }
        List<String> merges = new ArrayList<>(tokens.size());
        for (int r = 0; r < tokens.size(); r++) {
            String token = tokens.get(r);
            if (token.length() < 2) {
                continue;
            }
            List<String> parts = bpe(token, r, rank);
            if (parts.size() != 2) {
                throw new IllegalStateException("cl100k token " + r + " does not split into two parts: " + parts);
            }
            merges.add(byteLevel(parts.get(0)) + " " + byteLevel(parts.get(1)));
        }
        return merges;
    }

    /** tiktoken's merge loop over single bytes, using only tokens ranked below {@code maxRank}. */
    private static List<String> bpe(String token, int maxRank, Map<String, Integer> rank) {
        List<String> parts = new ArrayList<>(token.length());
        for (int i = 0; i < token.length(); i++) {
            parts.add(token.substring(i, i + 1));
        }
        while (true) {
            int best = -1;
            int bestRank = maxRank;
            for (int i = 0; i + 1 < parts.size(); i++) {
                Integer r = rank.get(parts.get(i) + parts.get(i + 1));
                if (r != null && r < bestRank) {
                    bestRank = r;
                    best = i;
                }
            }
            if (best < 0) {
                return parts;
            }
            parts.set(best, parts.get(best) + parts.get(best + 1));
            parts.remove(best + 1);
        }
    }

    /** GPT-2's printable form of bytes (one char a byte in, one mapped char a byte out). */
    static String byteLevel(String bytes) {
        StringBuilder b = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length(); i++) {
            b.append(BYTE_TO_CHAR[bytes.charAt(i) & 0xFF]);
        }
        return b.toString();
    }

    private static char[] byteToChar() {
        char[] map = new char[256];
        int extra = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            map[b] = (char) (printable ? b : 256 + extra++);
        }
        return map;
    }

    @Override
    public void writeTo(Path folder) throws IOException {
        Map<String, Integer> vocab = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            vocab.put(byteLevel(tokens.get(i)), i);
        }
        List<Map<String, Object>> added = new ArrayList<>();
        for (int id = BEGIN_OF_TEXT; id < BEGIN_OF_TEXT + SPECIAL_COUNT; id++) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", id);
            t.put("content", special(id));
            t.put("single_word", false);
            t.put("lstrip", false);
            t.put("rstrip", false);
            t.put("normalized", false);
            t.put("special", true);
            added.add(t);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", "BPE");
        model.put("dropout", null);
        model.put("unk_token", null);
        model.put("continuing_subword_prefix", null);
        model.put("end_of_word_suffix", null);
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        model.put("ignore_merges", true);
        model.put("vocab", vocab);
        model.put("merges", merges());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "1.0");
        json.put("truncation", null);
        json.put("padding", null);
        json.put("added_tokens", added);
        json.put("normalizer", null);
        json.put(
                "pre_tokenizer",
                Map.of(
                        "type",
                        "Sequence",
                        "pretokenizers",
                        List.of(
                                Map.of(
                                        "type",
                                        "Split",
                                        "pattern",
                                        Map.of("Regex", SPLIT_REGEX),
                                        "behavior",
                                        "Isolated",
                                        "invert",
                                        false),
                                Map.of(
                                        "type",
                                        "ByteLevel",
                                        "add_prefix_space",
                                        false,
                                        "trim_offsets",
                                        true,
                                        "use_regex",
                                        false))));
        json.put(
                "decoder",
                Map.of("type", "ByteLevel", "add_prefix_space", true, "trim_offsets", true, "use_regex", true));
        json.put("model", model);
        Files.writeString(folder.resolve("tokenizer.json"), SafetensorsWriter.json(json));

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bos_token", special(BEGIN_OF_TEXT));
        config.put("eos_token", special(EOT));
        config.put("clean_up_tokenization_spaces", true);
        config.put("model_max_length", 131_072);
        config.put("tokenizer_class", "PreTrainedTokenizerFast");
        config.put("chat_template", chatTemplate());
        Files.writeString(folder.resolve("tokenizer_config.json"), SafetensorsWriter.json(config));
    }

    /** Llama-3.2-1B-Instruct's chat template (system block with the knowledge date, tools unused). */
    static String chatTemplate() throws IOException {
        try (InputStream in = Cl100kLlamaTokenizer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
