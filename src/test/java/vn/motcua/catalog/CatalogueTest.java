package vn.motcua.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
			  - { code: trung-tam, name: Trung tâm, kind: trung-tam, level: tinh, identifier: H27.1, roles: [tiep-nhan] }
			  - { code: so-tu-phap, name: Sở Tư pháp, kind: so, level: tinh, identifier: H27.2, roles: [chuyen-vien, lanh-dao] }
			  - { code: cong-an, name: Công an tỉnh, kind: nganh-doc, level: trung-uong, identifier: H27.3, roles: [chuyen-vien] }
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
	void givenAnUnknownRole_whenLoaded_thenTheAgencyEntryIsNamed() {
		String agencies = AGENCIES.replace("roles: [tiep-nhan]", "roles: [bao-ve]");

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

	private Catalogue load(String agencies, String procedures) throws IOException {
		Path agencyFile = Files.writeString(this.dir.resolve("agencies.yaml"), agencies, StandardCharsets.UTF_8);
		Path procedureFile = Files.writeString(this.dir.resolve("procedures.yaml"), procedures, StandardCharsets.UTF_8);
		return new Catalogue(new FileSystemResource(agencyFile), new FileSystemResource(procedureFile));
	}

}
