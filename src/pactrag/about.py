"""What the report does say about a thing a refused question names (session 14, notfound15).

    about(question, reason, index) -> Composition | None

A question refused for a value the report lacks ("Wat is het telefoonnummer van de dorpsconsulent in
Leest?", "Hoeveel budget krijgt Broodje Burger?") is often about a thing the report does name: a
practice, an organisation, a place, a body. A blind reader of session 13's clean set found the bare
refusal ("Daar vind ik niets over …" and the closest sections) left a civil servant to search the
report anyway. The refusal sentence stays; after it come the report's own sentences that name the
thing, verbatim and cited per section as an answer's points are (``compose._render``).

The thing is read from the question's words alone, as every refusal reads its name: a run of
capitalised words past the first word (``Nederlandse Regiodeals``, ``Water+Land+Schap``, a quoted
‘Iedereen Leest’) or a noun after an article (``de dorpsconsulent``, ``het plattelandslabo``), never
the value asked (``ANSWER_TYPES``' words: "het telefoonnummer", "het budget"). It counts only when
the report names it in 1 to ``MAX_MENTIONS`` sentences outside its list of participants: a word the
whole report uses ("de gemeenten") is no thing of its own, and a name in that list only is what the
passing-name refusal already says.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from . import messages as M
from .abstain import (
    _FOCUS_NOUN,
    _NOT_NAMES,
    _ORIGIN_ADJECTIVE,
    _QUESTION_STEMS,
    ANSWER_TYPES,
    PASSING_MENTIONS,
)
from .abstain import _own_words as own_words
from .abstain import mentions as sentence_mentions
from .compose import (
    _BULLET,
    _QUOTE_PREFIX,
    _REFERS_BACK,
    Composition,
    Group,
    Point,
    _announces,
    _heading_parts,
    _norm,
    _render,
    chunks_of,
    section_points,
)
from .index import Index
from .intent import PART_FRAME_TERMS
from .lexical import fold, tokenize

# a refusal of a value the report lacks about something it may name: a typed gap ("no-money",
# "no-doer", …), a name only mentioned in passing, a kind the labelled out-of-scope questions ask
# (contact details, a budget). Not the refusals whose thing is outside the report (an unknown name,
# another report, a question unrelated to it, low similarity: nothing in the report is close), nor
# those with a reply of their own (language, injection, opinion, a filter).
_ABOUT_PREFIXES = ("no-", "passing-name:")
_ABOUT_REASONS = frozenset({"asked-kind"})

# a thing the report names in more sentences than this is a subject the whole report treats
# ("Vlaanderen", "de gemeenten", "de dorpsraad"): its sentences say nothing of the thing in
# particular. The refusals' own bound for a name mentioned in passing (``abstain.PASSING_MENTIONS``).
MAX_MENTIONS = PASSING_MENTIONS
MAX_POINTS = 3  # a refusal's part: the thing's few sentences, not a section
# a sentence kept beside the best: at least half its score (the rarest thing's mention and the
# question's other words); the rest name the thing in another sense ("Iedereen Leest" beside Leest)
KEEP_SHARE = 0.5

# a run of capitalised words past the question's first word: one name ("Bond Beter Leefmilieu"),
# joined by the particles a name holds ("Ronde van Vlaanderen", "Soep op de Stoep": not Vlaanderen;
# "Vereniging van Vlaamse Steden en Gemeenten": not Gemeenten, cold5 c5q115),
# not by "in", which places a thing ("het Samenproject in Neteland": both named, each a thing)
_CAP = r"[A-ZÀ-Ý][\w+’'-]*\w"
_NAME_RUN = re.compile(
    rf"(?<=[\s(‘'\"“]){_CAP}(?:(?:[ -]+(?:(?:van|op|de|het|der|den|ter|voor|en) )*){_CAP})*"
)
_APPENDIX = "bijlage"  # the list of participating organisations, with merged columns
# what a question says of a common noun to tell which one it means: a complement after it ("de
# instantie voor territoriale ontwikkeling", "het verloop van het vijfde toekomstatelier"), its first
# two words past an article; the adjective before it is read from ``_FOCUS_NOUN``'s own match
_COMPLEMENT = re.compile(
    r"\s+(?:van|voor)\s+(?:(?:de|het|een|deze|dit|die|haar|zijn|hun)\s+)?(\w+(?:\s+\w+)?)", re.I
)
# a sentence that leans on the one before it: a reference back ("Dit initiatief …"), or a contrast
# or a conclusion with it ("Er zijn echter …", "Maar …"): shown with that sentence, or not at all
_OPENS_BACK = re.compile(rf"{_REFERS_BACK.pattern}|^(maar|daarom)\b|^(\S+\s+){{1,3}}(echter|immers)\b", re.I)


@dataclass(frozen=True)
class Thing:
    name: str  # as the question spells it
    where: tuple[int, ...]  # the sentences naming it (positions in ``index.sentence_texts``)


def reads_thing(reason: str) -> bool:
    """The refusal is of a value the report lacks, about something it may name."""
    return reason.startswith(_ABOUT_PREFIXES) or reason in _ABOUT_REASONS


def _masked(question: str) -> str:
    """The question's own words with the value asked blanked out ("het telefoonnummer", "welk bedrag"):
    that noun is what the report lacks, not the thing it is asked of."""
    text = own_words(question)
    for kind in ANSWER_TYPES.values():
        text = kind.asked.sub(_blank, text)
    return text


def _blank(m: re.Match) -> str:
    """An asked phrase blanked; one that spans a clause frames the thing ("Wanneer werd het
    plattelandslabo in Antwerpen opgestart"): its first word only, the thing stays."""
    phrase = m.group(0)
    if len(phrase.split()) <= 3:
        return " " * len(phrase)
    first = re.match(r"\W*\w+", phrase)
    cut = first.end() if first else 0
    return " " * cut + phrase[cut:]


# the endings of a noun's inflections: a plural or a diminutive ("dorpsconsulenten", "babbelcafés",
# "raadje"); a longer tail is another word ("waard": "waardoor", "weer": "weerstand")
_INFLECTION = re.compile(r"(e|en|n|s|'s|es|ën|je|jes|tje|tjes)?")


def _written(word: str, sentence: str) -> bool:
    """The sentence writes the noun, inflected at most (``_INFLECTION``, or the same stem:
    "kinderdorpsraden" for "kinderdorpsraad"): ``Mentions`` matches stems and the heads of
    compounds, so "weekend" (stem "week") would be mentioned by "week" and "het weer" by
    "weerstand". The stem counts only when it keeps all but the last two letters of the noun, and
    not for the noun with a -t, a verb's present tense ("verloopt" is no mention of "het verloop")."""
    folded = fold(word)
    stems = {t for t in tokenize(word) if len(t) >= len(folded) - 2}
    for w in re.findall(r"[\w']+", fold(sentence).replace("’", "'")):
        if w.startswith(folded) and _INFLECTION.fullmatch(w[len(folded) :]):
            return True
        if w == folded + "t":
            continue  # a verb's present tense ("communicatie verloopt moeizaam"): a noun takes no -t
        if stems and w[:4] == folded[:4] and stems & set(tokenize(w)):
            return True
    return False


def _name_mentions(name: str, index: Index) -> list[int]:
    """The sentences that write the name with its capitals. A name that is also a word the report
    writes in lower case ("Gemeenten", "Bestuur") is no mention where its capital only opens the
    sentence ("Gemeenten moeten tegelijk …"); a name that is no word ("Arktos richt zich …") is."""
    sentences = index.sentence_texts
    found = sentence_mentions(sentences)
    terms = tokenize(name)
    where = found.capitalised(name, found.of(terms)) if terms else []
    if " " in name or name.lower() not in _lower_words(index):
        return where
    return [i for i in where if re.search(rf"(?<=\S)\s+{re.escape(name)}", sentences[i].strip())]


def _lower_words(index: Index) -> frozenset[str]:
    """The words the report writes in lower case (built once per index: a scan of every sentence)."""
    memo = index.__dict__.setdefault("_about_memo", {})
    if "lower" not in memo:
        memo["lower"] = frozenset(
            w for s in index.sentence_texts for w in re.findall(r"\b[^\W\d_A-ZÀ-Ý]\w*", s)
        )
    return memo["lower"]


def named_things(question: str, index: Index, reason: str = "") -> list[Thing]:
    """The things the question names that the report names in 1 to ``MAX_MENTIONS`` sentences
    outside its appendix, in the question's order. A passing-name refusal names its thing ("Het
    verslag noemt ‘X’ alleen terloops."): then that name only, or none (a name in the list of
    participants only: another of the question's words would be off topic)."""
    sentences = index.sentence_texts
    if not sentences:
        return []
    found = sentence_mentions(sentences)
    chunks = index.sentence_chunks
    text = _masked(question)
    # past the question's own first word (capitalised as any sentence opens), not the first left
    # after the value asked is blanked ("Wat kost Arktos?")
    opening = re.match(r"\s*\S+", own_words(question))
    rest = text[opening.end() :] if opening else text
    candidates: list[tuple[str, list[int]]] = []
    qualifiers: dict[str, frozenset[str]] = {}
    if reason.startswith("passing-name:"):
        name = reason.partition(":")[2]
        candidates.append((name, _name_mentions(name, index)))
        rest, text = "", ""
    for m in _NAME_RUN.finditer(" " + rest):
        name = m.group(0)
        if name in _NOT_NAMES or _ORIGIN_ADJECTIVE.fullmatch(name):
            continue
        candidates.append((name, _name_mentions(name, index)))
    named = {t for name, _ in candidates for t in tokenize(name)}
    for m in _FOCUS_NOUN.finditer(text):
        if re.match(r"(welke?|hoeveel)\b", m.group(0), re.I):
            continue  # the noun asked for ("welke dienst", "hoeveel leden"), not the thing asked about
        terms = [
            t
            for t in tokenize(m.group(1))
            if t not in _QUESTION_STEMS and t not in PART_FRAME_TERMS and t not in named
        ]
        # a short word is a prefix of too many ("kar": "karakter"), as ``abstain.named_thing`` reads it;
        # the report writes the noun itself, inflected or compounded after it: stems match more
        # ("weekend" is no mention of "week")
        if terms and min(map(len, terms)) >= 4:
            candidates.append((m.group(1), found.as_words(terms)))
            qualifiers[m.group(1)] = _qualifier(m, text)
    things = []
    for name, where in candidates:
        kept: dict[str, int] = {}  # one position per sentence text: chunks overlap
        for i in where:
            if chunks[i].section_id != _APPENDIX:
                kept.setdefault(_norm(sentences[i]), i)
        # counted in every form the report writes ("initiatieven" for "initiatief": a word it uses
        # throughout), shown where it writes the noun itself (``_written``)
        shown = [i for i in kept.values() if name[:1].isupper() or _written(name, sentences[i])]
        # a common noun the question qualifies is that one only: a sentence shown carries one of
        # the qualifier's words ("een hogere instantie" is no "instantie voor territoriale
        # ontwikkeling"); the word in another sense says nothing of the thing asked
        qualifier = qualifiers.get(name, frozenset())
        if qualifier:
            shown = [i for i in shown if _carries(qualifier, found.terms[i])]
        if len(kept) <= MAX_MENTIONS and shown:
            things.append(Thing(name, tuple(shown)))
    return things


def _qualifier(m: re.Match, text: str) -> frozenset[str]:
    """The words that qualify a noun read by ``_FOCUS_NOUN``: the adjective between its determiner
    and the noun, and a van/voor complement right after it (``_COMPLEMENT``); not a question word
    or a frame term, which any sentence may lack."""
    before = m.group(0)[: m.start(1) - m.start(0)].split()[1:]
    after = _COMPLEMENT.match(text, m.end(1))
    words = " ".join(before + ([after.group(1)] if after else []))
    # an adjective of a place ("het Antwerpse plattelandslabo") is carried by the place's name
    # ("in Antwerpen"): its stem less the -s, marked with a trailing "*" for ``_carries``
    places = {w for w in before if w[:1].isupper() and _ORIGIN_ADJECTIVE.fullmatch(w)}
    return frozenset(
        t for t in tokenize(words) if t not in _QUESTION_STEMS and t not in PART_FRAME_TERMS
    ) | frozenset(t.removesuffix("s") + "*" for w in places for t in tokenize(w))


def _carries(qualifier: frozenset[str], terms: Collection[str]) -> bool:
    """The sentence carries a qualifier's word, or the head of it the report writes on its own:
    "gebiedswerking" is carried by "gebiedsgerichte werking" (a compound's head is its last part,
    of at least 4 letters: "werk" in "biedswerk")."""
    return any(
        q[:-1].startswith(t) and len(t) >= 4 if q.endswith("*") else q == t or (len(t) >= 4 and q.endswith(t))
        for q in qualifier
        for t in terms
    )


def _chosen(question: str, things: list[Thing], index: Index) -> list[int]:
    """The sentences shown, best first: a mention weighs by its thing's rarity (1 / its mentions),
    plus a sentence's share of the question's other words (idf-weighted), up to ``MAX_POINTS`` and
    at least ``KEEP_SHARE`` of the best."""
    sentences = index.sentence_texts
    found = sentence_mentions(sentences)
    idf = index.idf
    named = {t for thing in things for t in tokenize(thing.name)}
    other = {t: idf.get(t, 0.0) for t in tokenize(_masked(question)) if t not in named}
    total = sum(other.values()) or 1.0
    score: dict[int, float] = {}
    for thing in things:
        for i in thing.where:
            score[i] = score.get(i, 0.0) + 1 / len(thing.where)
    for i in score:
        score[i] += 0.5 * sum(w for t, w in other.items() if t in found.terms[i]) / total
    ranked = sorted(score, key=lambda i: (-score[i], i))
    best = score[ranked[0]]
    return [i for i in ranked[:MAX_POINTS] if score[i] >= KEEP_SHARE * best]


def _point_of(sentence: str, points: tuple[Point, ...]) -> Point | None:
    """The section's point that shows ``sentence``: a list's head with its items, or of any other
    point the sentence and the one after it when that one refers back ("Dit initiatief wordt
    ondersteund door Saamo …"). A point may run to a paragraph; the part shows the thing's sentences."""
    want = _norm(sentence)
    for p in points:
        at = next((k for k, s in enumerate(p.sentences) if want in _norm(s) or _norm(s) in want), -1)
        if at < 0:
            continue
        if p.pieces:
            return p
        if _announces(p.sentences[at]):  # a label without its list ("… middelen en regiodeals:")
            return None
        if len(p.sentences) == 1 or p.antecedent:
            return p if not _OPENS_BACK.match(_clean(p.text)) else None
        start = at
        while start > 0 and _OPENS_BACK.match(_clean(p.sentences[start])):
            start -= 1  # "Dit kan ook via de lokale supermarkt": with the sentence it refers to
        if _OPENS_BACK.match(_clean(p.sentences[start])):
            return None
        shown = list(p.sentences[start : at + 1])
        if at + 1 < len(p.sentences) and _REFERS_BACK.match(_clean(p.sentences[at + 1])):
            shown.append(p.sentences[at + 1])
        return replace(p, text=" ".join(_clean(x) for x in shown), sentences=tuple(shown))
    return None


def _clean(sentence: str) -> str:
    """A sentence as a point shows it: no bullet sign, no "Quote:" label (``compose._render``)."""
    return _QUOTE_PREFIX.sub("", _BULLET.sub("", sentence.strip()))


def about(question: str, reason: str, index: Index) -> Composition | None:
    """What the report says about the thing a refused question names, under ``M.ABOUT_LEAD``; None
    for a refusal of another kind, a question naming no such thing, or no sentence to show."""
    if not reads_thing(reason):
        return None
    things = named_things(question, index, reason)
    if not things:
        return None
    chosen = _chosen(question, things, index)
    # every sentence shown names the thing the lead names (the best sentence's first thing):
    # "Klimaatmakers in Olen" shows no sentence about Olen alone
    top = next(t for t in things if chosen[0] in t.where)
    chosen = [i for i in chosen if i in top.where]
    sentences, chunks = index.sentence_texts, index.sentence_chunks
    picked: dict[tuple[str, str], list[Point]] = {}
    for i in sorted(chosen):  # shown in reading order, grouped by section
        chunk = chunks[i]
        point = _point_of(sentences[i], section_points(index, chunk.report_id, chunk.section_id))
        shown = picked.setdefault((chunk.report_id, chunk.section_id), [])
        if point is not None and not any(p.text == point.text for p in shown):
            shown.append(point)
    groups = []
    for (report_id, section_id), points in picked.items():
        section = index.section_by_key.get((report_id, section_id))
        first = chunks_of(index, report_id, section_id)
        if section is not None and first and points:
            groups.append(Group(section, first[0], tuple(sorted(points, key=lambda p: p.position))))
    if not groups:
        return None
    lead = M.ABOUT_LEAD.format(thing=f"‘{top.name}’")
    if len(groups) == 1:  # no heading is shown: the lead names the section, as an answer's does
        head, number = _heading_parts(groups[0].section)
        lead = M.LEAD_PLACE.format(lead=lead.removesuffix(":"), place=head, number=number)
    return _render(lead, groups, [], index)
