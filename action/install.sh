#!/usr/bin/env bash
# Installs the verdict binary the action runs: one already on PATH at the
# wanted version, else the prebuilt release asset for this runner (checksum
# verified), else `cargo install` of the action's own source.
#
# Environment: INPUT_VERSION (empty: the version in ../Cargo.toml),
# RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, GITHUB_PATH, GITHUB_OUTPUT,
# GITHUB_ACTION_REPOSITORY; VERDICT_RELEASE_BASE_URL overrides the download
# base, VERDICT_TOOL_DIR the install folder.
# Writes `bin=PATH` to $GITHUB_OUTPUT and the binary's folder to $GITHUB_PATH.
set -euo pipefail

fail() {
  echo "::error title=verdict install::$*"
  exit 1
}

action_dir=${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
source_dir=$(cd "$action_dir/.." && pwd)

# The `version` key of the [package] table.
source_version=$(sed -n '/^\[package\]/,/^\[/ s/^version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' \
  "$source_dir/Cargo.toml" 2>/dev/null | head -n 1 || true)
version=${INPUT_VERSION:-}
version=${version#v}
if [ -z "$version" ]; then
  version=$source_version
  [ -n "$version" ] || fail "no version input and none readable from $source_dir/Cargo.toml"
fi
case $version in
  *[!0-9A-Za-z.+-]* | "") fail "invalid version '$version' (expected e.g. 0.1.0)" ;;
esac

exe=verdict
case ${RUNNER_OS:-} in
  Windows) exe=verdict.exe ;;
esac

# Records the binary for the following steps.
publish() {
  local bin=$1 dir
  dir=$(dirname "$bin")
  if [ -n "${GITHUB_PATH:-}" ]; then
    echo "$dir" >>"$GITHUB_PATH"
  fi
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "bin=$bin" >>"$GITHUB_OUTPUT"
  fi
  echo "verdict: using $bin ($("$bin" --version))"
}

# 1. A verdict of the wanted version already on PATH.
if existing=$(command -v "$exe" 2>/dev/null); then
  have=$("$existing" --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" = "$version" ]; then
    publish "$existing"
    exit 0
  fi
  echo "verdict: $existing is version '${have:-unknown}', not $version; installing $version"
fi

# 2. The prebuilt release asset for this runner.
case ${RUNNER_OS:-}/${RUNNER_ARCH:-} in
  Linux/X64) target=x86_64-unknown-linux-gnu ;;
  Linux/ARM64) target=aarch64-unknown-linux-gnu ;;
  macOS/X64) target=x86_64-apple-darwin ;;
  macOS/ARM64) target=aarch64-apple-darwin ;;
  Windows/X64) target=x86_64-pc-windows-msvc ;;
  Windows/ARM64) target=aarch64-pc-windows-msvc ;;
  *) target="" ;;
esac
case ${RUNNER_OS:-} in
  Windows) ext=zip ;;
  *) ext=tar.gz ;;
esac

temp_root=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
tool_dir=${VERDICT_TOOL_DIR:-${RUNNER_TOOL_CACHE:-$temp_root}/verdict/$version/${target:-source}}
bin_dir="$tool_dir/bin"
work=$(mktemp -d "$temp_root/verdict-install.XXXXXX")
trap 'rm -rf "$work"' EXIT

if command -v sha256sum >/dev/null 2>&1; then
  sha256=(sha256sum)
elif command -v shasum >/dev/null 2>&1; then
  sha256=(shasum -a 256)
else
  fail "neither sha256sum nor shasum is available to verify a download"
fi

fetch() { # URL FILE: false on 404, offline or any other failure
  curl --fail --silent --show-error --location --retry 2 --connect-timeout 10 \
    --output "$2" "$1"
}

fallback_reason=""
if [ -z "$target" ]; then
  fallback_reason="no prebuilt verdict for runner ${RUNNER_OS:-?}/${RUNNER_ARCH:-?}"
elif ! command -v curl >/dev/null 2>&1; then
  fallback_reason="curl is not available to download a prebuilt verdict"
else
  base=${VERDICT_RELEASE_BASE_URL:-https://github.com/${GITHUB_ACTION_REPOSITORY:-verdict-dev/verdict}/releases/download}
  asset="verdict-$version-$target.$ext"
  url="$base/v$version/$asset"
  if ! fetch "$url.sha256" "$work/$asset.sha256"; then
    fallback_reason="no checksum at $url.sha256 (missing release asset or offline)"
  elif ! fetch "$url" "$work/$asset"; then
    fallback_reason="no release asset at $url (missing or offline)"
  fi
fi

if [ -z "$fallback_reason" ]; then
  # The .sha256 holds `HASH` or `HASH  NAME` (sha256sum's format).
  expected=$(awk 'NR == 1 {print tolower($1)}' "$work/$asset.sha256")
  actual=$("${sha256[@]}" "$work/$asset" | awk '{print tolower($1)}')
  if [ "$expected" != "$actual" ]; then
    fail "checksum mismatch for $asset: $url.sha256 says ${expected:-nothing}, the download is $actual; refusing to install"
  fi
  echo "verdict: $asset sha256 $actual verified"

  mkdir -p "$work/unpacked"
  case $ext in
    zip)
      if command -v unzip >/dev/null 2>&1; then
        unzip -q "$work/$asset" -d "$work/unpacked"
      else
        # Windows runners: PowerShell's Expand-Archive; paths as Windows sees them.
        powershell -NoProfile -NonInteractive -Command \
          "Expand-Archive -LiteralPath '$(cygpath -w "$work/$asset")' -DestinationPath '$(cygpath -w "$work/unpacked")'"
      fi
      ;;
    *) tar -xzf "$work/$asset" -C "$work/unpacked" ;;
  esac
  # The binary at the archive's top or in one folder below it.
  found=$(find "$work/unpacked" -maxdepth 2 -type f -name "$exe" | head -n 1)
  [ -n "$found" ] || fail "$asset holds no $exe"
  mkdir -p "$bin_dir"
  cp "$found" "$bin_dir/$exe.tmp"
  chmod +x "$bin_dir/$exe.tmp"
  mv -f "$bin_dir/$exe.tmp" "$bin_dir/$exe"
  publish "$bin_dir/$exe"
  exit 0
fi

# 3. Build the action's own source, when it is the version wanted.
if [ "$source_version" != "$version" ]; then
  fail "$fallback_reason, and the action's source is version '${source_version:-unknown}', not $version; use the action at the tag of $version or leave the version input empty"
fi
echo "::notice title=verdict install::$fallback_reason; falling back to: cargo install --locked --root $tool_dir --path $source_dir"
command -v cargo >/dev/null 2>&1 ||
  fail "$fallback_reason, and cargo is not installed to build it (add a Rust toolchain step, or pin a released version)"
cargo install --locked --root "$tool_dir" --path "$source_dir"
[ -x "$bin_dir/$exe" ] || fail "cargo install did not produce $bin_dir/$exe"
publish "$bin_dir/$exe"
