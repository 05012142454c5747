package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public holidays of Bộ luật Lao động 2019, Điều 112, as the rule gives them in a
 * year without an official schedule.
 * <ul>
 * <li>Tết Âm lịch, five days: the last day of the old lunar year (29 or 30 tháng Chạp)
 * and mùng 1 to mùng 4 Tết, as most yearly government plans do.</li>
 * <li>Quốc khánh, 2/9 and one adjacent day: the one that joins the break to a weekend,
 * 3/9 when 2/9 is a Sunday, Monday or Thursday, else 1/9 (also when neither does, 2/9 on
 * a Wednesday, as in the 2026 plan).</li>
 * <li>A holiday on a Saturday or Sunday is compensated on the next working day (Điều 112
 * khoản 3); that is done by {@link WorkingDayCalendar}.</li>
 * </ul>
 */
final class Occasions {

	static final String TET_DUONG_LICH = "tet-duong-lich";

	static final String TET_NGUYEN_DAN = "tet-nguyen-dan";

	static final String GIO_TO = "gio-to-hung-vuong";

	static final String LE_30_4_1_5 = "le-30-4-1-5";

	static final String QUOC_KHANH = "quoc-khanh";

	/** Default names of the known occasions; other occasions must name themselves. */
	static final Map<String, String> NAMES = Map.of(TET_DUONG_LICH, "Tết Dương lịch", TET_NGUYEN_DAN, "Tết Nguyên đán",
			GIO_TO, "Giỗ Tổ Hùng Vương", LE_30_4_1_5, "Ngày Chiến thắng và Quốc tế Lao động", QUOC_KHANH, "Quốc khánh");

	static final String LAW = "Bộ luật Lao động 2019, Điều 112 (quy tắc; chưa có lịch nghỉ chính thức)";

	private Occasions() {
	}

	/** One day off given by the rule. */
	record RuleDay(String occasion, LocalDate date, String name) {

	}

	static List<RuleDay> byRule(int year, LunarCalendar lunar) {
		List<RuleDay> days = new ArrayList<>();
		days.add(new RuleDay(TET_DUONG_LICH, LocalDate.of(year, 1, 1), NAMES.get(TET_DUONG_LICH)));
		LocalDate tet = lunar.newYear(year);
		for (int i = -1; i <= 3; i++) {
			days.add(new RuleDay(TET_NGUYEN_DAN, tet.plusDays(i), NAMES.get(TET_NGUYEN_DAN)));
		}
		days.add(new RuleDay(GIO_TO, lunar.toSolar(new LunarDate(10, 3, year, false)), NAMES.get(GIO_TO)));
		days.add(new RuleDay(LE_30_4_1_5, LocalDate.of(year, 4, 30), "Ngày Chiến thắng"));
		days.add(new RuleDay(LE_30_4_1_5, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động"));
		LocalDate national = LocalDate.of(year, 9, 2);
		days.add(new RuleDay(QUOC_KHANH, national, NAMES.get(QUOC_KHANH)));
		days.add(new RuleDay(QUOC_KHANH, adjacentToNationalDay(national), NAMES.get(QUOC_KHANH)));
		return days;
	}

	private static LocalDate adjacentToNationalDay(LocalDate national) {
		DayOfWeek day = national.getDayOfWeek();
		boolean after = day == DayOfWeek.SUNDAY || day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY;
		return after ? national.plusDays(1) : national.minusDays(1);
	}

}
