"""Whose words a cue verb reports: its subjects, as the parse gives them and as it misses them.

Besides plain subjects: a participle's or conjunct's subject ("..., saying that"), a name
misread as an adverb ("Orvik added"), a passive's agent ("was told by X"), whoever a
relay verb quotes ("quoted X as saying"); not whoever asks ("asked by reporters"). A passive's
own subject is whoever was told, unless the verb relays words ("X was quoted by Y as
saying"): then both count. "In Kyiv, X said": the stranded place is no subject.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from stance.holders import HolderRegistry
from stance.pronouns import SUBJECT_DEPS

# where the parser hangs a subject it misread as an adverb ("Orvik added that ...")
MISREAD_SUBJECT_DEPS = {"advmod", "npadvmod"}


class Subjects:
    """Mixin for the article attributor: the holder-bearing subjects of a cue verb."""

    registry: HolderRegistry
    relay_verbs: set[str]
    question_verbs: set[str]
    _is_cue_verb: Callable[[Token], bool]

    def _subjects(self, verb: Token) -> list[Token]:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if self._as_saying(verb) and verb.lemma_.lower() in self.relay_verbs:  # X first
            subjects = [c for c in verb.children if c.dep_ == "dobj"] + subjects
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "..., saying that"
        if not subjects and (verb.dep_ in {"conj", "xcomp"} or participle):
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            subjects = self._relayed_speaker(verb)
        if not subjects:
            subjects = [c for c in verb.lefts if self._misread_subject(c)][-1:]
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        agents = [o for o in agents if o.dep_ == "pobj"]
        if verb.lemma_.lower() in self.question_verbs:
            agents = []  # "Asked by reporters whether ...": a question shows no view
        passive = [s for s in subjects if s.dep_ == "nsubjpass"]
        if not self._relays(verb) and (agents or any(s.pos_ == "NOUN" for s in passive)):
            subjects = [s for s in subjects if s not in passive]  # "He was told by X"
        expanded = []
        for subject in subjects + agents:
            members = [subject, *conjuncts(subject)]
            expanded += members[1:] if _stranded_object(subject) else members
        return expanded

    def _relayed_speaker(self, saying: Token) -> list[Token]:
        """ "Agency quoted X as saying ...", "X was quoted as saying ...": X spoke."""
        preposition = saying.head
        if saying.dep_ != "pcomp" or preposition.lower_ != "as":
            return []
        relay = preposition.head
        if relay.lemma_.lower() not in self.relay_verbs:
            return []
        return [c for c in relay.children if c.dep_ in {"dobj", "nsubjpass"}]

    def _relays(self, verb: Token) -> bool:
        """ "X was quoted by Y as saying", "X was heard by Y as saying": X spoke."""
        return verb.lemma_.lower() in self.relay_verbs or self._as_saying(verb)

    def _as_saying(self, verb: Token) -> bool:
        """The verb reports words: "... as saying", "... as warning" ("TASS quoted X as
        saying"), not "cited a ruling" or "dismissed it as being"."""
        return any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(g.tag_ == "VBG" and self._is_cue_verb(g) for g in c.children)
            for c in verb.children
        )

    def _misread_subject(self, token: Token) -> bool:
        """A name the parser read as an adverb before a subjectless verb: a surname the
        article gave a person earlier ("Orvik added"), or a full name ("Sigrun Orvik")."""
        if token.dep_ not in MISREAD_SUBJECT_DEPS or token.pos_ == "PROPN":
            return False
        return self.registry.looks_like_name(token)  # capitalised, known or misread


def conjuncts(subject: Token) -> list[Token]:
    """Subjects joined to this one: "X and Y", also when the parser hangs the second name
    on the first one's appositive ("X, a Vermont Democrat, and Y, a Utah Republican") or a
    first pronoun on the name ("She and lawmaker X")."""
    joined = [c for c in subject.children if c.dep_ == "conj"]
    # "She and lawmaker X said": the parser may hang "She" on X as a modifier
    joined += [
        c
        for c in subject.lefts
        if c.pos_ == "PRON"
        and c.dep_ in {"nmod", "compound"}
        and any(g.dep_ == "cc" for g in c.children)
    ]
    for appositive in (c for c in subject.children if c.dep_ == "appos"):
        joined += [c for c in appositive.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return joined


def _stranded_object(token: Token) -> bool:
    """A "subject" right after a preposition left without its object: in "In Kyiv, X
    said" the parser made Kyiv the subject and X its conjunct."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        before is not None
        and before.pos_ == "ADP"
        and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children)
    )
