package vn.motcua.payment;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fees paid online: an order per attempt, and a payment that counts only once the
 * gateway's signed callback is verified. A dossier is never shown as paid on the
 * citizen's word or a forged callback.
 */
@Service
public class OnlinePayments {

	private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);

	private final SecureRandom random = new SecureRandom();

	private final SignedRedirectGateway gateway;

	private final DossierRegister register;

	private final NamedParameterJdbcTemplate jdbc;

	private final DossierSteps steps;

	OnlinePayments(SignedRedirectGateway gateway, DossierRegister register, NamedParameterJdbcTemplate jdbc,
			DossierSteps steps) {
		this.gateway = gateway;
		this.register = register;
		this.jdbc = jdbc;
		this.steps = steps;
	}

	/**
	 * Whether the dossier's fee has been paid online and verified; the flow then skips
	 * the cash desk.
	 */
	public boolean paid(String dossierCode) {
		Long count = this.jdbc.queryForObject(
				"select count(*) from payment where dossier_code = :code and status = 'DA_THANH_TOAN'",
				new MapSqlParameterSource("code", dossierCode), Long.class);
		return count != null && count > 0;
	}

	/**
	 * Orders the payment of the fee of a dossier whose code and ID number the caller has
	 * given ({@code PublicDossiers}).
	 */
	@Transactional
	Order order(Dossier dossier) {
		String code = dossier.code();
		if (!this.gateway.configured()) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "payment-unavailable", "payment.unavailable");
		}
		if (dossier.feeAmount() <= 0) {
			throw new ApiException(HttpStatus.CONFLICT, "no-fee", "payment.no-fee", code);
		}
		if (dossier.status().closed() || paid(code)) {
			throw new ApiException(HttpStatus.CONFLICT, "payment-not-due", "payment.not-due", code);
		}
		String reference = "TT" + HexFormat.of().formatHex(this.random.generateSeed(8)).toUpperCase();
		this.jdbc.update(
				"insert into payment (dossier_code, amount, method, status, reference, created_at) "
						+ "values (:code, :amount, 'TRUC_TUYEN', 'CHO_THANH_TOAN', :reference, :now)",
				new MapSqlParameterSource("code", code).addValue("amount", dossier.feeAmount())
					.addValue("reference", reference)
					.addValue("now", this.steps.now()));
		return new Order(reference, dossier.feeAmount(),
				this.gateway.redirectUrl(reference, dossier.feeAmount(), "Phi, le phi ho so " + code));
	}

	/** Applies a gateway callback; returns the dossier code it paid. */
	@Transactional
	String callback(Map<String, String> parameters) {
		PaymentGateway.Callback callback;
		try {
			callback = this.gateway.verify(parameters);
		}
		catch (PaymentGateway.TamperedCallback ex) {
			log.warn("Payment callback rejected for reference {}: {}", parameters.get("pay_reference"),
					ex.getMessage());
			throw new ApiException(HttpStatus.BAD_REQUEST, "payment-callback-rejected", "payment.callback.rejected");
		}
		Map<String, Object> order = this.jdbc
			.queryForList("select dossier_code, amount, status from payment where reference = :reference",
					new MapSqlParameterSource("reference", callback.reference()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "payment-not-found", "payment.not-found"));
		String code = (String) order.get("dossier_code");
		if (((Number) order.get("amount")).longValue() != callback.amount()) {
			log.warn("Payment callback rejected for reference {}: amount differs from the order", callback.reference());
			throw new ApiException(HttpStatus.BAD_REQUEST, "payment-callback-rejected", "payment.callback.rejected");
		}
		if (!callback.success()) {
			this.jdbc.update(
					"update payment set status = 'THAT_BAI' where reference = :reference "
							+ "and status = 'CHO_THANH_TOAN'",
					new MapSqlParameterSource("reference", callback.reference()));
			return code;
		}
		OffsetDateTime now = this.steps.now();
		int updated = this.jdbc.update(
				"update payment set status = 'DA_THANH_TOAN', paid_at = :now, "
						+ "provider_txn = :txn where reference = :reference and status = 'CHO_THANH_TOAN'",
				new MapSqlParameterSource("reference", callback.reference()).addValue("now", now)
					.addValue("txn", callback.transaction()));
		if (updated == 1) {
			this.register.record(
					new DossierEvent(code, now, "FEE_PAID_ONLINE", null, "cong-thanh-toan", null, "online-payment",
							null, null, "Đã thanh toán trực tuyến " + callback.amount() + " đồng", true),
					DossierChange.none());
		}
		return code;
	}

	/**
	 * A payment order.
	 *
	 * @param reference our reference
	 * @param amount VND
	 * @param redirectUrl where the citizen pays
	 */
	record Order(String reference, long amount, String redirectUrl) {

	}

}
