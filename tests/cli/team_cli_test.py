#!/usr/bin/env python3
"""The team database end to end through the executables: `callbridge team-setup` builds it, two agents' replays
(two journals, two machines) copy their decisions into it before they exit, each agent reads only their own rows,
and a call transferred to the second agent finds the first agent's IVR ticket through it (a ticket Callbridge did
not create, so Zendesk's external_id cannot find it). Needs the test PostgreSQL server (scripts/test-postgres.sh);
skipped without it unless CALLBRIDGE_REQUIRE_TEST_PG is set."""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "bench"))
from sandboxctl import Sandbox  # noqa: E402

BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
CALLBRIDGE = os.path.join(BUILD, "app", "callbridge", "callbridge")
SERVER = os.environ.get("CALLBRIDGE_TEST_PG", "")


def psql(sql, user="postgres", db="postgres"):
    host, port = SERVER.split(":")
    out = subprocess.run(["psql", "-h", host, "-p", port, "-U", user, "-d", db, "-tAc", sql], check=True,
                         capture_output=True, text=True)
    return out.stdout.strip()


def events(cid, phone, attrs, initial=None):
    contact = {"contactId": cid, "initialContactId": initial or cid, "type": "voice", "direction": "inbound",
               "initiationMethod": "transfer" if initial else "inbound", "customerPhone": phone,
               "systemPhone": "+18005550100", "queue": {"name": "Support", "arn": "q"}, "monitoring": False,
               "attributes": attrs}
    agent = {"name": "Agent", "username": "agent", "routingProfile": "Basic", "extension": "softphone"}
    return "\n".join(json.dumps({"event": kind, "at": "2026-12-01T10:0%d:00.000Z" % i, "contact": contact,
                                 "agent": agent})
                     for i, kind in enumerate(["connecting", "connected", "ended", "destroyed"])) + "\n"


@unittest.skipUnless(SERVER or os.environ.get("CALLBRIDGE_REQUIRE_TEST_PG"), "no test PostgreSQL server")
class TeamCli(unittest.TestCase):
    def setUp(self):
        self.assertTrue(SERVER, "CALLBRIDGE_TEST_PG is not set: start scripts/test-postgres.sh")
        self.suffix = uuid.uuid4().hex[:8]
        self.db = "cbcli_" + self.suffix
        psql("CREATE DATABASE %s" % self.db)
        self.tmp = tempfile.TemporaryDirectory()
        self.sandbox = Sandbox(BUILD, "--index-lag", "60")
        self.addCleanup(self.cleanup)

    def cleanup(self):
        self.sandbox.stop()
        psql("DROP DATABASE IF EXISTS %s WITH (FORCE)" % self.db)
        for who in ("ann", "bob"):
            psql("DROP ROLE IF EXISTS %s_%s" % (who, self.suffix))
        self.tmp.cleanup()

    def settings(self, user):
        host, port = SERVER.split(":")
        path = os.path.join(self.tmp.name, user + ".ini")
        with open(path, "w") as f:
            f.write("[team]\ndatabase=postgresql://%s@%s:%s/%s\n" % (user, host, port, self.db))
        return path

    def run_cli(self, *args, stdin=None):
        env = dict(os.environ, CALLBRIDGE_ZENDESK_TOKEN="sandbox", QT_LOGGING_RULES="*.info=false")
        return subprocess.run([CALLBRIDGE, *args], env=env, input=stdin, capture_output=True, text=True, timeout=120)

    def replay(self, user, journal, lines):
        done = self.run_cli("replay", "--settings", self.settings(user), "--zendesk-url", self.sandbox.url,
                            "--zendesk-email", "agent@example.com", "--journal", os.path.join(self.tmp.name, journal),
                            "-", stdin=lines)
        self.assertEqual(done.returncode, 0, done.stderr)
        return [json.loads(line) for line in done.stdout.splitlines()]

    def test_two_machines_share_the_team_database(self):
        setup = self.run_cli("team-setup", "--settings", self.settings("postgres"))
        self.assertEqual(setup.returncode, 0, setup.stderr)
        self.assertIn("schema version 4", setup.stdout)
        ann, bob = "ann_" + self.suffix, "bob_" + self.suffix
        for role in (ann, bob):
            psql("CREATE ROLE %s LOGIN IN ROLE callbridge_agent" % role)

        first = self.replay(ann, "ann.sqlite", events("t-1", "+15550100002", {"zendesk_ticket": "7004"}))
        self.assertEqual([o["outcome"] for o in first], ["ticket_from_ivr", "details_appended"])
        # The replay waited: the rows are there as soon as it has exited.
        self.assertEqual(psql("SELECT count(*) FROM team_outcomes", db=self.db), "2")
        self.assertEqual(psql("SELECT count(*) FROM team_outcomes", user=bob, db=self.db), "0")

        second = self.replay(bob, "bob.sqlite", events("t-2", "+15550100002", {}, initial="t-1"))
        self.assertEqual(second[0]["outcome"], "ticket_transferred", second)
        self.assertEqual(second[0]["ticketId"], 7004)
        self.assertEqual(psql("SELECT count(*) FROM team_outcomes", user=bob, db=self.db), "2")
        self.assertEqual(psql("SELECT count(*) FROM team_outcomes", db=self.db), "4")

        # The same replay again on the same journal writes and copies nothing twice.
        again = self.replay(ann, "ann.sqlite", events("t-1", "+15550100002", {"zendesk_ticket": "7004"}))
        self.assertEqual(again, [])
        self.assertEqual(psql("SELECT count(*) FROM team_outcomes", db=self.db), "4")

    def test_the_team_database_being_down_loses_nothing(self):
        host, port = SERVER.split(":")
        path = os.path.join(self.tmp.name, "down.ini")
        with open(path, "w") as f:  # nothing listens on port 1
            f.write("[team]\ndatabase=postgresql://postgres@%s:1/%s\n" % (host, self.db))
        done = self.run_cli("replay", "--settings", path, "--zendesk-url", self.sandbox.url, "--zendesk-email",
                            "agent@example.com", "--journal", os.path.join(self.tmp.name, "j.sqlite"), "-",
                            stdin=events("d-1", "+15550100001", {}))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual([json.loads(l)["outcome"] for l in done.stdout.splitlines()],
                         ["ticket_created", "details_appended"])
        self.assertIn("decisions waiting; calls are linked as usual", done.stderr)


if __name__ == "__main__":
    unittest.main()
