"""What reaches MLflow: metric names it accepts, and no flood of per-topic metrics."""

from stance.tracking import final_metrics


def test_target_names_are_cleaned_and_many_targets_are_not_logged_one_by_one():
    split = {"f_avg": 0.5, "all": {"macro_f1": 0.4}, "nyc 's bike lane": {"f_avg": 0.1}}
    flat = final_metrics({"test": split, "protocol": {"value": 0.3}})
    assert flat["test.nyc _s bike lane.f_avg"] == 0.1 and flat["protocol"] == 0.3
    many = {"f_avg": 0.5, "all": {"macro_f1": 0.4}} | {f"t{i}": {"f_avg": 0.0} for i in range(30)}
    assert set(final_metrics({"test": many}, max_targets=20)) == {"test.f_avg", "test.macro_f1"}
