"""A table of logged runs (one row per MLflow run) for side-by-side comparison."""

from __future__ import annotations

import os

import pandas as pd

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")

COLUMNS = {
    "tags.mlflow.runName": "run",
    "tags.model": "model",
    "tags.data": "data",
    "tags.seed": "seed",
    "metrics.test.f_avg": "test_f_avg",
    "metrics.test.peace_talks.f_avg": "test_peace_talks_f_avg",
    "metrics.test.military_aid.f_avg": "test_military_aid_f_avg",
    "metrics.test.macro_f1": "test_macro_f1",
    "metrics.seed.f_avg": "seed_f_avg",
    "metrics.seed_article.speaker_accuracy": "seed_speaker_accuracy",
    "metrics.ruw_test.f_avg": "ruw_test_f_avg",
    "metrics.train_seconds": "train_seconds",
    "metrics.parameters": "parameters",
    "start_time": "started",
}


def run_table(tracking_uri: str, experiment: str, filter_string: str = "") -> pd.DataFrame:
    """The runs of an experiment with the columns above (missing ones left out)."""
    import mlflow

    mlflow.set_tracking_uri(tracking_uri)
    if mlflow.get_experiment_by_name(experiment) is None:
        return pd.DataFrame()
    runs = mlflow.search_runs(experiment_names=[experiment], filter_string=filter_string)
    if runs.empty:
        return runs
    present = [c for c in COLUMNS if c in runs.columns]
    table = runs[present].rename(columns=COLUMNS)
    if "started" in table:
        table["started"] = pd.to_datetime(table["started"]).dt.strftime("%Y-%m-%d %H:%M")
    return table


def plot_runs(table: pd.DataFrame, path: str) -> None:
    """Grouped bars of F_avg (test, per target, seed) per run."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = [
        c
        for c in ("test_f_avg", "test_peace_talks_f_avg", "test_military_aid_f_avg", "seed_f_avg")
        if c in table
    ]
    labels = [f"{r} ({m})" for r, m in zip(table["run"], table["model"], strict=True)]
    ax = table.set_index(pd.Index(labels))[metrics].plot.barh(figsize=(8, 1 + 0.6 * len(table)))
    ax.set_xlabel("F_avg")
    ax.set_xlim(0, 1)
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    plt.tight_layout()
    plt.savefig(path, dpi=100)
    plt.close()


def to_markdown(table: pd.DataFrame) -> str:
    """A Markdown table; floats with three decimals."""

    def cell(value) -> str:  # noqa: ANN001
        if isinstance(value, float):
            if pd.isna(value):
                return ""
            return f"{value:.0f}" if value.is_integer() and abs(value) >= 100 else f"{value:.3f}"
        return str(value)

    lines = ["| " + " | ".join(table.columns) + " |", "|" + "---|" * len(table.columns)]
    for _, row in table.iterrows():
        lines.append("| " + " | ".join(cell(v) for v in row) + " |")
    return "\n".join(lines)
