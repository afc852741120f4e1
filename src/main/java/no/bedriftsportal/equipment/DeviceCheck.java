package no.bedriftsportal.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.Msisdn;
import no.bedriftsportal.subscription.Subscription;

/**
 * Checks a device's input field by field and resolves what it names (E1): every problem is collected, so the form
 * shows each next to its field and an import row lists them all in words. Duplicates against other devices are
 * the caller's (they need the register); everything else is here.
 */
final class DeviceCheck {

    static final int MAX_TEXT = 100;
    static final int MAX_NOTES = 2000;
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final BigDecimal MAX_PRICE = new BigDecimal("999999999999.99");

    private final Directory directory;
    private final EquipmentWords words;

    DeviceCheck(Directory directory, EquipmentWords words) {
        this.directory = directory;
        this.words = words;
    }

    /** The result: the values when there are no problems. */
    record Checked(DeviceValues values, List<FieldProblem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param existing the device being changed by the form (its status and holder are kept, as only actions move
     *                 them), or null to register one or to take status and holder from the input (an import)
     */
    Checked check(DeviceInput input, Device existing) {
        List<FieldProblem> problems = new ArrayList<>();
        DeviceKind kind = words.kind(input.kind()).orElse(null);
        if (kind == null) {
            problems.add(input.kind().isBlank() ? FieldProblem.of("kind", "equipment.error.kindRequired")
                    : FieldProblem.of("kind", "equipment.error.kind", input.kind().strip()));
        }
        String make = text(input.make(), "make", true, MAX_TEXT, problems);
        String model = text(input.model(), "model", true, MAX_TEXT, problems);
        String imei = null;
        if (!input.imei().isBlank()) {
            imei = Imei.parse(input.imei()).map(Imei::value).orElse(null);
            if (imei == null) {
                problems.add(FieldProblem.of("imei", "equipment.error.imei", input.imei().strip()));
            }
        }
        String serial = text(input.serialNumber(), "serialNumber", false, 60, problems);
        if (input.imei().isBlank() && serial == null && problems.stream().noneMatch(p -> p.field().equals("serialNumber"))) {
            problems.add(FieldProblem.of("imei", "equipment.error.identifierRequired"));
        }

        Subscription subscription = null;
        if (!input.phone().isBlank()) {
            Optional<Msisdn> msisdn = Msisdn.parse(input.phone().strip());
            if (msisdn.isEmpty()) {
                problems.add(FieldProblem.of("phone", "equipment.error.phone", input.phone().strip()));
            } else {
                subscription = directory.subscription(msisdn.get().value()).orElse(null);
                if (subscription == null) {
                    problems.add(FieldProblem.of("phone", "equipment.error.unknownSubscription", msisdn.get().display()));
                }
            }
        }

        CustomerAccount account = null;
        if (!input.customerNumber().isBlank()) {
            account = directory.account(input.customerNumber()).orElse(null);
            if (account == null) {
                problems.add(FieldProblem.of("customerNumber", "equipment.error.unknownDepartment", input.customerNumber().strip()));
            }
        } else if (subscription != null) {
            account = directory.account(subscription.customerAccountId()).orElse(null);
        }
        if (account == null && input.customerNumber().isBlank() && !directory.scope().allCustomerAccounts()) {
            problems.add(FieldProblem.of("customerNumber", "equipment.error.departmentRequired"));
        }

        LocalDate purchasedOn = date(input.purchasedOn(), "purchasedOn", problems);
        LocalDate warrantyEndsOn = date(input.warrantyEndsOn(), "warrantyEndsOn", problems);
        if (purchasedOn != null && warrantyEndsOn != null && warrantyEndsOn.isBefore(purchasedOn)) {
            problems.add(FieldProblem.of("warrantyEndsOn", "equipment.error.warrantyBeforePurchase"));
        }
        BigDecimal price = price(input.price(), problems);
        String supplier = text(input.supplier(), "supplier", false, MAX_TEXT, problems);
        String notes = text(input.notes(), "notes", false, MAX_NOTES, problems);

        DeviceStatus status;
        Employee holder = null;
        if (existing != null) {
            status = existing.status();
            holder = existing.employeeId() == null ? null : directory.employee(existing.employeeId()).orElse(null);
        } else {
            if (!input.holder().isBlank()) {
                Directory.HolderMatch match = directory.holder(input.holder());
                holder = match.employee();
                if (holder == null) {
                    problems.add(FieldProblem.of("holder", match.ambiguous() ? "equipment.error.holderAmbiguous"
                            : "equipment.error.unknownHolder", input.holder().strip()));
                }
            }
            if (input.status().isBlank()) {
                status = input.holder().isBlank() ? DeviceStatus.IN_STOCK : DeviceStatus.IN_USE;
            } else {
                status = words.status(input.status()).orElse(null);
                if (status == null) {
                    problems.add(FieldProblem.of("status", "equipment.error.status", input.status().strip()));
                }
            }
            if (status == DeviceStatus.IN_USE && input.holder().isBlank()) {
                problems.add(FieldProblem.of("holder", "equipment.error.holderRequired"));
            }
            if ((status == DeviceStatus.IN_STOCK || status == DeviceStatus.RETIRED) && !input.holder().isBlank()) {
                problems.add(FieldProblem.of("holder", "equipment.error.holderNotAllowed"));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new DeviceValues(kind, make, model, imei, serial, subscription == null ? null : subscription.id(),
                holder == null ? null : holder.id(), holder == null ? null : holder.name(),
                account == null ? null : account.id(), purchasedOn, price, supplier, warrantyEndsOn, status, notes), problems);
    }

    private static String text(String value, String field, boolean required, int max, List<FieldProblem> problems) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                problems.add(FieldProblem.of(field, "equipment.error.required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            problems.add(FieldProblem.of(field, "equipment.error.tooLong", max));
            return null;
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(FieldProblem.of(field, "equipment.error.control"));
            return null;
        }
        return stripped;
    }

    /** {@code dd.MM.yyyy} (as the portal writes dates) or {@code yyyy-MM-dd} (a date field, the API). */
    static Optional<LocalDate> parseDate(String value) {
        String stripped = value.strip();
        try {
            return Optional.of(stripped.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(stripped)
                    : LocalDate.parse(stripped, NORWEGIAN_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = parseDate(value).filter(d -> d.getYear() >= 1990 && d.getYear() <= 2100);
        if (date.isEmpty()) {
            problems.add(FieldProblem.of(field, "equipment.error.date", value.strip()));
        }
        return date.orElse(null);
    }

    /** Kroner as people write them: {@code 12 345,67}, {@code 12345.67}, {@code 12 345,67 kr}. */
    static Optional<BigDecimal> parsePrice(String value) {
        String compact = value.strip().replaceAll("(?i)\\s*(kr|nok)\\.?$", "").replaceAll("[\\s\u00a0\u202f]", "");
        if (compact.contains(",")) {
            compact = compact.replace(".", "").replace(',', '.');
        }
        if (!compact.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact).setScale(2));
    }

    private static BigDecimal price(String value, List<FieldProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        Optional<BigDecimal> price = parsePrice(value).filter(p -> p.compareTo(MAX_PRICE) <= 0);
        if (price.isEmpty()) {
            problems.add(FieldProblem.of("price", "equipment.error.price", value.strip()));
        }
        return price.orElse(null);
    }
}
