"""Which noun a relative clause describes, where the parser's attachment is unreliable.

In "X, leader of the Y party, which has called for ..." and "lawmakers, several of whom
have said ..." spaCy often hangs the clause on the wrong word; the noun written right
before the relative pronoun's phrase is the better guess. Pure parse helpers, no lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_PRONOUNS = {"who", "that", "which"}
RELATIVE_OBJECTS = {"whom", "which"}


def noun_before(token: Token) -> Token | None:
    """The last noun before `token`, across punctuation ("the Y party, which"), as the
    head word of the named entity it belongs to ("Alliance" of "the Alliance for Peace
    party")."""
    words = [t for t in token.doc[: token.i] if not t.is_punct]
    if not words or words[-1].pos_ not in {"NOUN", "PROPN"}:
        return None
    return entity_root(words[-1])


def entity_root(token: Token) -> Token:
    """The head word of the named entity a token is part of, else the token."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.root
    return token


def partitive_relative(subject: Token) -> bool:
    """ "several of whom", "two of which": a part of the group the clause describes."""
    return any(
        prep.lower_ == "of" and any(o.lower_ in RELATIVE_OBJECTS for o in prep.children)
        for prep in subject.children
        if prep.dep_ == "prep"
    )


def group_head(noun: Token) -> Token:
    """The head of the noun phrase a noun closes: "senators from both parties" ->
    senators, "the families of the victims" -> families."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _plural(noun.head.head):
        noun = noun.head.head  # not "support among farmers" nor "a group of farmers"
    return noun


def _plural(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and token.tag_ in {"NNS", "NNPS"}


def group_before(partitive: Token) -> Token | None:
    """The group a "several of whom" describes: the plural noun phrase right before it
    ("senators from both parties, several of whom" -> senators), else None ("met them on
    Monday, several of whom": no group is named)."""
    noun = noun_before(partitive)
    if noun is None:
        return None
    group = group_head(noun)
    return group if _plural(group) else None
