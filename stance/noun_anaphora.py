"""Definite descriptions that point back: "The ministry said" after "Chile's trade ministry
said" is one holder, not two.

Mixin of `stance.holders.HolderRegistry`. Without it every noun phrase keys a holder of its
own, so an article's "Chile's trade ministry", "the ministry" and "the trade ministry" come
out as three speakers, each with a third of the evidence. A singular description with a
definite determiner ("the", "this") that names no one by itself goes to the most recent
holder that spoke and whose name holds all its words: "the trade ministry" but not "the
defence ministry"; "the official" after "a senior presidential official". A description
with its own place ("Germany's defence ministry") goes to an earlier one with the same words
("the German defence ministry"). Roles are left to `stance.role_aliases`, which links them
to people only when the article does.
"""

from __future__ import annotations

from spacy.tokens import Token

from stance.holder_keys import describes
from stance.pronouns import ORG, PERSON, HolderEntry

# kind of the description -> key prefix of the holders it may point back to
PREFIXES = {"institution": "inst:", "anonymous": "anon:"}


class NounAnaphora:
    """Uses the registry's entries, salience and determiner lexicon."""

    entries: dict[str, HolderEntry]
    salience: list[str]
    definite_determiners: set[str]

    def earlier_holder(self, token: Token, phrase: str, kind: str) -> str | None:
        """Key of the holder a singular description names again, or None for a new one."""
        if kind not in PREFIXES or token.tag_ not in {"NN", "NNP"}:
            return None
        definite = _determiner(token) in self.definite_determiners
        for key in self.salience:  # most recent first
            entry = self.entries[key]
            if not _same_kind(key, entry, kind):
                continue
            if describes(phrase, entry.full_name) and (
                definite or describes(entry.full_name, phrase)
            ):
                return key
        return None


def _same_kind(key: str, entry: HolderEntry, kind: str) -> bool:
    """An institution points back to an institution or a named organisation; an anonymous
    person ("the official") to one anonymous person, not to a group ("officials")."""
    if key.startswith(PREFIXES[kind]):
        return kind != "anonymous" or entry.kind == PERSON
    return kind == "institution" and ":" not in key and entry.kind == ORG


def _determiner(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "det"), None)
