"""Stage 4: one label per holder and target, with confidence and evidence sentences."""

from __future__ import annotations

from stance.types import Attribution, HolderView

STANCES = ("favor", "against")


def aggregate(
    attributions: list[Attribution],
    targets: list[str],
    mentions: dict[str, list[str]],
    min_confidence: float = 0.5,
) -> list[HolderView]:
    """Holders in order of first attribution, each with a view per target."""
    order: list[str] = []
    for attribution in attributions:
        if attribution.holder not in order:
            order.append(attribution.holder)
    views = []
    for holder in order:
        own = [a for a in attributions if a.holder == holder]
        stance = {target: target_view(own, target, min_confidence) for target in targets}
        views.append(HolderView(holder, mentions.get(holder, []), stance))
    return views


def target_view(own: list[Attribution], target: str, min_confidence: float) -> dict:
    """Favor and against compete by summed probability over the holder's stance sentences.

    A stance sentence is one whose own label is favor or against with probability of at
    least `min_confidence`. Summing over them, rather than taking the single strongest,
    keeps one stray sentence from overturning several consistent ones; neutral sentences
    do not take part. Without stance sentences the label is none. Confidence is the mean
    probability of the label over its evidence sentences (for none: over all sentences).
    """
    stance_sentences = [
        a
        for a in own
        if a.stance[target]["label"] in STANCES
        and a.stance[target]["probs"][a.stance[target]["label"]] >= min_confidence
    ]
    if not stance_sentences:
        none_probs = [a.stance[target]["probs"]["none"] for a in own]
        confidence = sum(none_probs) / len(none_probs) if none_probs else 1.0
        return {"label": "none", "confidence": round(confidence, 4), "evidence": []}
    mass = {
        label: sum(
            a.stance[target]["probs"][label]
            for a in stance_sentences
            if a.stance[target]["label"] == label
        )
        for label in STANCES
    }
    label = max(STANCES, key=mass.get)
    evidence = [a for a in stance_sentences if a.stance[target]["label"] == label]
    confidence = sum(a.stance[target]["probs"][label] for a in evidence) / len(evidence)
    return {
        "label": label,
        "confidence": round(confidence, 4),
        "evidence": sorted({a.sentence for a in evidence}),
    }
