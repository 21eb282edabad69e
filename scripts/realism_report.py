"""Print the emulator realism report: each ../shared/real-responses answer replayed on the emulator,
how many have the real shape, and every remaining difference with the reason it is kept.

    .venv/bin/python -m scripts.realism_report
"""

from __future__ import annotations

import asyncio
import sys

from tests.emulator.realism import REAL, Exceptions, report, run_corpus


def main() -> int:
    if not REAL.is_dir():
        print(f"no corpus at {REAL}: ../shared must be beside the project", file=sys.stderr)
        return 2
    text, unexplained = report(asyncio.run(run_corpus()), Exceptions.load())
    print(text)
    return 1 if unexplained else 0


if __name__ == "__main__":
    raise SystemExit(main())
