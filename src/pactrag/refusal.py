"""A refusal's wording and its pointers, fitted to the corpus and the question (session 15, refuse16).

    wording(index) -> Wording            the refusal sentences for this corpus (one report or several)
    pointed(question, index) -> set      the sections a refusal may point to

A blind reader of cold15 named two kinds of boilerplate in refusals: "in de verslagen" (plural) where the
corpus holds one report, and "Misschien helpen deze delen …" followed by the closest sections whatever
they hold (§2.5.2 for the satisfaction with the workshop, §2.3.3.2 for its duration). The wording is read
once from the index's reports, not from a count written in the code. A pointer is shown only where its
section holds the question's most specific topic word the report has: none rather than unrelated ones.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from . import messages as M
from .about import _NAME_RUN, own_words
from .abstain import _FOCUS_NOUN, _NOT_NAMES, _QUESTION_STEMS
from .index import Index
from .lexical import tokenize

# a word in more than this share of the report's sections is one the whole report uses ("deelnemers",
# "Vlaanderen", "inwoners", "dorp": 6 to 7 of 35): a section holding it says nothing of the question.
# Set by reading the refusals of v1, cold4 and cold5 (dev): 0.25 let "inwoner" and "Vlaanderen" point
# to unrelated sections, 0.10 dropped "dorpsraad" (3 of 35) for a question about dorpsraden.
MAX_SECTION_SHARE = 0.15
# a word shorter than this is no topic of its own when the question's other words are read
# (``_by_other_words``): "kost", "jaar", "wie" carry no subject
MIN_OTHER_WORD = 5


@dataclass(frozen=True)
class Wording:
    nothing: str  # "Daar vind ik niets over in het verslag van toekomstatelier 5 (‘…’)."
    unrelated: str  # the same, plus what the corpus is about (a question unrelated to it)
    ask_in_dutch: str
    opinion: str
    injection: str  # a question that asks the assistant to leave its instructions


def wording(index: Index) -> Wording:
    """The refusal sentences for the reports the index holds (built once per index and corpus)."""
    reports = tuple(index.reports)
    memo = index.__dict__.setdefault("_refusal_memo", {})
    key = ("wording", tuple(r.report_id for r in reports))
    if key not in memo:
        if len(reports) == 1:
            (report,) = reports
            corpus = (
                M.CORPUS_ONE.format(number=report.number, theme=report.theme)
                if report.number and report.theme
                else M.CORPUS_ONE_TITLED.format(title=report.title)
            )
            short, unrelated, dutch = M.CORPUS_SHORT, M.ABSTAIN_UNRELATED_ONE, M.ASK_IN_DUTCH_ONE
            injection = M.INJECTION_REFUSAL_ONE
        else:  # several reports (or none yet: the refusal speaks of the reports to come)
            corpus = short = M.CORPUS_SEVERAL
            unrelated, dutch = M.ABSTAIN_UNRELATED_SEVERAL, M.ASK_IN_DUTCH_SEVERAL
            injection = M.INJECTION_REFUSAL
        nothing = M.NOTHING_IN.format(corpus=corpus)
        memo[key] = Wording(
            nothing,
            f"{nothing} {unrelated}",
            f"{nothing} {dutch}",
            M.ABSTAIN_OPINION.format(corpus=short),
            injection,
        )
    return memo[key]


def _section_terms(index: Index) -> dict[str, frozenset[tuple[str, str]]]:
    """Each stemmed term of the report's text and the sections (report id, section id) that hold it
    (built once per index)."""
    memo = index.__dict__.setdefault("_refusal_memo", {})
    if "terms" not in memo:
        where: dict[str, set[tuple[str, str]]] = {}
        for c in index.chunks:
            for term in tokenize(c.text):
                where.setdefault(term, set()).add((c.report_id, c.section_id))
        memo["terms"] = {t: frozenset(keys) for t, keys in where.items()}
        memo["sections"] = len({(c.report_id, c.section_id) for c in index.chunks})
    return memo["terms"]


def topic_terms(question: str) -> set[str]:
    """The terms of what the question is about, read as ``about.named_things`` reads a thing: its
    capitalised names past the first word and the nouns after a determiner, not the noun asked for
    ("welk bedrag", "hoeveel leden") and no question word. The value asked is not blanked as
    ``about`` blanks it: "Hoeveel kost een taxicheque" would lose its thing with "kost"; a value's
    noun ("het budget") weighs little beside a rarer thing, only the rarest term points
    (``pointed``). Verbs and adverbs ("gedrukt", "jaarlijks") are no topic: a section sharing one
    shares nothing of the subject."""
    text = own_words(question)
    opening = re.match(r"\s*\S+", text)
    rest = text[opening.end() :] if opening else text
    terms: set[str] = set()
    for m in _NAME_RUN.finditer(" " + rest):
        if m.group(0) not in _NOT_NAMES:
            terms.update(tokenize(m.group(0)))
    for m in _FOCUS_NOUN.finditer(text):
        if re.match(r"(welke?|hoeveel)\b", m.group(0), re.I):
            continue  # the noun asked for ("welke dienst", "hoeveel leden"), not the thing asked about
        noun = tokenize(m.group(1))
        words = m.group(0).split()
        if not noun and len(words) > 2:
            # "een taxicheque voor": a noun in -e read as the adjective, a stop word as the noun
            noun = tokenize(words[-2])
        terms.update(noun)
    return terms - _QUESTION_STEMS


def pointed(question: str, index: Index, closest: Collection[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """Which of the ``closest`` sections (report id, section id: the retrieval's, less those the
    refusal's part cites) a refusal of ``question`` may point to: those holding the question's rarest
    topic term that one of them holds, among the terms the report holds in at most
    ``MAX_SECTION_SHARE`` of its sections. The rarest only: "de moderatoren van het atelier in Olen"
    points to where the report speaks of the atelier, not to every section naming Olen. Empty when
    none holds a topic term, or only words the report uses throughout."""
    where = _section_terms(index)
    if not where:
        return frozenset()
    cap = MAX_SECTION_SHARE * index.__dict__["_refusal_memo"]["sections"]
    near = set(closest)
    held: dict[str, set[tuple[str, str]]] = {}
    # a topic term the report holds but none of the closest sections, or one it never uses
    elsewhere = absent = False
    for t in topic_terms(question):
        keys = set().union(*(keys for w, keys in where.items() if _holds(t, w)))
        if 0 < len(keys) <= cap and keys & near:
            held[t] = keys
        elsewhere |= 0 < len(keys) <= cap
        absent |= not keys
    if not held:
        # the thing the question names stands elsewhere in the report, or nowhere: none rather than
        # the closest sections' other words ("Wie zit de VVSG momenteel voor?" pointed by
        # "momenteel"; "… de kinderopvang in plattelandsgemeenten" by "plattelandsgemeenten")
        return (
            frozenset()
            if elsewhere or absent
            else _by_other_words(question, index, where, cap, list(closest))
        )
    fewest = min(map(len, held.values()))
    return frozenset(key for keys in held.values() if len(keys) == fewest for key in keys & near)


# a determiner and the word it introduces, past one adjective in -e ("de lokale besturen")
_DETERMINED = re.compile(
    r"\b(?:de|het|een|deze|dit|die|dat|elke|iedere?|alle|hun|zijn|haar|onze|veel|meerdere)\s+"
    r"(?:([a-zà-ÿ][\w’'-]*e)\s+)?([a-zà-ÿ][\w’'-]*)",
    re.I,
)


def nouns_of(index: Index) -> frozenset[str]:
    """The stems the report uses as nouns: a word it writes after a determiner ("een dorpsraad",
    "de dorpsraden", "de lokale besturen"). A question's other words count only as these
    (``_by_other_words``): a verb the report also uses ("kwamen", "ontbreken") is no topic. Built
    once per index."""
    memo = index.__dict__.setdefault("_refusal_memo", {})
    if "nouns" not in memo:
        found: set[str] = set()
        for c in index.chunks:
            for m in _DETERMINED.finditer(c.text):
                if (
                    not m.group(2).lower().endswith("end")
                ):  # a participle before its noun ("een ontbrekend element")
                    found.update(tokenize(m.group(2)))
        memo["nouns"] = frozenset(found)
    return memo["nouns"]


def _by_other_words(
    question: str,
    index: Index,
    where: dict[str, frozenset[tuple[str, str]]],
    cap: float,
    closest: list[tuple[str, str]],
) -> frozenset[tuple[str, str]]:
    """When no name or determiner's noun of the question is a term the report holds: its
    other words that the report uses as nouns (``nouns_of``: "Zijn dorpsraden …", a plural without
    an article; not a verb). Of the words the report holds in at
    most ``MAX_SECTION_SHARE`` of its sections, the first closest section (in the retrieval's order)
    that holds one decides, and that word's sections among the closest are pointed to (the rarest of
    its words when it holds several). The retrieval's order, not the rarest word over all: a word
    rarer than the subject ("verdienen" in one section) would point away from it. refuse16 lost the
    dorpsraad sections for "van dorpsraden" (refer17; session 15's Next (2))."""
    text = own_words(question)
    asked = {
        t
        for m in _FOCUS_NOUN.finditer(text)
        if re.match(r"(welke?|hoeveel)\b", m.group(0), re.I)
        for t in tokenize(m.group(1))
    }
    nouns = nouns_of(index)
    words = {t for t in tokenize(text) if len(t) >= MIN_OTHER_WORD and t in nouns} - _QUESTION_STEMS - asked
    held: dict[str, set[tuple[str, str]]] = {}
    for t in words:
        keys = set().union(*(keys for w, keys in where.items() if _holds(t, w)))
        if 0 < len(keys) <= cap:
            held[t] = keys
    for key in closest:
        there = [t for t, keys in held.items() if key in keys]
        if there:
            rarest = min(there, key=lambda t: (len(held[t]), t))
            return frozenset(held[rarest] & set(closest))
    return frozenset()


def _holds(term: str, word: str) -> bool:
    """The report's word is the term, or an inflection the stemmer keeps apart ("taxicheques" for
    "een taxicheque": stems "taxicheques" and "taxicheque"): a longer stem by at most two letters,
    of a term of at least 5 ("week" is no "weekend")."""
    return word == term or (len(term) >= 5 and word.startswith(term) and len(word) - len(term) <= 2)
