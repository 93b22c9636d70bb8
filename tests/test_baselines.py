"""Baselines: TF-IDF beats majority on a separable invented fixture; logged runs of both
show up in the run comparison."""

import importlib.util
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from datasets import Dataset

from stance.baselines import MajorityBaseline, TfidfBaseline, evaluate_baseline
from stance.labels import LABEL2ID

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


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


def load_script(name: str):
    """A module object of scripts/<name>.py, so its main() runs in this process."""
    path = ROOT / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compare(store: str, *flags: str, capsys) -> pd.DataFrame:
    """What `compare_runs.py --format csv` prints, as a frame."""
    assert (
        load_script("compare_runs").main(["--tracking-uri", store, "--format", "csv", *flags]) == 0
    )
    return pd.read_csv(io.StringIO(capsys.readouterr().out))


def test_logged_baselines_appear_in_the_compare_table_and_aggregate_over_seeds(tmp_path, capsys):
    store = f"sqlite:///{tmp_path}/mlruns.db"
    overrides = [
        f"data.corpus_dir={FIXTURES}",
        "data.files_glob=tiny_corpus.yaml",
        f"logger.tracking_uri={store}",
        f"logger.artifact_location={tmp_path / 'artifacts'}",
        f"paths.output_dir={tmp_path / 'run'}",
    ]
    script = load_script("run_baselines")
    script.main([*overrides, "seed=1"])
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"majority", "tfidf_lr"}
    script.main(["--no-log", *overrides, "seed=1"])
    assert json.loads(capsys.readouterr().out) == printed
    script.main([*overrides, "seed=2"])
    capsys.readouterr()

    table = compare(store, capsys=capsys)
    assert sorted(table["model"]) == ["majority", "majority", "tfidf_lr", "tfidf_lr"]
    for _, row in table.iterrows():
        assert row["test_f_avg"] == pytest.approx(printed[row["model"]]["test"]["f_avg"], abs=1e-4)
        assert row["data"] == "corpus" and row["seed"] in {1, 2}
    seeds = compare(store, "--aggregate-seeds", capsys=capsys).set_index("model")
    assert sorted(seeds.index) == ["majority", "tfidf_lr"]
    assert list(seeds["n"]) == [2, 2] and list(seeds["seeds"]) == ["1,2", "1,2"]
    assert list(seeds["test_f_avg_std"]) == [0.0, 0.0]  # both baselines ignore the seed


def test_baselines_are_built_from_config_and_its_overrides(train_cfg_base):
    from omegaconf import OmegaConf

    from stance.baselines import baselines

    spec = OmegaConf.merge(train_cfg_base.baselines, {"tfidf_lr": {"c": 0.5, "ngram_max": 1}})
    built = baselines(spec)
    assert set(built) == {"majority", "tfidf_lr"}
    assert built["tfidf_lr"].params == {"c": 0.5, "max_features": 50000, "ngram_max": 1}
    vectorizer = built["tfidf_lr"].model.steps[0][1]
    assert vectorizer.ngram_range == (1, 1)
