"""Stage 2: find who holds each view, sentence by sentence.

Rules over a dependency parse: a quote's speaker is the subject of the nearest speech verb
outside the quote (`stance.quote_speakers`); sentences of a quote share its speaker; a
floating quote continues the last speaker; reported speech, "according to", acts and
narrative actors come from `stance.reported_speech`. When a trained source tagger is
configured, its spans join the rules' (`stance.tagged_sources`). Pronouns and role nouns
resolve through the article's `HolderRegistry`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from stance.gazetteer import load_parser
from stance.holders import HolderRegistry, RegistrySettings, Resolution
from stance.names import blank_zero_width
from stance.quote_speakers import QuoteSpeakers
from stance.quotes import find_quotes
from stance.reported_speech import ReportedSpeech, verb_forms
from stance.subjects import Subjects
from stance.tagged_sources import MergeSettings, SpanTagger, TaggedSources
from stance.transcripts import SpeakerTurn, label_name, speaker_turns, with_turn_bodies
from stance.types import Attribution, Quote, Sentence, Span

OBJECT_DEPS = {"dobj", "dative", "iobj", "pobj"}
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,[^–—\n-]{1,30})?\s*[–—-]\s+")


def _mask_dateline(text: str) -> str:
    """Blank out a wire dateline ("BERLIN, June 3 - ") so it is not parsed as a subject.

    An all-capitals headline is blanked whole: the tagger reads every word of it as a name.
    Zero-width characters become spaces too. Spaces keep every offset where it was.
    """
    text = blank_zero_width(text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return " " * len(text)
    # any capital counts ("SÃO PAULO, May 2 - "): the pattern sees them all as "A"
    match = _DATELINE.match("".join("A" if c.isupper() else c for c in text))
    return " " * match.end() + text[match.end() :] if match else text


class Attributor:
    """Finds attributions for every sentence of an article."""

    def __init__(
        self,
        spacy_model: str,
        lexicon: dict,
        min_speech_words: int = 4,
        continuation_gap: int = 2,
        source_tagger: SpanTagger | None = None,
        merge: MergeSettings | None = None,
        *,
        registry_settings: RegistrySettings,
        transcript_opening_words: int = 12,
        gazetteer: dict[str, list[str]] | None = None,
        reported_speech_gap: int = 1,
    ) -> None:
        self.nlp = load_parser(spacy_model, gazetteer)
        self.source_tagger = source_tagger
        self.merge = merge or MergeSettings()
        self.lexicon = lexicon
        self.registry_settings = registry_settings
        self.speech_verbs = {w.lower() for w in lexicon["speech_verbs"]}
        self.act_verbs = {w.lower() for w in lexicon["act_verbs"]}
        self.relay_verbs = {w.lower() for w in lexicon["relay_verbs"]}
        self.question_verbs = {w.lower() for w in lexicon["question_verbs"]}
        self.state_verbs = {w.lower() for w in lexicon["state_verbs"]}
        self.attitude_verbs = {w.lower() for w in lexicon["attitude_verbs"]}
        self.combat_verbs = {w.lower() for w in lexicon["combat_verbs"]}
        self.combat_nouns = {w.lower() for w in lexicon["combat_nouns"]}
        self.combat_idioms = {w.lower() for w in lexicon["combat_idiom_objects"]}
        self.view_nouns = {w.lower() for w in lexicon["view_nouns"]}
        self.heading_words = {w.lower() for w in lexicon["heading_words"]}
        self.narrative_entities = set(lexicon["narrative_entity_types"])
        self.min_speech_words = min_speech_words
        self.continuation_gap = continuation_gap
        self.reported_speech_gap = reported_speech_gap
        self.transcript_opening_words = transcript_opening_words

    def attribute(
        self,
        text: str,
        sentences: list[Sentence],
        sources: list[tuple[Span, str]] | None = None,
    ) -> list[Attribution]:
        """Attributions, at most one per holder and sentence.

        Pass a list as `sources` to also get every source mention as (Span, kind), even
        one whose holder the sentence already had ("Ilse Brandvold said ... , she said").
        """
        quotes = [q for q in find_quotes(text, self.min_speech_words) if q.speech]
        # the tagger reads what the parser reads: a dateline is no part of the sentence
        masked = [_mask_dateline(s.text) for s in sentences]
        docs = list(self.nlp.pipe(masked))
        registry = HolderRegistry(self.lexicon, self.registry_settings)
        for doc in docs:
            registry.learn(doc)
        turns = self._transcript_turns(text, sentences, docs, registry)
        quotes, turns_by_quote = with_turn_bodies(quotes, turns)
        registry.resolving = True
        article = _ArticleAttributor(self, text, sentences, docs, quotes, registry, turns_by_quote)
        if self.source_tagger is not None:
            article.tagged = self.source_tagger.tag(masked)
            article.merger = TaggedSources(registry, text, quotes, self.merge)
        results = article.run()
        if sources is not None:
            sources += article.mentions
        return results

    def _transcript_turns(
        self, text: str, sentences: list[Sentence], docs: list[Doc], registry: HolderRegistry
    ) -> list[SpeakerTurn]:
        """Transcript turns that name their speaker, each label learned as a person."""
        turns = speaker_turns(
            text,
            sentences,
            docs,
            registry,
            self.heading_words,
            self.is_cue_verb,
            self.transcript_opening_words,
        )
        for turn in turns:
            registry.learn_speaker(label_name(turn.turn.label.text, text))
        return turns

    def is_cue_verb(self, token: Token) -> bool:
        """A speech or attitude verb of the lexicon, in any inflection."""
        return token.pos_ in {"VERB", "AUX"} and bool(verb_forms(token) & self.speech_verbs)


class _ArticleAttributor(QuoteSpeakers, ReportedSpeech, Subjects):
    """State of one article's pass: the registry's salience and the last quote speaker."""

    def __init__(
        self,
        owner: Attributor,
        text: str,
        sentences: list[Sentence],
        docs: list[Doc],
        quotes: list[Quote],
        registry: HolderRegistry,
        turns: dict[int, SpeakerTurn],
    ) -> None:
        self.owner = owner
        self.relay_verbs = owner.relay_verbs
        self.question_verbs = owner.question_verbs
        self.text = text
        self.sentences = sentences
        self.docs = docs
        self.quotes = quotes
        self.registry = registry
        self.quote_speakers: dict[int, tuple | None] = {}
        self.last_speaker: tuple[str, int] | None = None
        self.reported_speaker: tuple[str, int] | None = None  # see `_note_speaker`
        self.results: list[Attribution] = []
        self.tagged: list | None = None  # the source tagger's spans per sentence, if any
        self.merger: TaggedSources | None = None
        self.turns = turns  # transcript turns by the start of the quote that holds them
        self.mentions: list[tuple[Span, str]] = []  # every source mention and its kind
        by_doc = {id(doc): sentence for sentence, doc in zip(sentences, docs, strict=True)}
        registry.inside_quote = lambda t: not self._outside_quotes(by_doc[id(t.doc)], t)

    def run(self) -> list[Attribution]:
        for sentence, doc in zip(self.sentences, self.docs, strict=True):
            found = self._quote_attributions(sentence)
            used_cues = {a.cue.start for a in found if a.cue}
            found += self._frame_attributions(sentence, doc, used_cues)
            if self.merger and self.tagged is not None:
                found = self.merger.merge(sentence, doc, found, self.tagged[sentence.index])
            if found:
                found += self._reported_acts(sentence, doc, found)
            if not found:
                found += self._possessor_attributions(sentence, doc)
            if not found:
                found += self._narrative(sentence, doc)
            cues = {a.cue.start - sentence.start: a.holder for a in found if a.cue}
            self.registry.note_documents(doc, cues)
            self._keep(found)
            self._note_speaker(sentence, found)
            self._learn_gender(sentence, doc, found)
            self.registry.note_mentions(doc)
        for attribution in self.results:
            attribution.holder = self.registry.display_name(attribution.holder)
        return self.results

    def _keep(self, found: list[Attribution]) -> None:
        seen = set()
        for attribution in found:
            if attribution.mention:
                self.mentions.append((attribution.mention, attribution.kind))
            if attribution.holder in seen:
                continue
            seen.add(attribution.holder)
            self.results.append(attribution)
            mention = attribution.mention.text if attribution.mention else None
            if mention:
                self.registry.mark_salient(attribution.holder, mention)

    def _learn_gender(self, sentence: Sentence, doc: Doc, found: list[Attribution]) -> None:
        """One named holder plus "her"/"his" after it tells us the holder's gender.

        Only pronouns that can point back to the holder count: outside quotes, after the
        holder's mention and before the next person the sentence names, and not objects
        ("X accused him": him is someone else). Only a possessive ("X said his ministry")
        overrules the gender a first name suggests.
        """
        named = [a for a in found if a.mention_type == "name" and a.mention]
        if len({a.holder for a in named}) != 1:
            return
        start = named[0].mention.end - sentence.start
        others = [e.start_char for e in doc.ents if e.label_ == "PERSON" and e.start_char >= start]
        stop = min(others, default=len(doc.text))
        pronouns = [
            t
            for t in doc
            if t.pos_ == "PRON"
            and start <= t.idx < stop
            and t.dep_ not in OBJECT_DEPS
            and self._outside_quotes(sentence, t)
        ]
        possessive = {t.lower_ for t in pronouns if t.dep_ == "poss"}
        self.registry.learn_gender(named[0].holder, {t.lower_ for t in pronouns}, possessive)

    # ---- helpers -------------------------------------------------------------------
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
