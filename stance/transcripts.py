"""Interview transcripts: a paragraph opened by a speaker label in capitals ("TAPPER: ...").

Broadcast transcripts printed in news articles mark each turn with the speaker's name in
capitals and a colon, sometimes inside a quote mark that opens the paragraph. Headline
labels look the same ("UPDATE: ...", "EXCLUSIVE: ..."), so this module only finds the
candidates; `stance.attribution` keeps a label that names a speaker of several turns or a
person the article names elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from stance.types import Span

# at a line's start, after an optional opening quote mark: one to three words in capitals
_LABEL = re.compile(
    r"^[\"“]?(?P<label>(?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z'’-]+)(?P<colon>:)[ \t]+(?=\S)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the label, its colon, and the words spoken up to the line end."""

    label: Span
    colon: Span
    body_start: int
    body_end: int

    @property
    def surname(self) -> str:
        """The label's last word: "KATE BOULDUAN" and "BOULDUAN" are one speaker."""
        return self.label.text.split()[-1].lower()


def find_turns(text: str) -> list[Turn]:
    """Every line that opens with a speaker label, in text order."""
    turns = []
    for match in _LABEL.finditer(text):
        end = text.find("\n", match.end())
        start, stop = match.span("label")
        colon = match.start("colon")
        turns.append(
            Turn(
                label=Span(match.group("label"), start, stop),
                colon=Span(":", colon, colon + 1),
                body_start=match.end(),
                body_end=len(text) if end < 0 else end,
            )
        )
    return turns


def repeated_speakers(turns: list[Turn]) -> set[str]:
    """Surnames that label two turns or more: a transcript's speakers, not headlines."""
    counts = Counter(turn.surname for turn in turns)
    return {surname for surname, count in counts.items() if count >= 2}
