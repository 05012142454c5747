package vn.motcua.engine;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Modeler's properties panel checks on a template field: a dropdown value is one of
 * its choices, {@code notEmpty} and {@code pattern} constraints hold.
 */
final class TemplateValues {

	private TemplateValues() {
	}

	/** Why {@code value} does not satisfy the template property, or null when it does. */
	static String problem(JsonNode property, String value) {
		String text = (value == null) ? "" : value;
		if ("Hidden".equals(property.path("type").asText())) {
			return text.equals(property.path("value").asText()) ? null
					: "hidden value " + text + " is not " + property.path("value").asText();
		}
		if ("Dropdown".equals(property.path("type").asText())) {
			for (JsonNode choice : property.path("choices")) {
				if (choice.path("value").asText().equals(text)) {
					return null;
				}
			}
			return text + " is not one of the choices";
		}
		JsonNode constraints = property.path("constraints");
		if (constraints.path("notEmpty").asBoolean() && text.isBlank()) {
			return "empty";
		}
		if (constraints.has("pattern")) {
			JsonNode pattern = constraints.path("pattern");
			String regex = pattern.isTextual() ? pattern.asText() : pattern.path("value").asText();
			if (!Pattern.compile(regex).matcher(text).find()) {
				return text + " does not match " + regex;
			}
		}
		return null;
	}

}
