package no.bedriftsportal.costsharing;

/** The scanned copy of an agreement: PDF, JPEG or PNG, at most 5 MB. */
record AgreementFile(String name, String type, byte[] content) {

    static final long MAX_SIZE = 5L * 1024 * 1024;
    static final java.util.Set<String> TYPES = java.util.Set.of("application/pdf", "image/jpeg", "image/png");
}
