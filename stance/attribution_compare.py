"""Compare two attribution runs on the same PolNeAR articles, article by article.

A change to the rules or the tagger moves source F1 by a few thousandths, less than the
choice of articles moves it (`stance.cluster_intervals`). Scoring both runs on the same
article draws (a paired bootstrap) says whether the change helps across articles or rides
on one or two of them. Runs are the files `scripts/evaluate_attribution.py --save-articles`
writes: each article's match counts, so two commits can be compared without rerunning.
"""

from __future__ import annotations

from collections import Counter

from stance.attribution_eval import f1_parts, scores
from stance.cluster_intervals import paired_difference_interval

MODES = ("exact", "overlap")


def compare_runs(first: dict, second: dict, resamples: int = 1000, seed: int = 0) -> dict:
    """Per matching mode: both F1s, their difference (second - first) and its 95% interval.

    `first` and `second` are saved runs: {"split": ..., "articles": {article: counts}}.
    Raises ValueError when they are not the same split and the same articles.
    """
    _check_same_articles(first, second)
    names = sorted(first["articles"])
    a = [Counter(first["articles"][n]) for n in names]
    b = [Counter(second["articles"][n]) for n in names]
    result: dict = {"split": first["split"], "articles": len(names)}
    for mode in MODES:
        f1_a = scores(sum(a, Counter()))[mode]["f1"]
        f1_b = scores(sum(b, Counter()))[mode]["f1"]
        result[mode] = {
            "first_f1": f1_a,
            "second_f1": f1_b,
            "difference": round(f1_b - f1_a, 4),
            "difference_ci95": paired_difference_interval(
                f1_parts(a, mode), f1_parts(b, mode), resamples, seed
            ),
        }
    return result


def _check_same_articles(first: dict, second: dict) -> None:
    if first.get("split") != second.get("split"):
        raise ValueError(
            f"runs on different splits: {first.get('split')} and {second.get('split')}"
        )
    if first.get("narrative_counted") != second.get("narrative_counted"):
        raise ValueError("one run counts narrative attributions and the other does not")
    only_first = sorted(set(first["articles"]) - set(second["articles"]))
    only_second = sorted(set(second["articles"]) - set(first["articles"]))
    if only_first or only_second:
        raise ValueError(
            f"runs scored different articles ({len(only_first)} only in the first, "
            f"{len(only_second)} only in the second; e.g. {(only_first + only_second)[0]})"
        )
    if not first["articles"]:
        raise ValueError("runs hold no articles")
