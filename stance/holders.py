"""Who a mention refers to: names, titles, role nouns and pronouns -> one canonical holder.

A holder is keyed by surname for people ("Ana Petrova", "Petrova" -> "petrova") and by full
name for institutions. Titles before a name ("President-elect X") and appositives
("X, Y's envoy,") teach the registry role aliases, so a later "the envoy" resolves to X
(`stance.role_aliases`). Nothing is merged unless the article itself links the two.
Pronouns: `stance.pronouns`; holders named by common nouns: `stance.noun_holders`, and
when such a noun names one again ("the ministry"): `stance.noun_anaphora`; which tokens
name people and what a first name suggests: `stance.person_names`; how a name becomes a
key: `stance.name_keys`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from stance.body_names import BodyNames
from stance.document_authors import DocumentAuthors
from stance.lead_roles import LeadRoles
from stance.name_keys import NameKeys
from stance.names import (
    NAME_SUFFIXES,
    entity_head,
    phrase_start,
    subtree_end,
    token_end,
)
from stance.noun_anaphora import NounAnaphora
from stance.noun_holders import NounHolders, Resolution
from stance.person_names import PersonNames
from stance.pronouns import PERSON, HolderEntry, PronounResolver
from stance.role_aliases import RoleAliases
from stance.role_owners import RoleOwners


@dataclass(frozen=True)
class RegistrySettings:
    """Numbers of the registry (config `pipeline.attribution`)."""

    role_lookahead: int  # sentences a role noun may look ahead for its person (lead)
    lead_lookahead: int  # sentences after a lead whose first-named speaker it may describe
    family_name_words: tuple[int, ...]  # full-name lengths that may be cut to the first word
    person_name_words: tuple[int, ...]  # lengths of a misread "organisation" name "she" may take


class HolderRegistry(
    PronounResolver,
    RoleAliases,
    RoleOwners,
    NounHolders,
    NounAnaphora,
    NameKeys,
    BodyNames,
    PersonNames,
    DocumentAuthors,
    LeadRoles,
):
    """Canonical holders of one article, learned from all its sentences before resolving."""

    def __init__(self, lexicon: dict, settings: RegistrySettings) -> None:
        for name in _LEXICON_LISTS:  # self.titles, self.role_nouns, ...: lower-case sets
            setattr(self, name, {w.lower() for w in lexicon[name]})
        # unions of those lists, made once: they are read for every name and noun
        self.role_words = self.titles | self.role_nouns  # "the envoy", "Gen."
        self.lexical_words = self.institution_nouns | self.role_words  # no part of a name
        self.person_nouns = self.role_nouns | self.anonymous_nouns  # what "who" can be
        self.organisation_nouns = self.institution_nouns - self.document_nouns
        self.author_nouns = self.institution_nouns | self.person_nouns  # "a poll by X"
        self.author_name = lexicon["author_holder"]
        self.places = {t.upper() for t in lexicon["place_entity_types"]}
        self.not_people = {t.upper() for t in lexicon["non_person_entity_types"]}
        for name in _LEXICON_MAPS:  # self.capitals, ...: lower-case word -> word
            setattr(self, name, {k.lower(): v.lower() for k, v in lexicon[name].items()})
        tables = (self.capitals, self.place_adjectives, self.country_names)
        self.known_places = {w for table in tables for pair in table.items() for w in pair}
        self.gendered = {
            gender: {w.lower() for w in words}
            for gender, words in lexicon["gendered_pronouns"].items()
        }
        self.title_genders = _by_word(lexicon["gendered_titles"])  # "mrs" -> female
        self.role_synonyms = {  # "ambassador" -> {"envoy"}: words for one office
            word.lower(): {w.lower() for w in group} - {word.lower()}
            for group in lexicon["role_synonyms"]
            for word in group
        }
        self.first_name_genders = _by_word(lexicon["first_names"])  # "olena" -> female
        self.entries: dict[str, HolderEntry] = {}
        self.organisations: set[str] = set()  # multi-word ORG names, for acronyms
        self.aliases: dict[str, set[str]] = {}
        self.alias_seen: dict[tuple[str, str], int] = {}  # (alias, key) -> first sentence
        self.learning = 0  # the sentence being learned
        self.resolving = False  # set once every sentence is learned
        self.settings = settings
        self.lead_lookahead = settings.lead_lookahead
        self.speech_lemmas = {w.lower() for w in lexicon["speech_verbs"]}  # for leads
        self.rank_titles = {w.lower() for w in lexicon["rank_titles"]}
        self.salience: list[str] = []  # attributed holders, most recent first
        self.recency: dict[str, tuple[int, int]] = {}  # key -> (sentence, 1 speaker / 0 named)
        self.sentence_no = 0
        self.document_authors: dict[str, str] = {}  # document lemma -> issuer's key
        self.documents_seen: set[str] = set()  # document lemmas of the finished sentences
        self.descriptions: dict[str, list[tuple[int, int, str]]] = {}  # see noun_anaphora
        self.place_words: set[str] = set()  # see role_owners
        self.inside_quote: Callable[[Token], bool] = lambda token: False

    # ---- learning pass -------------------------------------------------------------
    def learn(self, doc: Doc) -> None:
        """Record names, title aliases and appositive aliases of one sentence."""
        self.note_places(doc)  # first: "Chilean President X" ties X to a known place
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self._add_name(entity_head(ent), PERSON)
            elif ent.label_ == "ORG" and len(ent) > 1:
                self.organisations.add(" ".join(w for w in ent.text.split() if w != "the"))
        for token in doc:
            if self._untagged_person(token):
                self._add_name(token, PERSON)
            if token.dep_ == "appos":
                self._learn_appositive(token.head, token)
        self.note_descriptions(doc, self.learning)
        self.learning += 1

    def learn_speaker(self, name: str) -> None:
        """A transcript's speaker label ("TAPPER:") names a person, whatever NER says."""
        key = self._key(name, PERSON)
        entry = self.entries.setdefault(key, HolderEntry(key, name, PERSON))
        entry.kind = PERSON
        if len(name) > len(entry.full_name) or entry.full_name.isupper():
            entry.full_name = name  # also "KROGH", learned from the label by NER

    # ---- resolution ----------------------------------------------------------------
    def resolve(self, token: Token, speaking: bool = False) -> Resolution | None:
        """Holder of a subject-like token, or None when it names nobody.

        `speaking` says the token is the subject of a speech verb, where any plural noun
        ("economists say", "60 percent said") is a group holder.
        """
        if token.pos_ == "PRON":
            key = self._pronoun_key(token, token.text.lower())
            return key and Resolution(key, token.idx, token_end(token), "pronoun")
        # the mention is the whole noun phrase: "Rui Tovar, a retired general who ..."
        start, end = phrase_start(token), subtree_end(token)
        named = self._appositive_name(token)
        kind = PERSON if named is not None and self._person_role(token) else None
        if named is not None:
            token = named  # "Peru's ambassador, Rui Tovar, said" -> Tovar
        else:  # "the Commission" after "the European Commission", "the MP" after "MP X"
            described = self.capitalised_description(token)
            if described:
                return Resolution(described[0], start, end, described[1])
        author = self._office_holder(token)  # "X's office said": the guideline's holder is X
        if author is None and self.looks_like_name(token):  # also "X's Office"
            key = self._name_key(token, kind)
            tokens, _ = self._name_tokens(token, kind)
            end = max(end, token_end(tokens[-1]))
            return Resolution(key, min(start, tokens[0].idx), end, "name")
        if author is None and self.is_document(token):
            author = self.document_author_token(token)
            issuer = author is None and self.document_antecedent(token)
            if issuer:  # "the statement said": whoever issued it
                return Resolution(issuer.key, start, end, issuer.mention_type)
        if author is not None:  # "a poll by X found": the guideline's holder is X
            resolved = self.resolve(author, speaking)
            if resolved:
                return Resolution(resolved.key, start, end, resolved.mention_type)
        if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text[:1].islower()):
            resolved = self._resolve_noun(token, speaking)
            return resolved and Resolution(resolved.key, resolved.start, end, resolved.mention_type)
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
        surname = _surname(entry.full_name)
        clash = [
            e for e in self.entries.values() if e is not entry and _surname(e.full_name) == surname
        ]
        return entry.full_name if clash else surname


def _surname(full_name: str) -> str:
    """The last word that is no generation suffix: "Charles Elliott III" -> "Elliott"."""
    words = [w for w in full_name.split() if w.lower().rstrip(".") not in NAME_SUFFIXES]
    return (words or full_name.split() or [""])[-1]


def _by_word(groups: dict[str, list[str]]) -> dict[str, str]:
    """{gender: [words]} -> {word: gender}, lower case."""
    return {word.lower(): gender for gender, words in groups.items() for word in words}


_LEXICON_MAPS = (
    "title_abbreviations",
    "place_adjectives",
    "capitals",
    "country_names",
    "party_countries",
)

_LEXICON_LISTS = (
    "author_pronouns",
    "titles",
    "role_nouns",
    "institution_nouns",
    "document_nouns",
    "issue_verbs",
    "proxy_nouns",
    "new_referent_determiners",
    "other_referent_determiners",
    "group_adjectives",
    "role_rank_modifiers",
    "definite_determiners",
    "question_verbs",
    "counterpart_nouns",
    "author_prepositions",
    "origin_prepositions",
    "name_classifiers",
    "name_connectors",
    "anonymous_nouns",
    "person_pronouns",
    "institution_pronouns",
    "group_pronouns",
    "group_nouns",
    "name_particles",
)
