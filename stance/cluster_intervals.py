"""Percentile-bootstrap intervals for ratio scores counted per article.

Attribution figures (PolNeAR source F1, corpus holder accuracy) are ratios of counts summed
over articles, and the sources of one article are not independent draws: one writer's habit
("the official said" throughout) makes them right or wrong together. So the resampling unit
is the article (a cluster bootstrap): each resample draws whole articles with replacement
and recomputes the ratio from their summed counts. The interval tells whether two figures,
or a figure and a goal, differ by more than the choice of articles would move them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def ratio_interval(
    numerators: Sequence[float],
    denominators: Sequence[float],
    resamples: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> list[float]:
    """[low, high] of sum(numerators) / sum(denominators) over article resamples.

    One entry per article. F1 with one-to-one matching is 2 * matched / (gold + predicted),
    so it is a ratio too. A resample whose denominators sum to 0 scores 0, as the full-sample
    scorers do.
    """
    top, bottom = _as_arrays(numerators, denominators)
    _check(top, resamples, level)
    drawn = np.random.default_rng(seed).integers(0, len(top), size=(resamples, len(top)))
    tail = (1 - level) / 2
    low, high = np.quantile(_ratios(top, bottom, drawn), [tail, 1 - tail])
    return [round(float(low), 4), round(float(high), 4)]


def paired_difference_interval(
    first: tuple[Sequence[float], Sequence[float]],
    second: tuple[Sequence[float], Sequence[float]],
    resamples: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> list[float]:
    """[low, high] of ratio(second) - ratio(first), both scored on the same article draws.

    Each of `first` and `second` is (numerators, denominators), one entry per article, the
    articles in the same order: two systems (or two commits) on one split. Drawing the same
    articles for both cancels how hard the articles are, so a small but steady gain shows,
    and a difference that one article's luck explains does not.
    """
    top_a, bottom_a = _as_arrays(*first)
    top_b, bottom_b = _as_arrays(*second)
    if top_a.shape != top_b.shape:
        raise ValueError(f"{len(top_a)} articles against {len(top_b)}: score the same ones")
    _check(top_a, resamples, level)
    drawn = np.random.default_rng(seed).integers(0, len(top_a), size=(resamples, len(top_a)))
    differences = _ratios(top_b, bottom_b, drawn) - _ratios(top_a, bottom_a, drawn)
    tail = (1 - level) / 2
    low, high = np.quantile(differences, [tail, 1 - tail])
    return [round(float(low), 4), round(float(high), 4)]


def _ratios(top: np.ndarray, bottom: np.ndarray, drawn: np.ndarray) -> np.ndarray:
    """sum(top) / sum(bottom) per row of article draws; 0 where nothing is counted."""
    sums_top, sums_bottom = top[drawn].sum(axis=1), bottom[drawn].sum(axis=1)
    return np.divide(sums_top, sums_bottom, out=np.zeros_like(sums_top), where=sums_bottom > 0)


def _as_arrays(numerators, denominators) -> tuple[np.ndarray, np.ndarray]:
    top = np.asarray(numerators, dtype=float)
    bottom = np.asarray(denominators, dtype=float)
    if top.shape != bottom.shape or top.ndim != 1:
        raise ValueError(
            f"numerators ({top.shape}) and denominators ({bottom.shape}) must be two lists "
            "of the same length, one entry per article"
        )
    if (top < 0).any() or (bottom < 0).any():
        raise ValueError("counts must not be negative")
    return top, bottom


def _check(top: np.ndarray, resamples: int, level: float) -> None:
    if not len(top):
        raise ValueError("ratio_interval: no articles to resample")
    if resamples < 1:
        raise ValueError(f"resamples must be at least 1, got {resamples}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie between 0 and 1, got {level}")
