package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.testing.ReasonWords;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Damaged copies of Apache Tika's test files that {@code farol bench fuzz --files 300 --seed 2}
 * wrote: before, their reasons were the JVM's messages from inside POI ("Cannot invoke ... because
 * "part" is null", "Index 128 out of bounds for length 128", "...: org.apache.poi...@22c53d82"),
 * which name nothing a person can act on. {@code --files 2000 --seed 17} found damaged OpenOffice 1.x
 * files (.sxc, .sxi) reported as "cannot read the file: invalid CEN header", kind unreadable: the
 * file could be read, its content was damaged.
 */
class DamagedFileReasonsTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "truncated-testComment.xlsx|corrupt or unreadable: the parser met data it could not make sense of"
                        + " (NullPointerException)|danificado ou ilegível: o leitor encontrou dados que não soube"
                        + " interpretar (NullPointerException)",
                "bit-flips-testMSG_StickyNote.msg|corrupt or unreadable: the parser met data it could not make sense"
                        + " of (ArrayIndexOutOfBoundsException)|danificado ou ilegível: o leitor encontrou dados que"
                        + " não soube interpretar (ArrayIndexOutOfBoundsException)",
                "swapped-chunks-testWORD_specialControlCharacter1415.doc|corrupt or unreadable: the parser met data it"
                        + " could not make sense of (ArrayIndexOutOfBoundsException)|danificado ou ilegível: o leitor"
                        + " encontrou dados que não soube interpretar (ArrayIndexOutOfBoundsException)",
                "zeroed-range-testPPT.ppt|corrupt or unreadable: Did not have a user edit atom|danificado ou ilegível:"
                        + " Did not have a user edit atom",
                "swapped-chunks-testStarOffice-6.0-calc.sxc|corrupt or unreadable: invalid CEN header (bad signature)"
                        + "|danificado ou ilegível: invalid CEN header (bad signature)",
                "truncated-testStarOffice-6.0-draw.sxi|corrupt or unreadable: zip END header not found|danificado ou"
                        + " ilegível: zip END header not found"
            })
    void should_say_a_damaged_file_is_corrupt_in_words_not_in_java_messages(
            String name, String english, String portuguese) throws Exception {
        Path file = temp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("damaged/" + name)) {
            Files.copy(in, file);
        }
        try (TikaDocumentParser parser = new TikaDocumentParser()) {
            assertThat(parser.parse(file)).isInstanceOfSatisfying(ParseOutcome.Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(ReasonKind.CORRUPT);
                assertThat(ReasonWords.english(f.reason())).isEqualTo(english);
                assertThat(ReasonWords.portuguese(f.reason())).isEqualTo(portuguese);
            });
        }
    }
}
