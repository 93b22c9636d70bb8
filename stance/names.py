"""Where a name or a holder phrase starts and ends in a parsed sentence.

Helpers of `stance.holders`: a name is its head plus the compound/flat tokens before it
("Foreign Minister Ana Petrova"), a hyphenated tail the tokenizer split off
("Pizarro-Luengo") and, for institutions, an "of"/"for" complement ("Ministry of
Defence"). A holder phrase of a common noun keeps a short place or origin complement
("officials in Kyiv", "a diplomat from a third country").
"""

from __future__ import annotations

from spacy.tokens import Token

NAME_DEPS = {"compound", "flat", "nmod"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
INSTITUTION_PREPOSITIONS = {"of", "for"}
PHRASE_PREPOSITIONS = {"in", "from", "at", "of", "for"}
MAX_COMPLEMENT_TOKENS = 6
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), " ")


def blank_zero_width(text: str) -> str:
    """Zero-width characters as spaces: same offsets, and "Ana\u200bPetrova" parses as a name."""
    return text.translate(ZERO_WIDTH)


def name_chain(head: Token, titles: set[str], particles: set[str]) -> tuple[list[Token], str]:
    """Tokens of the name ending at `head` and the title text before it.

    The name is the run of capitalised words (and particles such as "van") that ends at the
    head, minus leading titles: "Communist lawmaker Bruno Leal" -> "Bruno Leal", title
    "communist lawmaker"; "President Joe Biden" -> "Joe Biden", title "president".
    """
    chain = sorted(
        [
            t
            for t in head.subtree
            if t.i <= head.i and t.dep_ in NAME_DEPS | {"punct"} and not t.is_space
        ]
        + [head],
        key=lambda t: t.i,
    )
    chain = [t for t in chain if t.i >= first_contiguous(chain, head)]
    cut = len(chain) - 1
    while cut > 0 and _name_word(chain, cut - 1, particles):
        cut -= 1
    while cut < len(chain) - 1 and _title_word(chain[cut], titles):
        cut += 1
    name = chain[cut:]
    title = " ".join(t.text for t in chain[:cut] if t.text[:1].isalnum())
    return name + hyphen_tail(name[-1]), title.lower()


def _name_word(chain: list[Token], k: int, particles: set[str]) -> bool:
    token = chain[k]
    if token.text[:1].isupper() or token.text in {"-", "."}:
        return True
    return token.lower_ in particles and k > 0 and chain[k - 1].text[:1].isupper()


def _title_word(token: Token, titles: set[str]) -> bool:
    bare = token.text.lower().rstrip(".")
    return bare in titles or not token.text[:1].isalnum()


def hyphen_tail(last: Token) -> list[Token]:
    """ "Pizarro" "-" "Luengo" written without spaces: the tokens after the hyphen too."""
    doc, tail = last.doc, []
    i = last.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
        after = doc[i + 2]
        if doc[i + 1].whitespace_ or not after.text[:1].isupper():
            break
        tail += [doc[i + 1], after]
        i += 2
    return tail


def institution_tail(head: Token) -> list[Token]:
    """ "Ministry" + "of Defence": the capitalised of/for complement of an institution name."""
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        if prep.lower_ not in INSTITUTION_PREPOSITIONS or prep.i != head.i + 1:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if objects:
            return sorted(prep.subtree, key=lambda t: t.i)
    return []


def phrase_start(token: Token) -> int:
    """Start of the words before a noun that belong to it, determiners left out."""
    before = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det" and not t.is_space]
    return min(t.idx for t in before or [token])


def phrase_end(token: Token) -> int:
    """End of a noun with a short place or origin complement ("officials in Kyiv")."""
    end = token_end(token)
    for prep in (c for c in token.rights if c.dep_ == "prep"):
        subtree = list(prep.subtree)
        if (
            prep.lower_ in PHRASE_PREPOSITIONS
            and prep.i == token.i + 1
            and len(subtree) <= MAX_COMPLEMENT_TOKENS
            and not any(t.is_punct for t in subtree)
        ):
            end = max(token_end(t) for t in subtree)
    return end


def after_comma(name: Token) -> bool:
    """True when the name (with its titles) follows a comma: "in Bern, Oleh Savchuk"."""
    left = [t for t in name.subtree if t.i < name.i]
    if any(t.text == "," for t in left):
        return True
    first = min([t.i for t in left] + [name.i])
    return first > 0 and name.doc[first - 1].text == ","


def subtree_end(token: Token) -> int:
    """End of the token's whole phrase (appositives, clauses), no trailing possessive."""
    return max(token_end(t) for t in [token, *token.subtree] if not t.is_space)


def first_contiguous(chain: list[Token], head: Token) -> int:
    """Index of the first token of the run of chain tokens that ends at the head."""
    first = head.i
    indexes = {t.i for t in chain if t.text != ","}  # "in Bern, Oleh Savchuk": not one name
    while first - 1 in indexes:
        first -= 1
    return first


def entity_head(ent) -> Token:  # noqa: ANN001  (a spaCy Span)
    """The entity's last name token, skipping a possessive "'s" the tagger put inside it."""
    for token in reversed(ent):
        if token.dep_ != "case" and token.pos_ != "PART" and token.text not in {"'s", "’s"}:
            return token
    return ent[-1]


def span_text(tokens: list[Token]) -> str:
    """The name as written, from its first to its last token ("Kettunen-Rask" stays whole)."""
    first, last = tokens[0], tokens[-1]
    text = strip_possessive(first.doc.text[first.idx : last.idx + len(last.text)]).strip()
    return " ".join(text.split()) or last.text


def strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def token_end(token: Token) -> int:
    return token.idx + len(strip_possessive(token.text))
