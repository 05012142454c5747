package vn.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import org.springframework.core.io.Resource;

/**
 * Reads the two catalogue YAML files into records; a file that does not fit says where.
 */
final class CatalogueReader {

	private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
		.addModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// A missing flag (sameDay, parallel) means false.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	List<Agency> agencies(Resource file, String name) {
		AgenciesFile parsed = read(file, name, AgenciesFile.class);
		return (parsed == null || parsed.agencies() == null) ? List.of() : parsed.agencies();
	}

	List<Procedure> procedures(Resource file, String name) {
		ProceduresFile parsed = read(file, name, ProceduresFile.class);
		return (parsed == null || parsed.procedures() == null) ? List.of() : parsed.procedures();
	}

	List<OnSiteApproval> approvals(Resource file, String name) {
		if (file == null || !file.exists()) {
			return List.of();
		}
		ApprovalsFile parsed = read(file, name, ApprovalsFile.class);
		return (parsed == null || parsed.approvals() == null) ? List.of() : parsed.approvals();
	}

	private <T> T read(Resource file, String name, Class<T> type) {
		if (!file.exists()) {
			throw new CatalogueException("Danh mục không hợp lệ: không tìm thấy tệp " + name + ".");
		}
		String text;
		try (InputStream in = file.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new CatalogueException("Danh mục không hợp lệ: không đọc được tệp " + name + ".", ex);
		}
		try {
			return this.yaml.readValue(text, type);
		}
		catch (JsonProcessingException ex) {
			JsonProcessingException syntax = syntaxError(ex);
			if (syntax != null) {
				// SnakeYAML's problem (English) is put in Vietnamese.
				throw new CatalogueException(
						"Danh mục không hợp lệ: " + name + " không phải YAML hợp lệ, "
								+ at(problemMark(ex, syntax.getLocation()), null, text) + YamlProblems.syntax(syntax),
						ex);
			}
			JsonMappingException mapping = (JsonMappingException) ex;
			throw new CatalogueException("Danh mục không hợp lệ: " + name + ", " + at(mapping.getLocation(),
					(ex instanceof UnrecognizedPropertyException unknown) ? unknown.getPropertyName() : null, text)
					+ where(mapping.getPath()) + ": " + YamlProblems.mapping(mapping), ex);
		}
	}

	/**
	 * Where SnakeYAML found the problem: Jackson's location is the last good token, often
	 * the line above.
	 */
	private static JsonLocation problemMark(Throwable ex, JsonLocation fallback) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
				Mark mark = marked.getProblemMark();
				return new JsonLocation(ContentReference.unknown(), -1, mark.getLine() + 1, mark.getColumn() + 1);
			}
		}
		return fallback;
	}

	/** The parser's own error, which Jackson may wrap in a mapping error. */
	private static JsonProcessingException syntaxError(JsonProcessingException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JsonParseException parse) {
				return parse;
			}
		}
		return (ex instanceof JsonMappingException) ? null : ex;
	}

	/**
	 * "dòng 12, cột 5 (gần mục mã so-tu-phap), " from where the parser stopped. Jackson
	 * reports an unknown field of a record at the end of its entry: the field's own line
	 * is looked up above it.
	 */
	private static String at(JsonLocation location, String field, String text) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		int line = location.getLineNr();
		int column = location.getColumnNr();
		if (field != null) {
			int[] found = YamlProblems.fieldAbove(text, line, field);
			if (found != null) {
				line = found[0];
				column = found[1];
			}
		}
		String near = YamlProblems.nearestCode(text, line);
		return "dòng " + line + ", cột " + column + ((near != null) ? " (gần mục mã " + near + ")" : "") + ", ";
	}

	/** {@code procedures[3].fee.amount} becomes "mục #4, trường 'fee.amount'". */
	private static String where(List<Reference> path) {
		Integer index = path.stream().map(Reference::getIndex).filter((i) -> i >= 0).findFirst().orElse(null);
		String field = path.stream()
			.skip(1)
			.map((ref) -> (ref.getFieldName() != null) ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.filter((part) -> !part.equals("[" + index + "]"))
			.collect(Collectors.joining("."));
		return ((index != null) ? "mục #" + (index + 1) : "gốc tệp")
				+ (field.isEmpty() ? "" : ", trường '" + field + "'");
	}

	record AgenciesFile(List<Agency> agencies) {

	}

	record ProceduresFile(List<Procedure> procedures) {

	}

	record ApprovalsFile(List<OnSiteApproval> approvals) {

	}

}
