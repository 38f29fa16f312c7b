"""A conversation turn -> the question it asks on its own (without an LLM).

    rewrite_followup(question, history) -> str

First decide whether the turn is a follow-up at all: a question with its own topic and no
word pointing back ("daar", "dat", "hun", "en …?") is answered as asked, whatever came before.
A follow-up keeps the conversation's topic (the previous standalone question's content words:
what it was about and which subfacet) and takes its kind (goede praktijken, drempels, …)
from what it asks itself when it asks for one ("wat houdt dat tegen?" is Stop, "hoe lossen we
dat op?" is Start, "zijn er voorbeelden?" is Continue); otherwise it keeps the previous kind.
The carried words go between brackets after the question, so the user's own words stay first.

Kinds are read from word families (stems with their inflections and compounds: "hinder",
"hinderpaal", "hindert"; "verbeter", "verbeteringen", "verbeteracties"), the way people ask for
barriers, remedies, examples or links in everyday Dutch, not from the report's headings alone.
"""

from __future__ import annotations

import functools
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
# Personal pronouns point back only weakly: "ze" is as often the participants ("hoe zien ze de
# rol van de provincies?") and "hun" the question's own subject ("vrijwilligers in hun buurt").
_PERSONAL = re.compile(r"\b(ze|zij|hun|hen|hem|haar)\b", re.I)
_DEMONSTRATIVE = re.compile(r"\b(dat|die|dit|deze)\b", re.I)
# ... and in a longer one after a preposition ("om die weg te werken", "rond dat thema")
_AFTER_PREPOSITION = re.compile(
    r"\b(om|over|met|rond|bij|van|voor|aan|in|op|tegen|naar|uit|door|about|with|for|of)\s+(dat|die|dit|deze)\b",
    re.I,
)
SHORT_QUESTION = 8  # words; up to this long, a demonstrative points back
# How a follow-up that adds to the conversation starts: "En …", "Ook …", "Wat met …", "And …".
_CONTINUES = re.compile(r"^\s*(en|ook|maar|wat met|hoe zit het met|and|also|what about|how about)\b", re.I)
# A question word: "En wat is het Open Ruimte Platform?" is a question of its own after "En";
# "En bij de provincies?" is not (it only makes sense with the previous one).
_QUESTION_WORD = re.compile(
    r"\b(wat|wie|welke?|hoe|waar|waarom|wanneer|hoeveel|what|which|who|how|where|why|when)\b", re.I
)
# The user says the turn is new ("Andere vraag: …", "Los daarvan, …").
_NEW_QUESTION = re.compile(
    r"\b(andere|nieuwe|aparte) vraag|\blos daarvan\b|\biets anders\b|another question|unrelated", re.I
)
# "Wat is X?", "Wie zijn X?", "Wat betekent X?": a question about one named thing stands alone
# (when X is no pointer: "wat is dat?" leans back, and a kind asked is a kind switch).
_DEFINITION = re.compile(r"^\s*(wat|wie)\s+(is|zijn|was|waren|betekent|betekenen)\s+(de|het|een)?\s*\w", re.I)
# Words that only frame a question; never carried as its topic.
_FRAME_WORDS = re.compile(
    r"^(welke?|wat|wie|hoe|hoeveel|waar|waarom|wanneer|noem|geef|vertel|zeg|deelnemers|verslag|verslagen|"
    r"rapport|genoemd|vermeld|besproken|volgens|what|which|who|how|where|why|report|mentioned|"
    r"andere|vraag|question)$",
    re.I,
)
# Verbs and adverbs that say how something is asked (who says, sees, experiences it; now, already),
# not what it is about: carried along they pull retrieval toward any passage using them.
_GENERIC = frozenset(
    tokenize(
        "ervaren ervaart ervaarde stellen stelt stelden zien ziet zagen vinden vindt vonden "
        "zeggen zegt zeiden noemen noemt noemden spelen speelt doen doet deden hebben heeft hadden "
        "komen komt lopen loopt liep gaan gaat ging gebeuren gebeurt bestaan bestaat vandaag nu momenteel al nog "
        "wel dan eigenlijk precies concreet concrete mogelijk mogelijke gesprekstafel tafel "
        "zaken zaak dingen ding punten punt aspecten elementen vorm vormen soort type manier "
        "describe say see mentioned"
    )
)

# -- the kinds, as people ask for them ---------------------------------------------------------
# Each is a family of stems with their inflections and compounds (\w* on both sides where Dutch
# compounds: "hinderpaal", "verbeteracties", "succesverhalen"). A verb whose particle splits
# off ("lossen … op", "pakken … aan", "houdt … tegen") is matched with its particle.
KIND_CUES: dict[str, re.Pattern] = {
    # Barriers: what stands in the way, goes wrong, is lacking (the template's Stop).
    "stop": re.compile(
        r"drempel\w*|knel\w*|obstakel\w*|\bbelemmer\w*|\bhinder\w*|\bverhinder\w*|"
        r"\bremm\w*|\brem(t|de|den)\b|struikel\w*|\btegen(houd|hield|gehouden|werk)\w*|"
        r"\b(houdt?|houden|hield|hielden)\b.{0,40}\btegen\b|\bin de weg\b|\bprobleem\w*|\bproblemen\b|"
        r"pijnpunt\w*|\bvalkuil\w*|\bmoeilijk\w*|\bfout\w*|\bmis(loopt|gaat|lukt|liep)\b|"
        r"\b(loopt|gaat|liep|ging)\b.{0,30}\bmis\b|\blukt\b.{0,30}\bniet\b|\bwring\w*|\bschort\w*|"
        r"\bmoeizaam\w*|\blastig\w*|\bstroef\w*|\bblokk\w*|\bblokkeer\w*|\bafrem\w*|\bstok(t|ken)\b|"
        r"\bstagn\w*|\bvast(loopt|lopen|gelopen)\b|\b(loopt|lopen|liep)\b.{0,40}\bvast\b|\btekort\w*|"
        r"\bzwakte\w*|\bzwakke punt\w*|\bnade(el|len)\b|\bbezwa\w*|\bweerstand\w*|\buitdaging\w*|"
        r"\bmislukk?\w*|\bfaal\w*|\bfalen\b|\bzorgpunt\w*|\bbezorgd\w*|\bbeperking\w*|\bgebrek\w*|"
        r"\bbots\w*|\bbarri[eè]re\w*|\bbarrier\w*|obstacle\w*|hurdle\w*|bottleneck\w*|\bproblem\w*|"
        r"\bchallenge\w*|\bissues\b|"
        r"\bhold\w* back|\bgo(es)? wrong|stands? in the way",
        re.I,
    ),
    # Remedies and actions: solving, tackling, improving, scaling up, proposing (Start: the report
    # files the actions that take barriers away under Opschaling).
    "start": re.compile(
        r"\boplos\w*|\bopgelost\b|\bop te lossen\b|\blos\w*\b.{0,30}\bop\b|\bverhelp\w*|\bremedie\w*|"
        r"\baanraden\b|\baangeraden\b|\b(raad|raden|raadt)\b.{0,30}\baan\b|\badvie\w*|\badviseer\w*|"
        r"\bsuggesti\w*|\bsuggere\w*|\b(wat|zou|zouden|kan|kunnen)\b.{0,30}\bhelp(en|t)\b|"
        r"\bhoe\b.{0,40}\bbeter\b|\bvolgende stap\w*|\bwelke stappen\b|\bstappen\b.{0,20}\bzetten\b|"
        r"\bmoet(en)?\b.{0,30}\bveranderen\b|\binvester\w*|\baanreik\w*|\baangereikt\b|\bideeën\b|"
        r"\bhoe (nu )?verder\b|\bvooruit\w*|\bwat\b.{0,40}\b(moet|moeten|kan|kunnen|wil|willen|zou|zouden)\b.{0,40}\bdoen\b|"
        r"\bhoe\b.{0,40}\bversterk\w*(?!.*\b(andere|elkaar)\b)|\buit(rol|gerold)\w*|\brol\w*\b.{0,20}\buit\b|"
        r"\bbreder (uit|toe|in|ver)\w*|"
        r"\baan te pakken\b|\baanpakken\b|\bpak\w*\b.{0,30}\baan\b|\bverbeter\w*|\bbeter (maken|doen)\b|"
        r"\bwat kan (er )?beter\b|\bwegwerk\w*|\bweg te (werken|nemen|halen)\b|\bwegnem\w*|"
        r"\b(werk|neem|nem|haal)\w*\b.{0,30}\bweg\W*$|"
        r"\bverlag\w*|\bverlaagd\w*|\bopschal\w*|\bop te schalen\b|\bopgeschaald\b|\buitbrei\w*|"
        r"\buit te breiden\b|\bverspreid\w*|\bacties\b|acties\b|\bactiepunt\w*|\bmaatregel\w*|"
        r"\baanbeveling\w*|\bvoorstel\w*|\bvoorgesteld\w*|\bstel\w*\b.{0,40}\bvoor(\s+om\b|\W*$)|"
        r"\b(is|zijn) (er )?nodig\b|\bnodig om\b|\bwat moet er\b|"
        r"\bsolv\w*|\bsolution\w*|\bfix\w*|\bimprov\w*|\bremed\w*|\bscal(e|ing) up|\bmeasures\b|"
        r"what (can|should) be done|\brecommend\w*|\btackl\w*|\bnext steps?\b|\bsuggest\w*|\badvi[cs]e\b",
        re.I,
    ),
    # What already works: (good) examples, successes, practices (Continue). A singular "een
    # voorbeeld (van dat)" asks for one instance of what was just discussed, not for practices.
    "continue": re.compile(
        r"voorbeelden\b|\bgoede praktijk\w*|\bpraktijkvoorbeeld\w*|\bsucces\w*|\bgeslaagd\w*|"
        r"\binspirer\w*|\b(werkt|werken|loopt|lopen|lukt|lukken|gaat|gaan)\b.{0,25}\b(goed|wel|al)\b|"
        r"\b(goed|wel)\b.{0,15}\b(werkt|werken|loopt|lopen|lukt|gaat)\b|\btonen dat\b.{0,20}\bkan\b|"
        r"\bwaar het (al )?(lukt|werkt)\b|\bsterke punten\b|\bsterktes?\b|\btroeven?\b|\bpluspunt\w*|"
        r"\bpositieve?\b|\blopende\b|\bbestaande\b.{0,20}\b(initiatieven|projecten|praktijken)\b|"
        r"\bgebeurt\b.{0,20}\b(al|reeds)\b|\b(al|reeds)\b.{0,20}\bgebeurt\b|\bgoed\w* voorbeeld\w*|"
        r"\bvoorbeeldproject\w*|\bpraktijken\b|\bbesta\w*\b.{0,20}\b(al|reeds)\b|"
        r"\bgood practice\w*|\bbest practice\w*|\bexamples\b|\bworks? well\b|\bwhat works\b",
        re.I,
    ),
    # Links with other policy areas (Synergie): a link, connection, overlap or relation "met …".
    "synergie": re.compile(
        r"\bsynergi\w*|\blink\w*|\bverband(en)?\b|\braakvla\w*|\braakt\b.{0,30}\baan\b|"
        r"\bsamenhang\w*|\bhang\w*\b.{0,30}\bsamen\b|\bverhoud\w*\b.{0,30}\btot\b|"
        r"\bkoppel\w*|\bte maken met\b|beleidsdomein\w*|\bandere domeinen\b|\bander beleid\b|"
        r"\braakpunt\w*|beleidsveld\w*|beleidsterrein\w*|\bkruisbestuiving\b|\bwisselwerking\b|"
        r"\bandere (sectoren|thema'?s|facetten|beleidsvelden)\b|\bversterk\w*\b.{0,30}\belkaar\b|"
        r"\bverbinding\w* met\b|\bkansen voor samenwerking\b|\bsamenwerk\w* met andere\b|"
        r"\bother (policy|polic)\w*|\bconnect\w* (to|with)\b|\brelat\w* to\b",
        re.I,
    ),
    "toekomstbeeld": re.compile(
        r"toekomstbeeld|toekomstvisie|kernboodschap|\bvisie\b|\b(in|tegen) 2050\b|\bambitie\w*|"
        r"\bhoe ziet\b.{0,30}\btoekomst\w*|\bvision\b|key message",
        re.I,
    ),
    "aanvullingen": re.compile(
        r"aanvulling\w*|aangevuld|\bvoeg\w*\b.{0,40}\btoe\b|\btoegevoegd\b|\badditions?\b|\badded\b", re.I
    ),
}
# What a vision lacks is what the participants added to it (§2.x.2 "ontbreekt in het toekomstbeeld"):
# after a toekomstbeeld turn, "wat ontbrak er nog?" asks for the aanvullingen.
_MISSING = re.compile(r"\bontbr\w*|\bmis(sen|t|ten)\b|\bmissing\b|\blacking\b", re.I)


# A cue word after a demonstrative names what the turn points back at, not what it asks for:
# "hoe pakken we dat probleem aan?", "om die obstakels weg te nemen" ask for remedies.
_POINTED_AT = re.compile(
    r"\b(dat|die|dit|deze|dezelfde|diezelfde|datzelfde|that|those|these)\s+"
    r"\w*(drempel|knelpunt|obstakel|proble|hindernis|hinderpa|pijnpunt|valkuil|barri|voorbeeld|"
    r"praktijk|oplossing|actie|maatregel|synergi|link|verband|raakvla)\w*",
    re.I,
)


def asked_kinds(question: str, previous_kinds: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The section kinds a turn asks for, from its own words (empty: it names no kind)."""
    found = set(_cued_kinds(question))
    if "toekomstbeeld" in previous_kinds and "toekomstbeeld" not in found and _MISSING.search(question):
        found.add("aanvullingen")
    if "start" in found and "stop" in found:
        found.discard("stop")  # "oplossingen voor de drempels": the barrier is what the remedy is for
    return found


@functools.lru_cache(maxsize=4096)
def _cued_kinds(question: str) -> frozenset[str]:
    # cached: every turn reads the history's questions again, and the cue patterns are long
    asked = _POINTED_AT.sub(" ", question)
    found = {kind for kind, pattern in KIND_CUES.items() if pattern.search(asked)}
    found |= {kind for kind, pattern in SECTION_NAMES.items() if pattern.search(question)}
    return frozenset(found | (intent_kinds(question) & set(ITEM_KINDS)))


@functools.lru_cache(maxsize=4096)
def _without_cues(question: str) -> str:
    """The question with every kind cue blanked out (what is left says what it is about)."""
    for pattern in (*KIND_CUES.values(), _MISSING):
        question = pattern.sub(" ", question)
    return question


def is_followup(question: str, previous: str) -> bool:
    """Does ``question`` lean on the previous turn (``previous``: its standalone question)?"""
    if _NEW_QUESTION.search(question):
        return False
    words = re.findall(r"\w+", question)
    own = [t for t in _topic_terms(question) if t not in set(_topic_terms(previous))]
    if _leans_back(_PERSONAL.sub(" ", question)):
        return True
    if _PERSONAL.search(question) and (len(own) < OWN_SUBJECT or len(words) <= SHORT_QUESTION):
        # "Welke valkuilen zijn er voor hen?", "Rond welk thema delen ze kennis?"
        return True
    # its own topic: two content terms, or one in a question of some length ("wat betekent R2C in
    # het verslag?"); "Welke link met andere beleidsdomeinen?" names only a kind
    # A turn that asks for a kind needs two: "Wat loopt er mis bij de kostenverdeling?" asks about
    # one aspect of the conversation's subject.
    kinds = asked_kinds(question)
    has_topic = len(own) >= 2 or bool(
        own and (len(words) >= LONG_QUESTION or _DEFINITION.search(question)) and not kinds
    )
    if _CONTINUES.search(question):
        # "En wat is het Open Ruimte Platform?" asks a question of its own; "En bij de provincies?"
        # (no question word), "En welke provincies?" (no topic of some length) and "En welke rol
        # speelt die organisatie …?" (a demonstrative after "En") lean on the last
        independent = has_topic and len(own) >= 2 and _QUESTION_WORD.search(question)
        return not independent or bool(_DEMONSTRATIVE.search(question))
    return not has_topic


def _leans_back(question: str) -> bool:
    """A word pointing back: "daar", "hun", "dezelfde"; a demonstrative in a short question or
    after a preposition ("rond dat thema")."""
    short = len(re.findall(r"\w+", question)) <= SHORT_QUESTION
    return bool(
        _POINTS_BACK.search(question)
        or (short and _DEMONSTRATIVE.search(question))
        or _AFTER_PREPOSITION.search(question)
    )


leans_back = _leans_back  # public: one ask of a several-part question may lean on the one before


LONG_QUESTION = 6  # words; a question this long with one topic word of its own stands alone
OWN_SUBJECT = 3  # topic terms; with a personal pronoun, a turn naming this many has its own subject
NEW_SUBJECT = 2  # topic terms; an elliptical follow-up naming this many names a new subject


def keeps_topic(question: str, history: History) -> bool:
    """Is the turn a follow-up that stays on the conversation's subject (the previous turn's)?
    False for a turn that stands alone and for an elliptical one naming a new subject."""
    if not history:
        return False
    previous = history[-1][0]
    if not is_followup(question, previous):
        return False
    own_topic = [t for t in _topic_terms(question) if t not in set(_topic_terms(previous))]
    # "En bij sterke en nabije besturen?" after a question on stad en platteland: a new
    # subject asked the same way; the old subject would pull retrieval back to it
    return not (
        len(own_topic) >= NEW_SUBJECT and not (_leans_back(question) or _DEMONSTRATIVE.search(question))
    )


def rewrite_followup(question: str, history: History) -> str:
    if not history:
        return question
    previous = history[-1][0]
    if not is_followup(question, previous):
        return question
    before = kinds_in_effect(history)
    own = asked_kinds(question, before)
    carry = _content_words(previous) if keeps_topic(question, history) else []
    if not own:  # same kind as before, named the way the report names it
        carry += [KIND_LABELS[k] for k in sorted(before)]
    else:  # a kind asked in words retrieval does not read as that kind: name it
        carry += [KIND_LABELS[k] for k in sorted(_effective(question, own, before) - intent_kinds(question))]
    asked = question.lower()
    carry = [w for w in dict.fromkeys(carry) if w.lower() not in asked]
    return f"{question} ({' '.join(carry)})" if carry else question


def _effective(question: str, own: set[str], before: set[str]) -> set[str]:
    """The kinds a turn asking ``own`` ends up asking, after a turn asking ``before``."""
    if own == {"start"} and not before & set(ITEM_KINDS) and "start" not in intent_kinds(question):
        # a remedy for one thing asked about ("hoe wil men dat probleem aanpakken?" after a
        # quotation) is told beside that thing, not necessarily among the subfacet's actions
        return set()
    return own


def kinds_in_effect(history: History) -> set[str]:
    """The kind the conversation is on after its last turn: each turn's own kind, else the one
    before it (as ``rewrite_followup`` decided it then)."""
    kinds: set[str] = set()
    for standalone, _answer in history:
        own = asked_kinds(standalone, kinds)
        kinds = _effective(standalone, own, kinds) if own else kinds
    return kinds


def _topic_terms(question: str) -> list[str]:
    """Stemmed content terms: no stop, frame, generic or kind words."""
    return [
        t
        for t in tokenize(_without_cues(question))
        if t not in _FRAME_TERMS and t not in _GENERIC and not t.isdigit()
    ]


def _content_words(question: str) -> list[str]:
    """The question's words that say what it is about (not how it asks, nor which kind)."""
    stop = stopwords()
    out = []
    for word in re.findall(r"[^\W_][\w’'+-]*", _without_cues(question)):
        if word.lower() in stop or _FRAME_WORDS.match(word) or _POINTS_BACK.fullmatch(word):
            continue
        if re.fullmatch(r"\d+(\.\d+)+", word):  # a subfacet number travels as it is
            out.append(word)
            continue
        stems = tokenize(word)
        if not stems or all(s in _FRAME_TERMS or s in _GENERIC for s in stems):
            continue
        if any(p.search(word) for p in (*INTENTS.values(), *SECTION_NAMES.values())):
            continue  # a kind word: the follow-up decides the kind
        out.append(word)
    return out
