package no.bedriftsportal.equipment;

import no.bedriftsportal.shared.InvalidInputException;

/** A whole import file refused (not a spreadsheet, too big, too many rows, no known columns): nothing is previewed. */
public class ImportRefused extends InvalidInputException {

    ImportRefused(String messageKey, String defaultMessage, Object... arguments) {
        super("file", messageKey, defaultMessage, arguments);
    }
}
