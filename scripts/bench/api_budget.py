#!/usr/bin/env python3
"""API budget: Zendesk requests per call, by scenario, end-of-call details included, measured on the sandbox's request
log (the sign-in `users/me`, made once per app session, is not counted). Targets: <= 3 for a known caller, <= 4 for an
unknown one.

  scripts/bench/api_budget.py
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

sys.path.insert(0, os.path.dirname(__file__))
from sandboxctl import Sandbox  # noqa: E402

AGENT = {"name": "Alex Agent", "username": "alex", "routingProfile": "Basic", "extension": "softphone"}


def call(cid, phone, attrs=None, direction="inbound", initial=None, actions=(), end_attrs=None):
    contact = {"contactId": cid, "initialContactId": initial or cid, "type": "voice", "direction": direction,
               "initiationMethod": "transfer" if initial else direction, "customerPhone": phone,
               "systemPhone": "+18005550100", "queue": {"name": "Support", "arn": "q"}, "monitoring": False,
               "attributes": attrs or {}}
    out, minute = [], [0]

    def ev(kind, action=None):
        nonlocal contact
        minute[0] += 1
        e = {"event": kind, "at": "2026-11-25T10:%02d:00.000Z" % minute[0], "contact": contact, "agent": AGENT}
        if action:
            e["action"] = action
        out.append(json.dumps(e))

    ev("connecting")
    ev("connected")
    for a in actions:
        ev("agent_action", a)
    if end_attrs:
        contact = dict(contact, attributes=dict(contact["attributes"], **end_attrs))
    ev("ended")
    ev("destroyed")
    return out


SCENARIOS = [
    ("known caller", [], call("b-known", "+15550100001")),
    ("unknown caller", [], call("b-unknown", "+15550300001")),
    ("recent ticket reused", [], call("b-recent", "+15550100001", {"recent_ticket_timeout": "240"})),
    ("IVR ticket", [], call("b-ivr", "+15550100002", {"zendesk_ticket": "7004"})),
    ("IVR ticket of another user", [], call("b-ivr2", "+15550100002", {"zendesk_ticket": "7001"})),
    ("anonymous caller", [], call("b-anon", "anonymous")),
    ("transfer (second agent's app)", call("b-first", "+15550300002"),
     call("b-second", "+15550300002", initial="b-first")),
    ("agent mode: attach", [], call("b-agent", "+15550100001", {"ticket_assignment": "agent"},
                                    actions=[{"kind": "attach", "ticketId": 7001}])),
    ("agent mode: forced at end", [], call("b-force", "+15550100001", {"ticket_assignment": "agent"})),
    ("outbound to known user", [], call("b-out", "+15135557611", direction="outbound")),
    ("zendesk_user, calling from a new number", [], call("b-rem", "+15550300003", {"zendesk_user": "1002"})),
    ("zendesk_user, calling from their number", [], call("b-own", "+15550100002", {"zendesk_user": "1002"})),
    ("repeat caller from an added number", call("b-rem0", "+15550300003", {"zendesk_user": "1002"}),
     call("b-rem2", "+15550300003")),
    ("transfer found by a comment", call("b-c1", "+15550100002", {"zendesk_ticket": "7004"}),
     call("b-c2", "+15550100002", initial="b-c1")),
    ("customer_email (known address)", [], call("b-email", "+15550100002", {"customer_email": "brian@example.com"})),
    ("attributes changed during the call", [], call("b-attr", "+15550100001", {"tier": "gold"},
                                                    end_attrs={"tier": "platinum"})),
    ("Talk Partner Edition, known caller", [], call("b-tpe", "+15550100001"), "[zendesk]\ntalk_partner_edition = true\n"),
    ("agent mode: outbound to unknown number", [], call("b-aout", "+15550300005", {"ticket_assignment": "agent"},
                                                        direction="outbound")),
    ("agent mode: attach, recent_ticket_timeout 240", [],
     call("b-agent-r", "+15550100001", {"ticket_assignment": "agent", "recent_ticket_timeout": "240"},
          actions=[{"kind": "attach", "ticketId": 7001}])),
    ("agent mode: new user and ticket (the form)", [],
     call("b-agent-new", "+15550300006", {"ticket_assignment": "agent"},
          actions=[{"kind": "create_ticket", "userName": "Hedy Lamarr", "userEmail": "hedy@example.com",
                    "subject": "Frequency hopping"}])),
]


def replay(build_dir, url, lines, settings_text=""):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("\n".join(lines) + "\n")
    with tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False) as ini:
        ini.write(settings_text)
    try:
        subprocess.run([os.path.join(build_dir, "app", "callbridge", "callbridge"), "replay", "--settings",
                        ini.name, "--zendesk-url", url, "--zendesk-email", "agent@example.com", f.name],
                       env=dict(os.environ, CALLBRIDGE_ZENDESK_TOKEN="sandbox"), check=True,
                       stdout=subprocess.DEVNULL)
    finally:
        os.unlink(f.name)
        os.unlink(ini.name)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", "build"))
    p.add_argument("--json", action="store_true", help="print one JSON line per scenario")
    args = p.parse_args()
    sandbox = Sandbox(args.build_dir, "--index-lag", "0")
    results = []
    try:
        for name, setup, lines, *settings in SCENARIOS:
            settings_text = settings[0] if settings else ""
            sandbox.control("POST", "/sandbox/zendesk/reset")
            if setup:
                replay(args.build_dir, sandbox.url, setup, settings_text)
            before = sandbox.control("GET", "/sandbox/zendesk/requests")
            seen = len(before["requests"]) if isinstance(before, dict) else len(before)
            replay(args.build_dir, sandbox.url, lines, settings_text)
            log = sandbox.control("GET", "/sandbox/zendesk/requests")
            entries = (log["requests"] if isinstance(log, dict) else log)[seen:]
            counted = [r for r in entries if not r["path"].startswith("/api/v2/users/me")]
            kinds = Counter(r.get("endpoint") or "%s %s" % (r["method"], r["path"]) for r in counted)
            results.append((name, len(counted), kinds))
    finally:
        sandbox.stop()
    if args.json:
        for name, count, kinds in results:
            print(json.dumps({"scenario": name, "requests": count, "breakdown": dict(kinds)}))
        return 0
    print("%-40s %8s  %s" % ("scenario", "requests", "breakdown"))
    for name, count, kinds in results:
        print("%-40s %8d  %s" % (name, count, ", ".join("%s x%d" % (k, v) for k, v in sorted(kinds.items()))))
    known = dict((n, c) for n, c, _ in results)
    ok = known["known caller"] <= 3 and known["unknown caller"] <= 4
    print("targets (known <= 3, unknown <= 4): %s" % ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
