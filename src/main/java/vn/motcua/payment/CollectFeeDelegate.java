package vn.motcua.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.motcua.dossier.DossierChange;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.dossier.Dossier;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Ghi nhận đã thu phí": records the cash the counter officer collected, with the receipt
 * number from the form, as a verified payment of the dossier's fee.
 */
@Component("collectFee")
class CollectFeeDelegate implements JavaDelegate {

	private final NamedParameterJdbcTemplate jdbc;

	private final DossierRegister register;

	private final DossierSteps steps;

	CollectFeeDelegate(NamedParameterJdbcTemplate jdbc, DossierRegister register, DossierSteps steps) {
		this.jdbc = jdbc;
		this.register = register;
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Dossier dossier = this.steps.dossier(execution);
		String code = dossier.code();
		// The fee the dossier was received under, from the register, not a variable.
		long amount = dossier.feeAmount();
		Object receipt = execution.getVariable("receiptNumber");
		var now = this.steps.now();
		this.jdbc.update("insert into payment (dossier_code, amount, method, status, reference, recorded_by, "
				+ "created_at, paid_at) values (:code, :amount, 'TIEN_MAT', 'DA_THANH_TOAN', :reference, :actor, :now, :now)",
				new MapSqlParameterSource("code", code).addValue("amount", amount)
					.addValue("reference", (receipt != null) ? receipt.toString() : null)
					// Recorded in the job after the officer's click: the officer who
					// collected it.
					.addValue("actor",
							DossierSteps.SYSTEM.equals(this.steps.actor())
									? this.register.lastOfficer(code).orElse(DossierSteps.SYSTEM) : this.steps.actor())
					.addValue("now", now));
		this.register.record(
				new DossierEvent(code, now, "FEE_PAID", null, this.steps.actor(), dossier.receivingUnit(),
						execution.getCurrentActivityId(), null, null, "Đã thu " + amount + " đồng", true),
				DossierChange.none());
	}

}
