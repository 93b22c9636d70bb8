"""Where a name or a holder phrase starts and ends in a parsed sentence.

Helpers of `stance.holders`: a name is its head plus the compound/flat tokens before it
("Foreign Minister Ana Petrova"), a hyphenated tail the tokenizer split off
("Mendes-Alvarez") and, for institutions, an "of"/"for" complement ("Ministry of
Defence"). A holder phrase of a common noun keeps a short place or origin complement
("officials in Kyiv", "a diplomat from a third country").
"""

from __future__ import annotations

from spacy.tokens import Token

from stance.holder_keys import NAME_SUFFIXES

NAME_DEPS = {"compound", "flat", "nmod"}
INSTITUTION_PREPOSITIONS = {"of", "for"}
PHRASE_PREPOSITIONS = {"in", "from", "at", "of", "for"}
MAX_COMPLEMENT_TOKENS = 6
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), " ")


def blank_zero_width(text: str) -> str:
    """Zero-width characters as spaces: same offsets, and "Ana\u200bPetrova" parses as a name."""
    return text.translate(ZERO_WIDTH)


def name_chain(head: Token, titles: set[str], particles: set[str]) -> tuple[list[Token], str]:
    """Tokens of the name ending at `head` and the title text before it.

    The name is the run of capitalised words (and particles such as "van") that ends at the
    head, minus leading titles: "Communist lawmaker Rui Tovar" -> "Rui Tovar", title
    "communist lawmaker"; "Peruvian Fisheries Minister Ana Sorel" -> "Ana Sorel", title
    "peruvian fisheries minister" (everything up to the last title word).
    """
    chain = sorted(
        [
            t
            for t in head.subtree
            if t.i <= head.i and t.dep_ in NAME_DEPS | {"punct"} and not t.is_space
        ]
        + [head],
        key=lambda t: t.i,
    )
    chain = [t for t in chain if t.i >= first_contiguous(chain, head)]
    cut = len(chain) - 1
    while cut > 0 and _name_word(chain, cut - 1, particles):
        cut -= 1
    while cut < len(chain) - 1 and _title_word(chain[cut], titles):
        cut += 1
    # a title can open with other words: "Peruvian Fisheries Minister X", "Council President X"
    inner = [k for k in range(cut, len(chain) - 1) if _title_word(chain[k], titles, bare=True)]
    if inner and any(t.lower_.rstrip(".") not in NAME_SUFFIXES for t in chain[inner[-1] + 1 :]):
        cut = inner[-1] + 1
    name = chain[cut:]
    title = " ".join(t.text for t in chain[:cut] if t.text[:1].isalnum())
    name = hyphen_head(name[0]) + name + hyphen_tail(name[-1])
    return name + person_tail(name[-1]), title.lower()


def person_tail(last: Token) -> list[Token]:
    """Capitalised words after the head that the tagger puts in the same person's name.

    "Senator Leila Quill said": the parser may read "Quill" as an adverb.
    """
    doc, tail = last.doc, []
    i = last.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I" and doc[i].ent_type_ == "PERSON":
        if not doc[i].text[:1].isupper() or doc[i - 1].ent_type_ != "PERSON":
            break
        tail.append(doc[i])
        i += 1
    return tail


def _name_word(chain: list[Token], k: int, particles: set[str]) -> bool:
    token = chain[k]
    if token.text[:1].isupper() or token.text in {"-", "."}:
        return True
    return token.lower_ in particles and k > 0 and chain[k - 1].text[:1].isupper()


def _title_word(token: Token, titles: set[str], bare: bool = False) -> bool:
    """A title word; punctuation between titles counts too, unless `bare`."""
    if token.text.lower().rstrip(".") in titles:
        return True
    return not bare and not token.text[:1].isalnum()


def hyphen_tail(last: Token) -> list[Token]:
    """ "Mendes" "-" "Alvarez" written without spaces: the tokens after the hyphen too.

    A lower-case part counts when the tagger reads it as part of a name ("Ji-woo").
    """
    doc, tail = last.doc, []
    i = last.i
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
        after = doc[i + 2]
        if doc[i + 1].whitespace_ or not _name_part(after):
            break
        tail += [doc[i + 1], after]
        i += 2
    return tail


def hyphen_head(first: Token) -> list[Token]:
    """ "Mendes" "-" "Alvarez" when the parser made "Alvarez" the name: the part before it."""
    doc, head = first.doc, []
    i = first.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        before = doc[i - 2]
        if before.whitespace_ or not before.text[:1].isupper():
            break
        head = [before, doc[i - 1], *head]
        i -= 2
    return head


def misread_name(token: Token) -> bool:
    """A name's last word the tagger misread ("- Sigrun Orvik" with Orvik an adverb).

    A capitalised word outside the noun tags that a proper noun modifies as a compound.
    """
    if token.pos_ in {"NOUN", "PROPN", "PRON", "DET"} or not token.is_alpha:
        return False
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i for c in token.lefts)
    return token.text[:1].isupper() and named


def hyphen_compound(token: Token) -> str | None:
    """ "president" "-" "elect", split by the tokenizer, as one word: "president-elect"."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not (doc[i - 1].whitespace_ or doc[i - 2].whitespace_):
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return None


def _name_part(token: Token) -> bool:
    if token.text[:1].isupper():
        return True
    return token.is_alpha and (token.pos_ == "PROPN" or token.ent_type_ == "PERSON")


def institution_tail(head: Token) -> list[Token]:
    """ "Ministry" + "of Defence": the capitalised of/for complement of an institution name."""
    for prep in (c for c in head.rights if c.dep_ == "prep"):
        if prep.lower_ not in INSTITUTION_PREPOSITIONS or prep.i != head.i + 1:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if objects:
            return sorted(prep.subtree, key=lambda t: t.i)
    return []


def classified_name(noun: Token, connectors: set[str]) -> tuple[int, int] | None:
    """Offsets of the name before a lower-case class noun: "the small Unity party" -> Unity.

    Adjectives, articles and nationality words before the name are left out ("the
    Hungarian party" names no party); the name is the run of capitalised words (with
    `connectors` such as "for" inside) that ends right before the noun.
    """
    before = [t for t in noun.subtree if t.i < noun.i and not t.is_space]
    while before and (
        before[0].dep_ == "det" or not before[0].text[:1].isupper() or before[0].ent_type_ == "NORP"
    ):
        before = before[1:]
    if not before or before[-1].i != noun.i - 1 or before[0].pos_ != "PROPN":
        return None
    if any(not (t.text[:1].isupper() or t.lower_ in connectors) for t in before):
        return None
    return before[0].idx, token_end(before[-1])


def document_author(
    document: Token,
    author_prepositions: set[str],
    origin_prepositions: set[str],
    author_nouns: set[str],
    places: set[str],
) -> Token | None:
    """Who made a document: "a poll by X", "a survey published by X", "a letter from X".

    After an author preposition ("by", or a participle's agent) any noun phrase is the
    author. After an origin preposition ("from") only an organisation, a person or one of
    `author_nouns` (institutions, roles): "a report from Kyiv" names a place, not an author.
    """
    for child in document.rights:
        if child.dep_ == "prep" and child.lower_ in author_prepositions | origin_prepositions:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            origin = child.lower_ not in author_prepositions
        elif child.dep_ == "acl" and child.tag_ == "VBN":  # "published by", "issued by"
            agents = [a for a in child.children if a.dep_ == "agent"]
            objects = [o for a in agents for o in a.children if o.dep_ == "pobj"]
            origin = False
        else:
            continue
        if not objects:
            continue
        author = objects[0]
        named = author.ent_type_ in {"ORG", "PERSON"} and author.ent_type_ not in places
        if not origin or named or author.lemma_.lower() in author_nouns:
            return author
    return None


def phrase_start(token: Token) -> int:
    """Start of the words before a noun that belong to it, determiners left out."""
    before = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det" and not t.is_space]
    return min(t.idx for t in before or [token])


def phrase_end(token: Token) -> int:
    """End of a noun with a short place or origin complement ("officials in Kyiv")."""
    end = token_end(token)
    for prep in (c for c in token.rights if c.dep_ == "prep"):
        subtree = list(prep.subtree)
        if (
            prep.lower_ in PHRASE_PREPOSITIONS
            and prep.i == token.i + 1
            and len(subtree) <= MAX_COMPLEMENT_TOKENS
            and not any(t.is_punct for t in subtree)
        ):
            end = max(token_end(t) for t in subtree)
    return end


def after_comma(name: Token) -> bool:
    """True when the name (with its titles) follows a comma: "in Sofia, Rui Tovar"."""
    left = [t for t in name.subtree if t.i < name.i]
    if any(t.text == "," for t in left):
        return True
    first = min([t.i for t in left] + [name.i])
    return first > 0 and name.doc[first - 1].text == ","


def subtree_end(token: Token) -> int:
    """End of the token's whole phrase (appositives, clauses), no trailing possessive."""
    return max(token_end(t) for t in [token, *token.subtree] if not t.is_space)


def first_contiguous(chain: list[Token], head: Token) -> int:
    """Index of the first token of the run of chain tokens that ends at the head."""
    first = head.i
    indexes = {t.i for t in chain if t.text != ","}  # "in Sofia, Rui Tovar": not one name
    while first - 1 in indexes:
        first -= 1
    return first


def entity_head(ent) -> Token:  # noqa: ANN001  (a spaCy Span)
    """The entity's last name token, skipping a possessive "'s" the tagger put inside it."""
    for token in reversed(ent):
        if token.dep_ != "case" and token.pos_ != "PART" and token.text not in {"'s", "’s"}:
            return token
    return ent[-1]


def span_text(tokens: list[Token]) -> str:
    """The name as written, from its first to its last token ("Mendes-Alvarez" stays whole)."""
    first, last = tokens[0], tokens[-1]
    text = strip_possessive(first.doc.text[first.idx : last.idx + len(last.text)]).strip()
    return " ".join(text.split()) or last.text


def determiner(token: Token) -> str | None:
    """The noun's determiner in lower case ("the", "a"), or None."""
    return next((c.lower_ for c in token.children if c.dep_ == "det"), None)


def strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def token_end(token: Token) -> int:
    return token.idx + len(strip_possessive(token.text))
