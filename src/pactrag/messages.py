"""Dutch texts shown to users, in one place."""

# the refusal sentence the LLM's prompt prescribes (``prompts.SYSTEM_PROMPT``) and the mark of a refusal
# inside the pipeline; the user reads the one that fits the corpus (``refusal.wording``: NOTHING_IN)
ABSTAIN = "Daar vind ik niets over in de verslagen."
# what a refusal calls the corpus, read from the index's reports (``refusal.wording``): a blind reader of
# cold15 found "in de verslagen" odd where the corpus holds one report (session 15, refuse16); one
# report is named by its workshop and theme, or by its title when those are unknown
CORPUS_ONE = "het verslag van toekomstatelier {number} (‘{theme}’)"
CORPUS_ONE_TITLED = "het verslag ‘{title}’"
CORPUS_SEVERAL = "de verslagen"
CORPUS_SHORT = "het verslag"  # one report, where its name was said before (ABSTAIN_OPINION)
NOTHING_IN = "Daar vind ik niets over in {corpus}."
ASK_IN_DUTCH_ONE = "Stel je vraag in het Nederlands (of het Engels); het verslag is in het Nederlands."
ASK_IN_DUTCH_SEVERAL = "Stel je vraag in het Nederlands (of het Engels); de verslagen zijn in het Nederlands."
ABSTAIN_SUGGESTIONS = "Misschien helpen deze delen van het verslag verder:"
# after a refusal of a value the report lacks about a thing it names (``about.about``): the report's
# own sentences about that thing, so a civil servant need not search the report for them (session 14)
ABOUT_LEAD = "Wat het verslag wel zegt over {thing}:"
# a question about something the reports do not treat at all ("de hoofdstad van Frankrijk"): no
# closest sections are offered, since they are unrelated too
ABSTAIN_UNRELATED_ONE = (
    "Het gaat over wat de deelnemers van het toekomstatelier zeiden, niet over dit onderwerp."
)
ABSTAIN_UNRELATED_SEVERAL = (
    "Ze gaan over wat de deelnemers van de toekomstateliers zeiden, niet over dit onderwerp."
)
# a detail of a name the report mentions only in passing ("wie richtte Broodje Burger op?")
# said only where the refusal shows the passage (``about.about``): "alleen terloops" without it sent a
# blind reader of cold15 searching the report for the mention
ABSTAIN_PASSING = "Het verslag noemt {name} alleen terloops."
# the assistant's own opinion, or a decision on the asker's own case: it gives none
ABSTAIN_OPINION = (
    "Ik geef geen eigen mening of advies voor een bepaalde situatie; ik kan alleen weergeven wat de "
    "deelnemers in {corpus} zeiden."
)
# the same, when the report has something on the subject: the lead above the participants' cited
# points (the answer stays marked as an abstention: it declines the advice asked for)
OPINION_NONE = "Ik geef geen eigen advies of mening."
OPINION_LEAD = OPINION_NONE + " Dit zeiden de deelnemers erover:"
OPINION_LEAD_SEVERAL = OPINION_NONE + " Dit zeiden de deelnemers erover, in deze onderdelen:"
# a search restricted by the filters of the app or the CLI that finds nothing relevant there
ABSTAIN_FILTERED = "Binnen de gekozen filter ({filter}) vind ik niets over deze vraag."
ABSTAIN_FILTERED_SUGGESTIONS = "Buiten die filter staat er wel iets over in:"
FRAMING_DEFAULT = "Dit staat er in het verslag over:"
FRAMING_APPENDIX = (
    "De bijlage van het verslag somt deze deelnemende organisaties op (twee kolommen per regel):"
)
# the appendix lines that share the question's words (an organisation or kind of participant named)
FRAMING_APPENDIX_MATCH = (
    "De bijlage van het verslag noemt bij de deelnemende organisaties (twee kolommen per regel):"
)
# Lead lines of a composed answer: they say what follows, from section metadata.
LEAD_DEFAULT = "Dit zegt het verslag hierover:"
# a one-section answer shows no heading, so its lead names the section the points come from (a
# civil servant pasting it into a memo read "Dit zegt het verslag hierover:" as saying nothing and
# could not tell where the points stand; answers14 reading, 22 of 40 answers): "{lead}" is the lead
# without its colon, "{place}" the section's heading ("Drempels — Sterke en nabije besturen")
LEAD_PLACE = "{lead}, in ‘{place}’{number}:"
LEAD_SEVERAL = "Het verslag zegt hierover het volgende, in deze onderdelen:"
LEAD_COMPARE = "Het verslag behandelt dit in meerdere onderdelen:"
# a question that compares its parts in so many words: one cited lead line per part, then the parts
LEAD_COMPARE_PARTS = (
    # one sentence ending in a colon: a lead line says what follows and claims nothing itself
    "Het verslag behandelt dit in meerdere onderdelen; per onderdeel eerst de kern, in de woorden van het verslag:"
)
# … where two parts overlap: the passage of each nearest to the other (in meaning and shared words)
LEAD_OVERLAP_PARTS = (
    "Het verslag behandelt dit in twee onderdelen; per onderdeel eerst de passage die het dichtst bij het "
    "andere aansluit, in de woorden van het verslag:"
)
COMPARE_DETAILS = "Meer per onderdeel:"
# a point whose opening ("Dit probleem …") names a sentence further up its block: that sentence
# first, "…" for what lies between (both verbatim, one citation)
ANTECEDENT_GAP = "{antecedent} … "
SUB_ITEM = "  - "  # a list fragment under its head (markdown: a nested item)
# a close call: the best section hardly leads the next ones (compose.CLOSE_MARGIN)
# after a close call between sections (the next ones follow as SEE_ALSO); it used to say the report
# treats the question "niet op één duidelijke plaats", which read as doubt on answers that were
# right (a reviewer reading answers cold, session 7)
LEAD_UNSURE = "Het verslag gaat hier op meer dan één plaats op in; dit sluit het best aan bij je vraag:"
SEE_ALSO = "Kijk ook na: {sections}."  # after a close call, the next sections
# the lead of an answer the pipeline is unsure of (``hedge.confidence`` below ``hedge.HEDGE_BELOW``):
# in place of the generic lead, keeping its place ("…, in ‘Drempels — …’ (§2.2.3.3):"). A blind reader
# of cold15 found six sure-sounding leads ("Dit zegt het verslag hierover, in …") over points that did
# not answer (session 15, hedge16). "Mogelijk": about half of the answers so hedged are right (LOSO
# precision 0.49); a first wording that said no passage answers directly was false for 7 of 21 read
HEDGE_LEAD = "Mogelijk beantwoordt dit je vraag niet rechtstreeks; dit sluit er het dichtst bij aan"
# … over an answer of several sections (``LEAD_SEVERAL``'s place): a template of its own, so that an
# English answer says all of it (built as HEDGE_LEAD + the Dutch place, its place stayed Dutch: "This
# may not answer … (quoted in Dutch), in deze onderdelen:", cold17 c17q060 and c17q071 read blind)
HEDGE_LEAD_SEVERAL = HEDGE_LEAD + ", in deze onderdelen:"
LEAD_ITEMS_ONE = "In het subfacet ‘{subfacet}’ noemden de deelnemers deze {kinds}:"
LEAD_ITEMS_MANY = "De deelnemers noemden deze {kinds} in {n} subfacetten:"
# a small count in words, as a memo writes it ("in drie subfacetten")
NUMBER_WORDS = {
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    7: "zeven",
    8: "acht",
    9: "negen",
    10: "tien",
}
KIND_PLURAL = {
    "continue": "goede praktijken",
    "start": "acties om op te schalen",
    "stop": "drempels",
    "synergie": "synergiën met andere beleidsdomeinen",
    "toekomstbeeld": "elementen van het toekomstbeeld",
    "aanvullingen": "aanvullingen op het toekomstbeeld",
}
SIDE_MISSING = "Over {side} zegt het verslag hier niets."
# an ask named by its own words that no passage takes up (no proof the report is silent on it)
ASK_NOT_FOUND = "Bij je vraag ‘{ask}’ vond ik geen passage die daar apart op ingaat."
# the last line of an answer one of whose asks the points shown do not supply (``abstain.missing_part``):
# said of the kind asked, in the memo's words; the answer above it still shows what the report holds
MISSING_PART = {
    # the question's verb with what it governs (``abstain.doer_clause``): "Wie dat financiert, …",
    # "Wie daaraan meewerkt, …"
    "doer": "Wie {clause}, staat niet in het verslag.",
    "actor": "Wie dat gedaan heeft, staat niet in het verslag.",
    "name": "Welke persoon dat is, staat niet in het verslag: het noemt geen namen van personen.",
    "title": "Hoe dat heet, staat niet in het verslag.",
    "money": "Het gevraagde bedrag staat niet in het verslag.",
    "number": "Het gevraagde aantal staat niet in het verslag.",  # not "een aantal" ("some")
    "share": "Het gevraagde aandeel staat niet in het verslag.",
    "duration": "Hoe lang dat duurt, staat niet in het verslag.",
    "frequency": "Hoe vaak dat gebeurt, staat niet in het verslag.",
    "date": "De gevraagde datum staat niet in het verslag.",
    "time": "Het gevraagde uur staat niet in het verslag.",
    "contact": "Contactgegevens staan niet in het verslag.",
    "law": "Welke regelgeving daarbij hoort, staat niet in het verslag.",
}
# the doer asked by "door wie wordt … <participle>": "Door wie dat georganiseerd wordt, …"
MISSING_DOER_PASSIVE = "Door wie dat {verb} wordt, staat niet in het verslag."
PART_INTRO = "Over {side}:"  # before the sections that answer one ask of a two-part question
# before the parts that answer one ask of a synthesis question, the ask in the question's words
ASK_INTRO = "Bij je vraag ‘{ask}’:"
STATEMENT_INTRO = "Bij ‘{ask}’:"  # the ask is a statement ("Het toekomstbeeld spreekt over …")
# the place or actor one ask adds to a question all asks share ("Bij de gebiedsgerichte aanpak:")
PLACE_INTRO = "{place}:"
FILTER_NOTE = "(gezocht binnen: {filters})"
SOURCES_HEADER = "Bronnen:"

EMPTY_QUESTION = "Stel een vraag over de verslagen van de toekomstateliers."
QUESTION_TOO_LONG = (
    "Je vraag is te lang ({length} tekens, maximaal {limit}). "
    "Maak ze korter of splits ze op in meerdere vragen."
)
QUESTION_NO_WORDS = "Ik herken geen woorden in je vraag. Probeer het met een volledige vraag."
INJECTION_REFUSAL = (
    "Ik beantwoord alleen vragen over de inhoud van de verslagen van de "
    "toekomstateliers; mijn instructies deel ik niet."
)
# the same for a corpus of one report (``refusal.wording``)
INJECTION_REFUSAL_ONE = (
    "Ik beantwoord alleen vragen over de inhoud van het verslag van het toekomstatelier; mijn "
    "instructies deel ik niet."
)

LLM_FALLBACK = "Het taalmodel was niet bereikbaar of gaf een onbruikbaar antwoord; dit is het letterlijke antwoord uit de bronnen."
LLM_UNSUPPORTED_REMOVED = (
    "{count} zin(nen) of bronverwijzing(en) uit het antwoord van het taalmodel werden "
    "weggelaten omdat de bronnen ze niet onderbouwden."
)
LLM_TOO_LITTLE_SUPPORTED = "Het antwoord van het taalmodel werd onvoldoende door de bronnen gestaafd; dit is het letterlijke antwoord uit de bronnen."
VECTOR_STORE_DOWN = (
    "De vectoropslag (Chroma-server) antwoordde niet op tijd; dit antwoord steunt alleen op "
    "trefwoorden (BM25) en kan minder volledig zijn. Probeer het later opnieuw."
)
LLM_NOT_DUTCH = (
    "Het taalmodel antwoordde niet in het Nederlands; dit is het letterlijke antwoord uit de bronnen."
)

MODE_EXTRACTIVE = "Offline: letterlijke passages uit de verslagen (geen taalmodel)"
MODE_LLM = "Taalmodel: {model}"

# --- app (Gradio chat app: app.py, pactrag.feedback) ------------------------------------

APP_TITLE = "Plattelandspact – vraag het de toekomstateliers"
APP_INTRO = (
    "Ik beantwoord vragen over {reports}.\n"
    "Elk antwoord citeert letterlijk uit het verslag: klik op een bronnummer zoals [1] om de passage te zien."
)
APP_INTRO_NO_INDEX = "De verslagen zijn nog niet ingelezen: {error}"
APP_EXAMPLES = (
    "Welke goede praktijken rond gemeenschapskracht werden genoemd?",
    "Wat houdt de digitale talentenbank in Aarschot in?",
    "Welke drempels houden intergemeentelijke samenwerking tegen?",
    "Welke acties zijn nodig om burgerparticipatie op te schalen?",
    "Wat zijn regiodeals?",
    "Waar en wanneer vond het toekomstatelier plaats?",
)
APP_TAB_CHAT = "Vragen stellen"
APP_TAB_PRACTICES = "Goede praktijken"
APP_QUESTION_LABEL = "Je vraag"
APP_QUESTION_PLACEHOLDER = "bv. Welke goede praktijken zijn er rond burgerparticipatie?"
APP_SEND = "Vraag stellen"
APP_NEW_CHAT = "Nieuw gesprek"
APP_CHAT_LABEL = "Gesprek"
APP_FILTER_SUBFACET = "Zoeken binnen subfacet"
APP_FILTER_KIND = "Zoeken binnen soort passage"
APP_ALL_SUBFACETS = "alle subfacetten"
APP_ALL_KINDS = "alle soorten"
APP_MODE = "Antwoordmodus"
APP_MODE_FALLBACK = "Het taalmodel viel uit bij het laatste antwoord: {notice}"
APP_SOURCES = "Bronnen"
APP_PAGE = "pagina {page}"
APP_SOURCE_PANEL_LABEL = "Bron"
APP_SOURCE_EMPTY = "Klik op een bronnummer zoals [1] in een antwoord: hier verschijnt dan de passage uit het verslag, gemarkeerd in haar sectie."
APP_SOURCE_GONE = "Deze bron hoort bij een oudere versie van de index en is niet meer beschikbaar."
APP_QUOTE_NOT_FOUND = "Het geciteerde fragment staat niet letterlijk in deze sectie:"
APP_CITATION_NUMBER = "Bron [{n}]"
APP_THINKING = "Even zoeken in de verslagen …"
APP_UNEXPECTED = (
    "Er ging iets mis bij het beantwoorden van je vraag. Probeer het opnieuw; "
    "blijft het misgaan, meld het dan aan de beheerder."
)
APP_COMMENT_LABEL = "Bedankt voor je beoordeling. Wil je er nog iets bij zeggen? (optioneel)"
APP_COMMENT_SEND = "Opmerking versturen"
APP_COMMENT_THANKS = "Bedankt, je opmerking is bewaard."
FEEDBACK_COMMENT_TRUNCATED = " … [ingekort: {dropped} tekens weggelaten]"
APP_VOTE_NOTHING = "Alleen antwoorden op een vraag kunnen beoordeeld worden."
APP_EXPORT = "Gesprek downloaden (Markdown)"
APP_PRACTICES_INTRO = (
    "Alle goede praktijken uit de verslagen, per subfacet: uit de secties ‘Goede praktijken "
    "(continue)’ en de voorbeelden die elders in het verslag als goed voorbeeld genoemd worden. "
    "De succesfactoren zijn de woorden van het verslag over waarom een praktijk werkt; leeg als het "
    "verslag er geen geeft. Klik op een rij om de bron te zien."
)
APP_PRACTICES_SUBFACET = "Subfacet"
APP_PRACTICES_SOURCE_EMPTY = "Klik op een rij om de bron te zien."
APP_PRACTICES_SEARCH = "Zoeken in de goede praktijken"
APP_PRACTICES_SEARCH_PLACEHOLDER = "bv. talentenbank, Kempen, jongeren"
APP_PRACTICES_COUNT = "{shown} van {total} goede praktijken"
APP_PRACTICES_HEADERS = ("Praktijk", "Plaats of organisatie", "Succesfactoren", "Subfacet", "Bron")
APP_PRACTICES_EMPTY = "Geen goede praktijken gevonden voor deze zoekopdracht."

EXPORT_TITLE = "Gesprek met de Plattelandspact-assistent"
EXPORT_EXPORTED = "Geëxporteerd op {when}."
EXPORT_QUESTION = "Vraag"
EXPORT_ANSWER = "Antwoord"
EXPORT_SOURCES = "Bronnen"
EXPORT_MODE = "Antwoordmodus: {mode}"
EXPORT_NOTICE = "Opmerking: {notice}"
EXPORT_EMPTY = "Er zijn nog geen vragen gesteld."
APP_AUTH_INVALID = (
    "PACTRAG_AUTH moet de vorm gebruiker:wachtwoord hebben (bv. PACTRAG_AUTH=ambtenaar:geheim)."
)
APP_AUTH_MESSAGE = "Meld je aan om de Plattelandspact-assistent te gebruiken."
APP_PORT_IN_USE = (
    "De app kan niet starten op {host}:{port} ({error}). Is de poort al in gebruik? "
    "Kies een andere met PACTRAG_PORT, bv. PACTRAG_PORT=7861."
)
APP_API_BAD_HISTORY = "history moet een lijst van [vraag, antwoord]-paren zijn."
APP_FILTER_REPORT = "Zoeken binnen verslag"
APP_ALL_REPORTS = "alle verslagen"

# --- corpus and index limits (pactrag.corpus, pactrag.index) -----------------------------

CORPUS_LINK_OUTSIDE = (
    "een koppeling (symlink) naar een bestand buiten de map '{folder}'; niet gelezen. "
    "Kopieer het verslag in de map als het erbij hoort."
)
CORPUS_FILE_TOO_LARGE = (
    "te groot ({mb:.1f} MB, maximaal {limit:.0f} MB); overgeslagen. Is dit echt een verslag? "
    "Zo ja, verhoog de grens met PACTRAG_MAX_FILE_MB."
)
CORPUS_TOO_MANY_CHUNKS = (
    "levert {chunks} fragmenten op (maximaal {limit}); overgeslagen, want inbedden zou te lang "
    "duren. Controleer het bestand of verhoog de grens met PACTRAG_MAX_CHUNKS_PER_FILE."
)
INDEX_COLLECTION_MISSING = "vectorcollectie '{collection}' ontbreekt op de Chroma-server"
INDEX_REPAIRED = "beschadigd in de index, opnieuw opgebouwd: {what}"

DOCTOR_NO_INDEX = "geen (leesbare) index in '{index}'"
DOCTOR_BAD_MANIFEST = "ontbreekt, is onleesbaar of heeft niet de verwachte vorm"
DOCTOR_COUNTS = "{reports} verslag(en), {sections} secties, {chunks} fragmenten"
DOCTOR_FILES = "bestanden"
DOCTOR_FILES_OK = "alle controlegetallen kloppen"
DOCTOR_STORE = "vectoropslag"
DOCTOR_STORE_EMBEDDED_OK = "ingebouwde Chroma-database in orde"
DOCTOR_STORE_SERVER = "{count} vectoren op de Chroma-server (verwacht: {expected})"
DOCTOR_CORPUS = "corpus"
DOCTOR_CORPUS_OK = "de index volgt het corpus"
DOCTOR_CORPUS_CHANGED = (
    "nieuw, gewijzigd of weg sinds de laatste ingest: {files} (pactrag ingest neemt dit mee)"
)
DOCTOR_HEALTHY = "De index is in orde."
DOCTOR_REPAIR = (
    "Herstel met: pactrag ingest (bouwt alleen wat nodig is; ingebedde vectoren komen uit de cache)"
)
INDEX_DISK_FULL = (
    "Geen schrijfruimte meer voor de index ({where}; {error}). De half gebouwde index is opgeruimd "
    "en de vorige blijft in gebruik. Maak ruimte vrij en probeer opnieuw: pactrag ingest"
)
INDEX_WRITE_FAILED = (
    "De index kon niet geschreven worden ({where}; {error}). De half gebouwde index is opgeruimd "
    "en de vorige blijft in gebruik. Los dit op en probeer opnieuw: pactrag ingest"
)

APP_READ_AS = "Ik las je vraag als: {question}"
APP_COMMENT_TOO_LONG = "Je opmerking is te lang ({length} tekens, maximaal {limit}). Maak ze korter."
APP_PRACTICES_REPORT = "Verslag"
APP_PRACTICES_COVERAGE = "{named} van {total} met een plaats of organisatie uit het verslag."
APP_PRACTICES_FACTOR_COVERAGE = "{named} van {total} met succesfactoren uit het verslag."
APP_PRACTICES_CSV = "Tabel downloaden (CSV)"
APP_PRACTICES_XLSX = "Tabel downloaden (Excel)"

APP_TAB_REPORTS = "Verslagen"
APP_REPORTS_INTRO = (
    "De verslagen die de assistent kent. Een nieuw verslag is meteen te bevragen, zonder herstart."
)
APP_REPORTS_HEADERS = (
    "Verslag",
    "Atelier",
    "Datum",
    "Plaats",
    "Secties",
    "Passages",
    "Bestand",
    "Ingelezen op",
)
APP_REPORTS_UPLOAD = "Nieuw verslag (PDF, DOCX, TXT of MD)"
APP_REPORTS_UPLOAD_OFF = (
    "Verslagen toevoegen of verwijderen kan alleen als de app met een login draait (PACTRAG_AUTH) "
    "of met PACTRAG_ALLOW_UPLOAD=1."
)
APP_REPORTS_REVIEW = "Controleer de inhoudstafel hieronder en voeg het verslag dan toe."
APP_REPORTS_ADD = "Verslag toevoegen"
APP_REPORTS_REMOVE = "Verslag verwijderen"
APP_REPORTS_REMOVE_PICK = "Te verwijderen verslag"
APP_REPORTS_ADDED = "‘{title}’ is toegevoegd: {sections} secties, {chunks} passages. Je kunt het nu bevragen."
APP_REPORTS_REMOVED = "Het verslag is verwijderd; de index telt nu {reports} verslag(en)."
APP_REPORTS_FAILED = "Inlezen mislukt; de bestaande verslagen blijven gewoon werken. ({error})"
APP_REPORTS_NOTHING = "Kies eerst een bestand."
APP_REPORTS_PROGRESS = "Inlezen: {stage}"
UPLOAD_BAD_TYPE = "Dit bestandstype ({suffix}) wordt niet ondersteund; kies een {allowed}-bestand."
UPLOAD_TOO_BIG = "Het bestand is te groot (maximaal {mb} MB)."
UPLOAD_UNREADABLE = "Dit bestand kon niet gelezen worden als verslag: {error}"
UPLOAD_NO_SECTIONS = (
    "In dit bestand staan geen genummerde hoofdstukken zoals in een atelierverslag (2.1, 2.2 …); "
    "het is niet toegevoegd."
)
UPLOAD_NAME_TAKEN = "Er bestaat al een bestand {name} in de verslagen."
UPLOAD_REFUSED = "Het verslag is niet toegevoegd: {error}"
REPORT_NOT_FOUND = "Dit verslag staat niet (meer) in de map met verslagen."

# --- pactrag sections --check (a new report file) ------------------------------------------

CHECK_HEADER = "Controle van {file}: {pages}"
CHECK_PAGES = "{n} pagina's"
CHECK_NO_PAGES = "geen pagina's (tekstbestand)"
CHECK_REPORT = "Verslag (afgeleid uit de tekst): {title}"
CHECK_SECTIONS = "{n} secties gevonden ({numbered} genummerd):"
CHECK_REMOVED = "{n} regels weggelaten als kop- of voettekst of paginanummer:"
CHECK_REMOVED_NONE = "Geen regels weggelaten als kop- of voettekst of paginanummer."
CHECK_REMOVED_ROW = "  {reason} op {count} pagina's ({pages}), bv. “{text}”"
CHECK_REASONS = {"header": "koptekst", "footer": "voettekst", "page-number": "paginanummer"}

# --- the answer's own lines for an English question (session 15, english16) ------------------
# An English question gets its answer's own lines (lead, refusal, pointers, part headings, the
# "not in the report" lines) in English; the quotes stay the report's Dutch, verbatim and cited,
# and a lead says once that they are Dutch. Keyed by the Dutch constant's name, the same fields
# ({place}, {ask}, …: the report's titles and the asker's words, as they were). ``framed`` chooses
# the text: the answer is composed once, its Dutch frame lines are then said in the question's
# language (``cite.language_of``). A Dutch constant without its English twin here stays Dutch in an
# English answer (``tests/test_messages.py`` names the ones an answer can show).
_QUOTED = " (quoted in Dutch)"
ENGLISH: dict[str, str] = {
    "ABSTAIN": "I find nothing about that in the reports.",
    "NOTHING_IN": "I find nothing about that in {corpus}.",
    "ASK_IN_DUTCH_ONE": "Ask your question in Dutch (or English); the report is in Dutch.",
    "ASK_IN_DUTCH_SEVERAL": "Ask your question in Dutch (or English); the reports are in Dutch.",
    "INJECTION_REFUSAL": "I only answer questions about the content of the reports of the future "
    "workshops; I do not share my instructions.",
    "INJECTION_REFUSAL_ONE": "I only answer questions about the content of the report of the future "
    "workshop; I do not share my instructions.",
    "ABSTAIN_SUGGESTIONS": "These parts of the report may help further:",
    "ABOUT_LEAD": "What the report does say about {thing}" + _QUOTED + ":",
    "ABSTAIN_UNRELATED_ONE": "It covers what the participants of the future workshop said, not this subject.",
    "ABSTAIN_UNRELATED_SEVERAL": "They cover what the participants of the future workshops said, not this "
    "subject.",
    "ABSTAIN_PASSING": "The report mentions {name} only in passing.",
    "ABSTAIN_OPINION": "I give no opinion of my own or advice for a particular situation; I can only "
    "relay what the participants said in {corpus}.",
    "OPINION_NONE": "I give no advice or opinion of my own.",
    "OPINION_LEAD": "I give no advice or opinion of my own. This is what the participants said about it"
    + _QUOTED
    + ":",
    "OPINION_LEAD_SEVERAL": "I give no advice or opinion of my own. This is what the participants said "
    "about it, in these parts" + _QUOTED + ":",
    "ABSTAIN_FILTERED": "Within the chosen filter ({filter}) I find nothing about this question.",
    "ABSTAIN_FILTERED_SUGGESTIONS": "Outside that filter, these parts do say something about it:",
    "FRAMING_APPENDIX": "The report's appendix lists these participating organisations (two columns per "
    "line, in Dutch):",
    "FRAMING_APPENDIX_MATCH": "Among the participating organisations, the report's appendix names (two "
    "columns per line, in Dutch):",
    "LEAD_DEFAULT": "The report says this about it" + _QUOTED + ":",
    "LEAD_PLACE": "{lead}, in ‘{place}’{number}:",
    "LEAD_SEVERAL": "The report says the following about it, in these parts" + _QUOTED + ":",
    "LEAD_COMPARE": "The report deals with this in several parts" + _QUOTED + ":",
    "LEAD_COMPARE_PARTS": "The report deals with this in several parts; for each part the core first, in "
    "the report's own (Dutch) words:",
    "LEAD_OVERLAP_PARTS": "The report deals with this in two parts; for each part first the passage "
    "closest to the other, in the report's own (Dutch) words:",
    "COMPARE_DETAILS": "More per part:",
    "HEDGE_LEAD": "This may not answer your question directly; this comes closest" + _QUOTED,
    "HEDGE_LEAD_SEVERAL": "This may not answer your question directly; this comes closest"
    + _QUOTED
    + ", in these parts:",
    "LEAD_UNSURE": "The report touches on this in more than one place; this fits your question best"
    + _QUOTED
    + ":",
    "SEE_ALSO": "See also: {sections}.",
    "LEAD_ITEMS_ONE": "In the subfacet ‘{subfacet}’ the participants named these {kinds}" + _QUOTED + ":",
    "LEAD_ITEMS_MANY": "The participants named these {kinds} in {n} subfacets" + _QUOTED + ":",
    "SIDE_MISSING": "On {side} the report says nothing here.",
    "ASK_NOT_FOUND": "For your question ‘{ask}’ I found no passage that deals with it separately.",
    # the Dutch doer clause is read by Dutch grammar ("Wie dat financiert"): English says it plainly
    "MISSING_DOER_PASSIVE": "The report does not say who does that.",
    "PART_INTRO": "On {side}:",
    "ASK_INTRO": "On your question ‘{ask}’:",
    "STATEMENT_INTRO": "On ‘{ask}’:",
    "FILTER_NOTE": "(searched within: {filters})",
    "SOURCES_HEADER": "Sources:",
    "APP_READ_AS": "I read your question as: {question}",
}
# what a refusal calls the corpus (the ``{corpus}`` field of NOTHING_IN and ABSTAIN_OPINION), read only
# as that field (``frame``): replaced wherever it stood, "de verslagen" would turn a quote's words English
ENGLISH_CORPUS = {
    "CORPUS_ONE": "the report of future workshop {number} (‘{theme}’)",
    "CORPUS_ONE_TITLED": "the report ‘{title}’",
    "CORPUS_SEVERAL": "the reports",
    "CORPUS_SHORT": "the report",
}
ENGLISH_MISSING_PART = {
    "doer": "The report does not say who does that.",
    "actor": "The report does not say who did that.",
    "name": "The report does not say which person that is: it names no persons.",
    "title": "The report does not say what it is called.",
    "money": "The amount asked for is not in the report.",
    "number": "The number asked for is not in the report.",
    "share": "The share asked for is not in the report.",
    "duration": "The report does not say how long that takes.",
    "frequency": "The report does not say how often that happens.",
    "date": "The date asked for is not in the report.",
    "time": "The time asked for is not in the report.",
    "contact": "Contact details are not in the report.",
    "law": "The report does not say which regulations apply.",
}
ENGLISH_NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
}
ENGLISH_KIND_PLURAL = {
    "continue": "good practices",
    "start": "actions to scale up",
    "stop": "barriers",
    "synergie": "synergies with other policy areas",
    "toekomstbeeld": "elements of the vision of the future",
    "aanvullingen": "additions to the vision of the future",
}
