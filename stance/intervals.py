"""Percentile-bootstrap intervals for sentence-level scores.

A test set of a few hundred rows gives an F_avg that moves by several points when other
rows are drawn; the interval says how much, so two runs are not ranked on noise. The
resampled scores come from 3x3 confusion counts built with numpy for all resamples at
once (calling `sentence_metrics` per resample is hundreds of times slower); on the
full sample they equal `stance.metrics.sentence_metrics`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from stance.labels import LABELS
from stance.metrics import split_metrics

METRICS = ("f_avg", "macro_f1", "accuracy")
_K = len(LABELS)
_BLOCK_CELLS = 4_000_000  # indices drawn at once: bounds memory to ~32 MB


def bootstrap_interval(
    gold: Sequence[str],
    predicted: Sequence[str],
    metric: str = "f_avg",
    resamples: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> dict:
    """The `level` percentile interval of `metric` over `resamples` row resamples."""
    _check(gold, predicted, metric, resamples, level)
    codes = _pair_codes(gold, predicted)
    scores = _metric_from_counts(_resampled_counts(codes, resamples, seed), metric)
    tail = (1 - level) / 2
    low, high = np.quantile(scores, [tail, 1 - tail])
    return {"low": float(low), "high": float(high), "resamples": resamples}


def protocol_interval(
    gold: Sequence[str],
    predicted: Sequence[str],
    targets: Sequence[str],
    metric: str,
    per_target_mean: bool,
    resamples: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> dict:
    """The interval of a benchmark's headline number (`metrics.protocol_score`).

    Pooled protocols resample all rows. Per-target means (P-Stance, COVID-19-Stance)
    resample within each target, keeping its size, so every resample has every target, and
    take the mean of the per-target scores resample by resample.
    """
    if not per_target_mean:
        return bootstrap_interval(gold, predicted, metric, resamples, seed, level)
    _check(gold, predicted, metric, resamples, level)
    if len(targets) != len(gold):
        raise ValueError(f"targets has {len(targets)} rows but gold has {len(gold)}")
    per_target = []
    for offset, target in enumerate(sorted(set(targets))):
        rows = [i for i, t in enumerate(targets) if t == target]
        codes = _pair_codes([gold[i] for i in rows], [predicted[i] for i in rows])
        counts = _resampled_counts(codes, resamples, seed + offset)
        per_target.append(_metric_from_counts(counts, metric))
    scores = np.mean(per_target, axis=0)
    tail = (1 - level) / 2
    low, high = np.quantile(scores, [tail, 1 - tail])
    return {"low": float(low), "high": float(high), "resamples": resamples}


def score_from_labels(gold: Sequence[str], predicted: Sequence[str], metric: str) -> float:
    """`metric` on the full sample, by the same count arithmetic the resamples use."""
    counts = np.bincount(_pair_codes(gold, predicted), minlength=_K * _K)
    return float(_metric_from_counts(counts.reshape(1, _K, _K), metric)[0])


def _check(gold, predicted, metric: str, resamples: int, level: float) -> None:
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} labels but predicted has {len(predicted)}")
    if not gold:
        raise ValueError("bootstrap_interval: no rows to resample")
    if metric not in METRICS:
        raise ValueError(f"metric {metric!r} unknown; choose from {', '.join(METRICS)}")
    if resamples < 1:
        raise ValueError(f"resamples must be at least 1, got {resamples}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie between 0 and 1, got {level}")


def _pair_codes(gold: Sequence[str], predicted: Sequence[str]) -> np.ndarray:
    """gold index * 3 + predicted index per row; unknown labels are an error."""
    index = {label: i for i, label in enumerate(LABELS)}
    unknown = sorted({x for x in (*gold, *predicted) if x not in index})
    if unknown:
        raise ValueError(f"labels {unknown} are not among {list(LABELS)}")
    return np.array([index[g] * _K + index[p] for g, p in zip(gold, predicted, strict=True)])


def _resampled_counts(codes: np.ndarray, resamples: int, seed: int) -> np.ndarray:
    """(resamples, 3, 3) confusion counts, gold on rows, one row-resample per slice."""
    rng = np.random.default_rng(seed)
    n = len(codes)
    block = max(1, _BLOCK_CELLS // n)
    counts = []
    for start in range(0, resamples, block):
        size = min(block, resamples - start)
        drawn = codes[rng.integers(0, n, size=(size, n))]
        offsets = (np.arange(size) * _K * _K)[:, None]
        flat = np.bincount((drawn + offsets).ravel(), minlength=size * _K * _K)
        counts.append(flat.reshape(size, _K, _K))
    return np.concatenate(counts)


def _metric_from_counts(counts: np.ndarray, metric: str) -> np.ndarray:
    """Per-resample metric; F1 of a class with no gold and no predicted rows is 0, as in
    `sentence_metrics` (sklearn's zero_division=0)."""
    correct = np.diagonal(counts, axis1=1, axis2=2).astype(float)
    if metric == "accuracy":
        return correct.sum(axis=1) / counts.sum(axis=(1, 2))
    gold_totals = counts.sum(axis=2)
    predicted_totals = counts.sum(axis=1)
    denominator = gold_totals + predicted_totals
    f1 = np.divide(2 * correct, denominator, out=np.zeros_like(correct), where=denominator > 0)
    if metric == "macro_f1":
        return f1.mean(axis=1)
    favor, against = LABELS.index("favor"), LABELS.index("against")
    return (f1[:, favor] + f1[:, against]) / 2


def add_interval(
    scores: dict,
    gold: Sequence[str],
    predicted: Sequence[str],
    resamples: int,
    seed: int,
    targets: Sequence[str] | None = None,
    protocol: dict | None = None,
) -> dict:
    """`split_metrics` scores with `f_avg_ci95` = [low, high] of the pooled rows added
    when `resamples` > 0 and there are rows, and with `protocol` (metric, per_target_mean)
    and the rows' `targets` also `protocol_ci95`, the interval of the protocol's score."""
    if resamples > 0 and gold:
        interval = bootstrap_interval(gold, predicted, "f_avg", resamples, seed)
        scores["f_avg_ci95"] = [interval["low"], interval["high"]]
        if protocol is not None and targets is not None:
            interval = protocol_interval(
                gold,
                predicted,
                targets,
                protocol["metric"],
                protocol["per_target_mean"],
                resamples,
                seed,
            )
            scores["protocol_ci95"] = [interval["low"], interval["high"]]
    return scores


def scored_split(
    gold: Sequence[str],
    predicted: Sequence[str],
    targets: Sequence[str],
    resamples: int = 0,
    seed: int = 0,
    protocol: dict | None = None,
) -> dict:
    """`split_metrics` of one split with its intervals (`add_interval`): the one scoring
    step that the transformer's and the baselines' evaluations share."""
    scores = split_metrics(gold, predicted, targets)
    return add_interval(scores, gold, predicted, resamples, seed, targets, protocol)
