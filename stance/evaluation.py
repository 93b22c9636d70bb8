"""Evaluators: sentence-level scores on a dataset split, speaker-level on a gold article.

Each evaluator returns a flat-ish dict whose primary metric is `metrics.PRIMARY_METRIC`.
"""

from __future__ import annotations

import json
from pathlib import Path

from datasets import Dataset

from stance.data import load_passages
from stance.intervals import scored_split
from stance.labels import ID2LABEL
from stance.metrics import speaker_accuracy, table_metrics
from stance.pipeline import Pipeline
from stance.report import holder_table, predicted_table
from stance.stance_model import StanceClassifier, StanceQuery


def evaluate_split(
    classifier: StanceClassifier,
    dataset: Dataset,
    predictions_file: Path | None = None,
    bootstrap_resamples: int = 0,
    seed: int = 0,
    protocol: dict | None = None,
) -> dict:
    """Per-target and pooled sentence-level metrics of a stance dataset split.

    With `predictions_file`, every row's gold label, prediction and probabilities are
    written there as JSON Lines, for error analysis. With `bootstrap_resamples` > 0 the
    pooled F_avg gets a 95% percentile-bootstrap interval, `f_avg_ci95` = [low, high], and
    with `protocol` (metric, per_target_mean) the protocol's score one, `protocol_ci95`.
    """
    queries = [
        StanceQuery(row["target"], row["holder"], row["sentence"], row["context"])
        for row in dataset
    ]
    probabilities = classifier.predict(queries)
    predicted = [max(p, key=p.get) for p in probabilities]
    gold = [ID2LABEL[label] for label in dataset["label"]]
    if predictions_file is not None:
        with open(predictions_file, "w", encoding="utf-8") as handle:
            for row_id, g, p, probs in zip(
                dataset["id"], gold, predicted, probabilities, strict=True
            ):
                record = {"id": row_id, "gold": g, "predicted": p, "probs": probs}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    targets = dataset["target"]
    return scored_split(gold, predicted, targets, bootstrap_resamples, seed, protocol)


def evaluate_article(
    pipeline: Pipeline, article: Path, gold_file: Path, optional: list[str]
) -> tuple[dict, str]:
    """Speaker-level accuracy of the whole pipeline on one gold-annotated article."""
    result = pipeline.score(article.read_text(encoding="utf-8"), str(article))
    (passage,) = load_passages([gold_file])
    scores = speaker_accuracy(
        predicted_table(result), passage["holders"], pipeline.targets, optional
    )
    return scores, holder_table(result)


def evaluate_passages(pipeline: Pipeline, passages: list[dict]) -> dict:
    """The whole pipeline's per-speaker tables on gold passages, pooled over them.

    This is what a user gets from an unseen article: attribution, stance and aggregation
    together, compared cell by cell with each passage's gold `holders` table (a missed
    holder is wrong on every target). Sentence-level scores use gold attributions instead.
    """
    results = []
    for passage in passages:
        result = pipeline.score(passage["text"], passage["id"])
        gold = passage.get("holders") or {}
        results.append(speaker_accuracy(predicted_table(result), gold, pipeline.targets))
    return table_metrics(results)
