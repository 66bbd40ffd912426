#!/usr/bin/env bash
# Issue 13's target for the versioned build, measured as a user meets it: `zorginkoop build` of
# policies/vgz/huisartsenzorg-2026-2027.zip (four versions) with this checkout's command line against the command
# line of the commit before the one-semantics work, side by side in one run. The baseline is checked out into a
# temporary git worktree and built in Release next to this one; then the two builds run as new processes,
# alternating which goes first, after one warm-up each, with the assembly cache off (ZORGINKOOP_CACHE=off) so
# every round compiles. Prints both medians and the ratio now / before; exits 1 when the ratio is above 0.5.
#
# Usage: benchmarks/versioned-build-vs-before.sh [--rounds N] [--baseline COMMIT]
#   --rounds N         measured rounds per side (default 5)
#   --baseline COMMIT  the commit to compare with (default 79e8e9e, the parent of the first commit of issue 13)
# Work files go to $ZORGINKOOP_BENCH_DIR (default /tmp/zorginkoop-bench). A whole-process time includes starting
# .NET, which both sides pay alike; run it on a quiet machine (it prints the load average before and after).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${ZORGINKOOP_BENCH_DIR:-/tmp/zorginkoop-bench}/versioned-vs-before
rounds=5
baseline=79e8e9e
while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) rounds=$2; shift 2 ;;
        --baseline) baseline=$2; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

policy=policies/vgz/huisartsenzorg-2026-2027.zip
before="$work/before"
mkdir -p "$work"
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average at start: $(load)"
if [[ ! -d "$before" ]] || [[ "$(git -C "$before" rev-parse HEAD 2>/dev/null)" != "$(git -C "$root" rev-parse "$baseline^{commit}")" ]]; then
    git -C "$root" worktree remove --force "$before" 2>/dev/null || rm -rf "$before"
    git -C "$root" worktree add --detach "$before" "$baseline" >/dev/null 2>&1
fi
dotnet build -c Release "$root/src/Zorginkoop.Dsl.Cli" -v quiet -nologo > "$work/build-now.log"
dotnet build -c Release "$before/src/Zorginkoop.Dsl.Cli" -v quiet -nologo > "$work/build-before.log"
now_cli=(dotnet "$root/src/Zorginkoop.Dsl.Cli/bin/Release/net10.0/zorginkoop.dll")
before_cli=(dotnet "$before/src/Zorginkoop.Dsl.Cli/bin/Release/net10.0/zorginkoop.dll")

# Each side builds its own checkout's copy of the policy: today's text uses constructs the baseline's grammar does
# not know (e.g. `omvat … verplicht`, joined texts), so the baseline cannot read it; both copies are the same
# policy with the same four versions.
run() { # side root cli...
    local side=$1 tree=$2; shift 2
    local out="$work/out-$side"
    rm -rf "$out"
    local start end
    start=$(date +%s.%N)
    ZORGINKOOP_CACHE=off "$@" build "$tree/$policy" -o "$out" > "$work/last-$side.log" 2>&1 \
        || { echo "$side: build failed, see $work/last-$side.log" >&2; exit 2; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}

: > "$work/now.txt"; : > "$work/before.txt"
run now "$root" "${now_cli[@]}" > /dev/null
run before "$before" "${before_cli[@]}" > /dev/null
for ((round = 1; round <= rounds; round++)); do
    if ((round % 2)); then
        run now "$root" "${now_cli[@]}" >> "$work/now.txt"; run before "$before" "${before_cli[@]}" >> "$work/before.txt"
    else
        run before "$before" "${before_cli[@]}" >> "$work/before.txt"; run now "$root" "${now_cli[@]}" >> "$work/now.txt"
    fi
done

now_median=$(median < "$work/now.txt")
before_median=$(median < "$work/before.txt")
ratio=$(awk -v a="$now_median" -v b="$before_median" 'BEGIN { printf "%.2f", a / b }')
dll_now=$(stat -c %s "$work"/out-now/*.dll | head -1)
dll_before=$(stat -c %s "$work"/out-before/*.dll | head -1)
echo "zorginkoop build $policy, whole process, median of $rounds alternating rounds, assembly cache off:"
printf '  before (%s)  %6.2f s   dll %5d kB\n' "$(git -C "$before" rev-parse --short HEAD)" "$before_median" $((dll_before / 1024))
printf '  now    (%s)  %6.2f s   dll %5d kB\n' "$(git -C "$root" rev-parse --short HEAD)" "$now_median" $((dll_now / 1024))
verdict=ok
awk -v r="$ratio" 'BEGIN { exit !(r > 0.5) }' && verdict="NOT FAST ENOUGH"
echo "  ratio now / before $ratio (max 0.50) $verdict"
echo "load average at end: $(load)"
[[ "$verdict" == ok ]]
