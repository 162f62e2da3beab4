package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.farol.testing.ReasonWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real files of the shared corpus (Apache Tika's test files) that Farol does not read, through
 * real Tika: each outcome carries its kind and its values as data, and renders in English and in
 * Portuguese from the same bundles the desktop and the terminal use.
 */
class ReasonsInBothLanguagesTest {
    private static final Path CORPUS =
            Path.of("../shared/corpus/tika").toAbsolutePath().normalize();
    private static TikaDocumentParser parser;

    @TempDir
    Path temp;

    @BeforeAll
    static void parser() {
        parser = new TikaDocumentParser();
    }

    @AfterAll
    static void close() {
        parser.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "docx/testWORD_protected_passtika.docx|ENCRYPTED|PASSWORD|encrypted: needs a password"
                        + "|protegido: precisa de senha",
                "7z/test7Z_protected_passTika.7z|ENCRYPTED|ARCHIVE_PASSWORD|encrypted: the archive needs a password"
                        + "|protegido: o arquivo compactado precisa de senha",
                "docx/testWORD_truncated.docx|CORRUPT|DAMAGED|corrupt or unreadable: Couldn't find core part"
                        + "|danificado ou ilegível: Couldn't find core part",
                "pages/testPages2013.pages|UNSUPPORTED|APPLE_IWORK|unsupported format: Apple Pages, Keynote or Numbers"
                        + " 2013 or later, whose text no offline reader can take out; export it from Pages, Keynote or"
                        + " Numbers as PDF or Word (File › Export To)"
                        + " and put the copy in the folder|formato não suportado: Apple Pages,"
                        + " Keynote ou Numbers de 2013 ou posterior, cujo texto nenhum leitor offline consegue extrair;"
                        + " exporte-o no Pages, Keynote ou Numbers como PDF ou Word (Arquivo ›"
                        + " Exportar Para) e ponha a cópia na pasta",
                "zip/droste.zip|TOO_LARGE|NESTED_ARCHIVES|too large: archives nested more than 3 levels deep (a zip"
                        + " bomb?): unpack the outer ones to index it|grande demais: arquivos compactados aninhados em"
                        + " mais de 3 níveis (uma bomba zip?): descompacte os de fora para o indexar"
            })
    void should_carry_the_kind_and_details_of_a_real_file_and_say_it_in_both_languages(
            String file, ReasonKind kind, Cause cause, String english, String portuguese) {
        Path path = CORPUS.resolve(file);
        assumeTrue(Files.isRegularFile(path), "the shared corpus is not here");
        Reason reason = reasonOf(parser.parse(path));
        assertThat(reason.kind()).as(file).isEqualTo(kind);
        assertThat(reason.cause()).as(file).isEqualTo(cause);
        assertThat(ReasonWords.english(reason)).isEqualTo(english);
        assertThat(ReasonWords.portuguese(reason)).isEqualTo(portuguese);
    }

    @Test
    void should_name_the_type_it_does_not_read_as_a_value_not_in_a_sentence() throws Exception {
        Path binary = temp.resolve("blob.bin");
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Files.write(binary, bytes);
        Path empty = Files.createFile(temp.resolve("empty.txt"));

        Reason unknown = reasonOf(parser.parse(binary));
        assertThat(unknown.cause()).isEqualTo(Cause.UNKNOWN_BINARY);
        assertThat(ReasonWords.portuguese(unknown))
                .isEqualTo("formato não suportado: dados binários de tipo desconhecido");

        Reason nothing = reasonOf(parser.parse(empty));
        assertThat(nothing.kind()).isEqualTo(ReasonKind.NO_TEXT);
        assertThat(ReasonWords.english(nothing)).isEqualTo("empty file");
        assertThat(ReasonWords.portuguese(nothing)).isEqualTo("arquivo vazio");
    }

    private static Reason reasonOf(ParseOutcome outcome) {
        return switch (outcome) {
            case ParseOutcome.Skipped s -> s.reason();
            case ParseOutcome.Failed f -> f.reason();
            default -> throw new AssertionError("read, not refused: " + outcome);
        };
    }
}
