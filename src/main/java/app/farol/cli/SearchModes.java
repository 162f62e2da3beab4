package app.farol.cli;

import app.farol.core.retrieval.FusionMethod;
import app.farol.core.util.FarolException;

/** The --mode words of the command line. */
final class SearchModes {
    private SearchModes() {}

    static FusionMethod parse(String mode) {
        return switch (mode) {
            case "hybrid" -> FusionMethod.DEFAULT;
            case "rrf" -> FusionMethod.RRF;
            case "convex" -> FusionMethod.CONVEX;
            case "convex-tm" -> FusionMethod.CONVEX_TM;
            case "bm25" -> FusionMethod.BM25_ONLY;
            case "vector" -> FusionMethod.VECTOR_ONLY;
            default ->
                throw new FarolException("unknown --mode " + mode
                        + ": use hybrid, bm25 or vector (or rrf, convex: hybrid with that fusion)");
        };
    }
}
