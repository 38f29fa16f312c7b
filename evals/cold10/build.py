#!/usr/bin/env python3
"""Throw-away serialiser for the hand-written cold10 items. The JSONL files are canonical."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
Q = []


def add(q, gold, facts, tags, items=None, sides=None):
    it = {"id": "c10q%03d" % (len(Q) + 1), "question": q, "gold_sections": gold, "facts": facts, "tags": tags,
          "split": "test"}
    if items is not None:
        it["items"] = items
    if sides is not None:
        it["sides"] = [{"name": n, "sections": s} for n, s in sides]
    Q.append(it)


def F(q, g, f, extra=()):
    add(q, g, f, ["fact"] + list(extra))


def P(q, g, f, extra=()):
    add(q, g, f, ["paraphrase"] + list(extra))


def E(q, g, f, extra=()):
    add(q, g, f, ["english"] + list(extra))


def L(q, g, items, facts=None, extra=()):
    add(q, g, facts if facts is not None else [items[0][:1]], ["list"] + list(extra), items=items)


def S(q, sides, f, extra=()):
    gold = []
    for _, s in sides:
        for x in s:
            if x not in gold:
                gold.append(x)
    add(q, gold, f, ["synthesis"] + list(extra), sides=sides)


def R(q, extra=()):
    add(q, [], [], ["refuse"] + list(extra))


# ------------------------------------------------------------------ fact 001-025
F("Samen met welke groepen werd het toekomstbeeld in elk toekomstatelier verder vormgegeven?", ["inleiding"],
  [["kennisinstellingen"], ["middenveld"]])
F("Welke plaats krijgt dit verslag naast andere werkdocumenten en verdere analyses?", ["status-van-dit-document"],
  [["bouwsteen"], ["Vlaams Plattelandspact"]])
F("Waarop steunden de gesprekken aan de tafels per subfacet, als rode draad?", ["1"],
  [["inspirerende praktijken"]])
F("Hoe worden in het toekomstbeeld stad-platteland de economische en sociale verschillen tussen plaatsen en mensen beperkt?",
  ["2.1.1"], [["schaalvoordelen"], ["gekwalificeerde arbeidskrachten", "openbare diensten"]])
F("Wat zeggen de aanvullingen bij stad-platteland over de kennis van landbouw bij burgers?", ["2.1.2"],
  [["gezamenlijke uitdaging"], ["balans"]])
F("Hoe sluit het gesprek over de relatie tussen stad en platteland af?", ["2.1.3"],
  [["snellere actie"], ["territoriaal beleid", "concrete stappen"]])
F("Welke stad wordt genoemd als voorbeeld van een voedselhub waar meerdere producenten samenwerken?", ["2.1.3.1"],
  [["Antwerpen"], ["centrale hub"]])
F("Welke begeleiding willen de deelnemers bij de opschaling van stad-plattelandsamenwerking, vooral voor kleine gemeenten?",
  ["2.1.3.2"], [["coaching"], ["kennisdeling op maat", "ontwikkelde kennis"]])
F("Wat kan er volgens de drempels stad-platteland gebeuren met een goedkeuring door de gemeente?", ["2.1.3.3"],
  [["tegengehouden"], ["Vlaams niveau"]])
F("Wat kan stedelijke verdichting samen met het platteland opleveren, volgens de synergiën stad-platteland?", ["2.1.3.4"],
  [["open ruimte"], ["betaalbaarheid"], ["woonvormen"]])
F("Welke rol krijgen gemeenten in het 2050-beeld van nabije besturen om het overzicht te bewaren?", ["2.2.1"],
  [["regisseur"], ["langetermijnvisie"]])
F("Welke middelen noemen deelnemers om inwoners mee-eigenaar te maken van het lokaal beleid, in hun toevoegingen bij nabije besturen?", ["2.2.2"],
  [["burgerbudgetten"], ["capaciteit bij inwoners", "capaciteit"]])
F("In welke projecten worden buurtbewoners betrokken bij het beheer en de uitbating van buurtpunten?", ["2.2.3.1"],
  [["toeristische raad"], ["gemeenschapscentra"]])
F("Welke gemeentemedewerkers met veel burgercontact worden als toegankelijke aanspreekpunten genoemd?", ["2.2.3.2"],
  [["groendienst"], ["loketten"], ["schoonmaak"]])
F("Welke bovenlokale figuur wordt bij de drempels van sterke en nabije besturen genoemd om richting te geven?", ["2.2.3.3"],
  [["Bouwmeester"]])
F("Welk klimaatproject met burgerparticipatie noemen de synergiën bij sterke en nabije besturen?", ["2.2.3.4"],
  [["Klimaatmakersproject"]])
F("Welk schaalniveau noemt het toekomstbeeld over samenwerking tussen gemeenten een uitgelezen plek daarvoor?", ["2.3.1"],
  [["regio"]])
F("Wat zeggen de aanvullingen over de capaciteitsproblemen van plattelandsgemeenten en de rol van samenwerken?", ["2.3.2"],
  [["gedeeltelijk"], ["geïnvesteerd"]])
F("In welke gemeente situeren de deelnemers het landschapspark dat ze als geslaagd voorbeeld aanhalen?", ["2.3.3.1"],
  [["Voeren"]])
F("Welke rol krijgen neutrale, transversale coördinatoren bij het doorbreken van verkokerde structuren?", ["2.3.3.2"],
  [["aanspreekpunt"], ["regisseur"]])
F("Wat veroorzaakt de politieke wisselvalligheid die de opvolging van projecten bedreigt?", ["2.3.3.3"],
  [["verkiezingen"], ["coalitiewissels"], ["personeelsveranderingen"]])
F("Welke andere manier van denken is volgens de synergiën bij intergemeentelijke samenwerking nodig?", ["2.3.3.4"],
  [["hokjes"]])
F("Met welk voorbeeld van twee landschappen toont het toekomstbeeld gebiedsgerichte aanpak dat maatwerk nodig is?",
  ["2.4.1"], [["kustgebied"], ["heuvelachtig gebied"]])
F("Welke functie in het schepencollege opperen deelnemers voor werken per gebied?", ["2.4.2"],
  [["gebiedsgerichte werking"]])
F("Regiodeals als goed voorbeeld: wie sluit zo'n deal en van waaruit vertrekt hij?", ["2.4.3.1"],
  [["contract"], ["vraag van onderuit"], ["geïntegreerde aanpak", "Nederland"]])

# ------------------------------------------------------------------ paraphrase 026-055
P("Boeren en stadsmensen begrijpen elkaars leefwereld vaak niet; hoe kan je die kloof overbruggen?", ["2.1.3.1"],
  [["belevingskloof"], ["boerderijbezoeken", "lokale productie"]])
P("Kunnen cijfers over de eigen streek ruzies tussen boeren en natuurbeschermers helpen bedaren?", ["2.1.3.1"],
  [["objectiveert"], ["polemiek"]])
P("Hoe vertel je het verhaal van het platteland zonder te blijven hangen in 'vroeger was alles beter'?", ["2.1.2"],
  [["nieuw discours", "sterk verhaal"], ["nostalgie"]])
P("Hoe kunnen hogere overheden met geld gemeenten aansporen om over hun grenzen heen te werken?", ["2.1.3.2", "2.3.3.2"],
  [["financiering", "gerichte subsidies"], ["hefboomeffect", "silo"]])
P("Waarom voelen sommige inwoners hun gemeentehuis verder weg sinds de samenvoeging met de buren?", ["2.2.3.3", "2.2.3.1"],
  [["loketten", "gemeentefusies"], ["identiteit", "afstand"]])
P("Hoe komt de gemeente naar de mensen toe in plaats van te wachten tot ze aan de balie staan?", ["2.2.3.1", "2.2.3.2", "2.5.3.3"],
  [["mobiel onthaal", "wijkteams", "huisbezoeken"], ["wijkwerking", "wijken", "outreachende"]])
P("Wat houdt ambtenaren tegen om zelf het contact met burgers op te zoeken?", ["2.2.3.3"],
  [["werkdruk"], ["klachten"], ["training"]])
P("Waarom houden gemeenten bij een gezamenlijk project de kaarten soms tegen de borst?", ["2.3.3.3"],
  [["vertrouwen"], ["eigen belang"]])
P("Wat gebeurt er met wat een project heeft opgebouwd als het steungeld opdroogt?", ["2.3.3.3", "2.3.3.2"],
  [["verdwijnt", "verloren"], ["ontmoedigd", "netwerken"]])
P("Wat als de drijvende kracht achter een samenwerking vertrekt of een andere job krijgt?", ["2.3.3.3"],
  [["persoonsgebonden"], ["goodwill", "persoonlijke inzet"]])
P("Hoe leg je afspraken tussen buurgemeenten vast zodat ze een nieuwe bestuursploeg overleven?", ["2.3.3.2"],
  [["Convenanten"], ["lange termijn akkoorden", "bestuursperioden"]])
P("Met welke ingesteldheid ga je best aan tafel als je met andere gemeenten een project wil trekken?", ["2.3.3.2"],
  [["positieve ingesteldheid"], ["sterker"]])
P("Wat brengen Brussel en de provincie mee naar de tafel, en wat de gemeente zelf?", ["2.3.1", "2.2.2"],
  [["helikopterperspectief", "thematische diepgang"], ["terreinkennis", "terreinexpertise"]])
P("Volstaat het enthousiasme van één bevlogen mens om een organisatie mee te trekken?", ["2.4.3.2"],
  [["gedreven persoon"]])
P("Wie beslist wat er moet gebeuren en wie hoe het gebeurt, tussen de Vlaamse overheid en de streek?", ["2.4.3.2"],
  [["kaderstellende"], ["zo lokaal mogelijk"]])
P("Moet je meteen alles samen aanpakken of mag je met één onderwerp beginnen als partners in een streek?", ["2.4.3.2"],
  [["één thema"], ["breder geïntegreerd"]])
P("Waarom loopt beleid dat van hogerhand wordt opgelegd vaak vast in de streek zelf?", ["2.4.3.3"],
  [["top-down"], ["praktijkervaring", "te theoretisch"]])
P("Mogen inwoners klussen van het gemeentebestuur overnemen als ze het efficiënter aanpakken?", ["2.5.1"],
  [["right to challenge", "R2C"]])
P("Hoe zorg je dat er op een inspraakmoment mensen van allerlei slag aanwezig zijn?", ["2.5.2"],
  [["divers"], ["achtergronden", "beroepen"]])
P("Is het slim om samen met buurgemeenten sociaal werkers te delen in plaats van alles alleen te doen?", ["2.2.3.1"],
  [["opbouwwerkers"], ["doeltreffender", "middelen bundelen"]])
P("Hoe kan een kleine gemeente inwoners van jongs af laten meebeslissen over dorpsprojecten?", ["2.5.3.1"],
  [["kinderdorpsraden"]])
P("Hoe betrekken gemeenten sportclubs, jeugdwerk en sociale diensten bij elkaar?", ["2.2.3.4"],
  [["buurtsportinitiatieven"], ["welzijnsorganisaties"]])
P("Hoe helpt een doorlichting van het eigen dorp met cijfers en signalen bij het aanvragen van steun?", ["2.5.3.1"],
  [["Veerkrachtige dorpen"], ["visiedocumenten"]])
P("Hoe vermijd je dat inspraak in de gemeente afhangt van een paar enthousiaste ambtenaren?", ["2.5.3.2"],
  [["structurele inbedding"], ["cultuurverandering", "faciliterende organisatie"]])
P("Welke trap met stappen kan een gemeente volgen om van inwoners informeren naar samen beslissen te gaan?", ["2.5.3.2"],
  [["participatieladder"], ["co-creatie"]])
P("Moet een gemeente werken per straat en wijk, of vertrekken van de banden tussen mensen?", ["2.5.3.3"],
  [["buurtgerichte"], ["gemeenschapsgerichte"]])
P("Waarom is bij mensen aanbellen zo doeltreffend maar ook zo duur?", ["2.5.3.3"],
  [["huisbezoeken"], ["geldrovend"], ["breed spectrum"]])
P("Wat doen onbetaalde helpers voor de buurt, en wat hebben ze zelf nodig?", ["2.5.3.4"],
  [["informatieverspreiding", "verbinding"], ["erkennen"]])
P("Waarom passen de meetlatten van subsidiegevers slecht bij werk dat jaren duurt?", ["2.3.3.3", "2.4.3.3"],
  [["resultaatgerichte indicatoren", "korte termijn"], ["procesmatige", "langetermijnverandering"]])
P("Hoe voorkom je dat inwoners die niet met een computer overweg kunnen uit de boot vallen?", ["2.2.3.4", "2.2.3.3"],
  [["fysieke nabijheid", "loketwerking"], ["digitale", "eerstelijnscontacten"]])

# ------------------------------------------------------------------ english 056-075
E("What was the second step of the workshop programme?", ["1"],
  [["gesprekstafels"], ["subfacet"]])
E("According to the city-countryside vision, what should be the norm in policy-making and area development by 2050?",
  ["2.1.1"], [["Co-creatie"]])
E("Why do participants say that towns and rural areas need a tailored approach?", ["2.1.2"],
  [["maatwerk"], ["opgaven", "middelen"]])
E("At the city-countryside table, what kind of partnerships between actors were asked for?", ["2.1.3"],
  [["gelijkwaardige partnerschappen"], ["gebiedsgerichte"]])
E("What does the report say about transport links as a synergy between town and country?", ["2.1.3.4"],
  [["functioneel"], ["recreatief"], ["leefkwaliteit"]])
E("Within what kind of governance model do local authorities work in 2050, according to the strong and close government vision?",
  ["2.2.1"], [["gelaagd"]])
E("What do participants say about the time and means needed to co-create with residents?", ["2.2.2"],
  [["tijd en middelen"], ["gedragen resultaten", "waardevolle"]])
E("Whose experiences come first when a municipality starts a process to involve its residents?", ["2.2.3.1"],
  [["gemeentepersoneel"], ["burgerparticipatie"]], ["paraphrase"])
E("Why should the many existing partnerships and regional structures be simplified?", ["2.2.3.2"],
  [["stroomlijnen", "vereenvoudigen"], ["administratieve lasten"], ["schaalvoordelen"]])
E("Why does the wide range of help on offer for local councils not lead to lasting solutions?", ["2.2.3.3"],
  [["projectmatig"], ["versnipperd"]], ["paraphrase"])
E("What do municipalities combine with stronger cooperation in the vision on inter-municipal work?", ["2.3.1"],
  [["zelfstandigheid", "autonomie"], ["schaalvoordelen", "efficiënter"]])
E("How should problems be tackled within a municipality or an inter-municipal partnership, according to the additions?",
  ["2.3.2"], [["geïntegreerd"], ["thema"]])
E("Which initiative linked to family violence policy is listed among the successful initiatives?", ["2.3.3.1"],
  [["Baldemorie"]])
E("Why should the goals of a partnership between municipalities be concrete rather than abstract?", ["2.3.3.2"],
  [["realisatiegericht"], ["engagement"]])
E("Why do richer towns have the upper hand when it comes to grants and co-funding?", ["2.3.3.3"],
  [["ongelijk speelveld"], ["cofinancieren", "cofinanciering"]], ["paraphrase"])
E("Which factors make challenges differ from one region to another?", ["2.4.1"],
  [["bodem"], ["biodiversiteit"], ["bevolkingskenmerken"]])
E("Besides moral backing, what does a coalition need to work in the long run?", ["2.4.3.2"],
  [["mandaat"], ["financiële middelen"]])
E("How should Flanders treat its volunteers by 2050, according to the vision on community strength?", ["2.5.1"],
  [["vrijwilligersbeleid"], ["waardering"]])
E("Which local institutions could be used to get young people involved?", ["2.5.3.2"],
  [["dorpsscholen"]])
E("Why do terms like participation and ownership cause confusion, and what must be clarified beforehand?", ["2.5.3.3"],
  [["onduidelijk"], ["speelveld", "welke rol"]])

# ------------------------------------------------------------------ list 076-087
L("Welke vier vragen brachten de deelnemers aan de gesprekstafels in kaart via de gebruikte methodiek?", ["1"],
  [["continue"], ["start"], ["stop"], ["synergie"]], [["Continue"], ["Stop"]])
L("Wat zijn alle kernpunten van de discussie aan de gesprekstafel stad-platteland?", ["2.1.3"],
  [["geïntegreerde aanpak"], ["verbindende elementen"], ["gescheiden beleidskaders", "bestuursniveaus en sectoren"],
   ["gelijkwaardige partnerschappen", "gebiedsgerichte benadering"]], [["verbindende elementen"]])
L("Welke maatschappelijke opgaven noemt de omschrijving van het toekomstbeeld stad-platteland allemaal?", ["2.1.1"],
  [["duurzaam landgebruik"], ["waterbeheer"], ["recreatie en toerisme"], ["landbouwtransitie"]],
  [["waterbeheer"], ["landbouwtransitie"]])
L("Welke laagdrempelige initiatieven worden genoemd om participatie vast te verankeren in lokale besturen?", ["2.2.3.2"],
  [["koffiemomenten"], ["informele adviesraden"], ["open avonden"]], [["koffiemomenten"]])
L("Which mobility initiatives for rural areas are mentioned as part of cooperation in the vervoerregio's?", ["2.2.3.4"],
  [["taxicheques"], ["deelfietsen"], ["taxi-projecten"]], [["deelfietsen"]], ["english"])
L("Geef alle succesvolle beleidsinitiatieven die de deelnemers bij intergemeentelijke samenwerking vermelden.", ["2.3.3.1"],
  [["Dorpencoördinator"], ["Samenproject"], ["landinrichtingsproject"], ["landschapspark"], ["Morkhoven"],
   ["Baldemorie"], ["Dessel- Retie", "Retie"], ["strategische projecten"]],
  [["Samenproject"], ["Dorpencoördinator"]])
L("Welke drempels voor intergemeentelijke en interbestuurlijke samenwerking worden allemaal besproken?", ["2.3.3.3"],
  [["verkokerd landschap"], ["ongelijke puzzel", "kostenverdeling"], ["planlast", "Capaciteitsgebrek"],
   ["opvolging en verduurzaming"], ["eigenbelang", "eigen belang"]], [["planlast"], ["kostenverdeling"]])
L("Wat is er allemaal nodig om horizontale en transversale samenwerking te laten slagen?", ["2.3.3.4"],
  [["Mentaliteitswijzigingen"], ["Aanpassing wetgeving"], ["beleidsnota"], ["Mandaat aan actoren"],
   ["stabiel beleid"], ["Structurele financiering"]], [["wetgeving"], ["stabiel beleid"]])
L("Which actual challenges does the key message of the area-based vision list as not stopping at municipal borders?",
  ["2.4.1"], [["klimaat"], ["waterbeheer"], ["mobiliteit"], ["arbeidsmarkt"]], [["arbeidsmarkt"]], ["english"])
L("Welke punten brachten de deelnemers allemaal in als aanvulling op het toekomstbeeld over de gebiedsgerichte aanpak?",
  ["2.4.2"], [["personeelscapaciteit"], ["tussenniveau"], ["geïntegreerde benadering"], ["Dialoog en communicatie"]],
  [["tussenniveau"], ["personeelscapaciteit"]])
L("Welke nieuwe vormen van democratie en co-creatie ziet het toekomstbeeld over gemeenschapskracht in 2050?", ["2.5.1"],
  [["vrijwilligersbeleid"], ["deliberatieve burgerpanels"], ["R2C", "right to challenge"]],
  [["burgerpanels"], ["right to challenge", "R2C"]])
L("Via welke vormen van sociaal kapitaal kan de gemeenschapskracht volgens de opschaling versterkt worden?", ["2.5.3.2"],
  [["dorpsraden"], ["buurtpunten"], ["buurtambassadeurs"], ["kranten"], ["talentenbanken"]],
  [["buurtpunten"], ["talentenbanken"]])

# ------------------------------------------------------------------ synthesis 088-107
S("Wat remt sterke, nabije besturen vandaag af en wat willen de deelnemers daartegenover zetten?",
  [("stop", ["2.2.3.3"]), ("start", ["2.2.3.2"])],
  [["wildgroei", "versnipperd"], ["ambassadeurs", "intergemeentelijke samenwerking"]])
S("Set the ideas for growing regional, area-based partnerships against what currently blocks them.",
  [("start", ["2.4.3.2"]), ("stop", ["2.4.3.3"])],
  [["coalition"], ["top-down", "administratieve last"]], ["english"])
S("Wat loopt goed en wat loopt mis bij samenwerking van gemeenten onderling en met hogere overheden?",
  [("continue", ["2.3.3.1"]), ("stop", ["2.3.3.3"])],
  [["Samenproject", "Dorpencoördinator"], ["planlast", "kostenverdeling"]])
S("Welke dorpsinitiatieven werken al, en waar lopen burgerinitiatieven toch op vast?",
  [("continue", ["2.5.3.1"]), ("stop", ["2.5.3.3"])],
  [["dorpsraad", "talentenbank"], ["sociale cohesie", "mondige"]])
S("Which good practices exist for linking city and countryside, and how do participants want to scale them up?",
  [("continue", ["2.1.3.1"]), ("start", ["2.1.3.2"])],
  [["Voedselhubs", "voedselcoalities"], ["plattelandslabo", "structurele"]], ["english"])
S("Hoe verhoudt het beeld van lokale besturen in 2050 zich tot de knelpunten die gemeenten nu ervaren?",
  [("toekomstbeeld", ["2.2.1"]), ("stop", ["2.2.3.3"])],
  [["wendbaar", "nabije overheid"], ["middelen en personeel", "slagkracht"]])
S("Nieuwe vormen van democratie staan in het toekomstbeeld; hoe ver staan dorpen en gemeenten daar vandaag van af?",
  [("toekomstbeeld", ["2.5.1"]), ("stop", ["2.5.3.3"])],
  [["burgerpanels", "medezeggenschap"], ["toegankelijkheid", "mondige"]])
S("How far is today's practice of working across municipal borders in a region from the vision sketched at the start of the session?",
  [("toekomstbeeld", ["2.4.1"]), ("stop", ["2.4.3.3"])],
  [["maatwerk", "integrale oplossingen"], ["overlap", "top-down"]], ["english"])
S("Welke rol krijgt Vlaanderen in het verslag, en welke rol houden de lokale besturen?",
  [("Vlaanderen", ["2.4.3.2", "2.2.2"]), ("lokale besturen", ["2.2.1"])],
  [["kaderstellende", "ondersteund door Vlaanderen"], ["regisseur", "basisschakels"]])
S("Hoe verdelen dorpsraad en gemeentebestuur de rollen bij dorpsontwikkeling?",
  [("dorpsraad", ["2.5.3.1", "2.5.3.3"]), ("gemeentebestuur", ["2.5.3.2"])],
  [["sociale motor", "geen doel"], ["zachte regisseur"]])
S("Wat kunnen coördinerende figuren betekenen, zowel bij samenwerking tussen gemeenten als in gebiedscoalities?",
  [("intergemeentelijk", ["2.3.3.2"]), ("gebiedsgericht", ["2.4.3.2"])],
  [["transversale coördinatoren", "aanspreekpunt"], ["overzicht", "onmisbaar"]])
S("Hoe komt vertrouwen tussen partners terug aan de verschillende gesprekstafels?",
  [("intergemeentelijk", ["2.3.3.3"]), ("gebiedsgericht", ["2.4.3.2", "2.4.3.3"])],
  [["eigen belang", "individueel voordeel"], ["wederzijds vertrouwen", "bottom-up"]])
S("Across the subfacets, how do participants criticise short-lived, project-by-project work?",
  [("stad-platteland", ["2.1.3.3"]), ("nabije besturen", ["2.2.3.3"]), ("intergemeentelijk", ["2.3.3.3"])],
  [["projectfinanciering", "versnipperd"], ["projectmatig"], ["subsidieperiode", "opvolging"]], ["english"])
S("Waar pleit het verslag op meerdere plaatsen voor een gemeente die zelf op haar inwoners afstapt?",
  [("nabije besturen", ["2.2.3.2"]), ("gemeenschapskracht", ["2.5.2", "2.5.3.3"])],
  [["wijkteams", "ga naar buiten"], ["outreachende", "actief opzoeken"]])
S("LEADER: waar krijgt het lof en waar schuurt het met andere programma's?",
  [("toekomstbeeld", ["2.4.1"]), ("stop", ["2.4.3.3"])],
  [["lokale actiegroepen", "krachtige netwerken"], ["overlap", "Water+Land+Schap"]])
S("What does the report say about farmers, from the city-countryside table to regional work and community projects?",
  [("stad-platteland", ["2.1.2", "2.1.3.1"]), ("gebiedsgericht", ["2.4.3.1"]), ("gemeenschapskracht", ["2.5.3.4"])],
  [["kennis over landbouw", "hoeveverkoop"], ["Landbouwkalender"], ["publieke gronden"]], ["english"])
S("Welke verandering in houding wordt van besturen gevraagd, zowel bij nabije besturen als bij gemeenschapskracht?",
  [("nabije besturen", ["2.2.2", "2.2.3.2"]), ("gemeenschapskracht", ["2.5.2", "2.5.3.2"])],
  [["macht durven loslaten", "cultuurverandering"], ["controle durven loslaten", "faciliterende"]])
S("What does the report say about the 'coalition of the willing': where it already works, how to scale it and how governments fit in?",
  [("continue", ["2.4.3.1"]), ("start", ["2.4.3.2"]), ("synergie", ["2.4.3.4"])],
  [["waterproblematiek", "bottom-up"], ["mandaat", "organisch"], ["besturen nodig"]], ["english"])
S("Geef voor samenwerking tussen gemeenten de goede voorbeelden, de voorstellen en de randvoorwaarden over domeinen heen.",
  [("continue", ["2.3.3.1"]), ("start", ["2.3.3.2"]), ("synergie", ["2.3.3.4"])],
  [["Samenproject", "Voeren"], ["regiodeals", "Convenanten"], ["Aanpassing wetgeving", "Mandaat aan actoren"]])
S("Het oorspronkelijke beeld en wat de deelnemers eraan toevoegden: hoe zien die eruit voor stad en platteland samen?",
  [("toekomstbeeld", ["2.1.1"]), ("aanvullingen", ["2.1.2"])],
  [["verbonden", "territoriale agenda"], ["mentale afstand", "peri-urbane"]])

# ------------------------------------------------------------------ refuse 108-139
R("Hoeveel euro bedraagt een burgerbudget in de gemeenten die het verslag aanhaalt?")
R("Wat kost een dag inzet van een provinciale medewerker voor een kleinere gemeente?")
R("What grant amount did the Morkhoven project against loneliness receive?", ["english"])
R("Hoeveel miljoen wordt er gereserveerd om het Plattelandspact uit te voeren?")
R("Welk wetsartikel verankert het subsidiariteitsprincipe waar de deelnemers naar verwijzen?")
R("Onder welke regelgeving vallen de projecten van de VLM rond landinrichting?")
R("Which law would have to be amended to introduce right to challenge in Flanders?", ["english"])
R("Wat is het officiële standpunt van het Algemeen Boerensyndicaat over voedselhubs?")
R("Steunt de Vereniging van Vlaamse Steden en Gemeenten het idee van een aparte schepen voor gebiedswerking?")
R("Wat vindt Boeren op een Kruispunt van de Landbouwkalender in de Westhoek?")
R("Wat is de naam van de persoon die in Mollenkoeij als vast aanspreekpunt tussen dorpen en bestuur fungeert?")
R("Wie leidde als moderator het tafelgesprek over de kracht van gemeenschappen?")
R("Who holds the post of village consultant (dorpsconsulent) in Leest, by name?", ["english"])
R("Op welke dag zetten de partners hun handtekening onder het pact voor het platteland?")
R("Wanneer start de uitbreiding van het plattelandslabo naar heel Vlaanderen?")
R("In welke maand worden de resultaten van de vijf toekomstateliers aan het Vlaams Parlement voorgesteld?")
R("Hoe druk bezocht was het atelier over economie en vernieuwing op het platteland?")
R("In welke zaal of gemeente kwamen de deelnemers samen voor het atelier rond open ruimte?")
R("What were the main conclusions of the atelier on a lively and healthy woonomgeving?", ["english"])
R("In welke provincie ligt Olen?")
R("Hoeveel inwoners telt de stad Mechelen?")
R("Welke lokale besturen zitten samen in Neteland, waar het Samenproject loopt?")
R("Wie stelt de Bouwmeester aan en voor hoeveel jaar?")
R("Welke landschapselementen omvat het landschapspark in Voeren?")
R("Hoe pakt Baldemorie het beleid rond familiaal geweld concreet aan?")
R("Welke gemeenten maken deel uit van het Kempense netwerk Lokaal Bestuur?")
R("Welke strategische projecten van het departement Omgeving bedoelen de deelnemers precies?")
R("Welk softwarepakket voor burgerbudgetten raadt u onze gemeente aan?")
R("Op welke partij zou u stemmen als het om plattelandsbeleid gaat?")
R("Would you advise me to stand as a candidate for the village council in my town?", ["english"])
R("Hoeveel dorpsraden zijn er momenteel actief in Vlaanderen?")
R("Hoeveel lokale actiegroepen zijn er binnen LEADER in Vlaanderen opgericht?")

# ------------------------------------------------------------------ controls 140-171
F("Uit hoeveel delen bestond het programma van het atelier in Olen?", ["1"], [["3 stappen"]])
F("Uit hoeveel kernonderdelen bestaat het inspirerende beeld van het platteland in 2050?", ["inleiding"], [["vijf kernfacetten"]])
F("Welke financiële afspraken kenmerken de Nederlandse Regiodeals volgens het verslag?", ["2.3.3.2", "2.4.3.1"],
  [["meerjarige financiering", "langetermijnfinanciering", "gebiedsniveau"]])
F("Waaraan besteden programmabeheerders en samenwerkingsverbanden onevenredig veel tijd?", ["2.4.3.3"],
  [["verantwoorden van budgetten"]])
F("Welke wetgeving willen de deelnemers vereenvoudigen zodat kleine lokale verenigingen kunnen blijven bestaan?",
  ["2.5.2"], [["vzw-wetgeving"], ["statuut"]])
F("Welke overeenkomst helpt een gebiedscoalitie om verantwoordelijkheden duidelijk te maken?", ["2.4.3.2"],
  [["samenwerkingsovereenkomst"]])
F("Hoe gaan besturen volgens het toekomstbeeld om met inwonersgroepen die verantwoordelijkheid willen opnemen voor hun dorp?",
  ["2.5.1"], [["medezeggenschap"], ["van onderuit"]])
F("Wie ondersteunt de digitale talentenbank die vrijwilligers in Aarschot oprichtten?", ["2.5.3.1"],
  [["Saamo"], ["lokaal bestuur"]])
F("Welke twee organisaties uit het middenveld verbinden burgers, beleid en vrijwilligers in zorgzame buurten?", ["2.5.3.4"],
  [["Arktos"], ["Saamo"]])
F("Welk Kempens netwerk moedigt gemeenten aan om medewerkers van de eerste lijn signalen te laten opvangen?",
  ["2.2.3.1"], [["Lokaal Bestuur"]])
F("Welke functie neemt in Leest een schakelrol op tussen burgers en bestuur?", ["2.5.3.1"],
  [["dorpsconsulent"], ["Mechelen", "sociale cohesie"]])
F("Welke gemeentebesturen staan in de lijst van deelnemende organisaties?", ["bijlage"],
  [["Hove"], ["Ravels"], ["Retie", "Mol"]])
F("Hoe ver in de toekomst kijkt het beeld van een schitterend platteland?", ["inleiding"], [["2050"]])
F("Wanneer moet je volgens het verslag al nadenken over wie na afloop van een project verantwoordelijk wordt?",
  ["2.3.3.2"], [["bij aanvang"]])
F("Op welk moment verdwijnt volgens de drempels vaak de projectwerking?", ["2.3.3.3"], [["subsidieperiode"]])
F("Werden er naast dit atelier nog andere toekomstateliers georganiseerd, en rond welke thema's?", ["inleiding"],
  [["open ruimte"], ["woonomgeving"], ["economische bedrijvigheid"]])
F("Wat zegt het verslag over het streven naar warme en zorgzame gemeenschappen?", ["2.5.3.4"],
  [["zorgsector"], ["straatambassadeurs", "buurtbewoners"]])
F("Hoe waren lokale besturen volgens de drempels bij gemeenschapskracht historisch ingericht?", ["2.5.3.3"],
  [["loketfunctie"], ["dienstverlenende"]])
F("Hoe vaak komen provinciemedewerkers hun kennis delen met kleine gemeenten?",
  ["2.2.3.2"], [["enkele dagen"]])
F("Is de regio volgens het toekomstbeeld over gebiedsgerichte aanpak een bestuurslaag?", ["2.4.1"],
  [["geen bestuurslaag"], ["netwerkverband"]])
F("Op welke jongeren richt Arktos zich en met welke aanpak?", ["2.5.3.1"],
  [["kwetsbare situaties"], ["talentontwikkeling", "rondrijdende jeugdwerkingen"]])
F("Wat doet het project Zorgzame buurten concreet?", ["2.5.3.1"],
  [["huisbezoeken"], ["babbelcafés"], ["buurtambassadeurs"]])
F("Wat houdt de Landbouwkalender in de Westhoek in?", ["2.4.3.1"],
  [["hulppunten"], ["landbouwers"]])
F("Wat vragen de deelnemers voor plattelandsorganisaties naast voldoende ondersteuning?", ["2.5.2"],
  [["experimenten"], ["passend budget"]])
F("Vinden de trajecten rond veerkrachtige dorpen enkel plaats in één deel van Vlaanderen, of ruimer?", ["2.5.3.1"], [["alle provincies"]])
P("Onze fusiegemeente wil de deelgemeenten niet uit het oog verliezen: wat raadt het verslag aan?", ["2.5.3.3"],
  [["anticiperend"], ["buurtgericht"], ["verankeren"]])
P("Als kleine gemeente hebben we geen kennis in huis om inspraak goed te begeleiden: hoe pakken we dat aan?",
  ["2.5.3.2"], [["trajectbegeleiders", "terreinwerkers"], ["expertiseontwikkeling", "participatiekennis"]])
F("Welke wissel binnen het vrijwilligerswerk noemen de deelnemers belangrijk?", ["2.5.3.2"], [["Generatiewissel"]])
P("Hoe kan ik als gemeente inwoners elkaars vaardigheden laten ontdekken en inzetten?", ["2.5.3.1", "2.5.3.2"],
  [["talentenbank"]])
F("Hoeveel organisaties met 'Agentschap' in hun naam staan er in de deelnemerslijst?", ["bijlage"],
  [["Binnenlands Bestuur"], ["Onroerend Erfgoed"], ["Natuur en Bos"]])
F("Welke LEADER-regio stuurde een vertegenwoordiger naar Olen?", ["bijlage"], [["Hageland"]])
F("Waarom zijn besturen onmisbaar in een gebiedscoalitie, volgens de synergiën van de regionale aanpak?", ["2.4.3.4"],
  [["coalition"], ["besturen nodig"]])

assert len(Q) == 171, len(Q)

# ------------------------------------------------------------------ conversations
C = []


def T(q, gold, facts, tags=()):
    return {"question": q, "gold_sections": gold, "facts": facts, "tags": list(tags)}


def conv(*turns):
    C.append({"id": "c10c%02d" % (len(C) + 1), "tags": ["conversation"], "split": "test", "turns": list(turns)})


conv(T("Wat werkt al goed in de samenwerking tussen steden en het omliggende platteland?", ["2.1.3.1"],
       [["Voedselhubs", "Waterlandschappen"], ["gebiedsgerichte kennis", "boerderijbezoeken"]]),
     T("Waar wringt het schoentje vandaag?", ["2.1.3.3"], [["beleidskaders"], ["Capaciteitstekorten"]], ["kind-switch"]),
     T("Met welke andere domeinen, wonen bijvoorbeeld, hangt dat samen?", ["2.1.3.4"],
       [["Stedelijke verdichting"], ["woonvormen"]], ["kind-switch", "pronoun"]))
conv(T("Welk beeld van lokale besturen in 2050 schetste men bij het begin van de sessie over nabije besturen?", ["2.2.1"],
       [["wendbaar", "wendbare"], ["nabije overheid"]]),
     T("Welke knelpunten ervaren gemeenten vandaag om dat waar te maken?", ["2.2.3.3"],
       [["wildgroei", "gebiedsindelingen"], ["participatiecultuur", "middelen en personeel"]], ["kind-switch"]),
     T("Los daarvan: welke landbouworganisaties namen deel aan het atelier?", ["bijlage"],
       [["Algemeen Boerensyndicaat"], ["Kruispunt"], ["Landelijke Gilden"]], ["independent"]))
conv(T("What good examples of cooperation between municipalities do participants mention?", ["2.3.3.1"],
       [["Samenproject"], ["Voeren", "Baldemorie", "Morkhoven"]], ["english"]),
     T("What gets in the way of that kind of cooperation?", ["2.3.3.3"], [["kostenverdeling"], ["planlast"]],
       ["english", "kind-switch", "pronoun"]),
     T("And how do they want to make sure projects keep running after the funding ends?", ["2.3.3.2"],
       [["Structurele inbedding", "structurele verankering"], ["programmawerking", "opvolging"]],
       ["english", "kind-switch"]))
conv(T("Hoe kijken de deelnemers naar burgerbudgetten?", ["2.5.3.1", "2.2.2", "2.5.2"],
       [["krachtig instrument", "budgethouderschap", "hogere burgerbudgetten"]]),
     T("Wat verhindert vandaag dat inwoners echt mee beslissen?", ["2.5.3.3"],
       [["mondige"], ["onduidelijk", "toegankelijkheid"]], ["kind-switch"]),
     T("En bij kinderen en tieners?", ["2.5.3.3", "2.5.3.4"],
       [["traditionele kanalen", "directe gesprekken"], ["jeugdbewegingen", "welzijnsorganisaties"]], ["new-aspect"]))
conv(T("Welke voorstellen doen de deelnemers om gebiedsgerichte samenwerking op te schalen?", ["2.4.3.2"],
       [["coalition"], ["mandaat"]]),
     T("Waar lopen zulke coalities vandaag op vast?", ["2.4.3.3"], [["overlap"], ["top-down", "subsidies"]],
       ["kind-switch"]),
     T("Zijn er streken waar het al goed loopt?", ["2.4.3.1"],
       [["Zuid-West-Vlaanderen"], ["Regiodeals", "Open Ruimte Platform", "Westhoek"]], ["kind-switch"]))
conv(T("Welk beeld voor 2050 kregen de deelnemers aan de tafel over samenwerken tussen gemeenten en bestuursniveaus?", ["2.3.1"],
       [["genetwerkt bestuursmodel", "basisschakel"], ["gedeelde ambitie", "schaalvoordelen"]]),
     T("Wat hebben de deelnemers daar zelf nog bij geschreven?", ["2.3.2"],
       [["capaciteitsproblemen"], ["subsidiariteitsbeginsel", "verkokering"]], ["kind-switch", "pronoun"]),
     T("En bij de gebiedsgerichte aanpak?", ["2.4.2"], [["personeelscapaciteit"], ["tussenniveau"]], ["new-aspect"]))
conv(T("Hoe willen de deelnemers participatie een vaste plaats geven in de werking van lokale besturen?", ["2.2.3.2"],
       [["vast onderdeel", "cultuurverandering"], ["handleidingen", "koffiemomenten"]]),
     T("Waar gebeurt dat al met succes?", ["2.2.3.1"],
       [["gemeentepersoneel", "toeristische raad"], ["Mollenkoeij", "taxicheques", "open avonden"]], ["kind-switch"]),
     T("Welke band heeft dat met toerisme en cultuur?", ["2.2.3.4"],
       [["toeristische raden"], ["cultuurhuizen"]], ["kind-switch", "pronoun"]))
conv(T("Wat doet de dorpsraad in de voorbeelden die al goed werken?", ["2.5.3.1"],
       [["sociale motor"], ["bestuursakkoord", "lokale noden"]]),
     T("Even iets anders: welk instrument uit de provincie Antwerpen willen de deelnemers naar heel Vlaanderen brengen?",
       ["2.1.3.2"], [["plattelandslabo"]], ["independent"]),
     T("Terug naar de dorpsraden: hoe kan een gemeente die in de toekomst het best ondersteunen?", ["2.5.3.2"],
       [["zachte regisseur"], ["transparante samenwerking", "visiedocumenten"]], ["kind-switch"]))
conv(T("Welke rol speelt kennisdeling tussen gebiedsgerichte werkingen?", ["2.4.3.2"],
       [["lerende netwerken"], ["kennisdatabanken", "Open Ruimte Platform"]]),
     T("Waarom vloeien de lessen uit projecten vandaag zo slecht door naar beleid?", ["2.4.3.3"],
       [["leertrajecten", "leerlessen"], ["beleidsfeedback", "reflectie"]], ["kind-switch"]),
     T("En tussen kleine gemeenten onderling?", ["2.2.3.2", "2.2.3.3"],
       [["Broodje Burger", "uitwisseling van kennis"]], ["new-aspect"]))
conv(T("Hoe spreken de deelnemers over mensen die zich vrijwillig inzetten?", ["2.5.3.4", "2.5.3.2", "2.5.1"],
       [["erkennen", "erkenning", "waardering"], ["Generatiewissel", "vrijwilligersbeleid", "informatieverspreiding"]]),
     T("Welke initiatieven draaien al op hen?", ["2.5.3.1"],
       [["Iedereen Leest", "talentenbank"], ["huis-aan-huis", "Aarschot"]], ["kind-switch", "pronoun"]),
     T("Andere vraag: wat is de kernboodschap van het toekomstbeeld over gemeenschapskracht als hefboom?", ["2.5.1"],
       [["bruggenbouwer"], ["medeverantwoordelijkheid", "medezeggenschap"]], ["independent"]))
conv(T("Wat kunnen provinciebesturen volgens het verslag betekenen?", ["2.4.2", "2.2.3.2", "2.2.3.3"],
       [["tussenniveau", "provinciale medewerkers", "capaciteitsopbouw"]]),
     T("En de intercommunales?", ["2.2.3.3"], [["IOK"], ["capaciteitsopbouw", "ondersteuning"]], ["new-aspect"]),
     T("Een losse vraag: wat bedoelen de deelnemers met een verwelkomende overheid?", ["2.5.2"],
       [["integraal"], ["beleidsdomeinen", "bestuursniveaus"]], ["independent"]))
conv(T("Rond welke onderwerpen vinden stad en platteland elkaar volgens wat al goed werkt?", ["2.1.3.1"],
       [["voedsel"], ["mobiliteit", "water"]]),
     T("Een aparte vraag: hoe vaak worden projecten geëvalueerd op wat ze opleveren aan leerlessen?", ["2.3.3.3"],
       [["zelden"]], ["independent"]),
     T("Terug naar stad en platteland: hoe willen ze die samenwerking financieren?", ["2.1.3.2"],
       [["gezamenlijke pot"], ["structurele"]], ["kind-switch"]))
conv(T("Hoe kijken de deelnemers naar de digitalisering van de dienstverlening?", ["2.2.3.4", "2.2.3.1"],
       [["fysieke nabijheid", "persoonlijk contact"]]),
     T("Wie dreigt daarbij uit de boot te vallen?", ["2.2.3.1", "2.2.3.3", "2.2.2"],
       [["armoede", "lage digitale vaardigheden", "nieuwkomers"]], ["pronoun"]),
     T("Welke stappen stellen ze voor om hen toch te bereiken?", ["2.2.3.2"],
       [["wijkteams", "ambassadeurs"], ["aanspreekpunten", "vaste schakel"]], ["kind-switch", "pronoun"]))
conv(T("What role does Water+Land+Schap play in the report?", ["2.3.3.2", "2.4.3.2"],
       [["programmawerking"], ["eigenaarschap", "autonomie"]], ["english"]),
     T("Wat loopt er mis in de samenloop met andere programma's?", ["2.4.3.3"],
       [["LEADER"], ["versnippering", "inefficiëntie"]], ["kind-switch"]),
     T("En bij de samenwerking tussen stad en platteland, speelt die versnippering daar ook?", ["2.1.3.3"],
       [["fragmenteren", "versnipperd"], ["sectoraal"]], ["new-aspect", "pronoun"]))

assert len(C) == 14

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for it in Q:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(Q), len(C), sum(len(c["turns"]) for c in C))
