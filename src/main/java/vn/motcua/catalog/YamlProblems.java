package vn.motcua.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Puts what the YAML parser and Jackson say of a broken catalogue file in Vietnamese, for
 * the designer who edits it in a text editor: the reader adds the file, line, column and
 * the nearest entry.
 */
public final class YamlProblems {

	/** SnakeYAML's problems, as they start, and what they usually mean in a catalogue. */
	private static final Map<String, String> SYNTAX = Map.of("mapping values are not allowed",
			"dấu ':' không đúng chỗ (thụt lề sai, hoặc một giá trị chứa ': ' cần đặt trong dấu nháy)",
			"expected <block end>", "thụt lề không khớp với các dòng phía trên (mỗi cấp thụt 2 dấu cách)",
			"did not find expected key", "thụt lề không khớp hoặc thiếu dấu '-' đầu mục", "could not find expected ':'",
			"thiếu dấu ':' sau tên trường", "(TAB)", "có ký tự tab; YAML chỉ thụt lề bằng dấu cách",
			"found unexpected end of stream", "tệp kết thúc khi chưa đóng dấu nháy hoặc ngoặc",
			"did not find expected ',' or ']'", "danh sách [..] thiếu dấu ',' hoặc ']'",
			"did not find expected ',' or '}'", "mục {..} thiếu dấu ',' hoặc '}'", "found undefined alias",
			"dùng tham chiếu '*' chưa được khai báo", "found unknown escape character",
			"ký tự thoát '\\' không hợp lệ trong chuỗi đặt trong nháy kép");

	private static final Pattern CODE = Pattern.compile("^\\s*(?:-\\s+)?code:\\s*['\"]?([^'\"#\\s]+)");

	private YamlProblems() {
	}

	static String syntax(JsonProcessingException ex) {
		return syntax(String.valueOf(ex.getOriginalMessage()));
	}

	/**
	 * What a SnakeYAML syntax problem usually means, in Vietnamese: for the other files
	 * of {@code processes/} read with SnakeYAML itself (the holiday calendar).
	 */
	public static String syntax(String original) {
		return SYNTAX.entrySet()
			.stream()
			.filter((known) -> original.contains(known.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("cú pháp YAML không hợp lệ (kiểm tra thụt lề, dấu ':' và dấu nháy)");
	}

	static String mapping(JsonMappingException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "trường '" + unknown.getPropertyName() + "' không có ở đây; các trường hợp lệ: "
					+ names(unknown.getKnownPropertyIds());
		}
		if (ex instanceof InvalidFormatException invalid) {
			return "giá trị '" + invalid.getValue() + "' không đúng kiểu, cần " + type(invalid.getTargetType());
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "giá trị không đúng dạng, cần " + type(mismatched.getTargetType());
		}
		return "giá trị không đúng dạng";
	}

	/**
	 * The {@code code} of the entry the line belongs to: the last {@code code:} at or
	 * above it, or null when none is.
	 */
	static String nearestCode(String text, int line) {
		List<String> lines = text.lines().toList();
		for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
			Matcher code = CODE.matcher(lines.get(i));
			if (code.find()) {
				return code.group(1);
			}
		}
		return null;
	}

	/**
	 * Line and column (from 1) of {@code field:} at or above {@code line}, or null.
	 */
	static int[] fieldAbove(String text, int line, String field) {
		List<String> lines = text.lines().toList();
		Pattern key = Pattern.compile("^(\\s*(?:-\\s+)?)" + Pattern.quote(field) + "\\s*:");
		for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
			Matcher found = key.matcher(lines.get(i));
			if (found.find()) {
				return new int[] { i + 1, found.group(1).length() + 1 };
			}
		}
		return null;
	}

	private static String type(Class<?> type) {
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "một số nguyên";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true hoặc false";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "một danh sách";
		}
		if (type == String.class) {
			return "một chuỗi";
		}
		if (type.getName().startsWith("java.time")) {
			return "thời gian dạng HH:mm hoặc ngày dạng yyyy-MM-dd";
		}
		return "một mục có các trường con";
	}

	private static String names(Collection<Object> ids) {
		return (ids == null) ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}

}
