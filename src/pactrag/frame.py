"""The answer's own lines in the question's language (session 15, english16).

An answer is composed once, in Dutch: its frame lines (lead, refusal, pointers, part headings, the
"not in the report" lines) are the Dutch templates of ``messages`` and the code around them reads
them as such (``compose`` compares leads, ``answer`` extends them). Where the answer's text is
handed out, ``framed`` says those lines in the question's language: each Dutch template, read back
with its fields, is written with its English twin (``messages.ENGLISH``) and the same fields — the
report's section titles and the asker's own words stay as they were; the quotes, cited lines of the
report, match no template and stay verbatim. Dutch is the identity: a Dutch answer is unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import messages as M

_FIELD = re.compile(r"\{(\w+)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?]) ")


@dataclass(frozen=True)
class _Template:
    dutch: re.Pattern[str]  # the Dutch template, each field a group
    english: str


def _pattern(dutch: str) -> re.Pattern[str]:
    parts = _FIELD.split(dutch)  # literal, field, literal, …
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*?)" for i, p in enumerate(parts)))


@cache
def _templates() -> tuple[tuple[_Template, ...], tuple[tuple[str, str], ...]]:
    """The templates with fields (matched against a whole line) and those without (replaced
    wherever they stand: a refusal line joins two, "Daar vind ik niets … Stel je vraag …"), the
    longest first so that a template holding another is read as itself; a lead that names its
    place first of all, its lead read in turn ("What the report does say about ‘x’ (quoted in
    Dutch), in ‘Goede praktijken …’:", not the place inside the thing)."""
    pairs = [(getattr(M, name), english) for name, english in M.ENGLISH.items()]
    pairs += [(M.MISSING_PART[kind], english) for kind, english in M.ENGLISH_MISSING_PART.items()]
    pairs.sort(key=lambda pair: (not pair[0].startswith("{lead}"), -len(_FIELD.sub("", pair[0]))))
    fields = tuple(_Template(_pattern(nl), en) for nl, en in pairs if _FIELD.search(nl))
    literal = tuple((nl, en) for nl, en in pairs if not _FIELD.search(nl))
    return fields, literal


def _kinds(dutch: str) -> str:
    """Kind names as the Dutch lines join them ("goede praktijken en drempels"), in English; a
    name that is no kind (a subfacet's title) stays the report's."""
    english = {M.KIND_PLURAL[k]: e for k, e in M.ENGLISH_KIND_PLURAL.items()}
    names = dutch.split(" en ")
    if all(n in english for n in names):
        return " and ".join(english[n] for n in names)
    return english.get(dutch, dutch)


def _field(name: str, value: str) -> str | None:
    """A field's value in the English line; None when the line is not the template after all."""
    if name == "lead":  # a lead that names its place: the lead itself is a template
        line = framed_line(value + ":")
        return None if line == value + ":" else line.removesuffix(":")
    if name == "corpus":  # what a refusal calls the corpus: only ever read as this field
        for key, english in M.ENGLISH_CORPUS.items():
            m = _pattern(getattr(M, key)).fullmatch(value)
            if m is not None:
                return english.format(**m.groupdict())
        return None
    if name in ("kinds", "side"):
        return _kinds(value)
    if name == "n":
        words = {w: M.ENGLISH_NUMBER_WORDS[n] for n, w in M.NUMBER_WORDS.items()}
        return words.get(value, value)
    return value


def framed_line(line: str) -> str:
    """One line of a Dutch answer with its template said in English (unchanged when it is none)."""
    fields, literal = _templates()
    english = _fields_line(line, fields)
    if english is not None:
        return english
    # a line of two template sentences, the first with fields ("Daar vind ik niets over in het verslag
    # van …. Het verslag noemt ‘X’ alleen terloops.", ``refusal.wording``): each said in turn
    for boundary in _SENTENCE_END.finditer(line):
        head, tail = line[: boundary.start()], line[boundary.end() :]
        english_head = _fields_line(head, fields)
        if english_head is not None:
            return english_head + " " + framed_line(tail)
    for dutch, english in literal:
        line = line.replace(dutch, english)
    return line


def _fields_line(line: str, fields: tuple[_Template, ...]) -> str | None:
    """The line said in English when it is one template with fields, else None."""
    for template in fields:
        m = template.dutch.fullmatch(line)
        if m is None:
            continue
        values = {name: _field(name, value) for name, value in m.groupdict().items()}
        if all(v is not None for v in values.values()):
            return template.english.format(**values)
    return None


def framed(text: str, language: str) -> str:
    """The answer's text with its own lines in ``language`` ("nl": unchanged, "en": English)."""
    if language != "en":
        return text
    return "\n".join(framed_line(line) for line in text.split("\n"))
