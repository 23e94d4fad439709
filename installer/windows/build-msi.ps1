# Builds Breakwater's Windows app-image and .msi into target\installer\ (the Windows twin of
# installer/build.sh; not run on the Linux build machines, see README.md). Needs JDK 17+ and
# WiX 3.x (candle.exe, light.exe) on PATH: JDK 17's jpackage drives WiX 3 only.
#   pwsh installer\windows\build-msi.ps1
$ErrorActionPreference = 'Stop'
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root

# The project's own version: the first <version> directly under <project>.
$version = ([xml](Get-Content pom.xml)).project.version
$packageVersion = $version -replace '-.*$', ''
$modules = (Get-Content installer\modules.txt | ForEach-Object { ($_ -replace '#.*', '').Trim() } |
            Where-Object { $_ }) -join ','
$out = 'target\installer'
$work = "$out\work"

if (-not (Test-Path target\breakwater.jar)) { mvn -q -B -DskipTests package; if ($LASTEXITCODE) { exit 1 } }
Remove-Item -Recurse -Force $work, "$out\Breakwater" -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$work\input" | Out-Null
Copy-Item target\breakwater.jar "$work\input\"
Copy-Item -Recurse target\lib "$work\input\lib"

function Invoke-Tool { & $args[0] $args[1..($args.Count - 1)]; if ($LASTEXITCODE) { throw "$($args[0]) exited $LASTEXITCODE" } }

Invoke-Tool jlink --add-modules $modules --output "$work\runtime" `
  --strip-debug --no-header-files --no-man-pages --strip-native-commands

# Two launchers: Breakwater.exe is a GUI program (no console window when started from the
# Start menu, so it prints nothing), breakwater-cli.exe is a console program for --version,
# soak and the operator commands.
Invoke-Tool jpackage --type app-image --dest $out --name Breakwater `
  --app-version $packageVersion --vendor Breakwater `
  --description 'Desktop trading console for Alpaca brokerage accounts' `
  --icon assets\icon.ico --input "$work\input" --main-jar breakwater.jar `
  --main-class dev.breakwater.app.Main --runtime-image "$work\runtime" `
  --java-options '-XX:MaxGCPauseMillis=20' `
  --add-launcher "breakwater-cli=installer\windows\cli-launcher.properties"

# The upgrade UUID ties every future .msi to this product so that installing a newer version
# replaces the old one. Never change it.
Invoke-Tool jpackage --type msi --dest $out --app-image "$out\Breakwater" --name Breakwater `
  --app-version $packageVersion --vendor Breakwater `
  --description 'Desktop trading console for Alpaca brokerage accounts' `
  --win-menu --win-menu-group Breakwater --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid f86ff7ef-074c-47cd-86e5-ddd9a2e3b603

# Signing placeholder: with a code-signing certificate (WINDOWS_CERT_PFX, WINDOWS_CERT_PASSWORD)
#   signtool sign /f $env:WINDOWS_CERT_PFX /p $env:WINDOWS_CERT_PASSWORD /fd SHA256 `
#     /tr http://timestamp.digicert.com /td SHA256 "$out\Breakwater-$packageVersion.msi"
Remove-Item -Recurse -Force $work
Get-ChildItem $out -Filter *.msi | ForEach-Object { '{0,8:N1} MB  {1}' -f ($_.Length / 1MB), $_.FullName }
