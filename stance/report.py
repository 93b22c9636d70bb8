"""Stage 6: what users read: the per-speaker table and the JSON Lines record."""

from __future__ import annotations

import json

from stance.types import ArticleResult


def holder_table(result: ArticleResult, all_holders: bool = False) -> str:
    """Markdown table of holders with a stance; the others listed on one line below.

    Confidence and evidence sentences are in the JSON output; the table stays readable.
    """
    shown = [h for h in result.holders if all_holders or _has_stance(h.stance)]
    quiet = [h.name for h in result.holders if h not in shown]
    header = ["holder", *result.targets]
    lines = [
        f"## {result.article}",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for holder in shown:
        cells = [_cell(holder.stance[t]) for t in result.targets]
        lines.append("| " + " | ".join([holder.name, *cells]) + " |")
    if quiet:
        lines += ["", "Also quoted, no stance on these targets: " + ", ".join(quiet)]
    return "\n".join(lines)


def _cell(view: dict) -> str:
    return view["label"]


def _has_stance(stance: dict) -> bool:
    return any(view["label"] != "none" for view in stance.values())


def json_line(result: ArticleResult) -> str:
    return json.dumps(result.as_dict(), ensure_ascii=False)


def predicted_table(result: ArticleResult) -> dict[str, dict[str, str]]:
    """holder -> target -> label, for comparing with a gold per-speaker table."""
    return {h.name: {t: v["label"] for t, v in h.stance.items()} for h in result.holders}
