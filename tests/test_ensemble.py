"""Ensembles of trained models: averaged probabilities, refused when members do not fit."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from transformers import AutoModelForSequenceClassification

from stance.ensemble import EnsembleError, load_classifier, write_ensemble
from stance.stance_model import SETTINGS_FILE, StanceClassifier, StanceQuery

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    StanceQuery("peace_talks", "Ana Petrova", "Petrova said talks must start now."),
    StanceQuery("military_aid", "the ministry", "The ministry froze the shipment of shells."),
]


@pytest.fixture(scope="module")
def two_members(trained, tmp_path_factory):
    """The debug model and a copy whose classifier bias favours one class."""
    cfg, _ = trained
    tmp = tmp_path_factory.mktemp("ensemble")
    first, second = tmp / "first", tmp / "second"
    shutil.copytree(cfg.paths.model_dir, first)
    shutil.copytree(cfg.paths.model_dir, second)
    model = AutoModelForSequenceClassification.from_pretrained(second)
    with torch.no_grad():
        model.classifier.bias += torch.tensor([2.0, 0.0, -2.0])
    model.save_pretrained(second)
    return tmp, first, second


def test_ensemble_averages_member_probabilities(two_members):
    tmp, first, second = two_members
    write_ensemble(tmp / "both", [first, second])
    ensemble = load_classifier(tmp / "both", batch_size=4, bf16=False)
    singles = [StanceClassifier(d, 4, False).predict(QUERIES) for d in (first, second)]
    assert singles[0] != singles[1]
    for got, a, b in zip(ensemble.predict(QUERIES), *singles, strict=True):
        for label in ("favor", "against", "none"):
            assert got[label] == pytest.approx((a[label] + b[label]) / 2, abs=2e-4)
    assert "ensemble of 2" in ensemble.name and ensemble.targets == StanceClassifier(first).targets


def test_members_with_different_targets_are_refused(two_members):
    tmp, first, second = two_members
    odd = tmp / "odd"
    shutil.copytree(second, odd)
    settings = json.loads((odd / SETTINGS_FILE).read_text())
    settings["targets"] = {"sanctions": "economic sanctions on Russia"}
    (odd / SETTINGS_FILE).write_text(json.dumps(settings))
    write_ensemble(tmp / "mixed", [first, odd])
    with pytest.raises(EnsembleError, match="targets differ"):
        load_classifier(tmp / "mixed")


def test_scorer_accepts_an_ensemble_directory(two_members):
    tmp, first, second = two_members
    script = ROOT / "scripts" / "make_ensemble.py"
    made = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp / "cli"), str(first), str(second)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    scored = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "score_article.py"),
            "--format",
            "json",
            "--model",
            str(tmp / "cli"),
            "-",
        ],
        input="Ana Petrova, the foreign minister, said talks must start now.",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["model"]["name"].startswith("ensemble of 2")
