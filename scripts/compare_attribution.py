"""Paired comparison of two attribution runs on the same PolNeAR articles.

    python scripts/evaluate_attribution.py --split dev --save-articles /tmp/before.json
    (change the rules, or check out another commit)
    python scripts/evaluate_attribution.py --split dev --save-articles /tmp/after.json
    python scripts/compare_attribution.py /tmp/before.json /tmp/after.json

Prints one JSON object: per matching mode both source F1s, the difference (second minus
first) and its 95% interval over article resamples drawn alike for both runs. An interval
that holds 0 means the articles cannot tell the two runs apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hydra import compose, initialize_config_dir

from stance.attribution_compare import compare_runs
from stance.config import CONFIG_DIR


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("first", help="the run compared against (--save-articles file)")
    parser.add_argument("second", help="the run whose difference is reported")
    parser.add_argument("overrides", nargs="*", help="Hydra overrides (evaluation.*, seed)")
    args = parser.parse_args()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train", overrides=args.overrides)
    runs = [_load(path) for path in (args.first, args.second)]
    resamples = max(1, cfg.evaluation.bootstrap_resamples)
    try:
        result = compare_runs(*runs, resamples=resamples, seed=cfg.seed)
    except ValueError as error:
        sys.exit(f"compare_attribution: {args.first} vs {args.second}: {error}")
    print(json.dumps(result))


def _load(path: str) -> dict:
    """A saved run, or exit with one line naming the file and what is wrong with it."""
    try:
        run = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        sys.exit(f"compare_attribution: {path}: cannot read a saved run ({error})")
    if not isinstance(run, dict) or not isinstance(run.get("articles"), dict):
        sys.exit(
            f"compare_attribution: {path}: no 'articles' counts; write it with --save-articles"
        )
    return run


if __name__ == "__main__":
    main()
