package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;
import vn.motcua.catalog.YamlProblems;

import org.springframework.core.io.Resource;

/**
 * Reads and checks {@code vn-holidays.yaml}. Any fault stops start-up with a message
 * naming the file, the year and the entry: an unknown field, a date that is not ISO
 * {@code yyyy-MM-dd} or not in its year, a day both off and working, a make-up working
 * day that is not a Saturday or Sunday, an occasion listed twice in a year.
 */
final class HolidayScheduleReader {

	private static final Set<String> ROOT_FIELDS = Set.of("years");

	private static final Set<String> ENTRY_FIELDS = Set.of("occasion", "name", "source", "assumption", "off",
			"working");

	/** Booleans of YAML 1.2 only: in YAML 1.1 the key {@code off} would read as false. */
	private static final Pattern YAML_1_2_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

	private static final Pattern OCCASION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private HolidayScheduleReader() {
	}

	static HolidaySchedule read(Resource resource) {
		String file = resource.getDescription();
		try (InputStream in = resource.getInputStream()) {
			return read(new InputStreamReader(in, StandardCharsets.UTF_8), file);
		}
		catch (IOException ex) {
			throw new CalendarException("Không đọc được tệp lịch nghỉ " + file + ": " + ex.getMessage(), ex);
		}
	}

	static HolidaySchedule read(Reader reader, String file) {
		Object root;
		try {
			root = yaml().load(reader);
		}
		catch (MarkedYAMLException ex) {
			Mark at = ex.getProblemMark();
			throw new CalendarException(
					file + ((at != null) ? ", dòng " + (at.getLine() + 1) + ", cột " + (at.getColumn() + 1) : "") + ": "
							+ YamlProblems.syntax(String.valueOf(ex.getProblem())),
					ex);
		}
		catch (YAMLException ex) {
			throw new CalendarException(file + ": " + YamlProblems.syntax(String.valueOf(ex.getMessage())), ex);
		}
		if (root == null) {
			return HolidaySchedule.NONE;
		}
		Map<?, ?> top = map(root, file);
		unknownFields(top, ROOT_FIELDS, file);
		Object yearsNode = top.get("years");
		if (yearsNode == null) {
			return HolidaySchedule.NONE;
		}
		Map<Integer, List<HolidaySchedule.Occasion>> years = new LinkedHashMap<>();
		for (Map.Entry<?, ?> year : map(yearsNode, file + ", years").entrySet()) {
			if (!(year.getKey() instanceof Integer y) || y < LunarCalendar.FIRST_YEAR || y > LunarCalendar.LAST_YEAR) {
				throw new CalendarException(file + ": năm '" + year.getKey() + "' không hợp lệ (từ "
						+ LunarCalendar.FIRST_YEAR + " đến " + LunarCalendar.LAST_YEAR + ")");
			}
			years.put(y, year(y, year.getValue(), file));
		}
		return new HolidaySchedule(years);
	}

	private static List<HolidaySchedule.Occasion> year(int year, Object node, String file) {
		String where = file + ", năm " + year;
		if (!(node instanceof List<?> entries)) {
			throw new CalendarException(where + ": cần một danh sách các mục (occasion)");
		}
		List<HolidaySchedule.Occasion> occasions = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Map<LocalDate, String> off = new HashMap<>();
		Map<LocalDate, String> working = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			Map<?, ?> entry = map(entries.get(i), where + ", mục " + (i + 1));
			String id = text(entry, "occasion", where + ", mục " + (i + 1));
			String at = where + ", mục " + (i + 1) + " (" + id + ")";
			unknownFields(entry, ENTRY_FIELDS, at);
			if (!OCCASION_ID.matcher(id).matches()) {
				throw new CalendarException(at + ": mã dịp nghỉ phải viết thường, nối bằng dấu gạch ngang");
			}
			if (!ids.add(id)) {
				throw new CalendarException(at + ": dịp nghỉ này đã có trong năm " + year);
			}
			String name = optionalText(entry, "name", at);
			if (name == null) {
				name = Occasions.NAMES.get(id);
				if (name == null) {
					throw new CalendarException(at + ": dịp nghỉ mới cần trường 'name'");
				}
			}
			String source = text(entry, "source", at);
			String assumption = optionalText(entry, "assumption", at);
			List<LocalDate> offDays = dates(entry.get("off"), year, at, "off");
			List<LocalDate> workingDays = dates(entry.get("working"), year, at, "working");
			for (LocalDate day : offDays) {
				String other = working.get(day);
				if (other != null || workingDays.contains(day)) {
					throw new CalendarException(at + ": ngày " + day + " vừa là ngày nghỉ vừa là ngày làm việc");
				}
				off.put(day, id);
			}
			for (LocalDate day : workingDays) {
				if (off.containsKey(day)) {
					throw new CalendarException(at + ": ngày " + day + " vừa là ngày nghỉ vừa là ngày làm việc");
				}
				DayOfWeek dow = day.getDayOfWeek();
				if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
					throw new CalendarException(
							at + ": ngày làm bù " + day + " không phải thứ Bảy hoặc Chủ nhật (" + dow + ")");
				}
				working.put(day, id);
			}
			occasions.add(new HolidaySchedule.Occasion(id, name, source, assumption, offDays, workingDays));
		}
		return occasions;
	}

	private static List<LocalDate> dates(Object node, int year, String at, String field) {
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof List<?> items)) {
			throw new CalendarException(at + ": trường '" + field + "' cần một danh sách ngày yyyy-MM-dd");
		}
		List<LocalDate> dates = new ArrayList<>();
		for (Object item : items) {
			LocalDate date;
			try {
				date = LocalDate.parse(String.valueOf(item));
			}
			catch (DateTimeParseException ex) {
				throw new CalendarException(
						at + ": '" + item + "' trong '" + field + "' không phải ngày hợp lệ dạng yyyy-MM-dd", ex);
			}
			if (date.getYear() != year) {
				throw new CalendarException(at + ": ngày " + date + " trong '" + field + "' không thuộc năm " + year);
			}
			if (dates.contains(date)) {
				throw new CalendarException(at + ": ngày " + date + " lặp lại trong '" + field + "'");
			}
			dates.add(date);
		}
		return dates;
	}

	private static Map<?, ?> map(Object node, String where) {
		if (!(node instanceof Map<?, ?> map)) {
			throw new CalendarException(where + ": cần một đối tượng (các trường khóa: giá trị)");
		}
		return map;
	}

	private static void unknownFields(Map<?, ?> map, Set<String> known, String where) {
		for (Object key : map.keySet()) {
			if (!known.contains(String.valueOf(key))) {
				throw new CalendarException(
						where + ": trường không được biết '" + key + "' (các trường hợp lệ: " + known + ")");
			}
		}
	}

	private static String text(Map<?, ?> map, String field, String where) {
		String value = optionalText(map, field, where);
		if (value == null) {
			throw new CalendarException(where + ": thiếu trường '" + field + "'");
		}
		return value;
	}

	private static String optionalText(Map<?, ?> map, String field, String where) {
		Object value = map.get(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String s) || s.isBlank()) {
			throw new CalendarException(where + ": trường '" + field + "' cần một chuỗi không rỗng");
		}
		return s.strip();
	}

	/**
	 * SnakeYAML without implicit timestamps, so dates stay text and are parsed strictly.
	 */
	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Resolver resolver = new Resolver() {

			@Override
			protected void addImplicitResolvers() {
				addImplicitResolver(Tag.BOOL, YAML_1_2_BOOL, "tTfF", 10);
				addImplicitResolver(Tag.INT, INT, "-+0123456789", 10);
				addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.", 10);
				addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
				addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
				addImplicitResolver(Tag.NULL, EMPTY, null, 10);
			}

		};
		DumperOptions dumper = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, resolver);
	}

}
