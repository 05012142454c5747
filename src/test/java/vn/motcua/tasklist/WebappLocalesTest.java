package vn.motcua.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vietnamese locale files of the Camunda webapps
 * ({@code META-INF/resources/webjars/camunda/app/<app>/locales/vi.json}) against the
 * English ones of the webjar in use: every key there (a missing one would show as the
 * bare key, since Vietnamese is also the fallback), the same {{placeholders}}, Vietnamese
 * dates, and in Tasklist, Cockpit, Admin and Welcome every text translated.
 * {@code lint/webapp-locales.mjs} lists what is missing.
 */
class WebappLocalesTest {

	private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

	/**
	 * Keys whose English text is right in Vietnamese too: names, symbols, nothing, and
	 * Cockpit's removal time placeholder, the date pattern the field must be typed in.
	 */
	private static final Set<String> SAME_IN_BOTH = Set.of("APP_VENDOR", "NO_TASK_FORM", "SEARCH_LESS_THAN",
			"SEARCH_LESS_THAN_EQUALS", "SEARCH_GREATER_THAN", "SEARCH_GREATER_THAN_EQUALS", "AUTHORIZATION_OPTIMIZE",
			"PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyEnglishKeyHasAVietnameseEntryWithTheSamePlaceholders(String app) throws IOException {
		Map<String, String> english = labels(app, "en");
		Map<String, String> vietnamese = labels(app, "vi");

		assertThat(vietnamese.keySet()).as("keys of %s/vi.json", app).containsAll(english.keySet());
		for (Map.Entry<String, String> entry : english.entrySet()) {
			assertThat(placeholders(vietnamese.get(entry.getKey())))
				.as("placeholders of %s in %s/vi.json", entry.getKey(), app)
				.isEqualTo(placeholders(entry.getValue()));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyTextAnOfficerOrAdministratorReadsIsTranslated(String app) throws IOException {
		Map<String, String> english = labels(app, "en");
		Map<String, String> vietnamese = labels(app, "vi");

		Set<String> untranslated = new TreeSet<>();
		english.forEach((key, text) -> {
			if (!SAME_IN_BOTH.contains(key) && text.equals(vietnamese.get(key))) {
				untranslated.add(key);
			}
		});
		assertThat(untranslated).as("keys of %s/vi.json still in English", app).isEmpty();
	}

	@Test
	void theTasklistWordsOfTheIssueAreVietnamese() throws IOException {
		Map<String, String> tasklist = labels("tasklist", "vi");

		assertThat(tasklist).containsEntry("PAGE_LOGIN_USERNAME", "Tên đăng nhập")
			.containsEntry("PAGE_LOGIN_SIGN_IN_ACTION", "Đăng nhập")
			.containsEntry("CLAIM_TASK", "Nhận việc")
			.containsEntry("COMPLETE", "Hoàn thành")
			.containsEntry("SAVE", "Lưu")
			.containsEntry("SET_FOLLOW_UP_DATE", "Đặt ngày theo dõi")
			.containsEntry("COMMENT_CREATE", "Thêm ý kiến");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void datesAreVietnamese(String app) throws IOException {
		Map<String, Object> dates = locale(app, "vi").dateLocales();

		assertThat(dates).as("dateLocales of %s/vi.json", app).isNotNull();
		assertThat(dates.get("relativeTime")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("future", "còn %s")
			.containsEntry("past", "%s trước")
			.containsEntry("dd", "%d ngày")
			.containsEntry("mm", "%d phút");
		assertThat(dates.get("months")).asList().startsWith("tháng 1").hasSize(12);
		assertThat(dates.get("weekdays")).asList()
			.containsExactly("chủ nhật", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy");
	}

	private Map<String, String> labels(String app, String language) throws IOException {
		return locale(app, language).labels();
	}

	private LocaleFile locale(String app, String language) throws IOException {
		String path = LOCALES.formatted(app, language);
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			// Camunda's own files start with a byte order mark.
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
			return this.json.readValue(text, new TypeReference<LocaleFile>() {
			});
		}
	}

	private static List<String> placeholders(String text) {
		Set<String> names = new TreeSet<>();
		if (text != null) {
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return List.copyOf(names);
	}

	record LocaleFile(Map<String, Object> dateLocales, LinkedHashMap<String, String> labels) {

	}

}
