package vn.motcua.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTest {

	private static final String AGENCIES = """
			agencies:
			  - { code: trung-tam, name: Trung tâm, kind: trung-tam, level: tinh, identifier: H27.1, roles: [tiep-nhan, lanh-dao] }
			  - { code: so-tu-phap, name: Sở Tư pháp, kind: so, level: tinh, identifier: H27.2, roles: [chuyen-vien, lanh-dao] }
			  - { code: cong-an, name: Công an tỉnh, kind: nganh-doc, level: trung-uong, identifier: H27.3, roles: [chuyen-vien, lanh-dao] }
			""";

	private static final String GOOD = """
			  - code: 2.000488.H27
			    name: Cấp Phiếu lý lịch tư pháp
			    field: Lý lịch tư pháp
			    level: tinh
			    agency: so-tu-phap
			    receivingUnits: [trung-tam]
			    flow: mot-cua
			    statutoryDays: 10
			    committedDays: 8
			""";

	@TempDir
	Path dir;

	@Test
	void givenTheShippedCatalogue_whenLoaded_thenItHasTheSampleTheDesignAsksFor() {
		Catalogue catalogue = new Catalogue(new ClassPathResource("processes/catalogue/agencies.yaml"),
				new ClassPathResource("processes/catalogue/procedures.yaml"));

		assertThat(catalogue.procedures()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(catalogue.procedures()).filteredOn((p) -> p.flow().equals("tai-cho")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(catalogue.procedures()).filteredOn((p) -> p.flow().equals("lien-thong"))
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(catalogue.agencies()).filteredOn((a) -> a.kind().equals("trung-tam")).isNotEmpty();
		assertThat(catalogue.agencies()).filteredOn((a) -> a.kind().equals("so")).hasSizeGreaterThanOrEqualTo(6);
		assertThat(catalogue.agencies()).filteredOn((a) -> a.kind().equals("xa")).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void givenValidFiles_whenLoaded_thenProceduresAreFoundByCode() throws IOException {
		Catalogue catalogue = load(AGENCIES, "procedures:\n" + GOOD);

		assertThat(catalogue.procedure("2.000488.H27")).hasValueSatisfying((p) -> {
			assertThat(p.committedDays()).isEqualTo(8);
			assertThat(p.fee().amount()).isZero();
			assertThat(p.ruleVersion()).startsWith("2.000488.H27@");
		});
		assertThat(catalogue.agency("so-tu-phap").map((a) -> a.group("lanh-dao"))).contains("so-tu-phap:lanh-dao");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown agency     | agency: so-tu-phap          | agency: so-khong-co   | agency
			negative days      | statutoryDays: 10           | statutoryDays: -1     | statutoryDays
			missing code       | code: 2.000488.H27          | code: ''              | code
			unknown flow       | flow: mot-cua               | flow: ba-cua          | flow
			commitment too long| committedDays: 8            | committedDays: 12     | committedDays
			bad cut-off        | flow: mot-cua               | 'flow: mot-cua\\n    cutoff: 25:00' | cutoff
			unknown field      | flow: mot-cua               | 'flow: mot-cua\\n    colour: red'   | colour
			""")
	void givenABrokenEntry_whenLoaded_thenTheMessageNamesFileEntryAndField(String name, String good, String bad,
			String field) throws IOException {
		String broken = GOOD.replace(good, bad.replace("\\n", "\n"));
		String procedures = "procedures:\n" + GOOD.replace("2.000488.H27", "1.000001.H27") + broken;

		assertThatThrownBy(() -> load(AGENCIES, procedures)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining(this.dir.resolve("procedures.yaml").toString())
			.hasMessageContaining("mục #2")
			.hasMessageContaining("'" + field);
	}

	@Test
	void givenTwoEntriesWithOneCode_whenLoaded_thenTheSecondIsNamedAsDuplicate() {
		assertThatThrownBy(() -> load(AGENCIES, "procedures:\n" + GOOD + GOOD)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("mục #2 (mã 2.000488.H27), trường 'code': mã thủ tục bị trùng");
	}

	@Test
	void givenAJointProcedureWhoseStepsExceedItsDays_whenLoaded_thenStepsAreNamed() {
		String joint = GOOD.replace("flow: mot-cua", """
				flow: lien-thong
				    steps:
				      - { agency: so-tu-phap, days: 6 }
				      - { agency: cong-an, days: 3 }
				      - { agency: cong-an, days: 5, parallel: true }""");

		assertThatThrownBy(() -> load(AGENCIES, "procedures:\n" + joint)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("trường 'steps.days': tổng số ngày các bước (11) vượt thời hạn 10 ngày");
	}

	@Test
	void givenAJointProcedureWhoseStepsFitTheLawButNotTheCommitment_whenLoaded_thenStepsAreNamed() {
		String joint = GOOD.replace("flow: mot-cua", """
				flow: lien-thong
				    steps:
				      - { agency: so-tu-phap, days: 6 }
				      - { agency: cong-an, days: 3 }""");

		assertThatThrownBy(() -> load(AGENCIES, "procedures:\n" + joint)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("mục #1 (mã 2.000488.H27), trường 'steps.days': tổng số ngày các bước (9, "
					+ "các bước song song tính một lần) vượt thời hạn cam kết 64 giờ làm việc (8 ngày)");
	}

	@Test
	void givenParallelJointStepsFillingTheCommitment_whenLoaded_thenTheLongestOfThemCountsOnce() throws IOException {
		String joint = GOOD.replace("flow: mot-cua", """
				flow: lien-thong
				    steps:
				      - { agency: so-tu-phap, days: 5 }
				      - { agency: cong-an, days: 3 }
				      - { agency: so-tu-phap, days: 2, parallel: true }""");

		assertThat(load(AGENCIES, "procedures:\n" + joint).procedure("2.000488.H27")).isPresent();
	}

	@Test
	void givenSharesThatFillTheCommittedTimeExactly_whenLoaded_thenTheyAreKept() throws IOException {
		Catalogue catalogue = load(AGENCIES, "procedures:\n" + withShares("4 giờ", "6 ngày", "1 ngày", "0,5 ngày"));

		Procedure.Shares shares = catalogue.procedure("2.000488.H27").flatMap(Procedure::stepShares).orElseThrow();
		assertThat(shares.reception().wholeHours()).contains(4);
		assertThat(shares.appraisal().wholeDays()).contains(6);
		assertThat(shares.returnResult().wholeHours()).contains(4);
		assertThat(shares.returnResult().wholeDays()).isEmpty();
	}

	@Test
	void givenSharesAboveTheCommittedTime_whenLoaded_thenTheMessageNamesFileEntryAndField() {
		assertThatThrownBy(
				() -> load(AGENCIES, "procedures:\n" + withShares("5 giờ", "6 ngày", "1 ngày", "0,5 ngày làm việc")))
			.isInstanceOf(CatalogueException.class)
			.hasMessageContaining(this.dir.resolve("procedures.yaml").toString())
			.hasMessageContaining("mục #1 (mã 2.000488.H27), trường 'shares': tổng thời gian các bước "
					+ "(65 giờ làm việc) vượt thời hạn cam kết 64 giờ làm việc (8 ngày)");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no unit           | 4        | shares.reception | không đọc được
			English unit      | 4 hours  | shares.reception | không đọc được
			part of an hour   | 0,1 ngày | shares.reception | không phải số giờ làm việc nguyên
			nothing           | 0 giờ    | shares.reception | phải lớn hơn 0
			""")
	void givenAnUnreadableShare_whenLoaded_thenItsFieldIsNamed(String name, String reception, String field,
			String text) {
		assertThatThrownBy(() -> load(AGENCIES, "procedures:\n" + withShares(reception, "2 ngày", "1 ngày", "4 giờ")))
			.isInstanceOf(CatalogueException.class)
			.hasMessageContaining("mục #1 (mã 2.000488.H27), trường '" + field + "': ")
			.hasMessageContaining(text);
	}

	@Test
	void givenAJointProcedureWithCounterShares_whenTheyAndTheStepsExceedTheCommitment_thenSharesAreNamed()
			throws IOException {
		String joint = GOOD.replace("flow: mot-cua", """
				flow: lien-thong
				    steps:
				      - { agency: so-tu-phap, days: 4 }
				      - { agency: cong-an, days: 3 }
				    shares:
				      reception: 4 giờ
				      return: RETURN""");

		assertThat(load(AGENCIES, "procedures:\n" + joint.replace("RETURN", "4 giờ")).procedure("2.000488.H27"))
			.isPresent();
		assertThatThrownBy(() -> load(AGENCIES, "procedures:\n" + joint.replace("RETURN", "5 giờ")))
			.isInstanceOf(CatalogueException.class)
			.hasMessageContaining("trường 'shares': tổng thời gian các bước (65 giờ làm việc, kể cả các bước "
					+ "liên thông) vượt thời hạn cam kết 64 giờ làm việc (8 ngày)");
	}

	@Test
	void givenAJointProcedure_whenItSplitsAppraisalInShares_thenTheFieldIsNamed() {
		String joint = GOOD.replace("flow: mot-cua", """
				flow: lien-thong
				    steps:
				      - { agency: so-tu-phap, days: 4 }
				      - { agency: cong-an, days: 3 }
				    shares: { reception: 4 giờ, appraisal: 1 ngày, return: 4 giờ }""");

		assertThatThrownBy(() -> load(AGENCIES, "procedures:\n" + joint)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("trường 'shares.appraisal': thủ tục liên thông chia thời gian thẩm định");
	}

	@Test
	void givenNoShares_whenLoaded_thenTheDefaultSplitFillsTheCommittedTimeInWholeHours() throws IOException {
		Procedure procedure = load(AGENCIES, "procedures:\n" + GOOD).procedure("2.000488.H27").orElseThrow();

		Procedure.Shares shares = procedure.stepShares().orElseThrow();
		assertThat(List.of(shares.reception(), shares.appraisal(), shares.approval(), shares.returnResult()))
			.extracting((share) -> share.wholeHours().orElseThrow())
			.containsExactly(6, 40, 12, 6);
	}

	@Test
	void givenTheShippedCatalogue_whenLoaded_thenEveryProceduresSharesFitItsCommittedTime() {
		Catalogue catalogue = new Catalogue(new ClassPathResource("processes/catalogue/agencies.yaml"),
				new ClassPathResource("processes/catalogue/procedures.yaml"));

		assertThat(catalogue.procedures()).filteredOn((p) -> p.shares() != null).isNotEmpty();
		for (Procedure procedure : catalogue.procedures()) {
			procedure.stepShares()
				.ifPresent((shares) -> assertThat(Stream.of(Procedure.InternalStep.values())
					.map(shares::of)
					.filter(Objects::nonNull)
					.mapToInt((share) -> share.wholeHours().orElseThrow())
					.sum()).as(procedure.code()).isBetween(1, procedure.committedWorkingHours()));
		}
	}

	private static String withShares(String reception, String appraisal, String approval, String handBack) {
		return GOOD + "    shares:\n      reception: " + reception + "\n      appraisal: " + appraisal
				+ "\n      approval: " + approval + "\n      return: " + handBack + "\n";
	}

	@Test
	void givenAnUnknownRole_whenLoaded_thenTheAgencyEntryIsNamed() {
		String agencies = AGENCIES.replace("roles: [tiep-nhan, lanh-dao]", "roles: [bao-ve]");

		assertThatThrownBy(() -> load(agencies, "procedures:\n" + GOOD)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("agencies.yaml, mục #1 (mã trung-tam), trường 'roles'");
	}

	@Test
	void givenAnOnSiteAuthorisationForAStandardProcedure_whenLoaded_thenTheApprovalEntryIsNamed() throws IOException {
		Path approvals = Files.writeString(this.dir.resolve("on-site-approvals.yaml"), """
				approvals:
				  - { agency: so-tu-phap, approvers: [so-tu-phap.lanh-dao], procedures: [2.000488.H27], decision: QĐ 1 }
				""", StandardCharsets.UTF_8);
		load(AGENCIES, "procedures:\n" + GOOD);
		Path agencyFile = this.dir.resolve("agencies.yaml");
		Path procedureFile = this.dir.resolve("procedures.yaml");

		assertThatThrownBy(() -> new Catalogue(new FileSystemResource(agencyFile),
				new FileSystemResource(procedureFile), new FileSystemResource(approvals)))
			.isInstanceOf(CatalogueException.class)
			.hasMessageContaining("on-site-approvals.yaml, mục #1 (mã so-tu-phap), trường 'procedures'")
			.hasMessageContaining("không phải thủ tục tại chỗ");
	}

	@Test
	void givenTheShippedAuthorisations_whenLoaded_thenEveryOnSiteProcedureHasAnApprover() {
		Catalogue catalogue = new Catalogue(new ClassPathResource("processes/catalogue/agencies.yaml"),
				new ClassPathResource("processes/catalogue/procedures.yaml"),
				new ClassPathResource("processes/catalogue/on-site-approvals.yaml"));

		assertThat(catalogue.procedures()).filteredOn((p) -> p.flow().equals("tai-cho"))
			.allSatisfy((p) -> assertThat(catalogue.onSiteApprovers(p.code())).isNotEmpty());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					competent agency without specialists | mot-cua    | so-tu-phap | [chuyen-vien, lanh-dao]  | [lanh-dao]    | agency         | so-tu-phap' thiếu vai trò 'chuyen-vien'
					competent agency without leaders     | mot-cua    | so-tu-phap | [chuyen-vien, lanh-dao]  | [chuyen-vien] | agency         | so-tu-phap' thiếu vai trò 'lanh-dao'
					on-site agency without on-site role  | tai-cho    | so-tu-phap | [chuyen-vien, lanh-dao]  | [chuyen-vien] | agency | so-tu-phap' thiếu vai trò 'tai-cho'
					receiving unit without reception     | mot-cua    | trung-tam  | [tiep-nhan, lanh-dao]    | [lanh-dao]    | receivingUnits | trung-tam' thiếu vai trò 'tiep-nhan'
					joint step agency without leaders    | lien-thong | cong-an    | [chuyen-vien, lanh-dao]  | [chuyen-vien] | steps.agency   | cong-an' thiếu vai trò 'lanh-dao'
					joint receiving unit without leaders | lien-thong | trung-tam  | [tiep-nhan, lanh-dao]    | [tiep-nhan]   | receivingUnits | trung-tam' thiếu vai trò 'lanh-dao'
					""")
	void givenAnAgencyWithoutARoleItsFlowNeeds_whenLoaded_thenTheProcedureAndTheMissingGroupAreNamed(String name,
			String flow, String agency, String roles, String fewer, String field, String message) {
		String agencies = AGENCIES.replace("identifier: " + identifier(agency) + ", roles: " + roles,
				"identifier: " + identifier(agency) + ", roles: " + fewer);
		assertThat(agencies).as("the case removes a role").isNotEqualTo(AGENCIES);
		String procedure = GOOD.replace("flow: mot-cua", "flow: " + flow + (flow.equals("lien-thong")
				? "\n    steps:\n      - { agency: so-tu-phap, days: 4 }\n      - { agency: cong-an, days: 3 }" : ""));

		assertThatThrownBy(() -> load(agencies, "procedures:\n" + procedure)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining(
					"procedures.yaml, mục #1 (mã 2.000488.H27), trường '" + field + "': cơ quan '" + message)
			.hasMessageContaining("quy trình " + flow);
	}

	@Test
	void givenACommuneLevelProcedure_whenACommuneHasNoSpecialists_thenTheCommuneIsNamed() {
		String agencies = AGENCIES
				+ """
						  - { code: xa-an-binh, name: UBND xã An Bình, kind: xa, level: xa, identifier: H27.4, roles: [tiep-nhan, lanh-dao] }
						""";
		String procedure = GOOD.replace("level: tinh", "level: xa");

		assertThatThrownBy(() -> load(agencies, "procedures:\n" + procedure)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("agencies.yaml, cơ quan 'xa-an-binh', trường 'roles': thiếu vai trò 'chuyen-vien'")
			.hasMessageContaining("phan-cong.dmn");
	}

	@Test
	void givenAnIndentationError_whenLoaded_thenFileLineColumnAndNearestEntryAreNamedInVietnamese() {
		String procedures = "procedures:\n" + GOOD
				+ GOOD.replace("2.000488.H27", "1.000001.H27").replace("    flow: mot-cua", "   flow: mot-cua");

		assertThatThrownBy(() -> load(AGENCIES, procedures)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining(this.dir.resolve("procedures.yaml") + " không phải YAML hợp lệ, dòng 17, cột ")
			.hasMessageContaining("(gần mục mã 1.000001.H27)")
			.hasMessageContaining("thụt lề")
			.hasMessageNotContaining("while parsing")
			.hasMessageNotContaining("expected");
	}

	@Test
	void givenATabInTheFile_whenLoaded_thenTheMessageSaysSoInVietnamese() {
		String procedures = "procedures:\n" + GOOD.replace("    agency: so-tu-phap", "\tagency: so-tu-phap");

		assertThatThrownBy(() -> load(AGENCIES, procedures)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("procedures.yaml không phải YAML hợp lệ, dòng ")
			.hasMessageContaining("(gần mục mã 2.000488.H27)")
			.hasMessageContaining("tab");
	}

	@Test
	void givenAnUnknownField_whenLoaded_thenTheMessageIsVietnameseAndListsTheKnownFields() {
		String procedures = "procedures:\n" + GOOD.replace("flow: mot-cua", "flow: mot-cua\n    colour: red");

		assertThatThrownBy(() -> load(AGENCIES, procedures)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("procedures.yaml, dòng 9, cột 5 (gần mục mã 2.000488.H27), mục #1, trường 'colour': "
					+ "trường 'colour' không có ở đây; các trường hợp lệ: ")
			.hasMessageContaining("committedDays")
			.hasMessageNotContaining("Unrecognized")
			.hasMessageNotContaining("not marked as ignorable");
	}

	@Test
	void givenTextWhereANumberGoes_whenLoaded_thenTheFieldAndTheExpectedTypeAreNamedInVietnamese() {
		String procedures = "procedures:\n" + GOOD.replace("statutoryDays: 10", "statutoryDays: mười");

		assertThatThrownBy(() -> load(AGENCIES, procedures)).isInstanceOf(CatalogueException.class)
			.hasMessageContaining("mục #1, trường 'statutoryDays': giá trị 'mười' không đúng kiểu, cần một số nguyên")
			.hasMessageNotContaining("Cannot deserialize");
	}

	private static String identifier(String agency) {
		return switch (agency) {
			case "trung-tam" -> "H27.1";
			case "so-tu-phap" -> "H27.2";
			default -> "H27.3";
		};
	}

	private Catalogue load(String agencies, String procedures) throws IOException {
		Path agencyFile = Files.writeString(this.dir.resolve("agencies.yaml"), agencies, StandardCharsets.UTF_8);
		Path procedureFile = Files.writeString(this.dir.resolve("procedures.yaml"), procedures, StandardCharsets.UTF_8);
		return new Catalogue(new FileSystemResource(agencyFile), new FileSystemResource(procedureFile));
	}

}
