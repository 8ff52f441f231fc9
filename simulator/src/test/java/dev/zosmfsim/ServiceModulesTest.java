package dev.zosmfsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zosmfsim.faults.FaultService;
import dev.zosmfsim.http.ServiceModule;
import dev.zosmfsim.journal.RequestJournal;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ServiceModules} is the one list of services: every other list of them (the fault rules' service names, the
 * scenario schema's enum, the README's service table, the journal's service names) agrees with it, or this fails.
 */
class ServiceModulesTest {

    private final List<ServiceModule> modules = ServiceModules.of(null, "unused-admin-token-0123456789");

    @Test
    void everyFaultKeyBelongsToExactlyOneModuleAndEveryModuleThatFaultsReachHasOne() {
        List<String> keyed = modules.stream().filter(module -> module.faultService() != null)
                .map(module -> module.faultService().lowerCase()).sorted().toList();
        List<String> keys = java.util.Arrays.stream(FaultService.values()).map(FaultService::lowerCase).sorted()
                .toList();
        assertEquals(keys, keyed, "FaultService and the modules' fault keys differ");
        for (ServiceModule module : modules) {
            if (module.faultService() != null) {
                assertEquals(module.name(), module.faultService().lowerCase(), "a module's fault key is its name");
            }
        }
    }

    @Test
    void theScenarioSchemaNamesTheSameServices() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("zosmf-sim/scenario.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        Set<String> inSchema = new TreeSet<>();
        schema.findValues("service").forEach(node -> node.path("enum").forEach(value -> inSchema.add(value.asText())));
        Set<String> faultable = modules.stream().filter(module -> module.faultService() != null)
                .map(ServiceModule::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(faultable, inSchema, "scenario.schema.json's fault match service enum");
    }

    @Test
    void theReadmeServiceTableHasOneRowPerModuleWithItsPath() throws IOException {
        List<String> rows = serviceTableRows(Files.readAllLines(Path.of("..", "README.md")));
        assertEquals(modules.size(), rows.size(), "rows of the README's service table: " + rows);
        for (ServiceModule module : modules) {
            assertTrue(rows.stream().anyMatch(row -> row.contains(module.pathPrefix())),
                    "no row of the README's service table names " + module.pathPrefix() + ": " + rows);
        }
    }

    @Test
    void modulesOwnDistinctPaths() {
        Set<String> names = new TreeSet<>();
        for (ServiceModule module : modules) {
            assertTrue(names.add(module.name()), "two modules are called " + module.name());
            for (ServiceModule other : modules) {
                if (other != module) {
                    assertTrue(!module.owns(other.pathPrefix()), module.name() + " owns " + other.pathPrefix());
                }
            }
        }
    }

    @Test
    void theJournalNamesTheServiceOfEachRequest() throws Exception {
        try (ZosmfSimulator simulator = ZosmfSimulator.builder().start()) {
            HttpClient anonymous = simulator.httpClient();
            List<String> expected = new ArrayList<>();
            for (ServiceModule module : modules) {
                send(anonymous, simulator.baseUri().resolve(module.pathPrefix()));
                expected.add(module.name());
            }
            send(anonymous, simulator.baseUri().resolve("/zosmf/nothing-here"));
            expected.add(null);
            List<String> journalled = new ArrayList<>();
            for (RequestJournal.Entry entry : simulator.journal().entries()) {
                journalled.add(entry.service());
            }
            assertEquals(expected, journalled);
        }
    }

    private static void send(HttpClient client, URI uri) throws Exception {
        client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The rows of the table under "## What the simulated system does" (header and rule left out). */
    private static List<String> serviceTableRows(List<String> readme) {
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : readme) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## What the simulated system does");
            } else if (inSection && line.startsWith("| ") && !line.startsWith("| service") && !line.startsWith("| ---")) {
                rows.add(line);
            } else if (inSection && !rows.isEmpty() && !line.startsWith("|")) {
                break;
            }
        }
        return rows;
    }
}
