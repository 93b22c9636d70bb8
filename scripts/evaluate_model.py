"""Score a trained model on every evaluation split of a data config.

    python scripts/evaluate_model.py --model models/default [hydra overrides]
    python scripts/evaluate_model.py --model models/default experiment=corpus_ruw

Prints one JSON object: split -> F_avg, macro-F1 and per-target F_avg.
"""

import argparse
import json
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from hydra import compose, initialize_config_dir  # noqa: E402

from stance.config import CONFIG_DIR  # noqa: E402
from stance.evaluation import evaluate_split  # noqa: E402
from stance.metrics import compact  # noqa: E402
from stance.stance_model import StanceClassifier  # noqa: E402
from stance.train import load_data  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True, help="trained model directory")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides of configs/train.yaml")
    args = parser.parse_args()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=args.overrides)
    dataset = load_data(cfg)
    classifier = StanceClassifier(args.model, cfg.pipeline.batch_size, cfg.pipeline.bf16)
    result = {}
    for split in (s for s in dataset if s != "train"):
        result[split] = compact(evaluate_split(classifier, dataset[split]))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
