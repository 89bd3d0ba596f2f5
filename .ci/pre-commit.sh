#!/usr/bin/env bash
# Runs the hooks in .pre-commit-hooks.yaml with the real pre-commit (pinned, from PyPI) on a
# small sample project, the way another repository would use them:
#   1. `pre-commit try-repo` with the crossclaim-check hook (which builds crossclaim from this
#      repository's committed HEAD with cargo) passes on a clean project;
#   2. with the documented .pre-commit-config.yaml installed as a git hook, a commit touching only
#      other files skips the hook, a commit breaking a quote is refused with the diagnostic, and
#      a commit changing a source article is refused too;
#   3. the crossclaim-check-system hook runs the crossclaim on PATH.
# Usage: .ci/pre-commit.sh [repository, default .] [crossclaim binary for the system hook,
#        default REPOSITORY/target/debug/crossclaim]
# The hook's release build goes to $CROSSCLAIM_HOOK_TARGET_DIR if set (a cache that survives
# runs), else to a temporary directory.
set -euo pipefail

repo=$(cd "${1:-.}" && pwd)
binary=${2:-$repo/target/debug/crossclaim}
if [ ! -x "$binary" ]; then
    echo "pre-commit.sh: no crossclaim binary at $binary for the system hook: build it or pass its path" >&2
    exit 1
fi
binary_dir=$(cd "$(dirname "$binary")" && pwd)
pre_commit_version=4.7.0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME=$work/pre-commit-home
export CARGO_TARGET_DIR=${CROSSCLAIM_HOOK_TARGET_DIR:-$work/target}
# pre-commit's Rust hooks build with `cargo install`, in the release profile. What is tested here
# is that the hook installs and runs, not how fast the binary is: build it unoptimized, which
# takes a fraction of the time.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_LTO=off
export GIT_AUTHOR_NAME=sample GIT_AUTHOR_EMAIL=sample@example.org
export GIT_COMMITTER_NAME=sample GIT_COMMITTER_EMAIL=sample@example.org

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit==$pre_commit_version"
pre_commit=$work/venv/bin/pre-commit

fail() {
    echo "pre-commit.sh: $1" >&2
    [ -f "$work/out" ] && cat "$work/out" >&2
    exit 1
}
# Runs a command expected to succeed, keeping its output in $work/out.
passes() { "$@" >"$work/out" 2>&1 || fail "expected success: $*"; }
# Runs a command expected to fail, keeping its output in $work/out.
fails() { if "$@" >"$work/out" 2>&1; then fail "expected failure: $*"; fi; }
# Requires $work/out to contain a fixed string.
shows() { grep -qF -- "$1" "$work/out" || fail "expected \`$1\` in the output"; }

sample=$work/sample
mkdir "$sample"
cp -R "$repo/tests/cases/check/clean.in/." "$sample/"
echo "Claims about the bridge repairs." >"$sample/README.md"
git -C "$sample" init --quiet --initial-branch=main
git -C "$sample" add .
git -C "$sample" commit --quiet --message "Curate the bridge claims"
cd "$sample"

start=$SECONDS
passes "$pre_commit" try-repo "$repo" crossclaim-check --all-files
shows "crossclaim check"
shows "Passed"
echo "pre-commit.sh: try-repo crossclaim-check passed on a clean project ($((SECONDS - start)) s, building crossclaim)"

rev=$(git -C "$repo" rev-parse HEAD)
cat >.pre-commit-config.yaml <<CONFIG
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: crossclaim-check
CONFIG
git add .pre-commit-config.yaml
git commit --quiet --no-verify --message "Check claims before each commit"
passes "$pre_commit" install

start=$SECONDS
echo "Sources are in seeds/." >>README.md
git add README.md
passes git commit --message "Describe the layout"
shows "(no files to check)Skipped"

sed -i.orig 's/the bridge will reopen in May,/the bridge will reopen in June,/' claims/bridge.yaml
rm claims/bridge.yaml.orig
git add claims/bridge.yaml
fails git commit --message "Misquote the ministry"
shows "Failed"
shows "error[quote-not-found]"
shows "claims/bridge.yaml:15:"
echo "pre-commit.sh: the refused misquote, as the curator sees it:"
sed 's/^/    /' "$work/out"
git checkout --quiet HEAD -- claims/bridge.yaml

echo "A correction was appended." >>seeds/bridge.txt
git add seeds/bridge.txt
fails git commit --message "Edit a stored source"
shows "error[source-changed]"
git checkout --quiet HEAD -- seeds/bridge.txt
echo "pre-commit.sh: as a git hook, crossclaim-check skipped an unrelated commit and refused a misquote and an edited source ($((SECONDS - start)) s)"

passes env PATH="$binary_dir:$PATH" "$pre_commit" try-repo "$repo" crossclaim-check-system --all-files
shows "Passed"
echo "pre-commit.sh: try-repo crossclaim-check-system passed with $binary_dir/crossclaim"
