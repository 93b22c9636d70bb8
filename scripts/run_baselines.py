"""Majority and TF-IDF + logistic-regression baselines on the same splits as `make train`.

    python scripts/run_baselines.py [hydra overrides, e.g. experiment=corpus_ruw]

Prints one JSON object: baseline -> split -> F_avg, macro-F1 and per-target F_avg.
"""

import json
import sys

from hydra import compose, initialize_config_dir

from stance.baselines import MajorityBaseline, TfidfBaseline, evaluate_baseline
from stance.config import CONFIG_DIR
from stance.metrics import compact
from stance.train import load_data


def main() -> None:
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=sys.argv[1:])
    dataset = load_data(cfg)
    result = {}
    for name, model in (("majority", MajorityBaseline()), ("tfidf_lr", TfidfBaseline())):
        model.fit(dataset["train"])
        result[name] = {}
        for split in (s for s in dataset if s != "train"):
            result[name][split] = compact(evaluate_baseline(model, dataset[split]))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
