"""Interview transcripts: a line opened by a speaker label in capitals ("TAPPER: ...").

Broadcast transcripts printed in news articles mark each turn with the speaker's name in
capitals and a colon, sometimes right after a quote mark that opens the line. Headings and
explainers look the same ("UPDATE: Mayor X said ...", "PUTIN: Peskov said ..."), so a label
only counts when it names a speaker of several turns or a person the article names
elsewhere, no word of it is a heading word or a word the article also writes in lower case,
and its line does not open with somebody else's reported speech.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from stance.types import Quote, Sentence, Span

if TYPE_CHECKING:
    from stance.holders import HolderRegistry

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


@dataclass(frozen=True)
class SpeakerTurn:
    """A turn kept as speech, with the sentence and the parsed word that name its speaker."""

    turn: Turn
    sentence: int
    label_token: Token


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
    """Surnames that label two turns or more: a transcript's speakers."""
    counts = Counter(turn.surname for turn in turns)
    return {surname for surname, count in counts.items() if count >= 2}


def speaker_turns(
    text: str,
    sentences: list[Sentence],
    docs: list[Doc],
    registry: HolderRegistry,
    heading_words: set[str],
    is_cue: Callable[[Token], bool],
    opening_words: int,
) -> list[SpeakerTurn]:
    """The article's transcript turns whose label names a speaker (see the module doc).

    A report within the line's first `opening_words` words makes the label a heading.
    """
    turns = [t for t in find_turns(text) if not _heading(t, text, heading_words)]
    repeated = repeated_speakers(turns)
    kept = []
    for turn in turns:
        located = _label_token(turn, sentences, docs)
        if located is None:
            continue
        sentence, label = located
        opening = label.doc[label.i + 2 : label.i + 2 + opening_words]  # after "LABEL:"
        if _reports(list(opening), is_cue):
            continue
        elsewhere = len(re.findall(rf"\b{re.escape(turn.surname)}\b", text, re.I)) > 1
        if turn.surname in repeated or (elsewhere and registry.is_known_name(label)):
            kept.append(SpeakerTurn(turn, sentence, label))
    return kept


def label_name(label: str, text: str) -> str:
    """How the article spells the label's name ("Mitch McConnell"), else "Jo Tapper"."""
    if not label.isupper():
        return label
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in label.split()) + r"\b"
    spelled = [m.group() for m in re.finditer(pattern, text, re.I) if not m.group().isupper()]
    return spelled[0] if spelled else label.title()


def with_turn_bodies(
    quotes: list[Quote], turns: list[SpeakerTurn]
) -> tuple[list[Quote], dict[int, SpeakerTurn]]:
    """Quotes plus each unquoted turn's words as a quote, and the turns by quote start.

    A quote mark right before the label ('"TAPPER: ...') already holds the turn. Quotes
    inside a turn are the speaker's words, so the turn replaces them; a quote that crosses
    the turn's edge keeps the turn from becoming a quote.
    """
    by_start = {}
    for speaker_turn in turns:
        turn = speaker_turn.turn
        opened = [q for q in quotes if q.start == turn.label.start - 1]
        if opened:
            by_start[opened[0].start] = speaker_turn
            continue
        start, end = turn.body_start, turn.body_end
        inside = [q for q in quotes if start <= q.start and q.end <= end]
        if any(q.start < end and q.end > start for q in quotes if q not in inside):
            continue
        quotes = [q for q in quotes if q not in inside] + [Quote(start, end, True)]
        by_start[start] = speaker_turn
    return sorted(quotes, key=lambda q: q.start), by_start


def _heading(turn: Turn, text: str, heading_words: set[str]) -> bool:
    """ "UPDATE:", "READ MORE:": a heading word, or a word the article writes in lower case."""
    for word in turn.label.text.lower().split():
        if word in heading_words or re.search(rf"\b{re.escape(word)}\b", text):
            return True
    return False


def _label_token(
    turn: Turn, sentences: list[Sentence], docs: list[Doc]
) -> tuple[int, Token] | None:
    """(sentence index, last word of the label in its sentence's parse)."""
    for sentence, doc in zip(sentences, docs, strict=True):
        if sentence.start <= turn.label.start < sentence.end:
            start, end = turn.label.start - sentence.start, turn.label.end - sentence.start
            local = doc.char_span(start, end, alignment_mode="expand")
            if local is None or local[-1].is_space:
                return None  # e.g. a line in capitals, blanked before parsing
            return sentence.index, local[-1]
    return None


def _reports(words: list[Token], is_cue: Callable[[Token], bool]) -> bool:
    """ "Peskov said ...": a cue verb with a named or nominal subject. A line that opens so
    heads a summary, not a turn ("PENCE: He said" is a turn; so is a long question that
    mentions what a campaign agreed to, further on)."""
    return any(
        is_cue(token) and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in token.children)
        for token in words
    )
