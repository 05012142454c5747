package vn.motcua.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One channel's figures.
 *
 * @param channel {@code TRUC_TIEP}, {@code TRUC_TUYEN} or {@code BUU_CHINH}
 * @param name Vietnamese name
 * @param figures its figures
 */
record ChannelRow(String channel, String name, @JsonUnwrapped Figures figures) {

}
