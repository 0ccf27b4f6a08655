#!/usr/bin/env bash
# BudgetDesk against LibreOffice Calc on the same department, whole processes, interleaved.
#   bench/side-by-side.sh [UNITS...] [-r ROUNDS]        (default: 1 100 1000, 5 rounds)
# Needs target/budgetdesk.jar with target/lib (./mvnw package -DskipTests), the test classes
# (./mvnw test-compile) and soffice. For each size it generates, from one seed, the project and the workbook a
# spreadsheet user would keep (org.budgetdesk.bench.SideBySideFiles: a sheet per unit, SUM and SUMIF totals, a
# summary sheet over the units; no cached values, and a LibreOffice profile that recalculates on load), then runs,
# round after round in turn:
#   summary     java -jar budgetdesk.jar summary N.budget               vs  soffice: load + recalc + CSV
#   export      java -jar budgetdesk.jar export N.budget --xlsx OUT      vs  soffice: load + recalc + save .xlsx
# and prints the median wall seconds with their spread, the median CPU seconds, and the ratios of the wall medians
# (BudgetDesk / LibreOffice; below 1 BudgetDesk is faster).
# BudgetDesk runs as the packaged app-image's launcher when it is built (packaging/linux/build.sh: its JVM options
# and command-line AOT cache), else as `java -jar target/budgetdesk.jar`; BUDGETDESK="command" chooses another.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=5
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    -r) rounds="$2"; shift 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(1 100 1000)
[ -f target/budgetdesk.jar ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 2; }
if [ -z "${BUDGETDESK:-}" ]; then
  BUDGETDESK="java -jar target/budgetdesk.jar"
  [ -x target/packaging/linux/BudgetDesk/bin/BudgetDesk ] && BUDGETDESK=target/packaging/linux/BudgetDesk/bin/BudgetDesk
fi
work=$(mktemp -d /tmp/budgetdesk-side-by-side.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ ! -f target/test-cp.txt ]; then
  ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
fi
testcp="target/test-classes:target/classes:$(cat target/test-cp.txt)"

# A LibreOffice profile that recalculates every formula of an .xlsx on load (it trusts cached values otherwise).
profile="$work/profile"
mkdir -p "$profile/user"
cat > "$profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
office=(soffice --headless "-env:UserInstallation=file://$profile")
"${office[@]}" --convert-to csv --outdir "$work/warm" /dev/null >/dev/null 2>&1 || true   # first start makes the profile

timed() {   # prints "wall-seconds cpu-seconds" of a command (CPU: user + system, its child processes included)
  /usr/bin/time -o "$work/time" -f '%e %U %S' "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  awk '{print $1, $2 + $3}' "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
spread() { sort -n | awk 'NR == 1 {min = $1} {max = $1} END {printf "%.2f-%.2f", min, max}'; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
case "$BUDGETDESK" in
  */bin/BudgetDesk) runtime="Java $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "${BUDGETDESK%/bin/BudgetDesk}/lib/runtime/release")" ;;
  *) runtime=$(java -version 2>&1 | head -1) ;;
esac
echo "BudgetDesk: $BUDGETDESK ($runtime); $(soffice --version | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wall seconds: median (min-max) of $rounds; cpu: median user + system seconds; ratio of the wall medians"
printf '%-6s %-8s %-22s %-22s %6s %6s %7s\n' units task BudgetDesk LibreOffice 'cpu BD' 'cpu LO' ratio
for n in "${sizes[@]}"; do
  dir="$work/$n"
  mkdir -p "$dir/out"
  java -cp "$testcp" org.budgetdesk.bench.SideBySideFiles "$n" "$dir" >/dev/null 2>&1
  for task in summary export; do : > "$dir/$task.bd"; : > "$dir/$task.lo"; done
  for ((r = 0; r < rounds; r++)); do
    # shellcheck disable=SC2086
    timed $BUDGETDESK summary "$dir/$n.budget" >> "$dir/summary.bd"
    timed "${office[@]}" --convert-to csv --outdir "$dir/out" "$dir/$n.xlsx" >> "$dir/summary.lo"
    # shellcheck disable=SC2086
    timed $BUDGETDESK export "$dir/$n.budget" --xlsx "$dir/out/bd.xlsx" >> "$dir/export.bd"
    timed "${office[@]}" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$dir/out" "$dir/$n.xlsx" >> "$dir/export.lo"
  done
  for task in summary export; do
    bd=$(cut -d' ' -f1 "$dir/$task.bd" | median); lo=$(cut -d' ' -f1 "$dir/$task.lo" | median)
    printf '%-6s %-8s %-22s %-22s %6.2f %6.2f %7.2f\n' "$n" "$task" \
        "$(printf '%.2f (%s)' "$bd" "$(cut -d' ' -f1 "$dir/$task.bd" | spread)")" \
        "$(printf '%.2f (%s)' "$lo" "$(cut -d' ' -f1 "$dir/$task.lo" | spread)")" \
        "$(cut -d' ' -f2 "$dir/$task.bd" | median)" "$(cut -d' ' -f2 "$dir/$task.lo" | median)" \
        "$(echo "$bd / $lo" | bc -l)"
  done
  echo "load average after $n units: $(cut -d' ' -f1-3 /proc/loadavg)"
done
