package app.farol.core.answer;

/**
 * How much context the model gets and what it costs.
 *
 * @param passageTokens tokens of the passages and question the model will read
 * @param budgetTokens tokens allowed by the time-to-first-word target
 * @param promptTokensPerSecond the measured reading speed of the loaded model (0 when unknown)
 * @param estimatedSecondsToFirstWord passage tokens divided by reading speed (0 when no model)
 */
public record ContextPlan(
        int passageTokens, int budgetTokens, double promptTokensPerSecond, double estimatedSecondsToFirstWord) {}
