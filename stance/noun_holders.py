"""Holders named by a common noun: roles, institutions, anonymous sources, groups.

Mixin of `stance.holders.HolderRegistry`. "the envoy" first looks for the person the
article linked to that role (`stance.role_aliases`); unlinked, a role, an institution
("the ministry") or an anonymous source ("officials in Kyiv") is a holder of its own,
keyed by its phrase, so two different ministries never merge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from stance.names import classified_name, hyphen_compound, phrase_end, phrase_start, token_end
from stance.pronouns import ORG, PERSON, HolderEntry


@dataclass(frozen=True)
class Resolution:
    key: str
    start: int  # character offsets within the sentence doc
    end: int
    mention_type: str  # name | pronoun | role | institution | anonymous | other


class NounHolders:
    """Uses the registry's entries, lexicon sets and role-alias lookup."""

    entries: dict[str, HolderEntry]
    anonymous_nouns: set[str]
    institution_nouns: set[str]
    role_nouns: set[str]
    titles: set[str]
    group_nouns: set[str]
    name_classifiers: set[str]
    name_connectors: set[str]
    proxy_nouns: set[str]
    new_referent_determiners: set[str]
    person_pronouns: set[str]
    is_known_name: Callable[[Token], bool]
    synonym_keys: Callable[[list[str]], list[str]]
    lead_person: Callable[[Token], str | None]
    role_owner: Callable[[Token], list[str]]
    role_places: Callable[[Token], list[str]]
    role_rank_modifiers: set[str]
    aliases: dict[str, set[str]]
    owned_elsewhere: Callable[[str, list[str]], bool]
    earlier_holder: Callable[[Token, str, str], str | None]

    def phrase_holder(self, token: Token) -> Resolution:
        """A holder named by its own noun phrase ("new research"), for learned sources."""
        start = phrase_start(token)
        phrase = token.doc.text[start : phrase_end(token)]
        return self._new_plain("src:" + phrase.lower(), phrase, start, token, "other")

    def new_referent(self, noun: Token) -> bool:
        """ "A spokesman", "another envoy": someone the article has not named yet."""
        return any(
            c.dep_ == "det" and c.lower_ in self.new_referent_determiners for c in noun.children
        )

    def _of_a_new_body(self, noun: Token) -> bool:
        """ "The president of a small association": the role of a body not named before,
        so no earlier holder of the role. (A lead may still name that person next.)"""
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        bodies = [o for p in of for o in p.children if o.dep_ == "pobj"]
        # the phrase's first word: "of a small farmers' association" hangs "a" on "farmers"
        return any(next(o.subtree).lower_ in self.new_referent_determiners for o in bodies)

    def role_person(self, token: Token) -> str | None:
        """The person the article linked to this role noun ("Budapest's envoy": X), if any."""
        # "ministers" are not one person, and "a special envoy" is someone new
        plural = token.tag_ in {"NNS", "NNPS"}
        if plural or self.new_referent(token) or self._of_a_new_body(token):
            return None
        keys = self._role_keys(token)
        modifiers = self.role_modifiers(token)
        owner = self.role_places(token)
        ranks = {c.lower_ for c in token.children if c.lower_ in self.role_rank_modifiers}
        for alias in keys + self.synonym_keys(keys):
            chosen = self._role_holder(alias, modifiers)
            if not chosen or self.owned_elsewhere(chosen, owner):
                continue
            if not self._titled_otherwise(chosen, alias.split()[-1], ranks):
                return chosen
        return None

    def _titled_otherwise(self, key: str, lemma: str, ranks: set[str]) -> bool:
        """Every title the person was given for this role carries a rank the role noun
        lacks: "Vice President X" is not "the president", "Former Gov. X" not "the
        governor"; "the former governor" still is."""
        given = [
            alias
            for alias, keys in self.aliases.items()
            if key in keys and alias.split()[-1] == lemma and len(alias.split()) > 1
        ]  # the whole title and its tails ("vice presidential nominee", "presidential ...")
        whole = [a for a in given if not any(b != a and b.endswith(" " + a) for b in given)]
        ranked = ((set(a.split()) & self.role_rank_modifiers) - ranks for a in whole)
        return bool(whole) and all(ranked)

    def _resolve_noun(self, token: Token, speaking: bool = False) -> Resolution | None:
        start = phrase_start(token)
        plural = token.tag_ in {"NNS", "NNPS"}
        chosen = self.role_person(token)
        if chosen:
            return Resolution(chosen, start, token_end(token), "role")
        lead = None if plural else self.lead_person(token)
        if lead:  # "Finland's chief of defence said ..." + next: "X told a conference"
            return Resolution(lead, start, token_end(token), "role")
        lemma = self._noun_lemma(token)
        phrase = token.doc.text[start : phrase_end(token)]
        classified = lemma in self.name_classifiers and token.text.islower()
        name = classified_name(token, self.name_connectors) if classified else None
        if name:  # "the small Unity party" is Unity, a name (as its quotes' mentions say)
            text = token.doc.text[name[0] : name[1]]
            return self._new_plain(text.lower(), text, name[0], token, "name")
        kinds = (
            (self.anonymous_nouns, "anon:", "anonymous"),
            (self.institution_nouns, "inst:", "institution"),
            (self.role_nouns, "role:", "role"),
        )
        for nouns, prefix, kind in kinds:
            if lemma in nouns:
                earlier = self.earlier_holder(token, phrase, kind)  # "the ministry" again
                if earlier:
                    return Resolution(earlier, start, token_end(token), kind)
                return self._new_plain(prefix + phrase.lower(), phrase, start, token, kind, lemma)
        if speaking and (plural or lemma in self.group_nouns):  # "economists say"
            return self._new_plain("anon:" + phrase.lower(), phrase, start, token, "anonymous")
        return None

    def _office_holder(self, token: Token) -> Token | None:
        """The person whose office speaks: "His office", "Tovar's office", "the office of
        Rui Tovar". A country's or a role's office stays a holder of its own ("Ukraine's
        presidential office", "the office of the prime minister")."""
        if token.lemma_.lower() not in self.proxy_nouns:
            return None
        owners = [c for c in token.children if c.dep_ == "poss"]
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            owners += [c for c in of.children if c.dep_ == "pobj"]
        people = [o for o in owners if o.lower_ in self.person_pronouns or self._person_name(o)]
        return people[0] if people else None

    def _person_name(self, token: Token) -> bool:
        """A name the tagger or the article (an earlier "Rui Tovar") makes a person's."""
        return token.ent_type_ == "PERSON" or self.is_known_name(token)

    def _noun_lemma(self, token: Token) -> str:
        """The lemma, or the lexicon's hyphenated word the tokenizer split ("president-elect")."""
        compound = hyphen_compound(token)
        if compound is None:
            return token.lemma_.lower()
        lexicons = (self.role_nouns, self.titles, self.anonymous_nouns, self.institution_nouns)
        return compound if any(compound in words for words in lexicons) else token.lemma_.lower()

    def _new_plain(
        self, key: str, phrase: str, start: int, token: Token, kind: str, lemma: str = ""
    ) -> Resolution:
        """A holder named by a common-noun phrase; one official or role is a person."""
        lemma = lemma or token.lemma_.lower()
        singular = token.tag_ in {"NN", "NNP"}  # "the president-elect": NNP "elect"
        single = singular and lemma in self.anonymous_nouns | self.role_nouns
        if key not in self.entries:
            self.entries[key] = HolderEntry(key, phrase, PERSON if single else ORG)
        return Resolution(key, start, start + len(phrase), kind)
