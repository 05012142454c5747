package vn.motcua.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.core.io.Resource;

/**
 * The full names of the demo users ({@code processes/catalogue/demo-officers.yaml}),
 * split the way Camunda keeps a name: everything but the last word (họ và tên đệm) as
 * first name, the last word (tên) as last name, so that "first last" reads as the
 * Vietnamese full name.
 */
final class DemoOfficers {

	private final Map<String, String> names;

	private DemoOfficers(Map<String, String> names) {
		this.names = Map.copyOf(names);
	}

	static DemoOfficers read(Resource file) {
		ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).build();
		try (InputStream in = file.getInputStream()) {
			File parsed = yaml.readValue(in, File.class);
			return new DemoOfficers((parsed.officers() != null) ? parsed.officers() : Map.of());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the demo officers' names from " + file, ex);
		}
	}

	/** The demo user's name as Camunda's first and last name, if the file gives one. */
	Name name(String userId) {
		String full = this.names.get(userId);
		if (full == null || full.isBlank()) {
			return null;
		}
		String trimmed = full.trim();
		int last = trimmed.lastIndexOf(' ');
		return (last < 0) ? new Name("", trimmed) : new Name(trimmed.substring(0, last), trimmed.substring(last + 1));
	}

	/**
	 * @param first họ và tên đệm
	 * @param last tên
	 */
	record Name(String first, String last) {

	}

	private record File(Map<String, String> officers) {

	}

}
