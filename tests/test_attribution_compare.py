"""Paired comparison of two attribution runs: same articles, same draws, one clear line
when the runs cannot be compared."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stance.attribution_compare import compare_runs

ROOT = Path(__file__).resolve().parents[1]


def run(matched: list[int], split: str = "dev", gold: int = 10, predicted: int = 10) -> dict:
    """A saved run of invented articles a0, a1, ... with `matched` sources each."""
    return {
        "split": split,
        "narrative_counted": False,
        "articles": {
            f"a{i}": {
                "gold": gold,
                "predicted": predicted,
                "exact_matched": m,
                "overlap_matched": m,
            }
            for i, m in enumerate(matched)
        },
    }


def test_a_run_compared_with_itself_differs_by_nothing():
    same = run([7, 9, 4, 8, 6, 10])
    result = compare_runs(same, same, resamples=200)
    assert result["overlap"]["difference"] == 0.0
    assert result["overlap"]["difference_ci95"] == [0.0, 0.0]


def test_a_steady_small_gain_shows_even_where_articles_vary_widely():
    before = run([2, 9, 4, 10, 6, 3, 8, 5] * 3)
    after = run([m + 1 if m < 10 else m for m in [2, 9, 4, 10, 6, 3, 8, 5] * 3])
    result = compare_runs(before, after, resamples=400)
    low, high = result["overlap"]["difference_ci95"]
    assert result["overlap"]["difference"] > 0 and low > 0
    assert result["overlap"]["first_f1"] < result["overlap"]["second_f1"]


def test_a_gain_from_one_article_alone_is_not_told_apart_from_chance():
    before = run([5] * 20)
    after = run([10] + [5] * 19)
    low, high = compare_runs(before, after, resamples=400)["overlap"]["difference_ci95"]
    assert low <= 0 < high


@pytest.mark.parametrize(
    ("second", "message"),
    [
        (run([5, 5, 5]), "different articles"),
        (run([5, 5], split="test"), "different splits"),
    ],
)
def test_runs_on_other_articles_are_refused(second, message):
    with pytest.raises(ValueError, match=message):
        compare_runs(run([5, 5]), second)


def test_the_script_names_an_unreadable_run_in_one_line(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(run([5, 6])))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    script = ROOT / "scripts" / "compare_attribution.py"
    done = subprocess.run(
        [sys.executable, str(script), str(good), str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0 and "bad.json" in done.stderr
    assert "Traceback" not in done.stderr
