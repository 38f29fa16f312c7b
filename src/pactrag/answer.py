"""Question (+ history) -> grounded Dutch ``Answer``: the one call behind CLI, app and evals.

Steps: validate -> make the question standalone -> retrieve -> abstain when retrieval is
not confident -> answer extractively (verbatim sentences) or with the LLM, whose
citations are verified; any LLM failure falls back to the extractive answer.
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from . import hedge
from . import messages as M
from .about import about
from .abstain import (
    Verdict,
    acronyms,
    asks_opinion,
    best_sentences,
    doer_clause,
    doer_verb,
    filter_misses,
    judge,
    lexicon,
    listed_sentences,
    missing_part,
    other_facets,
    signals,
    with_leads,
)
from .abstain import mentions as corpus_mentions
from .beside import beside
from .cite import (
    MIN_SUPPORTED_SHARE,
    citations_for,
    is_dutch,
    kept_text,
    language_of,
    leaks_prompt,
    renumber,
    verify,
)
from .compose import (
    PEAKED_SUBFACET_SHARE,
    Composition,
    chunks_of,
    compose,
    compose_kinds,
    kinds_answer,
    section_points,
    section_sources,
)
from .config import Settings
from .errors import LLMError, QuestionError
from .examples import example_model, kind_probabilities, subfacet_probabilities
from .followup import (
    NEW_SUBJECT,
    History,
    asked_kinds,
    asks_one_example,
    elliptical,
    head_kinds,
    is_followup,
    keeps_topic,
    kinds_in_effect,
    leaning_history,
    leans_back,
    link_partner,
    marked_new,
    new_topic_terms,
    own_words,
    points_at,
    rewrite_followup,
    switched_kinds,
    turn_kinds,
)
from .frame import framed
from .index import Index
from .intent import (
    ASKS_NUMBER,
    ITEM_KINDS,
    Intent,
    analyse,
    contains_term,
    named_subfacets,
    subject_terms,
)
from .lexical import tokenize
from .llm import ChatModel, chat_model_from_settings, complete, stream_within
from .naming import subfacet_model
from .neighbours import neighbours
from .pointvotes import warm as warm_point_votes
from .prompts import SYSTEM_PROMPT, render_messages, render_rewrite
from .records import Answer, Chunk, Citation, Hit
from .refusal import pointed, wording
from .retrieve import (
    Filters,
    Reading,
    Retrieval,
    check_filters,
    context_mask,
    named_subfacet_mask,
    read_question,
    retrieve,
    subfacet_titles,
)
from .scope import asks_inside, asks_outside, scope_model
from .turns import turn_kind_model, turn_kind_probabilities

# How many of the previous turn's best passages say where the conversation was (their subfacets).
CONTEXT_HITS = 2
RECENT_TURNS = 256  # questions whose best passages are kept for the next turn's context
# How sure the example prior's kind model must be of another kind than the conversation's before a
# follow-up whose words cue no kind is read as asking it (``Assistant._read_kind``). On the 113+114
# dev follow-up turns (v1, v2 dev, fresh dev, cold4-6, scripts/followup_dev_conversations) that keep
# the subject while a kind is in effect, the top kind reached 0.66-0.87 on the five that asked
# another kind and at most 0.53 on the ones that did not (0.55-0.6 separates them; 0.6 is the
# stricter end). Without a kind in effect the model read an instance question ("Wie ondersteunt dat
# initiatief?") as the status or appendix: those turns are left alone.
READ_KIND_SHARE = 0.6
# How sure the turn kind model must be of another kind than the one the answer before led with,
# when no kind is in effect (the turn before asked none in its words: "Wat zeggen ze over voedsel
# en water?"), before a follow-up whose words cue no kind is read as asking it
# (``Assistant._read_kind``). Such turns are more often about the thing shown ("Wie ondersteunt dat
# initiatief?", read 0.67-0.70 as actions) than turns after a named kind, so the share is higher.
# Leave-one-source-out over the 630 later dev turns of 23 sources (``scripts/followup_lab11.py``,
# ``scripts/followup_read_lab.py``): 0.75 chosen for every source left out, +3 -1 (0.6: +4 -4 in
# sample); mixing in the single-question kind model was never chosen (turn model alone). Session 12
# (recal13, cold12 in the examples and a source, 658 turns, 24 sources): 0.70-0.75 are equal on every
# source but one turn (h6-08.2 "Hoe raak je daar vanaf?", read at 0.744 since cold12 joined: +1 at
# 0.70, the turn that decided the rule in session 11); 0.65 +1 -1, 0.60 +2 -2, 0.80 -3, 0.90 -8.
# Left at 0.75: one in-sample turn is no evidence for a lower share.
SHOWN_READ_SHARE = 0.75
# The conversation's place as a prior for a later turn not read as a follow-up and not marked new
# (``Assistant._place``): the weight of the turn kind model's probability of a chunk's kind, for the
# chunks of the subfacet the turn before led with (fused-score units; KIND_BONUS is 1.5). Leave one
# source out over the 79 such dev turns of 27 sources (``scripts/follow15_place_lab.py``, grid 0-3;
# each source's questions and turns held out of the examples and the turn model): 3.0 chosen for
# every source left out, first sections +5 -0 (all five kind switches; the flat subfacet bonus,
# no kind model: +0); the 41 unmarked independent turns among them 39 right at every weight. 3.0
# is the grid's edge: a larger weight was not measured.
PLACE_WEIGHT = 3.0
# The kinds of a subfacet's discussion at the table (its Verdieping), which a turn read against the
# kind shown may switch to.
DISCUSSION_KINDS = frozenset({"continue", "start", "stop", "synergie"})
# The example model's share of a subfacet that a question naming a word of its title is placed in
# (``Assistant._placed``): out of sample on the 1055 single questions, first and independent turns
# of v1, v2 dev, fresh dev and cold4-8, kind questions with a title word: 0.5 +6 -3, 0.7 +6 -1,
# 0.8 +5 -1, 0.9 +3 -0 (the peaked rule alone); 0.7 is the best share with every set left out in turn.
TITLED_SUBFACET_SHARE = 0.7

_INJECTION = re.compile(
    r"(negeer|vergeet|ignore|disregard|forget)\b.{0,40}\b(instructie|instruction|regel|rule|prompt|opdracht|bronnen|verslagen)"
    r"|systeem\s?prompt|system\s?prompt|je (instructies|prompt)|your (instructions|prompt)"
    r"|(your|je|jouw) (\w+ )?(instructions|instructies|prompt)"
    r"|jailbreak|developer mode|doe alsof je|pretend (you|to be)|configuratie|configuration"
    r"|^\s*(systeem|system)\s*:|vanaf nu (ben|een)|from now on|zonder beperkingen|without (any )?restrictions"
    r"|verzin|fantaseer|make up|invent",
    re.I,
)
_SCRIPT_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|$)", re.I | re.S)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


@dataclass(frozen=True)
class Event:
    """A streamed piece of an answer: ``delta`` text; ``reset`` (drop the streamed draft, the
    verified text follows); then one final ``answer``."""

    kind: str  # "delta" | "reset" | "answer"
    text: str = ""
    answer: Answer | None = None


# what every "not found" line of an ask ends with (the ask quoted before it varies)
_ASK_NOT_FOUND_TAIL = M.ASK_NOT_FOUND.split("{ask}")[-1]


def _extractive_events(
    question: str,
    text: str,
    citations: list[Citation],
    hits: list[Hit],
    notice: str | None,
    standalone: str,
    timings: dict[str, float],
    t0: float,
    abstain_reason: str = "",
    language: str = "nl",
    confidence: tuple[float, dict[str, float]] | None = None,
) -> Iterator[Event]:
    """Stream an extractive answer line by line, then the Answer (an abstention when a reason is
    given: an opinion answered with the participants' views declines what was asked). Its own
    lines are said in the question's ``language`` (``frame.framed``)."""
    text = framed(text, language)
    for line in text.split("\n"):
        yield Event("delta", line + "\n")
    timings["total"] = (time.perf_counter() - t0) * 1000
    answer = Answer(
        question,
        text,
        tuple(citations),
        tuple(hits),
        bool(abstain_reason),
        "extractive",
        notice,
        standalone,
        timings,
        abstain_reason=abstain_reason,
        language=language,
        confidence=None if confidence is None else confidence[0],
        confidence_signals={} if confidence is None else confidence[1],
    )
    yield Event("answer", answer=answer)


_SENTENCE_END = re.compile(r"(?<=[?!.])\s+")
# the closed class of words that ask for a view: the opinion verbs and nouns and the addressee
_VIEW_WORDS = frozenset(
    tokenize(
        "vindt vind vinden raadt raad aanraden advies adviseert adviseer mening denkt denk u jij jou uw ervan"
    )
)


def _subject_only(question: str, idf: dict[str, float]) -> str:
    """The question without its sentences that only ask the assistant's view ("Wat raadt u
    aan?", "What do you advise?", "Wat vindt u?") when another sentence carries the subject:
    composed as an ask of its own, such a sentence drew a part ("Bij uw vraag ‘Wat raadt u
    aan?’:") from whichever section matched its frame words (cold6, session 5)."""
    pieces = [p for p in _SENTENCE_END.split(question.strip()) if p]

    def only_view(sentence: str) -> bool:
        own = [t for t in subject_terms(sentence) if t in idf and t not in _VIEW_WORDS]
        return asks_opinion(sentence) and not own

    kept = [p for p in pieces if not only_view(p)]
    return " ".join(kept) if kept and len(kept) < len(pieces) else question


@dataclass(frozen=True)
class _Shown:
    """What a question asked without context found: its CONTEXT_HITS best passages, and the
    subfacet the example model is peaked on for it (``PEAKED_SUBFACET_SHARE``; None when the
    model is not that sure), kept so that a later turn needs no embedding to read it."""

    chunks: tuple[Chunk, ...]
    peaked: tuple[str, str] | None
    # the model's top subfacet when it gives it at least TITLED_SUBFACET_SHARE (else None)
    likely: tuple[str, str] | None = None


def _shown_by(index: Index, retrieval: Retrieval) -> _Shown:
    chunks = tuple(h.chunk for h in retrieval.hits[:CONTEXT_HITS])
    shares = subfacet_probabilities(index, retrieval.query_vector)
    best = max(shares.items(), key=lambda item: item[1], default=None)
    return _Shown(
        chunks,
        best[0] if best is not None and best[1] >= PEAKED_SUBFACET_SHARE else None,
        best[0] if best is not None and best[1] >= TITLED_SUBFACET_SHARE else None,
    )


class Assistant:
    """Holds the open index and the optional chat model; safe to share between threads."""

    def __init__(
        self,
        settings: Settings | None = None,
        index: Index | None = None,
        chat_model: ChatModel | None = None,
        use_llm: bool = True,
        read_ahead: bool = True,
    ) -> None:
        self.settings = settings or Settings.from_env()
        # the question read on the shared pool beside its embedding (``stream``); False: one after
        # the other, the same answer (tests/test_latency.py compares the two)
        self.read_ahead = read_ahead
        self.index = index or Index(self.settings)
        # (standalone, filters, n) -> its best chunks and the subfacet the example model is peaked
        # on (``_Shown``), see _context and _where
        self._recent: dict[tuple, _Shown] = {}
        self._recent_lock = threading.Lock()
        self.chat_model = (
            chat_model
            if chat_model is not None
            else (chat_model_from_settings(self.settings) if use_llm else None)
        )

    def warm(self) -> None:
        """Build now what the first question that needs it would build: the points of every
        section, the corpus mentions of names, the abstention lexicon, the participant lists,
        the subfacet titles and model, the stems every subfacet uses, the example-question prior, its nearest-question votes for sections and for points and the scope check (all
        fitted on corpus/examples.jsonl). Each is built once per open index and the same whenever it
        is built; left lazy, their 0.1-0.3 s (one report) land on whichever user's question
        touches them first (the slowest answers of ``benchmarks/bench_ask.py``). The app calls
        this in the background when it opens an index; a one-shot ``pactrag ask`` does not."""
        index = self.index
        subfacet_titles(index)
        subfacet_model(index)
        example_model(index)
        turn_kind_model(index)
        neighbours(index)
        warm_point_votes(index)
        scope_model(index)
        lexicon(index.vocabulary)
        corpus_mentions(index.sentence_texts)
        acronyms(index.sentence_texts)
        other_facets(index.sentence_texts, index.reports, [s.title for s in index.sections])
        listed_sentences(index)
        _everywhere(index)
        _subfacet_terms(index)
        for s in index.sections:
            section_points(index, s.report_id, s.section_id)

    @property
    def mode(self) -> str:
        return "llm" if self.chat_model is not None else "extractive"

    def mode_label(self) -> str:
        return M.MODE_LLM.format(model=self.chat_model.name) if self.chat_model else M.MODE_EXTRACTIVE

    # -- public ----------------------------------------------------------------------
    def ask(
        self, question: str, history: History = (), filters: Filters = Filters(), k: int | None = None
    ) -> Answer:
        final = None
        for event in self.stream(question, history, filters, k):
            if event.kind == "answer":
                final = event.answer
        assert final is not None
        return final

    def stream(
        self, question: str, history: History = (), filters: Filters = Filters(), k: int | None = None
    ) -> Iterator[Event]:
        t0 = time.perf_counter()
        llm_deadline = time.monotonic() + self.settings.llm_budget_s  # every LLM call of this question
        question = clean_question(question, self.settings.max_question_chars)
        history = [(repair_text(q), repair_text(a)) for q, a in history]
        timings: dict[str, float] = {}
        # the language of the answer's own lines, read from the asker's words (not the rewritten
        # standalone question, which the LLM rewrite puts in Dutch) and the turns before them
        language = language_of(question, [q for q, _ in history])
        injection = bool(_INJECTION.search(question))
        query = strip_injection(question) if injection else question
        t_rewrite = time.perf_counter()
        # after an aside, a turn that goes back leans on the turns before it (``leaning_history``)
        leaned = leaning_history(query, history)
        here = self._here(query, leaned, filters)
        shown = self._about_shown(query, leaned, filters, here)
        read = () if shown else self._read_kind(query, leaned, filters, here)
        read = read or (() if shown else self._remedy_for_shown(query, leaned, filters, here))
        standalone = self._standalone(
            query,
            history,
            llm_deadline,
            leaned,
            self._keeps_kind(query, leaned, filters, here),
            not self._moves_to_named(query, leaned, filters),
            here,
            shown,
            read,
        )
        standalone = self._without_place_left(standalone, query, leaned, filters)
        timings["rewrite"] = (time.perf_counter() - t_rewrite) * 1000
        context = self._context(query, leaned, filters, here)
        # what needs no query vector (the question's words read for retrieval and for the composed
        # answer) runs on the shared pool while this thread embeds (beside.py): the wait is
        # max(embedding, reading) instead of their sum
        check_filters(self.index, filters)  # an unknown report is said before anything is embedded
        reading, intent, t_embed = None, None, time.perf_counter()
        ahead = beside(self._read_ahead, standalone) if self.read_ahead else None
        vector = self.index.embedder.embed_query(standalone)  # what the embedder raises, raised here
        waited = (time.perf_counter() - t_embed) * 1000
        if ahead is not None:
            reading, intent = ahead.result()
        retrieval = retrieve(
            self.index, standalone, k, filters, context=context, query_vector=vector, reading=reading
        )
        prior = self._place(query, leaned, filters, vector) if context is None else None
        if prior is not None:
            # the conversation's place decides only which passage comes first (``_place``): when
            # it leaves the first passage where it was, the turn is answered exactly as if alone
            # (an unmarked independent turn kept its answer; the lower hits had moved, and with
            # them the composed answer: cold5 c5c10.3, cold9 c9c11.3). One retrieval more, same
            # query vector, for such turns only.
            placed = retrieve(
                self.index, standalone, k, filters, query_vector=vector, reading=reading, place=prior
            )
            moved = (
                placed.hits
                and retrieval.hits
                and placed.hits[0].chunk.section_id != retrieval.hits[0].chunk.section_id
            )
            retrieval, prior = (placed, prior) if moved else (retrieval, None)
        spent = (time.perf_counter() - t_embed) * 1000  # embedding, reading beside it, retrieval
        if context is None and prior is None and len(retrieval.hits) >= CONTEXT_HITS:
            # the plain hits a next turn's context would retrieve again: keep them
            self._remember(standalone, filters, _shown_by(self.index, retrieval))
        switch = (
            self._switch(query, leaned, filters, here, read) if context is not None and not shown else None
        )
        composed = None
        if switch is not None:
            topic = self._aspect(query, leaned)
            composed = compose_kinds(standalone, switch[0], switch[1], retrieval, self.index, topic)
            if composed is None and read and switch[0] == read and not kinds_in_effect(leaned):
                # a kind read from the turn's meaning against the kind shown (``_read_kind``, no
                # kind named before) whose words for the thing asked are not the section's ("Hoe
                # raak je daar vanaf?": "vanaf"; "regie" for "regisseur"): that kind's section of
                # the subfacet still answers it. Left to retrieval, the kind's label carried into
                # the question led to another subfacet's section of it (holdout6 h6-08.2), and the
                # next turn followed it there. Not after a named kind: there retrieval left a
                # first turn's wrong subfacet for the right one (holdout6 h6-03.2, in English)
                composed = compose_kinds(standalone, switch[0], switch[1], retrieval, self.index)
        if switch is not None and composed is not None:
            # the sources lead with what the answer cites (the LLM reads them in this order too)
            retrieval = _lead_with(retrieval, self.index, switch[1], switch[0])
        elif context is not None and not filters.kind:
            place = self._named_place(query, leaned, filters)
            if place is not None:
                # the subject carried, the place named (``_named_place``) and no kind asked ("Wat
                # zeggen ze daarover bij gemeenschapskracht?"): the carried subject's best passage
                # in the named subfacet leads; over the whole report the carried words pulled back
                # to the subfacet the turn left (SUBFACET_BONUS is a nudge for a question that
                # names a subfacet among other words). Same query vector: no embedding more.
                there = Filters(subfacet_id=place[1], report_id=place[0])
                placed = retrieve(self.index, standalone, k, there, query_vector=vector, reading=reading)
                retrieval = placed if placed.hits else retrieval
        timings.update(retrieval.timings_ms)
        timings["embed"] = waited  # the question was embedded here, not inside retrieve()
        timings["retrieve"] = spent
        hits = list(retrieval.hits)
        pairs = [pair for h in hits for pair in self.index.sentences(h.chunk.chunk_id)]
        best, top_sentences = best_sentences(retrieval.query_vector, pairs, 5)
        evidence = signals(
            standalone, best, hits, self.index.vocabulary, self.index.idf, dutch=is_dutch(standalone)
        )
        verdict = judge(
            standalone,
            evidence,
            top_sentences,
            self.index.vocabulary,
            self.settings.abstain_threshold,
            reports=self.index.reports,
            embedder=self.index.embedder.name,
            idf=self.index.idf,
            sentences=self.index.sentence_texts,
            listed=listed_sentences(self.index),
            asks_outside=asks_outside(self.index, retrieval.query_vector),
            headings=[s.title for s in self.index.sections],
            asks_inside=asks_inside(self.index, retrieval.query_vector),
        )
        if (
            filters.active()
            and (not verdict.answerable or filter_misses(best, retrieval.unfiltered_best))
            and verdict.reason != "language"
        ):
            verdict = Verdict(False, "filter")
        pure_injection = injection and not _has_content(query)
        store_notice = M.VECTOR_STORE_DOWN if retrieval.dense_down else None
        views = None
        if verdict.reason == "opinion" and hits and not pure_injection:
            views = self._views(standalone, retrieval, filters)
        if views is not None:
            # it declines what was asked (an advice or opinion of its own): still an abstention
            yield from _extractive_events(
                question, *views, hits, store_notice, standalone, timings, t0, verdict.reason, language
            )
            return
        if not hits or not verdict.answerable or pure_injection:
            if verdict.reason == "filter" and not pure_injection:
                text = self._filtered_text(filters, retrieval)
                said = None
            else:
                said = None if pure_injection else about(standalone, verdict.reason, self.index)
                text = self._abstain_text(hits, pure_injection, verdict.reason, standalone, said)
            text = framed(text, language)
            yield Event("delta", text)
            timings["total"] = (time.perf_counter() - t0) * 1000
            yield Event(
                "answer",
                answer=Answer(
                    question,
                    text,
                    tuple(said.citations) if said is not None else (),
                    tuple(hits),
                    True,
                    "extractive",
                    store_notice,
                    standalone,
                    timings,
                    abstain_reason="injection" if pure_injection else verdict.reason,
                    language=language,
                ),
            )
            return

        notice = None
        t1 = time.perf_counter()  # generate: the LLM attempt and, when it fails, the extractive answer
        if self.chat_model is not None:
            text, citations, notice = yield from self._llm_answer(standalone, hits, llm_deadline, language)
            timings["generate"] = (time.perf_counter() - t1) * 1000
            if text is not None:
                timings["total"] = (time.perf_counter() - t0) * 1000
                refused = text == M.ABSTAIN  # the model found nothing in the sources
                # the model's own words stay; a refusal is said for the corpus, in the question's language
                text = framed(wording(self.index).nothing, language) if refused else text
                yield Event(
                    "answer",
                    answer=Answer(
                        question,
                        text,
                        tuple(citations),
                        tuple(hits),
                        refused,
                        "llm",
                        _join_notices(store_notice, notice),
                        standalone,
                        timings,
                        self.chat_model.name,
                        abstain_reason="llm" if refused else "",
                        language=language,
                    ),
                )
                return
        if composed is not None:
            text, citations = composed.text, composed.citations
        else:
            made = extractive_composition(standalone, retrieval, self.index, filters, intent)
            text, citations = made.text, made.citations
            hits = _sources_led_by(hits, made.leads)
        text = self._with_missing_part(standalone, text, citations)
        if text.startswith(M.ABSTAIN):  # compose found no points to show: said as a refusal is
            text = wording(self.index).nothing + text.removeprefix(M.ABSTAIN)
        read_signals = hedge.features(
            standalone,
            hits,
            evidence,
            text,
            citations,
            self._first_similarity(retrieval.query_vector, citations),
            self.index.idf,
        )
        sure = hedge.confidence(read_signals)
        if sure < hedge.HEDGE_BELOW:
            text = hedge.hedged(text)
        timings["generate"] = (time.perf_counter() - t1) * 1000
        yield from _extractive_events(
            question,
            text,
            citations,
            hits,
            _join_notices(store_notice, notice),
            standalone,
            timings,
            t0,
            language=language,
            confidence=(sure, read_signals),
        )

    # -- steps -----------------------------------------------------------------------
    def _first_similarity(self, vector: np.ndarray | None, citations: list[Citation]) -> float:
        """The closest sentence of the answer's first section to the question (its query vector:
        no embedding more), for ``hedge.features``; 0 without either."""
        if vector is None or not citations:
            return 0.0
        first = citations[0]
        vectors = [
            v
            for c in chunks_of(self.index, first.report_id, first.section_id)
            for _, v in self.index.sentences(c.chunk_id)
        ]
        return max((float(np.dot(v, vector)) for v in vectors), default=0.0)

    def _with_missing_part(self, question: str, text: str, citations: list[Citation]) -> str:
        """The answer, ended with one line when an ask's kind of information (a doer, an amount, a
        date …) is in none of the points it shows (``abstain.missing_part``): a reader of cold13
        asked for "no funder named" where the answer quoted the nearest passages and said nothing.
        Not when the answer already says an ask is not found (``M.ASK_NOT_FOUND``)."""
        if _ASK_NOT_FOUND_TAIL in text:
            return text
        shown = [q for c in citations for q in (c.quotes or (c.quote,))]
        sentences = self.index.sentence_texts
        kind = missing_part(
            question, with_leads(shown, sentences), self.index.idf, sentences, listed_sentences(self.index)
        )
        return f"{text}\n\n{self._missing_line(question, kind)}" if kind else text

    @staticmethod
    def _missing_line(question: str, kind: str) -> str:
        """The line that says the report lacks ``kind`` (``M.MISSING_PART``), a doer's in the
        question's own verb (``doer_clause``)."""
        if kind != "doer":
            return M.MISSING_PART[kind]
        verb = doer_verb(question).lower()
        if verb.startswith("ge") and verb.endswith(("d", "t")) and "door wie" in question.lower():
            return M.MISSING_DOER_PASSIVE.format(verb=verb)
        # the verb with what it governs, a separable particle joined to it ("daaraan meewerkt")
        return M.MISSING_PART["doer"].format(clause=doer_clause(question))

    def _read_ahead(self, question: str) -> tuple[Reading, Intent | None]:
        """What the answer reads from the question's words alone, beside its embedding (``stream``):
        retrieval's reading and, without an LLM, what the composed answer reads (``analyse``)."""
        reading = read_question(self.index, question)
        if self.chat_model is not None:
            return reading, None
        return reading, analyse(question, subfacet_titles(self.index), self.index.idf)

    def _standalone(
        self,
        question: str,
        history: History,
        deadline: float | None = None,
        leaned: History | None = None,
        keep_kind: bool = True,
        keep_subject: bool = True,
        aspect_here: bool = False,
        about_shown: bool = False,
        read_kinds: tuple[str, ...] = (),
    ) -> str:
        if not history:
            return question
        if self.chat_model is not None:
            try:
                messages = render_rewrite(question, list(history))
                rewritten = complete(self.chat_model, messages, deadline).strip()
                if 3 <= len(rewritten) <= 400 and "\n" not in rewritten.strip():
                    return rewritten
            except LLMError:
                pass
        return rewrite_followup(
            question,
            history if leaned is None else leaned,
            keep_kind,
            keep_subject,
            aspect_here,
            about_shown,
            read_kinds,
        )

    def _context(
        self, question: str, history: History, filters: Filters, aspect_here: bool = False
    ) -> np.ndarray | None:
        """Where the conversation was, for a follow-up that stays on its subject: the subfacet of
        the previous turn's best passage (its standalone question asked again: the history holds
        questions and answer texts, not sources). A soft prior in retrieval: "Welke acties zijn
        er?" after barriers in one subfacet most likely wants that subfacet's actions, not the
        actions elsewhere that share a word with the carried topic."""
        if not history or filters.subfacet_id or not keeps_topic(question, history, aspect_here):
            return None
        named = self._named_place(question, history, filters)
        if named is not None:
            # "Komt dat principe ook terug in wat men bij gemeenschapskracht wil opstarten?": the
            # subject carried, the place named; as ``_where`` reads the turn afterwards
            return named_subfacet_mask(self.index, question)
        if named_subfacet_mask(self.index, question) is not None and not self._links_only(question):
            return None  # the turn's own words say where to look
        return context_mask(self.index, self._plain_passages(history[-1][0], filters))

    def _place(
        self, question: str, history: History, filters: Filters, vector: np.ndarray
    ) -> np.ndarray | None:
        """The conversation's place as a soft prior for a later turn not read as a follow-up on
        the subject (no ``_context``) that does not say it is new (``followup.marked_new``):
        PLACE_WEIGHT times the chunks of the subfacet the turn before led with, each times the
        turn kind model's probability of its kind (``turns.turn_kind_probabilities``, read from
        the turn's own vector: such a turn is asked as it stands, so no embedding more). A turn
        that restates its subject in full ("Welke gemeenten slagen er al in om net die groepen
        te bereiken?" after barriers to reaching them) is still in the conversation; its words
        alone led to another subfacet's section that shares them. A turn with a subject of its
        own elsewhere outweighs the prior. None for the first turn, under a filter, or at weight 0."""
        if not history or not PLACE_WEIGHT or filters.kind or filters.subfacet_id or marked_new(question):
            return None
        mask = context_mask(self.index, self._plain_passages(history[-1][0], filters))
        if mask is None:
            return None
        shares = turn_kind_probabilities(self.index, vector)
        if not shares:
            return None
        by_kind = np.array([shares.get(kind, 0.0) for kind in self.index.column("kind")])
        return PLACE_WEIGHT * mask * by_kind

    def _without_place_left(self, standalone: str, question: str, history: History, filters: Filters) -> str:
        """A named-place follow-up's standalone question without the carried words that name the
        subfacet it leaves ("Wat zeggen ze daarover bij gemeenschapskracht? (subsidiariteit
        intergemeentelijke samenwerking)"): carried, they made the answer a part per subfacet
        named and led it with the place left. The subject ("subsidiariteit") stays."""
        if not history or standalone == question or self._named_place(question, history, filters) is None:
            return standalone
        own = own_words(standalone)
        carried = standalone[len(own) :].strip().strip("()").split()
        titles = subfacet_titles(self.index)
        named = set(named_subfacets(question, titles, self.index.idf))
        left = {t for sid, title in titles.items() if sid not in named for t in tokenize(title)}
        kept = [w for w in carried if not (tokenize(w) and all(t in left for t in tokenize(w)))]
        return f"{own} ({' '.join(kept)})" if kept else own

    def _named_place(self, question: str, history: History, filters: Filters) -> tuple[str, str] | None:
        """(report, subfacet) a follow-up that keeps the subject names as where to look: one
        subfacet named in its own words, not as what the subject links to (``_links_only``). Such
        a turn asks about the subject before in another place ("Komt dat leidende principe ook
        terug aan de tafel over gemeenschapskracht?", "Wat werd daarover gezegd bij subfacet
        2.4?"), and ``_where`` already puts the conversation there after it; but the turn itself
        was read with no place (its words alone, the carried subject pulling back to the subfacet
        it left), and a kind it asks was answered from the subfacet before (cold13 c13c05.2,
        cold5 c5c11.3, v1 c03, cold8 c8c13: the named subfacet, a turn in four writers' sets,
        missed four times of nine). None when it names no subfacet, several, or the one the
        conversation is on."""
        if self._links_only(question):
            return None
        named = named_subfacets(question, subfacet_titles(self.index), self.index.idf)
        where = self._where(history, filters) if len(named) == 1 else None
        if where is None or where[1] == named[0]:
            return None
        return (where[0], named[0])

    def _switch(
        self,
        question: str,
        history: History,
        filters: Filters,
        aspect_here: bool = False,
        read_kinds: tuple[str, ...] = (),
    ) -> tuple[tuple[str, ...], tuple[str, str]] | None:
        """A follow-up on the conversation's subject that asks for kinds in its own words ("En
        wat houdt dat tegen?", "Hoe pakken we dat aan?", "Zijn er voorbeelden?"): (those kinds,
        the subfacet the conversation is on). Its answer is those kinds' sections of that
        subfacet, one part per kind; the retrieval prior alone let another subfacet's section of
        the kind, or one of this subfacet's other sections, lead the answer."""
        if filters.kind or filters.subfacet_id:
            return None  # the filter says what to show
        kinds = switched_kinds(question, history, aspect_here) or read_kinds
        if not kinds and self._links_only(question) and keeps_topic(question, history):
            kinds = ("synergie",)  # "Wat heeft dat met <another subfacet> te maken?"
        if not kinds:
            kinds = self._telling_kind(question, history, filters, aspect_here)
        if not kinds:
            kinds = self._narrowing_kind(question, history, filters, aspect_here)
        if not kinds:
            return None
        # a turn naming another subfacet is answered there (``_named_place``)
        where = self._named_place(question, history, filters) or self._where(history, filters)
        return (kinds, where) if where is not None else None

    def _read_kind(
        self, question: str, history: History, filters: Filters, aspect_here: bool = False
    ) -> tuple[str, ...]:
        """The kind a follow-up asks in words no cue reads ("Wat maakt dat zo'n aanpak niet in elk
        dorp lukt?" after good practices: barriers), read from its meaning by the turn kind model
        (``turns.turn_kind_probabilities``: labelled single questions and kind-switch turns). Only for
        a turn that stays on the subject while the conversation is on a kind, names none in its
        words, and that the model gives another of the template's kinds with at least
        ``READ_KIND_SHARE``: a turn keeping the kind ("En welke rol speelt data daarbij?") stays
        below it. With no kind named so far, the kind of the passage the answer before led with
        stands for the kind in effect, read at ``SHOWN_READ_SHARE`` and only into the kinds of the
        table's discussion (``DISCUSSION_KINDS``). Costs one embedding of the turn's own words,
        for such turns only."""
        if not history or filters.kind or not keeps_topic(question, history, aspect_here):
            return ()
        before, needed, on_shown = kinds_in_effect(history), READ_KIND_SHARE, False
        if not before:
            # no kind named so far: the kind of the passage the answer before led with is the one
            # the user has seen ("Wat belet die medewerkers …?" after practices shown for a
            # question that named no kind, cold11 c11c02.2), read at the higher SHOWN_READ_SHARE
            shown = self._plain_passages(history[-1][0], filters)[:1]
            if not shown or shown[0].kind not in ITEM_KINDS:
                return ()
            before, needed, on_shown = {shown[0].kind}, SHOWN_READ_SHARE, True
        if asked_kinds(question, before) or elliptical(question):
            return ()  # an ellipsis asks the kind before of another thing (``followup.elliptical``)
        kind, share = self._model_kind(question, turns=True)
        if kind not in ITEM_KINDS or kind in before or share < needed:
            return ()
        if on_shown and kind not in DISCUSSION_KINDS:
            # from a section of the table's discussion, the model read future wording as the
            # vision ("Hoe willen ze dat evenwicht in de toekomst wel vinden?", cold9 c9c02.2, asks
            # the actions); the vision and the additions are reached by naming them (cues)
            return ()
        if kind == "continue" and asks_one_example(question):
            # one example of what was told (v1 c05.3 "Welk buitenlands voorbeeld noemen ze
            # daarbij?" after the actions: France's entity, told among them), as the cues read it
            return ()
        return (kind,)

    def _remedy_for_shown(
        self, question: str, history: History, filters: Filters, aspect_here: bool = False
    ) -> tuple[str, ...]:
        """The actions (Opschaling) for a turn asking a remedy while no kind is in effect, when the
        answer before led with a barrier section ("Welke oplossingen zien ze om die schotten te
        doorbreken?" after "Waarom werken Vlaamse administraties te weinig samen?", answered from
        its Drempels). ``followup._effective`` drops such a remedy ask, because a remedy for one
        thing told (a quotation in a practice) is told beside that thing (v1 c12); but what the
        report's template pairs with its barriers is the subfacet's Opschaling, which names the
        actions that take them away. Read from the report's structure: the kind of the section
        the answer before led with; no embedding."""
        if not history or filters.kind or not keeps_topic(question, history, aspect_here):
            return ()
        before = kinds_in_effect(history)
        if turn_kinds(question, before) != {"start"} or switched_kinds(question, history, aspect_here):
            return ()  # no remedy asked, or one ``_effective`` kept
        shown = self._plain_passages(history[-1][0], filters)[:1]
        return ("start",) if shown and shown[0].kind == "stop" else ()

    def _model_kind(self, question: str, turns: bool = False) -> tuple[str, float]:
        """The kind the example prior's kind model gives a turn's own words, and its share ("", 0
        without a model): one embedding of the turn. ``turns``: the turn kind model instead
        (``turns.py``: the single questions and the labelled kind-switch turns), which reads
        how a follow-up asks for another kind."""
        vector = self.index.embedder.embed_query(question)
        reading = turn_kind_probabilities if turns else kind_probabilities
        shares = reading(self.index, vector)
        kind = max(shares, key=shares.__getitem__, default="")
        return kind, shares.get(kind, 0.0)

    def _telling_kind(
        self, question: str, history: History, filters: Filters, aspect_here: bool = False
    ) -> tuple[str, ...]:
        """A follow-up on the subject that asks no kind but names an aspect ("En hoe worden
        kinderen erbij betrokken?" after the vision of new democracy) told in one section of the
        subfacet the conversation is on: that section's kind. Left to retrieval, the subject
        carried along led with the section the turn before showed, which never mentions it."""
        if not keeps_topic(question, history, aspect_here) or asked_kinds(question, kinds_in_effect(history)):
            return ()
        aspect = self._aspect(question, history)
        shown = self._plain_passages(history[-1][0], filters)[:1]
        if not aspect or not shown or not shown[0].subfacet_id:
            return ()  # the turn before was on no subfacet ("Welke gemeenten waren erbij?": the appendix)
        where = self._where(history, filters)
        if where is None:
            return ()
        telling = [k for k in ITEM_KINDS if kinds_answer(self.index, (k,), where, aspect)]
        return tuple(telling) if len(telling) == 1 else ()

    def _narrowing_kind(
        self, question: str, history: History, filters: Filters, aspect_here: bool = False
    ) -> tuple[str, ...]:
        """A follow-up on the subject that asks no kind and names an aspect ("En hoe krijgen ze
        de burgers daarin mee?" after the good practices of stad-platteland) that the section of
        the kind in effect, in the subfacet the conversation is on, mentions: that kind, answered
        from that section (its points on the aspect first). Left to retrieval, the aspect's word
        and the kind carried along led with another subfacet's section of the kind, or with a
        section of another kind that says the word more often (cold7 c7c07)."""
        if not keeps_topic(question, history, aspect_here) or asked_kinds(question, kinds_in_effect(history)):
            return ()
        before = tuple(k for k in ITEM_KINDS if k in kinds_in_effect(history))
        aspect = self._aspect(question, history)
        if not before or not aspect or not self._keeps_kind(question, history, filters, aspect_here):
            return ()
        where = self._where(history, filters)
        return before if where is not None and kinds_answer(self.index, before, where, aspect) else ()

    def _where(self, history: History, filters: Filters) -> tuple[str, str] | None:
        """(report, subfacet) the conversation is on after its last turn: a turn that kept the
        subject stays where the turn before it was (what its answer showed); any other turn is
        where its own best passage is (its standalone question asked again; cached). Read from
        the whole history, so a follow-up after an independent turn leans on that turn, and one
        that goes back to before an aside is where the conversation was before it."""
        where: tuple[str, str] | None = None
        before: list[tuple[str, str] | None] = []  # where it was before each turn
        titles = subfacet_titles(self.index)
        for n, (standalone, _answer) in enumerate(history):
            before.append(where)
            earlier = leaning_history(own_words(standalone), history[:n])
            if len(earlier) < n:
                where = before[len(earlier)]  # it went back to before an aside: from there on
            # the turn's own words (a rewritten follow-up carries the earlier topic between brackets)
            named = named_subfacets(own_words(standalone), titles, self.index.idf)
            if len(named) == 1 and where is not None and not self._links_only(own_words(standalone)):
                where = (where[0], named[0])  # "En bij gemeenschapskracht?": the subfacet it names
                continue
            if n and where is not None and keeps_topic(standalone, earlier):
                kinds = switched_kinds(standalone, earlier)
                aspect = self._aspect(standalone, earlier)
                if not kinds or kinds_answer(self.index, kinds, where, aspect):
                    continue  # its answer came from here (or from near here: no kind asked)
                if not kinds_in_effect(earlier) and not turn_kinds(own_words(standalone)):
                    continue  # a kind read against the kind shown: answered from here all the same (``stream``)
                if points_at(own_words(standalone)) and told_in(aspect, earlier[-1][1]):
                    continue  # it asked about the answer before (``_about_shown``): still here
                # it asked a kind about an aspect this subfacet never mentions ("En welke
                # hinderpalen bij subsidies?"): it was answered from its own passages, retrieved
                # with the conversation's place as context as its answer was, and the
                # conversation moved to where that answer led (cold8 c8c12: the best passage
                # that mentions the aspect, found without the context, lay in another subfacet
                # than the answer shown, and the next turn followed it there)
                context = self._context(own_words(standalone), earlier, filters)
                hits = retrieve(self.index, standalone, self.settings.top_k, filters, context=context).hits
                on = next((h.chunk for h in hits if h.chunk.subfacet_id), None)
                if on is not None:
                    where = (on.report_id, on.subfacet_id)
                    continue
            first = next((c for c in self._plain_passages(standalone, filters) if c.subfacet_id), None)
            if first is None:
                continue
            named = named_subfacets(standalone, titles, self.index.idf)
            # the answer showed the subfacet the question names, whatever passage ranked first;
            # else the one the question is about (``_placed``)
            where = (
                first.report_id,
                named[0] if len(named) == 1 else self._placed(standalone, filters, first),
            )
        return where

    def _about_shown(
        self, question: str, history: History, filters: Filters, aspect_here: bool = False
    ) -> bool:
        """Does a follow-up whose words cue a kind ask about the answer before it instead ("Over
        welke troeven moeten ze volgens die tekst beschikken?" after the vision of strong local
        governments)? So when the aspect it names is told in that answer and in none of the cued
        kind's sections of the subfacet the conversation is on: read as a kind switch, it went
        to another subfacet's practices for the word "troeven"."""
        if not history or not points_at(question):
            return False  # "Zijn er initiatieven die al goed lopen?" after barriers asks for practices
        kinds = switched_kinds(question, history, aspect_here)
        aspect = self._aspect(question, history) if kinds else []
        if not aspect:
            return False
        where = self._where(history, filters)
        if where is None or kinds_answer(self.index, kinds, where, aspect):
            return False
        if not told_in(aspect, history[-1][1]):
            return False
        if head_kinds(question) & set(kinds):
            # it opens by asking for items of the kind ("Welke problemen moeten nog opgelost
            # worden om zulke initiatieven te laten slagen?" after practices): a kind switch,
            # whatever word it shares with the answer before (cold7 c7c12 was answered with the
            # practices again; its verbs "laten slagen" were the aspect)
            return False
        return not self._meant_kind(question, kinds)

    def _meant_kind(self, question: str, kinds: tuple[str, ...]) -> bool:
        """Does the example prior's kind model read the turn as asking one of the kinds its words
        cue, with at least ``READ_KIND_SHARE``? Two independent readings (cue words, labelled
        questions) agree that the turn asks that kind, so a word of it that the answer before
        also used ("Welke verbanden leggen ze daarbij met andere beleidsvelden?" after actions
        that "formeel vast te leggen") does not make it a question about that answer (cold7
        c7c05: the links were passed over for the actions again). Of the 5 dev turns read as
        about the answer shown (v1, v2 dev, cold4-7, scripts/followup_*), two had the model agree
        (0.67, 0.68; both gold in the cued kind), the three others 0.28-0.48 (the vision's
        "troeven" among them). One embedding, on those rare turns only."""
        top, share = self._model_kind(question)
        return top in kinds and share >= READ_KIND_SHARE

    def _here(self, question: str, history: History, filters: Filters) -> bool:
        """Is what the turn names told where the conversation is, so that it keeps the subject
        although its words name things of their own (``_aspect_here``, ``_subject_here``)?"""
        return self._aspect_here(question, history, filters) or self._subject_here(question, history, filters)

    def _subject_here(self, question: str, history: History, filters: Filters) -> bool:
        """Does a turn that asks a kind in its own words and names things of its own ("Welke
        valkuilen moeten gemeenten vermijden?", "Welke randvoorwaarden over beleidsdomeinen heen
        zijn er dan nodig?") name only things the subfacet the conversation is on tells? Then it
        asks that kind of the conversation's subject in other words, and is answered there; read
        as a question of its own, its words matched another subfacet's section of the kind (cold9
        c9c08.3, fresh fw08.2). Not a turn that says it is new, names a subfacet (a move), or names
        a thing that subfacet never mentions: that is a subject of its own ("Welke drempels
        ervaart het gemeentepersoneel …?" during intergemeentelijke samenwerking). Read from the
        report's text, no embedding; on the dev turns it read 10 turns this way, all with their
        gold in the conversation's subfacet."""
        if not history or filters.subfacet_id or marked_new(question):
            return False
        if is_followup(question, history[-1][0]) or not turn_kinds(question, kinds_in_effect(history)):
            return False  # a follow-up already, or a question of its own that asks no kind
        if named_subfacets(question, subfacet_titles(self.index), self.index.idf):
            return False
        aspect = self._aspect(question, history)
        where = self._where(history, filters) if aspect else None
        if where is None:
            return False
        told = _subfacet_terms(self.index).get(where, frozenset())
        return all(contains_term(t, told) for t in aspect)

    def _aspect_here(self, question: str, history: History, filters: Filters) -> bool:
        """Does an elliptical follow-up that names several things of its own ("En de verdeling
        van de kosten?") name an aspect told in the subfacet the conversation is on? Then it keeps
        the subject (``keeps_topic``); otherwise such a turn names a new subject. A subfacet it
        names is a move, not an aspect (``_moves_to_named``)."""
        if not history or not is_followup(question, history[-1][0]) or keeps_topic(question, history):
            return False
        if len(new_topic_terms(question, history)) < NEW_SUBJECT:
            return False
        if named_subfacets(question, subfacet_titles(self.index), self.index.idf):
            return False
        aspect = self._aspect(question, history)
        where = self._where(history, filters)
        return where is not None and kinds_answer(self.index, ITEM_KINDS, where, aspect)

    def _moves_to_named(self, question: str, history: History, filters: Filters) -> bool:
        """Does a follow-up name one other subfacet as where to go ("En bij gemeenschapskracht?"
        after the synergies of stad-platteland)? That subfacet is its subject: the words of the
        subject before, carried along, pulled the retrieval back to the subfacet it left. Not
        when it points back: "Wat werd daarover gezegd bij subfacet 2.4?" keeps its subject."""
        if not history or leans_back(question) or self._links_only(question):
            return False
        named = named_subfacets(question, subfacet_titles(self.index), self.index.idf)
        if len(named) != 1:
            return False
        where = self._where(history, filters)
        return where is not None and where[1] != named[0]

    def _links_only(self, question: str) -> bool:
        """Does the turn name subfacets only as what the subject before links to ("Wat heeft dat
        met interbestuurlijke samenwerking te maken?", ``link_partner``)? Then the conversation
        stays where it was and the answer is its synergies; read as a move, it answered from the
        named subfacet's sections instead."""
        partner = link_partner(question)
        titles = subfacet_titles(self.index)
        named = named_subfacets(question, titles, self.index.idf)
        return bool(partner and named) and named_subfacets(partner, titles, self.index.idf) == named

    def _keeps_kind(
        self, question: str, history: History, filters: Filters, aspect_here: bool = False
    ) -> bool:
        """Does a follow-up that asks no kind keep the kind the conversation is on? Not when it
        names an aspect that kind's section of the conversation's subfacet never mentions and
        another of its sections does ("En voor jongeren?" after the vision, which names none):
        carried along, the kind pulled the answer back to that section; the subject alone finds
        where the subfacet tells it. When no section there mentions it, the conversation may be
        somewhere else than it seems, and the kind stays (what the answers did before)."""
        if not history or filters.kind or not keeps_topic(question, history, aspect_here):
            return True
        before = kinds_in_effect(history)
        aspect = self._aspect(question, history)
        if not before or not aspect or asked_kinds(question, before):
            return True
        if named_subfacets(question, subfacet_titles(self.index), self.index.idf):
            return True  # "En bij gemeenschapskracht?": the same kind in the subfacet it names
        where = self._where(history, filters)
        if where is None or kinds_answer(self.index, before, where, aspect):
            return True
        others = [k for k in ITEM_KINDS if k not in before]
        return not kinds_answer(self.index, others, where, aspect)

    def _aspect(self, question: str, history: History) -> list[str]:
        """The aspect a follow-up narrows to (``new_topic_terms``), in the terms the reports use: a
        word they never use ("the main obstacles", an English "work") cannot say which section
        mentions the aspect, and as one it sent an English kind switch past the conversation's
        section to the plain retrieval."""
        known = self.index.idf.keys()
        # "verdeling" is in the reports only inside "kostenverdeling"
        aspect = new_topic_terms(question, history, _everywhere(self.index))
        # the title of a subfacet the turn names says where, not which aspect ("En bij
        # gemeenschapskracht?": read as one, the vision, which says the word, answered it)
        titles = subfacet_titles(self.index)
        named = {t for n in named_subfacets(question, titles, self.index.idf) for t in tokenize(titles[n])}
        return [t for t in aspect if contains_term(t, known) and not contains_term(t, named)]

    def _plain_passages(self, standalone: str, filters: Filters) -> list:
        """The CONTEXT_HITS best passages of an earlier turn's standalone question asked without
        context: from the cache when that turn was answered here, else retrieved again."""
        return list(self._shown(standalone, filters).chunks)

    def _shown(self, standalone: str, filters: Filters) -> _Shown:
        """What an earlier turn's standalone question, asked without context, found (``_Shown``):
        from the cache when that turn was answered here, else retrieved again."""
        with self._recent_lock:
            shown = self._recent.get((standalone, filters, CONTEXT_HITS))
        if shown is None:
            shown = _shown_by(self.index, retrieve(self.index, standalone, CONTEXT_HITS, filters))
            self._remember(standalone, filters, shown)
        return shown

    def _remember(self, standalone: str, filters: Filters, shown: _Shown) -> None:
        """The best passages of a question asked without context (bounded; what ``_context``
        would retrieve again for the next turn, so the cache changes no answer)."""
        with self._recent_lock:
            self._recent[(standalone, filters, CONTEXT_HITS)] = shown
            while len(self._recent) > RECENT_TURNS:
                self._recent.pop(next(iter(self._recent)))

    def _placed(self, standalone: str, filters: Filters, first: Chunk) -> str:
        """The subfacet a turn that does not follow on is about, where its best passage is
        ``first``: that passage's, unless the turn asks a template kind in its own words and the
        example model is peaked (``PEAKED_SUBFACET_SHARE``) on another subfacet that one of its
        best passages lies in (``_Shown.peaked``). A question asking a kind of a theme ("Welke
        hindernissen zijn er voor samenwerking tussen steden en plattelandsgemeenten?") is about a
        subfacet, which the model reads from labelled questions; its best passage may share words
        with another subfacet's section of that kind (cold7 c7c02, c7c03: the follow-ups went on
        in the subfacet of the wrong first passage). A question about one detail ("In welke regio
        heerst een traditie van interbestuurlijke samenwerking?") asks no kind: its best passage
        is where the detail is. Measured out of sample (the evaluated set's questions held out of
        the examples) on the 907 single questions, first and independent turns with a gold
        subfacet of v1, v2 dev, fresh dev and cold4-7: kind questions at >= 0.9 turned 5 wrong
        subfacets right and no right one wrong (0.8: +9 -2); every question at >= 0.9 +5 -7, at
        0.6 +19 -24; a majority of the top passages' subfacets instead +14 -57."""
        shown = self._shown(standalone, filters)
        peaked = shown.peaked
        if peaked is None and shown.likely is not None and self._uses_title_word(standalone, shown.likely[1]):
            # a question naming a word of the subfacet's title ("Welke voorbeelden van
            # gebiedsgerichte samenwerking lopen al goed?") that the model gives the subfacet at
            # TITLED_SUBFACET_SHARE: two readings of its subject agree (cold7 c7c03: 0.84 once
            # cold8's questions joined the examples, and the conversation went on in the
            # subfacet of a passage that shares "gebiedsgerichte" with another subfacet)
            peaked = shown.likely
        if (
            peaked is None
            or peaked == (first.report_id, first.subfacet_id)
            or not asked_kinds(own_words(standalone))
            or not any((c.report_id, c.subfacet_id) == peaked for c in shown.chunks)
        ):
            return first.subfacet_id
        return peaked[1]

    def _uses_title_word(self, question: str, subfacet_id: str) -> bool:
        """Does the question use a word of the subfacet's title ("gebiedsgerichte" of
        "Gebiedsgerichte en regionale aanpak"; stems, also inside a compound)?"""
        title = subfacet_titles(self.index).get(subfacet_id, "")
        words = set(tokenize(own_words(question)))
        return any(contains_term(t, words) for t in tokenize(title.replace("-", " ")))

    def _filtered_text(self, filters: Filters, retrieval: Retrieval) -> str:
        """Nothing relevant within the filter: say so, name it, point to where there is."""
        text = M.ABSTAIN_FILTERED.format(filter=filters.describe(self.index))
        labels = list(dict.fromkeys(c.label for c in retrieval.unfiltered_top))
        if labels:
            text += (
                "\n\n" + M.ABSTAIN_FILTERED_SUGGESTIONS + "\n" + "\n".join(f"- {label}" for label in labels)
            )
        return text

    def _views(
        self, question: str, retrieval: Retrieval, filters: Filters
    ) -> tuple[str, list[Citation]] | None:
        """An advice or an opinion asked of the assistant that the report does not state: no verdict
        of its own, but what the participants said about it (the cited points of the closest
        sections, as for any question), under a lead that says so. Extractive also with an LLM:
        the points are the report's own words, so no model can turn them into advice. None when
        no section has points to show."""
        text, citations = extractive_answer(
            _subject_only(question, self.index.idf), retrieval, self.index, filters
        )
        if not citations or text.startswith(M.ABSTAIN):
            return None
        lead, _, rest = text.partition("\n\n")
        if lead == M.LEAD_DEFAULT:
            return f"{M.OPINION_LEAD}\n\n{rest}", citations
        if lead.startswith(M.LEAD_DEFAULT.removesuffix(":") + ","):  # the lead names its section: kept
            place = lead.removeprefix(M.LEAD_DEFAULT.removesuffix(":"))
            return f"{M.OPINION_LEAD.removesuffix(':')}{place}\n\n{rest}", citations
        if lead == M.LEAD_SEVERAL:
            return f"{M.OPINION_LEAD_SEVERAL}\n\n{rest}", citations
        # compose's own lead says more ("… op meer dan één plaats …"): it stays
        return f"{M.OPINION_NONE} {text}", citations

    def _abstain_text(
        self,
        hits: list[Hit],
        injection: bool,
        reason: str = "",
        question: str = "",
        said: Composition | None = None,
    ) -> str:
        """The refusal's text: its sentence, then what the report says about the thing asked when
        ``said`` (``about.about``), then the closest sections other than those that part cites that
        hold what the question is about (``refusal.pointed``); worded for the corpus (``refusal.wording``)."""
        words = wording(self.index)  # "het verslag" for a corpus of one report, "de verslagen" else
        if injection:
            return words.injection
        if reason == "language":
            return words.ask_in_dutch
        if reason == "unrelated":  # the closest sections are unrelated too: listing them misleads
            return words.unrelated
        cited = {(c.report_id, c.section_id) for c in said.citations} if said is not None else set()
        # only the closest sections that hold what the question is about (``refusal.pointed``): a
        # blind reader of cold15 found the others unrelated ("§2.5.2" for the satisfaction with the
        # workshop); none rather than those
        closest = [(h.chunk.report_id, h.chunk.section_id) for h in hits]
        about_it = pointed(question, self.index, [key for key in closest if key not in cited])
        seen, suggestions = set(), []
        for h, key in zip(hits, closest, strict=True):
            label = h.chunk.label
            if label not in seen and key in about_it:
                seen.add(label)
                suggestions.append(f"- {label}")
            if len(suggestions) == 3:
                break
        text = words.nothing
        if reason == "opinion":
            text = words.opinion
        elif reason.startswith("passing-name:") and said is not None:
            # "alleen terloops" only beside the passage that names it: said alone, it sent the
            # reader searching the report for the mention (cold15)
            text += " " + M.ABSTAIN_PASSING.format(name=f"‘{reason.partition(':')[2]}’")
        elif reason == "no-doer":
            # what is missing, in the question's verb ("Wie dat financiert, staat niet in het verslag."),
            # as the answer's missing-part line says it (``_missing_line``)
            text = self._missing_line(question, "doer")
        if said is not None:
            text += "\n\n" + said.text
        if suggestions:
            text += "\n\n" + M.ABSTAIN_SUGGESTIONS + "\n" + "\n".join(suggestions)
        return text

    def _llm_answer(
        self, question: str, hits: list[Hit], deadline: float | None = None, language: str = "nl"
    ):
        """Stream the model's answer, then verify it.

        Returns (text, citations, notice); text None means: fall back to the extractive
        answer, with the notice saying why. A "reset" event tells a UI to drop the
        streamed draft: the verified text follows.
        """
        parts: list[str] = []
        model = self.chat_model
        assert model is not None  # only called with a chat model
        hits, sentences_of = section_sources(hits, self.index)  # one numbered source per section
        try:
            for delta in stream_within(model, render_messages(question, hits, language), deadline):
                parts.append(delta)
                yield Event("delta", delta)
        except LLMError:
            yield Event("reset")
            return None, [], M.LLM_FALLBACK
        raw = "".join(parts).strip()
        if not raw or _leaks_prompt(raw):
            yield Event("reset")
            return None, [], M.LLM_FALLBACK
        if raw.startswith(M.ABSTAIN):  # whatever follows the refusal is unverified: drop it
            yield Event("reset")
            yield Event("delta", framed(wording(self.index).nothing, language))
            return M.ABSTAIN, [], None
        if not is_dutch(raw) and language != "en":  # an English question may have an English answer
            yield Event("reset")
            return None, [], M.LLM_NOT_DUTCH
        checked = verify(raw, hits, self.index.embedder.embed_query, sentences_of)
        if not checked.claims or checked.supported_share < MIN_SUPPORTED_SHARE:
            yield Event("reset")
            return None, [], M.LLM_TOO_LITTLE_SUPPORTED
        citations = citations_for(checked, hits)
        kept = kept_text(checked)
        cited = {c.n for c in citations}
        used = [int(n) for n in re.findall(r"\[(\d+)\]", kept) if int(n) in cited]
        mapping = {n: i for i, n in enumerate(dict.fromkeys(used), 1)}  # in order of first use
        text = renumber(kept, mapping)
        citations = sorted(
            (replace(c, n=mapping[c.n]) for c in citations if c.n in mapping), key=lambda c: c.n
        )
        flagged = sum(1 for s in checked.sentences if (s.is_claim and not s.supported_by) or s.invalid)
        notice = M.LLM_UNSUPPORTED_REMOVED.format(count=flagged) if flagged else None
        yield Event("reset")
        yield Event("delta", text)
        return text, citations, notice


# ---------------------------------------------------------------------------------------
# Pieces that need no model


def _everywhere(index: Index) -> frozenset[str]:
    """The stems every subfacet of the index's reports uses ("initiatief", "samenwerk"): a word
    that names what any subfacet is about tells no part of one (``followup.new_topic_terms``).
    Once per opened index."""
    if "_terms_everywhere" not in index.__dict__:
        per_subfacet: dict[tuple[str, str], set[str]] = {}
        for section in index.sections:
            if section.subfacet_id:
                key = (section.report_id, section.subfacet_id)
                per_subfacet.setdefault(key, set()).update(tokenize(section.text))
        common = set.intersection(*per_subfacet.values()) if per_subfacet else set()
        index.__dict__["_terms_everywhere"] = frozenset(common)
    return index.__dict__["_terms_everywhere"]


def _subfacet_terms(index: Index) -> dict[tuple[str, str], frozenset[str]]:
    """The stems each subfacet's sections use, by (report, subfacet). Once per opened index."""
    if "_subfacet_terms" not in index.__dict__:
        terms: dict[tuple[str, str], set[str]] = {}
        for section in index.sections:
            if section.subfacet_id:
                terms.setdefault((section.report_id, section.subfacet_id), set()).update(
                    tokenize(section.text)
                )
        index.__dict__["_subfacet_terms"] = {key: frozenset(t) for key, t in terms.items()}
    return index.__dict__["_subfacet_terms"]


def repair_text(text: str) -> str:
    """Text that can be encoded: a surrogate pair becomes its character, a lone surrogate
    (an undecodable byte from argv, or sent by a browser) becomes U+FFFD. Not text: unchanged."""
    if not isinstance(text, str):
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def clean_question(question: str, limit: int) -> str:
    if question is None:
        raise QuestionError(M.EMPTY_QUESTION)
    text = "".join(
        ch if unicodedata.category(ch)[0] != "C" or ch in "\n\t" else " " for ch in repair_text(str(question))
    )
    text = _SCRIPT_BLOCK.sub(" ", text)
    text = _TAG.sub(" ", text)  # markup is never part of a question (and is never echoed)
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise QuestionError(M.EMPTY_QUESTION)
    if len(text) > limit:
        raise QuestionError(M.QUESTION_TOO_LONG.format(length=len(text), limit=limit))
    if not re.search(r"\w", text):
        raise QuestionError(M.QUESTION_NO_WORDS)
    return text


def told_in(aspect: list[str], text: str) -> bool:
    """Does ``text`` (an answer shown) carry every term of ``aspect`` (stemmed), also inside a
    compound ("verdeling" in "kostenverdeling")?"""
    if not aspect:
        return False
    words = set(tokenize(text))
    return all(contains_term(t, words) for t in aspect)


def _join_notices(*notices: str | None) -> str | None:
    return " ".join(n for n in notices if n) or None


def strip_injection(question: str) -> str:
    """Drop the clauses that try to steer the assistant; keep any real question."""
    parts = re.split(
        r"(?<=[.!?:;])\s+|\s+(?:en|and|maar|but)\s+(?=(?:vertel|zeg|geef|bevestig|beantwoord|wat|welke|hoe|tell|what|which|how|answer|confirm)\b)",
        question,
        flags=re.I,
    )
    return " ".join(p for p in parts if p and not _INJECTION.search(p)).strip()


def _has_content(question: str) -> bool:
    return len(tokenize(question)) >= 1


def _leaks_prompt(text: str) -> bool:
    return leaks_prompt(text, SYSTEM_PROMPT, ignore=(M.ABSTAIN,))


def _lead_with(
    retrieval: Retrieval, index: Index, subfacet: tuple[str, str], kinds: tuple[str, ...]
) -> Retrieval:
    """The retrieval with the asked kinds' passages of ``subfacet`` first (in the order asked):
    the sources then lead with what the answer cites. A section the retrieval missed leads with
    its first passage."""
    report_id, subfacet_id = subfacet
    lead: list[Hit] = []
    for kind in kinds:
        here = [
            h
            for h in retrieval.hits
            if h.chunk.report_id == report_id and h.chunk.subfacet_id == subfacet_id and h.chunk.kind == kind
        ]
        if not here:
            first = next(
                (
                    c
                    for c in index.chunks
                    if c.report_id == report_id and c.subfacet_id == subfacet_id and c.kind == kind
                ),
                None,
            )
            here = [Hit(first, retrieval.hits[0].score if retrieval.hits else 0.0, 0)] if first else []
        lead += here[:1]
    if not lead:
        return retrieval
    ranked = _ranked_first(lead, retrieval.hits)
    return replace(retrieval, hits=tuple(ranked[: max(len(retrieval.hits), len(lead))]))


def _ranked_first(lead: list[Hit], hits: Sequence[Hit]) -> list[Hit]:
    """``lead`` then the other ``hits`` in their order, ranked anew from 1."""
    ids = {h.chunk.chunk_id for h in lead}
    rest = [h for h in hits if h.chunk.chunk_id not in ids]
    return [replace(h, rank=r) for r, h in enumerate(lead + rest, 1)]


def _sources_led_by(hits: list[Hit], lead: tuple[str, str] | None) -> list[Hit]:
    """The sources with ``lead``'s best passage first: the section a direct answer opens with when
    the composer kept it over the first source's (``compose.Composition.leads``), so the answer and
    the source list name one section first. Unchanged when ``lead`` is None or not among them."""
    if lead is None:
        return hits
    at = next((i for i, h in enumerate(hits) if (h.chunk.report_id, h.chunk.section_id) == lead), None)
    if at is None:
        return hits
    return _ranked_first([hits[at]], hits)


def extractive_answer(
    question: str,
    retrieval: Retrieval,
    index: Index,
    filters: Filters = Filters(),
    intent: Intent | None = None,
) -> tuple[str, list[Citation]]:
    """The composed offline answer: verbatim points of the matching sections, cited per section.
    ``intent``: the question's ``analyse`` when it was made already (while its embedding ran)."""
    made = extractive_composition(question, retrieval, index, filters, intent)
    return made.text, made.citations


def extractive_composition(
    question: str,
    retrieval: Retrieval,
    index: Index,
    filters: Filters = Filters(),
    intent: Intent | None = None,
) -> Composition:
    """``extractive_answer`` as a ``Composition`` (with the section the sources should lead with)."""
    hits = list(retrieval.hits)
    # The participants' list ranked first answers who took part, however the question says it
    # ("Nam het Vlaams Parlement deel …?", "welke provincies stuurden iemand …?", "… op de
    # deelnemerslijst?"): the list holds little but names, so retrieval ranks it first only for
    # those names or for taking part. Session 8: every non-refused question of the dev sets with the
    # list first was a participant question (nine answered from the introduction instead, none
    # with its fact) or asked a count (the introduction's "54 deelnemers": still answered there).
    listed_first = bool(hits) and hits[0].chunk.kind == "appendix"
    if listed_first and not ASKS_NUMBER.search(question):
        return Composition(*_appendix_answer(hits[0], index, question))
    if intent is None:
        intent = analyse(question, subfacet_titles(index), index.idf)
    composed = compose(question, intent, retrieval, index, filters)
    if listed_first and not composed.citations:
        # a count over the list ("Hoeveel organisaties … staan er in de deelnemerslijst?") that no
        # other passage answers: the list itself, to count from (it had answered with nothing and
        # looked like a refusal; cold10 c10q169)
        return Composition(*_appendix_answer(hits[0], index, question))
    return composed


def _appendix_answer(hit: Hit, index: Index, question: str = "") -> tuple[str, list[Citation]]:
    """ "Who took part?": the appendix lines, verbatim (the PDF merged its two columns per line).
    A question that names an organisation or a kind of participant ("Was de Vereniging van
    Vlaamse Steden en Gemeenten vertegenwoordigd?", "Welke provincies namen deel?") gets the lines
    that share most of its words, not the whole list (a reader had to search 18 merged lines
    for the one that answers; cold6, session 5)."""
    lines = [text for text, _ in index.sentences(hit.chunk.chunk_id) if text.strip()]
    asked = set(tokenize(question))
    shared = [len(asked & set(tokenize(line))) for line in lines]
    best = max(shared, default=0)
    framing = M.FRAMING_APPENDIX
    if best:
        lines = [line for line, n in zip(lines, shared, strict=True) if n == best]
        framing = M.FRAMING_APPENDIX_MATCH
    citation = Citation.from_chunk(1, hit.chunk, lines[0])
    return framing + "\n\n" + "\n".join(f"- {line} [1]" for line in lines), [citation]


# ---------------------------------------------------------------------------------------
# Module-level convenience: one shared assistant per process

_shared: dict[tuple, Assistant] = {}
_shared_lock = threading.Lock()


def get_assistant(settings: Settings | None = None, use_llm: bool = True) -> Assistant:
    settings = settings or Settings.from_env()
    key = (settings, use_llm)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = Assistant(settings, use_llm=use_llm)
        return _shared[key]


def answer(
    question: str,
    history: History = (),
    settings: Settings | None = None,
    filters: Filters = Filters(),
    k: int | None = None,
) -> Answer:
    return get_assistant(settings).ask(question, history, filters, k)
