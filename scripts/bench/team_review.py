#!/usr/bin/env python3
"""The review's queries on a PostgreSQL team database of 1,000,000 contacts (200 agents, a year): starts the test
cluster (scripts/test-postgres.sh) unless CALLBRIDGE_TEST_PG names a server, loads it with generate_series, and runs
build/bench/team_review_bench, which times each query through the code the review window uses (median of the runs).

  scripts/bench/team_review.py [--build-dir build] [--contacts N] [--runs R] [--explain] [--json]
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
TARGET_MS = 100.0


def start_server():
    out = subprocess.run([os.path.join(ROOT, "scripts", "test-postgres.sh"), "start"], check=True,
                         capture_output=True, text=True).stdout
    env = dict(re.findall(r"(\w+)=(\S+)", out))
    return env["CALLBRIDGE_TEST_PG"], env["CALLBRIDGE_TEST_PG_DIR"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", os.path.join(ROOT, "build")))
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--json", action="store_true", help="one JSON object per query")
    args = parser.parse_args()

    server = os.environ.get("CALLBRIDGE_TEST_PG")
    started_dir = None
    if not server:
        server, started_dir = start_server()
    try:
        cmd = [os.path.join(args.build_dir, "bench", "team_review_bench"), "--server", server,
               "--contacts", str(args.contacts), "--runs", str(args.runs)]
        if args.explain:
            cmd.append("--explain")
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    finally:
        if started_dir:
            subprocess.run([os.path.join(ROOT, "scripts", "test-postgres.sh"), "stop"],
                           env={**os.environ, "CALLBRIDGE_TEST_PG_DIR": started_dir}, check=False)
    rows = []
    for line in out.splitlines():
        m = re.match(r"^(.{36}) +([0-9.]+) +(\d+)$", line)
        if m:
            rows.append({"query": m.group(1).strip(), "median_ms": float(m.group(2)), "rows": int(m.group(3)),
                         "contacts": args.contacts})
    if args.json:
        for r in rows:
            print(json.dumps(r))
        return
    if not args.json:
        print("\n".join(l for l in out.splitlines() if l.startswith("loaded") or l.startswith("    ")))
    print(f"{'review query (' + format(args.contacts, ',') + ' contacts)':<40}{'median':>10}{'rows':>8}  target")
    for r in rows:
        flag = "ok" if r["median_ms"] <= TARGET_MS else "OVER"
        print(f"{r['query']:<40}{r['median_ms']:>8.2f} ms{r['rows']:>8}  <= {TARGET_MS:.0f} ms {flag}")


if __name__ == "__main__":
    sys.exit(main())
