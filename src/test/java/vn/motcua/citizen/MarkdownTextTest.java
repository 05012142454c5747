package vn.motcua.citizen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTextTest {

	@Test
	void givenMarkdownInACitizensText_whenMadeLiteral_thenEveryMarkIsEscapedAndLinesKept() {
		String literal = MarkdownText.literal("# Tiêu đề\r\n* mục [link](http://x.vn) `mã` _nghiêng_\n1. một");

		assertThat(literal)
			.isEqualTo("\\# Tiêu đề  \n\\* mục \\[link\\]\\(http://x\\.vn\\) \\`mã\\` \\_nghiêng\\_  \n1\\. một");
	}

	@Test
	void givenPlainVietnamese_whenMadeLiteral_thenUnchanged() {
		assertThat(MarkdownText.literal("Thái độ tiếp dân chưa tốt tại quầy số 3"))
			.isEqualTo("Thái độ tiếp dân chưa tốt tại quầy số 3");
	}

}
