package vn.motcua.document;

import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.motcua.web.VietnameseTime;

/** How the forms print times, dates, money and results. */
final class Texts {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

	private Texts() {
	}

	/** {@code 17:00 ngày 19/03/2026}, in Vietnam's time. */
	static String time(OffsetDateTime at) {
		return (at != null) ? VietnameseTime.HOUR_AND_DAY.format(at.atZoneSameInstant(VIETNAM)) : "";
	}

	/** {@code 19/03/2026}. */
	static String day(OffsetDateTime at) {
		return (at != null) ? DAY.format(at.atZoneSameInstant(VIETNAM)) : "";
	}

	/** {@code ngày 19 tháng 03 năm 2026}, as under the national header. */
	static String longDay(OffsetDateTime at) {
		return (at != null) ? LONG_DAY.format(at.atZoneSameInstant(VIETNAM)) : "";
	}

	/** {@code 200.000 đồng}. */
	static String money(long amount) {
		return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đồng";
	}

	/** {@code 01}, {@code 12}: counts are printed with two digits. */
	static String count(int n) {
		return String.format("%02d", n);
	}

	/** The label of a step result. */
	static String result(String code) {
		if (code == null) {
			return "";
		}
		return switch (code) {
			case "TRUOC_HAN" -> "Trước hạn";
			case "DUNG_HAN" -> "Đúng hạn";
			case "QUA_HAN" -> "Quá hạn";
			default -> code;
		};
	}

	/** The non-blank lines of a free text, each an item of a list. */
	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	static String orBlank(String text) {
		return (text != null) ? text : "";
	}

}
