"""Article-resampled intervals of attribution scores: whole articles are drawn, so an
article that is all right or all wrong widens the interval as it should."""

from collections import Counter

import pytest

from stance.attribution_eval import SourceSpan, article_intervals, match, scores
from stance.cluster_intervals import ratio_interval
from stance.holder_eval import evaluate_holders
from stance.types import Attribution


def test_interval_brackets_the_pooled_ratio():
    matched = [9, 7, 10, 4, 8, 6, 10, 9, 3, 8]
    gold = [10, 10, 12, 8, 9, 10, 11, 10, 7, 9]
    low, high = ratio_interval(matched, gold, resamples=500)
    assert low < sum(matched) / sum(gold) < high


def test_articles_right_or_wrong_as_a_whole_widen_the_interval():
    # The same 160 of 200 either spread evenly (8 of 10 in every article) or bunched (16
    # articles all right, 4 all wrong): only the second leaves doubt about the rate.
    even = ratio_interval([8] * 20, [10] * 20, resamples=500)
    bunched = ratio_interval([10] * 16 + [0] * 4, [10] * 20, resamples=500)
    assert even == [0.8, 0.8]
    assert bunched[0] < 0.7 and bunched[1] > 0.9


def test_interval_narrows_with_more_articles():
    few = ratio_interval([10, 0] * 5, [10, 10] * 5, resamples=500)
    many = ratio_interval([10, 0] * 200, [10, 10] * 200, resamples=500)
    assert many[1] - many[0] < (few[1] - few[0]) / 3


def test_interval_repeats_for_a_seed_and_moves_with_another():
    counts = ([3, 9, 1, 7, 5, 8], [9, 10, 6, 8, 9, 9])
    first = ratio_interval(*counts, resamples=300, seed=7)
    assert ratio_interval(*counts, resamples=300, seed=7) == first
    assert ratio_interval(*counts, resamples=300, seed=8) != first


@pytest.mark.parametrize(
    ("numerators", "denominators", "message"),
    [
        ([1, 2], [3], "same length"),
        ([], [], "no articles"),
        ([-1], [2], "negative"),
    ],
)
def test_bad_counts_are_refused_with_a_reason(numerators, denominators, message):
    with pytest.raises(ValueError, match=message):
        ratio_interval(numerators, denominators, resamples=10)


def test_span_score_intervals_per_mode_bracket_the_pooled_scores():
    text = "Ana Petrova said no. The minister said yes."
    gold = [SourceSpan(0, 11, "indirect"), SourceSpan(21, 33, "indirect")]
    hit = match(text, gold, [SourceSpan(0, 11, "indirect"), SourceSpan(25, 33, "indirect")])
    miss = match(text, gold, [SourceSpan(12, 16, "indirect")])
    per_article = [hit] * 6 + [miss] * 3
    pooled = scores(sum(per_article, Counter()))
    intervals = article_intervals(per_article, resamples=400)
    for mode in ("exact", "overlap"):
        for measure in ("precision", "recall", "f1"):
            low, high = intervals[mode][f"{measure}_ci95"]
            assert low <= pooled[mode][measure] <= high
    assert intervals["overlap"]["f1_ci95"][0] < intervals["overlap"]["f1_ci95"][1]


class _FirstSentenceAttributor:
    """Stands in for the pipeline: names one holder in the first sentence only."""

    def __init__(self, name: str) -> None:
        self.name = name

    def attribute(self, text, sentences):
        return [Attribution(0, self.name, None, None, "indirect", "name", "invented")]


def _passage(index: int, holder: str) -> dict:
    text = f"{holder} said the bridge would reopen. Traffic waited."
    return {
        "id": f"invented-{index}",
        "text": text,
        "sentences": [
            {"start": 0, "text": text.split(". ")[0] + ".", "attributions": [{"holder": holder}]}
        ],
    }


def test_holder_accuracy_gets_a_passage_interval_only_when_asked(segmenter):
    passages = [_passage(i, "Wenna Halloran") for i in range(8)]
    passages += [_passage(i, "Ivo Lund") for i in range(8, 12)]
    attributor = _FirstSentenceAttributor("Halloran")
    plain = evaluate_holders(attributor, segmenter, passages)
    assert "holder_accuracy_ci95" not in plain
    result = evaluate_holders(attributor, segmenter, passages, bootstrap_resamples=400)
    low, high = result["holder_accuracy_ci95"]
    assert result["holder_accuracy"] == round(8 / 12, 4)
    assert low < 8 / 12 < high
