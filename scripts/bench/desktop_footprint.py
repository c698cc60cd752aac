#!/usr/bin/env python3
"""What the desktop app costs, beside a reference measured in the same run: Debian's Chromium (headless) showing the
same host page against the same sandbox (browser_reference.py). The app runs offscreen against the sandbox.
  start-up: process start (this script's Popen) → "signed in to Zendesk" and → "softphone ready" (Streams initialised
            with the CCP: the page's first agent state), from the app's --trace milestones as they arrive. Cold: a
            fresh HOME (XDG config, data and cache) for every launch; warm: one HOME reused after a first launch.
            Sandbox sessions use an off-the-record web profile, so the web profile is empty either way. The
            browser's start-up to its page's first agent state is measured the same way (fresh or reused
            --user-data-dir).
  memory:   RSS and PSS (/proc/<pid>/smaps_rollup) summed over the whole process tree — the app and every
            QtWebEngineProcess, the browser and every renderer, zygote and GPU process — after start, after 10 and
            after --calls calls (each the median of three samples a second apart).
  idle CPU: user+system time of the process tree over --idle-seconds, as a share of one core.
Calls are paced like an agent's: each waits for the events the page reports, then 0.6 s (the bridge rate-limits a
page that floods it). Targets: start-up <= 1.5 s; app <= 1.2 × the browser's memory; no growth between 10 and 100
calls beyond noise; idle CPU <= 0.5 %.

  scripts/bench/desktop_footprint.py [--build-dir build] [--launches 5] [--memory-runs 1] [--calls 100]
                                     [--idle-seconds 60] [--no-reference] [--json]
"""
import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from browser_reference import INSTALL_HINT, BrowserPage, find_browser, new_profile_dir  # noqa: E402
from sandboxctl import Sandbox  # noqa: E402
from time_to_ticket import App, place  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
PACE_SECONDS = 0.6  # an agent's pace, not a flood: the bridge rate-limits a page that floods it


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


def memory_kb_once(pid):
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


def memory_kb(pid, samples=3):
    taken = []
    for i in range(samples):
        if i:
            time.sleep(1)
        taken.append(memory_kb_once(pid))
    return [statistics.median(t[0] for t in taken), statistics.median(t[1] for t in taken)]


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


def event(cid, kind):
    return lambda l: l.get("trace") == "event" and l.get("contactId") == cid and l.get("kind") == kind


def app_call(sandbox, app, n):
    cid = place(sandbox, {"from": "+1555032%04d" % (n % 10000), "attributes": {"order": f"A-{n}"}})
    app.wait(event(cid, "connecting"))
    sandbox.control("POST", f"/sandbox/contacts/{cid}/accept")
    app.wait(lambda l: l.get("contactId") == cid and l.get("outcome") == "ticket_created")
    sandbox.control("POST", f"/sandbox/contacts/{cid}/hangup")
    app.wait(lambda l: l.get("contactId") == cid and l.get("outcome") == "details_appended")
    sandbox.control("POST", f"/sandbox/contacts/{cid}/clear")
    time.sleep(PACE_SECONDS)


def browser_call(sandbox, page, n):
    """The same call as app_call; the page has no Zendesk, so each step waits for the page's own event."""
    cid = place(sandbox, {"from": "+1555032%04d" % (n % 10000), "attributes": {"order": f"A-{n}"}})
    page.wait(event(cid, "connecting"))
    sandbox.control("POST", f"/sandbox/contacts/{cid}/accept")
    page.wait(event(cid, "connected"))
    sandbox.control("POST", f"/sandbox/contacts/{cid}/hangup")
    page.wait(event(cid, "ended"))
    sandbox.control("POST", f"/sandbox/contacts/{cid}/clear")
    page.wait(event(cid, "destroyed"))
    time.sleep(PACE_SECONDS)


def app_env(home):
    return dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                XDG_DATA_HOME=os.path.join(home, ".local", "share"), XDG_CACHE_HOME=os.path.join(home, ".cache"))


def launch_app(build_dir, url, home):
    app = App(build_dir, url, env=app_env(home))
    zendesk = app.wait(lambda l: l.get("trace") == "zendesk_ready", timeout=120)[0] - app.started
    softphone = app.wait(lambda l: l.get("trace") == "softphone_ready", timeout=120)[0] - app.started
    return app, {"zendesk_ms": zendesk * 1000.0, "softphone_ms": softphone * 1000.0}


def launch_browser(url, profile):
    page = BrowserPage(url, profile)
    softphone = page.wait(lambda l: l.get("trace") == "softphone_ready", timeout=120)[0] - page.started
    return page, {"softphone_ms": softphone * 1000.0}


def summary(samples):
    out = {}
    for key in samples[0]:
        values = [s[key] for s in samples]
        out[key] = {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}
    return out


def startup(launches, start_one):
    """Cold and warm launches, alternated so that both see the same machine: (cold summary, warm summary)."""
    cold, warm = [], []
    warm_dir = tempfile.mkdtemp(prefix="callbridge-bench-warm-")
    try:
        start_one(warm_dir)[0].stop()  # the first launch fills the warm profile
        for _ in range(launches):
            for dirs, samples in ((None, cold), (warm_dir, warm)):
                fresh = dirs or tempfile.mkdtemp(prefix="callbridge-bench-cold-")
                proc, times = start_one(fresh)
                proc.stop()
                samples.append(times)
                if not dirs:
                    shutil.rmtree(fresh, ignore_errors=True)
    finally:
        shutil.rmtree(warm_dir, ignore_errors=True)
    return summary(cold), summary(warm)


def footprint(proc, call, calls, idle_seconds):
    """Memory after start, after 10 and after `calls` calls, then idle CPU, of one running app or browser."""
    result = {"processes": len(tree(proc.proc.pid))}
    time.sleep(2)
    result["after_start_kb"] = memory_kb(proc.proc.pid)
    for n in range(calls):
        call(n)
        if n + 1 == 10:
            time.sleep(2)
            result["after_10_kb"] = memory_kb(proc.proc.pid)
    time.sleep(2)
    result["after_calls_kb"] = memory_kb(proc.proc.pid)
    result["processes_after_calls"] = len(tree(proc.proc.pid))
    before, start = cpu_seconds(proc.proc.pid), time.monotonic()
    time.sleep(idle_seconds)
    result["idle_cpu_percent"] = 100.0 * (cpu_seconds(proc.proc.pid) - before) / (time.monotonic() - start)
    return result


def memory_summary(runs):
    keys = ["after_start_kb", "after_10_kb", "after_calls_kb"]
    out = {"runs": len(runs), "processes": runs[0]["processes"],
           "processes_after_calls": runs[0]["processes_after_calls"]}
    for key in keys:
        for i, kind in enumerate(("rss", "pss")):
            values = [r[key][i] / 1024 for r in runs]
            out[f"{kind}_{key.replace('_kb', '')}_mib"] = {"median": statistics.median(values), "min": min(values),
                                                           "max": max(values)}
    growth = [r["after_calls_kb"][1] / r["after_10_kb"][1] for r in runs]
    out["pss_growth_ratio"] = {"median": statistics.median(growth), "min": min(growth), "max": max(growth)}
    cpu = [r["idle_cpu_percent"] for r in runs]
    out["idle_cpu_percent"] = {"median": statistics.median(cpu), "min": min(cpu), "max": max(cpu)}
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", "build"))
    parser.add_argument("--launches", type=int, default=5, help="cold and warm launches each")
    parser.add_argument("--memory-runs", type=int, default=1, help="memory and idle runs each (with --calls calls)")
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--idle-seconds", type=float, default=60)
    parser.add_argument("--no-reference", action="store_true", help="skip the Chromium reference")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    reference = not args.no_reference and find_browser() is not None
    result = {"calls": args.calls, "idle_seconds": args.idle_seconds, "reference": None}
    if not reference and not args.no_reference:
        result["reference_skipped"] = f"no Chromium reference: {INSTALL_HINT}"
        print(f"desktop_footprint: {result['reference_skipped']}", file=sys.stderr)

    sandbox = Sandbox(args.build_dir, "--index-lag", "0")
    try:
        cold, warm = startup(args.launches, lambda home: launch_app(args.build_dir, sandbox.url, home))
        result["app"] = {"startup_cold": cold, "startup_warm": warm}
        runs = []
        for _ in range(args.memory_runs):
            home = tempfile.mkdtemp(prefix="callbridge-bench-run-")
            app, _ = launch_app(args.build_dir, sandbox.url, home)
            try:
                runs.append(footprint(app, lambda n: app_call(sandbox, app, n), args.calls, args.idle_seconds))
            finally:
                app.stop()
                shutil.rmtree(home, ignore_errors=True)
        result["app"]["memory"] = memory_summary(runs)

        if reference:
            cold, warm = startup(args.launches, lambda profile: launch_browser(sandbox.url, profile))
            result["reference"] = {"name": "chromium --headless", "startup_cold": cold, "startup_warm": warm}
            runs = []
            for _ in range(args.memory_runs):
                profile = new_profile_dir()
                page, _ = launch_browser(sandbox.url, profile)
                try:
                    runs.append(footprint(page, lambda n: browser_call(sandbox, page, n), args.calls,
                                          args.idle_seconds))
                finally:
                    page.stop()
                    shutil.rmtree(profile, ignore_errors=True)
            result["reference"]["memory"] = memory_summary(runs)
    finally:
        sandbox.stop()

    if args.json:
        print(json.dumps(result))
        return
    print_report(result)


def print_report(result):
    def stat(s, unit):
        return f"{s['median']:8.1f}{unit} ({s['min']:.1f}-{s['max']:.1f})"

    sides = [("app", result["app"])] + ([("chromium", result["reference"])] if result["reference"] else [])
    for name, side in sides:
        for profile in ("cold", "warm"):
            s = side[f"startup_{profile}"]
            line = f"{name:<9} start-up ({profile}, {s['softphone_ms']['n']} launches): softphone ready " \
                   f"{stat(s['softphone_ms'], ' ms')}"
            if "zendesk_ms" in s:
                line += f", signed in to Zendesk {stat(s['zendesk_ms'], ' ms')}"
            print(line)
    for name, side in sides:
        m = side["memory"]
        print(f"{name:<9} processes: {m['processes']} at start, {m['processes_after_calls']} after the calls")
        for key, label in (("after_start", "after start"), ("after_10", "after 10 calls"),
                           ("after_calls", f"after {result['calls']} calls")):
            print(f"{name:<9} {label:<16} RSS {stat(m[f'rss_{key}_mib'], ' MiB')}   "
                  f"PSS {stat(m[f'pss_{key}_mib'], ' MiB')}")
        print(f"{name:<9} PSS after {result['calls']} / after 10 calls: {m['pss_growth_ratio']['median']:.3f}")
        print(f"{name:<9} idle CPU over {result['idle_seconds']:.0f} s: {m['idle_cpu_percent']['median']:.2f} % "
              f"of one core")
    if result.get("reference_skipped"):
        print(result["reference_skipped"])


if __name__ == "__main__":
    main()
