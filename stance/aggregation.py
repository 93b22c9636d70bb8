"""Stage 4: one label per holder and target, with confidence and evidence sentences."""

from __future__ import annotations

from stance.types import Attribution, HolderView


def aggregate(
    attributions: list[Attribution],
    targets: list[str],
    mentions: dict[str, list[str]],
    min_confidence: float = 0.5,
) -> list[HolderView]:
    """Holders in order of first attribution; a stance needs one confident sentence.

    For each target, favor and against compete by their strongest sentence; the label is
    the stronger one if it reaches `min_confidence`, else none. Evidence lists the
    sentences whose own label agrees with the holder's label.
    """
    order: list[str] = []
    for attribution in attributions:
        if attribution.holder not in order:
            order.append(attribution.holder)
    views = []
    for holder in order:
        own = [a for a in attributions if a.holder == holder]
        stance = {target: _target_view(own, target, min_confidence) for target in targets}
        views.append(HolderView(holder, mentions.get(holder, []), stance))
    return views


def _target_view(own: list[Attribution], target: str, min_confidence: float) -> dict:
    best = {"favor": 0.0, "against": 0.0}
    for attribution in own:
        probs = attribution.stance[target]["probs"]
        for label in best:
            best[label] = max(best[label], probs[label])
    label = max(best, key=best.get)
    if best[label] < min_confidence:
        none_conf = min((a.stance[target]["probs"]["none"] for a in own), default=1.0)
        return {"label": "none", "confidence": round(none_conf, 4), "evidence": []}
    evidence = sorted({a.sentence for a in own if a.stance[target]["label"] == label})
    return {"label": label, "confidence": round(best[label], 4), "evidence": evidence}
