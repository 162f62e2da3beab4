package app.farol.core.store;

/**
 * @param files files with a record (indexed, skipped or failed)
 * @param passages passages stored
 * @param bytes size of the store on disk
 */
public record StoreStats(int files, long passages, long bytes) {}
