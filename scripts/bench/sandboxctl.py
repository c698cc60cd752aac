"""Small helpers shared by the benchmark and soak scripts: start a callbridge-sandbox, talk to its API."""
import base64
import json
import os
import queue
import subprocess
import time
import urllib.error
import urllib.request

AUTH = "Basic " + base64.b64encode(b"agent@example.com/token:sandbox").decode()


class Sandbox:
    def __init__(self, build_dir, *flags):
        exe = os.path.join(build_dir, "app", "sandbox", "callbridge-sandbox")
        self.proc = subprocess.Popen([exe, "--ephemeral", "--listen", "127.0.0.1:0", *flags],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http://127."):
            raise RuntimeError("sandbox did not print its URL")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def control(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            text = r.read().decode()
            return json.loads(text) if text else None

    def api(self, path):
        """GET on the Zendesk API (call only with faults switched off)."""
        req = urllib.request.Request(self.url + path, headers={"Authorization": AUTH, "Accept": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read().decode())

    def stats(self):
        return self.control("GET", "/sandbox/zendesk/stats")

    def calm(self):
        """Faults, rate limit and index lag off: for verifying the end state."""
        self.control("PATCH", "/sandbox/zendesk/config", {"faultRate": 0, "rateLimitPerMinute": 0,
                                                         "indexLagSeconds": 0, "latencyMs": 0, "jitterMs": 0})


class TracedProcess:
    """A child process whose output a reader thread turns into dict lines in `lines`, each with the time it arrived;
    `started` is when the process was started."""

    def wait(self, predicate, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                at, line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if predicate(line):
                return at, line
        raise TimeoutError(f"{self.name} did not print what was expected")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
