"""Question -> ranked hits: three scores put on one scale and summed with weights (``_fuse``).

- dense: the e5 vector of the whole chunk (Chroma);
- sentence: the e5 similarity of the chunk's sentence closest to the question (the stored
  sentence vectors). A paraphrase or an English question usually matches one sentence of
  the right passage well while the passage as a whole is diluted by its other sentences;
- BM25 over Dutch stems.

The weights (``Settings.dense_weight``, ``sentence_weight``, ``bm25_weight``) and ``KIND_BONUS``
were chosen by 5-fold cross-validation on the gold sets (``scripts/tune_understanding.py
retrieval``; v1 and the v2 dev split, never v2 test).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

import numpy as np

from .beside import beside
from .bridge import expanded_lexical
from .crosslingual import shifted as language_shifted
from .errors import QuestionError, StoreUnreachableError
from .examples import chunk_prior as example_prior
from .examples import kind_probabilities
from .index import Index
from .intent import RARE_KINDS, asks_items, intent_kinds, named_kinds, named_subfacets
from .lexical import tokenize
from .naming import chunk_prior
from .neighbours import chunk_prior as neighbour_prior
from .records import KIND_LABELS, Chunk, Hit
from .within import reorder as reorder_within
from .within import reorder_named, reorder_subfacets


@dataclass(frozen=True)
class Filters:
    subfacet_id: str = ""  # "2.3"
    kind: str = ""  # "continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen", …
    report_id: str = ""

    def where(self) -> dict | None:
        clauses = [
            {name: value}
            for name, value in (
                ("subfacet_id", self.subfacet_id),
                ("kind", self.kind),
                ("report_id", self.report_id),
            )
            if value
        ]
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def mask(self, index: Index) -> np.ndarray | None:
        where = self.where()
        return None if where is None else index.where_mask(where)

    def active(self) -> bool:
        return bool(self.subfacet_id or self.kind or self.report_id)

    def describe(self, index: Index) -> str:
        """The filter in words: "subfacet 2.3 Intergemeentelijke …, Drempels"."""
        parts = []
        if self.report_id and self.report_id in index.report_by_id:
            parts.append(index.report_by_id[self.report_id].title)
        if self.subfacet_id:
            title = next(
                (s.title for s in index.sections if s.section_id == self.subfacet_id and s.title), ""
            )
            parts.append(f"subfacet {self.subfacet_id} {title}".strip())
        if self.kind:
            parts.append(KIND_LABELS.get(self.kind, self.kind))
        return ", ".join(parts)


# A chunk of the kind the question asks for (intent.py) gains this much, in the fused score's
# unit (one spread of the question's sentence similarities). Chosen with the weights below by
# 5-fold cross-validation (scripts/tune_understanding.py retrieval).
KIND_BONUS = 1.5
# A chunk of a subfacet the question names by its title or number (intent.named_subfacets).
SUBFACET_BONUS = 0.5
# A follow-up that names no subfacet of its own, and the subfacet the conversation was on (the
# previous turn's best passages; ``context_mask``): a chunk there gains CONTEXT_BONUS, one there
# of the kind the follow-up asks for CONTEXT_KIND_BONUS more. In a kind switch ("Welke acties
# zijn nodig?" after barriers) the carried topic words match the subfacet's other sections and
# the same kind in other subfacets that share a word; the asked kind within the conversation's
# subfacet is what the user means. 5-fold CV on the conversations (scripts/tune_understanding.py
# context --extra): follow-up hit@1 0.772 -> 0.879; a flat optimum (0.893 in-sample) from (0, 1.5)
# to (1.5, 3.0): the weakest pull on it is kept, so a turn that moves on is least held back.
CONTEXT_BONUS = 0.0
# The sections a source list names before any section's second passage (``source_list``). The
# top k passages often hold two or three of one section, so the list named two or three sections
# where the fused score ranked a fourth and fifth right behind them: of cold16's 9 answers without
# the right section among their first five sources, 2 of the 4 everyday-words ones had it among
# the first five *sections* (c16q036 third, c16q046 fifth)
SOURCE_SECTIONS = 5
CONTEXT_KIND_BONUS = 1.5
# A chunk gains this much times (the probability that the question means its subfacet, minus the
# even share), the probability read from the report's own sentences (naming.py); not for item
# requests. 5-fold CV on v1 + v2 dev + fresh dev + cold4 + cold5 (627 questions; `scripts/
# tune_understanding.py retrieval --more --small --knob subfacet_prior=0,0.5,1,2`, naming
# TEMPERATURE 5): 1-2 in every fold; hit@1 0.802 -> 0.804 (direct 0.893 -> 0.893, English 0.701
# -> 0.716, everyday words 0.511 -> 0.511, synthesis 0.714 -> 0.714, lists 0.891 -> 0.873),
# hit@5 0.943 -> 0.954, MRR 0.860 -> 0.867; in-sample at the other weights fixed, 1.0: hit@1
# 0.801 -> 0.812. Without the item-request exception lists fell to 0.800 and hit@1 overall
# with them (0.794). A small, noisy gain: the question vector says little more about the
# subfacet than its retrieval already does; rerun the CV with a stronger embedder.
SUBFACET_PRIOR = 1.0


# A part the rules read from a word ("status" from "formele", the participants' list from "namen
# deel") is put first unless the example kind model rules it out, giving it less than this share:
# the word then means something else ("Moet een samenwerking altijd een vaste, formele vorm
# krijgen?", cold9 c9q046, was answered from "Status van dit document"; "Hoeveel mensen namen deel
# …?" asks the introduction's count, not the list). On the labelled questions read leave-one-set-
# out (scripts/english9_lab.py rare), 9 of the 10 readings the gold sections contradict had 1e-9
# to 4e-5 (one, behind an injection, 3e-4; the tenth 0.55), the 36 they confirm 0.003 to 1.0;
# short conversation turns that ask the list ("Welke gemeenten waren erbij?", v2c11.2) 1e-3. A
# share of 0.01 refused v1 q148 and lost v2c11.2/3.
RARE_KIND_FLOOR = 1e-4


def _ruled_out(index: Index, kind: str, query_vector: np.ndarray) -> bool:
    """The example kind model gives ``kind`` less than RARE_KIND_FLOOR (never without examples)."""
    shares = kind_probabilities(index, query_vector)
    return bool(shares) and shares.get(kind, 0.0) < RARE_KIND_FLOOR


def subfacet_titles(index: Index) -> dict[str, str]:
    """Subfacet id -> title (the first report's title when several reports share an id)."""
    titles: dict[str, str] = {}
    for titles_of_report, _reports in _subfacet_titles_per_report(index):
        for sid, title in titles_of_report.items():
            titles.setdefault(sid, title)
    return titles


def _subfacet_titles_per_report(index: Index) -> list[tuple[dict[str, str], tuple[str, ...]]]:
    """(subfacet id -> title, the reports that have exactly these subfacets): the ateliers each
    have their own subfacets under the same numbers, and there are far fewer distinct sets than
    reports. Kept on the index, so it lives and dies with that generation."""
    memo = index.__dict__.setdefault("_retrieve_memo", {})
    if "titles" not in memo:
        per_report: dict[str, dict[str, str]] = {}
        for s in index.sections:
            if s.kind == "subfacet":
                per_report.setdefault(s.report_id, {}).setdefault(s.section_id, s.title)
        grouped: dict[tuple, list[str]] = {}
        for report_id, titles in per_report.items():
            grouped.setdefault(tuple(sorted(titles.items())), []).append(report_id)
        memo["titles"] = [(dict(key), tuple(reports)) for key, reports in grouped.items()]
    return memo["titles"]


def context_mask(index: Index, chunks: list[Chunk]) -> np.ndarray | None:
    """Chunks of the subfacets (each within its own report) that ``chunks`` belong to: where the
    conversation was; None when none of them lies in a subfacet."""
    mask = None
    for chunk in chunks:
        if not chunk.subfacet_id:
            continue
        here = (index.column("subfacet_id") == chunk.subfacet_id) & (
            index.column("report_id") == chunk.report_id
        )
        mask = here if mask is None else mask | here
    return mask


def named_subfacet_mask(index: Index, question: str) -> np.ndarray | None:
    """Chunks of the subfacets the question names (by number or title; intent.named_subfacets),
    judged per report against that report's own subfacet titles; None when it names none."""
    mask = None
    for titles, reports in _subfacet_titles_per_report(index):
        for sid in named_subfacets(question, titles, index.idf):
            here = (index.column("subfacet_id") == sid) & np.isin(index.column("report_id"), reports)
            mask = here if mask is None else mask | here
    return mask


@dataclass(frozen=True)
class Retrieval:
    hits: tuple[Hit, ...]
    query_vector: np.ndarray
    timings_ms: dict[str, float] = field(default_factory=dict)
    dense_down: bool = False  # the Chroma server did not answer: these hits are BM25's alone
    # with filters: the closest sentence in the whole index, and the chunks that hold the
    # closest sentences (best first), so a filter that misses the topic can be told apart
    unfiltered_best: float = -1.0
    unfiltered_top: tuple[Chunk, ...] = ()
    # the first chunk by the fused score when the example model then chose another subfacet of
    # the kind asked (within.reorder_subfacets); None when it moved nothing. What the question's
    # own words matched best: compose checks the model's reading against it
    scored_first: Chunk | None = None
    # an English question's vector without its language part (``crosslingual.shifted``), as the
    # report's sentences were compared with it; None for a Dutch question
    compare_vector: np.ndarray | None = None
    # the best passage of each next section by the fused score, after ``hits``, until hits and
    # these name SOURCE_SECTIONS sections (``source_list``); not read by the answer's composition
    further: tuple[Hit, ...] = ()


@dataclass(frozen=True)
class Reading:
    """What retrieval reads from the question's words alone, without its vector: made beside the
    query embedding (``read_question``, ``beside.py``), it costs the user no time."""

    question: str
    tokens: tuple[str, ...]
    lexical: np.ndarray | None  # BM25 per chunk (index order); None without words or chunks
    kinds: frozenset[str]  # the kinds the question names (intent.intent_kinds)
    named: np.ndarray | None  # named_subfacet_mask
    items: bool  # an item request (intent.asks_items)
    # the template kinds it names as ``intent.analyse`` reads them (intent.named_kinds): the
    # section names too, and what was added to the vision as the additions
    named_kinds: frozenset[str] = frozenset()
    # the BM25 scores of the report stems its unknown stems stand for (bridge.expanded_lexical);
    # None without any
    expansion: np.ndarray | None = None


def read_question(index: Index, question: str) -> Reading:
    """The question's ``Reading`` (BM25 scored whatever its weight: ~0.1 ms)."""
    tokens = tokenize(question)
    lexical = index.bm25.scores(tokens) if tokens and len(index.chunks) else None
    return Reading(
        question,
        tuple(tokens),
        lexical,
        frozenset(intent_kinds(question)),
        named_subfacet_mask(index, question),
        asks_items(question),
        named_kinds(question),
        expanded_lexical(index, tokens) if lexical is not None else None,
    )


def best_sentence_scores(
    index: Index, query_vector: np.ndarray, mask: np.ndarray | None = None, sims: np.ndarray | None = None
) -> np.ndarray:
    """Per chunk (in index order): the similarity of its sentence closest to the question;
    -1 for chunks without sentences or outside ``mask``. ``sims``: the question's similarity to
    every stored sentence, when the caller has it already."""
    best = np.full(len(index.chunks), -1.0, dtype=np.float32)
    owner = index.sentence_chunk
    if len(owner):
        if sims is None:
            sims = index.sentence_vectors @ query_vector
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # rows are grouped by chunk
        best[owner[starts]] = np.maximum.reduceat(sims, starts)
    return best if mask is None else np.where(mask, best, -1.0)


def _fuse(
    index: Index,
    tokens: list[str],
    sims: np.ndarray,
    best: np.ndarray,
    dense: list[tuple[str, float]],
    lexical: np.ndarray | None,
    mask: np.ndarray | None,
    weights: tuple[float, float, float],
    kinds: set[str],
    named: np.ndarray | None,
    n: int,
    context: np.ndarray | None = None,
    prior: np.ndarray | None = None,
    learned: np.ndarray | None = None,
    expansion: np.ndarray | None = None,
) -> tuple[dict[str, float], dict[str, int], dict[str, int]]:
    """The ``n`` best chunks by a weighted sum of the three scores, each put on one scale.

    Scores, not ranks, are fused: a rank fusion counts a chunk that one retriever ranks first
    as much as one that it barely matched, so a single weak BM25 match of an English or an
    everyday-words question (a shared word like "project") outranked the passage both vector
    rankings put first (cross-validated hit@1 on the gold sets: 0.81 with ranks, 0.86 with scores).

    - scale: each vector score is measured from the best candidate, in units of the spread
      (standard deviation) of the question's similarity to all sentences of the index, so the
      unit follows the embedder and the question; chunks outside Chroma's top ``n`` get the
      lowest similarity it returned;
    - BM25 on log(1 + score), from its best chunk, in units of its spread over the chunks, and
      weighted by the share of the question's words the index knows: an English question (or
      one in words the report never uses) is matched on the odd shared word only;
    - ``expansion`` (the report stems that the question's unknown stems stand for, bridge.py)
      joins BM25 before its logarithm, for the fused score only: the BM25 ranks (``Hit.bm25_rank``,
      read by abstention's agreement of BM25 and the vectors, calibrated on the question's own
      words) stay those of the question's words.
    """
    dense_weight, sentence_weight, bm25_weight = weights
    count = len(index.chunks)
    allowed = np.ones(count, dtype=bool) if mask is None else mask
    spread = float(sims.std()) if len(sims) > 1 else 0.0
    spread = spread if spread > 1e-6 else 1.0
    fused = np.zeros(count, dtype=np.float64)
    dense_rank = {cid: rank for rank, (cid, _sim) in enumerate(dense, 1)}
    if dense and dense_weight > 0:
        floor = min(sim for _cid, sim in dense)
        d = np.full(count, floor, dtype=np.float64)
        for cid, sim in dense:
            d[index.position[cid]] = sim
        fused += dense_weight * (d - d.max()) / spread
    if sentence_weight > 0 and len(sims):
        b = np.where(best > -1, best, float(sims.min())).astype(np.float64)
        fused += sentence_weight * (b - b[allowed].max()) / spread
    bm25_rank: dict[str, int] = {}
    if lexical is not None:
        plain = np.log1p(np.where(allowed, lexical, 0.0).astype(np.float64))
        lex = plain if expansion is None else np.log1p(np.where(allowed, lexical + expansion, 0.0))
        if lex.max() > 0:
            known = sum(t in index.vocabulary for t in tokens) / len(tokens)
            fused += bm25_weight * known * (lex - lex.max()) / (float(lex[allowed].std()) or 1.0)
        if plain.max() > 0:
            order = np.argsort(-plain, kind="stable")[:n]
            bm25_rank = {index.chunks[p].chunk_id: r for r, p in enumerate(order, 1) if plain[p] > 0}
    for kind in kinds:
        fused += KIND_BONUS * (index.column("kind") == kind)
    if named is not None:
        fused += SUBFACET_BONUS * named
    if prior is not None:
        fused += SUBFACET_PRIOR * prior
    if learned is not None:  # weighted already (examples.WEIGHTS)
        fused += learned
    if context is not None:
        fused += CONTEXT_BONUS * context
        if kinds and CONTEXT_KIND_BONUS:
            fused += CONTEXT_KIND_BONUS * (context & np.isin(index.column("kind"), list(kinds)))
    fused = np.where(allowed, fused, -np.inf)
    top = np.argsort(-fused, kind="stable")[:n]
    return (
        {index.chunks[p].chunk_id: float(fused[p]) for p in top if allowed[p]},
        dense_rank,
        bm25_rank,
    )


def check_filters(index: Index, filters: Filters) -> None:
    """A report filter must name a report of the index (before anything is embedded)."""
    if filters.report_id and filters.report_id not in index.report_by_id:
        raise QuestionError(
            f"Onbekend verslag '{filters.report_id}'. Kies een van: "
            + ", ".join(sorted(index.report_by_id))
            + "."
        )


def retrieve(
    index: Index,
    question: str,
    k: int | None = None,
    filters: Filters = Filters(),
    bm25_weight: float | None = None,
    dense_weight: float | None = None,
    sentence_weight: float | None = None,
    context: np.ndarray | None = None,
    kinds: frozenset[str] | None = None,
    query_vector: np.ndarray | None = None,
    reading: Reading | None = None,
    place: np.ndarray | None = None,
) -> Retrieval:
    """The ``k`` best chunks for ``question``. ``context``: chunks of where the conversation was
    (``context_mask``), a soft prior for a follow-up (ignored under a subfacet filter).
    ``kinds``: the template kinds that get the kind bonus (default: the narrow ones the question
    names, ``intent.INTENTS``); one ask of a several-part question passes the kinds it asks for in
    its own words. ``query_vector``: the question's embedding when it was made already (the asks
    of a synthesis question are embedded in one batch). ``reading``: the question's ``read_question``
    when it was made already (beside its embedding, ``answer.Assistant.stream``); made here
    without a vector, it runs on the shared pool while this thread embeds (``beside.py``).
    ``place``: a score per chunk added to the fused score as the learned priors are, for a turn
    that stands alone in a conversation (``answer.Assistant._place``); unlike ``context`` it
    leaves every reading of a single question in force."""
    s = index.settings
    check_filters(index, filters)
    k = k or s.top_k
    bm25_weight = s.bm25_weight if bm25_weight is None else bm25_weight
    dense_weight = s.dense_weight if dense_weight is None else dense_weight
    sentence_weight = s.sentence_weight if sentence_weight is None else sentence_weight
    n = max(s.candidates, k)
    t0 = time.perf_counter()
    if reading is not None and reading.question != question:
        reading = None  # another question's
    pending = beside(read_question, index, question) if reading is None and query_vector is None else None
    qvec = index.embedder.embed_query(question) if query_vector is None else query_vector
    t_read = time.perf_counter()
    if reading is None:
        reading = read_question(index, question) if pending is None else pending.result()
    t1 = time.perf_counter()
    dense: list[tuple[str, float]] = []
    dense_down = False
    if dense_weight > 0:
        try:
            dense = index.dense(qvec, n, filters.where())
        except StoreUnreachableError:  # degrade to BM25 alone; the store retries by itself later
            dense_down = True
    t2 = time.perf_counter()
    mask = filters.mask(index)
    tokens = list(reading.tokens)
    lexical = reading.lexical if bm25_weight > 0 else None
    # the question's stems that the report never uses add the report stems the labelled questions
    # aligned them to (bridge.py: "farmer" -> landbouw, landbouwer; "rural" -> stad, platteland):
    # BM25 otherwise matches an everyday or English question on its shared words only.
    # Leave-one-set-out (scripts/trans14_lab.py nested; the weight chosen on the other sets):
    # hit@1 0.867 -> 0.870, hit@5 0.977 -> 0.981, everyday words 0.750 -> 0.757, English 0.829 ->
    # 0.825 (hit@5 0.944 -> 0.951), direct 0.955 -> 0.956
    expansion = reading.expansion if lexical is not None else None
    t3 = time.perf_counter()
    sims = index.sentence_vectors @ qvec if len(index.sentence_chunk) else np.zeros(0, np.float32)
    overall = best_sentence_scores(index, qvec, sims=sims)
    # an English question is compared with the report's sentences with the language part of its
    # vector removed (crosslingual.py; leave-one-set-out hit@1 0.866 -> 0.870, English 0.772 ->
    # 0.800, no set falls): for the fused score (its sentence part and its unit, ``sims``) and the
    # within-subfacet reordering only; the closest sentence (the votes' gate, the unfiltered best
    # below) keeps the question's own vector
    english = language_shifted(index, question, qvec) if len(index.sentence_chunk) else None
    if english is not None:
        sims = index.sentence_vectors @ english
    compared = overall if english is None else best_sentence_scores(index, english, sims=sims)
    best = compared if mask is None else np.where(mask, compared, -1.0)
    unfiltered_best, unfiltered_top = -1.0, ()
    if mask is not None:
        order = np.argsort(-overall, kind="stable")[:3]
        unfiltered_best, unfiltered_top = float(overall[order[0]]), tuple(index.chunks[p] for p in order)

    scored_first: Chunk | None = None
    bonus = set(reading.kinds if kinds is None else kinds) - ({filters.kind} if filters.kind else set())
    # the template kinds a whole question names are read as compose reads them (intent.named_kinds):
    # the additions by their name too, and what was added to the vision as the additions, not the
    # vision. They get the kind bonus, a share of the votes (neighbours.NAMED_KIND_SHARE) and the
    # first place within the first subfacet (within.reorder_named); read by the narrow rules
    # alone, "according to the additions on community power" (cold12 c12q073) and "what did
    # participants add to the vision …" (cold8 c8c06.1) got the subfacet's vision.
    # Leave-one-set-out (scripts/kind13_lab.py named; no weight fitted): hit@1 0.879 -> 0.881,
    # within-subfacet errors 78 -> 74, no set falls
    said: set[str] = set()
    if kinds is None:
        said = set(reading.named_kinds) - ({filters.kind} if filters.kind else set())
        bonus = (bonus & RARE_KINDS) | said
    weights = (dense_weight, sentence_weight, bm25_weight)
    named = None if filters.subfacet_id else reading.named
    if filters.subfacet_id:
        context = None  # the filter says where to look
    # not for an item request: it names its kind, and the whole section of that kind is the answer;
    # with the prior, 4 of 55 list questions (CV set) went to another subfacet's section
    use_prior = SUBFACET_PRIOR and not filters.subfacet_id and not reading.items
    prior = chunk_prior(index, qvec) if use_prior else None
    # the labelled example questions' pull (examples.py): for every question, item requests too
    # (leave-one-set-out CV: list hit@1 0.82 -> 0.84 with it)
    learned = example_prior(index, qvec)
    # and the nearest labelled questions' votes for their sections (a share of them when it names
    # a kind), unless the question's closest sentence says it asks in the report's own words
    # (neighbours.py; leave-one-set-out CV hit@1 0.839 -> 0.883 on top of the prior above, everyday
    # words 0.64 -> 0.76). Not for a follow-up that stays on the conversation's subject
    # (``context``): its standalone question ends in the carried topic words, and the labelled
    # questions that share them vote for where the conversation was, over what the turn asks
    # ("Werken zij samen met andere organisaties? (Arktos)" went from the synergies to Arktos's
    # practice, v2c10.3). The votes are fitted on single questions; the follow-up rules were
    # measured without them.
    closest = float(overall.max()) if len(overall) else -np.inf
    # An English question finds its nearest questions with the language part of its vector
    # removed (it otherwise finds English questions on other topics) and casts no vote by its
    # English words (neighbours.ENGLISH_LEXICAL_WEIGHT)
    votes = (
        None
        if context is not None
        else neighbour_prior(
            index, qvec, tokens, closest, names_kind=bool(bonus - RARE_KINDS), english=english
        )
    )
    if votes is not None:
        learned = votes if learned is None else learned + votes
    if place is not None and not filters.subfacet_id:
        learned = place if learned is None else learned + place
    fused, dense_rank, bm25_rank = _fuse(
        index,
        tokens,
        sims,
        best,
        dense,
        lexical,
        mask,
        weights,
        bonus - RARE_KINDS,
        named,
        n,
        context,
        prior,
        learned,
        expansion,
    )
    if mask is None and context is None and not bonus - RARE_KINDS:  # (no mask: no filter at all)
        # the top subfacet's parts reordered by the kind asked and the best sentence (within.py;
        # leave-one-set-out hit@1 0.856 -> 0.866, within-subfacet errors 75 -> 64). Not when the
        # question names a kind in its own words: the rules' reading outranks the kind model's
        # ("Wat staat er in de weg …" lost its Drempels to Goede praktijken, cold7 c7c04.1); nor for
        # a follow-up on the conversation's subject: fitted on single questions, and the
        # follow-up rules were measured without it (as the votes above)
        fused = reorder_within(index, fused, best, qvec)
    elif mask is None and context is None and kinds is None and named is None and not bonus & RARE_KINDS:
        # the mirror: the question names its kind in its own words but no subfacet by its title
        # (English or everyday words for it): the kind's sections of the subfacets reordered by
        # the example subfacet model and the best sentence (within.reorder_subfacets;
        # leave-one-set-out hit@1 0.870 -> 0.877, English 0.827 -> 0.850, no set falls). Not for
        # one ask of a several-part question (``kinds`` given): compose places the asks
        first = min(fused, key=lambda c: (-fused[c], c)) if fused else ""
        fused = reorder_subfacets(index, fused, best, qvec, bonus - RARE_KINDS)
        if fused and min(fused, key=lambda c: (-fused[c], c)) != first:
            scored_first = index.by_id[first]
    if mask is None and context is None and kinds is None and said:
        # the kind the question names in its own words put first within the first subfacet
        # (within.reorder_named): the kind bonus lost to long sibling sections ("volgens de
        # synergiën van de regionale aanpak" got Opschaling, cold10 c10q171). Leave-one-set-out
        # hit@1 0.876 -> 0.881, no set falls. Not for one ask of a several-part question (compose
        # places the asks) nor a follow-up on the subject (as within.reorder above)
        fused = reorder_named(index, fused, best, said)
    for kind in bonus & RARE_KINDS:
        if _ruled_out(index, kind, qvec):
            continue
        if dense_weight > 0 and not dense_down:
            # a few chunks per report that neither retriever may surface for a meta question
            where = Filters(filters.subfacet_id, kind, filters.report_id).where()
            try:
                meta = index.dense(qvec, 3, where)
            except StoreUnreachableError:
                meta, dense_down = [], True
            top = max(fused.values(), default=0.0)
            for rank, (cid, _sim) in enumerate(meta, 1):
                # the question names this part explicitly: rank it first, in the store's order
                fused[cid] = max(fused.get(cid, top), top + KIND_BONUS / rank)
    ranked = sorted(fused, key=lambda c: (-fused[c], c))
    hits: list[Hit] = []
    seen_text: set[str] = set()
    for cid in ranked:
        chunk = index.by_id[cid]
        if chunk.text in seen_text:
            continue  # the same passage twice (e.g. a report ingested under two names)
        seen_text.add(chunk.text)
        hits.append(
            Hit(
                chunk=chunk,
                score=fused[cid],
                rank=len(hits) + 1,
                bm25_rank=bm25_rank.get(cid, 0),
                dense_rank=dense_rank.get(cid, 0),
            )
        )
        if len(hits) >= k:
            break
    further = _further_sections(index, fused, ranked, hits, (bm25_rank, dense_rank))
    t4 = time.perf_counter()
    return Retrieval(
        tuple(hits),
        qvec,
        {
            "embed": (t_read - t0) * 1000,
            "read": (t1 - t_read) * 1000,  # beyond the embedding, when the reading ran beside it
            "dense": (t2 - t1) * 1000,
            "bm25": (t3 - t2) * 1000,
            "retrieve": (t4 - t0) * 1000,
        },
        dense_down,
        unfiltered_best,
        unfiltered_top,
        scored_first,
        english,
        further,
    )


def _further_sections(
    index: Index,
    fused: dict[str, float],
    ranked: list[str],
    hits: list[Hit],
    ranks: tuple[dict[str, int], dict[str, int]],
) -> tuple[Hit, ...]:
    """The best passage of each section after ``hits``'s sections, by the fused score, until the
    two name SOURCE_SECTIONS sections (fewer when the candidates hold fewer)."""
    named = {(h.chunk.report_id, h.chunk.section_id) for h in hits}
    taken = {h.chunk.chunk_id for h in hits}
    texts = {h.chunk.text for h in hits}
    out: list[Hit] = []
    for cid in ranked:
        if len(named) >= SOURCE_SECTIONS:
            break
        chunk = index.by_id[cid]
        key = (chunk.report_id, chunk.section_id)
        if cid in taken or key in named or chunk.text in texts:
            continue
        named.add(key)
        out.append(
            Hit(
                chunk=chunk,
                score=fused[cid],
                rank=len(hits) + len(out) + 1,
                bm25_rank=ranks[0].get(cid, 0),
                dense_rank=ranks[1].get(cid, 0),
            )
        )
    return tuple(out)


def source_list(hits: list[Hit], further: tuple[Hit, ...] = ()) -> list[Hit]:
    """The sources an answer lists: each section's first passage in the hits' order, then the
    ``further`` sections' (``Retrieval.further``), then the hits' second passages of a section;
    renumbered. The first source stays the first hit (the answer's lead section)."""
    seen: set[tuple[str, str]] = set()
    first: list[Hit] = []
    second: list[Hit] = []
    for h in hits:
        key = (h.chunk.report_id, h.chunk.section_id)
        (second if key in seen else first).append(h)
        seen.add(key)
    extra = [h for h in further if (h.chunk.report_id, h.chunk.section_id) not in seen]
    return [replace(h, rank=r) for r, h in enumerate(first + extra + second, 1)]
