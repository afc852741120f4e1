package no.bedriftsportal.reporting;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.bedriftsportal.reporting.ReportColumn.Role;
import no.bedriftsportal.shared.excel.ExcelColumn;

/**
 * The equipment list (#17, E2): every device of the register in the user's customer numbers with its fields, as it
 * stands now (the period is not read). At department level: per department and kind, the devices and their price.
 * Devices without a department are in a super user's report only, as on the equipment page.
 */
@Component
class EquipmentListReport implements ReportDefinition {

    @Override
    public Set<ReportKind> kinds() {
        return Set.of(ReportKind.EQUIPMENT_LIST);
    }

    @Override
    public List<ReportColumn> columns(ReportKind kind, ResolvedPeriod period) {
        return List.of(ReportColumn.DEPARTMENT, ReportColumn.coded("device_kind", Role.GROUP, 14, "equipment.kind."),
                ReportColumn.text("device", Role.USER, 26), ReportColumn.text("imei", Role.USER, 17),
                ReportColumn.text("serial_number", Role.USER, 16), ReportColumn.NUMBER, ReportColumn.USER_NAME,
                ReportColumn.coded("device_status", Role.USER, 14, "equipment.status."),
                ReportColumn.date("purchased_on", Role.USER), ReportColumn.text("supplier", Role.USER, 16),
                ReportColumn.date("warranty_ends_on", Role.USER), ReportColumn.integer("devices"), ReportColumn.money("price"));
    }

    @Override
    public String select(ReportKind kind, ResolvedPeriod period) {
        return """
                select d.subscription_id, coalesce(a.number || ' ' || a.name, '') as department, d.kind as device_kind,
                       d.make || ' ' || d.model as device, coalesce(d.imei, '') as imei,
                       coalesce(d.serial_number, '') as serial_number,
                       coalesce(substr(s.msisdn, 4, 3) || ' ' || substr(s.msisdn, 7, 2) || ' ' || substr(s.msisdn, 9, 3), '')
                           as number,
                       coalesce(e.name, '') as user_name, d.status as device_status, d.purchased_on,
                       coalesce(d.supplier, '') as supplier, d.warranty_ends_on, 1 as devices, coalesce(d.price, 0) as price
                from device d
                left join customer_account a on a.company_id = d.company_id and a.customer_account_id = d.customer_account_id
                left join employee e on e.company_id = d.company_id and e.employee_id = d.employee_id
                left join subscription s on s.company_id = d.company_id and s.subscription_id = d.subscription_id
                where d.company_id = :company
                  and (cast(:accounts as bigint[]) is null or d.customer_account_id = any(:accounts))
                  and (cast(:userLike as text) is null or e.name ilike :userLike or s.msisdn like :numberLike)
                """;
    }

    @Override
    public String order(ReportKind kind) {
        return "department, device_kind, device, user_name";
    }
}
