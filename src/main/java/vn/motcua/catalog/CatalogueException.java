package vn.motcua.catalog;

/**
 * A catalogue file that cannot be used. Start-up stops with this message, which names the
 * file, the entry and the field so that a designer can fix it without reading a stack
 * trace.
 */
public class CatalogueException extends RuntimeException {

	public CatalogueException(String message) {
		super(message);
	}

	CatalogueException(String message, Throwable cause) {
		super(message, cause);
	}

}
