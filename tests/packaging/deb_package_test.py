#!/usr/bin/env python3
"""The Debian package, as an admin would get it: cpack builds it from the build tree, `dpkg -x` unpacks it into a
scratch root, and the files a desktop needs are there (executables, desktop file registered for tel: and callto:,
metainfo, icons, licence); Depends is computed from the binaries; and the unpacked callbridge runs: --version, and
the demo up to a ready softphone."""
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
import unittest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
APP_ID = "org.callbridge.Callbridge"
DEADLINE_S = 120


class DebPackage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="callbridge-deb-")
        subprocess.run(["cpack", "-G", "DEB", "-B", cls.work, "--config", os.path.join(BUILD, "CPackConfig.cmake")],
                       check=True, stdout=subprocess.DEVNULL)
        debs = [f for f in os.listdir(cls.work) if f.endswith(".deb")]
        assert len(debs) == 1, debs
        cls.deb = os.path.join(cls.work, debs[0])
        cls.root = os.path.join(cls.work, "root")
        subprocess.run(["dpkg", "-x", cls.deb, cls.root], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def field(self, name):
        return subprocess.run(["dpkg-deb", "-f", self.deb, name], check=True, capture_output=True,
                              text=True).stdout.strip()

    def path(self, relative):
        return os.path.join(self.root, relative)

    def test_installs_the_files_a_desktop_needs(self):
        expected = [
            "usr/bin/callbridge",
            "usr/bin/callbridge-sandbox",
            f"usr/share/applications/{APP_ID}.desktop",
            f"usr/share/metainfo/{APP_ID}.metainfo.xml",
            f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
            "usr/share/doc/callbridge/copyright",
            "usr/share/doc/callbridge/amazon-connect-streams-LICENSE.txt",
        ] + [f"usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in (16, 22, 24, 32, 48, 64, 128, 256, 512)]
        missing = [p for p in expected if not os.path.isfile(self.path(p))]
        self.assertEqual(missing, [])
        self.assertTrue(os.access(self.path("usr/bin/callbridge"), os.X_OK))
        with open(self.path(f"usr/share/icons/hicolor/48x48/apps/{APP_ID}.png"), "rb") as png:
            self.assertEqual(png.read(8), b"\x89PNG\r\n\x1a\n")

    def test_desktop_file_registers_the_phone_link_schemes(self):
        with open(self.path(f"usr/share/applications/{APP_ID}.desktop"), encoding="utf-8") as f:
            lines = f.read().splitlines()
        self.assertIn("MimeType=x-scheme-handler/tel;x-scheme-handler/callto;", lines)
        self.assertIn("Exec=callbridge %u", lines)
        self.assertIn(f"Icon={APP_ID}", lines)
        if shutil.which("desktop-file-validate"):
            subprocess.run(["desktop-file-validate", self.path(f"usr/share/applications/{APP_ID}.desktop")],
                           check=True)

    def test_metainfo_names_the_desktop_file_and_this_version(self):
        with open(self.path(f"usr/share/metainfo/{APP_ID}.metainfo.xml"), encoding="utf-8") as f:
            text = f.read()
        self.assertIn(f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>", text)
        self.assertNotIn("@PROJECT_VERSION@", text)
        self.assertIn(f"version=\"{self.field('Version')}\"", text)

    def test_depends_is_computed_from_the_binaries_plus_the_plugins(self):
        depends = self.field("Depends")
        for package in ("libqt6core6", "libqt6webenginecore6", "libqt6sql6-sqlite", "libqt6webenginecore6-bin",
                        "libphonenumber8", "libc6"):
            self.assertIn(package, depends)

    def test_the_unpacked_callbridge_reports_its_version(self):
        done = subprocess.run([self.path("usr/bin/callbridge"), "--version"], capture_output=True, text=True,
                              timeout=DEADLINE_S)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout.split()[:2], ["callbridge", self.field("Version")])

    def test_the_unpacked_demo_starts_and_signs_in(self):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1",
                   HOME=os.path.join(self.work, "home"), XDG_CONFIG_HOME=os.path.join(self.work, "config"),
                   XDG_DATA_HOME=os.path.join(self.work, "data"))
        app = subprocess.Popen([self.path("usr/bin/callbridge"), "--demo", "--trace"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        seen, buffer = set(), ""
        try:
            deadline = time.monotonic() + DEADLINE_S
            while not {"softphone_ready", "zendesk_ready"} <= seen and time.monotonic() < deadline:
                ready, _, _ = select.select([app.stdout], [], [], 1)
                if not ready:
                    self.assertIsNone(app.poll(), "callbridge exited before it was ready")
                    continue
                line = app.stdout.readline()
                if not line:
                    break
                buffer += line
                try:
                    seen.add(json.loads(line).get("trace"))
                except ValueError:
                    pass
        finally:
            app.terminate()
            app.wait(timeout=30)
        self.assertTrue({"softphone_ready", "zendesk_ready"} <= seen, buffer[-2000:])


if __name__ == "__main__":
    unittest.main()
