package vn.motcua.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One procedure's figures.
 *
 * @param procedure procedure code
 * @param name procedure name
 * @param figures its figures
 */
record ProcedureRow(String procedure, String name, @JsonUnwrapped Figures figures) {

}
