"""Several fine-tuned stance models used as one: the mean of their class probabilities.

Runs that differ only in their seed disagree on borderline sentences; averaging them
lowers that variance at the cost of one forward pass per member. An ensemble is a
directory holding `ensemble.json` (member directories, relative to it), so the scorer and
the evaluators take it wherever they take a model directory.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from stance.stance_model import StanceClassifier, StanceQuery

ENSEMBLE_FILE = "ensemble.json"


class EnsembleError(ValueError):
    """Members that cannot be averaged (different targets or input format)."""


class EnsembleClassifier:
    """The `StanceClassifier` interface over several members; probabilities are averaged."""

    def __init__(self, model_dir: str | Path, batch_size: int = 32, bf16: str | bool = "auto"):
        self.model_dir = Path(model_dir)
        spec = json.loads((self.model_dir / ENSEMBLE_FILE).read_text())
        self.members = [
            StanceClassifier(self.model_dir / member, batch_size, bf16)
            for member in spec["members"]
        ]
        if not self.members:
            raise EnsembleError(f"{self.model_dir / ENSEMBLE_FILE}: no members listed")
        first = self.members[0]
        for member in self.members[1:]:
            for key in ("targets", "context_sentences"):
                if member.settings.get(key) != first.settings.get(key):
                    raise EnsembleError(
                        f"{member.model_dir}: {key} differs from {first.model_dir}; "
                        "members must be trained for the same targets and input format"
                    )
        self.targets = first.targets
        self.settings = {
            **first.settings,
            "base_model": f"ensemble of {len(self.members)} x {first.name}",
            "members": [str(m.model_dir) for m in self.members],
        }

    @property
    def name(self) -> str:
        return self.settings["base_model"]

    def predict(self, queries: Sequence[StanceQuery]) -> list[dict[str, float]]:
        """Mean class probabilities of the members, in input order."""
        per_member = [member.predict(queries) for member in self.members]
        return [
            {label: round(sum(probs[label] for probs in row) / len(row), 4) for label in row[0]}
            for row in zip(*per_member, strict=True)
        ]


def load_classifier(
    model_dir: str | Path, batch_size: int = 32, bf16: str | bool = "auto"
) -> StanceClassifier | EnsembleClassifier:
    """An ensemble if the directory holds `ensemble.json`, else a single model."""
    if (Path(model_dir) / ENSEMBLE_FILE).is_file():
        return EnsembleClassifier(model_dir, batch_size, bf16)
    return StanceClassifier(model_dir, batch_size, bf16)


def write_ensemble(out_dir: str | Path, member_dirs: Sequence[str | Path]) -> Path:
    """Create an ensemble directory whose members are the given trained model directories."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    members = [os.path.relpath(Path(m).resolve(), out_dir.resolve()) for m in member_dirs]
    path = out_dir / ENSEMBLE_FILE
    path.write_text(json.dumps({"members": members}, indent=2) + "\n")
    return path
