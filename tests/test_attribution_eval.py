"""The attribution evaluator on an invented brat file: reading, matching, scoring."""

from pathlib import Path

from stance.attribution_eval import SourceSpan, evaluate_polnear, match, read_brat_sources, scores

BRAT = Path(__file__).parent / "fixtures" / "brat"


def test_brat_sources_are_read_from_relations():
    sources = read_brat_sources(BRAT / "dev" / "attributions" / "demo_a1b2.ann")
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


def test_polnear_style_split_is_scored_end_to_end(attributor, segmenter):
    result = evaluate_polnear(attributor, segmenter, BRAT, "dev")
    assert result["articles"] == 1 and result["gold_sources"] == 2
    assert result["overlap"]["recall"] == 1.0
    assert result["recall_by_gold_kind"] == {"direct": 1.0, "indirect": 1.0}
