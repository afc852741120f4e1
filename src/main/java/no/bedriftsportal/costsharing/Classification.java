package no.bedriftsportal.costsharing;

/** How a content-service purchase was classified: for work or private (SPEC IC1, IC6). */
public enum Classification {
    WORK, PRIVATE
}
