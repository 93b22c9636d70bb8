"""Experiment logs in MLflow: config, commit, data fingerprint, per-epoch and final metrics,
confusion matrices, predictions. One `RunLog` per training run; `None` logger logs nothing.
"""

from __future__ import annotations

import os
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
    """An MLflow run opened for one training run (a context manager)."""

    def __init__(self, logger_cfg: DictConfig, cfg: DictConfig) -> None:
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
        config = OmegaConf.to_container(cfg, resolve=True)
        mlflow.log_params(dict(flatten(config)))
        mlflow.set_tags(
            {
                "git_commit": git_commit(Path(cfg.paths.root_dir)),
                "model": cfg.model.name,
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

    def log_results(self, metrics: dict, output_dir: Path) -> None:
        """Final metrics per split, the metrics file, confusion matrices and reports."""
        flat = {}
        for split, scores in metrics.items():
            if isinstance(scores, dict) and "all" in scores:
                flat[f"{split}.f_avg"] = scores["f_avg"]
                flat[f"{split}.macro_f1"] = scores["all"]["macro_f1"]
                for target, target_scores in scores.items():
                    if target not in {"all", "f_avg"}:
                        flat[f"{split}.{target}.f_avg"] = target_scores["f_avg"]
        flat["seed_article.speaker_accuracy"] = metrics["seed_article"]["speaker_accuracy"]
        flat["train_seconds"] = metrics["train_seconds"]
        flat["parameters"] = metrics.get("parameters", 0)
        self.mlflow.log_metrics({k: float(v) for k, v in flat.items()})
        for path in sorted(output_dir.glob("*")):
            if path.is_file() and path.suffix in {".json", ".png", ".jsonl", ".txt"}:
                self.mlflow.log_artifact(str(path))


class EpochMetrics(TrainerCallback):
    """Sends each evaluation's metrics to MLflow with the epoch as step."""

    def __init__(self, run_log: RunLog) -> None:
        self.run_log = run_log

    def on_evaluate(self, args, state, control, metrics=None, **kwargs):  # noqa: ANN001
        if metrics:
            step = round((state.epoch or 0) * 1000)
            values = {k: float(v) for k, v in metrics.items() if isinstance(v, int | float)}
            self.run_log.mlflow.log_metrics(values, step=step)
