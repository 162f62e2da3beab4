package app.farol.core.answer.llm;

import com.github.tjake.jlama.safetensors.tokenizer.Tokenizer;
import com.github.tjake.jlama.safetensors.tokenizer.TokenizerModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text to token ids and back for a Jlama model, correct for non-ASCII text.
 *
 * <p>Jlama's own encoder maps characters, not UTF-8 bytes, to GPT-2 byte symbols, so byte-level
 * tokenizers (Llama 3, Qwen 2.5) get Portuguese accents wrong, and its decoder returns such
 * symbols undecoded. This class encodes byte-level vocabularies itself (UTF-8 bytes, then BPE
 * merges by rank) and decodes every token to bytes; SentencePiece-style vocabularies with byte
 * fallback are encoded by Jlama. Thread-safe after construction.
 */
public final class TokenCodec {
    private static final Pattern BYTE_TOKEN = Pattern.compile("<0x([0-9A-Fa-f]{2})>");
    private static final int[] BYTE_TO_CHAR = new int[256];
    private static final int[] CHAR_TO_BYTE = new int[512];

    static {
        java.util.Arrays.fill(CHAR_TO_BYTE, -1);
        int extra = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            BYTE_TO_CHAR[b] = printable ? b : 256 + extra++;
            CHAR_TO_BYTE[BYTE_TO_CHAR[b]] = b;
        }
    }

    private final Tokenizer tokenizer;
    private final TokenizerModel model;
    private final boolean byteLevel;
    private final Map<Long, String> idToPiece;

    public TokenCodec(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.model = tokenizer.getModel();
        this.idToPiece = model.vocabLookup.inverse();
        this.byteLevel = !model.byteFallback
                && model.vocabLookup.containsKey(Character.toString(BYTE_TO_CHAR[' ']))
                && model.vocabLookup.containsKey(Character.toString(BYTE_TO_CHAR['\n']));
    }

    /**
     * Counts tokens as the model that would answer does: the model folder given ({@code --model}),
     * else the installed one, read without its weights; empty when there is none or it cannot be
     * read.
     */
    public static java.util.Optional<java.util.function.ToIntFunction<String>> installedCounter(String model) {
        java.util.Optional<java.nio.file.Path> folder = model != null && !"none".equalsIgnoreCase(model)
                ? java.util.Optional.of(java.nio.file.Path.of(model))
                : app.farol.core.model.ModelsHome.fromSettings().activeModel();
        return folder.flatMap(TokenCodec::forFolder).map(codec -> text -> codec.encode(text).length);
    }

    /** The tokenizer of a model folder (its tokenizer.json), without its weights; empty if it cannot be read. */
    public static java.util.Optional<TokenCodec> forFolder(java.nio.file.Path folder) {
        try {
            if (!java.nio.file.Files.isRegularFile(folder.resolve("tokenizer.json"))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new TokenCodec(new com.github.tjake.jlama.model.llama.LlamaTokenizer(folder)));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** True for GPT-2 style byte-level vocabularies (Llama 3, Qwen 2.5). */
    public boolean isByteLevel() {
        return byteLevel;
    }

    /** Token ids of the text, without a start token. Special-token strings in the text become special tokens. */
    public int[] encode(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        List<Integer> ids = new ArrayList<>();
        if (!byteLevel) {
            for (long id : tokenizer.encode(text)) {
                ids.add((int) id);
            }
        } else {
            for (String piece : tokenizer.tokenize(text)) {
                Long special = model.addedTokens().get(piece);
                if (special != null) {
                    ids.add(special.intValue());
                } else {
                    encodeByteLevel(
                            model.normalizer() == null
                                    ? piece
                                    : model.normalizer().normalize(piece),
                            ids);
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private void encodeByteLevel(String piece, List<Integer> out) {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        List<String> symbols = new ArrayList<>(bytes.length);
        StringBuilder whole = new StringBuilder();
        for (byte b : bytes) {
            String s = Character.toString(BYTE_TO_CHAR[b & 0xFF]);
            symbols.add(s);
            whole.append(s);
        }
        Long direct = model.vocabLookup.get(whole.toString());
        if (direct != null && (model.ignoreMerges() || symbols.size() == 1)) {
            out.add(direct.intValue());
            return;
        }
        while (symbols.size() > 1) {
            long bestRank = Long.MAX_VALUE;
            int best = -1;
            for (int i = 0; i + 1 < symbols.size(); i++) {
                Long rank = model.merges.get(symbols.get(i) + " " + symbols.get(i + 1));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            symbols.set(best, symbols.get(best) + symbols.get(best + 1));
            symbols.remove(best + 1);
        }
        for (String s : symbols) {
            Long id = model.vocabLookup.get(s);
            if (id != null) {
                out.add(id.intValue());
            }
        }
    }

    /** The bytes a token stands for; empty for special tokens and ids the vocabulary lacks. */
    public byte[] bytes(int id) {
        String piece = idToPiece.get((long) id);
        if (piece == null || model.isSpecialToken(id)) {
            return new byte[0];
        }
        var m = BYTE_TOKEN.matcher(piece);
        if (model.byteFallback && m.matches()) {
            return new byte[] {(byte) Integer.parseInt(m.group(1), 16)};
        }
        if (byteLevel) {
            byte[] out = new byte[piece.length()];
            int n = 0;
            for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                int b = c < CHAR_TO_BYTE.length ? CHAR_TO_BYTE[c] : -1;
                if (b >= 0) {
                    out[n++] = (byte) b;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
        return piece.replace('▁', ' ').getBytes(StandardCharsets.UTF_8);
    }

    /** Decodes a whole sequence (for tests and logs). */
    public String decode(int[] ids) {
        Utf8Stream s = new Utf8Stream();
        StringBuilder b = new StringBuilder();
        for (int id : ids) {
            b.append(s.push(bytes(id)));
        }
        return b.append(s.flush()).toString();
    }

    public boolean isSpecial(int id) {
        return model.isSpecialToken(id);
    }

    /** Strings that the encoder turns into special tokens; document text must not contain them. */
    public Set<String> specialStrings() {
        return model.addedTokens() == null ? Set.of() : model.addedTokens().keySet();
    }
}
