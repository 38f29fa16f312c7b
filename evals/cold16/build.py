#!/usr/bin/env python3
"""Throw-away serialiser for the cold c16 gold set.

Every question, gold section, fact, list item and side below was written by hand from the report
(toekomstatelier-5-besturen-en-burgers-2025-06-16.txt). This script only turns them into
questions.jsonl / conversations.jsonl and runs a fact-leakage check: a fact group or list item with a
single alternative must not occur (as a whole word / phrase) in its own question or turn.
Run: python3 build.py   (then python3 check.py)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def F(*groups):
    """F("a|b", "c") -> [["a", "b"], ["c"]]"""
    return [g.split("|") for g in groups]


Q = []


def q(question, gold, facts, tags, items=None, sides=None):
    it = {"question": question, "gold_sections": gold, "facts": facts, "tags": tags}
    if items is not None:
        it["items"] = items
    if sides is not None:
        it["sides"] = [{"name": n, "sections": s} for n, s in sides]
    Q.append(it)


def R(question, tags=("refuse",)):
    q(question, [], [], list(tags))


# ------------------------------------------------------------------ fact (001-025)
q("Welk kernfacet van het toekomstbeeld draait om zorg en warmte tussen mensen?",
  ["inleiding"], F("zorgzame gemeenschap"), ["fact"])
q("Welke hulpmiddelen en welke mensen kwamen eraan te pas om de inbreng van de deelnemers tot dit verslag te verwerken?",
  ["status-van-dit-document"], F("AI", "moderatoren"), ["fact"])
q("Welke methodiek gebruikten de gesprekstafels om praktijken en knelpunten in kaart te brengen?",
  ["1"], F("Continue", "Synergie|Stop"), ["fact"])
q("Langs welke weg moeten de kloven tussen regio's en hun bewoners volgens de 2050-visie voor stad en land kleiner worden?",
  ["2.1.1"], F("schaalvoordelen|onevenwicht"), ["fact"])
q("Een ambtenaar vraagt zich af waarom plattelandsgeld niet over de grens van zijn gemeente heen kan. Wat merkten de deelnemers op over de huidige koppeling van die steun?",
  ["2.1.2"], F("grondgebonden|gemeentegrenzen"), ["fact"])
q("Waarmee rondde het tafelgesprek over de band tussen steden en landelijke gebieden af?",
  ["2.1.3"], F("snellere actie"), ["fact"])
q("Hoe kan de kloof in beleving tussen stad en platteland overbrugd worden volgens de goede praktijken?",
  ["2.1.3.1"], F("boerderijbezoeken|lokale productie|lokale supermarkt"), ["fact"])
q("Wat hebben vooral kleine gemeenten nodig om mee te kunnen in samenwerkingsprocessen tussen stad en platteland?",
  ["2.1.3.2"], F("begeleiding|coaching"), ["fact"])
q("Welk voorbeeld geven de deelnemers van beleidsregels die op verschillende niveaus niet op elkaar zijn afgestemd?",
  ["2.1.3.3"], F("gemeentelijke goedkeuring", "tegengehouden"), ["fact"])
q("Kan het verdichten van steden helpen om landelijke gebieden te sparen en woningen binnen bereik te houden?",
  ["2.1.3.4"], F("open ruimte|betaalbaarheid|verschillende woonvormen"), ["fact"])
q("Houden gemeenten in de 2050-visie van sterke, nabije besturen zelf het overzicht, en met welke blik vooruit?",
  ["2.2.1"], F("regisseur", "langetermijnvisie"), ["fact"])
q("Welke hefbomen noemen de aanvullers om inwoners mee-eigenaar te maken van wat er lokaal gebeurt, bij het thema nabije besturen?",
  ["2.2.2"], F("burgerbudgetten", "capaciteit bij inwoners|formele trajecten"), ["fact"])
q("Wat vraagt het benutten van eerstelijnsmedewerkers als ambassadeurs in de Kempen?",
  ["2.2.3.1"], F("cultuuromslag|nieuwe vaardigheden"), ["fact"])
q("Welke slogan over ambtenaren die de straat op moeten, willen de deelnemers overal in de gemeentelijke werking ingebakken zien?",
  ["2.2.3.2"], F("ga naar buiten|achter je bureau"), ["fact"])
q("Wat is nodig om na een fusie terugval naar het oude gemeentelijke denken te vermijden?",
  ["2.2.3.3"], F("bovenlokale identiteit"), ["fact"])
q("Welke grotere stad dient als voorbeeld van dienstverlening die de dorpen errond mee op sleeptouw neemt?",
  ["2.2.3.4"], F("Sint-Niklaas"), ["fact"])
q("Wat is de positie van het gemeentebestuur in het netwerkmodel dat de kernboodschap over samenwerken tussen gemeenten schetst?",
  ["2.3.1"], F("basisschakel", "genetwerkt"), ["fact"])
q("Een kopje in de aanvullingen over samenwerking tussen gemeenten gaat over het loslaten van hokjesdenken. Wat wordt daaronder verstaan?",
  ["2.3.2"], F("geïntegreerd mogelijk|over thema's heen"), ["fact"])
q("Van welke Vlaamse administratie worden de strategische projecten als succesvol initiatief vermeld?",
  ["2.3.3.1"], F("departement Omgeving"), ["fact"])
q("Welke schriftelijke afspraken geven samenwerkingsverbanden stabiliteit, ook als er na verkiezingen een nieuwe ploeg aantreedt?",
  ["2.3.3.2"], F("Convenanten|lange termijn akkoorden"), ["fact"])
q("Welk soort indicatoren in subsidiekaders past volgens de drempels niet bij geïntegreerd werken?",
  ["2.3.3.3"], F("resultaatgerichte"), ["fact"])
q("Welke mentaliteitswijziging is nodig om horizontale en transversale samenwerking mogelijk te maken?",
  ["2.3.3.4"], F("hokjes"), ["fact"])
q("Door welke contextfactoren verschillen de uitdagingen van regio tot regio, volgens het toekomstbeeld gebiedsgerichte aanpak?",
  ["2.4.1"], F("bodem|biodiversiteit|bevolkingskenmerken"), ["fact"])
q("Welk nieuw schepenambt opperden de aanwezigen om streekgericht werken politiek te verankeren?",
  ["2.4.2"], F("schepen van gebiedsgerichte"), ["fact"])
q("Waarom wordt de regio Zuid-West-Vlaanderen aangehaald als voorbeeld van besturen die samen optrekken?",
  ["2.4.3.1"], F("traditie van samenwerking|traditie"), ["fact"])

# ------------------------------------------------------------------ paraphrase (026-055)
P = ["paraphrase"]
q("Mensen op het platteland zijn soms bang dat alles verandert. Hoe ga je daar volgens het verslag best mee om?",
  ["2.1.2"], F("angst voor verandering|emoties", "sterk verhaal|nieuw discours"), P)
q("Wat mist er nog in het plaatje van stad en land die samen hun toekomst uittekenen?",
  ["2.1.2"], F("financiële waardering|holistisch denken"), P)
q("Moet elke boer zijn erf openstellen voor bezoekers en klassen?",
  ["2.1.3.1"], F("zelf kunnen nemen|gewoon produceren"), P)
q("Hoe zorg je dat een klein dorp evenveel te zeggen heeft als een grote stad als ze samen iets opzetten?",
  ["2.1.3.1"], F("gelijkwaardige stem|gelijkwaardig", "schaalverschillen|cultuur- en schaalverschillen"), P)
q("Moet het geld voor steden en voor het platteland uit aparte potjes komen?",
  ["2.1.3.2"], F("gezamenlijke pot", "structurele"), P)
q("Waarom raken kleine gemeenten moeilijk mee in ingewikkelde samenwerkingen met de stad of in subsidiedossiers?",
  ["2.1.3.3"], F("expertise|menskracht|capaciteit"), P)
q("Hoe kunnen bus, fiets en wegen stad en land dichter bij elkaar brengen?",
  ["2.1.3.4"], F("bereikbaarheid", "leefkwaliteit|af te stemmen"), P)
q("Wat levert het op als gemeenten, provincies en Vlaamse diensten beter met elkaar praten, ook over wie wat betaalt?",
  ["2.1.3.4"], F("minder versnippering|slagkracht"), P)
q("Moet elke gemeente zelf alle kennis en visie in huis hebben?",
  ["2.2.2"], F("ondersteund door Vlaanderen|kruisbestuiving"), P)
q("Is het de moeite waard om plannen samen met bewoners uit te denken, ook al kost dat veel?",
  ["2.2.2"], F("tijd en middelen", "gedragen resultaten|waardevolle"), P)
q("Bij wie begin je best als je inwoners wil laten meedenken over het beleid?",
  ["2.2.3.1"], F("gemeentepersoneel"), P)
q("Hoe kan een kleine gemeente toch iets rond armoede op poten zetten?",
  ["2.2.3.2"], F("intergemeentelijke samenwerking|samenwerking op regionaal", "armoedeprojecten"), P)
q("Wat is het gevaar als gemeenten te groot worden?",
  ["2.2.3.3"], F("vervreemding|slagkracht"), P)
q("Met wie spannen gemeenten de handen in om sport en welzijn dichter bij mensen te brengen?",
  ["2.2.3.4"], F("OCMW's|welzijnsorganisaties", "jeugdwerk|buurtsportinitiatieven"), P)
q("Moet een gemeente haar onafhankelijkheid opgeven als ze meer met buren gaat samenwerken?",
  ["2.3.1"], F("zelfstandigheid|autonomie"), P)
q("Lost samenwerken het personeelstekort in landelijke gemeenten op?",
  ["2.3.2"], F("gedeeltelijk", "geïnvesteerd|capaciteit"), P)
q("Hoe vermijd je dat een goed project stilvalt zodra het geld op is?",
  ["2.3.3.2"], F("opvolging", "Structurele inbedding|structurele financiering"), P)
q("Helpt een beetje startgeld om gemeenten samen aan tafel te krijgen?",
  ["2.3.3.2"], F("hefboomeffect|rond de tafel", "Gerichte subsidies"), P)
q("Waarom komt er niets van samenwerking als elke gemeente vooral aan zichzelf denkt?",
  ["2.3.3.3"], F("vertrouwen", "eigen belang|eigenbelang"), P)
q("Kijkt iemand achteraf na wat een project opgeleverd heeft en wat je eruit kan leren?",
  ["2.3.3.3"], F("zelden geëvalueerd|leerlessen"), P)
q("Waarom kan een gemeente problemen met klimaat of water niet alleen oplossen?",
  ["2.4.1"], F("gemeentegrens|bovenlokaal"), P)
q("Waarom is het zo lastig om alle projecten in een streek op elkaar af te stemmen?",
  ["2.4.1"], F("geen bestuurslaag|netwerkverband"), P)
q("Kan één enthousiaste medewerker een hele organisatie meekrijgen?",
  ["2.4.3.2"], F("gedreven persoon|één gedreven"), P)
q("Moet elke samenwerking in een streek zwaar georganiseerd worden met vaste structuren?",
  ["2.4.3.2"], F("governance|flexibel", "doel op zich|middel"), P)
q("Speelt het een rol als je een ander dialect spreekt of 'niet van hier' bent?",
  ["2.4.3.3"], F("vertrouwen|drempel", "culturele|taalkundige"), P)
q("Wat gaat er mis als wie geld geeft heel snel resultaat wil zien?",
  ["2.4.3.3"], F("korte termijn", "contraproductief|langetermijnverandering"), P)
q("Hoe zorg je dat niet altijd dezelfde mensen hun zegje doen op inspraakavonden?",
  ["2.5.2"], F("laagdrempelig|inclusief", "nieuwe vormen|minder mondige"), P)
q("Welk soort overheid hebben inwoners nodig, want die delen hun leven niet op per dienst?",
  ["2.5.2"], F("verwelkomende overheid|integraal"), P)
q("Wat doe je als er in een dorp gewoon weinig samenhorigheid is?",
  ["2.5.3.3"], F("sociale cohesie|verbondenheid", "netwerken en verenigingen|verenigingen"), P)
q("Is zo'n dorpscomité er om de klachten van individuele bewoners op te lossen?",
  ["2.5.3.3"], F("beleidsbetrokkenheid|doel op zich"), P)

# ------------------------------------------------------------------ english (056-075)
E = ["english"]
q("Which venue hosted the fifth futures workshop of the rural pact, and in which town?",
  ["inleiding"], F("Pastorij", "Olen"), E)
q("What happened in the first step of the workshop?",
  ["1"], F("toekomstbeeld", "verrijkten|aanscherpten"), E)
q("What does the town-and-country vision say about the spatial side effects of policies made for one sector?",
  ["2.1.1"], F("Territoriale effecten", "beter begrepen|samen aangepakt"), E)
q("What did the town-and-country table propose to make funding structures fit the area better?",
  ["2.1.3"], F("integrale|gebiedsgerichte", "financieringsstructuren"), E)
q("How do participants want to encourage municipalities to work beyond their own borders with the city?",
  ["2.1.3.2"], F("financiering", "silo's"), E)
q("What does a joint approach to food, water and nature deliver for both town and country?",
  ["2.1.3.4"], F("betere waterkwaliteit|biodiversiteit|klimaatadaptatie|duurzame productie"), E)
q("Besides mergers, what else can widen the gap between people living in poverty and their local council?",
  ["2.2.3.1"], F("digitalisering"), E)
q("What do neighbourhood teams contribute, according to the scaling-up ideas for strong local government?",
  ["2.2.3.2"], F("nabijheid|bewoners opzoeken|actief de buurt"), E)
q("Which supra-local figure could give direction and foster knowledge sharing between municipalities?",
  ["2.2.3.3"], F("Bouwmeester"), E)
q("Partnerships between municipalities: does the report see vague, high-level objectives as a problem?",
  ["2.3.3.2"], F("realisatiegericht|engagement|doeltreffende samenwerking"), E)
q("Which separate plans does the participant's quote complain are never integrated?",
  ["2.3.3.3"], F("mobiliteitsplan|klimaatplan|welzijnsplan|beleidsplan ruimte"), E)
q("Which land uses should a more integrated regional approach try to balance?",
  ["2.4.2"], F("landbouw, natuur|wonen", "toerisme|recreatie"), E)
q("How does the Open Space Platform approach a local water problem?",
  ["2.4.3.1"], F("bottom-up|lokale coalitie", "waterproblematiek|geïntegreerde werking"), E)
q("Is it wiser for a local coalition to begin with one clear topic and broaden later, or aim for an all-round agenda right away?",
  ["2.4.3.2"], F("één thema|thematische", "breder geïntegreerd|zo geïntegreerd mogelijk"), E)
q("Which two programmes are given as an example of overlap that is not being used well?",
  ["2.4.3.3"], F("Water+Land+Schap", "LEADER"), E)
q("In the long-term picture of community power, what bridging job does the organised civil sector take on between residents and councils?",
  ["2.5.1"], F("bruggenbouwer|civiele actor|collectief burgerschap"), E)
q("At what point should politicians get involved in a participation process?",
  ["2.5.2"], F("hele proces|actief deelnemen", "vertrouwen|gedragen beleid"), E)
q("How do children get a say in local projects?",
  ["2.5.3.1"], F("kinderdorpsraden|-panels"), E)
q("How should the municipality position itself towards village councils when projects start?",
  ["2.5.3.2"], F("zachte regisseur|faciliteren", "transparante samenwerking|vanaf de start"), E)
q("Why are volunteers so important for caring communities, and what do they need in return?",
  ["2.5.3.4"], F("verbinding|informatieverspreiding", "erkennen|ondersteuning"), E)

# ------------------------------------------------------------------ list (076-087)
L = ["list"]
q("Wat is er volgens de tafel over intergemeentelijke en interbestuurlijke samenwerking allemaal nodig om horizontale en transversale samenwerking te laten slagen? Geef de volledige opsomming.",
  ["2.3.3.4"], F("Mentaliteitswijzigingen|Aanpassing wetgeving"), L,
  items=F("Mentaliteitswijzigingen|in hokjes denken", "Aanpassing wetgeving", "beleidsnota's",
          "Mandaat aan actoren", "stabiel beleid", "Structurele financiering"))
q("De werkwijze aan de tafels had vier invalshoeken. Wat moesten de aanwezigen bij elk ervan in kaart brengen?",
  ["1"], F("verderzetten|knelpunten"), L,
  items=F("verderzetten|(continue)", "nieuwe acties|op te schalen", "knelpunten|weggewerkt",
          "samenwerking of versterking|(synergie)"))
q("Som alle oplossingen op die aan de tafel stad-platteland werden voorgesteld.",
  ["2.1.3"], F("gemeenschappelijke taal|lokale coalities"), L,
  items=F("gemeenschappelijke taal|gedeelde ambities", "Hervormen van financieringsstructuren|financieringsstructuren",
          "kennis- en data-uitwisseling", "lokale coalities|samenwerkingsverbanden"))
q("Welke kenmerken worden onder de programma's van het Open Ruimte Platform opgesomd?",
  ["2.4.3.1"], F("Bottom-up werking|samenbrengen"), L,
  items=F("samenbrengen van verschillende|verschillende stakeholders", "Bottom-up werking|coalition of the willing",
          "Geïntegreerde werking"))
q("Welke aanvullingen deden de deelnemers allemaal op het toekomstbeeld voor stad en platteland?",
  ["2.1.2"], F("mentale afstand|peri-urbane"), L,
  items=F("mentale afstand|angst voor verandering", "Kennis over landbouw", "grondgebonden|(plattelands)subsidies",
          "maatwerk", "peri-urbane gemeenten", "wederzijdse expertise", "financiële waardering|holistisch denken"))
q("What were all the points participants added to the vision on the area-based and regional approach?",
  ["2.4.2"], F("personeelscapaciteit|tussenniveau"), L + ["english"],
  items=F("beperkte personeelscapaciteit|personeelscapaciteit", "ideale tussenniveau|Provincies",
          "geïntegreerde benadering|verkokering", "Dialoog en communicatie"))
q("Voor welke opgaven hebben het platteland en de (peri-)urbane gebieden elkaar nodig, volgens de omschrijving van 2050? Geef de volledige reeks.",
  ["2.1.1"], F("waterbeheer|landbouwtransitie"), L,
  items=F("duurzaam landgebruik", "waterbeheer", "recreatie en toerisme", "landbouwtransitie"))
q("Een raadslid wil weten rond welke onderwerpen stad en land elkaar kunnen vinden, volgens de goede praktijken. Geef de hele opsomming.",
  ["2.1.3.1"], F("voedsel|sociale cohesie"), L,
  items=F("voedsel", "natuur", "water", "klimaatverandering", "mobiliteit", "wonen", "zorg", "sociale cohesie"))
q("Wat zijn partners volgens de drempels bij interbestuurlijke samenwerking pas bereid te doen als er genoeg onderling vertrouwen is? Noem alles.",
  ["2.3.3.3"], F("open te communiceren|risico's te nemen"), L,
  items=F("open te communiceren", "risico's te nemen", "middelen te investeren"))
q("Via welke vormen van sociaal kapitaal wil men de gemeenschapskracht versterken? Geef de hele rij.",
  ["2.5.3.2"], F("buurtpunten|talentenbanken"), L,
  items=F("dorpsraden", "buurtpunten", "buurtambassadeurs", "kranten", "talentenbanken"))
q("Which organisations are named in the good practices on community strength? List them all.",
  ["2.5.3.1"], F("Saamo|Arktos"), L + ["english"],
  items=F("Saamo", "Arktos", "Thomas More", "Bond Beter Leefmilieu", "Groene Kring"))
q("Welke zaken dragen volgens de synergie tussen stad-plattelandsamenwerking en sociaal beleid bij aan de gezondheid van inwoners? Noem ze allemaal.",
  ["2.1.3.4"], F("luchtkwaliteit|ontmoeten"), L,
  items=F("voedsel", "luchtkwaliteit", "groen", "ontmoeten"))

# ------------------------------------------------------------------ synthesis (088-107)
S = ["synthesis"]
q("Welke problemen met de financiering zien de deelnemers bij samenwerking tussen stad en platteland, en wat willen ze daar concreet tegenover zetten?",
  ["2.1.3.2", "2.1.3.3"], F("versnipperd|projectfinanciering", "gezamenlijke pot|structurele"), S,
  sides=[("stop", ["2.1.3.3"]), ("start", ["2.1.3.2"])])
q("Tegenover het silodenken dat de tafel over intergemeentelijke samenwerking vaststelt: welke aanpak stelt ze voor?",
  ["2.3.3.2", "2.3.3.3"], F("in isolatie|administratieve silo", "transversale coördinatoren|coördinatoren"), S,
  sides=[("stop", ["2.3.3.3"]), ("start", ["2.3.3.2"])])
q("Hoe bouwen de voorstellen om de gebiedsgerichte aanpak op te schalen voort op wat vandaag al goed loopt?",
  ["2.4.3.1", "2.4.3.2"], F("Open Ruimte Platform|Regiodeals", "lerende netwerken|mandaat|Water+Land+Schap"), S,
  sides=[("continue", ["2.4.3.1"]), ("start", ["2.4.3.2"])])
q("Vergelijk het toekomstbeeld over gemeenschapskracht met wat de deelnemers er zelf aan toevoegden: waar zijn ze kritischer?",
  ["2.5.1", "2.5.2"], F("co-creatie|medezeggenschap", "oververtegenwoordiging|dezelfde stemmen|kwetsbare positie"), S,
  sides=[("toekomstbeeld", ["2.5.1"]), ("aanvullingen", ["2.5.2"])])
q("Het toekomstbeeld over intergemeentelijke samenwerking klinkt ambitieus. Hoe ver staan we daar vandaag vanaf, als je naar de drempels kijkt?",
  ["2.3.1", "2.3.3.3"], F("schaalvoordelen|co-creatie|genetwerkt", "kostenverdeling|vertrouwen|capaciteitsproblemen"), S,
  sides=[("toekomstbeeld", ["2.3.1"]), ("stop", ["2.3.3.3"])])
q("How did participants nuance the opening vision on a shared future for town and countryside?",
  ["2.1.1", "2.1.2"], F("territoriale agenda|co-creatie|synergie", "mentale afstand|peri-urbane|maatwerk"),
  S + ["english"], sides=[("toekomstbeeld", ["2.1.1"]), ("aanvullingen", ["2.1.2"])])
q("Wat zegt het verslag over het loket van de gemeente: moet dat blijven, en hoe moet de gemeente daarnaast naar mensen toe gaan?",
  ["2.2.3.1", "2.2.3.3", "2.5.3.3"], F("loketwerking|loketten|loketfunctie", "outreachende|mobiel onthaal|wijkwerking"), S,
  sides=[("nabije besturen", ["2.2.3.1", "2.2.3.3"]), ("gemeenschapskracht", ["2.5.3.3"])])
q("Verschillende tafels spreken over ambassadeurs. Wie zijn dat telkens en wat doen ze?",
  ["2.2.3.2", "2.5.3.1", "2.5.3.4"], F("gemeentemedewerkers|groendienst|loketten", "straatambassadeur|straatambassadeurs"), S,
  sides=[("gemeentemedewerkers", ["2.2.3.2"]), ("straatambassadeurs", ["2.5.3.1", "2.5.3.4"])])
q("How does the report describe the staffing and expertise problems of small municipalities across the different tables?",
  ["2.1.3.3", "2.2.3.3", "2.3.3.3"], F("menskracht|personeel|personeelscapaciteit", "financiële armslag|onvoldoende middelen"),
  S + ["english"], sides=[("stad-platteland", ["2.1.3.3"]), ("nabije besturen", ["2.2.3.3"]),
                           ("intergemeentelijk", ["2.3.3.3"])])
q("Welke rol krijgt het Vlaamse niveau tegenover de lokale besturen, als je de verschillende subfacetten naast elkaar legt?",
  ["2.2.2", "2.3.3.3", "2.4.3.2"], F("ondersteund door Vlaanderen|regionale visie", "kaderstellende"), S,
  sides=[("aanvullingen nabije besturen", ["2.2.2"]), ("verkokering Vlaamse overheid", ["2.3.3.3"]),
         ("kaderstellende overheid", ["2.4.3.2"])])
q("Hoe belangrijk is onderling geloof in elkaar voor samenwerking, en wat ondermijnt het volgens de verschillende tafels?",
  ["2.3.3.3", "2.4.3.2", "2.4.3.3"], F("vertrouwen", "eigen belang|eigenbelang|niet van hier"), S,
  sides=[("intergemeentelijk", ["2.3.3.3"]), ("gebiedsgericht start", ["2.4.3.2"]), ("gebiedsgericht stop", ["2.4.3.3"])])
q("Welke plaats krijgt het middenveld in de toekomstvisie op gemeenschapskracht, en hoe speelt het die rol vandaag al?",
  ["2.5.1", "2.5.3.4"], F("bruggenbouwer|civiele actor", "Arktos|Saamo"), S,
  sides=[("toekomstbeeld", ["2.5.1"]), ("synergie", ["2.5.3.4"])])
q("Vervoer voor mensen zonder wagen duikt bij sterke besturen zowel bij de goede praktijken als bij de synergiën op. Wat staat er telkens?",
  ["2.2.3.1", "2.2.3.4"], F("taxicheques", "vervoerregio's|deelfietsen|taxi-projecten"), S,
  sides=[("continue", ["2.2.3.1"]), ("synergie", ["2.2.3.4"])])
q("In the area-based approach, how do the examples in the opening vision compare with the good practices the table brought up?",
  ["2.4.1", "2.4.3.1"], F("LEADER|waterlandschappen|landinrichtingsprojecten", "Open Ruimte Platform|Regiodeals|Landbouwkalender"),
  S + ["english"], sides=[("toekomstbeeld", ["2.4.1"]), ("continue", ["2.4.3.1"])])
q("De dorpsraad: wat gaat er vandaag goed en waar moet je als bestuur voor opletten?",
  ["2.5.3.1", "2.5.3.3"], F("sociale motor|bestuursakkoord", "afgebakend|individuele klachten|helder mandaat"), S,
  sides=[("continue", ["2.5.3.1"]), ("stop", ["2.5.3.3"])])
q("Welke goede voorbeelden rond voedsel noemt de tafel stad-platteland, en welke winst levert een gezamenlijke aanpak met andere domeinen op?",
  ["2.1.3.1", "2.1.3.4"], F("voedselhubs|boerderijbezoeken", "duurzame productie|lokale voedselketens|waterkwaliteit"), S,
  sides=[("continue", ["2.1.3.1"]), ("synergie", ["2.1.3.4"])])
q("What does the report say about the right scale for cooperation, from mergers to river basins?",
  ["2.2.3.2", "2.3.3.2", "2.4.3.2"], F("schaalniveau|schaalgrootte|rivierbekken", "nabijheid|lokale identiteit"),
  S + ["english"], sides=[("nabije besturen", ["2.2.3.2"]), ("intergemeentelijk", ["2.3.3.2"]),
                           ("gebiedsgericht", ["2.4.3.2"])])
q("Sluiten de aanvullingen op het beeld van intergemeentelijke samenwerking aan bij de manier waarop de tafel samenwerking wil opschalen?",
  ["2.3.2", "2.3.3.2"], F("uitvoeringsgericht|inhoud", "realisatiegericht|concreet"), S,
  sides=[("aanvullingen", ["2.3.2"]), ("start", ["2.3.3.2"])])
q("Waar in het verslag komt geld in handen van burgers zelf ter sprake, en hoe?",
  ["2.2.2", "2.5.2", "2.5.3.1"], F("burgerbudgetten|hogere burgerbudgetten", "budgethouderschap"), S,
  sides=[("nabije besturen", ["2.2.2"]), ("aanvullingen gemeenschapskracht", ["2.5.2"]),
         ("praktijken gemeenschapskracht", ["2.5.3.1"])])
q("Hoe komt de verhouding tussen stad en platteland terug aan de tafel over sterke en nabije besturen, zowel als probleem als als kans?",
  ["2.2.3.3", "2.2.3.4"], F("verdeelmechanismen|inwonersaantallen|kloof", "in samenhang|Sint-Niklaas"), S,
  sides=[("stop", ["2.2.3.3"]), ("synergie", ["2.2.3.4"])])

# ------------------------------------------------------------------ refuse (108-139)
R("Welk bedrag is er nodig om het plattelandslabo uit te breiden naar heel Vlaanderen?")
R("Hoeveel subsidie heeft het Samenproject in Neteland tot nu toe ontvangen?")
R("Welk decreet regelt de intergemeentelijke samenwerkingsverbanden waar de deelnemers naar verwijzen?")
R("Welke artikels van de vzw-wet moeten volgens de deelnemers precies geschrapt of aangepast worden?")
R("Heeft de koepel VVSG intussen formeel gereageerd op het idee van een aparte schepen voor streekwerking, en wat was haar houding?")
R("Staat het Algemeen Boerensyndicaat achter het openstellen van landbouwbedrijven voor bezoekers uit de stad, of is het ertegen?")
R("Is er een naam bekend van de vaste contactpersoon die in Mollenkoeij de vragen uit de dorpen naar het gemeentebestuur doorspeelt?")
R("Wie zei het citaat dat je naar de winkel gaat en dat alles er gewoon ligt?")
R("Wanneer wordt het Vlaams Plattelandspact ter stemming voorgelegd aan het Vlaams Parlement?")
R("Vanaf welk jaar zullen er ook in Vlaanderen regiodeals naar Nederlands model afgesloten worden?")
R("Welke bouwstenen leverde het zusteratelier rond economische bedrijvigheid en vernieuwing op?")
R("Olen had een bepaald aantal aanwezigen. Hoe druk bezocht was het parallelle atelier rond een warme, zorgzame gemeenschap?")
R("Welke lokale besturen maken deel uit van het Neteland-verband achter het Samenproject?")
R("Wie is vandaag burgemeester van Olen, de gemeente waar het atelier plaatsvond?")
R("Welke ziekenfondsen werken concreet mee aan de Landbouwkalender in de Westhoek?")
R("Wat staat er in de bestaande handleidingen voor participatief werken waar het verslag naar verwijst, en wie heeft ze geschreven?")
R("Ik ben schepen in Ravels: moeten wij fuseren met een buurgemeente, en zo ja met welke?")
R("Ik wil met mijn buren een coöperatieve buurtwinkel starten. Bij welke bank vragen we best een startlening aan?")
R("Hoe groot was het groepje dat het subfacet over samenwerking tussen gemeenten en bestuurslagen uitdiepte, in aantal personen?")
R("Hoeveel straatambassadeurs zijn er vandaag actief in Eeklo?")
R("Op welke website kan ik de Landbouwkalender van de Westhoek downloaden?")
R("Hoe kan ik het Kempense netwerk 'Lokaal Bestuur' per mail contacteren, op welk adres?")
R("Welk voorstel kreeg de meeste stemmen toen de deelnemers hun prioriteiten aanduidden?")
R("Hoeveel kostte de organisatie van dit toekomstatelier, zaalhuur en catering inbegrepen?")
R("Wat voor bedrijf is Postelhoeve bv en wat doet het precies?")
R("Hoe pakt Duitsland gebiedsgerichte plattelandsontwikkeling aan in vergelijking met Vlaanderen?")
R("Hoeveel voltijdse equivalenten heeft een gemeente minimaal nodig om participatie goed te organiseren?")
R("Welke politieke partijen steunen het voorstel om stedelijk en plattelandsbeleid uit één gezamenlijke pot te financieren?")
R("How many staff do the provincial services have available to lend to small municipalities?", ("refuse", "english"))
R("Which EU fund pays for the LEADER local action groups, and how much does each group receive?", ("refuse", "english"))
R("What will the final Rural Pact decide about further municipal mergers?", ("refuse", "english"))
R("Since what year has the Vereniging van Vlaamse Polders en Wateringen existed?", ("refuse", "english"))

# ------------------------------------------------------------------ controls (140-171)
C = ["fact"]
q("In welke provincie draait het plattelandslabo dat men Vlaanderen-breed wil maken al?",
  ["2.1.3.2"], F("provincie Antwerpen|Antwerpen"), C)
q("Welk project uit Neteland staat bij de succesvolle beleidsinitiatieven van de deelnemers?",
  ["2.3.3.1"], F("Samenproject"), C)
q("Is er volgens de tafel over intergemeentelijke samenwerking een wettelijke verandering nodig om horizontaal en transversaal samen te werken?",
  ["2.3.3.4"], F("Aanpassing wetgeving"), C)
q("Wat moet er met de regels voor vzw's gebeuren volgens de aanvullingen bij gemeenschapskracht?",
  ["2.5.2"], F("vereenvoudiging", "kleine lokale|nieuw statuut"), C)
q("Was de ledenvereniging van alle Vlaamse lokale overheden er ook bij in de Pastorij?",
  ["bijlage"], F("Steden en Gemeenten"), C)
q("Nam er een landbouworganisatie deel aan het toekomstatelier?",
  ["bijlage"], F("Algemeen Boerensyndicaat|Kruispunt|Landelijke Gilden"), C)
q("Welke rol vervult de schakelfiguur in Mollenkoeij?",
  ["2.2.3.1"], F("vast aanspreekpunt", "opgevolgd|teruggekoppeld"), C)
q("Wat vertelt het citaat over mensen die op een landbouwbedrijf op bezoek kwamen?",
  ["2.1.3.1"], F("nul idee|totaal nul", "supermarkt|winkel"), C)
q("Op welke datum vond het vijfde toekomstatelier plaats?",
  ["inleiding"], F("16 juni"), C)
q("Van over welke landsgrens haalden de deelnemers aan de gebiedsgerichte tafel het instrument van de regiodeals?",
  ["2.4.3.1"], F("Nederland"), C)
q("Over welk thema ging dit vijfde toekomstatelier?",
  ["inleiding"], F("bestuurskracht|burgerkracht|besturen en burgers"), C)
q("Uit hoeveel onderdelen bestond het programma van de dag, van het aanvullen van de visie tot de laatste feedbackronde?",
  ["1"], F("3 stappen"), C)
q("Welke functie verbindt in Eeklo de inwoners met het stadsbestuur?",
  ["2.5.3.1"], F("straatambassadeur"), C)
q("Waarvoor dient de Landbouwkalender in de Westhoek?",
  ["2.4.3.1"], F("landbouwers", "hulppunten|regionale aanpak"), C)
q("Zijn er al handboeken of methodes beschikbaar om participatief werken in gemeenten te ondersteunen?",
  ["2.2.3.2"], F("handleidingen", "methodieken"), C)
q("Onze fusiegemeente wil de loketten in de deelgemeenten sluiten. Waar moeten we volgens het verslag op letten?",
  ["2.2.3.3"], F("lokale identiteit|lage digitale vaardigheden|kwetsbare groepen", "loketwerking|eerstelijnscontacten"),
  ["paraphrase"])
q("Ik wil met de buurt een winkel als coöperatie opstarten. Is daar in het verslag een voorbeeld van?",
  ["2.5.3.1"], F("Bond Beter Leefmilieu|Groene Kring", "coöperatieve buurtwinkels"), ["paraphrase"])
q("Wij starten als gemeente een inspraaktraject. Hoe vermijden we dat bewoners en bestuur er iets anders van verwachten?",
  ["2.5.3.2"], F("participatiekader|projectafbakening|gezamenlijke visie"), ["paraphrase"])
q("Uit hoeveel kernfacetten bestaat het toekomstbeeld voor het platteland in 2050?",
  ["inleiding"], F("vijf kernfacetten"), C)
q("Welke figuren brengen burgers volgens de synergiën rond warme en zorgzame gemeenschappen in contact met beleidsmakers?",
  ["2.5.3.4"], F("straatambassadeurs"), C)
q("Hoe kan een gemeente het breedst mogelijke publiek bereiken, ook al kost het veel tijd en geld?",
  ["2.5.3.3"], F("huisbezoeken", "Outreachend"), C)
q("Welke twee middenveldorganisaties worden bij de synergiën van gemeenschapskracht als verbindende spelers genoemd?",
  ["2.5.3.4"], F("Arktos", "Saamo"), C)
q("Wat is volgens de tafel over gebiedsgerichte aanpak bepalend voor het slagen van projecten?",
  ["2.4.3.2"], F("Engagement|motivatie", "gedeeld doel|gedeelde belangen"), C)
q("Hebben coalities van bereidwilligen in een gebied ook overheden nodig, volgens de synergiën van de gebiedsgerichte aanpak?",
  ["2.4.3.4"], F("besturen nodig", "gebiedsgericht"), C)
q("Welke instellingen in een dorp kan je inschakelen om kinderen en tieners mee te laten praten?",
  ["2.5.3.2"], F("dorpsscholen"), C)
q("Wat zeggen de deelnemers over beleid dat van bovenaf over een gebied wordt uitgerold?",
  ["2.4.3.3"], F("weerstand|moeilijk uitgevoerd", "erkenning|dialoog|samenwerking"), C)
q("Waarom aarzelen ambtenaren soms om zelf op inwoners af te stappen? Welke hindernissen noemt de tafel nabije besturen?",
  ["2.2.3.3"], F("werkdruk", "angst voor klachten|training"), C)
q("Wat moeten besturen volgens het toekomstbeeld van gemeenschapskracht doen met inwoners die mee willen beslissen over hun dorp?",
  ["2.5.1"], F("medezeggenschap", "initiatieven van onderuit|ruimte"), C)
q("Which Flemish agency responsible for farming and fisheries took part in the workshop?",
  ["bijlage"], F("Landbouw en Zeevisserij"), ["fact", "english"])
q("What are the local action groups set up under LEADER good for, according to the vision on the regional approach?",
  ["2.4.1"], F("kennisdeling|samenwerking", "publieke en private"), ["fact", "english"])
q("Which missing element did participants add to the vision on community strength?",
  ["2.5.2"], F("inclusief lokaal beleid|álle burgers", "kwetsbare positie"), ["fact", "english"])
q("Is there an example of an alternative model to the overlapping regional structures and definitions of 'region'?",
  ["2.2.3.3"], F("Polders en Wateringen"), ["fact", "english"])

# ------------------------------------------------------------------ conversations
CONV = []


def T(question, gold, facts, tags=()):
    return {"question": question, "gold_sections": gold, "facts": facts, "tags": list(tags)}


CONV.append([
    T("Welke goede praktijken zien de deelnemers om stad en platteland rond voedsel te laten samenwerken?",
      ["2.1.3.1"], F("voedselhubs|boerderijbezoeken")),
    T("En waar knelt het vandaag nog bij zo'n samenwerking?",
      ["2.1.3.3"], F("beleidskaders|versnipperd|sectoraal"), ["kind-switch", "pronoun"]),
    T("Met welke andere beleidsvelden kan je dat koppelen?",
      ["2.1.3.4"], F("waterbeheer|mobiliteit|energie|wonen"), ["kind-switch"]),
])
CONV.append([
    T("Waarom lukt het kleine gemeenten volgens de tafel over sterke en nabije besturen niet altijd om hun bestuurskracht te garanderen?",
      ["2.2.3.3"], F("onvoldoende middelen|slagkracht")),
    T("Welke remedie stellen ze daarvoor voor?",
      ["2.2.3.2"], F("intergemeentelijke samenwerking", "provinciale medewerkers|regionaal niveau"), ["kind-switch"]),
    T("Iets anders: wie heeft dit verslag nagelezen?",
      ["status-van-dit-document"], F("moderatoren"), ["independent"]),
])
CONV.append([
    T("What problems did the area-based approach table run into with the way subsidies are granted?",
      ["2.4.3.3"], F("administratieve last|doelgerichte besteding|resultaten"), ["english"]),
    T("So how would they like to scale things up instead?",
      ["2.4.3.2"], F("mandaat|coördinator|coalition"), ["kind-switch", "english"]),
    T("Any examples of this already working on the ground?",
      ["2.4.3.1"], F("Regiodeals|Open Ruimte Platform|Landbouwkalender"), ["kind-switch", "english"]),
])
CONV.append([
    T("Waarom strandt samenwerking over gemeentegrenzen heen zo vaak, volgens de tafel over intergemeentelijke samenwerking?",
      ["2.3.3.3"], F("kostenverdeling|ongelijk speelveld|vertrouwen")),
    T("Welke ingrepen zouden de deelnemers daartegenover willen zetten?",
      ["2.3.3.2"], F("Gerichte subsidies|regiodeals|coördinatoren|convenanten"), ["kind-switch"]),
    T("En het politieke aspect, verkiezingen en zo?",
      ["2.3.3.3"], F("wisselvalligheid|persoonsgebonden|coalitiewissels"), ["new-aspect"]),
])
CONV.append([
    T("Welke goede praktijken rond dorpsontwikkeling en gemeenschapskracht worden vermeld?",
      ["2.5.3.1"], F("dorpsraad|Veerkrachtige dorpen|talentenbank")),
    T("Waar lopen die dorpsraden in de praktijk op vast?",
      ["2.5.3.3"], F("afgebakend|helder mandaat|individuele klachten"), ["kind-switch", "pronoun"]),
    T("Hoe kan het bestuur hen beter ondersteunen?",
      ["2.5.3.2"], F("zachte regisseur|visiedocumenten|transparante samenwerking"), ["kind-switch", "pronoun"]),
])
CONV.append([
    T("Hoe werken besturen samen met anderen rond mobiliteit op het platteland?",
      ["2.2.3.4"], F("vervoerregio's|deelfietsen|taxi-projecten")),
    T("En in toerisme en cultuur?",
      ["2.2.3.4"], F("toeristische raden|cultuurhuizen|lokale evenementen"), ["new-aspect"]),
    T("Lopen er al initiatieven die de gemeente zelf dichter bij haar inwoners brengen?",
      ["2.2.3.1"], F("taxicheques|schakelfiguur|mobiel onthaal|wijkwerking"), ["kind-switch"]),
])
CONV.append([
    T("Wat voegden de deelnemers toe aan het toekomstbeeld over intergemeentelijke samenwerking?",
      ["2.3.2"], F("capaciteitsproblemen|subsidiariteitsbeginsel|verkokering")),
    T("Welke knelpunten zien ze dan aan tafel?",
      ["2.3.3.3"], F("planlast|verkokerd|kostenverdeling"), ["kind-switch"]),
    T("Unrelated question: what were the steps of the workshop day?",
      ["1"], F("Aanvulling|Verdieping"), ["independent", "english"]),
])
CONV.append([
    T("Wat zeiden de deelnemers over het aantal mensen dat lokale besturen ter beschikking hebben voor een regionale aanpak?",
      ["2.4.2"], F("beperkte personeelscapaciteit|personeelscapaciteit")),
    T("Welke link leggen ze met interbestuurlijke samenwerking?",
      ["2.4.3.4"], F("besturen nodig|gebiedsgericht"), ["kind-switch"]),
    T("En de provincies, welke plaats zien ze daarvoor?",
      ["2.4.2"], F("tussenniveau|bundelen"), ["new-aspect"]),
])
CONV.append([
    T("Welke aanvullingen kwamen er op het toekomstbeeld voor stad en platteland als het over landbouw gaat?",
      ["2.1.2"], F("Kennis over landbouw|balans")),
    T("Zijn er praktijken die dat vandaag al doen?",
      ["2.1.3.1"], F("boerderijbezoeken|lokale productie"), ["kind-switch", "pronoun"]),
    T("Andere vraag: wat betekent 'synergie' in de methodiek die de tafels gebruikten?",
      ["1"], F("samenwerking of versterking|kansen"), ["independent"]),
])
CONV.append([
    T("Hoe ziet het beeld van gemeenschapskracht tegen 2050 eruit?",
      ["2.5.1"], F("medezeggenschap|co-creatie", "bruggenbouwer|middenveld")),
    T("Wat zijn vandaag de grootste struikelblokken om daar te geraken?",
      ["2.5.3.3"], F("sociale cohesie|stille|mondige|toegankelijkheid"), ["kind-switch"]),
    T("And how does it tie in with care and other policy areas?",
      ["2.5.3.4"], F("zorgsector|vrijwilligers|straatambassadeurs"), ["kind-switch", "english"]),
])
CONV.append([
    T("Wat zeiden de deelnemers in hun aanvullingen over samenwerking tussen lokale besturen?",
      ["2.2.2"], F("methodieken|win-winsituaties|subsidiariteitsprincipe")),
    T("En over burgers en eigenaarschap?",
      ["2.2.2"], F("burgerbudgetten|gedeeld eigenaarschap|verantwoordelijkheid"), ["new-aspect"]),
    T("Welke concrete acties stelt de tafel voor om de bestuurskracht sneller op te krikken?",
      ["2.2.3.2"], F("intergemeentelijke samenwerking|ambassadeurs|kennisdeling"), ["kind-switch"]),
])
CONV.append([
    T("What does the vision on intermunicipal cooperation say about the region as a level to work at?",
      ["2.3.1"], F("uitgelezen arena|geclusterd|schaalvoordelen"), ["english"]),
    T("What's holding that back at the moment, according to the people at that table?",
      ["2.3.3.3"], F("eigen belang|verkokerd|capaciteitsgebrek"), ["kind-switch", "pronoun", "english"]),
    T("And which conditions link it to other policy fields?",
      ["2.3.3.4"], F("Mentaliteitswijzigingen|beleidsnota's|stabiel beleid"), ["kind-switch", "english"]),
])
CONV.append([
    T("Welk beeld van krachtige, nabije gemeentebesturen tegen 2050 stond er aan het begin van die sessie?",
      ["2.2.1"], F("wendbaar|gelaagd|democratisch")),
    T("Wat vulden de deelnemers daar nog bij aan?",
      ["2.2.2"], F("kruisbestuiving|subsidiariteitsprincipe|vrijwilligheid"), ["kind-switch"]),
    T("Los daarvan: wat zegt het verslag over taal en dialect bij streekgerichte samenwerking?",
      ["2.4.3.3"], F("dialecten|niet van hier|vertrouwen"), ["independent"]),
])
CONV.append([
    T("Welke goede praktijken brengen het bestuur dichter bij mensen die zich ver van de gemeente voelen, volgens de tafel over sterke en nabije besturen?",
      ["2.2.3.1"], F("persoonlijk contact|schakelfiguur|mobiel onthaal")),
    T("En hoe wil men dat in alle gemeenten ingang laten vinden?",
      ["2.2.3.2"], F("ambassadeurs|wijkteams|structureel"), ["kind-switch", "pronoun"]),
    T("Different topic: which Dutch policy instrument comes up as a good practice for the regional approach?",
      ["2.4.3.1"], F("Regiodeals"), ["independent", "english"]),
])


# ------------------------------------------------------------------ serialise + leakage check
def leak_hits(question, groups, label):
    hits = []
    ql = question.lower().replace("\u2019", "'")
    for g in groups:
        if len(g) == 1:
            t = g[0].lower()
            if re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", ql):
                hits.append("%s %r" % (label, g[0]))
    return hits


def main():
    assert len(Q) == 171, len(Q)
    assert len(CONV) == 14, len(CONV)
    leaks = []
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for n, it in enumerate(Q, 1):
            out = {"id": "c16q%03d" % n}
            out.update(it)
            out["split"] = "test"
            leaks += ["c16q%03d: %s" % (n, h) for h in leak_hits(it["question"], it["facts"], "fact")]
            leaks += ["c16q%03d: %s" % (n, h) for h in leak_hits(it["question"], it.get("items", []), "item")]
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
        for n, turns in enumerate(CONV, 1):
            cid = "c16c%02d" % n
            for k, t in enumerate(turns, 1):
                leaks += ["%s/t%d: %s" % (cid, k, h) for h in leak_hits(t["question"], t["facts"], "fact")]
            fh.write(json.dumps({"id": cid, "tags": ["conversation"], "split": "test", "turns": turns},
                                ensure_ascii=False) + "\n")
    print("wrote %d questions, %d conversations" % (len(Q), len(CONV)))
    print("fact leakage hits: %d" % len(leaks))
    for h in leaks:
        print("  leak: " + h)
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
