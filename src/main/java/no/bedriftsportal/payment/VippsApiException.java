package no.bedriftsportal.payment;

/**
 * Vipps answered with an error, or could not be reached ({@code status} 0). {@code problem} is Vipps'
 * problem body as sent (title, detail, traceId …), for the log and for support.
 */
public class VippsApiException extends RuntimeException {

    private final int status;
    private final String problem;

    VippsApiException(String operation, int status, String problem) {
        super("Vipps " + operation + " failed: " + (status == 0 ? "no answer" : "HTTP " + status)
                + (problem == null || problem.isBlank() ? "" : " " + abbreviated(problem)));
        this.status = status;
        this.problem = problem;
    }

    VippsApiException(String operation, Throwable cause) {
        super("Vipps " + operation + " failed: " + cause, cause);
        this.status = 0;
        this.problem = null;
    }

    /** The HTTP status, or 0 when there was no answer (timeout, refused connection). */
    public int status() {
        return status;
    }

    /** Vipps' problem body, or {@code null}. */
    public String problem() {
        return problem;
    }

    /** A 4xx: asking again the same way will not help. */
    public boolean clientError() {
        return status >= 400 && status < 500;
    }

    private static String abbreviated(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
