package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a catalogue must keep before any dossier can be received under it. Problems
 * are collected, each naming the file, the entry and the field, and reported together.
 */
final class CatalogueValidator {

	static final Set<String> FLOWS = Set.of("mot-cua", "tai-cho", "lien-thong");

	static final Set<String> ROLES = Set.of("tiep-nhan", "chuyen-vien", "lanh-dao", "tai-cho");

	private static final Set<String> AGENCY_KINDS = Set.of("trung-tam", "so", "xa", "nganh-doc");

	private static final Set<String> AGENCY_LEVELS = Set.of("tinh", "xa", "trung-uong");

	private static final Set<String> PROCEDURE_LEVELS = Set.of("tinh", "xa");

	private static final Set<String> ONLINE_LEVELS = Set.of("toan-trinh", "mot-phan", "none");

	private static final Pattern AGENCY_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]*");

	private final String agencyFile;

	private final String procedureFile;

	private final List<String> problems = new ArrayList<>();

	CatalogueValidator(String agencyFile, String procedureFile) {
		this.agencyFile = agencyFile;
		this.procedureFile = procedureFile;
	}

	void validate(List<Agency> agencies, List<Procedure> procedures) {
		validate(agencies, procedures, List.of(), null);
	}

	void validate(List<Agency> agencies, List<Procedure> procedures, List<OnSiteApproval> approvals,
			String approvalFile) {
		validateAgencies(agencies);
		Map<String, Agency> known = agencies.stream()
			.filter((a) -> a.code() != null)
			.collect(Collectors.toMap(Agency::code, Function.identity(), (a, b) -> a));
		validateProcedures(procedures, known);
		validateCommuneRoles(procedures, known);
		validateApprovals(approvals, approvalFile, known, procedures);
		if (!this.problems.isEmpty()) {
			throw new CatalogueException("Danh mục không hợp lệ: " + String.join("; ", this.problems));
		}
	}

	private void validateAgencies(List<Agency> agencies) {
		if (agencies.isEmpty()) {
			this.problems.add(this.agencyFile + ": không có cơ quan nào (cần khóa 'agencies')");
		}
		Set<String> codes = new HashSet<>();
		Set<String> identifiers = new HashSet<>();
		for (int i = 0; i < agencies.size(); i++) {
			Agency agency = agencies.get(i);
			Entry entry = new Entry(this.agencyFile, i, agency.code());
			if (blank(agency.code())) {
				entry.problem("code", "thiếu mã cơ quan");
			}
			else if (!AGENCY_CODE.matcher(agency.code()).matches()) {
				entry.problem("code", "mã phải gồm chữ thường không dấu, số và dấu gạch ngang");
			}
			else if (!codes.add(agency.code())) {
				entry.problem("code", "mã bị trùng");
			}
			required(entry, "name", agency.name());
			oneOf(entry, "kind", agency.kind(), AGENCY_KINDS);
			oneOf(entry, "level", agency.level(), AGENCY_LEVELS);
			if (blank(agency.identifier())) {
				entry.problem("identifier", "thiếu mã định danh điện tử");
			}
			else if (!identifiers.add(agency.identifier())) {
				entry.problem("identifier", "mã định danh bị trùng");
			}
			if (agency.roles().isEmpty()) {
				entry.problem("roles", "cần ít nhất một vai trò");
			}
			agency.roles()
				.stream()
				.filter((role) -> !ROLES.contains(role))
				.forEach((role) -> entry.problem("roles", "vai trò '" + role + "' không thuộc " + sorted(ROLES)));
		}
	}

	private void validateProcedures(List<Procedure> procedures, Map<String, Agency> agencies) {
		if (procedures.isEmpty()) {
			this.problems.add(this.procedureFile + ": không có thủ tục nào (cần khóa 'procedures')");
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < procedures.size(); i++) {
			Procedure procedure = procedures.get(i);
			Entry entry = new Entry(this.procedureFile, i, procedure.code(), procedure.flow());
			if (blank(procedure.code())) {
				entry.problem("code", "thiếu mã thủ tục");
			}
			else if (!PROCEDURE_CODE.matcher(procedure.code()).matches()) {
				entry.problem("code", "mã chỉ gồm chữ, số, dấu chấm và gạch ngang");
			}
			else if (!codes.add(procedure.code())) {
				entry.problem("code", "mã thủ tục bị trùng");
			}
			required(entry, "name", procedure.name());
			required(entry, "field", procedure.field());
			oneOf(entry, "level", procedure.level(), PROCEDURE_LEVELS);
			knownAgency(entry, "agency", procedure.agency(), agencies);
			if (procedure.receivingUnits().isEmpty()) {
				entry.problem("receivingUnits", "cần ít nhất một nơi tiếp nhận");
			}
			procedure.receivingUnits().forEach((unit) -> knownAgency(entry, "receivingUnits", unit, agencies));
			oneOf(entry, "flow", procedure.flow(), FLOWS);
			validateDeadlines(entry, procedure);
			if (procedure.fee().amount() < 0) {
				entry.problem("fee.amount", "phí, lệ phí không được âm");
			}
			if (procedure.fee().amount() > 0 && blank(procedure.fee().basis())) {
				entry.problem("fee.basis", "phí, lệ phí cần căn cứ pháp lý");
			}
			oneOf(entry, "onlineLevel", procedure.onlineLevel(), ONLINE_LEVELS);
			for (Procedure.RequiredDocument document : procedure.documents()) {
				required(entry, "documents.name", (document == null) ? null : document.name());
				if (document != null && document.count() != null && document.count() < 1) {
					entry.problem("documents.count", "số lượng phải từ 1 trở lên");
				}
			}
			validateSteps(entry, procedure, agencies);
			validateShares(entry, procedure);
			validateRoles(entry, procedure, agencies);
		}
	}

	/**
	 * The groups the procedure's flow hands tasks to exist: a task given to a group no
	 * agency has would wait for nobody. Reception needs {@code tiep-nhan} at each
	 * receiving unit; the agency's work (also after an on-site dossier goes to the back
	 * office) {@code chuyen-vien} and {@code lanh-dao}; an on-site procedure
	 * {@code tai-cho}; a liên thông procedure the receiving unit's {@code lanh-dao} (it
	 * urges a late agency). A commune-level procedure can be routed to any commune
	 * (phan-cong.dmn), so every commune needs the agency roles too.
	 */
	private void validateRoles(Entry entry, Procedure procedure, Map<String, Agency> agencies) {
		String flow = procedure.flow();
		if (!FLOWS.contains(flow)) {
			return;
		}
		procedure.receivingUnits().forEach((unit) -> needs(entry, "receivingUnits", unit, agencies, "tiep-nhan"));
		if ("lien-thong".equals(flow)) {
			procedure.receivingUnits().forEach((unit) -> needs(entry, "receivingUnits", unit, agencies, "lanh-dao"));
			procedure.steps()
				.forEach((step) -> needs(entry, "steps.agency", step.agency(), agencies, "chuyen-vien", "lanh-dao"));
		}
		else {
			needs(entry, "agency", procedure.agency(), agencies, "chuyen-vien", "lanh-dao");
		}
		if ("tai-cho".equals(flow)) {
			needs(entry, "agency", procedure.agency(), agencies, "tai-cho");
		}
	}

	/**
	 * A commune-level procedure can be routed to any commune (phan-cong.dmn: the
	 * applicant's or the receiving commune), so every commune needs the agency roles.
	 */
	private void validateCommuneRoles(List<Procedure> procedures, Map<String, Agency> agencies) {
		procedures.stream()
			.filter((p) -> "xa".equals(p.level()) && !"lien-thong".equals(p.flow()) && FLOWS.contains(p.flow()))
			.findFirst()
			.ifPresent((example) -> agencies.values()
				.stream()
				.filter((agency) -> "xa".equals(agency.kind()))
				.forEach((commune) -> List.of("chuyen-vien", "lanh-dao")
					.stream()
					.filter((role) -> !commune.roles().contains(role))
					.forEach((role) -> this.problems.add(this.agencyFile + ", cơ quan '" + commune.code()
							+ "', trường 'roles': thiếu vai trò '" + role + "'; thủ tục cấp xã (ví dụ mã "
							+ example.code() + ") có thể được phân công cho mọi xã theo phan-cong.dmn"))));
	}

	private void needs(Entry entry, String field, String code, Map<String, Agency> agencies, String... roles) {
		Agency agency = (code == null) ? null : agencies.get(code);
		if (agency == null) {
			return; // reported as an unknown agency
		}
		for (String role : roles) {
			if (!agency.roles().contains(role)) {
				entry.problem(field,
						"cơ quan '" + code + "' thiếu vai trò '" + role + "' (nhóm " + agency.group(role)
								+ ") mà quy trình " + entry.flow + " giao việc cho; thêm vào 'roles' của cơ quan trong "
								+ this.agencyFile);
			}
		}
	}

	/**
	 * The internal steps' shares, when given, each readable, in whole working hours, and
	 * all together (with a liên thông procedure's sequential steps) within the committed
	 * time the receipt prints.
	 */
	private void validateShares(Entry entry, Procedure procedure) {
		Procedure.Shares shares = procedure.shares();
		if (shares == null) {
			return;
		}
		boolean jointFlow = "lien-thong".equals(procedure.flow());
		if ("tai-cho".equals(procedure.flow())) {
			entry.problem("shares",
					"thủ tục tại chỗ giải quyết trong ngày tại Trung tâm, không chia thời gian theo bước");
			return;
		}
		int total = 0;
		boolean readable = true;
		for (Procedure.InternalStep step : Procedure.InternalStep.values()) {
			String field = "shares." + step.key();
			Allowance share = shares.of(step);
			boolean agencyWork = step == Procedure.InternalStep.APPRAISAL || step == Procedure.InternalStep.APPROVAL;
			if (jointFlow && agencyWork) {
				if (share != null) {
					entry.problem(field, "thủ tục liên thông chia thời gian thẩm định, phê duyệt theo 'steps'");
				}
				continue;
			}
			if (share == null) {
				entry.problem(field, "thiếu thời gian của bước (ví dụ \"4 giờ\", \"0,5 ngày\")");
				readable = false;
			}
			else if (share.workingHours().isEmpty()) {
				entry.problem(field, "'" + share.text() + "' không đọc được; ghi số giờ hoặc số ngày làm việc, ví dụ "
						+ "\"4 giờ\", \"0,25 ngày làm việc\"");
				readable = false;
			}
			else if (share.wholeHours().isEmpty()) {
				entry.problem(field, "'" + share.text() + "' không phải số giờ làm việc nguyên (1 ngày = "
						+ Allowance.HOURS_PER_DAY + " giờ)");
				readable = false;
			}
			else if (share.wholeHours().get() <= 0) {
				entry.problem(field, "thời gian của bước phải lớn hơn 0");
				readable = false;
			}
			else {
				total += share.wholeHours().get();
			}
		}
		if (jointFlow) {
			total += sequentialDays(procedure) * Allowance.HOURS_PER_DAY;
		}
		int committed = procedure.committedWorkingHours();
		if (readable && total > committed) {
			entry.problem("shares", "tổng thời gian các bước (" + hours(total)
					+ (jointFlow ? ", kể cả các bước liên thông" : "") + ") vượt thời hạn cam kết " + hours(committed));
		}
	}

	private static String hours(int hours) {
		return hours + " giờ làm việc"
				+ ((hours % Allowance.HOURS_PER_DAY == 0) ? " (" + hours / Allowance.HOURS_PER_DAY + " ngày)" : "");
	}

	/**
	 * Working days of a liên thông plan: the sequential steps' days, a group of parallel
	 * steps counted once with its longest.
	 */
	private static int sequentialDays(Procedure procedure) {
		int sequentialDays = 0;
		int groupDays = 0;
		for (Procedure.Step step : procedure.steps()) {
			int days = (step.days() != null) ? Math.max(step.days(), 0) : 0;
			if (step.parallel()) {
				groupDays = Math.max(groupDays, days);
			}
			else {
				sequentialDays += groupDays;
				groupDays = days;
			}
		}
		return sequentialDays + groupDays;
	}

	private void validateDeadlines(Entry entry, Procedure procedure) {
		if (procedure.statutoryDays() == null) {
			entry.problem("statutoryDays", "thiếu thời hạn giải quyết theo quy định");
		}
		else if (procedure.statutoryDays() < 0) {
			entry.problem("statutoryDays", "số ngày không được âm");
		}
		if (procedure.committedDays() != null && procedure.committedDays() < 0) {
			entry.problem("committedDays", "số ngày không được âm");
		}
		else if (procedure.committedDays() != null && procedure.statutoryDays() != null
				&& procedure.committedDays() > procedure.statutoryDays()) {
			entry.problem("committedDays", "thời hạn cam kết dài hơn thời hạn theo quy định");
		}
		if (procedure.committedHours() != null && procedure.committedHours() < 0) {
			entry.problem("committedHours", "số giờ không được âm");
		}
	}

	private void validateSteps(Entry entry, Procedure procedure, Map<String, Agency> agencies) {
		boolean jointFlow = "lien-thong".equals(procedure.flow());
		if (!jointFlow) {
			if (!procedure.steps().isEmpty()) {
				entry.problem("steps", "chỉ thủ tục liên thông (flow: lien-thong) mới có các bước");
			}
			return;
		}
		if (procedure.steps().size() < 2) {
			entry.problem("steps", "thủ tục liên thông cần ít nhất hai bước");
			return;
		}
		if (procedure.steps().get(0).parallel()) {
			entry.problem("steps.parallel", "bước đầu tiên không thể chạy song song với bước trước");
		}
		for (Procedure.Step step : procedure.steps()) {
			knownAgency(entry, "steps.agency", step.agency(), agencies);
			if (step.days() == null || step.days() < 0) {
				entry.problem("steps.days", "số ngày của bước phải từ 0 trở lên");
			}
		}
		int sequentialDays = sequentialDays(procedure);
		if (procedure.statutoryDays() != null && sequentialDays > procedure.statutoryDays()) {
			entry.problem("steps.days", "tổng số ngày các bước (" + sequentialDays + ") vượt thời hạn "
					+ procedure.statutoryDays() + " ngày");
		}
		else if (sequentialDays * Allowance.HOURS_PER_DAY > procedure.committedWorkingHours()) {
			entry.problem("steps.days",
					"tổng số ngày các bước (" + sequentialDays
							+ ", các bước song song tính một lần) vượt thời hạn cam kết "
							+ hours(procedure.committedWorkingHours()));
		}
	}

	private void validateApprovals(List<OnSiteApproval> approvals, String file, Map<String, Agency> agencies,
			List<Procedure> procedures) {
		Map<String, Procedure> byCode = procedures.stream()
			.filter((p) -> p.code() != null)
			.collect(Collectors.toMap(Procedure::code, Function.identity(), (a, b) -> a));
		for (int i = 0; i < approvals.size(); i++) {
			OnSiteApproval approval = approvals.get(i);
			Entry entry = new Entry(file, i, approval.agency());
			knownAgency(entry, "agency", approval.agency(), agencies);
			if (approval.approvers().isEmpty()) {
				entry.problem("approvers", "cần ít nhất một người được ủy quyền");
			}
			if (approval.procedures().isEmpty()) {
				entry.problem("procedures", "cần ít nhất một thủ tục");
			}
			for (String code : approval.procedures()) {
				Procedure procedure = byCode.get(code);
				if (procedure == null) {
					entry.problem("procedures", "thủ tục '" + code + "' không có trong danh mục");
				}
				else if (!"tai-cho".equals(procedure.flow()) || !procedure.agency().equals(approval.agency())) {
					entry.problem("procedures",
							"thủ tục '" + code + "' không phải thủ tục tại chỗ của cơ quan " + approval.agency());
				}
			}
			required(entry, "decision", approval.decision());
		}
		if (file != null) {
			procedures.stream()
				.filter((p) -> "tai-cho".equals(p.flow()))
				.filter((p) -> approvals.stream().noneMatch((a) -> a.procedures().contains(p.code())))
				.forEach((p) -> this.problems.add(file + ": thủ tục tại chỗ '" + p.code()
						+ "' chưa có người được ủy quyền phê duyệt tại Trung tâm (trường 'procedures')"));
		}
	}

	private void knownAgency(Entry entry, String field, String code, Map<String, Agency> agencies) {
		if (blank(code)) {
			entry.problem(field, "thiếu mã cơ quan");
		}
		else if (!agencies.containsKey(code)) {
			entry.problem(field, "cơ quan '" + code + "' không có trong " + this.agencyFile);
		}
	}

	private static void required(Entry entry, String field, String value) {
		if (blank(value)) {
			entry.problem(field, "trường bắt buộc bị bỏ trống");
		}
	}

	private static void oneOf(Entry entry, String field, String value, Set<String> allowed) {
		if (blank(value)) {
			entry.problem(field, "trường bắt buộc bị bỏ trống; chọn một trong " + sorted(allowed));
		}
		else if (!allowed.contains(value)) {
			entry.problem(field, "giá trị '" + value + "' không hợp lệ; chọn một trong " + sorted(allowed));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

	/** One entry of a file, named by its position and code. */
	private final class Entry {

		private final String label;

		private final String flow;

		Entry(String file, int index, String code) {
			this(file, index, code, null);
		}

		Entry(String file, int index, String code, String flow) {
			this.label = file + ", mục #" + (index + 1) + (blank(code) ? "" : " (mã " + code + ")");
			this.flow = flow;
		}

		void problem(String field, String text) {
			CatalogueValidator.this.problems.add(this.label + ", trường '" + field + "': " + text);
		}

	}

}
