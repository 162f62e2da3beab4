package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableLinesTest {

    @Test
    void should_take_short_lines_that_mostly_hold_numbers_for_table_rows() {
        String specifications = "Technical specifications\nItem Value\nModel number BD-450\nRated power 1450 W\n"
                + "Pump pressure 15 bar\nWater tank capacity 1.8 litres\nWeight 7.2 kg\n";
        assertThat(TableLines.looksLikeTable(specifications)).isTrue();
        assertThat(TableLines.rows(specifications)).hasSize(7).contains("Water tank capacity 1.8 litres");
    }

    @Test
    void should_leave_prose_alone() {
        String prose = "Thank you for choosing the Corvina BD-450. Please read this manual before using the\n"
                + "machine for the first time and keep it for future reference. It heats up in 40\n"
                + "seconds and rinses the spouts.\n";
        assertThat(TableLines.looksLikeTable(prose)).isFalse();
        String shortLinesWithoutNumbers = "Rinse the tank\nFill it with water\nSlide it back\nPress the button\n";
        assertThat(TableLines.looksLikeTable(shortLinesWithoutNumbers)).isFalse();
        assertThat(TableLines.looksLikeTable("Rated power 1450 W\nWeight 7.2 kg\n"))
                .isFalse();
        // A narrow column of prose full of numbers (a tax guide, the Federal Register).
        String column =
                "2013 withholding tables. Employers should\nimplement the 2013 tables as soon as\npossible, but not later than 15 February\n";
        assertThat(TableLines.looksLikeTable(column)).isFalse();
        String citations =
                "[36 FR 7801, Apr. 24, 1971, as amended at 37\nFR 15922, Aug. 8, 1972. Redesignated at 38 FR\n"
                        + "26609, Sept. 24, 1973, and amended at 47 FR\n37013, Aug. 24, 1982]\n";
        assertThat(TableLines.looksLikeTable(citations)).isFalse();
    }
}
