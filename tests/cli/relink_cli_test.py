#!/usr/bin/env python3
"""End to end through the executables: a call replayed into a journal against `callbridge-sandbox`, then
`callbridge relink` (a supervisor's correction) moves it to a new ticket, to another ticket and to another caller;
the new ticket has the call's details and end-of-call voice comment, the old one the "moved" note, the journal the
corrected outcome with the old ticket; refusals and bad arguments exit non-zero with a clear message."""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "bench"))
from sandboxctl import Sandbox  # noqa: E402

BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
CALLBRIDGE = os.path.join(BUILD, "app", "callbridge", "callbridge")


def run(*args, stdin=None):
    env = dict(os.environ, CALLBRIDGE_ZENDESK_TOKEN="sandbox", QT_LOGGING_RULES="*.info=false")
    return subprocess.run([CALLBRIDGE, *args], env=env, input=stdin, capture_output=True, text=True, timeout=120)


def call_events(contact, number):
    contact_json = {"contactId": contact, "initialContactId": contact, "type": "voice", "direction": "inbound",
                    "initiationMethod": "inbound", "customerPhone": number, "systemPhone": "+18005550100",
                    "queue": {"name": "Support", "arn": "arn:aws:connect:us-east-1:1:instance/x/queue/support"},
                    "monitoring": False, "attributes": {"order_id": "A-77"}}
    agent = {"name": "Alex Agent", "username": "alex", "routingProfile": "Basic", "extension": "softphone"}
    lines = [{"event": kind, "at": at, "contact": contact_json, "agent": agent}
             for kind, at in (("connecting", "2026-11-25T09:01:00.000Z"), ("connected", "2026-11-25T09:01:05.000Z"),
                              ("ended", "2026-11-25T09:02:35.000Z"), ("destroyed", "2026-11-25T09:02:40.000Z"))]
    return "".join(json.dumps(line) + "\n" for line in lines)


class RelinkCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sandbox = Sandbox(BUILD)
        cls.tmp = tempfile.TemporaryDirectory()
        cls.journal = os.path.join(cls.tmp.name, "journal.sqlite")

    @classmethod
    def tearDownClass(cls):
        cls.sandbox.stop()
        cls.tmp.cleanup()

    def replay(self, contact, number):
        done = run("replay", "--settings", os.devnull, "--journal", self.journal, "--zendesk-url", self.sandbox.url,
                   "--zendesk-email", "agent@example.com", "-", stdin=call_events(contact, number))
        self.assertEqual(done.returncode, 0, done.stderr)
        outcomes = [json.loads(line) for line in done.stdout.splitlines()]
        created = [o for o in outcomes if o["outcome"] == "ticket_created"]
        self.assertEqual(len(created), 1, done.stdout)
        return created[0]

    def relink(self, contact, *target):
        return run("relink", contact, *target, "--journal", self.journal, "--settings", os.devnull, "--sandbox",
                   self.sandbox.url)

    def comments(self, ticket):
        return self.sandbox.api("/api/v2/tickets/%d/comments" % ticket)["comments"]

    def moved_notes(self, ticket):
        return [c["body"] for c in self.comments(ticket) if c["body"].startswith("Call moved to #")]

    def test_a_new_ticket_gets_the_details_and_the_old_one_the_moved_note(self):
        linked = self.replay("rl-0001", "+15550107001")
        old = linked["ticketId"]
        done = self.relink("rl-0001", "--new-ticket", "--reason", "two issues in one call")
        self.assertEqual(done.returncode, 0, done.stderr)
        outcome = json.loads(done.stdout)
        self.assertEqual(outcome["outcome"], "corrected")
        new = outcome["ticketId"]
        self.assertNotEqual(new, old)
        self.assertEqual(outcome["reason"],
                         "moved from #%d to #%d by Alex Agent: two issues in one call" % (old, new))

        ticket = self.sandbox.api("/api/v2/tickets/%d" % new)["ticket"]
        self.assertEqual(ticket["requester_id"], linked["userId"])
        bodies = [c["body"] for c in self.comments(new)]
        self.assertIn("Contact ID: rl-0001", bodies[0])
        self.assertIn("moved here from #%d" % old, bodies[0])
        self.assertEqual(sum(1 for c in self.comments(new) if c.get("type") == "VoiceComment"), 1)
        self.assertEqual(self.moved_notes(old),
                         ["Call moved to #%d by Alex Agent: two issues in one call\n\n[callbridge:cb-rl-0001-c1-moved]"
                          % new])

        with sqlite3.connect(self.journal) as db:
            link = db.execute("SELECT ticket_id, mode FROM links WHERE contact_id = 'rl-0001'").fetchone()
            correction = db.execute("SELECT from_ticket_id, to_ticket_id, corrected_by, supervisor FROM corrections "
                                    "WHERE contact_id = 'rl-0001'").fetchone()
        self.assertEqual(link, (new, "corrected"))
        self.assertEqual(correction, (old, new, "Alex Agent", 1))

        review = run("review", "--journal", self.journal, "--ticket", str(new))
        self.assertEqual(review.returncode, 0, review.stderr)
        self.assertIn("corrected", review.stdout)

    def test_another_ticket_then_another_caller(self):
        linked = self.replay("rl-0002", "+15550107002")
        old = linked["ticketId"]
        other = self.replay("rl-0003", "+15550107003")["ticketId"]

        done = self.relink("rl-0002", "--ticket", str(other))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(json.loads(done.stdout)["ticketId"], other)
        self.assertTrue(any("Contact ID: rl-0002" in c["body"] for c in self.comments(other)))
        self.assertEqual(len(self.moved_notes(old)), 1)

        same = self.relink("rl-0002", "--ticket", str(other))
        self.assertEqual(same.returncode, 1)
        self.assertIn("already linked there", same.stderr)

        # The call is on someone else's ticket now: a different caller moves it to a new ticket for them.
        ada = 1001  # seeded in the sandbox
        done = self.relink("rl-0002", "--user", str(ada))
        self.assertEqual(done.returncode, 0, done.stderr)
        moved = json.loads(done.stdout)
        self.assertEqual(moved["userId"], ada)
        self.assertEqual(self.sandbox.api("/api/v2/tickets/%d" % moved["ticketId"])["ticket"]["requester_id"], ada)
        self.assertEqual(len(self.moved_notes(other)), 1)

    def test_bad_arguments_and_unknown_calls(self):
        no_target = self.relink("rl-0001")
        self.assertEqual(no_target.returncode, 2)
        self.assertIn("--new-ticket, --ticket N or --user N", no_target.stderr)
        bad_ticket = self.relink("rl-0001", "--ticket", "abc")
        self.assertEqual(bad_ticket.returncode, 2)
        self.assertIn("positive number", bad_ticket.stderr)
        unknown = self.relink("no-such-call", "--new-ticket")
        self.assertEqual(unknown.returncode, 1)
        self.assertIn("not known here", unknown.stderr)


if __name__ == "__main__":
    unittest.main()
