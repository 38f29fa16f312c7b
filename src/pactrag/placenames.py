"""Subfacet names learned from the labelled questions (session 12, synth12).

A question that sets a theme in two or three places names those places in whatever words its
writer has: "intermunicipal cooperation", "the area-based approach", "city-countryside",
"samenwerking tussen gemeenten". ``intent.named_subfacets`` knows a place only by most of its
title's Dutch words, so such a question was answered from one place or from the whole report
(cold12 c12q098, c12q104, c12q107; cold11 c11q098, c11q102; cold10 c10q103: one side missing).

Here a phrase (one word or two, as written) names subfacet S when, over the labelled questions
(``examples.labelled``: an eval's own questions held out), nearly every question that holds it has
a gold section in S, in enough questions by enough writers (sets); and it is a name, not a topic
that happens to live in S: each of its content words is one of S's title words or a word the
report never uses (English, an everyday paraphrase), and none is a frame word ("terug", "tafel").
Leave-one-set-out over the cold sets' synthesis questions with sides (``scripts/synth12_lab.py``):
90 subfacets named right, 2 wrong, 180 questions.

``places(question, index)`` only adds to what the title words name, and only when the question
then names two places or more: one learned name alone narrows nothing (a topic that lives in one
subfacet, "young", would otherwise confine a question to it).
"""

from __future__ import annotations

import collections
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .examples import labelled, per_held_out
from .intent import _ACROSS, _COMPARE, PART_FRAME_TERMS, Intent, english_stopwords, named_subfacets
from .lexical import stopwords, tokenize
from .retrieve import subfacet_titles

if TYPE_CHECKING:
    from .index import Index

# Labelled questions a phrase must occur in, and the writers (sets) they come from: a phrase of one
# writer is their idiom, not a name (at 4-8 questions the lab's right/wrong is 98/2 .. 82/2).
MIN_QUESTIONS = 6
MIN_SETS = 3
# Share of those questions with a gold section in the subfacet (0.8 learns "intermunicipal" and
# "close", 0.83-0.88; it also learns "over samenwerking" and "levert": measured, see NOTES).
MIN_SHARE = 0.8

# A word the report never uses names a place only from this length: shorter ones are mostly
# English function words and verbs the stop lists lack ("come" of "come up" read as 2.2)
MIN_NAME_LETTERS = 5

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_SUBFACET = re.compile(r"^(\d+\.\d+)(?:\.|$)")


def phrases(text: str) -> set[str]:
    """The question's words and adjacent word pairs, lower-cased, as written."""
    words = [w.lower() for w in _WORD.findall(text)]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def learned_names(index: Index) -> dict[str, str]:
    """Phrase -> the subfacet id it names (one report's ids; the first report's when several)."""
    return per_held_out(index, "place_names", lambda: _learn(index))


def _learn(index: Index) -> dict[str, str]:
    data = labelled(index)
    if data is None:
        return {}
    titles = subfacet_titles(index)
    title_words = {sid: {w.lower() for w in _WORD.findall(title)} for sid, title in titles.items()}
    report_words = {w.lower() for chunk in index.chunks for w in _WORD.findall(chunk.text)}
    function = stopwords() | english_stopwords()
    seen: dict[str, list[tuple[frozenset[str], str]]] = collections.defaultdict(list)
    framed: collections.Counter[str] = collections.Counter()
    for example in data.examples:
        subs = frozenset(
            m.group(1) for s in example.sections if (m := _SUBFACET.match(s)) and m.group(1) in titles
        )
        writer = example.source.split(":")[0]
        for phrase in phrases(example.question):
            seen[phrase].append((subs, writer))
        # words inside the question's across or comparison frame ("come back", "compare"): how
        # the places are asked about, not which (English "come" read as 2.2 at 0.85)
        for pattern in (_ACROSS, _COMPARE):
            for m in pattern.finditer(example.question):
                framed.update(phrases(m.group(0)))

    def name_like(phrase: str, sid: str) -> bool:
        content = [w for w in phrase.split() if w not in function]
        return bool(content) and all(
            (w in title_words[sid] or (w not in report_words and len(w) >= MIN_NAME_LETTERS))
            and not set(tokenize(w)) & PART_FRAME_TERMS
            for w in content
        )

    names: dict[str, str] = {}
    for phrase, rows in seen.items():
        if len(rows) < MIN_QUESTIONS or len({writer for _, writer in rows}) < MIN_SETS:
            continue
        counts = collections.Counter(s for subs, _ in rows for s in subs)
        if not counts:
            continue
        sid, n = counts.most_common(1)[0]
        if n / len(rows) >= MIN_SHARE and name_like(phrase, sid) and framed[phrase] * 2 < len(rows):
            names[phrase] = sid
    return names


def places(question: str, index: Index) -> tuple[str, ...]:
    """The subfacets the question names by title words, with those it names by learned names when
    it then names two or more; else the title-word reading alone."""
    titles = subfacet_titles(index)
    by_title = named_subfacets(question, titles, index.idf)
    names = learned_names(index)
    learned = {names[p] for p in phrases(question) if p in names}
    found = set(by_title) | learned
    if len(found) < 2 or learned <= set(by_title):
        return by_title
    return tuple(sorted(found, key=lambda sid: tuple(int(p) for p in sid.split(".") if p.isdigit())))


def with_places(intent: Intent, question: str, index: Index) -> Intent:
    """``intent`` with the places its question names by learned names (``places``): a theme set in
    those places side by side, each place's words no part of the theme."""
    found = places(question, index)
    if found == intent.subfacets:
        return intent
    names = learned_names(index)
    name_terms = {t for p in phrases(question) if p in names for t in tokenize(p)}
    return replace(
        intent,
        subfacets=found,
        compare=True,
        topic=tuple(t for t in intent.topic if t not in name_terms),
    )
