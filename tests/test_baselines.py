"""Baselines: TF-IDF beats majority on a separable invented fixture."""

from datasets import Dataset

from stance.baselines import MajorityBaseline, TfidfBaseline, evaluate_baseline
from stance.labels import LABEL2ID


def rows(n: int) -> Dataset:
    phrases = {
        "favor": "we call for talks and a ceasefire now",
        "against": "there will be no negotiations with the aggressor",
        "none": "the grain ship left the port on tuesday",
    }
    data = [
        {"target": "peace_talks", "sentence": f"{phrases[label]} {i}", "label": LABEL2ID[label]}
        for i in range(n)
        for label in phrases
    ]
    return Dataset.from_list(data)


def test_tfidf_separates_what_majority_cannot():
    train, test = rows(20), rows(5)
    majority = evaluate_baseline(MajorityBaseline().fit(train), test)
    tfidf = evaluate_baseline(TfidfBaseline().fit(train), test)
    assert tfidf["f_avg"] == 1.0
    assert majority["f_avg"] < 0.5
