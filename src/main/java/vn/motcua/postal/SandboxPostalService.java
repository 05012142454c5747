package vn.motcua.postal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A postal operator for the demo and the tests: every parcel is accepted at once with a
 * well-formed UPU S10 number (two letters, eight digits, the check digit, "VN"), is in
 * transit after an hour and delivered a day after it was sent.
 */
@Component
@ConditionalOnProperty(name = "motcua.postal.sandbox", havingValue = "true")
class SandboxPostalService implements PostalService {

	private static final int[] WEIGHTS = { 8, 6, 4, 2, 3, 5, 9, 7 };

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	SandboxPostalService(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String carrier() {
		return "Bưu điện (thử nghiệm)";
	}

	@Override
	public String send(String reference, String recipient, String phone, String address) {
		String serial = String.format("%08d", this.random.nextInt(100_000_000));
		return "EB" + serial + checkDigit(serial) + "VN";
	}

	@Override
	public Tracking track(String trackingNumber, OffsetDateTime sentAt) {
		Duration since = Duration.between(sentAt, OffsetDateTime.now(this.clock));
		if (since.compareTo(Duration.ofDays(1)) >= 0) {
			return new Tracking("DELIVERED", "Đã phát thành công", sentAt.plusDays(1));
		}
		if (since.compareTo(Duration.ofHours(1)) >= 0) {
			return new Tracking("IN_TRANSIT", "Đang vận chuyển", sentAt.plusHours(1));
		}
		return new Tracking("ACCEPTED", "Bưu điện đã nhận gửi", sentAt);
	}

	/** The S10 check digit of eight serial digits (UPU S10, weights 8 6 4 2 3 5 9 7). */
	static int checkDigit(String serial) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (serial.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = 11 - (sum % 11);
		return (check == 10) ? 0 : (check == 11) ? 5 : check;
	}

}
