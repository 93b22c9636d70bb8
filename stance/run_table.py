"""A table of logged runs (one row per MLflow run) for side-by-side comparison."""

from __future__ import annotations

import hashlib
import os

import pandas as pd

os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")

COLUMNS = {
    "tags.mlflow.runName": "run",
    "tags.model": "model",
    "tags.data": "data",
    "tags.seed": "seed",
    "metrics.protocol": "protocol",
    "metrics.protocol_ci95_low": "protocol_ci95_low",
    "metrics.protocol_ci95_high": "protocol_ci95_high",
    "metrics.test.f_avg": "test_f_avg",
    "metrics.test.peace_talks.f_avg": "test_peace_talks_f_avg",
    "metrics.test.military_aid.f_avg": "test_military_aid_f_avg",
    "metrics.test.macro_f1": "test_macro_f1",
    "metrics.test.f_avg_ci95_low": "test_f_avg_ci95_low",
    "metrics.test.f_avg_ci95_high": "test_f_avg_ci95_high",
    "metrics.seed.f_avg": "seed_f_avg",
    "metrics.seed_article.speaker_accuracy": "seed_speaker_accuracy",
    "metrics.speakers.test.accuracy": "test_speaker_accuracy",
    "metrics.speakers.test.f_avg": "test_speaker_f_avg",
    "metrics.ruw_test.f_avg": "ruw_test_f_avg",
    "metrics.train_seconds": "train_seconds",
    "metrics.parameters": "parameters",
    "start_time": "started",
}


# Logged params that differ between seeds of one configuration (or only name a run).
SEED_PARAMS = ("seed", "trainer.args.seed", "trainer.args.data_seed", "task_name")
PER_RUN_PARAM_PREFIXES = ("paths.", "logger.", "trainer.args.output_dir", "trainer.resume")


def load_runs(tracking_uri: str, experiment: str, filter_string: str = "") -> pd.DataFrame:
    """MLflow's own frame of an experiment's runs (empty when there is none)."""
    import mlflow

    mlflow.set_tracking_uri(tracking_uri)
    if mlflow.get_experiment_by_name(experiment) is None:
        return pd.DataFrame()
    return mlflow.search_runs(experiment_names=[experiment], filter_string=filter_string)


def tabulate(runs: pd.DataFrame) -> pd.DataFrame:
    """The columns above (missing ones left out) of MLflow's runs frame."""
    if runs.empty:
        return runs
    present = [c for c in COLUMNS if c in runs.columns]
    table = runs[present].rename(columns=COLUMNS)
    if "started" in table:
        table["started"] = pd.to_datetime(table["started"]).dt.strftime("%Y-%m-%d %H:%M")
    return table


def run_table(tracking_uri: str, experiment: str, filter_string: str = "") -> pd.DataFrame:
    """The runs of an experiment with the columns above (missing ones left out)."""
    return tabulate(load_runs(tracking_uri, experiment, filter_string))


def config_keys(runs: pd.DataFrame) -> pd.Series:
    """Per run, a short hash of the logged params that tell its configuration apart from
    the other runs': equal keys mean the runs differ only in seed, run name and paths.

    A param with one value wherever it is logged (a key added to the config later, at its
    default) does not split runs logged before it existed from those logged after.
    """
    params = [
        c
        for c in sorted(runs.columns)
        if c.startswith("params.")
        and c.removeprefix("params.") not in SEED_PARAMS
        and not c.removeprefix("params.").startswith(PER_RUN_PARAM_PREFIXES)
        and runs[c].dropna().astype(str).nunique() > 1
    ]

    def key(row: pd.Series) -> str:
        text = "\n".join(f"{c}={row[c]}" for c in params)
        return hashlib.sha1(text.encode()).hexdigest()[:8]

    return runs.apply(key, axis=1) if params else pd.Series("", index=runs.index)


def seed_table(runs: pd.DataFrame) -> pd.DataFrame:
    """The finished runs of MLflow's frame as `tabulate` rows plus a `config` key column."""
    finished = runs[runs["status"] == "FINISHED"] if "status" in runs else runs
    if finished.empty:
        return finished
    return tabulate(finished).assign(config=config_keys(finished))


def aggregate_seeds(
    table: pd.DataFrame, keys: tuple[str, ...] = ("model", "data", "config")
) -> pd.DataFrame:
    """One row per group of runs that differ only in seed: n, the seeds, and per metric the
    mean and the sample standard deviation (ddof=1; empty for a single run)."""
    by = [k for k in keys if k in table]
    if not by:
        raise ValueError(f"run table has none of the grouping columns {', '.join(keys)}")
    metrics = [
        c
        for c in table.columns
        if c not in {*by, "run", "seed", "started", "parameters"}
        and "_ci95_" not in c
        and pd.api.types.is_numeric_dtype(table[c])
    ]
    groups = table.groupby(by, sort=False, dropna=False)
    named = {"n": (by[0], "size")}
    named.update({f"{c}s": (c, _joined) for c in ("run", "seed") if c in table})
    result = groups.agg(**named)
    for metric in metrics:
        result[f"{metric}_mean"] = groups[metric].mean()
        result[f"{metric}_std"] = groups[metric].std(ddof=1)
    return result.reset_index()


def _joined(values: pd.Series) -> str:
    """Distinct values, numbers in numeric order ("1,2,10")."""
    distinct = {str(v) for v in values}
    return ",".join(sorted(distinct, key=lambda v: (not v.isdigit(), v.isdigit() and len(v), v)))


def mean_std_markdown(aggregated: pd.DataFrame) -> str:
    """`aggregate_seeds` as Markdown with one "mean ± std" cell per metric."""
    means = [c for c in aggregated.columns if c.endswith("_mean")]
    merged = aggregated.drop(columns=[*means, *(m[:-5] + "_std" for m in means)])
    for column in means:
        name = column[:-5]
        merged[name] = [
            "" if pd.isna(m) else f"{m:.3f}" if pd.isna(s) else f"{m:.3f} ± {s:.3f}"
            for m, s in zip(aggregated[column], aggregated[f"{name}_std"], strict=True)
        ]
    return to_markdown(merged)


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
