#!/usr/bin/env python3
"""Renders resources/icons/callbridge.svg into the Windows .ico and the macOS .icns (PNG-compressed entries) that the
installers use. Needs rsvg-convert (Debian: librsvg2-bin). Run again after changing the SVG."""
import pathlib
import struct
import subprocess
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "callbridge.svg"


def render(size: int, directory: pathlib.Path) -> bytes:
    out = directory / f"{size}.png"
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(out), str(SVG)], check=True)
    return out.read_bytes()


def ico(images: dict) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(images: dict) -> bytes:
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
    body = b"".join(kinds[size] + struct.pack(">I", 8 + len(png)) + png for size, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = pathlib.Path(tmp)
        (HERE / "windows" / "callbridge.ico").write_bytes(
            ico({size: render(size, directory) for size in (16, 24, 32, 48, 64, 128, 256)}))
        (HERE / "macos" / "callbridge.icns").write_bytes(
            icns({size: render(size, directory) for size in (16, 32, 64, 128, 256, 512, 1024)}))


if __name__ == "__main__":
    main()
