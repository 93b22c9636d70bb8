"""Where a body's name starts: the words before its noun that belong to it.

Mixin of `stance.holders.HolderRegistry`, used by `stance.name_keys` when it keys a body.
Two countries' bodies must never share a key, and the words that tell them apart are often
outside the parser's name: a nationality read as an adjective ("the Russian Navy"), an owner
that is a place ("Russia's Foreign Ministry") or another body ("NATO's Military Committee",
"the Prosecutor General's Office"). A person's possessive is no part of the name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stance.person_names import ORG_ENTITY_TYPES
from stance.pronouns import ORG, PERSON, HolderEntry


class BodyNames:
    """Uses the registry's entries, lexicon sets and place words."""

    entries: dict[str, HolderEntry]
    places: set[str]
    lexical_words: set[str]
    organisation_nouns: set[str]
    _place_word: Callable[[str], bool]

    def _body_modifiers(self, head: Token, first: Token) -> list[Token]:
        """Words right before a body's name that the parser left out of it but that tell two
        bodies apart: a nationality read as an adjective ("the Russian Navy", not "the
        Ukrainian Navy") and an owner that is no place ("NATO's Military Committee", "the
        Prosecutor General's Office"; a place owner is `_place_owner`'s). A person's
        possessive is no part of the name: "X's Avenue Capital Group" is the group."""
        words: list[Token] = []
        at = first.i
        for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            owned = [t for t in owner.subtree if t.dep_ != "det"]
            place = owner.ent_type_ in self.places or owner.ent_type_ == "NORP"
            if not place and self._body_owner(owner) and owned[-1].i + 1 == at:
                words, at = owned, owned[0].i
        doc = head.doc
        while at > 0 and self._nationality_modifier(doc[at - 1], head):
            words, at = [doc[at - 1], *words], at - 1
        return words

    def _body_owner(self, owner: Token) -> bool:
        """A possessor that names a body or an office, not a person: an acronym ("NATO's"),
        a role or institution word ("the Prosecutor General's", "Congress's") or a name of
        several words no one tagged a person ("the Andean Council's"), or one the tagger or
        the article calls an organisation. Any other single word ("X's Defence Ministry",
        untagged) is most often a surname the tagger missed."""
        known = self.entries.get(owner.lower_)
        if owner.ent_type_ == "PERSON" or (known is not None and known.kind == PERSON):
            return False
        if owner.ent_type_ in ORG_ENTITY_TYPES or (known is not None and known.kind == ORG):
            return True  # "Gazprom's" and "Naftogaz's Management Committee" stay two
        words = [t for t in owner.subtree if t.pos_ == "PROPN"]
        lexical = any(t.lower_ in self.lexical_words for t in words)
        return owner.text.isupper() or lexical or len(words) > 1

    def _nationality_modifier(self, token: Token, head: Token) -> bool:
        """ "Russian" of "the Russian Navy": a capitalised adjective of the head, a
        nationality or place, or any such adjective not capitalised for opening a sentence."""
        if token.head != head or token.dep_ != "amod" or not token.text[:1].isupper():
            return False
        opening = token.is_sent_start
        return not opening or token.ent_type_ == "NORP" or self._place_word(token.text)

    def _place_owner(self, head: Token, first: Token) -> list[Token]:
        """The place a body's name belongs to, written right before it: "Russia's" of
        "Russia's Foreign Ministry", so Russia's and Ukraine's ministries stay two bodies."""
        for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            words = [t for t in owner.subtree if t.dep_ != "det"]
            place = owner.ent_type_ in self.places or owner.ent_type_ == "NORP"
            if place and words[-1].i + 1 == first.i:
                return words
        return []

    def _body_name(self, head: Token, first: Token, person_title: bool) -> bool:
        """A body's name, whose title-like words belong to it: it ends in an organisation
        noun ("Ministry", "Armed Forces", "General Staff"), or, after a title that is no
        person's role, the tagger's organisation runs on before the name left after the
        title ("the Russian Chancellery", "the National Guard")."""
        if head.ent_type_ == "PERSON":
            return False  # "Sen. Jim Banks" is no bank
        word = head.lemma_.lower()
        plural = head.tag_ == "NNPS" and word.removesuffix("s") in self.organisation_nouns
        if word in self.organisation_nouns or plural:
            return True
        return not person_title and head.ent_type_ == "ORG" and first.ent_iob_ == "I"
