"""Names of people: which tokens name someone, and what a first name suggests.

Mixin of `stance.holders.HolderRegistry`. The small tagger misses or misreads many names
("Natalia X" tagged a place, "Eun-young" an adjective, "Olena X" an organisation), so a
capitalised name opening with a first name of the lexicon, a name with an age beside it,
or a word with an appositive counts too. A first name or a title also gives a guess at a
person's gender for "he"/"she" (`stance.pronouns`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from stance.names import hyphen_head, misread_name, name_chain, span_text, strip_possessive
from stance.pronouns import PERSON, HolderEntry

if TYPE_CHECKING:
    from stance.holders import RegistrySettings

ORG_ENTITY_TYPES = {"ORG", "FAC", "NORP"}


class PersonNames:
    """Uses the registry's entries, settings and lexicon sets."""

    entries: dict[str, HolderEntry]
    settings: RegistrySettings
    first_name_genders: dict[str, str]
    title_genders: dict[str, str]
    places: set[str]
    titles: set[str]
    role_nouns: set[str]
    role_words: set[str]
    lexical_words: set[str]
    person_nouns: set[str]
    name_particles: set[str]
    capitals: dict[str, str]

    def _untagged_person(self, token: Token) -> bool:
        """A person's name the tagger missed or called a place: two or more capitalised
        words opening with a first name of the lexicon ("Natalia Hordiyenko"), or a name
        with an age beside it ("Hordiyenko, 52,")."""
        if token.pos_ != "PROPN" or token.dep_ in {"compound", "flat"}:
            return False
        if token.ent_type_ in {"PERSON", "FAC"}:
            return False  # a person already, or a facility named after one ("Sofia Airport")
        organisation = token.ent_type_ in ORG_ENTITY_TYPES
        if not organisation and any(c.dep_ == "appos" and c.like_num for c in token.children):
            return True
        words, _ = name_chain(token, self.titles, self.name_particles)
        proper = [t for t in words if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if len(proper) < 2 or proper[0].lower_ not in self.first_name_genders:
            return False
        if not organisation:
            return True
        # an "organisation" named like a person: "Olena Bereza", not "Anna Lindh Foundation"
        all_proper = len(proper) == len(words)
        person_like = all_proper and len(words) in self.settings.person_name_words
        return person_like and not any(t.lower_ in self.lexical_words for t in words)

    def _name_gender(self, tokens: list[Token], title: str, head: Token) -> str | None:
        """A guess at a person's gender for "he"/"she" before the article's own pronouns
        tell it: the title right before the name ("Mrs."), else the first of two or more
        name words ("Olena Halloran"), past party or office words the tagger left in the
        name ("Green MEP Lukas X"), not a hyphenated part ("Thomas-Brek"), an initial or a
        place ("Sofia Mayor X" has the title "sofia mayor")."""
        if title:
            last = title.split()[-1].rstrip(".")
            if last in self.title_genders:
                return self.title_genders[last]
        first = next((t for t in tokens[:-1] if not self._leading_label(t)), tokens[0])
        single = len(span_text(tokens).split()) < 2 or not first.whitespace_
        if single or len(first.text) < 2 or head.ent_type_ in self.places:
            return None
        return self.first_name_genders.get(first.text.lower())

    def _leading_label(self, token: Token) -> bool:
        """A word before a name that is no part of it: outside the tagger's PERSON span,
        an acronym ("MEP"), a title or a role word. "Umm" of "Umm Ahmad X" is a name."""
        label = token.lower_ in self.role_words
        return label or token.text.isupper() or token.ent_type_ != "PERSON"

    def looks_like_name(self, token: Token) -> bool:
        """A capitalised PROPN, or a capitalised word the tagger missed ("Tovar has said").

        A lower-case "proper noun" ("the senator said") is a tagging slip, not a name.
        """
        if token.pos_ == "PROPN":  # "Ji-woo": the part after a hyphen counts
            return token.text[:1].isupper() or (token.is_alpha and bool(hyphen_head(token)))
        if token.text[:1].isupper() and any(c.dep_ == "appos" for c in token.children):
            return True  # "Euroclear, the depository, said": the tagger missed a name
        if token.ent_type_ == "PERSON" and token.is_alpha and hyphen_head(token):
            return True  # "Eun-young", its last part tagged as an adjective
        if token.text[:1].isupper() and strip_possessive(token.lower_) in self.capitals:
            return True  # "Kyiv later said": the tagger read the capital as an adjective
        return token.text[:1].isupper() and (
            token.ent_type_ in {"PERSON", "ORG"} or self.is_known_name(token) or misread_name(token)
        )

    def is_known_name(self, token: Token) -> bool:
        """True when the token's surname was seen as a person's name in the article."""
        entry = self.entries.get(strip_possessive(token.text).lower())
        return bool(entry and entry.kind == PERSON)

    def _family_name_first(self, word: str) -> str | None:
        """The one person whose full name starts with `word`: "Pak said" after "Pak Ji-woo".

        Names written family name first are later cut to that name. Not when a person was
        named by that word as a surname ("Leila Pak"), nor for a place (the caller checks).
        """
        entry = self.entries.get(word)
        if entry and len(entry.full_name.split()) > 1:
            return None
        people = [
            key
            for key, entry in self.entries.items()
            if entry.kind == PERSON
            and len(names := entry.full_name.lower().split()) in self.settings.family_name_words
            and names[0] == word
        ]
        if len(people) != 1:
            return None
        self.entries[people[0]].name_gender = None  # its first word is no first name
        return people[0]

    def _first_of_two_surnames(self, word: str) -> str | None:
        """The one person named in full whose middle word is `word`: "Ordaz said" after
        "Lucía Ordaz Bermúdez" (two surnames, the first one used alone)."""
        entry = self.entries.get(word)
        if entry and len(entry.full_name.split()) > 1:
            return None  # "Ana Ordaz" is a person of that surname
        people = [
            key
            for key, entry in self.entries.items()
            if entry.kind == PERSON
            and len(names := entry.full_name.lower().split()) >= 3
            and word in names[1:-1]
        ]
        return people[0] if len(people) == 1 else None

    def who_antecedent(self, head: Token) -> Token:
        """The person a "who" clause describes, from the word the parser hung it on.

        "Who" names a person: after "X, a lawmaker from the region, who" or "an envoy in
        Sofia, who" the parser picks the last noun; climb out of prepositions to a word that
        can name a person, and from an appositive role to the name it describes. "X was
        among those who" is X.
        """
        member = _among_whom(head)
        if member is not None:
            return member  # "X was among the 61 members who voted": X voted
        token = head
        while token.dep_ == "pobj" and token.head.dep_ == "prep" and not self._personal(token):
            token = token.head.head
        if token.dep_ == "appos" and self.looks_like_name(token.head):
            token = token.head
        if self._personal(token):
            return token
        if head.ent_type_ in self.places and head.dep_ == "pobj":  # type: ignore[attr-defined]
            return head.head.head  # "the army in Kharkiv, who": the army
        return head

    def _personal(self, token: Token) -> bool:
        if token.ent_type_ == "PERSON" or self.is_known_name(token):
            return True
        return token.lemma_.lower() in self.person_nouns or token.lower_ in self.person_nouns


def _among_whom(group: Token) -> Token | None:
    """The subject of "X was among <group>" ("Among <group> ... was X"), if any. Not for
    "X is not among those who", nor "X and Y were among" (the group stays the holder)."""
    among, verb = group.head, group.head.head
    if group.dep_ != "pobj" or among.lower_ != "among" or verb.lemma_ != "be":
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    named = [c for c in verb.children if c.dep_ in {"nsubj", "attr"}]  # attr: inverted
    subject = min(named, key=lambda c: c.dep_ != "nsubj", default=None)
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None
    return subject
