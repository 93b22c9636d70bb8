"""The attribution evaluator on an invented brat file: reading, matching, scoring."""

import copy

import pytest

from stance.attribution_eval import (
    SourceSpan,
    evaluate_polnear,
    match,
    predicted_sources,
    read_brat_sources,
    scores,
    unmatched,
)

TEXT = (
    'Ana Petrova said the talks were over. "We fight on," the minister said. Analysts expect more.'
)
ANN = """T1\tSource 0 11\tAna Petrova
T2\tCue 12 16\tsaid
T3\tContent 17 36\tthe talks were over
E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3
T4\tSource 53 65\tthe minister
T5\tCue 66 70\tsaid
T6\tContent 38 52\t"We fight on,"
E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6
"""


@pytest.fixture
def brat(tmp_path):
    """A PolNeAR-shaped folder with one invented article and its standoff annotation."""
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir(parents=True)
    (tmp_path / "dev" / "text" / "demo.txt").write_text(TEXT)
    (tmp_path / "dev" / "attributions" / "demo_a1b2.ann").write_text(ANN)
    return tmp_path


def test_brat_sources_are_read_from_relations(brat):
    sources = read_brat_sources(brat / "dev" / "attributions" / "demo_a1b2.ann")
    assert [(s.start, s.end) for s in sources] == [(0, 11), (53, 65)]


def test_exact_ignores_articles_and_overlap_counts_partial_spans():
    text = "the minister said it. Ana Petrova said no."
    gold = [SourceSpan(0, 12, "indirect"), SourceSpan(22, 33, "indirect")]
    predicted = [
        SourceSpan(4, 12, "indirect"),
        SourceSpan(26, 33, "indirect"),
        SourceSpan(13, 17, "narrative"),
    ]
    result = scores(match(text, gold, predicted))
    assert (
        result["exact"]["recall"] == 0.5
    )  # "minister" == "the minister"; "Petrova" != "Ana Petrova"
    assert result["overlap"]["recall"] == 1.0
    assert result["overlap"]["precision"] == round(2 / 3, 4)


def test_overlap_pairs_as_many_spans_as_possible_whatever_the_order():
    text = "Ivo Lund, who chairs the panel, said no."
    relative, name = SourceSpan(10, 13, "indirect"), SourceSpan(0, 8, "indirect")
    wide, narrow = SourceSpan(0, 31, "indirect"), SourceSpan(0, 8, "indirect")
    for gold in ([relative, name], [name, relative]):
        for predicted in ([wide, narrow], [narrow, wide]):
            result = scores(match(text, gold, predicted))
            assert result["overlap"]["recall"] == 1.0
    assert scores(match(text, [relative, name], [wide]))["overlap"]["recall"] == 0.5


def test_unmatched_lists_missed_gold_and_extra_predictions_with_their_line():
    text = "Ana Petrova said it.\nThe senator said no."
    gold = [SourceSpan(0, 11, "indirect"), SourceSpan(21, 32, "indirect")]
    predicted = [SourceSpan(4, 11, "indirect"), SourceSpan(12, 16, "narrative")]
    assert unmatched(text, gold, predicted) == [
        {
            "error": "missed",
            "source": "The senator",
            "kind": "indirect",
            "line": "The senator said no.",
        },
        {"error": "extra", "source": "said", "kind": "narrative", "line": "Ana Petrova said it."},
    ]


def test_polnear_style_split_is_scored_end_to_end(attributor, segmenter, brat):
    result = evaluate_polnear(attributor, segmenter, brat, "dev")
    assert result["articles"] == 1 and result["gold_sources"] == 2
    assert result["overlap"]["recall"] == 1.0
    assert result["recall_by_gold_kind"] == {"direct": 1.0, "indirect": 1.0}
    assert "f1_ci95" not in result["overlap"]
    counts: dict = {}
    resampled = evaluate_polnear(
        attributor, segmenter, brat, "dev", bootstrap_resamples=50, per_article=counts
    )
    assert list(counts) == ["demo"] and counts["demo"]["gold"] == 2
    f1 = result["overlap"]["f1"]
    assert resampled["overlap"]["f1_ci95"] == [f1, f1]  # one article: nothing to vary


def test_every_source_mention_counts_even_when_its_holder_is_merged(attributor, segmenter):
    rules = copy.copy(attributor)
    rules.source_tagger = None
    text = "“We will not leave this city,” Lena Berg said, and she said it twice."
    found = []
    results = rules.attribute(text, segmenter.split(text), sources=found)
    assert [a.holder for a in results] == ["Berg"]  # one attribution per holder and sentence
    assert [m.text for m, _ in found] == ["Lena Berg", "she"]
    assert len(predicted_sources(rules, segmenter, text)) == 2
