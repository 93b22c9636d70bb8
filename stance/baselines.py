"""Baselines in the same data and metrics as the transformer: majority class, TF-IDF + LR.

They read the same (target, holder, sentence) rows, so their scores sit beside the
fine-tuned model's in one table.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping

from datasets import Dataset, DatasetDict
from hydra.utils import instantiate
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from stance.intervals import scored_split
from stance.labels import ID2LABEL


def _texts(dataset: Dataset) -> list[str]:
    """The target name joined to the sentence, so one model serves every target."""
    return [f"{t} {s}" for t, s in zip(dataset["target"], dataset["sentence"], strict=True)]


class MajorityBaseline:
    """Predicts each target's most frequent training label (the overall one for targets
    unseen in training, as in VAST's zero-shot topics)."""

    def __init__(self) -> None:
        self.params: dict = {}

    def fit(self, train: Dataset) -> MajorityBaseline:
        counts: dict[str, Counter] = {}
        for target, label in zip(train["target"], train["label"], strict=True):
            counts.setdefault(target, Counter())[label] += 1
        self.by_target = {t: c.most_common(1)[0][0] for t, c in counts.items()}
        self.overall = Counter(train["label"]).most_common(1)[0][0]
        return self

    def predict(self, dataset: Dataset) -> list[int]:
        return [self.by_target.get(t, self.overall) for t in dataset["target"]]


class TfidfBaseline:
    """Word and bigram TF-IDF features with a class-balanced logistic regression."""

    def __init__(self, c: float = 4.0, max_features: int = 50_000, ngram_max: int = 2) -> None:
        self.params = {"c": c, "max_features": max_features, "ngram_max": ngram_max}
        self.model = make_pipeline(
            TfidfVectorizer(
                ngram_range=(1, ngram_max), min_df=1, max_features=max_features, sublinear_tf=True
            ),
            LogisticRegression(C=c, max_iter=2000, class_weight="balanced"),
        )

    def fit(self, train: Dataset) -> TfidfBaseline:
        self.model.fit(_texts(train), train["label"])
        return self

    def predict(self, dataset: Dataset) -> list[int]:
        return [int(p) for p in self.model.predict(_texts(dataset))]


def evaluate_baseline(
    model,
    dataset: Dataset,
    bootstrap_resamples: int = 0,
    seed: int = 0,
    protocol: dict | None = None,
) -> dict:
    """Pooled and per-target sentence metrics, as `evaluation.evaluate_split` reports them
    (with its `f_avg_ci95` when `bootstrap_resamples` > 0)."""
    predicted = [ID2LABEL[p] for p in model.predict(dataset)]
    gold = [ID2LABEL[g] for g in dataset["label"]]
    return scored_split(gold, predicted, dataset["target"], bootstrap_resamples, seed, protocol)


def baselines(config: Mapping | None = None) -> dict:
    """The baselines by the model name their runs are logged under, built from the
    `baselines` config group (configs/baselines/); the defaults without one."""
    if config is None:
        return {"majority": MajorityBaseline(), "tfidf_lr": TfidfBaseline()}
    return {name: instantiate(spec) for name, spec in config.items()}


def fit_and_evaluate(
    model,
    dataset: DatasetDict,
    bootstrap_resamples: int = 0,
    seed: int = 0,
    protocol: dict | None = None,
) -> dict:
    """Fit on `train`, score every other split; shaped like a training run's metrics
    (`protocol`: the data config's metric and per-target mean, for `protocol_ci95`)."""
    started = time.time()
    model.fit(dataset["train"])
    metrics: dict = {"train_seconds": round(time.time() - started, 1)}
    for split in (s for s in dataset if s != "train"):
        metrics[split] = evaluate_baseline(
            model, dataset[split], bootstrap_resamples, seed, protocol
        )
    return metrics
