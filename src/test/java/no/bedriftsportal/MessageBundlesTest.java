package no.bedriftsportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Norwegian and English texts stay in step, and every key a template names exists. */
class MessageBundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("page\\.t\\(\"([a-zA-Z0-9.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> norwegian = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        assertThat(english).as("keys only in Norwegian").containsAll(norwegian);
        assertThat(norwegian).as("keys only in English").containsAll(english);
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> norwegian = keys("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".jte")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        for (String key : used) {
            if (key.endsWith(".")) { // a prefix completed at run time, as in "audit.action." + action
                assertThat(norwegian).as("keys starting with " + key).anyMatch(known -> known.startsWith(key));
            } else {
                assertThat(norwegian).contains(key);
            }
        }
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + bundle),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
