package app.farol.core.store.lucene;

import app.farol.core.store.Candidate;
import app.farol.core.store.KeywordQuery;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.SearchFields;
import app.farol.core.store.SearchSession;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import app.farol.core.util.FarolException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;

/**
 * One acquired Lucene searcher: candidate ids are its document numbers, so the keyword and the
 * vector lists of a query refer to the same snapshot, and stored fields are read only for the
 * passages that are finally shown.
 */
final class LuceneSearchSession implements SearchSession {
    /** Lucene's kNN k is also its search beam: a deeper search finds far more true neighbours. */
    private static final int MIN_VECTOR_BEAM = 100;

    private final SearcherManager manager;
    private final IndexSearcher searcher;
    private final Path folder;
    private final Map<String, StoredPassage> loaded = new HashMap<>();
    private final Map<Integer, Language> languages = new HashMap<>();

    LuceneSearchSession(SearcherManager manager, IndexSearcher searcher, Path folder) {
        this.manager = manager;
        this.searcher = searcher;
        this.folder = folder;
    }

    @Override
    public List<Candidate> keyword(KeywordQuery query, PassageFilter filter, int n) {
        Query textQuery = LuceneKeywordQuery.toLucene(query, searcher.getIndexReader());
        if (textQuery == null) {
            return List.of();
        }
        return candidates(FilterQueries.withFilter(textQuery, filter), n);
    }

    @Override
    public List<Candidate> vector(float[] vector, PassageFilter filter, int n) {
        int beam = Math.max(n, MIN_VECTOR_BEAM);
        Query filterQuery = filter.isEmpty() ? null : FilterQueries.filterQuery(filter);
        List<Candidate> all =
                candidates(new KnnFloatVectorQuery(PassageDocuments.VECTOR, vector, beam, filterQuery), beam);
        List<Candidate> found = all.size() > n ? all.subList(0, n) : all;
        languages.putAll(languagesOf(
                found.stream().mapToInt(c -> Integer.parseInt(c.id())).toArray()));
        return found;
    }

    private List<Candidate> candidates(Query query, int n) {
        try {
            ScoreDoc[] docs = searcher.search(query, n).scoreDocs;
            List<Candidate> result = new ArrayList<>(docs.length);
            for (ScoreDoc sd : docs) {
                result.add(new Candidate(Integer.toString(sd.doc), sd.score));
            }
            return result;
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    /**
     * A passage has norms in the text field of its own language only, and norms are read without
     * loading the stored passage. The vector candidates' languages are read in one pass when
     * they are found; any other candidate's on demand.
     */
    @Override
    public Language language(String candidateId) {
        return languages.computeIfAbsent(
                Integer.parseInt(candidateId),
                doc -> languagesOf(new int[] {doc}).get(doc));
    }

    /** The languages of documents, read leaf by leaf in document order as norms must be. */
    private Map<Integer, Language> languagesOf(int[] docs) {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        Map<Integer, Language> result = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        try {
            int i = 0;
            while (i < sorted.length) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[i], leaves));
                int end = leaf.docBase + leaf.reader().maxDoc();
                int from = i;
                while (i < sorted.length && sorted[i] < end) {
                    i++;
                }
                for (Language language : SearchFields.LANGUAGES) {
                    NumericDocValues norms = leaf.reader().getNormValues(SearchFields.textField(language));
                    for (int j = from; norms != null && j < i; j++) {
                        if (norms.advanceExact(sorted[j] - leaf.docBase)) {
                            result.putIfAbsent(sorted[j], language);
                        }
                    }
                }
                for (int j = from; j < i; j++) {
                    result.putIfAbsent(sorted[j], Language.OTHER);
                }
            }
        } catch (IOException e) {
            throw readFailure(e);
        }
        return result;
    }

    /** Loads each passage once per query: ranking may look at a passage that is then shown. */
    @Override
    public StoredPassage load(Candidate candidate) {
        return loaded.computeIfAbsent(candidate.id(), id -> {
            try {
                return PassageDocuments.toPassage(searcher.storedFields().document(Integer.parseInt(id)), new float[0]);
            } catch (IOException e) {
                throw readFailure(e);
            }
        });
    }

    private FarolException readFailure(IOException e) {
        return new FarolException("could not read the index at " + folder + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw readFailure(e);
        }
    }
}
