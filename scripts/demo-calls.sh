#!/usr/bin/env bash
# Drives the running app through the sandbox's control API, as a customer and an agent would: places calls, answers
# them in the simulated softphone, hangs up, and prints each decision the app made. Used by demo.sh --headless.
#   scripts/demo-calls.sh SANDBOX_URL APP_STDOUT_FILE
set -euo pipefail
url="$1"
decisions="$2"

json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

wait_for() { # wait_for CONTACT_ID OUTCOME_REGEX — until the app printed such a decision (60 s at most)
  for _ in $(seq 1 600); do
    grep -q "\"contactId\":\"$1\".*\"outcome\":\"$2\"" "$decisions" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "demo: no '$2' decision for $1 within 60 s" >&2
  return 1
}

call() { # call DESCRIPTION JSON
  local id
  for _ in $(seq 1 300); do # the softphone page may still be starting: the CCP answers 409 until the agent is free
    id="$(curl -fsS -X POST "$url/sandbox/calls" -H 'Content-Type: application/json' -d "$2" 2>/dev/null | json_field contactId)" && break
    sleep 0.2
  done
  echo "== $1"
  curl -fsS -o /dev/null -X POST "$url/sandbox/contacts/$id/accept"
  wait_for "$id" 'ticket_[a-z]*\|agent_mode\|nothing'
  sleep 2 # a short conversation
  curl -fsS -o /dev/null -X POST "$url/sandbox/contacts/$id/hangup"
  wait_for "$id" 'details_appended\|nothing' || true
  curl -fsS -o /dev/null -X POST "$url/sandbox/contacts/$id/clear"
  grep "\"contactId\":\"$id\"" "$decisions" | "$(dirname "$0")/show-decisions.py" | tail -n +2
}

call "Ada calls (known caller, found by phone)" '{"from":"+15550100001"}'
call "Brian types his ticket 7004 in the IVR" '{"from":"+15550100002","attributes":{"zendesk_ticket":"7004"}}'
call "Brian calls again and types 7001 (Ada's ticket)" '{"from":"+15550100002","attributes":{"zendesk_ticket":"7001"}}'
call "A new caller; the IVR collected a name" '{"from":"+15550104242","attributes":{"customer_name":"Dana Newcomer","order":"A-1009"}}'
call "A withheld number" '{"from":"anonymous"}'
call "Caller-typed garbage in the IVR" '{"from":"+15550100001","attributes":{"zendesk_ticket":"12ab","recent_ticket_timeout":"soon"}}'
