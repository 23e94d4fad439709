# Shared by build.sh and smoke.sh (sourced, not run): where the project is, its version, and the
# names of the artifacts, so that the script that makes them and the one that checks them agree.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
installer_out="$root/target/installer"

# The project's own <version>: the first one outside <parent>, before any dependency or plugin
# version appears. A grep rather than `mvn help:evaluate`, which costs seconds and may need to
# download the help plugin on a machine that has never run it.
project_version() {
  local version
  version="$(awk '
    /<parent>/ { in_parent = 1 }
    /<\/parent>/ { in_parent = 0; next }
    /<(properties|dependencyManagement|dependencies|build|profiles)>/ { exit }
    !in_parent && match($0, /<version>[^<]+<\/version>/) {
      print substr($0, RSTART + 9, RLENGTH - 19); exit
    }' "$root/pom.xml")"
  if [[ -z "$version" ]]; then
    echo "cannot read the project version from $root/pom.xml" >&2
    return 1
  fi
  printf '%s\n' "$version"
}

# jpackage wants 1 to 3 numeric components (Windows and macOS refuse anything else), so a
# qualifier such as -SNAPSHOT is kept in the file names but not in the package version.
numeric_version() {
  local version="${1%%-*}"
  if [[ ! "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    echo "version '$1' has no numeric 1-3 part jpackage accepts" >&2
    return 1
  fi
  printf '%s\n' "$version"
}

# The app-image directory, named with the version and platform so that two builds side by side
# (or a download folder) never mix them up.
app_image_dir() {
  printf '%s/breakwater-%s-linux-%s\n' "$installer_out" "$1" "$(uname -m)"
}

# jpackage's own .deb name: <package>_<version>-<release>_<arch>.deb.
deb_file() {
  printf '%s/breakwater_%s-1_%s.deb\n' "$installer_out" "$(numeric_version "$1")" "$(dpkg --print-architecture 2>/dev/null || echo amd64)"
}

# installer/modules.txt without its comments: one module a line. Shared by the Linux and macOS
# scripts (the Windows one reads the same file in PowerShell).
listed_modules() {
  sed -e 's/#.*//' -e 's/[[:space:]]//g' "$root/installer/modules.txt" | grep -v '^$'
}
