package vn.motcua.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The calendar's beans: the lunar calendar, the working-day calendar built from
 * {@code motcua.calendar.*}, and the {@code workingDays} expression bean that BPMN timers
 * call. The application {@code Clock} is {@code vn.motcua.TimeConfiguration}'s.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

	@Bean
	LunarCalendar lunarCalendar() {
		return LunarCalendar.vietnam();
	}

	@Bean
	WorkingDayCalendar workingDayCalendar(LunarCalendar lunar, CalendarProperties properties,
			ResourceLoader resources) {
		HolidaySchedule schedule = HolidayScheduleReader.read(resources.getResource(properties.holidays()));
		return new WorkingDayCalendar(lunar, schedule, properties.officeHours(), properties.startDay());
	}

	@Bean
	WorkingDays workingDays(WorkingDayCalendar calendar) {
		return new WorkingDays(calendar);
	}

}
