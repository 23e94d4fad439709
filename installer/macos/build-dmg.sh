#!/usr/bin/env bash
# Builds Breakwater's macOS app-image (Breakwater.app) and .dmg into target/installer/ (the macOS
# twin of installer/build.sh; not run on the Linux build machines, see README.md). Needs JDK 17+
# and Xcode's command line tools (iconutil, codesign, xcrun).
#
# Signing and notarisation happen only when these are set (a maintainer's secrets):
#   MACOS_SIGNING_IDENTITY  "Developer ID Application: <Name> (<TEAMID>)", in the login keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for `xcrun notarytool` (an app-specific password)
set -euo pipefail

# shellcheck source=../common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"

: "${JAVA_HOME:?set JAVA_HOME to a JDK 17 or later}"
version="$(project_version)"
package_version="$(numeric_version "$version")"
work="$installer_out/work"
modules="$(listed_modules | paste -sd, -)"

[[ -f "$root/target/breakwater.jar" ]] || mvn -q -B -f "$root/pom.xml" -DskipTests package
rm -rf "$work" "$installer_out/Breakwater.app"
mkdir -p "$work/input" "$work/Breakwater.iconset"
cp "$root/target/breakwater.jar" "$work/input/"
cp -R "$root/target/lib" "$work/input/lib"

# .icns from the committed PNGs: each size and its @2x twin, as iconutil expects.
for size in 16 32 128 256; do
  cp "$root/assets/icon-$size.png" "$work/Breakwater.iconset/icon_${size}x${size}.png"
  cp "$root/assets/icon-$((size * 2)).png" "$work/Breakwater.iconset/icon_${size}x${size}@2x.png"
done
cp "$root/assets/icon-512.png" "$work/Breakwater.iconset/icon_512x512.png"
iconutil --convert icns --output "$work/Breakwater.icns" "$work/Breakwater.iconset"

"$JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$work/runtime" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands

sign=()
if [[ -n "${MACOS_SIGNING_IDENTITY:-}" ]]; then
  sign=(--mac-sign --mac-signing-key-user-name "$MACOS_SIGNING_IDENTITY")
fi
common=(--name Breakwater --app-version "$package_version" --vendor Breakwater
        --mac-package-identifier dev.breakwater.console --mac-package-name Breakwater
        ${sign[@]+"${sign[@]}"})  # bash 3.2 (macOS) calls an empty "${sign[@]}" unbound

"$JAVA_HOME/bin/jpackage" --type app-image --dest "$installer_out" "${common[@]}" \
  --icon "$work/Breakwater.icns" --input "$work/input" --main-jar breakwater.jar \
  --main-class dev.breakwater.app.Main --runtime-image "$work/runtime" \
  --java-options "-XX:MaxGCPauseMillis=20"
"$JAVA_HOME/bin/jpackage" --type dmg --dest "$installer_out" "${common[@]}" \
  --app-image "$installer_out/Breakwater.app"

dmg="$installer_out/Breakwater-$package_version.dmg"
if [[ -n "${MACOS_SIGNING_IDENTITY:-}" && -n "${APPLE_ID:-}" ]]; then
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "not signed or notarised (MACOS_SIGNING_IDENTITY / APPLE_ID unset): Gatekeeper will warn"
fi
rm -rf "$work"
du -sh "$installer_out/Breakwater.app" "$dmg"
