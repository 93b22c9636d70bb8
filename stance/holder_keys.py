"""Whether two holder names mean the same holder, for scoring and for annotator agreement.

Gold holders are canonical names ("the fullest name the passage gives") or descriptions in
the text's wording; the pipeline names a person by surname and a group by a shorter
phrase. Two names are one holder when they share a head and the content words of one are
all among the other's: "Sorel" ~ "Ana Sorel", "engineers" ~ "two engineers in Lima",
"fisheries ministry" ~ "the three nations' fisheries ministries". A differing modifier
keeps two holders apart: "Peruvian Fisheries Ministry" / "Chilean Fisheries Ministry",
"Ministry of Fisheries" / "Ministry of Transport", "Peruvian embassy in Oslo" / "... in
Quito". Institutions are no exception: they key on all their words, not on the last one.

The head of a description is its head noun, not its last word ("an aide who spoke on
condition of anonymity" -> aide, "60% of Danes" -> Danes); a capitalised name has two
heads, the noun before its first lower-case preposition and its last word, so "Ministry
of Fisheries" meets "Fisheries Ministry" and "Secretary of State Rui Tovar" meets "Tovar".
This module has no pipeline config (the evaluator and the agreement figures use it on
gold files alone), so its function-word lists are module constants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words after which a noun phrase's head is over: what follows modifies it.
RELATIVE_WORDS = _words("who whom whose which that where")
PREPOSITIONS = _words(
    "of in from at on for with to by outside inside near among across within without "
    "under over about against between behind after before during like into beyond"
)
# Adjectives that follow their noun: "four engineers present", "people familiar with it".
POSTNOMINAL = _words("present familiar close aware responsible concerned")
DETERMINERS = _words("a an the this that these those its their his her our")
# Words that only count or pick part of a group: "60% of Danes" is about Danes, "a
# group of farmers" about farmers.
QUANTIFIERS = _words(
    "some most many all several few none one each half third quarter majority minority "
    "percent per cent two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen twenty dozen dozens hundreds thousands group handful number couple "
    "other both"
)
# Lower-case words that carry no identity of their own.
FUNCTION_WORDS = (
    RELATIVE_WORDS | PREPOSITIONS | DETERMINERS | _words("and or nor but not be been being")
)
NAME_SUFFIXES = _words("jr sr ii iii iv")
BREAKS = frozenset(",;()")
_TOKEN = re.compile(r"\d[\d,.]*%?|[^\W\d_][\w.'&-]*|[,;()]")
_NUMBER = re.compile(r"^\d[\d,.]*%?$")
# Endings that turn a place into its adjective, after a shared stem of at least
# MIN_PLACE_STEM letters: Bolivia/Bolivian, Chile/Chilean, Japan/Japanese, Britain/British.
PLACE_ENDINGS = frozenset(
    ["", "a", "e", "y", "ia", "n", "an", "ian", "ese", "i", "ish", "ain", "ey"]
)
MIN_PLACE_STEM = 4
_CAPITAL_PLURAL = re.compile(r"^[A-Z]{2,}s$")  # "MPs"


@dataclass(frozen=True)
class Word:
    """A content word: lower case without dots ("U.S." ~ "US"), and how it was written."""

    text: str
    common: bool  # written in lower case: a common noun, whose plural is the same word


@dataclass(frozen=True)
class HolderName:
    """A holder name reduced to its heads and its content words."""

    heads: frozenset[Word]
    words: frozenset[Word]


def parse(name: str) -> HolderName:
    """Heads and content words of one holder name (see the module docstring)."""
    tokens = [t for t in (_bare(t) for t in _TOKEN.findall(name.replace("’", "'"))) if t]
    content = [i for i, t in enumerate(tokens) if _content(t, i == 0)]
    content = [i for i in content if _norm(tokens[i]) not in NAME_SUFFIXES]
    words = {i: Word(_norm(tokens[i]), tokens[i].islower()) for i in content}
    head = [i for i in _head_phrase(tokens) if i in words]
    heads = {words[head[-1]]} if head else set()
    if content and not any(w.common for w in words.values()):
        heads.add(words[content[-1]])  # "Secretary of State Rui Tovar" is Tovar too
    return HolderName(frozenset(heads), frozenset(words.values()))


def same_holder(first: str, second: str) -> bool:
    """True when the two names can mean one holder: a shared head, nested content words."""
    a, b = parse(first), parse(second)
    if not (a.words and b.words):
        return False
    if not any(_same_word(x, y) for x in a.heads for y in b.heads):
        return False
    return _nested(a.words, b.words) or _nested(b.words, a.words)


def describes(smaller: str, larger: str) -> bool:
    """True when `smaller` could be a shorter name of `larger`: a shared head, and every
    content word of `smaller` among `larger`'s ("the ministry" of "Chile's trade ministry")."""
    a, b = parse(smaller), parse(larger)
    if not (a.words and b.words):
        return False
    return any(_same_word(x, y) for x in a.heads for y in b.heads) and _nested(a.words, b.words)


def _nested(smaller: frozenset[Word], larger: frozenset[Word]) -> bool:
    """Every word of one among the other's; "Bolivian" ~ "Bolivia" as a modifier."""
    return all(any(_same_word(x, y, modifier=True) for y in larger) for x in smaller)


def _same_word(a: Word, b: Word, modifier: bool = False) -> bool:
    """Same word; a common noun's plural is the same word ("ministries" ~ "ministry").

    One side in lower case is enough ("Officials" opening a sentence ~ "officials"), so two
    capitalised names that differ by an "s" stay apart ("Mendes", "Mende").
    """
    if a.text == b.text:
        return True
    if (a.common or b.common) and _singular(a.text) == _singular(b.text):
        return True
    return modifier and not (a.common or b.common) and same_place(a.text, b.text)


def same_place(a: str, b: str) -> bool:
    """A place and its adjective: "Bolivia" ~ "Bolivian", "Chile" ~ "Chilean"."""
    stem = 0
    while stem < min(len(a), len(b)) and a[stem] == b[stem]:
        stem += 1
    return stem >= MIN_PLACE_STEM and {a[stem:], b[stem:]} <= PLACE_ENDINGS


def match_holders(first: list[str], second: list[str]) -> list[tuple[int, int]]:
    """The largest one-to-one pairing of two lists of names by `same_holder`.

    Index pairs (i, j). One-to-one, so two holders with one head in a sentence ("the
    Peruvian and the Chilean delegation") need two matches.
    """
    edges = [[j for j, b in enumerate(second) if same_holder(a, b)] for a in first]
    owner: dict[int, int] = {}  # second index -> first index

    def assign(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or assign(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(first)):
        assign(i, set())
    return sorted((i, j) for j, i in owner.items())


def _bare(word: str) -> str:
    """The word without a possessive ending: "Peru's" -> "Peru", "farmers'" -> "farmers"."""
    for suffix in ("'s", "'"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _norm(word: str) -> str:
    """Lower case without dots ("U.S." ~ "US"); "MPs" -> "mp"."""
    if _CAPITAL_PLURAL.match(word):
        word = word[:-1]
    return word.replace(".", "").lower()


def _function(word: str, first: bool) -> bool:
    """A lower-case function word, or a capitalised determiner opening the name ("The")."""
    return (word.islower() and word in FUNCTION_WORDS) or _determiner(word, first)


def _determiner(word: str, first: bool) -> bool:
    """ "the", or "The" opening the name; "the WHO" keeps "WHO", "President To Vinh" "To"."""
    return (word.islower() or first) and word.lower() in DETERMINERS


def _counts(word: str, first: bool) -> bool:
    """A number or a counting word ("two", "most"; capitalised only when it opens the name)."""
    if _NUMBER.match(word):
        return True
    return (word.islower() or first) and word.lower() in QUANTIFIERS


def _content(word: str, first: bool) -> bool:
    return word not in BREAKS and not _function(word, first) and not _counts(word, first)


def _head_phrase(tokens: list[str]) -> range:
    """Indexes of the head's phrase: leading determiners and counts off, modifiers after."""
    start, counted = 0, False
    while start < len(tokens):
        word, first = tokens[start], start == 0
        if _counts(word, first):
            counted = True
        elif not (_determiner(word, first) or (word == "of" and counted)):
            break  # "of" only after a count: "most of the engineers", "60% of Danes"
        start += 1
    for i in range(start + 1, len(tokens)):
        word = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        participle = word.islower() and word.endswith(("ed", "ing")) and following in PREPOSITIONS
        modifier = word.islower() and word in RELATIVE_WORDS | PREPOSITIONS | POSTNOMINAL
        if word in BREAKS or modifier or participle:
            return range(start, i)
    return range(start, len(tokens))


def _singular(word: str) -> str:
    """A lower-case plural's singular by spelling alone: "ministries" -> "ministry"."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]
