package no.bedriftsportal.dashboard;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import no.bedriftsportal.identity.PortalModule;
import no.bedriftsportal.identity.PortalPrincipal;
import no.bedriftsportal.shared.NeedsAttention;

/**
 * "Krever handling" at the top of the dashboard: the items of every module's {@link NeedsAttention}
 * that the signed-in user is granted, within their customer numbers, the urgent ones first.
 */
@Component
class AttentionStrip {

    private final List<NeedsAttention> providers;

    AttentionStrip(List<NeedsAttention> providers) {
        this.providers = List.copyOf(providers);
    }

    List<NeedsAttention.Item> items(PortalPrincipal me) {
        return providers.stream().filter(provider -> granted(me, provider.module()))
                .flatMap(provider -> provider.items(me.scope()).stream())
                .sorted(Comparator.comparing((NeedsAttention.Item item) -> !item.urgent()))
                .toList();
    }

    private static boolean granted(PortalPrincipal me, String module) {
        for (PortalModule granted : PortalModule.values()) {
            if (granted.name().equals(module)) {
                return me.may(granted);
            }
        }
        return false;
    }
}
