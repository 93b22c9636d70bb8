"""Stage 2: find who holds each view, sentence by sentence.

Rules over a dependency parse: a quote's speaker is the subject of the nearest speech verb
outside the quote (before, after or in the middle, or a colon line before it); sentences
of a quote share its speaker; a floating quote continues the last speaker; reported
speech and attitudes give indirect attributions; "according to X" its own kind; an actor
with no speech verb a narrative one. Pronouns and role nouns resolve through the
article's `HolderRegistry`.
"""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc, Token

from stance.holders import HolderRegistry, Resolution
from stance.quotes import find_quotes
from stance.types import Attribution, Quote, Sentence, Span

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
RELATIVE_PRONOUNS = {"who", "that", "which"}
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,[^–—\n-]{1,30})?\s*[–—-]\s+")
_DASH_SOURCE = re.compile(r"^\s*[-–—]\s*(?=[A-Z])")


def _mask_dateline(text: str) -> str:
    """Blank out a wire dateline ("BERLIN, June 3 - ") so it is not parsed as a subject.

    An all-capitals headline is blanked whole: the tagger reads every word of it as a name.
    Spaces keep every character offset where it was.
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return " " * len(text)
    match = _DATELINE.match(text)
    return " " * match.end() + text[match.end() :] if match else text


class Attributor:
    """Finds attributions for every sentence of an article."""

    def __init__(
        self,
        spacy_model: str,
        lexicon: dict,
        min_speech_words: int = 4,
        continuation_gap: int = 2,
    ) -> None:
        self.nlp = spacy.load(spacy_model)
        self.lexicon = lexicon
        self.speech_verbs = {w.lower() for w in lexicon["speech_verbs"]}
        self.narrative_entities = set(lexicon["narrative_entity_types"])
        self.min_speech_words = min_speech_words
        self.continuation_gap = continuation_gap

    def attribute(self, text: str, sentences: list[Sentence]) -> list[Attribution]:
        quotes = [q for q in find_quotes(text, self.min_speech_words) if q.speech]
        docs = list(self.nlp.pipe(_mask_dateline(s.text) for s in sentences))
        registry = HolderRegistry(self.lexicon)
        for doc in docs:
            registry.learn(doc)
        return _ArticleAttributor(self, text, sentences, docs, quotes, registry).run()


class _ArticleAttributor:
    """State of one article's pass: the registry's salience and the last quote speaker."""

    def __init__(
        self,
        owner: Attributor,
        text: str,
        sentences: list[Sentence],
        docs: list[Doc],
        quotes: list[Quote],
        registry: HolderRegistry,
    ) -> None:
        self.owner = owner
        self.text = text
        self.sentences = sentences
        self.docs = docs
        self.quotes = quotes
        self.registry = registry
        self.quote_speakers: dict[int, tuple | None] = {}
        self.last_speaker: tuple[str, int] | None = None
        self.results: list[Attribution] = []

    def run(self) -> list[Attribution]:
        for sentence, doc in zip(self.sentences, self.docs, strict=True):
            found = self._quote_attributions(sentence)
            used_cues = {a.cue.start for a in found if a.cue}
            found += self._frame_attributions(sentence, doc, used_cues, found)
            if not found:
                found += self._narrative(sentence, doc)
            self._keep(found)
            self._learn_gender(sentence, doc, found)
            self.registry.note_mentions(doc, lambda t, s=sentence: not self._outside_quotes(s, t))
        for attribution in self.results:
            attribution.holder = self.registry.display_name(attribution.holder)
        return self.results

    def _keep(self, found: list[Attribution]) -> None:
        seen = set()
        for attribution in found:
            if attribution.holder in seen:
                continue
            seen.add(attribution.holder)
            self.results.append(attribution)
            mention = attribution.mention.text if attribution.mention else None
            if mention:
                self.registry.mark_salient(attribution.holder, mention)

    def _learn_gender(self, sentence: Sentence, doc: Doc, found: list[Attribution]) -> None:
        """One named holder plus "her"/"his" outside quotes tells us the holder's gender."""
        named = {a.holder for a in found if a.mention_type == "name"}
        if len(named) != 1:
            return
        pronouns = {t.lower_ for t in doc if t.pos_ == "PRON" and self._outside_quotes(sentence, t)}
        self.registry.learn_gender(named.pop(), pronouns)

    # ---- direct quotes -------------------------------------------------------------
    def _quote_attributions(self, sentence: Sentence) -> list[Attribution]:
        found = []
        for qi, quote in enumerate(self.quotes):
            if quote.end <= sentence.start or quote.start >= sentence.end:
                continue
            if qi not in self.quote_speakers:
                self.quote_speakers[qi] = self._find_speaker(qi, quote)
            speaker = self.quote_speakers[qi]
            if speaker is None:
                continue
            key, mention, cue, cue_sentence, rule = speaker
            here = cue_sentence == sentence.index
            kind = "direct" if here else "continuation"
            found.append(
                Attribution(
                    sentence=sentence.index,
                    holder=key,
                    mention=mention if here else None,
                    cue=cue if here else None,
                    kind="anonymous" if key.startswith("anon:") else kind,
                    mention_type=self._mention_type(mention if here else None, key),
                    rule=rule if here else "quote-span",
                )
            )
            self.last_speaker = (key, sentence.index)
        return found

    def _mention_type(self, mention: Span | None, key: str) -> str:
        """name / pronoun / role / institution / anonymous; none without a local mention."""
        if mention is None:
            return "none"
        pronouns = self.registry.person_pronouns | self.registry.group_pronouns
        if mention.text.lower() in pronouns:
            return "pronoun"
        prefixes = {"anon:": "anonymous", "inst:": "institution", "role:": "role"}
        return next((v for p, v in prefixes.items() if key.startswith(p)), "name")

    def _find_speaker(self, qi: int, quote: Quote) -> tuple | None:
        touched = [s for s in self.sentences if s.start < quote.end and s.end > quote.start]
        first, last = touched[0], touched[-1]
        for sentence, side in ((last, "after"), (first, "before")):
            hit = self._cue_in_sentence(sentence, quote, side)
            if hit:
                return (*hit, sentence.index, f"quote-cue-{side}")
        dash = self._dash_source(last, quote)
        if dash:
            return (*dash, last.index, "quote-dash")
        previous = self.sentences[first.index - 1] if first.index > 0 else None
        if (
            previous
            and previous.text.rstrip().endswith(":")
            and self._starts_sentence(quote, first)
        ):
            hit = self._cue_in_sentence(previous, quote, "colon")
            if hit:
                return (*hit, previous.index, "quote-colon")
        if self.last_speaker and first.index - self.last_speaker[1] <= self.owner.continuation_gap:
            return (self.last_speaker[0], None, None, -1, "floating-quote")
        return None

    def _starts_sentence(self, quote: Quote, sentence: Sentence) -> bool:
        return quote.start <= sentence.start + 1

    def _cue_in_sentence(self, sentence: Sentence, quote: Quote, side: str) -> tuple | None:
        doc = self.docs[sentence.index]
        verbs = [t for t in doc if self._is_cue_verb(t) and self._outside_quotes(sentence, t)]
        if side == "after":
            verbs = [v for v in verbs if sentence.start + v.idx >= quote.end]
        elif side == "before":
            verbs = [v for v in verbs if sentence.start + v.idx < quote.start]
            verbs.reverse()
        for verb in verbs:
            for subject in self._subjects(verb):
                resolved = self.registry.resolve(subject, speaking=True)
                if resolved:
                    return (
                        resolved.key,
                        self._span(sentence, resolved),
                        self._token_span(sentence, verb),
                    )
        return None

    def _dash_source(self, sentence: Sentence, quote: Quote) -> tuple | None:
        tail = self.text[quote.end : sentence.end]
        if not _DASH_SOURCE.match(tail):
            return None
        doc = self.docs[sentence.index]
        offset = quote.end - sentence.start
        for token in doc:
            if (
                token.idx >= offset
                and token.pos_ == "PROPN"
                and token.dep_ not in {"compound", "flat"}
            ):
                resolved = self.registry.resolve(token)
                if resolved:
                    dash = tail.lstrip()[0]
                    cue_start = self.text.index(dash, quote.end)
                    return (
                        resolved.key,
                        self._span(sentence, resolved),
                        Span(dash, cue_start, cue_start + 1),
                    )
        return None

    # ---- reported speech, according to, narrative ------------------------------------
    def _frame_attributions(self, sentence, doc, used_cues, found) -> list[Attribution]:
        results = []
        for token in doc:
            if not self._outside_quotes(sentence, token):
                continue
            if (
                token.lower_ == "according"
                and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ == "to"
            ):
                results += self._according_to(sentence, doc, token)
            elif self._is_cue_verb(token) and sentence.start + token.idx not in used_cues:
                for subject in self._subjects(token):
                    results += self._reported(sentence, token, subject)
        return results

    def _reported(self, sentence: Sentence, verb: Token, subject: Token) -> list[Attribution]:
        """Reported speech by `subject`; "X, who said ..." goes to X, mention "who"."""
        if subject.lower_ in RELATIVE_PRONOUNS:
            if verb.dep_ != "relcl" or subject.lower_ != "who":
                return []
            resolved = self.registry.resolve(verb.head)
            if resolved is None:
                return []
            mention = Resolution(
                resolved.key, subject.idx, subject.idx + len(subject.text), "relative"
            )
            return [self._make(sentence, mention, verb, "indirect", "relative-clause")]
        resolved = self.registry.resolve(subject, speaking=True)
        if resolved is None:
            return []
        return [self._make(sentence, resolved, verb, "indirect", "speech-verb")]

    def _according_to(self, sentence, doc, according: Token) -> list[Attribution]:
        results = []
        for obj in doc[according.i + 1].children:
            if obj.dep_ == "pobj":
                for member in [obj, *[c for c in obj.children if c.dep_ == "conj"]]:
                    resolved = self.registry.resolve(member)
                    if resolved:
                        start = sentence.start + according.idx
                        end = sentence.start + doc[according.i + 1].idx + 2
                        cue = Span(self.text[start:end], start, end)
                        results.append(
                            self._attribution(
                                sentence, resolved, cue, "according_to", "according-to"
                            )
                        )
        return results

    def _narrative(self, sentence: Sentence, doc: Doc) -> list[Attribution]:
        if any(q.start < sentence.end and q.end > sentence.start for q in self.quotes):
            return []
        results = []
        for root in (t for t in doc if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}):
            for subject in self._subjects(root):
                if not self._actor_like(subject):
                    continue
                resolved = self.registry.resolve(subject)
                if resolved and resolved.mention_type in {"name", "pronoun", "role", "institution"}:
                    results.append(
                        self._make(sentence, resolved, root, "narrative", "actor-subject")
                    )
        return results

    def _actor_like(self, token: Token) -> bool:
        if self.registry.looks_like_name(token):
            return token.ent_type_ in self.owner.narrative_entities or self.registry.is_known_name(
                token
            )
        return token.pos_ in {"PRON", "NOUN"}

    # ---- helpers -------------------------------------------------------------------
    def _is_cue_verb(self, token: Token) -> bool:
        return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in self.owner.speech_verbs

    def _subjects(self, verb: Token) -> list[Token]:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # "..., saying that"
        if not subjects and (verb.dep_ in {"conj", "xcomp"} or participle):
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            subjects += [c for c in agent.children if c.dep_ == "pobj"]
        subjects = [s for s in subjects if not (s.dep_ == "nsubjpass" and s.pos_ == "NOUN")]
        expanded = []
        for subject in subjects:
            expanded += [subject, *[c for c in subject.children if c.dep_ == "conj"]]
        return expanded

    def _outside_quotes(self, sentence: Sentence, token: Token) -> bool:
        pos = sentence.start + token.idx
        return not any(q.start <= pos < q.end for q in self.quotes)

    def _make(
        self, sentence, resolved: Resolution, verb: Token, kind: str, rule: str
    ) -> Attribution:
        return self._attribution(sentence, resolved, self._token_span(sentence, verb), kind, rule)

    def _attribution(self, sentence, resolved, cue, kind, rule) -> Attribution:
        if resolved.key.startswith("anon:"):
            kind = "anonymous"  # also "They added", when "they" are unnamed officials
        return Attribution(
            sentence=sentence.index,
            holder=resolved.key,
            mention=self._span(sentence, resolved),
            cue=cue,
            kind=kind,
            mention_type=resolved.mention_type,
            rule=rule,
        )

    def _span(self, sentence: Sentence, resolved: Resolution) -> Span:
        start, end = sentence.start + resolved.start, sentence.start + resolved.end
        return Span(self.text[start:end], start, end)

    def _token_span(self, sentence: Sentence, token: Token) -> Span:
        start = sentence.start + token.idx
        return Span(token.text, start, start + len(token.text))
