"""What users say about answers, and conversations as Markdown: the library side of the app.

Feedback goes to ``<data_dir>/feedback.jsonl``, one JSON object per line. Each record is
appended with a single ``write`` of one complete line while holding an exclusive lock,
then flushed to disk, so concurrent app workers (threads or processes) never interleave
or truncate lines. A later record for the same ``turn_id`` (a comment added after the
vote) supersedes the earlier one; the file itself is never rewritten.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import messages as M
from .config import Settings
from .records import Answer

FEEDBACK_FILE = "feedback.jsonl"
VOTES = ("up", "down")


@dataclass(frozen=True)
class Feedback:
    question: str
    answer: str
    citations: list[dict[str, Any]]
    mode: str
    vote: str  # "up" | "down"
    comment: str = ""
    model: str = ""
    notice: str | None = None
    turn_id: str = ""
    timestamp: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def __post_init__(self) -> None:
        if self.vote not in VOTES:
            raise ValueError(f"vote must be one of {VOTES}, not {self.vote!r}")

    @classmethod
    def on(
        cls,
        answer: Answer,
        vote: str,
        comment: str = "",
        turn_id: str = "",
        max_comment_chars: int = Settings.max_comment_chars,
    ) -> Feedback:
        """A record of a vote (and comment) on ``answer``. A comment over ``max_comment_chars``
        (pass ``Settings.max_comment_chars``) is cut there and ends in a Dutch marker that says
        how much was left out; ``truncated`` then says how many characters."""
        return cls(
            question=answer.question,
            answer=answer.answer,
            citations=[asdict(c) for c in answer.citations],
            mode=answer.mode,
            vote=vote,
            comment=limit_comment(str(comment or "").strip(), max_comment_chars),
            model=answer.model,
            notice=answer.notice,
            turn_id=turn_id,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def truncated(self) -> int:
        """How many characters of the comment were left out (0: none)."""
        match = _TRUNCATED.search(self.comment)
        return int(match.group(1)) if match else 0


_TRUNCATED = re.compile(re.escape(M.FEEDBACK_COMMENT_TRUNCATED).replace(r"\{dropped\}", r"(\d+)") + "$")


def limit_comment(comment: str, limit: int) -> str:
    if limit <= 0 or len(comment) <= limit:
        return comment
    return comment[:limit] + M.FEEDBACK_COMMENT_TRUNCATED.format(dropped=len(comment) - limit)


def feedback_path(data_dir: Path) -> Path:
    return Path(data_dir) / FEEDBACK_FILE


def append_feedback(data_dir: Path, feedback: Feedback) -> Path:
    """Append one record atomically (one write of one line under an exclusive lock, fsync)."""
    path = feedback_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = _json_line(feedback.to_json())
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            written = os.write(fd, line)
            while written < len(line):  # a short write; still ours alone while we hold the lock
                written += os.write(fd, line[written:])
            os.fsync(fd)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
    return path


def _json_line(record: dict[str, Any]) -> bytes:
    """One JSON line in UTF-8. Text with a lone surrogate (a browser can send one) cannot be
    UTF-8: that record is written with ``\\u`` escapes instead, so it is kept exactly."""
    text = json.dumps(record, ensure_ascii=False) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")


def read_feedback(data_dir: Path) -> list[dict[str, Any]]:
    """All records, oldest first (a missing file: none)."""
    path = feedback_path(data_dir)
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# ---------------------------------------------------------------------------------------
# Export


def conversation_markdown(answers: Sequence[Answer], when: datetime | None = None) -> str:
    """The conversation as a Markdown document: each question, its answer and its sources."""
    when = when or datetime.now().astimezone()
    lines = [f"# {M.EXPORT_TITLE}", "", M.EXPORT_EXPORTED.format(when=when.strftime("%d-%m-%Y %H:%M")), ""]
    if not answers:
        lines += [M.EXPORT_EMPTY, ""]
    for number, answer in enumerate(answers, 1):
        lines += [
            f"## {number}. {M.EXPORT_QUESTION}: {_one_line(answer.question)}",
            "",
            f"**{M.EXPORT_ANSWER}**",
            "",
            answer.answer.strip(),
            "",
        ]
        if answer.notice:
            lines += [f"*{M.EXPORT_NOTICE.format(notice=answer.notice)}*", ""]
        mode = M.MODE_LLM.format(model=answer.model) if answer.mode == "llm" else M.MODE_EXTRACTIVE
        lines += [f"*{M.EXPORT_MODE.format(mode=mode)}*", ""]
        if answer.citations:
            lines += [f"**{M.EXPORT_SOURCES}**", ""]
            for c in answer.citations:
                page = f", {M.APP_PAGE.format(page=c.page)}" if c.page else ""
                lines.append(f"- [{c.n}] {c.report_title} › {c.label}{page}")
                lines.append(f"  > {_one_line(c.quote)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())
