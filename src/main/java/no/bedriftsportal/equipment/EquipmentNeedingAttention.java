package no.bedriftsportal.equipment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.shared.AccessScope;
import no.bedriftsportal.shared.NeedsAttention;

/**
 * "Krever handling" from the equipment register (E2): devices still in the company (in use, in stock or in repair)
 * whose warranty ends within 60 days, and those bought longer ago than the company's replacement age, each linked
 * to the list filtered on them. For users granted equipment, within their customer numbers.
 */
@Component
class EquipmentNeedingAttention implements NeedsAttention {

    private final Equipment equipment;

    EquipmentNeedingAttention(Equipment equipment) {
        this.equipment = equipment;
    }

    @Override
    public String module() {
        return "EQUIPMENT";
    }

    @Override
    public List<Item> items(AccessScope scope) {
        EquipmentAttention attention = equipment.attention(scope);
        List<Item> items = new ArrayList<>();
        if (attention.warrantyEnding() > 0) {
            items.add(new Item("equipment-warranty-ending", "equipment.attention.warranty",
                    DeviceQuery.PATH + "?alert=warranty&sort=warranty", null, attention.warrantyEnding(), DeviceQuery.WARRANTY_DAYS,
                    null, false));
        }
        if (attention.olderThanReplacementAge() > 0) {
            items.add(new Item("equipment-older-than-replacement-age", "equipment.attention.old",
                    DeviceQuery.PATH + "?alert=old&sort=purchased", null, attention.olderThanReplacementAge(), 0,
                    String.valueOf(attention.months()), false));
        }
        return items;
    }
}
