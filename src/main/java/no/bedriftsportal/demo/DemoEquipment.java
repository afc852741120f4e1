package no.bedriftsportal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.Luhn;
import no.bedriftsportal.customer.CustomerAccount;
import no.bedriftsportal.customer.Employee;
import no.bedriftsportal.equipment.ActionInput;
import no.bedriftsportal.equipment.Device;
import no.bedriftsportal.equipment.DeviceAction;
import no.bedriftsportal.equipment.DeviceInput;
import no.bedriftsportal.equipment.Equipment;
import no.bedriftsportal.equipment.Imei;
import no.bedriftsportal.equipment.Recorder;
import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.Oslo;
import no.bedriftsportal.subscription.Subscription;

/**
 * The demo company's equipment register (#17.6): a phone for every holder of a line, laptops and tablets for some,
 * a router on every line without a holder, accessories and spare SIM cards, about 200 devices with makes and models
 * a Norwegian company buys, valid IMEIs and a year of history written through the equipment module's API — hand-
 * overs, repairs, a few lost, some retired, some in stock; a few in repair or lost now, some warranties about to end
 * and some devices older than the replacement age. The same seed gives the same register; dates follow the clock.
 */
@Component
class DemoEquipment {

    private static final Recorder DEMO = Recorder.system("Demo");
    private static final String[][] PHONES = {{"Apple", "iPhone 15", "10990"}, {"Apple", "iPhone 16", "11990"},
            {"Apple", "iPhone 16 Pro", "14990"}, {"Samsung", "Galaxy S24", "10490"}, {"Samsung", "Galaxy A55", "4990"},
            {"Apple", "iPhone 13", "7990"}};
    private static final String[][] LAPTOPS = {{"Lenovo", "ThinkPad T14 Gen 5", "16990"}, {"HP", "EliteBook 840 G11", "17490"},
            {"Lenovo", "ThinkPad X1 Carbon", "22990"}, {"HP", "ProBook 450 G10", "11990"}};
    private static final String[][] TABLETS = {{"Apple", "iPad 10. gen", "5490"}, {"Apple", "iPad Air 11", "8990"},
            {"Samsung", "Galaxy Tab S9", "8490"}};
    private static final String[][] ROUTERS = {{"Huawei", "B535 4G-ruter", "1990"}, {"Netgear", "Nighthawk M6", "6490"},
            {"Huawei", "5G CPE Pro 2", "3990"}};
    private static final String[][] ACCESSORIES = {{"Apple", "AirPods Pro 2", "2990"}, {"Jabra", "Evolve2 65", "2490"},
            {"Samsung", "Lader 45W", "490"}, {"Lenovo", "ThinkPad USB-C Dock", "2790"}};
    private static final String[] SUPPLIERS = {"Atea", "Komplett Bedrift", "Elkjøp Bedrift", "Telia Butikk"};

    private final Equipment equipment;
    private final Clock clock;

    DemoEquipment(Equipment equipment, Clock clock) {
        this.equipment = equipment;
        this.clock = clock;
    }

    /** Writes the register; {@code lines} are the plan's subscriptions as activated, in the plan's order. */
    void seed(long companyId, DemoPlan plan, List<CustomerAccount> accounts, List<Employee> employees, List<Subscription> lines,
            long seed) {
        Random random = new Random(seed * 31 + 17);
        AccessScope scope = AccessScope.wholeCompany(companyId);
        LocalDate today = Oslo.today(clock);
        int index = 0;
        for (int i = 0; i < plan.subscriptions().size(); i++) {
            DemoPlan.Line line = plan.subscriptions().get(i);
            Subscription subscription = lines.get(i);
            if (line.terminateOn() != null) {
                continue;
            }
            String department = accounts.get(line.department()).number();
            if (line.employee() != null) {
                Employee holder = employees.get(line.employee());
                String[] phone = PHONES[random.nextInt(PHONES.length)];
                device(scope, random, today, index++, "PHONE", phone, imei(random), "", subscription.msisdn().national(), holder,
                        department, employees);
                if (random.nextInt(4) == 0) {
                    device(scope, random, today, index++, "LAPTOP", LAPTOPS[random.nextInt(LAPTOPS.length)], "",
                            serial("PF", random), "", holder, department, employees);
                }
                if (random.nextInt(8) == 0) {
                    device(scope, random, today, index++, "TABLET", TABLETS[random.nextInt(TABLETS.length)], imei(random), "", "",
                            holder, department, employees);
                }
            } else {
                device(scope, random, today, index++, "ROUTER", ROUTERS[random.nextInt(ROUTERS.length)], imei(random), "",
                        subscription.msisdn().national(), null, department, employees);
            }
        }
        for (int i = 0; i < 12; i++) {
            String department = accounts.get(random.nextInt(accounts.size())).number();
            device(scope, random, today, index++, "ACCESSORY", ACCESSORIES[random.nextInt(ACCESSORIES.length)], "",
                    serial("AC", random), "", null, department, employees);
        }
        for (int i = 0; i < 5; i++) {
            String department = accounts.get(random.nextInt(accounts.size())).number();
            device(scope, random, today, index++, "SIM", new String[] {"Telenor", "Reserve-SIM", "0"}, "",
                    "89470" + (100000000000000L + random.nextLong(899999999999999L)), "", null, department, employees);
        }
    }

    /**
     * One device and its year: bought some months ago (a few beyond the replacement age, a few with the warranty
     * about to end), handed over on arrival, then now and then a repair, a loss, a new holder or retirement.
     */
    private void device(AccessScope scope, Random random, LocalDate today, int index, String kind, String[] model, String imei,
            String serial, String phone, Employee holder, String department, List<Employee> employees) {
        int monthsAgo = index % 17 == 5 ? 22 : index % 13 == 3 ? 38 + random.nextInt(10) : 2 + random.nextInt(30);
        LocalDate purchased = today.minusMonths(monthsAgo).minusDays(random.nextInt(25));
        LocalDate warranty = purchased.plusYears(2);
        BigDecimal price = new BigDecimal(model[2]).multiply(BigDecimal.valueOf(85 + random.nextInt(20)))
                .divide(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP);
        Device device = equipment.register(scope, new DeviceInput(kind, model[0], model[1], imei, serial, phone, "",
                department, purchased.toString(), price.signum() == 0 ? "" : price.toPlainString(),
                SUPPLIERS[random.nextInt(SUPPLIERS.length)], warranty.toString(), "IN_STOCK",
                index % 23 == 0 ? "Reserve til nyansatte" : ""), DEMO);
        LocalDate day = purchased.plusDays(3);
        Employee current = holder;
        if (holder == null) {
            // a router is held by whoever answers for it at the office; an accessory now and then by someone, a SIM by nobody
            boolean held = "ROUTER".equals(kind) || "ACCESSORY".equals(kind) && random.nextInt(3) > 0;
            current = held ? employees.get(random.nextInt(employees.size())) : null;
        }
        if (index % 29 == 7) {
            current = null; // a spare in stock
        }
        if (current == null) {
            if (index % 41 == 9) {
                act(device, DeviceAction.RETIRE, day(today, purchased, 300), "", "Utgått modell");
            }
            return;
        }
        act(device, DeviceAction.HAND_OVER, day, "id:" + current.id(), "");
        LocalDate yearAgo = today.minusYears(1);
        LocalDate from = day.isBefore(yearAgo) ? yearAgo : day.plusDays(1);
        int story = random.nextInt(100);
        if (monthsAgo >= 38 && story < 40) {
            LocalDate back = later(from, today, random);
            act(device, DeviceAction.TAKE_BACK, back, "", "Byttet til ny");
            act(device, DeviceAction.RETIRE, later(back, today, random), "", "Utrangert etter utskifting");
        } else if (story < 14) {
            LocalDate sent = later(from, today, random);
            act(device, DeviceAction.SEND_TO_REPAIR, sent, "", random.nextBoolean() ? "Knust skjerm" : "Batteriet holder ikke");
            if (index % 9 != 0) {
                act(device, DeviceAction.BACK_FROM_REPAIR, later(sent, today, random), "", "");
            }
        } else if (story < 18) {
            act(device, DeviceAction.REPORT_LOST, later(from, today, random), "", "Mistet på reise");
        } else if (story < 26 && employees.size() > 1) {
            Employee next = employees.get(random.nextInt(employees.size()));
            if (next.id() != current.id()) {
                act(device, DeviceAction.HAND_OVER, later(from, today, random), "id:" + next.id(), "Overtatt etter kollega");
            }
        } else if (story < 30 && holder == null) {
            act(device, DeviceAction.TAKE_BACK, later(from, today, random), "", "");
        }
    }

    private void act(Device device, DeviceAction action, LocalDate day, String holder, String note) {
        equipment.act(AccessScope.wholeCompany(device.companyId()), device.id(), action, new ActionInput(day.toString(), holder,
                note), DEMO);
    }

    /** A day after {@code from} and no later than today. */
    private static LocalDate later(LocalDate from, LocalDate today, Random random) {
        long days = Math.max(0, today.toEpochDay() - from.toEpochDay());
        return from.plusDays(days == 0 ? 0 : 1 + random.nextLong(Math.max(1, days * 2 / 3)));
    }

    private static LocalDate day(LocalDate today, LocalDate from, int days) {
        LocalDate day = from.plusDays(days);
        return day.isAfter(today) ? today : day;
    }

    /** A valid IMEI: an Apple/Samsung-like type allocation code, a serial and the Luhn digit. */
    private static String imei(Random random) {
        String payload = "35" + String.format("%012d", random.nextLong(1_000_000_000_000L));
        return payload + Luhn.checkDigit(payload);
    }

    private static String serial(String prefix, Random random) {
        return prefix + "-" + Long.toString(100000000L + random.nextLong(899999999L), 36).toUpperCase(java.util.Locale.ROOT);
    }
}
