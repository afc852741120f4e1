package no.bedriftsportal.equipment;

/**
 * What the dashboard's "Krever handling" says of equipment (E2): devices whose warranty ends within 60 days, and
 * devices bought longer ago than the company's replacement age ({@code months}).
 */
public record EquipmentAttention(long warrantyEnding, long olderThanReplacementAge, int months) {
}
