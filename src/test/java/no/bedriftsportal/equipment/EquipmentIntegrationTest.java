package no.bedriftsportal.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.bedriftsportal.CompanyMother;
import no.bedriftsportal.CompanyMother.TestCompany;
import no.bedriftsportal.PortalIntegrationTest;
import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.csv.CsvWriter;
import no.bedriftsportal.shared.excel.ExcelWorkbook;

/**
 * The equipment register against PostgreSQL (E1, E2): registering with every rule, the actions through the state
 * machine with the history they leave, isolation across companies and customer numbers, the list's filters, and
 * imports of good, mixed and bad files (per-row errors, nothing half-imported) with the export → import round trip.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EquipmentIntegrationTest {

    static final Recorder BY = Recorder.system("Test");

    @Autowired
    CompanyMother mother;
    @Autowired
    Equipment equipment;
    @Autowired
    EquipmentImport imports;
    @Autowired
    EquipmentExport export;
    @Autowired
    Companies companies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestCompany company;
    TestCompany other;
    AccessScope all;
    AccessScope salesOnly;
    AccessScope operationsOnly;
    Msisdn kariPhone;
    Msisdn olaPhone;
    Msisdn otherCompanyPhone;
    Employee kari;
    Employee ola;
    LocalDate today;

    @BeforeAll
    void aCompanyWithTwoDepartmentsAndAnother() {
        company = mother.company("Salg", "Drift");
        kariPhone = company.subscriberWithEmail(0, "FRI_5", "Kari Utstyr", "kari@utstyr.test");
        olaPhone = company.subscriber(1, "FRI_5", "Ola Utstyr");
        other = mother.company("Annet");
        otherCompanyPhone = other.subscriber(0, "FRI_5", "Per Annen");
        all = AccessScope.wholeCompany(company.id());
        salesOnly = new AccessScope(company.id(), Set.of(company.account(0).id()));
        operationsOnly = new AccessScope(company.id(), Set.of(company.account(1).id()));
        List<Employee> employees = companies.employees(company.id());
        kari = employees.stream().filter(e -> e.name().equals("Kari Utstyr")).findFirst().orElseThrow();
        ola = employees.stream().filter(e -> e.name().equals("Ola Utstyr")).findFirst().orElseThrow();
        today = Oslo.today(clock);
    }

    private static DeviceInput phone(String imei, String phone, String holder, String customerNumber) {
        return new DeviceInput("PHONE", "Apple", "iPhone 15", imei, "", phone, holder, customerNumber, "01.02.2025",
                "12 990,00", "Telia Butikk", "01.02.2027", "", "");
    }

    @Test
    void registersAPhoneInUseWithItsHolderSubscriptionAndDepartment() {
        Device device = equipment.register(all, phone("490154203237518", kariPhone.national(), "id:" + kari.id(), ""), BY);
        assertThat(device.status()).isEqualTo(DeviceStatus.IN_USE);
        assertThat(device.holderName()).isEqualTo("Kari Utstyr");
        assertThat(device.msisdn()).isEqualTo(kariPhone.value());
        assertThat(device.customerNumber()).as("from the subscription").isEqualTo(company.account(0).number());
        assertThat(device.price()).isEqualByComparingTo("12990.00");
        assertThat(equipment.history(device)).extracting(DeviceEvent::action, DeviceEvent::status, DeviceEvent::holderName,
                DeviceEvent::recordedBy).containsExactly(org.assertj.core.groups.Tuple.tuple("REGISTERED", DeviceStatus.IN_USE,
                        "Kari Utstyr", "Test"));

        assertThatThrownBy(() -> equipment.register(all, phone("490154203237518", "", "", company.account(0).number()), BY))
                .isInstanceOfSatisfying(DeviceInvalid.class, e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("equipment.error.imeiTaken"));
        // the same IMEI in another company is that company's own business
        assertThat(equipment.register(AccessScope.wholeCompany(other.id()),
                phone("490154203237518", "", "", other.account(0).number()), BY).status()).isEqualTo(DeviceStatus.IN_STOCK);
    }

    @Test
    void refusesEveryBrokenRuleAtOnceNextToItsField() {
        DeviceInput input = new DeviceInput("PHONE", "", "Galaxy S24", "490154203237517", "", otherCompanyPhone.national(),
                "Ingen Slik", "99999999", "31.02.2025", "tolv", "", "01.01.2020", "IN_USE", "");
        assertThatThrownBy(() -> equipment.register(all, input, BY)).isInstanceOfSatisfying(DeviceInvalid.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).contains(
                        org.assertj.core.groups.Tuple.tuple("make", "equipment.error.required"),
                        org.assertj.core.groups.Tuple.tuple("imei", "equipment.error.imei"),
                        org.assertj.core.groups.Tuple.tuple("phone", "equipment.error.unknownSubscription"),
                        org.assertj.core.groups.Tuple.tuple("holder", "equipment.error.unknownHolder"),
                        org.assertj.core.groups.Tuple.tuple("customerNumber", "equipment.error.unknownDepartment"),
                        org.assertj.core.groups.Tuple.tuple("purchasedOn", "equipment.error.date"),
                        org.assertj.core.groups.Tuple.tuple("price", "equipment.error.price")));
        DeviceInput inUseWithoutHolder = new DeviceInput("LAPTOP", "Lenovo", "ThinkPad T14", "", "PF-IN-USE-1", "", "",
                company.account(1).number(), "", "", "", "", "IN_USE", "");
        assertThatThrownBy(() -> equipment.register(all, inUseWithoutHolder, BY)).isInstanceOfSatisfying(DeviceInvalid.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("holder"));
    }

    @Test
    void theDatabaseRefusesADeviceInUseWithoutAHolder() {
        Device device = equipment.register(all, new DeviceInput("ROUTER", "Huawei", "B535", "", "HW-DB-CHECK", "", "",
                company.account(1).number(), "", "", "", "", "", ""), BY);
        assertThatThrownBy(() -> jdbc.sql("update device set status = 'IN_USE' where company_id = :c and device_id = :d")
                .param("c", company.id()).param("d", device.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void movesThroughTheStateMachineAndKeepsTheHistory() {
        Device device = equipment.register(all, phone("356938035643809", "", "id:" + kari.id(), company.account(0).number()), BY);
        String yesterday = today.minusDays(1).toString();
        device = equipment.act(all, device.id(), DeviceAction.TAKE_BACK, new ActionInput(yesterday, "", ""), BY);
        assertThat(device.status()).isEqualTo(DeviceStatus.IN_STOCK);
        assertThat(device.employeeId()).isNull();
        device = equipment.act(all, device.id(), DeviceAction.HAND_OVER, new ActionInput("", "id:" + ola.id(), "Ny i jobben"), BY);
        assertThat(device.status()).isEqualTo(DeviceStatus.IN_USE);
        assertThat(device.holderName()).isEqualTo("Ola Utstyr");
        long handedOver = device.id();
        assertThatThrownBy(() -> equipment.act(all, handedOver, DeviceAction.SEND_TO_REPAIR,
                new ActionInput(today.minusDays(2).toString(), "", ""), BY))
                .as("an action dated before the device's latest one would put the history out of order")
                .isInstanceOfSatisfying(DeviceInvalid.class, e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("equipment.error.beforeLast"));
        device = equipment.act(all, device.id(), DeviceAction.SEND_TO_REPAIR, new ActionInput("", "", "Knust skjerm"), BY);
        device = equipment.act(all, device.id(), DeviceAction.BACK_FROM_REPAIR, new ActionInput("", "", ""), BY);
        assertThat(device.status()).as("back to its holder").isEqualTo(DeviceStatus.IN_USE);
        long id = device.id();
        assertThatThrownBy(() -> equipment.act(all, id, DeviceAction.RETIRE, new ActionInput("", "", ""), BY))
                .isInstanceOfSatisfying(DeviceInvalid.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("action"));
        assertThatThrownBy(() -> equipment.act(all, id, DeviceAction.REPORT_LOST,
                new ActionInput(today.plusDays(1).toString(), "", ""), BY))
                .isInstanceOfSatisfying(DeviceInvalid.class, e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("equipment.error.future"));
        assertThatThrownBy(() -> equipment.act(all, id, DeviceAction.HAND_OVER, new ActionInput("", "", ""), BY))
                .isInstanceOfSatisfying(DeviceInvalid.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("holder"));
        device = equipment.act(all, id, DeviceAction.REPORT_LOST, new ActionInput("", "", ""), BY);
        device = equipment.act(all, id, DeviceAction.RETIRE, new ActionInput("", "", ""), BY);
        assertThat(device.status()).isEqualTo(DeviceStatus.RETIRED);
        assertThat(DeviceLifecycle.allowed(device.status())).isEmpty();
        List<DeviceEvent> history = equipment.history(device);
        assertThat(history).extracting(DeviceEvent::action).containsExactlyInAnyOrder("REGISTERED", "TAKEN_BACK", "HANDED_OVER",
                "SENT_TO_REPAIR", "BACK_FROM_REPAIR", "REPORTED_LOST", "RETIRED");
        assertThat(history).filteredOn(event -> event.action().equals("TAKEN_BACK")).extracting(DeviceEvent::effectiveOn)
                .containsExactly(today.minusDays(1));
        assertThat(history).filteredOn(event -> event.action().equals("HANDED_OVER")).extracting(DeviceEvent::note,
                DeviceEvent::holderName).containsExactly(org.assertj.core.groups.Tuple.tuple("Ny i jobben", "Ola Utstyr"));
    }

    @Test
    void eachScopeSeesOnlyItsOwnDevices() {
        Device sales = equipment.register(all, new DeviceInput("TABLET", "Apple", "iPad Air", "", "IPAD-SALG-1", "", "",
                company.account(0).number(), "", "", "", "", "", ""), BY);
        Device noDepartment = equipment.register(all, new DeviceInput("ACCESSORY", "Apple", "AirPods Pro", "", "AIRPODS-1",
                "", "", "", "", "", "", "", "", ""), BY);
        assertThat(equipment.find(salesOnly, sales.id())).isPresent();
        assertThat(equipment.find(operationsOnly, sales.id())).isEmpty();
        assertThat(equipment.find(salesOnly, noDepartment.id())).as("no department: super users only").isEmpty();
        assertThat(equipment.find(all, noDepartment.id())).isPresent();
        assertThat(equipment.find(AccessScope.wholeCompany(other.id()), sales.id())).isEmpty();
        assertThatThrownBy(() -> equipment.act(operationsOnly, sales.id(), DeviceAction.RETIRE, new ActionInput("", "", ""), BY))
                .isInstanceOf(no.bedriftsportal.shared.NotFoundException.class);
        assertThat(equipment.list(operationsOnly, DeviceQuery.all()).rows()).extracting(Device::customerNumber)
                .containsOnly(company.account(1).number());
        assertThatThrownBy(() -> equipment.register(operationsOnly, new DeviceInput("SIM", "Telenor", "SIM", "", "8947000000001",
                "", "", company.account(0).number(), "", "", "", "", "", ""), BY)).isInstanceOf(DeviceInvalid.class);
    }

    @Test
    void filtersSortsAndPages() {
        equipment.register(all, new DeviceInput("LAPTOP", "HP", "EliteBook 840", "", "HP-FILTER-1", "", "",
                company.account(1).number(), "01.01.2024", "15000", "Atea", "", "", "Filtertest"), BY);
        equipment.register(all, new DeviceInput("LAPTOP", "HP", "EliteBook 860", "", "HP-FILTER-2", "", "",
                company.account(1).number(), "01.01.2025", "18000", "Atea", "", "", "Filtertest"), BY);
        DevicePage page = equipment.list(all, DeviceQuery.parse(java.util.Map.of("q", "filtertest", "sort", "price",
                "dir", "desc")::get));
        assertThat(page.rows()).extracting(Device::serialNumber).containsExactly("HP-FILTER-2", "HP-FILTER-1");
        assertThat(equipment.list(all, DeviceQuery.parse(java.util.Map.of("q", "filtertest", "priceFrom", "16000")::get))
                .rows()).extracting(Device::serialNumber).containsExactly("HP-FILTER-2");
        assertThat(equipment.list(all, DeviceQuery.parse(java.util.Map.of("supplier", "ate", "purchasedTo", "2024-06-30",
                "kind", "LAPTOP")::get)).rows()).extracting(Device::serialNumber).containsExactly("HP-FILTER-1");
        DevicePage first = equipment.list(all, DeviceQuery.parse(java.util.Map.of("q", "filtertest", "size", "25")::get));
        assertThat(first.total()).isEqualTo(2);
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static final String HEADER = "Type;Merke;Modell;IMEI;Serienummer;Mobilnummer;Bruker;Kundenummer;Kjøpsdato;Pris;"
            + "Leverandør;Garanti til;Status;Notater";

    @Test
    void aGoodFileIsPreviewedThenImportedAndChangesWhatItMatches() {
        TestCompany importing = mother.company("Import");
        importing.subscriberWithEmail(0, "FRI_5", "Ida Import", "ida@import.test");
        AccessScope scope = AccessScope.wholeCompany(importing.id());
        String number = importing.account(0).number();
        byte[] file = csv(HEADER,
                "Mobiltelefon;Samsung;Galaxy S24;352099001761481;;;Ida Import;" + number + ";01.03.2025;9 990,00;Elkjøp;01.03.2027;I bruk;",
                "Nettbrett;Apple;iPad 10;;DMPX-1;;;" + number + ";;;;;På lager;\"Med deksel; og lader\"");
        ImportPreview preview = imports.upload(scope, "utstyr.csv", file, BY, true);
        assertThat(preview.rows()).extracting(ImportPreview.Row::outcome).containsExactly(ImportPreview.Outcome.CREATE,
                ImportPreview.Outcome.CREATE);
        assertThat(equipment.list(scope, DeviceQuery.all()).total()).as("nothing before the confirmation").isZero();
        ImportResult result = imports.confirm(scope, preview.importId(), preview.fingerprint(), BY);
        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(equipment.list(scope, DeviceQuery.all()).rows()).extracting(Device::notes).contains("Med deksel; og lader");

        byte[] change = csv(HEADER,
                "Mobiltelefon;Samsung;Galaxy S24;352099001761481;;;;" + number + ";01.03.2025;9 990,00;Elkjøp;01.03.2027;På lager;");
        ImportPreview changed = imports.upload(scope, "endring.csv", change, BY, false);
        assertThat(changed.rows()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(ImportPreview.Outcome.CHANGE);
            assertThat(row.changed()).containsExactlyInAnyOrder("holder", "status");
        });
        imports.importNow(scope, "endring.csv", change, BY);
        Device phone = equipment.list(scope, DeviceQuery.parse(java.util.Map.of("kind", "PHONE")::get)).rows().get(0);
        assertThat(phone.status()).isEqualTo(DeviceStatus.IN_STOCK);
        assertThat(equipment.history(phone)).extracting(DeviceEvent::action).containsExactly("IMPORTED", "REGISTERED");
    }

    @Test
    void aMixedFileNamesEachRowsErrorsAndImportsNothing() {
        TestCompany importing = mother.company("Blandet");
        importing.subscriberWithEmail(0, "FRI_5", "Mia Miks", "mia@miks.test");
        AccessScope scope = AccessScope.wholeCompany(importing.id());
        String number = importing.account(0).number();
        equipment.register(scope, new DeviceInput("ROUTER", "Netgear", "Nighthawk M6", "", "NG-TAKEN", "", "", number, "", "",
                "", "", "", ""), BY);
        byte[] file = csv(HEADER,
                "Mobiltelefon;Apple;iPhone 16;490154203237518;;;Mia Miks;" + number + ";;;;;;",
                "Mobiltelefon;Apple;iPhone 16;490154203237517;;;;" + number + ";;;;;;",
                "Mobiltelefon;Apple;iPhone 16;;SER-1;;Ukjent Person;" + number + ";;;;;I bruk;",
                "Mobiltelefon;Apple;iPhone 16;;SER-2;40000000;;" + number + ";;;;;;",
                "Nettbrett;Apple;iPad;;SER-3;;;" + number + ";;;;;;",
                "Nettbrett;Apple;iPad;;ser-3;;;" + number + ";;;;;;",
                "Ruter;Netgear;Nighthawk M6 Pro;;NG-TAKEN;;;" + number + ";;;;;;",
                "Ruter;Huawei;B535;;SER-4;;;" + number + ";2024-13-01;12,345;;;Borte;");
        ImportPreview preview = imports.upload(scope, "blandet.csv", file, BY, true);
        assertThat(preview.rows()).extracting(ImportPreview.Row::line, ImportPreview.Row::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, ImportPreview.Outcome.CREATE),
                org.assertj.core.groups.Tuple.tuple(3, ImportPreview.Outcome.ERROR),
                org.assertj.core.groups.Tuple.tuple(4, ImportPreview.Outcome.ERROR),
                org.assertj.core.groups.Tuple.tuple(5, ImportPreview.Outcome.ERROR),
                org.assertj.core.groups.Tuple.tuple(6, ImportPreview.Outcome.CREATE),
                org.assertj.core.groups.Tuple.tuple(7, ImportPreview.Outcome.ERROR),
                org.assertj.core.groups.Tuple.tuple(8, ImportPreview.Outcome.CHANGE),
                org.assertj.core.groups.Tuple.tuple(9, ImportPreview.Outcome.ERROR));
        assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::messageKey).containsExactly("equipment.error.imei");
        assertThat(preview.rows().get(2).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("equipment.error.unknownHolder");
        assertThat(preview.rows().get(3).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("equipment.error.unknownSubscription");
        assertThat(preview.rows().get(5).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("equipment.error.serialInFile");
        assertThat(preview.rows().get(7).problems()).extracting(FieldProblem::messageKey).containsExactlyInAnyOrder(
                "equipment.error.date", "equipment.error.price", "equipment.error.status");
        assertThat(preview.importable()).isFalse();
        assertThatThrownBy(() -> imports.confirm(scope, preview.importId(), preview.fingerprint(), BY))
                .isInstanceOf(ImportChanged.class);
        assertThatThrownBy(() -> imports.importNow(scope, "blandet.csv", file, BY)).isInstanceOf(ImportChanged.class);
        assertThat(equipment.list(scope, DeviceQuery.all()).rows()).as("nothing half-imported")
                .extracting(Device::serialNumber).containsExactly("NG-TAKEN");
        assertThat(equipment.list(scope, DeviceQuery.all()).rows().get(0).model()).isEqualTo("Nighthawk M6");
    }

    @Test
    void aConfirmationRefusesWhenTheRegisterChangedSinceThePreview() {
        TestCompany importing = mother.company("Endret");
        AccessScope scope = AccessScope.wholeCompany(importing.id());
        String number = importing.account(0).number();
        byte[] file = csv(HEADER, "Ruter;Huawei;B535;;RACE-1;;;" + number + ";;;;;;");
        ImportPreview preview = imports.upload(scope, "race.csv", file, BY, true);
        equipment.register(scope, new DeviceInput("ROUTER", "Huawei", "B535", "", "RACE-1", "", "", number, "", "", "",
                "", "", "Før importen"), BY);
        assertThatThrownBy(() -> imports.confirm(scope, preview.importId(), preview.fingerprint(), BY))
                .isInstanceOfSatisfying(ImportChanged.class, e -> assertThat(e.preview().rows().get(0).outcome())
                        .isEqualTo(ImportPreview.Outcome.CHANGE));
    }

    @Test
    void badFilesAreRefusedWhole() {
        AccessScope scope = AccessScope.wholeCompany(company.id());
        assertThatThrownBy(() -> imports.upload(scope, "x.csv", csv("Navn;Alder", "Kari;40"), BY, false))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.messageKey()).isEqualTo("equipment.import.error.columns"));
        assertThatThrownBy(() -> imports.upload(scope, "x.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, BY, false))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.messageKey()).isEqualTo("equipment.import.error.format"));
        assertThatThrownBy(() -> imports.upload(scope, "x.csv", new byte[0], BY, false))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.messageKey()).isEqualTo("equipment.import.error.empty"));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= ImportReader.MAX_ROWS; i++) {
            many.append("\r\nRuter;Huawei;B535;;MANY-").append(i).append(";;;;;;;;;");
        }
        assertThatThrownBy(() -> imports.upload(scope, "x.csv", many.toString().getBytes(StandardCharsets.UTF_8), BY, false))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.messageKey()).isEqualTo("equipment.import.error.tooManyRows"));
    }

    @Test
    void anExportImportedAgainChangesNothing() throws Exception {
        TestCompany round = mother.company("Rund", "Tur");
        Msisdn line = round.subscriberWithEmail(0, "FRI_5", "Rune Rund", "rune@rund.test");
        round.subscriberWithEmail(1, "FRI_5", "Rune Rund", "rune2@rund.test"); // a name two employees share
        AccessScope scope = AccessScope.wholeCompany(round.id());
        Employee rune = companies.employees(round.id()).stream().filter(e -> "rune@rund.test".equals(e.email())).findFirst()
                .orElseThrow();
        equipment.register(scope, new DeviceInput("PHONE", "Apple", "iPhone 16", "490154203237518", "F2LX-1", line.national(),
                "id:" + rune.id(), "", "15.01.2025", "14 490,50", "Komplett", "15.01.2027", "", "=HYPERLINK(\"x\")\nlinje 2"), BY);
        equipment.register(scope, new DeviceInput("ACCESSORY", "Apple", "Lader 20W", "", "-LADER-1", "", "",
                round.account(1).number(), "", "", "", "", "", ""), BY);
        Device lost = equipment.register(scope, new DeviceInput("TABLET", "Samsung", "Galaxy Tab S9", "356938035643809", "",
                "", "id:" + rune.id(), round.account(0).number(), "", "7990", "", "", "IN_USE", ""), BY);
        equipment.act(scope, lost.id(), DeviceAction.REPORT_LOST, new ActionInput("", "", ""), BY);

        for (Locale locale : List.of(Locale.forLanguageTag("nb"), Locale.ENGLISH)) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            try (CsvWriter writer = CsvWriter.open(csv)) {
                export.csv(scope, DeviceQuery.all(), locale, writer);
            }
            ImportPreview fromCsv = imports.upload(scope, "eksport.csv", csv.toByteArray(), BY, false);
            assertThat(fromCsv.rows()).as("CSV " + locale).hasSize(3).allSatisfy(row -> assertThat(row.outcome())
                    .as(row.problems() + " " + row.changed()).isEqualTo(ImportPreview.Outcome.UNCHANGED));

            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            try (ExcelWorkbook workbook = new ExcelWorkbook()) {
                export.excel(scope, DeviceQuery.all(), locale, workbook);
                workbook.writeTo(xlsx);
            }
            ImportPreview fromExcel = imports.upload(scope, "eksport.xlsx", xlsx.toByteArray(), BY, false);
            assertThat(fromExcel.rows()).as("Excel " + locale).hasSize(3).allSatisfy(row -> assertThat(row.outcome())
                    .as(row.problems() + " " + row.changed()).isEqualTo(ImportPreview.Outcome.UNCHANGED));
        }
    }
}
