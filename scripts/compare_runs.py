"""Compare logged training runs side by side (MLflow), as Markdown or CSV, with a plot.

python scripts/compare_runs.py
python scripts/compare_runs.py --filter "tags.data = 'corpus'" --sort test_f_avg --format csv
python scripts/compare_runs.py --plot runs.png
python scripts/compare_runs.py --aggregate-seeds   # mean ± std over runs differing in seed
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")

from hydra import compose, initialize_config_dir  # noqa: E402

from stance.config import CONFIG_DIR  # noqa: E402
from stance.run_table import (  # noqa: E402
    aggregate_seeds,
    load_runs,
    mean_std_markdown,
    plot_runs,
    seed_table,
    tabulate,
    to_markdown,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tracking-uri", help="default: logger.tracking_uri of the config")
    parser.add_argument("--experiment", default=None, help="default: logger.experiment_name")
    parser.add_argument(
        "--filter", default="", help="MLflow filter string, e.g. \"tags.model = 'x'\""
    )
    parser.add_argument("--sort", default="test_f_avg", help="column to sort by (descending)")
    parser.add_argument("--format", choices=["markdown", "csv"], default="markdown")
    parser.add_argument("--plot", help="write a bar chart of F_avg per run to this PNG")
    parser.add_argument(
        "--aggregate-seeds",
        action="store_true",
        help="one row per configuration (same model, data, params) over its finished runs: "
        "n, seeds, mean and sample std of each metric",
    )
    args = parser.parse_args(argv)
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train")
    runs = load_runs(
        args.tracking_uri or cfg.logger.tracking_uri,
        args.experiment or cfg.logger.experiment_name,
        args.filter,
    )
    table = seed_table(runs) if args.aggregate_seeds else tabulate(runs)
    if table.empty:
        print("no runs found", file=sys.stderr)
        return 1
    shown = aggregate_seeds(table) if args.aggregate_seeds else table
    sort = f"{args.sort}_mean" if f"{args.sort}_mean" in shown.columns else args.sort
    if sort not in shown.columns:
        print(f"unknown column {args.sort!r}; columns: {', '.join(shown.columns)}", file=sys.stderr)
        return 2
    shown = shown.sort_values(sort, ascending=False)
    if args.format == "csv":
        print(shown.to_csv(index=False))
    else:
        print(mean_std_markdown(shown) if args.aggregate_seeds else to_markdown(shown))
    if args.plot:
        plot_runs(table if args.aggregate_seeds else shown, args.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
