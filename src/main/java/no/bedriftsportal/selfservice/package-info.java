/**
 * The employee's own side (#15, SPEC X6): "Min side" with their usage, data and what they pay, the
 * classification of their content purchases until the deadline, and their own calls and messages.
 * Only the employee's authority opens these pages; everything shown is the signed-in employee's
 * own, read through the other modules' APIs with the employee's company and own subscriptions.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "subscription", "usage", "costsharing", "dashboard", "catalog", "payment"})
package no.bedriftsportal.selfservice;

import org.springframework.modulith.ApplicationModule;
