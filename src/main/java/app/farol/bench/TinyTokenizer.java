package app.farol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small SentencePiece-style BPE tokenizer with byte fallback, in Hugging Face's
 * {@code tokenizer.json} format, plus a {@code tokenizer_config.json} with a chat template:
 * enough for Jlama to run the whole chat path on a random model. Any text can be encoded
 * (unknown characters fall back to their UTF-8 bytes). Immutable.
 */
public final class TinyTokenizer implements BenchTokenizer {

    public static final String SYSTEM = "<|system|>";
    public static final String USER = "<|user|>";
    public static final String ASSISTANT = "<|assistant|>";
    public static final String END = "<|end|>";

    static final String CHAT_TEMPLATE = "{% for message in messages %}"
            + "{{ '<|' + message['role'] + '|>\\n' + message['content'] + '<|end|>\\n' }}"
            + "{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}";

    private static final String[][] MERGES = {
        {"▁", "t"}, {"h", "e"}, {"▁t", "he"}, {"i", "n"}, {"e", "r"}, {"a", "n"}, {"o", "n"},
        {"▁", "a"}, {"r", "e"}, {"a", "t"}, {"e", "s"}, {"o", "r"}, {"▁", "o"}, {"▁", "d"},
        {"d", "e"}, {"▁", "e"}, {"o", "s"}, {"a", "s"}, {"▁", "c"}, {"e", "n"}, {"▁", "p"},
        {"▁", "s"}, {"▁", "i"}, {"▁", "w"}, {"n", "d"}, {"▁a", "nd"}, {"▁", "["}, {"]", ","}
    };

    private final Map<String, Integer> vocab;
    private final List<String> merges;
    private final List<String> special;

    private TinyTokenizer(Map<String, Integer> vocab, List<String> merges, List<String> special) {
        this.vocab = vocab;
        this.merges = merges;
        this.special = special;
    }

    public static TinyTokenizer create() {
        Map<String, Integer> vocab = new LinkedHashMap<>();
        vocab.put("<unk>", 0);
        vocab.put("<s>", 1);
        vocab.put("</s>", 2);
        for (int b = 0; b < 256; b++) {
            vocab.put(String.format(Locale.ROOT, "<0x%02X>", b), vocab.size());
        }
        vocab.put("▁", vocab.size());
        for (char c = '!'; c <= '~'; c++) {
            vocab.put(String.valueOf(c), vocab.size());
        }
        List<String> merges = new ArrayList<>();
        for (String[] m : MERGES) {
            merges.add(m[0] + " " + m[1]);
            vocab.putIfAbsent(m[0] + m[1], vocab.size());
        }
        List<String> special = List.of(SYSTEM, USER, ASSISTANT, END);
        for (String s : special) {
            vocab.put(s, vocab.size());
        }
        return new TinyTokenizer(Map.copyOf(vocab), List.copyOf(merges), special);
    }

    @Override
    public String name() {
        return "tiny";
    }

    @Override
    public int size() {
        return vocab.size();
    }

    @Override
    public int bosId() {
        return vocab.get("<s>");
    }

    /** Tokens that end a reply: {@code </s>} and {@code <|end|>}. */
    @Override
    public List<Integer> endTokenIds() {
        return List.of(vocab.get("</s>"), vocab.get(END));
    }

    @Override
    public void writeTo(Path folder) throws IOException {
        List<Map<String, Object>> added = new ArrayList<>();
        for (String s : List.of("<unk>", "<s>", "</s>")) {
            added.add(addedToken(s));
        }
        for (String s : special) {
            added.add(addedToken(s));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("type", "BPE");
        model.put("unk_token", "<unk>");
        model.put("fuse_unk", true);
        model.put("byte_fallback", true);
        model.put("vocab", new java.util.TreeMap<>(vocab));
        model.put("merges", merges);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "1.0");
        json.put("added_tokens", added);
        json.put(
                "normalizer",
                Map.of(
                        "type",
                        "Sequence",
                        "normalizers",
                        List.of(
                                Map.of("type", "Prepend", "prepend", "▁"),
                                Map.of("type", "Replace", "pattern", Map.of("String", " "), "content", "▁"))));
        json.put("pre_tokenizer", null);
        json.put("model", model);
        Files.writeString(folder.resolve("tokenizer.json"), SafetensorsWriter.json(json));

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bos_token", "<s>");
        config.put("eos_token", END);
        config.put("legacy", false);
        config.put("chat_template", CHAT_TEMPLATE);
        Files.writeString(folder.resolve("tokenizer_config.json"), SafetensorsWriter.json(config));
    }

    private Map<String, Object> addedToken(String content) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", vocab.get(content));
        t.put("content", content);
        t.put("single_word", false);
        t.put("lstrip", false);
        t.put("rstrip", false);
        t.put("normalized", false);
        t.put("special", true);
        return t;
    }
}
