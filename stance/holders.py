"""Who a mention refers to: names, titles, role nouns and pronouns -> one canonical holder.

A holder is keyed by surname for people ("Ana Petrova", "Petrova" -> "petrova") and by full
name for institutions. Titles before a name ("President-elect X") and appositives
("X, Y's envoy,") teach the registry role aliases, so a later "the envoy" resolves to X.
Nothing is merged unless the article itself links the two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

NAME_DEPS = {"compound", "flat", "nmod"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


PERSON, ORG, OTHER = "person", "org", "other"
ORG_ENTITY_TYPES = {"ORG", "FAC", "NORP"}


@dataclass
class HolderEntry:
    """One canonical holder; `kind` is person, org, or other when the tagger is unsure."""

    key: str
    full_name: str
    kind: str
    mentions: list[str] = field(default_factory=list)
    gender: str | None = None  # "female" / "male", learned from the article's pronouns


@dataclass(frozen=True)
class Resolution:
    key: str
    start: int  # character offsets within the sentence doc
    end: int
    mention_type: str  # name | pronoun | role | institution | anonymous


class HolderRegistry:
    """Canonical holders of one article, learned from all its sentences before resolving."""

    def __init__(self, lexicon: dict) -> None:
        self.titles = {w.lower() for w in lexicon["titles"]}
        self.role_nouns = {w.lower() for w in lexicon["role_nouns"]}
        self.institution_nouns = {w.lower() for w in lexicon["institution_nouns"]}
        self.anonymous_nouns = {w.lower() for w in lexicon["anonymous_nouns"]}
        self.person_pronouns = {w.lower() for w in lexicon["person_pronouns"]}
        self.institution_pronouns = {w.lower() for w in lexicon["institution_pronouns"]}
        self.group_pronouns = {w.lower() for w in lexicon.get("group_pronouns", [])}
        self.group_nouns = {w.lower() for w in lexicon.get("group_nouns", [])}
        self.mentioned: list[str] = []  # people named so far, most recent first
        self.gendered = {
            gender: {w.lower() for w in words}
            for gender, words in lexicon["gendered_pronouns"].items()
        }
        self.entries: dict[str, HolderEntry] = {}
        self.aliases: dict[str, set[str]] = {}
        self.salience: list[str] = []

    # ---- learning pass -------------------------------------------------------------
    def learn(self, doc: Doc) -> None:
        """Record names, title aliases and appositive aliases of one sentence."""
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_name(_entity_head(ent), PERSON)
        for token in doc:
            if token.dep_ == "appos":
                self._learn_appositive(token.head, token)

    def _add_name(self, head: Token, kind: str) -> str:
        tokens, title = self._name_tokens(head)
        if title and kind == OTHER:
            kind = PERSON  # "Foreign Minister X", "Gen. X"
        full = _span_text(tokens)
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
        pairs = [(left, right), (right, left)]
        for name, role in pairs:
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
        lower = token.text.lower()
        if token.pos_ == "PRON":
            return self._resolve_pronoun(token, lower)
        named = self._appositive_name(token)
        if named is not None:
            token = named  # "Ukraine's ambassador, Oleh Savchuk, said" -> Savchuk
        if self.looks_like_name(token):
            key = self._name_key(token)
            tokens, _ = self._name_tokens(token)
            return Resolution(key, tokens[0].idx, _end(token), "name")
        if token.pos_ == "NOUN":
            return self._resolve_noun(token, speaking)
        return None

    def gender_of_pronoun(self, word: str) -> str | None:
        return next((g for g, words in self.gendered.items() if word.lower() in words), None)

    def learn_gender(self, key: str, pronouns: set[str]) -> None:
        """Give a holder the gender of the sentence's pronouns, when they all agree."""
        genders = {self.gender_of_pronoun(p) for p in pronouns} - {None}
        entry = self.entries.get(key)
        if entry and entry.kind != ORG and len(genders) == 1 and entry.gender is None:
            entry.gender = genders.pop()

    def _appositive_name(self, token: Token) -> Token | None:
        """The name in apposition to a title or role noun, if any."""
        if token.lemma_.lower() not in self.titles | self.role_nouns:
            return None
        for child in token.children:
            if child.dep_ == "appos" and self.looks_like_name(child):
                return child
        return None

    def _resolve_pronoun(self, token: Token, lower: str) -> Resolution | None:
        """he/she -> a person, it -> an institution, they -> an institution or group."""
        groups_too = lower in self.group_pronouns
        if lower in self.person_pronouns:
            unwanted = ORG
        elif lower in self.institution_pronouns or groups_too:
            unwanted = PERSON
        else:
            return None
        gender = self.gender_of_pronoun(lower)
        for key in self.salience:
            entry = self.entries[key]
            if gender and entry.gender and entry.gender != gender:
                continue  # "she" never refers back to a man the article called "he"
            if entry.kind != unwanted and (groups_too or not key.startswith("anon:")):
                if gender and entry.kind != ORG:
                    entry.gender = gender
                if unwanted == ORG and entry.kind == OTHER:
                    entry.kind = PERSON  # "he"/"she" tells us what the tagger did not
                return Resolution(key, token.idx, _end(token), "pronoun")
        if unwanted == ORG:  # no speaker yet: the last person the article named
            for key in self.mentioned:
                if not (gender and self.entries[key].gender not in (None, gender)):
                    return Resolution(key, token.idx, _end(token), "pronoun")
        return None

    def note_mentions(self, doc: Doc, inside_quote: Callable[[Token], bool]) -> None:
        """Remember the people a sentence names outside quotes, for the pronoun fallback."""
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not inside_quote(ent[-1]):
                key = self._name_key(_entity_head(ent))
                if key in self.mentioned:
                    self.mentioned.remove(key)
                self.mentioned.insert(0, key)

    def _resolve_noun(self, token: Token, speaking: bool = False) -> Resolution | None:
        before = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det" and not t.is_space]
        start = min(t.idx for t in before)
        for alias in self._role_keys(token):
            candidates = self.aliases.get(alias, set())
            chosen = self._most_salient(candidates)
            if chosen:
                return Resolution(chosen, start, _end(token), "role")
        lemma = token.lemma_.lower()
        phrase = token.doc.text[start : token.idx + len(token.text)]
        if lemma in self.anonymous_nouns:
            return self._new_plain("anon:" + phrase.lower(), phrase, start, token, "anonymous")
        if lemma in self.institution_nouns:
            return self._new_plain("inst:" + phrase.lower(), phrase, start, token, "institution")
        if lemma in self.role_nouns:
            return self._new_plain("role:" + phrase.lower(), phrase, start, token, "role")
        if speaking and (token.tag_ == "NNS" or lemma in self.group_nouns):
            return self._new_plain("anon:" + phrase.lower(), phrase, start, token, "anonymous")
        return None

    def _new_plain(self, key: str, phrase: str, start: int, token: Token, kind: str) -> Resolution:
        if key not in self.entries:
            self.entries[key] = HolderEntry(key, phrase, PERSON if kind == "role" else ORG)
        return Resolution(key, start, _end(token), kind)

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
        mentions = self.entries[key].mentions
        if mention not in mentions:
            mentions.append(mention)

    def display_name(self, key: str) -> str:
        """Surname for people when unique in the article, the full name otherwise."""
        entry = self.entries[key]
        if entry.kind != PERSON or key.startswith(("role:", "anon:", "inst:")):
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
        entry = self.entries.get(_strip_possessive(token.text).lower())
        return bool(entry and entry.kind == PERSON)

    def _name_key(self, head: Token) -> str:
        tokens, _ = self._name_tokens(head)
        words = _span_text(tokens).split() or [""]
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
        """Tokens of the name ending at `head`, minus leading titles; and the title text."""
        chain = sorted(
            [
                t
                for t in head.subtree
                if t.i <= head.i and t.dep_ in NAME_DEPS | {"punct"} and not t.is_space
            ]
            + [head],
            key=lambda t: t.i,
        )
        chain = [t for t in chain if t.i >= _first_contiguous(chain, head)]
        title_parts, name = [], []
        for token in chain:
            bare = token.text.lower().rstrip(".")
            if not name and (bare in self.titles or not token.text[:1].isupper() or bare == ""):
                title_parts.append(token.text)
            else:
                name.append(token)
        return name or [head], " ".join(title_parts).lower()

    def _role_keys(self, role: Token) -> list[str]:
        lemma = role.lemma_.lower()
        keys = []
        for child in role.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN":
                keys.append(f"{_strip_possessive(child.text).lower()}'s {lemma}")
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


def _first_contiguous(chain: list[Token], head: Token) -> int:
    """Index of the first token of the run of chain tokens that ends at the head."""
    first = head.i
    indexes = {t.i for t in chain}
    while first - 1 in indexes:
        first -= 1
    return first


def _entity_head(ent) -> Token:  # noqa: ANN001  (a spaCy Span)
    """The entity's last name token, skipping a possessive "'s" the tagger put inside it."""
    for token in reversed(ent):
        if token.dep_ != "case" and token.pos_ != "PART" and token.text not in {"'s", "’s"}:
            return token
    return ent[-1]


def _span_text(tokens: list[Token]) -> str:
    """The name as written, from its first to its last token ("Kettunen-Rask" stays whole)."""
    first, last = tokens[0], tokens[-1]
    text = _strip_possessive(first.doc.text[first.idx : last.idx + len(last.text)]).strip()
    return text or last.text


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _end(token: Token) -> int:
    return token.idx + len(_strip_possessive(token.text))
