#!/usr/bin/env bash
# Runs every test of the repository: the .NET test projects and the VS Code extension's Node tests.
# Prints one summary line at the end, "N passed, N failed", and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

passed=0
failed=0
status=0

echo "== dotnet build (restores NuGet packages; the grammar build installs the ANTLR tool jar with npm ci)"
if ! dotnet build Zorginkoop.Dsl.sln -c Release -nologo -v minimal; then
  echo "dotnet build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== tools of the publishing and server-page tests (chromium, chromium-driver, poppler-utils, html-validate, axe-core; quick when present)"
bash tests/publishing/install-browser.sh || status=1

echo "== editors of the language-server tests (neovim; quick when present)"
bash tests/editors/install-editors.sh || status=1

echo "== SARIF validator of the command-line tests (@microsoft/sarif-multitool; quick when present)"
bash tests/sarif/install.sh || status=1

echo "== OpenAPI validator of the server tests (@apidevtools/swagger-parser; quick when present)"
bash tests/openapi/install.sh || status=1

echo "== dotnet test"
dotnet test Zorginkoop.Dsl.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results/trx" || status=1
for trx in "$results"/trx/*.trx; do
  [[ -f $trx ]] || continue
  p=$(grep -o 'passed="[0-9]*"' "$trx" | head -n1 | grep -o '[0-9]*')
  f=$(grep -o ' failed="[0-9]*"' "$trx" | head -n1 | grep -o '[0-9]*')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

echo "== vscode-extension (npm ci, build, test; the packaged .vsix must carry the published server)"
if [[ -f vscode-extension/package.json ]]; then
  server="$results/server"
  dotnet publish src/Zorginkoop.Dsl.Cli -c Release -o "$server" -nologo -v quiet || status=1
  (
    cd vscode-extension &&
      npm ci --no-audit --no-fund &&
      npm run build &&
      ZORGINKOOP_SERVER_DIR="$server" ZORGINKOOP_SERVER_DLL="$root/src/Zorginkoop.Dsl.Cli/bin/Release/net10.0/zorginkoop.dll" npm test 2>&1 | tee "$results/node.txt"
    exit "${PIPESTATUS[0]}"
  ) || status=1
  p=$(grep -E '^# pass [0-9]+' "$results/node.txt" 2>/dev/null | tail -n1 | grep -o '[0-9]*')
  f=$(grep -E '^# fail [0-9]+' "$results/node.txt" 2>/dev/null | tail -n1 | grep -o '[0-9]*')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
fi

if [[ $status -ne 0 && $failed -eq 0 ]]; then
  # A runner failed without reporting a failed test (a crash or a build step): count it.
  failed=1
fi

echo "$passed passed, $failed failed"
exit $status
