package vn.motcua.postal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxPostalServiceTest {

	@Test
	void givenTheUpuExampleSerial_whenTheCheckDigitIsComputed_thenItIsTheOneTheStandardGives() {
		// UPU S10's worked example: AA 47312482 9 GB.
		assertThat(SandboxPostalService.checkDigit("47312482")).isEqualTo(9);
	}

	@Test
	void givenParcelsSent_whenNumbered_thenEachIsAValidS10NumberOfVietnam() {
		SandboxPostalService postal = new SandboxPostalService(Clock.systemUTC());
		for (int i = 0; i < 200; i++) {
			String number = postal.send("000.00.01.H27-260309-0001", "Nguyễn Văn An", null, "Số 1, Kinh Bắc");
			assertThat(number).matches("EB\\d{9}VN");
			assertThat(SandboxPostalService.checkDigit(number.substring(2, 10))).isEqualTo(number.charAt(10) - '0');
		}
	}

	@Test
	void givenAParcel_whenTracked_thenAcceptedThenInTransitThenDelivered() {
		OffsetDateTime sent = OffsetDateTime.of(2026, 3, 9, 9, 0, 0, 0, ZoneOffset.ofHours(7));
		assertThat(new SandboxPostalService(Clock.fixed(sent.plusMinutes(59).toInstant(), ZoneOffset.UTC))
			.track("EB473124829VN", sent)
			.status()).isEqualTo("ACCEPTED");
		assertThat(new SandboxPostalService(Clock.fixed(sent.plusHours(1).toInstant(), ZoneOffset.UTC))
			.track("EB473124829VN", sent)
			.status()).isEqualTo("IN_TRANSIT");
		assertThat(new SandboxPostalService(Clock.fixed(sent.plusDays(1).toInstant(), ZoneOffset.UTC))
			.track("EB473124829VN", sent)
			.label()).isEqualTo("Đã phát thành công");
	}

}
