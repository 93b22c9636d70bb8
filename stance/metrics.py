"""Stage 5 metrics: sentence-level macro-F1 and F_avg, per-class scores, speaker accuracy.

F_avg is the mean F1 of favor and against (the SemEval-2016 convention): it ignores how
well "none" is predicted, which the macro-F1 over all three classes does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from stance.holder_keys import match_holders, same_holder
from stance.labels import LABELS

PRIMARY_METRIC = "f_avg"


def sentence_metrics(gold: Sequence[str], predicted: Sequence[str]) -> dict:
    """Scores for one set of sentence-level labels (strings from LABELS)."""
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, labels=list(LABELS), zero_division=0
    )
    per_class = {
        label: {
            "precision": float(precision[i]),
            "recall": float(recall[i]),
            "f1": float(f1[i]),
            "support": int(support[i]),
        }
        for i, label in enumerate(LABELS)
    }
    correct = sum(g == p for g, p in zip(gold, predicted, strict=True))
    return {
        "f_avg": (per_class["favor"]["f1"] + per_class["against"]["f1"]) / 2,
        "macro_f1": float(sum(f1) / len(LABELS)),
        "accuracy": correct / len(gold) if gold else 0.0,
        "per_class": per_class,
        "confusion_matrix": {
            "labels": list(LABELS),
            "matrix": confusion_matrix(gold, predicted, labels=list(LABELS)).tolist(),
        },
        "n": len(gold),
    }


def split_metrics(gold: Sequence[str], predicted: Sequence[str], targets: Sequence[str]) -> dict:
    """Pooled ("all") and per-target sentence metrics of one split; primary: f_avg."""
    result = {"all": sentence_metrics(gold, predicted)}
    for target in sorted(set(targets)):
        rows = [i for i, t in enumerate(targets) if t == target]
        result[target] = sentence_metrics([gold[i] for i in rows], [predicted[i] for i in rows])
    result[PRIMARY_METRIC] = result["all"][PRIMARY_METRIC]
    return result


def compact(scores: dict) -> dict:
    """The headline numbers of `split_metrics`, rounded, for tables and JSON lines."""
    targets = per_target(scores)
    return {
        "f_avg": round(scores["f_avg"], 4),
        "macro_f1": round(scores["all"]["macro_f1"], 4),
        **{f"{t}_f_avg": round(scores[t]["f_avg"], 4) for t in targets},
    }


def speaker_accuracy(
    predicted: dict[str, dict[str, str]],
    gold: dict[str, dict[str, str]],
    targets: Sequence[str],
    optional: Sequence[str] = (),
) -> dict:
    """Share of gold (holder, target) cells the pipeline got right.

    A gold holder the pipeline missed counts as wrong on every target; holders the
    pipeline found beyond gold are counted in `extra_holders` (except `optional` ones).
    Names are paired one to one by `stance.holder_keys` ("Petrova" ~ "Ana Petrova").
    """
    gold_names, predicted_names = list(gold), list(predicted)
    pairs = dict(match_holders(gold_names, predicted_names))
    cells, correct, details = 0, 0, {}
    for i, holder in enumerate(gold_names):
        match = predicted_names[pairs[i]] if i in pairs else None
        for target in targets:
            cells += 1
            got = predicted[match][target] if match else "missing"
            correct += got == gold[holder][target]
            details[f"{holder}/{target}"] = {"gold": gold[holder][target], "predicted": got}
    matched = set(pairs.values())
    extra = [
        name
        for j, name in enumerate(predicted_names)
        if j not in matched and not any(same_holder(name, o) for o in optional)
    ]
    return {
        "speaker_accuracy": correct / cells if cells else 0.0,
        "cells": cells,
        "extra_holders": extra,
        "details": details,
    }


def table_metrics(results: Sequence[dict]) -> dict:
    """Pooled cell scores of several `speaker_accuracy` results: accuracy over all gold
    cells, and `sentence_metrics` of the cells with a missed holder read as `none`, so
    favor/against cells are not drowned by the many `none` ones."""
    cells = [c for r in results for c in r["details"].values()]
    gold = [c["gold"] for c in cells]
    predicted = ["none" if c["predicted"] == "missing" else c["predicted"] for c in cells]
    scores = sentence_metrics(gold, predicted) if cells else {}
    return {
        "speaker_accuracy": sum(c["gold"] == c["predicted"] for c in cells) / len(cells)
        if cells
        else 0.0,
        "cells": len(cells),
        "passages": len(results),
        "f_avg": scores.get("f_avg", 0.0),
        "macro_f1": scores.get("macro_f1", 0.0),
        "missed_cells": sum(c["predicted"] == "missing" for c in cells),
        "extra_holders": sum(len(r["extra_holders"]) for r in results),
    }


def protocol_score(
    metrics_by_split: dict, split: str, metric: str, per_target_mean: bool = False
) -> float:
    """A benchmark's headline number from `split_metrics` results, as its papers compute it.

    Pooled: `metric` over all rows of `split` (SemEval-2016 task A F_avg). Per-target mean:
    `metric` within each target, then the unweighted mean (P-Stance, COVID-19-Stance).
    """
    scores = metrics_by_split[split]
    if not per_target_mean:
        return float(scores["all"][metric])
    targets = per_target(scores)
    return float(sum(scores[t][metric] for t in targets) / len(targets))


def protocol_result(
    metrics_by_split: dict, split: str, metric: str, per_target_mean: bool = False
) -> dict:
    """The protocol's settings with its score under `value`, as runs record it, and its
    bootstrap interval under `ci95` where the split has one (`protocol_ci95`)."""
    score = protocol_score(metrics_by_split, split, metric, per_target_mean)
    result = {"split": split, "metric": metric, "per_target_mean": per_target_mean, "value": score}
    interval = metrics_by_split[split].get("protocol_ci95")
    return result | ({"ci95": interval} if interval else {})


def per_target(scores: dict) -> list[str]:
    """Target names of a `split_metrics` result (not "all", the headline or its interval)."""
    return [t for t, value in scores.items() if t != "all" and isinstance(value, dict)]
