package vn.motcua.sync;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.DossierStatus;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mapping from our statuses and events to the national portal's codes, bound from
 * properties as at start-up: a status without a code, a code for an unknown status, or
 * the sender on without an address stops start-up with a Vietnamese message.
 */
class NationalCodesTest {

	@Test
	void givenEveryStatusMapped_whenAnEventIsMapped_thenItsKindFollowsTheEventsList() {
		NationalCodes codes = new NationalCodes(bind(complete()));

		assertThat(codes.status(DossierStatus.DA_TRA_KET_QUA)).isEqualTo("10");
		assertThat(codes.kind("ACCEPTED", DossierStatus.DANG_XU_LY)).contains("TIEP_NHAN");
		assertThat(codes.kind("RESULT_READY", DossierStatus.CHO_TRA_KET_QUA)).contains("TRANG_THAI");
		assertThat(codes.kind("TASK_COMPLETED", null)).as("no change of status, not listed").isEmpty();
		assertThat(codes.kind("OVERDUE", null)).isEmpty();
		assertThat(codes.kind("DUE_SOON", DossierStatus.DANG_XU_LY)).as("listed with an empty kind: skipped").isEmpty();
	}

	@Test
	void givenAStatusWithoutCode_whenStarted_thenAVietnameseErrorNamesIt() {
		Map<String, String> properties = complete();
		properties.remove("motcua.national-sync.statuses.TAM_DUNG");

		assertThatThrownBy(() -> new NationalCodes(bind(properties))).isInstanceOf(NationalSyncSetupException.class)
			.hasMessageContaining("Thiếu mã trạng thái Cổng DVCQG")
			.hasMessageContaining("TAM_DUNG (Tạm dừng, chờ bổ sung)")
			.hasMessageNotContaining("DANG_XU_LY");
	}

	@Test
	void givenACodeForAStatusThatDoesNotExist_whenStarted_thenAVietnameseErrorNamesIt() {
		Map<String, String> properties = complete();
		properties.put("motcua.national-sync.statuses.DA_XONG", "9");

		assertThatThrownBy(() -> new NationalCodes(bind(properties))).isInstanceOf(NationalSyncSetupException.class)
			.hasMessageContaining("trạng thái không tồn tại: DA_XONG");
	}

	@Test
	void givenTheSenderOnWithoutAnAddress_whenStarted_thenAVietnameseError() {
		Map<String, String> properties = complete();
		properties.put("motcua.national-sync.enabled", "true");

		assertThatThrownBy(() -> new NationalCodes(bind(properties))).isInstanceOf(NationalSyncSetupException.class)
			.hasMessageContaining("chưa có địa chỉ motcua.national-sync.base-url");
	}

	@Test
	void givenABackoff_whenFailuresGrow_thenThePauseDoublesUpToTheMaximum() {
		Map<String, String> properties = complete();
		properties.put("motcua.national-sync.retry.first", "30s");
		properties.put("motcua.national-sync.retry.max", "5m");
		SyncSender sender = new SyncSender(null, null, bind(properties), null);

		assertThat(sender.pause(1)).hasSeconds(30);
		assertThat(sender.pause(2)).hasSeconds(60);
		assertThat(sender.pause(4)).hasSeconds(240);
		assertThat(sender.pause(5)).hasSeconds(300);
		assertThat(sender.pause(60)).hasSeconds(300);
	}

	private static Map<String, String> complete() {
		Map<String, String> properties = new HashMap<>();
		int code = 1;
		for (DossierStatus status : DossierStatus.values()) {
			properties.put("motcua.national-sync.statuses." + status.name(), String.valueOf(code++));
		}
		properties.put("motcua.national-sync.statuses.DA_TRA_KET_QUA", "10");
		properties.put("motcua.national-sync.events.ACCEPTED", "TIEP_NHAN");
		properties.put("motcua.national-sync.events.DUE_SOON", "");
		return properties;
	}

	private static NationalSyncProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bind("motcua.national-sync", NationalSyncProperties.class)
			.get();
	}

}
