package no.bedriftsportal.equipment;

import no.bedriftsportal.shared.ConflictException;

/**
 * A confirmation refused: checked again, the file now gives another preview (a row has errors, or the register
 * changed since the preview). Nothing was written; the new preview says why.
 */
public class ImportChanged extends ConflictException {

    private final transient ImportPreview preview;

    ImportChanged(ImportPreview preview) {
        super("file", "equipment.import.error.changed", "the import has errors or the register changed since the preview");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
