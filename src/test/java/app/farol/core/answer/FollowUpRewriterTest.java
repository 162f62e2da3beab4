package app.farol.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpRewriterTest {

    private static List<Turn> after(String question) {
        return List.of(new Turn(question, question, "some answer"));
    }

    @Test
    void should_replace_the_year_of_the_previous_question() {
        assertThat(FollowUpRewriter.rewrite(after("What was the revenue in 2022?"), "and in 2023?"))
                .isEqualTo("What was the revenue in 2023?");
    }

    @Test
    void should_rewrite_portuguese_follow_ups() {
        assertThat(FollowUpRewriter.rewrite(after("Qual foi a receita em 2022?"), "E em 2023?"))
                .isEqualTo("Qual foi a receita em 2023?");
    }

    @Test
    void should_add_the_new_subject_to_the_previous_question() {
        assertThat(FollowUpRewriter.rewrite(after("Where are the headquarters?"), "what about the factory?"))
                .isEqualTo("Where are the headquarters? the factory?");
    }

    @Test
    void should_leave_a_question_that_stands_on_its_own() {
        assertThat(FollowUpRewriter.rewrite(after("What was the revenue in 2022?"), "Who approved the dividend?"))
                .isEqualTo("Who approved the dividend?");
        assertThat(FollowUpRewriter.rewrite(List.of(), "and in 2023?")).isEqualTo("and in 2023?");
    }
}
