"""Plain data records passed between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A piece of the article with character offsets into the text as read."""

    text: str
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class Quote:
    """A stretch of quoted text; `speech` is False for short scare quotes.

    `closed` is False for a quote its paragraph's end closed, not a closing mark.
    """

    start: int
    end: int
    speech: bool
    closed: bool = True


@dataclass
class Attribution:
    """One holder of a view in one sentence, and how that was found."""

    sentence: int
    holder: str
    mention: Span | None
    cue: Span | None
    kind: str
    mention_type: str
    rule: str
    stance: dict[str, dict] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "holder": self.holder,
            "mention": self.mention.as_dict() if self.mention else None,
            "cue": self.cue.as_dict() if self.cue else None,
            "kind": self.kind,
            "mention_type": self.mention_type,
            "rule": self.rule,
            "stance": self.stance,
        }


@dataclass
class HolderView:
    """The aggregated stance of one holder on every target."""

    name: str
    mentions: list[str]
    stance: dict[str, dict]

    def as_dict(self) -> dict:
        return {"name": self.name, "mentions": self.mentions, "stance": self.stance}


@dataclass
class ArticleResult:
    article: str
    targets: list[str]
    model: dict
    sentences: list[Sentence]
    attributions: list[Attribution]
    holders: list[HolderView]

    def as_dict(self) -> dict:
        by_sentence: dict[int, list[dict]] = {}
        for attribution in self.attributions:
            by_sentence.setdefault(attribution.sentence, []).append(attribution.as_dict())
        return {
            "article": self.article,
            "targets": self.targets,
            "model": self.model,
            "sentences": [
                {
                    "index": s.index,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "attributions": by_sentence.get(s.index, []),
                }
                for s in self.sentences
            ],
            "holders": [h.as_dict() for h in self.holders],
        }
