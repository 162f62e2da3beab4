package app.farol.core.model;

/**
 * A model Farol can download.
 *
 * @param id short name used on the command line ("llama-3.2-1b")
 * @param repository Hugging Face repository holding the Jlama-ready (pre-quantized Q4) files
 * @param description what it is good for
 * @param downloadBytes approximate size of the download
 * @param memoryBytes approximate memory needed to run it (weights, working memory, context)
 * @param licence the licence of the weights
 */
public record CatalogueEntry(
        String id, String repository, String description, long downloadBytes, long memoryBytes, String licence) {

    /** The folder name the model is stored under inside the models folder. */
    public String folderName() {
        return repository.replace('/', '_');
    }
}
