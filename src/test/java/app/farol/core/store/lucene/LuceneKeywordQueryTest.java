package app.farol.core.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.retrieval.KeywordQueries;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyword query of a question as the Lucene store runs it, on a real index. */
class LuceneKeywordQueryTest {
    @TempDir
    static Path folder;

    static IndexReader reader;

    /** A real index with one Portuguese and one English passage, for the words' document counts. */
    @BeforeAll
    static void index() throws IOException {
        FSDirectory directory = FSDirectory.open(folder);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PassageDocuments.analyzer()))) {
            Document pt = new Document();
            pt.add(new TextField(
                    "text_pt", "Fica permitido um cão de até 10 kg no apartamento alugado.", Field.Store.NO));
            writer.addDocument(pt);
            Document en = new Document();
            en.add(new TextField("text_en", "The water tank holds 1.8 litres; rinse it every week.", Field.Store.NO));
            writer.addDocument(en);
        }
        reader = DirectoryReader.open(directory);
    }

    private static Query query(String question) {
        return LuceneKeywordQuery.toLucene(KeywordQueries.of(question), reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void should_add_the_other_languages_words_from_the_glossary() {
        String english = query("What is the monthly rent?").toString();
        assertThat(english).contains("text_pt:mensal", "text_pt:aluguel", "text_pt:locaca");
        String portuguese = query("Qual é a capacidade do tanque de água?").toString();
        assertThat(portuguese).contains("text_en:water", "text_en:tank");
    }

    @Test
    void should_add_a_synonym_only_for_a_word_the_documents_never_use() {
        assertThat(query("Posso ter um cachorro?").toString()).contains("text_pt:cao");
        assertThat(query("Posso ter um cão?").toString()).doesNotContain("cachorr");
        // The English words for "cão" are still added: they would find English passages.
        assertThat(query("Posso ter um cão?").toString()).contains("text_en:dog");
    }

    @Test
    void should_drop_the_portuguese_stop_words_of_a_portuguese_question_in_every_language_field() {
        String query = query("O que significa o código de erro E07 na máquina?").toString();
        assertThat(query).contains("text_en:e07", "text_pt:e07", "text_other:e07", "text_pt:codig");
        assertThat(query)
                .doesNotContain("text_en:o ", "text_en:de ", "text_en:na ", "text_other:que ", "text_other:de ");
    }

    @Test
    void should_drop_the_english_stop_words_of_an_english_question_in_every_language_field() {
        String query =
                query("What is the monthly rent of the flat in São Paulo?").toString();
        assertThat(query).contains("text_pt:monthly", "text_other:rent", "text_en:rent");
        assertThat(query).doesNotContain("text_pt:the ", "text_other:is ", "text_other:of ");
    }

    @Test
    void should_weigh_a_code_more_than_the_other_words_of_the_question() {
        String query = query("O que significa o código de erro E07 na máquina?").toString();
        assertThat(query).contains("(text_en:e07)^2.0", "(text_pt:e07)^2.0");
        assertThat(query).doesNotContain("codig)^");
    }
}
