#!/usr/bin/env bash
# Posts a sample qualification to a running pipeline and follows it to its final status.
# Usage: samples/submit-sample.sh [ingest base URL, default http://127.0.0.1:8080]
#                                 [application directory, default samples/applications/clean-approved]
#   e.g. samples/submit-sample.sh http://127.0.0.1:8080 samples/applications/name-one-char-off
# The applicant's API key comes from $API_KEY, else from the local default's local-data/applicant.key.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
key=${API_KEY:-$(cat "$(dirname "$0")/../local-data/applicant.key" 2>/dev/null || true)}
[ -n "$key" ] || { echo "set API_KEY to an applicant's key (./run-local prints one)" >&2; exit 1; }
dir=$(cd "${2:-$(dirname "$0")/applications/clean-approved}" && pwd)
args=(-F "application=@$dir/application.json;type=application/json")
for f in "$dir"/documents/*.png; do
  args+=(-F "$(basename "$f" .png)=@$f;type=image/png")
done
response=$(curl -sS -X POST -H "X-Api-Key: $key" -H "Idempotency-Key: $(date +%s%N)" "$base/v1/qualifications" "${args[@]}")
echo "$response"
id=$(printf '%s' "$response" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
[ -n "$id" ] || { echo "submission refused" >&2; exit 1; }
for _ in $(seq 1 60); do
  status=$(curl -sS -H "X-Api-Key: $key" "$base/v1/qualifications/$id" | sed -n 's/.*"status":"\([A-Z_]*\)","masked".*/\1/p')
  echo "status: $status"
  case "$status" in APPROVED|REJECTED) break ;; esac
  # a submission that waits for a person stays UNDER_REVIEW: stop following it after a while
  sleep 1
done
curl -sS -H "X-Api-Key: $key" "$base/v1/qualifications/$id"; echo
