package app.farol.core.answer;

import app.farol.core.answer.llm.GenerationLimits;

/**
 * Settings of the answer path.
 *
 * @param targetSecondsToFirstWord how long the model may read its context before the first word
 *     appears; decides how many passages it gets (default 5 s, as in the settings)
 * @param hitsToRetrieve how many hits to ask the retriever for
 * @param neighbours chunks added on each side of a hit when they fit the budget
 * @param closestShownWhenNotFound how many passages to show when nothing relevant was found
 * @param limits token and time caps of the model's answer
 * @param useModel false to answer extractively even when a model is loaded
 * @param contextTokens most tokens of passages the model reads (see {@link
 *     app.farol.core.answer.context.ContextBudget#PASSAGE_TOKENS}); the time target may allow fewer
 */
public record AnswerSettings(
        double targetSecondsToFirstWord,
        int hitsToRetrieve,
        int neighbours,
        int closestShownWhenNotFound,
        GenerationLimits limits,
        boolean useModel,
        int contextTokens) {

    public static AnswerSettings defaults() {
        return new AnswerSettings(
                5,
                8,
                1,
                3,
                GenerationLimits.defaults(),
                true,
                app.farol.core.answer.context.ContextBudget.PASSAGE_TOKENS);
    }

    public AnswerSettings withUseModel(boolean use) {
        return new AnswerSettings(
                targetSecondsToFirstWord,
                hitsToRetrieve,
                neighbours,
                closestShownWhenNotFound,
                limits,
                use,
                contextTokens);
    }

    public AnswerSettings withTarget(double seconds) {
        return new AnswerSettings(
                seconds, hitsToRetrieve, neighbours, closestShownWhenNotFound, limits, useModel, contextTokens);
    }

    public AnswerSettings withLimits(GenerationLimits l) {
        return new AnswerSettings(
                targetSecondsToFirstWord,
                hitsToRetrieve,
                neighbours,
                closestShownWhenNotFound,
                l,
                useModel,
                contextTokens);
    }

    public AnswerSettings withContextTokens(int tokens) {
        return new AnswerSettings(
                targetSecondsToFirstWord,
                hitsToRetrieve,
                neighbours,
                closestShownWhenNotFound,
                limits,
                useModel,
                tokens);
    }
}
