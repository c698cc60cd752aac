#!/usr/bin/env python3
"""Where the desktop app's memory goes as calls accumulate, and whether it levels off: PSS of the app's own process
and of its Qt WebEngine processes (renderer, GPU, zygote together) after start and after each checkpoint of paced
calls against the sandbox (the calls of desktop_footprint.py).

  scripts/bench/memory_plateau.py [--build-dir build] [--checkpoints 10,100,200,300]
"""
import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from desktop_footprint import app_call, launch_app, tree  # noqa: E402
from sandboxctl import Sandbox  # noqa: E402


def pss_mib(pid):
    """(the app's own process, its web engine processes) in MiB."""
    own = web = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                kb = sum(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except OSError:
            continue
        if p == pid:
            own += kb
        else:
            web += kb
    return own / 1024, web / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", default=os.environ.get("BUILD_DIR", "build"))
    parser.add_argument("--checkpoints", default="10,100,200,300")
    args = parser.parse_args()
    checkpoints = sorted(int(c) for c in args.checkpoints.split(","))
    sandbox = Sandbox(args.build_dir, "--index-lag", "0")
    home = tempfile.mkdtemp(prefix="callbridge-bench-plateau-")
    app, _ = launch_app(args.build_dir, sandbox.url, home)
    try:
        time.sleep(2)
        rows = [("start",) + pss_mib(app.proc.pid)]
        for n in range(checkpoints[-1]):
            app_call(sandbox, app, n)
            if n + 1 in checkpoints:
                time.sleep(2)
                rows.append((f"after {n + 1} calls",) + pss_mib(app.proc.pid))
    finally:
        app.stop()
        sandbox.stop()
    print("%-18s %12s %14s %12s %10s" % ("", "app PSS MiB", "web engine MiB", "total MiB", "vs prior"))
    previous = None
    for label, own, web in rows:
        total = own + web
        ratio = "" if previous is None else "%.3f" % (total / previous)
        print("%-18s %12.1f %14.1f %12.1f %10s" % (label, own, web, total, ratio))
        previous = total


if __name__ == "__main__":
    main()
