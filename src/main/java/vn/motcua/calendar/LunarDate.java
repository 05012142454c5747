package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param day day of the lunar month, 1 to 30
 * @param month lunar month, 1 (tháng Giêng) to 12 (tháng Chạp)
 * @param year the lunar year, named by the Gregorian year in which its Tết falls
 * @param leapMonth whether the month is the leap month (tháng nhuận) that repeats
 * {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leapMonth) {

}
