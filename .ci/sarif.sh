#!/usr/bin/env bash
# Validates `crossclaim check --format sarif` with a third-party validator, Microsoft's SARIF
# Multitool (npm package @microsoft/sarif-multitool): the SARIF 2.1.0 schema, its SARIF rules
# and its GitHub code scanning ingestion rules. Logs checked: a fixture with findings of several
# kinds, a fixture whose configuration is invalid, and the bundled claims. A deliberately broken
# log must be rejected, so a validator that passes everything fails this script.
#
# Usage: .ci/sarif.sh [CROSSCLAIM_BINARY]   (default target/debug/crossclaim; builds nothing)
# Needs Node.js with npx; the Multitool is fetched from the npm registry on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=$(realpath "${1:-target/debug/crossclaim}")
multitool="@microsoft/sarif-multitool@${SARIF_MULTITOOL_VERSION:-5.7.0}"
# SARIF2005 asks for the tool's `informationUri`, which comes from `repository` in Cargo.toml;
# it is shown but does not fail the run while the package names no repository.
allowed_warnings="SARIF2005"

[[ -x "$binary" ]] || { echo "sarif: no crossclaim binary at $binary; build it first" >&2; exit 2; }
command -v npx >/dev/null || { echo "sarif: npx not found; install Node.js and npm" >&2; exit 2; }

# mktemp's name has no spaces: the Multitool's npm launcher passes arguments through a shell.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs `crossclaim check --format sarif` in a directory and requires the given exit code.
sarif_of() {
    local dir=$1 expected=$2 log=$3 status=0
    (cd "$dir" && "$binary" check --format sarif) >"$log" || status=$?
    if [[ $status -ne $expected ]]; then
        echo "sarif: check in $dir exited $status, expected $expected" >&2
        exit 1
    fi
}

# Succeeds when the validator finds nothing at error level and no warning beyond the allowed
# ones. The Multitool exits 0 whatever it finds, so its own SARIF report is read for the verdict;
# its console lines are shown because they read well.
validate() {
    local log=$1 kind report
    for kind in Sarif Gh; do
        report="$work/$(basename "$log" .sarif).$kind.report.sarif"
        npx --yes "$multitool" validate "$log" --rule-kind "$kind" --output "$report" >"$work/console.txt" 2>&1 || {
            cat "$work/console.txt" >&2
            return 2
        }
        grep -E ': (error|warning|note) ' "$work/console.txt" | sed "s|^$work/||; s|^|  |" || true
        node - "$report" "$allowed_warnings" <<'JS' || return 1
const [reportPath, allowed] = process.argv.slice(2);
const run = JSON.parse(require('fs').readFileSync(reportPath, 'utf8')).runs[0];
const rules = run.tool.driver.rules || [];
const invocation = (run.invocations || [])[0] || {};
const failures = [];
const judge = (level, id) => {
  if (level === 'error' || (level === 'warning' && !allowed.split(' ').includes(id))) failures.push(`${level} ${id}`);
};
for (const n of [...(invocation.toolConfigurationNotifications || []), ...(invocation.toolExecutionNotifications || [])]) {
  judge(n.level || 'warning', n.descriptor?.id ?? 'notification');
}
if (invocation.executionSuccessful !== true) failures.push('the validator did not run to completion');
for (const r of run.results || []) {
  judge(r.level || rules[r.ruleIndex]?.defaultConfiguration?.level || 'warning', r.ruleId);
}
if (failures.length > 0) console.log(`  invalid: ${failures.join(', ')}`);
process.exit(failures.length === 0 ? 0 : 1);
JS
    done
}

sarif_of tests/cases/ci/findings.in 1 "$work/findings.sarif"
sarif_of tests/cases/config/invalid.in 2 "$work/config-invalid.sarif"
sarif_of . 0 "$work/bundled.sarif"

# The broken log: the findings log without a result's required message, and with a line 0.
node - "$work/findings.sarif" "$work/broken.sarif" <<'JS'
const fs = require('fs');
const [from, to] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(from, 'utf8'));
delete log.runs[0].results[0].message;
log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
fs.writeFileSync(to, JSON.stringify(log, null, 2));
JS

passed=0
failed=0
for log in findings config-invalid bundled; do
    echo "sarif: validating $log.sarif"
    if validate "$work/$log.sarif"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "sarif: validating broken.sarif, which must be rejected"
status=0
validate "$work/broken.sarif" || status=$?
if [[ $status -eq 1 ]]; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
    echo "sarif: the broken log was not rejected" >&2
fi

echo "sarif: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
