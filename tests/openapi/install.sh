#!/usr/bin/env bash
# Installs the OpenAPI validator of the server tests (npm @apidevtools/swagger-parser, see package.json) that
# OpenApiValidationTests runs on the document the server generates. Idempotent and quick when it is there.
# 12.1.0 rather than 13.x: 13 declares node >= 22.19 and Debian's node here is 20; 12.1 validates OpenAPI 3.1 alike.
set -uo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules/@apidevtools/swagger-parser || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "== npm ci in tests/openapi (@apidevtools/swagger-parser)"
  npm ci --no-audit --no-fund --silent || echo "openapi install: npm ci failed; OpenApiValidationTests will fail"
fi
exit 0
