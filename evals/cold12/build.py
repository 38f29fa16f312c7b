#!/usr/bin/env python3
"""Throw-away serialiser for the cold c12 gold set.

Every question, gold section, fact, list item and side below was written by hand from the report
(toekomstatelier-5-besturen-en-burgers-2025-06-16.txt). This script only serialises them to
questions.jsonl / conversations.jsonl and runs a fact-leakage check: a fact group (or list item)
with a single alternative must not occur verbatim in its own question.
Run:  python3 build.py   (then python3 check.py)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

Q = []   # (question, gold, facts, tags, extra)


def q(question, gold, facts, tags, items=None, sides=None):
    Q.append(dict(question=question, gold_sections=gold, facts=facts, tags=tags, items=items, sides=sides))


def side(name, *secs):
    return {"name": name, "sections": list(secs)}


# ------------------------------------------------------------------ fact (c12q001-025)
q("Rond welk thema was het vijfde toekomstatelier in de Pastorij opgebouwd?",
  ["inleiding"], [["bestuurskracht"], ["burgerkracht"]], ["fact"])
q("Waarvoor dient dit werkdocument, als het zelf geen formele status heeft?",
  ["status-van-dit-document"], [["bouwsteen"]], ["fact"])
q("Wat lag er op tafel om het gesprek over elk subfacet richting te geven?",
  ["1"], [["inspirerende praktijken"]], ["fact"])
q("Via welk mechanisme moeten sociale en economische ongelijkheden tussen stad en platteland tegen 2050 kleiner worden?",
  ["2.1.1"], [["schaalvoordelen"]], ["fact"])
q("Welke twee leemtes zagen de aanwezigen in de tekst die de samenwerking tussen stad en platteland in 2050 beschrijft?",
  ["2.1.2"], [["financiële waardering"], ["holistisch denken"]], ["fact"])
q("Hoe eindigde het gesprek over samenwerking tussen stad en platteland, en wat hoopt men van het pact?",
  ["2.1.3"], [["snellere actie"]], ["fact"])
q("Op welke verschillen tussen partners moet je letten opdat iedereen in een coalitie stad-platteland evenveel stem heeft?",
  ["2.1.3.1"], [["cultuur- en schaalverschillen", "schaalverschillen"]], ["fact"])
q("In welke vorm willen de deelnemers geld voor stedelijk beleid en plattelandsbeleid voortaan bundelen, eerder dan per project?",
  ["2.1.3.2"], [["gezamenlijke pot"]], ["fact"])
q("Wat kan er op Vlaams niveau gebeuren met iets dat een gemeente al goedgekeurd heeft?",
  ["2.1.3.3"], [["tegengehouden"]], ["fact"])
q("Wat levert een gezamenlijke aanpak van voedselproductie, waterbeheer en natuur op volgens de synergieën stad-platteland?",
  ["2.1.3.4"], [["waterkwaliteit"], ["biodiversiteit", "klimaatadaptatie", "duurzame productie"]], ["fact"])
q("Hoe omschrijft de kernvisie op nabije besturen de positie van een gemeente die het overzicht houdt en ook delen van de uitvoering opneemt?",
  ["2.2.1"], [["regisseur"]], ["fact"])
q("Wat brengen lokale besturen en bovenlokale niveaus elk mee in de kennisdeling tussen beide?",
  ["2.2.2"], [["terreinexpertise"], ["thematische diepgang"]], ["fact"])
q("Waarmee vervangen sommige gemeenten de thematische adviesraden om moeilijk bereikbare groepen te betrekken?",
  ["2.2.3.1"], [["open avonden"]], ["fact"])
q("Welk soort gezamenlijke projecten wordt genoemd als voorbeeld van wat kleinere gemeenten individueel moeilijk halen?",
  ["2.2.3.2"], [["armoedeprojecten"]], ["fact"])
q("Wat blijft volgens de tafel sterke en nabije besturen essentieel voor kwetsbare groepen wanneer gemeenten fuseren?",
  ["2.2.3.3"], [["loketwerking"], ["eerstelijnscontacten"]], ["fact"])
q("Via welke structuren zoekt de mobiliteitssector naar oplossingen voor het platteland?",
  ["2.2.3.4"], [["vervoerregio's"]], ["fact"])
q("Welke schaal wordt in de omschrijving van het toekomstbeeld voor samenwerking tussen gemeenten naar voren geschoven als ideale speelplaats?",
  ["2.3.1"], [["regio"]], ["fact"])
q("Hoe moeten problemen binnen een gemeente of intergemeentelijk verband volgens de aanvullingen worden aangepakt?",
  ["2.3.2"], [["geïntegreerd"], ["over thema's heen"]], ["fact"])
q("Welke positieve ingesteldheid staat centraal in de opschaling van intergemeentelijke samenwerking, tegenover 'what's in it for me'?",
  ["2.3.3.2"], [["zijn we sterker"]], ["fact"])
q("Waaraan hangen samenwerkingsmandaten volgens de drempels te vaak vast, in plaats van aan functies of structuren?",
  ["2.3.3.3"], [["persoonsgebonden"]], ["fact"])
q("Waarom moet de coördinatie op regioniveau in netwerkverband georganiseerd worden?",
  ["2.4.1"], [["geen bestuurslaag"]], ["fact"])
q("Welk probleem bij lokale besturen signaleren de deelnemers in hun aanvullingen bij de gebiedsgerichte aanpak?",
  ["2.4.2"], [["personeelscapaciteit"]], ["fact"])
q("Wat bepaalt volgens de opschaling van de gebiedsgerichte aanpak best wie met wie samenwerkt?",
  ["2.4.3.2"], [["natuurlijke", "logische", "thematische verbanden"]], ["fact"])
q("Waarom sluiten beleidskaders voor werken per gebied vaak slecht aan bij wat er op het terrein gebeurt?",
  ["2.4.3.3"], [["praktijkervaring"]], ["fact"])
q("Waar staat de afkorting R2C voor in het toekomstbeeld over gemeenschapskracht?",
  ["2.5.1"], [["right to challenge"]], ["fact"])

# ------------------------------------------------------------------ paraphrase (c12q026-055)
q("Hoe krijg je stadsmensen mee in het verhaal van de boer, zonder dat elke boer een winkeltje moet openen?",
  ["2.1.3.1"], [["boerderijbezoeken"], ["lokale supermarkt", "lokale productie"]], ["paraphrase"])
q("Volstaat één bezield iemand om een hele organisatie mee te krijgen in een samenwerking in de streek?",
  ["2.4.3.2"], [["gedreven persoon"]], ["paraphrase"])
q("Boeren en natuurmensen liggen bij ons voortdurend in de clinch. Wat kan dat gesprek minder emotioneel maken?",
  ["2.1.3.1"], [["data", "objectiveert"], ["win-win"]], ["paraphrase"])
q("Kan meer bouwen in de stad helpen om het landschap buiten te sparen?",
  ["2.1.3.4"], [["stedelijke verdichting"], ["open ruimte"]], ["paraphrase"])
q("Hoe hou je inwoners die niet met een computer overweg kunnen toch dicht bij de gemeente?",
  ["2.2.3.3", "2.2.3.4"], [["fysieke nabijheid", "loketwerking"], ["digitale"]], ["paraphrase"])
q("Hoe kan een gemeente eerst haar eigen personeel laten meedenken voor ze de inwoners erbij haalt?",
  ["2.2.3.1"], [["gemeentepersoneel"], ["burgerparticipatie"]], ["paraphrase"])
q("Moeten gemeentebesturen bereid zijn een stuk van hun macht af te geven als ze meer als streek gaan werken?",
  ["2.2.2"], [["loslaten"], ["mindshift", "regionale samenwerking"]], ["paraphrase"])
q("Mensen met weinig geld voelen zich vaak ver van het gemeentehuis. Wat helpt om die afstand kleiner te maken?",
  ["2.2.3.1"], [["persoonlijk contact", "informele benaderingen"], ["mobiel onthaal", "wijkwerking"]], ["paraphrase"])
q("Hoe zorg je dat een samenwerking tussen gemeenten niet blijft hangen in mooie maar vage intenties?",
  ["2.3.3.2"], [["realisatiegericht", "concreet"]], ["paraphrase"])
q("Wanneer zijn gemeenten bereid om open kaart te spelen en geld op tafel te leggen bij een gezamenlijk project?",
  ["2.3.3.3"], [["vertrouwen"], ["eerlijk verdeeld"]], ["paraphrase"])
q("Wat loopt er mis met hoe projecten tussen gemeenten achteraf beoordeeld worden?",
  ["2.3.3.3"], [["geëvalueerd", "leerlessen"], ["resultaatgerichte indicatoren"]], ["paraphrase"])
q("Waarom werkt wat aan de kust lukt niet vanzelf in een streek met heuvels?",
  ["2.4.1"], [["maatwerk"], ["bodem", "biodiversiteit", "bevolkingskenmerken"]], ["paraphrase"])
q("Is een schouderklopje genoeg voor een groep partners die samen een streekproject trekken, of hebben ze meer nodig?",
  ["2.4.3.2"], [["mandaat"], ["financiële middelen", "budgetten"]], ["paraphrase"])
q("Is het slim om met een groep partners eerst rond één onderwerp te beginnen in plaats van alles tegelijk?",
  ["2.4.3.2"], [["één thema", "thematische samenwerking"], ["breder geïntegreerd"]], ["paraphrase"])
q("Wat voor houding moet het gemeentebestuur aannemen als inwoners zelf iets voor hun buurt willen doen?",
  ["2.5.2", "2.5.3.2"], [["faciliterende", "coachende", "zachte regisseur"]], ["paraphrase"])
q("Mijn buurman kan goed klussen en ik kan bijles geven. Hoe weten dorpsgenoten van elkaar wie wat kan?",
  ["2.5.3.1"], [["talentenbank"]], ["paraphrase"])
q("Kunnen ook kinderen al een stem krijgen als er in hun dorp iets beslist wordt, en hoe?",
  ["2.5.3.1"], [["kinderdorpsraden", "panels"]], ["paraphrase"])
q("Hoe bouw je inspraak stap voor stap op, van mensen gewoon op de hoogte brengen tot samen beslissen?",
  ["2.5.3.2"], [["participatieladder"], ["co-creatie"]], ["paraphrase"])
q("Waarom loopt een inspraaktraject soms vast omdat niemand goed weet wat 'meedenken' nu eigenlijk inhoudt?",
  ["2.5.3.3"], [["onduidelijk", "verwarring"], ["speelveld", "rol"]], ["paraphrase"])
q("Moet een gemeente die gaat samensmelten wachten tot alles beslist is voor ze in de oude dorpen aan de slag gaat?",
  ["2.5.3.3"], [["anticiperend"], ["deelgemeenten"]], ["paraphrase"])
q("Kan een ontmoetingsruimte in de wijk door de buurtbewoners zelf gerund worden?",
  ["2.2.3.1"], [["gemeenschapscentra", "buurtpunten"], ["beheer", "uitbating"]], ["paraphrase"])
q("Hoe zorg je dat jonge mensen het vrijwilligerswerk overnemen van de oudere garde in de verenigingen?",
  ["2.5.3.2"], [["generatiewissel"], ["erkenning"]], ["paraphrase"])
q("Kan de kleine school in het dorp een rol spelen om tieners bij het beleid te betrekken?",
  ["2.5.3.2"], [["dorpsscholen"], ["jongerenparticipatie"]], ["paraphrase"])
q("Wat als twee subsidieprogramma's in dezelfde streek ongeveer hetzelfde doen maar langs elkaar heen werken?",
  ["2.4.3.3"], [["versnippering", "inefficiëntie"], ["Water+Land+Schap", "LEADER", "overlap"]], ["paraphrase"])
q("Hoe kunnen stedelingen en dorpelingen voortaan samen plannen in plaats van over elkaars hoofd heen?",
  ["2.1.1"], [["co-creatie"], ["beleidsvorming", "gebiedsontwikkeling"]], ["paraphrase"])
q("Moeten stedelingen meer leren over hoe hun eten op het land gemaakt wordt?",
  ["2.1.2"], [["kennis over landbouw"], ["gezamenlijke uitdaging"]], ["paraphrase"])
q("Dorpelingen zijn soms bang dat alles verandert. Hoe praat je daar als bestuur best over?",
  ["2.1.2"], [["sterk verhaal", "nieuw discours"], ["nostalgie", "angst voor verandering"]], ["paraphrase"])
q("Hoe maak je het kluwen van intercommunales en regio-indelingen waar gemeenten in zitten eenvoudiger?",
  ["2.2.3.2"], [["vereenvoudigen", "stroomlijnen"], ["administratieve lasten", "transparanter"]], ["paraphrase"])
q("Hoe voorkom je dat de dorpsraad een clubje wordt dat het dorp nooit laat weten wat er gebeurt?",
  ["2.5.3.3"], [["terugkoppeling"], ["achterban", "open communicatie"]], ["paraphrase"])
q("Hoe bereik je inwoners die nooit op een inspraakavond opdagen, zoals jongeren of mensen in armoede?",
  ["2.5.3.3"], [["welzijnsorganisaties"], ["directe gesprekken", "proactieve houding"]], ["paraphrase"])

# ------------------------------------------------------------------ english (c12q056-075)
q("Why do participants think a 'coalition of the willing' works better than structures imposed from above?",
  ["2.4.3.2"], [["effectiever", "motivatie"], ["gedeeld doel", "gedeelde belangen"]], ["english"])
q("What do the Veerkrachtige dorpen trajectories combine, and what do they produce?",
  ["2.5.3.1"], [["cijfermatige analyses"], ["visiedocumenten"]], ["english"])
q("How can cities and the countryside together improve residents' health?",
  ["2.1.3.4"], [["luchtkwaliteit", "lokale voedselketens"], ["groen", "ontmoeten"]], ["english"])
q("How do participants want to balance scaling up, such as mergers, with staying close to citizens?",
  ["2.2.3.2"], [["lokale identiteit"], ["bovenlokale identiteit", "nabijheid"]], ["english"])
q("In the urban-rural discussion, is cooperation between administrations only about neighbouring municipalities working together?",
  ["2.1.3.4"], [["horizontaal"], ["verticaal"]], ["english"])
q("What does the 'Burgers aan zet' initiative promote?",
  ["2.5.3.1"], [["zorgzame samenleving"], ["representativiteit"]], ["english"])
q("Which words does the 2050 vision use to describe local governments in the 'strong and close' subfacet?",
  ["2.2.1"], [["wendbaar", "wendbare"], ["democratisch verankerd", "krachtig"]], ["english"])
q("In the vision on cooperation between municipalities, do they give up their independence or keep it?",
  ["2.3.1"], [["zelfstandigheid", "autonomie"], ["genetwerkt bestuursmodel"]], ["english"])
q("Should every municipality build up its own vision and expertise on its own, according to the additions?",
  ["2.2.2"], [["Vlaanderen"], ["visie en expertise"]], ["english"])
q("How can similar local initiatives be kept from running side by side without any coordination?",
  ["2.5.3.2"], [["regionale samenwerking"], ["kennis te delen", "schaalvoordelen"]], ["english"])
q("What kind of society is the urban-rural vision for 2050 heading towards?",
  ["2.1.1"], [["fluïde", "verbonden samenleving"], ["lokale identiteit"]], ["english"])
q("What is needed to make cooperation between local governments more structured, and what should be agreed at the start?",
  ["2.2.2"], [["methodieken"], ["verwachtingen"]], ["english"])
q("What's the risk that citizen participation ends up serving individual interests, and what should it aim at instead?",
  ["2.5.2"], [["algemeen belang"]], ["english"])
q("Co-creation with residents is demanding, so why bother according to the participants?",
  ["2.2.2"], [["gedragen resultaten", "waardevolle"], ["tijd en middelen"]], ["english"])
q("What does the village consultant in Leest focus on?",
  ["2.5.3.1"], [["sociale cohesie"], ["burgerinitiatieven"]], ["english"])
q("What does the barrier section on intermunicipal cooperation say about how the Flemish administration itself works?",
  ["2.3.3.3"], [["eigen prioriteiten", "procedures"], ["onvoldoende samen"]], ["english"])
q("How could Flanders nudge municipalities to cooperate beyond their borders in the urban-rural story?",
  ["2.1.3.2"], [["financiering"], ["bestuurlijke silo's", "eigen grenzen"]], ["english"])
q("What do rural civil society organisations need according to the additions on community power?",
  ["2.5.2"], [["ondersteuning"], ["experimenten", "passend budget"]], ["english"])
q("Each local area project is unique, so why would they bother sharing experiences with each other?",
  ["2.4.3.2"], [["principes"], ["lerende netwerken", "kennisdatabanken"]], ["english"])
q("How is the village council described in the good practices on community strength?",
  ["2.5.3.1"], [["sociale motor"]], ["english"])

# ------------------------------------------------------------------ list (c12q076-087)
q("Welke oplossingen stelde de gesprekstafel stad-platteland voor? Geef ze allemaal.",
  ["2.1.3"], [["gemeenschappelijke taal"], ["financieringsstructuren"]], ["list"],
  items=[["gemeenschappelijke taal", "gedeelde ambities"], ["financieringsstructuren"],
         ["kennis- en data-uitwisseling"], ["lokale coalities", "samenwerkingsverbanden"]])
q("Wat is er allemaal nodig om samenwerking over diensten en domeinen heen te laten lukken, volgens de synergieën van de tafel intergemeentelijke en interbestuurlijke samenwerking?",
  ["2.3.3.4"], [["mentaliteitswijzigingen"], ["structurele financiering"]], ["list"],
  items=[["mentaliteitswijzigingen", "minder in hokjes denken"], ["aanpassing wetgeving"],
         ["beleidsnota's"], ["mandaat aan actoren"], ["stabiel beleid"], ["structurele financiering"]])
q("Het slot van de synergieën stad-platteland somt op waar samenwerking meerwaarde geeft. Welke punten zijn dat?",
  ["2.1.3.4"], [["integraal systeemdenken"], ["maatwerk"]], ["list"],
  items=[["integraal systeemdenken"], ["efficiënt gebruik van middelen"], ["meer draagvlak", "win-win"],
         ["ruimte voor maatwerk"]])
q("Geef alle hindernissen die aan de tafel over samenwerking tussen gemeenten en bestuursniveaus op tafel kwamen.",
  ["2.3.3.3"], [["verkokerd landschap"], ["planlast"]], ["list"],
  items=[["verkokerd landschap"], ["ongelijke puzzel", "kostenverdeling"], ["capaciteitsgebrek", "planlast"],
         ["opvolging en verduurzaming"], ["vertrouwen versus eigenbelang"]])
q("Wat zijn de opschalingsacties voor intergemeentelijke en interbestuurlijke samenwerking? Ik wil de volledige lijst.",
  ["2.3.3.2"], [["transversale coördinatie", "verkokerde structuren"], ["regiodeals"]], ["list"],
  items=[["verkokerde structuren", "transversale coördinatie"], ["structurele verankering", "programmawerking"],
         ["juiste schaalniveau"], ["gericht inzetten van middelen", "regiodeals"]])
q("Welke onderdelen omvat de samenwerking tussen burgers en bestuur die de tafel gemeenschapskracht wil opstarten?",
  ["2.5.3.2"], [["participatieladder"], ["subsidiariteit"]], ["list"],
  items=[["gezamenlijke visie op participatie", "participatiekader"], ["participatieladder"],
         ["duidelijke rolverdeling"], ["dorpsraden en lokaal bestuur", "zachte regisseur"],
         ["thema's en werkgroepen"], ["subsidiariteit"]])
q("Met welke beleidsdomeinen legt de tafel sterke en nabije besturen een link? Noem ze allemaal.",
  ["2.2.3.4"], [["mobiliteitssector", "vervoerregio's"], ["digitalisering"]], ["list"],
  items=[["mobiliteitssector", "vervoerregio's"], ["welzijn en sport"], ["duurzaamheid en klimaat"],
         ["toerisme en cultuur"], ["digitalisering"]])
q("Which partners are involved in the Landbouwkalender in the Westhoek? List all of them.",
  ["2.4.3.1"], [["mutualiteiten"], ["CAW"]], ["list", "english"],
  items=[["gemeentes"], ["OCMW's"], ["mutualiteiten"], ["CAW"]])
q("Via welke kanalen kan je volgens de deelnemers sociaal kapitaal in een gemeente samenbrengen? Geef de hele opsomming.",
  ["2.5.3.2"], [["buurtpunten"], ["talentenbanken"]], ["list"],
  items=[["dorpsraden"], ["buurtpunten"], ["buurtambassadeurs"], ["kranten"], ["talentenbanken"]])
q("Rond welke maatschappelijke opgaven hebben dorpen en (peri-)urbane gebieden elkaar nodig? Geef de volledige opsomming uit de omschrijving.",
  ["2.1.1"], [["duurzaam landgebruik"], ["landbouwtransitie"]], ["list"],
  items=[["duurzaam landgebruik"], ["waterbeheer"], ["recreatie en toerisme"], ["landbouwtransitie"]])
q("Welke drempels ervaart gemeentepersoneel in het contact met burgers? Noem ze alle drie.",
  ["2.2.3.3"], [["werkdruk"], ["angst voor klachten"]], ["list"],
  items=[["werkdruk"], ["angst voor klachten"], ["gebrek aan training"]])
q("What tasks does a neutral, cross-cutting coordinator take on in intermunicipal cooperation? Give every one.",
  ["2.3.3.2"], [["regisseur"], ["bewaken de voortgang"]], ["list", "english"],
  items=[["stemmen af"], ["schakelen tussen beleidsdomeinen"], ["faciliteren samenwerking"],
         ["bewaken de voortgang"]])

# ------------------------------------------------------------------ synthesis (c12q088-107)
q("Wat wil de tafel gemeenschapskracht opstarten, en waar botst dat vandaag op in de dorpen?",
  ["2.5.3.2", "2.5.3.3"], [["cultuurverandering", "participatieladder"], ["sociale cohesie", "stille"]],
  ["synthesis"], sides=[side("start", "2.5.3.2"), side("stop", "2.5.3.3")])
q("Zet voor sterke en nabije besturen de voorgestelde acties naast de knelpunten die de deelnemers zagen.",
  ["2.2.3.2", "2.2.3.3"], [["intergemeentelijke samenwerking", "ambassadeurs"], ["wildgroei", "participatiecultuur"]],
  ["synthesis"], sides=[side("start", "2.2.3.2"), side("stop", "2.2.3.3")])
q("For urban-rural cooperation, what is already working well and what is getting in the way?",
  ["2.1.3.1", "2.1.3.3"], [["verbindende thema's", "gelijkwaardig partnerschap"], ["beleidskaders", "capaciteitstekorten"]],
  ["synthesis", "english"], sides=[side("continue", "2.1.3.1"), side("stop", "2.1.3.3")])
q("Welke succesvolle initiatieven noemde de tafel intergemeentelijke samenwerking, en wat is er volgens hen nodig om zulke projecten te laten doorgroeien?",
  ["2.3.3.1", "2.3.3.2"], [["Dorpencoördinator", "Neteland", "Morkhoven"], ["coördinatoren", "structurele inbedding", "regiodeals"]],
  ["synthesis"], sides=[side("continue", "2.3.3.1"), side("start", "2.3.3.2")])
q("Wat moet er starten en wat staat vandaag in de weg, als het gaat om samenwerken per gebied of regio?",
  ["2.4.3.2", "2.4.3.3"], [["coalition", "mandaat"], ["top-down", "versnippering"]],
  ["synthesis"], sides=[side("start", "2.4.3.2"), side("stop", "2.4.3.3")])
q("Hoe komt vertrouwen terug in de gesprekken over intergemeentelijke samenwerking en over de gebiedsgerichte aanpak?",
  ["2.3.3.3", "2.4.3.2", "2.4.3.3"], [["eigenbelang", "eerlijk verdeeld"], ["mede-eigenaarschap", "wederzijds vertrouwen"], ["van bovenaf", "taalkundige afstand"]],
  ["synthesis"], sides=[side("intergemeentelijk stop", "2.3.3.3"), side("gebiedsgericht start", "2.4.3.2"),
                        side("gebiedsgericht stop", "2.4.3.3")])
q("Vergelijk de figuur van de coördinator of regisseur zoals die opduikt bij intergemeentelijke samenwerking, gebiedsgerichte werking en gemeenschapskracht.",
  ["2.3.3.2", "2.4.3.2", "2.5.3.2"], [["transversale coördinatoren", "regisseur"], ["onmisbaar", "bewaart het overzicht"], ["zachte regisseur"]],
  ["synthesis"], sides=[side("2.3", "2.3.3.2"), side("2.4", "2.4.3.2"), side("2.5", "2.5.3.2")])
q("Hoe verhouden de vaststellingen over participatiecultuur bij sterke en nabije besturen zich tot wat de tafel gemeenschapskracht voorstelt?",
  ["2.2.3.2", "2.2.3.3", "2.5.3.2"], [["beperkte participatiecultuur", "cultuurverandering"], ["participatieladder", "faciliterende organisatie"]],
  ["synthesis"], sides=[side("sterke en nabije besturen", "2.2.3.2", "2.2.3.3"), side("gemeenschapskracht", "2.5.3.2")])
q("Welke rol krijgt de dorpsraad in de goede praktijken, de opschaling en de drempels van gemeenschapskracht?",
  ["2.5.3.1", "2.5.3.2", "2.5.3.3"], [["sociale motor"], ["brugfiguren"], ["beleidsbetrokkenheid", "individuele klachten"]],
  ["synthesis"], sides=[side("continue", "2.5.3.1"), side("start", "2.5.3.2"), side("stop", "2.5.3.3")])
q("Waar pleit het verslag voor initiatief vanuit de basis, en waar ziet het beleid dat van bovenaf wordt opgelegd als probleem?",
  ["2.4.3.1", "2.5.1", "2.4.3.3"], [["onderuit"], ["top-down"]],
  ["synthesis"], sides=[side("bottom-up", "2.4.3.1", "2.5.1"), side("top-down", "2.4.3.3")])
q("How do the subsidy rules come up as a barrier both in intermunicipal cooperation and in the area-based approach?",
  ["2.3.3.3", "2.4.3.3"], [["resultaatgerichte indicatoren", "subsidieperiode"], ["doelgerichte besteding", "administratieve last"]],
  ["synthesis", "english"], sides=[side("intergemeentelijk", "2.3.3.3"), side("gebiedsgericht", "2.4.3.3")])
q("Vergelijk het vertrekpunt over sterke en nabije besturen met wat de aanwezigen er tijdens de eerste stap nog aan toevoegden.",
  ["2.2.1", "2.2.2"], [["basisschakels", "regisseur"], ["subsidiariteitsprincipe", "vrijwilligheid"]],
  ["synthesis"], sides=[side("toekomstbeeld", "2.2.1"), side("aanvullingen", "2.2.2")])
q("Op welke manieren wil het verslag burgers niet alleen laten meepraten maar ook echt verantwoordelijkheid geven?",
  ["2.2.2", "2.5.1", "2.5.2"], [["burgerbudgetten"], ["right to challenge", "R2C"], ["budgethouderschap"]],
  ["synthesis"], sides=[side("nabije besturen", "2.2.2"), side("toekomstbeeld gemeenschapskracht", "2.5.1"),
                        side("aanvullingen gemeenschapskracht", "2.5.2")])
q("Wat zegt het verslag over vrijwilligers, van het toekomstbeeld over de praktijkvoorbeelden tot de synergieën?",
  ["2.5.1", "2.5.3.1", "2.5.3.4"], [["vrijwilligersbeleid"], ["talentenbank", "Iedereen Leest"], ["erkennen"]],
  ["synthesis"], sides=[side("toekomstbeeld", "2.5.1"), side("continue", "2.5.3.1"), side("synergie", "2.5.3.4")])
q("The report says local counters are still essential, but also that municipalities should go out to people. How do those two points fit together?",
  ["2.2.3.3", "2.5.3.3"], [["loketwerking"], ["outreachende", "huisbezoeken"]],
  ["synthesis", "english"], sides=[side("loket", "2.2.3.3"), side("outreach", "2.5.3.3")])
q("Hoe komen landbouwers aan bod bij de goede praktijken stad-platteland, de gebiedsgerichte aanpak en de synergieën van gemeenschapskracht?",
  ["2.1.3.1", "2.4.3.1", "2.5.3.4"], [["ondernemers", "boerderijbezoeken"], ["Landbouwkalender"], ["publieke gronden"]],
  ["synthesis"], sides=[side("stad-platteland", "2.1.3.1"), side("gebiedsgericht", "2.4.3.1"),
                        side("gemeenschapskracht", "2.5.3.4")])
q("How does water come back as a theme in the urban-rural synergies and in the area-based good practices?",
  ["2.1.3.4", "2.4.3.1"], [["waterbeheer", "waterkwaliteit"], ["waterproblematiek"]],
  ["synthesis", "english"], sides=[side("stad-platteland", "2.1.3.4"), side("gebiedsgericht", "2.4.3.1")])
q("Te veel overlappende structuren: waar komt dat probleem terug, en wat stellen de deelnemers ertegenover?",
  ["2.2.3.3", "2.4.3.3", "2.2.3.2"], [["wildgroei"], ["Water+Land+Schap", "LEADER"], ["vereenvoudigen", "stroomlijnen"]],
  ["synthesis"], sides=[side("nabije besturen stop", "2.2.3.3"), side("gebiedsgericht stop", "2.4.3.3"),
                        side("nabije besturen start", "2.2.3.2")])
q("Vergelijk wat de tafels intergemeentelijke samenwerking en gebiedsgerichte aanpak zeggen over de banden met andere beleidsdomeinen.",
  ["2.3.3.4", "2.4.3.4"], [["mentaliteitswijzigingen", "structurele financiering", "mandaat aan actoren"], ["coalition", "gebiedsgericht"]],
  ["synthesis"], sides=[side("2.3", "2.3.3.4"), side("2.4", "2.4.3.4")])
q("How does knowledge sharing between governments show up across the urban-rural, close-government and area-based tables?",
  ["2.1.3.2", "2.2.3.2", "2.4.3.2"], [["kennisdeling"], ["Broodje Burger", "netwerken"], ["lerende netwerken"]],
  ["synthesis", "english"], sides=[side("stad-platteland", "2.1.3.2"), side("nabije besturen", "2.2.3.2"),
                                   side("gebiedsgericht", "2.4.3.2")])

# ------------------------------------------------------------------ refuse (c12q108-139)
R = ["refuse"]
RE = ["refuse", "english"]
q("Wat betaalt een gemeente per dag voor de expertise van een provinciale medewerker?", [], [], R)
q("Welk budget krijgt elke provincie voor de Veerkrachtige dorpen-trajecten?", [], [], R)
q("Welk percentage van de 54 deelnemers kwam van een lokaal bestuur?", [], [], R)
q("What was the total funding of the Water+Land+Schap programme?", [], [], RE)
q("Welk decreet regelt de oprichting en erkenning van een dorpsraad?", [], [], R)
q("Welke wet moet precies aangepast worden bij de 'aanpassing wetgeving' die de synergietafel vraagt?", [], [], R)
q("Welke artikels van de vzw-wetgeving willen de deelnemers schrappen of wijzigen?", [], [], R)
q("Wat is het officiële standpunt van de VVSG over een schepen van gebiedsgerichte werking?", [], [], R)
q("Hoe staat Boeren op een Kruispunt tegenover de Landbouwkalender in de Westhoek?", [], [], R)
q("What is Samen Ferm's official position on burgerbudgetten?", [], [], RE)
q("Hoe heet de schakelfiguur die in Mollenkoeij het aanspreekpunt is tussen dorpen en gemeente?", [], [], R)
q("Hoe heet de verantwoordelijke van het netwerk 'Lokaal Bestuur' in de Kempen?", [], [], R)
q("Welke deelnemer zei dat programmamanagers veel tijd kwijt zijn aan het rechtvaardigen van budgetten?", [], [], R)
q("In welk jaar rolt Vlaanderen het Antwerpse plattelandslabo uit over alle provincies?", [], [], R)
q("Op welke datum worden de resultaten van alle toekomstateliers samen voorgesteld?", [], [], R)
q("Welke inzichten leverde het toekomstatelier over een kwalitatieve, veerkrachtige en multifunctionele open ruimte op?", [], [], R)
q("Where and when was the first toekomstatelier of the Plattelandspact held?", [], [], RE)
q("In welke provincie ligt Aarschot, waar de digitale talentenbank werd opgericht?", [], [], R)
q("Welke gemeenten maken deel uit van het LEADER-gebied Hageland?", [], [], R)
q("Since when has the Broodje Burger network existed?", [], [], RE)
q("Welke tussenstappen liggen er op de participatieladder tussen informeren en co-creatie?", [], [], R)
q("What is the name of the French body that serves as the model for an entity for territorial development?", [], [], RE)
q("Wat doet RURANT precies, dat op de deelnemerslijst staat?", [], [], R)
q("Met hoeveel is de vereenzaming in Morkhoven gedaald sinds de aanpak startte?", [], [], R)
q("Which AI tool was used to process the participants' input for this report?", [], [], RE)
q("Welk adviesbureau (naam) raden de deelnemers aan om een participatietraject in onze gemeente te begeleiden?", [], [], R)
q("Ik ben schepen in Hove: moeten wij uit onze intercommunale stappen?", [], [], R)
q("Kan een Vlaamse gemeente zelf een Regiodeal aanvragen bij de Nederlandse overheid, en onder welke voorwaarden?", [], [], R)
q("Met hoeveel waren de deelnemers die over dorpsraden, burgerbudgetten en buurtwerking praatten?", [], [], R)
q("Hoe lang duurde het atelier in de Pastorij, van hoe laat tot hoe laat?", [], [], R)
q("Op welk e-mailadres kan een gemeente contact opnemen met het plattelandslabo van de provincie Antwerpen?", [], [], R)
q("Hoeveel deelnemers stemden voor het voorstel van een schepen van gebiedsgerichte werking?", [], [], R)

# ------------------------------------------------------------------ answerable controls (c12q140-171)
q("Hoe vaak komen medewerkers van de provincie hun kennis delen in kleinere gemeenten?",
  ["2.2.3.2"], [["enkele dagen"]], ["fact"])
q("Op welke schaal leggen partners in een Regiodeal hun doelen en geldafspraken vast?",
  ["2.4.3.1"], [["gebiedsniveau"]], ["fact"])
q("Voor hoe lang ligt het geld vast bij een regiodeal, volgens het blok over gerichte middelen?",
  ["2.3.3.2"], [["meerjarige financiering", "langetermijnfinanciering"]], ["fact"])
q("Kleine vzw's in dorpen dreigen te verdwijnen. Welke regelgeving willen de deelnemers daarom vereenvoudigen?",
  ["2.5.2"], [["vzw-wetgeving"]], ["fact"])
q("Wat vraagt horizontale en transversale samenwerking op vlak van regels?",
  ["2.3.3.4"], [["aanpassing wetgeving"]], ["fact"])
q("Welk voorstel doen de deelnemers in hun aanvullingen over een aparte schepen voor de aanpak per gebied?",
  ["2.4.2"], [["gebiedsgerichte werking"]], ["fact"])
q("Welke onderwijsinstelling is partner van het buurtzorgproject in de goede praktijken van gemeenschapskracht?",
  ["2.5.3.1"], [["Thomas More"]], ["fact"])
q("Hoe heet de dorpskrant die huis-aan-huis door vrijwilligers wordt verdeeld?",
  ["2.5.3.1"], [["Iedereen Leest"]], ["fact"])
q("Welke twee organisaties uit het middenveld brengen volgens de laatste synergieparagraaf burgers, beleidsmakers en vrijwilligers samen?",
  ["2.5.3.4"], [["Arktos"], ["Saamo"]], ["fact"])
q("Welk jaartal staat op de horizon van het inspirerende toekomstbeeld waarmee het traject vertrekt?",
  ["inleiding"], [["2050"]], ["fact"])
q("Ik coördineer een samenwerkingsproject dat op één subsidie draait. Hoe voorkom ik dat alles stilvalt als het geld op is?",
  ["2.3.3.2"], [["structurele inbedding", "structurele financiering"], ["bij aanvang", "opvolging"]], ["paraphrase"])
q("Wanneer verdwijnt de projectwerking van samenwerkingen tussen gemeenten vaak?",
  ["2.3.3.3"], [["subsidieperiode"]], ["fact"])
q("Over welke andere kernfacetten werden er naast besturen en burgers nog toekomstateliers georganiseerd?",
  ["inleiding"], [["open ruimte"], ["woonomgeving", "zorgzame gemeenschap"], ["economische bedrijvigheid"]], ["fact"])
q("Met welke methodiek brachten de gesprekstafels goede praktijken, acties, knelpunten en kansen in kaart?",
  ["1"], [["Continue"], ["Synergie"]], ["fact"])
q("Bij welke stad hoort Leest, waar een dorpsconsulent actief is?",
  ["2.5.3.1"], [["Mechelen"]], ["fact"])
q("Welke individuele gemeenten stuurden iemand naar Olen?",
  ["bijlage"], [["Hove"], ["Mol"], ["Ravels", "Retie"]], ["fact"])
q("Waar zet een netwerk groendienstmedewerkers in als ambassadeurs die signalen opvangen?",
  ["2.2.3.1"], [["Kempen"]], ["fact"])
q("Welke Vlaamse regio wordt bij de goede praktijken van de gebiedsgerichte aanpak genoemd omdat besturen er al van oudsher samenwerken?",
  ["2.4.3.1"], [["Zuid-West-Vlaanderen"]], ["fact"])
q("Wat is de eerste en wat de laatste trede van de participatieladder?",
  ["2.5.3.2"], [["informeren"], ["co-creatie"]], ["fact"])
q("Wat zou een entiteit voor territoriale ontwikkeling naar buitenlands voorbeeld voor steden en gemeenten doen?",
  ["2.1.3.2"], [["ontzorgen"], ["kennisopbouw", "ondersteuning"]], ["fact"])
q("Rond welk domein werken Dessel en Retie samen, volgens de lijst van succesvolle initiatieven?",
  ["2.3.3.1"], [["welzijn"]], ["fact"])
q("Ik wil als gemeente echt alle lagen van de bevolking bereiken, ook wie nooit reageert. Wat werkt daarvoor het best?",
  ["2.5.3.3"], [["huisbezoeken", "outreachend"]], ["paraphrase"])
q("Ik ben jeugdconsulent en wil jongeren betrekken bij een project in het dorp. Hoe pak ik dat aan?",
  ["2.5.3.4"], [["jeugdbewegingen", "informele netwerken"], ["leefwereld"]], ["paraphrase"])
q("Ik wil in mijn streek iets doen rond wateroverlast en droogte, maar we hebben geen vaste structuur. Hoe zijn anderen begonnen?",
  ["2.4.3.1"], [["coalition", "lokale coalitie"], ["Open Ruimte Platform"]], ["paraphrase"])
q("Wie moeten beleidsprojecten mee dragen volgens de opschaling van gemeenschapskracht?",
  ["2.5.3.2"], [["schepenen"], ["ambtenaren"], ["burgers"]], ["fact"])
q("Met welke partner zet Bond Beter Leefmilieu in op duurzame initiatieven?",
  ["2.5.3.1"], [["Groene Kring"]], ["fact"])
q("Welk deel van de plattelandsgemeenten kampt volgens de aanvullingen met capaciteitsproblemen?",
  ["2.3.2"], [["alle plattelandsgemeenten"]], ["fact"])
q("Op welke termijn kijken de lokale besturen in het toekomstbeeld van sterke en nabije besturen vooruit?",
  ["2.2.1"], [["langetermijnvisie"]], ["fact"])
q("Met welke functie werden gemeentebesturen vroeger vooral opgezet, volgens de drempels rond dorpsontwikkeling?",
  ["2.5.3.3"], [["dienstverlenende instanties"], ["loketfunctie"]], ["fact"])
q("Van wie moet de vraag vertrekken bij een Regiodeal?",
  ["2.4.3.1"], [["onderuit"]], ["fact"])
q("Wat vinden de deelnemers van eenrichtingscommunicatie door lokale overheden?",
  ["2.5.2"], [["durven samenwerken"], ["cultuurverandering", "faciliterende"]], ["fact"])
q("Werken interbestuurlijke samenwerkingen volgens de synergieën van de aanpak per regio ook per gebied?",
  ["2.4.3.4"], [["gebiedsgericht"]], ["fact"])

# ------------------------------------------------------------------ conversations (c12c01-c12c14)
C = []


def t(question, gold, facts, tags=()):
    return {"question": question, "gold_sections": gold, "facts": facts, "tags": list(tags)}


C.append([
    t("Waarom lopen veel gebiedsgerichte initiatieven vast op de manier waarop subsidies worden toegekend?",
      ["2.4.3.3"], [["doelgerichte besteding"], ["administratieve last"]]),
    t("Hoe willen de deelnemers dat dan anders aanpakken?",
      ["2.4.3.2"], [["mandaat"], ["structurele afspraken", "financiële middelen"]], ["kind-switch"]),
    t("Raakt dat ook aan samenwerking met andere besturen?",
      ["2.4.3.4"], [["coalition"]], ["kind-switch", "pronoun"]),
])
C.append([
    t("Welke voorbeelden zijn er van dorpsraden en burgerinitiatieven die de gemeenschap in het dorp sterker maken?",
      ["2.5.3.1"], [["sociale motor"], ["talentenbank", "Iedereen Leest", "Zorgzame buurten"]]),
    t("En waar lopen die vandaag tegen de muur?",
      ["2.5.3.3"], [["sociale cohesie", "stille"], ["toegankelijkheid"]], ["kind-switch", "pronoun"]),
    t("En specifiek voor jongeren?",
      ["2.5.3.3", "2.5.3.4"], [["onvoldoende gehoord", "directe gesprekken", "traditionele kanalen"]], ["new-aspect"]),
])
C.append([
    t("What already works well in cooperation between municipalities, according to the intermunicipal table?",
      ["2.3.3.1"], [["Dorpencoördinator", "Samenproject", "Omgeving"]], ["english"]),
    t("And what's holding that kind of cooperation back?",
      ["2.3.3.3"], [["kostenverdeling", "planlast", "verkokerd"]], ["kind-switch", "english"]),
    t("Does it tie in with other policy fields at all?",
      ["2.3.3.4"], [["mentaliteitswijzigingen", "structurele financiering", "stabiel beleid"]], ["kind-switch", "english"]),
])
C.append([
    t("Hoe zorgen gemeenten vandaag al voor nabijheid tot hun inwoners?",
      ["2.2.3.1"], [["mobiel onthaal", "wijkwerking"], ["schakelfiguur", "persoonlijk contact"]]),
    t("Even iets anders: wat houdt het voorstel voor een entiteit voor territoriale ontwikkeling in?",
      ["2.1.3.2"], [["Frankrijk"], ["ontzorgen", "kennisopbouw"]], ["independent"]),
    t("Terug naar die nabijheid: wat houdt het gemeentepersoneel tegen om contact te leggen met burgers?",
      ["2.2.3.3"], [["werkdruk", "angst voor klachten", "gebrek aan training"]], ["kind-switch"]),
])
C.append([
    t("Hoe willen de deelnemers de samenwerking tussen steden en het omliggende platteland verder uitbouwen?",
      ["2.1.3.2"], [["structurele", "gezamenlijke pot"], ["begeleiding", "dialoog"]]),
    t("Wat maakt dat vandaag moeilijk?",
      ["2.1.3.3"], [["beleidskaders", "capaciteitstekorten", "sectoraal"]], ["kind-switch"]),
    t("Met welke beleidsvelden hangt dit samen, bijvoorbeeld mobiliteit?",
      ["2.1.3.4"], [["bereikbaarheid"], ["leefkwaliteit"]], ["kind-switch"]),
])
C.append([
    t("Welke link leggen de deelnemers aan de tafel sterke en nabije besturen met het vervoer op het platteland?",
      ["2.2.3.4"], [["vervoerregio's"], ["deelfietsen", "taxi-projecten", "taxicheques"]]),
    t("En wat met digitalisering?",
      ["2.2.3.4"], [["digitale dienstverlening", "fysieke nabijheid"], ["kwetsbare burgers"]], ["new-aspect"]),
    t("Terug naar het vervoer: welke goede praktijk draait er nu al in gemeenten?",
      ["2.2.3.1"], [["taxicheques"], ["mobiliteitsnood"]], ["kind-switch"]),
])
C.append([
    t("Welke rol krijgen neutrale, transversale coördinatoren in de opschaling van samenwerking tussen gemeenten?",
      ["2.3.3.2"], [["regisseur"], ["aanspreekpunt"]]),
    t("Waar loopt het doorbreken van die silo's vandaag op vast?",
      ["2.3.3.3"], [["isolatie", "verkokerd landschap"], ["sectorale aanpak", "eigen prioriteiten"]], ["kind-switch"]),
    t("Los daarvan: welke thema's kunnen stad en platteland samenbrengen volgens de goede praktijken?",
      ["2.1.3.1"], [["voedsel"], ["water", "natuur", "mobiliteit"]], ["independent"]),
])
C.append([
    t("Welk element misten de aanwezigen in de tekst over gemeenschapskracht als hefboom?",
      ["2.5.2"], [["inclusief lokaal beleid"], ["kwetsbare positie"]]),
    t("Zijn er gemeenten die daar vandaag al in slagen? Geef eens voorbeelden.",
      ["2.5.3.1"], [["burgerbudgetten", "Arktos", "Zorgzame buurten"]], ["kind-switch"]),
    t("Iets helemaal anders: wat streven gemeenten, provincies en Vlaanderen volgens het toekomstbeeld samen na op het platteland?",
      ["2.3.1"], [["gedeelde ambitie"], ["wederzijds afhankelijk"]], ["independent"]),
])
C.append([
    t("Wat doen vrijwilligers volgens de synergieparagraaf over zorgzame buurten en gemeenschappen?",
      ["2.5.3.4"], [["informatieverspreiding", "verbinding"], ["erkennen", "ondersteuning"]]),
    t("Hoe ziet het toekomstbeeld voor 2050 de ondersteuning van hen op Vlaams niveau?",
      ["2.5.1"], [["vrijwilligersbeleid"], ["waardering"]], ["kind-switch", "pronoun"]),
    t("En wat met de generatiewissel?",
      ["2.5.3.2"], [["vrijwilligerswerk"], ["erkenning", "verenigingen"]], ["new-aspect"]),
])
C.append([
    t("Hoe moeten gemeenten en bovenlokale besturen van elkaar leren volgens de aanvullingen bij sterke en nabije besturen?",
      ["2.2.2"], [["kruisbestuiving"], ["terreinexpertise", "thematische diepgang"]]),
    t("Bestaan er al netwerken waar besturen zo kennis uitwisselen, en hoe wil men die uitbreiden?",
      ["2.2.3.2"], [["Broodje Burger"], ["27 lokale besturen", "goede praktijken"]], ["kind-switch"]),
    t("Wie moet die netwerken ondersteunen?",
      ["2.2.3.2"], [["hogere overheden"]], ["pronoun"]),
])
C.append([
    t("Hoe kunnen gerichte subsidies samenwerking tussen gemeenten op gang brengen?",
      ["2.3.3.2"], [["hefboomeffect"], ["Regiodeals"]]),
    t("Waar wringt dat subsidiesysteem vandaag bij samenwerking tussen gemeenten?",
      ["2.3.3.3"], [["resultaatgerichte indicatoren", "kapitaalkrachtigere"], ["subsidieperiode", "cofinanciering"]],
      ["kind-switch", "pronoun"]),
    t("Nog een losse vraag: wat bedoelt het verslag met de 'belevingskloof'?",
      ["2.1.3.1"], [["stad en platteland"], ["overbrugd", "gedeelde verantwoordelijkheid"]], ["independent"]),
])
C.append([
    t("Welke goede praktijk in de Westhoek brengt hulp voor landbouwers dichterbij?",
      ["2.4.3.1"], [["Landbouwkalender"], ["nabije hulppunten"]]),
    t("Wat maakt het moeilijk om zulke regionale initiatieven goed te laten renderen?",
      ["2.4.3.3"], [["versnippering", "inefficiëntie"], ["doelgerichte besteding", "top-down"]], ["kind-switch"]),
    t("En maakt de streektaal of het dialect het nog lastiger?",
      ["2.4.3.3"], [["dialecten", "niet van hier"], ["vertrouwen"]], ["new-aspect"]),
])
C.append([
    t("Wat bedoelt de tafel gemeenschapskracht met een gemeente als 'zachte regisseur'?",
      ["2.5.3.2"], [["faciliteren"], ["sturen"]]),
    t("Welke hindernissen staan die faciliterende rol vandaag in de weg?",
      ["2.5.3.3"], [["loketfunctie", "dienstverlenende instanties"], ["outreachende", "toegankelijkheid"]],
      ["kind-switch", "pronoun"]),
    t("Andere vraag: welke voordelen brengt samenwerking tussen lokale besturen volgens de aanvullingen bij sterke en nabije besturen?",
      ["2.2.2"], [["synergie-effecten"], ["win-winsituaties"]], ["independent"]),
])
C.append([
    t("Waarom is een coördinator onmisbaar in een gebiedsgerichte coalitie?",
      ["2.4.3.2"], [["overzicht"], ["kennisdeling", "afstemming"]]),
    t("Met welk document kan die persoon verantwoordelijkheden duidelijk maken?",
      ["2.4.3.2"], [["samenwerkingsovereenkomst"]], ["pronoun"]),
    t("Bestaan er in Vlaanderen al voorbeelden waar zo'n samenwerking per gebied goed loopt?",
      ["2.4.3.1"], [["Open Ruimte Platform", "Zuid-West-Vlaanderen", "Landbouwkalender"]], ["kind-switch"]),
])


# ------------------------------------------------------------------ serialise + leakage check
def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def leaks(question, facts, items):
    out = []
    nq = norm(question)
    for grp in list(facts) + list(items or []):
        if len(grp) == 1 and norm(grp[0]) in nq:
            out.append(grp[0])
    return out


def main():
    assert len(Q) == 171, len(Q)
    assert len(C) == 14, len(C)
    leak_hits = []
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for n, it in enumerate(Q, 1):
            o = {"id": "c12q%03d" % n, "question": it["question"], "gold_sections": it["gold_sections"],
                 "facts": it["facts"], "tags": it["tags"], "split": "test"}
            if it["items"] is not None:
                o["items"] = it["items"]
            if it["sides"] is not None:
                o["sides"] = it["sides"]
            for term in leaks(it["question"], it["facts"], it["items"]):
                leak_hits.append("%s: %r" % (o["id"], term))
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
        for n, turns in enumerate(C, 1):
            cid = "c12c%02d" % n
            for k, tt in enumerate(turns, 1):
                for term in leaks(tt["question"], tt["facts"], None):
                    leak_hits.append("%s/t%d: %r" % (cid, k, term))
            fh.write(json.dumps({"id": cid, "tags": ["conversation"], "split": "test", "turns": turns},
                                ensure_ascii=False) + "\n")
    print("wrote %d questions, %d conversations" % (len(Q), len(C)))
    print("fact leakage hits: %d" % len(leak_hits))
    for h in leak_hits:
        print("  leak " + h)
    return 1 if leak_hits else 0


if __name__ == "__main__":
    sys.exit(main())
