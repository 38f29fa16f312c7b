"""Close the citation loop: parse [n] out of an answer, check each against its source.

A sentence is *supported* by the passage it cites when enough of its content words occur
in that passage (stemmed), or when it is semantically close to one of the passage's
sentences, and when every number and name it states occurs in that passage. Numbers that
point at no source are invalid; sentences without support are dropped, and the caller
falls back to the extractive answer when too little survives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .chunk import _ends_with_abbreviation, split_sentences
from .lexical import tokenize
from .records import Citation, Hit

_MARKER = re.compile(r"\[(\d{1,3})\]")
_MARKER_LIST = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})+)\]")  # "[1, 2]" -> "[1][2]"
_ANSWER_SENTENCE = re.compile(r"(?<=[.!?])(?:\s*\[\d{1,3}\])*\s+(?=[A-ZÀ-Ý0-9•\-*“\"‘(])|\n+")
_LEAD = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")  # a bullet or list number before a sentence
_BARE_LEAD = re.compile(r"(?:[-*•]\s*)?\d{1,2}[.)]")  # "1." alone: a list number, not a sentence
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<=[\s(‘'\"“])([A-ZÀ-Ý][\w’'-]{2,})")

LEXICAL_SUPPORT = 0.6  # share of a sentence's content words found in its cited passage
SEMANTIC_SUPPORT = 0.90  # e5 cosine between the sentence and the passage's best sentence
MIN_SUPPORTED_SHARE = 0.5  # below this share of supported sentences: extractive fallback
# Names a faithful answer may use without the cited passage spelling them out.
_DOMAIN_NAMES = frozenset(
    {
        "plattelandspact",
        "vlaanderen",
        "vlaams",
        "vlaamse",
        "toekomstatelier",
        "toekomstateliers",
        "verslag",
        "continue",
        "start",
        "stop",
        "synergie",
    }
)


@dataclass(frozen=True)
class CheckedSentence:
    text: str  # without its markers and without a leading bullet
    numbers: tuple[int, ...]
    invalid: tuple[int, ...]  # numbers that point at no source
    supported_by: tuple[int, ...]  # valid numbers whose passage supports the sentence
    quote: str  # best supporting sentence of the first supporting passage
    is_claim: bool  # carries content (not a framing line)
    lead: str = ""  # what came before it in the answer: a line break and/or a bullet ("\n- ")
    quotes: tuple[str, ...] = ()  # the supporting sentence of each passage in ``supported_by``
    problem: str = ""  # why a claim is unsupported: no-citation, invalid-number, not-in-passage,
    #                    number-not-in-passage, name-not-in-passage


@dataclass(frozen=True)
class Verification:
    sentences: tuple[CheckedSentence, ...]

    @property
    def claims(self) -> list[CheckedSentence]:
        return [s for s in self.sentences if s.is_claim]

    @property
    def invalid_numbers(self) -> set[int]:
        return {n for s in self.sentences for n in s.invalid}

    @property
    def unsupported(self) -> list[CheckedSentence]:
        return [s for s in self.claims if not s.supported_by]

    @property
    def supported_share(self) -> float:
        claims = self.claims
        return sum(1 for s in claims if s.supported_by) / len(claims) if claims else 0.0


def split_answer(text: str) -> list[tuple[str, tuple[int, ...]]]:
    """Answer text -> [(sentence without markers or bullet, cited numbers)]."""
    return [(clean, numbers) for _, clean, numbers in _segments(text)]


def _segments(text: str) -> list[tuple[str, str, tuple[int, ...]]]:
    """[(lead, sentence, numbers)]: lead keeps the line break and bullet before the sentence."""
    out = []
    for separator, raw in _split_keep_markers(_expand_marker_lists(text)):
        numbers = tuple(int(n) for n in _MARKER.findall(raw))
        clean = re.sub(r"\s*\[\d{1,3}\]", "", raw).strip()
        bullet = _LEAD.match(clean)
        if bullet:
            clean = clean[bullet.end() :]
        if clean:
            lead = (
                "\n\n"
                if separator.count("\n") > 1
                else "\n"
                if "\n" in separator
                else " "
                if separator
                else ""
            )
            out.append((lead + (bullet.group(0).strip() + " " if bullet else ""), clean, numbers))
    return out


def _expand_marker_lists(text: str) -> str:
    return _MARKER_LIST.sub(lambda m: "".join(f"[{n}]" for n in re.split(r"\s*[,;]\s*", m.group(1))), text)


def _split_keep_markers(text: str) -> list[tuple[str, str]]:
    """[(separator before, sentence with its markers)]. A line break always ends a sentence; a
    period does not after an abbreviation ("bv.") or a list number ("1.")."""
    parts, start, separator = [], 0, ""
    for m in _ANSWER_SENTENCE.finditer(text):
        end = m.start()
        # markers after the period belong to the sentence before
        tail = re.match(r"(?:\s*\[\d{1,3}\])*", text[end : m.end()])
        end += tail.end() if tail else 0
        piece = text[start:end]
        if (
            "\n" not in text[end : m.end()]
            and "\n" not in piece.strip()
            and (_ends_with_abbreviation(piece) or _BARE_LEAD.fullmatch(piece.strip()))
        ):
            continue
        if piece.strip():
            parts.append((separator, piece.strip()))
            separator = text[end : m.end()]
        else:
            separator += text[end : m.end()]
        start = m.end()
    if text[start:].strip():
        parts.append((separator, text[start:].strip()))
    return parts


def is_claim(sentence: str, numbers: tuple[int, ...] = ()) -> bool:
    """Does the sentence say something that needs a source? A framing line ("Dit zijn de
    punten:") or a short heading does not; anything cited or of four words or more does."""
    if numbers:
        return True
    if sentence.rstrip().endswith(":"):
        return False
    return len(re.findall(r"\w+", sentence)) >= 4


def verify(answer_text: str, hits: list[Hit], embed_query=None, sentence_vectors=None) -> Verification:
    """Check every sentence's [n] markers against hits[n-1].

    A cited passage supports a sentence when enough of the sentence's content words occur
    in it (or, with the embedder, a passage sentence is semantically close) AND every
    number and name in the sentence occurs in it. ``embed_query(text) -> vector`` and
    ``sentence_vectors(chunk_id) -> [(text, vector)]`` add the semantic check; without them
    only the lexical checks run.
    """
    semantic = embed_query is not None and sentence_vectors is not None
    checked = []
    for lead, sentence, numbers in _segments(answer_text):
        invalid = tuple(n for n in numbers if not 1 <= n <= len(hits))
        valid = list(dict.fromkeys(n for n in numbers if 1 <= n <= len(hits)))
        words = set(tokenize(sentence))
        qvec = embed_query(sentence) if semantic and valid else None
        supported, quotes, problem = [], [], ""
        for n in valid:
            hit = hits[n - 1]
            passage_words = set(tokenize(hit.chunk.text))
            lexical = len(words & passage_words) / len(words) if words else 0.0
            best_sentence, best_sim = _best_sentence(hit, words, qvec, sentence_vectors)
            similar = lexical >= LEXICAL_SUPPORT or best_sim >= SEMANTIC_SUPPORT
            missing = _missing_details(sentence, hit) if similar else "not-in-passage"
            if not missing:
                supported.append(n)
                quotes.append(best_sentence)
            elif not problem:
                problem = missing
        claim = is_claim(sentence, numbers)
        if claim and not supported:
            problem = "invalid-number" if numbers and not valid else problem or "no-citation"
        else:
            problem = ""
        checked.append(
            CheckedSentence(
                sentence,
                tuple(numbers),
                invalid,
                tuple(supported),
                quotes[0] if quotes else "",
                claim,
                lead,
                tuple(quotes),
                problem,
            )
        )
    return Verification(tuple(checked))


def _missing_details(sentence: str, hit: Hit) -> str:
    """A number or a name the sentence states that its passage does not: a sign of an
    invented detail even when the rest of the words match."""
    context = f"{hit.chunk.text}\n{hit.chunk.section_path}"
    have_numbers = set(_NUMBER.findall(context))
    if any(n not in have_numbers for n in _NUMBER.findall(sentence)):
        return "number-not-in-passage"
    low = context.lower()
    stems = set(tokenize(context))
    rest = sentence.split(" ", 1)[1] if " " in sentence else ""  # a sentence's first word is no name
    for name in _NAME.findall(" " + rest):
        if name.lower() in _DOMAIN_NAMES or name.lower() in low:
            continue
        if not all(t in stems for t in tokenize(name)):
            return "name-not-in-passage"
    return ""


def _best_sentence(hit: Hit, words: set[str], qvec, sentence_vectors) -> tuple[str, float]:
    """The passage sentence closest to the claim: e5 cosine when available, else word overlap."""
    if qvec is not None:
        pairs = sentence_vectors(hit.chunk.chunk_id)
        if pairs:
            sims = [float(np.dot(v, qvec)) for _, v in pairs]
            i = int(np.argmax(sims))
            return pairs[i][0], sims[i]
    candidates = split_sentences(hit.chunk.text) or [hit.chunk.text]
    scored = [(len(words & set(tokenize(c))), c) for c in candidates]
    return max(scored, key=lambda t: t[0])[1], 0.0


def citations_for(verification: Verification, hits: list[Hit]) -> list[Citation]:
    """One citation per cited source number, with the passage sentence that supports it."""
    quotes: dict[int, list[str]] = {}
    for s in verification.sentences:
        for n, quote in zip(s.supported_by, s.quotes or (s.quote,) * len(s.supported_by), strict=True):
            found = quotes.setdefault(n, [])
            if (quote or hits[n - 1].chunk.text) not in found:
                found.append(quote or hits[n - 1].chunk.text)
    return [
        Citation.from_chunk(n, hits[n - 1].chunk, quotes[n][0], quotes=tuple(quotes[n]))
        for n in sorted(quotes)
    ]


def kept_text(verification: Verification) -> str:
    """The answer without its unsupported claims, each kept sentence followed by the numbers
    that support it, in the answer's own layout (paragraphs, bullets)."""
    out: list[str] = []
    for s in verification.sentences:
        if s.is_claim and not s.supported_by:
            continue
        markers = "".join(f"[{n}]" for n in s.supported_by)
        body = f"{s.text} {markers}" if markers else s.text
        out.append((s.lead if out else s.lead.lstrip()) + body)
    return "".join(out).strip()


def renumber(text: str, mapping: dict[int, int]) -> str:
    """Rewrite [n] as [mapping[n]]; numbers missing from the mapping are dropped."""
    return _MARKER.sub(lambda m: f"[{mapping[int(m.group(1))]}]" if int(m.group(1)) in mapping else "", text)


def leaks_prompt(text: str, prompt: str, ignore: tuple[str, ...] = (), words: int = 8) -> bool:
    """Does ``text`` repeat a run of ``words`` consecutive words of ``prompt``? Case, layout,
    punctuation and list numbering are ignored; runs inside ``ignore`` (e.g. the refusal
    sentence the prompt itself prescribes) do not count."""

    def norm(s: str) -> list[str]:
        return re.findall(r"[^\W_]+", s.lower())

    allowed = {tuple(w[i : i + words]) for s in ignore for w in [norm(s)] for i in range(len(w) - words + 1)}
    secret = norm(prompt)
    runs = {tuple(secret[i : i + words]) for i in range(len(secret) - words + 1)} - allowed
    said = norm(text)
    return any(tuple(said[i : i + words]) in runs for i in range(len(said) - words + 1))


_DUTCH = {
    "de",
    "het",
    "een",
    "en",
    "van",
    "is",
    "dat",
    "die",
    "niet",
    "zijn",
    "voor",
    "met",
    "op",
    "te",
    "ook",
    "worden",
    "wordt",
    "om",
    "bij",
    "door",
    "naar",
    "er",
    "aan",
    "deze",
    "als",
    "meer",
    "hebben",
    "heeft",
    "wat",
    "welke",
    "hoe",
    "waar",
    "nog",
    "maar",
    "tot",
    "uit",
    "wel",
    "geen",
    "kan",
    "moet",
    "hun",
    "ze",
    "we",
    "wij",
    "ons",
    "onze",
    "dit",
    "zo",
    "of",
    "over",
    "werd",
    "werden",
}
_ENGLISH = {
    "the",
    "a",
    "an",
    "and",
    "of",
    "that",
    "to",
    "for",
    "with",
    "on",
    "are",
    "be",
    "by",
    "this",
    "as",
    "it",
    "from",
    "more",
    "which",
    "can",
    "their",
    "they",
    "what",
    "how",
    "there",
    "has",
    "have",
    "was",
    "were",
    "not",
    "about",
    "should",
    "would",
    "these",
    "those",
}
_DUTCH_SPELLING = re.compile(r"ij|oe|ui|aa|ee|sch|cht")
_ENGLISH_SPELLING = re.compile(r"th|wh|ing\b|ght|tion\b|ly\b")


# English question words and auxiliaries no Dutch word is spelt as: counted for a question's
# language only (``is_dutch``, which the abstention reads, keeps its lists). "Who is involved first
# in participation processes …?" had one English function word against the Dutch "is" and "in".
_ENGLISH_ASKING = frozenset({"who", "whom", "whose", "where", "when", "why", "does", "do", "did"})
_BOTH = frozenset({"is"})  # a Dutch function word spelt the same in English: evidence of neither


def _function_words(text: str) -> tuple[int, int]:
    """How many Dutch and how many English function words a question holds (citation marks aside)."""
    words = [w for w in re.findall(r"[a-zà-ÿ]+", re.sub(r"\[\d+\]", "", text.lower())) if w not in _BOTH]
    return sum(w in _DUTCH for w in words), sum(w in _ENGLISH or w in _ENGLISH_ASKING for w in words)


def language_of(question: str, earlier: Sequence[str] = ()) -> str:
    """The language an answer's own lines are written in: "en" for an English question, else "nl".
    The function words decide (English policy terms inside a Dutch question, "right to challenge",
    "coalition of the willing", bring no more English function words than the Dutch frame around
    them); a question without that evidence ("And Olen?", "Why?") keeps the language of the last
    earlier turn that had it; else ``is_dutch`` (spelling; Dutch when it cannot tell)."""
    nl, en = _function_words(question)
    if nl != en:
        return "nl" if nl > en else "en"
    for before in reversed(earlier):
        nl, en = _function_words(before)
        if nl != en:
            return "nl" if nl > en else "en"
    return "nl" if is_dutch(question) else "en"


def is_dutch(text: str) -> bool:
    """Is the text (rather) Dutch than English? Function words decide; spelling breaks a tie."""
    low = re.sub(r"\[\d+\]", "", text.lower())
    words = re.findall(r"[a-zà-ÿ]+", low)
    nl = sum(w in _DUTCH for w in words)
    en = sum(w in _ENGLISH for w in words)
    if nl != en:
        return nl > en
    if len(words) < 4:
        return True
    return len(_DUTCH_SPELLING.findall(low)) >= len(_ENGLISH_SPELLING.findall(low))
