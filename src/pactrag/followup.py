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
from collections.abc import Collection, Sequence

from .intent import _FRAME_TERMS, INTENTS, ITEM_KINDS, SECTION_NAMES, contains_term, intent_kinds
from .lexical import stopwords, tokenize
from .records import KIND_LABELS

History = Sequence[tuple[str, str]]  # (standalone question, answer) pairs, oldest first

# Words that point back at the previous turn. "dat/die/dit/deze" only in a short question:
# in a long one they are mostly a conjunction or a relative pronoun ("de figuur die …").
_POINTS_BACK = re.compile(
    r"\b(daar\w*|hier(aan|bij|in|mee|over|van|voor|rond|door)|er(aan|bij|in|mee|over|van|voor|rond|door|tegen)|"
    r"ze|zij|hun|hen|hem|haar|dezelfde|diezelfde|datzelfde|hetzelfde|zo'n|zulke|zoiets|dergelijke?|"
    r"that|those|these|it|them|they|their|there|"
    # the English "such" (not "such as", which gives examples) and "the two" (a definite numeral
    # standing for two things named before) point back as "zulke" does: "make such projects last",
    # "closer ties between the two" (cold9 c9c03.2, c9c06.2 were answered as questions of their own)
    r"such(?!\s+as\b)|the two)\b",
    re.I,
)
# Personal pronouns point back only weakly: "ze" is as often the participants ("hoe zien ze de
# rol van de provincies?") and "hun" the question's own subject ("vrijwilligers in hun buurt").
_PERSONAL = re.compile(r"\b(ze|zij|hun|hen|hem|haar)\b", re.I)
_DEMONSTRATIVE = re.compile(r"\b(dat|die|dit|deze|this)\b", re.I)
# A demonstrative that stands for a thing named before, whatever the question's length: as the
# subject right after the question word and its verb ("Waar moet die zich dan mee bezighouden?",
# "Hoe werkt dat in kleine gemeenten?"; a relative "die" follows a noun, not a verb after "waar"),
# or before a word for a sort ("dit soort samenwerking", "this kind of regional work").
_STANDS_FOR = re.compile(
    r"^\W*(en\s+|and\s+)?(wat|wie|hoe|waar\w*|waarom|wanneer|what|who|how|where|why|when)\s+\w+\s+"
    r"(dat|die|dit|deze|this|that|these|those)\b|"
    r"\b(dat|die|dit|deze|zo'n|zulk\w*|this|that|these|those|such)\s+(soort|type|sort|kind|types|kinds)\b",
    re.I,
)
# ... and as the subject of a yes/no question, which opens with its verb ("Raakt dit ook aan zorg,
# welzijn of andere beleidsvelden?", "Heeft dat gevolgen voor de jeugd?"): only "dit/dat", since
# "die/deze" after an opening word is as often a relative after a noun ("Projecten die …"); a
# question word, conjunction or preposition first is no verb (cold6, session 6)
_VERB_FIRST = re.compile(
    r"^\W*(en\s+|and\s+)?(?!(wat|wie|welke?|hoe|waar\w*|waarom|wanneer|hoeveel|als|omdat|zodat|doordat|"
    r"nu|zoals|of|maar|ook|dus|want|om|over|met|rond|bij|van|voor|aan|in|op|tegen|naar|uit|door|"
    r"volgens|na|sinds|tot|zonder|het|de|een)\b)[^\W\d_]+\s+(dat|dit)\b(?!\s+(dat|die|het|de|een)\b)",
    re.I,
)
# ... and in a longer one after a preposition ("om die weg te werken", "rond dat thema")
_AFTER_PREPOSITION = re.compile(
    r"\b(om|over|met|rond|bij|van|voor|aan|in|op|tegen|naar|uit|door|volgens|about|with|for|of)\s+(dat|die|dit|deze)\b|"
    # ... or after a relative "waar" + preposition ("de manier waarop dat geld verdeeld wordt"):
    # the relative clause has begun, so "dat/die" there is no conjunction or relative pronoun but
    # the determiner of a thing named before (cold8 c8c12: the turn was read as a question of its
    # own and answered from another subfacet); a pronoun or article after it is the Flemish
    # "waarop dat ze …", a conjunction
    r"\bwaar(op|in|mee|door|bij|voor|van|over|aan|om|uit|naar|tegen)\s+(dat|die|dit|deze)\b"
    r"(?!\s+(ze|zij|hij|we|wij|je|jij|men|u|het|de|een|er)\b)",
    re.I,
)
# ... and right after a finite auxiliary or copula, where a question puts its subject ("Met welke
# organisatie wordt die samen genoemd?", "In welke streek is dat netwerk actief?"): a relative
# "die" follows a noun and a conjunction "dat" a clause, never these closed-class verb forms
_AFTER_VERB = re.compile(
    r"\b(is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|"
    r"moet|moeten|moest|moesten|zal|zullen|zou|zouden|mag|mogen|wil|willen|hoort|horen|gaat|gaan|"
    r"komt|komen|speelt|spelen|doet|doen|staat|staan)\s+(dat|die|dit|deze)\b(?!\s+(dat|die|het|de|een)\b)",
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
# A sort of what was said before, with the words naming it ("dit soort samenwerkingen", "this kind
# of regional work"): those words name the subject before, not a new aspect.
_SORT_OF = re.compile(
    r"\b(dat|die|dit|deze|zo'n|zulk\w*|this|that|these|those|such)\s+(soort|type|sort|kind|types|kinds)"
    r"(\s+(of|van))?(\s+[^\W\d_][\w-]*){0,3}",
    re.I,
)
# "zo'n aanpak", "zulke figuren", "dergelijke initiatieven": the word after a determiner that can
# only point names the thing pointed at. Said in the answer before ("Dergelijke figuren zijn
# essentieel …"), it narrows to what was shown and stays an aspect; otherwise it is the subject
# in other words (cold6, session 6: "Wat maakt dat zo'n aanpak niet in elk dorp lukt?" after
# practices took "aanpak" as a new aspect, and the barriers section, which never says it, was
# passed over for another subfacet's)
_SUCH = re.compile(r"\b(zo'n|zulke?|dergelijke?|such(?!\s+as\b))\s+(?P<thing>[^\W\d_][\w-]*)", re.I)
# The user says the turn is new ("Andere vraag: …", "Los daarvan, …", "Los van dat onderwerp: …",
# "Even iets helemaal anders: …", "Een losse vraag: …"). An opening "Los van dat …" is an aside
# even though "dat" points back; later in a question "los van de gemeente" is part of what it asks.
_NEW_QUESTION = re.compile(
    r"\b(andere|nieuwe|aparte|losse) vraag|\blos daarvan\b|\b(iets|helemaal|totaal|compleet) anders\b|"
    r"^\W*(\w+\W+){0,2}?los van (dat|dit|het|de|die|deze)\b(\s+(vorige|onderwerp|vraag|thema)\b)?|"
    r"\b(ander|nieuw) (onderwerp|thema)\b|\bterzijde\b|^\W*tussendoor\b|another question|separate (question|topic)|unrelated|something else|"
    r"on another note|different (question|topic|subject)|change (of|the) (topic|subject)|^\W*apart from (that|this)",
    re.I,
)
# ... and, after such an aside, that it goes back to what was asked before ("Terug naar die
# cheques: …", "Om terug te komen op de dorpsraad: …", "Back to the village councils: …").
_RETURNS = re.compile(
    r"^\W*((en|and|nog|even|ok[eé]?|goed)\W+){0,3}(terug naar|terugkomend op|om terug te komen op|nog (eens|even) over|"
    r"back to|going back to|returning to|to go back to)\b",
    re.I,
)
_ASIDE_WORDS = re.compile(r"^\W*((even|nog|goed|oké?|ok|ja|dank\w*|bedankt|thanks?)\W+)+", re.I)
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
        "describe say see mentioned anders goed staan staat stond stonden zit zitten "
        "vaak soms verloopt verlopen verliep verstaat verstaan bedoelt bedoelen bedoeld maken maakt "
        "welk passen past lukken lukt lukte lukten "
        # "verder", "bovendien", "overige": what else is asked, not about what ("Wat wordt er
        # verder nog aan toegevoegd?" took "ver" as an aspect and moved the conversation to a
        # subfacet whose text says "verder weg")
        "verder verdere overige overig bovendien "
        # the text shown, named as such ("volgens die tekst"): like "verslag", no subject of its own
        "tekst teksten passage "
        # who took part, named in another word than "deelnemers" (a frame word): no subject
        "aanwezigen aanwezige deelnemer participants attendees "
        # Dutch modal verbs say how something is asked, like the English ones below
        "moet moeten moest moesten kan kunnen kon konden zal zullen zou zouden mag mogen wil willen"
    )
)
# Pronouns and function words the Dutch stop list lacks: "Welke stappen kunnen we zetten?", "Who is
# already doing well?" and "Any link with other policy fields?" name no subject of their own; counted
# as topic words they made such a turn stand alone (an English follow-up was never one).
_GENERIC |= frozenset(
    tokenize(
        "we jullie the a an any some who what which do does did doing done is are was were be been "
        "has have had can could should would will they their them it its this that these those there "
        "here with for from about of to in on at by and or also already still now today well other "
        "others more most our your you how why when where mee"
    )
)
# Prepositions and light verbs the Dutch stop list lacks: "samenwerking tussen stad en platteland",
# "Welke rol krijgt de dorpsraad …?", "Wat stellen ze voor om daaruit te geraken?". They say how
# things relate or are asked, not what about; carried along they filled "Ik las je vraag als: …
# (rol krijgt brug tussen burgers beleid)" with words that are no subject, and counted as topic
# words they made a turn look like a question of its own (session 9)
_GENERIC |= frozenset(
    tokenize(
        "tussen via binnen boven naast achter sinds rondom tegenover dankzij ondanks "
        "omtrent betreffende inzake zoals eruit "
        "krijgt krijgen kreeg kregen geraken geraakt halen haalt haalden nemen neemt zetten zet "
        "brengen brengt bracht betekent betekenen"
    )
)
# Words that rank or qualify what is asked ("de belangrijkste drempels", "the main obstacles",
# "bestaande voorbeelden"): no aspect of their own; as one they sent a kind switch to the
# retrieval instead of the conversation's section (no section "mentions" them).
_GENERIC |= frozenset(
    tokenize(
        "belangrijkste belangrijk voornaamste grootste grote groot meeste echte typische bestaande breder brede "
        "main biggest big major key most existing real typical "
        # how exactly it is asked ("Geef eens een concreet voorbeeld."): as an aspect "concreet" drew
        # a part of its own from a sentence on "concrete stappen" (session 8 review)
        "concreet concrete concreter specifiek specifieke precies concretely specific "
        # quantifiers: "niet in elk dorp", "in sommige gemeenten" qualify where, not what
        "elk elke ieder iedere sommige every each some "
        # how much it counts ("Welk obstakel moet zo iemand vooral wegnemen?"): as an aspect
        # "vooral" made the barriers section, which never says it, decline the turn
        "vooral voornamelijk hoofdzakelijk especially mainly mostly particularly"
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
        r"\b(houdt?|houden|hield|hielden)\b.{0,40}\btegen\b|"
        # "tegenwerken" with its particle split off, as "houdt … tegen": "Wat werkt daarbij tegen?"
        r"\b(werkt|werken|werkte|werkten)\b[^,;:.?!]{0,40}\btegen\W*$|\bin de weg\b|\bprobleem\w*|\bproblemen\b|"
        r"pijnpunt\w*|\bvalkuil\w*|\bmoeilijk\w*|\bfout\w*|\bmis(loopt|gaat|lukt|liep)\b|"
        r"\b(loopt|gaat|liep|ging)\b.{0,30}\bmis\b|\blukt\b.{0,30}\bniet\b|\bwring\w*|\bschort\w*|"
        r"\bmoeizaam\w*|\blastig\w*|\bstroef\w*|\bblokk\w*|\bblokkeer\w*|\bafrem\w*|\bstok(t|ken)\b|"
        # "loopt … vast" is one verb whose particle ends the clause, after a subject of any length
        # ("Waar loopt de samenwerking tussen stad en platteland vast": 42 letters between)
        r"\bstagn\w*|\bvast(loopt|lopen|gelopen)\b|\b(loopt|lopen|liep)\b[^,;:.?!]{0,80}\bvast\b|\btekort\w*|"
        r"\bzwakte\w*|\bzwakke punt\w*|\bnade(el|len)\b|\bbezwa\w*|\bweerstand\w*|\buitdaging\w*|"
        r"\bmislukk?\w*|\bfaal\w*|\bfalen\b|\bzorgpunt\w*|\bbezorgd\w*|\bbeperking\w*|\bgebrek\w*|"
        r"\bbots\w*|\bbarri[eè]re\w*|\bbarrier\w*|obstacle\w*|hurdle\w*|bottleneck\w*|\bproblem\w*|"
        r"\bchallenge\w*|\bissues\b|"
        # what must end (session 4): "wat moet er stoppen?", "waarmee moeten we stoppen?"
        r"\bstoppen\b|\bstop(t|te|ten)? met\b|"
        r"\bhold\w*\b.{0,30}\bback\b|\bgo(es)? wrong|stands? in the way|"
        # what goes wrong, said without a barrier noun (session 4): "wat loopt er verkeerd?", "waar
        # lopen ze tegenaan?", "waar stuit dat op?", "what gets in their way?", "what is difficult?"
        r"\bverkeerd\w*|\bstrand(en|t|de|den)\b|\bslecht\w*|\btegenaan\b|\bstui(t|ten|tte)\b|\bhaper\w*|\bwrong\b|"
        r"\bin (the|their|its|his|her|our|your) way\b|\bdifficult\w*|\bstruggl\w*|\bhard to\b",
        re.I,
    ),
    # Remedies and actions: solving, tackling, improving, scaling up, proposing (Start: the report
    # files the actions that take barriers away under Opschaling).
    "start": re.compile(
        r"\boplos\w*|\bopgelost\b|\bop te lossen\b|\blos\w*\b.{0,30}\bop\b|\bverhelp\w*|\bremedie\w*|"
        r"\baanraden\b|\breik\w*\b.{0,30}\baan\b|\baangeraden\b|\b(raad|raden|raadt)\b.{0,30}\baan\b|\badvie\w*|\badviseer\w*|"
        r"\bsuggesti\w*|\bsuggere\w*|\b(wat|zou|zouden|kan|kunnen)\b.{0,30}\bhelp(en|t)\b|"
        r"\b(what|can|could|would|might)\b.{0,30}\bhelp\b|"
        r"\bhoe\b.{0,40}\bbeter\b|\bhow\b.{0,40}\bbetter\b|\bvolgende stap\w*|\bwelke stappen\b|\bstappen\b.{0,20}\bzetten\b|"
        r"\bmoet(en)?\b.{0,30}\bveranderen\b|\binvester\w*|\baanreik\w*|\baangereikt\b|\bideeën\b|"
        r"\bhoe (nu )?verder\b|\bvooruit\w*|\bwat\b.{0,40}\b(moet|moeten|kan|kunnen|wil|willen|zou|zouden)\b.{0,40}\bdoen\b|"
        r"\bhoe\b.{0,40}\bversterk\w*(?!.*\b(andere|elkaar)\b)|\bhow\b.{0,40}\bstrengthen\w*(?!.*\b(other|each other)\b)|\buit(rol|gerold)\w*|\brol\w*\b.{0,20}\buit\b|"
        r"\bbreder (uit|toe|in|ver)\w*|"
        r"\baan te pakken\b|\baanpakken\b|\bpak\w*\b.{0,30}\baan\b|\b(pak|pakt|pakken|pakte|pakten)\b[^,;:.?!]{0,60}\baan\b|\bverbeter\w*|\bbeter (maken|doen)\b|"
        r"\bwat kan (er )?beter\b|\bwegwerk\w*|\bweg te (werken|nemen|halen)\b|\bwegnem\w*|"
        r"\b(werk|neem|nem|haal)\w*\b.{0,30}\bweg\W*$|"
        r"\bverlag\w*|\bverlaagd\w*|\bopschal\w*|\bop te schalen\b|\bopgeschaald\b|\buitbrei\w*|"
        r"\buit te breiden\b|\bverspreid\w*|\bacties\b|acties\b|\bactiepunt\w*|\bmaatregel\w*|"
        r"\baanbeveling\w*|\bvoorstel\w*|\bvoorgesteld\w*|\bstel\w*\b.{0,40}\bvoor(\s+om\b|\W*$)|"
        # not "wat moet er stoppen?": that asks what must end (Stop)
        r"\b(is|zijn) (er )?nodig\b|\bnodig om\b|\bwat moet er\b(?!\s+(\w+\s+)?stoppen\b)|"
        r"\bsolv\w*|\bsolution\w*|\bfix\w*|\bimprov\w*|\bremed\w*|\bscal(e|ed|ing) up|\bmeasures\b|"
        # what should replace it (session 4): "wat moet er in de plaats komen?", "instead"
        r"\bin de plaats\b.{0,20}\b(komen|komt|stellen|zetten)\b|\bvervang\w*|\binstead\b|\breplace\w*|"
        r"what (can|should) be done|\brecommend\w*|\btackl\w*|\bnext steps?\b|\bsuggest\w*|\badvi[cs]e\b|"
        # a remedy asked as what to do or change (session 4): "wat moet er anders?", "wat valt
        # eraan te doen?", "wat helpt daartegen?", "hoe voorkom je dat?", "hoe verander je dat?",
        # "hoe zorg je voor continuïteit?", "what do they propose?"
        r"\b(moet|moeten|zou|zouden|kan|kunnen|mag|mogen)\b.{0,30}\banders\b|"
        # "te doen" is what is to be done, "mee te doen" taking part ("Wat houdt burgers nog tegen
        # om mee te doen?" asks for barriers; as a remedy cue it made it ask the actions)
        r"(?<!\bmee )\bte doen\b|"
        r"\b(daar|er)tegen\b.{0,20}\b(doen|helpt|helpen|ondernemen)\b|"
        r"\b(doen|helpt|helpen|ondernemen)\b.{0,20}\b(daar|er)tegen\b|"
        r"\b(hoe|how)\b.{0,30}\b(voorkom|verander|change|prevent|avoid)\w*|"
        r"\bhoe\b.{0,20}\bzorg\w*\b.{0,30}\bvoor\b|\bpropos\w*|\bwhat (can|could|should) (we|they|you|one)\b|"
        r"\b(moet|moeten|zou|zouden|kan|kunnen)\b.{0,40}\bondernem\w*|\bideas?\b|"
        r"\baddress(ed|ing)? (that|this|it|them|these|those)\b",
        re.I,
    ),
    # What already works: (good) examples, successes, practices (Continue). A singular "een
    # voorbeeld (van dat)" asks for one instance of what was just discussed, not for practices.
    "continue": re.compile(
        r"voorbeelden\b|\bgoede praktijk\w*|\bpraktijkvoorbeeld\w*|\bsucces\w*|\bgeslaagd\w*|"
        r"\binspirer\w*|\b(werkt|werken|loopt|lopen|lukt|lukken|gaat|gaan|draait|draaien|functioneert|functioneren)\b"
        r".{0,25}\b(goed|wel|al)\b|"
        # "waar dat al goed draait": what runs or functions well, said with the verb last
        r"\b(goed|wel)\b.{0,15}\b(werkt|werken|loopt|lopen|lukt|gaat|draait|draaien|functioneert|functioneren)\b|\btonen dat\b.{0,20}\bkan\b|"
        r"\bwaar het (al )?(lukt|werkt)\b|\bsterke punten\b|\bsterktes?\b|\btroeven?\b|\bpluspunt\w*|"
        r"\bpositieve?\b|\blopende\b|\bbestaande\b.{0,20}\b(initiatieven|projecten|praktijken)\b|"
        r"\bgebeurt\b.{0,20}\b(al|reeds)\b|\b(al|reeds)\b.{0,20}\bgebeurt\b|\bgoed\w* voorbeeld\w*|"
        r"\bvoorbeeldproject\w*|\bpraktijken\b|\bbesta\w*\b.{0,20}\b(al|reeds)\b|"
        r"\bgood practice\w*|\bbest practice\w*|\bexamples\b|\bworks? well\b|\bwhat works\b|"
        # who already does it (session 4): "wie doet het al goed?", "welke organisaties doen dat
        # vandaag al?", "who already does this well?", "is anyone doing this?"
        r"\b(doet|doen|deed|deden)\b.{0,30}\b(al|reeds)\b|\b(doet|doen)\b.{0,20}\bgoed\b|"
        r"\balready\b.{0,30}\b(do|does|doing|work|works|working|happen\w*)\b|\bdoing (this |that |it )?well\b|"
        r"\b(do|does) (this|that|it) well\b|\bsuccess\w*|\bwhere (it|this|that) works\b|"
        # initiatives or projects called good in other words: "enkele mooie initiatieven"
        r"\b(mooie?|fijne?|straffe?|leuke?|interessante?|sterke?|nice|great|interesting)\s+"
        r"(initiatie\w*|project\w*|voorbeeld\w*|examples?)",
        re.I,
    ),
    # Links with other policy areas (Synergie): a link, connection, overlap or relation "met …".
    "synergie": re.compile(
        r"\bsynergi\w*|\blink\w*|\bverband(en)?\b|\braakvla\w*|\braakt\b.{0,30}\baan\b|"
        r"\bsamenhang\w*|\bhang\w*\b.{0,30}\bsamen\b|\bverhoud\w*\b.{0,30}\btot\b|"
        r"\bkoppel\w*|\bte maken met\b|"
        r"\b(has|have|had) (\w+ )?to do(?= with\b)|beleidsdomein\w*|\bandere domeinen\b|\bander beleid\b|"
        r"\braakpunt\w*|beleidsveld\w*|beleidsterrein\w*|\bkruisbestuiving\b|\bwisselwerking\b|"
        r"\bandere (sectoren|thema'?s|facetten|beleidsvelden)\b|\bversterk\w*\b.{0,30}\belkaar\b|"
        r"\bverbinding\w* met\b|\bkansen voor samenwerking\b|\bsamenwerk\w* met andere\b|"
        r"\bother (policy|polic)\w*|\bconnect\w* (to|with)\b|\brelat\w* to\b|"
        # other domains named without "beleid" (session 4): "buiten het eigen domein", "over
        # domeinen heen", "policy fields", "other sectors"
        r"\bbuiten\b.{0,20}\bdomein\w*|\bover\b.{0,20}\bdomeinen heen\b|\bdomeinoverschrijd\w*|"
        r"\bpolicy (fields?|areas?|domains?)\b|\bother (fields|areas|domains|sectors)\b",
        re.I,
    ),
    "toekomstbeeld": re.compile(
        r"toekomstbeeld|toekomstvisie|kernboodschap|\bvisie\b|\b(in|tegen) 2050\b|\bambitie\w*|"
        r"\bhoe ziet\b.{0,30}\btoekomst\w*|\bvision\b|key message",
        re.I,
    ),
    "aanvullingen": re.compile(
        r"aanvulling\w*|aangevuld|\bvoeg\w*\b.{0,40}\btoe\b|\btoegevoegd\b|\badditions?\b|\badd(ed)?\b|"
        # the kind's own verb with its particle split off, as "voeg … toe" ("Wat vulden de
        # deelnemers aan over …?": cold9 c9c11, no kind was in effect and the next turn left 2.1.2)
        r"\baan(vullen|vulden|vulde|vult)\b|\b(vul|vult|vullen|vulde|vulden)\b.{0,40}\baan\b|"
        # what the participants brought in themselves: "inbrengen", its particle split off last
        r"\binbr(e|a)ng\w*|\bingebracht\b|\b(breng|brengt|brengen|bracht|brachten)\b.{0,40}\bin\W*$",
        re.I,
    ),
}
# What a vision lacks is what the participants added to it (§2.x.2 "ontbreekt in het toekomstbeeld"):
# after a toekomstbeeld turn, "wat ontbrak er nog?" asks for the aanvullingen.
_MISSING = re.compile(r"\bontbr\w*|\bmis(sen|t|ten)\b|\bmissing\b|\blacking\b", re.I)
# ... also when the turn names the vision as "beeld" itself ("Wat ontbrak er nog aan dat beeld?"
# after the actions of a subfacet whose vision the turn before described: cold6 c6c08)
_PICTURE = re.compile(r"\b(beeld|picture)\b", re.I)


# A cue word after a demonstrative names what the turn points back at, not what it asks for:
# "hoe pakken we dat probleem aan?", "om die obstakels weg te nemen" ask for remedies.
_POINTED_AT = re.compile(
    r"\b(dat|die|dit|deze|dezelfde|diezelfde|datzelfde|that|those|these)\s+"
    r"\w*(drempel|knelpunt|obstakel|proble|hindernis|hinderpa|pijnpunt|valkuil|barri|voorbeeld|"
    r"praktijk|oplossing|actie|maatregel|synergi|link|verband|raakvla)\w*",
    re.I,
)


# "Wat werkt er niet goed?", "Wat loopt niet vlot?", "what does not work well?": a negated "works
# well" asks what goes wrong, not for what works (the Continue family matches "werkt … goed").
_NEGATED_GOOD = re.compile(
    r"\b(niet|geen|not|n't)\s+(\w+\s+){0,2}?(goed|vlot|wel|well)\b|"
    r"\b(werkt|werken|loopt|lopen|lukt|lukken|works?|working)\b.{0,25}\b(niet|not)\b",
    re.I,
)
# One example asked ("Welk buitenlands voorbeeld noemen ze daarbij?", "Is er een voorbeeld van?"):
# an instance of what was just told, not the practices (the Continue family takes the plural only)
_ONE_EXAMPLE = re.compile(r"\b(voorbeeld|example)\b", re.I)


def asks_one_example(question: str) -> bool:
    """Does the turn ask for one example (singular) rather than for practices?"""
    return bool(_ONE_EXAMPLE.search(question)) and "continue" not in _cued_kinds(question)


# Tackling said in the present with "already" and no modal verb describes what is done today, the
# practices: "Zijn er gemeenten die het al anders aanpakken?", "Hoe pakken besturen dat vandaag al
# concreet aan?" (h6-08.3, cold6 c6c10.3, held-out h9-02.3 were answered with the actions). With a
# modal it asks what could be done ("Hoe kan men dat nu al aanpakken?"): a remedy.
_TACKLED = re.compile(r"\baanpak(t|ken)\b|\b(pak|pakt|pakken)\b[^,;:.?!]{0,60}\baan\b", re.I)
_ALREADY = re.compile(r"\b(al|reeds|already)\b", re.I)
_MODAL = re.compile(
    r"\b(moet|moeten|kan|kunnen|zou|zouden|mag|mogen|wil|willen|should|could|can|would)\b", re.I
)


# A weak cue: "En in de praktijk?" asks how it is done where it is done, the practices; counted only
# when the turn names no other kind ("wat loopt er in de praktijk mis?" asks for barriers).
_IN_PRACTICE = re.compile(r"\bin (de )?praktijk\b|\bop het terrein\b|\bin practice\b|\bon the ground\b", re.I)


def asked_kinds(question: str, previous_kinds: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The section kinds a turn asks for, from its own words (empty: it names no kind)."""
    found = set(_cued_kinds(question))
    pictured = "toekomstbeeld" in previous_kinds or _PICTURE.search(question)
    if pictured and "toekomstbeeld" not in found and _MISSING.search(question):
        found.add("aanvullingen")
    if "start" in found and "stop" in found:
        found.discard("stop")  # "oplossingen voor de drempels": the barrier is what the remedy is for
    return found


def turn_kinds(question: str, previous_kinds: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The section kinds a conversation turn asks for (``asked_kinds``), where a turn cueing
    barriers and remedies asks the barriers when its head noun names them (``_asks_barriers``).
    Only for whole turns: an ask cut out of a several-part question ("…, en welke knelpunten
    moeten die acties oplossen?") names its head against the ask before it, so ``compose`` and
    ``intent`` keep ``asked_kinds`` (no single question's answer changes)."""
    found = asked_kinds(question, previous_kinds)
    if found == {"start"} and "stop" in _cued_kinds(question) and _asks_barriers(question):
        return {"stop"}
    if {"toekomstbeeld", "aanvullingen"} <= found and len(_QUESTION_WORD.findall(question)) <= 1:
        # one ask naming the vision and what was added asks what was added to it ("Wat wordt er
        # verder nog aan dat toekomstbeeld toegevoegd?"): the vision is what the additions are to.
        # A yes/no question has no question word and is one ask too ("Kwam dat ook terug toen de
        # deelnemers het toekomstbeeld aanvulden?", cold14 c14c13.2, answered from the vision)
        return found - {"toekomstbeeld"}
    return found


# The noun a one-ask question asks for ("Welke <noun> …", "Wat zijn de <noun> …").
_HEAD = re.compile(
    r"^\W*(en\s+|and\s+)?(welke?|wat zijn (de|die)|which|what are the)\s+(?P<head>[^\W\d_][\w-]*)", re.I
)


# The noun a one-ask question asks for and the word before it ("Welke goede voorbeelden …")
_HEAD_PAIR = re.compile(
    r"^\W*(en\s+|and\s+)?(welke?|wat zijn (de|die)|which|what are the)\s+(?P<first>[^\W\d_][\w-]*)"
    r"(\s+(?P<second>[^\W\d_][\w-]*))?",
    re.I,
)


def head_kinds(question: str) -> frozenset[str]:
    """The kinds a question's head noun names by itself ("Welke problemen moeten nog opgelost
    worden …?", "Welke goede voorbeelden worden daartegenover gezet?": stop, continue), the noun
    right after the opening question word or the one after an adjective. A question that opens
    by asking for items of a kind asks that kind, whatever else its words share with the answer
    before (``Assistant._about_shown``); one that asks about something else and names the kind
    elsewhere ("Over welke troeven moeten ze volgens die tekst beschikken?") does not open so."""
    head = _HEAD_PAIR.search(question)
    if head is None:
        return frozenset()
    words = [w for w in (head.group("first"), head.group("second")) if w]
    return frozenset(k for k, p in KIND_CUES.items() for w in words if p.fullmatch(w))


def _asks_barriers(question: str) -> bool:
    """Does a question cueing both barriers and remedies ask for barriers by its head noun, the
    remedy verb after it saying what is to happen to them? The report's template asks it so:
    "Welke knelpunten weggewerkt moeten worden om de goede praktijken op te kunnen schalen
    (stop)"; cold7 c7c12 ("Welke problemen moeten nog opgelost worden om zulke initiatieven te
    laten slagen?") was answered with the actions. Only a question with one question word: "Welke
    drempels zijn er, en welke acties …?" asks both (and the remedy stays, as before)."""
    head = _HEAD.search(question)
    if head is None or len(_QUESTION_WORD.findall(question)) != 1:
        return False
    word = head.group("head")
    return bool(KIND_CUES["stop"].fullmatch(word)) and not KIND_CUES["start"].fullmatch(word)


@functools.lru_cache(maxsize=4096)
def _cued_kinds(question: str) -> frozenset[str]:
    # cached: every turn reads the history's questions again, and the cue patterns are long
    asked = _POINTED_AT.sub(" ", question)
    found = {kind for kind, pattern in KIND_CUES.items() if pattern.search(asked)}
    if _NEGATED_GOOD.search(asked):
        found = (found - {"continue"}) | {"stop"}
    if found == {"start"} and _TACKLED.search(asked) and _ALREADY.search(asked) and not _MODAL.search(asked):
        found = {"continue"}
    found |= {kind for kind, pattern in SECTION_NAMES.items() if pattern.search(question)}
    found |= intent_kinds(question) & set(ITEM_KINDS)
    if not found and _IN_PRACTICE.search(asked):
        found.add("continue")
    return frozenset(found)


def kinds_in_order(question: str, kinds: set[str] | frozenset[str]) -> tuple[str, ...]:
    """``kinds`` in the order the question asks them (its first cue of each), so a follow-up asking
    "oplossingen en voorbeelden" is answered remedies first."""

    def first(kind: str) -> int:
        spots = [
            m.start()
            for p in (KIND_CUES.get(kind), SECTION_NAMES.get(kind))
            if p
            for m in [p.search(question)]
            if m
        ]
        return min(spots, default=len(question))

    return tuple(sorted(kinds, key=lambda k: (first(k), ITEM_KINDS.index(k) if k in ITEM_KINDS else 9)))


def switched_kinds(question: str, history: History, aspect_here: bool = False) -> tuple[str, ...]:
    """The section kinds a follow-up that stays on the conversation's subject asks for in its own
    words, in the order it asks them (empty: it is no such follow-up, or asks no kind). These are
    answered from the conversation's subfacet directly (``Assistant._switch``)."""
    if not history or not keeps_topic(question, history, aspect_here):
        return ()
    before = kinds_in_effect(history)
    own = turn_kinds(question, before)
    if not own:
        return ()
    return kinds_in_order(question, _effective(question, own, before))


# Words that say how a need or a span is asked, not what about: "Welke randvoorwaarden zijn er
# nodig?", "over beleidsdomeinen heen" ("heen" ends a circumposition). As topic words they made a
# links question name an aspect no section says (cold9 c9c08.3). "nodig" shares its stem with
# "noden" (needs, a subject), so it goes by its surface form here, not as a stem in _GENERIC.
_ASKING_WORDS = re.compile(r"\b(nodig|heen)\b", re.I)


@functools.lru_cache(maxsize=4096)
def _without_cues(question: str) -> str:
    """The question with every kind cue blanked out (what is left says what it is about)."""
    for pattern in (_ASIDE_WORDS, _RETURNS, _NEW_QUESTION, *KIND_CUES.values(), _MISSING, _ASKING_WORDS):
        question = pattern.sub(" ", question)  # asides and returns say how it is asked, not what
    return question


def elliptical(question: str) -> bool:
    """Is the turn an ellipsis that adds to the question before ("En rond taal en cultuur?", "En
    specifiek qua financiering?", "En bij X, speelt die versnippering daar ook?"): it opens as a
    continuation and has no question word of its own, so it asks what the turn before asked,
    of another thing. Such a turn keeps the kind in effect unless its own words name one: of the
    31 dev turns so whose words cue no kind (v1, v2 dev, fresh dev, cold4-10, scripts/followup_*),
    none was a kind switch, while the turn kind model read a kind into 3 of them from the thing
    named ("wonen en mobiliteit", "taal en cultuur", "die versnippering" as links)."""
    opening = _CONTINUATIONS.search(question)
    return opening is not None and not _QUESTION_WORD.search(question[opening.end() :])


# The continuation openings in a row ("And what about …", "En wat met …"): "what about" is no
# question word of the turn's own
_CONTINUATIONS = re.compile(
    r"^\s*((en|ook|maar|wat met|hoe zit het met|and|also|what about|how about)\b\W*)+", re.I
)


def marked_new(question: str) -> bool:
    """Does the turn say it is new ("Andere vraag: …", "Los daarvan, …", "Unrelated: …")?"""
    return bool(_NEW_QUESTION.search(question))


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


# A demonstrative in a place where it can only point: after a preposition, before "soort", after
# the verb, as the subject of a yes/no question. Both readings of a pointer use all of them.
_POINTING_PLACES = (_AFTER_PREPOSITION, _STANDS_FOR, _AFTER_VERB, _VERB_FIRST)


def _points_in_place(question: str) -> bool:
    return any(p.search(question) for p in _POINTING_PLACES)


def _leans_back(question: str) -> bool:
    """A word pointing back: "daar", "hun", "dezelfde"; a demonstrative in a short question or
    after a preposition ("rond dat thema")."""
    short = len(re.findall(r"\w+", question)) <= SHORT_QUESTION
    return bool(
        _POINTS_BACK.search(question)
        or (short and _DEMONSTRATIVE.search(question))
        or _points_in_place(question)
    )


leans_back = _leans_back  # public: one ask of a several-part question may lean on the one before


def points_at(question: str) -> bool:
    """Does the turn point at something said before with a word that can only point ("daarbij",
    "volgens die tekst", "wordt die …"), not with a "die" that may be relative ("initiatieven die
    al goed lopen") or a "ze" that may be the participants?"""
    return bool(_POINTS_BACK.search(_PERSONAL.sub(" ", question)) or _points_in_place(question))


# What a link is asked with: "wat heeft dat met X te maken?", "hoe hangt dat samen met X?", "link
# to X". "Met X te maken" asks for a link only when X is another subfacet (``Assistant._links_only``):
# "Wat heeft dat met taal te maken?" asks about one aspect of the barriers just told.
_HAS_TO_DO = re.compile(r"\b(heeft|hebben|had|hadden)\b.{0,40}\bmet\b(?P<partner>.{0,80})\bte maken\b", re.I)
_PARTNER = re.compile(r"\b(met|tot|naar|with|to)\b(?P<partner>.*)$", re.I)


def link_partner(question: str) -> str:
    """The words naming what a turn links the subject before to ("Wat heeft dat met
    interbestuurlijke samenwerking te maken?", "Hoe hangt dat samen met gemeenschapskracht?"): a
    subfacet named there is what the subject is linked to, not where the conversation goes. Empty
    for a turn that does not point back or asks no link."""
    if not _leans_back(question):
        return ""
    has_to_do = _HAS_TO_DO.search(question)
    if has_to_do:
        return has_to_do.group("partner")
    found = _PARTNER.search(question) if "synergie" in asked_kinds(question) else None
    return found.group("partner") if found else ""


LONG_QUESTION = 6  # words; a question this long with one topic word of its own stands alone
OWN_SUBJECT = 3  # topic terms; with a personal pronoun, a turn naming this many has its own subject
NEW_SUBJECT = 2  # topic terms; an elliptical follow-up naming this many names a new subject


def keeps_topic(question: str, history: History, aspect_here: bool = False) -> bool:
    """Is the turn a follow-up that stays on the conversation's subject (the previous turn's)?
    False for a turn that stands alone and for an elliptical one naming a new subject, unless
    ``aspect_here``: what it names is told in the subfacet the conversation is on ("En de
    verdeling van de kosten?" after barriers to intermunicipal cooperation,
    ``Assistant._aspect_here``), an aspect of the subject, not a new one."""
    if not history:
        return False
    previous = history[-1][0]
    if not is_followup(question, previous):
        # a kind asked of things the conversation's subfacet tells (``Assistant._subject_here``)
        return aspect_here
    own_topic = [t for t in _topic_terms(question) if t not in set(_topic_terms(previous))]
    # "En bij sterke en nabije besturen?" after a question on stad en platteland: a new
    # subject asked the same way; the old subject would pull retrieval back to it
    return aspect_here or not (
        len(own_topic) >= NEW_SUBJECT and not (_leans_back(question) or _DEMONSTRATIVE.search(question))
    )


MIN_SHARED_STEM = 4  # letters; a shorter stem inside a compound is too often chance


def leaning_history(question: str, history: History) -> History:
    """The conversation as this turn leans on it. Usually all of it; but after an aside (a turn
    that said it was new: "Andere vraag: …", "Los van dat onderwerp: …") a turn that goes back
    ("Terug naar die cheques: …"), or that names the subject from before the aside and nothing of
    the aside ("En hoe verbeteren we dat contact?"), leans on the turns before the aside: the
    aside's words and subfacet are not carried into it."""
    aside = next(
        (n for n in range(len(history) - 1, 0, -1) if _NEW_QUESTION.search(_own_words(history[n][0]))),
        None,
    )
    if aside is None and _RETURNS.search(question):
        # "Terug naar de streekaanpak: …" after a question of its own that did not say it was
        # one: going back says there was an aside; it is the last turn that did not lean on the
        # one before it (read as the whole history, the turn stayed in the aside's subfacet)
        aside = next(
            (
                n
                for n in range(len(history) - 1, 0, -1)
                if not is_followup(_own_words(history[n][0]), history[n - 1][0])
            ),
            None,
        )
    if aside is None:
        return history
    before, after = history[:aside], history[aside:]
    if _RETURNS.search(question):
        return before
    own = set(_topic_terms(question))

    def shares(turns: History) -> bool:
        return any(_same_stem(t, u) for q, _a in turns for u in _topic_terms(q) for t in own)

    return before if shares(before) and not shares(after) else history


def _same_stem(a: str, b: str) -> bool:
    """One stem, or one is the head or the tail of the other's compound ("cheques" in
    "taxicheques", "dorp" in "dorpsbewoners")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_SHARED_STEM and (long.startswith(short) or long.endswith(short))


_CARRIED = re.compile(r"\s\([^()]*\)\s*$")  # the earlier topic a rewritten follow-up carries


def _own_words(standalone: str) -> str:
    """A standalone question without the topic it carried between brackets (the user's words)."""
    return _CARRIED.sub("", standalone)


own_words = _own_words  # public: ``Assistant._where`` reads which subfacet a turn's own words name


def rewrite_followup(
    question: str,
    history: History,
    keep_kind: bool = True,
    keep_subject: bool = True,
    aspect_here: bool = False,
    about_shown: bool = False,
    read_kinds: tuple[str, ...] = (),
) -> str:
    """The turn as a question on its own: a follow-up carries the previous turn's topic (unless
    ``keep_subject`` is false: it names another subfacet to go to, ``Assistant._moves_to_named``)
    and, unless it asks a kind itself or ``keep_kind`` is false (it names an aspect the kind's
    section never mentions: ``Assistant._keeps_kind``), the kind the conversation is on. A turn
    ``about_shown`` (``Assistant._about_shown``) asks about the answer before: its kind word is
    part of what it asks about, and the conversation's kind stays. ``read_kinds``: the kinds a turn
    whose words cue none asks in meaning (``Assistant._read_kind``), taken as if it named them."""
    if not history:
        return question
    previous = history[-1][0]
    if not is_followup(question, previous) and not aspect_here:
        return question
    before = kinds_in_effect(history)
    own = set() if about_shown else (turn_kinds(question, before) or set(read_kinds))
    carry = _content_words(previous) if keep_subject and keeps_topic(question, history, aspect_here) else []
    if not own:  # same kind as before, named the way the report names it
        carry += [KIND_LABELS[k] for k in sorted(before)] if keep_kind else []
    else:  # a kind asked in words retrieval does not read as that kind: name it
        # (``read_kinds`` also stands in when ``_effective`` dropped the kind the words cue:
        # ``Assistant._remedy_for_shown`` read it from the answer before)
        effective = _effective(question, own, before) or set(read_kinds)
        carry += [KIND_LABELS[k] for k in sorted(effective - intent_kinds(question))]
    asked = question.lower()
    carry = [w for w in dict.fromkeys(carry) if w.lower() not in asked]
    return f"{question} ({' '.join(carry)})" if carry else question


def _effective(question: str, own: set[str], before: set[str]) -> set[str]:
    """The kinds a turn asking ``own`` ends up asking, after a turn asking ``before``."""
    if (
        own == {"start"}
        and not before & set(ITEM_KINDS)
        and "start" not in intent_kinds(question)
        and _POINTED_AT.search(question)
    ):
        # a remedy for one thing named and pointed at ("hoe wil men dat probleem aanpakken?"
        # after a quotation) is told beside that thing, not necessarily among the subfacet's
        # actions; a remedy for the subject itself ("Wat zijn daarvoor concrete oplossingen?",
        # "Wat zou Vlaanderen daar aan kunnen verbeteren?") asks the subfacet's Opschaling
        return set()
    return own


def kinds_in_effect(history: History) -> set[str]:
    """The kind the conversation is on after its last turn: each turn's own kind, else the one
    before it (as ``rewrite_followup`` decided it then)."""
    kinds: set[str] = set()
    for standalone, _answer in history:
        own = turn_kinds(standalone, kinds)
        kinds = _effective(standalone, own, kinds) if own else kinds
    return kinds


# A Dutch question puts its finite verb right before a pronoun subject ("Welke verbanden leggen ze
# daarbij …?", "En hoe krijgen ze de burgers daarin mee?", "Wat doen we …"): that verb says how the
# thing is asked about, not which aspect (cold7: "leggen" made a links question one about the
# answer shown, "krijgen" kept the practices section from answering a question about citizens).
# Only a word after a question word or at the start, so a noun before a relative "… die ze …" stays.
_INVERTED_VERB = re.compile(
    r"(?P<lead>^\W*(en\s+|maar\s+|ook\s+)?|\b(wat|wie|hoe|waar\w*|waarom|wanneer|welke?\s+[^\W\d_]+|"
    r"hoeveel\s+[^\W\d_]+)\s+)[^\W\d_]+(?=\s+(ze|we|je|zij|wij|jij|men|jullie|u)\b)",
    re.I,
)


# An infinitive after "te" ("om zulke initiatieven te laten slagen", "om die schotten te
# doorbreken", "om dat breder uit te rollen") says what is to happen to the thing asked about, a
# verb, not the aspect it narrows to: as one, "slagen" was the rarest aspect term and the barrier
# section of the conversation's subfacet, which never says it, was passed over (cold7 c7c12).
# "te" is closed-class: before a verb form in -en it marks the infinitive, a verb cluster of up
# to two ("te laten slagen") included.
# A separable particle right before "te" is part of the verb ("weg te nemen", "uit te rollen").
_INFINITIVE = re.compile(
    r"\b((weg|uit|op|aan|af|in|mee|door|over|terug|samen|toe|vast|los|tegen|bij|na|voor)\s+)?"
    r"te\s+[^\W\d_]+en\b(\s+[^\W\d_]+en\b(?=\W*$|\s*[,;:?]))?",
    re.I,
)


def new_topic_terms(question: str, history: History, everywhere: Collection[str] = frozenset()) -> list[str]:
    """The follow-up's own topic terms (stemmed) that the previous turn did not have: the aspect
    it narrows to ("welke problemen met subsidies?"), empty for a bare kind switch.
    ``everywhere``: stems every subfacet of the report uses (``Assistant._everywhere``)."""
    previous = set(_topic_terms(history[-1][0])) if history else set()
    # "daarover", "zulke": pointers; "dit soort samenwerking", "this kind of regional work": what
    # is pointed at, the subject before. The word after "zulke" that the answer before used
    # narrows to it ("dergelijke figuren"), unless every subfacet uses it: then it names what
    # was shown by its category ("zulke initiatieven" after practices), no part of it (cold7
    # c7c12: "initiatief" was the aspect and the barriers, which never say it, were passed over)
    shown = set(tokenize(history[-1][1])) if history else set()

    def such(m: re.Match) -> str:
        thing = m.group("thing")
        common = bool(tokenize(thing)) and all(t in everywhere for t in tokenize(thing))
        return m.group(0) if _told(thing, shown) and not common else " "

    own = _SUCH.sub(such, question)
    own = _INVERTED_VERB.sub(lambda m: m.group("lead") + " ", own)
    own = _asked_items(own)  # after the verb: "Welke verbanden leggen ze …" keeps its head noun's place
    own = _INFINITIVE.sub(" ", _without_cues(own))  # after the cues: "weg te nemen" is one
    own = _DEMONSTRATIVE.sub(" ", _POINTS_BACK.sub(" ", _SORT_OF.sub(" ", own)))
    # a word of the subject in another form is no new aspect: "dorpen" after "dorpsbewoners",
    # "gemeenten" after "gemeentebestuur" (the turn restates what it is about)
    return [t for t in dict.fromkeys(_topic_terms(own)) if not any(_same_stem(t, p) for p in previous)]


def _asked_items(question: str) -> str:
    """The question without the noun its "Welke …" (or "Zijn er …") asks for when it asks a kind in other words:
    "Welke randvoorwaarden over beleidsdomeinen heen zijn daarvoor nodig?" asks for the links
    (Synergie) and calls them "randvoorwaarden"; the noun names what the answer lists, not an
    aspect the kind's section must mention. As one, the links section, which never says it, was
    passed over for another subfacet's (cold8 c8c03.3, cold9 c9c08.3). An aspect follows the
    noun ("Welke problemen met subsidies?": "subsidies"), and a noun that is itself a kind's cue
    is blanked with the cues anyway."""
    head = _ASKED_ITEMS.search(question)
    if head is None or not asked_kinds(question):
        return question
    return question[: head.start("head")] + " " + question[head.end("head") :]


# The noun a question asks items of: "Welke <noun> …", "Wat zijn de <noun> …", and the existential
# "Zijn er <noun> die …" / "Is er een <noun> …" / "Are there <noun> …" ("Zijn er gemeenten die het
# al anders aanpakken?" asks for practices and calls them by who does them)
_ASKED_ITEMS = re.compile(
    r"^\W*(en\s+|and\s+)?(welke?|wat zijn (de|die)|which|what are the|"
    r"(zijn|is|bestaan|are|is) (er|there)(\s+(ook|al|nog|any|also))?(\s+(een|an?))?)\s+(?P<head>[^\W\d_][\w-]*)",
    re.I,
)


def asked_noun(question: str) -> str:
    """The noun a question asks items of ("Welke stappen …" -> "stappen"), or ''."""
    head = _ASKED_ITEMS.search(question)
    return head.group("head") if head else ""


def _told(word: str, shown: set[str]) -> bool:
    """Is ``word`` (its stems) in the answer shown, also inside a compound?"""
    stems = tokenize(word)
    return bool(stems) and all(contains_term(t, shown) for t in stems)


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
