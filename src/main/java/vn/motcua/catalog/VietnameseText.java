package vn.motcua.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text compared as citizens type it: without diacritics ("đ" as "d"), in lower
 * case, so "Xã Yên Phong" and "xa yen phong" are the same words.
 */
public final class VietnameseText {

	private VietnameseText() {
	}

	public static String fold(String text) {
		return Normalizer.normalize((text == null) ? "" : text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
	}

}
