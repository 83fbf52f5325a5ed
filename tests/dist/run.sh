#!/usr/bin/env bash
# make dist-check: proves the packages in dist/ (built by make dist).
# Runs every test even when one fails, then reports the total.
set -uo pipefail
cd "$(dirname "$0")/../.."
status=0
for t in deb tar wine; do
	t0=$(date +%s)
	tests/dist/$t.sh || status=1
	echo "   ($t: $(($(date +%s) - t0)) s)"
done
exit $status
