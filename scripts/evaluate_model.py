"""Score a trained model (or ensemble) on every evaluation split of a data config.

    python scripts/evaluate_model.py --model models/default [hydra overrides]
    python scripts/evaluate_model.py --model models/ensemble experiment=corpus_ruw

Prints one JSON object: split -> F_avg (with its bootstrap interval), macro-F1 and
per-target F_avg; the data config's protocol score; and, where the data config scores the
seed article, its speaker-level accuracy and table.
"""

import argparse
import json
import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from hydra import compose, initialize_config_dir  # noqa: E402

from stance.config import CONFIG_DIR  # noqa: E402
from stance.metrics import compact  # noqa: E402
from stance.train import evaluate_all, load_data  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True, help="trained model or ensemble directory")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides of configs/train.yaml")
    args = parser.parse_args()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=args.overrides)
    metrics = evaluate_all(cfg, load_data(cfg), Path(args.model), output_dir=None)
    result: dict = {"model": args.model}
    for split, scores in metrics.items():
        if isinstance(scores, dict) and "all" in scores:
            interval = [round(x, 4) for x in scores.get("f_avg_ci95", [])]
            result[split] = compact(scores) | {"f_avg_ci95": interval}
    result["protocol"] = metrics["protocol"] | {"value": round(metrics["protocol"]["value"], 4)}
    if "speakers" in metrics:
        result["speakers"] = {
            name: {k: round(v, 4) if isinstance(v, float) else v for k, v in table.items()}
            for name, table in metrics["speakers"].items()
        }
    if "seed_article" in metrics:
        seed = metrics["seed_article"]
        result["seed_article"] = {
            "speaker_accuracy": seed["speaker_accuracy"],
            "table": seed["table"],
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
