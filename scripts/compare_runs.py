"""Compare logged training runs side by side (MLflow), as Markdown or CSV, with a plot.

python scripts/compare_runs.py
python scripts/compare_runs.py --filter "tags.data = 'corpus'" --sort test_f_avg --format csv
python scripts/compare_runs.py --plot runs.png
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")

from hydra import compose, initialize_config_dir  # noqa: E402

from stance.config import CONFIG_DIR  # noqa: E402
from stance.run_table import plot_runs, run_table, to_markdown  # noqa: E402


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
    args = parser.parse_args(argv)
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(config_name="train")
    table = run_table(
        args.tracking_uri or cfg.logger.tracking_uri,
        args.experiment or cfg.logger.experiment_name,
        args.filter,
    )
    if table.empty:
        print("no runs found", file=sys.stderr)
        return 1
    if args.sort not in table.columns:
        print(f"unknown column {args.sort!r}; columns: {', '.join(table.columns)}", file=sys.stderr)
        return 2
    table = table.sort_values(args.sort, ascending=False)
    print(table.to_csv(index=False) if args.format == "csv" else to_markdown(table))
    if args.plot:
        plot_runs(table, args.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
