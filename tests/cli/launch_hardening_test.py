#!/usr/bin/env python3
"""What the built callbridge does before anything else: the session token and remote debugging never reach a child
process (the sandbox child, Qt WebEngine's processes), and `store-token` never echoes a token typed on a terminal."""
import os
import pty
import select
import signal
import subprocess
import time
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
CALLBRIDGE = os.path.join(BUILD, "app", "callbridge", "callbridge")
TOKEN = "tok-launch-hardening-0123456789"
DEADLINE_S = 90


def children_of(pid):
    """Every descendant of pid, from /proc (Linux)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            parents.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def read_proc(pid, name):
    try:
        with open(f"/proc/{pid}/{name}", "rb") as f:
            return f.read()
    except OSError:
        return None


class DesktopChildren(unittest.TestCase):
    def test_children_inherit_neither_the_token_nor_remote_debugging(self):
        env = dict(os.environ, CALLBRIDGE_ZENDESK_TOKEN=TOKEN, QTWEBENGINE_REMOTE_DEBUGGING="127.0.0.1:0",
                   QTWEBENGINE_CHROMIUM_FLAGS="--remote-debugging-port=0", QT_QPA_PLATFORM="offscreen",
                   QTWEBENGINE_DISABLE_SANDBOX="1", QT_LOGGING_RULES="*.info=false")
        app = subprocess.Popen([CALLBRIDGE, "--demo", "--remote-debugging-port=0"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seen = {}
        try:
            deadline = time.monotonic() + DEADLINE_S
            # Wait for the sandbox child and a WebEngine process (the renderer starts with the softphone page).
            while time.monotonic() < deadline and app.poll() is None:
                for child in children_of(app.pid):
                    environ, cmdline = read_proc(child, "environ"), read_proc(child, "cmdline")
                    if environ is not None and cmdline:
                        seen[child] = (environ, cmdline)
                names = b" ".join(cmdline for _, cmdline in seen.values())
                if b"callbridge-sandbox" in names and b"QtWebEngineProcess" in names:
                    break
                time.sleep(0.2)  # polling another process's /proc entries, not synchronising with our own code
        finally:
            app.send_signal(signal.SIGTERM)
            try:
                _, err = app.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
                _, err = app.communicate()
        names = b" ".join(cmdline for _, cmdline in seen.values())
        self.assertIn(b"callbridge-sandbox", names)
        self.assertIn(b"QtWebEngineProcess", names)
        for pid, (environ, cmdline) in seen.items():
            variables = environ.split(b"\0")
            self.assertFalse([v for v in variables if v.startswith(b"CALLBRIDGE_ZENDESK_TOKEN=")], pid)
            self.assertNotIn(TOKEN.encode(), environ, pid)
            self.assertFalse([v for v in variables if v.startswith(b"QTWEBENGINE_REMOTE_DEBUGGING=")], pid)
            self.assertNotIn(b"--remote-debugging", cmdline, pid)
        self.assertIn(b"remote debugging is disabled in this build", err)


class StoreToken(unittest.TestCase):
    def test_a_token_typed_on_a_terminal_is_not_echoed(self):
        master, slave = pty.openpty()
        env = dict(os.environ, QT_LOGGING_RULES="*.info=false")
        env.pop("CALLBRIDGE_ZENDESK_TOKEN", None)
        proc = subprocess.Popen([CALLBRIDGE, "store-token", "--settings", os.devnull, "--zendesk-url",
                                 "https://acme.zendesk.com", "--zendesk-email", "agent@example.com"],
                                stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
        os.close(slave)
        output = b""

        def read_until(predicate, timeout):
            nonlocal output
            end = time.monotonic() + timeout
            while not predicate() and time.monotonic() < end:
                ready, _, _ = select.select([master], [], [], 0.5)
                if ready:
                    try:
                        chunk = os.read(master, 4096)
                    except OSError:
                        return
                    if not chunk:
                        return
                    output += chunk

        read_until(lambda: b"token" in output, 30)
        self.assertIn(b"not shown", output)
        os.write(master, TOKEN.encode() + b"\n")
        read_until(lambda: proc.poll() is not None, 60)
        try:
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
            os.close(master)
        self.assertNotIn(TOKEN.encode(), output)


if __name__ == "__main__":
    unittest.main()
