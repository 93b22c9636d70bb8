"""Where a role belongs: "North Carolina's governor" is nobody the article titled as
another state's governor, while "Kyiv's envoy" may be "Ukraine's ambassador".

Mixin of `stance.holders.HolderRegistry`, used by `stance.noun_holders` when a role noun
looks for the person the article linked to it. Places and their adjectives compare by
`stance.holder_keys.same_place` plus the config's irregular `place_adjectives`, and a
capital stands for its country (`capitals`).
"""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Doc, Token

from stance.holder_keys import same_place
from stance.names import strip_possessive


class RoleOwners:
    """Uses the registry's aliases and place lexicon."""

    aliases: dict[str, set[str]]
    places: set[str]  # entity types of places
    place_words: set[str]  # words of the article's place names, lower case
    place_adjectives: dict[str, str]
    capitals: dict[str, str]
    known_places: set[str]  # capitals, their countries, places with irregular adjectives
    country_names: dict[str, str]  # "american" -> "us"
    group_adjectives: set[str]  # parties and faiths the tagger labels like nationalities
    party_countries: dict[str, str]  # "democratic" -> "us"

    def role_owner(self, role: Token) -> list[str]:
        """The place a role belongs to: "North Carolina's governor" -> [north, carolina];
        none for "his deputy", "the governor" or a person's role ("Trump's envoy")."""
        owners = [c for c in role.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        words = [t for owner in owners for t in owner.subtree if t.pos_ == "PROPN"]
        return [
            word
            for word in (strip_possessive(t.text).lower() for t in words)
            if self.is_place_word(word)
        ]

    def role_places(self, role: Token) -> list[str]:
        """The places a role is tied to in its own words: its owner ("Peru's minister")
        and a nationality before it ("the Peruvian president")."""
        modifiers = (c for c in role.children if c.dep_ == "amod" and c.text[:1].isupper())
        return self.role_owner(role) + [m.lower_ for m in modifiers if self.is_place_word(m.lower_)]

    def note_places(self, doc: Doc) -> None:
        """Remember the words of the article's places ("new", "york"), so an alias word can
        be told apart from a job ("interior minister") or a party ("democratic senator")."""
        for ent in doc.ents:
            if ent.label_ in self.places or ent.label_ == "NORP":
                self.place_words.update(strip_possessive(w).lower() for w in ent.text.split())

    def is_place_word(self, word: str) -> bool:
        """A word of one of the article's places, or of the config's capitals and place
        adjectives ("kyiv", "ukraine", "polish"); lower case, possessive stripped."""
        return word in self.place_words or word.replace(".", "") in self.known_places

    def _place_word(self, word: str) -> bool:
        """`is_place_word` for a word as written in a name ("Ukraine's", "Ukrainian"), also
        the guessable adjective of a capital's country or an article place ("Chilean")."""
        bare = strip_possessive(word).lower().rstrip("'")
        if self.is_place_word(bare):
            return True
        places = chain(self.capitals.values(), self.place_words)
        return any(same_place(bare, place) for place in places)

    def owned_elsewhere(self, key: str, owner: list[str]) -> bool:
        """The person's aliases tie them to another place or body than the role's owner:
        "Former New York Gov. X" is not "North Carolina's governor". A capital stands for
        its country ("Kyiv's envoy" may be "Ukraine's ambassador")."""
        if not owner:
            return False
        owners = {self._country(word) for word in owner}
        tied = {
            self._country(word)
            for alias, keys in self.aliases.items()
            if key in keys
            for word in (strip_possessive(w) for w in alias.split())
            if self.is_place_word(word)
        }
        return self._apart(owners, tied)

    def _apart(self, first: set[str], second: set[str]) -> bool:
        """Two sets of place words name different countries, or different groups (a party
        or faith the tagger labels like a nationality: "Democratic", "Jewish"). A group
        clashes with a country only as a party of another country (`party_countries`):
        "the Democratic president" is not Ukraine's, "the Jewish president" may be."""
        pairs = zip(self._sorted_places(first), self._sorted_places(second), strict=True)
        for words_a, words_b in pairs:  # countries with countries, groups with groups
            same = any(self.same_place_word(a, b) for a in words_a for b in words_b)
            if words_a and words_b and not same:
                return True
        return False

    def _sorted_places(self, words: set[str]) -> tuple[set[str], set[str]]:
        """(countries, groups) of place words; a party also stands for its country."""
        groups = {w for w in words if w in self.group_adjectives}
        countries = {w for w in words if w not in groups}
        countries |= {self.party_countries[w] for w in groups if w in self.party_countries}
        return countries, groups

    def _country(self, word: str) -> str:
        """ "kyiv" -> "ukraine", "u.s." -> "us", "american" -> "us": a place word as the
        country it stands for."""
        word = word.replace(".", "")
        return self.capitals.get(word, self.country_names.get(word, word))

    def same_place_word(self, first: str, second: str) -> bool:
        """Same word, or a place and its adjective ("russia"/"russian", "poland"/"polish")."""
        if first == second or same_place(first, second):
            return True
        return self.place_adjectives.get(first, first) == self.place_adjectives.get(second, second)
