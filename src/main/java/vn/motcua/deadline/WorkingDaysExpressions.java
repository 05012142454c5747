package vn.motcua.deadline;

import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

/** Interim {@code workingDays} bean for timers, until the calendar feature lands. */
@Component("workingDays")
public class WorkingDaysExpressions {

	private final WorkingTime time;

	WorkingDaysExpressions(WorkingTime time) {
		this.time = time;
	}

	public Date before(Date due, int days) {
		var at = due.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
		var day = at.toLocalDate();
		int n = 0;
		while (n < days) {
			day = day.minusDays(1);
			if (this.time.isWorkingDay(day)) {
				n++;
			}
		}
		return Date.from(at.with(day).toInstant());
	}

}
