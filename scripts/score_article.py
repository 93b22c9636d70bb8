"""Score news articles: who holds which view on each target.

    python scripts/score_article.py [--format table|json] [--model DIR] PATH... (- = stdin)

Each unusable input gets one line on stderr and a non-zero exit code; the others are
still scored.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

from hydra import compose, initialize_config_dir  # noqa: E402
from transformers.utils import logging as transformers_logging  # noqa: E402

from stance.config import CONFIG_DIR  # noqa: E402
from stance.inputs import InputError, read_article  # noqa: E402
from stance.pipeline import build_pipeline  # noqa: E402
from stance.report import holder_table, json_line  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files; - reads stdin")
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("--model", help="trained model directory (default: paths.model_dir)")
    parser.add_argument(
        "--all-holders", action="store_true", help="table: list holders without a stance too"
    )
    parser.add_argument(
        "--set",
        nargs="*",
        default=[],
        metavar="KEY=VALUE",
        help="Hydra overrides, e.g. pipeline.batch_size=8",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.disable(logging.WARNING)
    transformers_logging.disable_progress_bar()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="score", overrides=list(args.set))
    if args.model:
        cfg.model_dir = args.model  # set, not an override: any path characters are fine
    try:
        pipeline = build_pipeline(cfg, cfg.model_dir)
    except (FileNotFoundError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    failed = 0
    for path in args.paths:
        try:
            text = read_article(path)
        except InputError as error:
            print(f"{path}: skipped: {error}", file=sys.stderr)
            failed += 1
            continue
        try:
            result = pipeline.score(text, path)
        except Exception as error:  # noqa: BLE001  one bad article must not lose the others
            print(f"{path}: failed: {type(error).__name__}: {error}", file=sys.stderr)
            failed += 1
            continue
        print(
            json_line(result)
            if args.format == "json"
            else holder_table(result, args.all_holders) + "\n",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
