package vn.motcua.sync;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.motcua.dossier.DossierStatus;

import org.springframework.stereotype.Component;

/**
 * Our statuses and event types in the national portal's words, from
 * {@code motcua.national-sync.statuses} and {@code events}. Checked at start-up: a status
 * without a national code, or a code for a status that does not exist, stops the
 * application with a Vietnamese message naming the key, since a dossier reaching that
 * status could never be synchronised. An event type is skipped unless it changes the
 * status or is listed in {@code events}.
 */
@Component
class NationalCodes {

	/** The kind of a plain change of status. */
	static final String STATUS_CHANGE = "TRANG_THAI";

	/** The kind under which a rating is sent, and its key in {@code events}. */
	static final String RATED = "RATED";

	private final NationalSyncProperties properties;

	NationalCodes(NationalSyncProperties properties) {
		this.properties = properties;
		List<String> missing = Arrays.stream(DossierStatus.values())
			.filter((s) -> blank(properties.statuses().get(s.name())))
			.map((s) -> s.name() + " (" + s.label() + ")")
			.toList();
		if (!missing.isEmpty()) {
			throw new NationalSyncSetupException("Thiếu mã trạng thái Cổng DVCQG cho trạng thái hồ sơ: "
					+ String.join(", ", missing) + ". Khai báo motcua.national-sync.statuses.<TRẠNG_THÁI>.");
		}
		List<String> names = Arrays.stream(DossierStatus.values()).map(DossierStatus::name).toList();
		String unknown = properties.statuses()
			.keySet()
			.stream()
			.filter((k) -> !names.contains(k))
			.sorted()
			.collect(Collectors.joining(", "));
		if (!unknown.isEmpty()) {
			throw new NationalSyncSetupException("motcua.national-sync.statuses có trạng thái không tồn tại: " + unknown
					+ ". Trạng thái hợp lệ: " + String.join(", ", names) + ".");
		}
		if (properties.enabled() && blank(properties.baseUrl())) {
			throw new NationalSyncSetupException(
					"Đồng bộ Cổng DVCQG đang bật (motcua.national-sync.enabled) nhưng chưa có địa chỉ "
							+ "motcua.national-sync.base-url.");
		}
	}

	/** The national code of a status. */
	String status(DossierStatus status) {
		return this.properties.statuses().get(status.name());
	}

	/**
	 * The kind of update an event is sent as, or empty when it is not sent: the kind
	 * listed for its type (an empty one skips it), else {@link #STATUS_CHANGE} when it
	 * changes the status.
	 */
	Optional<String> kind(String eventType, DossierStatus newStatus) {
		String listed = this.properties.events().get(eventType);
		if (listed != null) {
			return blank(listed) ? Optional.empty() : Optional.of(listed.strip());
		}
		return (newStatus != null) ? Optional.of(STATUS_CHANGE) : Optional.empty();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
