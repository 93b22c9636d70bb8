"""Stage 3: a transformer sequence-pair classifier -> favor / against / none.

The first segment names the target and holder, the second is the sentence with a little
preceding context, so one model serves every target defined in config.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from stance import pooling  # noqa: F401  (registers the mean-pooled head with the Auto classes)
from stance.hardware import autocast_context
from stance.labels import ID2LABEL

log = logging.getLogger(__name__)
SETTINGS_FILE = "stance_settings.json"


@dataclass(frozen=True)
class StanceQuery:
    target: str
    holder: str
    sentence: str
    context: str = ""


def format_pair(query: StanceQuery, targets: dict[str, str]) -> tuple[str, str]:
    """(target and holder, context and sentence): the one input format for train and score.

    Targets defined in config carry their description; a benchmark's own targets (VAST has
    thousands) are read by name alone.
    """
    first = f"{query.holder} | {query.target.replace('_', ' ')}"
    if query.target in targets:
        first += f": {targets[query.target]}"
    second = f"{query.context} >> {query.sentence}" if query.context else query.sentence
    return first, second


class StanceClassifier:
    """Loads a fine-tuned model directory and labels queries in length-sorted batches."""

    def __init__(self, model_dir: str | Path, batch_size: int = 32, bf16: str | bool = "auto"):
        self.model_dir = Path(model_dir)
        settings_path = self.model_dir / SETTINGS_FILE
        if not settings_path.is_file():
            raise FileNotFoundError(
                f"{self.model_dir}: no trained stance model here ({SETTINGS_FILE} missing); "
                "run `make train` or pass --model"
            )
        self.settings = json.loads(settings_path.read_text())
        self.targets: dict[str, str] = self.settings["targets"]
        self.max_length: int = self.settings["max_length"]
        self.tokenizer = AutoTokenizer.from_pretrained(self.model_dir)
        self.model = AutoModelForSequenceClassification.from_pretrained(self.model_dir).eval()
        self.batch_size = batch_size
        self.bf16 = bf16

    @property
    def name(self) -> str:
        return self.settings.get("base_model", self.model_dir.name)

    def predict(self, queries: Sequence[StanceQuery]) -> list[dict[str, float]]:
        """Class probabilities per query, in input order."""
        order = sorted(range(len(queries)), key=lambda i: len(queries[i].sentence))
        results: list[dict[str, float]] = [{} for _ in queries]
        for begin in range(0, len(order), self.batch_size):
            batch = order[begin : begin + self.batch_size]
            pairs = [format_pair(queries[i], self.targets) for i in batch]
            for i, probs in zip(batch, self._probabilities(pairs), strict=True):
                results[i] = probs
        return results

    @torch.inference_mode()
    def _probabilities(self, pairs: list[tuple[str, str]]) -> list[dict[str, float]]:
        encoded = self.tokenizer(
            [a for a, _ in pairs],
            [b for _, b in pairs],
            truncation="only_second",
            max_length=self.max_length,
            padding=True,
            return_tensors="pt",
        )
        with autocast_context(self.bf16):
            logits = self.model(**encoded).logits
        probs = torch.softmax(logits.float(), dim=-1)
        id2label = {int(k): v for k, v in self.model.config.id2label.items()} or ID2LABEL
        return [{id2label[j]: round(float(p[j]), 4) for j in range(p.shape[0])} for p in probs]
