"""Hand-written lines of the overlay per folder: ``python -m scripts.handlines [--base REV]``.

The sync twins that ``scripts/unasync.py`` writes (between its markers) are generated, so they are
counted apart; the local gateway and its pytest plugin (the simulator) are shown apart from the client.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from pathlib import Path

from scripts.unasync import BEGIN, END

ROOT = Path(__file__).resolve().parents[1]
SIMULATOR = ("gateway", "testing")


def split(text: str) -> tuple[int, int]:
    """(hand-written lines, generated twin lines) of one module."""
    hand = twin = 0
    inside = False
    for line in text.splitlines():
        if line == BEGIN:
            inside = True
        if inside:
            twin += 1
        else:
            hand += 1
        if line == END:
            inside = False
    return hand, twin


def _files(base: str | None) -> dict[str, str]:
    if base is None:
        return {
            str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
            for path in ROOT.glob("overlay/sezzle/**/*.py")
        }
    names = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", base, "overlay/sezzle"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.split()
    show = ["git", "show"]
    return {
        name: subprocess.run([*show, f"{base}:{name}"], capture_output=True, text=True, check=True, cwd=ROOT).stdout
        for name in names
        if name.endswith(".py")
    }


def count(base: str | None = None) -> tuple[Counter[str], Counter[str]]:
    hand: Counter[str] = Counter()
    twins: Counter[str] = Counter()
    for name, text in _files(base).items():
        parts = Path(name).relative_to("overlay/sezzle").parts
        folder = parts[0] if len(parts) > 1 else "(core modules)"
        written, twin = split(text)
        hand[folder] += written
        twins[folder] += twin
    return hand, twins


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--base", help="also count this revision, side by side")
    args = parser.parse_args(argv)
    hand, twins = count()
    before = count(args.base)[0] if args.base else None
    print(
        f"{'folder':16} {'before':>7} {'hand':>7} {'twins':>7}" if before else f"{'folder':16} {'hand':>7} {'twins':>7}"
    )
    for folder in sorted(set(hand) | set(before or {})):
        row = f"{folder:16} {hand[folder]:7} {twins[folder]:7}"
        print(f"{folder:16} {before[folder]:7} {row[16:]}" if before is not None else row)
    client = sum(lines for folder, lines in hand.items() if folder not in SIMULATOR)
    shown = f"client (without the simulator): {client} hand-written lines"
    if before is not None:
        shown += f", {sum(lines for folder, lines in before.items() if folder not in SIMULATOR)} before"
    print(shown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
