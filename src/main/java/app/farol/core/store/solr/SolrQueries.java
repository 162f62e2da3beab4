package app.farol.core.store.solr;

import app.farol.core.store.PassageFilter;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Solr filter queries and term queries, built with local params so no value needs escaping. */
final class SolrQueries {
    private SolrQueries() {}

    /** {@code {!term f=field}value}: the value as one term, whatever characters it holds. */
    static String term(String field, String value) {
        return "{!term f=" + field + " v=" + quoted(value) + "}";
    }

    /** The filter as filter queries: passages only, under any folder, of any type. */
    static List<String> filters(PassageFilter filter) {
        List<String> fq = new ArrayList<>();
        fq.add(term("kind", SolrDocuments.KIND_PASSAGE));
        if (!filter.folders().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String f : filter.folders()) {
                String prefix = f.endsWith(File.separator) ? f : f + File.separator;
                any.add("_query_:" + quoted("{!prefix f=path v=" + quoted(prefix) + "}"));
            }
            fq.add(String.join(" OR ", any));
        }
        if (!filter.types().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String t : new LinkedHashSet<>(filter.types())) {
                any.add("_query_:" + quoted(term("type", t)));
            }
            fq.add(String.join(" OR ", any));
        }
        return fq;
    }

    /** A local-params value in double quotes, with backslash escapes. */
    static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
