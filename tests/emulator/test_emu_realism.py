"""Every answer in ../shared/real-responses has the emulator's shape for the same request.

Same shape: keys at every level, null vs value, JSON kinds, string formats (see realism.py). A
difference kept on purpose is listed with its reason in realism_exceptions.toml; the report is
``python -m scripts.realism_report``.
"""

from __future__ import annotations

import pytest

from tests.emulator.realism import REAL, Exceptions, differences, is_kind_mismatch, report, run_corpus

DATA = "data, not shape"

shared = pytest.mark.skipif(
    not REAL.is_dir(), reason=f"real response corpus not found at {REAL} (needs ../shared beside the project)"
)


@shared
@pytest.mark.shared
@pytest.mark.asyncio
async def test_every_corpus_answer_has_the_real_shape_or_a_kept_reason() -> None:
    results = await run_corpus()
    exceptions = Exceptions.load()
    text, unexplained = report(results, exceptions)
    assert not unexplained, "differences with no reason in realism_exceptions.toml:\n" + "\n".join(
        unexplained
    )
    occurring = {(r.case.name, d) for r in results for d in r.differences}
    # a kept difference that no longer occurs is stale, unless it is seeded data (which records a
    # seed happens to put first), not shape
    stale = sorted(
        k for k in set(exceptions.reasons) - occurring if not exceptions.reasons[k].startswith(DATA)
    )
    assert not stale, f"realism_exceptions.toml lists differences that no longer occur: {stale}"
    assert not [d for r in results for d in r.differences if is_kind_mismatch(d)], text
    replayed = [r for r in results if not r.skipped]
    same = [r for r in replayed if not r.differences]
    assert len(same) >= 0.6 * len(replayed), text


def test_shape_comparison_sees_keys_nulls_kinds_and_formats() -> None:
    real = {"a": {"id": 1, "url": "x.no/v2/a/1"}, "d": "2026-01-02", "n": None, "l": [{"k": 1}], "s": ""}
    assert differences(real, real) == []
    ours = {"a": {"id": 1, "url": "https://x.no/v2/a/1"}, "d": "x", "n": 0, "l": [{"k": "1"}], "t": 1}
    assert differences(real, ours) == [
        ".s: missing",
        ".t: extra",
        ".a.url: string(url) vs string(url with scheme)",
        ".d: string(date) vs string",
        ".n: null vs number",
        ".l[].k: number vs string",
    ]
    assert is_kind_mismatch(".l[].k: number vs string")
    assert not is_kind_mismatch(".n: null vs number") and not is_kind_mismatch(".d: string(date) vs string")
    assert differences({"l": []}, {"l": [1]}) == []  # how many elements is data
