package no.bedriftsportal.payment;

/**
 * The portal's state of a Vipps payment. Vipps itself keeps a captured payment AUTHORIZED (its
 * aggregate tells how much was captured); here CAPTURED is its own state, the only one that buys anything.
 */
public enum PaymentState {
    /** Sent to Vipps (or about to be); the payer has not answered yet. */
    CREATED,
    /** The payer approved; the portal is capturing. */
    AUTHORIZED,
    /** Paid: the money is taken and {@link VippsPaymentCaptured} was published. */
    CAPTURED,
    /** Approved, but the capture was refused; the authorisation is cancelled and nothing is bought. */
    CAPTURE_FAILED,
    /** The payer said no. */
    ABORTED,
    /** The payer did not answer in time. */
    EXPIRED,
    /** The portal cancelled it before it was approved. */
    TERMINATED,
    /** Vipps never took the payment (refused at creation, or never heard of it). */
    CREATE_FAILED;

    /** Whether nothing more will happen to it. */
    public boolean terminal() {
        return this != CREATED && this != AUTHORIZED;
    }
}
