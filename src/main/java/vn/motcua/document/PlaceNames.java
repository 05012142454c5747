package vn.motcua.document;

import java.util.List;
import java.util.Locale;

import vn.motcua.catalog.Agency;

/**
 * The place name (địa danh) of the place-and-date line of a unit's documents (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): a commune's own name for a commune-level unit ("Ủy ban nhân
 * dân xã Tiên Du" → "Tiên Du"), the province's (or centrally run city's) name for the
 * others ("Sở Tư pháp tỉnh Bắc Ninh" → "Bắc Ninh"), read from the agency's name in the
 * catalogue. A numbered ward keeps its word ("phường 5" → "Phường 5"), and so does "Thành
 * phố Hồ Chí Minh".
 */
final class PlaceNames {

	private static final List<String> COMMUNE_WORDS = List.of("xã ", "phường ", "đặc khu ", "thị trấn ");

	private static final List<String> PROVINCE_WORDS = List.of("tỉnh ", "thành phố ");

	private PlaceNames() {
	}

	static String of(Agency agency) {
		String name = agency.name();
		String place = "xa".equals(agency.level()) ? after(name, COMMUNE_WORDS) : after(name, PROVINCE_WORDS);
		if ("Hồ Chí Minh".equals(place)) {
			// The one city whose place name keeps its word (Nghị định 30/2020, Phụ lục
			// I).
			return "Thành phố Hồ Chí Minh";
		}
		return (place != null) ? place : "";
	}

	/** What follows the last of {@code words} in {@code name}, or null. */
	private static String after(String name, List<String> words) {
		String lower = name.toLowerCase(Locale.ROOT);
		int best = -1;
		String word = null;
		for (String candidate : words) {
			int at = lower.lastIndexOf(candidate);
			if (at >= 0 && (at == 0 || lower.charAt(at - 1) == ' ') && at > best) {
				best = at;
				word = candidate;
			}
		}
		if (word == null) {
			return null;
		}
		String rest = name.substring(best + word.length()).strip();
		if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
			return Character.toUpperCase(word.charAt(0)) + word.substring(1) + rest;
		}
		return rest;
	}

}
