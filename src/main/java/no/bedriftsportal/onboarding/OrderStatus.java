package no.bedriftsportal.onboarding;

/** Where an order is: received (in the staff queue), approved (the portal is open), or rejected with a reason. */
public enum OrderStatus {
    RECEIVED, APPROVED, REJECTED
}
