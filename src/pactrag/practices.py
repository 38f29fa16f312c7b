"""The good practices of the corpus as a table: pure functions over parsed ``Section`` records.

Every "continue" section (§2.x.3.1 "Goede praktijken …") is cut into practices following
the shape the report uses there:

- a label paragraph ending in ':' followed by its description paragraphs (§2.1.3.1);
- a short heading followed by bullets, or a run of bullets whose first one names it (§2.4.3.1);
- a sentence that enumerates initiatives after a colon: one practice per item (§2.3.3.1);
- prose: one practice per sentence; sentences that continue the previous one ("Dit
  initiatief wordt ondersteund door Saamo …") stay with it (§2.2.3.1, §2.5.3.1).

Besides those, a sentence elsewhere in §2.x that presents itself as a good example ("Een
inspirerend voorbeeld hiervan is ‘Broodje Burger’ …") is a practice too; its row names
the section it comes from. Every practice keeps the verbatim passage and its offsets in
the section text, so a UI can link it to its source and highlight it, the places and
organisations it names (``named_places``) and the success factors its own passage gives
(``success_factors``: the report's words on why it works, never a paraphrase).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .chunk import sentence_spans
from .records import KIND_LABELS, Section


@dataclass(frozen=True)
class Practice:
    report_id: str
    section_id: str
    section_title: str
    subfacet_id: str
    subfacet_title: str
    section_kind: str  # "continue", or the kind of the section an explicit example came from
    title: str  # the label, heading, list item or quoted name; "" when the passage is its own name
    quote: str  # verbatim passage of the section text
    start: int  # quote == section.text[start:end]
    end: int
    places: tuple[str, ...]  # places and organisations named in the passage, in order
    page: int = 0
    factors: tuple[str, ...] = ()  # verbatim pieces of the passage saying why it works (``success_factors``)

    @property
    def key(self) -> str:
        return f"{self.report_id}:{self.section_id}:{self.start}"

    @property
    def section_label(self) -> str:
        kind = KIND_LABELS.get(self.section_kind, self.section_kind)
        return f"§{self.section_id} {kind}"

    @property
    def summary(self) -> str:
        """Title and passage on one line: what a table cell shows."""
        text = " ".join(self.quote.split())
        if not self.title:
            return text
        rest = _BULLET.sub("", text)
        rest = rest[len(self.title) :].lstrip(" :•") if rest.startswith(self.title) else text
        return f"{self.title} — {rest}" if rest else self.title


# ---------------------------------------------------------------------------------------
# Extraction

_BULLET = re.compile(r"^[•▪‣●◦-]\s*")
_SUB_BULLET = re.compile(r"\s+o\s+(?=[A-ZÀ-Ý“\"‘'(])")  # "• Bottom-up werking o Je zoekt …"
_SENTENCE_END = re.compile(r"[.!?…]['’”\")]*$")
_INTRO = re.compile(
    r"^(de deelnemers|deelnemers|verschillende (initiatieven|praktijken)|hieronder)\b"
    r"|\bvolgende\b.*\baan\.?$",
    re.I,
)
_CONTINUATION = re.compile(
    r"^(dit|dat|deze|die|zij|ze|hij|hun|hierbij|daarbij|hierdoor|daardoor|dergelijke|zo|vooral|want|maar)\b",
    re.I,
)
_EXAMPLE = re.compile(r"\b(goede?|inspirerende?|mooie?|sterke?) (voorbeeld(en)?|praktijk)\b", re.I)
_ENUMERATION = re.compile(r"^(?P<intro>[^:.!?]{10,200}):\s+(?P<items>.+)$", re.S)
_QUOTED = re.compile(r"[‘“\"']([A-ZÀ-Ý][^’”\"']{2,60})[’”\"']")
_NAMED_PROJECT = re.compile(
    r"\b(?:project|netwerk|programma|initiatief)\s+((?:[A-ZÀ-Ý][\w’'-]*\s?)+(?:[a-zà-ÿ]+)?)"
)


def extract_practices(sections: Iterable[Section]) -> list[Practice]:
    """All practices of the given sections (typically ``Index.sections``), in report order."""
    sections = list(sections)
    lexicon = Lexicon.of(s.text for s in sections)
    rows: list[Practice] = []
    for section in sections:
        if not section.text.strip() or not section.subfacet_id:
            continue
        if section.kind == "continue":
            spans = _continue_spans(section.text)
        elif section.kind in ("start", "stop", "synergie", "aanvullingen", "toekomstbeeld", "verdieping"):
            spans = _example_spans(section.text)
        else:
            continue
        for title, start, end in spans:
            quote = section.text[start:end]
            own_name = _name_in(quote)
            rows.append(
                Practice(
                    report_id=section.report_id,
                    section_id=section.section_id,
                    section_title=section.title,
                    subfacet_id=section.subfacet_id,
                    subfacet_title=section.subfacet_title,
                    section_kind=section.kind,
                    title=title or own_name,
                    quote=quote,
                    start=start,
                    end=end,
                    places=named_places(quote, lexicon, skip=(own_name,) if own_name else ()),
                    page=section.page,
                    factors=success_factors(quote, title or own_name),
                )
            )
    return rows


Span = tuple[str, int, int]  # (title, start, end) in the section text


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n\n"):
        start = pos + len(part) - len(part.lstrip())
        end = pos + len(part.rstrip())
        if end > start:
            spans.append((start, end))
        pos += len(part) + 2
    return spans


def _is_label(par: str) -> bool:
    return par.endswith(":") and len(par) <= 140 and not _SENTENCE_END.search(par[:-1])


def _is_heading(par: str) -> bool:
    return (
        len(par) <= 90 and not _BULLET.match(par) and not _SENTENCE_END.search(par) and not par.endswith(":")
    )


def _continue_spans(text: str) -> list[Span]:
    pars = _paragraphs(text)
    spans: list[Span] = []
    group: list | None = None  # [title, start, end, kind] kind: "label" | "bullets"

    def close() -> None:
        nonlocal group
        if group is not None:
            spans.append((group[0], group[1], group[2]))
        group = None

    first = True  # the section's first sentence is still to come
    for i, (a, b) in enumerate(pars):
        par = text[a:b]
        nxt = text[pars[i + 1][0] : pars[i + 1][1]] if i + 1 < len(pars) else ""
        if _is_label(par):
            close()
            group = [par[:-1].strip(), a, b, "label"]
        elif _BULLET.match(par):
            if group is None:  # bullets without a heading: the first one names them
                group = [_SUB_BULLET.split(_BULLET.sub("", par), 1)[0].strip(), a, b, "bullets"]
            else:
                group[2] = b
        elif _is_heading(par) and _BULLET.match(nxt):
            close()
            group = [par, a, b, "bullets"]
        elif group is not None and group[3] == "label":
            group[2] = b  # description of a label
        else:
            close()
            first = _prose_spans(text, a, b, spans, first)
    close()
    return spans


def _prose_spans(text: str, a: int, b: int, spans: list[Span], first: bool) -> bool:
    """One prose paragraph -> spans (appended); returns ``first`` for the next paragraph."""
    items = _enumeration(text[a:b])
    if items:
        spans.extend((text[a + i : a + j], a + i, a + j) for i, j in items)
        return False
    previous_in_paragraph = False
    for s, e in sentence_spans(text[a:b]):
        s, e = a + s, a + e
        sentence = text[s:e]
        if first and _INTRO.search(sentence):
            first = False
            continue
        first = False
        if previous_in_paragraph and _CONTINUATION.match(sentence):
            title, start, _ = spans[-1]
            spans[-1] = (title, start, e)
            continue
        spans.append(("", s, e))
        previous_in_paragraph = True
    return first


def _enumeration(par: str) -> list[tuple[int, int]]:
    """'… beleidsinitiatieven: A, B “x”, C: (y), D….' -> offsets of A, B “x”, C: (y), D.

    Only a paragraph that is one such sentence, with at least three items."""
    m = _ENUMERATION.match(par)
    if not m or re.search(r"[.!?]\s+[A-ZÀ-Ý]", m.group("items")):
        return []
    start = m.start("items")
    items, depth, begin = [], 0, start
    for i in range(start, len(par)):
        ch = par[i]
        if ch in "(“‘":
            depth += 1
        elif ch in ")”’" and depth:
            depth -= 1
        elif ch == "," and depth == 0:
            items.append((begin, i))
            begin = i + 1
    items.append((begin, len(par)))
    trimmed = []
    for i, j in items:
        piece = par[i:j]
        i += len(piece) - len(piece.lstrip())
        j -= len(piece) - len(piece.rstrip(" .…"))
        if j > i:
            trimmed.append((i, j))
    return trimmed if len(trimmed) >= 3 else []


def _example_spans(text: str) -> list[Span]:
    return [("", s, e) for s, e in sentence_spans(text) if _EXAMPLE.search(text[s:e])]


def _name_in(quote: str) -> str:
    m = _QUOTED.search(quote) or _NAMED_PROJECT.search(quote)
    return m.group(1).strip() if m else ""


# ---------------------------------------------------------------------------------------
# Success factors

# How the report says why a practice works, in general Dutch (not this report's words):
# a clause of cause, effect or purpose ("…, waardoor vragen beter worden opgevolgd",
# "…, zodat alle stemmen meetellen", "want je hebt de capaciteit … nodig") ...
_CONNECTIVE = re.compile(r",?\s+\b(waardoor|zodat|omdat|doordat|dankzij|want)\b", re.I)
# ... or a predicate that values what it does ("zorgt voor gedeeld belang", "geeft een
# meerwaarde", "is cruciaal", "gebeurt het best door", "een krachtig instrument").
_VALUE = re.compile(
    r"\bzorg(t|en)\b(\s+[\w’']+){0,3}?\s+(er)?voor\b|\bsuccesfactor|\bsleutel(rol|factor)?\b|\bmeerwaarde\b"
    r"|\bcruciaal\b|\bessentieel\b|\bvan (groot|groter|cruciaal) belang\b|\bhet best\b|\bwerk(t|en) goed\b"
    r"|\bbasis voor\b|\b(draagt|dragen) bij\b|\bkrachtig|\bdoeltreffend|\btraditie van\b|\bhefboom\b",
    re.I,
)
# Outside the sentence that presents the practice, a verb of effect ("… objectiveert de
# discussies en verbetert de besluitvorming") says what it brings; in that sentence itself
# such a verb only says what the practice does ("Burgers aan zet bevordert …").
_EFFECT = re.compile(r"\b(verbeter|versterk|bevorder|vergroot|vereenvoudig)(t|en)\b", re.I)
# A participant's quote ("Quote: “…”") illustrates the discussion; it states no factor.
_QUOTE_PARAGRAPH = re.compile(r"^Quote\s*:", re.I)
# A short list item that names a way of working: a Dutch action noun ("Bottom-up werking",
# "Regionale aanpak") or a nominalised verb ("Het samenbrengen van … stakeholders"). Under
# a practice's heading those items are the participants' answer to "why does it work".
_WAY_OF_WORKING = re.compile(r"^(het \w+en\b.*|.*(\wing|\baanpak))$", re.I)


def success_factors(quote: str, title: str = "") -> tuple[str, ...]:
    """The pieces of a practice's passage that say why it works, verbatim, in order.

    Only the practice's own words count: the label or heading that names it is not a
    factor. In the sentence that presents the practice a clause of cause or effect is
    taken from its connective on ("…, waardoor vragen beter worden opgevolgd …" ->
    "waardoor vragen …"), and "zorgt voor …" from the verb on, so the factor does not
    repeat the name; a later sentence or list item is taken whole when it holds such a
    clause or a valuing predicate ("Het kiezen van thema’s …, zorgt voor gedeeld
    belang."), and a short list item naming a way of working counts as one. Empty when
    the passage gives no reason (most one-line names in an enumeration)."""
    found: list[str] = []
    pieces = _factor_units(quote, title)
    for naming, unit in pieces:
        unit = _BULLET.sub("", unit).strip()
        if not unit:
            continue
        connective = next((m for m in _CONNECTIVE.finditer(unit) if m.start() > 0), None)
        value = _VALUE.search(unit)
        if naming:
            if connective:
                piece = unit[connective.start(1) :]
            elif value and value.group(1):  # "zorgt (niet alleen) voor …": the practice is the subject
                piece = unit[value.start() :]
            elif value:
                piece = unit
            else:
                continue
        elif (
            connective
            or value
            or _EFFECT.search(unit)
            or (len(unit.split()) <= 6 and "," not in unit and _WAY_OF_WORKING.match(unit))
        ):
            piece = unit
        else:
            continue
        piece = piece.rstrip(" ,;")
        if piece and piece not in found:
            found.append(piece)
    return tuple(found)


def _factor_units(quote: str, title: str) -> list[tuple[bool, str]]:
    """(is the naming sentence, sentence or list item) of a passage, the name left out."""
    units: list[tuple[bool, str]] = []
    naming = True
    for a, b in _paragraphs(quote):
        par = quote[a:b]
        if _QUOTE_PARAGRAPH.match(par):
            continue
        bare = _BULLET.sub("", par).strip()
        if title and bare.rstrip(" :") == title:
            naming = False  # a label or heading: what follows describes the practice
            continue
        if _BULLET.match(par):
            units.append((False, par))
            naming = False
            continue
        for s, e in sentence_spans(par):
            units.append((naming, par[s:e]))
            naming = False
    return units


# ---------------------------------------------------------------------------------------
# Places and organisations

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w’'-]*\w|[A-ZÀ-Ý]")
_ORG_PREFIXES = ("departement", "provincie", "gemeente", "stad", "agentschap")
_NOT_NAMES = {"Quote", "Vlaamse", "Vlaams", "Nederlandse", "Europese", "Belgische", "Federale", "AI"}
_UNIT_START = re.compile(r"(^|[.!?:;•…][\s“‘\"(]*|\n\s*|\(|\s[o-]\s)$")
_COMMON_ENDINGS = ("lijk", "lijke", "ige", "isch", "ische", "heid", "ing", "ingen", "baar", "bare")


@dataclass(frozen=True)
class Lexicon:
    """What the corpus says about its words, to tell names from ordinary words."""

    lower: frozenset[str]  # words that occur in lower case
    folded: frozenset[str]  # every word, lower-cased
    mid_capitals: frozenset[str]  # words that occur capitalised in the middle of a sentence

    @classmethod
    def of(cls, texts: Iterable[str]) -> Lexicon:
        lower, folded, mid = set(), set(), set()
        for text in texts:
            for m in _WORD.finditer(text):
                w = m.group()
                folded.add(w.lower())
                if w[0].islower():
                    lower.add(w)
                elif not _UNIT_START.search(text[max(0, m.start() - 4) : m.start()]):
                    mid.add(w)
        return cls(frozenset(lower), frozenset(folded), frozenset(mid))

    def is_verb_singular(self, word: str) -> bool:
        """'bevordert' when the corpus also has 'bevorderen': a finite verb in the singular."""
        return len(word) > 3 and word.endswith("t") and word[:-1].lower() + "en" in self.folded

    def is_plural_noun(self, word: str) -> bool:
        """'Burgers' when the corpus has 'burger' (and 'Gemeenten' when it has 'gemeente')."""
        low = word.lower()
        singular = low[:-1] if low.endswith(("s", "n")) else ""
        return len(singular) >= 4 and singular in self.lower  # not 'In' ('i'), 'Zijn' ('zij')

    def is_name(self, word: str) -> bool:
        """A capitalised word at the start of a sentence or list item: a name?"""
        low = word.lower().rstrip("’'")
        if (
            low in self.lower
            or low.rstrip("s") in self.lower
            or low.removesuffix("en") in self.lower
            or (low.endswith("’s") and low[:-2] in self.lower)
        ):
            return False
        if len(word) >= 2 and word.replace("’s", "").isupper():
            return True  # VLM, CAW, OCMW’s
        if len(low) < 3 or low.endswith(_COMMON_ENDINGS):
            return False
        if word in self.mid_capitals:
            return True
        compound_of_known = any(low.endswith(w) for w in self.folded if 5 <= len(w) < len(low))
        tail_of_longer = any(w.endswith(low) for w in self.folded if len(w) > len(low))
        return not compound_of_known and not tail_of_longer


# A sentence that opens with a plural noun and a few lower-case words before a verb in the
# singular: the words before the verb are one name ("Burgers aan zet bevordert …": the
# initiative, not citizens, is the subject). Nouns and verbs are told by the corpus itself.
_OPENING_PHRASE = re.compile(r"[A-ZÀ-Ý][\w’'-]*(?:\s[a-zà-ÿ][\w’'-]*){1,4}")


def _titles_by_agreement(text: str, lexicon: Lexicon) -> dict[int, tuple[int, str]]:
    """{start: (end, name)} of the names ``_OPENING_PHRASE`` finds at the start of a unit."""
    titles: dict[int, tuple[int, str]] = {}
    for m in _OPENING_PHRASE.finditer(text):
        if not _UNIT_START.search(text[: m.start()]) or (m.start() > 0 and text[m.start() - 1].isalnum()):
            continue
        words = list(re.finditer(r"\S+", m.group()))
        if not lexicon.is_plural_noun(words[0].group()):
            continue
        verb = next((i for i, w in enumerate(words[1:], 1) if lexicon.is_verb_singular(w.group())), 0)
        if verb:
            end = m.start() + words[verb - 1].end()
            titles[m.start()] = (end, text[m.start() : end])
    return titles


def named_places(text: str, lexicon: Lexicon, skip: Sequence[str] = ()) -> tuple[str, ...]:
    """Capitalised names in ``text`` that name places or organisations.

    A capital in the middle of a sentence marks a name. At the start of a sentence or a
    list item a capital is a name only when the corpus does not use the word as an
    ordinary word (see ``Lexicon.is_name``): 'Arktos richt zich …' names Arktos,
    'Middelen bundelen …' names nothing; or when a plural opening disagrees with its verb
    ('Burgers aan zet bevordert …', see ``_OPENING_PHRASE``). Names inside ``skip`` (the practice's own
    quoted or project name) are left out.
    """
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    quoted += [(m.start(), m.end()) for name in skip if name for m in re.finditer(re.escape(name), text)]
    found: list[str] = []
    tokens = list(_CAPITALISED.finditer(text))
    titles = _titles_by_agreement(text, lexicon)
    i = 0
    while i < len(tokens):
        m = tokens[i]
        if m.start() in titles:
            end, title = titles[m.start()]
            if title not in found:
                found.append(title)
            while i < len(tokens) and tokens[i].start() < end:
                i += 1
            continue
        if any(a <= m.start() < b for a, b in quoted) or (m.start() > 0 and text[m.start() - 1].isalnum()):
            i += 1
            continue
        words, end, j = [m.group()], m.end(), i + 1
        while j < len(tokens):  # "Bond Beter Leefmilieu", "Vereniging van Vlaamse Polders en Wateringen"
            gap = text[end : tokens[j].start()]
            if gap == " ":
                words.append(tokens[j].group())
            elif gap == " van " or (gap == " en " and any(w.startswith("van ") for w in words)):
                words.append(gap.strip() + " " + tokens[j].group())
            else:
                break
            end, j = tokens[j].end(), j + 1
        if _UNIT_START.search(text[: m.start()]) and not lexicon.is_name(words[0]):
            words = words[1:]  # "In Mollenkoeij", "Programma’s Open Ruimte Platform"
            if words:
                words[0] = words[0].split(" ", 1)[-1]
        name = re.sub(r"’s$", "", " ".join(words).rstrip("-’' "))
        if name and name not in _NOT_NAMES and len(name) > 1:
            before = text[: m.start()].rstrip().rsplit(" ", 1)[-1]
            if before.lower() in _ORG_PREFIXES and len(words) == len(name.split()):
                name = f"{before.lower()} {name}"
            if name not in found:
                found.append(name)
        i = j
    return tuple(found)


# ---------------------------------------------------------------------------------------
# Browsing


def filter_practices(
    practices: Iterable[Practice], query: str = "", subfacet_id: str = "", report_id: str = ""
) -> list[Practice]:
    """Practices of one subfacet and one report ('' or 'alle': all) that match every word of
    ``query``: case and accents ignored, and Dutch-stemmed, so "dorpsraad" also finds
    "dorpsraden" (and a part of a word or compound still matches, as in "talentenbank")."""
    from .lexical import fold  # as ``_stems``: the tokenizer is loaded when a search runs

    words = fold(query).split()
    stems = [_stems(w) for w in words]
    subfacet_id = "" if subfacet_id in ("", "alle") else subfacet_id
    report_id = "" if report_id in ("", "alle") else report_id
    kept = []
    for p in practices:
        if subfacet_id and p.subfacet_id != subfacet_id:
            continue
        if report_id and p.report_id != report_id:
            continue
        haystack = fold(
            " ".join((p.title, p.quote, " ".join(p.places), p.section_id, p.subfacet_title, p.section_label))
        )
        hay_stems = " ".join(_stems(haystack))
        if all(
            w in haystack or (s and all(x in hay_stems for x in s)) for w, s in zip(words, stems, strict=True)
        ):
            kept.append(p)
    return kept


def _stems(text: str) -> list[str]:
    from .lexical import tokenize

    return tokenize(text)


def place_coverage(practices: Sequence[Practice]) -> tuple[int, int]:
    """How many practices name a place or organisation, of how many."""
    return sum(1 for p in practices if p.places), len(practices)


def factor_coverage(practices: Sequence[Practice]) -> tuple[int, int]:
    """How many practices come with a success factor from the report, of how many."""
    return sum(1 for p in practices if p.factors), len(practices)


FACTOR_SEPARATOR = " • "


TABLE_COLUMNS = (
    "praktijk",
    "plaats_of_organisatie",
    "succesfactoren",
    "subfacet",
    "verslag",
    "sectie",
    "pagina",
    "passage",
)


def practice_records(practices: Iterable[Practice], report_titles: dict[str, str]) -> list[dict[str, object]]:
    """One flat row per practice for a spreadsheet, with where it comes from."""
    return [
        {
            "praktijk": p.title or p.summary[:120],
            "plaats_of_organisatie": ", ".join(p.places),
            "succesfactoren": FACTOR_SEPARATOR.join(p.factors),
            "subfacet": f"{p.subfacet_id} {p.subfacet_title}",
            "verslag": report_titles.get(p.report_id, p.report_id),
            "sectie": f"{p.section_label} {p.section_title}".strip(),
            "pagina": p.page or "",
            "passage": " ".join(p.quote.split()),
        }
        for p in practices
    ]


def write_csv(rows: Sequence[dict[str, object]], path: Path) -> Path:
    """A CSV that Excel opens with the accents intact (UTF-8 with BOM, ';' as in Belgian Excel)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=TABLE_COLUMNS, delimiter=";")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return path


def write_xlsx(rows: Sequence[dict[str, object]], path: Path, sheet: str = "Goede praktijken") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    ws.append(list(TABLE_COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_cell(row[c]) for c in TABLE_COLUMNS])
    for column, width in zip("ABCDEFGH", (50, 28, 60, 36, 40, 34, 8, 90), strict=True):
        ws.column_dimensions[column].width = width
    for row_cells in ws.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    book.save(path)
    return path


def _cell(value: object) -> object:
    """Spreadsheet-safe: a text starting with = + - @ is not run as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
