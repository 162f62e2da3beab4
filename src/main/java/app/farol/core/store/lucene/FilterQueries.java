package app.farol.core.store.lucene;

import app.farol.core.store.PassageFilter;
import java.io.File;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** A {@link PassageFilter} as Lucene queries: passages only, under any of the folders, of any of the types. */
final class FilterQueries {
    private FilterQueries() {}

    /** The query restricted to the filter's passages; the query itself when the filter is empty. */
    static Query withFilter(Query query, PassageFilter filter) {
        if (filter.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(filterQuery(filter), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The filter alone, for kNN searches, which take their filter apart from the query. */
    static Query filterQuery(PassageFilter filter) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (!filter.folders().isEmpty()) {
            BooleanQuery.Builder folders = new BooleanQuery.Builder();
            for (String f : filter.folders()) {
                String prefix = f.endsWith(File.separator) ? f : f + File.separator;
                folders.add(new PrefixQuery(new Term(PassageDocuments.PATH, prefix)), BooleanClause.Occur.SHOULD);
            }
            b.add(folders.build(), BooleanClause.Occur.FILTER);
        }
        if (!filter.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            for (String t : Set.copyOf(filter.types())) {
                types.add(new TermQuery(new Term(PassageDocuments.TYPE, t)), BooleanClause.Occur.SHOULD);
            }
            b.add(types.build(), BooleanClause.Occur.FILTER);
        }
        b.add(
                new TermQuery(new Term(PassageDocuments.KIND, PassageDocuments.KIND_PASSAGE)),
                BooleanClause.Occur.FILTER);
        return b.build();
    }
}
