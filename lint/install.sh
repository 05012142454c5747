#!/usr/bin/env bash
# Installs the lint tools from package-lock.json when node_modules is missing or older than the lock.
# Sourced by lint/run.sh and lint/test.sh; expects to run from the repository root.
if [[ ! -e node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
	command -v npm >/dev/null || { echo "lint: npm not found; install Node.js 18+ and npm" >&2; exit 1; }
	echo "lint: installing node modules (npm ci)"
	npm ci --no-audit --no-fund
fi
