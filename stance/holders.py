"""Who a mention refers to: names, titles, role nouns and pronouns -> one canonical holder.

A holder is keyed by surname for people ("Ana Petrova", "Petrova" -> "petrova") and by full
name for institutions. Titles before a name ("President-elect X") and appositives
("X, Y's envoy,") teach the registry role aliases, so a later "the envoy" resolves to X.
Nothing is merged unless the article itself links the two. Pronouns: `stance.pronouns`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from stance.names import (
    NAME_SUFFIXES,
    after_comma,
    entity_head,
    institution_tail,
    name_chain,
    phrase_end,
    phrase_start,
    span_text,
    strip_possessive,
    subtree_end,
    token_end,
)
from stance.pronouns import ORG, OTHER, PERSON, HolderEntry, PronounResolver

ORG_ENTITY_TYPES = {"ORG", "FAC", "NORP"}


@dataclass(frozen=True)
class Resolution:
    key: str
    start: int  # character offsets within the sentence doc
    end: int
    mention_type: str  # name | pronoun | role | institution | anonymous | other


class HolderRegistry(PronounResolver):
    """Canonical holders of one article, learned from all its sentences before resolving."""

    def __init__(self, lexicon: dict) -> None:
        words = {name: {w.lower() for w in lexicon.get(name, [])} for name in _LEXICON_LISTS}
        self.titles, self.role_nouns = words["titles"], words["role_nouns"]
        self.institution_nouns = words["institution_nouns"]
        self.anonymous_nouns = words["anonymous_nouns"]
        self.person_pronouns = words["person_pronouns"]
        self.institution_pronouns = words["institution_pronouns"]
        self.group_pronouns, self.group_nouns = words["group_pronouns"], words["group_nouns"]
        self.name_particles = words["name_particles"]
        self.gendered = {
            gender: {w.lower() for w in words}
            for gender, words in lexicon["gendered_pronouns"].items()
        }
        self.entries: dict[str, HolderEntry] = {}
        self.aliases: dict[str, set[str]] = {}
        self.salience: list[str] = []  # attributed holders, most recent first
        self.recency: dict[str, tuple[int, int]] = {}  # key -> (sentence, 1 speaker / 0 named)
        self.sentence_no = 0
        self.inside_quote: Callable[[Token], bool] = lambda token: False

    # ---- learning pass -------------------------------------------------------------
    def learn(self, doc: Doc) -> None:
        """Record names, title aliases and appositive aliases of one sentence."""
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_name(entity_head(ent), PERSON)
        for token in doc:
            if token.dep_ == "appos":
                self._learn_appositive(token.head, token)

    def _add_name(self, head: Token, kind: str) -> str:
        tokens, title = self._name_tokens(head)
        role = title.split()[-1].rstrip(".") if title else ""
        if (title and kind == OTHER) or role in self.role_nouns:
            kind = PERSON  # "Foreign Minister X", "Gen. X", "party spokeswoman X"
        full = span_text(tokens)
        key = self._key(full, kind)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = HolderEntry(key, full, kind)
        if len(full) > len(entry.full_name):
            entry.full_name = full
        if kind == PERSON:
            entry.kind = PERSON
        if title:
            self._alias(title, key)
        return key

    def _learn_appositive(self, left: Token, right: Token) -> None:
        """ "Name, role," and "role, Name," both link a role noun to a name."""
        for name, role in ((left, right), (right, left)):
            if name.pos_ == "PROPN" and role.pos_ == "NOUN":
                key = self._add_name(name, self._kind(name))
                for alias in self._role_keys(role):
                    self._alias(alias, key)
                return

    # ---- resolution ----------------------------------------------------------------
    def resolve(self, token: Token, speaking: bool = False) -> Resolution | None:
        """Holder of a subject-like token, or None when it names nobody.

        `speaking` says the token is the subject of a speech verb, where any plural noun
        ("economists say", "60 percent said") is a group holder.
        """
        if token.pos_ == "PRON":
            key = self._pronoun_key(token, token.text.lower())
            return key and Resolution(key, token.idx, token_end(token), "pronoun")
        # the mention is the whole noun phrase: "Tamsin Orrell, a retired general who ..."
        start, end = phrase_start(token), subtree_end(token)
        named = self._appositive_name(token)
        if named is not None:
            token = named  # "Ukraine's ambassador, Oleh Savchuk, said" -> Savchuk
        if self.looks_like_name(token):
            key = self._name_key(token)
            tokens, _ = self._name_tokens(token)
            end = max(end, token_end(tokens[-1]))
            return Resolution(key, min(start, tokens[0].idx), end, "name")
        if token.pos_ == "NOUN":
            resolved = self._resolve_noun(token, speaking)
            return resolved and Resolution(resolved.key, resolved.start, end, resolved.mention_type)
        return None

    def _appositive_name(self, token: Token) -> Token | None:
        """The person named beside a subject: "the ambassador, X," or "One of them, X,".

        A role noun also takes a name the parser hung on its complement ("ambassador in
        Bern, X,"), and learns it as an alias; any other noun only takes an appositive the
        tagger marks as a person.
        """
        role = token.lemma_.lower() in self.titles | self.role_nouns
        for child in token.children:
            if child.dep_ == "appos" and (
                child.ent_type_ == "PERSON" or (role and self.looks_like_name(child))
            ):
                return child
        if not role:
            return None
        for prep in (c for c in token.children if c.dep_ == "prep"):
            for name in prep.subtree:
                if self._person_head(name) and after_comma(name):
                    key = self._name_key(name)
                    for alias in self._role_keys(token):
                        self._alias(alias, key)
                    return name
        return None

    def phrase_holder(self, token: Token) -> Resolution:
        """A holder named by its own noun phrase ("new research"), for learned sources."""
        start = phrase_start(token)
        phrase = token.doc.text[start : phrase_end(token)]
        return self._new_plain("src:" + phrase.lower(), phrase, start, token, "other")

    def _resolve_noun(self, token: Token, speaking: bool = False) -> Resolution | None:
        start = phrase_start(token)
        plural = token.tag_ in {"NNS", "NNPS"}
        for alias in [] if plural else self._role_keys(token):  # "ministers" are not one
            chosen = self._most_salient(self.aliases.get(alias, set()))
            if chosen:
                return Resolution(chosen, start, token_end(token), "role")
        lemma = token.lemma_.lower()
        phrase = token.doc.text[start : phrase_end(token)]
        if lemma in self.anonymous_nouns:
            return self._new_plain("anon:" + phrase.lower(), phrase, start, token, "anonymous")
        if lemma in self.institution_nouns:
            return self._new_plain("inst:" + phrase.lower(), phrase, start, token, "institution")
        if lemma in self.role_nouns:
            return self._new_plain("role:" + phrase.lower(), phrase, start, token, "role")
        if speaking and (plural or lemma in self.group_nouns):
            return self._new_plain("anon:" + phrase.lower(), phrase, start, token, "anonymous")
        return None

    def _new_plain(self, key: str, phrase: str, start: int, token: Token, kind: str) -> Resolution:
        """A holder named by a common-noun phrase; one official or role is a person."""
        lemma = token.lemma_.lower()
        single = token.tag_ == "NN" and lemma in self.anonymous_nouns | self.role_nouns
        if key not in self.entries:
            self.entries[key] = HolderEntry(key, phrase, PERSON if single else ORG)
        return Resolution(key, start, start + len(phrase), kind)

    def _most_salient(self, candidates: set[str]) -> str | None:
        if len(candidates) == 1:
            return next(iter(candidates))
        for key in self.salience:
            if key in candidates:
                return key
        return None

    # ---- bookkeeping ---------------------------------------------------------------
    def mark_salient(self, key: str, mention: str) -> None:
        """Move a holder to the front: pronouns resolve to the most recent holder."""
        if key in self.salience:
            self.salience.remove(key)
        self.salience.insert(0, key)
        self.recency[key] = (self.sentence_no, 1)
        mentions = self.entries[key].mentions
        if mention not in mentions:
            mentions.append(mention)

    def display_name(self, key: str) -> str:
        """Surname for people when unique in the article, the full name otherwise."""
        entry = self.entries[key]
        if entry.kind != PERSON or key.startswith(("role:", "anon:", "inst:", "src:")):
            return entry.full_name
        words = [w for w in entry.full_name.split() if w.lower().rstrip(".") not in NAME_SUFFIXES]
        surname = (words or entry.full_name.split())[-1]
        clash = [
            e for e in self.entries.values() if e is not entry and e.full_name.endswith(surname)
        ]
        return entry.full_name if clash else surname

    def looks_like_name(self, token: Token) -> bool:
        """PROPN, or a capitalised word the tagger missed ("Trump has said")."""
        if token.pos_ == "PROPN":
            return True
        return token.text[:1].isupper() and (
            token.ent_type_ in {"PERSON", "ORG"} or self.is_known_name(token)
        )

    def is_known_name(self, token: Token) -> bool:
        """True when the token's surname was seen as a person's name in the article."""
        entry = self.entries.get(strip_possessive(token.text).lower())
        return bool(entry and entry.kind == PERSON)

    def _name_key(self, head: Token) -> str:
        tokens, _ = self._name_tokens(head)
        words = span_text(tokens).split() or [""]
        surname = words[-1].lower()
        if len(words) == 1 and surname in self.entries and self.entries[surname].kind != ORG:
            return surname  # a bare surname: the person the article named in full
        return self._add_name(head, self._kind(head))

    @staticmethod
    def _kind(token: Token) -> str:
        if token.ent_type_ == "PERSON":
            return PERSON
        return ORG if token.ent_type_ in ORG_ENTITY_TYPES else OTHER

    def _key(self, full: str, kind: str) -> str:
        """People and unsure names by surname; institutions by their whole name.

        Suffixes ("Jr.", "III") are not surnames, and a second person with the same
        surname but another first name ("Joe Biden", "Hunter Biden") keeps a key of their own.
        """
        if kind == ORG:
            return full.lower()
        words = [w for w in full.split() if w.lower().rstrip(".") not in NAME_SUFFIXES] or [full]
        key = words[-1].lower()
        other = self.entries.get(key)
        other_words = other.full_name.split() if other else []
        if len(words) > 1 and len(other_words) > 1 and other_words[0].lower() != words[0].lower():
            return " ".join(words).lower()
        return key

    def _name_tokens(self, head: Token) -> tuple[list[Token], str]:
        """The name's tokens and its title; institutions keep "of Defence" complements."""
        tokens, title = name_chain(head, self.titles, self.name_particles)
        if self._kind(head) == ORG:
            tokens += institution_tail(tokens[-1])
        return tokens, title

    def _role_keys(self, role: Token) -> list[str]:
        lemma = role.lemma_.lower()
        keys = []
        for child in role.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                keys.append(f"{strip_possessive(child.text).lower()}'s {lemma}")
            if child.dep_ == "compound":
                keys.append(f"{child.text.lower()} {lemma}")
        keys.append(lemma)
        return keys

    def _alias(self, alias: str, key: str) -> None:
        words = alias.split()
        if not words:
            return
        alias = " ".join(words)
        self.aliases.setdefault(alias, set()).add(key)
        if words[-1] != alias:
            self.aliases.setdefault(words[-1], set()).add(key)


_LEXICON_LISTS = (
    "titles",
    "role_nouns",
    "institution_nouns",
    "anonymous_nouns",
    "person_pronouns",
    "institution_pronouns",
    "group_pronouns",
    "group_nouns",
    "name_particles",
)
