#!/usr/bin/env bash
# The action's scan step: run the command with the report options, then record the outcome for
# the upload and gate steps. It exits 0 so that the SARIF is uploaded even when the gate trips;
# the gate step exits with the recorded code.
set -uo pipefail
read -ra command <<<"${SCANCLIENTS_COMMAND:?}"
sarif="${SCANCLIENTS_SARIF:-scanclients.sarif}"
options=(--format sarif -o "$sarif")
[ -n "${SCANCLIENTS_FAIL_ON:-}" ] && options+=(--fail-on "$SCANCLIENTS_FAIL_ON")
[ -n "${SCANCLIENTS_BASELINE:-}" ] && options+=(--baseline "$SCANCLIENTS_BASELINE")
[ -n "${SCANCLIENTS_ANCHOR:-}" ] && options+=(--anchor "$SCANCLIENTS_ANCHOR")
[ -n "${GITHUB_STEP_SUMMARY:-}" ] && options+=(--summary "$GITHUB_STEP_SUMMARY")
rm -f "$sarif"
scanclients "${command[@]}" "${options[@]}"
code=$?
{
  echo "exit-code=$code"
  echo "sarif=$sarif"
  if [ -s "$sarif" ]; then echo "sarif-written=true"; else echo "sarif-written=false"; fi
} >>"${GITHUB_OUTPUT:?}"
echo "scanclients exited $code" >&2
exit 0
