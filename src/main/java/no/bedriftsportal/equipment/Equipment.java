package no.bedriftsportal.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.bedriftsportal.customer.Companies;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.shared.NorwegianFormat;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NotFoundException;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.shared.audit.AuditTrail;
import no.bedriftsportal.shared.audit.Change;
import no.bedriftsportal.subscription.Subscriptions;

/**
 * The equipment module's API (E1, E2): register, change and move devices, read the list and a device's history.
 * The page controllers and the {@code /api/v1/equipment} routes both call it, always with the caller's scope.
 */
@Service
public class Equipment {

    private final DeviceRepository devices;
    private final Companies companies;
    private final Subscriptions subscriptions;
    private final EquipmentWords words;
    private final ReplacementAge replacementAge;
    private final AuditTrail audit;
    private final Clock clock;

    Equipment(DeviceRepository devices, Companies companies, Subscriptions subscriptions, EquipmentWords words,
            ReplacementAge replacementAge, AuditTrail audit, Clock clock) {
        this.devices = devices;
        this.companies = companies;
        this.subscriptions = subscriptions;
        this.words = words;
        this.replacementAge = replacementAge;
        this.audit = audit;
        this.clock = clock;
    }

    /** The holders, departments and subscriptions the scope's devices may name. */
    Directory directory(AccessScope scope) {
        return new Directory(scope, companies.employees(scope.companyId()), companies.customerAccounts(scope),
                subscriptions.list(scope));
    }

    /** The employees a device can be handed over to, by name. */
    public List<Employee> holders(AccessScope scope) {
        return directory(scope).employees();
    }

    public List<no.bedriftsportal.customer.CustomerAccount> departments(AccessScope scope) {
        return directory(scope).accounts();
    }

    public DevicePage list(AccessScope scope, DeviceQuery query) {
        return devices.page(scope, query, today(), replacementAge.months(scope.companyId()));
    }

    /** The devices from {@code offset}, at most {@code limit}, in the query's order (the API's pages). */
    public DevicePage list(AccessScope scope, DeviceQuery query, int offset, int limit) {
        return devices.window(scope, query, today(), replacementAge.months(scope.companyId()), offset, limit);
    }

    /** Every device the query matches, in its order, one at a time (exports and the report). */
    public void each(AccessScope scope, DeviceQuery query, Consumer<Device> consumer) {
        devices.each(scope, query, today(), replacementAge.months(scope.companyId()), consumer);
    }

    public Optional<Device> find(AccessScope scope, long deviceId) {
        return devices.find(scope, deviceId);
    }

    public Device get(AccessScope scope, long deviceId) {
        return find(scope, deviceId).orElseThrow(() -> new NotFoundException("device"));
    }

    public List<DeviceEvent> history(Device device) {
        return devices.events(device.companyId(), device.id());
    }

    /** How many of the scope's devices need attention: warranty ending within 60 days, older than the replacement age. */
    public EquipmentAttention attention(AccessScope scope) {
        int months = replacementAge.months(scope.companyId());
        DeviceRepository.Attention counts = devices.attention(scope, today(), months);
        return new EquipmentAttention(counts.warranty(), counts.old(), months);
    }

    /** Registers a device (E1); refused with every problem of its input. */
    @Transactional
    public Device register(AccessScope scope, DeviceInput input, Recorder by) {
        DeviceCheck.Checked checked = new DeviceCheck(directory(scope), words).check(input, null);
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        if (checked.ok()) {
            problems.addAll(duplicates(scope.companyId(), checked.values(), null));
        }
        if (!problems.isEmpty()) {
            throw new DeviceInvalid(problems);
        }
        DeviceValues values = checked.values();
        long id = devices.insert(scope.companyId(), values, clock.instant());
        devices.addEvent(scope.companyId(), id, "REGISTERED", registeredOn(values), values.status(), values.employeeId(),
                values.holderName(), null, by.name(), clock.instant());
        Device device = devices.find(AccessScope.wholeCompany(scope.companyId()), id).orElseThrow();
        if (by.audited()) {
            audit.changed(Change.EQUIPMENT_REGISTERED, null, List.of(device.name(), device.identifier()));
        }
        return device;
    }

    /** Changes a device's fields (not its status or holder: those move by actions). */
    @Transactional
    public Device change(AccessScope scope, long deviceId, DeviceInput input, Recorder by) {
        Device existing = devices.findForUpdate(scope, deviceId).orElseThrow(() -> new NotFoundException("device"));
        DeviceCheck.Checked checked = new DeviceCheck(directory(scope), words).check(input, existing);
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        if (checked.ok()) {
            problems.addAll(duplicates(scope.companyId(), checked.values(), deviceId));
        }
        if (!problems.isEmpty()) {
            throw new DeviceInvalid(problems);
        }
        if (!checked.values().sameAs(existing)) {
            devices.update(scope.companyId(), deviceId, checked.values(), clock.instant());
            if (by.audited()) {
                audit.changed(Change.EQUIPMENT_CHANGED, null, List.of(existing.name(), existing.identifier()));
            }
        }
        return devices.find(AccessScope.wholeCompany(scope.companyId()), deviceId).orElseThrow();
    }

    /**
     * Hands a device over, takes it back, sends it to repair … (E2) on the day given (today when blank, never after
     * today), as {@link DeviceLifecycle} allows; the history records it with who did it.
     */
    @Transactional
    public Device act(AccessScope scope, long deviceId, DeviceAction action, ActionInput input, Recorder by) {
        Device device = devices.findForUpdate(scope, deviceId).orElseThrow(() -> new NotFoundException("device"));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = today();
        LocalDate day = today;
        if (!input.effectiveOn().isBlank()) {
            day = DeviceCheck.parseDate(input.effectiveOn()).orElse(null);
            if (day == null) {
                problems.add(FieldProblem.of("effectiveOn", "equipment.error.date", input.effectiveOn().strip()));
            } else if (day.isAfter(today)) {
                problems.add(FieldProblem.of("effectiveOn", "equipment.error.future"));
            } else if (day.getYear() < 1990) {
                problems.add(FieldProblem.of("effectiveOn", "equipment.error.date", input.effectiveOn().strip()));
            }
        }
        LocalDate last = devices.lastEffectiveOn(scope.companyId(), deviceId).orElse(null);
        if (day != null && last != null && day.isBefore(last)) {
            problems.add(FieldProblem.of("effectiveOn", "equipment.error.beforeLast", NorwegianFormat.date(last)));
        }
        if (input.note().strip().length() > 500) {
            problems.add(FieldProblem.of("note", "equipment.error.tooLong", 500));
        }
        Employee newHolder = null;
        if (action == DeviceAction.HAND_OVER) {
            if (input.holder().isBlank()) {
                problems.add(FieldProblem.of("holder", "equipment.error.holderRequired"));
            } else {
                Directory.HolderMatch match = directory(scope).holder(input.holder());
                newHolder = match.employee();
                if (newHolder == null) {
                    problems.add(FieldProblem.of("holder", match.ambiguous() ? "equipment.error.holderAmbiguous"
                            : "equipment.error.unknownHolder", input.holder().strip()));
                } else if (device.status() == DeviceStatus.IN_USE && device.employeeId() != null
                        && device.employeeId() == newHolder.id()) {
                    problems.add(FieldProblem.of("holder", "equipment.error.sameHolder", newHolder.name()));
                }
            }
        }
        if (!DeviceLifecycle.allowed(device.status()).contains(action)) {
            problems.add(0, FieldProblem.of("action", "equipment.action.refused", device.status().name(), action.name()));
        }
        if (!problems.isEmpty()) {
            throw new DeviceInvalid(problems);
        }
        Long holderId = switch (action) {
            case HAND_OVER -> newHolder.id();
            case TAKE_BACK, FOUND, RETIRE -> null;
            default -> device.employeeId();
        };
        String holderName = action == DeviceAction.HAND_OVER ? newHolder.name() : holderId == null ? null : device.holderName();
        DeviceStatus next = DeviceLifecycle.next(device.status(), action, holderId != null);
        devices.move(scope.companyId(), deviceId, next, holderId, clock.instant());
        String note = input.note().isBlank() ? null : input.note().strip();
        devices.addEvent(scope.companyId(), deviceId, action.event(), day, next, holderId, holderName, note, by.name(),
                clock.instant());
        if (by.audited()) {
            audit.changed(Change.EQUIPMENT_MOVED, action.name(), List.of(device.name() + " (" + device.identifier() + ")",
                    no.bedriftsportal.shared.NorwegianFormat.date(day), holderName == null ? "" : holderName));
        }
        return devices.find(AccessScope.wholeCompany(scope.companyId()), deviceId).orElseThrow();
    }

    /** Another device of the company with the same IMEI or serial number, as problems of those fields. */
    List<FieldProblem> duplicates(long companyId, DeviceValues values, Long self) {
        List<FieldProblem> problems = new ArrayList<>();
        if (values.imei() != null) {
            devices.withImei(companyId, values.imei()).filter(id -> !id.equals(self))
                    .ifPresent(id -> problems.add(FieldProblem.of("imei", "equipment.error.imeiTaken", values.imei())));
        }
        if (values.serialNumber() != null) {
            devices.withSerial(companyId, values.serialNumber()).filter(id -> !id.equals(self))
                    .ifPresent(id -> problems.add(FieldProblem.of("serialNumber", "equipment.error.serialTaken",
                            values.serialNumber())));
        }
        return problems;
    }

    /** A registration's day in the history: the purchase date (not after today), else today; recorded_at says when. */
    LocalDate registeredOn(DeviceValues values) {
        LocalDate today = today();
        return values.purchasedOn() != null && !values.purchasedOn().isAfter(today) ? values.purchasedOn() : today;
    }

    LocalDate today() {
        return Oslo.today(clock);
    }
}
