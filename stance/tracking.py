"""Experiment logs in MLflow: config, commit, data fingerprint, per-epoch and final metrics,
confusion matrices, predictions. One `RunLog` per training run; `None` logger logs nothing.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

from omegaconf import DictConfig, OmegaConf
from transformers import TrainerCallback

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")


def flatten(config: dict, prefix: str = "") -> Iterator[tuple[str, str]]:
    """("trainer.args.learning_rate", "0.0001") pairs of a nested config."""
    for key, value in config.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from flatten(value, f"{name}.")
        else:
            yield name, str(value)[:500]


def git_commit(root: Path) -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True)
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


class RunLog:
    """An MLflow run opened for one training run (a context manager).

    Baselines pass their own `model` name and `params`, so their runs carry the same tags
    and metric names as the transformer's and sit in the same comparison table.
    """

    def __init__(
        self,
        logger_cfg: DictConfig,
        cfg: DictConfig,
        model: str | None = None,
        params: dict | None = None,
    ) -> None:
        import mlflow

        self.mlflow = mlflow
        mlflow.set_tracking_uri(logger_cfg.tracking_uri)
        if mlflow.get_experiment_by_name(logger_cfg.experiment_name) is None:
            mlflow.create_experiment(
                logger_cfg.experiment_name,
                artifact_location=Path(logger_cfg.artifact_location).resolve().as_uri(),
            )
        mlflow.set_experiment(logger_cfg.experiment_name)
        self.run = mlflow.start_run(run_name=logger_cfg.run_name)
        config = params if params is not None else OmegaConf.to_container(cfg, resolve=True)
        mlflow.log_params(dict(flatten(config)))
        mlflow.set_tags(
            {
                "git_commit": git_commit(Path(cfg.paths.root_dir)),
                "model": model or cfg.model.name,
                "data": cfg.data.name,
                "seed": str(cfg.seed),
            }
        )

    def __enter__(self) -> RunLog:
        return self

    def __exit__(self, *exc) -> None:
        self.mlflow.end_run("FAILED" if exc[0] else "FINISHED")

    @property
    def run_id(self) -> str:
        return self.run.info.run_id

    def log_data(self, fingerprints: dict[str, str], sizes: dict[str, int]) -> None:
        self.mlflow.set_tags({f"data_fingerprint.{k}": v for k, v in fingerprints.items()})
        self.mlflow.log_metrics({f"size.{k}": float(v) for k, v in sizes.items()})

    def log_results(self, metrics: dict, output_dir: Path | None = None) -> None:
        """Final metrics per split, then the run's files (metrics, confusion matrices,
        reports, predictions) from `output_dir` when given."""
        self.mlflow.log_metrics(final_metrics(metrics))
        if output_dir is None:
            return
        for path in sorted(output_dir.glob("*")):
            if path.is_file() and path.suffix in {".json", ".png", ".jsonl", ".txt"}:
                self.mlflow.log_artifact(str(path))


def final_metrics(metrics: dict, max_targets: int = 20) -> dict[str, float]:
    """MLflow metric names of a run's results: `<split>.f_avg`, `<split>.macro_f1`,
    `<split>.<target>.f_avg`, `<split>.f_avg_ci95_low/high`, the protocol's score and
    interval, and the run-level numbers.

    Per-target scores are logged only for splits with at most `max_targets` targets (VAST
    has thousands of topics; they stay in metrics.json), with names MLflow accepts."""
    flat = {}
    for split, scores in metrics.items():
        if not (isinstance(scores, dict) and "all" in scores):
            continue
        flat[f"{split}.f_avg"] = scores["f_avg"]
        flat[f"{split}.macro_f1"] = scores["all"]["macro_f1"]
        if "f_avg_ci95" in scores:
            flat[f"{split}.f_avg_ci95_low"], flat[f"{split}.f_avg_ci95_high"] = scores["f_avg_ci95"]
        targets = [t for t, v in scores.items() if t != "all" and isinstance(v, dict)]
        for target in targets if len(targets) <= max_targets else []:
            flat[f"{split}.{_metric_name(target)}.f_avg"] = scores[target]["f_avg"]
    for name, table in metrics.get("speakers", {}).items():
        flat[f"speakers.{name}.accuracy"] = table["speaker_accuracy"]
        flat[f"speakers.{name}.f_avg"] = table["f_avg"]
    if "seed_article" in metrics:
        flat["seed_article.speaker_accuracy"] = metrics["seed_article"]["speaker_accuracy"]
    if "protocol" in metrics:
        flat["protocol"] = metrics["protocol"]["value"]
        if "ci95" in metrics["protocol"]:
            flat["protocol_ci95_low"], flat["protocol_ci95_high"] = metrics["protocol"]["ci95"]
    for name in ("train_seconds", "parameters"):
        if name in metrics:
            flat[name] = metrics[name]
    return {k: float(v) for k, v in flat.items()}


def _metric_name(text: str) -> str:
    """A target name as MLflow allows in metric keys (no quotes or other punctuation)."""
    return re.sub(r"[^\w\-. /]", "_", text)


def log_baseline(cfg: DictConfig, model: str, settings: dict, metrics: dict, dataset) -> str:
    """One MLflow run for a baseline: the data and seed params a training run logs, the
    baseline's own settings under `baseline.`, the same tags and final metric names."""
    params = {
        "task_name": cfg.task_name,
        "seed": cfg.seed,
        "data": OmegaConf.to_container(cfg.data, resolve=True),
        "targets": OmegaConf.to_container(cfg.targets, resolve=True),
        "baseline": settings,
    }
    with RunLog(cfg.logger, cfg, model=model, params=params) as run_log:
        run_log.log_data(
            {name: split._fingerprint for name, split in dataset.items()},
            {name: len(split) for name, split in dataset.items()},
        )
        run_log.log_results(metrics)
    return run_log.run_id


class EpochMetrics(TrainerCallback):
    """Sends each evaluation's metrics to MLflow with the epoch as step."""

    def __init__(self, run_log: RunLog) -> None:
        self.run_log = run_log

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):  # noqa: ANN001
        if metrics:
            step = round((state.epoch or 0) * 1000)
            values = {k: float(v) for k, v in metrics.items() if isinstance(v, int | float)}
            self.run_log.mlflow.log_metrics(values, step=step)
