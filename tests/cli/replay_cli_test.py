#!/usr/bin/env python3
"""End to end through the executables: `callbridge replay` on the shipped sample against `callbridge-sandbox`, a
second run on the same journal (nothing twice), --dry-run (decides, writes nothing, and leaves a journal it is given
for the real run), bad input and bad credentials
(clear message, non-zero exit), and `callbridge review` (table, filters, CSV)."""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "bench"))
from sandboxctl import Sandbox  # noqa: E402

BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
CALLBRIDGE = os.path.join(BUILD, "app", "callbridge", "callbridge")
SAMPLE = os.path.join(ROOT, "resources", "samples", "demo-calls.jsonl")


def run(*args, token="sandbox", stdin=None):
    env = dict(os.environ, CALLBRIDGE_ZENDESK_TOKEN=token, QT_LOGGING_RULES="*.info=false")
    return subprocess.run([CALLBRIDGE, *args], env=env, input=stdin, capture_output=True, text=True, timeout=120)


class ReplayCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sandbox = Sandbox(BUILD, "--index-lag", "60")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.journal = os.path.join(cls.tmp.name, "journal.sqlite")
        cls.first = run("replay", "--settings", os.devnull, "--journal", cls.journal, "--zendesk-url",
                        cls.sandbox.url, "--zendesk-email", "agent@example.com", SAMPLE)
        cls.outcomes = [json.loads(line) for line in cls.first.stdout.splitlines()]

    @classmethod
    def tearDownClass(cls):
        cls.sandbox.stop()
        cls.tmp.cleanup()

    def replay(self, *extra, journal=None, token="sandbox", events=SAMPLE, stdin=None):
        args = ["replay", "--settings", os.devnull, "--zendesk-url", self.sandbox.url, "--zendesk-email",
                "agent@example.com", *extra]
        if journal:
            args += ["--journal", journal]
        return run(*args, events, token=token, stdin=stdin)

    def first_outcome(self, contact, kind=None):
        for o in self.outcomes:
            if o["contactId"] == contact and (kind is None or o["outcome"] == kind):
                return o
        self.fail("no %s outcome for %s in %s" % (kind, contact, self.first.stdout))

    def writes(self):
        by = self.sandbox.stats()["byEndpoint"]
        return sum(v for k, v in by.items() if k.startswith(("POST", "PUT")))

    def test_every_rule_of_the_sample(self):
        self.assertEqual(self.first.returncode, 0, self.first.stderr)
        self.assertEqual(self.first_outcome("demo-0001")["outcome"], "ticket_reused")
        self.assertEqual(self.first_outcome("demo-0001")["ticketId"], 7002)
        self.assertEqual(self.first_outcome("demo-0002")["outcome"], "ticket_from_ivr")
        other = self.first_outcome("demo-0003")
        self.assertEqual(other["outcome"], "ticket_created")
        self.assertIn("IVR ticket #7001 belongs to another user", other["reason"])
        new_user = self.first_outcome("demo-0004")
        self.assertTrue(new_user["userCreated"])
        self.assertEqual(self.first_outcome("demo-0005")["outcome"], "ticket_transferred")
        self.assertEqual(self.first_outcome("demo-0005")["ticketId"], new_user["ticketId"])
        anonymous = self.first_outcome("demo-0006")
        ticket = self.sandbox.api("/api/v2/tickets/%d" % anonymous["ticketId"])["ticket"]
        self.assertEqual(ticket["requester_id"], 1000)  # the agent
        self.assertIn("follow-up", self.first_outcome("demo-0007", "attached")["reason"])
        self.assertEqual(self.first_outcome("demo-0008", "force_created")["userId"], 1002)
        self.assertEqual(self.first_outcome("demo-0009")["outcome"], "ticket_created")
        for contact in ("demo-0010", "demo-0011", "demo-0012"):
            self.assertEqual(self.first_outcome(contact)["outcome"], "nothing")
        self.assertEqual(len(self.first_outcome("demo-0013")["notices"]), 3)
        self.assertEqual(sum(1 for o in self.outcomes if o["outcome"] == "details_appended"), 10)

    def test_second_run_on_the_same_journal_writes_nothing(self):
        before = self.writes()
        again = self.replay(journal=self.journal)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(again.stdout.strip(), "")
        self.assertEqual(self.writes(), before)

    def test_dry_run_decides_without_writing(self):
        before = self.writes()
        dry = self.replay("--dry-run")
        self.assertEqual(dry.returncode, 0, dry.stderr)
        decided = [json.loads(line) for line in dry.stdout.splitlines()]
        self.assertIn("ticket_created", [o["outcome"] for o in decided])
        self.assertEqual(self.writes(), before)

    def test_dry_run_on_a_journal_leaves_it_for_the_real_run(self):
        # A fresh Zendesk and a fresh journal: the dry run rehearses the sample on the journal, then the real
        # run on the same journal must still make every write (the rehearsal marks nothing finished and
        # leaves no write behind), and the rehearsal never names its made-up ids as tickets.
        fresh = Sandbox(BUILD, "--index-lag", "60")
        self.addCleanup(fresh.stop)
        with tempfile.TemporaryDirectory() as tmp:
            journal = os.path.join(tmp, "journal.sqlite")
            args = ["replay", "--settings", os.devnull, "--zendesk-url", fresh.url, "--zendesk-email",
                    "agent@example.com", "--journal", journal]
            dry = run(*args, "--dry-run", SAMPLE)
            self.assertEqual(dry.returncode, 0, dry.stderr)
            rehearsed = [json.loads(line) for line in dry.stdout.splitlines()]
            self.assertIn("ticket_created", [o["outcome"] for o in rehearsed])
            self.assertNotIn("#-", dry.stdout)
            for o in rehearsed:
                if o["outcome"] == "ticket_created":  # would be created: said so, with no made-up id
                    self.assertTrue(o["ticketCreated"], o)
                    self.assertIsNone(o["ticketId"], o)
            self.assertTrue(any("a new ticket (dry run)" in o["reason"] for o in rehearsed), dry.stdout)
            by = fresh.stats()["byEndpoint"]
            self.assertEqual([k for k in by if k.startswith(("POST", "PUT"))], [], "the dry run wrote to Zendesk")

            real = run(*args, SAMPLE)
            self.assertEqual(real.returncode, 0, real.stderr)
            outcomes = [json.loads(line) for line in real.stdout.splitlines()]
            self.assertEqual([o["outcome"] for o in outcomes], [o["outcome"] for o in self.outcomes],
                             "the real run after a dry run decides as a first run does")
            created = [o for o in outcomes if o["outcome"] == "ticket_created"]
            self.assertTrue(created, real.stdout)
            for o in created:
                self.assertTrue(o["ticketCreated"], o)
                self.assertIsNotNone(o["ticketId"], o)
                ticket = fresh.api("/api/v2/tickets/%d" % o["ticketId"])["ticket"]
                self.assertEqual(ticket["external_id"], o["contactId"])
            posted = fresh.stats()["byEndpoint"].get("POST /api/v2/tickets", 0)
            self.assertGreaterEqual(posted, len(created))
            self.assertNotIn("dry run", real.stdout)

    def test_bad_lines_are_named_and_the_rest_still_runs(self):
        line = ('{"event":"connecting","at":"2026-11-25T11:00:00Z","contact":{"contactId":"bad-1",'
                '"customerPhone":"+15550100001"},"agent":{}}')
        events = "this is not json\n" + '{"event":"ringing"}\n' + line + "\n"
        result = self.replay(events="-", stdin=events)
        self.assertEqual(result.returncode, 2)
        self.assertIn("line 1 rejected", result.stderr)
        self.assertIn("line 2 rejected", result.stderr)
        self.assertNotIn("line 3", result.stderr)

    def test_wrong_token_is_a_clear_failure(self):
        result = self.replay(token="wrong")
        self.assertEqual(result.returncode, 1)
        self.assertIn("Cannot sign in to Zendesk", result.stderr)
        self.assertNotIn("wrong", result.stderr.replace("Cannot", ""))  # the token is never echoed

    def test_store_token_needs_an_account_and_a_token(self):
        no_account = run("store-token", "--settings", os.devnull, stdin="secret\n")
        self.assertEqual(no_account.returncode, 2)
        self.assertIn("give the Zendesk URL and e-mail", no_account.stderr)
        no_token = run("store-token", "--settings", os.devnull, "--zendesk-url", "https://acme.zendesk.com",
                       "--zendesk-email", "ann@acme.example", stdin="")
        self.assertEqual(no_token.returncode, 2)
        self.assertIn("no token on standard input", no_token.stderr)

    def test_review_shows_decisions_with_reasons_and_filters(self):
        table = run("review", "--journal", self.journal, "--limit", "0")
        self.assertEqual(table.returncode, 0, table.stderr)
        self.assertIn("reused #7002", table.stdout)
        ivr = run("review", "--journal", self.journal, "--mode", "ivr", "--csv", "-")
        rows = list(csv.DictReader(io.StringIO(ivr.stdout)))
        self.assertEqual([r["contact_id"] for r in rows], ["demo-0002"], ivr.stdout)
        by_ticket = run("review", "--journal", self.journal, "--links", "--ticket", "7004")
        self.assertIn("demo-0002", by_ticket.stdout)
        self.assertNotIn("demo-0001", by_ticket.stdout)


AGENT = {"name": "Alex Agent", "username": "alex", "routingProfile": "Basic", "extension": "softphone"}


def call_events(cid, phone, attrs=None, direction="inbound", initial=None, end_attrs=None):
    """One answered call as JSONL: connecting, connected, ended (with `end_attrs` merged in), destroyed."""
    contact = {"contactId": cid, "initialContactId": initial or cid, "type": "voice", "direction": direction,
               "initiationMethod": "transfer" if initial else direction, "customerPhone": phone,
               "systemPhone": "+18005550100", "queue": {"name": "Support", "arn": "q"}, "monitoring": False,
               "attributes": dict(attrs or {})}
    lines = []
    for second, kind in enumerate(("connecting", "connected", "ended", "destroyed")):
        if kind == "ended" and end_attrs:
            contact = dict(contact, attributes=dict(contact["attributes"], **end_attrs))
        lines.append(json.dumps({"event": kind, "at": "2026-11-25T12:00:%02d.000Z" % (second * 10),
                                 "contact": contact, "agent": AGENT}))
    return "\n".join(lines) + "\n"


class TwoMachines(unittest.TestCase):
    """The seed's behaviours through the executables, with two journals (two agents' machines) against one
    sandbox whose search index does not lag."""

    @classmethod
    def setUpClass(cls):
        cls.sandbox = Sandbox(BUILD, "--index-lag", "0")
        cls.tmp = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.sandbox.stop()
        cls.tmp.cleanup()

    def on(self, machine, events, settings=os.devnull):
        result = run("replay", "--settings", settings, "--journal", os.path.join(self.tmp.name, machine + ".sqlite"),
                     "--zendesk-url", self.sandbox.url, "--zendesk-email", "agent@example.com", "-", stdin=events)
        self.assertEqual(result.returncode, 0, result.stderr)
        return [json.loads(line) for line in result.stdout.splitlines()]

    def outcome(self, outcomes, kind):
        for o in outcomes:
            if o["outcome"] == kind:
                return o
        self.fail("no %s in %s" % (kind, outcomes))

    def test_repeat_caller_from_a_new_number_is_recognised_on_another_machine(self):
        first = self.on("a", call_events("rm-1", "+15550188001", {"zendesk_user": "1002"}))
        self.assertIn("+15550188001 added to user #1002", self.outcome(first, "details_appended")["reason"])
        phones = [i["value"] for i in
                  self.sandbox.api("/api/v2/users/1002/identities?type[]=phone_number")["identities"]]
        self.assertEqual(phones, ["+15550100002", "+15550188001"])
        self.assertEqual(self.sandbox.api("/api/v2/users/1002")["user"]["phone"], "+15550100002")
        later = self.on("b", call_events("rm-2", "+15550188001"))
        created = self.outcome(later, "ticket_created")
        self.assertEqual(created["userId"], 1002)
        self.assertFalse(created["userCreated"])

    def test_transfer_finds_the_ticket_by_a_comment_on_another_machine(self):
        first = self.on("a", call_events("tc-1", "+15550100002", {"zendesk_ticket": "7004"}))
        self.assertEqual(self.outcome(first, "ticket_from_ivr")["ticketId"], 7004)
        second = self.on("b", call_events("tc-2", "+15550100002", initial="tc-1"))
        moved = self.outcome(second, "ticket_transferred")
        self.assertEqual(moved["ticketId"], 7004)
        self.assertIn("whose comments name the call", moved["reason"])

    def test_customer_email_identifies_the_caller(self):
        outcomes = self.on("a", call_events("em-1", "+15550188002", {"customer_email": "Brian@Example.com",
                                                                     "remember_caller_number": "no"}))
        created = self.outcome(outcomes, "ticket_created")
        self.assertEqual(created["userId"], 1002)
        self.assertIn("customer_email", created["reason"])

    def test_attributes_changed_during_the_call_are_noted_without_legacy_ones(self):
        outcomes = self.on("a", call_events("at-1", "+15550100001", {"tier": "gold", "transcribeCall": "true"},
                                            end_attrs={"tier": "platinum", "survey": "yes"}))
        ticket = self.outcome(outcomes, "ticket_created")["ticketId"]
        bodies = [c["body"] for c in self.sandbox.api("/api/v2/tickets/%d/comments" % ticket)["comments"]]
        self.assertNotIn("transcribeCall", bodies[0])
        changes = [b for b in bodies if b.startswith("Contact attributes changed during the call")]
        self.assertEqual(len(changes), 1, bodies)
        self.assertIn("tier: platinum", changes[0])
        self.assertIn("survey: yes", changes[0])
        self.assertNotIn("transcribeCall", changes[0])

    def test_talk_partner_edition_creates_voice_tickets(self):
        ini = os.path.join(self.tmp.name, "tpe.ini")
        with open(ini, "w") as f:
            f.write("[zendesk]\ntalk_partner_edition = true\n")
        inbound = self.outcome(self.on("a", call_events("tp-1", "+15550100001"), settings=ini), "ticket_created")
        outbound = self.outcome(self.on("a", call_events("tp-2", "+15550100001", direction="outbound"), settings=ini),
                                "ticket_created")
        for created, rel in ((inbound, "inbound"), (outbound, "outbound")):
            via = self.sandbox.api("/api/v2/tickets/%d" % created["ticketId"])["ticket"]["via"]
            self.assertEqual(via["channel"], "voice")
            self.assertEqual(via["source"]["rel"], rel)

    def test_transfer_comment_search_waits_for_the_index(self):
        self.sandbox.control("PUT", "/sandbox/zendesk/config", {"indexLagSeconds": 3})
        try:
            first = self.on("a", call_events("tl-1", "+15550100001", {"zendesk_user": "1001", "zendesk_ticket": "7001"}))
            self.assertEqual(self.outcome(first, "ticket_from_ivr")["ticketId"], 7001)
            self.sandbox.control("DELETE", "/sandbox/zendesk/requests")
            moved = self.outcome(self.on("b", call_events("tl-2", "+15550100001", initial="tl-1")),
                                 "ticket_transferred")
        finally:
            self.sandbox.control("PUT", "/sandbox/zendesk/config", {"indexLagSeconds": 0})
        self.assertEqual(moved["ticketId"], 7001)
        searches = [r for r in self.sandbox.control("GET", "/sandbox/zendesk/requests")["requests"]
                    if r["path"] == "/api/v2/search" and r["status"] == 200]
        self.assertEqual(len(searches), 2)  # the first comment search came too early for the index

    def test_agent_mode_announces_a_request_for_a_new_ticket(self):
        outcomes = self.on("a", call_events("nt-1", "+15550100001", {"ticket_assignment": "agent",
                                                                     "zendesk_ticket": "0"}))
        self.assertIn("Request to open a new ticket received", self.outcome(outcomes, "agent_mode")["notices"])

    def test_agent_mode_outbound_call_to_an_unknown_number_gets_no_ticket(self):
        outcomes = self.on("a", call_events("ao-1", "+15550188003", {"ticket_assignment": "agent"},
                                            direction="outbound"))
        self.assertEqual([o["outcome"] for o in outcomes], ["agent_mode", "nothing"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
