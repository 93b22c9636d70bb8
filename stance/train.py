"""Training entry point: `python -m stance.train` (Hydra), thin around `train(cfg)`."""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path

import hydra
import numpy as np
from datasets import DatasetDict, concatenate_datasets
from hydra.utils import instantiate
from omegaconf import DictConfig, OmegaConf
from transformers import (
    AutoTokenizer,
    DataCollatorWithPadding,
    EarlyStoppingCallback,
    Trainer,
    set_seed,
)

from stance import config as _config  # noqa: F401  (registers resolvers)
from stance.artifacts import write_confusion_png, write_report
from stance.data import build_dataset, load_passages, passages_by_split
from stance.ensemble import load_classifier
from stance.evaluation import evaluate_article, evaluate_passages, evaluate_split
from stance.hardware import use_bf16
from stance.labels import ID2LABEL, LABEL2ID, LABELS
from stance.metrics import protocol_result, protocol_score, split_metrics
from stance.pipeline import build_pipeline, build_segmenter
from stance.pooling import classifier_class
from stance.stance_model import SETTINGS_FILE, StanceQuery, format_pair
from stance.tracking import EpochMetrics, RunLog

log = logging.getLogger(__name__)


def load_data(cfg: DictConfig) -> DatasetDict:
    """The `data` config's splits, its extra sources, the seed article, then debug limits."""
    dataset = instantiate(cfg.data.loader)
    for name, extra in (cfg.data.get("extra") or {}).items():
        add_source(dataset, name, instantiate(extra.loader), extra.train)
    if cfg.data.get("evaluate_seed"):
        dataset["seed"] = seed_split(cfg)
    for name, limit in (
        ("train", cfg.data.max_train_samples),
        ("validation", cfg.data.max_eval_samples),
    ):
        if limit:
            dataset[name] = (
                dataset[name].shuffle(seed=cfg.seed).select(range(min(limit, len(dataset[name]))))
            )
    return dataset


def add_source(dataset: DatasetDict, name: str, source: DatasetDict, train: bool) -> None:
    """Join a source's train split to training (if asked); evaluate its others as name_split."""
    if train:
        dataset["train"] = concatenate_datasets([dataset["train"], source["train"]])
    for split in (s for s in source if s != "train"):
        dataset[f"{name}_{split}"] = source[split]


def seed_split(cfg: DictConfig):
    """The seed article's gold attributions as an evaluation split."""
    seed = load_passages([Path(cfg.seed_gold)])
    for passage in seed:
        passage["split"] = "seed"
    segmenter = build_segmenter(cfg.pipeline)
    return build_dataset(
        seed, segmenter, cfg.targets.keys(), cfg.data.context_sentences, {}, splits=["seed"]
    )["seed"]


def tokenize(dataset, tokenizer, targets: dict[str, str], max_length: int):
    def encode(batch):
        pairs = [
            format_pair(StanceQuery(t, h, s, c), targets)
            for t, h, s, c in zip(
                batch["target"], batch["holder"], batch["sentence"], batch["context"], strict=True
            )
        ]
        encoded = tokenizer(
            [a for a, _ in pairs],
            [b for _, b in pairs],
            truncation="only_second",
            max_length=max_length,
        )
        encoded["labels"] = batch["label"]
        return encoded

    return dataset.map(encode, batched=True, remove_columns=dataset.column_names)


def validation_protocol(cfg: DictConfig) -> dict:
    """The data config's protocol (metric, per-target mean) minus its split."""
    return {k: v for k, v in cfg.data.protocol.items() if k != "split"}


def validation_metrics(targets: list[str], settings: dict) -> Callable[[object], dict]:
    """`compute_metrics` for the Trainer: pooled F_avg, macro-F1 and accuracy, plus the data
    config's protocol metric (`settings`: metric, per-target mean) as `eval_protocol`, which
    early stopping and the Optuna objective follow: VAST selects on macro-F1, P-Stance on
    the per-target mean, as their papers report.
    """

    def compute(prediction) -> dict:
        predicted = [ID2LABEL[int(i)] for i in np.argmax(prediction.predictions, axis=-1)]
        gold = [ID2LABEL[int(i)] for i in prediction.label_ids]
        scores = split_metrics(gold, predicted, targets)
        pooled = scores["all"]
        return {
            "f_avg": pooled["f_avg"],
            "macro_f1": pooled["macro_f1"],
            "accuracy": pooled["accuracy"],
            "protocol": protocol_score({"validation": scores}, "validation", **settings),
        }

    return compute


def save_model(trainer: Trainer, tokenizer, cfg: DictConfig, model_dir: Path) -> None:
    model_dir.mkdir(parents=True, exist_ok=True)
    trainer.save_model(str(model_dir))
    tokenizer.save_pretrained(str(model_dir))
    settings = {
        "base_model": cfg.model.name,
        "data": cfg.data.name,
        "targets": OmegaConf.to_container(cfg.targets),
        "max_length": cfg.model.max_length,
        "pooling": cfg.model.pooling,
        "context_sentences": cfg.data.context_sentences,
    }
    (model_dir / SETTINGS_FILE).write_text(json.dumps(settings, indent=2))


def train(cfg: DictConfig) -> dict:
    """Fine-tune, evaluate every split and the seed article; log the run; return metrics."""
    set_seed(cfg.seed)
    output_dir = Path(cfg.paths.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    run_log = RunLog(cfg.logger, cfg) if cfg.get("logger") else None
    with run_log or contextlib.nullcontext():
        started = time.time()
        dataset = load_data(cfg)
        if run_log:
            run_log.log_data(
                {name: split._fingerprint for name, split in dataset.items()},
                {name: len(split) for name, split in dataset.items()},
            )
        trainer, tokenizer = fit(cfg, dataset, run_log)
        model_dir = Path(cfg.paths.model_dir)
        save_model(trainer, tokenizer, cfg, model_dir)
        metrics: dict = {
            "train_seconds": round(time.time() - started, 1),
            "bf16": trainer.args.bf16,
            "parameters": sum(p.numel() for p in trainer.model.parameters()),
            "sizes": {name: len(split) for name, split in dataset.items()},
        }
        metrics.update(evaluate_all(cfg, dataset, model_dir, output_dir))
        if run_log:
            metrics["mlflow_run_id"] = run_log.run_id
        write_metrics(metrics, output_dir)
        if run_log:
            run_log.log_results(metrics, output_dir)
    return metrics


def fit(cfg: DictConfig, dataset, run_log: RunLog | None) -> tuple[Trainer, object]:
    """Fine-tune the encoder with early stopping on the validation protocol metric."""
    targets = OmegaConf.to_container(cfg.targets)
    tokenizer = AutoTokenizer.from_pretrained(cfg.model.pretrained)
    model = classifier_class(cfg.model.pooling).from_pretrained(
        cfg.model.pretrained, num_labels=len(LABELS), id2label=ID2LABEL, label2id=LABEL2ID
    )
    bf16 = use_bf16(cfg.trainer.bf16)
    log.info("bf16 autocast: %s", "on" if bf16 else "off (fp32)")
    callbacks = [EarlyStoppingCallback(cfg.trainer.early_stopping_patience)]
    if run_log:
        callbacks.append(EpochMetrics(run_log))
    trainer = Trainer(
        model=model,
        args=instantiate(cfg.trainer.args, bf16=bf16),
        train_dataset=tokenize(dataset["train"], tokenizer, targets, cfg.model.max_length),
        eval_dataset=tokenize(dataset["validation"], tokenizer, targets, cfg.model.max_length),
        data_collator=DataCollatorWithPadding(tokenizer),
        compute_metrics=validation_metrics(
            list(dataset["validation"]["target"]), validation_protocol(cfg)
        ),
        callbacks=callbacks,
    )
    trainer.train(resume_from_checkpoint=cfg.trainer.get("resume_from_checkpoint"))
    return trainer, tokenizer


def evaluate_all(cfg: DictConfig, dataset, model_dir: Path, output_dir: Path | None) -> dict:
    """Every evaluation split, the protocol score and the seed article, for a model or an
    ensemble directory; with `output_dir`, also predictions, reports and confusion PNGs."""
    classifier = load_classifier(model_dir, cfg.pipeline.batch_size, cfg.pipeline.bf16)
    metrics: dict = {}
    for name in (n for n in dataset if n != "train"):
        predictions = output_dir / f"predictions_{name}.jsonl" if output_dir else None
        metrics[name] = evaluate_split(
            classifier,
            dataset[name],
            predictions,
            bootstrap_resamples=cfg.evaluation.bootstrap_resamples,
            seed=cfg.seed,
            protocol=validation_protocol(cfg),
        )
        if output_dir:
            write_report(name, metrics[name], output_dir)
            write_confusion_png(name, metrics[name], output_dir)
    metrics["protocol"] = protocol_result(metrics, **cfg.data.protocol)
    speaker_splits = list(cfg.data.get("speaker_splits") or [])
    if cfg.data.get("evaluate_seed") or speaker_splits:
        pipeline = build_pipeline(cfg, str(model_dir), classifier)
    if speaker_splits:
        passages = passages_by_split(
            cfg.data.corpus_dir, cfg.data.files_glob, cfg.data.split_percent, speaker_splits
        )
        metrics["speakers"] = {
            name: evaluate_passages(pipeline, split) for name, split in passages.items() if split
        }
    if cfg.data.get("evaluate_seed"):
        metrics["seed_article"], table = evaluate_article(
            pipeline, Path(cfg.seed_article), Path(cfg.seed_gold), list(cfg.seed_optional_holders)
        )
        metrics["seed_article"]["table"] = table
    return metrics


def write_metrics(metrics: dict, output_dir: Path) -> None:
    output_dir.mkdir(parents=True, exist_ok=True)
    (output_dir / "metrics.json").write_text(json.dumps(metrics, indent=2))


def summary(metrics: dict, targets: list[str]) -> str:
    """Sentence-level scores per evaluated split, then the seed article's table."""
    header = "  ".join(f"{t} F_avg" for t in targets)
    lines = [f"{'split':<15} F_avg  macro-F1  {header}"]
    for name in [n for n in metrics if isinstance(metrics[n], dict) and "all" in metrics[n]]:
        m = metrics[name]
        per = "  ".join(f"{m[t]['f_avg']:>{len(t) + 6}.3f}" for t in targets if t in m)
        lines.append(f"{name:<15} {m['all']['f_avg']:.3f}  {m['all']['macro_f1']:.3f}     {per}")
    protocol = metrics["protocol"]
    interval = " [{:.4f}, {:.4f}]".format(*protocol["ci95"]) if "ci95" in protocol else ""
    lines.append(
        f"\nprotocol ({protocol['metric']} on {protocol['split']}"
        f"{', mean over targets' if protocol['per_target_mean'] else ''}): "
        f"{protocol['value']:.4f}{interval}"
    )
    for name, table in metrics.get("speakers", {}).items():
        lines.append(
            f"speaker tables on {name} passages (whole pipeline, {table['passages']} passages,"
            f" {table['cells']} cells): accuracy {table['speaker_accuracy']:.3f},"
            f" F_avg {table['f_avg']:.3f}"
        )
    if "seed_article" in metrics:
        seed = metrics["seed_article"]
        lines += [
            "",
            seed["table"],
            "",
            f"speaker-level accuracy on the seed: {seed['speaker_accuracy']:.3f}",
        ]
    return "\n".join(lines)


@hydra.main(version_base="1.3", config_path="../configs", config_name="train")
def main(cfg: DictConfig) -> float:
    metrics = train(cfg)
    print(summary(metrics, list(cfg.targets)))
    print(f"metrics: {Path(cfg.paths.output_dir) / 'metrics.json'}; model: {cfg.paths.model_dir}")
    return protocol_score(metrics, "validation", **validation_protocol(cfg))


if __name__ == "__main__":
    main()
