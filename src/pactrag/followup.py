"""A conversation turn -> the question it asks on its own (without an LLM).

    rewrite_followup(question, history) -> str

First decide whether the turn is a follow-up at all: a question with its own topic and no
word pointing back ("daar", "dat", "hun", "en …?") is answered as asked, whatever came before.
A follow-up keeps the conversation's topic (the previous standalone question's content words:
what it was about and which subfacet) and takes its kind (goede praktijken, drempels, …)
from what it asks itself when it asks for one ("wat houdt dat tegen?" is Stop, "hoe lossen we
dat op?" is Start, "zijn er voorbeelden?" is Continue); otherwise it keeps the previous kind.
The carried words go between brackets after the question, so the user's own words stay first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent import _FRAME_TERMS, INTENTS, ITEM_KINDS, SECTION_NAMES, intent_kinds
from .lexical import stopwords, tokenize
from .records import KIND_LABELS

History = Sequence[tuple[str, str]]  # (standalone question, answer) pairs, oldest first

# Words that point back at the previous turn. "dat/die/dit/deze" only in a short question:
# in a long one they are mostly a conjunction or a relative pronoun ("de figuur die …").
_POINTS_BACK = re.compile(
    r"\b(daar\w*|hier(aan|bij|in|mee|over|van|voor|rond|door)|er(aan|bij|in|mee|over|van|voor|rond|door|tegen)|"
    r"ze|zij|hun|hen|hem|haar|dezelfde|diezelfde|datzelfde|hetzelfde|zo'n|zulke|"
    r"that|those|these|it|them|they|their|there)\b",
    re.I,
)
_DEMONSTRATIVE = re.compile(r"\b(dat|die|dit|deze)\b", re.I)
# ... and in a longer one after a preposition ("om die weg te werken", "rond dat thema")
_AFTER_PREPOSITION = re.compile(
    r"\b(om|over|met|rond|bij|van|voor|aan|in|op|tegen|naar|uit|door|about|with|for|of)\s+(dat|die|dit|deze)\b",
    re.I,
)
SHORT_QUESTION = 8  # words; up to this long, a demonstrative points back
# How a follow-up that adds to the conversation starts: "En …", "Ook …", "Wat met …", "And …".
_CONTINUES = re.compile(r"^\s*(en|ook|maar|wat met|hoe zit het met|and|also|what about|how about)\b", re.I)
# Words that only frame a question; never carried as its topic.
_FRAME_WORDS = re.compile(
    r"^(welke?|wat|wie|hoe|hoeveel|waar|waarom|wanneer|noem|geef|vertel|zeg|deelnemers|verslag|verslagen|"
    r"rapport|genoemd|vermeld|besproken|volgens|what|which|who|how|where|why|report|mentioned|"
    r"andere|vraag|question)$",
    re.I,
)
# Remedies: the report files the actions that take barriers away under Start (opschaling: "welke
# knelpunten weggewerkt moeten worden om … op te schalen"), so "hoe lossen we dat op?" asks for Start.
_REMEDY = re.compile(
    r"\b(oplossen|op te lossen|lossen .{0,30}\bop|verhelpen|te verhelpen|remedie\w*|wegwerken|weg te werken|"
    r"solve|fix|remedy|remedies)\b",
    re.I,
)
LONG_QUESTION = 6  # words; a question this long with one topic word of its own stands alone


def is_followup(question: str, previous: str) -> bool:
    """Does ``question`` lean on the previous turn (``previous``: its standalone question)?"""
    words = re.findall(r"\w+", question)
    if _CONTINUES.search(question) or _POINTS_BACK.search(question):
        return True
    if (len(words) <= SHORT_QUESTION and _DEMONSTRATIVE.search(question)) or _AFTER_PREPOSITION.search(
        question
    ):
        return True
    own = [t for t in _topic_terms(question) if t not in set(_topic_terms(previous))]
    # its own topic: two content terms, or one in a question of some length ("wat betekent R2C in
    # het verslag?"); "Welke link met andere beleidsdomeinen?" names only a kind
    return not (len(own) >= 2 or (own and len(words) >= LONG_QUESTION))


def rewrite_followup(question: str, history: History) -> str:
    if not history:
        return question
    previous = history[-1][0]
    if not is_followup(question, previous):
        return question
    carry = _content_words(previous)
    own = _kinds(question)
    if not own:  # same kind as before, named the way the report names it
        carry += [KIND_LABELS[k] for k in sorted(_kinds(previous))]
    else:  # a kind asked in words retrieval does not read as that kind: name it
        carry += [KIND_LABELS[k] for k in sorted(own - intent_kinds(question))]
    asked = question.lower()
    carry = [w for w in dict.fromkeys(carry) if w.lower() not in asked]
    return f"{question} ({' '.join(carry)})" if carry else question


def _kinds(question: str) -> set[str]:
    """The section kinds a question asks for (those a follow-up can switch between)."""
    named = {kind for kind, pattern in SECTION_NAMES.items() if pattern.search(question)}
    remedy = {"start"} if _REMEDY.search(question) else set()
    return (intent_kinds(question) | named | remedy) & set(ITEM_KINDS)


def _topic_terms(question: str) -> list[str]:
    """Stemmed content terms: no stop, frame or kind words."""
    return [t for t in tokenize(question) if t not in _FRAME_TERMS and not t.isdigit()]


def _content_words(question: str) -> list[str]:
    """The question's words that say what it is about (not how it asks, nor which kind)."""
    stop = stopwords()
    out = []
    for word in re.findall(r"[^\W_][\w’'+-]*", question):
        if word.lower() in stop or _FRAME_WORDS.match(word) or _POINTS_BACK.fullmatch(word):
            continue
        if re.fullmatch(r"\d+(\.\d+)+", word):  # a subfacet number travels as it is
            out.append(word)
            continue
        stems = tokenize(word)
        if not stems or all(s in _FRAME_TERMS for s in stems):
            continue
        if any(p.search(word) for p in (*INTENTS.values(), *SECTION_NAMES.values())):
            continue  # a kind word: the follow-up decides the kind
        out.append(word)
    return out
