"""Majority and TF-IDF + logistic-regression baselines on the same splits as `make train`.

    python scripts/run_baselines.py [--no-log] [hydra overrides, e.g. experiment=corpus_ruw]

Prints one JSON object: baseline -> split -> F_avg, macro-F1 and per-target F_avg, and
baseline -> protocol: the data config's headline number. Each
baseline is also logged as an MLflow run (model = its name) in the configured store, so
`scripts/compare_runs.py` lists it beside the transformer runs; --no-log skips that.
"""

import argparse
import json
import os

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")

from hydra import compose, initialize_config_dir  # noqa: E402
from omegaconf import OmegaConf  # noqa: E402

from stance.baselines import baselines, fit_and_evaluate  # noqa: E402
from stance.config import CONFIG_DIR  # noqa: E402
from stance.metrics import compact, protocol_result  # noqa: E402
from stance.tracking import log_baseline  # noqa: E402
from stance.train import load_data  # noqa: E402


def headline(scores: dict) -> dict:
    """`compact` numbers of a split, plus its F_avg interval when one was computed."""
    interval = scores.get("f_avg_ci95")
    line = compact({k: v for k, v in scores.items() if k != "f_avg_ci95"})
    return line | ({"f_avg_ci95": [round(x, 4) for x in interval]} if interval else {})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-log", action="store_true", help="do not log runs to MLflow")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides of configs/train.yaml")
    args = parser.parse_args(argv)
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=args.overrides)
    resamples = OmegaConf.select(cfg, "evaluation.bootstrap_resamples", default=0) or 0
    dataset = load_data(cfg)
    result = {}
    for name, model in baselines(cfg.get("baselines")).items():
        protocol = OmegaConf.to_container(cfg.data.protocol)
        metrics = fit_and_evaluate(model, dataset, resamples, cfg.seed, protocol)
        metrics["protocol"] = protocol_result(metrics, **cfg.data.protocol)
        if cfg.get("logger") and not args.no_log:
            log_baseline(cfg, name, model.params, metrics, dataset)
        splits = [s for s in dataset if s != "train"]
        result[name] = {split: headline(metrics[split]) for split in splits}
        result[name]["protocol"] = round(metrics["protocol"]["value"], 4)
        if "ci95" in metrics["protocol"]:
            result[name]["protocol_ci95"] = [round(x, 4) for x in metrics["protocol"]["ci95"]]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
