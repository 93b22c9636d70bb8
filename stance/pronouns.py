"""Pronouns -> holders: the nearest fitting holder, by sentence and by gender.

A pronoun goes to the nearest fitting person: earlier in its own sentence (subjects
first), else the most recent sentence that named or quoted one, a speaker before a mere
mention of the same sentence. "he"/"she" take people (a single anonymous official too),
"it" institutions, "they" institutions and groups. A holder's gender comes from the
pronouns that point back to it, and "she" never goes to a holder called "he". Before any
pronoun has, a title or first name gives a guess (`HolderRegistry._name_gender`), which
steers "he"/"she" past a holder of the other guessed gender but gives way when no other
holder fits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

PERSON, ORG, OTHER = "person", "org", "other"
AUTHOR_KEY = "author:"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PARTICIPLES = {"VBN", "VBG"}


@dataclass
class HolderEntry:
    """One canonical holder; `kind` is person, org, or other when the tagger is unsure."""

    key: str
    full_name: str
    kind: str
    mentions: list[str] = field(default_factory=list)
    gender: str | None = None  # "female" / "male", learned from the article's pronouns
    name_gender: str | None = None  # the same guessed from a title or first name
    first_sentence: int = -1  # where the article first names it (learning pass)
    first_speaking: bool = False  # named there as the subject of a speech verb


class PronounResolver:
    """Mixin of `HolderRegistry`: uses its entries, pronoun lists and name keys."""

    entries: dict[str, HolderEntry]
    author_pronouns: set[str]
    lexical_words: set[str]
    author_name: str
    recency: dict[str, tuple[int, int]]  # key -> (sentence, 1 speaker / 0 named)
    salience: list[str]  # attributed holders, most recent first
    sentence_no: int
    inside_quote: Callable[[Token], bool]

    def gender_of_pronoun(self, word: str) -> str | None:
        return next((g for g, words in self.gendered.items() if word.lower() in words), None)

    def learn_gender(self, key: str, pronouns: set[str], possessive: set[str]) -> None:
        """Give a holder the gender of the sentence's pronouns, when they all agree; against
        the first name's guess only when possessives say it ("Maria X said his ministry")."""
        genders = {self.gender_of_pronoun(p) for p in pronouns} - {None}
        entry = self.entries.get(key)
        if entry and entry.kind != ORG and len(genders) == 1 and entry.gender is None:
            gender = genders.pop()
            if entry.name_gender in (None, gender) or pronouns == possessive:
                entry.gender = gender

    def _pronoun_key(self, token: Token, lower: str) -> str | None:
        """he/she -> a person, it -> an institution, they -> an institution or group,
        I/we outside quotes -> the author."""
        if lower in self.author_pronouns:
            return None if self.inside_quote(token) else self._author()
        if lower not in self.person_pronouns | self.institution_pronouns | self.group_pronouns:
            return None
        gender = self.gender_of_pronoun(lower)
        candidates = self._earlier_in_sentence(token, lower in self.person_pronouns)
        candidates += sorted(self.recency, key=self.recency.__getitem__, reverse=True)
        for guessing in (True, False):  # a guessed gender only steers, it never strands
            for key in candidates:
                entry = self.entries[key]
                if self._fits(entry, lower, gender, guessing):
                    return self._bind(entry, lower, gender)
        misread = self._misread_person() if lower in self.person_pronouns else None
        return self._bind(misread, lower, gender) if misread else None

    def _author(self) -> str:
        if AUTHOR_KEY not in self.entries:
            self.entries[AUTHOR_KEY] = HolderEntry(AUTHOR_KEY, self.author_name, OTHER)
        return AUTHOR_KEY

    def _bind(self, entry: HolderEntry, pronoun: str, gender: str | None) -> str:
        if pronoun in self.person_pronouns:
            entry.kind = PERSON  # "he"/"she" tells us what the tagger did not
            entry.gender = entry.gender or gender
        return entry.key

    def _misread_person(self) -> HolderEntry | None:
        """The speaker of this or the previous sentence, when the tagger called it an
        organisation but it is named like a person: "Nadia Korsak said ... She added".

        Only when no person fits the pronoun, and only a full name of the registry's name
        lengths, capitalised, without an institution or title word in it.
        """
        if not self.salience:
            return None
        entry = self.entries[self.salience[0]]
        sentence, spoke = self.recency.get(entry.key, (-1, 0))
        words = entry.full_name.split()
        person_like = (
            len(words) in self.settings.person_name_words
            and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)
            and not any(w.lower() in self.lexical_words for w in words)
        )
        recent = spoke and sentence >= self.sentence_no - 1
        return entry if entry.kind == ORG and recent and person_like else None

    def _fits(
        self, entry: HolderEntry, pronoun: str, gender: str | None, guessing: bool = True
    ) -> bool:
        if entry.key == AUTHOR_KEY:
            return False  # the writer is only ever "I" or "we"
        known = entry.gender or (entry.name_gender if guessing else None)  # pronouns first
        if gender and known and known != gender:
            return False  # "she" never refers back to a man the article called "he"
        anonymous = entry.key.startswith("anon:")
        if pronoun in self.person_pronouns:
            return entry.kind != ORG  # a single anonymous official is a person too
        if pronoun in self.group_pronouns:
            return entry.kind != PERSON
        return entry.kind != PERSON and not anonymous and not entry.key.startswith("role:")

    def _earlier_in_sentence(self, token: Token, person: bool) -> list[str]:
        """Antecedents before the pronoun in its own sentence, nearest first.

        For "he"/"she" the people it names (subjects first), except those inside a
        participle clause whose unstated subject is the pronoun itself: in "Asked whether
        X would come, he said", he was asked about X, so he is not X. For "it"/"they" the
        holders of its earlier subjects, main clauses first ("The ministry said that
        Russia ... and it called for ...").
        """
        if person:  # names, and single officials or roles in subject position
            aside = self._own_participle_clause(token)
            people = [
                t
                for t in token.doc[: token.i]
                if t.i not in aside
                and (
                    self._person_head(t)
                    or (t.dep_ in SUBJECT_DEPS and t.tag_ == "NN" and not self.inside_quote(t))
                )
            ]
            people.sort(key=lambda t: (t.dep_ not in SUBJECT_DEPS, token.i - t.i))
            resolved = [self._name_key(t) if t.pos_ == "PROPN" else self.resolve(t) for t in people]
            return [r if isinstance(r, str) else r.key for r in resolved if r]
        subjects = [
            t
            for t in reversed(token.doc[: token.i])
            if t.dep_ in SUBJECT_DEPS and t.pos_ != "PRON" and not self.inside_quote(t)
        ]
        subjects.sort(key=lambda t: len(list(t.ancestors)))
        return [r.key for r in map(self.resolve, subjects) if r is not None]

    @staticmethod
    def _own_participle_clause(pronoun: Token) -> set[int]:
        """Token indexes of subjectless participle clauses ("Asked whether ...,") that
        modify the verb the pronoun is the subject of."""
        if pronoun.dep_ not in SUBJECT_DEPS:
            return set()
        clauses = [
            c
            for c in pronoun.head.children
            if c.dep_ == "advcl"
            and c.tag_ in PARTICIPLES
            and c.i < pronoun.i
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ]
        return {t.i for clause in clauses for t in clause.subtree}

    def _person_head(self, token: Token) -> bool:
        """The last word of a person's name, outside quotes (tagged PERSON or known as one)."""
        if token.pos_ != "PROPN" or token.dep_ in {"compound", "flat"}:
            return False
        person = token.ent_type_ == "PERSON" or self.is_known_name(token)
        return person and not self.inside_quote(token)

    def note_mentions(self, doc: Doc) -> None:
        """Remember the people a sentence names outside quotes; the sentence is done."""
        for token in filter(self._person_head, doc):
            key = self._name_key(token)
            self.recency[key] = max(self.recency.get(key, (-1, 0)), (self.sentence_no, 0))
        self.sentence_no += 1
