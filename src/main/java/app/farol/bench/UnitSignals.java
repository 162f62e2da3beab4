package app.farol.bench;

import app.farol.core.answer.extractive.ExtractiveAnswerer.RankedUnit;
import app.farol.core.answer.extractive.UnitFeatures;
import app.farol.core.answer.service.AnswerService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench extractive --units}: one line per candidate unit of every question, its signals and
 * whether it is a right first unit (holds the expected phrase, from the expected file), so that a
 * ranker's weights can be chosen, or learnt, outside the program and checked here.
 */
final class UnitSignals {
    static final String HEADER = "question\trank\tscore\tright\tcosine\toverlap\tcoverage\ttyped\ttyped_question"
            + "\tpassage_rank\tacross\tenglish\twords\tnamed\tphrases\ttotal\tprevious\tdocument\tfile\tunit";

    private UnitSignals() {}

    static void write(AnswerService service, List<String[]> rows, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println(HEADER);
            for (int q = 0; q < rows.size(); q++) {
                String[] r = rows.get(q);
                List<RankedUnit> ranked = service.rankedUnits(r[0]);
                for (int i = 0; i < ranked.size(); i++) {
                    RankedUnit u = ranked.get(i);
                    UnitFeatures f = u.features();
                    String name = u.passage().path().getFileName().toString();
                    boolean right = name.equals(r[1])
                            && BenchExtractiveCommand.normalise(u.sentence().text())
                                    .contains(BenchExtractiveCommand.normalise(r[3]));
                    out.printf(
                            Locale.ROOT,
                            "%d\t%d\t%.4f\t%d\t%.4f\t%.4f\t%.4f\t%d\t%d\t%d\t%d\t%d\t%d\t%.4f\t%d\t%d\t%.4f\t%.4f\t%s\t%s%n",
                            q,
                            i,
                            u.score(),
                            right ? 1 : 0,
                            f.cosine(),
                            f.overlap(),
                            f.coverage(),
                            f.typed() ? 1 : 0,
                            f.typedQuestion() ? 1 : 0,
                            f.passageRank(),
                            f.acrossLanguages() ? 1 : 0,
                            f.englishQuestion() ? 1 : 0,
                            f.words(),
                            f.named(),
                            f.phrases(),
                            f.total() ? 1 : 0,
                            f.previous(),
                            f.document(),
                            name,
                            u.sentence().text().replaceAll("\\s+", " "));
                }
            }
        }
    }
}
