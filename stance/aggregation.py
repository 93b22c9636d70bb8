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
    """Favor and against compete by summed probability over the holder's sentences.

    Summing, rather than taking the single strongest sentence, keeps one stray sentence
    from overturning several consistent ones. The winner needs at least one sentence
    whose own label it is with probability >= `min_confidence`; otherwise the label is
    none. Confidence is the mean probability of the label over its evidence sentences.
    """
    mass = {label: sum(a.stance[target]["probs"][label] for a in own) for label in STANCES}
    label = max(STANCES, key=mass.get)
    evidence = [
        a
        for a in own
        if a.stance[target]["label"] == label and a.stance[target]["probs"][label] >= min_confidence
    ]
    if not evidence:
        none_probs = [a.stance[target]["probs"]["none"] for a in own]
        return {
            "label": "none",
            "confidence": round(min(none_probs, default=1.0), 4),
            "evidence": [],
        }
    confidence = sum(a.stance[target]["probs"][label] for a in evidence) / len(evidence)
    return {
        "label": label,
        "confidence": round(confidence, 4),
        "evidence": sorted({a.sentence for a in evidence}),
    }
