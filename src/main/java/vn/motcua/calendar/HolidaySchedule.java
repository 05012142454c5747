package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The official yearly schedules of {@code vn-holidays.yaml}: per year, the occasions
 * whose days off the government fixed, each replacing what the Labour Code rule would
 * give for that occasion.
 *
 * @param years occasions per Gregorian year
 */
record HolidaySchedule(Map<Integer, List<Occasion>> years) {

	static final HolidaySchedule NONE = new HolidaySchedule(Map.of());

	HolidaySchedule {
		years = Map.copyOf(years);
	}

	List<Occasion> occasions(int year) {
		return this.years.getOrDefault(year, List.of());
	}

	/**
	 * The days off and make-up working days of one occasion in one year.
	 *
	 * @param id occasion id, e.g. {@code tet-nguyen-dan}
	 * @param name Vietnamese name given to its days
	 * @param source the document that fixed them
	 * @param assumption why the entry is an assumption, or {@code null} when an official
	 * text confirms it
	 * @param off days off (weekend days may be listed too, to name them)
	 * @param working weekend days that become working days (ngày làm bù)
	 */
	record Occasion(String id, String name, String source, String assumption, List<LocalDate> off,
			List<LocalDate> working) {

		Occasion {
			off = List.copyOf(off);
			working = List.copyOf(working);
		}

	}

}
