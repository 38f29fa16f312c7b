#!/usr/bin/env python3
"""Throw-away serialiser for the cold c15 gold set. Every item below was written by hand from the report.

Writes questions.jsonl and conversations.jsonl next to this file and runs a fact-leakage check:
a single-alternative fact term or list-item term must not occur (as a whole word) in its own question/turn.
Notation: facts "a|b; c" = [["a", "b"], ["c"]]; gold "2.1.3.1 2.1.3.3" = ["2.1.3.1", "2.1.3.3"].
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def groups(s):
    return [[t.strip() for t in g.split("|")] for g in s.split(";")] if s.strip() else []


Q = []


def q(question, gold, facts, tags, items=None, sides=None):
    it = {"id": "c15q%03d" % (len(Q) + 1), "question": question, "gold_sections": gold.split() if gold else [],
          "facts": groups(facts), "tags": tags.split()}
    if items is not None:
        it["items"] = groups(items)
    if sides is not None:
        it["sides"] = [{"name": n, "sections": s.split()} for n, s in sides]
        it["gold_sections"] = sorted({x for _, s in sides for x in s.split()},
                                     key=lambda x: [int(p) if p.isdigit() else p for p in x.split(".")])
    it["split"] = "test"
    Q.append(it)


def ref(question, tags="refuse"):
    q(question, "", "", tags)


# ------------------------------------------------------------------ fact (001-025)
q("Welke partijen hielpen, naast de organisatoren, het toekomstbeeld uitwerken in de reeks ateliers van het Plattelandspact?", "inleiding",
  "middenveld|kennisinstellingen; provinciale|lokale overheden", "fact")
q("Is dit verslag een officieel document met een formeel statuut, of eerder iets anders?", "status-van-dit-document",
  "geen formele status|werkdocument", "fact")
q("Wat was de bedoeling van de laatste stap van het atelier, na de gesprekstafels?", "1",
  "feedback|ideeën; niet rechtstreeks", "fact")
q("Samengevat in één zin: welk beeld van stad en platteland gaf men de deelnemers bij de start van die sessie mee?", "2.1.1",
  "netwerk; elkaar versterken|dynamisch", "fact")
q("Welk type gemeenten, tussen stad en platteland in, verdient volgens de aanvullingen ook aandacht?", "2.1.2",
  "peri-urbane", "fact")
q("Wat maakt de samenwerking tussen bestuursniveaus en sectoren moeilijk, volgens de kernpunten van de discussie in 2.1.3?", "2.1.3",
  "gescheiden beleidskaders|financieringsstromen", "fact")
q("Welk voorbeeld uit Antwerpen wordt aangehaald om samenwerking rond een verbindend thema te illustreren?", "2.1.3.1",
  "voedselhubs|centrale hub; producenten", "fact")
q("Wat verstaan de deelnemers onder 'vanuit dialoog werken' bij de opschaling van stad-plattelandsamenwerking?", "2.1.3.2",
  "partners; concrete actie|beleid", "fact")
q("Ook in nieuwe, thematisch opgezette initiatieven rond voedsel, water of ruimte schuilt een gevaar. Welk?", "2.1.3.3",
  "naast elkaar|gefragmenteerd; territoriale werking", "fact")
q("Wat zeggen de deelnemers over energieopwekking en de verhouding tussen stad en platteland?", "2.1.3.4",
  "afnemers; zonneparken|wind-", "fact")
q("Binnen welk bestuursmodel plaatst het toekomstbeeld de lokale besturen van 2050?", "2.2.1",
  "gelaagd", "fact")
q("Welke taken liggen moeilijk voor een lokaal bestuur net omdat het zo dicht bij de burger staat?", "2.2.2",
  "handhaving; vergunningen weigeren", "fact")
q("Zijn er voorbeelden waarbij bewoners zelf mee een buurtpunt runnen en beheren?", "2.2.3.1",
  "toeristische raad|gemeenschapscentra", "fact")
q("Welke ondersteuning door de provincie aan kleinere gemeenten noemen de deelnemers als goed voorbeeld?", "2.2.3.2",
  "provinciale medewerkers; expertise", "fact")
q("Kleine gemeenten komen mensen en middelen tekort; welke intercommunale wordt als voorbeeld genoemd die daar al bij helpt?", "2.2.3.3",
  "IOK", "fact")
q("Hoe krijgen burgers inspraak op het vlak van toerisme en cultuur, volgens de synergiën van sterke en nabije besturen?", "2.2.3.4",
  "toeristische raden|cultuurhuizen|lokale evenementen", "fact")
q("Wat voegen provincie en Vlaanderen toe aan de terreinkennis en daadkracht van gemeenten, in het beeld over samenwerking tussen besturen?", "2.3.1",
  "helikopterperspectief|bovenlokale kennis", "fact")
q("Hoe omschrijven de deelnemers het subsidiariteitsbeginsel als leidend principe?", "2.3.2",
  "hogere instantie; lagere instantie", "fact")
q("Welk project in Voeren staat in de lijst van succesvolle beleidsinitiatieven?", "2.3.3.1",
  "landschapspark", "fact")
q("Welke rol nemen neutrale, transversale coördinatoren op volgens de opschalingsacties van 2.3?", "2.3.3.2",
  "regisseur|één aanspreekpunt; stemmen af|faciliteren", "fact")
q("Waarover ontstaat vaak discussie als de grenzen van een project niet samenvallen met die van de gemeenten?", "2.3.3.3",
  "kostenverdeling", "fact")
q("Welke randvoorwaarden rond beleid en geld zijn nodig voor horizontale en transversale samenwerking?", "2.3.3.4",
  "stabiel beleid; structurele financiering", "fact")
q("Het beeld over de gebiedsgerichte aanpak verwijst naar twee soorten trajecten waarin alle belangen afgewogen worden. Welke?", "2.4.1",
  "landinrichtingsprojecten|waterlandschappen", "fact")
q("Via welke kanalen willen de deelnemers de communicatie over een regionale aanpak laten verlopen?", "2.4.2",
  "VVSG|koepels; lokale partners", "fact")
q("Welke partners werken samen aan de Landbouwkalender in de Westhoek?", "2.4.3.1",
  "mutualiteiten|CAW|OCMW", "fact")

# ------------------------------------------------------------------ paraphrase (026-055)
q("Zit het verschil tussen stedelingen en dorpelingen vooral in de hoofden, of is het echt?", "2.1.2",
  "mentale afstand", "paraphrase")
q("Weten gewone mensen eigenlijk genoeg over hoe boeren werken, en wie moet daar iets aan doen?", "2.1.2",
  "gezamenlijke uitdaging|kennis over landbouw", "paraphrase")
q("Hoe krijg je boeren en natuurmensen rond de tafel zonder dat het meteen op ruzie uitdraait?", "2.1.3.1",
  "objectieve|data; win-win", "paraphrase")
q("Hoe kan Vlaanderen gemeenten aanmoedigen om verder te kijken dan hun eigen grondgebied?", "2.1.3.2",
  "financiering; silo", "paraphrase")
q("Waarom helpt los projectgeld weinig als gemeenten echt langdurig willen samenwerken?", "2.1.3.3",
  "versnipperd; structurele", "paraphrase")
q("Kan samenwerking tussen de stad en het buitengebied ook centen uitsparen?", "2.1.3.4",
  "meer impact|minder middelen", "paraphrase")
q("Wat heeft samenwerken tussen stad en land te maken met hoe gezond mensen zijn?", "2.1.3.4",
  "luchtkwaliteit|ontmoeten|voedselketens", "paraphrase")
q("Hoe stelt men zich de gemeente van de toekomst voor: slagvaardig genoeg om haar taken zelf goed te doen?", "2.2.1",
  "wendbaar|wendbare; bestuurskracht|middelen", "paraphrase")
q("Waarom is het niet genoeg om gemeenten gewoon zelf te laten kiezen of ze samenwerken?", "2.2.2",
  "vrijwilligheid; sneller", "paraphrase")
q("Wat hebben buurgemeenten nodig om hun samenwerking wat ordelijker aan te pakken?", "2.2.2",
  "methodieken; afspraken over verwachtingen", "paraphrase")
q("Wat helpt om mensen die het financieel moeilijk hebben weer dichter bij het gemeentehuis te brengen?", "2.2.3.1",
  "persoonlijk contact|informele", "paraphrase")
q("Kunnen een paar kleine gemeenten samen mensen aannemen die in de buurten gaan werken?", "2.2.3.1",
  "opbouwwerkers; middelen bundelen", "paraphrase")
q("Hoe maak je meepraten over het beleid iets gewoons in een gemeente, en niet iets wat af en toe eens gebeurt?", "2.2.3.2",
  "koffiemomenten|open avonden; vast onderdeel|cultuurverandering", "paraphrase")
q("Helpt het om het kluwen van samenwerkingsverbanden en regiostructuren wat op te kuisen?", "2.2.3.2",
  "transparanter|eenvoudiger; administratieve lasten", "paraphrase")
q("Er bestaan zoveel verschillende indelingen in regio's; is dat eigenlijk een probleem?", "2.2.3.3",
  "wildgroei; onduidelijkheid", "paraphrase")
q("Wie ontbrak er aan tafel toen gepraat werd over de slagkracht van gemeenten, en waarom is dat jammer?", "2.2.3.3",
  "afwezig; onderbelicht", "paraphrase")
q("Hoe zorg je dat mensen zonder computer niet uit de boot vallen als alles online gaat?", "2.2.3.4",
  "fysieke nabijheid; kwetsbare burgers", "paraphrase")
q("Welke overheden moeten elkaar volgens het toekomstbeeld nodig hebben om hun plannen voor het platteland waar te maken?", "2.3.1",
  "provincies|Vlaamse overheid; wederzijds afhankelijk", "paraphrase")
q("Praten we niet te veel over organigrammen en te weinig over wat we samen willen bereiken?", "2.3.2",
  "inhoud|methodes", "paraphrase")
q("Hoe zorg je dat een ambtenaar ook buiten zijn eigen dienst mag meewerken aan een gezamenlijk project?", "2.3.3.2",
  "gemandateerd; takenpakket", "paraphrase")
q("Wat moet je binnen zo'n gebied afspreken over wie trekt, wie betaalt en wie achteraf opvolgt?", "2.3.3.2",
  "rolverdeling|trekker; financiert|faciliteert", "paraphrase")
q("Waarom slagen rijkere gemeenten er beter in om subsidies binnen te halen?", "2.3.3.3",
  "kapitaalkrachtigere; ongelijk speelveld", "paraphrase")
q("Gemeenten moeten al zo veel beleidsplannen schrijven; weegt dat ook op samenwerking?", "2.3.3.3",
  "planlast", "paraphrase")
q("Wat gebeurt er met een samenwerking als alles hangt aan die ene persoon die vertrekt?", "2.3.3.3",
  "persoonsgebonden|goodwill", "paraphrase")
q("Houdt wateroverlast op aan de grens van je eigen gemeente?", "2.4.1",
  "bovenlokaal", "paraphrase")
q("Moeten we nu echt nog nieuwe regio's uitvinden, of kunnen we beter bouwen op wat er al bestaat?", "2.4.2",
  "provincies; tussenniveau", "paraphrase")
q("Moet Vlaanderen zo'n lokale groep van partners tot in detail voorschrijven hoe ze moeten werken?", "2.4.3.2",
  "kaderstellende; zo lokaal", "paraphrase")
q("Zit je in elk nieuw overleg niet telkens met dezelfde gezichten rond de tafel?", "2.4.3.2",
  "wildgroei|overlegstructuren", "paraphrase")
q("Hoe komt het dat projectleiders met subsidies zoveel uren kwijt zijn aan verantwoording in plaats van aan het eigenlijke werk?", "2.4.3.3",
  "elke euro|administratieve last; verantwoorden", "paraphrase")
q("Weten de mensen die het beleid uittekenen wel hoe het er in het veld aan toe gaat?", "2.4.3.3",
  "praktijkervaring|te theoretisch", "paraphrase")

# ------------------------------------------------------------------ english (056-075)
q("What role does co-creation between urban and rural communities play in the 2050 vision?", "2.1.1",
  "norm; beleidsvorming|gebiedsontwikkeling", "english")
q("Participants said the needs and means of cities differ from those of the countryside. What does that call for?", "2.1.2",
  "maatwerk", "english")
q("Which themes were seen as connecting elements in the key points of the urban-rural discussion?", "2.1.3",
  "voedsel|water|natuur; klimaat|mobiliteit", "english")
q("Why does working with data specific to an area help persuade councils to join a partnership?", "2.1.3.1",
  "meerwaarde|overtuigen; gedeeld probleem|verstandhouding", "english")
q("How could cooperation between towns and rural areas help with renewable power and climate adaptation?", "2.1.3.4",
  "afspraken|energieproductie", "english")
q("What risk comes with local authorities being so close to the people they serve?", "2.2.2",
  "individuele belangen; algemeen belang", "english")
q("Apart from taxi vouchers, how are municipalities making themselves easier to reach for residents?", "2.2.3.1",
  "mobiel onthaal|wijkwerking", "english")
q("Why do rural municipalities feel short-changed by the way funds are distributed?", "2.2.3.3",
  "inwonersaantallen; specifieke noden", "english")
q("How are residents involved in climate policy, according to the synergies discussed at the table on strong local government?", "2.2.3.4",
  "Klimaatmakersproject|burgerparticipatieprojecten", "english")
q("How should cooperation above the municipal level change to get a more integrated approach?", "2.3.1",
  "geclusterd|gecoördineerde inzet", "english")
q("Which organisation's land development project in Limburg was listed among the successful initiatives?", "2.3.3.1",
  "VLM|landinrichtingsproject", "english")
q("What kind of financing do the Dutch regional deals offer, according to the scaling-up ideas for intermunicipal work?", "2.3.3.2",
  "langetermijnfinanciering|meerjarige financiering", "english")
q("Why are so many local plans poorly aligned with one another?", "2.3.3.3",
  "isolatie|beleidsdomein; sectorale aanpak|afstemming", "english")
q("Which current issues does the key message on area-based approaches say cross municipal borders?", "2.4.1",
  "klimaat|waterbeheer|mobiliteit|arbeidsmarkt", "english")
q("In area-based projects, why do partners who join by choice tend to get further than partnerships set up by decree?", "2.4.3.2",
  "motivatie|belang; gedeeld doel|vertrouwen", "english")
q("Besides local authorities, who else belongs in an area-based coalition, given its goal?", "2.4.3.2",
  "privé-sector|ondernemers|academici|middenveldorganisaties", "english")
q("Why should councils keep an eye on external partners that support participation processes?", "2.5.2",
  "invloed; duurzame samenleving", "english")
q("What kind of volunteering policy does the 2050 vision on community power foresee?", "2.5.1",
  "vrijwilligersbeleid; waardering|ondersteuning", "english")
q("Apart from spreading information, what does the village paper delivered door to door achieve?", "2.5.3.1",
  "ontmoetingen; sociale netwerken", "english")
q("What is the idea behind working with themes and working groups when involving residents?", "2.5.3.2",
  "drempel|concrete resultaten", "english")

# ------------------------------------------------------------------ list (076-087)
q("Op welke vlakken kan samenwerking tussen stad en platteland versterkend werken, volgens de algemene slotsom van de synergiën in 2.1?",
  "2.1.3.4", "systeemdenken; draagvlak|maatwerk", "list",
  items="Integraal systeemdenken|systeemdenken; Efficiënt gebruik|middelen; draagvlak|win-win; maatwerk")
q("Som alle acties op die de deelnemers voorstellen om de bestuurskracht van sterke en nabije besturen op te schalen.",
  "2.2.3.2", "ambassadeurs; kennisdeling; stroomlijnen", "list",
  items="intergemeentelijke samenwerking|regionaal niveau; ambassadeurs|gemeentemedewerkers; Netwerken en kennisdeling|Broodje Burger; "
        "structureel worden verankerd|vast onderdeel; vereenvoudigen|stroomlijnen")
q("Welke knelpunten voor intergemeentelijke en interbestuurlijke samenwerking worden er allemaal genoemd?",
  "2.3.3.3", "verkokerd; kostenverdeling; planlast", "list",
  items="verkokerd landschap|silo; kostenverdeling|ongelijke puzzel; planlast|capaciteitsgebrek; opvolging|verduurzaming; "
        "vertrouwen|eigenbelang")
q("Geef me de verschillende sporen om intergemeentelijke samenwerking op te schalen, zoals ze in de tussentitels staan.",
  "2.3.3.2", "coördinatoren; schaalniveau; regiodeals", "list",
  items="verkokerde structuren|transversale coördinatoren; structurele verankering|programmawerking; juiste schaalniveau|schaalniveau; "
        "regiodeals|gerichte subsidies")
q("What were the main points participants added to the vision on intermunicipal and intergovernmental cooperation? List them all.",
  "2.3.2", "capaciteitsproblemen; subsidiariteitsbeginsel; verkokering", "list english",
  items="capaciteitsproblemen|samenwerken loont; inhoud en methodes|structuren; subsidiariteitsbeginsel; verkokering|integraal")
q("Welke bouwstenen moet de samenwerking tussen burgers en bestuur omvatten om gemeenschapskracht op te schalen? Geef ze allemaal.",
  "2.5.3.2", "participatieladder; rolverdeling; subsidiariteit", "list",
  items="gezamenlijke visie|participatiekader; participatieladder; rolverdeling; dorpsraden|brugfiguren; werkgroepen|thema's; subsidiariteit")
q("Wat bemoeilijkt volgens de gesprekstafel over gemeenschapskracht het versterken van dorpen en het meedoen van bewoners? Geef alle obstakels.",
  "2.5.3.3", "sociale cohesie; stille; gemeentefusies", "list",
  items="sociale cohesie|draagvlak; toegankelijkheid; stille|kwetsbare; hokjes|verkokerd; begrippen|onduidelijk; gemeentefusies|dorpsraad; "
        "buurtgerichte|gemeenschapsgerichte")
q("Which towns or places are named in the good practices on community power, each with its initiative?",
  "2.5.3.1", "Aarschot; Leest; Olen", "list english",
  items="Aarschot|talentenbank; Eeklo|Meetjesland; Leest|Mechelen; Olen|Klimaatmakers")
q("Met welke beleidsvelden zien de deelnemers verbanden wanneer ze het over nabije, sterke gemeenten hebben? Ik wil de volledige lijst.",
  "2.2.3.4", "mobiliteitssector; welzijn; digitalisering", "list",
  items="mobiliteitssector|vervoerregio's; welzijn en sport; duurzaamheid en klimaat; toerisme en cultuur; digitalisering")
q("Wat kenmerkt de Regiodeals zoals ze bij de goede praktijken van de gebiedsgerichte aanpak beschreven worden? Alle kenmerken graag.",
  "2.4.3.1", "Nederland; contract; gebiedsniveau", "list",
  items="Instrument in Nederland|Nederland; contract|vraag van onderuit; geïntegreerde aanpak; gebiedsniveau|financiële afspraken")
q("Welke goede praktijken om besturen dichter bij de burger te brengen worden er allemaal vermeld bij sterke en nabije besturen?",
  "2.2.3.1", "opbouwwerkers; taxicheques; Mollenkoeij", "list",
  items="opbouwwerkers|middelen bundelen; ambassadeurs|eerstelijnsmedewerkers; gemeentepersoneel; buurtpunten|toeristische raad; "
        "taxicheques; mobiel onthaal|wijkwerking; Mollenkoeij|schakelfiguur; open avonden")
q("Met welke andere domeinen en groepen verbindt gemeenschapskracht zich volgens de synergiën? Geef een volledige opsomming.",
  "2.5.3.4", "zorgsector; jongeren; publieke gronden", "list",
  items="zorgsector|straatambassadeurs; vrijwilligers; jongeren|jeugdbewegingen; publieke gronden|burgercollectieven; "
        "Arktos|Saamo|middenveldorganisaties; intersectorale|regionale samenwerking")

# ------------------------------------------------------------------ synthesis (088-107)
q("Welke oplossingen stellen de deelnemers voor tegenover de drempels die kleine gemeenten ervaren in hun bestuurskracht?", None,
  "intergemeentelijke samenwerking; intercommunales|IOK", "synthesis",
  sides=[("start", "2.2.3.2"), ("stop", "2.2.3.3")])
q("Hoe verhouden de ideeën om coalities meer slagkracht te geven zich tot de kritiek op beleid dat van bovenaf wordt opgelegd, in de gebiedsgerichte aanpak?", None,
  "mandaat; top-down; vertrouwen", "synthesis",
  sides=[("start", "2.4.3.2"), ("stop", "2.4.3.3")])
q("Zet de voorgestelde cultuurverandering rond participatie naast de problemen die dorpen vandaag ondervinden.", None,
  "participatieladder|participatiekader; onduidelijk|toegankelijkheid", "synthesis",
  sides=[("start", "2.5.3.2"), ("stop", "2.5.3.3")])
q("Welke goede praktijken rond stad en platteland bestaan er al, en hoe willen de deelnemers die verder uitbouwen?", None,
  "voedselhubs|boerderijbezoeken; plattelandslabo|gezamenlijke pot", "synthesis",
  sides=[("continue", "2.1.3.1"), ("start", "2.1.3.2")])
q("Welke geslaagde initiatieven van samenwerking tussen gemeenten worden genoemd, en waarom dreigen zulke projecten vaak te verdwijnen?", None,
  "Neteland|Dorpencoördinator; subsidieperiode|opvolging", "synthesis",
  sides=[("continue", "2.3.3.1"), ("stop", "2.3.3.3")])
q("Vergelijk het toekomstbeeld van sterke lokale besturen met wat de deelnemers eraan toevoegden.", None,
  "regisseur|langetermijnvisie; subsidiariteitsprincipe|kruisbestuiving", "synthesis",
  sides=[("vision", "2.2.1"), ("additions", "2.2.2")])
q("Het toekomstbeeld pleit voor maatwerk per regio; sluiten de knelpunten uit de praktijk daarbij aan?", None,
  "kustgebied|heuvelachtig; top-down|theoretisch", "synthesis",
  sides=[("vision", "2.4.1"), ("stop", "2.4.3.3")])
q("How do the village-level practices on community power connect with the synergies participants saw with care and youth work?", None,
  "dorpsraad|straatambassadeur; zorgsector|jeugdbewegingen", "synthesis english",
  sides=[("continue", "2.5.3.1"), ("synergy", "2.5.3.4")])
q("Wat verwachten de deelnemers van de Vlaamse provincies, als je alle gesprekstafels samen bekijkt?", None,
  "plattelandslabo; provinciale medewerkers; tussenniveau", "synthesis",
  sides=[("stad-platteland", "2.1.3.2"), ("nabije besturen", "2.2.3.2 2.2.3.3"), ("regionale aanpak", "2.4.2")])
q("Waar duikt Water+Land+Schap op in het verslag en in welke rol?", None,
  "programmawerking; LEADER; lerende netwerken|onderling", "synthesis",
  sides=[("continuïteit", "2.3.3.2"), ("leren", "2.4.3.2"), ("overlap", "2.4.3.3")])
q("Hoe komt het principe dat beslissingen zo dicht mogelijk bij de burger horen terug in de verschillende tafels?", None,
  "subsidiariteitsprincipe|subsidiariteitsbeginsel; lagere instantie; type beslissing", "synthesis",
  sides=[("nabije besturen", "2.2.2"), ("samenwerking", "2.3.2"), ("gemeenschapskracht", "2.5.3.2")])
q("Structurele versus projectmatige financiering: wat zeggen de verschillende gesprekstafels daarover?", None,
  "gezamenlijke pot; versnipperd; structurele financiering", "synthesis",
  sides=[("stad-platteland", "2.1.3.2"), ("nabije besturen", "2.2.3.3"), ("samenwerking", "2.3.3.4")])
q("Across the report, what is said about residents with few digital skills and how councils can keep them on board?", None,
  "digitaal vaardige|digitale vaardigheden; digitalisering; fysieke nabijheid|loketwerking", "synthesis english",
  sides=[("additions", "2.2.2"), ("continue", "2.2.3.1"), ("stop", "2.2.3.3"), ("synergy", "2.2.3.4")])
q("Welke verandering in de manier van werken binnen gemeenten vragen de deelnemers telkens opnieuw?", None,
  "cultuuromslag|cultuurverandering; controle durven loslaten; faciliterende", "synthesis",
  sides=[("continue nabije besturen", "2.2.3.1"), ("start nabije besturen", "2.2.3.2"), ("aanvullingen", "2.5.2"),
         ("start gemeenschapskracht", "2.5.3.2")])
q("Hoe gaan de deelnemers om met gevoelens en identiteit wanneer dorpen en gemeenten veranderen?", None,
  "emoties|angst voor verandering; lokale identiteit; dorpsidentiteit", "synthesis",
  sides=[("stad-platteland", "2.1.2"), ("nabije besturen", "2.2.3.3"), ("gemeenschapskracht", "2.5.3.2")])
q("How do shared knowledge and data come back at the different tables, from urban-rural cooperation to area-based work?", None,
  "gebiedsgerichte data|objectieve; kennisdeling; lerende netwerken", "synthesis english",
  sides=[("continue", "2.1.3.1"), ("synergy", "2.1.3.4"), ("start", "2.4.3.2")])
q("Op welke manieren komt landbouw ter sprake als partner in samenwerking, van de stad tot wateroverlast en droogte en het gebruik van gemeentegrond?", None,
  "kennis over landbouw; waterproblematiek; burgercollectieven", "synthesis",
  sides=[("aanvullingen", "2.1.2"), ("continue", "2.4.3.1"), ("synergy", "2.5.3.4")])
q("How does the report deal with children and young people when it comes to having a say in village life?", None,
  "kinderdorpsraden; dorpsscholen; jeugdbewegingen", "synthesis english",
  sides=[("continue", "2.5.3.1"), ("start", "2.5.3.2"), ("stop", "2.5.3.3"), ("synergy", "2.5.3.4")])
q("Wat zegt het verslag over de vele verschillende afbakeningen van 'regio' en wie die zou moeten dragen?", None,
  "gebiedsindelingen; bestuurslaag; tussenniveau", "synthesis",
  sides=[("nabije besturen", "2.2.3.3"), ("visie", "2.4.1"), ("aanvullingen", "2.4.2")])
q("Hoe komen de Nederlandse Regiodeals aan twee verschillende gesprekstafels aan bod?", None,
  "gerichte subsidies|meerjarige; contract|gebiedsniveau", "synthesis",
  sides=[("samenwerking", "2.3.3.2"), ("regionale aanpak", "2.4.3.1")])

# ------------------------------------------------------------------ refuse (108-139)
ref("Hoeveel subsidie levert een visiedocument uit een Veerkrachtige dorpen-traject gemiddeld op?")
ref("Hoeveel betaalt een inwoner met een taxicheque per rit?")
ref("Op welke wettelijke basis kan een gemeenteraad een dorpsraad officieel erkennen?")
ref("In welk artikel van het decreet lokaal bestuur staat het right to challenge ingeschreven?")
ref("Hoe stond de VLM tegenover het pleidooi voor een Franse aanpak met een eigen ontwikkelingsentiteit?")
ref("Wat is het standpunt van Landelijke Gilden over het ter beschikking stellen van publieke gronden aan burgercollectieven?")
ref("Wie is de dorpencoördinator die bij de succesvolle beleidsinitiatieven genoemd wordt?")
ref("Welke moderator zat aan de tafel over gemeenschapskracht, en bij welke organisatie werkt die?")
ref("Wanneer zetten de Vlaamse minister en de partners hun handtekening onder het Plattelandspact?")
ref("Tegen wanneer moet er een bovenlokale Bouwmeester aangesteld zijn?")
ref("Wat waren de belangrijkste bouwstenen van het atelier over open ruimte, het eerste kernfacet?")
ref("Hoe groot is de bevolking van Aarschot, waar de talentenbank werd opgezet?")
ref("Tot welke provincie behoort Dessel?")
ref("Wat houdt Baldemorie precies in, en wie trekt dat initiatief?")
ref("Welke resultaten heeft het landinrichtingsproject van de VLM in Limburg al opgeleverd?")
ref("Hoeveel Vlaamse deelgemeenten beschikken vandaag over een eigen dorpsraad?")
ref("Aan hoeveel gemeenten werden Veerkrachtige dorpen-trajecten al begeleid?")
ref("Hoe vaak verschijnt de dorpskrant Iedereen Leest?")
ref("Ik ben landbouwer in de Westhoek en zit financieel krap: bij welk hulppunt kan ik precies terecht en wat is het telefoonnummer?")
ref("Hoe heet de Franse instantie voor territoriale ontwikkeling die als voorbeeld dient, en over welk jaarbudget beschikt ze?")
ref("In welk jaar zijn de Kempense besturen begonnen met hun uitwisseling in Broodje Burger?")
ref("Wat is het adres van de Pastorij in Olen waar het atelier doorging?")
ref("Uit welke subsidielijn wordt het project Zorgzame buurten van Thomas More gefinancierd?")
ref("Heeft de Vlaamse Regering het voorstel voor een schepen van gebiedsgerichte werking al goedgekeurd?")
ref("Welk percentage van de plattelandsgemeenten werkt vandaag met een burgerbudget?")
ref("Hoe lang duurde het toekomstatelier in de Pastorij, van begin tot einde?")
ref("Hoe tevreden waren de deelnemers over het verloop van het vijfde toekomstatelier?")
ref("Met welke software of welk taalmodel werd de tekst van dit verslag gegenereerd?")
ref("How much money does a Dutch regional deal typically provide to a region?", "refuse english")
ref("Who chairs the Vlaams Ruraal Netwerk that took part in the workshop?", "refuse english")
ref("When does the next round of the Veerkrachtige dorpen trajectories start?", "refuse english")
ref("How many residents have signed up to the digital talent bank in Aarschot so far?", "refuse english")

# ------------------------------------------------------------------ controls (140-171)
q("Wat leveren de visiedocumenten van de Veerkrachtige dorpen-trajecten op als een dorp subsidies wil aanvragen?", "2.5.3.1",
  "gerichter", "fact")
q("Voor wie zijn de taxicheques in gemeenten of regio's bedoeld?", "2.2.3.1",
  "mobiliteitsnood", "fact")
q("De deelnemers noemen een principe dat richting moet geven wanneer gemeenten samenwerken, omdat ze het dichtst bij de burger staan. Welk?", "2.2.2",
  "subsidiariteitsprincipe", "fact")
q("Welke mogelijkheid krijgen inwoners via R2C, en waar staan die letters voor?", "2.5.1",
  "right to challenge; goedkoper|efficiënter|beter", "fact")
q("Was de VLM, de Vlaamse dienst voor landinrichting, als organisatie aanwezig op het atelier?", "bijlage",
  "Vlaamse Landmaatschappij", "fact")
q("Burgercollectieven, boeren en gemeenten vinden elkaar soms rond grond die van de overheid is. Hoe precies?", "2.5.3.4",
  "publieke gronden", "fact")
q("Wie neemt in Leest een rol op die lijkt op die van de straatambassadeur?", "2.5.3.1",
  "dorpsconsulent", "fact")
q("Naar welk jaartal kijkt het traject voor een Plattelandspact vooruit?", "inleiding",
  "2050", "fact")
q("Op welke weekdag ging het vijfde toekomstatelier door?", "inleiding",
  "maandag", "fact")
q("Welk kernfacet van het toekomstbeeld draait rond economie?", "inleiding",
  "economische bedrijvigheid|vernieuwing", "fact")
q("Welk initiatief richtten vrijwilligers op in Aarschot?", "2.5.3.1",
  "talentenbank", "fact")
q("Rond welk thema werken Dessel en Retie samen?", "2.3.3.1",
  "welzijn", "fact")
q("Welke aanpak wordt er bij Morkhoven vermeld in de lijst van succesvolle beleidsinitiatieven?", "2.3.3.1",
  "vereenzaming", "fact")
q("Broodje Burger in de Kempen: met hoeveel besturen zijn ze?", "2.2.3.2",
  "27", "fact")
q("Worden de trajecten rond Veerkrachtige dorpen maar in een paar Vlaamse streken georganiseerd?", "2.5.3.1",
  "alle provincies", "fact")
q("Hoeveel tijd per week steken provinciale medewerkers in het voorbeeld uit het verslag in kleinere gemeenten?", "2.2.3.2",
  "enkele dagen|per week", "fact")
q("Wat zou een entiteit bevoegd voor territoriale ontwikkeling kunnen betekenen voor steden en gemeenten?", "2.1.3.2",
  "ontzorgen|kennisopbouw|financiering", "fact")
q("Welke onderwijsinstelling is partner in Zorgzame buurten?", "2.5.3.1",
  "Thomas More", "fact")
q("Hoe groot was de opkomst op het vijfde atelier, in aantal mensen?", "inleiding",
  "54", "fact")
q("Na welke termijn dreigt het Neteland-samenproject te stoppen als niemand de opvolging regelt?", "2.3.3.2",
  "drie jaar", "fact")
q("Welke les trekken de deelnemers voor de afronding van projecten: moet er meer gebeuren dan een eindrapport?", "2.4.3.3",
  "bijleren|bijschaven", "fact")
q("Welke gedeelde communicatiekanalen noemen de deelnemers tussen schepenen, ambtenaren en burgers?", "2.5.3.2",
  "WhatsApp-groepen|dorpsconsulenten", "fact")
q("What do the Regiodeals settle at area level, according to the good practices on regional approaches?", "2.4.3.1",
  "financiële afspraken|doelstellingen", "fact english")
q("Which LEADER area appears in the list of participating organisations?", "bijlage",
  "Hageland", "fact english")
q("Which network in the Kempen encourages councils to use front-line staff as ambassadors?", "2.2.3.1",
  "Lokaal Bestuur", "fact english")
q("Welke link leggen de deelnemers in de synergiën van de regionale aanpak tussen gebiedsgerichte werking en samenwerking tussen besturen?", "2.4.3.4",
  "besturen nodig|of the willing", "fact")
q("Welk duurzaam initiatief noemen de aanvullingen als iets wat ambtenaren en politici vanuit een gedeelde visie samen moeten waarmaken?", "2.5.2",
  "verbonden dorpen", "fact")
q("Vanuit welke traditionele rol vertrekken gemeentebesturen, en waarom volstaat die vandaag niet meer voor dorpsontwikkeling?", "2.5.3.3",
  "dienstverlenende|loketfunctie; outreachende", "fact")
q("Wie bewaart in een gebiedsgerichte coalitie het overzicht en verbindt de partners?", "2.4.3.2",
  "coördinator", "fact")
q("We gaan fuseren met twee buurgemeenten. Waar moeten we op letten om de dorpen niet kwijt te raken?", "2.5.3.2",
  "emotionele|dorpsidentiteit; gevoelens", "paraphrase")
q("Wij zijn een kleine gemeente zonder participatieambtenaar. Waar halen we kennis om inwoners beter te betrekken?", "2.2.3.2",
  "Broodje Burger|handleidingen|kennisdeling", "paraphrase")
q("Ons project raakt maar een klein stukje van onze gemeente; hoe verdelen we de kosten eerlijk met de andere partners?", "2.3.3.3",
  "eenvoudig en transparant|betrokkenheid", "paraphrase")

assert len(Q) == 171, len(Q)

# ------------------------------------------------------------------ conversations
C = []


def turn(question, gold, facts, tags=""):
    return {"question": question, "gold_sections": gold.split(), "facts": groups(facts), "tags": tags.split()}


def conv(*turns):
    C.append({"id": "c15c%02d" % (len(C) + 1), "tags": ["conversation"], "split": "test", "turns": list(turns)})


conv(turn("Waarom vinden de deelnemers dat thema's als voedsel en water stad en platteland kunnen verbinden?", "2.1.3.1",
          "gedeeld belang|één systeem"),
     turn("En wat zit er vandaag in de weg om daar samen werk van te maken?", "2.1.3.3",
          "beleidskaders|sectoraal|versnipperd", "kind-switch"),
     turn("Welke acties willen ze daartegen op poten zetten?", "2.1.3.2",
          "structurele|gezamenlijke pot|silo", "kind-switch pronoun"))
conv(turn("Hoe betrekken sommige gemeenten eerst hun eigen personeel bij participatietrajecten?", "2.2.3.1",
          "gemeentepersoneel; bredere burgerparticipatie|ervaringen"),
     turn("Hoe zou je dat in alle gemeenten een vaste plek kunnen geven?", "2.2.3.2",
          "structureel|vast onderdeel|open avonden", "kind-switch"),
     turn("Waar lopen die medewerkers vandaag nog tegenaan in het contact met inwoners?", "2.2.3.3",
          "werkdruk|angst voor klachten|training", "kind-switch pronoun"))
conv(turn("How does the farming calendar in the Westhoek work, and who is behind it?", "2.4.3.1",
          "hulppunten|regionale aanpak; mutualiteiten|OCMW", "english"),
     turn("And what would it take to grow regional approaches like that?", "2.4.3.2",
          "of the willing|coördinator|mandaat", "kind-switch pronoun english"),
     turn("What tends to get in the way today?", "2.4.3.3",
          "top-down|administratieve last|overlap", "kind-switch english"))
conv(turn("Welke plaats krijgen gemeenten in het bestuursmodel dat het toekomstbeeld voor samenwerking tussen overheden schetst?", "2.3.1",
          "basisschakel|genetwerkt"),
     turn("Hadden de deelnemers aan dat beeld nog iets toe te voegen of bij te sturen?", "2.3.2",
          "capaciteitsproblemen|uitvoeringsgericht|subsidiariteitsbeginsel", "kind-switch"),
     turn("Los daarvan: welke instellingen kunnen helpen om jongeren in dorpen te laten participeren?", "2.5.3.2",
          "dorpsscholen", "independent"))
conv(turn("Hoe worden kinderen betrokken bij de besluitvorming in hun dorp?", "2.5.3.1",
          "kinderdorpsraden|panels"),
     turn("Waarom lukt het vaak niet om jongeren echt te horen?", "2.5.3.3",
          "mondige|proactieve", "kind-switch"),
     turn("En hoe bereik je hen dan beter, aansluitend bij hun leefwereld?", "2.5.3.4",
          "jeugdbewegingen|informele netwerken", "kind-switch pronoun"))
conv(turn("Wat zegt het verslag over mobiliteit als verbinding tussen stad en platteland?", "2.1.3.4",
          "recreatief|functioneel; leefkwaliteit|bereikbaarheid"),
     turn("En voor energie?", "2.1.3.4",
          "zonneparken|afnemers|energieproductie", "new-aspect"),
     turn("Los daarvan: een coalitie rond een gebiedsgericht project krijgt vaak wel schouderklopjes, maar wat heeft ze echt nodig om te blijven draaien?", "2.4.3.2",
          "mandaat; financiële middelen", "independent"))
conv(turn("Welke voorstellen deden de deelnemers om de verkokering in de regionale aanpak te doorbreken?", "2.4.2",
          "beleidsdomeinen|evenwicht|gebiedsgerichte werking"),
     turn("Welke praktijken tonen dat zoiets vandaag al werkt?", "2.4.3.1",
          "Open Ruimte Platform|Zuid-West-Vlaanderen|Regiodeals", "kind-switch"),
     turn("En hoe hangen die samen met interbestuurlijke samenwerking?", "2.4.3.4",
          "gebiedsgericht|of the willing", "kind-switch pronoun"))
conv(turn("Wat is de participatieladder en waarom raden de deelnemers ze aan?", "2.5.3.2",
          "informeren|co-creatie; stapsgewijs"),
     turn("Waar loopt dat in de praktijk vaak fout?", "2.5.3.3",
          "begrippen|onduidelijk|verwarring", "kind-switch"),
     turn("Iets anders: wat zegt het toekomstbeeld van 2.1 over de territoriale effecten van sectoraal beleid?", "2.1.1",
          "beter begrepen|samen aangepakt", "independent"))
conv(turn("Waarom is een positieve ingesteldheid zo belangrijk bij samenwerking tussen overheden?", "2.3.3.2",
          "zijn we sterker|meer nabijheid"),
     turn("Welke bestaande initiatieven tonen dat het kan?", "2.3.3.1",
          "Dorpencoördinator|Dessel|Morkhoven|Voeren", "kind-switch"),
     turn("En wat met programmawerking?", "2.3.3.2",
          "Water+Land+Schap|continuïteit|gedeeld eigenaarschap", "new-aspect"))
conv(turn("Welk beeld schetst het toekomstbeeld van de lokale besturen tegen 2050?", "2.2.1",
          "krachtige|wendbare|nabije overheid"),
     turn("And how did the people at the table extend or correct that vision?", "2.2.2",
          "subsidiariteitsprincipe|kruisbestuiving|burgerbudgetten", "kind-switch pronoun english"),
     turn("En wat zeiden ze over burgers die digitaal minder sterk staan?", "2.2.2",
          "nieuwkomers|digitaal vaardige|sleutelrol", "new-aspect"))
conv(turn("Welke plaats geeft het toekomstbeeld voor 2050 aan verenigingen en organisaties tussen bestuur en samenleving?", "2.5.1",
          "bruggenbouwer|civiele actor"),
     turn("Zijn er organisaties die dat vandaag al in de praktijk doen?", "2.5.3.4",
          "Arktos|Saamo", "kind-switch"),
     turn("En voor de vrijwilligers?", "2.5.3.4",
          "erkennen|ondersteuning|informatieverspreiding", "new-aspect"))
conv(turn("Waarom is een regionale aanpak op maat nodig volgens de kernboodschap van 2.4?", "2.4.1",
          "regionale verschillen|contextuele factoren|maatwerk"),
     turn("Hoe willen de deelnemers die aanpak concreet laten groeien?", "2.4.3.2",
          "gedeelde belangen|organisch|of the willing", "kind-switch pronoun"),
     turn("Andere vraag: wat bedoelen de deelnemers met het lokaal bestuur als zachte regisseur?", "2.5.3.2",
          "faciliteren|toegankelijke bestuurscultuur", "independent"))
conv(turn("Waarom is er volgens de deelnemers een probleem met wie er aan het woord komt bij participatie?", "2.5.2",
          "oververtegenwoordiging|dezelfde stemmen|representativiteit"),
     turn("Zijn er voorbeelden waar men bewust meer verschillende stemmen laat horen?", "2.5.3.1",
          "Burgers aan zet|representativiteit|burgerbudgetten", "kind-switch"),
     turn("Wat moet er binnen de gemeentelijke organisatie veranderen om dat blijvend te maken?", "2.5.3.2",
          "structurele inbedding|participatiecultuur|cultuurverandering", "kind-switch"))
conv(turn("Waarom moeten lokale besturen kiezen tussen een buurtgerichte en een gemeenschapsgerichte aanpak?", "2.5.3.3",
          "geografische afbakening|sociale relaties|faciliterende"),
     turn("Welke projecten werken al buurtgericht aan zorg voor elkaar?", "2.5.3.1",
          "Zorgzame buurten|buurtambassadeurs|babbelcafés", "kind-switch"),
     turn("Unrelated question: what gets intermunicipal or thematic partnerships off the ground, according to the report?", "2.3.3.2",
          "gerichte subsidies|hefboomeffect", "independent english"))

assert len(C) == 14

# ------------------------------------------------------------------ leakage check
leaks = []


def leak(where, question, grps):
    for g in grps:
        if len(g) == 1 and re.search(r"(?<![\w-])" + re.escape(g[0].lower()) + r"(?![\w-])", question.lower()):
            leaks.append("%s: %r in question" % (where, g[0]))


for it in Q:
    leak(it["id"], it["question"], it["facts"])
    leak(it["id"] + "/items", it["question"], it.get("items", []))
for c in C:
    for n, t in enumerate(c["turns"], 1):
        leak("%s/t%d" % (c["id"], n), t["question"], t["facts"])

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for it in Q:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote %d questions, %d conversations" % (len(Q), len(C)))
print("fact leakage: %d" % len(leaks))
for l in leaks:
    print("  leak " + l)
sys.exit(1 if leaks else 0)
