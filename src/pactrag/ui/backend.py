"""What every tab shares: the library behind the UI (opened lazily, reopened after an
ingest), the filter choices read from the index, and small input helpers."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from .. import fitted
from .. import messages as M
from ..answer import Assistant
from ..config import Secret, Settings
from ..errors import ConfigError, PactragError
from ..practices import Practice, extract_practices
from ..records import KIND_LABELS, dutch_date
from ..retrieve import Filters

ALL = "alle"
FILTER_KINDS = ("continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen")

# UI events are not part of the API; an answer shows its own progress ("Even zoeken …")
PRIVATE: dict[str, Any] = {"api_visibility": "private", "show_progress": "hidden"}


class Backend:
    """The shared assistant; an assistant opened here is reopened after `pactrag ingest`."""

    def __init__(self, settings: Settings, assistant: Assistant | None = None) -> None:
        self.settings = settings
        self._assistant = assistant
        self._own = assistant is None
        self._practices: list[Practice] | None = None
        self._lock = threading.Lock()

    def assistant(self) -> Assistant:
        """The shared assistant; raises the library's Dutch error while there is no index."""
        with self._lock:
            if self._assistant is not None and self._own and not self._assistant.index.is_current():
                self._assistant.index.close()  # `pactrag ingest` swapped in a new generation
                self._assistant, self._practices = None, None
            if self._assistant is None:
                self._assistant = Assistant(self.settings)
                fitted.keep_on_disk(self._assistant.index)  # a restart loads them, not fits them
                # the per-index structures, before the first questions need them
                threading.Thread(target=self._assistant.warm, daemon=True).start()
            return self._assistant

    def error(self) -> str | None:
        try:
            self.assistant()
            return None
        except PactragError as exc:
            return str(exc)

    def practices(self) -> list[Practice]:
        if self._practices is None:
            self._practices = extract_practices(self.assistant().index.sections)
        return self._practices


@dataclass(frozen=True)
class Choices:
    """What the index offers to filter on, read when the app is built."""

    error: str | None = None
    subfacets: list[tuple[str, str]] = field(default_factory=list)  # (label, subfacet id)
    reports: list[tuple[str, str]] = field(default_factory=list)  # (label, report id)
    report_names: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, backend: Backend) -> Choices:
        error = backend.error()
        if error is not None:
            return cls(error=error)
        index = backend.assistant().index
        return cls(
            subfacets=[
                (f"{s.subfacet_id} {s.title}", s.subfacet_id) for s in index.sections if s.kind == "subfacet"
            ],
            reports=[(r.label, r.report_id) for r in index.reports],
            report_names=[
                r.title
                + (
                    f" ({', '.join(x for x in (r.place, dutch_date(r.date)) if x)})"
                    if r.place or r.date
                    else ""
                )
                for r in index.reports
            ],
        )

    @property
    def intro(self) -> str:
        if self.error is not None:
            return M.APP_INTRO_NO_INDEX.format(error=self.error)
        return M.APP_INTRO.format(reports="; ".join(self.report_names))

    @property
    def subfacet_choices(self) -> list[tuple[str, str]]:
        return [(M.APP_ALL_SUBFACETS, ALL)] + self.subfacets

    @property
    def kind_choices(self) -> list[tuple[str, str]]:
        return [(M.APP_ALL_KINDS, ALL)] + [(KIND_LABELS[k], k) for k in FILTER_KINDS]

    @property
    def report_choices(self) -> list[tuple[str, str]]:
        return [(M.APP_ALL_REPORTS, ALL)] + self.reports


def filters_from(subfacet: str, kind: str, report: str = "") -> Filters:
    return Filters(
        subfacet_id="" if subfacet in ("", ALL, None) else subfacet,
        kind="" if kind in ("", ALL, None) else kind,
        report_id="" if report in ("", ALL, None) else report,
    )


def parse_auth(secret: str) -> tuple[str, str] | None:
    raw = secret.reveal() if isinstance(secret, Secret) else str(secret or "")
    if not raw:
        return None
    user, sep, password = raw.partition(":")
    if not sep or not user or not password:
        raise ConfigError(M.APP_AUTH_INVALID)
    return user, password


def encodable(text: str | None) -> str:
    """``text`` without what UTF-8 cannot carry (a lone surrogate such as "\\ud800" from a
    browser), so it can be shown, stored and exported."""
    return str(text or "").encode("utf-8", "replace").decode("utf-8")
