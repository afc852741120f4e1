/** Excel exports: streamed workbooks with typed cells, totals and formula-safe text. */
package no.bedriftsportal.shared.excel;
