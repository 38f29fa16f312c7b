#!/usr/bin/env python3
"""Serialise the hand-written cold17 items to questions.jsonl and conversations.jsonl.

Throw-away helper: the two JSONL files are the canonical set. Every item below was written by hand from the
report. Notation: gold = space-separated section ids; facts = groups separated by ';', alternatives by '|';
items (lists) idem; sides = 'name:sec sec' separated by ';'.
Also runs a fact-leakage check: a single-alternative fact or list-item term that occurs as a whole word or
phrase in its own question (or turn) is reported, and the build fails.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def groups(s):
    if not s:
        return []
    return [[a.strip() for a in g.split("|") if a.strip()] for g in s.split(";") if g.strip()]


QUESTIONS = []


def Q(n, question, gold, facts, tags, items=None, sides=None):
    it = {"id": "c17q%03d" % n, "question": question, "gold_sections": gold.split() if gold else [],
          "facts": groups(facts), "tags": tags.split(), "split": "test"}
    if items is not None:
        it["items"] = groups(items)
    if sides is not None:
        sd = []
        for part in sides.split(";"):
            name, secs = part.split(":")
            sd.append({"name": name.strip(), "sections": secs.split()})
        it["sides"] = sd
    QUESTIONS.append(it)


def T(question, gold, facts, tags=""):
    return {"question": question, "gold_sections": gold.split(), "facts": groups(facts), "tags": tags.split()}


CONVERSATIONS = []


def C(n, *turns):
    CONVERSATIONS.append({"id": "c17c%02d" % n, "tags": ["conversation"], "split": "test", "turns": list(turns)})


# ------------------------------------------------------------------ fact (001-025), one section each
Q(1, "Is dit verslag een officieel document of eerder een tussenstap?", "status-van-dit-document",
  "werkdocument; geen formele status|formele status", "fact")
Q(2, "Naar wat voor samenleving evolueren we volgens het toekomstbeeld over stad en platteland, en waar blijft daarbij aandacht voor?",
  "2.1.1", "fluïde; lokale identiteit", "fact")
Q(3, "Over welke gemeenten die noch echt stedelijk noch echt landelijk zijn, zeggen de deelnemers dat ze niet vergeten mogen worden in het verhaal van een gedeelde toekomst?",
  "2.1.2", "peri-urbane", "fact")
Q(4, "Wat is het voordeel van vertrekken vanuit objectieve cijfers en inzichten over het gebied zelf, bv. in discussies tussen landbouw en natuur?",
  "2.1.3.1", "objectiveert; besluitvorming", "fact")
Q(5, "Welk risico zien de deelnemers in de recente trend naar thematisch geïnspireerde werkingen vanuit verschillende beleidsdomeinen?",
  "2.1.3.3", "naast elkaar; gefragmenteerd|fragmenteren", "fact")
Q(6, "Hoe verhouden stad en platteland zich tot elkaar als het gaat over wind- en zonneparken?",
  "2.1.3.4", "grote afnemers; afspraken|energieproductie", "fact")
Q(7, "Voor wie zijn lokale besturen in 2050 volgens het toekomstbeeld de meest nabije overheid?",
  "2.2.1", "burgers en ondernemers|ondernemers", "fact")
Q(8, "Welke taken liggen net moeilijk voor een gemeente omdat ze zo dicht bij haar inwoners staat?",
  "2.2.2", "handhaving; vergunningen weigeren", "fact")
Q(9, "Sommige besturen ruilen hun klassieke thematische raden in voor een andere inspraakvorm die moeilijk te bereiken inwoners beter aanspreekt. Welke?",
  "2.2.3.1", "open avonden", "fact")
Q(10, "Waarom blijven de specifieke noden van plattelandsgemeenten vaak onderbelicht bij de verdeling van middelen?",
  "2.2.3.3", "inwonersaantallen; verdeelmechanismen", "fact")
Q(11, "Als een gemeente steeds meer online regelt, welke balans moet ze dan bewaken volgens de synergieën van de tafel over nabije besturen?",
  "2.2.3.4", "fysieke nabijheid; uitgesloten", "fact")
Q(12, "Wat brengen het provinciale en Vlaamse niveau volgens het toekomstbeeld over intergemeentelijke samenwerking in, tegenover de lokale terreinkennis?",
  "2.3.1", "helikopterperspectief; bovenlokale kennis", "fact")
Q(13, "Waar gaat volgens de aanvullingen te veel aandacht naartoe wanneer gemeenten samenwerken, en waarop zou de focus beter liggen?",
  "2.3.2", "structuur; inhoud; methodes", "fact")
Q(14, "Wat moet er veranderen aan de opdracht van ambtenaren zodat ze over de grenzen van hun beleidsdomein kunnen werken?",
  "2.3.3.2", "gemandateerd; takenpakket", "fact")
Q(15, "Welke zware last komt bovenop het tekort aan tijd, mensen en expertise van kleine gemeenten?",
  "2.3.3.3", "planlast", "fact")
Q(16, "In welke beleidsdocumenten moet horizontale en transversale samenwerking volgens de synergieën van 2.3 worden opgenomen?",
  "2.3.3.4", "beleidsnota's", "fact")
Q(17, "Met welk voorbeeld van twee soorten landschap illustreert het toekomstbeeld rond gebiedsgerichte aanpak dat maatwerk nodig is?",
  "2.4.1", "kustgebied; heuvelachtig", "fact")
Q(18, "Wat willen de deelnemers liever doen dan telkens nieuwe regio's en gebiedswerkingen op te richten?",
  "2.4.2", "provincies; bundelen", "fact")
Q(19, "Hoe wordt het Nederlandse instrument van de regiodeals omschreven bij de goede praktijken van de regionale tafel?",
  "2.4.3.1", "contract; van onderuit; gebiedsniveau", "fact")
Q(20, "Welk document helpt volgens de opschalingsvoorstellen om verantwoordelijkheden in een coalitie helder te maken?",
  "2.4.3.2", "samenwerkingsovereenkomst", "fact")
Q(21, "Waarom zorgt de manier waarop subsidies worden opgevolgd voor problemen bij geïntegreerde projecten?",
  "2.4.3.3", "elke euro; specifieke doelstelling; administratieve last", "fact")
Q(22, "Wat houdt R2C in zoals het in het toekomstbeeld over gemeenschapskracht beschreven staat?",
  "2.5.1", "right to challenge; taken overnemen", "fact")
Q(23, "Hoe moet de groep inwoners die deelneemt aan een participatietraject idealiter samengesteld zijn?",
  "2.5.2", "divers; achtergronden", "fact")
Q(24, "Wat hebben vrijwilligers in Aarschot opgezet zodat bewoners elkaars vaardigheden kunnen vinden?",
  "2.5.3.1", "talentenbank|digitale talentenbank", "fact")
Q(25, "Een lokaal bestuur dat aan dorpsontwikkeling werkt, moet vertrekken vanuit geografie of vanuit sociale relaties. Hoe noemt het verslag die twee aanpakken?",
  "2.5.3.3", "buurtgerichte; gemeenschapsgerichte", "fact")

# ------------------------------------------------------------------ paraphrase (026-055), everyday wording
Q(26, "Moeten gewone mensen eigenlijk meer weten over hoe het boerenleven werkt?",
  "2.1.2", "kennis over landbouw; gezamenlijke uitdaging", "paraphrase")
Q(27, "Zijn de uitdagingen en het geld in een stad dezelfde als in een dorp, en wat betekent dat voor de aanpak?",
  "2.1.2", "maatwerk", "paraphrase")
Q(28, "Hoe krijg je een stad en een landelijke gemeente zover dat ze aan hetzelfde zeel trekken?",
  "2.1.3.1", "gedeeld belang; thema's", "paraphrase")
Q(29, "Waarom is het projectgeld voor samenwerkingen tussen kleinere gemeenten vaak zo'n lappendeken?",
  "2.1.3.3", "versnipperd; structurele samenwerking", "paraphrase")
Q(30, "Kan één ingreep, bijvoorbeeld rond water, ook andere domeinen vooruithelpen?",
  "2.1.3.4", "integraal systeemdenken|systeemdenken", "paraphrase")
Q(31, "Spaart het geld uit als stad en platteland samen investeren?",
  "2.1.3.4", "meer impact|minder middelen", "paraphrase")
Q(32, "Wat kunnen gemeenten en de hogere overheden inhoudelijk van elkaar leren?",
  "2.2.2", "terreinexpertise; thematische diepgang", "paraphrase")
Q(33, "Kan Vlaanderen het aan de goede wil van de gemeenten overlaten om te gaan samenwerken, of moet het tempo omhoog?",
  "2.2.2", "vrijwilligheid volstaat|volstaat hierbij niet; sneller", "paraphrase")
Q(34, "Kunnen buurtbewoners zelf mee een ontmoetingsplek in hun wijk runnen?",
  "2.2.3.1", "buurtpunten; gemeenschapscentra", "paraphrase")
Q(35, "Hoe kunnen kleine gemeenten samen sterker staan voor sociaal werk in hun wijken?",
  "2.2.3.1", "opbouwwerkers; bundelen", "paraphrase")
Q(36, "Is meepraten in de gemeente vandaag nog vooral iets eenmaligs?",
  "2.2.3.2", "projectmatig; vast onderdeel", "paraphrase")
Q(37, "Moeten keuzes tussen boeren en natuur iedereen iets opleveren?",
  "2.1.3.1", "win-win; wederzijdse afhankelijkheid", "paraphrase")
Q(38, "Wie kan een kleine gemeente met te weinig volk helpen om sterker te besturen?",
  "2.2.3.3", "provincies; intercommunales|IOK", "paraphrase")
Q(39, "Waarom is het zo verwarrend dat elke samenwerking haar eigen streekindeling gebruikt?",
  "2.2.3.3", "wildgroei; onduidelijkheid", "paraphrase")
Q(40, "Viel het op dat een belangrijke partij niet kwam opdagen bij het gesprek over sterke en nabije besturen? Wie dan?",
  "2.2.3.3", "lokale besturen; afwezig", "paraphrase")
Q(41, "Moet elke gemeente inspraak van bewoners op precies dezelfde manier aanpakken?",
  "2.5.3.3", "maatwerk; context", "paraphrase")
Q(42, "Waarom is een streek een goede plek om als overheden samen te werken?",
  "2.3.1", "uitgelezen arena; schaalvoordelen", "paraphrase")
Q(43, "Een hoger bestuur moet niet doen wat een gemeente zelf aankan: staat dat ook in de aanvullingen?",
  "2.3.2", "subsidiariteitsbeginsel", "paraphrase")
Q(44, "Hoe zorg je dat in een streekproject iedereen weet wie trekt, wie betaalt en wie opvolgt?",
  "2.3.3.2", "rolverdeling; trekker", "paraphrase")
Q(45, "Met welke ingesteldheid start je best een samenwerking tussen gemeenten?",
  "2.3.3.2", "zijn we sterker|positieve ingesteldheid", "paraphrase")
Q(46, "Waarom wil een gemeente met maar een klein stukje grond in het projectgebied vaak minder betalen?",
  "2.3.3.3", "kostenverdeling", "paraphrase")
Q(47, "Waarom hebben rijkere gemeenten een voorsprong als het op subsidies aankomt?",
  "2.3.3.3", "kapitaalkrachtigere|ongelijk speelveld; cofinancieren", "paraphrase")
Q(48, "Moet een samenwerking tussen organisaties in een streek altijd een vaste, formele structuur krijgen?",
  "2.4.3.2", "geen doel; flexibel", "paraphrase")
Q(49, "Wie met wie samenwerkt: bepaal je dat op basis van de kaart met gemeentegrenzen of op een andere manier?",
  "2.4.3.2", "waterloop|landbouwgebied|sociaal netwerk", "paraphrase")
Q(50, "Wie legt vast wat er moet gebeuren en wie beslist over de uitwerking, als een groep partners beleid mee uitvoert?",
  "2.4.3.2", "kaderstellende; lokaal", "paraphrase")
Q(51, "Moeten ambtenaren en politici op één lijn zitten om dorpen met elkaar te verbinden?",
  "2.5.2", "gedeelde visie; verbonden dorpen", "paraphrase")
Q(52, "Wat doe je als de vaste vrijwilligers in het dorp ouder worden en afhaken?",
  "2.5.3.2", "generatiewissel", "paraphrase")
Q(53, "Mogen externe partijen zomaar mee sturen in een inspraaktraject?",
  "2.5.2", "invloed", "paraphrase")
Q(54, "Hoe zorg je dat ook bewoners die niet graag het woord nemen hun zeg kunnen doen?",
  "2.5.2", "minder mondige; laagdrempelig", "paraphrase")
Q(55, "Hoe bereik je jongeren die het thuis of op school moeilijk hebben?",
  "2.5.3.1", "Arktos; rondrijdende jeugdwerkingen|talentontwikkeling", "paraphrase")

# ------------------------------------------------------------------ english (056-075), plain
Q(56, "What kind of story do participants want to tell about town and countryside, and what should it stay away from?",
  "2.1.2", "nostalgie; dorpelijkheid|identiteit", "english")
Q(57, "What kind of partnerships between actors does the urban-rural table call for in an area-based approach?",
  "2.1.3", "gelijkwaardige partnerschappen", "english")
Q(58, "There's said to be a gap in experience between city dwellers and rural people. How should it be bridged?",
  "2.1.3.1", "belevingskloof; directe thema's|bekende en directe", "english")
Q(59, "What does 'working from dialogue' mean for the table on town and countryside?",
  "2.1.3.2", "ruimte maken; concrete actie", "english")
Q(60, "What does horizontal and vertical cooperation between administrations bring, according to the urban-rural synergies?",
  "2.1.3.4", "minder versnippering; slagkracht", "english")
Q(61, "By 2050, what should local governments have at their disposal to do their job well?",
  "2.2.1", "kennis; capaciteit; middelen", "english")
Q(62, "What shift in attitude do local councils need to make for more regional cooperation?",
  "2.2.2", "macht durven loslaten|loslaten; verantwoordelijkheid", "english")
Q(63, "How do residents get a say in tourism and culture, according to the synergies of the table on strong local government?",
  "2.2.3.4", "toeristische raden; cultuurhuizen", "english")
Q(64, "What's the point, in the intermunicipal vision, of councils keeping their independence while still working together?",
  "2.3.1", "schaalvoordelen; daadkrachtiger", "english")
Q(65, "What can programme-based working such as Water+Land+Schap bring to a joint project?",
  "2.3.3.2", "continuïteit; gedeeld eigenaarschap", "english")
Q(66, "Are cooperation mandates between authorities tied to individual people or to positions?",
  "2.3.3.3", "persoonsgebonden", "english")
Q(67, "Can you give the examples the regional vision uses of places where all interests get weighed up and stakeholders are brought in?",
  "2.4.1", "landinrichtingsprojecten; waterlandschappen", "english")
Q(68, "How do participants think communication about regional working should be organised?",
  "2.4.2", "kanalen; lokale partners; koepels|VVSG", "english")
Q(69, "Besides local councils, who else needs to be part of a coalition around a shared goal?",
  "2.4.3.2", "privé-sector; academici; middenveldorganisaties", "english")
Q(70, "Are subsidised projects actually used as learning opportunities for policy?",
  "2.4.3.3", "leertrajecten; nauwelijks benut|onvoldoende", "english")
Q(71, "Why does the vision on community strength say we need everyone on board?",
  "2.5.1", "kennisdeling; nieuwe kansen", "english")
Q(72, "What should local governments move towards instead of one-way communication with residents?",
  "2.5.2", "faciliterende|coachende; controle durven loslaten|eigenaarschap", "english")
Q(73, "What do the 'Veerkrachtige dorpen' trajectories combine, and what do they produce?",
  "2.5.3.1", "cijfermatige analyses; signalen; visiedocumenten", "english")
Q(74, "Why shouldn't participation in a municipality depend on a handful of motivated officials?",
  "2.5.3.2", "structurele inbedding", "english")
Q(75, "How should councils behave when municipalities merge, according to the barriers on community strength?",
  "2.5.3.3", "anticiperend; deelgemeenten", "english")

# ------------------------------------------------------------------ list (076-087), complete items
Q(76, "Welke uitdagingen kwamen er aan de gesprekstafel over stad en platteland naar boven?", "2.1.3",
  "complexiteit; capaciteitsverschillen", "list",
  items="complexiteit; sectoraal zijn ingericht|financieringsmechanismen; capaciteitsverschillen")
Q(77, "Som alle succesvolle beleidsinitiatieven op die de deelnemers aan de tafel over intergemeentelijke samenwerking vermeldden.",
  "2.3.3.1", "Dorpencoördinator; Morkhoven; Voeren", "list",
  items="Dorpencoördinator; Samenproject|Neteland; landinrichtingsproject|VLM; landschapspark|Voeren; Morkhoven|vereenzaming; "
        "Baldemorie|familiaal geweld; Dessel- Retie|welzijn; strategische projecten|departement Omgeving")
Q(78, "Op welke beleidsdomeinen legt de tafel over sterke en nabije besturen verbanden?", "2.2.3.4",
  "mobiliteitssector|mobiliteit; welzijn en sport; digitalisering", "list",
  items="mobiliteitssector; welzijn en sport; duurzaamheid en klimaat; toerisme en cultuur; digitalisering")
Q(79, "Welke beleidsdomeinen noemt het verslag bij de synergiën van de stad-plattelandtafel? Geef ze allemaal.", "2.1.3.4",
  "waterbeheer|voedselproductie; ruimtelijke ordening; energie en klimaat", "list",
  items="voedsel, water en natuur|voedselproductie; wonen en ruimtelijke ordening|ruimtelijke ordening; "
        "mobiliteit en bereikbaarheid; energie en klimaat; sociaal beleid en gezondheid; bestuurlijke samenwerking en kennisdeling")
Q(80, "Met welke informele, toegankelijke formats kan een gemeente inspraak van burgers structureel in haar dagelijkse werking inbouwen?", "2.2.3.2",
  "koffiemomenten; informele adviesraden; open avonden", "list",
  items="koffiemomenten; informele adviesraden; open avonden")
Q(81, "Which kinds of municipal staff with a lot of public contact are named as possible ambassadors when scaling up?", "2.2.3.2",
  "groendienst; loketten; schoonmaak", "list english",
  items="groendienst; loketten; schoonmaak")
Q(82, "Geef me alle inspirerende voorbeelden die aan de tafel over werken per gebied en per regio bij 'continue' werden genoemd.", "2.4.3.1",
  "Open Ruimte Platform; Regiodeals; Landbouwkalender", "list",
  items="Open Ruimte Platform; Regiodeals; Zuid-West-Vlaanderen; Landbouwkalender|Westhoek")
Q(83, "Geef alle struikelblokken die het verslag noemt voor gebiedsgerichte werkingen.", "2.4.3.3",
  "overlap; top-down; taal", "list",
  items="overlap|versnippering; doelgerichte besteding|subsidies; top-down; taal|lokale cultuur|dialecten")
Q(84, "Ik maak een nota over samenwerken tussen overheden: som alle drempels op die in het stop-gedeelte van die tafel staan.", "2.3.3.3",
  "verkokerd landschap; kostenverdeling; planlast", "list",
  items="verkokerd landschap|verkokerd; kostenverdeling|ongelijke puzzel; capaciteitsgebrek|planlast; "
        "gebrek aan opvolging|verduurzaming; vertrouwen versus eigenbelang|eigenbelang")
Q(85, "Welke nieuwe vormen van democratie en participatie schetst het toekomstbeeld rond gemeenschapskracht voor 2050?", "2.5.1",
  "vrijwilligersbeleid; burgerpanels; R2C", "list",
  items="vrijwilligersbeleid|Vlaams vrijwilligersbeleid; deliberatieve burgerpanels|burgerpanels; R2C|right to challenge")
Q(86, "Uit welke onderdelen bestaat de samenwerking tussen burgers en bestuur die men wil opschalen bij gemeenschapskracht?", "2.5.3.2",
  "participatieladder; rolverdeling; subsidiariteit", "list",
  items="gezamenlijke visie|participatiekader; participatieladder; rolverdeling; dorpsraden|zachte regisseur; "
        "werkgroepen; subsidiariteit")
Q(87, "List every action the urban-rural table proposes to scale things up.", "2.1.3.2",
  "gemeentegrensoverschrijdende; structurele; dialoog", "list english",
  items="gemeentegrensoverschrijdende|regionale en gemeentegrensoverschrijdende; vernieuwende|structurele financiering; "
        "begeleiding|kennisdeling op maat; dialoog|zichtbaarheid; territoriale ontwikkeling|Frankrijk")

# ------------------------------------------------------------------ synthesis (088-107), with sides
Q(88, "Wat maakt volgens de deelnemers dat stad en platteland vandaag al succesvol samenwerken, en welke hindernissen remmen die samenwerking tegelijk af?", "2.1.3.1 2.1.3.3",
  "gedeeld belang; beleidskaders", "synthesis", sides="continue:2.1.3.1; stop:2.1.3.3")
Q(89, "Men wil regiostructuren vereenvoudigen; hoe verhoudt dat voorstel zich tot het knelpunt van de vele gebiedsindelingen?",
  "2.2.3.2 2.2.3.3", "transparanter|administratieve lasten; wildgroei", "synthesis", sides="start:2.2.3.2; stop:2.2.3.3")
Q(90, "Hoe sluiten de opschalingsacties rond mandaten en structurele verankering aan bij wat de synergieën van 2.3 als voorwaarden noemen?",
  "2.3.3.2 2.3.3.4", "gemandateerd; mandaat aan actoren; structurele financiering", "synthesis",
  sides="start:2.3.3.2; synergie:2.3.3.4")
Q(91, "Een coalitie heeft mandaat en middelen nodig, maar hoe rijmt dat met de manier waarop subsidies vandaag worden toegekend?",
  "2.4.3.2 2.4.3.3", "structurele afspraken; doelgerichte besteding|subsidielogica", "synthesis", sides="start:2.4.3.2; stop:2.4.3.3")
Q(92, "Welke cultuurverandering vragen de deelnemers binnen gemeenten rond gemeenschapskracht, en wat staat die vandaag in de weg?",
  "2.5.3.2 2.5.3.3", "faciliterende; hokjes|toegankelijkheid", "synthesis", sides="start:2.5.3.2; stop:2.5.3.3")
Q(93, "How do the participants' additions on strong local government nuance the 2050 picture of local councils as capable directors?",
  "2.2.1 2.2.2", "regisseur; vrijwilligheid|ondersteund door Vlaanderen", "synthesis english",
  sides="vision:2.2.1; additions:2.2.2")
Q(94, "De deelnemers pleiten voor een meer geïntegreerde benadering in de regio; welke drempels op het terrein maken dat vandaag moeilijk?",
  "2.4.2 2.4.3.3", "verkokering; versnippering|te sectoraal", "synthesis", sides="aanvullingen:2.4.2; stop:2.4.3.3")
Q(95, "Hoe worden de maatschappelijke opgaven uit het toekomstbeeld stad-platteland concreet vertaald in de synergieën met andere domeinen?",
  "2.1.1 2.1.3.4", "waterbeheer; mobiliteit", "synthesis", sides="toekomstbeeld:2.1.1; synergie:2.1.3.4")
Q(96, "Het toekomstbeeld wil de samenwerking op bovenlokaal niveau meer clusteren; hoe kijken de deelnemers naar die nadruk op structuren?",
  "2.3.1 2.3.2", "geclusterd; inhoud", "synthesis", sides="toekomstbeeld:2.3.1; aanvullingen:2.3.2")
Q(97, "To what extent do the practices discussed at the community-strength table already deliver the vision of new forms of democracy?",
  "2.5.1 2.5.3.1", "co-creatie; dorpsraad|burgerbudgetten", "synthesis english",
  sides="vision:2.5.1; continue:2.5.3.1")
Q(98, "De regio is geen bestuurslaag, zegt het toekomstbeeld; wat betekent dat voor de rol van besturen in de coalities die men voorstelt?",
  "2.4.1 2.4.3.4", "netwerkverband; besturen nodig", "synthesis", sides="toekomstbeeld:2.4.1; synergie:2.4.3.4")
Q(99, "Hoe komen jongeren en kinderen aan bod in het deel over gemeenschapskracht, van goede praktijken tot knelpunten en synergieën?",
  "2.5.3.1 2.5.3.3 2.5.3.4", "kinderdorpsraden|Arktos; directe gesprekken; jeugdbewegingen", "synthesis",
  sides="continue:2.5.3.1; stop:2.5.3.3; synergie:2.5.3.4")
Q(100, "Welke rol geeft het verslag aan coördinerende of verbindende figuren, over de verschillende subfacetten heen?",
  "2.2.3.1 2.3.3.2 2.4.3.2", "schakelfiguur; transversale coördinatoren; coördinator", "synthesis",
  sides="nabije besturen:2.2.3.1; intergemeentelijk:2.3.3.2; regionaal:2.4.3.2")
Q(101, "How does the report handle the tension between farming and nature across the different tables?",
  "2.1.2 2.1.3.1 2.4.2", "balans; polemiek; evenwicht", "synthesis english",
  sides="additions 2.1:2.1.2; continue 2.1:2.1.3.1; additions 2.4:2.4.2")
Q(102, "Het uiteenvallen van inspanningen en aanbod komt in meerdere subfacetten terug als probleem. Waar en in welke vorm?",
  "2.1.3.3 2.2.3.3 2.4.3.3", "fragmenteren; versnipperd; versnippering", "synthesis",
  sides="stad-platteland:2.1.3.3; nabije besturen:2.2.3.3; regionaal:2.4.3.3")
Q(103, "Welke vormen van kennisuitwisseling tussen besturen en werkingen stelt het verslag op verschillende plaatsen voor?",
  "2.1.3.2 2.2.3.2 2.4.3.2", "plattelandslabo; Broodje Burger; lerende netwerken", "synthesis",
  sides="stad-platteland:2.1.3.2; nabije besturen:2.2.3.2; regionaal:2.4.3.2")
Q(104, "Het verslag spreekt zowel over een beperkte participatiecultuur bij gemeentepersoneel als over ontoegankelijke besturen. Hoe hangen die twee samen?",
  "2.2.3.3 2.5.3.3", "werkdruk|angst voor klachten; toegankelijker", "synthesis",
  sides="nabije besturen:2.2.3.3; gemeenschapskracht:2.5.3.3")
Q(105, "What role do the provinces play across the report, from lending staff to acting as an intermediate level?",
  "2.2.3.2 2.2.3.3 2.4.2", "provinciale medewerkers; provincies; tussenniveau", "synthesis english",
  sides="start 2.2:2.2.3.2; stop 2.2:2.2.3.3; additions 2.4:2.4.2")
Q(106, "Waarom pleit het verslag op meerdere plaatsen voor een aanpak op maat in plaats van één recept voor iedereen?",
  "2.1.2 2.2.3.3 2.4.1", "maatwerk; niet altijd toepasbaar; kustgebied", "synthesis",
  sides="stad-platteland:2.1.2; nabije besturen:2.2.3.3; regionaal:2.4.1")
Q(107, "Inwoners delen zichzelf niet op in beleidsdomeinen, zeggen de aanvullingen. Hoe zie je dat terug in de knelpunten van gemeenten rond participatie?",
  "2.5.2 2.5.3.3", "verwelkomende overheid|integraal; verkokerd|hokjes", "synthesis",
  sides="aanvullingen:2.5.2; stop:2.5.3.3")

# ------------------------------------------------------------------ refuse (108-139), hard, in-domain
R = "refuse"
Q(108, "Hoeveel budget krijgt het Klimaatmakersproject in Olen van de gemeente?", "", "", R)
Q(109, "Hoeveel euro per inwoner bedragen de burgerbudgetten die als krachtig instrument worden genoemd?", "", "", R)
Q(110, "Op welk artikel uit de regelgeving voor gemeenten en OCMW's steunen de burgerbudgetten?", "", "", R)
Q(111, "Welke Europese verordening legt de werking van de lokale actiegroepen binnen LEADER vast?", "", "", R)
Q(112, "Wat is het standpunt van Beweging.net over het right to challenge?", "", "", R)
Q(113, "Wat vindt de Vlaamse Vereniging Dorpsbelangen van de afbakening van dorpsraden tot beleidsbetrokkenheid?", "", "", R)
Q(114, "Wat is de naam van de persoon die in Leest (Mechelen) als dorpsconsulent aan de slag is?", "", "", R)
Q(115, "Wie waren de moderatoren die het verslag hebben nagelezen?", "", "", R)
Q(116, "Op welke datum start de Vlaamse uitrol van het Antwerpse plattelandslabo?", "", "", R)
Q(117, "Tegen wanneer moet de vereenvoudiging van de vzw-wetgeving voor kleine lokale vzw's rond zijn?", "", "", R)
Q(118, "Wat besliste het toekomstatelier over de open ruimte over de waterlandschappen?", "", "", R)
Q(119, "In welke gemeente werd het atelier rond een levendige en gezonde woonomgeving georganiseerd?", "", "", R)
Q(120, "Hoeveel gemeenten telt de provincie Antwerpen vandaag?", "", "", R)
Q(121, "Hoeveel inwoners telt Aarschot, waar vrijwilligers de digitale talentenbank opzetten?", "", "", R)
Q(122, "Welke maatregelen tegen geweld in gezinnen neemt men in Baldemorie, en wie voert ze uit?", "", "", R)
Q(123, "In welke gemeente werkt de Dorpencoördinator die als succesvol initiatief wordt vermeld, en sinds wanneer?", "", "", R)
Q(124, "Welke opleiding moet ik volgen om trajectbegeleider voor participatie te worden?", "", "", R)
Q(125, "Wij zijn een kleine vzw in Retie: welk nieuw statuut moeten we kiezen?", "", "", R)
Q(126, "Kan je me het aantal dorpsraden geven dat in alle Vlaamse provincies samen actief is?", "", "", R)
Q(127, "Hoeveel leveranciers telt de Antwerpse hub die als voorbeeld van samenwerking rond eten wordt genoemd?", "", "", R)
Q(128, "Om welk uur gingen de deelnemers in de Pastorij van start?", "", "", R)
Q(129, "Met welk AI-programma werd de input van de deelnemers verwerkt?", "", "", R)
Q(130, "Welk meetbaar resultaat heeft de aanpak rond eenzaamheid in Morkhoven tot nu toe opgeleverd?", "", "", R)
Q(131, "Geef de namen van alle besturen die via Broodje Burger ervaringen over inspraak uitwisselen.", "", "", R)
Q(132, "Wat is het telefoonnummer van de schakelfiguur in Mollenkoeij?", "", "", R)
Q(133, "Hoe vaak per jaar organiseren de gemeenten hun open avonden voor burgerparticipatie?", "", "", R)
Q(134, "Welke rechtsvorm heeft het netwerk ‘Lokaal Bestuur’ in de Kempen?", "", "", R)
Q(135, "Wanneer ging het Limburgse inrichtingsproject van de Vlaamse Landmaatschappij van start?", "", "", R)
Q(136, "What's the usual budget of a Dutch regiodeal, in euros?", "", "", R + " english")
Q(137, "Who moderated the table on the area-based and regional approach?", "", "", R + " english")
Q(138, "When was the Open Ruimte Platform launched?", "", "", R + " english")
Q(139, "How many villages does the dorpsconsulent in Leest cover?", "", "", R + " english")

# ------------------------------------------------------------------ controls (140-171), answerable look-alikes
Q(140, "Wie vormde samen met de Vlaamse, provinciale en lokale overheden het toekomstbeeld mee vorm tijdens de ateliers?",
  "inleiding", "middenveld; kennisinstellingen", "fact")
Q(141, "Waarop baseerden de deelnemers zich tijdens de gesprekken over de subfacetten?",
  "1", "inspirerende praktijken; uit het veld", "fact")
Q(142, "Wat bemoeilijkt volgens de kernpunten van de stad-plattelandtafel de samenwerking tussen bestuursniveaus en sectoren?",
  "2.1.3", "gescheiden beleidskaders; financieringsstromen", "fact")
Q(143, "Welk buitenland dient als model voor een orgaan dat steden en gemeenten zou ontzorgen bij hun ruimtelijke ontwikkeling?",
  "2.1.3.2", "Frankrijk", "fact")
Q(144, "In welke stad werken meerdere producenten samen en leveren ze aan een centrale hub?",
  "2.1.3.1", "Antwerpen", "fact")
Q(145, "Zitten provinciale experten voltijds bij kleine gemeenten, of slechts af en toe?",
  "2.2.3.2", "enkele dagen|per week", "fact")
Q(146, "Het verslag vermeldt een landschapspark als geslaagd initiatief tussen gemeenten. In welke gemeente ligt dat?",
  "2.3.3.1", "Voeren", "fact")
Q(147, "Welke instantie heeft een landinrichtingsproject in Limburg dat als succesvol initiatief wordt genoemd?",
  "2.3.3.1", "VLM", "fact")
Q(148, "Wat is volgens de synergieën van de regionale tafel de band tussen samenwerking tussen overheden en het werken per gebied?",
  "2.4.3.4", "gebiedsgericht; the willing", "fact")
Q(149, "Via welk communicatiekanaal houden schepenen, ambtenaren en burgers volgens het verslag contact met dorpsconsulenten?",
  "2.5.3.2", "WhatsApp-groepen", "fact")
Q(150, "Rond grond die eigendom is van de overheid ontstaan nieuwe samenwerkingen. Tussen wie?",
  "2.5.3.4", "burgercollectieven; landbouwers; lokale besturen", "fact")
Q(151, "Welke agentschappen van de Vlaamse overheid waren volgens de bijlage van de partij?",
  "bijlage", "Binnenlands Bestuur; Natuur en Bos; Onroerend Erfgoed", "fact")
Q(152, "Waaraan werken de inwoners die in Olen als Klimaatmakers actief zijn, en wat ging daaraan vooraf?",
  "2.5.3.1", "klimaatdoelstellingen; debat", "fact")
Q(153, "Waarvoor dienen burgerbudgetten volgens de goede praktijken rond gemeenschapskracht?",
  "2.5.3.1", "krachtig instrument; gemeentelijke beslissingen|buurtinitiatieven", "fact")
Q(154, "Zijn de regels van gemeente, provincie en Vlaanderen volgens de stad-plattelandtafel goed op elkaar afgestemd?",
  "2.1.3.3", "niet altijd; tegengehouden", "fact")
Q(155, "Stond er op de deelnemerslijst ook een organisatie die specifiek de belangen van dorpen verdedigt?",
  "bijlage", "Vlaamse Vereniging Dorpsbelangen|Dorpsbelangen", "fact")
Q(156, "Welke functie neemt in Leest (Mechelen) een gelijkaardige rol op als de straatambassadeur in Eeklo?",
  "2.5.3.1", "dorpsconsulent", "fact")
Q(157, "Met welke hogeschool wordt het project Zorgzame buurten uitgevoerd?",
  "2.5.3.1", "Thomas More", "fact")
Q(158, "Wat hebben kleine plattelandsorganisaties volgens de aanvullingen rond gemeenschapskracht nodig?",
  "2.5.2", "ondersteuning; experimenten; passend budget", "fact")
Q(159, "Hoeveel ateliers gingen er in de reeks al vooraf aan dit atelier over besturen en burgers?",
  "inleiding", "vijfde", "fact")
Q(160, "Welke gemeentebesturen stonden op de deelnemerslijst van het atelier?",
  "bijlage", "Hove; Mol; Retie|Ravels", "fact")
Q(161, "Welk initiatief in Morkhoven noemen de deelnemers, en waarover gaat het?",
  "2.3.3.1", "vereenzaming", "fact")
Q(162, "Wat levert de dorpskrant ‘Iedereen Leest’ op, naast inclusieve communicatie?",
  "2.5.3.1", "informele ontmoetingen; sociale netwerken", "fact")
Q(163, "We starten binnenkort een project met subsidies. Waar moeten we volgens het verslag al van bij het begin aan denken?",
  "2.3.3.2", "opvolging; beheer; financiering", "paraphrase")
Q(164, "Als gemeente raken we maar moeilijk aan jongeren voor ons beleid. Hoe pakken we dat best aan?",
  "2.5.3.4", "leefwereld; jeugdbewegingen|informele netwerken", "paraphrase")
Q(165, "Bij onze inspraakavonden spreken altijd dezelfde mondige mensen. Wat kunnen we als bestuur anders doen?",
  "2.5.3.3", "proactieve houding; welzijnsorganisaties; directe gesprekken", "paraphrase")
Q(166, "Welke praktijken om de gemeente dichter bij haar inwoners te brengen zijn er in Mollenkoeij en elders, naast het vaste aanspreekpunt?",
  "2.2.3.1", "mobiel onthaal; wijkwerking", "fact")
Q(167, "How many local governments share knowledge on citizen participation in the Kempen network?",
  "2.2.3.2", "27", "fact english")
Q(168, "Who supports the digital talent bank that volunteers set up in Aarschot?",
  "2.5.3.1", "Saamo; lokaal bestuur", "fact english")
Q(169, "Which organisation works with Bond Beter Leefmilieu on setting up cooperative neighbourhood shops?",
  "2.5.3.1", "Groene Kring", "fact english")
Q(170, "In which place was a fixed contact person appointed between the villages and the municipal council?",
  "2.2.3.1", "Mollenkoeij", "fact english")
Q(171, "Which city is given as an example of supporting the villages around it while balancing digital and physical services?",
  "2.2.3.4", "Sint-Niklaas", "fact english")

# ------------------------------------------------------------------ conversations (14 x 3 turns)
C(1,
  T("Waarom werken voedselcoalities en waterlandschappen goed als vorm van samenwerking tussen stad en platteland?",
    "2.1.3.1", "gelijkwaardig|gelijkwaardige stem; gedeelde verantwoordelijkheid"),
  T("Wat maakt dat soort samenwerking vandaag nog lastig?", "2.1.3.3", "beleidskaders; capaciteitstekorten|capaciteit",
    "kind-switch pronoun"),
  T("En met welke hefbomen wil de tafel het breder uitrollen?", "2.1.3.2", "structurele; begeleiding|coaching", "kind-switch"))
C(2,
  T("What gets in the way of area-based working, according to the table on regional approaches?", "2.4.3.3",
    "versnippering|overlap; subsidies", "english"),
  T("And what would help to scale those initiatives up instead?", "2.4.3.2", "the willing; mandaat",
    "kind-switch english"),
  T("How does this tie in with cooperation between different authorities?", "2.4.3.4",
    "besturen nodig; gebiedsgericht", "kind-switch english"))
C(3,
  T("Welke rol kunnen gemeentemedewerkers met veel burgercontact opnemen volgens de tafel over sterke en nabije besturen?",
    "2.2.3.2", "ambassadeurs; aanspreekpunten"),
  T("Gebeurt dat ergens al, of is het alleen een idee?", "2.2.3.1", "Kempen; groendienstmedewerkers|eerstelijnsmedewerkers",
    "kind-switch"),
  T("Los daarvan: wat doet een dorpsraad als sociale motor in een dorp?", "2.5.3.1", "bestuursakkoord; ouderen",
    "independent"))
C(4,
  T("Wat kan een regiodeal betekenen voor samenwerking tussen gemeenten?", "2.3.3.2",
    "meerjarige financiering; bundelen"),
  T("Welke geldkwesties zorgen vandaag voor wrijving wanneer gemeenten over hun grenzen heen samenwerken?", "2.3.3.3",
    "kostenverdeling; cofinancieren|cofinanciering", "kind-switch"),
  T("En los van het geld, hoe zit het met de opvolging van projecten?", "2.3.3.3",
    "subsidieperiode; ontmoedigd|verdwijnt", "new-aspect"))
C(5,
  T("Welke rol spelen thematische werkgroepen bij de versterking van dorpsgemeenschappen?", "2.5.3.1",
    "klimaat|buurtgroen"),
  T("Hoe kan je die volgens de voorstellen breder inzetten?", "2.5.3.2", "drempel; concrete resultaten",
    "kind-switch pronoun"),
  T("En wat maakt het in sommige dorpen moeilijk om daarmee te starten?", "2.5.3.3", "sociale cohesie; draagvlak",
    "kind-switch"))
C(6,
  T("What does the report say about people being confused by words like participation, co-creation and ownership?",
    "2.5.3.3", "onduidelijk; verwarring", "english"),
  T("So what should a municipality put in place to avoid that?", "2.5.3.2", "participatiekader; projectafbakening",
    "kind-switch pronoun english"),
  T("And how does this work connect with the care sector?", "2.5.3.4", "zorgsector; straatambassadeurs",
    "kind-switch english"))
C(7,
  T("Waarom volstaat morele steun niet voor een regionale coalitie?", "2.4.3.2", "mandaat; financiële middelen"),
  T("Waar loopt zo'n coalitie vandaag vast bij het verantwoorden van haar budgetten?", "2.4.3.3",
    "administratieve last; elke euro", "kind-switch"),
  T("Een heel andere vraag: waarom wil het toekomstbeeld over intergemeentelijke samenwerking de bovenlokale samenwerking meer bundelen?",
    "2.3.1", "gecoördineerde inzet; geïntegreerde aanpak", "independent"))
C(8,
  T("Welke vervoersoplossingen voor het platteland komen aan bod bij de synergieën van de tafel over nabije besturen?",
    "2.2.3.4", "deelfietsen; vervoerregio's"),
  T("Loopt er al iets concreets in gemeenten voor mensen die vast zitten zonder vervoer?", "2.2.3.1",
    "taxicheques; mobiliteitsnood", "kind-switch"),
  T("En voor welzijn en sport?", "2.2.3.4", "OCMW's; jeugdwerk|buurtsportinitiatieven", "new-aspect"))
C(9,
  T("Wat zeggen de aanvullingen over burgers die minder mondig zijn?", "2.5.2", "gestimuleerd; stem"),
  T("Waarom raken die groepen vandaag zo moeilijk betrokken bij inspraak?", "2.5.3.3", "meest mondige|gedomineerd; stille",
    "kind-switch pronoun"),
  T("Welke organisaties of beleidsvelden kunnen daarbij helpen?", "2.5.3.4", "Arktos|Saamo; kwetsbare doelgroepen",
    "kind-switch"))
C(10,
  T("Waarom spreekt de tafel over sterke en nabije besturen van een beperkte participatiecultuur?", "2.2.3.3",
    "werkdruk; training|angst voor klachten"),
  T("Hoe willen ze die cultuur doen kantelen?", "2.2.3.2", "cultuurverandering|organisatiecultuur; wijkteams|koffiemomenten",
    "kind-switch pronoun"),
  T("Andere vraag: welk beeld van de relatie tussen stedelijke en landelijke gebieden schetst men voor 2050?", "2.1.1",
    "netwerk; elkaar versterken", "independent"))
C(11,
  T("Waarom kan een coalitie in de regio niet zonder iemand die alles coördineert?", "2.4.3.2", "overzicht; afstemming|kennisdeling"),
  T("Waar botst die manier van werken op bij de overheid?", "2.4.3.3", "top-down; praktijkervaring|theoretisch",
    "kind-switch pronoun"),
  T("En de uitwisseling van ervaringen tussen gebiedsgerichte werkingen?", "2.4.3.2",
    "lerende netwerken; kennisdatabanken", "new-aspect"))
C(12,
  T("Welke drempel vormen personeel en knowhow voor kleine gemeenten in samenwerkingen tussen stad en platteland?", "2.1.3.3",
    "expertise; menskracht"),
  T("Hoe willen de deelnemers hen daarbij helpen?", "2.1.3.2", "begeleiding|coaching; plattelandslabo",
    "kind-switch pronoun"),
  T("Los daarvan: wat vraagt horizontale en transversale samenwerking volgens de synergieën van de intergemeentelijke tafel?",
    "2.3.3.4", "mentaliteitswijzigingen; stabiel beleid", "independent"))
C(13,
  T("Welke middelen gebruikt het project rond zorgzame buurten om bewoners te laten omkijken naar elkaar?", "2.5.3.1", "huisbezoeken; buurtambassadeurs|babbelcafés"),
  T("Wat is het nadeel van zo'n aanpak met bezoeken aan huis?", "2.5.3.3", "tijd- en geldrovend",
    "kind-switch pronoun"),
  T("En de dorpsraad, waar moet die zich op richten?", "2.5.3.3", "beleidsbetrokkenheid; individuele klachten",
    "new-aspect"))
C(14,
  T("Waarom worden beleidsplannen volgens de intergemeentelijke tafel nog te vaak apart opgesteld?", "2.3.3.3",
    "isolatie; silo|sectorale aanpak"),
  T("Welke oplossing zien ze daarvoor bij de opschaling?", "2.3.3.2", "transversale coördinatoren; regisseur", "kind-switch"),
  T("Different question: what does the report say about the jumble of regional boundaries and partnerships?", "2.2.3.3",
    "wildgroei; onduidelijkheid; Polders en Wateringen", "independent english"))


# ------------------------------------------------------------------ leakage check + write
def leaks(question, fact_groups):
    out = []
    q = question.lower().replace("\u2019", "'")
    for g in fact_groups:
        if len(g) == 1:
            t = g[0].lower()
            if re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", q):
                out.append(g[0])
    return out


def main():
    bad = []
    for it in QUESTIONS:
        for t in leaks(it["question"], it["facts"] + it.get("items", [])):
            bad.append((it["id"], t))
    for c in CONVERSATIONS:
        for n, t in enumerate(c["turns"], 1):
            for term in leaks(t["question"], t["facts"]):
                bad.append(("%s/t%d" % (c["id"], n), term))
    print("fact leakage hits: %d" % len(bad))
    for b in bad:
        print("  leak: %s %r" % b)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for it in QUESTIONS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
        for c in CONVERSATIONS:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d questions, %d conversations" % (len(QUESTIONS), len(CONVERSATIONS)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
