"""Attribution quality: source-span P/R/F1 on PolNeAR, holder accuracy on our gold data.

    python scripts/evaluate_attribution.py --data-dir ../shared/data/polnear --split test
    python scripts/evaluate_attribution.py --corpus-only

Prints one JSON object. Develop on PolNeAR train/dev; report test once per change that
matters.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hydra import compose, initialize_config_dir
from omegaconf import OmegaConf

from stance.attribution_eval import evaluate_holders, evaluate_polnear
from stance.config import CONFIG_DIR
from stance.data import load_passages, split_of
from stance.pipeline import build_attributor, build_segmenter


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data-dir", help="PolNeAR folder (default: paths.shared_data_dir/polnear)"
    )
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--corpus-only", action="store_true", help="skip PolNeAR")
    parser.add_argument("--corpus-split", default="test", choices=["train", "validation", "test"])
    parser.add_argument(
        "--include-narrative",
        action="store_true",
        help="count narrative (deed) attributions as predicted sources too",
    )
    args = parser.parse_args()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train")
    segmenter = build_segmenter(cfg.pipeline)
    attributor = build_attributor(cfg.pipeline)
    result: dict = {}
    if not args.corpus_only:
        data_dir = Path(args.data_dir or Path(cfg.paths.shared_data_dir) / "polnear")
        result["polnear"] = {
            "split": args.split,
            "narrative_counted": args.include_narrative,
            **evaluate_polnear(
                attributor,
                segmenter,
                data_dir,
                args.split,
                args.limit,
                exclude_kinds=() if args.include_narrative else ("narrative",),
            ),
        }
    passages = load_passages(Path(cfg.data.corpus_dir).glob(cfg.data.files_glob))
    split_percent = OmegaConf.to_container(cfg.data.split_percent)
    chosen = [p for p in passages if split_of(p["id"], **split_percent) == args.corpus_split]
    result[f"corpus_{args.corpus_split}"] = evaluate_holders(attributor, segmenter, chosen)
    result["seed"] = evaluate_holders(attributor, segmenter, load_passages([Path(cfg.seed_gold)]))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
