package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.web.ApiException;

/**
 * The public calendar of the HTTP contract: a day, the holidays of a year, a due date.
 */
@RestController
@RequestMapping("/api/public/calendar")
class CalendarController {

	static final int MAX_WORKING_DAYS = 1000;

	static final int MAX_WORKING_HOURS = 8 * MAX_WORKING_DAYS;

	private final WorkingDayCalendar calendar;

	private final ObjectProvider<ProcedureDeadlineRules> procedures;

	private final Clock clock;

	CalendarController(WorkingDayCalendar calendar, ObjectProvider<ProcedureDeadlineRules> procedures, Clock clock) {
		this.calendar = calendar;
		this.procedures = procedures;
		this.clock = clock;
	}

	@GetMapping("/days/{date}")
	DayResponse day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		checkDate(date);
		return new DayResponse(date, this.calendar.isWorkingDay(date), this.calendar.reason(date),
				this.calendar.lunar(date));
	}

	@GetMapping("/holidays")
	List<Holiday> holidays(@RequestParam int year) {
		if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "year-out-of-range", "calendar.year.out-of-range",
					String.valueOf(year));
		}
		return this.calendar.holidays(year);
	}

	@GetMapping("/due-date")
	DueDateResponse dueDate(@RequestParam(required = false) String from,
			@RequestParam(required = false) Integer workingDays, @RequestParam(required = false) Integer workingHours,
			@RequestParam(required = false) String procedure) {
		ZonedDateTime receivedAt = receivedAt(from);
		DeadlineSpec spec = spec(workingDays, workingHours, procedure);
		ZonedDateTime due;
		try {
			due = this.calendar.dueAt(receivedAt, spec);
		}
		catch (CalendarRangeException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "date-out-of-range", "calendar.due-date.out-of-range");
		}
		List<SkippedDay> skipped = this.calendar.nonWorkingDays(receivedAt.toLocalDate(), due.toLocalDate())
			.stream()
			.map((day) -> new SkippedDay(day.date(), day.name()))
			.toList();
		return new DueDateResponse(due.toOffsetDateTime(), spec.inHours() ? null : spec.workingDays(),
				spec.inHours() ? spec.workingHours() : null, skipped);
	}

	private DeadlineSpec spec(Integer workingDays, Integer workingHours, String procedure) {
		Optional<DeadlineSpec> rules = Optional.empty();
		if (procedure != null && !procedure.isBlank()) {
			ProcedureDeadlineRules source = this.procedures.getIfAvailable();
			rules = (source != null) ? source.deadlineOf(procedure.strip()) : Optional.empty();
		}
		if (workingHours != null) {
			if (workingHours < 1 || workingHours > MAX_WORKING_HOURS) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-working-hours",
						"calendar.working-hours.invalid", String.valueOf(workingHours),
						String.valueOf(MAX_WORKING_HOURS));
			}
			DeadlineSpec hours = DeadlineSpec.hours(workingHours);
			return rules.map((r) -> hours.withCutoff(r.cutoff())).orElse(hours);
		}
		if (workingDays != null) {
			if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
				throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-working-days", "calendar.working-days.invalid",
						String.valueOf(workingDays), String.valueOf(MAX_WORKING_DAYS));
			}
			return rules.map((r) -> r.withWorkingDays(workingDays)).orElse(DeadlineSpec.days(workingDays));
		}
		return rules.orElseThrow(
				() -> new ApiException(HttpStatus.BAD_REQUEST, "missing-deadline", "calendar.deadline.missing"));
	}

	private ZonedDateTime receivedAt(String from) {
		if (from == null || from.isBlank()) {
			return ZonedDateTime.now(this.clock).withZoneSameInstant(WorkingDayCalendar.VIETNAM);
		}
		// An unencoded '+' of the offset arrives as a space.
		String text = from.strip().replace(' ', '+');
		ZonedDateTime time;
		try {
			time = parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-parameter", "calendar.from.invalid", from);
		}
		checkDate(time.toLocalDate());
		return time;
	}

	private static ZonedDateTime parse(String text) {
		if (text.length() == 10) {
			return LocalDate.parse(text).atStartOfDay(WorkingDayCalendar.VIETNAM);
		}
		try {
			return OffsetDateTime.parse(text).atZoneSameInstant(WorkingDayCalendar.VIETNAM);
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(text).atZone(WorkingDayCalendar.VIETNAM);
		}
	}

	private static void checkDate(LocalDate date) {
		if (date.getYear() < LunarCalendar.FIRST_YEAR || date.getYear() > LunarCalendar.LAST_YEAR) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "date-out-of-range", "calendar.date.out-of-range",
					date.toString());
		}
	}

	record DayResponse(LocalDate date, boolean workingDay, String reason, LunarDate lunar) {

	}

	record SkippedDay(LocalDate date, String reason) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record DueDateResponse(OffsetDateTime dueAt, Integer workingDays, Integer workingHours, List<SkippedDay> skipped) {

	}

}
