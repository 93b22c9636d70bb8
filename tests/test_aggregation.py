from stance.aggregation import aggregate
from stance.types import Attribution


def attribution(sentence, holder, favor, against):
    probs = {"favor": favor, "against": against, "none": round(1 - favor - against, 4)}
    label = max(probs, key=probs.get)
    return Attribution(
        sentence,
        holder,
        None,
        None,
        "direct",
        "name",
        "test",
        stance={"peace_talks": {"label": label, "probs": probs}},
    )


def test_summed_evidence_decides_and_one_stray_sentence_does_not():
    views = aggregate(
        [
            attribution(0, "A", 0.1, 0.8),
            attribution(1, "A", 0.95, 0.0),
            attribution(2, "A", 0.05, 0.9),
            attribution(0, "B", 0.3, 0.3),
        ],
        ["peace_talks"],
        {"A": ["A"], "B": ["B"]},
        min_confidence=0.5,
    )
    a, b = views
    assert a.stance["peace_talks"]["label"] == "against"
    assert a.stance["peace_talks"]["confidence"] == 0.85  # mean over sentences 0 and 2
    assert a.stance["peace_talks"]["evidence"] == [0, 2]
    assert b.stance["peace_talks"]["label"] == "none"  # nothing confident enough


def test_neutral_sentences_do_not_outvote_a_clear_stance():
    own = [attribution(0, "A", 0.03, 0.95)] + [attribution(i, "A", 0.25, 0.05) for i in range(1, 6)]
    (view,) = aggregate(own, ["peace_talks"], {}, min_confidence=0.5)
    assert view.stance["peace_talks"]["label"] == "against"
    assert view.stance["peace_talks"]["evidence"] == [0]
