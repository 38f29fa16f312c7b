"""Abstention in code: decide, before answering, whether the reports can answer at all.

Dense similarity alone cannot tell "what does the report say about taxicheques?" from
"what does a taxicheque cost?": both land on the same passage. So besides a calibrated
similarity floor, two checks look at what the question asks for:
- a *name* (a capitalised word past the first, or a year) that the corpus never
  mentions: the question is about something else (Tongeren, the Ronde van Vlaanderen);
- an *answer type* the best passages cannot supply: "hoeveel" needs a number that is not a
  year, "wat kost" needs an amount of money, "hoe laat" a clock time, "wanneer" a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .lexical import tokenize

_NAME = re.compile(r"(?<=[\s(‘'\"“])([A-ZÀ-Ý][\w+’'-]*[\w])")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_QUANTITY = re.compile(r"\b(hoeveel|how (many|much)|aantal)\b", re.I)
_MONEY_Q = re.compile(
    r"\b(wat kost|kosten|kost het|prijs|bedrag|budget\w*|euro|how much does|cost|price)\b", re.I
)
# "hoe laat je …" is "how do you let …", not a question about the time
_TIME_Q = re.compile(
    r"\bhoe laat\b(?!\s+(je|jij|men|we|wij|u|ze|zij|de|het|een)\b)|\bom welk uur\b|"
    r"\bwhat time\b|\bat what hour\b",
    re.I,
)
# "wanneer" alone often means "under which conditions"; only a calendar question counts
_DATE_Q = re.compile(
    r"\b(welke datum|op welke dag|in welk jaar|what date|which year|on which day)\b|"
    r"\b(wanneer|when)\b.*\b(plaats|goedgekeurd|gepubliceerd|georganiseerd|take place|held|approved)\b",
    re.I,
)

_NUMBER = re.compile(
    r"\b\d+([.,]\d+)?\b|\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
    r"twintig|honderd|duizend|miljoen|dozijn)\b",
    re.I,
)
_MONEY = re.compile(r"€|\beuro\b|\bEUR\b|\d+\s*(k|miljoen|mio|duizend)\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}\s*(u|h|uur)\b|\b\d{1,2}[:.]\d{2}\b", re.I)
_DATE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag)\b|\b(1[89]\d\d|20\d\d)\b",
    re.I,
)

# Capitalised words that name nothing (sentence starts after a colon, English function words).
_NOT_NAMES = {
    "I",
    "AI",
    "Is",
    "Wat",
    "Welke",
    "Wie",
    "Hoe",
    "Waar",
    "Waarom",
    "Wanneer",
    "What",
    "Which",
    "Who",
    "How",
    "Where",
    "Why",
    "When",
    "The",
    "And",
    "Dutch",
    "English",
    "Engels",
    "Nederlands",
    "SYSTEEM",
    "SYSTEM",
}


@dataclass(frozen=True)
class Verdict:
    answerable: bool
    reason: str = ""  # "low-similarity", "unknown-name:<x>", "no-number", "no-money", …


def unknown_names(question: str, vocabulary: set[str]) -> list[str]:
    """Capitalised words past a sentence's first word, and years, that the corpus lacks."""
    names = []
    words = []
    for sentence in re.split(r"(?<=[.!?:;])\s+", question):
        words.extend(_NAME.findall(" " + sentence.split(" ", 1)[1]) if " " in sentence.strip() else [])
    for word in words:
        if word in _NOT_NAMES:
            continue
        parts = tokenize(word)
        if parts and not all(p in vocabulary for p in parts if "-" not in p):
            names.append(word)
    for year in _YEAR.findall(question):
        if year not in vocabulary:
            names.append(year)
    return names


OFF_TOPIC_SIMILARITY = 0.85  # below this, a Dutch question sharing no word with the corpus is off topic


def judge(
    question: str,
    best_similarity: float,
    top_sentences: list[str],
    vocabulary: set[str],
    threshold: float,
    dutch: bool = True,
) -> Verdict:
    """``top_sentences``: the passages' sentences closest to the question, best first."""
    letters = [c for c in question if c.isalpha()]
    if letters and sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) / len(letters) < 0.5:
        return Verdict(False, "language")  # not Latin script: the reports are Dutch
    if best_similarity < threshold:
        return Verdict(False, "low-similarity")
    terms = tokenize(question)
    if dutch and terms and not any(t in vocabulary for t in terms) and best_similarity < OFF_TOPIC_SIMILARITY:
        return Verdict(False, "off-topic")
    names = unknown_names(question, vocabulary)
    if names:
        return Verdict(False, "unknown-name:" + ",".join(names))
    evidence = " ".join(top_sentences)
    if _MONEY_Q.search(question) and (
        _QUANTITY.search(question) or re.search(r"\bkost|cost", question, re.I)
    ):
        if not _MONEY.search(evidence):
            return Verdict(False, "no-money")
    elif _QUANTITY.search(question):
        numbers = [m.group(0) for m in _NUMBER.finditer(evidence) if not _YEAR.fullmatch(m.group(0))]
        if not numbers:
            return Verdict(False, "no-number")
    if _TIME_Q.search(question) and not _CLOCK.search(evidence):
        return Verdict(False, "no-time")
    if _DATE_Q.search(question) and not _DATE.search(evidence):
        return Verdict(False, "no-date")
    return Verdict(True)


def supplies_answer_type(question: str, sentence: str) -> bool:
    """The question asks for a number, an amount, a time or a date, and the sentence has one."""
    if _MONEY_Q.search(question) and re.search(r"\bkost|cost|hoeveel|how much", question, re.I):
        return bool(_MONEY.search(sentence))
    if _QUANTITY.search(question):
        return any(not _YEAR.fullmatch(m.group(0)) for m in _NUMBER.finditer(sentence))
    if _TIME_Q.search(question):
        return bool(_CLOCK.search(sentence))
    if _DATE_Q.search(question):
        return bool(_DATE.search(sentence))
    return False


def best_sentences(
    query_vector: np.ndarray, pairs: list[tuple[str, np.ndarray]], n: int
) -> tuple[float, list[str]]:
    if not pairs:
        return 0.0, []
    sims = np.array([float(np.dot(v, query_vector)) for _, v in pairs])
    order = np.argsort(-sims)[:n]
    return float(sims[order[0]]), [pairs[i][0] for i in order]
