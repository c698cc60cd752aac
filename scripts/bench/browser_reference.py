"""The reference for the desktop app's footprint: Debian's Chromium, headless, showing the same host page against the
same sandbox — /softphone/host.html served by callbridge-sandbox (the app's page in served mode: the same
amazon-connect-streams bundle and host.js, framing the sandbox's simulated CCP). The page writes every message it
would give the app's bridge to the console, which Chromium logs on stderr; BrowserPage reads them back as lines shaped
like the app's --trace lines, so that one benchmark loop drives both.
"""
import json
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
import time

from sandboxctl import TracedProcess

CONSOLE = re.compile(r':CONSOLE[^\]]*\] "(\{"callbridge".*)", source: ')
INSTALL_HINT = "apt-get install chromium (about 350 MB; not in scripts/install-deps.sh)"


def find_browser():
    return shutil.which("chromium")


class BrowserPage(TracedProcess):
    """chromium --headless on the sandbox's host page; `lines` holds trace-like dicts with the time they arrived."""

    def __init__(self, url, profile_dir):
        exe = find_browser()
        if not exe:
            raise RuntimeError(f"chromium is not installed: {INSTALL_HINT}")
        self.name = "the browser's page"
        self.started = time.monotonic()
        # --no-sandbox as the app runs QtWebEngine (QTWEBENGINE_DISABLE_SANDBOX=1); the same window size as the app's
        # offscreen softphone view is not needed for memory, which the page's content sets.
        self.proc = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--no-first-run", "--disable-extensions", "--mute-audio",
             "--autoplay-policy=no-user-gesture-required", f"--user-data-dir={profile_dir}",
             "--enable-logging=stderr", "--v=0", url + "/softphone/host.html"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
        self.lines = queue.Queue()
        self.seen_agent = False
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for raw in self.proc.stderr:
            m = CONSOLE.search(raw)
            if not m:
                continue
            try:
                message = json.loads(m.group(1))
            except ValueError:
                continue
            kind, payload = message.get("callbridge"), message.get("payload") or {}
            now = time.monotonic()
            if kind == "agent-state" and not self.seen_agent:
                self.seen_agent = True
                self.lines.put((now, {"trace": "softphone_ready"}))
            elif kind == "contact-event":
                contact = payload.get("contact") or {}
                self.lines.put((now, {"trace": "event", "kind": payload.get("event"),
                                      "contactId": contact.get("contactId")}))


def new_profile_dir():
    return tempfile.mkdtemp(prefix="callbridge-bench-chromium-")
