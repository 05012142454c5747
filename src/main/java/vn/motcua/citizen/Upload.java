package vn.motcua.citizen;

/**
 * A file the citizen sent, checked for type and size.
 *
 * @param fileName the name given by the client, shortened to 255 characters
 * @param contentType the type found from the file's first bytes
 * @param content the bytes
 * @param sha256 hex SHA-256 of the bytes
 */
record Upload(String fileName, String contentType, byte[] content, String sha256) {

	@Override
	public String toString() {
		return "Upload[" + this.contentType + ", " + this.content.length + " bytes]";
	}

}
