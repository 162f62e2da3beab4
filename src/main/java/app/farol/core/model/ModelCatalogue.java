package app.farol.core.model;

import app.farol.core.util.FarolException;
import java.util.List;

/**
 * The models offered for download: pre-quantized Q4 ("JQ4") models published for Jlama. Sizes
 * are the published file sizes. Memory: measured peak 2 GB for the 1B shape (STACK.md); the
 * others are estimated from their weights plus the same working-memory overhead ratio.
 */
public final class ModelCatalogue {
    private static final long MB = 1_000_000L;
    private static final long GB = 1_000_000_000L;

    private static final List<CatalogueEntry> ENTRIES = List.of(
            new CatalogueEntry(
                    "llama-3.2-1b",
                    "tjake/Llama-3.2-1B-Instruct-JQ4",
                    "Small and quick (about 12 words/s on 2 cores); officially supports Portuguese and English.",
                    790 * MB,
                    2 * GB,
                    "Llama 3.2 Community License"),
            new CatalogueEntry(
                    "qwen2.5-0.5b",
                    "tjake/Qwen2.5-0.5B-Instruct-JQ4",
                    "Smallest and fastest; multilingual; weaker answers.",
                    320 * MB,
                    1 * GB,
                    "Apache 2.0"),
            new CatalogueEntry(
                    "llama-3.2-3b",
                    "tjake/Llama-3.2-3B-Instruct-JQ4",
                    "Larger choice: better answers, about 3 times slower; needs 8 GB of memory or more.",
                    2_020 * MB,
                    5 * GB,
                    "Llama 3.2 Community License"),
            new CatalogueEntry(
                    "mistral-7b",
                    "tjake/Mistral-7B-Instruct-v0.3-JQ4",
                    "Largest choice: best answers, slow on a laptop; needs 16 GB of memory.",
                    4_600 * MB,
                    9 * GB,
                    "Apache 2.0"));

    private ModelCatalogue() {}

    public static List<CatalogueEntry> entries() {
        return ENTRIES;
    }

    public static CatalogueEntry defaultEntry() {
        return ENTRIES.getFirst();
    }

    /**
     * @throws FarolException listing the known ids when {@code id} is not one of them
     */
    public static CatalogueEntry find(String id) {
        return ENTRIES.stream()
                .filter(e -> e.id().equalsIgnoreCase(id) || e.repository().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new FarolException("No model called '" + id + "' in the catalogue. Known: "
                        + String.join(
                                ", ", ENTRIES.stream().map(CatalogueEntry::id).toList()) + "."));
    }
}
