package app.farol.core.store.lucene;

import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.ingest.ScanPages;
import app.farol.core.store.DocumentSignals;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.SearchFields;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import app.farol.core.text.LanguageAnalyzers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** How records and passages map to Lucene documents and back: the index's schema in one place. */
final class PassageDocuments {
    static final String KIND = "kind";
    static final String KIND_FILE = "file";
    static final String KIND_PASSAGE = "passage";
    static final String PATH = "path";
    static final String TYPE = "type";
    static final String VECTOR = "vector";
    static final String ORDINAL = "ordinal";
    private static final String TEXT = "text";
    private static final String TITLE = "title";
    private static final String LANGUAGE = "lang";
    private static final String PAGE = "page";
    private static final String HEADINGS = "headings";
    private static final String PART = "part";
    /** Present (1) on a passage OCR read from a scanned page. */
    private static final String SCANNED = "scanned";

    private static final String SCAN_PAGES = "scan_pages";
    private static final String SCAN_LANGUAGES = "scan_languages";

    private static final String START = "start";
    private static final String END = "end";
    private static final String SIZE = "size";
    private static final String MODIFIED = "modified";
    private static final String HASH = "hash";
    private static final String READING = "reading";
    private static final String STATUS = "status";
    private static final String REASON = "reason";
    /**
     * The reason's {@link ReasonKind}, also inside {@link #REASON}'s encoding; an older Farol wrote
     * an English sentence in {@link #REASON}, and before that no kind.
     */
    private static final String REASON_KIND = "reason_kind";

    private static final String CHUNKS = "chunks";
    private static final char HEADING_SEPARATOR = '\u001F';

    private PassageDocuments() {}

    /** The writer's analyzer: the right one for each language field. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(
                        SearchFields.textField(Language.ENGLISH),
                        LanguageAnalyzers.forLanguage(Language.ENGLISH),
                        SearchFields.textField(Language.PORTUGUESE),
                        LanguageAnalyzers.forLanguage(Language.PORTUGUESE),
                        SearchFields.textField(Language.OTHER),
                        LanguageAnalyzers.forLanguage(Language.OTHER),
                        SearchFields.DOCUMENT,
                        LanguageAnalyzers.forLanguage(Language.OTHER)));
    }

    /** The record goes last in the block, after its passages. */
    static List<Document> block(FileRecord record, List<StoredPassage> passages) {
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        String fileWords = passages.isEmpty()
                ? ""
                : DocumentSignals.fileWords(passages.getFirst().path());
        String document = DocumentSignals.forDocument(fileWords, DocumentSignals.firstPageNames(passages));
        for (StoredPassage p : passages) {
            Document d = passage(p);
            d.add(new TextField(SearchFields.DOCUMENT, document, Field.Store.NO));
            docs.add(d);
        }
        docs.add(record(record));
        return docs;
    }

    private static Document passage(StoredPassage p) {
        Document d = new Document();
        d.add(new StringField(KIND, KIND_PASSAGE, Field.Store.NO));
        d.add(new StringField(PATH, p.path(), Field.Store.YES));
        d.add(new StringField(TYPE, p.type(), Field.Store.YES));
        d.add(new IntPoint(ORDINAL, p.ordinal()));
        d.add(new StoredField(ORDINAL, p.ordinal()));
        d.add(new StoredField(TEXT, p.text()));
        d.add(new StoredField(TITLE, p.title()));
        d.add(new StoredField(LANGUAGE, p.language().code()));
        d.add(new StoredField(PAGE, p.page()));
        d.add(new StoredField(HEADINGS, String.join(String.valueOf(HEADING_SEPARATOR), p.headings())));
        d.add(new StoredField(START, p.startOffset()));
        d.add(new StoredField(END, p.endOffset()));
        if (!p.part().isEmpty()) {
            d.add(new StoredField(PART, p.part()));
        }
        if (p.scanned()) {
            d.add(new StoredField(SCANNED, 1));
        }
        // Keyword search sees the title and headings too: a passage under "Rent" is about rent.
        d.add(new TextField(SearchFields.textField(p.language()), SearchFields.searchableText(p), Field.Store.NO));
        d.add(new KnnFloatVectorField(VECTOR, p.vector(), VectorSimilarityFunction.COSINE));
        return d;
    }

    private static Document record(FileRecord r) {
        Document d = new Document();
        d.add(new StringField(KIND, KIND_FILE, Field.Store.NO));
        d.add(new StringField(PATH, r.path(), Field.Store.YES));
        d.add(new StringField(TYPE, r.type(), Field.Store.YES));
        d.add(new StoredField(SIZE, r.size()));
        d.add(new StoredField(MODIFIED, r.modified()));
        d.add(new StoredField(HASH, r.hash()));
        d.add(new StoredField(STATUS, r.status().name()));
        d.add(new StoredField(REASON, r.reason().encode()));
        d.add(new StoredField(REASON_KIND, r.kind().name()));
        d.add(new StoredField(CHUNKS, r.chunks()));
        d.add(new StoredField(TITLE, r.title()));
        d.add(new StoredField(READING, r.reading()));
        if (r.scan().any()) {
            ScanPages scan = r.scan();
            d.add(new StoredField(
                    SCAN_PAGES, scan.scanned() + " " + scan.read() + " " + scan.unread() + " " + scan.doubtful()));
            d.add(new StoredField(SCAN_LANGUAGES, scan.languages()));
        }
        return d;
    }

    static FileRecord toRecord(Document d) {
        return new FileRecord(
                d.get(PATH),
                number(d, SIZE).longValue(),
                number(d, MODIFIED).longValue(),
                d.get(HASH),
                FileStatus.valueOf(d.get(STATUS)),
                Reason.decode(d.get(REASON), storedKind(d.get(REASON_KIND))),
                number(d, CHUNKS).intValue(),
                d.get(TITLE),
                d.get(TYPE),
                Objects.requireNonNullElse(d.get(READING), ""),
                scanPages(d));
    }

    /** An older record's kind; a record from before kinds were kept has none: {@link ReasonKind#OTHER}. */
    private static ReasonKind storedKind(String name) {
        try {
            return name == null ? ReasonKind.OTHER : ReasonKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ReasonKind.OTHER;
        }
    }

    static StoredPassage toPassage(Document d, float[] vector) {
        String headings = d.get(HEADINGS);
        return new StoredPassage(
                d.get(PATH),
                d.get(TITLE),
                d.get(TYPE),
                Language.ofCode(d.get(LANGUAGE)),
                number(d, ORDINAL).intValue(),
                d.get(TEXT),
                number(d, PAGE).intValue(),
                headings.isEmpty() ? List.of() : Arrays.asList(headings.split(String.valueOf(HEADING_SEPARATOR))),
                number(d, START).intValue(),
                number(d, END).intValue(),
                vector,
                Objects.requireNonNullElse(d.get(PART), ""),
                d.getField(SCANNED) != null);
    }

    /** The scanned pages' counts ("scanned read unread doubtful"); none in an index that predates them. */
    private static ScanPages scanPages(Document d) {
        String counts = d.get(SCAN_PAGES);
        if (counts == null) {
            return ScanPages.NONE;
        }
        String[] n = counts.split(" ");
        return new ScanPages(
                Integer.parseInt(n[0]),
                Integer.parseInt(n[1]),
                Integer.parseInt(n[2]),
                Integer.parseInt(n[3]),
                Objects.requireNonNullElse(d.get(SCAN_LANGUAGES), ""));
    }

    private static Number number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f.numericValue();
    }
}
