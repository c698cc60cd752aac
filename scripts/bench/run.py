#!/usr/bin/env python3
"""Runs every benchmark and prints one table: median, min, max, the reference measured in the same run, the ratio to
it, and the target. Machines are noisy: compare ratios within one run, not figures across runs.

  scripts/bench/run.py [--build-dir build] [--quick]
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
        print(f"{'benchmark':<52}{'median':>10}{'min':>9}{'max':>9}{'reference':>11}{'ratio':>8}  target")
        for metric, median, low, high, reference, target, unit in self.rows:
            def num(v):
                return "" if v is None else (f"{v:.0f}" if abs(v) >= 100 else f"{v:.2f}")
            ratio = "" if reference in (None, 0) else f"{median / reference:.2f}"
            print(f"{metric:<52}{num(median) + unit:>10}{num(low):>9}{num(high):>9}{num(reference):>11}{ratio:>8}"
                  f"  {target or ''}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", os.path.join(ROOT, "build")))
    parser.add_argument("--quick", action="store_true", help="fewer runs and calls: a smoke test of the benchmarks")
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

    fp = run_json([os.path.join(HERE, "desktop_footprint.py"), *b, "--json", "--launches", "3" if args.quick else "7",
                   "--calls", "20" if args.quick else "100", "--idle-seconds", "10" if args.quick else "60"])[0]
    calls = 20 if args.quick else 100
    table.add("start-up to signed in to Zendesk (warm)", fp["startup_warm"]["zendesk_ms"], target="", unit=" ms")
    table.add("start-up to softphone ready (warm)", fp["startup_warm"]["softphone_ms"],
              fp["startup_warm"]["softphone_min_ms"], fp["startup_warm"]["softphone_max_ms"], target="<= 1500 ms",
              unit=" ms")
    table.add("start-up to softphone ready (first launch)", fp["startup_first"]["softphone_ms"], unit=" ms")
    after10 = fp["memory_after_10_calls_kb"][1] / 1024
    table.add("PSS after start, all processes", fp["memory_after_start_kb"][1] / 1024, unit=" MiB")
    table.add("PSS after 10 calls", after10, unit=" MiB")
    table.add(f"PSS after {calls} calls", fp[f"memory_after_{calls}_calls_kb"][1] / 1024, reference=after10,
              target="~1.00 × (10 calls)", unit=" MiB")
    table.add("idle CPU, % of one core", fp["idle_cpu_percent"], target="<= 0.5 %")

    contacts, jrows = journal_rows(args.build_dir, args.quick)
    for name, ms in jrows:
        table.add(f"journal ({contacts} contacts): {name}", ms, unit=" ms")

    review = run_json([os.path.join(HERE, "team_review.py"), *b, "--json", "--runs", "3" if args.quick else "11",
                       "--contacts", "100000" if args.quick else "1000000"])
    for r in review:
        table.add(f"team review ({r['contacts']:,} contacts): {r['query']}", r["median_ms"], target="<= 100 ms",
                  unit=" ms")

    known = per_call.get("known caller", 3)
    for plan, per_minute in PLANS:
        agents = per_minute * 60 / (known * CALLS_PER_AGENT_HOUR)
        table.add(f"agents per account at {per_minute}/min ({plan}), known callers", agents,
                  target=f"{CALLS_PER_AGENT_HOUR} calls/agent-hour")
    table.print()


if __name__ == "__main__":
    main()
