"""Direct quotes: who said them. Part of the article pass in `stance.attribution`.

A quote's speaker is the subject of the nearest speech verb outside it (after it, then
before it), a name after a dash ("..." - Name), the subject of whatever verb introduces it
with a colon ("Oksana laughed: ..."), or a cue in a previous line ending in a colon.
A quote left open at its paragraph's end and reopened at the start of the next paragraph
(the newspaper way of quoting over several paragraphs) takes the speaker of the quote that
reopens it. Failing all, a quote soon after another one continues its speaker.

Dash signatures ("..." - Name): `stance.quote_signatures`.
"""

from __future__ import annotations

from stance.quote_signatures import QuoteSignatures
from stance.transcripts import SpeakerTurn
from stance.types import Attribution, Quote, Sentence, Span

CARRIED_RULES = {"floating-quote", "quote-paragraph"}  # rules a quote's later sentences keep
SPEECH_KINDS = {"direct", "indirect", "anonymous", "according_to"}  # who spoke in a sentence


class QuoteSpeakers(QuoteSignatures):
    """Mixin of `_ArticleAttributor`: uses its quotes, docs, registry and helpers."""

    turns: dict[int, SpeakerTurn]  # transcript turns by the start of their quote

    def _quote_attributions(self, sentence: Sentence) -> list[Attribution]:
        found = []
        for qi, quote in enumerate(self.quotes):
            speaker = self.quote_speakers.get(qi)
            signed_here = speaker is not None and speaker[3] == sentence.index
            if (quote.end <= sentence.start or quote.start >= sentence.end) and not signed_here:
                continue
            if qi not in self.quote_speakers:
                self.quote_speakers[qi] = self._find_speaker(quote)
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
                    rule=rule if here or rule in CARRIED_RULES else "quote-span",
                )
            )
            self.last_speaker = (key, sentence.index)
        return found

    def _note_speaker(self, sentence: Sentence, found: list[Attribution]) -> None:
        """A sentence reporting one holder's speech ("X said he would ...") makes X the
        speaker a floating quote right after it continues; several speakers leave none."""
        speakers = {a.holder for a in found if a.kind in SPEECH_KINDS}
        quoted = self.last_speaker and self.last_speaker[1] == sentence.index
        if quoted and self.last_speaker[0] not in speakers | {a.holder for a in found}:
            self.last_speaker = None  # the tagger's source replaced the quote's guessed speaker
        if any(a.rule.startswith("quote") for a in found):
            return  # a quote's own speaker is already `last_speaker`
        if len(speakers) > 1:  # "X and Y said ...": a floating quote after it is nobody's
            self.last_speaker = self.reported_speaker = None
        elif speakers:
            self.reported_speaker = (speakers.pop(), sentence.index)

    def _mention_type(self, mention: Span | None, key: str) -> str:
        """name / pronoun / role / institution / anonymous; none without a local mention."""
        if mention is None:
            return "none"
        pronouns = self.registry.person_pronouns | self.registry.group_pronouns
        if mention.text.lower() in pronouns:
            return "pronoun"
        if mention.text.lower() == "who":
            return "relative"
        prefixes = {"anon:": "anonymous", "inst:": "institution", "role:": "role"}
        return next((v for p, v in prefixes.items() if key.startswith(p)), "name")

    def _find_speaker(self, quote: Quote) -> tuple | None:
        """The quote's own cue, else the cue of the quote that carries it on after a
        paragraph break, else the last speaker when it spoke just before. A transcript
        turn's label comes first."""
        turn = self.turns.get(quote.start)
        labelled = turn and self._turn_speaker(turn)
        if labelled:
            return labelled
        cued = self._cued_speaker(quote)
        if cued:
            return cued
        reopened = self._reopened_in_next_paragraph(quote)
        while reopened is not None:  # a quote over several paragraphs, cued at its end
            carried = self._cued_speaker(self.quotes[reopened])
            if carried:  # the cue sentence is a later one, so here it is a continuation
                return (carried[0], None, None, -1, "quote-paragraph")
            reopened = self._reopened_in_next_paragraph(self.quotes[reopened])
        if not self._stands_alone(quote):
            return None  # "farmers carried banners that read "..."": no one's speech
        first = self._touched(quote)[0].index
        limits = (
            (self.last_speaker, self.owner.continuation_gap),
            (self.reported_speaker, self.owner.reported_speech_gap),
        )
        recent = [speaker for speaker, limit in limits if speaker and first - speaker[1] <= limit]
        if recent:  # the most recent of a quote's speaker and one whose speech was reported
            return (max(recent, key=lambda s: s[1])[0], None, None, -1, "floating-quote")
        return None

    def _stands_alone(self, quote: Quote) -> bool:
        """A floating quote is a sentence of its own, not the end of a narrator's clause
        ("farmers carried banners that read "...""): the main verb of its first sentence
        is not before the quote."""
        sentence = self._touched(quote)[0]
        doc = self.docs[sentence.index]
        before = [t for t in doc if sentence.start + t.idx < quote.start]
        verbless = not any(t.pos_ in {"VERB", "AUX"} for t in before)
        if verbless and self.text[sentence.start : quote.start].rstrip().endswith(":"):
            return True  # "Her message to the troops: "..."": the colon hands over
        return sentence.start + doc[:].root.idx >= quote.start

    def _turn_speaker(self, speaker_turn: SpeakerTurn) -> tuple | None:
        """(holder key, mention, cue, cue sentence, rule) of a transcript turn's label."""
        resolved = self.registry.resolve(speaker_turn.label_token)
        if not resolved:
            return None
        turn = speaker_turn.turn
        return (resolved.key, turn.label, turn.colon, speaker_turn.sentence, "transcript-label")

    def _cued_speaker(self, quote: Quote) -> tuple | None:
        """(holder key, mention, cue, cue sentence, rule) from a cue around the quote."""
        touched = self._touched(quote)
        first, last = touched[0], touched[-1]
        for sentence, side in ((last, "after"), (first, "before")):
            hit = self._cue_in_sentence(sentence, quote, side)
            if hit:
                return (*hit, sentence.index, f"quote-cue-{side}")
        dash = self._dash_source(last, quote)
        if dash:
            return (*dash, last.index, "quote-dash")
        signature = self._signature_after(last, quote)
        if signature:
            return (*signature, last.index + 1, "quote-dash")
        colon = self._colon_verb(first, quote)
        if colon:
            return (*colon, first.index, "quote-colon-verb")
        previous = self.sentences[first.index - 1] if first.index > 0 else None
        if (
            previous
            and previous.text.rstrip().endswith(":")
            and self._starts_sentence(quote, first)
        ):
            hit = self._cue_in_sentence(previous, quote, "colon")
            if hit:
                return (*hit, previous.index, "quote-colon")
        return None

    def _touched(self, quote: Quote) -> list[Sentence]:
        return [s for s in self.sentences if s.start < quote.end and s.end > quote.start]

    def _reopened_in_next_paragraph(self, quote: Quote) -> int | None:
        """Index of the quote that carries on `quote` after a paragraph break, if any.

        Only a quote its paragraph's end closed carries on, and only into a quote opened by
        the same mark right at the start of the next paragraph.
        """
        if quote.closed:
            return None
        later = [i for i, other in enumerate(self.quotes) if other.start >= quote.end]
        if not later:
            return None
        following = self.quotes[later[0]]
        gap = self.text[quote.end : following.start]
        carried = "\n" in gap and not gap.strip()
        same_mark = self.text[following.start] == self.text[quote.start]
        return later[0] if carried and same_mark else None

    def _starts_sentence(self, quote: Quote, sentence: Sentence) -> bool:
        return quote.start <= sentence.start + 1

    def _cue_in_sentence(self, sentence: Sentence, quote: Quote, side: str) -> tuple | None:
        doc = self.docs[sentence.index]
        verbs = [
            t
            for t in doc
            if self._is_cue_verb(t)
            and self._outside_quotes(sentence, t)
            and not self._reported_inside_cue(t)
        ]
        if side == "after":
            verbs = [v for v in verbs if sentence.start + v.idx >= quote.end]
        elif side == "before":
            verbs = [v for v in verbs if sentence.start + v.idx < quote.start]
            verbs.reverse()
        for verb in verbs:
            hit = self._subject_of(sentence, verb)
            if hit:
                return hit
        return self._trailing_speaker(sentence, quote) if side == "after" else None

    def _trailing_speaker(self, sentence: Sentence, quote: Quote) -> tuple | None:
        """(holder key, mention, cue) of a sentence that ends "...," NAME said. or
        "...," said NAME. when the parser hung the name or the verb inside the quote.

        Only when all that follows the quote is one cue verb and one noun phrase; the
        phrase's word that the parser attached outside it is its head.
        """
        if self.text[quote.start : quote.end].rstrip('"”’»“ ')[-1:] not in {",", "!", "?"}:
            return None  # "...," X said: the comma hands the quote over to its cue
        doc = self.docs[sentence.index]
        tail = [
            t
            for t in doc
            if sentence.start + t.idx >= quote.end
            and not (t.is_punct or t.is_space)
            and self._outside_quotes(sentence, t)  # not the words of a quote after the cue
        ]
        verbs = [t for t in tail if t.pos_ in {"VERB", "AUX"}]
        if len(verbs) != 1 or not self._is_cue_verb(verbs[0]):
            return None
        verb = verbs[0]
        phrase = [t for t in tail if t.i < verb.i] or [t for t in tail if t.i > verb.i]
        inside = {t.i for t in phrase}
        heads = [t for t in phrase if t.head.i not in inside and t.pos_ in {"NOUN", "PROPN"}]
        if len(heads) != 1:
            return None
        resolved = self.registry.resolve(heads[0], speaking=True)
        if resolved is None:
            return None
        return resolved.key, self._span(sentence, resolved), self._token_span(sentence, verb)

    def _subject_of(self, sentence: Sentence, verb) -> tuple | None:  # noqa: ANN001  (Token)
        """(holder key, mention, cue) for the first subject of `verb` that names a holder."""
        for subject in self._subjects(verb):
            if not self._outside_quotes(sentence, subject):
                continue  # the parser hung a word of the quote on the cue: not the speaker
            resolved = self._resolve_subject(verb, subject)
            if resolved:
                return (
                    resolved.key,
                    self._span(sentence, resolved),
                    self._token_span(sentence, verb),
                )
        return None

    def _colon_verb(self, sentence: Sentence, quote: Quote) -> tuple | None:
        """ "X laughed: '...'": any verb right before a colon that opens the quote."""
        doc = self.docs[sentence.index]
        before = [t for t in doc if sentence.start + t.idx < quote.start and not t.is_space]
        if not before or before[-1].text != ":":
            return None
        verb = before[-1].head
        if verb.pos_ not in {"VERB", "AUX"} or not self._outside_quotes(sentence, verb):
            return None
        return self._subject_of(sentence, verb)
