package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * A non-working day other than a plain weekend.
 *
 * @param date the day
 * @param name what it is, in Vietnamese ("Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương")
 * @param source the document it comes from (the yearly notice, or the Labour Code rule)
 */
public record Holiday(LocalDate date, String name, String source) {

}
