#!/usr/bin/env bash
# Packages BudgetDesk for Linux from the Maven build (run `./mvnw package` first):
#   target/packaging/linux/BudgetDesk/                  the app-image; BudgetDesk/bin/BudgetDesk [FILE.budget] starts it
#   target/packaging/linux/budgetdesk_<version>_amd64.deb   when dpkg-deb and fakeroot are installed (not with --no-deb)
# The runtime is jlink'ed to the modules jdeps finds plus jdk.charsets, jdk.localedata (en, zh) and jdk.zipfs.
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
"$jdk/bin/jlink" --add-modules "$modules,jdk.charsets,jdk.localedata,jdk.zipfs" --include-locales=en,zh \
        --strip-debug --no-man-pages --no-header-files --output "$work/runtime"
"$work/runtime/bin/java" -Xshare:dump >/dev/null   # the runtime's own class-data archive of its JDK classes
echo "runtime: $modules,jdk.charsets,jdk.localedata,jdk.zipfs ($(du -sh "$work/runtime" | cut -f1))"

options=()
while read -r option; do
    options+=(--java-options "$option")
done < <(grep -v '^#' packaging/jvm-options.txt | grep .)
[ "$feature" -ge 24 ] && options+=(--java-options "--enable-native-access=ALL-UNNAMED"
        --java-options "--sun-misc-unsafe-memory-access=allow")   # JavaFX 21 on a newer JDK, without warnings
image() {   # image DEST [jpackage options...]: an app-image named BudgetDesk in DEST
    local dest=$1
    shift
    "$jdk/bin/jpackage" --type app-image --name BudgetDesk --app-version "$version" --vendor BudgetDesk \
            --input "$work/input" --main-jar budgetdesk.jar --main-class org.budgetdesk.Launcher \
            --runtime-image "$work/runtime" --icon assets/icons/budgetdesk-256.png --dest "$dest" \
            ${options[@]+"${options[@]}"} "$@"
}

if [ "$feature" -ge 25 ]; then
    image "$work/training" --java-options '-XX:AOTCacheOutput=$APPDIR/BudgetDesk.aot'
    home=$(mktemp -d)
    display=(xvfb-run -a -s "-screen 0 1400x900x24")
    [ -n "${DISPLAY:-}" ] && display=()
    if env XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" BUDGETDESK_STARTUP_PROBE=true \
            timeout 180 ${display[@]+"${display[@]}"} "$work/training/BudgetDesk/bin/BudgetDesk" \
            >"$work/training.log" 2>&1 && [ -f "$work/training/BudgetDesk/lib/app/BudgetDesk.aot" ]; then
        mv "$work/training/BudgetDesk/lib/app/BudgetDesk.aot" "$work/input/"
        options+=(--java-options '-XX:AOTCache=$APPDIR/BudgetDesk.aot')
        echo "AOT cache: $(du -h "$work/input/BudgetDesk.aot" | cut -f1) from a training run"
    else
        echo "warning: the training run failed ($work/training.log); packaging without an AOT cache" >&2
    fi
    rm -rf "$home"
fi
# jpackage's launcher asks rpm and then dpkg which package owns it, at every start (dpkg -S reads the list of every
# installed package's files: 0.1 s here, more on a desktop with thousands of packages, and it asks twice). The shipped
# app-image gets a shell launcher instead that starts the same java with the same options and class path, read from
# the configuration jpackage wrote for its own launcher.
shell_launcher() {   # shell_launcher APP-IMAGE
    local cfg=$1/lib/app/BudgetDesk.cfg main classpath="" options=""
    main=$(sed -n 's/^app.mainclass=//p' "$cfg")
    while IFS= read -r entry; do classpath+="${classpath:+:}$entry"; done < <(sed -n 's/^app.classpath=//p' "$cfg")
    while IFS= read -r option; do options+=" \"$option\""; done < <(sed -n 's/^java-options=//p' "$cfg")
    cat >"$1/bin/BudgetDesk" <<EOF
#!/bin/sh
# Starts BudgetDesk: written by packaging/linux/build.sh from lib/app/BudgetDesk.cfg, in place of jpackage's
# launcher, which asks rpm and dpkg which package owns it at every start.
APPDIR=\$(readlink -f "\$(dirname "\$(readlink -f "\$0")")/../lib/app")
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
