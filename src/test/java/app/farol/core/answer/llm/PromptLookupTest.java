package app.farol.core.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptLookupTest {

    @Test
    void should_draft_what_followed_the_latest_earlier_occurrence_of_the_last_ngram() {
        int[] h = {5, 6, 7, 8, 9, 1, 6, 7, 2, 3, 4, 6, 7};
        // the trigram 4 6 7 never occurred; the bigram 6 7 did, last at 6..7, followed by 2 3 4
        assertThat(PromptLookup.draft(h, h.length, 3)).containsExactly(2, 3, 4);
        assertThat(PromptLookup.draft(h, h.length, 1)).containsExactly(2);
    }

    @Test
    void should_prefer_the_longest_ngram_and_stop_at_the_end_of_history() {
        int[] h = {1, 2, 3, 9, 8, 2, 3, 7, 1, 2, 3};
        // trigram 1 2 3 occurred at 0, followed by 9 8 ...; bigram 2 3 last followed by 7
        assertThat(PromptLookup.draft(h, h.length, 2)).containsExactly(9, 8);
        int[] end = {4, 5, 4};
        assertThat(PromptLookup.draft(end, end.length, 4)).containsExactly(5, 4);
    }

    @Test
    void should_draft_nothing_without_an_earlier_occurrence() {
        assertThat(PromptLookup.draft(new int[] {1, 2, 3}, 3, 4)).isEmpty();
        assertThat(PromptLookup.draft(new int[] {1, 1}, 2, 0)).isEmpty();
        assertThat(PromptLookup.draft(new int[] {1}, 1, 4)).isEmpty();
    }
}
