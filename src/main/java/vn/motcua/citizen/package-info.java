/**
 * The citizen's side of the one-stop shop, under {@code /api/public/**} without login:
 * online submission with files, look-up by code and ID number, the receipt as PDF,
 * supplements, the satisfaction rating and phản ánh, kiến nghị. Rate-limited per client.
 */
package vn.motcua.citizen;
