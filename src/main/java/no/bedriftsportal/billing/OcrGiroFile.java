package no.bedriftsportal.billing;

import java.util.List;
import java.util.Objects;

/** One OCR giro transmission from Nets: the incoming payments of one or more assignments. */
public record OcrGiroFile(String transmissionNumber, List<OcrAssignment> assignments) {

    public OcrGiroFile {
        Objects.requireNonNull(transmissionNumber, "transmissionNumber");
        assignments = List.copyOf(assignments);
    }

    public List<OcrPayment> payments() {
        return assignments.stream().flatMap(assignment -> assignment.payments().stream()).toList();
    }
}
