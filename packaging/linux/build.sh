#!/usr/bin/env bash
# Packages BudgetDesk for Linux from the Maven build (run `./mvnw package` first):
#   target/packaging/linux/BudgetDesk/                  the app-image; BudgetDesk/bin/BudgetDesk [FILE.budget] starts it
#   target/packaging/linux/budgetdesk_<version>_amd64.deb   when dpkg-deb and fakeroot are installed (not with --no-deb)
# The runtime is jlink'ed to the modules jdeps finds plus jdk.charsets, jdk.localedata (en, zh), jdk.zipfs and JavaFX.
# The JDK is PACKAGING_JDK, else Temurin 25 in /usr/lib/jvm, else JAVA_HOME, else the one jpackage on the PATH is in.
# With JDK 25 or newer a training run (under Xvfb when there is no DISPLAY) records an AOT cache that the launcher
# then uses: see README, "Install on Windows and Linux". With an older JDK the app is packaged without it.
set -euo pipefail
cd "$(dirname "$0")/../.."

deb=true
[ "${1:-}" = "--no-deb" ] && deb=false
jdk=${PACKAGING_JDK:-$(ls -d /usr/lib/jvm/temurin-25-jdk-* 2>/dev/null | head -1 || true)}
jdk=${jdk:-${JAVA_HOME:-}}
if [ -z "$jdk" ] && command -v jpackage >/dev/null; then
    jdk=$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")
fi
[ -x "$jdk/bin/jpackage" ] || { echo "no JDK with jpackage: set PACKAGING_JDK to a JDK 17 or newer" >&2; exit 1; }
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
[ -f target/budgetdesk.jar ] || { echo "target/budgetdesk.jar is missing: run ./mvnw package first" >&2; exit 1; }
version=$(sed -n 's/^version=\([0-9.]*\).*/\1/p' target/maven-archiver/pom.properties)
out=target/packaging/linux
work=target/packaging/linux-work
rm -rf "$out" "$work"
mkdir -p "$out" "$work/input"
cp target/budgetdesk.jar "$work/input/"
cp -r target/lib "$work/input/lib"
echo "packaging BudgetDesk $version with JDK $feature ($jdk)"

modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
        --class-path "$work/input/lib/*" "$work/input/budgetdesk.jar")
# JavaFX goes into the runtime as modules, as with Gluon's jmods: its platform jars are modular, and their native
# libraries go where a jmod puts them (lib/). On the class path JavaFX warns that it runs in an unsupported
# configuration, and at every start copies its libraries out of the jar into ~/.openjfx/cache, or checksums the
# copies there (README Decisions). The classifier-less javafx jars are empty: Maven's way of choosing the platform.
javafx=$(ls target/lib/javafx-*-linux*.jar | paste -sd:)
rm "$work"/input/lib/javafx-*.jar
"$jdk/bin/jlink" --module-path "$javafx" \
        --add-modules "$modules,jdk.charsets,jdk.localedata,jdk.zipfs,javafx.controls" --include-locales=en,zh \
        --strip-debug --no-man-pages --no-header-files --output "$work/runtime"
for jar in ${javafx//:/ }; do
    unzip -q -o "$jar" '*.so' -d "$work/runtime/lib" || [ $? -eq 11 ]   # 11: the jar holds no library
done
"$work/runtime/bin/java" -Xshare:dump >/dev/null   # the runtime's own class-data archive of its JDK classes
echo "runtime: $modules,jdk.charsets,jdk.localedata,jdk.zipfs,javafx.controls ($(du -sh "$work/runtime" | cut -f1))"

options=()
while read -r option; do
    options+=(--java-options "$option")
done < <(grep -v '^#' packaging/jvm-options.txt | grep .)
[ "$feature" -ge 24 ] && options+=(--java-options "--enable-native-access=ALL-UNNAMED,javafx.graphics"
        --java-options "--sun-misc-unsafe-memory-access=allow")   # JavaFX 21 on a newer JDK, without warnings
image() {   # image DEST [jpackage options...]: an app-image named BudgetDesk in DEST
    local dest=$1 jar
    shift
    "$jdk/bin/jpackage" --type app-image --name BudgetDesk --app-version "$version" --vendor BudgetDesk \
            --input "$work/input" --main-jar budgetdesk.jar --main-class org.budgetdesk.Launcher \
            --runtime-image "$work/runtime" --icon assets/icons/budgetdesk-256.png --dest "$dest" \
            ${options[@]+"${options[@]}"} "$@"
    # jpackage copies the jars with new times, and an AOT cache that holds classes of a jar refuses a jar of
    # another time ("timestamp has changed"): every image gets the input's times, so the training images' caches
    # fit the shipped one.
    (cd "$work/input" && find . -name '*.jar') | while read -r jar; do
        touch -r "$work/input/$jar" "$dest/BudgetDesk/lib/app/$jar"
    done
}

if [ "$feature" -ge 25 ]; then
    # The window's training opens a project file with subordinate units (a copy of the second sample), as a user
    # opening a file or the last project does: the file's early read and lock, the unit selector, 部门汇总.
    image "$work/training" --java-options '-XX:AOTCacheOutput=$APPDIR/BudgetDesk.aot'
    home=$(mktemp -d)
    cp assets/samples/county-education-2024.budget "$home/training.budget"
    display=(xvfb-run -a -s "-screen 0 1400x900x24")
    [ -n "${DISPLAY:-}" ] && display=()
    if env XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" BUDGETDESK_STARTUP_PROBE=true \
            timeout 180 ${display[@]+"${display[@]}"} "$work/training/BudgetDesk/bin/BudgetDesk" \
            "$home/training.budget" >"$work/training.log" 2>&1 && [ -f "$work/training/BudgetDesk/lib/app/BudgetDesk.aot" ]; then
        mv "$work/training/BudgetDesk/lib/app/BudgetDesk.aot" "$work/input/"
        echo "AOT cache: $(du -h "$work/input/BudgetDesk.aot" | cut -f1) from a training run"
    else
        echo "warning: the training run failed ($work/training.log); packaging without an AOT cache" >&2
    fi
    # The command line gets a cache of its own, trained on an export of the sample to every format (reading,
    # checks, the explanation, POI), which covers summary and check too; the shell launcher below picks it for a
    # command. The window's cache holds the toolkit and none of POI, the command line's the reverse.
    image "$work/training-cli" --java-options '-XX:AOTCacheOutput=$APPDIR/BudgetDeskCli.aot'
    if env XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" timeout 180 \
            "$work/training-cli/BudgetDesk/bin/BudgetDesk" export assets/samples/leshan-social-insurance-2021.budget \
            --xlsx "$home/t.xlsx" --docx "$home/t.docx" --txt "$home/t.txt" >"$work/training-cli.log" 2>&1 \
            && [ -f "$work/training-cli/BudgetDesk/lib/app/BudgetDeskCli.aot" ]; then
        mv "$work/training-cli/BudgetDesk/lib/app/BudgetDeskCli.aot" "$work/input/"
        echo "command-line AOT cache: $(du -h "$work/input/BudgetDeskCli.aot" | cut -f1) from a training run"
    else
        echo "warning: the command-line training run failed ($work/training-cli.log); commands use the window's cache" >&2
    fi
    rm -rf "$home"
    if [ -f "$work/input/BudgetDesk.aot" ]; then
        # The window replays none of its training's profiles: with C1 alone they only make it compile early what the
        # training found hot, on cores the first frame needs (README Decisions). Commands keep the replay.
        options+=(--java-options '-XX:AOTCache=$APPDIR/BudgetDesk.aot'
                --java-options '-XX:+UnlockDiagnosticVMOptions' --java-options '-XX:-AOTReplayTraining')
    fi
fi
# jpackage's launcher asks rpm and then dpkg which package owns it, at every start (dpkg -S reads the list of every
# installed package's files: 0.1 s here, more on a desktop with thousands of packages, and it asks twice). The shipped
# app-image gets a shell launcher instead that starts the same java with the same options and class path, read from
# the configuration jpackage wrote for its own launcher.
commands() {   # the first arguments that run a command (org.budgetdesk.cli.Cli), as a case pattern
    sed -n 's/^ *Map.entry("\([^"]*\)".*/\1/p' src/main/java/org/budgetdesk/cli/Cli.java | paste -sd'|'
}
shell_launcher() {   # shell_launcher APP-IMAGE
    local cfg=$1/lib/app/BudgetDesk.cfg main classpath="" options=""
    main=$(sed -n 's/^app.mainclass=//p' "$cfg")
    while IFS= read -r entry; do classpath+="${classpath:+:}$entry"; done < <(sed -n 's/^app.classpath=//p' "$cfg")
    while IFS= read -r option; do options+=" \"$option\""; done < <(sed -n 's/^java-options=//p' "$cfg")
    options=${options//\$APPDIR\/BudgetDesk.aot/\$APPDIR\/\$AOT}
    options=${options//\"-XX:-AOTReplayTraining\"/\$REPLAY}
    cat >"$1/bin/BudgetDesk" <<EOF
#!/bin/sh
# Starts BudgetDesk: written by packaging/linux/build.sh from lib/app/BudgetDesk.cfg, in place of jpackage's
# launcher, which asks rpm and dpkg which package owns it at every start. A command (summary, export, …) runs with
# the command line's AOT cache when there is one (and replays its training), the window with its own.
APPDIR=\$(readlink -f "\$(dirname "\$(readlink -f "\$0")")/../lib/app")
AOT=BudgetDesk.aot
REPLAY=-XX:-AOTReplayTraining
case "\${1:-}" in
    $(commands)) [ -f "\$APPDIR/BudgetDeskCli.aot" ] && AOT=BudgetDeskCli.aot; REPLAY=-XX:+AOTReplayTraining ;;
esac
exec "\$APPDIR/../runtime/bin/java"$options -cp "$classpath" $main "\$@"
EOF
    chmod 755 "$1/bin/BudgetDesk"
}

image "$out"
shell_launcher "$out/BudgetDesk"
echo "app-image: $out/BudgetDesk ($(du -sh "$out/BudgetDesk" | cut -f1))"

if $deb && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    # jpackage takes the menu icon and entry of a package made from an app-image from its resource folder only
    mkdir -p "$work/resources"
    cp assets/icons/budgetdesk-256.png "$work/resources/BudgetDesk.png"
    cp packaging/linux/BudgetDesk.desktop "$work/resources/"
    "$jdk/bin/jpackage" --type deb --app-image "$out/BudgetDesk" --name BudgetDesk --app-version "$version" \
            --vendor BudgetDesk --description "Department budget disclosure workbench" \
            --linux-package-name budgetdesk --linux-shortcut --linux-menu-group Office --linux-app-category office \
            --file-associations packaging/linux/budget-association.properties \
            --linux-package-deps libgtk-3-0 --resource-dir "$work/resources" --dest "$out"
    echo "deb: $(ls "$out"/*.deb) ($(du -h "$out"/*.deb | cut -f1))"
elif $deb; then
    echo "no .deb: dpkg-deb and fakeroot are needed for it"
fi
