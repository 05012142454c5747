package vn.motcua.catalog;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The procedure catalogue and agency list, read and checked once at start-up. Designers
 * edit the YAML files in {@code processes/catalogue}; a restart picks up their change.
 */
@Component
@EnableConfigurationProperties(CatalogueProperties.class)
public class Catalogue {

	private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

	private final Map<String, Agency> agencies;

	private final Map<String, Procedure> procedures;

	private final List<OnSiteApproval> approvals;

	@Autowired
	Catalogue(CatalogueProperties properties) {
		this(properties.agencies(), properties.procedures(), properties.approvals());
	}

	Catalogue(Resource agencyFile, Resource procedureFile) {
		this(agencyFile, procedureFile, null);
	}

	Catalogue(Resource agencyFile, Resource procedureFile, Resource approvalFile) {
		String agencyName = name(agencyFile);
		String procedureName = name(procedureFile);
		CatalogueReader reader = new CatalogueReader();
		List<Agency> agencyList = reader.agencies(agencyFile, agencyName);
		List<Procedure> procedureList = reader.procedures(procedureFile, procedureName);
		String approvalName = (approvalFile != null) ? name(approvalFile) : null;
		List<OnSiteApproval> approvalList = reader.approvals(approvalFile, approvalName);
		new CatalogueValidator(agencyName, procedureName).validate(agencyList, procedureList, approvalList,
				approvalName);
		this.approvals = List.copyOf(approvalList);
		this.agencies = index(agencyList, Agency::code);
		this.procedures = index(procedureList, Procedure::code);
		log.info("Catalogue loaded: {} agencies, {} procedures", this.agencies.size(), this.procedures.size());
	}

	public List<Agency> agencies() {
		return List.copyOf(this.agencies.values());
	}

	public Optional<Agency> agency(String code) {
		return Optional.ofNullable(this.agencies.get(code));
	}

	public List<Procedure> procedures() {
		return List.copyOf(this.procedures.values());
	}

	public Optional<Procedure> procedure(String code) {
		return Optional.ofNullable(this.procedures.get(code));
	}

	/** User ids of the leaders authorised to approve {@code procedureCode} on site. */
	public List<String> onSiteApprovers(String procedureCode) {
		return this.approvals.stream()
			.filter((approval) -> approval.procedures().contains(procedureCode))
			.flatMap((approval) -> approval.approvers().stream())
			.distinct()
			.toList();
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		return Collections.unmodifiableMap(
				items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
	}

	private static String name(Resource file) {
		if (file instanceof ClassPathResource classPath) {
			return classPath.getPath();
		}
		if (file.isFile()) {
			try {
				return file.getFile().getPath();
			}
			catch (IOException ex) {
				return file.getDescription();
			}
		}
		return file.getDescription();
	}

}
