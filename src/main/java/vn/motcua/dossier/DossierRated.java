package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A citizen rated the handling of a dossier. Published in the transaction that stores the
 * rating, for the national portal's synchronisation; not a line of the dossier's history.
 *
 * @param dossierCode the dossier
 * @param ratedAt when
 * @param ratings the seven criteria, each 1 (không hài lòng) to 3 (rất hài lòng), or null
 * where not rated; never the comment, which may hold personal data
 */
public record DossierRated(String dossierCode, OffsetDateTime ratedAt, List<Integer> ratings) {

}
