"""Seed aggregation of logged runs, on invented rows shaped like MLflow's runs frame."""

import math

import pandas as pd
import pytest

from stance.run_table import aggregate_seeds, config_keys, mean_std_markdown, seed_table


def mlflow_rows(*runs: dict) -> pd.DataFrame:
    """Rows as `mlflow.search_runs` returns them: tags., params., metrics. columns."""
    base = {
        "status": "FINISHED",
        "start_time": pd.Timestamp("2026-01-02 03:04"),
        "tags.model": "minilm",
        "tags.data": "corpus",
        "params.trainer.args.learning_rate": "0.0001",
    }
    rows = []
    for run in runs:
        seed = str(run.get("seed", 42))
        row = base | {
            "tags.mlflow.runName": run.get("name", f"seed{seed}"),
            "tags.seed": seed,
            "params.seed": seed,
            "params.task_name": run.get("name", f"seed{seed}"),
            "params.trainer.args.seed": seed,
            "params.paths.output_dir": f"/logs/{seed}/{run.get('name')}",
        }
        rows.append(row | {k: v for k, v in run.items() if "." in k or k == "status"})
    return pd.DataFrame(rows)


def test_runs_differing_only_in_seed_share_a_key():
    runs = mlflow_rows(
        {"seed": 1},
        {"seed": 2, "name": "other_name"},
        {"seed": 3, "params.trainer.args.learning_rate": "5e-05"},
    )
    keys = config_keys(runs)
    assert keys[0] == keys[1] != keys[2]


def test_a_param_added_later_at_one_value_does_not_split_runs():
    runs = mlflow_rows({"seed": 1}, {"seed": 2, "params.data.extra": "{}"})
    keys = config_keys(runs)
    assert keys[0] == keys[1]


def test_aggregate_reports_n_seeds_mean_and_sample_std():
    runs = mlflow_rows(
        {"seed": 10, "metrics.test.f_avg": 0.70, "metrics.seed_article.speaker_accuracy": 0.5},
        {"seed": 2, "metrics.test.f_avg": 0.60, "metrics.seed_article.speaker_accuracy": 0.75},
        {"seed": 1, "metrics.test.f_avg": 0.90, "tags.data": "corpus_ruw"},
        {"seed": 4, "metrics.test.f_avg": 0.10, "status": "RUNNING"},
    )
    table = aggregate_seeds(seed_table(runs)).set_index("data")
    corpus, ruw = table.loc["corpus"], table.loc["corpus_ruw"]
    assert (corpus["n"], corpus["seeds"], ruw["n"]) == (2, "2,10", 1)  # RUNNING left out
    assert corpus["test_f_avg_mean"] == pytest.approx(0.65)
    assert corpus["test_f_avg_std"] == pytest.approx(0.0707107)  # ddof=1, not 0.05
    assert corpus["seed_speaker_accuracy_std"] == pytest.approx(0.1767767)
    assert ruw["test_f_avg_mean"] == 0.90 and math.isnan(ruw["test_f_avg_std"])
    markdown = mean_std_markdown(table.reset_index())
    assert "| 0.650 ± 0.071 |" in markdown and "| 0.900 |" in markdown


def test_aggregate_needs_a_grouping_column():
    with pytest.raises(ValueError, match="none of the grouping columns model, data, config"):
        aggregate_seeds(pd.DataFrame({"test_f_avg": [0.5]}))


def test_no_finished_run_gives_an_empty_table():
    assert seed_table(mlflow_rows({"seed": 1, "status": "FAILED"})).empty
