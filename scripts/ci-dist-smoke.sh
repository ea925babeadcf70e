#!/usr/bin/env bash
# Runs the bundled action (dist/index.js) the way the GitHub Actions runner does — inputs as
# INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY — on the demo pull request,
# under the Node binary given as $1, and checks the outputs it wrote.
set -euo pipefail
NODE="${1:?usage: ci-dist-smoke.sh NODE_BINARY}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT
cp -r "${ROOT}/examples/demo/head" "${WORK}/head"
cp -r "${ROOT}/examples/demo/base" "${WORK}/base"
: >"${WORK}/output"
: >"${WORK}/summary"
echo '{}' >"${WORK}/event.json"
set +e
env -i PATH="${PATH}" HOME="${HOME}" \
  GITHUB_WORKSPACE="${WORK}/head" GITHUB_EVENT_NAME=workflow_dispatch GITHUB_EVENT_PATH="${WORK}/event.json" \
  GITHUB_OUTPUT="${WORK}/output" GITHUB_STEP_SUMMARY="${WORK}/summary" RUNNER_TEMP="${WORK}" \
  INPUT_MODE=gate INPUT_BASE="dir:${WORK}/base" INPUT_EVIDENCE-DIR="${WORK}/evidence" INPUT_FAIL-ON=paused \
  "${NODE}" "${ROOT}/dist/index.js" >"${WORK}/log" 2>&1
code=$?
set -e
cat "${WORK}/log" | tail -20
fail() { echo "dist smoke: $*" >&2; echo "--- GITHUB_OUTPUT"; cat "${WORK}/output"; exit 1; }
grep -q 'verdict' "${WORK}/output" || fail "no verdict output written"
verdict=$(sed -n '/^verdict<</{n;p;}' "${WORK}/output")
[ -n "${verdict}" ] || verdict=$(sed -n 's/^verdict=//p' "${WORK}/output")
echo "verdict output: ${verdict}; exit code ${code}"
[ "${verdict}" = "STOPPED" ] || fail "the demo pull request must be STOPPED, got '${verdict}'"
[ "${code}" -ne 0 ] || fail "a STOPPED verdict must fail the step"
grep -q 'evidence-path' "${WORK}/output" || fail "no evidence-path output"
grep -q 'reason-codes' "${WORK}/output" || fail "no reason-codes output"
grep -q 'Maestro Gate' "${WORK}/summary" || fail "no job summary written"
[ -s "${WORK}/evidence/audit.jsonl" ] || fail "no audit log written"
echo "dist smoke: ok (${NODE} $("${NODE}" --version))"
