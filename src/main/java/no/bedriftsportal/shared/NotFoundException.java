package no.bedriftsportal.shared;

/**
 * Something the caller asked for does not exist, or exists outside the caller's scope: the two
 * are never told apart, so one company learns nothing of another's ids.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
