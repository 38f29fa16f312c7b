#!/usr/bin/env python3
"""Throw-away serialiser for the cold9 set: every item below was written by hand from the report."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
Q = []

def add(q, gold, facts, tags, items=None, sides=None):
    o = {"id": "c9q%03d" % (len(Q) + 1), "question": q, "gold_sections": gold, "facts": facts, "tags": tags, "split": "test"}
    if items is not None:
        o["items"] = items
    if sides is not None:
        o["sides"] = sides
    Q.append(o)

def fact(q, g, f): add(q, [g] if isinstance(g, str) else g, f, ["fact"])
def para(q, g, f, extra=()): add(q, [g] if isinstance(g, str) else g, f, ["paraphrase"] + list(extra))
def eng(q, g, f, extra=()): add(q, [g] if isinstance(g, str) else g, f, ["english"] + list(extra))
def lst(q, g, items, f, extra=()): add(q, [g] if isinstance(g, str) else g, f, ["list"] + list(extra), items=items)
def syn(q, sides, f, extra=()):
    gold = []
    for _, secs in sides:
        for s in secs:
            if s not in gold:
                gold.append(s)
    add(q, gold, f, ["synthesis"] + list(extra), sides=[{"name": n, "sections": s} for n, s in sides])
def ref(q, extra=()): add(q, [], [], ["refuse"] + list(extra))

# ---------------------------------------------------------------- fact 001-025
fact("Rond welk thema werd het vijfde toekomstatelier in Olen georganiseerd?", "inleiding", [["bestuurskracht"], ["burgerkracht"]])
fact("Welke hulpmiddelen en nalezers kwamen eraan te pas om de bijdragen van de aanwezigen tot deze tekst te verwerken?", "status-van-dit-document", [["AI"], ["moderatoren"]])
fact("Waartoe diende de afsluitende ronde, nadat de gesprekstafels hun subfacet hadden uitgediept?", "1", [["feedback"], ["niet rechtstreeks"]])
fact("Voor welke gedeelde opgaven rekenen landelijke kernen en (peri-)urbane gebieden op elkaar in de omschrijving van het stad-plattelandbeeld?", "2.1.1", [["landgebruik"], ["waterbeheer"], ["landbouwtransitie"]])
fact("Welke twee lacunes signaleerden de aanwezigen in het toekomstbeeld over stad en platteland samen?", "2.1.2", [["financiële waardering"], ["holistisch denken"]])
fact("Welke samenwerkingsvormen worden genoemd als voorbeeld van gelijkwaardig partnerschap in een gebiedsgerichte aanpak?", "2.1.3.1", [["waterlandschappen"], ["voedselcoalities"]])
fact("Welk buitenlands model inspireert het voorstel voor een entiteit die steden en gemeenten ontzorgt bij territoriale ontwikkeling?", "2.1.3.2", [["Frankrijk"], ["ontzorgen", "kennisopbouw"]])
fact("Waarom kan ook de nieuwe thematische werking rond voedsel, water en ruimte de inspanningen toch versnipperen?", "2.1.3.3", [["naast elkaar"], ["overkoepelende"]])
fact("Waar wordt stroom opgewekt en waar verbruikt, en welke afspraken maakt dat mogelijk tussen stad en platteland?", "2.1.3.4", [["energieopwekking", "zonneparken"], ["afnemers"]])
fact("Hoe worden de lokale besturen van 2050 omschreven in het toekomstbeeld over sterke en nabije besturen?", "2.2.1", [["wendbare", "wendbaar"], ["gelaagd"]])
fact("Welke bevoegdheden zijn lastig uit te oefenen voor een bestuur dat zo dicht op de inwoners zit?", "2.2.2", [["handhaving"], ["vergunningen weigeren"]])
fact("Welke groep voelt volgens de goede praktijken vaak een grote afstand tot het bestuur, en wat vergroot die afstand?", "2.2.3.1", [["armoede"], ["digitalisering", "gemeentefusies"]])
fact("Met welke laagdrempelige formats kan inspraak een vaste gewoonte worden in het gemeentehuis in plaats van een projectmatige uitzondering?", "2.2.3.2", [["koffiemomenten"], ["informele adviesraden"]])
fact("Waarom vallen plattelandsgemeenten vaak uit de boot bij de verdeling van middelen?", "2.2.3.3", [["inwonersaantallen"]])
fact("Welke rol krijgen gemeentebesturen in het toekomstbeeld over intergemeentelijke en interbestuurlijke samenwerking?", "2.3.1", [["basisschakel"], ["zelfstandigheid", "autonomie"]])
fact("Welke samenwerking rond welzijn wordt vermeld bij de succesvolle beleidsinitiatieven van intergemeentelijke samenwerking?", "2.3.3.1", [["Dessel"], ["Retie"]])
fact("Wat moeten medewerkers volgens de opschalingsacties krijgen om over de grenzen van hun beleidsdomein heen te handelen?", "2.3.3.2", [["gemandateerd"], ["takenpakket"]])
fact("Met welke structurele capaciteitsproblemen kampen kleine gemeenten volgens de drempels van intergemeentelijke samenwerking?", "2.3.3.3", [["planlast"], ["expertise"]])
fact("Welke samenwerking staat centraal in de synergiën van het subfacet intergemeentelijke en interbestuurlijke samenwerking?", "2.3.3.4", [["horizontale"], ["transversale"]])
fact("Waarvoor zijn de actiegroepen die onder LEADER ontstonden volgens de omschrijving zo krachtig?", "2.4.1", [["publieke en private"], ["kennisdeling"]])
fact("Welk bestaand bestuursniveau verdient volgens de aanvullingen de voorkeur boven nieuwe regio's en gebiedswerkingen?", "2.4.2", [["provincies"]])
fact("Waarom geldt Zuid-West-Vlaanderen als goede praktijk van samenwerking tussen besturen?", "2.4.3.1", [["traditie"]])
fact("Hoe kunnen streekgebonden omgangsvormen en spreektaal het opbouwen van vertrouwen in een gebiedswerking bemoeilijken?", "2.4.3.3", [["dialecten"], ["niet van hier"]])
fact("Op welk moment horen verkozenen mee aan boord te komen bij inspraaktrajecten?", "2.5.2", [["hele proces"], ["vertrouwen"]])
fact("Wat is de afbakening van een dorpsraad: waar moet hij zich mee bezighouden en waarmee niet?", "2.5.3.3", [["beleidsbetrokkenheid"], ["individuele klachten"]])
assert len(Q) == 25

# ---------------------------------------------------------------- paraphrase 026-055
para("Is het verschil tussen stadsmensen en plattelanders echt zo groot, of zit het vooral tussen de oren?", "2.1.2", [["mentale afstand"]])
para("Moeten we ook denken aan de gemeenten die half stedelijk en half landelijk zijn?", "2.1.2", [["peri-urbane"]])
para("Hoe zorg je ervoor dat een kleine partner in een samenwerking evenveel te zeggen heeft als een grote stad?", "2.1.3.1", [["gelijkwaardige stem", "gelijkwaardig"], ["schaalverschillen"]])
para("Weten mensen uit de stad eigenlijk nog waar hun eten vandaan komt?", "2.1.3.1", [["belevingskloof", "nul idee"], ["supermarkt"]])
para("Waarom kan niet elke gemeente intekenen op oproepen en subsidietrajecten, ook al staan ze open voor iedereen?", ["2.1.3.3", "2.3.3.3", "2.1.3"], [["menskracht", "personeelscapaciteit", "capaciteitsverschillen"], ["expertise", "financiële armslag", "projectoproepen"]])
para("Kan meer samenwerking tussen stad en buitengebied ook de gezondheid van inwoners verbeteren?", "2.1.3.4", [["lokale voedselketens"], ["luchtkwaliteit", "ontmoeten"]])
para("Levert samen investeren, over besturen en domeinen heen, meer op voor minder geld?", "2.1.3.4", [["minder middelen"], ["meer impact"]])
para("Welke rol hebben gemeenten bij het bereiken van mensen die slecht met computers overweg kunnen of pas in het land zijn?", "2.2.2", [["nieuwkomers"], ["digitaal vaardige"]])
para("Volstaat het dat gemeenten enkel samenwerken wanneer ze daar zelf zin in hebben?", "2.2.2", [["vrijwilligheid"], ["sneller"]])
para("Hoe kunnen gemeentearbeiders die buiten aan het werk zijn opvangen wat er leeft bij de bewoners?", ["2.2.3.1", "2.2.3.2"], [["ambassadeurs"], ["groendienst", "groendienstmedewerkers"]])
para("Hoe vind je een middenweg tussen grotere gemeenten vormen en toch dicht bij de mensen blijven?", ["2.2.3.2", "2.2.3.3"], [["schaalvergroting"], ["bovenlokale identiteit"]])
para("Wie ontbrak er eigenlijk aan tafel toen het over nabije besturen ging?", "2.2.3.3", [["afwezig"], ["lokale besturen"]])
para("Hoe krijgen inwoners een stem in het toeristische en culturele leven van hun gemeente?", "2.2.3.4", [["cultuurhuizen"], ["lokale evenementen", "toeristische raden"]])
para("Wat is het ideaal voor de manier waarop gemeente, provincie en Vlaanderen naar hetzelfde doel toewerken op het platteland?", "2.3.1", [["gedeelde ambitie"], ["wederzijds afhankelijk"]])
para("Krijgen kleine gemeenten door de handen in elkaar te slaan genoeg geld bijeen voor waardevolle projecten?", "2.3.2", [["voldoende middelen"], ["capaciteit"]])
para("Wie moet in een samenwerking over gemeenten en departementen heen de touwtjes in handen houden?", "2.3.3.2", [["coördinatoren"], ["regisseur"]])
para("Op welk niveau werk je best samen als het probleem een rivier of een landschap is?", ["2.3.3.2", "2.4.3.2"], [["schaalniveau"]])
para("Wie betaalt wat als een project maar een klein stukje van een gemeente raakt?", "2.3.3.3", [["kostenverdeling"], ["transparant"]])
para("Waarom trekken overheden zo weinig lessen uit projecten die al afgerond zijn?", ["2.3.3.3", "2.4.3.3"], [["leerlessen"], ["geëvalueerd", "beleidsfeedback"]])
para("Wie regelt de afstemming tussen projecten in een streek als er op dat niveau geen bestuur bestaat?", "2.4.1", [["netwerkverband"], ["geen bestuurslaag"]])
para("Moet een samenwerking altijd een vaste, formele vorm krijgen?", "2.4.3.2", [["flexibel"], ["geen doel"]])
para("Hoe voorkom je dat steeds dezelfde mensen in tientallen overlegorganen zitten?", "2.4.3.2", [["overlegstructuren"], ["efficiëntie", "doelgerichtheid"]])
para("Hoe kunnen streekprojecten in verschillende hoeken van Vlaanderen van elkaar leren?", "2.4.3.2", [["lerende netwerken"], ["kennisdatabanken"]])
para("Waarom werken programma's die over dezelfde streek gaan vaak langs elkaar heen?", "2.4.3.3", [["LEADER"], ["versnippering"]])
para("Waarom is het een probleem dat projecten altijd snel iets tastbaars moeten tonen?", "2.4.3.3", [["korte termijn"], ["contraproductief"]])
para("Hoe voorkom je dat bij inspraakmomenten altijd dezelfde luide stemmen domineren?", ["2.5.2", "2.5.3.3"], [["oververtegenwoordiging", "mondige"]])
para("Mogen inwoners ook zelf mee beslissen over hoe geld besteed wordt?", ["2.5.2", "2.5.3.1", "2.2.2"], [["budgethouderschap", "burgerbudgetten"]])
para("Moet de gemeente de bewonersgroepen in haar dorpen aansturen of eerder ondersteunen?", "2.5.3.2", [["zachte regisseur"], ["faciliteren"]])
para("Wat als er in een dorp weinig samenhorigheid is tussen de bewoners?", "2.5.3.3", [["sociale cohesie"], ["verbondenheid", "verenigingen"]])
para("Welke nieuwe manieren om inwoners mee te laten beslissen ziet de toekomstvisie tegen 2050?", "2.5.1", [["burgerpanels"], ["R2C", "right to challenge"]])
assert len(Q) == 55

# ---------------------------------------------------------------- english 056-075
eng("In which building and town did the fifth workshop take place?", "inleiding", [["Pastorij"], ["Olen"]])
eng("Is this text an official, binding document or something else?", "status-van-dit-document", [["werkdocument"], ["geen formele status"]])
eng("What did participants do in the first step of the workshop?", "1", [["levendige tekst"], ["verrijkten", "aanscherpten"]])
eng("Why do participants see the current rural subsidies as a problem for a shared city-countryside future?", "2.1.2", [["grondgebonden"], ["gemeentegrenzen"]])
eng("How do participants want to give dialogue more room and turn it into something useful?", "2.1.3.2", [["liggende partners"], ["concrete actie"]])
eng("What should happen where local field expertise meets the thematic depth of higher levels?", "2.2.2", [["kruisbestuiving"], ["terreinexpertise"]])
eng("How do taxi vouchers help residents in rural municipalities?", "2.2.3.1", [["taxicheques"], ["mobiliteitsnood"]], ["paraphrase"])
eng("What does 'come out from behind your desk' mean for municipal staff?", "2.2.3.2", [["wijkteams", "wijken"], ["organisatiecultuur"]])
eng("Why is the patchwork of overlapping regional divisions a problem?", "2.2.3.3", [["gebiedsindelingen"], ["onduidelijkheid"]], ["paraphrase"])
eng("Which initiative in Morkhoven is mentioned, and what problem does it address?", "2.3.3.1", [["vereenzaming"]])
eng("What role can programme work such as Water+Land+Schap play in keeping a project going?", "2.3.3.2", [["continuïteit"], ["gedeeld eigenaarschap"]])
eng("Why do targeted grants matter for getting a new partnership between municipalities off the ground?", "2.3.3.2", [["hefboomeffect"], ["rond de tafel"]], ["paraphrase"])
eng("Which plans are named in the quote complaining that everything stays sectoral?", "2.3.3.3", [["mobiliteitsplan"], ["klimaatplan"], ["welzijnsplan"]])
eng("Which examples of integrated solutions at area level does the vision on the regional approach give?", "2.4.1", [["landinrichtingsprojecten"], ["waterlandschappen"]])
eng("Between which land uses do participants want a better balance in the regional approach?", "2.4.2", [["landbouw"], ["natuur"], ["toerisme"]])
eng("What does the bottom-up working of the Open Ruimte Platform look like in practice, and who takes part?", "2.4.3.1", [["waterproblematiek"], ["organisaties"]])
eng("How can a partnership that starts from the ground up keep growing afterwards?", "2.4.3.2", [["organisch"], ["mede-eigenaarschap"]], ["paraphrase"])
eng("Why do civil servants and project leaders spend so little time reflecting on policy?", "2.4.3.3", [["administratieve opvolging"], ["resultaatverplichtingen"]])
eng("What do participants say about the role of external partners in participation?", "2.5.2", [["ondersteunend"], ["invloed"]])
eng("Why does working with themes and working groups help residents take part?", "2.5.3.2", [["drempel"], ["concrete resultaten"]])
assert len(Q) == 75

# ---------------------------------------------------------------- list 076-087
lst("Noem alle facetten van het inspirerende plattelandsbeeld waarvoor telkens een atelier plaatsvond.", "inleiding",
    [["open ruimte"], ["woonomgeving"], ["zorgzame gemeenschap"], ["economische bedrijvigheid"], ["samen het verschil"]],
    [["woonomgeving"], ["zorgzame gemeenschap"]])
lst("Op welke beleidsdomeinen noemen de deelnemers synergiën van samenwerking tussen stad en platteland? Geef ze allemaal.", "2.1.3.4",
    [["voedselproductie", "voedsel, water en natuur"], ["ruimtelijke ordening"], ["mobiliteit en bereikbaarheid"], ["energie en klimaat"],
     ["sociaal beleid"], ["bestuurlijke samenwerking"]],
    [["ruimtelijke ordening"], ["energie en klimaat"]])
lst("Som alle algemene winstpunten op die stad-plattelandsamenwerking volgens de synergiën oplevert voor andere domeinen.", "2.1.3.4",
    [["integraal systeemdenken"], ["efficiënt gebruik"], ["win-win", "meer draagvlak"], ["ruimte voor maatwerk"]],
    [["systeemdenken"], ["maatwerk"]])
lst("Welke uitdagingen werden aan de gesprekstafel over stad en platteland allemaal benoemd?", "2.1.3",
    [["complexiteit"], ["financieringsmechanismen"], ["capaciteitsverschillen"]],
    [["complexiteit"], ["capaciteitsverschillen"]])
lst("Wat zijn alle goede praktijken en drijfveren die aan de tafel stad-platteland werden aangehaald?", "2.1.3.1",
    [["verbindende thema's"], ["gelijkwaardig partnerschap"], ["gebiedsgerichte kennis"], ["draagvlak vergroten", "burgers betrekken"]],
    [["gelijkwaardig partnerschap"], ["gebiedsgerichte kennis"]])
lst("What are all the barriers participants identified for strong local governments close to citizens?", "2.2.3.3",
    [["projectmatig en versnipperd", "versnipperd"], ["verdeelmechanismen"], ["wildgroei"], ["schaalvergroting en nabijheid"],
     ["onvoldoende middelen"], ["beperkte participatiecultuur"]],
    [["verdeelmechanismen"], ["participatiecultuur"]], ["english"])
lst("Welke acties willen de deelnemers allemaal starten om sterke en nabije besturen op te schalen?", "2.2.3.2",
    [["intergemeentelijke samenwerking"], ["ambassadeurs"], ["Broodje Burger", "netwerken en kennisdeling"], ["structureel worden verankerd"],
     ["stroomlijnen", "vereenvoudigen"]],
    [["ambassadeurs"], ["Broodje Burger"]])
lst("Welke aanvullingen deden de deelnemers op het toekomstbeeld over intergemeentelijke en interbestuurlijke samenwerking? Geef ze allemaal.", "2.3.2",
    [["capaciteitsproblemen"], ["inhoud en methodes"], ["subsidiariteitsbeginsel"], ["verkokering naar integraal"]],
    [["capaciteitsproblemen"], ["subsidiariteitsbeginsel"]])
lst("Welke drempels botsen gebiedsgerichte werkingen allemaal tegen volgens de gesprekstafel?", "2.4.3.3",
    [["overlap"], ["doelgerichte besteding"], ["top-down"], ["taal en lokale cultuur", "taal en cultuur"]],
    [["doelgerichte besteding"], ["top-down"]])
lst("List every good practice named at the table on the area-based and regional approach.", "2.4.3.1",
    [["Open Ruimte Platform"], ["Regiodeals"], ["Zuid-West-Vlaanderen"], ["Landbouwkalender"]],
    [["Regiodeals"], ["Landbouwkalender"]], ["english"])
lst("Welke onderdelen omvat de samenwerking tussen burgers en bestuur die de deelnemers willen opschalen rond gemeenschapskracht? Noem ze allemaal.", "2.5.3.2",
    [["gezamenlijke visie"], ["participatieladder"], ["rolverdeling"], ["dorpsraden en lokaal bestuur"], ["werkgroepen"], ["subsidiariteit"]],
    [["participatieladder"], ["rolverdeling"]])
lst("Welke Vlaamse agentschappen en departementen namen allemaal deel aan het atelier?", "bijlage",
    [["Binnenlands Bestuur"], ["Landbouw en Zeevisserij"], ["Natuur en Bos"], ["Onroerend Erfgoed"], ["Departement Omgeving"], ["Vlaamse Landmaatschappij"]],
    [["Natuur en Bos"], ["Departement Omgeving"]])
assert len(Q) == 87

# ---------------------------------------------------------------- synthesis 088-107
syn("Wat willen de deelnemers aan de tafel over stad en platteland opstarten, en wat houdt hen vandaag tegen?",
    [("start", ["2.1.3.2"]), ("stop", ["2.1.3.3"])], [["plattelandslabo", "gezamenlijke pot"], ["capaciteitstekorten", "beleidskaders"]])
syn("For cooperation between municipalities and levels of government: which new actions are proposed, and which obstacles stand in the way?",
    [("start", ["2.3.3.2"]), ("stop", ["2.3.3.3"])], [["coördinatoren", "regiodeals"], ["kostenverdeling", "planlast"]], ["english"])
syn("Wat moet er beginnen en wat moet er ophouden, als het gaat om de kracht van dorpsgemeenschappen?",
    [("start", ["2.5.3.2"]), ("stop", ["2.5.3.3"])], [["participatieladder", "zachte regisseur"], ["sociale cohesie", "loketfunctie"]])
syn("Welke goede voorbeelden van werken per gebied bestaan er al, en waar lopen zulke werkingen vandaag op vast?",
    [("continue", ["2.4.3.1"]), ("stop", ["2.4.3.3"])], [["Regiodeals", "Open Ruimte Platform"], ["administratieve last", "top-down"]])
syn("Wat loopt er vandaag goed en wat loopt er mis bij gemeenten die dicht bij hun inwoners willen staan?",
    [("continue", ["2.2.3.1"]), ("stop", ["2.2.3.3"])], [["mobiel onthaal", "taxicheques"], ["wildgroei", "participatiecultuur"]])
syn("Hoe verhoudt het beeld van stad en platteland in 2050 zich tot de drempels die de deelnemers vandaag ervaren?",
    [("toekomstbeeld", ["2.1.1"]), ("stop", ["2.1.3.3"])], [["netwerk", "co-creatie"], ["beleidskaders", "sectoraal"]])
syn("How far is today's practice of cooperation between municipalities from the vision set out for it?",
    [("toekomstbeeld", ["2.3.1"]), ("stop", ["2.3.3.3"])], [["basisschakel", "schaalvoordelen"], ["verkokerd", "vertrouwen"]], ["english"])
syn("Regionaal maatwerk als toekomstbeeld tegenover de obstakels van nu: wat zegt het verslag over werken op streekniveau?",
    [("toekomstbeeld", ["2.4.1"]), ("stop", ["2.4.3.3"])], [["kustgebied", "bovenlokaal"], ["subsidies", "top-down"]])
syn("Welke rol krijgen middenveldorganisaties en welke rol krijgen dorpsraden in het versterken van gemeenschapskracht?",
    [("middenveld", ["2.5.1", "2.5.3.4"]), ("dorpsraden", ["2.5.3.1", "2.5.3.2", "2.5.3.3"])], [["bruggenbouwer", "Arktos"], ["sociale motor", "brugfiguren"]])
syn("Wat verwachten de deelnemers van politici en wat van ambtenaren als het over participatie gaat?",
    [("politici", ["2.5.2"]), ("ambtenaren", ["2.5.3.2", "2.2.3.3"])], [["hele proces"], ["iedere ambtenaar", "werkdruk"]])
syn("Hoe komt het gebrek aan personeel en expertise in kleine gemeenten terug over de verschillende subfacetten heen?",
    [("stad-platteland", ["2.1.3.3"]), ("nabije besturen", ["2.2.3.3"]), ("intergemeentelijk", ["2.3.2", "2.3.3.3"])],
    [["capaciteitstekorten", "capaciteitsproblemen"], ["onvoldoende middelen", "personeelscapaciteit"]])
syn("How do municipal mergers come up in the different parts of the report?",
    [("nabije besturen", ["2.2.3.1", "2.2.3.3"]), ("gemeenschapskracht", ["2.5.3.2", "2.5.3.3"])], [["gemeentefusies"], ["dorpsidentiteit", "deelgemeenten"]], ["english"])
syn("Het probleem van hokjesdenken en schotten tussen diensten: waar duikt dat op bij de verschillende subfacetten?",
    [("stad-platteland", ["2.1.3.2"]), ("intergemeentelijk", ["2.3.3.3"]), ("gebiedsgericht", ["2.4.2"]), ("gemeenschapskracht", ["2.5.3.3"])],
    [["silo", "verkokerd", "verkokering"], ["geïntegreerde"]])
syn("Hoe pleiten de deelnemers in verschillende subfacetten voor het delen van kennis tussen besturen?",
    [("stad-platteland", ["2.1.3.4"]), ("nabije besturen", ["2.2.3.2"]), ("gebiedsgericht", ["2.4.3.2"])],
    [["kennisdeling"], ["Broodje Burger", "lerende netwerken"]])
syn("Welke aandacht krijgen dialoog en communicatie bij stad-platteland, bij de regionale aanpak en bij gemeenschapskracht?",
    [("stad-platteland", ["2.1.3.2"]), ("gebiedsgericht", ["2.4.2"]), ("gemeenschapskracht", ["2.5.3.3"])],
    [["vanuit dialoog", "regioniveau"], ["terugkoppeling", "achterban"]])
syn("Over inspraak van inwoners bij hun gemeente: wat werkt al, wat moet erbij komen, en wat zit in de weg?",
    [("continue", ["2.2.3.1"]), ("start", ["2.2.3.2"]), ("stop", ["2.2.3.3"])],
    [["open avonden", "gemeentepersoneel"], ["koffiemomenten", "cultuurverandering"], ["participatiecultuur", "angst voor klachten"]])
syn("For city-countryside cooperation, what already works, what should be scaled up, and where are the links with other policy areas?",
    [("continue", ["2.1.3.1"]), ("start", ["2.1.3.2"]), ("synergie", ["2.1.3.4"])],
    [["voedselhubs", "boerderijbezoeken"], ["plattelandslabo"], ["energie en klimaat", "mobiliteit"]], ["english"])
syn("Wat stond er al in de startvisie over gemeenschappen als hefboom, en welke inbreng van de aanwezigen kwam erbovenop?",
    [("toekomstbeeld", ["2.5.1"]), ("aanvullingen", ["2.5.2"])], [["R2C", "bruggenbouwer"], ["divers", "vzw-wetgeving"]])
syn("What did the opening vision already say, and what did participants add, about strong local governments close to citizens?",
    [("toekomstbeeld", ["2.2.1"]), ("aanvullingen", ["2.2.2"])], [["regisseur", "wendbare"], ["subsidiariteitsprincipe", "burgerbudgetten"]], ["english"])
syn("Hoe komen mensen in een kwetsbare positie aan bod, zowel bij nabije besturen als bij gemeenschapskracht?",
    [("nabije besturen", ["2.2.3.1", "2.2.3.3"]), ("gemeenschapskracht", ["2.5.2", "2.5.3.3", "2.5.3.4"])],
    [["armoede", "digitale vaardigheden"], ["stille", "kwetsbare doelgroepen"]])
assert len(Q) == 107

# ---------------------------------------------------------------- refuse 108-139
ref("Met welk jaarbudget werkt het plattelandslabo in Antwerpen?")
ref("Hoeveel euro is een taxicheque waard in de gemeenten die ermee werken?")
ref("Over welk bedrag gaat een Nederlandse regiodeal doorgaans?")
ref("How much does a schakelfiguur like the one in Mollenkoeij cost a municipality each year?", ["english"])
ref("Welk wetsartikel verplicht gemeenten om adviesraden op te richten?")
ref("Welk decreet precies willen de deelnemers wijzigen wanneer ze een aanpassing van de wetgeving vragen?")
ref("Op welke Europese verordening steunt het LEADER-programma?")
ref("Hoe staat Landelijke Gilden tegenover hoeveverkoop door landbouwers?")
ref("Wat vindt het Agentschap Binnenlands Bestuur van verplichte gemeentefusies?")
ref("What position did the Provincie Limburg take on extending the plattelandslabo to the whole of Flanders?", ["english"])
ref("Hoe heet de straatambassadeur in Eeklo?")
ref("Wie was de dorpencoördinator die als succesvol beleidsinitiatief werd genoemd?")
ref("Van welke landbouwer komt de quote dat je in de supermarkt altijd alles vindt?")
ref("Wanneer komen de deelnemers opnieuw samen voor een opvolgmoment van dit vijfde atelier?")
ref("Tegen welke datum moeten de eerste Vlaamse regiodeals van start gaan?")
ref("In welk jaar wordt de schepen van gebiedsgerichte werking ingevoerd?")
ref("Welke bouwstenen leverde het zusteratelier over de multifunctionele open ruimte op?")
ref("Op welke locatie vergaderden de deelnemers van het atelier over ondernemen en bedrijvigheid op het platteland?")
ref("Which subfacets were discussed at the workshop on a lively, attractive and healthy living environment?", ["english"])
ref("In welke provincie ligt Sint-Niklaas?")
ref("Hoe groot is de bevolking van Aarschot vandaag?")
ref("Welke gemeenten horen bij de Westhoek?")
ref("Welke gemeenten nemen deel aan het Samenproject van Neteland?")
ref("Hoe is de Vereniging van Vlaamse Polders en Wateringen concreet georganiseerd?")
ref("Welke maatregelen nemen Dessel en Retie in hun samenwerking rond welzijn?")
ref("Welke producenten leveren aan de voedselhub in Antwerpen?")
ref("Welke opleiding krijgen de buurtambassadeurs van het project Zorgzame buurten?")
ref("Bij welke intercommunale voor afvalophaling sluit mijn gemeente zich best aan?")
ref("Geef me je eigen oordeel: is het Plattelandspact een goed idee?")
ref("Should I, as a volunteer, set up a vzw or stay a feitelijke vereniging? What would you advise?", ["english"])
ref("Hoeveel gemeenten in Vlaanderen werken vandaag met taxicheques?")
ref("Hoeveel Veerkrachtige dorpen-trajecten zijn er al afgerond in Vlaanderen?")
assert len(Q) == 139

# ---------------------------------------------------------------- answerable controls 140-171
fact("Welke provincies waren vertegenwoordigd op het toekomstatelier?", "bijlage", [["Provincie Antwerpen"], ["Provincie Limburg"], ["Oost-Vlaanderen"]])
fact("Hoeveel besturen zijn aangesloten bij Broodje Burger?", "2.2.3.2", [["27"]])
fact("Hoe lang kan het Neteland-project nog draaien voor het zonder opvolging dreigt te verdwijnen?", "2.3.3.2", [["drie jaar"]])
fact("Hoeveel aanwezigen telde het atelier op 16 juni?", "inleiding", [["54"]])
fact("Moet elke euro van een subsidie aan een specifieke doelstelling gekoppeld worden, en wat is daarvan het gevolg?", "2.4.3.3", [["administratieve last"], ["geïntegreerde projecten"]])
fact("Welke samenwerkingen tussen burgercollectieven, boeren en gemeenten vermelden de synergiën van gemeenschapskracht, en waarrond?", "2.5.3.4", [["publieke gronden"]])
fact("Wat zeggen de synergiën van het vierde subfacet over de plaats van overheden in een lokale coalitie?", "2.4.3.4", [["besturen nodig"], ["werken ook gebiedsgericht", "interbestuurlijke"]])
fact("Welke rol ziet het toekomstbeeld voor het middenveld tegen 2050?", "2.5.1", [["bruggenbouwer"], ["civiele actor"]])
fact("Via welk soort chatgroepen kunnen schepenen, ambtenaren en burgers samen communiceren?", "2.5.3.2", [["WhatsApp-groepen"], ["dorpsconsulenten"]])
fact("Welke partners zijn naast lokale besturen nodig in een coalitie rond een gebiedsgericht doel?", "2.4.3.2", [["privé-sector"], ["academici"], ["middenveldorganisaties"]])
fact("Welke taal willen de deelnemers van de gesprekstafel stad-platteland samen ontwikkelen?", "2.1.3", [["gemeenschappelijke taal"], ["gedeelde ambities"]])
fact("Hoeveel aandacht moet er volgens de aanvullingen op intergemeentelijke samenwerking naar nieuwe structuren gaan?", "2.3.2", [["inhoud"], ["methodes"], ["uitvoeringsgericht"]])
fact("Welke initiatieven voor vervoer op het platteland worden via de vervoerregio's genoemd?", "2.2.3.4", [["deelfietsen"], ["taxi-projecten", "taxicheques"]])
fact("Kan wat een dorpsraad uitwerkt ook in het bestuursakkoord van de gemeente terechtkomen?", "2.5.3.1", [["visie"], ["lokale noden"]])
fact("Wat zegt het verslag over de rol van IOK voor kleine gemeenten?", "2.2.3.3", [["capaciteitsopbouw"], ["intercommunales"]])
fact("Welke rol zien de deelnemers voor de VVSG bij communicatie over de regionale aanpak?", "2.4.2", [["koepels"], ["verschillende kanalen"]])
fact("Welke figuur werd in Mollenkoeij aangesteld tussen de dorpen en het gemeentebestuur?", "2.2.3.1", [["schakelfiguur"], ["vast aanspreekpunt"]])
fact("Welke onderwijspartner is betrokken bij Zorgzame buurten?", "2.5.3.1", [["Thomas More"]])
fact("Op welke dag vond dit toekomstatelier plaats?", "inleiding", [["16 juni"], ["maandag"]])
fact("Vanaf welk moment moet participatie volgens de aanvullingen gebeuren?", "2.5.2", [["bij de start"], ["continu"]])
fact("Welk van de kernfacetten van het Plattelandspact stond in dit atelier centraal?", "inleiding", [["samen het verschil"], ["besturen en burgers"]])
fact("In welke streek stimuleert het netwerk 'Lokaal Bestuur' gemeenten om eerstelijnsmedewerkers als ambassadeur in te zetten?", "2.2.3.1", [["Kempen"]])
fact("Waar loopt het plattelandslabo vandaag al, voor het naar Vlaanderen uitgebreid zou worden?", "2.1.3.2", [["Antwerpen"]])
fact("Uit welk land komen de Regiodeals die de deelnemers als voorbeeld aanhalen?", ["2.3.3.2", "2.4.3.1"], [["Nederland", "Nederlandse"]])
fact("Wat doet de dorpskrant 'Iedereen Leest' naast informeren?", "2.5.3.1", [["informele ontmoetingen"], ["sociale netwerken"]])
fact("Welk initiatief richten Bond Beter Leefmilieu en de Groene Kring op?", "2.5.3.1", [["coöperatieve buurtwinkels"]])
para("Hoe kan ik als gemeente de jongeren in mijn dorpen beter bereiken?", ["2.5.3.4", "2.5.3.3"], [["jeugdbewegingen", "directe gesprekken"]])
para("Wat doe ik als schepen best wanneer de dorpen van onze nieuwe fusiegemeente vrezen hun eigenheid te verliezen?", ["2.5.3.2", "2.5.3.3"], [["dorpsidentiteit", "deelgemeenten"]])
para("Doen we als kleine gemeente onze armoedewerking beter alleen of samen met buurgemeenten?", ["2.2.3.1", "2.2.3.2"], [["opbouwwerkers", "armoedeprojecten"]])
fact("Welke organisatie voerde het landinrichtingsproject in Limburg uit?", "2.3.3.1", [["VLM"]])
fact("Welke organisatie geldt als inspirerend alternatief voor de warboel aan regio-indelingen?", "2.2.3.3", [["Polders en Wateringen"]])
fact("Wie zit er allemaal mee in het kalenderinitiatief voor boeren in de Westhoek?", "2.4.3.1", [["mutualiteiten"], ["CAW"]])
assert len(Q) == 171, len(Q)

# ---------------------------------------------------------------- conversations
C = []
def T(q, g, f, tags=()): return {"question": q, "gold_sections": g, "facts": f, "tags": list(tags)}
def conv(*turns): C.append({"id": "c9c%02d" % (len(C) + 1), "tags": ["conversation"], "split": "test", "turns": list(turns)})

conv(T("Waarom willen de deelnemers één gezamenlijke pot voor stedelijk en plattelandsbeleid?", ["2.1.3.2"], [["structurele"], ["projectmatige"]]),
     T("Wat loopt er vandaag mis met de financiering, volgens hen?", ["2.1.3.3"], [["versnipperd"]], ["kind-switch"]),
     T("Raakt die samenwerking ook aan andere beleidsvelden, zoals energie?", ["2.1.3.4"], [["energieopwekking", "afnemers"]], ["kind-switch"]))
conv(T("Wat zegt het verslag over de spanning tussen grotere gemeenten en nabijheid voor de burger?", ["2.2.3.3"], [["vervreemding", "loketwerking"]]),
     T("Hoe willen ze dat evenwicht in de toekomst wel vinden?", ["2.2.3.2"], [["schaalgrootte", "bovenlokale identiteit"]], ["kind-switch"]),
     T("Los daarvan: welke status heeft dit document eigenlijk?", ["status-van-dit-document"], [["werkdocument"]], ["independent"]))
conv(T("Waarom verdwijnen projecten tussen gemeenten vaak zodra de subsidie stopt?", ["2.3.3.3"], [["subsidieperiode"], ["opvolging"]]),
     T("And what do participants propose to make such projects last?", ["2.3.3.2"], [["structurele inbedding", "opvolging"], ["Samenproject", "convenanten"]], ["kind-switch", "english"]),
     T("Zijn daar al geslaagde initiatieven van te noemen?", ["2.3.3.1"], [["Samenproject", "Dorpencoördinator"]], ["kind-switch", "pronoun"]))
conv(T("Wat verstaan de deelnemers onder een coalition of the willing bij het opschalen van gebiedsgerichte werking?", ["2.4.3.2"], [["opgelegde structuren"], ["gedeelde belangen", "gedreven persoon"]]),
     T("Wat maakt het werk van zulke coalities vandaag moeilijk?", ["2.4.3.3"], [["administratieve last", "top-down"]], ["kind-switch"]),
     T("Speelt ook de lokale spreektaal daarbij een rol?", ["2.4.3.3"], [["dialecten"]], ["new-aspect"]))
conv(T("Welke functie vervult een dorpsraad in de praktijkvoorbeelden van het laatste subfacet?", ["2.5.3.1"], [["sociale motor"], ["lokale noden", "families"]]),
     T("Waar moet zo'n raad voor opletten?", ["2.5.3.3"], [["individuele klachten", "mandaat"]], ["kind-switch"]),
     T("Hoe kan het gemeentebestuur met hen beter samenwerken?", ["2.5.3.2"], [["zachte regisseur", "brugfiguren", "transparante samenwerking"]], ["kind-switch", "pronoun"]))
conv(T("What do participants see as the gap in knowledge and experience between city and countryside?", ["2.1.3.1"], [["belevingskloof"], ["boerderijbezoeken", "supermarkt"]], ["english"]),
     T("Which other policy areas could gain from closer ties between the two?", ["2.1.3.4"], [["ruimtelijke ordening", "gezondheid", "energie"]], ["kind-switch", "english"]),
     T("Unrelated: who read through this report before it was finalised?", ["status-van-dit-document"], [["moderatoren"]], ["independent", "english"]))
conv(T("Hoe zoeken gemeenten een evenwicht tussen digitale dienstverlening en fysieke nabijheid?", ["2.2.3.4"], [["kwetsbare burgers"], ["Sint-Niklaas"]]),
     T("En op het vlak van welzijn en sport?", ["2.2.3.4"], [["buurtsportinitiatieven", "welzijnsorganisaties"], ["jeugdwerk"]], ["new-aspect"]),
     T("Wat staat zo'n evenwicht vandaag in de weg?", ["2.2.3.3"], [["digitale vaardigheden", "loketten"]], ["kind-switch"]))
conv(T("Wie moet volgens de deelnemers het silodenken tussen diensten en besturen doorbreken?", ["2.3.3.2"], [["coördinatoren"], ["aanspreekpunt"]]),
     T("Welke hindernissen maken die integratie nu zo lastig?", ["2.3.3.3"], [["isolatie", "sectoraal"]], ["kind-switch"]),
     T("Welke randvoorwaarden over beleidsdomeinen heen zijn er dan nodig?", ["2.3.3.4"], [["hokjes", "stabiel beleid", "mandaat aan actoren"]], ["kind-switch"]))
conv(T("Wat zijn Regiodeals volgens de goede praktijken van de gebiedsgerichte aanpak?", ["2.4.3.1"], [["contract"], ["onderuit"]]),
     T("Iets anders: welke landbouworganisaties stonden op de deelnemerslijst?", ["bijlage"], [["Boerensyndicaat"], ["Landelijke Gilden"], ["Kruispunt"]], ["independent"]),
     T("Terug naar die regiodeals: hoe kunnen ze helpen om nieuwe samenwerking op gang te trekken?", ["2.3.3.2"], [["hefboomeffect", "meerjarige financiering"]], ["kind-switch"]))
conv(T("Hoe worden kinderen en jongeren betrokken in de goede praktijken rond gemeenschapskracht?", ["2.5.3.1"], [["kinderdorpsraden"], ["Arktos"]]),
     T("Waarom lukt het vaak niet om hen te bereiken?", ["2.5.3.3", "2.5.3.4"], [["mondige", "traditionele kanalen"]], ["kind-switch", "pronoun"]),
     T("En via de school in het dorp?", ["2.5.3.2"], [["dorpsscholen"]], ["new-aspect"]))
conv(T("Wat vulden de deelnemers aan over de kennis van landbouw bij burgers?", ["2.1.2"], [["gezamenlijke uitdaging"], ["balans"]]),
     T("En over wonen en mobiliteit?", ["2.1.2"], [["wederzijdse expertise"]], ["new-aspect"]),
     T("Wat houdt een Veerkrachtige dorpen-traject in?", ["2.5.3.1"], [["cijfermatige analyses"], ["visiedocumenten"]], ["independent"]))
conv(T("Hoe kunnen kleinere gemeenten hun bestuurskracht versterken door samen te werken?", ["2.2.3.2"], [["intergemeentelijke samenwerking"], ["provinciale medewerkers"]]),
     T("Wie doet dat nu al goed?", ["2.2.3.1"], [["opbouwwerkers", "Lokaal Bestuur", "Mollenkoeij"]], ["kind-switch", "pronoun"]),
     T("Heeft dat ook raakvlakken met mobiliteitsbeleid of met welzijn?", ["2.2.3.4"], [["vervoerregio", "OCMW"]], ["kind-switch"]))
conv(T("Hoe ziet het beeld van samenwerkende gemeenten, provincies en Vlaanderen eruit waarmee de sessie startte?", ["2.3.1"], [["basisschakel"], ["genetwerkt"]]),
     T("En welke plaats krijgt de regio daarin?", ["2.3.1"], [["arena"]], ["new-aspect"]),
     T("Wat betekent 'continue' in de methodiek van het atelier?", ["1"], [["goede praktijken"], ["verderzetten"]], ["independent"]))
conv(T("Waarom vraagt de startvisie over streekwerking om maatwerk per regio?", ["2.4.1"], [["gemeentegrenzen", "bovenlokaal"], ["kustgebied", "regionale verschillen"]]),
     T("Welke inbreng gaven de deelnemers zelf op dat beeld?", ["2.4.2"], [["tussenniveau", "personeelscapaciteit"]], ["kind-switch", "pronoun"]))

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for o in Q:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
    for o in C:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(Q), "questions,", len(C), "conversations,", sum(len(c["turns"]) for c in C), "turns")
