#!/usr/bin/env bash
# Checks the lint setup against lint/fixtures/: valid.bpmn and valid--*.bpmn must pass, and every
# other fixture must fail with the rule its file name names
# (<rule>.bpmn or <rule>--<variant>.bpmn, a rule of plugin:motcua).
set -euo pipefail
cd "$(dirname "$0")/.."
source lint/install.sh

bpmnlint=node_modules/.bin/bpmnlint
passed=0
failed=0

pass() { echo "ok    $1"; passed=$((passed + 1)); }
fail() { echo "FAIL  $1"; failed=$((failed + 1)); }

# The valid models (valid.bpmn, valid--<what>.bpmn): no error and no warning.
for fixture in lint/fixtures/valid.bpmn lint/fixtures/valid--*.bpmn; do
	[[ -e $fixture ]] || continue
	name=$(basename "$fixture")
	if output=$("$bpmnlint" --max-warnings=0 "$fixture" 2>&1); then
		pass "$name passes"
	else
		fail "$name should pass but bpmnlint said:"
		echo "$output"
	fi
done

# Each broken model fails, naming the rule it breaks.
for fixture in lint/fixtures/*.bpmn; do
	name=$(basename "$fixture" .bpmn)
	[[ $name == valid || $name == valid--* ]] && continue
	rule="motcua/${name%%--*}"
	if output=$("$bpmnlint" "$fixture" 2>&1); then
		fail "$name.bpmn should fail with $rule but passed"
	elif grep -q -- "$rule\b" <<<"$output"; then
		pass "$name.bpmn fails with $rule"
	else
		fail "$name.bpmn failed without naming $rule:"
		echo "$output"
	fi
done

# Every rule the plugin ships has at least one broken fixture.
for file in lint/bpmnlint-plugin-motcua/rules/*.js; do
	rule=$(basename "$file" .js)
	[[ $rule == util ]] && continue
	if compgen -G "lint/fixtures/$rule.bpmn" >/dev/null || compgen -G "lint/fixtures/$rule--*.bpmn" >/dev/null; then
		pass "rule $rule has a fixture"
	else
		fail "rule $rule has no fixture in lint/fixtures/"
	fi
done

echo "lint fixtures: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
