package app.farol.core.store.solr;

import app.farol.core.store.KeywordQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@link KeywordQuery} as Solr request parameters, term for term the query the embedded store
 * runs: each term a {@code {!term}} query (looked up verbatim: Farol analysed it already), a
 * group of terms their sum, a clause the best of its groups ({@code {!maxscore tie=0}}, Lucene's
 * DisjunctionMaxQuery) at its boost, the clauses summed. Every term travels in a parameter of
 * its own, so no text needs escaping. Each group is a nested query of its own: Solr's maxscore
 * parser takes the top-level clauses it is given as the alternatives, so a group written in
 * parentheses would be flattened into its terms and score its best term instead of their sum.
 */
final class SolrKeywordQuery {
    private SolrKeywordQuery() {}

    /**
     * The parameters of the search; {@code unused} tells whether no passage has a term (for a
     * clause that counts only then). Empty when no clause is left.
     */
    static Map<String, List<String>> params(KeywordQuery query, Predicate<KeywordQuery.Term> unused) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        int term = 0;
        int clauseNo = 0;
        int groupNo = 0;
        for (KeywordQuery.Clause clause : query.clauses()) {
            if (clause.onlyIfUnused() != null && !unused.test(clause.onlyIfUnused())) {
                continue;
            }
            List<String> groups = new ArrayList<>();
            for (KeywordQuery.Terms group : clause.alternatives()) {
                List<String> terms = new ArrayList<>();
                for (String t : group.terms()) {
                    String name = "t" + term++;
                    params.put(name, List.of(t));
                    terms.add("_query_:\"{!term f=" + group.field() + " v=$" + name + "}\"");
                }
                String g = "g" + groupNo++;
                params.put(g, List.of(String.join(" ", terms)));
                groups.add("_query_:\"{!lucene q.op=OR v=$" + g + "}\"");
            }
            String b = "b" + clauseNo;
            if (groups.size() == 1) {
                // maxscore would take a lone group's terms as the alternatives and keep the best
                // term only: a lone group is its terms' sum, as it is
                params.put(b, List.of("{!lucene q.op=OR v=$g" + (groupNo - 1) + "}"));
            } else {
                String c = "c" + clauseNo;
                params.put(c, List.of(String.join(" ", groups)));
                params.put(b, List.of("{!maxscore tie=0 v=$" + c + "}"));
            }
            clauseNo++;
            top.add(
                    clause.boost() == 1f
                            ? "_query_:\"{!query v=$" + b + "}\""
                            : "_query_:\"{!boost b=" + String.format(Locale.ROOT, "%.4f", clause.boost()) + " v=$" + b
                                    + "}\"");
        }
        if (top.isEmpty()) {
            return Map.of();
        }
        params.put("q", List.of(String.join(" ", top)));
        params.put("defType", List.of("lucene"));
        params.put("q.op", List.of("OR"));
        return params;
    }
}
