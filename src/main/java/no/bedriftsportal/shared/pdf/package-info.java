/** PDF reports: a table streamed row by row onto A4 pages, with a heading, Norwegian figures and page numbers. */
package no.bedriftsportal.shared.pdf;
