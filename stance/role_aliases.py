"""Role nouns and titles as aliases of named people: "the envoy" -> the envoy the article named.

Mixin of `stance.holders.HolderRegistry`. An alias is learned only from a link the article
itself makes: a title before a name ("Lt. Gen. X", so "the general"), an appositive ("X,
Y's envoy," or "Y's envoy, X,"), or a name after a role's complement ("envoy in Sofia,
X,"). A role noun resolves to the only or the most salient person with that alias, or, in
a lead that names nobody yet, to the next one the article introduces; either way only to
people named before it or within `role_lookahead` sentences after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from stance.names import after_comma, name_chain, strip_possessive
from stance.pronouns import PERSON

if TYPE_CHECKING:
    from stance.holders import RegistrySettings


RELATIVE_MARK = "~"  # an alias learned as someone's role ("Her deputy, X,"): "~deputy"


class RoleAliases:
    """Learns and looks up role aliases; uses the registry's names, keys and lexicon."""

    aliases: dict[str, set[str]]
    alias_seen: dict[tuple[str, str], int]
    learning: int
    resolving: bool
    settings: RegistrySettings
    not_people: set[str]
    first_name_genders: dict[str, str]  # "olena" -> female: first names of the lexicon
    salience: list[str]
    recency: dict[str, tuple[int, int]]
    sentence_no: int
    titles: set[str]
    role_nouns: set[str]
    name_particles: set[str]
    title_abbreviations: dict[str, str]
    role_synonyms: dict[str, set[str]]
    role_words: set[str]
    organisation_nouns: set[str]
    places: set[str]
    counterpart_nouns: set[str]
    same_place_word: Callable[[str, str], bool]

    def _learn_appositive(self, left: Token, right: Token) -> None:
        """ "Name, role," and "role, Name," both link a role noun to a name; not across a
        semicolon, where the parser joined two clauses ("... denounce the test; Obama, ...")."""
        between = left.doc[min(left.i, right.i) : max(left.i, right.i)]
        if any(t.text == ";" for t in between):
            return
        for name, role in ((left, right), (right, left)):
            if name.pos_ == "PROPN" and role.pos_ == "NOUN":
                if name.ent_type_ == "PERSON" and self._other_name_between(name, role):
                    return  # "X, a founder of Y, a company outside Lima": Y is the company
                person = role.lemma_.lower() in self.role_nouns  # "X, the spokeswoman,"
                key = self._add_name(name, PERSON if person else self._kind(name))
                for alias in self._role_keys(role):
                    self._alias(alias, key)
                return

    def _other_name_between(self, name: Token, noun: Token) -> bool:
        """An organisation noun with another name between it and a person's name: the
        parser hung "a company" on the founder, not on the company named before it."""
        if not self.is_organisation(noun):
            return False
        low, high = sorted((name.i, noun.i))
        return any(
            t.pos_ == "PROPN" and t.head.i not in (name.i, noun.i) for t in name.doc[low + 1 : high]
        )

    def _appositive_name(self, token: Token) -> Token | None:
        """The person named beside a subject: "the ambassador, X," or "One of them, X,".

        A single role noun also takes a name the parser hung on its complement
        ("envoy in Sofia, X,"), and learns it as an alias; any other noun only takes
        an appositive the tagger marks as a person.
        """
        role = token.lemma_.lower() in self.role_words
        if token.pos_ == "NOUN" and self.is_organisation(token):
            return self._named_organisation(token)
        for child in token.children:
            if child.dep_ == "appos" and (
                child.ent_type_ == "PERSON" or (role and self.looks_like_name(child))
            ):
                return child
        if not role:
            return None
        single = token.tag_ == "NN"  # "the ministers of A and B, X and Y" is not one person
        for prep in (c for c in token.children if c.dep_ == "prep"):
            for name in prep.subtree:
                if self._named_after_complement(name, single):
                    key = self._name_key(name, PERSON if self._person_role(token) else None)
                    for alias in self._role_keys(token):
                        self._alias(alias, key)
                    return name
        return None

    def is_organisation(self, token: Token) -> bool:
        """An organisation word: tagged ORG, or an institution noun that is no document
        ("the party, which has called for ...", "a coalition of church groups, X,")."""
        if token.ent_type_ == "ORG":
            return True
        return token.lemma_.lower() in self.organisation_nouns

    def _named_organisation(self, token: Token) -> Token | None:
        """The name beside an organisation noun: "the coalition, Faith for Peace," or "a
        coalition of church groups, Faith for Peace," (the parser hangs it on "groups").
        A place there is where it is ("a delegation from Springfield, Illinois,")."""
        complements = [o for p in token.children if p.dep_ == "prep" for o in p.children]
        for word in (token, *(o for o in complements if o.dep_ == "pobj")):
            for child in word.children:
                named = child.pos_ == "PROPN" and child.text[:1].isupper()
                if child.dep_ == "appos" and named and child.ent_type_ not in self.places:
                    return child
        return None

    def _named_after_complement(self, token: Token, single: bool) -> bool:
        """A person's name after a comma in a role's complement ("in Sofia, Rui Tovar").

        The tagger often misses such names or calls them organisations, so a name of two
        or more words that is not a place or group counts too, and one that opens with a
        first name of the lexicon even when the tagger called it a place ("to Iceland,
        Olena X,": the tagger read "Iceland, Olena X" as one place).
        """
        if token.pos_ != "PROPN" or token.dep_ in {"compound", "flat"} or not after_comma(token):
            return False
        if self._person_head(token):
            return True
        if not single:
            return False
        words, _ = name_chain(token, self.titles, self.name_particles)
        proper = [t for t in words if t.pos_ == "PROPN"]
        if len(proper) < 2:
            return False
        opens_with_first_name = proper[0].lower_ in self.first_name_genders
        return opens_with_first_name or not any(t.ent_type_ in self.not_people for t in proper)

    def synonym_keys(self, keys: list[str]) -> list[str]:
        """The role keys with their last word swapped for a synonym of the lexicon ("the
        ambassador" -> "envoy"), tried only after the keys themselves, and only a swap
        that one person of an earlier sentence answers to. A new referent ("a special
        envoy") has no keys to swap."""
        swapped = []
        for key in keys:
            *rest, last = key.split()
            for synonym in sorted(self.role_synonyms.get(last, ())):
                swapped.append(" ".join([*rest, synonym]))
        return [k for k in swapped if k not in keys and self._one_earlier(k)]

    def _one_earlier(self, alias: str) -> bool:
        """One person answers to the alias, learned before this sentence ("The ambassador
        met Kyiv's envoy, X" is not X)."""
        keys = self.aliases.get(alias, set())
        return (
            len(keys) == 1 and self.alias_seen.get((alias, next(iter(keys))), 0) < self.sentence_no
        )

    def _role_keys(self, role: Token) -> list[str]:
        lemma = role.lemma_.lower()
        keys = []
        for child in role.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                keys.append(f"{strip_possessive(child.text).lower()}'s {lemma}")
            if child.dep_ == "compound" or child.lower_ in self.role_modifiers(role):
                keys.append(f"{child.text.lower()} {lemma}")  # "foreign minister", "deputy mayor"
        keys.append(lemma)
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in role.children):
            # "Her deputy", "his Portuguese counterpart": someone's, marked for `_counterpart`
            keys += [f"{RELATIVE_MARK}{key}" for key in keys if "'s " not in key]
        return keys

    def _counterpart(self, modifiers: list[str], alias: str, candidates: set[str]) -> str | None:
        """The one person named, in a sentence that names a candidate or the next one, as
        that candidate's "deputy" or "Portuguese counterpart": "Mayor X ... Her deputy, Y," is
        "the deputy mayor"; "Minister X and his Portuguese counterpart, Y," is "the
        Portuguese minister". Only the article's own link counts.
        """
        wanted = RELATIVE_MARK + " ".join(modifiers)
        seen = [self.alias_seen.get((alias, c), -9) for c in candidates]
        seen += [self.recency[c][0] for c in candidates if c in self.recency]  # last mention
        found = set()
        for marked, keys in self.aliases.items():
            bare = marked == wanted
            counterpart = (
                marked.startswith(wanted + " ") and marked.split()[-1] in self.counterpart_nouns
            )
            if not (bare or counterpart):
                continue
            for key in keys:
                at = self.alias_seen.get((marked, key), -9)
                if any(0 <= at - s <= 1 for s in seen):
                    found.add(key)
        return found.pop() if len(found) == 1 else None

    def _described_by(self, key: str, modifiers: list[str]) -> bool:
        """Every modifier is a word of one of the person's aliases ("russian" also
        matches "russia's")."""
        words = {
            strip_possessive(word)
            for alias, keys in self.aliases.items()
            if key in keys
            for word in alias.split()
        }
        return all(any(self.same_place_word(m, w) for w in words) for m in modifiers)

    def _expand_title(self, title: str) -> str:
        """Abbreviated titles spelled out: "lt. gen." -> "lieutenant general"."""
        return " ".join(self.title_abbreviations.get(w.rstrip("."), w) for w in title.split())

    def role_modifiers(self, role: Token) -> list[str]:
        """Words that narrow a role noun: a nationality ("the Portuguese minister") or
        another role ("the deputy mayor")."""
        return [
            child.lower_
            for child in role.children
            if (child.dep_ == "amod" and child.text[:1].isupper() and not child.is_sent_start)
            or (child.dep_ in {"amod", "compound"} and child.lower_ in self.role_nouns)
        ]

    def _role_holder(self, alias: str, modifiers: list[str] | None = None) -> str | None:
        """The person a role noun means: the only one, the most salient, or the next one.

        Candidates are the people with that alias named before the role noun or within
        `role_lookahead` sentences after it; one named later is someone else's story. A
        modifier keeps the candidates the article described with it ("Greek Foreign
        Minister X" is not "the Portuguese minister"); when none was, a candidate's
        counterpart or deputy named near it is meant (`_counterpart`), else the modifier
        is ignored.
        """
        last = self.sentence_no + self.settings.role_lookahead
        candidates = {
            key
            for key in self.aliases.get(alias, set())
            if self.alias_seen.get((alias, key), 0) <= last
        }
        if modifiers and candidates:
            fitting = {key for key in candidates if self._described_by(key, modifiers)}
            if not fitting:
                counterpart = self._counterpart(modifiers, alias, candidates)
                if counterpart:
                    return counterpart
            candidates = fitting or candidates  # nobody described so: the modifier is new
        if len(candidates) == 1:
            return next(iter(candidates))
        for key in self.salience:
            if key in candidates:
                return key
        return self._introduced_next(alias, candidates)

    def _introduced_next(self, alias: str, candidates: set[str]) -> str | None:
        """A role noun before anyone with that title was named refers ahead, as in a lead:
        "Peru's fisheries minister proposed ... Fisheries Minister X told the forum".

        Only when no candidate was mentioned yet, and one is introduced first (the
        candidates are already bounded by `role_lookahead`).
        """
        if any(key in self.recency for key in candidates):
            return None
        now = self.sentence_no
        later = sorted(
            (seen, key)
            for key in candidates
            if now < (seen := self.alias_seen.get((alias, key), -1))
        )
        if later and (len(later) == 1 or later[0][0] < later[1][0]):
            return later[0][1]
        return None

    def _alias(self, alias: str, key: str) -> None:
        words = alias.split()
        if not words:
            return
        alias = " ".join(words)
        # the sentence that links them: the one being learned, or being resolved
        position = self.sentence_no if self.resolving else self.learning
        for name in {alias, words[-1]}:
            self.aliases.setdefault(name, set()).add(key)
            self.alias_seen.setdefault((name, key), position)
