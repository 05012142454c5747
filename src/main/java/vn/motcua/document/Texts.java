package vn.motcua.document;

import java.text.NumberFormat;
import java.time.LocalDate;
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

	/**
	 * The date of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): a
	 * leading zero only for days under 10 and for months 1 and 2, e.g. {@code ngày 05
	 * tháng 3 năm 2026}, {@code ngày 15 tháng 02 năm 2026}.
	 */
	static String longDay(LocalDate day) {
		int month = day.getMonthValue();
		return "ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
				+ ((month <= 2) ? String.format("%02d", month) : String.valueOf(month)) + " năm " + day.getYear();
	}

	/** {@link #longDay(LocalDate)} of a time, in Vietnam's zone. */
	static String longDay(OffsetDateTime at) {
		return (at != null) ? longDay(at.atZoneSameInstant(VIETNAM).toLocalDate()) : "";
	}

	/** The place-and-date line: {@code Bắc Ninh, ngày 05 tháng 3 năm 2026}. */
	static String placeAndDate(String place, OffsetDateTime at) {
		String day = longDay(at);
		return (place == null || place.isBlank()) ? day : place + ", " + day;
	}

	/** The year of a time in Vietnam's zone: numbers restart each year. */
	static int year(OffsetDateTime at) {
		return at.atZoneSameInstant(VIETNAM).getYear();
	}

	/**
	 * The "Số" of a document (Nghị định 30/2020/NĐ-CP): Arabic digits, a leading zero
	 * under 10.
	 */
	static String documentNumber(int number) {
		return (number < 10) ? "0" + number : String.valueOf(number);
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
