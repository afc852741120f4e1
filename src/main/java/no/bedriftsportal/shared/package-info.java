/**
 * Value types and plumbing every module uses: mobile and organisation numbers, money and dates in
 * Norwegian form, the access scope of a request, the embedded database and the page context.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package no.bedriftsportal.shared;

import org.springframework.modulith.ApplicationModule;
