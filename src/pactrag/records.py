"""Typed records handed from stage to stage. The chunk metadata schema lives here, once."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1

# Section kinds and how a user names them.
KIND_LABELS: dict[str, str] = {
    "intro": "Inleiding",
    "status": "Status",
    "method": "Methode",
    "overview": "Overzicht",
    "subfacet": "Subfacet",
    "toekomstbeeld": "Toekomstbeeld",
    "aanvullingen": "Aanvullingen",
    "verdieping": "Verdieping",
    "continue": "Goede praktijken",
    "start": "Opschaling",
    "stop": "Drempels",
    "synergie": "Synergiën",
    "appendix": "Bijlage",
}


@dataclass(frozen=True)
class Report:
    report_id: str
    title: str
    date: str = ""  # ISO yyyy-mm-dd when known
    number: int = 0  # workshop number, 0 when unknown
    theme: str = ""
    place: str = ""
    source_file: str = ""

    @property
    def label(self) -> str:
        """'Verslag toekomstatelier 5: Besturen en burgers samen aan zet (16 juni 2025)'."""
        return f"{self.title} ({dutch_date(self.date)})" if self.date else self.title


_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(iso: str) -> str:
    """'2025-06-16' -> '16 juni 2025'; anything else is returned as it is."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and 1 <= int(parts[1]) <= 12:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


@dataclass(frozen=True)
class Section:
    report_id: str
    section_id: str  # "2.3.3.2", "inleiding", "status-van-dit-document", "bijlage"
    title: str  # display casing
    level: int  # 0 for unnumbered parts, else number of dotted parts
    parent_id: str  # "" at the top
    kind: str  # a key of KIND_LABELS
    subfacet_id: str  # "" outside §2.x
    subfacet_title: str
    text: str  # normalised source text: paragraphs joined by "\n\n"
    page: int = 0  # first page (1-based) when the source had pages, else 0
    order: int = 0  # position in the report

    @property
    def number_label(self) -> str:
        return f"§{self.section_id}" if self.section_id[:1].isdigit() else ""

    @property
    def label(self) -> str:
        """'§2.3.3.2 Opschaling (start) — 2.3 Intergemeentelijke …'."""
        head = f"{self.number_label} {self.title}".strip()
        if self.subfacet_id and self.subfacet_id != self.section_id:
            return f"{head} — {self.subfacet_id} {self.subfacet_title}"
        return head


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    text: str  # verbatim slice of the section text
    embed_text: str  # context prefix + text: what the embedder sees
    report_id: str
    report_title: str
    report_date: str
    section_id: str
    section_title: str
    section_path: str  # "Verslag toekomstatelier 5 › 2.3 … › 2.3.3.2 Opschaling (start)"
    subfacet_id: str
    subfacet_title: str
    kind: str
    page: int
    chunk_index: int
    char_start: int
    char_end: int
    # 'title (date)' of the report when the index holds several reports, else "" (set by Index)
    report_label: str = field(default="", compare=False)

    METADATA_FIELDS = (
        "report_id",
        "report_title",
        "report_date",
        "section_id",
        "section_title",
        "section_path",
        "subfacet_id",
        "subfacet_title",
        "kind",
        "page",
        "chunk_index",
        "char_start",
        "char_end",
    )

    def metadata(self) -> dict[str, str | int]:
        """Flat metadata as Chroma accepts it (str/int only, never None)."""
        return {name: getattr(self, name) for name in self.METADATA_FIELDS}

    @classmethod
    def from_store(cls, chunk_id: str, text: str, embed_text: str, metadata: dict) -> Chunk:
        return cls(
            chunk_id=chunk_id,
            text=text,
            embed_text=embed_text,
            **{name: metadata[name] for name in cls.METADATA_FIELDS},
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def label(self) -> str:
        """'§2.3.3.2 Opschaling (start) — 2.3 …', led by the report when there are several."""
        head = (
            f"§{self.section_id} {self.section_title}"
            if self.section_id[:1].isdigit()
            else self.section_title
        )
        if self.subfacet_id and self.subfacet_id != self.section_id:
            head = f"{head} — {self.subfacet_id} {self.subfacet_title}"
        return f"{self.report_label} › {head}" if self.report_label else head


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # fused score, higher is better
    rank: int
    bm25_rank: int = 0  # 0: not found by that retriever
    dense_rank: int = 0

    def to_source(self) -> dict[str, Any]:
        c = self.chunk
        return {
            "chunk_id": c.chunk_id,
            "report_id": c.report_id,
            "section_id": c.section_id,
            "section_title": c.section_title,
            "subfacet_id": c.subfacet_id,
            "kind": c.kind,
            "score": round(self.score, 6),
            "label": c.label,
        }


@dataclass(frozen=True)
class Citation:
    n: int
    report_id: str
    report_title: str
    section_id: str
    section_title: str
    subfacet_id: str
    subfacet_title: str
    kind: str
    page: int | None
    chunk_id: str
    quote: str
    label: str  # short enough for a memo: "§2.2.3.1 Goede praktijken — Sterke en nabije besturen"
    supported: bool = True
    quotes: tuple[str, ...] = ()  # every quoted sentence of this section in the answer
    breadcrumb: str = ""  # the full path: report › subfacet › section

    @classmethod
    def from_chunk(
        cls,
        n: int,
        chunk: Chunk,
        quote: str,
        supported: bool = True,
        quotes: tuple[str, ...] = (),
        label: str = "",
    ) -> Citation:
        return cls(
            n=n,
            report_id=chunk.report_id,
            report_title=chunk.report_title,
            section_id=chunk.section_id,
            section_title=chunk.section_title,
            subfacet_id=chunk.subfacet_id,
            subfacet_title=chunk.subfacet_title,
            kind=chunk.kind,
            page=chunk.page or None,
            chunk_id=chunk.chunk_id,
            quote=quote,
            label=label or chunk.label,
            supported=supported,
            quotes=quotes or (quote,),
            breadcrumb=chunk.section_path,
        )


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    citations: tuple[Citation, ...]
    sources: tuple[Hit, ...]
    abstained: bool
    mode: str  # "extractive" | "llm"
    notice: str | None = None
    standalone_question: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict)
    model: str = ""
    abstain_reason: str = ""  # why the answer abstained ("low-similarity", "unknown-name:…")
    language: str = "nl"  # the language of the answer's own lines (``cite.language_of``): "nl" or "en"
    # an extractive answer's calibrated chance that its first section is right and shows a required
    # fact (``hedge.confidence``), and the signals it was read from; None for refusals and LLM answers
    confidence: float | None = None
    confidence_signals: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "standalone_question": self.standalone_question or self.question,
            "answer": self.answer,
            "citations": [{**asdict(c), "quotes": list(c.quotes)} for c in self.citations],
            "sources": [h.to_source() for h in self.sources],
            "abstained": self.abstained,
            "abstain_reason": self.abstain_reason,
            "language": self.language,
            "mode": self.mode,
            "model": self.model,
            "notice": self.notice,
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "confidence": None if self.confidence is None else round(self.confidence, 3),
            "confidence_signals": {k: round(v, 4) for k, v in self.confidence_signals.items()},
        }
