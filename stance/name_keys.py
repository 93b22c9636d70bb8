"""How a name becomes a holder key: people by surname, bodies by their whole name.

Mixin of `stance.holders.HolderRegistry`. "Ana Castro Vidal", "Castro Vidal" and "Vidal"
are one key unless another person of the article ends in the same words; a title before a
person's name is no part of it ("Foreign Minister X", "MP X", "Prof. X of Y University"),
but the words before a body's own noun are ("the Russian Foreign Ministry", "the Ukrainian
General Staff"), so two countries' ministries never share a key.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stance.holder_keys import describes
from stance.names import NAME_SUFFIXES, institution_tail, name_chain, span_text
from stance.person_names import ORG_ENTITY_TYPES
from stance.pronouns import ORG, OTHER, PERSON, HolderEntry


class NameKeys:
    """Uses the registry's entries, lexicon sets and alias learning."""

    entries: dict[str, HolderEntry]
    organisations: set[str]
    titles: set[str]
    role_nouns: set[str]
    name_particles: set[str]
    places: set[str]
    resolving: bool
    learning: int
    sentence_no: int
    _expand_title: Callable[[str], str]
    _alias: Callable[[str, str], None]
    _speaking_subject: Callable[[Token], bool]
    _name_gender: Callable[[list[Token], str, Token], str | None]
    _family_name_first: Callable[[str], str | None]
    _first_of_two_surnames: Callable[[str], str | None]
    place_words: set[str]
    capitals: dict[str, str]
    is_place_word: Callable[[str], bool]
    _place_word: Callable[[str], bool]  # stance.role_owners
    _adjectives_for_places: Callable[[str], str]
    _body_name: Callable[[Token, Token, bool], bool]  # stance.body_names
    _body_modifiers: Callable[[Token, Token], list[Token]]
    _place_owner: Callable[[Token, Token], list[Token]]

    def _add_name(self, head: Token, kind: str) -> str:
        tokens, title = self._name_tokens(head, kind)
        title = self._expand_title(title)
        if (title and kind == OTHER) or self._title_role(title) in self.role_nouns:
            kind = PERSON  # "Foreign Minister X", "Gen. X", "party spokeswoman X"
        full = span_text(tokens)
        if kind != PERSON:
            full = self._spelled_out(full)
        key = self._key(full, kind, place=head.ent_type_ in self.places)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = HolderEntry(key, full, kind)
            entry.first_sentence = self.sentence_no if self.resolving else self.learning
            entry.first_speaking = self._speaking_subject(head)
        if len(full) > len(entry.full_name):
            entry.full_name = full
        if kind == PERSON:
            entry.kind = PERSON
            guess = self._name_gender(tokens, title, head)
            if entry.name_gender is None:
                entry.name_gender = guess
            elif guess and guess != entry.name_gender:
                entry.name_gender = None  # "Rui Vidal" and "Mrs. Vidal": no guess
        if title:
            self._alias(title, key)
            places = self._title_places(head, tokens[0])
            if places:  # "Chilean President X": also "chilean president"
                self._alias(" ".join([*places, title]), key)
        return key

    def _title_places(self, head: Token, first: Token) -> list[str]:
        """Nationality words the parser hung on the title before a name as adjectives
        ("Chilean" of "Chilean President X"), which tie the person to a country."""
        return [
            t.lower_
            for t in head.subtree
            if t.i < first.i
            and t.head.i < first.i
            and t.dep_ == "amod"
            and t.text[:1].isupper()
            and self._place_word(t.text)
        ]

    def _person_role(self, token: Token) -> bool:
        """One person's role noun ("the ambassador"): the name beside it is a person's, even
        one the tagger read as an organisation ("..., Marc-Antoine X,")."""
        return token.tag_ == "NN" and token.lemma_.lower() in self.role_nouns

    def _name_key(self, head: Token, kind: str | None = None) -> str:
        """Key of the name ending at `head`; `kind` when the article says what it names."""
        kind = kind or self._kind(head)
        tokens, _ = self._name_tokens(head, kind)
        words = span_text(tokens).split() or [""]
        surname = words[-1].lower()
        if len(words) == 1 and kind != ORG and head.ent_type_ not in self.places:
            family = self._family_name_first(surname)
            if family:
                return family
            first_surname = self._first_of_two_surnames(surname)
            if first_surname:
                return first_surname
        if len(words) == 1 and surname in self.entries and self.entries[surname].kind != ORG:
            return surname  # a bare surname: the person the article named in full
        return self._add_name(head, kind)

    @staticmethod
    def _title_role(title: str) -> str:
        """The role a spelled-out title ends in: "peruvian fisheries minister" -> minister."""
        return title.split()[-1].rstrip(".") if title else ""

    @staticmethod
    def _kind(token: Token) -> str:
        if token.ent_type_ == "PERSON":
            return PERSON
        return ORG if token.ent_type_ in ORG_ENTITY_TYPES else OTHER

    def _spelled_out(self, name: str) -> str:
        """An acronym as the one organisation of the article it abbreviates ("ECB" ->
        "European Central Bank"), else the name as it is."""
        if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
            return name
        known = self.organisations | {
            e.full_name for e in self.entries.values() if e.kind != PERSON
        }
        spelled = {
            org for org in known if "".join(w[0] for w in org.split() if w[0].isupper()) == name
        }
        return spelled.pop() if len(spelled) == 1 else name

    def _key(self, full: str, kind: str, place: bool = False) -> str:
        """People and unsure names by surname; institutions by their whole name.

        Suffixes ("Jr.", "III") are not surnames, and a second person with the same
        surname but another first name ("Ana Vidal", "Rui Vidal") keeps a key of their own.
        A place is never a person named family name first.
        """
        words = [w for w in full.split() if w.lower().rstrip(".") not in NAME_SUFFIXES] or [full]
        key = words[-1].lower()
        if kind == ORG:  # unless the article named a person so ("Ines Moreau, the minister")
            person = self.entries.get(key)  # also "Castro Vidal" after "Ana Castro Vidal"
            same = person and person.kind == PERSON and self._same_person(full, person)
            return key if same else self._body_key(full)
        if len(words) == 1 and not place:
            family = self._family_name_first(key)
            if family:
                return family
        other = self.entries.get(key)
        other_words = [w.lower() for w in other.full_name.split()] if other else []
        another_first = len(other_words) > 1 and other_words[0] != words[0].lower()
        if len(words) > 1 and another_first and not self._same_person(" ".join(words), other):
            return " ".join(words).lower()
        suffixes = {_suffix(full), _suffix(other.full_name)} if other else set()
        if len(suffixes - {""}) == 2:  # "Charles Elliott Jr." and his son "Charles Elliott III"
            return full.lower()
        return key

    def _body_key(self, name: str) -> str:
        """A body's key: its whole name, or the one body the article named before in full
        whose name holds all of its words ("the State Department" after "the U.S. State
        Department"); with two such bodies ("the Russian ..." and "the Ukrainian Foreign
        Ministry") a bare "Foreign Ministry" stays a holder of its own. "Ukraine's X" is
        also the X named before without a place (the article's first "the Foreign
        Ministry", whichever country that was, by design)."""
        key = name.lower()
        if key in self.entries or len(key.split()) < 2:  # "the Commission": noun_anaphora
            return key
        own = self._adjectives_for_places(name)  # "Poland's" ~ "Polish"
        bare = self._without_owner(own)
        fuller = []
        for entry in self.entries.values():
            if entry.kind != ORG or ":" in entry.key:
                continue
            known = self._adjectives_for_places(entry.full_name)
            same_words = bare != own and describes(bare, known) and describes(known, bare)
            if describes(own, known) or (same_words and not self._placed(entry)):
                fuller.append(entry.key)
        return fuller[0] if len(fuller) == 1 else key

    def _without_owner(self, name: str) -> str:
        """The name without a place owner before it: "Ukraine's Security Service" ->
        "Security Service"; "Conservative Party" keeps its word."""
        words = name.split()
        owner = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s", "'"))), None)
        if owner is None or not all(self._place_word(w) for w in words[: owner + 1]):
            return name
        return " ".join(words[owner + 1 :])

    def _placed(self, entry: HolderEntry) -> bool:
        """A body named with a place of its own ("Russia's Foreign Ministry")."""
        return any(self._place_word(w) for w in entry.full_name.split())

    def _same_person(self, name: str, entry: HolderEntry) -> bool:
        """One name ends the other ("Castro Vidal", "Ana Castro Vidal") and no other person
        of the article ends so too ("Rui Castro Vidal", Ana's brother)."""
        words, known = name.lower().split(), entry.full_name.lower().split()
        shorter, longer = sorted((words, known), key=len)
        if longer[len(longer) - len(shorter) :] != shorter:
            return False
        return not any(
            other is not entry
            and other.kind == PERSON
            and other.full_name.lower().split()[-len(shorter) :] == shorter
            for other in self.entries.values()
        )

    def _name_tokens(self, head: Token, kind: str | None = None) -> tuple[list[Token], str]:
        """The name's tokens and its title; institutions keep "of Defence" complements.

        A person's title makes it no institution: "Prof. X of Y University" is X, even when
        the tagger read "X of Y University" as one organisation.
        """
        tokens, title = name_chain(head, self.titles, self.name_particles)
        person = self._title_role(self._expand_title(title)) in self.role_nouns
        if title and self._body_name(head, tokens[0], person):
            # "the Russian Foreign Ministry", "the General Staff": no title, the body's name
            tokens, title = name_chain(head, set(), self.name_particles)
            person = False
        if not person and self._body_name(head, tokens[0], person_title=True):
            tokens = self._body_modifiers(head, tokens[0]) + tokens  # "the Russian Navy"
            tokens = self._place_owner(head, tokens[0]) + tokens  # "Russia's Foreign Ministry"
        if (kind or self._kind(head)) == ORG and not person:
            tokens += institution_tail(tokens[-1])
        return tokens, title


def _suffix(name: str) -> str:
    """A name's generation suffix ("jr", "iii"), or "" without one."""
    last = name.split()[-1].lower().rstrip(".") if name.split() else ""
    return last if last in NAME_SUFFIXES else ""
