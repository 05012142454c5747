package vn.motcua.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-text search over the whole sample catalogue (processes/catalogue): words in
 * any order, with or without diacritics, beginnings of words, ranked.
 */
class ProcedureSearchTest {

	static Catalogue catalogue;

	static ProcedureSearch search;

	@BeforeAll
	static void index() {
		catalogue = new Catalogue(new ClassPathResource("processes/catalogue/agencies.yaml"),
				new ClassPathResource("processes/catalogue/procedures.yaml"));
		search = new ProcedureSearch(catalogue);
	}

	@ParameterizedTest
	@ValueSource(strings = { "đăng ký kinh doanh", "dang ky kinh doanh", "DANG KY KINH DOANH", "kinh doanh đăng ký",
			"doanh kinh ky dang", "đăng ky kinh doanh", "dang ký kinh doanh" })
	void givenTheWordsOfHouseholdBusinessInAnyOrderAndSpelling_whenSearched_thenItRanksFirst(String q) {
		List<String> names = names(search.search(q));

		assertThat(names).as(q).isNotEmpty();
		assertThat(names.get(0)).as(q).isEqualTo("Đăng ký thành lập hộ kinh doanh");
	}

	@Test
	void givenCapPhep_whenSearched_thenEveryProcedureGrantingAPermitAndNothingWithoutBothWords() {
		List<Procedure> found = search.search("cấp phép");

		assertThat(found).extracting(Procedure::name)
			.allSatisfy((name) -> assertThat(fold(name)).contains("cap").contains("giay phep"));
		List<String> permits = catalogue.procedures()
			.stream()
			.map(Procedure::name)
			.filter((name) -> fold(name).contains("cap giay phep"))
			.toList();
		assertThat(permits).hasSizeGreaterThanOrEqualTo(4);
		assertThat(names(found)).containsAll(permits).doesNotContain("Đổi giấy phép lái xe");
		assertThat(names(search.search("cap phep"))).isEqualTo(names(found));
	}

	@Test
	void givenBeginningsOfWords_whenSearched_thenTheProcedureIsFound() {
		assertThat(names(search.search("khai si")).get(0)).isEqualTo("Đăng ký khai sinh");
		assertThat(names(search.search("ly lic tu ph")).get(0)).startsWith("Cấp Phiếu lý lịch tư pháp");
		assertThat(names(search.search("giay phep lai"))).containsExactly("Đổi giấy phép lái xe");
		assertThat(names(search.search("tro cap that ngh"))).containsExactly("Giải quyết hưởng trợ cấp thất nghiệp");
	}

	@Test
	void givenWholeWordsAndABeginning_whenRanked_thenWholeWordsInTheNameComeFirst() {
		List<String> names = names(search.search("giấy phép xây dựng"));

		assertThat(names).hasSizeGreaterThanOrEqualTo(2);
		assertThat(names.subList(0, 2)).allSatisfy((name) -> assertThat(name).startsWith("Cấp giấy phép xây dựng mới"));
		// "hộ tịch" is a field word too, but the procedure named after it ranks first
		assertThat(names(search.search("trích lục hộ tịch")).get(0)).isEqualTo("Cấp bản sao trích lục hộ tịch");
	}

	@Test
	void givenWordsAlsoFoundApart_whenRanked_thenNamesWithThemTogetherComeFirst() {
		// "Chứng thực bản sao … giấy tờ … chứng nhận" has the three words, apart
		List<String> names = names(search.search("giay chung nhan"));

		assertThat(names).hasSize(3);
		assertThat(names.subList(0, 2)).allSatisfy((name) -> assertThat(fold(name)).contains("giay chung nhan"));
		assertThat(names.get(2)).startsWith("Chứng thực bản sao");
	}

	@Test
	void givenAProcedureCodeOrItsBeginning_whenSearched_thenThatProcedureComesFirst() {
		Procedure any = catalogue.procedures().get(5);

		assertThat(search.search(any.code()).get(0)).isEqualTo(any);
		assertThat(search.search(any.code().toLowerCase(Locale.ROOT)).get(0)).isEqualTo(any);
		assertThat(search.search(any.code().substring(0, 8))).contains(any);
	}

	@Test
	void givenTextWithCombiningMarks_whenSearched_thenItFindsAsPrecomposedText() {
		String decomposed = Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD);

		assertThat(names(search.search(decomposed)).get(0)).isEqualTo("Đăng ký khai sinh");
	}

	@Test
	void givenNoWords_whenSearched_thenTheWholeCatalogueInItsOrder() {
		assertThat(search.search("  ")).isEqualTo(catalogue.procedures());
		assertThat(search.search(null)).isEqualTo(catalogue.procedures());
	}

	@Test
	void givenWordsNoProcedureHas_whenSearched_thenNothing() {
		assertThat(search.search("xyzzy quux")).isEmpty();
		assertThat(search.search("\" OR * : ( [ ~ ^")).isEmpty();
	}

	@Test
	void givenOneWordTooManyOfThree_whenNothingHasThemAll_thenTheBestPartialMatchesAreOffered() {
		assertThat(names(search.search("đăng ký khai sinh con")).get(0)).isEqualTo("Đăng ký khai sinh");
	}

	@Test
	void givenAVeryLongQuery_whenSearched_thenItAnswersWithoutError() {
		assertThat(search.search("cấp ".repeat(500))).isNotNull();
		assertThat(search.words("a b c d e f g h i j k l m n o p q r s t u v w x y z"))
			.hasSize(ProcedureSearch.MAX_WORDS);
	}

	private static List<String> names(List<Procedure> procedures) {
		return procedures.stream().map(Procedure::name).toList();
	}

	private static String fold(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd');
	}

}
