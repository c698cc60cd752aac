#!/usr/bin/env python3
"""Fault soak: replays many contacts against a local Zendesk that faults a share of requests (429 with Retry-After,
500, 503, reset connections, timeouts), SIGKILLs the replay at random points and starts it again on the same journal,
then checks the Zendesk it wrote to. Prints contacts, requests, faults, kills, records lost and duplicates; exits
non-zero when anything was lost or duplicated.

  scripts/bench/fault_soak.py --contacts 1000 --fault-rate 0.25 --kills 12
"""
import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(__file__))
from sandboxctl import Sandbox  # noqa: E402

KNOWN = ["+15550100001", "+15550100002", "+442079460958", "+15135557611"]
AGENT = {"name": "Soak Agent", "username": "soak", "routingProfile": "Basic", "extension": "softphone"}


def make_contacts(n, rng):
    """Returns (event lines, expectations). Every answered contact must end up linked with its end-of-call details."""
    pool = ["+1555020%04d" % i for i in range(max(4, n // 4))]  # unknown callers, many of them call twice
    t = datetime(2026, 11, 25, 8, 0, tzinfo=timezone.utc)
    lines, expected = [], []
    last_inbound = None
    for i in range(n):
        cid = "soak-%05d" % i
        r = rng.random()
        attrs, initial, phone, kind = {}, cid, None, "inbound"
        if r < 0.35:
            phone = rng.choice(KNOWN)
            if rng.random() < 0.3:
                attrs["recent_ticket_timeout"] = "30"
        elif r < 0.75:
            phone = rng.choice(pool)
        elif r < 0.85 and last_inbound:
            initial, phone = last_inbound
            kind = "transfer"
        elif r < 0.90:
            phone = "anonymous"
        elif r < 0.95:
            phone = rng.choice(pool)
            attrs["ticket_assignment"] = "agent"
        else:
            phone = rng.choice(KNOWN)
            kind = "missed"
        if rng.random() < 0.2:
            attrs["voice_comment"] = "false"
        contact = {"contactId": cid, "initialContactId": initial, "type": "voice", "direction": "inbound",
                   "initiationMethod": "transfer" if kind == "transfer" else "inbound", "customerPhone": phone,
                   "systemPhone": "+18005550100", "queue": {"name": "Support", "arn": "q"}, "monitoring": False,
                   "attributes": attrs}

        def event(name, seconds):
            nonlocal t
            t += timedelta(seconds=seconds)
            lines.append(json.dumps({"event": name, "at": t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                                     "contact": contact, "agent": AGENT}, separators=(",", ":")))
            return t

        event("connecting", 30)
        if kind == "missed":
            event("missed", 15)
            event("destroyed", 1)
            continue
        connected = event("connected", 5)
        event("ended", 20 + rng.randrange(300))
        event("destroyed", 10)
        expected.append({"contactId": cid, "callId": initial, "phone": phone,
                         "startedAt": connected.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                         "voice": attrs.get("voice_comment") != "false"})
        if kind == "inbound" and phone != "anonymous":
            last_inbound = (cid, phone)
    return lines, expected


def run_with_kills(args, events_path, journal, url, rng):
    cmd = [os.path.join(args.build_dir, "app", "callbridge", "callbridge"), "replay", "--settings", os.devnull,
           "--journal", journal, "--zendesk-url", url, "--zendesk-email", "agent@example.com",
           "--zendesk-timeout-ms", str(args.timeout_ms), "--retry-base-ms", str(args.retry_base_ms),
           "--retry-max-ms", str(args.retry_max_ms), events_path]
    env = dict(os.environ, CALLBRIDGE_ZENDESK_TOKEN="sandbox", QT_LOGGING_RULES="*.info=false")
    kills, runs = 0, 0
    log = open(journal + ".stderr", "w")
    deadline = time.monotonic() + args.max_seconds
    while True:
        runs += 1
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log)
        if kills < args.kills:
            try:
                proc.wait(timeout=rng.uniform(0.2, args.kill_window))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                kills += 1
                continue
        try:
            code = proc.wait(timeout=max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            raise SystemExit("soak: the replay did not finish within --max-seconds")
        if code in (0, 3):
            return kills, runs, code
        log.close()
        with open(journal + ".stderr") as f:
            tail = f.read()[-2000:]
        raise SystemExit("soak: replay exited with %d; its last messages:\n%s" % (code, tail))


def all_pages(sandbox, path, key):
    items, page = [], 1
    while True:
        body = sandbox.api("%s?per_page=100&page=%d" % (path, page))
        items += body[key]
        if not body.get("next_page"):
            return items
        page += 1


def verify(sandbox, expected):
    sandbox.calm()
    tickets = all_pages(sandbox, "/api/v2/tickets", "tickets")
    ours = [t for t in tickets if "callbridge" in (t.get("tags") or []) and not t.get("via_followup_source_id")]
    per_call = Counter(t.get("external_id") for t in ours)
    duplicate_tickets = sum(c - 1 for c in per_call.values() if c > 1)

    markers, voices = Counter(), Counter()
    for t in tickets:
        for c in sandbox.api("/api/v2/tickets/%d/comments?per_page=100" % t["id"])["comments"]:
            for m in re.findall(r"\[callbridge:(cb-[^\]]+)\]", c.get("body") or ""):
                markers[m] += 1
            data = c.get("data") or {}
            if c.get("type") == "VoiceComment":
                voices[(data.get("started_at"), re.sub(r"\D", "", data.get("from") or ""))] += 1
    duplicate_comments = sum(v - 1 for v in markers.values() if v > 1) + sum(v - 1 for v in voices.values() if v > 1)
    for key, count in list(markers.items()) + list(voices.items()):
        if count > 1:
            print("duplicate comment: %s x%d" % (key, count))
    linked_twice = [c for c in {m.rsplit("-", 1)[0] for m in markers}
                    if markers.get(c + "-ticket") and markers.get(c + "-details")]
    for c in linked_twice:
        print("contact linked twice (ticket and details): %s" % c)
    duplicate_comments += len(linked_twice)

    lost = 0
    for e in expected:
        cid = e["contactId"]
        linked = any(markers.get("cb-%s-%s" % (cid, step)) for step in ("ticket", "details", "details-followup"))
        if e["voice"]:
            digits = re.sub(r"\D", "", e["phone"]) if e["phone"] != "anonymous" else ""
            ended = any(k[0] == e["startedAt"] and (not digits or k[1] == digits) for k in voices)
        else:
            ended = bool(markers.get("cb-%s-end" % cid) or markers.get("cb-%s-end-followup" % cid))
        if not (linked and ended):
            lost += 1

    users = all_pages(sandbox, "/api/v2/users", "users")
    per_phone = Counter(re.sub(r"\D", "", u.get("phone") or "") for u in users
                        if u.get("id", 0) > 1007 and u.get("phone"))
    duplicate_users = sum(c - 1 for c in per_phone.values() if c > 1)
    return lost, duplicate_tickets, duplicate_users, duplicate_comments


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", "build"))
    p.add_argument("--contacts", type=int, default=1000)
    p.add_argument("--fault-rate", type=float, default=0.25)
    p.add_argument("--kills", type=int, default=10)
    p.add_argument("--kill-window", type=float, default=3.0, help="max seconds before a kill")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--timeout-ms", type=int, default=400, help="the replay's per-request timeout")
    p.add_argument("--retry-base-ms", type=int, default=20, help="first wait of every retry in the replay")
    p.add_argument("--retry-max-ms", type=int, default=2000, help="longest wait of every retry in the replay")
    p.add_argument("--index-lag", type=int, default=60)
    p.add_argument("--max-seconds", type=int, default=1500)
    args = p.parse_args()

    rng = random.Random(args.seed)
    lines, expected = make_contacts(args.contacts, rng)
    sandbox = Sandbox(args.build_dir, "--fault-rate", str(args.fault_rate), "--fault-kinds",
                      "429,500,503,reset,timeout", "--seed", str(args.seed), "--index-lag", str(args.index_lag))
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            events_path = os.path.join(tmp, "events.jsonl")
            with open(events_path, "w") as f:
                f.write("\n".join(lines) + "\n")
            kills, runs, code = run_with_kills(args, events_path, os.path.join(tmp, "journal.sqlite"),
                                               sandbox.url, rng)
            stats = sandbox.stats()
            lost, dup_tickets, dup_users, dup_comments = verify(sandbox, expected)
    finally:
        sandbox.stop()
    elapsed = time.monotonic() - started
    rows = [("contacts", args.contacts), ("answered contacts checked", len(expected)),
            ("requests", stats["total"]), ("faults injected", stats["faults"]),
            ("fault share", "%.1f%%" % (100.0 * stats["faults"] / max(1, stats["total"]))),
            ("kills (SIGKILL)", kills), ("replay runs", runs), ("final exit code", code),
            ("call records lost", lost), ("duplicate tickets", dup_tickets), ("duplicate users", dup_users),
            ("duplicate comments", dup_comments), ("wall time", "%.0f s" % elapsed)]
    for name, value in rows:
        print("%-28s %s" % (name, value))
    print("fault kinds: %s" % json.dumps(stats.get("byFault", {}), sort_keys=True))
    bad = lost or dup_tickets or dup_users or dup_comments or code != 0
    print("RESULT: %s" % ("FAIL" if bad else "OK"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
