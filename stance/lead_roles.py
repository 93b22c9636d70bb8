"""Delayed identification: a news lead that describes its speaker before naming them.

"Finland's chief of defence said on Monday ..." and, a sentence or two later, ""...," X
told a conference": the lead's role is X. The link is the lead's own convention, so it is
drawn only where the text leaves no other reading: a definite or possessive role noun of
the article's first sentence that no alias resolved, and the person first named within
`lead_lookahead` sentences after it, alone in that sentence, named there as the subject of
a speech verb, with no other role of their own ("President X" is not the lead's general)
and no name-guessed gender against the lead's pronouns.
"""

from __future__ import annotations

from spacy.tokens import Token

from stance.pronouns import PERSON, HolderEntry


class LeadRoles:
    """Mixin for `HolderRegistry`: the person a lead's role noun introduces."""

    entries: dict[str, HolderEntry]
    aliases: dict[str, set[str]]
    role_nouns: set[str]
    anonymous_nouns: set[str]
    role_synonyms: dict[str, set[str]]
    gendered: dict[str, set[str]]
    sentence_no: int
    lead_lookahead: int
    rank_titles: set[str]
    speech_lemmas: set[str]

    def lead_person(self, role: Token) -> str | None:
        """The one person the lead's role noun stands for, or None."""
        lemma = role.lemma_.lower()
        if self.sentence_no != 0 or role.tag_ != "NN" or lemma not in self.role_nouns:
            return None
        if self.new_referent(role) or lemma in self.anonymous_nouns:  # type: ignore[attr-defined]
            return None  # "a senior official", "an officer who ...": someone unnamed
        later = sorted(
            (entry.first_sentence, key)
            for key, entry in self.entries.items()
            if entry.kind == PERSON and 0 < entry.first_sentence <= self.lead_lookahead
        )
        if not later or (len(later) > 1 and later[0][0] == later[1][0]):
            return None
        key = later[0][1]
        entry = self.entries[key]
        if not entry.first_speaking or self._other_role(key, lemma):
            return None
        if self.owned_elsewhere(key, self.role_places(role)):  # type: ignore[attr-defined]
            return None  # "Peru's foreign minister ..." is not Chile's, named next
        gender = _lead_gender(role, self.gendered)
        return None if gender and entry.name_gender not in {None, gender} else key

    def _other_role(self, key: str, lemma: str) -> bool:
        """The person holds a role of another name ("President X", "X, the senator"); a
        military rank goes with any command ("Gen. X" may be the chief of defence)."""
        same = {lemma} | self.role_synonyms.get(lemma, set()) | self.rank_titles
        roles = {alias.split()[-1] for alias, keys in self.aliases.items() if key in keys}
        return bool((roles & self.role_nouns) - same)

    def _speaking_subject(self, name: Token) -> bool:
        """The name (or the role it stands beside) is the subject of a speech verb."""
        subject = name.head if name.dep_ == "appos" else name
        verb = subject.head
        return subject.dep_ == "nsubj" and verb.lemma_.lower() in self.speech_lemmas


def _lead_gender(role: Token, gendered: dict[str, set[str]]) -> str | None:
    """The gender the lead's own pronouns give its role ("... said she would veto")."""
    pronouns = {t.lower_ for t in role.doc if t.pos_ == "PRON" and t.i > role.i}
    found = [gender for gender, words in gendered.items() if pronouns & words]
    return found[0] if len(found) == 1 else None
