#!/usr/bin/env bash
# Renders assets/icon.svg into the PNG sizes jpackage and desktops use, a Windows .ico, and the
# copies the console loads from the classpath. The outputs are committed: run this only after
# editing the SVG, so that a normal build never needs an SVG renderer.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
svg="$root/assets/icon.svg"
assets="$root/assets"
resources="$root/src/main/resources/dev/breakwater/app/icons"
sizes=(16 32 48 64 128 256 512)

# rsvg-convert (Debian: librsvg2-bin) honours clip paths and anti-aliases like a desktop does;
# ImageMagick's built-in MSVG renderer is only a fallback and rounds the tile's corners poorly.
render() {
  local size="$1" out="$2"
  if command -v rsvg-convert >/dev/null 2>&1; then
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" --output "$out"
  else
    convert -background none -density 384 "$svg" -resize "${size}x${size}" "PNG32:$out"
  fi
}

if command -v rsvg-convert >/dev/null 2>&1; then
  echo "render-icons: using $(rsvg-convert --version)"
else
  echo "render-icons: rsvg-convert not found (apt-get install librsvg2-bin); falling back to ImageMagick" >&2
fi

for size in "${sizes[@]}"; do
  render "$size" "$assets/icon-$size.png"
done

# Windows wants one .ico holding several sizes; jpackage --icon takes it as is.
convert "$assets/icon-16.png" "$assets/icon-32.png" "$assets/icon-48.png" \
        "$assets/icon-64.png" "$assets/icon-128.png" "$assets/icon-256.png" "$assets/icon.ico"

# The console window's own icons (Stage.getIcons()): a small, a medium and a large one,
# so the window manager can pick for the title bar, the task switcher and the dock.
mkdir -p "$resources"
for size in 32 64 256; do
  cp "$assets/icon-$size.png" "$resources/icon-$size.png"
done

for size in "${sizes[@]}"; do
  printf '%s\n' "assets/icon-$size.png"
done
printf '%s\n' "assets/icon.ico" "${resources#"$root"/}/icon-"{32,64,256}.png
