"""Find quoted stretches in an article, pairing quote marks by type.

Curly and guillemet quotes pair with their own closer; straight double quotes alternate,
and a straight mark pairs with a curly one where typed text mixes them.
An opener that is never closed ends at its paragraph's end, so an odd count of marks
never crashes and never swallows the rest of the article. A quote may run over line
breaks when its closer comes later.
"""

from __future__ import annotations

import re

from stance.segmentation import wraps_line
from stance.types import Quote

PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’"}


def find_quotes(text: str, min_speech_words: int = 4) -> list[Quote]:
    """Quoted spans (marks included), flagged as speech unless they look like scare quotes."""
    quotes = []
    for start, end, closed in _pair_marks(text):
        speech = _looks_like_speech(text[start:end], min_speech_words) or _signed(text, end)
        quotes.append(Quote(start, end, speech, closed))
    return quotes


def _signed(text: str, end: int) -> bool:
    """A quote followed by a dash and a capitalised word ("... " - Name) is speech.

    The dash may open the next line; `stance.quote_speakers` checks it signs a name.
    """
    return bool(re.match(r"[ \t]*(?:\r?\n)?[ \t]*[-–—][ \t]*[A-Z]", text[end : end + 8]))


def _pair_marks(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed by its mark) of every quote, in order."""
    spans: list[tuple[int, int, bool]] = []
    pos = 0
    while pos < len(text):
        closer = _closer_for(text, pos)
        if closer is None:
            pos += 1
            continue
        end, closed = _find_closer(text, pos, closer)
        spans.append((pos, end, closed))
        pos = max(end, pos + 1)
    return spans


def _closer_for(text: str, pos: int) -> str | None:
    char = text[pos]
    if char == '"':
        return '"'
    if char == "‘":
        # an opening single quote only when it starts a word, not in "rock ‘n’ roll"
        before = text[pos - 1] if pos else " "
        return "’" if not before.isalnum() else None
    if char == "”" and _opens_line(text, pos):
        return "”"  # a closing mark typed as the opener of a line (”We ...” ― Name)
    return PAIRS.get(char)


def _opens_line(text: str, pos: int) -> bool:
    """A mark first on its line, right before a word, with a second one later in its
    paragraph to close it."""
    line_start = text.rfind("\n", 0, pos) + 1
    after = text[pos + 1 : pos + 2]
    if text[line_start:pos].strip() or not after.isalnum():
        return False
    return text.find("”", pos + 1, _paragraph_end(text, pos)) != -1


def _find_closer(text: str, start: int, closer: str) -> tuple[int, bool]:
    """End offset (after the closer) of the quote opened at `start`; False when no closing
    mark ended it."""
    opener = text[start]
    if opener == '"':
        return _straight_closer(text, start)
    if opener == "”":  # a line opened by a closing mark closes at the next one
        found = text.find("”", start + 1, _paragraph_end(text, start))
        return (found + 1, True) if found != -1 else (_paragraph_end(text, start), False)
    search = start + 1
    # ’ doubles as an apostrophe, so a single quote never pairs across a line break
    limit = _paragraph_end(text, start) if opener == "‘" else len(text)
    while True:
        found = text.find(closer, search, limit)
        if found == -1:
            mixed = _straight_close_of_curly(text, start, limit) if opener == "“" else None
            return mixed or (_paragraph_end(text, start), False)
        if closer == "’" and found + 1 < len(text) and text[found + 1].isalpha():
            search = found + 1  # an apostrophe ("Kyiv’s"), not a closing mark
            continue
        reopened = text.find(opener, start + 1, found)
        if opener == "“":
            mixed = _straight_close_of_curly(text, start, found if reopened == -1 else reopened)
            if mixed is not None:
                return mixed
        if reopened != -1 and opener != "„":
            return _paragraph_end(text, start, limit=reopened), False
        return found + 1, True


def _straight_closer(text: str, start: int) -> tuple[int, bool]:
    """A straight opener closes at the next straight mark of its paragraph or at a curly
    closer that no curly opener inside it claimed: typed text mixes the two (\"...,” she said).

    Straight quotes look alike open and closed, so they never pair across a line break.
    """
    depth = 0
    for pos in range(start + 1, _paragraph_end(text, start)):
        char = text[pos]
        if char == "“":
            depth += 1
        elif char == "”" and depth:
            depth -= 1
        elif char == '"' or char == "”":
            return pos + 1, True
    return _paragraph_end(text, start), False


def _straight_close_of_curly(text: str, start: int, before: int) -> tuple[int, bool] | None:
    """A curly opener closed by a straight mark (“...," she said), or None.

    Only within the opener's paragraph, before its own closer (or the next opener), and
    only when the straight marks there are odd: an even count is a quote nested inside.
    A mark right after a digit is an inch or a second (27"), not a quote mark. Of the
    rest, the first one after punctuation closes (“She called it "a farce," he said),
    else the first one.
    """
    stop = min(before, _paragraph_end(text, start))
    marks = [
        pos for pos in range(start + 1, stop) if text[pos] == '"' and not text[pos - 1].isdigit()
    ]
    if len(marks) % 2 == 0:
        return None
    after_punctuation = [pos for pos in marks if text[pos - 1] in ",.!?;:"]
    return (after_punctuation or marks)[0] + 1, True


def _paragraph_end(text: str, start: int, limit: int | None = None) -> int:
    """The end of the line `start` is on; a line that the next one continues in lower
    case ("... advancing,\nand every week ...") is wrapped text, not a line of its own."""
    end = text.find("\n", start)
    while end != -1 and wraps_line(text, end):
        end = text.find("\n", end + 1)
    end = len(text) if end == -1 else end
    if limit is not None:
        end = min(end, limit)
    return len(text[:end].rstrip()) if end > start else end


def _looks_like_speech(quoted: str, min_words: int) -> bool:
    """Speech has several words or ends in punctuation; "umbrella"-style scare quotes do not."""
    inner = quoted.strip('"“”«»„‘’ ')
    words = len(inner.split())
    return words >= min_words or (words >= 2 and bool(re.search(r"[.,!?;:]$", inner)))
