package vn.motcua.web;

import java.time.format.DateTimeFormatter;

/** How a time is written for people in Vietnamese documents, forms and messages. */
public final class VietnameseTime {

	/** "17:00 ngày 24/02/2026", as on the Giấy tiếp nhận và hẹn trả kết quả. */
	public static final DateTimeFormatter HOUR_AND_DAY = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

	private VietnameseTime() {
	}

}
