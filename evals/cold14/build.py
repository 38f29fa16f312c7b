#!/usr/bin/env python3
"""Throw-away serialiser for the cold c14 gold set. Every item below was written by hand from the report.
Writes questions.jsonl and conversations.jsonl next to this file and runs a fact-leakage check:
any single-alternative fact or list-item term that occurs as a whole word in its own question is flagged."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
Q = []


def q(question, gold, facts, tags, items=None, sides=None):
    it = {"id": "c14q%03d" % (len(Q) + 1), "question": question, "gold_sections": gold, "facts": facts,
          "tags": tags, "split": "test"}
    if items is not None:
        it["items"] = items
    if sides is not None:
        it["sides"] = [{"name": n, "sections": s} for n, s in sides]
        it["gold_sections"] = sorted({x for _, s in sides for x in s}, key=gold.index) if gold else \
            [x for _, s in sides for x in s]
    Q.append(it)


def R(question, tags=("refuse",)):
    q(question, [], [], list(tags))


# ------------------------------------------------------------------ fact (001-025)
F = ["fact"]
q("Over welke twee soorten kracht ging het atelier in Olen?", ["inleiding"],
  [["bestuurskracht"], ["burgerkracht"]], F)
q("Is dit document een eindproduct, of dient het als onderdeel van iets groters?",
  ["status-van-dit-document"], [["Vlaams Plattelandspact"]], F)
q("Volgens welk stramien van vier vragen verliep de verdieping van de subfacetten?", ["1"],
  [["Continue"], ["Stop"]], F)
q("Rond welke uitdagingen hebben het platteland en de (peri-)urbane gebieden elkaar nodig in 2050?",
  ["2.1.1"], [["waterbeheer", "duurzaam landgebruik"], ["landbouwtransitie", "recreatie en toerisme"]], F)
q("Wat mist er volgens de deelnemers nog in het toekomstbeeld over een gemeenschappelijke toekomst van stad en platteland?",
  ["2.1.2"], [["financiële waardering"], ["holistisch denken"]], F)
q("Wat hopen de deelnemers aan het einde van het tafelgesprek stad-platteland dat het pact teweegbrengt?", ["2.1.3"],
  [["concrete stappen"], ["territoriaal beleid"]], F)
q("Hoe kun je volgens de goede praktijken de kloof in beleving tussen stedelingen en het platteland concreet verkleinen?",
  ["2.1.3.1"], [["boerderijbezoeken"], ["lokale supermarkt", "lokale productie"]], F)
q("Welk labo uit één provincie zou volgens de opschalingsvoorstellen Vlaanderenbreed moeten worden?", ["2.1.3.2"],
  [["plattelandslabo"], ["provincie Antwerpen"]], F)
q("Kan iets wat de gemeente goedkeurt later nog sneuvelen op een hoger niveau, volgens de drempels stad-platteland?",
  ["2.1.3.3"], [["tegengehouden"], ["Vlaams niveau"]], F)
q("Hoe kan het verdichten van steden helpen om het platteland open te houden, volgens de synergie met wonen?", ["2.1.3.4"],
  [["open ruimte"], ["betaalbaarheid", "verschillende woonvormen"]], F)
q("Welke regierol en tijdshorizon schrijft het beeld van 2050 aan de gemeentebesturen toe?",
  ["2.2.1"], [["regisseur"], ["langetermijnvisie"]], F)
q("Hoe kan gedeeld eigenaarschap tussen bestuur en inwoners volgens de aanvullingen versterkt worden?", ["2.2.2"],
  [["burgerbudgetten"], ["capaciteit bij inwoners", "formele trajecten"]], F)
q("Wat heeft men in Mollenkoeij ingevoerd zodat vragen uit de dorpen beter opgevolgd en teruggekoppeld worden?", ["2.2.3.1"],
  [["schakelfiguur"], ["vast aanspreekpunt"]], F)
q("Welke oproep aan ambtenaren om hun kantoor te verlaten zou ingebakken moeten raken in de werking van de gemeente?",
  ["2.2.3.2"], [["bureau vandaan"], ["ga naar buiten"]], F)
q("Welke vereniging geldt als inspirerend voorbeeld, tegenover de vele overlappende regio-indelingen?", ["2.2.3.3"],
  [["Polders en Wateringen"]], F)
q("Noem het voorbeeld van een stad die stad en platteland in samenhang benadert door ook haar randdorpen te helpen.", ["2.2.3.4"],
  [["Sint-Niklaas"]], F)
q("Hoe typeert het toekomstbeeld over intergemeentelijke samenwerking de regio?", ["2.3.1"],
  [["uitgelezen arena"]], F)
q("Wat bedoelen de deelnemers met de aanvulling 'van verkokering naar integraal'?", ["2.3.2"],
  [["geïntegreerd mogelijk"], ["thema's heen"]], F)
q("Welk initiatief van een Vlaams departement staat in het rijtje succesvolle beleidsinitiatieven rond samenwerking tussen gemeenten?",
  ["2.3.3.1"], [["strategische projecten"], ["departement Omgeving"]], F)
q("Wat kan volgens de tafel over intergemeentelijke samenwerking houvast bieden om afspraken over bestuursperioden heen te laten doorlopen?",
  ["2.3.3.2"], [["Convenanten"], ["lange termijn akkoorden"]], F)
q("Welke verandering in mentaliteit staat bovenaan de voorwaarden voor samenwerking over diensten heen, in de synergieën van de intergemeentelijke tafel?", ["2.3.3.4"],
  [["hokjes denken"]], F)
q("Welke nieuwe bevoegdheid in het schepencollege stellen de deelnemers voor bij de regionale aanpak?", ["2.4.2"],
  [["gebiedsgerichte werking"]], F)
q("Welke twee programma's lopen volgens de drempels bij gebiedsgericht werken in elkaar over zonder dat men de kansen benut?",
  ["2.4.3.3"], [["Water+Land+Schap"], ["LEADER"]], F)
q("Wat moet er juridisch gebeuren opdat kleine vzw's op het platteland kunnen blijven bestaan?",
  ["2.5.2"], [["vzw-wetgeving"]], F)
q("Welke organisatie zet samen met de Groene Kring in op coöperatieve buurtwinkels?", ["2.5.3.1"],
  [["Bond Beter Leefmilieu"]], F)

# ------------------------------------------------------------------ paraphrase (026-055)
P = ["paraphrase"]
q("Kunnen stad en platteland van elkaars kennis leren als het over wonen en vervoer gaat?", ["2.1.2"],
  [["wederzijdse expertise"]], P)
q("Is het geld voor het platteland vandaag vastgemaakt aan de grenzen van een gemeente?", ["2.1.2"],
  [["grondgebonden"]], P)
q("Over welke onderwerpen vinden stadsbewoners en plattelanders elkaar het makkelijkst?", ["2.1.3"],
  [["verbindende elementen"], ["voedsel", "water", "natuur", "klimaat"]], P)
q("Wat is nodig opdat in een samenwerking ook de kleinste partner echt gehoord wordt?", ["2.1.3.1"],
  [["gelijkwaardige stem"], ["schaalverschillen"]], P)
q("Pleiten de deelnemers voor gescheiden budgetten voor stedelijk en landelijk beleid?", ["2.1.3.2"],
  [["gezamenlijke pot"]], P)
q("Betekent een nieuwe subsidieoproep dat elke gemeente evenveel kans maakt om mee te doen?", ["2.1.3.3"],
  [["menskracht"], ["expertise", "capaciteit"]], P)
q("Maakt een stukje natuur vlak bij de stad de mensen gezonder en gelukkiger?", ["2.1.3.4"],
  [["welzijn"], ["korte afstand", "luchtkwaliteit"]], P)
q("Hoe staat de gemeente in 2050 tegenover haar inwoners en de ondernemers, als het van de deelnemers afhangt?",
  ["2.2.1"], [["nabije overheid"], ["betrouwbare partners"]], P)
q("Waar is een gemeentebestuur sterk in, en waar zijn de hogere overheden net beter in?", ["2.2.2"],
  [["terreinexpertise"], ["thematische diepgang"]], P)
q("Moeten burgemeesters en schepenen wat macht afgeven als ze meer met de buurgemeenten willen optrekken?",
  ["2.2.2"], [["loslaten"], ["mindshift", "regionale samenwerking"]], P)
q("Hoe krijg je mensen over de vloer die nooit naar een adviesraad komen?", ["2.2.3.1"],
  [["open avonden"]], P)
q("Laten gemeenten eerst hun eigen personeel meepraten voor ze de bredere bevolking bevragen?", ["2.2.3.1"],
  [["gemeentepersoneel"], ["burgerparticipatie"]], P)
q("Kunnen kleine gemeenten samen iets tegen armoede doen wat ze alleen niet rondkrijgen?", ["2.2.3.2"],
  [["armoedeprojecten"]], P)
q("Moet een gemeente kiezen tussen groot en slagkrachtig of klein en dichtbij?", ["2.2.3.2"],
  [["evenwicht"], ["lokale identiteit", "bovenlokale identiteit"]], P)
q("Waar zijn inwoners bang voor als hun gemeente samensmelt met de buurgemeente en het loket verdwijnt?", ["2.2.3.3"],
  [["lokale identiteit"], ["verder weg", "loketten verdwijnen"]], P)
q("Kun je wat in een stad goed werkt zomaar kopiëren naar een dorp?", ["2.2.3.3"],
  [["toepasbaar"], ["specifieke noden"]], P)
q("Met welke partners zoeken gemeenten toenadering als het over zorg, sport en jongeren gaat?", ["2.2.3.4"],
  [["OCMW's", "welzijnsorganisaties"], ["buurtsportinitiatieven", "jeugdwerk"]], P)
q("Blijven gemeenten in dat toekomstbeeld baas over hun eigen zaken terwijl ze meer met anderen samenwerken?",
  ["2.3.1"], [["zelfstandigheid", "autonomie"]], P)
q("Lost samenwerken het personeelstekort van plattelandsgemeenten helemaal op?", ["2.3.2"],
  [["capaciteitsproblemen"], ["gedeeltelijk"]], P)
q("Wat gebeurt er met een geslaagd project als het geld na een paar jaar opdroogt, en hoe voorkom je dat?",
  ["2.3.3.2"], [["structurele inbedding", "structurele verankering"], ["opvolging"]], P)
q("Zet je een samenwerking liefst op rond een heel tastbaar doel of eerder rond een vage ambitie?", ["2.3.3.2"],
  [["realisatiegericht"], ["concreet"]], P)
q("Waarom zijn gemeenten vaak terughoudend om open kaart te spelen en geld in te brengen wanneer ze samenwerken?", ["2.3.3.3"],
  [["vertrouwen"], ["eigen belang", "eigenbelang"]], P)
q("Kijkt iemand achteraf na wat een project ons eigenlijk geleerd heeft?", ["2.3.3.3"],
  [["zelden geëvalueerd"], ["leerlessen"]], P)
q("Kun je een aanpak van de kust zomaar overnemen in een heuvelstreek?", ["2.4.1"],
  [["maatwerk"]], P)
q("Wie moet alle projecten in een streek op elkaar afstemmen als die streek zelf geen eigen bestuur heeft?",
  ["2.4.1"], [["netwerkverband"], ["bestuurslaag"]], P)
q("Is één bezield iemand binnen een organisatie soms genoeg om de rest mee te krijgen?", ["2.4.3.2"],
  [["gedreven persoon"]], P)
q("Moet een samenwerking meteen alles tegelijk aanpakken, of mag je klein beginnen met één onderwerp?", ["2.4.3.2"],
  [["één thema"], ["uitgroeien"]], P)
q("Waarom blijven mensen op het terrein soms op hun hoede als er iemand van buitenaf komt meewerken?", ["2.4.3.3"],
  [["niet van hier", "dialecten"], ["vertrouwen"]], P)
q("Mogen politici pas op het einde van een inspraaktraject aanschuiven om te beslissen?", ["2.5.2"],
  [["hele proces"], ["vertrouwen", "gedragen beleid"]], P)
q("Moet een dorpsraad ook de klachten van individuele bewoners behandelen?", ["2.5.3.3"],
  [["beleidsbetrokkenheid"]], P)

# ------------------------------------------------------------------ english (056-075)
E = ["english"]
q("How does the city-countryside vision want to shrink gaps in the quality of government and public services between places?",
  ["2.1.1"], [["territoriale agenda"], ["schaalvoordelen"]], E)
q("Is local identity still valued in the future picture of city and countryside working together?", ["2.1.1"],
  [["lokale identiteit"], ["fluïde", "verbonden samenleving"]], E)
q("How should the story about rural life be told without getting stuck in nostalgia?", ["2.1.2"],
  [["nieuw discours", "sterk verhaal"], ["dorpelijkheid", "identiteit"]], E)
q("Which country is held up as the model for a dedicated body handling territorial development?", ["2.1.3.2"],
  [["Frankrijk"]], E)
q("What kinds of cooperation between governments does the city-countryside synergy part have in mind?", ["2.1.3.4"],
  [["horizontaal"], ["verticaal"]], E)
q("Which groups of residents do local governments play a key role in reaching?", ["2.2.2"],
  [["nieuwkomers"], ["digitaal vaardige"]], E)
q("According to the participants, what does co-creating with residents cost and what does it deliver?", ["2.2.2"],
  [["tijd en middelen"], ["gedragen resultaten"]], E)
q("Who tends to feel far removed from their local council, and what makes that gap bigger?", ["2.2.3.1"],
  [["armoede"], ["gemeentefusies", "digitalisering"]], E)
q("What part do neighbourhood teams play in bringing the council closer to people?", ["2.2.3.2"],
  [["Wijkteams"], ["bewoners opzoeken", "buurt intrekken"]], E)
q("What's the problem with the support on offer to local governments being so project-driven?", ["2.2.3.3"],
  [["versnipperd"], ["duurzame oplossingen", "langetermijnvisie"]], E)
q("What attitude is set against the 'what's in it for me' mindset in the scaling-up part on intermunicipal cooperation?",
  ["2.3.3.2"], [["zijn we sterker"]], E)
q("What happens to a project's work once the subsidy period ends?", ["2.3.3.3"],
  [["ontmoedigd", "stagneert"], ["opgebouwde kennis"]], E)
q("What do participants say about cooperation in South-West Flanders?", ["2.4.3.1"],
  [["traditie van samenwerking"]], E)
q("How do neighbours get a hand in managing local meeting spots?", ["2.2.3.1"],
  [["buurtpunten"], ["beheer", "uitbating"]], E)
q("What should happen about generational change among volunteers and recognition of civil society?", ["2.5.3.2"],
  [["Generatiewissel"], ["verenigingen", "sociale cohesie"]], E)
q("What do participants think local governments need from Flanders before they can take the lead?", ["2.2.2"],
  [["regie"], ["Vlaamse en regionale", "ondersteund door Vlaanderen"]], E)
q("What new role has civil society grown into by 2050, according to the vision on community power?", ["2.5.1"],
  [["civiele actor"]], E)
q("Should policymakers keep a tight grip on participation processes?", ["2.5.2"],
  [["faciliterende", "coachende"], ["loslaten"]], E)
q("What do the Veerkrachtige dorpen trajectories combine, and what comes out of them?", ["2.5.3.1"],
  [["cijfermatige analyses"], ["visiedocumenten"]], E)
q("What do volunteers contribute to caring neighbourhoods, and what do they need in return?", ["2.5.3.4"],
  [["informatieverspreiding", "verbinding"], ["erkennen", "ondersteuning"]], E)

# ------------------------------------------------------------------ list (076-087)
L = ["list"]
q("Welke uitdagingen noteerde de gesprekstafel over de samenwerking tussen stad en platteland? Geef ze allemaal.",
  ["2.1.3"], [["Complexiteit"], ["Capaciteitsverschillen"]], L,
  items=[["Complexiteit"], ["sectoraal zijn ingericht", "financieringsmechanismen"], ["Capaciteitsverschillen"]])
q("Som de goede praktijken op die de deelnemers aan de tafel over stad en platteland aanhaalden.", ["2.1.3.1"],
  [["gedeeld belang", "Verbindende thema's"], ["Gelijkwaardig partnerschap"]], L,
  items=[["Verbindende thema's"], ["Gelijkwaardig partnerschap"], ["Gebiedsgerichte kennis"],
         ["draagvlak vergroten", "Burgers betrekken"]])
q("List all the policy areas the city-countryside table linked its cooperation to in the synergy section.",
  ["2.1.3.4"], [["Mobiliteit"], ["Energie en klimaat"]], ["list", "english"],
  items=[["Voedsel, water en natuur"], ["ruimtelijke ordening"], ["Mobiliteit en bereikbaarheid"],
         ["Energie en klimaat"], ["Sociaal beleid en gezondheid"], ["Bestuurlijke samenwerking"]])
q("Wat moet er volgens de tafel stad-platteland starten of groeien? Ik wil elke voorgestelde actie.",
  ["2.1.3.2"], [["structurele"], ["kennisdeling"]], L,
  items=[["gemeentegrensoverschrijdende samenwerking"], ["Vernieuwende en structurele financiering"],
         ["Begeleiding en kennisdeling"], ["Dialoog en zichtbaarheid"], ["Investeer in een structuur"]])
q("Ik wil de volledige lijst van hindernissen die de tafel stad-platteland noemde.",
  ["2.1.3.3"], [["beleidskaders"], ["Capaciteitstekorten"]], L,
  items=[["Verschillende beleidskaders"], ["flexibele financiering"], ["Capaciteitstekorten"],
         ["sectoraal beleid"]])
q("Welke knelpunten kwamen er allemaal op tafel bij sterke en nabije besturen?", ["2.2.3.3"],
  [["versnipperd"], ["participatiecultuur"]], L,
  items=[["projectmatig en versnipperd"], ["inwonersaantallen", "kloof tussen stad"],
         ["wildgroei aan gebiedsindelingen"], ["schaalvergroting en nabijheid"],
         ["onvoldoende middelen en personeel"], ["beperkte participatiecultuur"]])
q("Which good practices did the table on the area-based and regional approach bring up? I need the full list.",
  ["2.4.3.1"], [["Open Ruimte Platform"], ["Regiodeals"]], ["list", "english"],
  items=[["Open Ruimte Platform"], ["Regiodeals"], ["Zuid-West-Vlaanderen"], ["Landbouwkalender"]])
q("Welke pistes om gebiedsgerichte samenwerking op te schalen stelden de deelnemers voor? Geef ze allemaal.",
  ["2.4.3.2"], [["of the willing"], ["lerende netwerken"]], L,
  items=[["coalition of the willing"], ["mandaat en middelen"], ["Partnerschappen op maat"],
         ["Governance volgt de noden"], ["thematisch waar nodig"], ["lerende netwerken"]])
q("Welke drempels ervaren gebiedsgerichte werkingen vandaag? Geef de volledige lijst.", ["2.4.3.3"],
  [["Top-down"], ["subsidies"]], L,
  items=[["overlap"], ["doelgerichte besteding"], ["Top-down"], ["lokale cultuur", "taal"]])
q("Wat doet een dorpsraad allemaal volgens de goede praktijken rond gemeenschapskracht?", ["2.5.3.1"],
  [["sociale motor"], ["lokale noden"]], L,
  items=[["verbindt"], ["lokale noden analyseert"], ["visie ontwikkelt"]])
q("Het buurtproject met Thomas More hogeschool: via welke drie middelen versterkt het de onderlinge zorg?", ["2.5.3.1"],
  [["huisbezoeken"], ["babbelcafés"]], L,
  items=[["huisbezoeken"], ["buurtambassadeurs"], ["babbelcafés"]])
q("Welke provinciebesturen waren er allemaal bij op het atelier?", ["bijlage"],
  [["Provincie Antwerpen"], ["Provincie Limburg"]], L,
  items=[["Provincie Antwerpen"], ["Provincie Limburg"], ["Provincie Oost-Vlaanderen"],
         ["Provincie West-Vlaanderen"]])

# ------------------------------------------------------------------ synthesis (088-107)
S = ["synthesis"]
q("Welke problemen met financiering zien de deelnemers bij samenwerking tussen stad en platteland, en wat stellen ze ertegenover?",
  None, [["versnipperd"], ["structurele"]], S, sides=[("stop", ["2.1.3.3"]), ("start", ["2.1.3.2"])])
q("Hoe hangen het verdwijnen van projecten na een subsidieperiode en de voorstellen voor structurele verankering samen bij intergemeentelijke samenwerking?",
  None, [["opgebouwde kennis", "projectwerking"], ["Convenanten", "structurele inbedding"]], S,
  sides=[("stop", ["2.3.3.3"]), ("start", ["2.3.3.2"])])
q("Wat werkt al goed om het bestuur toegankelijk te maken, en welke evoluties dreigen die nabijheid volgens de drempels weer te ondermijnen?",
  None, [["mobiel onthaal", "wijkwerking"], ["loketten"]], S,
  sides=[("continue", ["2.2.3.1"]), ("stop", ["2.2.3.3"])])
q("Hoe verhouden de programma's die bij de gebiedsgerichte aanpak als goede praktijk gelden zich tot de versnippering die de deelnemers als drempel zien?",
  None, [["Open Ruimte Platform"], ["LEADER"]], S,
  sides=[("continue", ["2.4.3.1"]), ("stop", ["2.4.3.3"])])
q("De dorpsraad komt zowel bij de goede praktijken als bij de drempels rond gemeenschapskracht terug. Wat zeggen beide delen erover?",
  None, [["sociale motor"], ["afgebakend", "middel en geen"]], S,
  sides=[("continue", ["2.5.3.1"]), ("stop", ["2.5.3.3"])])
q("Wat zegt het verslag, over de subfacetten heen, over inwoners die zelf een deel van het gemeentelijke geld mogen besteden of beheren?",
  None, [["burgerbudgetten"], ["budgethouderschap"]], S,
  sides=[("nabije besturen", ["2.2.2"]), ("aanvullingen gemeenschapskracht", ["2.5.2"]),
         ("goede praktijken", ["2.5.3.1"])])
q("Waar vertrekt het toekomstbeeld over stad en platteland van, en wat vonden de deelnemers er nog aan ontbreken of toe te voegen?",
  None, [["verbonden"], ["financiële waardering", "peri-urbane"]], S,
  sides=[("toekomstbeeld", ["2.1.1"]), ("aanvullingen", ["2.1.2"])])
q("The vision on area-based work says the region isn't a layer of government. How do the participants' additions respond to that?",
  None, [["bestuurslaag"], ["tussenniveau"]], ["synthesis", "english"],
  sides=[("toekomstbeeld", ["2.4.1"]), ("aanvullingen", ["2.4.2"])])
q("Welke rol geeft het toekomstbeeld aan het middenveld, en wat vragen de deelnemers in hun aanvullingen voor organisaties op het platteland?",
  None, [["bruggenbouwer", "civiele actor"], ["plattelandsorganisaties"]], S,
  sides=[("toekomstbeeld", ["2.5.1"]), ("aanvullingen", ["2.5.2"])])
q("Hoe verhoudt het beeld van een genetwerkt bestuursmodel zich tot wat de deelnemers zeggen over capaciteit en structuren?",
  None, [["basisschakel"], ["capaciteitsproblemen"]], S,
  sides=[("toekomstbeeld", ["2.3.1"]), ("aanvullingen", ["2.3.2"])])
q("Plattelandsgemeenten hebben eigen noden; hoe komt dat terug in de drempels en in de synergieën bij sterke en nabije besturen?",
  None, [["inwonersaantallen", "specifieke noden"], ["samenhang", "Sint-Niklaas"]], S,
  sides=[("stop", ["2.2.3.3"]), ("synergie", ["2.2.3.4"])])
q("Welke figuren die schakelen, afstemmen of het overzicht bewaren komen in de verschillende subfacetten voor, en wat doen ze?",
  None, [["schakelfiguur"], ["transversale coördinatoren"], ["coördinator"]], S,
  sides=[("nabije besturen", ["2.2.3.1"]), ("intergemeentelijk", ["2.3.3.2"]), ("gebiedsgericht", ["2.4.3.2"])])
q("Across the tables, how do the rules attached to subsidies get in the way of integrated working?",
  None, [["resultaatgerichte indicatoren"], ["doelgerichte besteding"]], ["synthesis", "english"],
  sides=[("intergemeentelijk", ["2.3.3.3"]), ("gebiedsgericht", ["2.4.3.3"])])
q("Het denken in afgesloten kokers binnen en tussen besturen duikt in meerdere subfacetten op. Waar en hoe?",
  None, [["silo"], ["hokjes"]], S,
  sides=[("stad-platteland", ["2.1.3.2"]), ("intergemeentelijk", ["2.3.3.3"]), ("gemeenschapskracht", ["2.5.3.3"])])
q("Wat zeggen de tafels over sterke besturen en over gemeenschapskracht over de gevolgen voor dorpen als gemeenten samensmelten?",
  None, [["gemeentefusies"], ["deelgemeenten"]], S,
  sides=[("nabije besturen", ["2.2.3.3"]), ("gemeenschapskracht", ["2.5.3.3"])])
q("How does trust come up as a condition for working together at the intermunicipal and the area-based tables?",
  None, [["vertrouwen"]], ["synthesis", "english"],
  sides=[("intergemeentelijk", ["2.3.3.3"]), ("gebiedsgericht", ["2.4.3.2"])])
q("Wie komt er vandaag te weinig aan bod in participatie, en hoe kijken de aanvullingen en de drempels daarnaar?",
  None, [["mondige"], ["kwetsbare"]], S,
  sides=[("aanvullingen", ["2.5.2"]), ("stop", ["2.5.3.3"])])
q("How do farmers' own choices and needs come up in the city-countryside and the regional good practices?",
  None, [["landbouwers"], ["Landbouwkalender"]], ["synthesis", "english"],
  sides=[("stad-platteland", ["2.1.3.1"]), ("gebiedsgericht", ["2.4.3.1"])])
q("Op welke schaal organiseer je samenwerking best, volgens de intergemeentelijke en de gebiedsgerichte tafel?",
  None, [["schaalniveau"], ["rivierbekken", "waterloop"]], S,
  sides=[("intergemeentelijk", ["2.3.3.2"]), ("gebiedsgericht", ["2.4.3.2"])])
q("Welke rol moeten verkozen mandatarissen spelen in participatie, als je de aanvullingen en de opschaling rond gemeenschapskracht naast elkaar legt?",
  None, [["politici"], ["schepenen"]], S,
  sides=[("aanvullingen", ["2.5.2"]), ("start", ["2.5.3.2"])])

# ------------------------------------------------------------------ refuse (108-139)
R("Hoeveel euro bedraagt het burgerbudget in Olen?")
R("Hoeveel geld krijgt een lokale coalitie binnen het Open Ruimte Platform per jaar?")
R("Onder welk decreet vallen de intergemeentelijke samenwerkingsverbanden waarover het verslag spreekt?")
R("Welke artikels van de vzw-wetgeving willen de deelnemers concreet laten aanpassen?")
R("Hoe staat de Vereniging van Vlaamse Steden en Gemeenten officieel tegenover een aparte schepen voor gebiedswerking?")
R("Hoe reageerde het Algemeen Boerensyndicaat op het idee om meer boerderijbezoeken te organiseren?")
R("Hoe heet de persoon die in Mollenkoeij als vast aanspreekpunt werkt?")
R("Hoe heten de moderatoren die dit verslag hebben nagelezen?")
R("Tegen welke datum moet elk lokaal bestuur een participatiekader klaar hebben?")
R("Op welke dag en locatie werd het atelier rond een levendige, gezonde woonomgeving gehouden?")
R("In welke provincie liggen Eeklo en het Meetjesland?")
R("Wat is het bevolkingsaantal van Sint-Niklaas, de stad die haar randdorpen ondersteunt?")
R("Welke strategische projecten van het departement Omgeving vallen precies onder de succesvolle initiatieven?")
R("Hoe vaak komen de 27 besturen van Broodje Burger samen?")
R("Met hoeveel waren ze aan de tafel die de regionale, gebiedsgerichte aanpak besprak?")
R("Hoeveel vrijwilligers bedelen de dorpskrant Iedereen Leest?")
R("Door hoeveel boeren wordt de Westhoekse kalender effectief gebruikt?")
R("Which municipalities make up Neteland?", ("refuse", "english"))
R("Who founded Arktos, and in what year?", ("refuse", "english"))
R("What did the Flemish Parliament's representative at the workshop say about village councils?", ("refuse", "english"))
R("When is the next toekomstatelier of the Plattelandspact scheduled?", ("refuse", "english"))
R("How can I get in touch with the dorpsconsulent in Leest? Is there a phone number or email?", ("refuse", "english"))
R("Our council is torn: should we join Water+Land+Schap or sign up with a LEADER area instead?", ("refuse", "english"))
R("Wat kost een huisbezoek binnen het project Zorgzame buurten?")
R("Met hoeveel procent is de vereenzaming in Morkhoven gedaald dankzij de aanpak?")
R("Welke rechtsvorm heeft de Vereniging van Vlaamse Polders en Wateringen?")
R("Op welke dagen rijden de jeugdwerkingen van Arktos rond, en in welke gemeenten?")
R("Welke deelnemer of organisatie kwam met het voorstel van een schepen van gebiedsgerichte werking?")
R("Op welke website vind ik meer uitleg over de Klimaatmakers in Olen?")
R("Hoe organiseren Duitse gemeenten hun intergemeentelijke samenwerking in vergelijking met Vlaanderen?")
R("Werd het voorstel voor één gezamenlijke pot voor stedelijk en plattelandsbeleid door de deelnemers gestemd en aangenomen?")
R("Hoeveel van de 54 deelnemers waren gewone burgers zonder organisatie achter zich?")

# ------------------------------------------------------------------ controls (140-171)
q("Welke tegenstelling tussen gemeenschappelijk en eigen voordeel beschrijven de deelnemers bij interbestuurlijk samenwerken?",
  ["2.3.3.3"], [["collectieve meerwaarde", "samen sterk"], ["individueel voordeel"]], F)
q("Is morele steun genoeg voor een coalitie die lang wil meegaan, of is er meer nodig?", ["2.4.3.2"],
  [["mandaat"], ["financiële middelen"]], F)
q("Moet er voor horizontale samenwerking tussen besturen ook iets aan de wetten veranderen?", ["2.3.3.4"],
  [["wetgeving"]], F)
q("Welke koepel van lokale besturen nam deel aan het atelier?", ["bijlage"],
  [["Steden en Gemeenten"]], F)
q("Welke boerenorganisaties en landbouwbewegingen zaten mee aan tafel in Olen?", ["bijlage"],
  [["Boerensyndicaat"], ["Kruispunt", "Landelijke Gilden"]], F)
q("Wie speelt in het Meetjesland de rol van verbindingspersoon tussen inwoners en gemeentebestuur?", ["2.5.3.1"],
  [["straatambassadeur"]], F)
q("Wie heeft de input van de deelnemers verwerkt en nagelezen voor dit document?", ["status-van-dit-document"],
  [["moderatoren"], ["AI"]], F)
q("Op welk moment in een traject moet je inwoners laten meedoen, volgens wat de deelnemers aan het beeld over gemeenschapskracht toevoegden?", ["2.5.2"],
  [["bij de start"], ["continu"]], F)
q("Over welke andere facetten van het platteland werden er ook toekomstateliers georganiseerd?", ["inleiding"],
  [["open ruimte"], ["woonomgeving"], ["economische bedrijvigheid", "zorgzame gemeenschap"]], F)
q("Waar zijn de burgers die zich Klimaatmakers noemen aan de slag?", ["2.5.3.1"],
  [["Olen"]], F)
q("Uit hoeveel opeenvolgende delen bestond de werkwijze van het atelier?", ["1"],
  [["3 stappen"]], F)
q("Welke netwerken die binnen LEADER werden opgericht, noemt het toekomstbeeld over de regionale aanpak krachtig?",
  ["2.4.1"], [["lokale actiegroepen"]], F)
q("Rond welk thema delen de lokale besturen in het Kempense netwerk Broodje Burger kennis?", ["2.2.3.2"],
  [["burgerparticipatie"]], F)
q("Waar werd het vijfde toekomstatelier gehouden?", ["inleiding"],
  [["Pastorij"], ["Olen"]], F)
q("Wie bedeelt de dorpskrant Iedereen Leest, en wat levert dat op naast informatie?", ["2.5.3.1"],
  [["vrijwilligers"], ["informele ontmoetingen", "sociale netwerken"]], F)
q("Which initiative in the Westhoek looks for nearby help points for farmers in the region?", ["2.4.3.1"],
  [["Landbouwkalender"]], ["fact", "english"])
q("Which municipalities had someone at the workshop?", ["bijlage"],
  [["Hove"], ["Mol"], ["Ravels", "Retie"]], ["fact", "english"])
q("Which civil-society organisations are named as playing a connecting role in warm, caring communities?",
  ["2.5.3.4"], [["Arktos"], ["Saamo"]], ["fact", "english"])
q("What role can village councils play between residents and the council, according to the scaling-up part?",
  ["2.5.3.2"], [["brugfiguren"], ["visiedocumenten"]], ["fact", "english"])
q("Which year does the vision on community power look ahead to?", ["2.5.1"],
  [["2050"]], ["fact", "english"])
q("Hoe zouden burgers makkelijker in contact kunnen komen met hun gemeente, volgens de drempels rond gemeenschapskracht?",
  ["2.5.3.3"], [["toegankelijker"], ["outreachende"]], F)
q("Wij willen als gemeente iets opstarten rond wateroverlast in onze vallei. Met wie begin je zo'n samenwerking best?",
  ["2.4.3.2"], [["of the willing"], ["waterloop", "gedeelde belangen"]], P)
q("Waarom is outreachend werken via huisbezoeken niet altijd haalbaar?", ["2.5.3.3"],
  [["geldrovend"]], F)
q("Welke winst voor milieu en klimaat levert het samen aanpakken van voedsel, water en natuur op?",
  ["2.1.3.4"], [["waterkwaliteit"], ["biodiversiteit", "klimaatadaptatie"]], F)
q("Waarom trekken vooral organisaties, en minder individuen, de lokale samenwerking rond water?", ["2.4.3.1"],
  [["capaciteit"]], F)
q("Hoe kan een gemeente jongeren bereiken volgens de synergieën rond gemeenschapskracht?", ["2.5.3.4"],
  [["jeugdbewegingen", "informele netwerken"], ["leefwereld"]], F)
q("Welke partners mogen volgens de laatste synergieregels van de gebiedsgerichte tafel niet ontbreken in een bereidwillige coalitie?",
  ["2.4.3.4"], [["besturen"]], F)
q("Waar kunnen gebiedsgerichte werkingen hun ervaringen met elkaar delen?", ["2.4.3.2"],
  [["lerende netwerken", "kennisdatabanken"]], F)
q("Welk buitenlands instrument voor regionale samenwerking wordt bij de goede praktijken van de gebiedsgerichte aanpak aangehaald?",
  ["2.4.3.1"], [["Regiodeals"], ["Nederland"]], F)
q("Ik zit in een dorpsraad. Hoe zorgen we ervoor dat het dorp achter ons blijft staan?", ["2.5.3.3"],
  [["terugkoppeling"], ["open communicatie", "eerlijke communicatie"]], P)
q("Welk Vlaams netwerk rond plattelandsontwikkeling stond op de deelnemerslijst?", ["bijlage"],
  [["Vlaams Ruraal Netwerk"]], F)
q("Onze gemeente wil ook kinderen inspraak geven in lokale projecten. Hoe doen anderen dat?", ["2.5.3.1"],
  [["kinderdorpsraden", "panels"]], P)

# ------------------------------------------------------------------ conversations
C = []


def t(question, gold, facts, tags=()):
    return {"question": question, "gold_sections": gold, "facts": facts, "tags": list(tags)}


def conv(*turns):
    C.append({"id": "c14c%02d" % (len(C) + 1), "tags": ["conversation"], "split": "test", "turns": list(turns)})


conv(t("Welke samenwerkingsvormen worden aangehaald als voorbeeld van een gelijkwaardig partnerschap tussen stad en platteland?",
       ["2.1.3.1"], [["Waterlandschappen"], ["voedselcoalities"]]),
     t("En wat staat zulke samenwerkingen vandaag in de weg?", ["2.1.3.3"],
       [["beleidskaders", "versnipperd"]], ["kind-switch"]),
     t("Even iets anders: welke rol kunnen dorpsscholen spelen in participatie?", ["2.5.3.2"],
       [["jongerenparticipatie"]], ["independent"]))
conv(t("Waar staat 'Burgers aan zet' voor in de goede praktijken rond gemeenschapskracht?", ["2.5.3.1"],
       [["zorgzame samenleving"], ["representativiteit"]]),
     t("Wat moet er binnen gemeenten veranderen om dat soort werking breder te laten doorwerken?", ["2.5.3.2"],
       [["Cultuurverandering"], ["structurele inbedding"]], ["kind-switch", "pronoun"]),
     t("Waar botst dat in dorpen nu nog op?", ["2.5.3.3"],
       [["sociale cohesie"], ["toegankelijkheid"]], ["kind-switch", "pronoun"]))
conv(t("Why do grant rules create so much paperwork for integrated area-based projects?", ["2.4.3.3"],
       [["doelgerichte besteding"], ["administratieve last"]], ["english"]),
     t("So what would help such partnerships work better and grow?", ["2.4.3.2"],
       [["mandaat"], ["coördinator"]], ["kind-switch", "english"]),
     t("Are there places where this already works well?", ["2.4.3.1"],
       [["Open Ruimte Platform", "Regiodeals", "Zuid-West-Vlaanderen"]], ["kind-switch", "english"]))
conv(t("Waarom willen ze gewone gemeentemedewerkers inzetten als ambassadeurs van de gemeente?", ["2.2.3.2"],
       [["aanspreekpunten", "aanspreekbaarheid"]]),
     t("Wat maakt het voor dat personeel lastig om op inwoners af te stappen?", ["2.2.3.3"],
       [["werkdruk"], ["klachten", "training"]], ["kind-switch", "pronoun"]),
     t("En de wijkteams, wat is hun bijdrage?", ["2.2.3.2"],
       [["bewoners opzoeken", "buurt intrekken"]], ["new-aspect"]))
conv(t("Wat is de participatieladder waarmee gemeenten kunnen werken?", ["2.5.3.2"],
       [["informeren"], ["co-creatie"]]),
     t("Waarom loopt het daarmee in veel gemeenten nog mis?", ["2.5.3.3"],
       [["onduidelijk", "verwarring"]], ["kind-switch", "pronoun"]),
     t("Andere vraag: waarom verwijzen de deelnemers naar de Nederlandse Regiodeals bij samenwerking tussen gemeenten?",
       ["2.3.3.2"], [["langetermijnfinanciering", "meerjarige financiering"]], ["independent"]))
conv(t("Welk probleem zien de deelnemers met al die verschillende gebiedsindelingen en regio's?", ["2.2.3.3"],
       [["onduidelijkheid"], ["overlappende structuren"]]),
     t("Hoe stellen ze voor om dat kluwen te ontwarren?", ["2.2.3.2"],
       [["vereenvoudigen", "stroomlijnen"], ["transparanter"]], ["kind-switch"]),
     t("Ander onderwerp: hoe moet een samenwerking tussen besturen volgens de aanvullingen van bij het begin aangepakt worden?",
       ["2.2.2", "2.3.2"], [["uitvoeringsgericht"]], ["independent"]))
conv(t("Wat verstaan de deelnemers onder een meer geïntegreerde benadering bij de gebiedsgerichte aanpak?", ["2.4.2"],
       [["verkokering"], ["Beleidsdomeinen"]]),
     t("Wat houdt die integratie vandaag nog tegen op het terrein?", ["2.4.3.3"],
       [["overlap"], ["versnippering"]], ["kind-switch", "pronoun"]),
     t("En het leren uit afgelopen projecten, lukt dat wel?", ["2.4.3.3"],
       [["leertrajecten", "leerlessen"]], ["new-aspect"]))
conv(t("Welk welzijnsinitiatief van twee buurgemeenten staat in het rijtje geslaagde initiatieven van de intergemeentelijke tafel?", ["2.3.3.1"],
       [["Dessel"]]),
     t("Waar lopen zulke samenwerkingen tussen buurgemeenten vaak op vast?", ["2.3.3.3"],
       [["kostenverdeling"], ["vertrouwen"]], ["kind-switch"]),
     t("Iets anders: wat zegt het verslag over de kloof tussen wat stad en platteland van elkaar weten?", ["2.1.3.1"],
       [["belevingskloof"]], ["independent"]))
conv(t("Hoe moeten besturen omgaan met inwoners die zelf verantwoordelijkheid willen opnemen voor hun dorp?", ["2.5.1"],
       [["medezeggenschap"], ["initiatieven van onderuit"]]),
     t("Wat misten de deelnemers daar nog toen ze het beeld aanvulden?", ["2.5.2"],
       [["inclusief lokaal beleid"], ["kwetsbare positie"]], ["kind-switch", "pronoun"]),
     t("Welke gemeenten of dorpen geven daar vandaag al het goede voorbeeld van?", ["2.5.3.1"],
       [["Aarschot", "Eeklo", "Leest", "Olen"]], ["kind-switch", "pronoun"]))
conv(t("Waarom volstaat één aanpak voor heel Vlaanderen niet bij opgaven die gemeentegrenzen overstijgen?", ["2.4.1"],
       [["regionale verschillen"], ["contextuele factoren"]]),
     t("And how do participants want to scale that up in practice?", ["2.4.3.2"],
       [["of the willing"]], ["kind-switch", "english"]),
     t("En hoe formeel moet de structuur van zo'n coalitie zijn?", ["2.4.3.2"],
       [["flexibel"], ["geen doel"]], ["new-aspect"]))
conv(t("Hoe moet het lokaal bestuur zich opstellen tegenover dorpsraden, buurtpunten en talentenbanken?", ["2.5.3.2"],
       [["zachte regisseur"]]),
     t("Welke raakvlakken zijn er met landbouw en voedsel in de eigen gemeente?", ["2.5.3.4"],
       [["publieke gronden"], ["burgercollectieven", "duurzame landbouw"]], ["kind-switch"]),
     t("Los daarvan: wie kan, naast de provincie, kleine gemeenten bijstaan als ze te weinig mensen en middelen hebben?", ["2.2.3.3"],
       [["intercommunales", "IOK"]], ["independent"]))
conv(t("Hoe moeten het lokale, provinciale en Vlaamse niveau volgens het beeld over intergemeentelijke samenwerking hun kennis verknopen?", ["2.3.1"],
       [["helikopterperspectief", "terreinkennis"], ["wederzijds afhankelijk", "gedeelde ambitie"]]),
     t("Wat verhindert dat vandaag, ook binnen de Vlaamse administratie zelf?", ["2.3.3.3"],
       [["prioriteiten", "procedures"]], ["kind-switch", "pronoun"]),
     t("Welke voorwaarden moeten vervuld zijn opdat die samenwerking over diensten en domeinen heen slaagt?", ["2.3.3.4"],
       [["Mandaat aan actoren", "stabiel beleid", "beleidsnota's"]], ["kind-switch"]))
conv(t("Wat vertelde een deelnemer over stedelingen die een landbouwbedrijf bezochten?", ["2.1.3.1"],
       [["nul idee"], ["supermarkt"]]),
     t("Kwam die kennis over landbouw ook terug toen de deelnemers het toekomstbeeld aanvulden?", ["2.1.2"],
       [["gezamenlijke uitdaging"]], ["kind-switch", "pronoun"]),
     t("En wat met het evenwicht tussen landbouw, natuur en recreatie?", ["2.1.2"],
       [["balans"], ["respect"]], ["new-aspect"]))
conv(t("Waarom zijn netwerken tussen besturen zo belangrijk voor sterke en nabije besturen?", ["2.2.3.2"],
       [["uit te wisselen", "goede praktijken"], ["hogere overheden"]]),
     t("Waar schort het vandaag aan bij die uitwisseling?", ["2.2.3.3"],
       [["projectmatig", "versnipperd"]], ["kind-switch", "pronoun"]),
     t("Welke vormen van samenwerking tussen gemeenten werken nu al goed?", ["2.2.3.1"],
       [["Middelen bundelen", "opbouwwerkers"]], ["kind-switch"]))

# ------------------------------------------------------------------ write + leakage check
def whole(term, text):
    return re.search(r"(?<![\w-])" + re.escape(term.lower().replace("\u2019", "'")) + r"(?![\w-])",
                     text.lower().replace("\u2019", "'")) is not None


leaks = []
for it in Q + [dict(tt, id="%s/t%d" % (c["id"], n)) for c in C for n, tt in enumerate(c["turns"], 1)]:
    for grp in it["facts"] + it.get("items", []):
        if len(grp) == 1 and whole(grp[0], it["question"]):
            leaks.append((it["id"], grp[0]))
for i, term in leaks:
    print("fact leakage: %s %r" % (i, term))
print("fact leakage hits: %d" % len(leaks))

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for it in Q:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print("questions: %d, conversations: %d" % (len(Q), len(C)))
sys.exit(1 if leaks else 0)
