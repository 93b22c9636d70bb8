"""Stage 1: split an article into sentences with character offsets.

Rules rather than a parser, so the split is fast, deterministic and the same at training
and scoring time. A sentence never crosses a line break, unless the next line goes on in
lower case (`join_wrapped_lines`: hard-wrapped text, "... still advancing,\nand every week
..."); quotes that run over several sentences are tracked by `stance.quotes`, not by
merging sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from stance.types import Sentence

CLOSERS = "\"'”’»)]"
OPENERS = "\"'“‘«„(["
_END = re.compile(r"[.!?]+[" + re.escape(CLOSERS) + r"]*")


class Segmenter:
    """Sentence splitter with a configurable list of abbreviations."""

    def __init__(
        self,
        abbreviations: Iterable[str] = (),
        initialisms: Iterable[str] = (),
        sentence_starters: Iterable[str] = (),
        numeric_abbreviations: Iterable[str] = (),
        join_wrapped_lines: bool = False,
    ) -> None:
        self.abbreviations = {a.lower().rstrip(".") for a in abbreviations}
        self.numeric_abbreviations = {a.lower().rstrip(".") for a in numeric_abbreviations}
        self.initialisms = {a.lower() for a in initialisms}
        self.sentence_starters = set(sentence_starters)
        self.join_wrapped_lines = join_wrapped_lines

    def split(self, text: str) -> list[Sentence]:
        """Sentences of `text`; each non-empty line counts as its own paragraph."""
        sentences: list[Sentence] = []
        for paragraph, (offset, line) in enumerate(self._lines(text)):
            for start, end in self._split_line(line):
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        start=offset + start,
                        end=offset + end,
                        text=line[start:end],
                        paragraph=paragraph,
                    )
                )
        return sentences

    def _lines(self, text: str) -> list[tuple[int, str]]:
        """(offset, text) of each non-empty line, a wrapped line joined to the one before."""
        lines: list[tuple[int, str]] = []
        for match in re.finditer(r"[^\n]*\S[^\n]*", text):
            offset, line = match.start(), match.group()
            single_break = lines and text[lines[-1][0] + len(lines[-1][1]) : offset] == "\n"
            if self.join_wrapped_lines and single_break and wraps_line(text, offset - 1):
                start = lines[-1][0]
                lines[-1] = (start, text[start : offset + len(line)])
            else:
                lines.append((offset, line))
        return lines

    def _split_line(self, line: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start = self._skip_space(line, 0)
        for match in _END.finditer(line):
            end = match.end()
            if end <= start or not self._is_boundary(line, match.start(), end):
                continue
            spans.append((start, end))
            start = self._skip_space(line, end)
        tail_end = len(line.rstrip())
        if start < tail_end:
            spans.append((start, tail_end))
        return spans

    @staticmethod
    def _skip_space(line: str, pos: int) -> int:
        while pos < len(line) and line[pos].isspace():
            pos += 1
        return pos

    def _is_boundary(self, line: str, punct_start: int, end: int) -> bool:
        rest = line[end:]
        if rest and not rest[0].isspace():
            return False
        following = rest.lstrip()
        if not following:
            return True
        first = following[0]
        if not (first.isupper() or first.isdigit() or first in OPENERS or first in "-–—"):
            return False
        if line[punct_start] != ".":
            return True
        words = line[:punct_start].split()
        token = words[-1].lstrip(OPENERS) if words else ""
        if token.lower() in self.abbreviations:
            return False
        if token.lower() in self.numeric_abbreviations:
            return not first.isdigit()  # "No. 5", but "the answer was no."
        if re.fullmatch(r"[A-Z]", token):
            # "George W. Bush" is an initial; "posted on X." ends a sentence
            before = words[-2] if len(words) > 1 else ""
            return bool(before) and before[:1].islower()
        if (token + ".").lower() in self.initialisms or re.fullmatch(
            r"(?:[A-Za-z]\.)+[A-Za-z]", token
        ):
            next_word = re.match(r"\w+", following)
            return bool(next_word) and next_word.group() in self.sentence_starters
        return True


def wraps_line(text: str, newline: int) -> bool:
    """The line break at `newline` only wraps text: the next line goes on in lower case."""
    return text[newline + 1 : newline + 40].lstrip(" \t")[:1].islower()


def context_before(sentences: list[Sentence], index: int, count: int) -> str:
    """Up to `count` preceding sentences of the same paragraph, joined by spaces."""
    if count <= 0:
        return ""
    sentence = sentences[index]
    previous = [
        s.text
        for s in sentences[max(0, index - count) : index]
        if s.paragraph == sentence.paragraph
    ]
    return " ".join(previous)
