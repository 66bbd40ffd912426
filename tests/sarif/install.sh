#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, with its Linux binary) for the command-line
# test that validates 'zorginkoop check --format sarif'. Idempotent and quick when it is there.
set -uo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules/@microsoft/sarif-multitool || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "== npm ci in tests/sarif (@microsoft/sarif-multitool)"
  npm ci --no-audit --no-fund --silent || echo "sarif install: npm ci failed; SarifValidationTests will fail"
fi
# npm may not run the package's own postinstall (chmod u+x), so the binary is made executable here.
chmod u+x node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool 2>/dev/null || true
exit 0
