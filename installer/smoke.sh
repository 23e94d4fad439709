#!/usr/bin/env bash
# Runs what build.sh made, the way a user would get it:
#   1. the app-image's launcher: `breakwater --version` and `breakwater soak --orders 50`;
#   2. the .deb unpacked with `dpkg -x` into a scratch root (no root rights, no maintainer
#      scripts, nothing installed on this machine) and the same two commands from its /opt.
# The soak must exit 0 and report `duplicates=0 lost=0` on its last line.
#
#   installer/smoke.sh            both
#   installer/smoke.sh --no-deb   the app-image only (after build.sh --no-deb)
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

with_deb=true
for arg in "$@"; do
  case "$arg" in
    --no-deb) with_deb=false ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "smoke.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

version="$(project_version)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/breakwater-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
# The soak writes its own journal under a temporary directory; settings and logs go here so a
# smoke run neither reads nor changes the user's own configuration.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state"
unset APCA_API_KEY_ID APCA_API_SECRET_KEY APCA_API_BASE_URL

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

check_launcher() {
  local label="$1" launcher="$2" out started
  echo
  echo "== $label: $launcher"
  if [[ ! -x "$launcher" ]]; then
    fail "$label: no launcher at $launcher (run installer/build.sh first)"
    return
  fi

  out="$("$launcher" --version 2>&1)" || { fail "$label: --version exited $?: $out"; return; }
  echo "   --version: $out"
  [[ "$out" == "breakwater $version" ]] || fail "$label: --version printed '$out', expected 'breakwater $version'"

  started=$SECONDS
  out="$("$launcher" soak --orders 50 2>&1)" || { fail "$label: soak exited $?: $(tail -n 5 <<<"$out")"; return; }
  local last
  last="$(tail -n 1 <<<"$out")"
  echo "   soak ($((SECONDS - started)) s): $last"
  [[ "$last" == *"duplicates=0 lost=0"* ]] || fail "$label: soak's last line lacks 'duplicates=0 lost=0': $last"
}

image="$(app_image_dir "$version")"
echo "app-image: $image ($(du -sh "$image" 2>/dev/null | cut -f1 || echo missing))"
check_launcher "app-image" "$image/bin/breakwater"

if $with_deb; then
  deb="$(deb_file "$version")"
  echo
  echo "deb: $deb ($(du -sh "$deb" 2>/dev/null | cut -f1 || echo missing))"
  if [[ -f "$deb" ]]; then
    dpkg-deb --field "$deb" Package Version Depends | sed 's/^/   /'
    dpkg -x "$deb" "$scratch/root"
    desktop="$scratch/root/opt/breakwater/lib/breakwater-breakwater.desktop"
    grep -q '^Categories=Office;Finance;$' "$desktop" || fail "deb: desktop entry lacks Categories=Office;Finance;"
    grep -q '^Icon=/opt/breakwater/lib/breakwater.png$' "$desktop" || fail "deb: desktop entry has no icon"
    [[ -s "$scratch/root/opt/breakwater/lib/breakwater.png" ]] || fail "deb: icon missing"
    echo "   unpacked $(du -sh "$scratch/root" | cut -f1) into $scratch/root; desktop entry and icon present"
    check_launcher "deb (dpkg -x)" "$scratch/root/opt/breakwater/bin/breakwater"
  else
    fail "deb: $deb not found (run installer/build.sh first)"
  fi
fi

echo
if ((failures > 0)); then
  echo "smoke: $failures check(s) failed" >&2
  exit 1
fi
echo "smoke: all checks passed"
