"""Presentation for the app: answers, citations and sources as safe markup.

Pure functions, text in and escaped markup out: everything from the corpus or the user is
escaped; the only markup is pactrag's own (citation links, the source panel, <mark>).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from . import messages as M
from .records import Answer

_MARKER = re.compile(r"\[(\d+)\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+|~!$])")


def escape_md(text: str) -> str:
    """Text shown literally inside chat markdown: no HTML, no markdown, no LaTeX."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def cite_link(turn: int, n: int, title: str = "") -> str:
    return f'<a href="#bron-{turn}-{n}" class="pactrag-cite" title="{html.escape(title)}">[{n}]</a>'


def render_text(text: str, turn: int | None = None, citations: dict[int, str] | None = None) -> str:
    """Answer text (the library's lines, '- ' bullets, [n] markers) as safe chat markdown.
    Markers become citation links only for a finished answer (``turn`` given)."""
    lines = []
    for line in text.split("\n"):
        # a point's nested item ("  - ", an item of the list its announcing sentence opens) stays a
        # nested markdown item under it, as the CLI and the JSON show it
        nested = line.startswith(M.SUB_ITEM)
        bullet = nested or line.startswith("- ")
        body = line[len(M.SUB_ITEM) :] if nested else line[2:] if bullet else line
        pieces = _MARKER.split(body)  # text, n, text, n, ...
        out = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                out.append(escape_md(piece))
            elif turn is not None and citations is not None and int(piece) in citations:
                out.append(cite_link(turn, int(piece), citations[int(piece)]))
            else:
                out.append(escape_md(f"[{piece}]"))
        rendered = "".join(out)
        if not bullet and line.rstrip().endswith(":") and rendered.strip():
            rendered = f"**{rendered.rstrip()}**"  # a lead or a heading of a part: bold
        lines.append((M.SUB_ITEM if nested else "- " if bullet else "") + rendered)
    return "\n".join(lines)


def render_answer(answer: Answer, turn: int, filters_note: str = "", read_as: str = "") -> str:
    labels = {c.n: c.label for c in answer.citations}
    parts = [render_text(answer.answer, turn, labels)]
    if read_as:
        parts.insert(0, f'<div class="pactrag-notice pactrag-read-as">{html.escape(read_as)}</div>')
    if answer.notice:
        parts.append(f'<div class="pactrag-notice">⚠️ {html.escape(answer.notice)}</div>')
    if filters_note:
        parts.append(f'<div class="pactrag-notice">{html.escape(filters_note)}</div>')
    if answer.citations:
        sections: dict[tuple[str, str], list] = {}  # one entry per section, all its numbers
        for c in answer.citations:
            sections.setdefault((c.report_id, c.section_id), []).append(c)
        items = "".join(
            "<li>"
            + " ".join(cite_link(turn, c.n, c.label) for c in group)
            + f" {html.escape(group[0].label)}"
            + (f" · {html.escape(M.APP_PAGE.format(page=group[0].page))}" if group[0].page else "")
            + "</li>"
            for group in sections.values()
        )
        parts.append(f'<div class="pactrag-sources"><strong>{M.APP_SOURCES}</strong><ul>{items}</ul></div>')
    return "\n\n".join(parts)


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``, tolerating differences in whitespace and bullets."""
    quote = quote.strip().lstrip("•").strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"[\s•]*".join(re.escape(word) for word in quote.split())
    m = re.search(pattern, text)
    return m.span() if m else None


def render_source(
    breadcrumb: str,
    text: str,
    span: tuple[int, int] | None,
    heading: str = "",
    page: int | None = None,
    quote: str = "",
    spans: Sequence[tuple[int, int]] = (),
) -> str:
    """A section's text, escaped, with ``text[span]`` and every ``text[spans[i]]`` marked;
    paragraphs kept."""
    marks = sorted(([span] if span else []) + list(spans))
    meta = " · ".join(x for x in (heading, M.APP_PAGE.format(page=page) if page else "") if x)
    out = [
        f'<div class="pactrag-source"><div class="head"><div class="crumb">{html.escape(breadcrumb)}</div>'
    ]
    if meta:
        out.append(f'<div class="meta">{html.escape(meta)}</div>')
    out.append("</div>")
    if not marks and quote:
        out.append(
            f'<p class="hint">{html.escape(M.APP_QUOTE_NOT_FOUND)}</p>'
            f"<p><mark>{html.escape(quote)}</mark></p>"
        )
    pos = 0
    for para in text.split("\n\n"):
        a, b = pos, pos + len(para)
        pos = b + 2
        body, at = [], 0
        for s, e in marks:
            s, e = max(s, a, a + at) - a, min(e, b) - a
            if s >= e:
                continue
            body.append(_lines(para[at:s]) + "<mark>" + _lines(para[s:e]) + "</mark>")
            at = e
        body.append(_lines(para[at:]))
        out.append(f"<p>{''.join(body)}</p>")
    out.append("</div>")
    return "".join(out)


def _lines(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def empty_source(hint: str = M.APP_SOURCE_EMPTY) -> str:
    return f'<div class="pactrag-source"><p class="hint">{html.escape(hint)}</p></div>'


def clip(text: str, limit: int = 320) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
