#!/usr/bin/env bash
# Smoke test of the Linux package, run by .ci/run after `./mvnw -B verify` (which leaves target/budgetdesk.jar):
# builds the app-image (packaging/linux/build.sh --no-deb), starts it under Xvfb with a copy of the sample given as
# an argument (under another department name, so the window cannot be showing the built-in sample), waits for the
# window titled with that file, takes a screenshot (target/packaging/smoke-test.png) and checks the log. It also
# checks that the launcher is build.sh's shell script and passes the JVM options of packaging/jvm-options.txt, that
# JavaFX runs from the runtime's modules, and that a command (summary) runs too, neither with the JVM refusing its AOT
# cache or an option.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
fail() {
    echo "SMOKE TEST FAILED: $*" >&2
    [ -f "$work/app.log" ] && { echo "--- the app's output:" >&2; tail -40 "$work/app.log" >&2; }
    exit 1
}

[ -f target/budgetdesk.jar ] || ./mvnw -B -o -q package -DskipTests
packaging/linux/build.sh --no-deb

work=$(mktemp -d)
app=
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"' EXIT
[ "$(head -c 2 target/packaging/linux/BudgetDesk/bin/BudgetDesk)" = "#!" ] \
        || fail "bin/BudgetDesk is not the shell launcher: jpackage's asks rpm and dpkg at every start"
cfg=target/packaging/linux/BudgetDesk/lib/app/BudgetDesk.cfg
while read -r option; do
    grep -qxF -- "java-options=$option" "$cfg" || fail "the launcher does not pass $option (packaging/jvm-options.txt)"
done < <(grep -v '^#' packaging/jvm-options.txt | grep .)
department="冒烟测试中心"
sed "s/\"department\": \"[^\"]*\"/\"department\": \"$department\"/" assets/samples/leshan-social-insurance-2021.budget >"$work/smoke-test.budget"
grep -q "$department" "$work/smoke-test.budget" || fail "could not rename the department in the sample's copy"

mkdir "$work/home"
HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" \
        target/packaging/linux/BudgetDesk/bin/BudgetDesk "$work/smoke-test.budget" >"$work/app.log" 2>&1 &
app=$!
log="$work/state/budgetdesk/logs/budgetdesk.0.log"
for _ in $(seq 120); do
    kill -0 "$app" 2>/dev/null || fail "the app exited before showing its window"
    if xwininfo -root -tree | grep -q 'smoke-test.budget' && grep -q 'first frame' "$log" 2>/dev/null; then
        break
    fi
    sleep 0.5
done
xwininfo -root -tree | grep -q 'smoke-test.budget' || fail "no window titled with smoke-test.budget after 60 s"
sleep 1   # let the frame settle before the screenshot
mkdir -p target/packaging
import -window root target/packaging/smoke-test.png
colors=$(convert target/packaging/smoke-test.png -format %k info:)
[ "$colors" -gt 100 ] || fail "the screenshot looks blank ($colors colours)"
grep -q "opened $work/smoke-test.budget" "$log" || fail "the log does not say the file was opened: $log"
# JavaFX is in the runtime as modules, with its native libraries: no class-path warning, no copies in the home folder
grep -q "Unsupported JavaFX configuration" "$work/app.log" && fail "JavaFX ran from the class path"
[ -e "$work/home/.openjfx" ] && fail "JavaFX copied its native libraries to $work/home/.openjfx"
HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" \
        target/packaging/linux/BudgetDesk/bin/BudgetDesk summary "$work/smoke-test.budget" >"$work/summary.txt" 2>&1 \
        || fail "the summary command failed: $(tail -5 "$work/summary.txt")"
grep -q "$department" "$work/summary.txt" || fail "the summary command did not name the department"
# The JVM warns on stderr (packaging/jvm-options.txt) when it refuses an AOT cache, or a flag the launcher passes
grep -E '\[(warning|error)\]\[(aot|cds|arguments)' "$work/app.log" "$work/summary.txt" \
        && fail "the JVM refused an AOT cache or an option of the launcher"
echo "smoke test passed: $(xwininfo -root -tree | grep -o '"[^"]*smoke-test.budget[^"]*"' | head -1) shown;" \
    "$(grep -o 'first frame.*' "$log"); screenshot target/packaging/smoke-test.png ($colors colours)"
