#!/usr/bin/env bash
# Lints every BPMN model under processes/ with .bpmnlintrc (bpmnlint:recommended,
# camunda-compat for Camunda 7.24, and our own plugin:motcua rules).
# DMN tables are not linted: bpmnlint reads BPMN only. The engine tests deploy
# and check each table instead.
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob globstar
models=(processes/**/*.bpmn)
tables=(processes/**/*.dmn)

if [[ ${#tables[@]} -gt 0 ]]; then
	echo "lint: skipping ${#tables[@]} DMN file(s): bpmnlint lints BPMN only"
fi

if [[ ${#models[@]} -eq 0 ]]; then
	echo "lint: no BPMN models under processes/ yet; nothing to lint"
	exit 0
fi

source lint/install.sh
echo "lint: checking ${#models[@]} BPMN model(s)"
if ! npx --no bpmnlint "${models[@]}"; then
	echo "lint: errors above; fix the models (lint/README.md explains each motcua/ rule)" >&2
	exit 1
fi
echo "lint: ${#models[@]} BPMN model(s) pass (warnings, if any, do not fail the build)"
