#!/usr/bin/env python3
"""Runs every benchmark and prints one table: median, min, max, the reference measured in the same run, the ratio to
it, and the target. Machines are noisy: compare ratios within one run, not figures across runs.

  scripts/bench/run.py [--build-dir build] [--quick] [--memory-runs N]
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PLANS = [("Team", 200), ("Professional", 400), ("Enterprise", 700), ("High Volume API add-on", 2500)]
CALLS_PER_AGENT_HOUR = 12  # one call every five minutes, talk and wrap-up included


def run_json(args):
    out = subprocess.run([sys.executable, *args], check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def journal_rows(build_dir, quick):
    exe = os.path.join(build_dir, "bench", "journal_bench")
    contacts = "20000" if quick else "100000"
    out = subprocess.run([exe, "--contacts", contacts, "--runs", "5" if quick else "11"], check=True,
                         capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        m = re.match(r"^(.{32}) +(\S+) +(\d+) +([0-9.]+)", line)
        if m and m.group(1).strip() != "query":
            rows.append((m.group(1).strip(), float(m.group(4))))
    return contacts, rows


class Table:
    def __init__(self):
        self.rows = []

    def add(self, metric, median, low=None, high=None, reference=None, target=None, unit=""):
        self.rows.append((metric, median, low, high, reference, target, unit))

    def print(self):
        width = max(len(r[0]) for r in self.rows) + 2
        print(f"{'benchmark':<{width}}{'median':>10}{'min':>9}{'max':>9}{'reference':>11}{'ratio':>8}  target")
        for metric, median, low, high, reference, target, unit in self.rows:
            def num(v):
                return "" if v is None else (f"{v:.0f}" if abs(v) >= 100 else f"{v:.2f}")
            ratio = "" if reference in (None, 0) else f"{median / reference:.2f}"
            print(f"{metric:<{width}}{num(median) + unit:>10}{num(low):>9}{num(high):>9}{num(reference):>11}{ratio:>8}"
                  f"  {target or ''}")


def footprint_rows(table, build_args, quick, memory_runs):
    """Start-up, memory and idle CPU of the desktop app, beside Chromium showing the same page (desktop_footprint.py)."""
    calls = 20 if quick else 100
    fp = run_json([os.path.join(HERE, "desktop_footprint.py"), *build_args, "--json",
                   "--launches", "2" if quick else "7", "--memory-runs", str(memory_runs or (1 if quick else 3)),
                   "--calls", str(calls), "--idle-seconds", "10" if quick else "60"])[0]
    app, ref = fp["app"], fp["reference"]
    if fp.get("reference_skipped"):
        print(f"note: {fp['reference_skipped']}; the reference column stays empty", file=sys.stderr)

    def add(metric, s, reference=None, target=None, unit=""):
        table.add(metric, s["median"], s["min"], s["max"], None if reference is None else reference["median"],
                  target, unit)

    for profile in ("cold", "warm"):
        a = app[f"startup_{profile}"]
        r = ref[f"startup_{profile}"] if ref else None
        add(f"start-up to signed in to Zendesk ({profile} profile)", a["zendesk_ms"], target="<= 1500 ms",
            unit=" ms")
        add(f"start-up to softphone ready ({profile} profile)", a["softphone_ms"], r and r["softphone_ms"],
            "<= 1500 ms", " ms")
    am, rm = app["memory"], ref["memory"] if ref else None
    for key, label in (("after_start", "after start"), ("after_10", "after 10 calls"),
                       ("after_calls", f"after {calls} calls")):
        for kind in ("pss", "rss"):
            name = f"{kind}_{key}_mib"
            add(f"{kind.upper()} {label}, all processes", am[name], rm and rm[name], "<= 1.2 × reference",
                " MiB")
    add(f"PSS after {calls} / after 10 calls", am["pss_growth_ratio"], rm and rm["pss_growth_ratio"],
        "<= 1.02 (noise)")
    add("idle CPU, % of one core", am["idle_cpu_percent"], rm and rm["idle_cpu_percent"], "<= 0.5 %")


def team_review_rows(table, build_args, quick):
    """The review queries over a team database of a million contacts (100,000 with --quick), through the code the
    review window uses: scripts/bench/team_review.py, one JSON line per query."""
    review = run_json([os.path.join(HERE, "team_review.py"), *build_args, "--json", "--runs", "3" if quick else "11",
                       "--contacts", "100000" if quick else "1000000"])
    for r in review:
        table.add(f"team review ({r['contacts']:,} contacts): {r['query']}", r["median_ms"], target="<= 100 ms",
                  unit=" ms")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", os.path.join(ROOT, "build")))
    parser.add_argument("--quick", action="store_true", help="fewer runs and calls: a smoke test of the benchmarks")
    parser.add_argument("--memory-runs", type=int, default=0,
                        help="app and browser runs of --calls calls and the idle minute (default 3; 1 with --quick)")
    args = parser.parse_args()
    b = ["--build-dir", args.build_dir]
    table = Table()

    ttt = run_json([os.path.join(HERE, "time_to_ticket.py"), *b, "--runs", "3" if args.quick else "9", "--json"])
    for r in ttt:
        name = f"time to ticket, {r['scenario']}, {'prefetch' if r['prefetch'] else 'no prefetch'}"
        target = "<= 1.2 RTT" if r["scenario"] == "known caller" and r["prefetch"] else None
        table.add(name + " (core)", r["core_median_ms"], r["core_min_ms"], r["core_max_ms"], r["round_trip_ms"],
                  target, " ms")
        table.add(name + " (agent)", r["agent_median_ms"], r["agent_min_ms"], r["agent_max_ms"], r["round_trip_ms"],
                  None, " ms")

    budget = run_json([os.path.join(HERE, "api_budget.py"), *b, "--json"])
    per_call = {r["scenario"]: r["requests"] for r in budget}
    for r in budget:
        target = {"known caller": "<= 3", "unknown caller": "<= 4"}.get(r["scenario"])
        table.add(f"requests per call, {r['scenario']}", r["requests"], target=target)

    footprint_rows(table, b, args.quick, args.memory_runs)
    contacts, jrows = journal_rows(args.build_dir, args.quick)
    for name, ms in jrows:
        table.add(f"journal ({contacts} contacts): {name}", ms, unit=" ms")

    team_review_rows(table, b, args.quick)

    known = per_call.get("known caller", 3)
    for plan, per_minute in PLANS:
        agents = per_minute * 60 / (known * CALLS_PER_AGENT_HOUR)
        table.add(f"agents per account at {per_minute}/min ({plan}), known callers", agents,
                  target=f"{CALLS_PER_AGENT_HOUR} calls/agent-hour")
    table.print()


if __name__ == "__main__":
    main()
