#!/usr/bin/env bash
# Builds Breakwater's Linux installers into target/installer/: a jlink-trimmed Java runtime, a
# jpackage app-image (a folder that runs from where it is unpacked) and a .deb made from it.
# Windows and macOS are built by the same jpackage on their own machines: see README.md.
#
#   installer/build.sh             build both artifacts
#   installer/build.sh --dry-run   print the commands it would run, build nothing
#   installer/build.sh --no-deb    stop after the app-image
#
# Environment: JAVA_HOME (the JDK whose jlink/jpackage/jdeps to use; default: the one on PATH),
# MVN_ARGS (extra arguments for the mvn call that builds a missing jar, e.g. "-o").
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

dry_run=false
with_deb=true
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry_run=true ;;
    --no-deb) with_deb=false ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

version="$(project_version)"
package_version="$(numeric_version "$version")"
image_dir="$(app_image_dir "$version")"
work="$installer_out/work"
icon="$root/assets/icon-256.png"
vendor="Breakwater"
description="Desktop trading console for Alpaca brokerage accounts"
# freedesktop.org categories: Office is the main one, Finance the additional one under it.
menu_group="Office;Finance;"
# The console's JVM options (dev.breakwater.app.ConsoleJvm.OPTIONS; ConsoleJvmTest keeps the launchers equal):
# G1's pause goal: with its default (200 ms) a fast trade stream got 40-80 ms young collections (bench ui).
java_options="-XX:MaxGCPauseMillis=20"

# The runtime's modules: installer/modules.txt (shared with the Windows and macOS recipes) says
# which and why; jdeps may add more (see runtime_modules).
mapfile -t base_modules < <(listed_modules)

step_started=$SECONDS
step() {
  echo
  echo "== $* (at ${SECONDS}s)"
  step_started=$SECONDS
}
done_step() { echo "   done in $((SECONDS - step_started)) s"; }

# Prints a command in a form that can be pasted back into a shell, then runs it (or, for
# --dry-run, only prints it).
run() {
  local arg line='+'
  for arg in "$@"; do
    if [[ "$arg" =~ ^[A-Za-z0-9_./,:=@+-]+$ ]]; then
      line+=" $arg"
    else
      line+=" '${arg//\'/\'\\\'\'}'"
    fi
  done
  printf '%s\n' "$line"
  if ! $dry_run; then
    "$@"
  fi
}

jdk_home() {
  if [[ -n "${JAVA_HOME:-}" ]]; then
    printf '%s\n' "$JAVA_HOME"
  else
    local javac
    javac="$(command -v javac)" || { echo "no JDK: set JAVA_HOME or put javac on PATH" >&2; return 1; }
    dirname "$(dirname "$(readlink -f "$javac")")"
  fi
}

require_linux() {
  if [[ "$(uname -s)" != Linux ]]; then
    echo "build.sh builds the Linux installers; on $(uname -s) follow installer/README.md" >&2
    exit 2
  fi
}

# jpackage shells out to these for a .deb. Installed only when missing, and said so, because
# a build script that quietly changes the machine is a surprise.
ensure_deb_tools() {
  local -A package_of=([fakeroot]=fakeroot [dpkg-deb]=dpkg [dpkg]=dpkg [ldd]=libc-bin)
  local missing=() tool
  for tool in "${!package_of[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("${package_of[$tool]}")
  done
  if ((${#missing[@]} == 0)); then
    echo "   fakeroot, dpkg-deb, dpkg and ldd are present"
    return
  fi
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  echo "   jpackage needs ${missing[*]} for the .deb: installing with apt-get"
  local sudo=()
  if ((EUID != 0)); then
    sudo -n true 2>/dev/null || { echo "not root and no sudo: run 'apt-get install ${missing[*]}'" >&2; exit 1; }
    sudo=(sudo)
  fi
  run "${sudo[@]}" apt-get install -y -q "${missing[@]}" \
    || { run "${sudo[@]}" apt-get update -q && run "${sudo[@]}" apt-get install -y -q "${missing[@]}"; }
}

ensure_jar() {
  if [[ -f "$root/target/breakwater.jar" && -d "$root/target/lib" ]]; then
    echo "   using target/breakwater.jar and target/lib/"
    return
  fi
  # shellcheck disable=SC2086 # MVN_ARGS is a list of words on purpose
  run mvn -q -f "$root/pom.xml" ${MVN_ARGS:-} -DskipTests package
}

# jdeps reads every class of the application and its libraries from one unpacked folder:
# given the jars themselves, it resolves those with a module-info as modules and stops at the
# first module it cannot find (okio, slf4j, ...), although they all run on the class path.
jdeps_modules() {
  local classes="$work/classes" jar
  if ! command -v unzip >/dev/null 2>&1; then
    echo "   unzip not found: skipping the jdeps check, using installer/modules.txt as it is" >&2
    return
  fi
  rm -rf "$classes" && mkdir -p "$classes"
  for jar in "$root/target/breakwater.jar" "$root"/target/lib/*.jar; do
    unzip -qo "$jar" '*.class' -x 'META-INF/*' -d "$classes" 2>/dev/null || true
  done
  find "$classes" -name module-info.class -delete
  "$jdk/bin/jdeps" --multi-release 17 --print-module-deps --ignore-missing-deps "$classes" | tr ',' '\n'
  rm -rf "$classes"
}

runtime_modules() {
  local found extra=()
  if $dry_run; then
    printf '%s\n' "${base_modules[@]}" | paste -sd, -
    return
  fi
  mapfile -t found < <(jdeps_modules)
  local module
  for module in "${found[@]}"; do
    [[ " ${base_modules[*]} " == *" $module "* ]] || extra+=("$module")
  done
  if ((${#extra[@]} > 0)); then
    echo "   jdeps found modules the list lacks, adding them: ${extra[*]}" >&2
  fi
  printf '%s\n' "${base_modules[@]}" "${extra[@]}" | sort -u | paste -sd, -
}

size_of() { du -sh "$1" | cut -f1; }
size_mb() { du -sm "$1" | cut -f1; }

build_runtime() {
  step "runtime modules (installer/modules.txt + jdeps)"
  modules="$(runtime_modules)"
  echo "   modules: $modules"
  done_step

  step "runtime (jlink)"
  runtime="$work/runtime"
  $dry_run || rm -rf "$runtime"
  # No --compress: the .deb compresses the runtime better than jlink's zip would, and an
  # uncompressed module image starts faster. No native commands: the launcher needs no bin/java.
  run "$jdk/bin/jlink" --add-modules "$modules" --output "$runtime" \
    --strip-debug --no-header-files --no-man-pages --strip-native-commands
  done_step
}

build_app_image() {
  step "app-image (jpackage)"
  # Only the jar and its lib/ go in: jpackage copies everything under --input.
  local input="$work/input"
  if ! $dry_run; then
    rm -rf "$input" "$work/image" "$image_dir"
    mkdir -p "$input" "$work/image"
    cp "$root/target/breakwater.jar" "$input/"
    cp -r "$root/target/lib" "$input/lib"
  fi
  run "$jdk/bin/jpackage" --type app-image --dest "$work/image" \
    --name breakwater --app-version "$package_version" --vendor "$vendor" --description "$description" \
    --icon "$icon" --input "$input" --main-jar breakwater.jar --main-class dev.breakwater.app.Main \
    --runtime-image "$runtime" --java-options "$java_options"
  run mv "$work/image/breakwater" "$image_dir"
  done_step
}

build_deb() {
  step ".deb (jpackage)"
  # --linux-package-deps: JavaFX's native libraries sit inside jars, where jpackage's scan of
  # shared-library dependencies does not look, so GTK 3 and GL would be missing on a bare system.
  # --resource-dir: our desktop entry (display name, keywords) and a postinst/prerm that do not
  # fail the install where there is no desktop menu.
  run "$jdk/bin/jpackage" --type deb --dest "$installer_out" --app-image "$image_dir" \
    --name breakwater --app-version "$package_version" --vendor "$vendor" --description "$description" \
    --icon "$icon" --resource-dir "$root/installer/linux" \
    --linux-package-name breakwater --linux-deb-maintainer "breakwater@users.noreply.github.com" \
    --linux-menu-group "$menu_group" --linux-app-category misc --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1"
  done_step
}

report() {
  echo
  echo "== artifacts (${SECONDS} s in all)"
  printf '   %-8s %s\n' "$(size_of "$image_dir")" "${image_dir#"$root"/}  (app-image, target < 120 MB)"
  (($(size_mb "$image_dir") < 120)) || echo "   WARNING: the app-image is over its 120 MB target" >&2
  if $with_deb; then
    local deb
    deb="$(deb_file "$version")"
    printf '   %-8s %s\n' "$(size_of "$deb")" "${deb#"$root"/}  (.deb, target < 60 MB)"
    (($(size_mb "$deb") < 60)) || echo "   WARNING: the .deb is over its 60 MB target" >&2
  fi
}

# In a function, so that bash has read the whole file before it runs any of it: a build takes
# minutes, and an edit (or a git checkout) of this file meanwhile would otherwise run half of each.
main() {
  $dry_run || require_linux
  jdk="$(jdk_home)"
  echo "Breakwater $version (package version $package_version), JDK $jdk"
  $dry_run && echo "dry run: printing the commands, running none"

  step "application jar"
  $dry_run || ensure_jar
  done_step
  if $with_deb; then
    step "packaging tools"
    $dry_run || ensure_deb_tools
    done_step
  fi
  build_runtime
  build_app_image
  $with_deb && build_deb
  $dry_run && return 0
  rm -rf "$work"
  report
}

main; exit $?
