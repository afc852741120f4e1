/** CSV exports as Norwegian Excel opens them: UTF-8 with BOM, semicolons, decimal comma, formula-safe text. */
package no.bedriftsportal.shared.csv;
