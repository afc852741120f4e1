package no.bedriftsportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules of ARCHITECTURE.md keep their boundaries: no cycles, no reach into another module's
 * internals, only the dependencies each {@code package-info.java} allows. Also writes the module
 * diagram into {@code docs/modules/}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Bedriftsportal.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
