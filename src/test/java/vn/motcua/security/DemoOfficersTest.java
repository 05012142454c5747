package vn.motcua.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo-officers.yaml} names every demo user that {@code agencies.yaml} implies,
 * and a Vietnamese name becomes Camunda's first and last name so that "first last" reads
 * in Vietnamese order.
 */
class DemoOfficersTest {

	private final DemoOfficers officers = DemoOfficers
		.read(new ClassPathResource("processes/catalogue/demo-officers.yaml"));

	@Test
	void givenAVietnameseFullName_whenSplit_thenFamilyAndMiddleNameComeFirstAndTheGivenNameLast() {
		assertThat(this.officers.name("trung-tam.tiep-nhan")).isEqualTo(new DemoOfficers.Name("Nguyễn Thị", "Lan"));
		assertThat(this.officers.name("trung-tam.tai-cho")).isEqualTo(new DemoOfficers.Name("Lê Thị Thu", "Hà"));
		assertThat(this.officers.name("no-such-user")).isNull();
	}

	@Test
	void everyDemoUserOfTheAgencyCatalogueHasAFullName() throws IOException {
		ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).build();
		Map<?, ?> catalogue;
		try (InputStream in = new ClassPathResource("processes/catalogue/agencies.yaml").getInputStream()) {
			catalogue = yaml.readValue(in, Map.class);
		}
		List<?> agencies = (List<?>) catalogue.get("agencies");
		assertThat(agencies).isNotEmpty();
		assertThat(this.officers.name(Roles.MANAGERS)).as(Roles.MANAGERS).isNotNull();
		for (Object entry : agencies) {
			Map<?, ?> agency = (Map<?, ?>) entry;
			for (Object role : (List<?>) agency.get("roles")) {
				String user = agency.get("code") + "." + role;
				assertThat(this.officers.name(user)).as("name of %s in demo-officers.yaml", user).isNotNull();
			}
		}
	}

}
