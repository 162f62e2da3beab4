package app.farol.core.store.solr;

import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How records and passages map to Solr documents and back (the fields of configset/schema.xml).
 * A passage's id carries its file version, so two versions of a file never overwrite each
 * other's passages; the file record ({@code kind=file}, id {@code file:<path>}) names the
 * version that counts.
 */
final class SolrDocuments {
    static final String KIND_FILE = "file";
    static final String KIND_PASSAGE = "passage";
    /** The collection's own record: the embedder of its vectors ({@link SolrEmbedderRecord}). */
    static final String KIND_COLLECTION = "collection";

    private SolrDocuments() {}

    static String recordId(String path) {
        return "file:" + path;
    }

    static String passageId(String path, String version, int ordinal) {
        return "passage:" + version + ":" + ordinal + ":" + path;
    }

    static Map<String, Object> passage(StoredPassage p, String version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", passageId(p.path(), version, p.ordinal()));
        d.put("kind", KIND_PASSAGE);
        d.put("path", p.path());
        d.put("type", p.type());
        d.put("file_version", version);
        d.put("ordinal", p.ordinal());
        d.put("text", p.text());
        d.put("title", p.title());
        d.put("lang", p.language().code());
        d.put("page", p.page());
        d.put("headings", p.headings());
        d.put("start", p.startOffset());
        d.put("end", p.endOffset());
        if (!p.part().isEmpty()) {
            d.put("part", p.part());
        }
        if (p.scanned()) {
            d.put("scanned", 1);
        }
        d.put(SolrFields.text(p.language()), searchableText(p));
        List<Float> vector = new ArrayList<>(p.vector().length);
        for (float f : p.vector()) {
            vector.add(f);
        }
        d.put("vector", vector);
        return d;
    }

    /** As the embedded store: keyword search sees the title, the part's name and headings too. */
    static String searchableText(StoredPassage p) {
        StringBuilder s = new StringBuilder(p.title());
        if (!p.part().isEmpty() && !p.part().equals(p.title())) {
            s.append('\n').append(p.part());
        }
        for (String h : p.headings()) {
            if (!h.equals(p.title())) {
                s.append('\n').append(h);
            }
        }
        return s.append('\n').append(p.text()).toString();
    }

    /** The record, naming its version and the ordinals of that version's passages (read by id). */
    static Map<String, Object> record(FileRecord r, String version, List<StoredPassage> passages) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ordinals", passages.stream().map(StoredPassage::ordinal).toList());
        d.put("id", recordId(r.path()));
        d.put("kind", KIND_FILE);
        d.put("path", r.path());
        d.put("type", r.type());
        d.put("file_version", version);
        d.put("size", r.size());
        d.put("modified", r.modified());
        d.put("hash", r.hash());
        d.put("status", r.status().name());
        d.put("reason", r.reason().encode());
        d.put("reason_kind", r.kind().name());
        d.put("chunks", r.chunks());
        d.put("title", r.title());
        d.put("reading", r.reading());
        return d;
    }

    static FileRecord toRecord(JsonNode d) {
        return new FileRecord(
                d.path("path").asText(),
                d.path("size").asLong(),
                d.path("modified").asLong(),
                d.path("hash").asText(),
                FileStatus.valueOf(d.path("status").asText()),
                Reason.decode(
                        d.path("reason").asText(),
                        ReasonKind.valueOf(d.path("reason_kind").asText())),
                d.path("chunks").asInt(),
                d.path("title").asText(),
                d.path("type").asText(),
                d.path("reading").asText(""));
    }

    static StoredPassage toPassage(JsonNode d, boolean withVector) {
        List<String> headings = new ArrayList<>();
        d.path("headings").forEach(h -> headings.add(h.asText()));
        float[] vector = new float[0];
        if (withVector) {
            JsonNode v = d.path("vector");
            vector = new float[v.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) v.get(i).asDouble();
            }
        }
        return new StoredPassage(
                d.path("path").asText(),
                d.path("title").asText(),
                d.path("type").asText(),
                Language.ofCode(d.path("lang").asText()),
                d.path("ordinal").asInt(),
                d.path("text").asText(),
                d.path("page").asInt(),
                headings,
                d.path("start").asInt(),
                d.path("end").asInt(),
                vector,
                d.path("part").asText(""),
                d.has("scanned"));
    }
}
