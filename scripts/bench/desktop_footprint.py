#!/usr/bin/env python3
"""What the desktop app costs: start-up time, memory (RSS and PSS summed over the app and every QtWebEngineProcess
it starts) after start, after 10 and after 100 calls, and CPU while idle — the app offscreen against the sandbox.
  start-up: process start → "signed in to Zendesk" and → "softphone ready" (Streams initialised with the CCP),
            from the app's own --trace milestones; the first launch of the run and the following (warm) ones.
            Sandbox sessions use an off-the-record web profile, so every launch starts with an empty one.
  memory:   /proc/<pid>/smaps_rollup of the whole process tree.
  idle CPU: user+system time of the process tree over --idle-seconds, as a share of one core.
Targets: start-up <= 1.5 s; no growth between 10 and 100 calls beyond noise; idle CPU <= 0.5 %.

  scripts/bench/desktop_footprint.py [--build-dir build] [--launches 5] [--calls 100] [--idle-seconds 60] [--json]
"""
import argparse
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from sandboxctl import Sandbox  # noqa: E402
from time_to_ticket import App, place  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")


def tree(pid):
    """pid and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def memory_kb(pid):
    rss = pss = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def cpu_seconds(pid):
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except OSError:
            pass
    return total / CLK_TCK


def quick_call(sandbox, app, n):
    cid = place(sandbox, {"from": "+1555032%04d" % (n % 10000), "attributes": {"order": f"A-{n}"}})
    app.wait(lambda l: l.get("trace") == "event" and l.get("contactId") == cid and l.get("kind") == "connecting")
    sandbox.control("POST", f"/sandbox/contacts/{cid}/accept")
    app.wait(lambda l: l.get("contactId") == cid and l.get("outcome") == "ticket_created")
    sandbox.control("POST", f"/sandbox/contacts/{cid}/hangup")
    app.wait(lambda l: l.get("contactId") == cid and l.get("outcome") == "details_appended")
    sandbox.control("POST", f"/sandbox/contacts/{cid}/clear")
    time.sleep(0.6)  # an agent's pace, not a flood: the bridge rate-limits a page that floods it


def launch(build_dir, url):
    app = App(build_dir, url)
    zendesk = app.wait(lambda l: l.get("trace") == "zendesk_ready", timeout=120)[1]["ms"]
    softphone = app.wait(lambda l: l.get("trace") == "softphone_ready", timeout=120)[1]["ms"]
    return app, zendesk, softphone


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", "build"))
    parser.add_argument("--launches", type=int, default=5)
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--idle-seconds", type=float, default=60)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    sandbox = Sandbox(args.build_dir, "--index-lag", "0")
    result = {}
    try:
        starts = []
        for i in range(args.launches):
            app, zendesk, softphone = launch(args.build_dir, sandbox.url)
            starts.append((zendesk, softphone))
            if i < args.launches - 1:
                app.stop()
        result["startup_first"] = {"zendesk_ms": starts[0][0], "softphone_ms": starts[0][1]}
        warm = starts[1:] or starts
        result["startup_warm"] = {"zendesk_ms": statistics.median(s[0] for s in warm),
                                  "softphone_ms": statistics.median(s[1] for s in warm),
                                  "softphone_min_ms": min(s[1] for s in warm),
                                  "softphone_max_ms": max(s[1] for s in warm), "launches": len(warm)}
        time.sleep(2)
        pid = app.proc.pid
        result["processes"] = len(tree(pid))
        result["memory_after_start_kb"] = memory_kb(pid)
        for n in range(args.calls):
            quick_call(sandbox, app, n)
            if n + 1 == 10:
                time.sleep(2)
                result["memory_after_10_calls_kb"] = memory_kb(pid)
        time.sleep(2)
        result[f"memory_after_{args.calls}_calls_kb"] = memory_kb(pid)
        before = cpu_seconds(pid)
        start = time.monotonic()
        time.sleep(args.idle_seconds)
        result["idle_cpu_percent"] = 100.0 * (cpu_seconds(pid) - before) / (time.monotonic() - start)
        app.stop()
    finally:
        sandbox.stop()

    if args.json:
        print(json.dumps(result))
        return
    first, warm = result["startup_first"], result["startup_warm"]
    print(f"start-up (first launch): signed in {first['zendesk_ms']} ms, softphone ready {first['softphone_ms']} ms")
    print(f"start-up (warm, median of {warm['launches']}): signed in {warm['zendesk_ms']:.0f} ms, softphone ready "
          f"{warm['softphone_ms']:.0f} ms ({warm['softphone_min_ms']}-{warm['softphone_max_ms']})")
    print(f"processes: {result['processes']} (the app and its QtWebEngineProcess children)")
    for key in [k for k in result if k.startswith("memory_")]:
        rss, pss = result[key]
        print(f"{key.replace('_kb', '').replace('_', ' '):<28} RSS {rss / 1024:7.1f} MiB   PSS {pss / 1024:7.1f} MiB")
    print(f"idle CPU over {args.idle_seconds:.0f} s: {result['idle_cpu_percent']:.2f} % of one core")


if __name__ == "__main__":
    main()
