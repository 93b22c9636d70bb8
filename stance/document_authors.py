"""Who wrote "the report": a document named again stands for the holder who issued it.

The guideline never makes a document a holder; "the statement said" is the ministry that
issued it. A document's author is found where the article introduces it: "a poll by X"
(`stance.names.document_author`), "X signed an open letter", "in a statement, X said" (the
one holder of that sentence), or a first "the report" right after X spoke (X's report).
Later "the letter", "this paper" reuse that author; a new "a letter" starts a new one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from stance.names import document_author
from stance.noun_holders import Resolution

INDEFINITE = {"a", "an", "another"}
DEFINITE = {"the", "this", "that"}


class DocumentAuthors:
    """Mixin for `HolderRegistry`: document nouns -> the holder who issued them."""

    document_nouns: set[str]
    author_prepositions: set[str]
    origin_prepositions: set[str]
    institution_nouns: set[str]
    role_nouns: set[str]
    anonymous_nouns: set[str]
    places: set[str]
    salience: list[str]
    recency: dict[str, tuple[int, int]]
    sentence_no: int
    document_authors: dict[str, str]
    documents_seen: set[str]

    def is_document(self, token: Token) -> bool:
        return bool({token.lemma_.lower(), token.lower_} & self.document_nouns)

    def document_author_token(self, token: Token) -> Token | None:
        """The author the document's own phrase names ("a survey by X"), if any."""
        nouns = self.institution_nouns | self.role_nouns | self.anonymous_nouns
        prepositions = (self.author_prepositions, self.origin_prepositions)
        return document_author(token, *prepositions, nouns, self.places)

    def document_antecedent(self, token: Token) -> Resolution | None:
        """The issuer of a definite document ("the letter said"): the author recorded when
        the article introduced it; at its first mention, the holder who spoke just before."""
        if _determiner(token) not in DEFINITE:
            return None
        lemma = token.lemma_.lower()
        key = self.document_authors.get(lemma)
        if key is None and lemma not in self.documents_seen:
            key = self._last_speaker()  # its first mention: the document of who just spoke
        if key is None:
            return None
        start = min(t.idx for t in token.subtree)
        return Resolution(key, start, token.idx + len(token.text), "document")

    def note_documents(self, doc: Doc, keys: list[str], outside: set[int]) -> None:
        """Record who issued the documents a finished sentence introduces.

        Called before the sentence's holders become salient. `keys` are its holders in
        order; `outside` the indices of its tokens outside quotes. An indefinite document
        takes its named author or the sentence's one holder; a first definite one takes the
        holder who spoke just before, and no later one does.
        """
        for token in doc:
            if token.i not in outside or not self.is_document(token):
                continue
            lemma = token.lemma_.lower()
            determiner = _determiner(token)
            first = lemma not in self.documents_seen
            self.documents_seen.add(lemma)
            if determiner in INDEFINITE:
                author = self._named_author(token) or (keys[0] if len(set(keys)) == 1 else None)
                if author:
                    self.document_authors[lemma] = author
                else:
                    self.document_authors.pop(lemma, None)  # a new document of nobody known
            elif determiner in DEFINITE and first:
                speaker = self._last_speaker()
                if speaker and set(keys) <= {speaker}:  # not "Y dismissed the paper"
                    self.document_authors[lemma] = speaker

    def _named_author(self, token: Token) -> str | None:
        author = self.document_author_token(token)
        resolved = author is not None and self.resolve(author)  # type: ignore[attr-defined]
        return resolved.key if resolved else None

    def _last_speaker(self) -> str | None:
        """The most recent holder, when it was attributed in the sentence just before."""
        if not self.salience:
            return None
        key = self.salience[0]
        return key if self.recency.get(key, (-9, 0))[0] >= self.sentence_no - 1 else None


def _determiner(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "det"), None)
