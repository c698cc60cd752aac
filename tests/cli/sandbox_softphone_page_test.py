#!/usr/bin/env python3
"""`callbridge-sandbox` (built with the UI) serves the softphone's host page in served mode at /softphone/: the page,
host.js and the Streams bundle the app injects, on the sandbox's origin (so the simulated CCP lets it frame it), and
the page writes its bridge messages to the console for a browser without the app."""
import os
import sys
import unittest
import urllib.error
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "bench"))
from sandboxctl import Sandbox  # noqa: E402

BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, r.headers.get("Content-Type", ""), r.read()


class SandboxSoftphonePage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.sandbox = Sandbox(BUILD)

    @classmethod
    def tearDownClass(cls):
        cls.sandbox.stop()

    def test_serves_the_host_page_and_its_scripts(self):
        status, kind, page = get(self.sandbox.url + "/softphone/host.html")
        self.assertEqual(status, 200)
        self.assertTrue(kind.startswith("text/html"), kind)
        with open(os.path.join(ROOT, "resources", "softphone", "host.html"), "rb") as f:
            self.assertEqual(page, f.read())
        self.assertIn(b"console.info(event.data)", page)
        for script, marker in (("host.js", b"callbridgeHost"), ("connect-streams-min.js", b"initCCP")):
            status, kind, body = get(self.sandbox.url + "/softphone/" + script)
            self.assertEqual(status, 200, script)
            self.assertTrue(kind.startswith("text/javascript"), kind)
            self.assertIn(marker, body, script)

    def test_nothing_outside_the_assets(self):
        for path in ("/softphone/../sandbox/zendesk/stats", "/softphone/missing.js"):
            with self.assertRaises(urllib.error.HTTPError) as raised:
                get(self.sandbox.url + path)
            self.assertEqual(raised.exception.code, 404, path)


if __name__ == "__main__":
    unittest.main()
