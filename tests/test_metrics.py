import pytest

from stance.metrics import sentence_metrics, speaker_accuracy


def test_f_avg_is_mean_of_favor_and_against_f1_only():
    gold = ["favor", "favor", "against", "none", "none"]
    predicted = ["favor", "against", "against", "none", "favor"]
    scores = sentence_metrics(gold, predicted)
    favor_f1 = 2 * 0.5 * 0.5 / (0.5 + 0.5)  # precision 1/2, recall 1/2
    against_f1 = 2 * 0.5 * 1.0 / 1.5  # precision 1/2, recall 1/1
    assert scores["f_avg"] == pytest.approx((favor_f1 + against_f1) / 2)
    assert scores["macro_f1"] == pytest.approx((favor_f1 + against_f1 + 2 / 3) / 3)
    assert scores["confusion_matrix"]["matrix"][0] == [1, 1, 0]


def test_speaker_accuracy_matches_surnames_and_counts_missing_holders():
    gold = {
        "Ana Petrova": {"peace_talks": "favor", "military_aid": "none"},
        "Tom Hale": {"peace_talks": "against", "military_aid": "against"},
    }
    predicted = {
        "Petrova": {"peace_talks": "favor", "military_aid": "favor"},
        "Putin": {"peace_talks": "against", "military_aid": "none"},
        "Ivan Dorn": {"peace_talks": "none", "military_aid": "none"},
    }
    result = speaker_accuracy(predicted, gold, ["peace_talks", "military_aid"], optional=["Putin"])
    assert result["speaker_accuracy"] == pytest.approx(1 / 4)
    assert result["details"]["Tom Hale/peace_talks"]["predicted"] == "missing"
    assert result["extra_holders"] == ["Ivan Dorn"]


def test_speaker_matching_is_one_to_one_and_tables_pool_over_passages():
    from stance.metrics import table_metrics

    targets = ["peace_talks", "military_aid"]
    gold = {
        "Peruvian delegation": {"peace_talks": "favor", "military_aid": "none"},
        "Chilean delegation": {"peace_talks": "against", "military_aid": "none"},
    }
    one_found = {"delegation": {"peace_talks": "favor", "military_aid": "none"}}
    first = speaker_accuracy(one_found, gold, targets)
    assert first["speaker_accuracy"] == pytest.approx(2 / 4)  # one holder cannot be both
    second = speaker_accuracy(
        {"Lena Ortiz": {"peace_talks": "against", "military_aid": "favor"}},
        {"Ortiz": {"peace_talks": "against", "military_aid": "favor"}},
        targets,
    )
    pooled = table_metrics([first, second])
    assert pooled["cells"] == 6 and pooled["passages"] == 2
    assert pooled["speaker_accuracy"] == pytest.approx(4 / 6)
    assert pooled["missed_cells"] == 2
    # the missed Chilean "against" counts as a predicted none: against recall 1/2
    assert 0 < pooled["f_avg"] < 1


def test_protocol_score_pools_or_averages_targets():
    from stance.metrics import protocol_score, split_metrics

    gold = ["favor", "against", "favor", "against", "favor", "favor"]
    predicted = ["favor", "against", "favor", "against", "against", "against"]
    targets = ["a", "a", "a", "a", "b", "b"]  # target a perfect, target b all wrong
    scores = {"test": split_metrics(gold, predicted, targets)}
    per_target = protocol_score(scores, "test", "f_avg", per_target_mean=True)
    assert per_target == pytest.approx((1.0 + 0.0) / 2)
    pooled = protocol_score(scores, "test", "f_avg")
    assert pooled == pytest.approx(scores["test"]["all"]["f_avg"]) and pooled != per_target
