#!/usr/bin/env bash
# Runs the verdict gate for the action: SARIF to INPUT_SARIF_FILE, workflow
# annotations on stdout, the Markdown summary appended to
# $GITHUB_STEP_SUMMARY, and `verdict=`, `findings=`, `sarif-file=` written to
# $GITHUB_OUTPUT (read from a JSON report in $RUNNER_TEMP) before exiting with
# the gate's exit code: 0 pass, 1 fail, 2 error.
#
# Inputs (env): INPUT_PATHS, INPUT_POLICY, INPUT_DATA (lists: whitespace-
# separated, or one item per line when the value has a newline, so that an
# item may contain spaces), INPUT_CONFIG, INPUT_PROFILE, INPUT_FAIL_ON,
# INPUT_SARIF_FILE; VERDICT_BIN (default: verdict on PATH).
# Written for bash 3.2 too (macOS): no namerefs, no mapfile.
set -euo pipefail

# Splits $1 into the global array LIST: by lines when it has a newline
# (each line trimmed, blank lines dropped), else by spaces and tabs. Never
# glob-expands.
split_list() {
  LIST=()
  local value=$1 item
  case $value in
    *$'\n'*)
      while IFS= read -r item || [ -n "$item" ]; do
        item=${item%$'\r'}
        item=${item#"${item%%[![:space:]]*}"}
        item=${item%"${item##*[![:space:]]}"}
        if [ -n "$item" ]; then
          LIST+=("$item")
        fi
      done <<<"$value"
      ;;
    *)
      local saved_ifs=$IFS
      set -f
      IFS=$' \t\r'
      # shellcheck disable=SC2206 # word splitting without globbing is the point
      LIST=($value)
      IFS=$saved_ifs
      set +f
      ;;
  esac
}

bin=${VERDICT_BIN:-}
[ -n "$bin" ] || bin=verdict
if [ -n "${GITHUB_WORKSPACE:-}" ]; then
  cd "$GITHUB_WORKSPACE"
fi

sarif=${INPUT_SARIF_FILE:-verdict.sarif}
case $sarif in
  *$'\n'* | *$'\r'*)
    # It is echoed into $GITHUB_OUTPUT, one `name=value` a line.
    echo "::error title=verdict::the sarif-file input must be one path on one line"
    exit 2
    ;;
esac
temp_root=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
work=$(mktemp -d "$temp_root/verdict-scan.XXXXXX")
trap 'rm -rf "$work"' EXIT
report="$work/report.json"
summary="$work/summary.md"

args=(scan)
split_list "${INPUT_POLICY:-}"
for item in ${LIST[@]+"${LIST[@]}"}; do args+=(--policy "$item"); done
split_list "${INPUT_DATA:-}"
for item in ${LIST[@]+"${LIST[@]}"}; do args+=(--data "$item"); done
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
if [ -n "${INPUT_PROFILE:-}" ]; then args+=(--profile "$INPUT_PROFILE"); fi
if [ -n "${INPUT_FAIL_ON:-}" ]; then args+=(--fail-on "$INPUT_FAIL_ON"); fi
case $sarif in
  */*) mkdir -p "${sarif%/*}" ;;
esac
args+=(
  --format "sarif=$sarif"
  --format "json=$report"
  --format "markdown=$summary"
  --format github
)
split_list "${INPUT_PATHS:-.}"
[ ${#LIST[@]} -gt 0 ] || LIST=(.)
# `--`: a path may start with a dash.
args+=(-- "${LIST[@]}")

echo "+ $bin ${args[*]}"
set +e
"$bin" "${args[@]}"
code=$?
set -e

result="" findings="" failing=""
if [ -s "$report" ]; then
  if command -v jq >/dev/null 2>&1; then
    fields=$(jq -r '[.verdict.result, .summary.findings, .summary.failing] | map(tostring) | join(" ")' "$report")
  else
    python=python3
    command -v python3 >/dev/null 2>&1 || python=python
    fields=$("$python" -c 'import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
print(r["verdict"]["result"], r["summary"]["findings"], r["summary"]["failing"])' "$report")
  fi
  read -r result findings failing <<<"$fields"
fi
if [ -z "$result" ]; then
  # No report (bad usage, a crash): the exit code is all there is.
  case $code in
    0) result=pass ;;
    1) result=fail ;;
    *) result=error ;;
  esac
fi

if [ -n "${GITHUB_STEP_SUMMARY:-}" ] && [ -s "$summary" ]; then
  cat "$summary" >>"$GITHUB_STEP_SUMMARY"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "verdict=$result"
    echo "findings=$findings"
    echo "sarif-file=$sarif"
  } >>"$GITHUB_OUTPUT"
fi

case $code in
  0) echo "verdict: pass (${findings:-?} findings)" ;;
  1) echo "verdict: fail (${findings:-?} findings, ${failing:-?} at or above fail-on)" ;;
  *) echo "::error title=verdict::verdict could not evaluate the input (exit $code); see the log above" ;;
esac
exit "$code"
