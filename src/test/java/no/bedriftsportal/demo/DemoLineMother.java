package no.bedriftsportal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Demo lines drawn the way {@code DemoPlanner} draws the demo company's subscriptions, with a fixed
 * head of lines that every test can rely on (a Datakontroll FRI_1 line, an upgrade, a termination …).
 */
final class DemoLineMother {

    static final String DATA_CONTROL_FRI_1 = "+4790000001";
    private static final int ROUTERS = 4;

    private DemoLineMother() {
    }

    static List<DemoLine> company(int employees, long seed, LocalDate today) {
        Random random = new Random(seed);
        Set<String> used = new HashSet<>();
        List<DemoLine> lines = new ArrayList<>();
        LocalDate longAgo = today.minusYears(5);
        lines.add(new DemoLine(DATA_CONTROL_FRI_1, "FRI_1", longAgo, null, null, null, true, true));
        lines.add(new DemoLine("+4790000002", "FRI_1", longAgo, null, null, null, false, true));
        lines.add(new DemoLine("+4790000003", "FRI_5", longAgo, null, null, null, false, true));
        lines.add(new DemoLine("+4790000004", "FRI_20", longAgo, null, null, null, false, true));
        lines.add(new DemoLine("+4790000005", "BASIS", longAgo, null, null, null, false, true));
        lines.add(new DemoLine("+4790000006", "FRI_1", longAgo, null, "FRI_5", today.minusDays(200), false, true));
        lines.add(new DemoLine("+4790000007", "FRI_5", longAgo, today.minusDays(100), null, null, false, true));
        lines.add(new DemoLine("+4790000008", "FRI_5", today.minusDays(20), null, null, null, false, true));
        lines.add(new DemoLine("+4790000009", "MBB_50", today.minusDays(700), null, null, null, false, true));
        lines.forEach(line -> used.add(line.msisdn()));
        for (int i = lines.size(); i < employees; i++) {
            lines.add(mobileLine(random, used, today));
            if (random.nextInt(100) < 7) {
                lines.add(broadband(random, used, today, true));
            }
        }
        for (int i = 0; i < ROUTERS; i++) {
            lines.add(broadband(random, used, today, false));
        }
        return lines;
    }

    private static DemoLine mobileLine(Random random, Set<String> used, LocalDate today) {
        int roll = random.nextInt(100);
        String plan = roll < 20 ? "FRI_1" : roll < 58 ? "FRI_5" : roll < 88 ? "FRI_20" : "BASIS";
        boolean isNew = random.nextInt(100) < 6;
        LocalDate activeFrom = isNew ? today.minusDays(random.nextInt(45)) : today.minusDays(400 + random.nextInt(1800));
        boolean dataControl = !"BASIS".equals(plan) && random.nextInt(100) < 10;
        String upgrade = null;
        LocalDate upgradedOn = null;
        if (!isNew && random.nextInt(100) < 12 && ("FRI_1".equals(plan) || "FRI_5".equals(plan))) {
            upgrade = "FRI_1".equals(plan) ? "FRI_5" : "FRI_20";
            upgradedOn = today.minusDays(60 + random.nextInt(300));
        }
        LocalDate terminatedOn = !isNew && random.nextInt(100) < 5 ? today.minusDays(5 + random.nextInt(300)) : null;
        return new DemoLine(number(random, used), plan, activeFrom, terminatedOn, upgrade, upgradedOn, dataControl, true);
    }

    private static DemoLine broadband(Random random, Set<String> used, LocalDate today, boolean hasHolder) {
        return new DemoLine(number(random, used), "MBB_50", today.minusDays(90 + random.nextInt(1000)), null, null, null, false,
                hasHolder);
    }

    private static String number(Random random, Set<String> used) {
        while (true) {
            String msisdn = "+47" + (random.nextInt(10) < 7 ? 9 : 4) + (1_000_000 + random.nextInt(9_000_000));
            if (used.add(msisdn)) {
                return msisdn;
            }
        }
    }
}
