package vn.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

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
		try (InputStream in = file.getInputStream()) {
			return this.yaml.readValue(in, type);
		}
		catch (JsonMappingException ex) {
			throw new CatalogueException("Danh mục không hợp lệ: " + name + ", " + where(ex.getPath()) + ": "
					+ ex.getOriginalMessage().lines().findFirst().orElse(""), ex);
		}
		catch (IOException ex) {
			throw new CatalogueException("Danh mục không hợp lệ: " + name + " không phải YAML hợp lệ: "
					+ ex.getMessage().lines().findFirst().orElse(""), ex);
		}
	}

	/** {@code procedures[3].fee.amount} becomes "mục #4, trường 'fee.amount'". */
	private static String where(List<Reference> path) {
		Integer index = path.stream().map(Reference::getIndex).filter((i) -> i >= 0).findFirst().orElse(null);
		String field = path.stream()
			.skip(1)
			.map((ref) -> (ref.getFieldName() != null) ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.filter((part) -> !part.equals("[" + index + "]"))
			.collect(Collectors.joining("."));
		return ((index != null) ? "mục #" + (index + 1) : "gốc tệp") + ", trường '" + field + "'";
	}

	record AgenciesFile(List<Agency> agencies) {

	}

	record ProceduresFile(List<Procedure> procedures) {

	}

	record ApprovalsFile(List<OnSiteApproval> approvals) {

	}

}
