#!/usr/bin/env bash
# Measures BudgetDesk's start-up: the time from launch to the first frame showing the sample project.
#
#   packaging/measure-startup.sh [RUNS] [-- COMMAND...]
#
# COMMAND defaults to the Linux app-image packaging/linux/build.sh makes (target/packaging/linux/BudgetDesk/bin/
# BudgetDesk); `-- java -jar target/budgetdesk.jar` measures the plain jar. Each run starts with empty settings and
# state folders and BUDGETDESK_STARTUP_PROBE=true (like -Dbudgetdesk.startupProbe=true), which makes the app print
# "FIRST_FRAME <ms since JVM start> <epoch ms>" once the frame after the one laid out with the project is drawn,
# and exit. One warm-up run is not counted; the median of RUNS (default 5) is printed, as measured from the launch
# (this script's clock) and from the JVM's start. Runs under its own Xvfb unless DISPLAY is set.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
    runs=$1
    shift
fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
command=("$@")
[ ${#command[@]} -eq 0 ] && command=(target/packaging/linux/BudgetDesk/bin/BudgetDesk)

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$runs" -- "${command[@]}"
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores); ${command[*]}"
fromLaunch=()
fromJvm=()
for run in $(seq 0 "$runs"); do
    rm -rf "$work/home" && mkdir -p "$work/home"
    start=$(date +%s%3N)
    line=$(env XDG_CONFIG_HOME="$work/home/config" XDG_STATE_HOME="$work/home/state" \
            BUDGETDESK_STARTUP_PROBE=true timeout 60 "${command[@]}" 2>"$work/stderr" \
            | grep -m1 '^FIRST_FRAME' || true)
    if [ -z "$line" ]; then
        echo "run $run: no FIRST_FRAME line; the app's error output:" >&2
        cat "$work/stderr" >&2
        exit 1
    fi
    read -r _ jvm epoch <<<"$line"
    launch=$((epoch - start))
    if [ "$run" -eq 0 ]; then
        echo "warm-up: ${launch} ms from launch (${jvm} ms from JVM start), not counted"
        continue
    fi
    echo "run $run: ${launch} ms from launch, ${jvm} ms from JVM start"
    fromLaunch+=("$launch")
    fromJvm+=("$jvm")
done
echo "median of $runs: $(printf '%s\n' "${fromLaunch[@]}" | median) ms from launch to first frame" \
    "($(printf '%s\n' "${fromJvm[@]}" | median) ms from JVM start)"
