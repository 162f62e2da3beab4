package app.farol.core.answer.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.retrieval.Question;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void should_say_not_found_in_the_language_the_question_was_read_in() {
        assertThat(Messages.notFound(
                        Question.of("Qual é a capital da Mongólia?").language()))
                .startsWith("Não encontrado");
        assertThat(Messages.notFound(
                        Question.of("What is the capital of France?").language()))
                .startsWith("Not found");
        // neither language's words: English, as before
        assertThat(Messages.notFound(Question.of("zzqqx").language())).startsWith("Not found");
    }
}
