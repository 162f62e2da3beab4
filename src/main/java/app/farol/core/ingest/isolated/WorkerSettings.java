package app.farol.core.ingest.isolated;

/**
 * How parse workers are run.
 *
 * @param workers most worker processes at once (each parses one file at a time)
 * @param heapMegabytes the Java heap of each worker; a file that needs more fails as too large
 */
public record WorkerSettings(int workers, int heapMegabytes) {
    /** One worker with 512 MB: enough for large office files, and the indexer parses one file at a time. */
    public static final WorkerSettings DEFAULT = new WorkerSettings(1, 512);

    /** {@link #DEFAULT}, with the system property {@code farol.parserHeapMb} applied when set. */
    public static WorkerSettings fromSystemProperties() {
        return new WorkerSettings(DEFAULT.workers(), Integer.getInteger("farol.parserHeapMb", DEFAULT.heapMegabytes()));
    }

    public WorkerSettings {
        if (workers < 1 || heapMegabytes < 32) {
            throw new IllegalArgumentException(
                    "workers >= 1 and heap >= 32 MB, not " + workers + " and " + heapMegabytes);
        }
    }
}
