package no.bedriftsportal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void hundredthsAreWrittenAsDecimalsOfScaleTwo() {
        CopyText row = new CopyText().hundredths(0).hundredths(5).hundredths(-5).hundredths(100).hundredths(12_345)
                .hundredths(-12_340).endRow();

        assertThat(row.toString()).isEqualTo("0.00\t0.05\t-0.05\t1.00\t123.45\t-123.40\n");
    }

    @Test
    void textIsEscapedAndNullWrittenAsBackslashN() {
        CopyText row = new CopyText().text("a\tb\\c\nd").text(null).number(7).endRow();

        assertThat(row.toString()).isEqualTo("a\\tb\\\\c\\nd\t\\N\t7\n");
    }
}
