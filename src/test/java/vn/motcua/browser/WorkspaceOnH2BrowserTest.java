package vn.motcua.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.motcua.catalog.Catalogue;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.support.AsyncSteps;
import vn.motcua.support.Browser;
import vn.motcua.support.TasklistSession;
import vn.motcua.support.TestHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' workspace on the default database (H2), in Debian's chromium: four
 * dossiers walked through the real REST APIs as the officers would (one returned, one
 * waiting for its appraisal, one waiting at reception, one refused), then the manager's
 * dashboard shows exactly them in its figures, and in Tasklist the specialist reads the
 * dossier code in the list and opens the scanned paper before claiming the task. A fresh
 * database of its own (the context is not shared), so the figures are known.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "motcua.test.context=workspace-h2-browser" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceOnH2BrowserTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	DossierRegister register;

	@Autowired
	ObjectMapper json;

	@Autowired
	Clock clock;

	Procedure procedure;

	String returned;

	String inAppraisal;

	String awaiting;

	String refused;

	@BeforeAll
	void walkFourDossiers() {
		Browser.assumeInstalled();
		this.procedure = this.catalogue.procedures()
			.stream()
			.filter((p) -> p.flow().equals("mot-cua") && p.receivingUnits().contains("trung-tam")
					&& !p.agency().equals("trung-tam") && !p.sameDay() && p.committedHours() == null
					&& p.committedDays() != null && p.committedDays() >= 2 && !p.documents().isEmpty())
			.findFirst()
			.orElseThrow();
		this.returned = intake("Phạm Văn Long", "001090070001", false);
		walk(this.returned, "return-result", true);
		this.inAppraisal = intake("Bùi Thị Hằng", "001090070002", true);
		walk(this.inAppraisal, "appraise-dossier", false);
		this.awaiting = intake("Ngô Văn Sơn", "001090070003", false);
		this.refused = intake("Lý Thị Thu", "001090070004", false);
		submit(openTask(this.refused),
				Map.of("receptionDecision", "refuse", "refusalReason", "Không thuộc thẩm quyền giải quyết"));
		AsyncSteps.run(this.management);

		assertThat(this.register.get(this.returned).status()).isEqualTo(DossierStatus.DA_TRA_KET_QUA);
		assertThat(this.register.get(this.inAppraisal).status()).isEqualTo(DossierStatus.DANG_XU_LY);
		assertThat(this.register.get(this.refused).status()).isEqualTo(DossierStatus.TU_CHOI);
	}

	@Test
	void givenWalkedDossiers_whenTheManagerOpensTheDashboard_thenItsFiguresAreThoseDossiers() throws Exception {
		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
		JsonNode api = this.json.readTree(new TestHttp(this.port).as("quan-ly", "demo")
			.get("/api/reports/summary?from=" + today + "&to=" + today)
			.body());
		assertThat(api.path("received").asInt()).as(api.toString()).isEqualTo(2);

		try (Browser browser = Browser.open(1280, 1400)) {
			WebDriver page = browser.driver();
			try {
				page.get("http://localhost:" + this.port + "/dashboard/");
				page.findElement(By.id("username")).sendKeys("quan-ly");
				page.findElement(By.id("password")).sendKeys("demo");
				page.findElement(By.cssSelector("#login button[type=submit]")).click();
				browser.waitUpTo(java.time.Duration.ofSeconds(30))
					.until(ExpectedConditions.attributeToBeNotEmpty(page.findElement(By.tagName("body")),
							"data-loaded"));
				browser.screenshot("dashboard-h2-walked");
				assertThat(page.findElement(By.tagName("body")).getAttribute("data-failed")).as("no panel failed")
					.isEmpty();
				assertThat(page.findElement(By.id("error")).isDisplayed()).isFalse();

				Map<String, String> todays = cards(page, "today");
				assertThat(todays).containsEntry("Tiếp nhận", "2")
					.containsEntry("Đã giải quyết", "1")
					.containsEntry("Đang giải quyết", "1")
					.containsEntry("Đang quá hạn", "0");
				Map<String, String> period = cards(page, "summary");
				assertThat(period).containsEntry("Tiếp nhận", "2")
					.containsEntry("Đã giải quyết", "1")
					.containsEntry("Trước hạn", "1")
					.containsEntry("Quá hạn", "0")
					.containsEntry("Đang giải quyết", "1")
					.containsEntry("Từ chối tiếp nhận", "1")
					.containsEntry("Chờ tiếp nhận (cuối kỳ)", "1");
				assertThat(period.get("Tỷ lệ trước hạn")).startsWith("100");
				String agencies = page.findElement(By.id("agencies")).getText();
				assertThat(agencies).contains(this.catalogue.agency(this.procedure.agency()).orElseThrow().name());
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("dashboard-h2-failure");
				throw ex;
			}
		}
	}

	@Test
	void givenAnUnclaimedAppraisal_whenTheSpecialistOpensIt_thenTheCodeIsReadableAndTheScanOpensBeforeClaiming()
			throws Exception {
		String specialist = this.procedure.agency() + ".chuyen-vien";
		try (Browser browser = Browser.open(1400, 1000)) {
			TasklistSession tasklist = new TasklistSession(browser, this.port);
			try {
				tasklist.login(specialist);
				tasklist.filter("Việc của đơn vị");
				WebElement item = tasklist.waiting()
					.until(ExpectedConditions.visibilityOfElementLocated(tasklist.taskInList(this.inAppraisal)));
				// The dossier code in the task's card: whole, and dark enough to read.
				WebElement code = item.findElement(
						By.xpath(".//*[contains(@class,'variable-value')][contains(., '" + this.inAppraisal + "')]"));
				assertThat(cutOff(tasklist.page(), code)).as("boxes that cut the dossier code off").isEmpty();
				assertThat(darkness(code.getCssValue("color"))).as("the code's colour " + code.getCssValue("color"))
					.isLessThanOrEqualTo(0x40);
				tasklist.screenshot("tasklist-code-column");
				// (The card is read as it shows: scrolling it would move its content.)
				assertThat(onTop(tasklist.page(), code)).as("nothing fades the code out").isTrue();
				assertThat(onTop(tasklist.page(), item.findElement(By.cssSelector(".shutter a"))))
					.as("the card still expands")
					.isTrue();

				// Unclaimed, the form is read-only under Tasklist's overlay; the
				// dossier
				// block's links open all the same.
				tasklist.openTask(this.inAppraisal);
				WebElement scan = tasklist.waiting()
					.until(ExpectedConditions.visibilityOfElementLocated(
							By.cssSelector(".disabled-form a[href*='/api/dossiers/" + this.inAppraisal + "/files/']")));
				assertThat(topmost(tasklist.page(), scan)).as("the link is on top of the overlay").isTrue();
				WebElement decision = tasklist.page().findElement(By.cssSelector(".disabled-form input[type=radio]"));
				assertThat(topmost(tasklist.page(), decision)).as("the form's fields stay under it").isFalse();
				tasklist.screenshot("tasklist-unclaimed-form");
				String tab = tasklist.page().getWindowHandle();
				scan.click();
				tasklist.switchToNewTab(List.of(tab));
				tasklist.waiting()
					.until(ExpectedConditions.urlContains("/api/dossiers/" + this.inAppraisal + "/files/"));
				tasklist.page().close();
				tasklist.page().switchTo().window(tab);
				WebElement page = tasklist.page()
					.findElement(
							By.cssSelector(".disabled-form a[href$='/api/dossiers/" + this.inAppraisal + "/page']"));
				assertThat(topmost(tasklist.page(), page)).isTrue();
				assertThat(this.tasks.createTaskQuery()
					.processVariableValueEquals("dossierCode", this.inAppraisal)
					.singleResult()
					.getAssignee()).as("opening a paper claims nothing").isNull();
			}
			catch (RuntimeException | AssertionError ex) {
				tasklist.screenshot("tasklist-h2-failure");
				throw ex;
			}
		}
	}

	/**
	 * What hides part of the element's text in its task card: the element cutting it
	 * short, a box that clips (its overflow hidden) and ends before the text does, or the
	 * card's expand button lying over it.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> cutOff(WebDriver page, WebElement element) {
		return (List<String>) ((JavascriptExecutor) page).executeScript(
				"""
						const cut = [];
						const text = arguments[0].getBoundingClientRect();
						if (arguments[0].scrollWidth > arguments[0].clientWidth + 1) cut.push('the text itself (ellipsis)');
						for (let box = arguments[0].parentElement; box && !box.classList.contains('task'); box = box.parentElement) {
						  const style = getComputedStyle(box);
						  const shown = box.getBoundingClientRect();
						  if (style.overflowX !== 'visible' && (text.left + 1 < shown.left || text.right > shown.right + 1))
						    cut.push(box.className + ' (width)');
						  if (style.overflowY !== 'visible' && (text.top + 1 < shown.top || text.bottom > shown.bottom + 1))
						    cut.push(box.className + ' (height)');
						}
						const card = arguments[0].closest('li');
						card.querySelectorAll('.shutter a').forEach((button) => {
						  const over = button.getBoundingClientRect();
						  if (over.left < text.right && over.right > text.left && over.top < text.bottom && over.bottom > text.top)
						    cut.push('the expand button');
						});
						return cut;""",
				element);
	}

	/** The largest of the red, green and blue of a CSS colour: 0 is black. */
	private static int darkness(String color) {
		java.util.regex.Matcher rgb = java.util.regex.Pattern.compile("(\\d+),\\s*(\\d+),\\s*(\\d+)").matcher(color);
		assertThat(rgb.find()).as(color).isTrue();
		return Math.max(Integer.parseInt(rgb.group(1)),
				Math.max(Integer.parseInt(rgb.group(2)), Integer.parseInt(rgb.group(3))));
	}

	/** Scrolled into view, whether a click in its middle lands on the element. */
	private static boolean topmost(WebDriver page, WebElement element) {
		((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		return onTop(page, element);
	}

	/**
	 * Whether a click in the middle of the element lands on it (nothing lies over it).
	 */
	private static boolean onTop(WebDriver page, WebElement element) {
		return (Boolean) ((JavascriptExecutor) page).executeScript("""
				const box = arguments[0].getBoundingClientRect();
				const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return hit !== null && (hit === arguments[0] || arguments[0].contains(hit));""", element);
	}

	/** Card label → value of a figures panel. */
	@SuppressWarnings("unchecked")
	private static Map<String, String> cards(WebDriver page, String panel) {
		return (Map<String, String>) ((JavascriptExecutor) page).executeScript("""
				const cards = {};
				document.querySelectorAll('#' + arguments[0] + ' .card').forEach((card) => {
				  cards[card.querySelector('.label').textContent] = card.querySelector('.value').textContent;
				});
				return cards;""", panel);
	}

	/** Registers a walk-in dossier at the counter, with a scanned paper if asked. */
	private String intake(String name, String idNumber, boolean scan) {
		String dossier = """
				{"procedureCode": "%s", "returnMethod": "tai-quay",
				 "applicant": {"name": "%s", "idNumber": "%s", "phone": "0912000111"},
				 "documents": [{"name": "%s", "form": "Bản chính", "copies": 1%s}]}""".formatted(this.procedure.code(),
				name, idNumber, this.procedure.documents().get(0).name(), scan ? ", \"scan\": 0" : "");
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		HttpHeaders jsonPart = new HttpHeaders();
		jsonPart.setContentType(MediaType.APPLICATION_JSON);
		parts.add("dossier", new HttpEntity<>(dossier, jsonPart));
		if (scan) {
			HttpHeaders filePart = new HttpHeaders();
			filePart.setContentType(MediaType.APPLICATION_OCTET_STREAM);
			parts.add("files", new HttpEntity<>(new ByteArrayResource(PDF) {
				@Override
				public String getFilename() {
					return "to-khai.pdf";
				}
			}, filePart));
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<String> created = this.rest.withBasicAuth("trung-tam.tiep-nhan", "demo")
			.postForEntity("/api/dossiers", new HttpEntity<>(parts, headers), String.class);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return created.getBody().replaceAll("(?s).*\"code\":\"([^\"]+)\".*", "$1");
	}

	/**
	 * Completes the dossier's tasks as their officers would (the form's fields through
	 * the REST API, logged in as a candidate) until {@code until} is open, or done too.
	 */
	private void walk(String code, String until, boolean including) {
		Map<String, Map<String, Object>> forms = Map.of("receive-dossier", Map.of("receptionDecision", "accept"),
				"appraise-dossier", Map.of("appraisalResult", "approve", "appraisalNote", "Đủ điều kiện"),
				"approve-dossier", Map.of("leaderDecision", "agree"), "collect-fee",
				Map.of("receiptNumber", "BL-" + code.hashCode(), "feeCollected", true), "return-result",
				Map.of("returnMethod", "tai-quay", "resultHandedOver", true));
		for (Task task = openTask(code); task != null; task = openTask(code)) {
			if (task.getTaskDefinitionKey().equals(until) && !including) {
				return;
			}
			boolean last = task.getTaskDefinitionKey().equals(until);
			submit(task, forms.get(task.getTaskDefinitionKey()));
			AsyncSteps.run(this.management);
			if (last) {
				return;
			}
		}
	}

	private void submit(Task task, Map<String, Object> fields) {
		String officer = this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null && group.contains(":"))
			.findFirst()
			.orElseThrow()
			.replace(':', '.');
		Map<String, Object> variables = new HashMap<>();
		fields.forEach((key, value) -> variables.put(key, Map.of("value", value)));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> done = this.rest.withBasicAuth(officer, "demo")
			.postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
					new HttpEntity<>(Map.of("variables", variables), headers), String.class);
		assertThat(done.getStatusCode().value()).as(task.getTaskDefinitionKey() + " " + done.getBody()).isEqualTo(204);
	}

	private Task openTask(String code) {
		List<Task> open = this.tasks.createTaskQuery().processVariableValueEquals("dossierCode", code).list();
		return open.isEmpty() ? null : open.get(0);
	}

}
