package no.bedriftsportal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalHttpClient;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.messaging.SmsOutbox;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscriptions;
import no.bedriftsportal.usage.CdrSource;
import no.bedriftsportal.usage.IngestCdrFile;

/**
 * The same fact is the same figure wherever it is shown: a user's month of data on D5's card, its
 * panel, D6/D7's list and panel and the data Excel file; the call time of D4's two Excel sheets.
 *
 * <pre>
 * last month, day 10: Berit (FRI_1, 1 GB, Datakontroll on) 1 200 MB → 1 000 in the package, 200 blocked
 *                     two users call from Germany: 89 s each (rounded per row that is 1 + 1 minutes; the total is 2:58)
 * </pre>
 */
@PortalIntegrationTest
class FigureAgreementIntegrationTest {

    private static final DateTimeFormatter CDR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final long MB = 1_000_000L;

    @LocalServerPort
    int port;

    @Autowired
    CompanyMother mother;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    IngestCdrFile ingest;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    DataPackages data;

    @Autowired
    UserOverview users;

    @Autowired
    UserDetails details;

    @Autowired
    Clock clock;

    TestCompany company;
    Msisdn berit;
    Msisdn caller1;
    Msisdn caller2;
    YearMonth lastMonth;
    PortalHttpClient http;

    @BeforeEach
    void feed() throws IOException {
        company = mother.company("Salg");
        berit = company.subscriber(0, "FRI_1", "Berit Blokk");
        caller1 = company.subscriber(0, "FRI_5");
        caller2 = company.subscriber(0, "FRI_5");
        lastMonth = YearMonth.from(Oslo.today(clock)).minusMonths(1);
        subscriptions.setDataControl(berit.value(), true, lastMonth.atDay(1));
        LocalDate day = lastMonth.atDay(10);
        feed(line(berit, day, 1, "DATA", ",,,NO,," + 1_200 * MB)
                + line(caller1, day, 2, "VOICE", ",MO,+4791234567,DE,89,")
                + line(caller2, day, 3, "VOICE", ",MO,+4791234567,DE,89,"));
        http = new PortalHttpClient(port);
        http.logIn(company.superUser(), outbox);
    }

    @Test
    void aUsersDataIsTheSameOnTheDataCardTheUserListItsPanelsAndTheExcelFileAndLeavesBlockedDataOut() throws IOException {
        AccessScope scope = AccessScope.wholeCompany(company.id());
        DataUser onDataCard = data.users(scope, lastMonth).stream().filter(user -> user.msisdn().equals(berit.value()))
                .findFirst().orElseThrow();
        UserCost inUserList = users.users(scope, UserQuery.of(lastMonth, UserSort.DATA, true)).users().stream()
                .filter(user -> user.msisdn().equals(berit.value())).findFirst().orElseThrow();
        UserDetail inUserPanel = details.detail(scope, inUserList.subscriptionId(), lastMonth).orElseThrow();

        assertThat(onDataCard.bytesBlocked()).as("Datakontroll blocked what the package did not hold: " + onDataCard).isEqualTo(200 * MB);
        assertThat(onDataCard.totalBytes()).isEqualTo(1_000 * MB);
        assertThat(inUserList.bytes()).as("D6/D7's list: the same definition as D5").isEqualTo(1_000 * MB);
        assertThat(inUserPanel.user().bytes()).isEqualTo(1_000 * MB);
        assertThat(inUserPanel.trend().get(inUserPanel.trend().size() - 1).bytes()).isEqualTo(1_000 * MB);
        assertThat(inUserPanel.trend().get(inUserPanel.trend().size() - 1).abovePackage())
                .as("blocked data was never given, so it is not above the package").isZero();

        String shown = NorwegianFormat.dataVolume(1_000 * MB);
        assertThat(http.getHtmx("/dashboard/data/users?data=LAST_MONTH").body()).contains(shown);
        assertThat(http.getHtmx("/dashboard/users?users=LAST_MONTH").body()).contains(shown);
        assertThat(http.getHtmx("/dashboard/users/" + inUserList.subscriptionId() + "?users=LAST_MONTH").body()).contains(shown);
        try (XSSFWorkbook workbook = excel("/dashboard/data.xlsx?data=LAST_MONTH")) {
            Sheet sheet = workbook.getSheet("Brukere");
            Row row = rowOf(sheet, berit);
            assertThat(row.getCell(8).getNumericCellValue()).as("MB used in all").isEqualTo(1_000);
            assertThat(row.getCell(9).getNumericCellValue()).as("MB blocked, apart").isEqualTo(200);
        }
    }

    @Test
    void theWorldExcelsTwoSheetsGiveTheSameCallTime() throws IOException {
        try (XSSFWorkbook workbook = excel("/dashboard/world.xlsx?world=DAYS_90")) {
            Sheet countries = workbook.getSheet("Bruk i utlandet");
            Sheet perUser = workbook.getSheet("Brukere per land");
            double countriesTotal = countries.getRow(countries.getLastRowNum()).getCell(2).getNumericCellValue();
            double usersTotal = perUser.getRow(perUser.getLastRowNum()).getCell(5).getNumericCellValue();
            double rowsSummed = perUser.getRow(1).getCell(5).getNumericCellValue() + perUser.getRow(2).getCell(5).getNumericCellValue();

            assertThat(Math.round(countriesTotal * 86_400)).isEqualTo(178);
            assertThat(Math.round(usersTotal * 86_400)).isEqualTo(178);
            assertThat(Math.round(rowsSummed * 86_400)).as("the rows add up to the totals, as Excel sums them").isEqualTo(178);
            assertThat(countries.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");
        }
    }

    private XSSFWorkbook excel(String path) throws IOException {
        PortalHttpClient.Download download = http.download(path);
        assertThat(download.status()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(download.content()));
    }

    private static Row rowOf(Sheet sheet, Msisdn msisdn) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && msisdn.display().equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(msisdn + " not in " + sheet.getSheetName());
    }

    private static String line(Msisdn msisdn, LocalDate day, int minute, String type, String rest) {
        String at = ZonedDateTime.of(day, LocalTime.of(10, minute), Oslo.ZONE).format(CDR_TIME);
        return "agree-" + System.nanoTime() + "," + msisdn + "," + type + "," + at + rest + ",,,,\n";
    }

    private void feed(String lines) throws IOException {
        Path file = Files.createTempFile("agree", ".csv");
        Files.writeString(file, "cdr_id,msisdn,type,start_time,direction,other_party,visited_country,duration_s,volume_bytes,"
                + "amount_nok,vat_rate,provider,description\n" + lines);
        ingest.ingest(file, "agree.csv", CdrSource.UPLOAD);
    }
}
