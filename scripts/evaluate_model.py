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
from omegaconf import OmegaConf  # noqa: E402

from stance.config import CONFIG_DIR  # noqa: E402
from stance.ensemble import load_classifier  # noqa: E402
from stance.evaluation import evaluate_article, evaluate_split  # noqa: E402
from stance.metrics import compact, protocol_score  # noqa: E402
from stance.pipeline import build_pipeline  # noqa: E402
from stance.train import load_data  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True, help="trained model or ensemble directory")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides of configs/train.yaml")
    args = parser.parse_args()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=args.overrides)
    dataset = load_data(cfg)
    classifier = load_classifier(args.model, cfg.pipeline.batch_size, cfg.pipeline.bf16)
    scores, result = {}, {"model": classifier.name}
    for split in (s for s in dataset if s != "train"):
        scores[split] = evaluate_split(
            classifier, dataset[split], None, cfg.evaluation.bootstrap_resamples, cfg.seed
        )
        result[split] = compact(scores[split]) | {
            "f_avg_ci95": [round(x, 4) for x in scores[split].get("f_avg_ci95", [])]
        }
    result["protocol"] = {
        **OmegaConf.to_container(cfg.data.protocol),
        "value": round(protocol_score(scores, **cfg.data.protocol), 4),
    }
    if cfg.data.get("evaluate_seed"):
        pipeline = build_pipeline(cfg, args.model, classifier)
        seed, table = evaluate_article(
            pipeline, Path(cfg.seed_article), Path(cfg.seed_gold), list(cfg.seed_optional_holders)
        )
        result["seed_article"] = {"speaker_accuracy": seed["speaker_accuracy"], "table": table}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
