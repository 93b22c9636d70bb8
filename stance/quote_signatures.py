"""Dash signatures: "..." - Name, title. Part of the quote pass in `stance.quote_speakers`.

A dash signature split off as a sentence of its own ("...”" then "- Name, title.") is a
direct attribution of that sentence, where its mention and cue are; the quote's
sentences continue it. Only a signature counts: a name with no verb before its first
comma, so a bullet after a quote ("- Name launched ...") signs nothing. A title before the
name ("- Sgt. X") is not the name.
"""

from __future__ import annotations

import re

from stance.holders import Resolution
from stance.names import misread_name
from stance.types import Quote, Sentence, Span

_DASH_SOURCE = re.compile(r"^\s*[-–—]\s*(?=[A-Z])")


class QuoteSignatures:
    """Mixin of `QuoteSpeakers`: uses the article attributor's sentences, docs, registry."""

    def _signature_after(self, sentence: Sentence, quote: Quote) -> tuple | None:
        """A quote that ends its sentence, signed by the next one: "...”" + "- Name."."""
        following = self.sentences[sentence.index + 1 : sentence.index + 2]
        if not following or self.text[quote.end : following[0].start].strip():
            return None
        return self._dash_source(following[0], quote)

    def _dash_source(self, sentence: Sentence, quote: Quote) -> tuple | None:
        """(holder key, mention, cue) of a dash signature after the quote in `sentence`."""
        tail = self.text[quote.end : sentence.end]
        if not _DASH_SOURCE.match(tail):
            return None
        doc = self.docs[sentence.index]
        offset = quote.end - sentence.start
        signature = [t for t in doc if t.idx >= offset and self._outside_quotes(sentence, t)]
        comma = next((i for i, t in enumerate(signature) if t.text == ","), len(signature))
        name_part = signature[:comma]  # "- Name" or "- Title Name", before any ", who ..."
        if any(t.pos_ in {"VERB", "AUX"} for t in name_part):
            return None  # a sentence about someone, not a signature
        words = [t for t in name_part if not t.is_punct and not t.is_space]
        for token in words:
            if token.lower_.rstrip(".") in self.registry.titles:
                continue  # "- Cpl. X": the title is no name
            head_word = token.pos_ == "PROPN" or misread_name(token)
            if head_word and token.dep_ not in {"compound", "flat"}:
                resolved = self.registry.resolve(token)
                if resolved:
                    # the mention is the name and its title, not the dash or what follows
                    start = max(resolved.start, words[0].idx)
                    end = min(resolved.end, words[-1].idx + len(words[-1].text))
                    dash = tail.lstrip()[0]
                    cue_start = self.text.index(dash, quote.end)
                    return (
                        resolved.key,
                        self._span(sentence, Resolution(resolved.key, start, end, "name")),
                        Span(dash, cue_start, cue_start + 1),
                    )
        return None
