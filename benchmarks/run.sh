#!/usr/bin/env bash
# Every benchmark figure in docs/benchmarks.md, from one run on this machine:
#   1. end to end: 100,000 and 1,000,000 generated providers, JSONL in, JSONL out (records/s, peak memory),
#      compiled and (100,000 only) interpreted;
#   2. front end, cold: `zorginkoop check policies` and `zorginkoop build <policy>` as new processes;
#   3. in-process (BenchmarkDotNet): evaluations per second (compiled vs interpreter vs RulesEngine), warm check,
#      warm build of each policy;
#   4. editor: didChange → publishDiagnostics on a generated 5,000-line policy;
#   5. scaling: check and the language server on 25,000 and 50,000 requirements (fails above ratio 3);
#   6. versioned build: shared classes vs every version in full, as a ratio (fails above 0.5);
#   7. editor scaling: the real server over stdio on the VGZ policy grown to 850, 5,000 and 20,000 lines
#      (tokens, range, folding, hover and completion while tokens run, edit → diagnostics; p50/p95 and growth).
#   8. one-shot: whole-process `evaluate` and `test policies`, interpreter vs auto vs compiled, cold and warm
#      assembly cache, as ratios to the interpreter (ZORGINKOOP_BENCH_ONESHOT_ROUNDS, default 3; fails when an
#      output differs from the interpreter's).
#   9. versioned build as `zorginkoop build` processes, this checkout against the commit before issue 13 (79e8e9e),
#      alternating (benchmarks/versioned-build-vs-before.sh; fails above ratio 0.5).
# Usage: benchmarks/run.sh [--skip-bdn]      Work files go to $ZORGINKOOP_BENCH_DIR (default /tmp/zorginkoop-bench).
# Figures depend on load: run it on a quiet machine (the script prints the load average before and after).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${ZORGINKOOP_BENCH_DIR:-/tmp/zorginkoop-bench}
skip_bdn=0
[[ "${1:-}" == "--skip-bdn" ]] && skip_bdn=1
mkdir -p "$work"
policy="$root/policies/vgz/huisartsenzorg-2026-2027.zip"
on=2026-06-01

log() { printf '%s\n' "$*" | tee -a "$work/summary.txt"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/summary.txt"
log "# zorginkoop benchmarks $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
log "load average at start: $(load)"

dotnet build -c Release "$root/src/Zorginkoop.Dsl.Cli" -v quiet -nologo > "$work/build.log"
dotnet build -c Release "$root/benchmarks/Zorginkoop.Dsl.Benchmarks" -v quiet -nologo >> "$work/build.log"
zk=(dotnet "$root/src/Zorginkoop.Dsl.Cli/bin/Release/net10.0/zorginkoop.dll")
bench=(dotnet "$root/benchmarks/Zorginkoop.Dsl.Benchmarks/bin/Release/net10.0/Zorginkoop.Dsl.Benchmarks.dll")

# 1. End to end. Providers: 85% huisartsenpraktijken, 15% RHO's, 1% lacking one fact; fixed seed, so every run
#    evaluates the same file.
for n in 100000 1000000; do
    [[ -s "$work/providers-$n.jsonl" ]] || "${bench[@]}" generate --count $n --seed 2026 --incomplete 0.01 --out "$work/providers-$n.jsonl"
done

end_to_end() { # engine count
    local out="$work/out-$1-$2.jsonl"
    cat "$work/providers-$2.jsonl" > /dev/null # read from the page cache, not the disk, like every other figure here
    /usr/bin/time -f 'time: %e s wall, %U s user, %S s sys, peak RSS %M KB' \
        "${zk[@]}" evaluate "$policy" --facts "$work/providers-$2.jsonl" --output "$out" --on $on --engine "$1" --stats \
        > "$work/e2e-$1-$2.log" 2>&1 || true
    local lines
    lines=$(wc -l < "$out")
    [[ "$lines" == "$2" ]] || { echo "expected $2 output records, got $lines" >&2; exit 1; }
    local stats rss
    stats=$(grep '^zorginkoop-stats:' "$work/e2e-$1-$2.log")
    rss=$(grep '^time:' "$work/e2e-$1-$2.log" | sed 's/.*peak RSS \([0-9]*\) KB/\1/')
    log "e2e $1 $2: $stats peakRssMB=$((rss / 1024)) outputRecords=$lines"
    echo "$rss"
}

log ""
log "## End to end (JSONL in, JSONL out, $policy, --on $on)"
rss_100k=$(end_to_end compiled 100000 | tail -1)
rss_1m=$(end_to_end compiled 1000000 | tail -1)
end_to_end interpreter 100000 > /dev/null
cmp -s "$work/out-compiled-100000.jsonl" "$work/out-interpreter-100000.jsonl" \
    && log "compiled and interpreted outputs of the 100,000 providers are identical" \
    || { log "compiled and interpreted outputs DIFFER"; exit 1; }
log "peak RSS 1,000,000 / 100,000 providers: $(awk -v a="$rss_1m" -v b="$rss_100k" 'BEGIN { printf "%.2f", a / b }')"

# 2. Front end, cold: a new process each time; the median of five.
log ""
log "## Front end, cold (new process, median of 5)"
for i in 1 2 3 4 5; do
    /usr/bin/time -f '%e' "${zk[@]}" check "$root/policies" > /dev/null 2>> "$work/check-cold.txt"
done
log "check policies/: $(median < "$work/check-cold.txt") s"
for file in $(cd "$root" && find policies -name '*.zip' ! -name '*.test.zip' | sort); do
    : > "$work/build-cold.txt"
    for i in 1 2 3 4 5; do
        /usr/bin/time -f '%e' "${zk[@]}" build "$root/$file" --output "$work/build" > /dev/null 2>> "$work/build-cold.txt"
    done
    log "build $file: $(median < "$work/build-cold.txt") s"
done

# 3. In-process, BenchmarkDotNet (evaluation, warm check, warm build).
if [[ $skip_bdn == 0 ]]; then
    log ""
    log "## In-process (BenchmarkDotNet; reports in $work/BenchmarkDotNet.Artifacts/results)"
    (cd "$work" && "${bench[@]}" agree | tee -a "$work/summary.txt")
    (cd "$work" && ZORGINKOOP_REPO="$root" "${bench[@]}" bench --filter '*' > "$work/bdn.log" 2>&1)
    for report in "$work"/BenchmarkDotNet.Artifacts/results/*-report-github.md; do
        log ""
        cat "$report" >> "$work/summary.txt"
    done
fi

# 4. Editor.
log ""
log "## Editor"
"${bench[@]}" frontend --lines 5000 --rounds 60 | tee -a "$work/summary.txt"
log "default GC:"
"${bench[@]}" editor --lines 5000 --edits 200 | tee -a "$work/summary.txt"
# The VS Code extension starts the server with this gen-0 budget (vscode-extension/src/serverCommand.ts).
log "DOTNET_GCgen0size=0x4000000, as the extension starts the server:"
DOTNET_GCgen0size=0x4000000 "${bench[@]}" editor --lines 5000 --edits 200 | tee -a "$work/summary.txt"
DOTNET_GCgen0size=0x4000000 "${bench[@]}" editor --lines 850 --edits 200 | tee -a "$work/summary.txt"

# 5. Scaling: check and the language server on N and 2N requirements; fails when a step grows faster than 3×.
log ""
log "## Scaling"
"${bench[@]}" scaling --requirements 25000 | tee -a "$work/summary.txt"

# 6. Versioned build: versions sharing unchanged classes against every version in full, alternating in one process.
log ""
log "## Versioned build"
"${bench[@]}" versioned-build --rounds 7 | tee -a "$work/summary.txt"

# 7. Editor scaling through a real client over stdio. Bounded: 20 rounds per size (about 2 minutes on a quiet
#    machine); ZORGINKOOP_EDITOR_SIZES / ZORGINKOOP_EDITOR_ROUNDS change it.
log ""
log "## Editor scaling"
"${bench[@]}" editor-scaling --sizes "${ZORGINKOOP_EDITOR_SIZES:-850,5000,20000}" --rounds "${ZORGINKOOP_EDITOR_ROUNDS:-20}" | tee -a "$work/summary.txt"

# 8. One-shot: what an author waits for, whole processes, each round with a fresh assembly cache.
log ""
log "## One-shot (whole process, cold and warm assembly cache)"
"${bench[@]}" oneshot --rounds "${ZORGINKOOP_BENCH_ONESHOT_ROUNDS:-3}" | tee -a "$work/summary.txt"

# 9. Versioned build against the commit before issue 13, as new processes (the baseline built in a git worktree).
log ""
log "## Versioned build against the commit before the one-semantics work"
ZORGINKOOP_BENCH_DIR="$work" bash "$root/benchmarks/versioned-build-vs-before.sh" --rounds 5 | tee -a "$work/summary.txt"

log ""
log "load average at end: $(load)"
echo "Summary: $work/summary.txt"
