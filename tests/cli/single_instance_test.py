#!/usr/bin/env python3
"""The installed desktop app runs once per user and settings file: a second `callbridge tel:+…` hands the number to
the first, which dials it in its softphone (here the sandbox's simulated CCP), and exits at once. Offscreen, the
installed app with nothing configured exits with what is missing instead of waiting on a wizard."""
import os
import subprocess
import tempfile
import threading
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
CALLBRIDGE = os.path.join(BUILD, "app", "callbridge", "callbridge")
SANDBOX = os.path.join(BUILD, "app", "sandbox", "callbridge-sandbox")
DEADLINE_S = 60


class SingleInstance(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        runtime = os.path.join(self.tmp.name, "run")
        os.mkdir(runtime, 0o700)
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1",
                        XDG_RUNTIME_DIR=runtime, XDG_CONFIG_HOME=os.path.join(self.tmp.name, "config"),
                        XDG_DATA_HOME=os.path.join(self.tmp.name, "data"))
        self.sandbox = subprocess.Popen([SANDBOX, "--ephemeral", "--listen", "127.0.0.1:0"], stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True)
        self.url = self.sandbox.stdout.readline().strip()
        self.ini = os.path.join(self.tmp.name, "callbridge.ini")
        with open(self.ini, "w") as f:
            f.write(f"[connect]\ninstance_url = {self.url}\n[softphone]\nhost_origin = {self.url}\n"
                    f"[zendesk]\nurl = {self.url}\nemail = agent@example.com\n")

    def tearDown(self):
        self.sandbox.terminate()
        self.sandbox.wait(10)
        self.tmp.cleanup()

    def test_a_second_start_hands_its_number_to_the_first(self):
        first = subprocess.Popen([CALLBRIDGE, "--settings", self.ini], env=dict(self.env, CALLBRIDGE_ZENDESK_TOKEN="sandbox"),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        lines, ready, dialled = [], threading.Event(), threading.Event()

        def read():
            for line in iter(first.stderr.readline, ""):
                lines.append(line)
                if "CCP initialized" in line:
                    ready.set()
                if "outbound call started" in line:
                    dialled.set()
            ready.set()  # the first exited: the assertions below say why

        threading.Thread(target=read, daemon=True).start()
        try:
            self.assertTrue(ready.wait(DEADLINE_S), "".join(lines))
            self.assertIsNone(first.poll(), "".join(lines))
            second = subprocess.run([CALLBRIDGE, "--settings", self.ini, "tel:+15550100001"], env=self.env,
                                    capture_output=True, text=True, timeout=DEADLINE_S)
            self.assertEqual(second.returncode, 0, second.stderr)
            self.assertIn("handed over to the Callbridge already running", second.stderr)
            self.assertTrue(dialled.wait(DEADLINE_S), "".join(lines))
            sockets = [name for name in os.listdir(self.env["XDG_RUNTIME_DIR"]) if name.startswith("callbridge-")]
            self.assertEqual(len(sockets), 1)
            mode = os.stat(os.path.join(self.env["XDG_RUNTIME_DIR"], sockets[0])).st_mode & 0o077
            self.assertEqual(mode, 0, "the socket is the user's alone")
        finally:
            first.terminate()
            first.wait(20)

    def test_offscreen_with_nothing_configured_names_what_is_missing(self):
        result = subprocess.run([CALLBRIDGE, "--settings", os.path.join(self.tmp.name, "absent.ini")], env=self.env,
                                capture_output=True, text=True, timeout=DEADLINE_S)
        self.assertEqual(result.returncode, 2)
        self.assertIn("host origin", result.stderr)
        self.assertIn("callbridge --demo", result.stderr)


if __name__ == "__main__":
    unittest.main()
