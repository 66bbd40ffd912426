#!/usr/bin/env bash
# Installs the editors the language-server tests drive for real: Debian's neovim (0.7), run headless by
# NeovimTests with the set-up docs/language-server.md gives. Idempotent and quick when present. Without root or
# apt it says so, and the Neovim tests are skipped with that reason.
set -uo pipefail

if ! command -v nvim >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "== apt-get install neovim (for the Neovim language-server tests)"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get install -y -qq --no-install-recommends neovim >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends neovim >/dev/null; }; } \
      || echo "install-editors: apt-get failed; the Neovim tests will be skipped"
  else
    echo "install-editors: neovim missing and no root apt-get; the Neovim tests will be skipped"
  fi
fi
exit 0
