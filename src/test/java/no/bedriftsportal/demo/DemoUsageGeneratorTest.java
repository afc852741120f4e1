package no.bedriftsportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoUsageGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final long SEED = 42;

    @TempDir
    static Path threeYears;

    private static List<DemoLine> lines;
    private static List<UsageFile> files;
    private static CdrSurvey survey;

    @BeforeAll
    static void generateThreeYearsForAboutFortyLines() throws IOException {
        lines = DemoLineMother.company(36, 7, TODAY);
        files = DemoUsageGenerator.generate(lines, SEED, TODAY, 36, threeYears);
        survey = CdrSurvey.of(files, lines, TODAY);
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedDoesNot(@TempDir Path directory) throws IOException {
        List<DemoLine> few = DemoLineMother.company(8, 3, TODAY);

        List<UsageFile> first = DemoUsageGenerator.generate(few, 1, TODAY, 2, directory.resolve("first"));
        List<UsageFile> again = DemoUsageGenerator.generate(few, 1, TODAY, 2, directory.resolve("again"));
        List<UsageFile> other = DemoUsageGenerator.generate(few, 2, TODAY, 2, directory.resolve("other"));

        assertThat(names(again)).isEqualTo(names(first));
        assertThat(first).isNotEmpty();
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(again.get(i).path())).isEqualTo(Files.readAllBytes(first.get(i).path()));
            assertThat(again.get(i).ordersBefore()).isEqualTo(first.get(i).ordersBefore());
        }
        assertThat(Files.readAllBytes(other.get(0).path())).isNotEqualTo(Files.readAllBytes(first.get(0).path()));
    }

    @Test
    void everyRecordFollowsTheCdrFormatAndTheLinesTerms() {
        assertThat(survey.violations).isEmpty();
        assertThat(survey.totalRecords).isEqualTo(files.stream().mapToInt(UsageFile::records).sum());
    }

    @Test
    void startTimesCarryOslosOffsetAlsoAroundTheClockChanges() {
        assertThat(survey.offsets).containsExactlyInAnyOrder(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2));
        assertThat(survey.nightRecordsOnClockChangeDays).isPositive();
    }

    @Test
    void filesAreWeeksInDeliveryOrderAndEveryFourthIsCompressed() {
        assertThat(files.get(0).firstDay()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(files.get(files.size() - 1).lastDay()).isEqualTo(TODAY.minusDays(1));
        assertThat(names(files)).isSorted();
        for (int i = 0; i < files.size(); i++) {
            UsageFile file = files.get(i);
            String name = file.path().getFileName().toString();
            assertThat(name).isEqualTo("cdr-" + file.firstDay() + (i % 4 == 3 ? ".csv.gz" : ".csv"));
            if (i > 0) {
                assertThat(file.firstDay()).isEqualTo(files.get(i - 1).lastDay().plusDays(1));
                assertThat(file.firstDay().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            }
            if (i < files.size() - 1) {
                assertThat(file.lastDay().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            }
        }
    }

    @Test
    void extraPackagesAreBoughtInTheirFilesWeekOnActiveDaysWithEveryPayer() {
        List<ExtraPackageOrder> orders = new ArrayList<>();
        for (UsageFile file : files) {
            for (ExtraPackageOrder order : file.ordersBefore()) {
                LocalDate day = order.boughtAt().atZone(CalendarDay.OSLO).toLocalDate();
                assertThat(day).isBetween(file.firstDay(), file.lastDay());
                DemoLine line = line(order.msisdn());
                assertThat(line.activeOn(day)).isTrue();
                assertThat(line.planOn(day)).startsWith("FRI_");
                orders.add(order);
            }
        }
        assertThat(orders).extracting(ExtraPackageOrder::payer).contains("COMPANY", "SALARY", "VIPPS");
        assertThat(orders).extracting(ExtraPackageOrder::extraPackageCode).contains("EXTRA_1", "EXTRA_5", "EXTRA_15");
        assertThat(orders).extracting(ExtraPackageOrder::msisdn).contains(DemoLineMother.DATA_CONTROL_FRI_1);
    }

    @Test
    void aDatakontrollLineOnFri1ClearlyExceedsItsPackageInSomeMonths() {
        long monthsOver = survey.homeAndEuDataByLineMonth.entrySet().stream()
                .filter(e -> e.getKey().startsWith(DemoLineMother.DATA_CONTROL_FRI_1))
                .filter(e -> e.getValue() > 1_200_000_000L)
                .count();

        assertThat(monthsOver).isGreaterThanOrEqualTo(5);
    }

    @Test
    void usageTravelsTheWorldAndReachesEverySpecialNumber() {
        assertThat(survey.hasCountryIn(CdrSurvey.EU)).isTrue();
        assertThat(survey.hasCountryIn(CdrSurvey.Z1)).isTrue();
        assertThat(survey.hasCountryIn(CdrSurvey.Z2)).isTrue();
        assertThat(survey.hasZ3Country()).isTrue();
        assertThat(survey.callsHomeFromAbroad).isPositive();
        assertThat(survey.localCallsAbroad).isPositive();
        assertThat(survey.foreignCallsFromNorway).isPositive();
        assertThat(survey.foreignSmsFromNorway).isPositive();
        assertThat(survey.directoryCalls).isPositive();
        assertThat(survey.freephoneCalls).isPositive();
        assertThat(survey.shortNumberCalls).isPositive();
        assertThat(survey.receivedCalls).isPositive();
        assertThat(survey.receivedSms).isPositive();
        assertThat(survey.mms).isPositive();
        assertThat(survey.contentVatRates).containsExactlyInAnyOrder("0", "25");
    }

    @Test
    void someEmployeesPassTheYearlyContentThresholdAndMostDoNot() {
        Map<String, Long> byLineYear = survey.contentOreByLineYear;
        long above = byLineYear.values().stream().filter(ore -> ore > 100_000).count();

        assertThat(above).isPositive();
        assertThat(above).isLessThan(byLineYear.size() / 2);
    }

    @Test
    void callsFollowTheWorkingWeek() {
        assertThat(survey.callsInOfficeHours).isGreaterThan(survey.callsOnWorkingDays * 7 / 10);
        assertThat(survey.callsOnWeekends).isLessThan(survey.callsOnWorkingDays / 10);
        assertThat(survey.longestCallSeconds).isGreaterThan(1_800);
    }

    @Test
    void monthlyDataLandsInEachPlansRange() {
        Map<String, List<Long>> byPlan = survey.homeAndEuDataByLineMonth.entrySet().stream()
                .filter(e -> isWholeMonthOnOnePlan(e.getKey()))
                .collect(Collectors.groupingBy(e -> line(msisdnOf(e.getKey())).planCode(),
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

        assertThat(median(byPlan.get("FRI_1"))).isBetween(700_000_000L, 1_300_000_000L);
        assertThat(median(byPlan.get("FRI_5"))).isBetween(3_000_000_000L, 6_000_000_000L);
        assertThat(median(byPlan.get("FRI_20"))).isBetween(9_000_000_000L, 19_000_000_000L);
        assertThat(median(byPlan.get("BASIS"))).isBetween(100_000_000L, 350_000_000L);
        assertThat(median(byPlan.get("MBB_50"))).isBetween(20_000_000_000L, 45_000_000_000L);
        assertThat(byPlan.get("FRI_1").stream().filter(bytes -> bytes > 1_000_000_000L).count())
                .isGreaterThan(byPlan.get("FRI_1").size() / 4);
    }

    @Test
    void anActiveLineHasAFewHundredRecordsAMonth() {
        List<Integer> wholeMonths = survey.recordsByLineMonth.entrySet().stream()
                .filter(e -> isWholeMonthOnOnePlan(e.getKey()))
                .map(Map.Entry::getValue)
                .sorted()
                .toList();

        double mean = wholeMonths.stream().mapToInt(Integer::intValue).average().orElse(0);
        assertThat(mean).isBetween(200.0, 350.0);
    }

    private static boolean isWholeMonthOnOnePlan(String lineMonth) {
        DemoLine line = line(msisdnOf(lineMonth));
        YearMonth month = YearMonth.parse(lineMonth.substring(lineMonth.indexOf(' ') + 1));
        return line.activeOn(month.atDay(1)) && line.activeOn(month.atEndOfMonth()) && month.atEndOfMonth().isBefore(TODAY)
                && line.planOn(month.atDay(1)).equals(line.planOn(month.atEndOfMonth()))
                && line.planOn(month.atDay(1)).equals(line.planCode());
    }

    private static String msisdnOf(String lineMonth) {
        return lineMonth.substring(0, lineMonth.indexOf(' '));
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static DemoLine line(String msisdn) {
        return lines.stream().filter(line -> line.msisdn().equals(msisdn)).findFirst().orElseThrow();
    }

    private static List<String> names(List<UsageFile> files) {
        return files.stream().map(file -> file.path().getFileName().toString()).toList();
    }
}
