package no.bedriftsportal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.bedriftsportal.PortalIntegrationTest;

/** Rows written in the binary COPY format are what PostgreSQL reads back, type by type. */
@PortalIntegrationTest
class CopyBinaryIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTypeArrivesAsWritten() throws Exception {
        List<Long> hundredths = List.of(0L, 1L, 5L, 99L, 100L, 123_45L, -123_45L, -1L, 10_000_00L, 1_000_000_000_00L,
                12_345_678_901_23L, 99_990_000L, 20_000L);
        Instant time = Instant.parse("2026-10-25T00:59:59.123456Z");
        CopyBinary first = new CopyBinary(16);
        CopyBinary second = new CopyBinary(16);
        for (int i = 0; i < hundredths.size(); i++) {
            (i % 2 == 0 ? first : second).row(9).int8(i).int2(-7).int4(1_000_000 + i).bool(i % 2 == 0)
                    .text(i == 3 ? "Blåbærsyltetøy AS, «sitat»" : "tekst " + i).text(i == 4 ? null : "NO")
                    .timestamptz(time.plusSeconds(i)).date(LocalDate.of(1999, 12, 31).plusDays(i))
                    .numericHundredths(hundredths.get(i));
        }

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temp table binary_copy (id bigint, small smallint, medium int, flag boolean, name text,
                                                   country char(2), at timestamptz, day date, amount numeric(14,2))""");
            long loaded = CopyBinary.load(connection, "copy binary_copy from stdin (format binary)", List.of(first, second));
            assertThat(loaded).isEqualTo(hundredths.size());

            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select * from binary_copy order by id")) {
                while (rs.next()) {
                    rows.add(rs.getLong("id") + "|" + rs.getInt("small") + "|" + rs.getInt("medium") + "|"
                            + rs.getBoolean("flag") + "|" + rs.getString("name") + "|" + rs.getString("country") + "|"
                            + rs.getObject("at", OffsetDateTime.class).toInstant() + "|" + rs.getObject("day", LocalDate.class)
                            + "|" + rs.getBigDecimal("amount").toPlainString());
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < hundredths.size(); i++) {
                expected.add(i + "|-7|" + (1_000_000 + i) + "|" + (i % 2 == 0) + "|"
                        + (i == 3 ? "Blåbærsyltetøy AS, «sitat»" : "tekst " + i) + "|" + (i == 4 ? null : "NO") + "|"
                        + time.plusSeconds(i) + "|" + LocalDate.of(1999, 12, 31).plusDays(i) + "|"
                        + BigDecimal.valueOf(hundredths.get(i), 2).toPlainString());
            }
            assertThat(rows).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void reorderedRowsArriveInTheirNewOrder() throws Exception {
        int count = 5_000; // some 200 kB of rows: more than one send buffer
        CopyBinary rows = new CopyBinary(64);
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = rows.length();
            rows.row(2).int4(i).text(i == 77 ? "x".repeat(100_000) : "row " + i); // one row larger than the buffer
        }
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (i * 7_919) % count; // every row once, shuffled (7,919 is prime)
        }
        CopyBinary reordered = rows.reordered(starts, order);
        assertThat(reordered.rows()).isEqualTo(count);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create temp table reordered_copy (place serial, id int, name text)");
            CopyBinary.load(connection, "copy reordered_copy (id, name) from stdin (format binary)", List.of(reordered));
            List<Integer> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select id, name from reordered_copy order by place")) {
                while (rs.next()) {
                    ids.add(rs.getInt("id"));
                    assertThat(rs.getString("name")).isEqualTo(rs.getInt("id") == 77 ? "x".repeat(100_000) : "row " + rs.getInt("id"));
                }
            }
            assertThat(ids).containsExactlyElementsOf(java.util.Arrays.stream(order).boxed().toList());
        }
    }
}
