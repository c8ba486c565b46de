package fr.mutualis.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * Every text exists in French and in English, and every text a template asks for exists.
 */
class MessagesTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	@Test
	void frenchAndEnglishHaveExactlyTheSameKeys() throws IOException {
		assertThat(keysOf("messages_en.properties")).isEqualTo(keysOf("messages_fr.properties"));
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : Set.of("messages_fr.properties", "messages_en.properties")) {
			Properties texts = load(bundle);
			assertThat(texts.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void everyKeyThatATemplateUsesExists() throws IOException {
		Set<String> french = keysOf("messages_fr.properties");
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
