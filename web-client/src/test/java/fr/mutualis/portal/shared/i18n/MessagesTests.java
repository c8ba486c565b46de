package fr.mutualis.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text exists in French and in English, and every text a template asks for exists. The portal has one bundle
 * shared by all pages ({@code messages}) and one per feature ({@code messages-plans}, ...), all listed in
 * {@code spring.messages.basename}.
 */
class MessagesTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	private static final List<String> BUNDLES = List.of("messages", "messages-plans", "messages-indicators",
			"messages-reuse", "messages-practices", "messages-questionnaires");

	@Test
	void frenchAndEnglishHaveExactlyTheSameKeys() throws IOException {
		for (String bundle : BUNDLES) {
			assertThat(keysOf(bundle + "_en.properties")).as(bundle).isEqualTo(keysOf(bundle + "_fr.properties"));
		}
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : BUNDLES) {
			for (String language : Set.of("_fr.properties", "_en.properties")) {
				Properties texts = load(bundle + language);
				assertThat(texts.stringPropertyNames()).as(bundle + language)
					.allSatisfy((key) -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
			}
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String bundle : BUNDLES) {
			for (String key : keysOf(bundle + "_fr.properties")) {
				assertThat(seen.add(key)).as(key + " is defined again in " + bundle).isTrue();
			}
		}
	}

	@Test
	void everyKeyThatATemplateUsesExists() throws IOException {
		Set<String> french = new TreeSet<>();
		for (String bundle : BUNDLES) {
			french.addAll(keysOf(bundle + "_fr.properties"));
		}
		Set<String> used = new TreeSet<>();
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
			Matcher keys = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (keys.find()) {
				used.add(keys.group(1));
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(french).containsAll(used);
	}

	@Test
	void theApplicationLoadsEveryBundle() throws IOException {
		String configuration = new ClassPathResource("application.yaml").getContentAsString(StandardCharsets.UTF_8);
		assertThat(configuration).contains("basename: " + String.join(",", BUNDLES));
	}

	private static Set<String> keysOf(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = new ClassPathResource(bundle).getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}

}
