package app.farol.cli;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.Citation;
import app.farol.core.answer.ContextPlan;
import app.farol.core.answer.Passage;
import app.farol.core.answer.context.UnitContext;
import app.farol.core.answer.extractive.AnswerSpan;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.util.CancelToken;
import app.farol.core.util.DisplayNames;
import app.farol.core.util.FarolException;
import app.farol.workspace.StoreLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farol ask}: answers a question from the indexed documents, streaming, with numbered sources. */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = "Answer a question from your documents, citing the passages it comes from.")
public final class AskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(
            names = "--model-server",
            paramLabel = "URL[#MODEL]",
            description =
                    "Answer with a model on an OpenAI-compatible server (key from $FAROL_MODEL_SERVER_KEY) instead of a local one.")
    String modelServer;

    @Option(
            names = "--model",
            paramLabel = "DIR|none",
            description =
                    "Model folder, or 'none' for an extractive answer. Default: the model chosen with 'models use'.")
    String model;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Option(
            names = "--target-seconds",
            paramLabel = "S",
            defaultValue = "15",
            description = "Time the model may read its context before the first word (default: ${DEFAULT-VALUE}).")
    double targetSeconds;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question.")
    List<String> words;

    private final SearchBackend.Opener opener;

    public AskCommand(SearchBackend.Opener opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Arguments.positive("--target-seconds", targetSeconds);
        StoreLocation location = index.location();
        String question = String.join(" ", words);
        try (SearchBackend backend = opener.open(location);
                AnswerEngine engine = AnswerEngine.load(model, modelServer, err)) {
            AnswerSettings settings = AnswerSettings.defaults().withTarget(targetSeconds);
            AnswerService service = new AnswerService(
                    backend.retriever(),
                    backend.embedder(),
                    engine.engine(),
                    settings,
                    engine.engine() == null
                            ? app.farol.core.answer.llm.TokenCodec.installedCounter(model)
                                    .orElse(null)
                            : null);
            List<Passage> context = new java.util.ArrayList<>();
            AnswerListener listener = json
                    ? new AnswerListener() {
                        @Override
                        public void onContext(List<Passage> passages, ContextPlan plan) {
                            context.addAll(passages);
                        }
                    }
                    : new TerminalListener(out, err, engine.engine() != null);
            Answer answer = service.ask(List.of(), question, listener, CancelToken.none());
            if (json) {
                out.println(toJson(question, answer, context, service.contextTokenizer()));
            } else {
                printSources(out, answer);
            }
            out.flush();
            return 0;
        } catch (FarolException e) {
            err.println("farol ask: " + e.getMessage());
            return 1;
        }
    }

    /**
     * @param context the passages the model read, or would read ({@link AnswerListener#onContext}); empty when nothing was found
     * @param tokens the tokenizer they were counted with
     */
    static String toJson(
            String question, Answer a, List<Passage> context, java.util.function.ToIntFunction<String> tokens) {
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = om.createObjectNode();
        root.put("answer", a.text());
        java.util.Optional<AnswerSpan.Span> span =
                a.grounded() ? AnswerSpan.of(question, a.text()) : java.util.Optional.empty();
        if (span.isPresent()) {
            root.putArray("answer_span").add(span.get().start()).add(span.get().end());
        } else {
            root.putNull("answer_span");
        }
        root.put("mode", a.mode() == Answer.Mode.LLM ? "llm" : "extractive");
        root.put("grounded", a.grounded());
        ArrayNode cites = root.putArray("citations");
        for (Citation c : a.citations()) {
            cites.addObject()
                    .put("n", c.n())
                    .put("path", c.path().toString())
                    .put("page", c.page())
                    .put("scanned", c.scanned())
                    .put("text", c.text());
        }
        ObjectNode ctx = root.putObject("context");
        ctx.put("tokens", UnitContext.tokens(context, tokens));
        ArrayNode read = ctx.putArray("passages");
        for (Passage p : context) {
            read.addObject()
                    .put("n", p.n())
                    .put("path", p.path().toString())
                    .put("page", p.page())
                    .put("text", p.text());
        }
        if (!a.grounded()) {
            ArrayNode closest = root.putArray("closest");
            for (Passage p : a.passages()) {
                closest.addObject()
                        .put("n", p.n())
                        .put("path", p.path().toString())
                        .put("page", p.page())
                        .put("text", p.text());
            }
        }
        return root.toString();
    }

    private static void printSources(PrintWriter out, Answer a) {
        out.println();
        if (!a.grounded()) {
            out.println(Terminal.printable(a.text()));
            for (Passage p : a.passages()) {
                out.printf(
                        Locale.ROOT, "  [%d] %s%n      %s%n", p.n(), DisplayNames.safe(p.source()), shorten(p.text()));
            }
            return;
        }
        out.println("Sources:");
        for (Citation c : a.citations()) {
            String where = DisplayNames.safe(c.fileName())
                    + (c.page() > 0 ? ", page " + c.page() : "")
                    + (c.scanned() ? " (" + Passage.FROM_A_SCAN + ")" : "");
            out.printf(
                    Locale.ROOT,
                    "  [%d] %s (characters %d-%d)%n      %s%n",
                    c.n(),
                    where,
                    c.startOffset(),
                    c.endOffset(),
                    shorten(c.text()));
        }
    }

    static String shorten(String s) {
        String one = Terminal.printable(s).replaceAll("\\s+", " ").strip();
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }

    /** Prints the quick extractive answer, then streams the model's words. */
    private static final class TerminalListener implements AnswerListener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean model;

        TerminalListener(PrintWriter out, PrintWriter err, boolean model) {
            this.out = out;
            this.err = err;
            this.model = model;
        }

        @Override
        public void onContext(List<Passage> passages, ContextPlan plan) {
            if (model) {
                err.printf(
                        Locale.ROOT,
                        "Reading %d passages (%d tokens, about %.0f s at %.0f tokens/s)...%n",
                        passages.size(),
                        plan.passageTokens(),
                        plan.estimatedSecondsToFirstWord(),
                        plan.promptTokensPerSecond());
                err.flush();
            }
        }

        @Override
        public void onExtractive(Answer extractive) {
            if (model && extractive.grounded()) {
                out.println("From the passages: " + Terminal.printable(extractive.text()));
                out.println();
                out.print("Answer: ");
            } else if (!model && extractive.grounded()) {
                out.print(Terminal.printable(extractive.text()));
            }
            out.flush();
        }

        /** A bar that fills as the model reads, redrawn in place; only on a terminal. */
        @Override
        public void onReading(int read, int total) {
            if (!Terminal.isInteractive() || total <= 0) {
                return;
            }
            int width = 30;
            int filled = (int) ((long) width * read / total);
            err.printf(
                    Locale.ROOT,
                    "\rReading [%s%s] %3d%% (%d of %d tokens)%s",
                    "#".repeat(filled),
                    " ".repeat(width - filled),
                    100L * read / total,
                    read,
                    total,
                    read >= total ? System.lineSeparator() : "");
            err.flush();
        }

        @Override
        public void onWritten(int tokens, double tokensPerSecond) {
            out.flush();
            err.printf(Locale.ROOT, "%n(%d tokens written at %.1f tokens/s)%n", tokens, tokensPerSecond);
            err.flush();
        }

        @Override
        public void onToken(String text) {
            out.print(Terminal.printable(text));
            out.flush();
        }
    }
}
