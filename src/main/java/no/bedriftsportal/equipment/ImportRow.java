package no.bedriftsportal.equipment;

/** One data row of an import file: its row number as the spreadsheet shows it, and its values. */
record ImportRow(int line, DeviceInput input) {
}
