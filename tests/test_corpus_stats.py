"""The corpus meets its datasheet's promises, measured by the stats command's code."""

import pytest

from stance.corpus_stats import corpus_stats


@pytest.fixture(scope="module")
def stats(train_cfg_base):
    return corpus_stats(train_cfg_base)


def test_corpus_size_and_variety(stats):
    assert stats["passages"] >= 150
    assert stats["sentences"] >= 1800
    assert stats["holders"] >= 80
    assert set(stats["passages_per_split"]) == {"train", "validation", "test"}


@pytest.mark.parametrize("target", ["peace_talks", "military_aid"])
def test_favor_and_against_each_at_least_a_quarter_of_stance_labels(stats, target):
    labels = stats["sentence_labels"][target]
    favor = sum(n for key, n in labels.items() if key.endswith("/favor"))
    against = sum(n for key, n in labels.items() if key.endswith("/against"))
    assert favor / (favor + against) >= 0.25
    assert against / (favor + against) >= 0.25


def test_agreement_is_reported_for_passages_and_tweets(stats):
    agreement = stats["agreement"]
    assert agreement["passages"]["passages"] >= 0.25 * stats["passages"]
    assert agreement["tweets"]["items"] >= 0.2 * stats["tweets"]["rows"]
    assert 0 <= agreement["passages"]["kappa_sentence"]["peace_talks"] <= 1
