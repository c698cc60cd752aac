#!/usr/bin/env python3
"""Time to ticket: how long an agent waits, from answering a call to the call's ticket, in the desktop app (offscreen)
against the sandbox with injected latency on every Zendesk request. Two clocks:
  core:   the `connected` event reaching core → the linking outcome (`callbridge --trace` milestones);
  agent:  the sandbox's accept (the agent answers) → the outcome line on the app's output (adds the softphone's
          event path: CCP → Streams → bridge).
Scenarios: known caller, unknown caller, recent-ticket reuse, IVR ticket; each with the lookups prefetched while it
rings (pop_incoming, the default) and without (pop_incoming=false on the call). One round trip is measured in the same
run (GET /api/v2/users/me from this script). Target: known caller <= 1.2 round trips with prefetch.

  scripts/bench/time_to_ticket.py [--build-dir build] [--runs 7] [--latency-ms 100] [--json]
"""
import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
from sandboxctl import AUTH, Sandbox, TracedProcess  # noqa: E402

LINKED = {"ticket_created", "ticket_reused", "ticket_from_ivr", "ticket_transferred", "attached", "force_created"}
RING_SECONDS = 1.5  # long enough for the prefetch (three lookups at ~100 ms) to finish before the answer


class App(TracedProcess):
    """callbridge --sandbox URL --trace, offscreen; its stdout lines in a queue with the time they arrived."""

    def __init__(self, build_dir, url, env=None):
        exe = os.path.join(build_dir, "app", "callbridge", "callbridge")
        env = dict(env or os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1",
                   QT_LOGGING_RULES="*.debug=false;*.info=false")
        self.name = "the app"
        self.started = time.monotonic()  # the process start, for start-up times that include loading
        self.proc = subprocess.Popen([exe, "--sandbox", url, "--trace"], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True, env=env)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            try:
                self.lines.put((time.monotonic(), json.loads(line)))
            except ValueError:
                pass


def place(sandbox, body):
    for _ in range(300):  # the CCP answers 409 while the agent is not free yet
        try:
            return sandbox.control("POST", "/sandbox/calls", body)["contactId"]
        except urllib.error.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("the sandbox would not place a call")


def one_call(sandbox, app, body):
    cid = place(sandbox, body)
    app.wait(lambda l: l.get("trace") == "event" and l.get("contactId") == cid and l.get("kind") == "connecting")
    time.sleep(RING_SECONDS)
    accepted = time.monotonic()
    sandbox.control("POST", f"/sandbox/contacts/{cid}/accept")
    connected_ms = None
    while True:
        at, line = app.wait(lambda l: l.get("contactId") == cid)
        if line.get("trace") == "event" and line.get("kind") == "connected":
            connected_ms = line["ms"]
        elif line.get("outcome") in LINKED:
            outcome_at, outcome_ms = at, line["ms"]
            break
        elif line.get("outcome") in ("failed", "nothing"):
            raise RuntimeError(f"{cid}: {line}")
    sandbox.control("POST", f"/sandbox/contacts/{cid}/hangup")
    app.wait(lambda l: l.get("contactId") == cid and l.get("outcome") in ("details_appended", "failed"))
    sandbox.control("POST", f"/sandbox/contacts/{cid}/clear")
    return outcome_ms - connected_ms, (outcome_at - accepted) * 1000.0


def round_trip_ms(sandbox, runs):
    samples = []
    for _ in range(runs):
        req = urllib.request.Request(sandbox.url + "/api/v2/users/me", headers={"Authorization": AUTH})
        start = time.monotonic()
        with urllib.request.urlopen(req, timeout=30) as r:
            r.read()
        samples.append((time.monotonic() - start) * 1000.0)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", "build"))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON lines")
    args = parser.parse_args()

    sandbox = Sandbox(args.build_dir, "--index-lag", "0", "--latency-ms", str(args.latency_ms - 10),
                      "--jitter-ms", "20", "--seed", "3")
    app = App(args.build_dir, sandbox.url)
    rows = []
    try:
        app.wait(lambda l: l.get("trace") == "zendesk_ready", timeout=120)
        app.wait(lambda l: l.get("trace") == "softphone_ready", timeout=120)
        rtt = round_trip_ms(sandbox, 15)
        counter = [0]

        def unknown(attrs):
            counter[0] += 1
            return {"from": "+1555031%04d" % counter[0], "attributes": attrs}

        scenarios = [
            ("known caller", lambda a: {"from": "+15550100001", "attributes": a}),
            ("unknown caller", unknown),
            ("recent ticket reused", lambda a: {"from": "+442079460958", "attributes": dict(a, recent_ticket_timeout="600")}),
            ("IVR ticket", lambda a: {"from": "+15550100002", "attributes": dict(a, zendesk_ticket="7004")}),
        ]
        # The first recent-ticket call creates the ticket the others reuse.
        one_call(sandbox, app, {"from": "+442079460958", "attributes": {}})
        for name, body in scenarios:
            for prefetch in (True, False):
                attrs = {} if prefetch else {"pop_incoming": "false"}
                core, agent = [], []
                for _ in range(args.runs):
                    c, a = one_call(sandbox, app, body(attrs))
                    core.append(c)
                    agent.append(a)
                rows.append({"scenario": name, "prefetch": prefetch, "runs": args.runs, "round_trip_ms": rtt,
                             "core_median_ms": statistics.median(core), "core_min_ms": min(core),
                             "core_max_ms": max(core), "agent_median_ms": statistics.median(agent),
                             "agent_min_ms": min(agent), "agent_max_ms": max(agent)})
    finally:
        app.stop()
        sandbox.stop()

    if args.json:
        for r in rows:
            print(json.dumps(r))
        return
    print(f"time to ticket, {args.runs} calls each; one round trip (median of 15) = {rtt:.0f} ms")
    print(f"{'scenario':<24}{'prefetch':<10}{'core ms (min-max)':>24}{'× RTT':>8}{'agent ms (min-max)':>26}{'× RTT':>8}")
    for r in rows:
        print(f"{r['scenario']:<24}{'yes' if r['prefetch'] else 'no':<10}"
              f"{r['core_median_ms']:>9.0f} ({r['core_min_ms']:.0f}-{r['core_max_ms']:.0f}){'':>3}"
              f"{r['core_median_ms'] / rtt:>8.2f}"
              f"{r['agent_median_ms']:>11.0f} ({r['agent_min_ms']:.0f}-{r['agent_max_ms']:.0f}){'':>3}"
              f"{r['agent_median_ms'] / rtt:>8.2f}")


if __name__ == "__main__":
    main()
