#!/usr/bin/env python3
"""The windows' translations are complete: no entry of callbridge_{de,fr,es}.ts is unfinished, empty or obsolete;
each keeps the placeholders of its English source; callbridge_en.ts holds finished English plural forms; and the
catalogs are in step with the sources (lupdate run on a copy finds no string without a translation)."""
import glob
import os
import re
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TS_DIR = os.path.join(ROOT, "translations")
LANGUAGES = ("de", "fr", "es")
LUPDATE = os.environ.get("LUPDATE") or shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate"
PLACEHOLDER = re.compile(r"%(?:L?\d|n)")


def sources():
    """What the build's lupdate reads: every .cpp and .h under ui/ and app/, every .cpp and .h under core/."""
    found = []
    for folder, extensions in (("ui", ("cpp", "h")), ("app", ("cpp", "h")), ("core", ("cpp", "h"))):
        for ext in extensions:
            found += glob.glob(os.path.join(ROOT, folder, "**", f"*.{ext}"), recursive=True)
    return sorted(found)


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def forms(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(path, plurals_only=False):
    found = []
    for context, message in messages(path):
        source = message.findtext("source")
        where = f"{os.path.basename(path)} [{context}] {source!r}"
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            found.append(f"{where}: {kind}")
            continue
        if plurals_only and message.get("numerus") != "yes":
            found.append(f"{where}: only plural forms belong in the English catalog")
        for text in forms(message):
            if not text.strip():
                found.append(f"{where}: empty translation")
            elif sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                found.append(f"{where}: placeholders differ in {text!r}")
    return found


class Translations(unittest.TestCase):
    def test_every_language_is_complete(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                path = os.path.join(TS_DIR, f"callbridge_{language}.ts")
                self.assertGreater(len(list(messages(path))), 0)
                self.assertEqual(problems(path), [])

    def test_english_catalog_holds_finished_plural_forms(self):
        self.assertEqual(problems(os.path.join(TS_DIR, "callbridge_en.ts"), plurals_only=True), [])

    def test_every_source_string_has_a_translation(self):
        with tempfile.TemporaryDirectory() as tmp:
            for language in LANGUAGES:
                copy = os.path.join(tmp, f"callbridge_{language}.ts")
                shutil.copy(os.path.join(TS_DIR, f"callbridge_{language}.ts"), copy)
                subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "none", *sources(), "-ts", copy],
                               check=True)
                with self.subTest(language=language):
                    self.assertEqual(problems(copy), [])
            english = os.path.join(tmp, "callbridge_en.ts")
            shutil.copy(os.path.join(TS_DIR, "callbridge_en.ts"), english)
            subprocess.run([LUPDATE, "-silent", "-pluralonly", "-no-obsolete", "-locations", "none", *sources(),
                            "-ts", english], check=True)
            self.assertEqual(problems(english, plurals_only=True), [])

    def test_the_check_sees_an_unfinished_entry(self):
        with tempfile.TemporaryDirectory() as tmp:
            broken = os.path.join(tmp, "callbridge_de.ts")
            with open(os.path.join(TS_DIR, "callbridge_de.ts"), encoding="utf-8") as f:
                text = f.read()
            with open(broken, "w", encoding="utf-8") as f:
                f.write(text.replace("<translation>", '<translation type="unfinished">', 1))
            self.assertEqual(len(problems(broken)), 1)


if __name__ == "__main__":
    unittest.main()
