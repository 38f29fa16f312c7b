"""What a question asks for, in the report template's own terms.

    analyse(question, index) -> Intent(kinds, subfacets, wants_items, compare, topic)

The atelier reports share one template: per subfacet a toekomstbeeld, aanvullingen and a
verdieping in four kinds (Continue = goede praktijken, Start = opschaling, Stop = drempels,
Synergie). A question names a kind in everyday Dutch ("wat houdt … tegen" is Stop) and may
name a subfacet by (part of) its title or number. Retrieval uses the kinds as a small bonus;
composition uses the whole intent to decide the unit of the answer (a section, a set of
sections side by side, or a few sentences).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexical import bm25s_stopwords, tokenize

# The report template's kinds and how Dutch (and English) speakers ask for them. A match gives
# chunks of that kind a fused-score bonus in retrieval and decides which sections an item
# request draws on. Loose patterns hurt ("laagdrempelig" is not a barrier), so they are narrow.
INTENTS: dict[str, re.Pattern] = {
    "stop": re.compile(
        r"\bdrempel|knelpunt|kritiek|bezwaren|wringt|knelt|\bschort|misloop|misgaat|mis gaat|fout loopt|obstakel|belemmer|tegen(houd|hield|gehouden)|(houdt?|hield|hielden)\b.*\btegen\b|"
        r"struikel|barri[eè]re|in de weg|problemen|moeilijkheden|loopt .{0,20}\bmis\b|"
        # "hindernissen", "hinderpalen": the everyday Dutch for the template's Drempels (cold4-6)
        r"\bhindernis|\bhinderpa(al|len)\b|"
        r"barrier|obstacle|hold.{0,10}back|hurdle|bottleneck|stands? in the way|problems|"
        # the template's own word in English (its headings read "Drempels (stop)"): "what has to stop?"
        r"\bwhat (should|must|has to|have to|needs? to|ought to) (be )?stop(ped)?\b|"
        # (session 9) … and the Dutch: "wat moet er (volgens de deelnemers) stoppen/ophouden?" (cold9
        # c9q090 "wat moet er beginnen en wat moet er ophouden": both asks read as Start, the
        # barriers were missing); "where does it get stuck?"
        r"\bophoud\w*|\bophouden\b|\b(moet|moeten)\b[^?,.;]{0,30}\bstoppen\b|\b(get|gets|getting|got) stuck\b",
        re.I,
    ),
    "continue": re.compile(
        r"goede praktijk|good practice|best practice|(werkt|loopt|gaat|werken|lopen|gaan) (er )?(al )?goed|succesfactor|"
        r"praktijkvoorbeeld|voorbeelden|succesvolle|inspirerende|works? well|examples|"
        # what already works, without "goed" (session 5): "wat werkt vandaag al …?", "wat al werkt"
        r"\b(werkt|werken) (er )?((vandaag|nu) )?(al|reeds)\b|\b(al|reeds) (werkt|werken)\b|\bwhat works\b|\balready works?\b|"
        # (session 9) "What is working in strong and close local government, and what are the obstacles?"
        r"\bwhat(?:'s| is| are)\s+(?:already\s+)?working\b",
        re.I,
    ),
    "start": re.compile(
        r"opschal|op te schalen|opgeschaald|\b(start)?acties\b|maatregelen|aanbeveling|"
        r"wat (moet|kan|kunnen) (er|we|men)\b.{0,40}\b(gebeuren|doen|verbeteren)|wat kan (er )?beter|"
        r"scal(e|ed|ing) up|measures|\bactions\b|what should be done|recommendations|"
        # the template's own word for it (session 5): "wat moet (er) starten?", "… opstarten"
        r"\bwat (moet|moeten|kan|kunnen|wil|willen|zou|zouden) (er )?(\w+ )?((op)?starten|beginnen)\b|\bopstarten\b|\bop te starten\b|"
        # … and in English, as the Dutch one above: "what should start?", "what has to be started?"
        r"\bwhat (should|must|has to|have to|needs? to|could|can) (be )?start(ed)?\b|"
        # (session 9, read after the held-out synth9 was measured) building out what works is the
        # template's Opschaling: "wat wil men nog uitbouwen?"; "what needs to change?"
        r"\buitbouw\w*|\buit te bouwen\b|\bwhat (should|must|has to|have to|needs? to|ought to) change\b",
        re.I,
    ),
    "synergie": re.compile(
        r"synergi|andere beleidsdomeinen|ander beleid|other policy (areas|domains)|"
        r"(link|verband|koppeling|raakvlak)\w* met (andere|ander)",
        re.I,
    ),
    "toekomstbeeld": re.compile(r"kernboodschap|\bvision\b|key message", re.I),
    "appendix": re.compile(
        r"organisaties .{0,30}(deel|aanwezig)|namen deel|nam deel|deelgenomen|"
        r"vertegenwoordigd|took part|attended|participating organi[sz]ations|"
        # "which municipalities sent participants", "welke gemeenten waren erbij": who took part,
        # asked by the kind of body and a verb of being there or sending someone
        r"\b(welke|which) (gemeenten|besturen|steden|municipalities|councils|cities|bodies)\b.{0,40}"
        r"\b(aanwezig|erbij|stuurden|afgevaardigd|present|sent|represented|participated)\b",
        re.I,
    ),
    "method": re.compile(r"methodiek|werkwijze|verloop van|\bmethod\b", re.I),
    "status": re.compile(
        # "bindend" as a word: "verbindend thema" is no question about the report's status (session 5)
        r"\bstatus\b|officieel|officiële|formele|\bbindend|\bAI\b|artificial intelligence|"
        r"kunstmatige intelligentie",
        re.I,
    ),
}
RARE_KINDS = {"appendix", "status", "method"}
# Section names that steer composition but give no retrieval bonus: "toekomstbeeld" is named as
# often in questions about the additions to it (measured on evals/v1: hit@1 -0.02 as a bonus).
SECTION_NAMES: dict[str, re.Pattern] = {
    # the vision asked for in everyday words: where one wants to go, the picture of 2050
    "toekomstbeeld": re.compile(
        # the report's visions are the only text set in 2050 ("the 2050 picture", "voor 2050")
        r"toekomstbeeld|toekomstvisie|streefbeeld|\b2050\b|"
        # (session 9) the picture the session started from, as the template's heading says it
        # ("Toekomstbeeld aan het begin van de sessie"): "het vertrekbeeld", "de startvisie"
        r"\b(vertrek|start|begin)(beeld|visie)\b|"
        r"waar (wil|willen) (men|we|ze|de deelnemers) (naar ?toe|heen)",
        re.I,
    ),
    "aanvullingen": re.compile(r"aanvulling|aangevuld|\badditions?\b", re.I),
}
# Adding to the vision, in the verbs people use for it: "Welke punten voegden de deelnemers toe aan
# het toekomstbeeld?", "Welke boodschappen brachten ze aan bij het toekomstbeeld?", "what did
# participants add to the vision?". The template's part for it is "Aanvullingen door de
# deelnemers" (the vision is the text they were given); the embedder and the example kind model
# read such questions as the vision itself (cold5 c5q084 0.58, cold7 c7q085 0.74).
_ADDED_TO = re.compile(
    r"\btoe te voegen\b|\btoegevoegd|\btoevoeg|\bvoeg\w*\b.{0,60}\btoe\b|"
    r"\baangebracht\b|\baan te brengen\b|\b(brengen|brachten|bracht|brengt)\b.{0,60}\baan\b|"
    r"\badd(s|ed|ing)?\b",
    re.I,
)
# The kinds whose sections are lists of items (practices, barriers, actions, links).
ITEM_KINDS = ("continue", "start", "stop", "synergie", "toekomstbeeld", "aanvullingen")

# A request for items rather than one fact: "welke …", "noem …", "wat zijn …", "geef een overzicht".
_ITEMS = re.compile(
    r"\b(welke|wat zijn|wat waren|noem|som\w* op|opsom\w*|overzicht|lijst|allemaal|alle|"
    r"which|what are|what were|list|name the|all the)\b|"
    # the whole set asked by its size: "Geef de volledige reeks obstakels …" (cold6 c6q080)
    r"\b(volledige|hele) reeks\b|\b(complete|full|whole) (set|series)\b|"
    # "Som de voorgestelde oplossingen op …": the separable verb around its object (cold7 c7q076)
    r"^\W*som\b",
    re.I,
)
# A count of what is asked for ("de drie stappen", "vijf kernfacetten", "the three steps"): the
# question wants the whole set, however it opens ("Wat waren de drie stappen …?").
_COUNTED = re.compile(
    r"\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten|"
    r"[2-9]|1[0-2])\s+(?!(?:jaar|jaren|years?|keer|times|dagen|days|uur|hours|procent|percent|%)\b)[^\W\d]{3,}",
    re.I,
)
# The thing a list question asks for, named right after its question word: "Welke (vijf)
# kernfacetten …", "Wat waren de (drie) stappen …", "Op welke vlakken …", "Which barriers …".
_ASKED_NOUN = re.compile(
    r"\b(?:welke|wat (?:zijn|waren) de|noem de|geef de|som de|which|what (?:are|were) the)\s+"
    r"(?:(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d{1,2})\s+)?(\w[\w-]*(?:\s+\w[\w-]*)?)",
    re.I,
)


def asked_terms(question: str) -> frozenset[str]:
    """The stemmed words a list question names its items by ("Welke bovenlokale figuur …" ->
    bovenlokal, figur), or none."""
    m = _ASKED_NOUN.search(question)
    return frozenset(tokenize(m.group(1))) if m else frozenset()


# Two things set side by side, asked for as such: "zet … naast …", "vergelijk", "tegenover", "versus".
# Not "het verschil tussen stad en platteland" or "zowel stad als platteland": those name a subject.
# "naast" only with a verb of setting side by side: alone it means "besides" ("nieuwe regio's naast
# de provincies", "wie hoort er naast de gemeenten nog aan tafel": cold5 answered both as
# comparisons, from eight sections).
_COMPARE = re.compile(
    r"\b(vergelijk\w*|tegenover|versus|vs\.?|enerzijds|anderzijds|naast elkaar|"
    r"compare\w*|as opposed to)\b|\b(zet|zetten|leg|leggen)\b[^?.]*\bnaast\b",
    re.I,
)
# Solutions: on their own a topic ("oplossingen voor mobiliteit"), beside barriers the Start kind.
# ("weg te werken", "wegnemen": barriers removed are solutions too: "om die hindernissen weg te werken")
_SOLUTIONS = re.compile(
    r"oplossing|oplossen|verhelp|remedie|alternatie[fv]|solution|remed|\bweg ?(te )?(werken|nemen)\b", re.I
)
# A theme across the report: "in de verschillende subfacetten", "over alle subfacetten heen"; the
# report's conversation tables are its subfacets ("wat zeggen de verschillende tafels?").
_ACROSS = re.compile(
    r"\b(verschillende|alle|elk\w*|meerdere|per) ((sub)?facet|(gespreks)?tafel)|over de (sub)?facetten|doorheen|"
    r"terug(komt|kerend)|rode draad|across|recurring|each (sub)?facet|"
    r"(in|bij) welke (sub)?facetten|\bwaar (komt|kwam|keert|kwamen|komen) .{0,60}\bterug\b|"
    # (session 5) "keert terug over de gesprekstafels heen", "in de verschillende delen van het verslag"
    r"\b(keert|keren|kwam|kwamen) .{0,40}\bterug\b|"
    # (session 5, round 2) "Hoe komt vertrouwen … terug in …?", "Op welke plaatsen vraagt het
    # verslag …?": a theme that returns, in any form of "terugkomen", or asked by its places
    r"\b(hoe|waar)\b.{0,60}\b(komt|komen)\b.{0,80}\bterug\b|\bop welke plaatsen\b|\bwaar in het verslag\b|"
    r"\b(comes?|came|coming) back\b|\bin which (sub)?(facets|tables|parts)\b|\bwhere in the report\b|"
    r"\bover (de|alle) (sub)?(facetten|(gespreks)?tafels) heen\b|"
    r"\b(verschillende|alle|meerdere) (delen|onderdelen|hoofdstukken)\b|\b(different|all|several) (parts|sections|tables)\b|"
    # (session 9) the English subfacets and places as the Dutch ones above, and a theme asked at
    # "more than one table" ("Which worries … come back at more than one table?", cold6 c6q100;
    # "What part do farmers play in the different subfacets …?", cold8 c8q104)
    r"\b(different|several|various|multiple) (sub)?(facets|places)\b|\bmore than one (sub)?(facet|table|part|place)\b|"
    r"\bmeer dan (één|een) (sub)?(facet|gesprekstafel|tafel|deel|plaats)\b|"
    # where or how a theme is discussed: every place it is ("Hoe komen jongeren aan bod in …?")
    r"\b(waar|hoe)\b.{0,60}\b(komt|komen|kwam|kwamen)\b.{0,60}\baan bod\b",
    re.I,
)
# The report's parts named as such: frame words of a theme across, not its subject ("deel" is no
# frame word elsewhere: "namen deel" asks who took part)
_REPORT_PARTS = re.compile(r"\b(verschillende|alle|meerdere) (delen|onderdelen|hoofdstukken)\b", re.I)
# "Hoeveel …", "how many …": a number is asked for, not a list (of participants, say).
ASKS_NUMBER = re.compile(r"\b(hoeveel|how (many|much)|aantal)\b", re.I)
_SUBFACET_NUMBER = re.compile(r"(?<![\d.])(\d)\.(\d)(?![\d.]?\d)")
# Share of a subfacet title's (idf-weighted) terms a question must contain to name that subfacet.
SUBFACET_TITLE_SHARE = 0.45

# Words of a question that say what kind of answer is wanted, not what it is about.
_FRAME_TERMS = frozenset(
    tokenize(
        "welke noem geef som opsommen overzicht lijst alle allemaal genoemd vermeld besproken tafel tafels "
        "aangehaald werden worden deelnemers verslag verslagen atelier toekomstatelier volgens "
        "staat zegt zeggen gezegd vertel rapport report which what mentioned list name according "
        "goede praktijken praktijk voorbeelden voorbeeld drempels drempel knelpunten obstakels "
        "opschaling start stop continue synergie synergiën beleidsdomeinen andere toekomstbeeld "
        "aanvullingen subfacet subfacetten facet facetten verschillende tegenover versus vergelijk "
        "verschil houdt tegen good practices barriers actions vision komt kwam keert terug ter sprake "
        "speelt vormen manier manieren voorgesteld voorgestelde komen kwamen meerdere "
        # "welke oplossingen stellen de deelnemers voor?": proposing is how the answer is framed
        "stellen stelt "
        # the tables' conversations and "per X" frame where a theme is asked, not what it is
        "gesprek gesprekken per "
        # "hoe komen X aan bod": where a theme is told, not what it is
        "bod "
        # "Geef alles wat het verslag daarover zegt": pointing back to the subject, no subject itself
        "daarover erover hierover "
        # "X tegenover Y: welke spanning zien de deelnemers?": the relation between the two sides and
        # the seeing are the question's frame; as theme words they drew every "worden gezien als"
        # and "spanning" point of the report beside the sides' own (session 8 review: 6 sections)
        "spanning spanningen spanningsveld tension tensions zien ziet"
    )
)
# Words that frame one ask of a several-part question ("welke rol zien de tafels …"): they say how
# to answer, not about what, and would otherwise make a part of their own.
PART_FRAME_TERMS = _FRAME_TERMS | frozenset(
    tokenize(
        "tafel tafels gesprekstafel gesprekstafels zien ziet krijgen krijgt moeten moet doen doet "
        "zeggen zegt verwacht verwachten wordt worden stellen stelt voorgesteld voorgestelde gezegd "
        "rol rollen kan kunnen beter vandaag nog ter sprake komt terug zelf wil willen men the "
        "punt punten alles volledig volledige hoeveel "
        # "… Geef de hele lijst.", "de volledige reeks": the whole list asked, no ask of its own
        "hele reeks opsomming "
        # "zowel bij X als bij Y", "enerzijds … anderzijds": the connective of two places, no subject
        "zowel enerzijds anderzijds"
    )
)


# Two asks in one question, each wanting its own part of the answer. Clauses: "X, en wat Y?",
# "X? En Y?"; pairs: "zet X naast Y", "vergelijk X met Y", "X tegenover Y", "het verschil tussen X en
# Y", "zowel X als Y". A sentence that asks nothing ("Het toekomstbeeld spreekt over …") is context.
_QUESTION_WORD = r"(?:wat|welke|welk|hoe|waar|wie|waarom|wanneer|in welke|in hoeverre)\b"
# English asks are cut the same way ("What is the vision … and which actions are proposed?"): before,
# an English question was one ask, its second half answered only when retrieval had it. The parts'
# rules choose sections by the report's (Dutch) words, which an English part lacks ("intermunicipal
# cooperation" lost its subfacet), yet on the synthesis sets written for this parts did better
# than asks alone (26 questions: side coverage 0.73 vs 0.67).
_QUESTION_WORD_EN = r"(?:what|which|how|where|who|why|when)\b"
# "… over de rol van X en over die van Y": the demonstrative stands for the first ask's head
_ELLIPSIS = r"(?:(?:over|bij|voor|van|in)\s+)?(?:die|dat|deze)\s+(?:van|bij|voor|over|in)\b"
_ELLIPTIC = re.compile(
    rf"^\W*(?:(?:en|of|and)\s+)?(?:{_ELLIPSIS}|(?:those|that)\s+(?:of|for|in|at|about)\b)", re.I
)


def elliptic(ask: str) -> bool:
    """Does the ask stand for the head of the ask before it ("en die bij de gebiedsgerichte
    aanpak?", "over die van de gemeenten")?"""
    return bool(_ELLIPTIC.match(ask))


# (session 9) a question word after a preposition of means opens a clause too, when the clause
# goes on past its noun with a verb of its own: "…, waar loopt het mis, en langs welke kanalen
# bereik je ze?" is a third ask (cold6 c6q102 answered two of three); "…, en met welk instrument?"
# (cold8 c8q147) and "… en naar welke trede worden gemeenten aangemoedigd?" (cold5 c5q024) ask a
# detail of the one fact asked before (cut, they drew sections of their own)
_FRONTED = r"(?:(?:langs|via|met|door)\s+(?=(?:welke?|wat)\s+\w+(?:\s+\w+){2,}))?"
_CLAUSE_BREAK = re.compile(
    rf",?\s+\b(?:en|of|maar)\s+(?={_FRONTED}{_QUESTION_WORD}|{_ELLIPSIS})|,\s+(?={_FRONTED}{_QUESTION_WORD})",
    re.I,
)
_CLAUSE_BREAK_EN = re.compile(
    rf",?\s+\b(?:and|or|but)\s+(?={_QUESTION_WORD_EN})|,\s+(?={_QUESTION_WORD_EN})", re.I
)
_SENTENCE_BREAK = re.compile(r"(?<=[?!.;])\s+(?=\S)")
_OPENS = re.compile(
    rf"^\s*(?:(?:en|and)\s+)?(?:{_QUESTION_WORD}|{_QUESTION_WORD_EN}|vergelijk|zet|noem|geef|som|leg|compare)",
    re.I,
)
_ASKS = re.compile(rf"\?\s*$|{_OPENS.pattern}", re.I)
# A sentence that only asks for the whole list: a request verb ("noem", "geef", "som … op",
# "list", "name", "give") and no question word. After a question it restates that question.
_RESTATES_REQUEST = re.compile(r"^\s*(?:noem|geef|som|list|name|give)\b(?![^.!?]*\?)", re.I)
# … unless it asks for more ("Geef ook de oplossingen.", "Name the barriers as well.")
_ASKS_MORE = re.compile(r"\b(?:ook|daarnaast|bovendien|verder|also|too|as well|besides)\b", re.I)
# a question word anywhere: "Kinderen en jongeren: welke aanpakken werken al" asks after its colon
_ASKS_ANYWHERE = re.compile(rf"\b(?:{_QUESTION_WORD}|{_QUESTION_WORD_EN})", re.I)
_PAIRED = (
    re.compile(r"\bzet\b(?P<a>.+?)\bnaast\b(?P<b>.+)", re.I),
    re.compile(r"\bvergelijk\w*\b(?P<a>.+?)\bmet\b(?P<b>.+)", re.I),
    re.compile(r"(?P<a>.+?)\b(?:tegenover|versus)\b(?P<b>.+)", re.I),
    re.compile(r"\bverschil tussen\b(?P<a>.+)\ben\b(?P<b>.+)", re.I),
    re.compile(r"\bzowel\b(?P<a>.+?)\bals\b(?P<b>.+)", re.I),
    # (session 9) "enerzijds in X en anderzijds in Y", as "zowel X als Y" (cold6 c6q097: the second
    # place was never asked on its own)
    re.compile(r"\benerzijds\b(?P<a>.+?)(?:,?\s+(?:en|maar)\s+)?\banderzijds\b(?P<b>.+)", re.I),
    re.compile(r"\bverhoud\w*\s+(?P<a>.+?)\s+zich\s+tot\s+(?P<b>.+)", re.I),
    # English pairs (session 5): "Compare X with Y", "How does X compare with Y?", "X compared to Y"
    re.compile(r"\bcompare\s+(?P<a>.+?)\s+with\s+(?P<b>.+)", re.I),
    re.compile(r"\bcompare\s+(?P<a>.+?)\s+(?:to|and)\s+(?P<b>.+)", re.I),
    re.compile(r"(?P<a>.+?)\s+compares?\s+(?:with|to)\s+(?P<b>.+)", re.I),
    re.compile(r"(?P<a>.+?)\s+(?:compared|as against|set against)\s+(?:with|to)?\s*(?P<b>.+)", re.I),
    # (session 9) the distance between two things, mostly the vision and today's practice: "How far
    # is today's practice of … from the vision set out for it?", "How close are today's village
    # initiatives to the 2050 picture …?", "Hoe ver staan kleine gemeenten vandaag af van het
    # toekomstbeeld …?", "Strookt het beeld van … met de hindernissen die deelnemers nu ervaren?",
    # "Het streven naar …: hoe ver staat de praktijk … daar nog van af?" (the heading is the far
    # side). Five writers asked it (cold4-6, cold8, cold9); uncut, the answer was the vision alone
    re.compile(r"\bhow (?:far|close)\s+(?:is|are)\s+(?P<a>.+?)\s+(?:from|to)\s+(?P<b>.+)", re.I),
    re.compile(
        r"^(?P<b>[^:?]+):\s*hoe ver\s+(?:staat|staan|ligt|liggen|is|zijn)\s+(?P<a>.+?)\s+(?:daar|er|hier)\b.*\bvan\s*af\b",
        re.I,
    ),
    # ("af van" first: "Hoe ver staat het beeld van krachtige lokale besturen in 2050 af van de
    # knelpunten …?" holds a "van" of its own before it)
    re.compile(r"\bhoe ver\s+(?:staat|staan|ligt|liggen|is|zijn)\s+(?P<a>.+?)\s+af\s+van\s+(?P<b>.+)", re.I),
    re.compile(r"\bhoe ver\s+(?:staat|staan|ligt|liggen|is|zijn)\s+(?P<a>.+?)\s+van\s+(?P<b>.+)", re.I),
    re.compile(r"\bhoe dicht\s+(?:staat|staan|ligt|liggen|is|zijn)\s+(?P<a>.+?)\s+bij\s+(?P<b>.+)", re.I),
    re.compile(r"\b(?:strookt|stroken)\s+(?P<a>.+?)\s+met\s+(?P<b>.+)", re.I),
    re.compile(r"\b(?:sluit|sluiten)\s+(?P<a>.+?)\s+aan\s+bij\s+(?P<b>.+)", re.I),
    # … and the difference asked as a verb, its second side elliptic ("Verschillen de oplossingen van
    # de tafel over X van die over Y?"), or in English as the Dutch "verschil tussen X en Y"
    re.compile(r"\bverschil(?:t|len)\s+(?P<a>.+?)\s+van\s+(?P<b>(?:die|dat|deze)\b.+)", re.I),
    re.compile(r"\bdifferences?\s+between\b(?P<a>.+)\band\b(?P<b>.+)", re.I),
    re.compile(r"\bdiffers?\s+(?P<a>.+?)\s+from\s+(?P<b>(?:that|those)\b.+)", re.I),
)
# "de rol van de provincies en van de gemeenten": one preposition, repeated after "en", coordinates
# two subjects of one ask (not when each names a subfacet: that is a theme in two subfacets)
# ("vooral bij de Vlaamse administratie of ook bij de gemeenten": the same for two alternatives)
_REPEATED_PREPOSITION = re.compile(
    r"\b(van|voor|bij|over|in)\s+[^,?]+?\s+((?:en|of)\s+(?:ook\s+)?)(?=\1\s)", re.I
)
# The vision and the practice in everyday words, when a question sets them side by side.
_VISION = re.compile(r"\bvisie\b|\bambitie|\bdroom", re.I)
_PRACTICE = re.compile(r"\bpraktijk\b|\bop het terrein\b|\bin werkelijkheid\b", re.I)
# (session 9) "het beeld van één verbonden netwerk", "the 2050 picture", "het streven naar …", "wat
# wil men op lange termijn bereiken": the report's one picture of the future is its vision. Not in
# a follow-up's carried topic between brackets: "(picture samenwerking … Goede praktijken)" made a
# part of its own (cold7 c7c10.3)
_VISION_EVERYDAY = re.compile(
    r"\bbeeld\b|\bpicture\b|\bstreven\b|\bop lange termijn\b|\blong[- ]term\b", re.I
)
_BRACKETED = re.compile(r"\([^)]*\)")
# … and the present set beside the vision ("How close are today's village initiatives to the 2050
# picture …?", "Hoe ver staan kleine gemeenten vandaag af van het toekomstbeeld …?") is the
# practice too; alone "vandaag", "current", "in practice" date or frame a question ("what should
# replace the current way of working?" asks remedies, "what does X look like in practice" asks
# the practice itself: cold9 c9q071), so only in a part whose sibling names the vision
_PRESENT = re.compile(
    r"\bvandaag\b|\bnu\b|\btoday'?s?\b|\bcurrent(ly)?\b|\bhuidige?\b|\bpractice\b|\bin reality\b", re.I
)


@dataclass(frozen=True)
class Part:
    """One ask of a question that asks two (or more) things."""

    text: str
    kinds: frozenset[str]  # item kinds the part names ("wat houdt ze tegen" → stop)
    terms: tuple[str, ...]  # its stemmed content terms (frame words left out)


@dataclass(frozen=True)
class Intent:
    kinds: frozenset[str]  # template kinds asked for (keys of INTENTS)
    subfacets: tuple[str, ...]  # subfacet ids the question names, in report order
    wants_items: bool  # "welke …", "noem …": a set of items, not one fact
    compare: bool  # parts side by side (two kinds, two subfacets, a theme across subfacets)
    topic: tuple[str, ...]  # stemmed content terms beyond the kind/subfacet/frame words
    parts: tuple[Part, ...] = ()  # two or more asks, each with content of its own
    asks: tuple[str, ...] = ()  # the question's asks as its own words, whatever they ask (≥ 2, or ())
    context: str = ""  # the words around the asks (a statement that asks nothing): part of each ask

    @property
    def item_kinds(self) -> tuple[str, ...]:
        return tuple(k for k in ITEM_KINDS if k in self.kinds)


def asks_across(question: str) -> bool:
    """The question looks across subfacets ("over de tafels heen", "terugkomt", "across")."""
    return bool(_ACROSS.search(question))


# A theme across subfacets is asked in words that say where and how it is told, not what it is:
# the across cue itself when it is a short phrase ("Op welke plaatsen", "over de subfacetten
# heen"; a long match spans the theme: "Hoe komt het capaciteitsprobleem … terug"), and the word
# after an opening "hoe"/"waar", which a Dutch question fills with its finite verb or a degree word
# ("Hoe pleiten de deelnemers … voor het delen van kennis", "Hoe duikt het silodenken op", "Hoe
# belangrijk is het eigen karakter van een dorp"; the theme, a noun, comes after it). As theme
# words, "plaats", "heen", "pleit", "duik", "belangrijk" drew the sections that happen to say them
# (cold4 c4q103, cold5 c5q104, cold8 c8q103, cold9 c9q101: 8-section answers missing sides).
_ACROSS_CUE_WORDS = 4  # an across cue this short is frame only
_OPENING_VERB = re.compile(r"^\W*(?:(?:en|and)\s+)?(?:hoe|waar)\s+(\w+)", re.I)
_HEEN = re.compile(r"\s*heen\b", re.I)
_WORD_REST = re.compile(r"\w*")


def across_frame_removed(text: str) -> str:
    """The text of a question across subfacets without its across cue and opening verb."""
    if m := _OPENING_VERB.match(text):
        text = text[: m.start(1)] + " " + text[m.end(1) :]
    out, last = [], 0
    for m in _ACROSS.finditer(text):
        if len(m.group(0).split()) > _ACROSS_CUE_WORDS or m.start() < last:
            continue
        out.append(text[last : m.start()])
        rest = _WORD_REST.match(text, m.end())  # "verschillende subfacet|ten"
        last = rest.end() if rest else m.end()
        if h := _HEEN.match(text, last):  # "over de subfacetten heen": the cue's particle
            last = h.end()
    return " ".join([*out, text[last:]])


# The whole set asked for, not a few of its items: "alle(maal)", "elk voorbeeld", "de volledige
# reeks", "de hele lijst", "som … op", "every", "all of them", "the full list".
# The words must bear on the items asked: "in elke interbestuurlijke samenwerking", "Willen alle
# landbouwers …?", "extended to all of Flanders" ask no set (v2q071, v1 q026, cold6 c6q061).
_WHOLE_SET = re.compile(
    r"\b(allemaal|alles|opsomming)\b|"
    r"\b(welke|wat zijn|wat waren|noem|geef|som)\s+(?:\w+\s+)?(alle|elk|elke|ieder|iedere)\b|"
    r"\b(volledige?|hele|complete|full|whole)\s+(lijst|reeks|overzicht|list|set|series)\b|"
    r"\b(all of them|them all|every one|each one|all the \w+ (?:listed|mentioned|named))\b|"
    r"\b(list|name|give)\s+(?:\w+\s+)?(all|every|each)\b|"
    r"^\W*som\b|\bsom\b.*\bop\W*$",
    re.I,
)


# "Wat zegt het verslag allemaal over kinderen en jongeren?": everything said about a topic, which
# lives in a few points of several sections, not the items of one section
_SAID_ABOUT = re.compile(
    r"\b(zegt|zeggen|zei|zeiden|says?|said)\b[^?]*\b(over|about)\b|\b(daar|er|hier)over\b", re.I
)


# "Hoe kunnen dorpelingen ontdekken wat hun buren allemaal kunnen?" asks a way, not a set
_HOW_OR_WHY = re.compile(r"\W*(hoe|waarom|how|why)\b", re.I)


def asks_whole_set(question: str) -> bool:
    """Does a list question ask for every item of a set ("Noem ze allemaal", "de volledige
    reeks"), not everything said about a topic?"""
    return (
        bool(_WHOLE_SET.search(question))
        and not _SAID_ABOUT.search(question)
        and not _HOW_OR_WHY.match(question)
    )


# A question that asks the whole set in so many words: an order ("noem", "som … op", "geef"), "alle",
# a list or overview, "wat zijn de …" (a plural by its verb); ``asks_one`` reads no single thing then.
_SET_CUE = re.compile(
    r"\b(noem\w*|som\w* op|opsom\w*|geef|overzicht|lijst|allemaal|alle|reeks|wat (zijn|waren)|"
    r"list|name the|all the|what (are|were)|give)\b|^\W*som\b",
    re.I,
)
# "welk(e)/which" and the one or two words after it: an inflected adjective and its noun, or the noun.
_WHICH_HEAD = re.compile(r"\b(welke?|which)\s+([^\W\d_][\w'’-]*)(?:\s+([^\W\d_][\w'’-]*))?", re.I)


def asks_one(question: str, words: Collection[str]) -> bool:
    """Does a "welk(e)/which" question ask for one thing ("Welke stad …", "Welk document …", "Welke
    bovenlokale figuur …"), not a set ("Welke drempels …", "Noem alle …")? Read by the question's
    structure: the noun after the question word (after an inflected adjective: "nieuwe" when the
    report writes "nieuw") is in the singular, and no cue asks the whole set (``_SET_CUE``,
    ``_COUNTED``). The number is read against the report's own words (``words``, lower case): a noun
    is plural when the report writes it without its plural ending ("drempels": "drempel",
    "documenten": "document", "stappen": "stap", "gemeenten": "gemeente"); an English noun by its -s.
    No list of nouns: it holds for any noun the report writes in the singular."""
    if _SET_CUE.search(question) or _COUNTED.search(question):
        return False
    m = _WHICH_HEAD.search(question)
    if not m:
        return False
    english = m.group(1).lower() == "which"
    first, second = m.group(2).lower(), (m.group(3) or "").lower()
    if english:
        return not _plural(first, words, english)
    # after a word in -e, the noun may come next ("Welke buitenlandse voorbeelden …"): the report
    # need not write the adjective bare, so the next word is read too when the first is no plural
    if _inflected_adjective(first, words):
        return bool(second) and not _plural(second, words, english)
    return not (_plural(first, words, english) or (first.endswith("e") and _plural(second, words, english)))


def _inflected_adjective(word: str, words: Collection[str]) -> bool:
    """'nieuwe' ('nieuw'), 'concrete' ('concreet'), 'bovenlokale' ('bovenlokaal'): an -e the report
    also writes without."""
    if len(word) < 4 or not word.endswith("e"):
        return False
    return word[:-1] in words or (word[:-2] + word[-3] + word[-2]) in words


def _plural(noun: str, words: Collection[str], english: bool) -> bool:
    """A plural by its ending, when the report writes the singular ("drempel" for "drempels")."""
    if english:
        return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
    noun = noun.replace("’", "'")
    stems = []
    if noun.endswith("'s"):
        stems.append(noun[:-2])
    if noun.endswith("s"):
        stems.append(noun[:-1])
    if noun.endswith(("en", "ën")):
        base = noun[:-2]
        stems += [base, base[:-1] if len(base) > 2 and base[-1] == base[-2] else ""]  # stappen: stap
        if len(base) > 2:
            stems.append(base[:-1] + base[-2] + base[-1])  # zaken: zaak
        if noun.endswith("ën"):
            stems.append(base + "e")  # ideeën: idee
    if noun.endswith("n"):
        stems.append(noun[:-1])  # gemeenten: gemeente
    if noun.endswith(("ven", "zen")):
        stems.append(noun[:-3] + ("f" if noun[-3] == "v" else "s"))  # initiatieven: initiatief
    # a compound the report writes only by its last part ("boerenorganisaties": "organisatie")
    # (a stem of four letters at least: "kans" is no plural of "kan", nor "mens" of "men")
    return any(
        s[i:] in words for s in stems if len(s) >= 4 for i in range(len(s) - 3) if i == 0 or len(s) - i >= 5
    )


def asks_items(question: str) -> bool:
    """Does the question ask for a set of items in so many words ("welke …", "noem …")?"""
    return bool(_ITEMS.search(question))


def intent_kinds(question: str) -> set[str]:
    return set(_intent_kinds(question))


def named_kinds(question: str) -> frozenset[str]:
    """The template kinds a question names in its own words, for retrieval to put first within
    the first subfacet (``within.reorder_named``): the narrow rules (``INTENTS``) and the
    additions named by their name ("aanvullingen", "additions"), with what was added to the
    vision read as the additions, as ``analyse`` reads it ("what did participants add to the
    vision?", "welke punten voegden ze toe aan het toekomstbeeld?"), and the vision as the
    additions' object ("de aanvullingen op het toekomstbeeld") unless the two are set side by
    side. Before session 12 retrieval read the narrow rules only, so "according to the additions
    on community power" (cold12 c12q073) and "add to the vision" (cold8 c8c06.1) got the
    subfacet's vision. The vision's own everyday names (``SECTION_NAMES``: "toekomstbeeld",
    "2050") are not read here: a question naming the vision asks as often what it lacks ("Wat
    ontbreekt er in het toekomstbeeld …?" is the Aanvullingen: v1 q017 and cold4 c4q005 were
    lost with it)."""
    kinds = set(_intent_kinds(question))
    if SECTION_NAMES["aanvullingen"].search(question):
        kinds.add("aanvullingen")
    if "toekomstbeeld" in kinds and not _COMPARE.search(question):
        if kinds & set(ITEM_KINDS) == {"toekomstbeeld"} and _ADDED_TO.search(question):
            kinds = (kinds - {"toekomstbeeld"}) | {"aanvullingen"}
        elif "aanvullingen" in kinds:
            kinds -= {"toekomstbeeld"}  # the additions are additions to the vision
    return frozenset(kinds) & set(ITEM_KINDS)


@lru_cache(maxsize=1024)
def _intent_kinds(question: str) -> frozenset[str]:
    # asked 3-4 times per answer (retrieval, intent, abstention, compose) of the same text
    return frozenset(kind for kind, pattern in INTENTS.items() if pattern.search(question))


def named_subfacets(
    question: str,
    titles: Mapping[str, str],
    idf: Mapping[str, float] | None = None,
    share: float = SUBFACET_TITLE_SHARE,
) -> tuple[str, ...]:
    """Subfacets a question names by number ("2.3") or by most of its title's weighted terms."""
    idf = idf or {}
    found = {f"{a}.{b}" for a, b in _SUBFACET_NUMBER.findall(question)} & set(titles)
    words = set(tokenize(question))
    for sid, title in titles.items():
        terms = set(tokenize(title))
        if not terms:
            continue
        # "stad-platteland" is one term, named by "stad en platteland" too: its parts do not
        # count twice
        compounds = {t: set(tokenize(t.replace("-", " "))) for t in terms if "-" in t}
        terms -= {p for parts in compounds.values() for p in parts}
        named = {t for t, parts in compounds.items() if parts and parts <= words}
        weight = {
            t: sum(idf.get(p, 1.0) for p in compounds[t]) if t in compounds else idf.get(t, 1.0)
            for t in terms
        }
        total = sum(weight.values())
        shared = sum(weight[t] for t in terms if t in named or contains_term(t, words))
        # most of the title's weight, or two of its words (a title's head often carries generic
        # words: "Bouwen aan een gemeenschappelijke toekomst stad-platteland")
        matched_words = sum(
            len(compounds[t]) if t in named else 1 for t in terms if t in named or contains_term(t, words)
        )
        if shared / total >= share or matched_words >= 2:
            found.add(sid)
    return tuple(sorted(found, key=_order_key))


MIN_COMPOUND_PART = 5  # letters; a shorter term inside a compound is too often chance


def contains_term(term: str, words: Collection[str]) -> bool:
    """Stem equality, or a compound that contains the term ("kinderdorpsraden" ~ "dorpsrad")."""
    return term in words or (len(term) >= MIN_COMPOUND_PART and any(term in w for w in words))


def _order_key(section_id: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in section_id.split("."))


def analyse(
    question: str, subfacet_titles: Mapping[str, str], idf: Mapping[str, float] | None = None
) -> Intent:
    kinds = frozenset(intent_kinds(question)) | {
        kind for kind, pattern in SECTION_NAMES.items() if pattern.search(question)
    }
    topic_text = _REPORT_PARTS.sub(" ", question)
    if "stop" in kinds and _SOLUTIONS.search(question):
        kinds |= {"start"}  # solutions set against barriers are the Start of the template
        # … and the word is then that kind's name, no topic: "oplossingen" as the rarest topic
        # word chose the sections that say "oplossing" over those on the subject (session 5)
        topic_text = re.sub(r"\b\w*(" + _SOLUTIONS.pattern + r")\w*", " ", topic_text, flags=re.I)
    if (
        kinds & set(ITEM_KINDS) == {"toekomstbeeld"}
        and _ADDED_TO.search(question)
        and not _COMPARE.search(question)
    ):
        # what was added to the vision is the template's Aanvullingen, not the vision itself
        # ("compare the vision with what the participants added to it" asks both)
        kinds = (kinds - {"toekomstbeeld"}) | {"aanvullingen"}
    if _ACROSS.search(question):
        topic_text = across_frame_removed(topic_text)
    subfacets = named_subfacets(question, subfacet_titles, idf)
    title_terms = {t for sid in subfacets for t in tokenize(subfacet_titles[sid])}
    topic = tuple(
        dict.fromkeys(
            t
            for t in tokenize(topic_text)
            if t not in _FRAME_TERMS and t not in title_terms and not t.isdigit()
        )
    )
    wants_items = bool(_ITEMS.search(question) or _COUNTED.search(question)) or (
        bool(kinds & set(ITEM_KINDS)) and not topic
    )
    compare = (
        bool(_COMPARE.search(question))
        or len(kinds & set(ITEM_KINDS)) >= 2
        or len(subfacets) >= 2
        or bool(_ACROSS.search(question))
    )
    parts = split_parts(question, subfacet_titles)  # answered in parts when ≥ 2, whatever compare says
    return Intent(kinds, subfacets, wants_items, compare, topic, parts, *asks(question, subfacet_titles))


def part_kinds(text: str) -> frozenset[str]:
    """The item kinds one part names; solutions beside barriers are Start, alone a topic; a
    vision set beside the practice is the toekomstbeeld, the practice what works and what not."""
    kinds = intent_kinds(text) | {k for k, p in SECTION_NAMES.items() if p.search(text)}
    if _SOLUTIONS.search(text):
        kinds.add("start")
    if _VISION.search(text) or _VISION_EVERYDAY.search(_BRACKETED.sub(" ", text)):
        kinds.add("toekomstbeeld")
    if _PRACTICE.search(text) and not kinds:
        kinds |= {"continue", "stop"}
    if kinds & set(ITEM_KINDS) == {"toekomstbeeld"} and _ADDED_TO.search(text) and not _COMPARE.search(text):
        kinds = (kinds - {"toekomstbeeld"}) | {"aanvullingen"}  # what was added to it (as ``analyse``)
    return frozenset(kinds) & set(ITEM_KINDS)


def asks(question: str, titles: Mapping[str, str] = {}) -> tuple[tuple[str, ...], str]:
    """Each ask of a question as its own text ("Welke … geslaagd, en wat is er nodig om …?" is
    two), whatever they ask for, and the context around them (statements that ask nothing, a
    follow-up's topic in brackets): ((), "") for a question that asks one thing. A synthesis
    answer retrieves each ask on its own, with the context."""
    texts, _ = _pieces(question, titles)
    if len(texts) < 2:
        return (), ""  # the filters below only drop texts (and cost ~1 ms)
    # a follow-up's standalone question ends in its topic words in brackets: context, not an ask
    texts = [t.replace(" \x00 ", " en ").strip(" ,;") for t in texts if not t.lstrip().startswith("(")]
    # an ask that only repeats the frame ("Geef alle punten.") asks nothing of its own; one that
    # names a kind in frame words does ("en wat moet worden opgeschaald?"): it asks that kind of
    # the subject before it (``compose._rank_asks`` lets it carry that text)
    # English function words count as frame words too ("Where and when did … take place?" is one ask)
    # (a kind of the broad families counts: "Wat moet er stoppen en wat moet er in de plaats komen …")
    from .followup import asked_kinds  # followup imports this module

    texts = [t for t in texts if subject_terms(t) or part_kinds(t) or asked_kinds(t) & set(ITEM_KINDS)]
    if len(texts) < 2:
        return (), ""
    context = " ".join(
        s
        for s in _SENTENCE_BREAK.split(question)
        if s.lstrip().startswith("(") or not (_ASKS.search(s) or part_kinds(s))
    )
    return tuple(texts), context


_EN_FUNCTION_WORDS = (
    "what which how where who whom whose why when do does did done should could would can may "
    "must shall have has had been being its them those we you our your he she his her get gets "
    "there's what's"
)


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    """English function words ("what", "are", "the"): no subject of an ask. bm25s's list lacks
    the question words and auxiliaries an ask opens with."""
    return frozenset(bm25s_stopwords("EN")) | frozenset(_EN_FUNCTION_WORDS.split())


def subject_terms(text: str) -> list[str]:
    """An ask's stemmed words beside its frame and function words (Dutch or English)."""
    english = english_stopwords()
    words = " ".join(w for w in re.findall(r"[\w'’-]+", text) if w.lower() not in english)
    return [t for t in tokenize(words) if t not in PART_FRAME_TERMS]


def bare_ask(ask: str) -> bool:
    """An ask with no subject of its own beside its kind and frame words ("en wat moet worden
    opgeschaald?", "waar loopt het vast?", "and what holds it back?"): it asks about the subject
    of the ask before it, so it carries that text. Alone it was retrieved without its subject
    and answered from whichever subfacet ranks that kind highest."""
    from .followup import KIND_CUES  # the broad kind families (followup imports this module)

    def without_cues(text: str) -> str:
        for pattern in KIND_CUES.values():
            # a cue phrase goes ("loopt het vast"), not a wide match that spans a subject ("wat
            # moeten de lokale besturen zelf doen" names them; "wat moet Vlaanderen doen" a name)
            text = pattern.sub(lambda m: m.group(0) if _holds_subject(m.group(0)) else " ", text)
        return text

    # before and after the English function words go: "in de plaats komen" holds "in", "holds it
    # back" is the cue "holds back"
    english = english_stopwords()
    text = " ".join(w for w in re.findall(r"[\w'’-]+", without_cues(ask)) if w.lower() not in english)
    return not subject_terms(without_cues(text))


# The pieces of a question between its punctuation ("For city-countryside cooperation, set the
# proposed scale-up actions against the barriers …"): one of them often names the subject alone.
_PIECE_BREAK = re.compile(r"[:;,?.!]")


def subject_texts(question: str) -> list[str]:
    """Texts that may name what a synthesis question is about without its kind words: the
    question without its kind cue phrases, then each piece between its punctuation that holds a
    subject term (not "wat werkt al", "and where are the pitfalls"). Read by the subfacet model
    when the whole question leaves it unsure (``compose.meant_subfacet``): the kind words pull the
    whole question's vector towards whichever subfacet's examples ask those kinds."""
    out = [_without_kind_cues(question)]
    # a piece that is the whole question (one clause, its question mark cut off) is no reading of
    # its own: the whole question's vector was read already, and each text costs embedding time
    whole = _PIECE_BREAK.sub(" ", question).split()
    for piece in _PIECE_BREAK.split(question):
        piece = piece.strip()
        if piece and piece.split() != whole and subject_terms(_without_kind_cues(piece)):
            out.append(piece)
    return [t for t in dict.fromkeys(out) if subject_terms(t)]


_CUE_WORDS = 4  # the longest kind cue phrase: "in de plaats komen", "loopt het niet vast"


def _holds_subject(match: str) -> bool:
    """A kind cue's match that spans more than a cue phrase, or a name after its first word."""
    words = match.split()
    return len(words) > _CUE_WORDS or any(w[:1].isupper() for w in words[1:])


def without_kind_cues(text: str) -> str:
    """The text without the phrases that name a template kind (``_without_kind_cues``)."""
    return _without_kind_cues(text)


def _without_kind_cues(text: str) -> str:
    """The text without the phrases that name a kind (the narrow patterns), unless a match spans
    more than a cue phrase or holds a name ("wat moeten de lokale besturen zelf doen")."""
    for pattern in (*INTENTS.values(), *SECTION_NAMES.values()):
        text = pattern.sub(lambda m: m.group(0) if _holds_subject(m.group(0)) else " ", text)
    return text


# The object a question names once, at its end, for all its asks: "Welke kansen en welke risico's
# zien ze bij schaalvergroting?" ("in" and "van" are left out: "in de plaats komen", "van wie")
_TAIL = re.compile(
    r"\s(?:bij|rond|rondom|inzake|omtrent|voor|over|for|around|regarding|about|concerning|"
    # (session 9) "…, als het gaat om de kracht van dorpsgemeenschappen?" (cold9 c9q090)
    r"als het (?:gaat )?(?:om|over)|wat betreft|when it comes to|as for|in terms of)\s+\w[^,;?]*[?.]?\s*$",
    re.I,
)
_TAIL_TERMS = 1  # an earlier ask with at most this many words of its own takes the shared object


def shared_tail(asks: tuple[str, ...] | list[str]) -> str:
    """The prepositional object that ends the last ask ("bij schaalvergroting van gemeenten"),
    when it is shared: "" for one ask, or when the last ask has none."""
    if len(asks) < 2:
        return ""
    m = _TAIL.search(asks[-1])
    return m.group(0).strip().rstrip("?.").strip() if m else ""


def takes_tail(ask: str) -> bool:
    """An earlier ask that names no object of its own ("Welke kansen", "wat loopt goed"): it asks
    about the object the question names at its end."""
    return not _TAIL.search(ask) and len(subject_terms(_without_kind_cues(ask))) <= _TAIL_TERMS


def opens_question(text: str) -> bool:
    """Does this ask open with a question word or a request of its own ("welke …", "noem …")?
    One that does not ("bij de gemeenten zelf?") is the second half of the one before."""
    return bool(_OPENS.search(text))


def _pieces(question: str, titles: Mapping[str, str]) -> tuple[list[str], bool]:
    """The question cut into its asks (clauses, sentences that ask, a pair set side by side);
    names of subfacets stay whole (their "en" is marked). Also: whether a pair was cut."""
    texts, paired = _cut(question, tuple(titles.items()))
    return list(texts), paired


@lru_cache(maxsize=256)
def _cut(question: str, title_items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], bool]:
    # ``analyse`` cuts each question twice (``split_parts``, ``asks``); the pair patterns cost ~0.7 ms
    titles = dict(title_items)
    # "sterke en nabije besturen" is one name, not two asks: its "en" is protected
    protected = question
    for title in titles.values():
        words = "|".join(re.escape(w) for w in re.findall(r"\w{3,}", title.replace("-", " ")))
        if words:
            protected = re.sub(
                rf"\b({words})\s+en\s+(?=(?:{words})\b)",
                lambda m: m.group(1) + " \x00 ",
                protected,
                flags=re.I,
            )
    texts: list[str] = []
    paired = False
    for sentence in _SENTENCE_BREAK.split(protected):
        if texts and _RESTATES_REQUEST.match(sentence) and not _ASKS_MORE.search(sentence):
            # "… ? Som alle knelpunten op.", "Noem alle domeinen.", "Geef alles wat het verslag
            # daarover zegt.": a request for the whole list after the question restates what it
            # asks (its noun names the items, its pronoun the subject) and is no ask of its own;
            # as one it drew sections on its own words ("Over daarover: …") and made a list
            # question a comparison (session 8, own set listsyn8)
            texts[-1] = f"{texts[-1].rstrip()} {sentence.strip()}"
            continue
        if not _ASKS.search(sentence):
            # a statement is context, unless it names a part of the template: "In 2050 zouden
            # … Wat gebeurt er vandaag al?" sets the vision beside the practice
            if part_kinds(sentence):
                texts.append(sentence)
            continue
        pieces = [p for p in _CLAUSE_BREAK.split(sentence) if p and p.strip()]
        if len(pieces) == 1:
            pieces = [p for p in _CLAUSE_BREAK_EN.split(sentence) if p and p.strip()]
        # a statement before the first ask is its context, not an ask of its own: "Ik zit in een
        # dorpsraad, hoe kunnen wij beter samenwerken met de gemeente?" asks one thing (alone, the
        # statement was answered as a theme; session 7 review); a piece that names a part of the
        # template ("Goede praktijken, en welke drempels …?") stays an ask
        while len(pieces) >= 2 and not _ASKS_ANYWHERE.search(pieces[0]) and not part_kinds(pieces[0]):
            pieces[:2] = [f"{pieces[0].rstrip(' ,')}, {pieces[1].lstrip()}"]
        if len(pieces) == 1:
            for pattern in _PAIRED:
                m = pattern.search(_after_heading(sentence))
                if m:
                    pieces, paired = [m.group("a"), m.group("b")], True
                    head = m.string[: m.start()].strip(" ,")
                    if (
                        head
                        and _ASKS_ANYWHERE.search(head)
                        and m.group("a").lstrip().lower().startswith(_PLACE_PREPOSITIONS)
                    ):
                        # "Welke rol speelt vertrouwen, zowel bij X als bij Y?": the ask before the
                        # pair is what both halves ask, each in its own place; alone "bij X" was
                        # retrieved without the theme and its place's sections were dropped
                        # (cold7 c7q103)
                        pieces = [f"{head}, {m.group('a').strip()}", f"{head}, {m.group('b').strip()}"]
                    break
        if len(pieces) == 1 and (m := _ALTERNATIVES.match(sentence)):
            # "Wie moet de eerste stap zetten: de burger of het bestuur?": the question before the
            # colon asked of each alternative (cold8 c8q105 was answered from the method section)
            head = m.group("head").strip()
            pieces, paired = [f"{head}: {m.group('a').strip()}", f"{head}: {m.group('b').strip()}"], True
        if len(pieces) == 1 and (items := _kind_list(sentence)):
            pieces, paired = items, True
        if len(pieces) == 1 and (m := _REPEATED_PREPOSITION.search(sentence)):
            cut = m.start(2)
            a, b = sentence[:cut], sentence[m.end(2) :]
            if not (named_subfacets(a, titles) and named_subfacets(b, titles)):
                pieces, paired = [a, b], True
        texts.extend(pieces)
    return tuple(texts), paired


# A request for a list of the template's kinds in nouns: "Geef voor samenwerking tussen gemeenten de
# goede voorbeelden, de voorstellen en de randvoorwaarden over domeinen heen." (cold10 c10q106).
# Its items are cut where a comma or "en" joins short noun phrases that each name a kind, by the
# narrow rules or the broad word families ("voorstellen": Start, "randvoorwaarden over domeinen
# heen": Synergie); only when together they name more kinds than the narrow rules read in the
# whole sentence, which as one ask got one kind's section ("goede voorbeelden") of the wrong
# subfacet. "Welke goede praktijken en drempels …?" is read whole already and stays one ask.
_LIST_BREAK = re.compile(r",\s+(?:(?:en|and)\s+)?|\s+(?:en|and)\s+", re.I)
KIND_LIST_WORDS = 6  # an item after the first longer than this is a clause, not a noun of a list


def _kind_list(sentence: str) -> list[str]:
    """The items of a list of kinds in nouns (``_LIST_BREAK``), or [] for any other sentence."""
    from .followup import asked_kinds  # followup imports this module

    items = [p for p in _LIST_BREAK.split(sentence) if p.strip(" .?")]
    if len(items) < 2 or any(len(p.split()) > KIND_LIST_WORDS for p in items[1:]):
        return []
    kinds = [part_kinds(p) | (frozenset(asked_kinds(p)) & set(ITEM_KINDS)) for p in items]
    if not all(kinds) or frozenset().union(*kinds) <= part_kinds(sentence):
        return []
    return items


# A question before a colon and two short alternatives after it ("…: de burger of het bestuur?",
# "…: the city or the countryside?"): each alternative is asked the question
_ALTERNATIVES = re.compile(
    # only "wie"/"who": "Wanneer moeten politici instappen …: pas op het einde of al van bij het
    # begin?" asks one fact, its alternatives are the possible answers (cold7 c7q052 lost a fact)
    r"^(?P<head>[^:]*\b(?:wie|who)\b[^:]*):\s*"
    r"(?P<a>(?:\S+\s+){0,4}?\S+)\s+(?:of|or)\s+(?P<b>(?:\S+\s+){0,4}?\S+?)\s*\?\s*$",
    re.I,
)
_SET_AGAINST = re.compile(r"\b(?:tegenover|versus|vs\.?)(?=\s)", re.I)
_PLACE_PREPOSITIONS = ("bij ", "in ", "op ", "binnen ", "aan ", "at ", "on ", "within ", "when ")


def _after_heading(sentence: str) -> str:
    """The ask after a heading that names its subject ("Schaalvergroting tegenover nabijheid:
    welke spanning zien de deelnemers?"), else the sentence. The pair in such a heading is the
    one subject the ask is about (the tension between the two), not two asks: cut into
    "Schaalvergroting" and "nabijheid: welke spanning …" each half was answered on its own words
    and the first reported missing (session 7 review; cold6 c6q099 "Projectsubsidies versus vaste
    middelen: hoe komt die spanning terug …?"). A heading that is itself a request ("Vergelijk X
    met Y: …") keeps its pair."""
    heading, colon, ask = sentence.partition(":")
    if not _SET_AGAINST.search(heading):
        return sentence  # "LEADER duikt zowel in … als bij …: hoe verschilt de toon?" keeps its pair
    if (
        colon
        and _ASKS_ANYWHERE.search(ask)
        and not _ASKS_ANYWHERE.search(heading)
        and not _OPENS.search(heading)
    ):
        return ask
    return sentence


def split_parts(question: str, titles: Mapping[str, str] = {}) -> tuple[Part, ...]:
    """The asks of a question that asks several things, each with a kind or terms of its own;
    () for a question that asks one thing. A part that only repeats the frame ("Vergelijk wat de
    tafels zeggen") is no part; a statement before the question is context, not an ask."""
    texts, paired = _pieces(question, titles)
    if len(texts) < 2:
        return ()  # at most one part; ``bare_ask`` below costs ~1.5 ms (its cue patterns)
    parts = []
    for text in texts:
        text = text.replace(" \x00 ", " en ").strip(" ,;")
        if text.startswith("("):
            # a follow-up's carried topic between brackets is context, not an ask (as in ``asks``):
            # as a part of its own it split "Geef eens een concreet voorbeeld. (samenwerking stad
            # platteland Opschaling)" into "Over concreet:" and the carried topic (session 10 review)
            continue
        kinds = part_kinds(text)
        # the words that name its kind are no subject ("werkt vandaag al": "werk" chose the section
        # that says "werking" most, another subfacet's practice: session 5)
        terms = tuple(
            dict.fromkeys(
                t for t in tokenize(_without_kind_cues(text)) if t not in PART_FRAME_TERMS and not t.isdigit()
            )
        )
        if bare_ask(text):
            # "waar loopt het vast?" names its kind in words the narrow patterns miss, and its words
            # are no theme ("loopt", "vast" chose whichever section says them): the kind of the
            # broad families, in the subfacet the asks before it settled on
            from .followup import asked_kinds

            kinds, terms = kinds or frozenset(asked_kinds(text)) & frozenset(ITEM_KINDS), ()
        if kinds or terms:
            parts.append(Part(text, kinds, terms))
    if len(parts) < 2:
        return ()
    # an elliptic part asks the kind of the part before it ("the barriers for X and those for Y",
    # "de knelpunten bij X en die bij Y")
    parts = [
        replace(p, kinds=parts[i - 1].kinds) if i and not p.kinds and elliptic(p.text) else p
        for i, p in enumerate(parts)
    ]
    if any("toekomstbeeld" in p.kinds for p in parts):
        parts = [
            replace(p, kinds=frozenset({"continue", "stop"}))
            if not p.kinds and _PRESENT.search(p.text)
            else p
            for p in parts
        ]
    # Without a kind, two clauses set things side by side only when they ask alike ("welke rol
    # voor …, en welke voor …?"); "Waar wordt X opgewekt en wie verbruikt hem?" asks two facts.
    if not paired and not any(p.kinds for p in parts):
        openers = {m.group(0).lower() for p in parts if (m := re.match(_QUESTION_WORD, p.text, re.I))}
        if len(openers) != 1:
            return ()
    return tuple(parts)
