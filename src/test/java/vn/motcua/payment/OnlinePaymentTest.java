package vn.motcua.payment;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.support.TestHttp;
import vn.motcua.support.AsyncSteps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fees paid online through the signed redirect/callback gateway (here its sandbox): only
 * a callback whose HMAC signature matches marks the dossier paid, a tampered one is
 * refused, and a dossier paid online skips the cash desk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"camunda.bpm.job-execution.enabled=false", "motcua.payment.sandbox=true", "motcua.payment.secret=test-secret" })
class OnlinePaymentTest {

	private static final String ID = "001188066666";

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierIntake intake;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignedRedirectGateway gateway;

	@Test
	void givenAnOrder_whenTheGatewayCallsBackSigned_thenPaidOnceAndTheCashDeskIsSkipped() {
		Dossier dossier = submit();
		String callback = payThroughSandbox(dossier.code());

		HttpResponse<String> paid = new TestHttp(this.port).get(callback);
		assertThat(paid.statusCode()).isEqualTo(303);
		assertThat(status(dossier.code())).isEqualTo("DA_THANH_TOAN");
		assertThat(new TestHttp(this.port).get(callback).statusCode()).as("a replay changes nothing").isEqualTo(303);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from payment where dossier_code = ? and status = " + "'DA_THANH_TOAN'", Integer.class,
				dossier.code()))
			.isEqualTo(1);
		assertThat(new TestHttp(this.port).postJson(orderPath(dossier.code()), "").statusCode())
			.as("no second order once paid")
			.isEqualTo(409);

		complete(dossier.code(), "receive-dossier", Map.of("receptionDecision", "accept"));
		complete(dossier.code(), "appraise-dossier", Map.of("appraisalResult", "approve", "appraisalNote", "Đủ"));
		complete(dossier.code(), "approve-dossier", Map.of("leaderDecision", "agree"));
		assertThat(task(dossier.code()).getTaskDefinitionKey()).isEqualTo("return-result");
	}

	@Test
	void givenATamperedCallback_whenItArrives_thenItIsRefusedAndNothingIsPaid() {
		Dossier dossier = submit();
		String callback = payThroughSandbox(dossier.code());
		String forged = callback.replaceFirst("pay_amount=\\d+", "pay_amount=1000");

		HttpResponse<String> refused = new TestHttp(this.port).get(forged);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("chữ ký không khớp");
		assertThat(status(dossier.code())).isEqualTo("CHO_THANH_TOAN");
		HttpResponse<String> unsigned = new TestHttp(this.port)
			.get(callback.replaceFirst("&pay_signature=[0-9a-f]+", ""));
		assertThat(unsigned.statusCode()).isEqualTo(400);
		assertThat(status(dossier.code())).isEqualTo("CHO_THANH_TOAN");
	}

	@Test
	void givenTheOrderQueryString_whenReplayedToTheCallback_thenRefusedAndThePaymentUnchanged() {
		Dossier dossier = submit();
		HttpResponse<String> order = new TestHttp(this.port).postJson(orderPath(dossier.code()), "");
		URI redirect = URI.create(order.body().replaceAll(".*\"redirectUrl\":\"([^\"]+)\".*", "$1"));

		HttpResponse<String> replayed = new TestHttp(this.port)
			.get("/api/public/payments/callback?" + redirect.getRawQuery());

		assertThat(replayed.statusCode()).isEqualTo(400);
		assertThat(status(dossier.code())).isEqualTo("CHO_THANH_TOAN");
		assertThat(new TestHttp(this.port).get(payThroughSandbox(dossier.code())).statusCode())
			.as("the gateway's own callback still counts")
			.isEqualTo(303);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from payment where dossier_code = ? and status = 'DA_THANH_TOAN'", Integer.class,
				dossier.code()))
			.isEqualTo(1);
	}

	@Test
	void givenAPaidPayment_whenASignedFailureArrivesForIt_thenItStaysPaid() {
		Dossier dossier = submit();
		String callback = payThroughSandbox(dossier.code());
		assertThat(new TestHttp(this.port).get(callback).statusCode()).isEqualTo(303);
		String reference = callback.replaceAll(".*pay_reference=([^&]+).*", "$1");
		String amount = callback.replaceAll(".*pay_amount=([^&]+).*", "$1");

		HttpResponse<String> failure = new TestHttp(this.port)
			.get("/api/public/payments/callback?" + this.gateway.signedCallback(Map.of("pay_reference", reference,
					"pay_amount", amount, "pay_result", "24", "pay_transaction", "CANCELLED-1")));

		assertThat(failure.statusCode()).isIn(303, 409);
		assertThat(status(dossier.code())).isEqualTo("DA_THANH_TOAN");
	}

	private String payThroughSandbox(String code) {
		HttpResponse<String> order = new TestHttp(this.port).postJson(orderPath(code), "");
		assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
		String redirect = order.body().replaceAll(".*\"redirectUrl\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> gateway = new TestHttp(this.port).get(redirect);
		assertThat(gateway.statusCode()).isEqualTo(302);
		URI back = URI.create(gateway.headers().firstValue("Location").orElseThrow());
		return back.getRawPath() + "?" + back.getRawQuery();
	}

	private Dossier submit() {
		Procedure procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.fee().amount() > 0
					&& p.receivingUnits().contains("trung-tam"))
			.findFirst()
			.orElseThrow();
		return this.intake.register(procedure, this.catalogue.agency("trung-tam").orElseThrow(), Channel.TRUC_TUYEN,
				new Dossier.Applicant("Trịnh Văn Long", ID, null, null, null), null, null, "cong-dan");
	}

	private String orderPath(String code) {
		return "/api/public/dossiers/" + code + "/payments?idNumber=" + ID;
	}

	private String status(String code) {
		return this.jdbc.queryForObject("select status from payment where dossier_code = ? order by id desc limit 1",
				String.class, code);
	}

	private Task task(String code) {
		return this.tasks.createTaskQuery().processVariableValueEquals("dossierCode", code).singleResult();
	}

	private void complete(String code, String key, Map<String, Object> form) {
		Task task = task(code);
		assertThat(task.getTaskDefinitionKey()).isEqualTo(key);
		this.tasks.complete(task.getId(), form);
		AsyncSteps.run(this.management);
	}

}
