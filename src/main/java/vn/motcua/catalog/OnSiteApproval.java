package vn.motcua.catalog;

import java.util.List;

/**
 * A delegation of signing authority at the center ("4/5 tại chỗ"): these leaders may
 * approve these procedures of their agency on site.
 *
 * @param agency the delegating agency
 * @param approvers user ids of the authorised leaders
 * @param procedures codes of the agency's on-site procedures they may approve
 * @param decision the act of delegation
 */
public record OnSiteApproval(String agency, List<String> approvers, List<String> procedures, String decision) {

	public OnSiteApproval {
		approvers = (approvers == null) ? List.of() : List.copyOf(approvers);
		procedures = (procedures == null) ? List.of() : List.copyOf(procedures);
	}

}
