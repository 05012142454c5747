package vn.motcua.engine;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processes folder's location works with or without its last slash, and the catalogue
 * path written after it lands inside the folder.
 */
class ProcessesLocationSlashTest {

	@Test
	void givenALocationWithoutItsLastSlash_whenTheEnvironmentIsPrepared_thenTheCataloguePathIsInsideTheFolder() {
		StandardEnvironment environment = environment("file:/etc/motcua/processes");

		new ProcessesLocationSlash().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("motcua.catalogue.procedures"))
			.isEqualTo("file:/etc/motcua/processes/catalogue/procedures.yaml");
	}

	@Test
	void givenALocationWithItsSlash_whenTheEnvironmentIsPrepared_thenItIsLeftAlone() {
		StandardEnvironment environment = environment("classpath:processes/");

		new ProcessesLocationSlash().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("motcua.processes.location")).isEqualTo("classpath:processes/");
		assertThat(environment.getPropertySources().contains("motcua-processes-location")).isFalse();
	}

	private static StandardEnvironment environment(String location) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("motcua.processes.location", location,
					"motcua.catalogue.procedures", "${motcua.processes.location}catalogue/procedures.yaml")));
		return environment;
	}

}
