package app.farol.core.index;

import app.farol.core.ingest.ParseControl;

/**
 * One unit of work for the {@link IndexPipeline}: something that can make itself ready to embed.
 * Files from a folder and documents of a benchmark collection both come in this way, so they
 * go through the same chunking, embedding and storing.
 */
interface PipelineSource {
    /** Shown in progress while this source is prepared. */
    String name();

    /** Bytes of input, for the time-left estimate. */
    long bytes();

    /**
     * Parses (or recognises) the source; never throws for a bad input.
     *
     * @param control the run's say over OCR: each scanned page read is counted, and waits while
     *     the run is paused; a cancelled run stops reading
     */
    Prepared prepare(ParseControl control);
}
