package vn.motcua.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The logged-in officer: user id and Camunda groups ({@code <agency>:<role>}). Center
 * managers and administrators see every agency's dossiers; everybody else sees their own
 * agencies' only.
 *
 * @param userId Camunda user id
 * @param groups Camunda group ids
 */
public record Officer(String userId, Set<String> groups) {

	/** The officer of the current request. */
	public static Officer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return new Officer("he-thong", Set.of());
		}
		return new Officer(authentication.getName(),
				authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.collect(Collectors.toUnmodifiableSet()));
	}

	public boolean seesEveryAgency() {
		return this.groups.contains(Roles.MANAGERS) || this.groups.contains(Roles.ADMINS);
	}

	/** Whether the officer is a system administrator ({@code camunda-admin}). */
	public boolean administrator() {
		return this.groups.contains(Roles.ADMINS);
	}

	/** Agencies in which the officer has any role. */
	public Set<String> agencies() {
		return this.groups.stream()
			.filter((g) -> g.contains(":"))
			.map((g) -> g.substring(0, g.indexOf(':')))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Agencies in which the officer has the given role. */
	public Set<String> agenciesWithRole(String role) {
		return this.groups.stream()
			.filter((g) -> g.endsWith(":" + role))
			.map((g) -> g.substring(0, g.indexOf(':')))
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Whether the officer may see a dossier received by {@code receivingUnit} for
	 * {@code agency}.
	 */
	public boolean sees(String receivingUnit, String agency) {
		return seesEveryAgency() || agencies().contains(receivingUnit) || agencies().contains(agency);
	}

}
