"""Where a role belongs: "North Carolina's governor" is nobody the article titled as
another state's governor, while "Kyiv's envoy" may be "Ukraine's ambassador".

Mixin of `stance.holders.HolderRegistry`, used by `stance.noun_holders` when a role noun
looks for the person the article linked to it. Places and their adjectives compare by
`stance.holder_keys.same_place` plus the config's irregular `place_adjectives`, and a
capital stands for its country (`capitals`).
"""

from __future__ import annotations

from spacy.tokens import Token

from stance.holder_keys import same_place
from stance.names import strip_possessive
from stance.role_aliases import RELATIVE_MARK


class RoleOwners:
    """Uses the registry's aliases and place lexicon."""

    aliases: dict[str, set[str]]
    role_words: set[str]
    place_adjectives: dict[str, str]
    capitals: dict[str, str]

    def role_owner(self, role: Token) -> list[str]:
        """The named place or body a role belongs to: "North Carolina's governor" ->
        [north, carolina]; none for "his deputy" or "the governor"."""
        owners = [c for c in role.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        return [
            strip_possessive(t.text).lower()
            for owner in owners
            for t in owner.subtree
            if t.pos_ == "PROPN"
        ]

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
            if word not in self.role_words and not word.startswith(RELATIVE_MARK)
        }
        if not tied:
            return False
        return not any(self.same_place_word(a, b) for a in owners for b in tied)

    def _country(self, word: str) -> str:
        """ "kyiv" -> "ukraine", "u.s." -> "us": a place word as the country it stands for."""
        word = word.replace(".", "")
        return self.capitals.get(word, word)

    def same_place_word(self, first: str, second: str) -> bool:
        """Same word, or a place and its adjective ("russia"/"russian", "poland"/"polish")."""
        if first == second or same_place(first, second):
            return True
        return self.place_adjectives.get(first, first) == self.place_adjectives.get(second, second)
