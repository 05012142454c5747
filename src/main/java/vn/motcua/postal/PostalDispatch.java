package vn.motcua.postal;

import java.time.OffsetDateTime;
import java.util.Optional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A result returned by post is handed to the postal operator in the transaction that
 * records the return (the return record runs as a job after the officer's click): if the
 * operator refuses or is away, the job is retried and then shows as an incident, and the
 * dossier is not marked returned until the parcel has its number. The number goes into
 * the register, where the citizen's look-up shows it.
 */
@Component
public class PostalDispatch {

	static final String BY_POST = "buu-chinh";

	private final DossierRegister register;

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectProvider<PostalService> postal;

	PostalDispatch(DossierRegister register, NamedParameterJdbcTemplate jdbc, ObjectProvider<PostalService> postal) {
		this.register = register;
		this.jdbc = jdbc;
		this.postal = postal;
	}

	@EventListener
	void on(DossierEvent event) {
		if (!"RETURNED".equals(event.type()) || !BY_POST.equals(this.register.returnMethod(event.dossierCode()))
				|| shipment(event.dossierCode()).isPresent()) {
			return;
		}
		Dossier dossier = this.register.get(event.dossierCode());
		String address = this.register.postalAddress(dossier);
		if (address == null) {
			throw new IllegalStateException("Hồ sơ " + dossier.code()
					+ " trả kết quả qua bưu chính nhưng không có địa chỉ người nhận: bổ sung địa chỉ rồi chạy lại bước này");
		}
		PostalService operator = this.postal.getIfAvailable();
		if (operator == null) {
			throw new IllegalStateException(
					"Chưa cấu hình dịch vụ bưu chính (motcua.postal): không gửi được kết quả hồ sơ " + dossier.code());
		}
		String tracking = operator.send(dossier.code(), dossier.applicant().name(), dossier.applicant().phone(),
				address);
		this.jdbc.update(
				"insert into dossier_shipment (dossier_code, carrier, tracking_number, recipient, address, sent_at) "
						+ "values (:code, :carrier, :tracking, :recipient, :address, :at)",
				new MapSqlParameterSource("code", dossier.code()).addValue("carrier", operator.carrier())
					.addValue("tracking", tracking)
					.addValue("recipient", dossier.applicant().name())
					.addValue("address", address)
					.addValue("at", event.occurredAt()));
		this.register.append(new DossierEvent(dossier.code(), event.occurredAt(), "SENT_BY_POST", null, event.actor(),
				event.unit(), event.step(), null, null,
				"Gửi kết quả qua bưu chính (" + operator.carrier() + "), số hiệu bưu gửi " + tracking, true));
	}

	/** The parcel that carries the dossier's result, once sent. */
	public Optional<Shipment> shipment(String dossierCode) {
		return this.jdbc
			.query("select carrier, tracking_number, sent_at from dossier_shipment where dossier_code = :code",
					new MapSqlParameterSource("code", dossierCode),
					(rs, row) -> new Shipment(rs.getString("carrier"), rs.getString("tracking_number"),
							rs.getObject("sent_at", OffsetDateTime.class)))
			.stream()
			.findFirst();
	}

	/** Where the dossier's parcel stands, as the operator tells. */
	public Optional<PostalService.Tracking> track(String dossierCode) {
		PostalService operator = this.postal.getIfAvailable();
		return (operator == null) ? Optional.empty()
				: shipment(dossierCode).map((sent) -> operator.track(sent.trackingNumber(), sent.sentAt()));
	}

	/**
	 * @param carrier the operator
	 * @param trackingNumber the item's number
	 * @param sentAt when it was handed over
	 */
	public record Shipment(String carrier, String trackingNumber, OffsetDateTime sentAt) {

	}

}
