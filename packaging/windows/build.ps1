# Builds the Windows installer of BudgetDesk with jpackage and WiX 3.14, from the Maven build. On Windows:
#   .\mvnw.cmd -B package -DskipTests
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Output: target\packaging\windows\BudgetDesk-<version>.msi (and the app-image it holds, BudgetDesk\).
# The JDK is PACKAGING_JDK, else JAVA_HOME; WiX 3.14 (candle.exe, light.exe) must be on the PATH. The steps follow
# packaging/linux/build.sh: jlink'ed runtime, a training run that records the AOT cache (JDK 25 or newer), then the
# MSI: per-user install with a folder chooser, Start-menu entry, desktop shortcut, the .budget association, and
# BudgetDeskCli.exe, a console launcher for the headless commands.
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
# The runtime keeps bin\java.exe: the AOT training run starts it to write the cache.
& "$jdk\bin\jlink.exe" '--add-modules' "$modules,jdk.charsets,jdk.localedata,jdk.zipfs" '--include-locales=en,zh' `
    '--strip-debug' '--no-man-pages' '--no-header-files' '--output' "$work\runtime"
Check 'jlink'
& "$work\runtime\bin\java.exe" '-Xshare:dump' | Out-Null   # the runtime's own class-data archive of its JDK classes
Check 'java -Xshare:dump'
Write-Host "runtime: $modules,jdk.charsets,jdk.localedata,jdk.zipfs"

$options = @()
foreach ($option in Get-Content packaging\jvm-options.txt | Where-Object { $_ -and -not $_.StartsWith('#') }) {
    $options += '--java-options', $option
}
if ($feature -ge 24) {   # JavaFX 21 on a newer JDK, without warnings
    $options += '--java-options', '--enable-native-access=ALL-UNNAMED'
    $options += '--java-options', '--sun-misc-unsafe-memory-access=allow'
}
# An AOT cache refuses a jar whose time differs from the one it was recorded with ("timestamp has changed"), and
# jpackage copies the jars with new times. The input's jars get an even whole second first (a cabinet, which the MSI
# installs from, keeps a file's time to two seconds), and every image gets the input's times, so the training
# image's cache fits the shipped one, as in packaging/linux/build.sh.
$inputRoot = (Resolve-Path "$work\input").Path
$jars = Get-ChildItem $inputRoot -Recurse -Filter *.jar
$epoch = [DateTime]::new(1970, 1, 1, 0, 0, 0, [DateTimeKind]::Utc)
foreach ($jar in $jars) {
    $seconds = [Math]::Floor(($jar.LastWriteTimeUtc - $epoch).TotalSeconds / 2) * 2
    $jar.LastWriteTimeUtc = $epoch.AddSeconds($seconds)
}
function Image([string] $dest, [string[]] $extra = @()) {
    & "$jdk\bin\jpackage.exe" '--type' 'app-image' '--name' 'BudgetDesk' '--app-version' $version `
        '--vendor' 'BudgetDesk' '--input' "$work\input" '--main-jar' 'budgetdesk.jar' `
        '--main-class' 'org.budgetdesk.Launcher' '--runtime-image' "$work\runtime" `
        '--icon' 'assets\icons\budgetdesk.ico' '--dest' $dest @options @extra
    Check 'jpackage (app-image)'
    foreach ($jar in $jars) {
        $copy = Join-Path "$dest\BudgetDesk\app" $jar.FullName.Substring($inputRoot.Length + 1)
        (Get-Item $copy).LastWriteTimeUtc = $jar.LastWriteTimeUtc
    }
}

if ($feature -ge 25) {
    Image "$work\training" '--java-options', '-XX:AOTCacheOutput=$APPDIR\BudgetDesk.aot'
    $trainingData = Join-Path $env:TEMP ('budgetdesk-training-' + [guid]::NewGuid())
    $appData = $env:APPDATA
    $env:APPDATA = $trainingData   # the training run's settings and log stay out of the user's folder
    $env:BUDGETDESK_STARTUP_PROBE = 'true'   # the app exits once the first frame with the sample is drawn
    try {
        $app = Start-Process -FilePath "$work\training\BudgetDesk\BudgetDesk.exe" -PassThru
        if (-not $app.WaitForExit(180000)) { $app.Kill() }
    } finally {
        $env:APPDATA = $appData
        Remove-Item Env:\BUDGETDESK_STARTUP_PROBE
        Remove-Item -Recurse -Force $trainingData -ErrorAction SilentlyContinue
    }
    $cache = "$work\training\BudgetDesk\app\BudgetDesk.aot"
    if (Test-Path $cache) {
        Move-Item $cache "$work\input\"
        $options += '--java-options', '-XX:AOTCache=$APPDIR\BudgetDesk.aot'
        Write-Host 'AOT cache recorded by a training run'
    } else {
        Write-Warning 'the training run left no AOT cache; packaging without it'
    }
}
# BudgetDesk.exe is a window program: Windows gives it no console, so a command's output would be lost. The
# commands (summary, check, diff, export, import) get a console launcher of their own, BudgetDeskCli.exe, beside it.
Image "$work\image" '--add-launcher', 'BudgetDeskCli=packaging\windows\cli-launcher.properties'

& "$jdk\bin\jpackage.exe" '--type' 'msi' '--app-image' "$work\image\BudgetDesk" '--name' 'BudgetDesk' `
    '--app-version' $version '--vendor' 'BudgetDesk' '--description' 'Department budget disclosure workbench' `
    '--win-upgrade-uuid' $UpgradeUuid '--win-per-user-install' '--win-dir-chooser' `
    '--win-menu' '--win-menu-group' 'BudgetDesk' '--win-shortcut' `
    '--file-associations' 'packaging\windows\budget-association.properties' `
    '--icon' 'assets\icons\budgetdesk.ico' '--dest' $out
Check 'jpackage (msi)'
Move-Item "$work\image\BudgetDesk" $out
Get-ChildItem $out
