"""A debug training run end to end: metrics file, saved label map, then the scorer."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from omegaconf import open_dict
from transformers import AutoConfig

from stance.train import train

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_00195a572b0578c3.txt"


def test_debug_run_writes_metrics_and_label_map(trained):
    cfg, metrics = trained
    written = json.loads((Path(cfg.paths.output_dir) / "metrics.json").read_text())
    assert written["test"]["f_avg"] == metrics["test"]["f_avg"]
    assert set(written) >= {"validation", "test", "seed", "seed_article", "train_seconds"}
    assert written["seed_article"]["cells"] == 8  # four gold holders x two targets
    speakers = written["speakers"]  # whole-pipeline tables of the fixture's held-out passages
    assert set(speakers) == {"validation", "test"}
    assert all(s["cells"] > 0 and 0 <= s["speaker_accuracy"] <= 1 for s in speakers.values())
    config = AutoConfig.from_pretrained(cfg.paths.model_dir)
    assert config.id2label == {0: "favor", 1: "against", 2: "none"}
    run_dir = Path(cfg.paths.output_dir)
    assert (run_dir / "confusion_test.png").stat().st_size > 0
    assert (run_dir / "predictions_test.jsonl").read_text().count("\n") == written["sizes"]["test"]


def test_debug_run_is_logged_to_mlflow(trained):
    import mlflow

    cfg, metrics = trained
    mlflow.set_tracking_uri(cfg.logger.tracking_uri)
    run = mlflow.get_run(metrics["mlflow_run_id"])
    assert run.data.metrics["test.f_avg"] == pytest.approx(metrics["test"]["f_avg"])
    assert run.data.params["trainer.args.learning_rate"] == str(cfg.trainer.args.learning_rate)
    assert run.data.tags["model"] == cfg.model.name
    assert run.data.tags["data_fingerprint.train"]
    artifacts = {a.path for a in mlflow.MlflowClient().list_artifacts(run.info.run_id)}
    assert {"metrics.json", "confusion_test.png", "predictions_test.jsonl"} <= artifacts


def test_compare_runs_lists_logged_runs(trained, tmp_path):
    from stance.run_table import plot_runs, run_table, to_markdown

    cfg, metrics = trained
    table = run_table(cfg.logger.tracking_uri, cfg.logger.experiment_name)
    assert len(table) >= 1 and "test_f_avg" in table.columns
    assert "| run | model |" in to_markdown(table)
    plot_runs(table, str(tmp_path / "runs.png"))
    assert (tmp_path / "runs.png").stat().st_size > 0


def run_scorer(*args, stdin=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "score_article.py"), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
    )


def test_scorer_json_contract_and_bad_inputs(trained, tmp_path):
    cfg, _ = trained
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    result = run_scorer(
        "--format",
        "json",
        "--model",
        cfg.paths.model_dir,
        str(empty),
        str(SEED),
        str(missing),
        "-",
        stdin="“We want talks now,” Minister Lena Berg said.",
    )
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [f"{empty}: skipped: is empty", f"{missing}: skipped: no such file"]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"] for r in records] == [str(SEED), "-"]
    seed = records[0]
    text = SEED.read_text(encoding="utf-8")
    assert seed["targets"] == ["peace_talks", "military_aid"]
    for sentence in seed["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        for a in sentence["attributions"]:
            assert (
                text[a["mention"]["start"] : a["mention"]["end"]] == a["mention"]["text"]
                if a["mention"]
                else True
            )
            assert set(a["stance"]) == {"peace_talks", "military_aid"}
            assert abs(sum(a["stance"]["peace_talks"]["probs"].values()) - 1) < 0.01
    names = [h["name"] for h in seed["holders"]]
    assert names[:4] == ["Rutte", "Trump", "Kellogg", "Zelensky"]
    assert records[1]["holders"][0]["name"] == "Berg"


def test_scorer_without_a_model_says_so(tmp_path):
    result = run_scorer("--model", str(tmp_path / "none"), str(SEED))
    assert result.returncode == 2
    assert "no trained stance model" in result.stderr
    assert "Traceback" not in result.stderr


def test_resume_from_checkpoint_continues_instead_of_restarting(trained, tmp_path):
    """Resuming at the checkpoint's own step trains no further step, so saves nothing new."""
    cfg, _ = trained
    checkpoint = Path(cfg.paths.output_dir) / "checkpoints" / "checkpoint-2"
    assert checkpoint.is_dir()
    resumed = cfg.copy()
    with open_dict(resumed):
        resumed.paths.output_dir = str(tmp_path / "resumed")
        resumed.paths.model_dir = str(tmp_path / "model")
        resumed.trainer.args.output_dir = str(tmp_path / "resumed" / "checkpoints")
        resumed.trainer.resume_from_checkpoint = str(checkpoint)
        resumed.logger = None
    metrics = train(resumed)
    assert not (tmp_path / "resumed" / "checkpoints" / "checkpoint-2").exists()
    assert "test" in metrics and (tmp_path / "model" / "config.json").is_file()


def test_extra_sources_join_training_and_are_evaluated_by_name(debug_train_cfg):
    from stance.train import load_data

    cfg = debug_train_cfg.copy()
    with open_dict(cfg):
        cfg.data.max_train_samples = None
        cfg.data.extra = {"again": {"train": True, "loader": cfg.data.loader}}
        plain = load_data(debug_train_cfg.copy())
        both = load_data(cfg)
    assert len(both["again_test"]) == len(plain["test"]) > 0
    assert "again_train" not in both
    assert len(both["train"]) == 2 * len(load_data(_unlimited(debug_train_cfg))["train"])


def _unlimited(cfg):
    copy = cfg.copy()
    with open_dict(copy):
        copy.data.max_train_samples = None
    return copy


def test_validation_protocol_metric_follows_the_data_config():
    """Early stopping reads `eval_protocol`: the per-target mean where the protocol says so."""
    import numpy as np
    from transformers import EvalPrediction

    from stance.labels import LABEL2ID
    from stance.train import validation_metrics

    gold = ["favor", "against", "favor", "against", "none", "none"]
    predicted = ["favor", "against", "against", "favor", "none", "none"]
    targets = ["a", "a", "b", "b", "b", "b"]
    logits = np.eye(3)[[LABEL2ID[p] for p in predicted]]
    prediction = EvalPrediction(predictions=logits, label_ids=np.array([LABEL2ID[g] for g in gold]))
    pooled = validation_metrics(targets, {"metric": "f_avg", "per_target_mean": False})(prediction)
    per_target = validation_metrics(targets, {"metric": "f_avg", "per_target_mean": True})(
        prediction
    )
    assert pooled["protocol"] == pytest.approx(pooled["f_avg"]) == pytest.approx(0.5)
    assert per_target["protocol"] == pytest.approx((1.0 + 0.0) / 2)
