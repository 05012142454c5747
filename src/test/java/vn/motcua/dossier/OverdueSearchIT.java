package vn.motcua.dossier;

import vn.motcua.support.PostgresTest;

/**
 * The overdue search on PostgreSQL, where it reads the overdue dossiers from their own
 * index before sorting them.
 */
@PostgresTest
class OverdueSearchIT extends OverdueSearchCases {

}
