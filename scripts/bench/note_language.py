#!/usr/bin/env python3
"""What keeping decisions as phrases costs: replays the same contacts against a local Zendesk twice, with
[zendesk] note_language = en and = de, and prints the replay's wall time (median of --runs), the journal's size and
the bytes each decision's phrases add beside its text, and a German ticket's subject and first note lines (to look at).

  scripts/bench/note_language.py --contacts 200 --runs 3
"""
import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from fault_soak import make_contacts  # noqa: E402
from sandboxctl import Sandbox  # noqa: E402


def replay(build_dir, events, journal, settings, url):
    cmd = [os.path.join(build_dir, "app", "callbridge", "callbridge"), "replay", "--settings", settings,
           "--journal", journal, "--zendesk-url", url, "--zendesk-email", "agent@example.com", events]
    env = dict(os.environ, CALLBRIDGE_ZENDESK_TOKEN="sandbox", QT_LOGGING_RULES="*.info=false")
    started = time.monotonic()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.monotonic() - started


def sizes(journal):
    db = sqlite3.connect(journal)
    row = db.execute("SELECT COUNT(*), SUM(LENGTH(reason)), SUM(LENGTH(notices)), "
                     "SUM(COALESCE(LENGTH(reason_phrase), 0) + COALESCE(LENGTH(notice_phrases), 0)) "
                     "FROM outcomes").fetchone()
    db.close()
    return row


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build-dir", default="build")
    p.add_argument("--contacts", type=int, default=200)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()
    lines, _ = make_contacts(args.contacts, random.Random(args.seed))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        events = os.path.join(tmp, "events.jsonl")
        with open(events, "w") as f:
            f.write("\n".join(lines) + "\n")
        for language in ("en", "de"):
            settings = os.path.join(tmp, language + ".ini")
            with open(settings, "w") as f:
                f.write("[zendesk]\nnote_language = %s\n" % language)
            times = []
            for run in range(args.runs):
                sandbox = Sandbox(args.build_dir)
                journal = os.path.join(tmp, "%s-%d.sqlite" % (language, run))
                try:
                    times.append(replay(args.build_dir, events, journal, settings, sandbox.url))
                    if run == 0 and language == "de":
                        tickets = [t for t in sandbox.api("/api/v2/tickets.json").get("tickets", [])
                                   if "callbridge" in t.get("tags", [])]
                        if tickets:
                            ticket = max(tickets, key=lambda t: t["id"])
                            comments = sandbox.api("/api/v2/tickets/%d/comments.json" % ticket["id"])
                            body = comments.get("comments", [{}])[0].get("body", "")
                            results["subject"] = ticket["subject"]
                            results["note"] = body.splitlines()[:4]
                finally:
                    sandbox.stop()
            decisions, reason, notices, phrases = sizes(journal)
            results[language] = (statistics.median(times), os.path.getsize(journal), decisions, reason, notices,
                                 phrases)
    print("note_language  replay s (median of %d)  journal KiB  decisions  text B/decision  phrases B/decision"
          % args.runs)
    for language in ("en", "de"):
        t, size, n, reason, notices, phrases = results[language]
        print("%-13s  %23.2f  %11.1f  %9d  %15.0f  %18.0f" % (language, t, size / 1024, n, (reason + notices) / n,
                                                              phrases / n))
    print("replay time de/en: %.3f" % (results["de"][0] / results["en"][0]))
    print("a German ticket's subject: %s" % results.get("subject", ""))
    for line in results.get("note", []):
        print("  " + line)


if __name__ == "__main__":
    main()
