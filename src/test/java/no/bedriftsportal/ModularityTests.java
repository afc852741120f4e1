package no.bedriftsportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
    void writesTheModuleDiagram() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
            for (Path diagram : diagrams.filter(path -> path.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, withSortedRelations(Files.readAllLines(diagram)));
            }
        }
    }

    /** The documenter lists relations in no fixed order; sorted, the diagrams change only when the modules do. */
    private static List<String> withSortedRelations(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            sorted.addAll(relations);
            relations.clear();
            sorted.add(line);
        }
        relations.sort(null);
        sorted.addAll(relations);
        return sorted;
    }
}
