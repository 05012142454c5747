package vn.motcua.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import vn.motcua.catalog.Procedure;

import org.springframework.stereotype.Component;

/** Interim: weekends only, until the calendar feature lands. */
@Component
class CalendarWorkingTime implements WorkingTime {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Override
	public OffsetDateTime dueAt(OffsetDateTime acceptedAt, Procedure procedure) {
		LocalDate day = acceptedAt.atZoneSameInstant(VN).toLocalDate();
		int n = (procedure.committedDays() != null) ? procedure.committedDays() : procedure.statutoryDays();
		for (int i = 0; i < n; i++) {
			day = next(day.plusDays(1));
		}
		return closeOfDay(day);
	}

	@Override
	public int workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
		int n = 0;
		LocalDate day = from.atZoneSameInstant(VN).toLocalDate();
		LocalDate end = to.atZoneSameInstant(VN).toLocalDate();
		while (day.isBefore(end)) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				n++;
			}
		}
		return n;
	}

	@Override
	public OffsetDateTime addWorkingDays(OffsetDateTime from, int days) {
		LocalDate day = from.atZoneSameInstant(VN).toLocalDate();
		for (int i = 0; i < days; i++) {
			day = next(day.plusDays(1));
		}
		return from.atZoneSameInstant(VN).with(day).toOffsetDateTime();
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public OffsetDateTime closeOfDay(LocalDate day) {
		return day.atTime(LocalTime.of(17, 0)).atZone(VN).toOffsetDateTime();
	}

	private LocalDate next(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

}
