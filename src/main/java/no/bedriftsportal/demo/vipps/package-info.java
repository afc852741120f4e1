/**
 * A stand-in for Vipps MobilePay for the demo and the tests ({@link no.bedriftsportal.demo.vipps.VippsSimulator}):
 * started only when {@code portal.vipps.simulator.enabled=true}; the payment module knows nothing of it.
 */
package no.bedriftsportal.demo.vipps;
