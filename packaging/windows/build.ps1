# Builds the Windows installer of BudgetDesk with jpackage and WiX 3.14, from the Maven build. On Windows:
#   .\mvnw.cmd -B package -DskipTests
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Output: target\packaging\windows\BudgetDesk-<version>.msi (and the app-image it holds, BudgetDesk\).
# The JDK is PACKAGING_JDK, else JAVA_HOME; WiX 3.14 (candle.exe, light.exe) must be on the PATH. The steps follow
# packaging/linux/build.sh: jlink'ed runtime, training runs that record the window's and the command line's AOT caches
# (JDK 25 or newer), then the MSI: per-user install with a folder chooser, Start-menu entry, desktop shortcut, the
# .budget association. Besides BudgetDesk.exe (the window) the image has BudgetDeskCli.exe, a console launcher for
# the headless commands (BudgetDeskCli.exe summary FILE.budget) that starts with the command line's cache.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

# Never change this: it is how Windows knows that a newer BudgetDesk MSI replaces an installed older one.
$UpgradeUuid = '96f25942-c47d-4d78-b12c-24df8e600b85'

function Check($what) {
    if ($LASTEXITCODE -ne 0) { throw "$what failed with exit code $LASTEXITCODE" }
}

$jdk = if ($env:PACKAGING_JDK) { $env:PACKAGING_JDK } else { $env:JAVA_HOME }
if (-not $jdk) { throw 'Set PACKAGING_JDK or JAVA_HOME to a JDK 17 or newer' }
$feature = [int](Select-String -Path "$jdk\release" -Pattern '^JAVA_VERSION="(\d+)').Matches[0].Groups[1].Value
if (-not (Test-Path target\budgetdesk.jar)) { throw 'target\budgetdesk.jar is missing: run .\mvnw.cmd package first' }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) { throw 'WiX 3.14 (candle.exe, light.exe) must be on the PATH' }
# An MSI version is numeric (major.minor.build): 0.1.0-SNAPSHOT becomes 0.1.0.
$version = (Select-String -Path target\maven-archiver\pom.properties -Pattern '^version=([0-9.]+)').Matches[0].Groups[1].Value
$out = 'target\packaging\windows'
$work = 'target\packaging\windows-work'
Remove-Item -Recurse -Force $out, $work -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $out, "$work\input" | Out-Null
Copy-Item target\budgetdesk.jar "$work\input\"
Copy-Item -Recurse target\lib "$work\input\lib"
Write-Host "packaging BudgetDesk $version with JDK $feature ($jdk)"

# Arguments with '=', ':' or ',' are quoted: unquoted, PowerShell may split them before the program sees them.
$classPath = (Get-ChildItem "$work\input\lib\*.jar").FullName -join ';'
$modules = & "$jdk\bin\jdeps.exe" '--print-module-deps' '--ignore-missing-deps' '--multi-release' 17 `
    '--class-path' $classPath "$work\input\budgetdesk.jar"
Check 'jdeps'
# JavaFX goes into the runtime as modules, as with Gluon's jmods: its platform jars are modular, and their DLLs go
# where JavaFX looks for them in a runtime image (bin\javafx\, apart from the JDK's own DLLs in bin\, so that the C
# runtime it brings cannot replace the JDK's). On the class path JavaFX warns that it runs in an unsupported
# configuration, and at every start copies its 53 DLLs (3.7 MB) out of the jar into %USERPROFILE%\.openjfx\cache, or
# checksums the copies there (README Decisions). The classifier-less javafx jars are empty: Maven's way of choosing
# the platform.
$javafxJars = Get-ChildItem 'target\lib\javafx-*-win*.jar'
Remove-Item "$work\input\lib\javafx-*.jar"
# The runtime keeps bin\java.exe: the AOT training run starts it to write the cache.
& "$jdk\bin\jlink.exe" '--module-path' ($javafxJars.FullName -join ';') `
    '--add-modules' "$modules,jdk.charsets,jdk.localedata,jdk.zipfs,javafx.controls" '--include-locales=en,zh' `
    '--strip-debug' '--no-man-pages' '--no-header-files' '--output' "$work\runtime"
Check 'jlink'
# Absolute paths for .NET, which resolves a relative one against the process's folder, not Set-Location's.
$javafxDlls = (New-Item -ItemType Directory -Force "$work\runtime\bin\javafx").FullName
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in $javafxJars) {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($jar.FullName)
    try {
        foreach ($entry in $zip.Entries | Where-Object { $_.FullName -eq $_.Name -and $_.Name -like '*.dll' }) {
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $javafxDlls $entry.Name), $true)
        }
    } finally {
        $zip.Dispose()
    }
}
& "$work\runtime\bin\java.exe" '-Xshare:dump' | Out-Null   # the runtime's own class-data archive of its JDK classes
Check 'java -Xshare:dump'
Write-Host "runtime: $modules,jdk.charsets,jdk.localedata,jdk.zipfs,javafx.controls"

$options = @()
foreach ($option in Get-Content packaging\jvm-options.txt | Where-Object { $_ -and -not $_.StartsWith('#') }) {
    $options += '--java-options', $option
}
if ($feature -ge 24) {   # JavaFX 21 on a newer JDK, without warnings
    $options += '--java-options', '--enable-native-access=ALL-UNNAMED,javafx.graphics'
    $options += '--java-options', '--sun-misc-unsafe-memory-access=allow'
}
# A cabinet, which the MSI installs from, keeps a file's time to two seconds: the input's jars get an even whole second
# first, so the times the caches were recorded with survive the install.
$epoch = [DateTime]::new(1970, 1, 1, 0, 0, 0, [DateTimeKind]::Utc)
foreach ($jar in Get-ChildItem -Recurse "$work\input" -Filter '*.jar') {
    $seconds = [Math]::Floor(($jar.LastWriteTimeUtc - $epoch).TotalSeconds / 2) * 2
    $jar.LastWriteTimeUtc = $epoch.AddSeconds($seconds)
}
function Image([string] $dest, [string[]] $extra = @()) {
    & "$jdk\bin\jpackage.exe" '--type' 'app-image' '--name' 'BudgetDesk' '--app-version' $version `
        '--vendor' 'BudgetDesk' '--input' "$work\input" '--main-jar' 'budgetdesk.jar' `
        '--main-class' 'org.budgetdesk.Launcher' '--runtime-image' "$work\runtime" `
        '--icon' 'assets\icons\budgetdesk.ico' '--dest' $dest @options @extra
    Check 'jpackage (app-image)'
    # jpackage copies the jars with new times, and an AOT cache that holds classes of a jar refuses a jar of another
    # time ("timestamp has changed"): every image gets the input's times, so the training images' caches fit the
    # shipped one.
    foreach ($jar in Get-ChildItem -Recurse "$work\input" -Filter '*.jar') {
        $relative = $jar.FullName.Substring((Resolve-Path "$work\input").Path.Length)
        (Get-Item "$dest\BudgetDesk\app$relative").LastWriteTimeUtc = $jar.LastWriteTimeUtc
    }
}
# Runs a training image's launcher with the arguments given, settings and log in a folder of its own; $probe makes the
# window exit once its first frame with the project is drawn.
function Train([string] $launcher, [string[]] $arguments, [bool] $probe) {
    $appData = $env:APPDATA
    $env:APPDATA = Join-Path $env:TEMP ('budgetdesk-training-' + [guid]::NewGuid())
    if ($probe) { $env:BUDGETDESK_STARTUP_PROBE = 'true' }
    try {
        $app = Start-Process -FilePath $launcher -ArgumentList $arguments -WorkingDirectory (Get-Location) -PassThru
        if (-not $app.WaitForExit(180000)) { $app.Kill() }
    } finally {
        Remove-Item -Recurse -Force $env:APPDATA -ErrorAction SilentlyContinue
        $env:APPDATA = $appData
        Remove-Item Env:\BUDGETDESK_STARTUP_PROBE -ErrorAction SilentlyContinue
    }
}

$trainingFiles = Join-Path $env:TEMP ('budgetdesk-training-files-' + [guid]::NewGuid())
New-Item -ItemType Directory -Force $trainingFiles | Out-Null
$cliCache = $false
if ($feature -ge 25) {
    # The window's training opens a project file with subordinate units (a copy of the second sample), as a user
    # opening a file or the last project does: the file's early read and lock, the unit selector, the consolidated
    # department.
    Copy-Item assets\samples\county-education-2024.budget "$trainingFiles\training.budget"
    Image "$work\training" '--java-options', '-XX:AOTCacheOutput=$APPDIR\BudgetDesk.aot'
    Train "$work\training\BudgetDesk\BudgetDesk.exe" @("`"$trainingFiles\training.budget`"") $true
    $cache = "$work\training\BudgetDesk\app\BudgetDesk.aot"
    if (Test-Path $cache) {
        Move-Item $cache "$work\input\"
        Write-Host 'AOT cache recorded by a training run'
    } else {
        Write-Warning 'the training run left no AOT cache; packaging without it'
    }
    # The command line gets a cache of its own, trained on an export of the sample to every format (reading, checks,
    # the explanation, POI), which covers summary and check too; BudgetDeskCli.exe starts with it. The window's cache
    # holds the toolkit and none of POI, the command line's the reverse.
    Image "$work\training-cli" '--java-options', '-XX:AOTCacheOutput=$APPDIR\BudgetDeskCli.aot'
    $sample = (Resolve-Path assets\samples\leshan-social-insurance-2021.budget).Path
    $outputs = @('--xlsx', "`"$trainingFiles\t.xlsx`"", '--docx', "`"$trainingFiles\t.docx`"",
        '--txt', "`"$trainingFiles\t.txt`"")
    Train "$work\training-cli\BudgetDesk\BudgetDesk.exe" (@('export', "`"$sample`"") + $outputs) $false
    $cache = "$work\training-cli\BudgetDesk\app\BudgetDeskCli.aot"
    if (Test-Path $cache) {
        Move-Item $cache "$work\input\"
        $cliCache = $true
        Write-Host 'command-line AOT cache recorded by a training run'
    } else {
        Write-Warning 'the command-line training run left no AOT cache; BudgetDeskCli.exe starts without one'
    }
    if (Test-Path "$work\input\BudgetDesk.aot") {
        # The window replays none of its training's profiles: with C1 alone they only make it compile early what the
        # training found hot, on cores the first frame needs (README Decisions). BudgetDeskCli.exe keeps the replay.
        $options += '--java-options', '-XX:AOTCache=$APPDIR\BudgetDesk.aot',
            '--java-options', '-XX:+UnlockDiagnosticVMOptions', '--java-options', '-XX:-AOTReplayTraining'
    }
}
Remove-Item -Recurse -Force $trainingFiles -ErrorAction SilentlyContinue

# BudgetDeskCli.exe: a console launcher with the same options (an added launcher's java-options replace the main
# one's), its own AOT cache, and no shortcut. Forward slashes: a backslash is an escape in a properties file.
$cliOptions = @(Get-Content packaging\jvm-options.txt | Where-Object { $_ -and -not $_.StartsWith('#') })
if ($feature -ge 24) {
    $cliOptions += '--enable-native-access=ALL-UNNAMED,javafx.graphics', '--sun-misc-unsafe-memory-access=allow'
}
if ($cliCache) { $cliOptions += '-XX:AOTCache=$APPDIR/BudgetDeskCli.aot' }
@(
    'win-console=true'
    'win-shortcut=false'
    'win-menu=false'
    'description=BudgetDesk headless commands (summary, check, export, ...)'
    'java-options=' + ($cliOptions -join ' ')
) | Set-Content -Encoding ascii "$work\cli-launcher.properties"
$options += '--add-launcher', "BudgetDeskCli=$work\cli-launcher.properties"
Image "$work\image"

& "$jdk\bin\jpackage.exe" '--type' 'msi' '--app-image' "$work\image\BudgetDesk" '--name' 'BudgetDesk' `
    '--app-version' $version '--vendor' 'BudgetDesk' '--description' 'Department budget disclosure workbench' `
    '--win-upgrade-uuid' $UpgradeUuid '--win-per-user-install' '--win-dir-chooser' `
    '--win-menu' '--win-menu-group' 'BudgetDesk' '--win-shortcut' `
    '--file-associations' 'packaging\windows\budget-association.properties' `
    '--icon' 'assets\icons\budgetdesk.ico' '--dest' $out
Check 'jpackage (msi)'
Move-Item "$work\image\BudgetDesk" $out
Get-ChildItem $out
