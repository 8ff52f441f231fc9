package dev.zosmfsim.scenario;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the scenarios shipped in the fixtures jar (or its folder, when run from a build tree). */
final class ShippedScenarios {

    private ShippedScenarios() {
    }

    /** The names of the shipped scenarios, without {@code .yaml}. */
    static List<String> names() {
        URL anchor = ShippedScenarios.class.getClassLoader().getResource(ScenarioLoader.RESOURCE_FOLDER + "default.yaml");
        if (anchor == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if (anchor.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) anchor.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        add(names, entries.nextElement().getName());
                    }
                }
            } else {
                Path folder = Path.of(anchor.toURI()).getParent();
                try (Stream<Path> files = Files.list(folder)) {
                    files.forEach(file -> add(names, ScenarioLoader.RESOURCE_FOLDER + file.getFileName()));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the shipped scenarios: " + e.getMessage(), e);
        }
        names.sort(String::compareTo);
        return names;
    }

    private static void add(List<String> names, String entry) {
        if (entry.startsWith(ScenarioLoader.RESOURCE_FOLDER) && entry.endsWith(".yaml")) {
            String name = entry.substring(ScenarioLoader.RESOURCE_FOLDER.length(), entry.length() - ".yaml".length());
            if (ScenarioLoader.SHIPPED_NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
    }
}
