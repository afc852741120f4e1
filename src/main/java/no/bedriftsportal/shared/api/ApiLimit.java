package no.bedriftsportal.shared.api;

import no.bedriftsportal.shared.InvalidInputException;

/** The {@code limit} parameter of a list: 100 when not given, at most 500; beyond, a 400 problem naming it. */
public final class ApiLimit {

    public static final String PARAMETER = "limit";
    public static final int DEFAULT = 100;
    public static final int MAX = 500;

    private ApiLimit() {
    }

    public static int of(Integer limit) {
        if (limit == null) {
            return DEFAULT;
        }
        if (limit < 1 || limit > MAX) {
            throw new InvalidInputException(PARAMETER, "api.limit.invalid", "limit must be between 1 and " + MAX, MAX);
        }
        return limit;
    }
}
