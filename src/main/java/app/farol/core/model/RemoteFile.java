package app.farol.core.model;

/**
 * A file of a model repository as the server lists it.
 *
 * @param path path inside the repository
 * @param size size in bytes
 * @param sha256 SHA-256 of the content (listed for large files), or null
 * @param gitBlobSha1 Git blob id of the content (listed for every file), or null
 */
public record RemoteFile(String path, long size, String sha256, String gitBlobSha1) {}
