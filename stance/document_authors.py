"""Who wrote "the report": a document named again stands for the holder who issued it.

The guideline never makes a document a holder; "the statement said" is the ministry that
issued it. A document's author is found where the article introduces it: "a poll by X"
(`stance.names.document_author`), "X signed an open letter" (an issue verb of the
lexicon), "in a statement, X said" (the document on X's cue), or a first "the report"
right after an institution spoke. Later "the letter", "this paper" reuse that author; a new
"a letter" starts a new one. A document that names its own issuer ("the UN report") or
that nobody issued in the text keeps the old reading.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from stance.names import determiner, document_author
from stance.noun_holders import Resolution
from stance.pronouns import ORG

ISSUER_ENTITIES = {"ORG", "PERSON", "GPE", "NORP"}  # "the UN report", "the Kremlin readout"


class DocumentAuthors:
    """Mixin for `HolderRegistry`: document nouns -> the holder who issued them."""

    document_nouns: set[str]
    issue_verbs: set[str]
    author_prepositions: set[str]
    origin_prepositions: set[str]
    author_nouns: set[str]
    places: set[str]
    salience: list[str]
    recency: dict[str, tuple[int, int]]
    sentence_no: int
    document_authors: dict[str, str]
    new_referent_determiners: set[str]  # "a letter": a new document
    definite_determiners: set[str]  # "the letter": one named before
    documents_seen: set[str]
    inside_quote: Callable[[Token], bool]

    def is_document(self, token: Token) -> bool:
        return bool({token.lemma_.lower(), token.lower_} & self.document_nouns)

    def document_author_token(self, token: Token) -> Token | None:
        """The author the document's own phrase names: "a survey by X", "the UN report",
        "the Kremlin's readout"."""
        prepositions = (self.author_prepositions, self.origin_prepositions)
        author = document_author(token, *prepositions, self.author_nouns, self.places)
        return author if author is not None else _issuer_word(token)

    def document_antecedent(self, token: Token) -> Resolution | None:
        """The issuer of a definite document ("the letter said"): the author recorded when
        the article introduced it; at its first mention, an institution that spoke just
        before. None for a document that names its issuer ("the UN report")."""
        if determiner(token) not in self.definite_determiners or _names_issuer(token):
            return None
        lemma = token.lemma_.lower()
        key = self.document_authors.get(lemma)
        if key is None and lemma not in self.documents_seen:
            key = self._institution_just_before()
        if key is None:
            return None
        start = min(t.idx for t in token.subtree)
        return Resolution(key, start, token.idx + len(token.text), "document")

    def note_documents(self, doc: Doc, cues: dict[int, str]) -> None:
        """Record who issued the documents a finished sentence introduces.

        Called before the sentence's holders become salient. `cues` maps the character
        offset of each attribution's cue word to its holder. A document named inside a
        quote is only marked seen.
        """
        for token in filter(self.is_document, doc):
            lemma = token.lemma_.lower()
            first = lemma not in self.documents_seen
            self.documents_seen.add(lemma)
            if self.inside_quote(token) or _names_issuer(token):
                continue
            article = determiner(token)
            if article in self.new_referent_determiners:
                author = self._named_author(token) or self._issuer_on_cue(token, cues)
                if author:
                    self.document_authors[lemma] = author
                else:
                    self.document_authors.pop(lemma, None)  # a new document of nobody known
            elif article in self.definite_determiners and first and not cues:
                institution = self._institution_just_before()
                if institution:
                    self.document_authors[lemma] = institution

    def _named_author(self, token: Token) -> str | None:
        author = self.document_author_token(token)
        resolved = author is not None and self.resolve(author)  # type: ignore[attr-defined]
        return resolved.key if resolved else None

    def _issuer_on_cue(self, token: Token, cues: dict[int, str]) -> str | None:
        """The holder who issued the document: "X said in a statement" (on X's cue, or "in"
        a document in a sentence of X alone), "X signed an open letter" (an issue verb's
        subject). A letter X only received or cited is not X's."""
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ not in {"pobj", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
            return None
        if token.dep_ == "pobj" and verb.idx in cues:
            return cues[verb.idx]
        if token.dep_ == "pobj" and token.head.lower_ == "in" and len(set(cues.values())) == 1:
            return next(iter(cues.values()))  # "X called ..., in a position paper"
        if not self._issues(verb):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        resolved = subjects and self.resolve(subjects[0], speaking=True)  # type: ignore[attr-defined]
        return resolved.key if resolved and resolved.key in cues.values() else None

    def _issues(self, verb: Token) -> bool:
        return verb.lemma_.lower() in self.issue_verbs

    def _institution_just_before(self) -> str | None:
        """The most recent holder when it is an institution attributed in the sentence
        just before ("The audit office said ... The report, ...")."""
        if not self.salience:
            return None
        key = self.salience[0]
        sentence, spoke = self.recency.get(key, (-1, 0))
        entry = self.entries.get(key)  # type: ignore[attr-defined]
        institution = key.startswith("inst:") or (entry is not None and entry.kind == ORG)
        recent = spoke and sentence >= self.sentence_no - 1
        return key if recent and institution else None


def _issuer_word(token: Token) -> Token | None:
    """The name before a document that says who issued it ("UN" of "the UN report"); an
    adjective ("the Russian statement") or a date ("the Monday statement") is none."""
    for child in token.children:
        if child.dep_ not in {"compound", "poss"} or child.pos_ != "PROPN":
            continue
        if child.ent_type_ in ISSUER_ENTITIES - {"NORP"} or not child.ent_type_:
            return child
    return None


def _names_issuer(token: Token) -> bool:
    """ "The UN report", "the Kremlin's readout": the document names who issued it."""
    return any(
        child.dep_ in {"compound", "poss", "amod"}
        and (child.ent_type_ in ISSUER_ENTITIES or child.pos_ == "PROPN")
        for child in token.children
    )
