#!/usr/bin/env bash
# Installs what the publishing and server-page tests need outside .NET: Debian's chromium (prints the HTML to PDF,
# runs axe-core), chromium-driver (Selenium drives the self-check page of `zorginkoop serve` with it), poppler-utils
# (pdftotext and pdftoppm read the PDF back) and the npm packages of tests/publishing (html-validate, axe-core).
# Idempotent and quick when everything is there. Without root or apt it says so and leaves the browser tests to
# skip; the HTML and Markdown tests need none of it.
set -uo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "== apt-get install ${missing[*]} (for the PDF and browser tests)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends chromium chromium-driver poppler-utils fonts-dejavu-core >/dev/null \
      || echo "install-browser: apt-get failed; the PDF and browser tests will be skipped"
  else
    echo "install-browser: ${missing[*]} missing and no root apt-get; the PDF and browser tests will be skipped"
  fi
fi

if [[ ! -d node_modules/html-validate || ! -d node_modules/axe-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "== npm ci in tests/publishing (html-validate, axe-core)"
  npm ci --no-audit --no-fund --silent || echo "install-browser: npm ci failed; the HTML validity and accessibility tests will fail"
fi
exit 0
