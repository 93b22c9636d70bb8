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

from collections.abc import Callable

from spacy.tokens import Doc, Token

from stance.holder_keys import describes
from stance.names import (
    NAME_DEPS,
    determiner,
    institution_tail,
    phrase_end,
    phrase_start,
    strip_possessive,
)
from stance.pronouns import ORG, PERSON, HolderEntry

# kind of the description -> key prefix of the holders it may point back to
PREFIXES = {"institution": "inst:", "anonymous": "anon:", "role": "role:"}


class NounAnaphora:
    """Uses the registry's entries, salience, recency and lexicon."""

    entries: dict[str, HolderEntry]
    salience: list[str]
    recency: dict[str, tuple[int, int]]
    sentence_no: int
    definite_determiners: set[str]
    place_adjectives: dict[str, str]  # "poland" -> "polish"
    institution_nouns: set[str]
    anonymous_nouns: set[str]
    descriptions: dict[str, list[tuple[int, int, str]]]  # lemma -> (sentence, token, phrase)
    organisation_nouns: set[str]
    role_nouns: set[str]
    role_person: Callable[[Token], str | None]
    role_synonyms: dict[str, set[str]]  # "ambassador" -> {"envoy"}
    other_referent_determiners: set[str]
    role_rank_modifiers: set[str]

    def note_descriptions(self, doc: Doc, sentence: int) -> None:
        """Remember every institution, anonymous or role noun of a sentence, speaking or
        not, so "the ministry" can tell which ministry the article mentioned last."""
        lexicons = (self.institution_nouns, self.anonymous_nouns, self.role_nouns)
        for token in doc:
            lemma = token.lemma_.lower()
            if any(lemma in words for words in lexicons):
                phrase = doc.text[phrase_start(token) : phrase_end(token)]
                self.descriptions.setdefault(lemma, []).append((sentence, token.i, phrase))

    def earlier_holder(self, token: Token, phrase: str, kind: str) -> str | None:
        """Key of the holder a singular description names again, or None for a new one."""
        if kind not in PREFIXES or token.tag_ not in {"NN", "NNP"}:
            return None
        if any(c.lower_ in self.other_referent_determiners for c in token.children):
            return None  # "another source", "the other minister": nobody named before
        definite = determiner(token) in self.definite_determiners
        if kind == "role" and not definite:
            return None  # "his spokesman", "a spokesman": maybe not the one named before
        for own, noun in self._descriptions(token, phrase, kind):
            for key in self.salience:  # most recent first
                entry = self.entries[key]
                if not _same_kind(key, entry, kind):
                    continue
                earlier = self._adjectives_for_places(entry.full_name)
                if self._rank_apart(own, earlier):
                    continue  # "the minister" is not "the deputy foreign minister"
                if describes(own, earlier) and (definite or describes(earlier, own)):
                    return None if self._other_mentioned_since(token, key, own, noun) else key
        return None

    def _descriptions(self, token: Token, phrase: str, kind: str) -> list[tuple[str, str]]:
        """(description, its noun): the phrase, places spelled as adjectives, then for a
        role the phrase with the noun's synonym ("the Chilean envoy" may be the Chilean
        ambassador named before)."""
        own, noun = self._adjectives_for_places(phrase), token.lemma_.lower()
        if kind != "role":
            return [(own, noun)]
        at = token.idx - phrase_start(token)  # the noun's place in the phrase
        before, after = own[:at], own[at + len(token.text) :]
        if own[at : at + len(token.text)] != token.text:
            return [(own, noun)]  # a place word before it changed length
        swaps = sorted(self.role_synonyms.get(noun, ()))
        return [(own, noun), *((before + synonym + after, synonym) for synonym in swaps)]

    def capitalised_description(self, token: Token) -> tuple[str, str] | None:
        """(key, mention type) of a holder named before that one capitalised organisation
        or role word after "the" describes ("the Commission said", "the MP added")."""
        named = (c.dep_ in NAME_DEPS or _proper_adjective(c) for c in token.children)
        # "the Russian Navy" and "the Ministry of Defence of X" are names of their own
        if token.pos_ != "PROPN" or any(named) or institution_tail(token):
            return None
        if not any(c.lower_ in self.definite_determiners for c in token.children):
            return None
        lemma = token.lemma_.lower()
        if lemma in self.organisation_nouns:
            key = self.earlier_holder(token, token.text, "institution")
            return (key, "institution") if key else None
        person = lemma in self.role_nouns and self.role_person(token)
        return (person, "role") if person else None

    def _other_mentioned_since(self, token: Token, key: str, own: str, noun: str) -> bool:
        """Another body or role that the description fits came up after this holder last
        spoke: "X's trade ministry said ... the minister blamed the defence ministry. The
        ministry said" (but "the Chilean minister" after Peru's is still Chile's)."""
        last = self.recency.get(key, (-1, 0))[0]
        name = self._adjectives_for_places(self.entries[key].full_name)
        for sentence, index, phrase in self.descriptions.get(noun, []):
            between = last < sentence < self.sentence_no
            before = sentence == self.sentence_no and index < token.i
            other = self._adjectives_for_places(phrase)
            another = not describes(other, name) or self._rank_apart(other, name)
            if (between or before) and describes(own, other) and another:
                return True
        return False

    def _rank_apart(self, description: str, name: str) -> bool:
        """One names a deputy, former or acting holder of the role and the other does not."""
        ranks = [
            {w.lower() for w in text.split()} & self.role_rank_modifiers
            for text in (description, name)
        ]
        return ranks[0] != ranks[1]

    def _adjectives_for_places(self, phrase: str) -> str:
        """ "Poland's foreign ministry" -> "Polish foreign ministry", for places whose
        adjective `stance.holder_keys.same_place` cannot guess from the name."""
        words = []
        for word in phrase.split():
            bare = strip_possessive(word)
            adjective = self.place_adjectives.get(bare.lower())
            words.append(adjective.capitalize() if adjective else word)
        return " ".join(words)


def _proper_adjective(token: Token) -> bool:
    """A capitalised adjective of a noun: "Russian" of "the Russian Navy"."""
    return token.dep_ == "amod" and token.text[:1].isupper()


def _same_kind(key: str, entry: HolderEntry, kind: str) -> bool:
    """An institution points back to an institution or a named organisation; an anonymous
    person or a role ("the official", "the minister") to one person, not to a group
    ("officials", "EU foreign ministers")."""
    if key.startswith(PREFIXES[kind]):
        return kind not in {"anonymous", "role"} or entry.kind == PERSON
    return kind == "institution" and ":" not in key and entry.kind == ORG
