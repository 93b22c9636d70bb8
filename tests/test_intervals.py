"""Bootstrap intervals: they bracket the score, shrink with data, repeat for a seed."""

import numpy as np
import pytest
from datasets import Dataset

from stance.intervals import bootstrap_interval, score_from_labels
from stance.labels import LABEL2ID, LABELS
from stance.metrics import sentence_metrics


def noisy_labels(n: int, seed: int = 1, correct: float = 0.7) -> tuple[list[str], list[str]]:
    """Invented gold labels and predictions that are right about `correct` of the time."""
    rng = np.random.default_rng(seed)
    gold = [str(x) for x in rng.choice(LABELS, n, p=[0.3, 0.2, 0.5])]
    predicted = [g if rng.random() < correct else str(rng.choice(LABELS)) for g in gold]
    return gold, predicted


def width(interval: dict) -> float:
    return interval["high"] - interval["low"]


@pytest.mark.parametrize("metric", ["f_avg", "macro_f1", "accuracy"])
def test_count_arithmetic_matches_sentence_metrics(metric):
    gold, predicted = noisy_labels(300)
    assert score_from_labels(gold, predicted, metric) == pytest.approx(
        sentence_metrics(gold, predicted)[metric]
    )
    # A class that neither gold nor predictions use scores 0, as sklearn's zero_division=0.
    few = (["favor", "none", "none"], ["favor", "none", "favor"])
    assert score_from_labels(*few, metric) == pytest.approx(sentence_metrics(*few)[metric])


def test_interval_contains_the_point_estimate():
    gold, predicted = noisy_labels(400)
    interval = bootstrap_interval(gold, predicted, resamples=500)
    point = sentence_metrics(gold, predicted)["f_avg"]
    assert interval["low"] < point < interval["high"]
    assert interval["resamples"] == 500


def test_interval_narrows_with_more_rows():
    small = bootstrap_interval(*noisy_labels(100), resamples=500)
    large = bootstrap_interval(*noisy_labels(5000), resamples=500)
    assert width(large) < width(small) / 3  # ~ 1/sqrt(50) of the width


def test_interval_is_deterministic_for_a_seed():
    gold, predicted = noisy_labels(200)
    first = bootstrap_interval(gold, predicted, resamples=300, seed=7)
    assert bootstrap_interval(gold, predicted, resamples=300, seed=7) == first
    assert bootstrap_interval(gold, predicted, resamples=300, seed=8) != first


def test_all_correct_predictions_give_a_point_interval():
    gold = ["favor", "against", "none"] * 100
    assert bootstrap_interval(gold, gold, resamples=200) == {
        "low": 1.0,
        "high": 1.0,
        "resamples": 200,
    }


@pytest.mark.parametrize(
    ("gold", "predicted", "kwargs", "message"),
    [
        (["favor"], ["favor", "none"], {}, "gold has 1 labels but predicted has 2"),
        ([], [], {}, "no rows"),
        (["favor"], ["pro"], {}, "labels ['pro'] are not among"),
        (["favor"], ["favor"], {"metric": "f2"}, "metric 'f2' unknown"),
        (["favor"], ["favor"], {"resamples": 0}, "resamples must be at least 1"),
    ],
)
def test_bad_input_is_named(gold, predicted, kwargs, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        bootstrap_interval(gold, predicted, **kwargs)


class FixedClassifier:
    """Predicts `favor` for every row: some right, some wrong on the rows below."""

    def predict(self, queries):
        return [{"favor": 0.8, "against": 0.1, "none": 0.1} for _ in queries]


def test_evaluate_split_adds_the_interval_only_when_asked():
    from stance.evaluation import evaluate_split

    labels = ["favor", "against", "none", "favor"] * 25
    dataset = Dataset.from_list(
        [
            {"id": str(i), "target": "peace_talks", "holder": "Berg", "sentence": "Invented."}
            | {"context": "", "label": LABEL2ID[label]}
            for i, label in enumerate(labels)
        ]
    )
    plain = evaluate_split(FixedClassifier(), dataset)
    assert "f_avg_ci95" not in plain
    scores = evaluate_split(FixedClassifier(), dataset, bootstrap_resamples=200, seed=3)
    low, high = scores["f_avg_ci95"]
    assert low < scores["f_avg"] == plain["f_avg"] < high


def test_protocol_interval_of_a_per_target_mean_brackets_the_protocol_score():
    """P-Stance style: F_avg within each target, then the mean; resampled within targets."""
    from stance.intervals import protocol_interval
    from stance.metrics import protocol_score, split_metrics

    gold = ["favor", "against", "none", "favor"] * 30 + ["against", "favor", "none"] * 20
    predicted = ["favor", "favor", "none", "favor"] * 30 + ["against", "none", "none"] * 20
    targets = ["a"] * 120 + ["b"] * 60
    point = protocol_score(
        {"test": split_metrics(gold, predicted, targets)}, "test", "f_avg", per_target_mean=True
    )
    interval = protocol_interval(gold, predicted, targets, "f_avg", True, resamples=500, seed=3)
    assert interval["low"] < point < interval["high"]
    pooled = protocol_interval(gold, predicted, targets, "f_avg", False, resamples=500, seed=3)
    assert pooled != interval  # the per-target mean is a different statistic
    with pytest.raises(ValueError, match="targets has"):
        protocol_interval(gold, predicted, targets[:-1], "f_avg", True)
