package vn.motcua.citizen;

/**
 * A citizen's text shown in a Camunda Form's text component, which renders Markdown:
 * every mark Markdown acts on is escaped (CommonMark renders {@code \*} as {@code *}), so
 * the text reads exactly as written and can neither format nor link anything; line breaks
 * are kept. HTML is left to the form's own sanitizer.
 */
final class MarkdownText {

	private MarkdownText() {
	}

	static String literal(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				continue;
			}
			if (c == '\n') {
				out.append("  \n");
			}
			else {
				if (c < 128 && isPunctuation(c)) {
					out.append('\\');
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	private static boolean isPunctuation(char c) {
		return "\\`*_{}[]()#+-.!|~".indexOf(c) >= 0;
	}

}
