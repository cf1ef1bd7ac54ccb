#!/usr/bin/env bash
# End-to-end check of .pre-commit-hooks.yaml: a throwaway git repository
# installs the `verdict` hook from this checkout, a clean Kubernetes manifest
# commits, a privileged container is refused with its rule id.
#
#   tools/precommit_check.sh [VERDICT_REPO]     (default: this checkout)
#
# Needs git, cargo and pre-commit (`pip install pre-commit`) on PATH; installs
# nothing else. The hook source is a snapshot of VERDICT_REPO's working tree
# (tracked and untracked, not ignored, files, committed in a temp repo): unlike
# `pre-commit try-repo`, which sees uncommitted edits of tracked files but not
# new files, and unlike `repo: VERDICT_REPO` + `rev: HEAD`, which sees only
# what is committed, it tests the files as they are now, through real `git
# commit`s. `language: rust` makes pre-commit `cargo install` the snapshot (a
# release build); CARGO_TARGET_DIR=VERDICT_REPO/target lets that reuse the
# checkout's release artefacts (`cargo build --release` first), so only the
# verdict crate itself is recompiled. A fresh PRE_COMMIT_HOME each run.
set -euo pipefail

repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
for tool in git cargo pre-commit; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "precommit_check: $tool is not on PATH" >&2
    exit 2
  }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/verdict-precommit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$repo/target}
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
# Git isolated from the machine's config (a global core.hooksPath would make
# `pre-commit install` refuse).
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$tmp/gitconfig"
git config --file "$GIT_CONFIG_GLOBAL" user.name "precommit check"
git config --file "$GIT_CONFIG_GLOBAL" user.email "check@example.invalid"
git config --file "$GIT_CONFIG_GLOBAL" commit.gpgsign false
git config --file "$GIT_CONFIG_GLOBAL" init.defaultBranch main

now() { date +%s; }

# 1. The hook repository: a snapshot of the working tree.
snapshot="$tmp/verdict-snapshot"
mkdir -p "$snapshot"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done |
  tar --null -T - -cf -) | tar -xf - -C "$snapshot"
[ -f "$snapshot/.pre-commit-hooks.yaml" ] || {
  echo "precommit_check: $repo has no .pre-commit-hooks.yaml" >&2
  exit 2
}
git -C "$snapshot" init -q
git -C "$snapshot" add -A
git -C "$snapshot" commit -q -m snapshot
rev=$(git -C "$snapshot" rev-parse HEAD)

# 2. A project using the hook.
work="$tmp/project"
mkdir -p "$work/k8s"
cd "$work"
git init -q
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $snapshot
    rev: $rev
    hooks:
      - id: verdict
EOF
pre-commit install

start=$(now)
echo "== pre-commit install-hooks (cargo install of the snapshot, CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
pre-commit install-hooks
build_secs=$(($(now) - start))

status=0
manifest() { # NAME PRIVILEGED
  cat <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $1
  namespace: shop
spec:
  selector:
    matchLabels: {app: $1}
  template:
    metadata:
      labels: {app: $1}
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: $1
          image: registry.example.com/shop/$1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
          securityContext:
            privileged: $2
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            capabilities: {drop: [ALL]}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 500m, memory: 256Mi}
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
          readinessProbe:
            httpGet: {path: /ready, port: 8080}
EOF
}

echo "== commit a clean manifest (and the config, which verdict skips)"
manifest web false >k8s/web.yaml
printf '# shop\n' >README.md
git add -A
start=$(now)
if git commit -q -m "clean" >"$tmp/clean.log" 2>&1; then
  echo "ok: the clean commit went through ($(($(now) - start))s)"
else
  status=1
  echo "FAIL: the clean commit was refused:"
fi
cat "$tmp/clean.log"

echo "== commit a privileged container"
manifest admin true >k8s/admin.yaml
git add -A
start=$(now)
if git commit -q -m "privileged" >"$tmp/bad.log" 2>&1; then
  status=1
  echo "FAIL: the privileged container was committed"
elif grep -q 'VD-K8S-001' "$tmp/bad.log"; then
  echo "ok: the commit was blocked with VD-K8S-001 ($(($(now) - start))s)"
else
  status=1
  echo "FAIL: the commit was refused, but the output does not name VD-K8S-001"
fi
cat "$tmp/bad.log"
[ "$(git rev-list --count HEAD)" = 1 ] || {
  status=1
  echo "FAIL: expected exactly one commit"
}

echo "== hook build: ${build_secs}s; result: $([ $status = 0 ] && echo PASS || echo FAIL)"
exit $status
