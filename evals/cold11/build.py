#!/usr/bin/env python3
"""Throw-away serialiser for the hand-written cold11 items. The JSONL files are the canonical set."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
Q = []


def q(question, gold, facts, tags, items=None, sides=None):
    it = {"id": "c11q%03d" % (len(Q) + 1), "question": question, "gold_sections": gold,
          "facts": facts, "tags": tags, "split": "test"}
    if items is not None:
        it["items"] = items
    if sides is not None:
        it["sides"] = [{"name": n, "sections": s} for n, s in sides]
    Q.append(it)


F, P, E, L, S, R = ["fact"], ["paraphrase"], ["english"], ["list"], ["synthesis"], ["refuse"]

# ------------------------------------------------------------------ fact 001-025
q("Op welke twee vormen van kracht focuste de bijeenkomst in de Pastorij?", ["inleiding"],
  [["bestuurskracht"], ["burgerkracht"]], F)
q("Welke technologie hielp bij het opstellen van dit verslag, en wie las het na?", ["status-van-dit-document"],
  [["AI"], ["moderatoren"]], F)
q("Wat mochten deelnemers op het einde doen met subfacetten waaraan ze zelf niet hadden meegepraat?", ["1"],
  [["feedback"], ["ideeën"]], F)
q("Wat moet er volgens het toekomstbeeld stad-platteland beter begrepen worden over sectoraal beleid?", ["2.1.1"],
  [["territoriale effecten"], ["samen aangepakt"]], F)
q("Waaraan zijn plattelandssubsidies vandaag gekoppeld, volgens de aanvullingen bij het subfacet stad-platteland?", ["2.1.2"],
  [["grondgebonden", "gemeentegrenzen"]], F)
q("Waardoor wordt samenwerking tussen bestuursniveaus en sectoren bemoeilijkt, volgens de kernpunten van de discussie over stad en platteland?", ["2.1.3"],
  [["gescheiden beleidskaders"], ["financieringsstromen"]], F)
q("Waarom staan niet alle boeren te springen om groepen en kinderen op hun erf te ontvangen?", ["2.1.3.1"],
  [["gewoon produceren"], ["ondernemers"]], F)
q("Welk bestaand initiatief uit de provincie Antwerpen willen de deelnemers uitbreiden naar heel Vlaanderen?", ["2.1.3.2"],
  [["plattelandslabo"]], F)
q("Waarom is het riskant dat voedsel-, water- en ruimtebeleid elk hun eigen thematische initiatieven uitrollen?", ["2.1.3.3"],
  [["naast elkaar", "gefragmenteerd"], ["overkoepelende territoriale werking", "territoriale werking"]], F)
q("Hoe hangen windmolens en zonnepanelen op het land samen met het verbruik in de steden?", ["2.1.3.4"],
  [["afnemers"], ["energieproductie", "klimaatadaptatie"]], F)
q("Hoe worden gemeentebesturen in het 2050-beeld gepositioneerd tegenover hogere overheden, en wat zijn ze voor burgers en ondernemers?", ["2.2.1"],
  [["basisschakels"], ["meest nabije overheid", "nabije overheid"]], F)
q("Welke bevoegdheden, zoals een aanvraag afwijzen, worden lastig voor een bestuur dat zijn inwoners persoonlijk kent?", ["2.2.2"],
  [["handhaving"], ["vergunningen weigeren"]], F)
q("Welke functie heeft de schakelfiguur die in Mollenkoeij werd aangesteld?", ["2.2.3.1"],
  [["vast aanspreekpunt"], ["gemeentebestuur"]], F)
q("Wat is 'Broodje Burger'?", ["2.2.3.2"],
  [["Kempen"], ["burgerparticipatie"]], F)
q("Welke koepel van waterbesturen wordt aangehaald als inspirerend organisatiemodel tegenover de overlappende structuren?", ["2.2.3.3"],
  [["Polders en Wateringen"]], F)
q("Welke centrumstad trekt volgens de synergiën bij nabije besturen ook de dorpen rondom mee?", ["2.2.3.4"],
  [["Sint-Niklaas"]], F)
q("Welke troeven van de hogere overheden moeten in het 2050-beeld verknoopt worden met de terreinkennis van gemeenten?", ["2.3.1"],
  [["helikopterperspectief"], ["bovenlokale kennis"]], F)
q("Welke vuistregel over de taakverdeling tussen overheden schuiven de deelnemers naar voren als leidend principe bij intergemeentelijke samenwerking?", ["2.3.2"],
  [["subsidiariteitsbeginsel"], ["lagere instantie"]], F)
q("Welke projecten van een Vlaams departement staan in de reeks succesvolle beleidsinitiatieven rond intergemeentelijke samenwerking?", ["2.3.3.1"],
  [["strategische projecten"], ["Omgeving"]], F)
q("Met welke documenten leg je afspraken vast die meerdere legislaturen overbruggen?", ["2.3.3.2"],
  [["Convenanten"], ["lange termijn akkoorden", "akkoorden"]], F)
q("Welke plannen somt de deelnemer op in het citaat over sectoraal werken bij de drempels van interbestuurlijke samenwerking?", ["2.3.3.3"],
  [["mobiliteitsplan"], ["klimaatplan"], ["welzijnsplan"]], F)
q("Welke soort financiering en welk soort beleid vraagt horizontale en transversale samenwerking?", ["2.3.3.4"],
  [["Structurele financiering"], ["stabiel beleid"]], F)
q("Welke netwerken organiseren in de Vlaamse plattelandsregio's de samenwerking tussen publieke en private actoren?", ["2.4.1"],
  [["lokale actiegroepen"], ["LEADER"]], F)
q("Tussen welke functies moet volgens de aanvullingen bij de regionale aanpak een evenwicht gevonden worden?", ["2.4.2"],
  [["landbouw"], ["natuur"], ["toerisme", "recreatie"]], F)
q("Waarom bestaat de lokale coalitie binnen het Open Ruimte Platform vooral uit organisaties?", ["2.4.3.1"],
  [["capaciteit"], ["tijd"]], F)

# ------------------------------------------------------------------ paraphrase 026-055
q("Hoe kunnen we de mannen en vrouwen die het openbaar groen onderhouden inschakelen om problemen in de buurt vroeg op te pikken?",
  ["2.2.3.1", "2.2.3.2"], [["ambassadeurs"], ["signalen", "aanspreekpunten"]], P)
q("Is het een probleem dat elke organisatie haar eigen kaart van Vlaanderen tekent met andere grenzen?", ["2.2.3.3"],
  [["wildgroei"], ["onduidelijkheid"]], P)
q("Waarom lopen geldverdelingen die alleen naar het aantal inwoners kijken mank voor landelijke gemeenten?", ["2.2.3.3"],
  [["verdeelmechanismen"], ["specifieke noden", "onderbelicht"]], P)
q("Hoeveel papierwerk rond plannen moet een kleine gemeente vandaag tegelijk bolwerken?", ["2.3.3.3"],
  [["planlast"], ["tal van plannen", "capaciteitsproblemen"]], P)
q("Wie betaalt wat als een project over meerdere gemeenten loopt en niet elke gemeente er evenveel bij betrokken is?", ["2.3.3.3"],
  [["kostenverdeling"], ["projectgrenzen", "klein deel"]], P)
q("Hoe voorkom je dat een samengevoegde gemeente na een tijd terugvalt in het denken van vroeger?", ["2.2.3.3"],
  [["bovenlokale identiteit"], ["gemeentelijke denken"]], P)
q("Wie zou in een streek de touwtjes moeten samenhouden tussen al die diensten, departementen en partners?", ["2.3.3.2", "2.4.3.2"],
  [["coördinatoren", "coördinator"], ["aanspreekpunt", "overzicht"]], P)
q("Mogen personeelsleden over de muren van hun eigen dienst heen werken?", ["2.3.3.2"],
  [["gemandateerd"], ["takenpakket"]], P)
q("Moet een samenwerking altijd de grenzen van een gemeente volgen, of kan dat anders?", ["2.3.3.2", "2.4.3.2"],
  [["schaalniveau"], ["waterloop", "rivierbekken"]], P)
q("Hoe verdeel je in een samenwerking de taken: wie trekt de kar, wie betaalt en wie houdt het in de gaten?", ["2.3.3.2"],
  [["rolverdeling"], ["trekker"]], P)
q("Waarom is het geen goed idee om telkens nieuwe overlegtafels op te richten waar altijd dezelfde gezichten aanschuiven?", ["2.4.3.2"],
  [["overlegstructuren"], ["efficiëntie", "doelgerichtheid"]], P)
q("Moet een samenwerking rond een beek meteen een officiële vorm krijgen, of mag het losser?", ["2.4.3.2"],
  [["flexibel"], ["geen doel", "middel"]], P)
q("Hoe komt het dat ervaringen uit afgeronde, gesubsidieerde trajecten zelden het beleid bijsturen?", ["2.3.3.3", "2.4.3.3"],
  [["leerlessen"], ["geëvalueerd", "leertrajecten"]], P)
q("Kan het een rem zijn als iemand de plaatselijke tongval niet spreekt of als buitenstaander gezien wordt?", ["2.4.3.3"],
  [["dialecten", "taal"], ["niet van hier"], ["vertrouwen"]], P)
q("Moeten gemeenteraadsleden en schepenen pas aansluiten wanneer een inspraaktraject bijna rond is?", ["2.5.2"],
  [["hele proces"], ["vertrouwen", "gedragen beleid"]], P)
q("Waarom horen we op bewonersavonden altijd dezelfde mensen?", ["2.5.2", "2.5.3.3"],
  [["dezelfde stemmen", "mondige"], ["laagdrempelig", "proactieve houding"]], P)
q("Mogen inwoners zelf mee beslissen waaraan een stuk gemeentegeld wordt uitgegeven?", ["2.2.2", "2.5.2", "2.5.3.1"],
  [["burgerbudgetten", "budgethouderschap"]], P)
q("Hoe verspreidt een dorp zijn nieuws bij mensen die niet online zijn?", ["2.5.3.1"],
  [["dorpskrant"], ["huis-aan-huis"]], P)
q("Hoe bereik je tieners die het moeilijk hebben en nergens aansluiten?", ["2.5.3.1", "2.5.3.3", "2.5.3.4"],
  [["Arktos", "leefwereld", "directe gesprekken"], ["jongeren"]], P)
q("Wat kan er gebeuren met grond die van de overheid is, als groepen bewoners en boeren de handen in elkaar slaan?", ["2.5.3.4"],
  [["burgercollectieven"], ["duurzame landbouw", "voedselproductie"]], P)
q("Mag een overleg van dorpsbewoners zich bezighouden met de persoonlijke grieven van één inwoner?", ["2.5.3.3"],
  [["individuele klachten"], ["beleidsbetrokkenheid"]], P)
q("Volstaat het om met harde cijfers uit te leggen waarom twee gemeenten samengaan?", ["2.5.3.2"],
  [["gevoelens", "emotionele aspecten"], ["dorpsidentiteit"]], P)
q("Wie kan zwakke gemeenten bijspringen als ze te weinig mensen en geld hebben om sterk te besturen?", ["2.2.3.3"],
  [["provincies"], ["capaciteitsopbouw"]], P)
q("Gaapt er echt een kloof tussen stedelingen en dorpelingen, of is het eerder een gevoel in ons hoofd dat het debat kleurt?", ["2.1.2"],
  [["mentale afstand"], ["emoties", "angst voor verandering"]], P)
q("Worden de gemeenten die half stad, half dorp zijn niet vergeten?", ["2.1.2"],
  [["peri-urbane"]], P)
q("Wat als inwoners gewoon niet weten hoe ze hun gemeentebestuur kunnen bereiken?", ["2.5.3.3"],
  [["toegankelijker", "toegankelijkheid"], ["verantwoordelijkheid voor contact"]], P)
q("Wat doe je in een dorp waar de mensen weinig met elkaar verbonden zijn?", ["2.5.3.3"],
  [["sociale cohesie"], ["verenigingen"]], P)
q("Hoe brengen we verpleegkundigen, vrijwilligers en buren dichter bij elkaar?", ["2.5.3.4"],
  [["zorgprofessionals", "zorgsector"], ["buurtgerichte projecten", "straatambassadeurs"]], P)
q("Welke rol spelen verenigingen en sociale organisaties tussen het gemeentehuis en de samenleving in de toekomstvisie?", ["2.5.1"],
  [["bruggenbouwer"], ["civiele actor"]], P)
q("Heeft een stad er zelf iets aan om samen te werken met het landelijke gebied rond haar?", ["2.1.1", "2.1.3.1"],
  [["wederzijds afhankelijk", "wederzijdse afhankelijkheid"], ["win-win", "synergie"]], P)

# ------------------------------------------------------------------ english 056-075
q("Does this report carry any official weight, or is it merely input?", ["status-van-dit-document"],
  [["geen formele status", "werkdocument"], ["bouwsteen"]], E)
q("What four-part technique structured the table conversations, and what do its parts stand for?", ["1"],
  [["Continue"], ["Synergie"]], E)
q("How could city and countryside use each other's know-how on housing and mobility?", ["2.1.2"],
  [["wederzijdse expertise"], ["gemeenschappelijke oplossingen"]], E)
q("Which country is held up as the model for an entity in charge of territorial development?", ["2.1.3.2"],
  [["Frankrijk"], ["ontzorgen", "kennisopbouw"]], E)
q("Why does pooling investments across domains and governments pay off when city and countryside work together?", ["2.1.3.4"],
  [["meer impact"], ["minder middelen"]], E + P)
q("In the vision for strong local governments, what should they have at their disposal by 2050 to fulfil their role?", ["2.2.1"],
  [["bestuurskracht"], ["middelen", "capaciteit"]], E)
q("Why is voluntary cooperation not sufficient, according to the participants' additions on strong local governments?", ["2.2.2"],
  [["sneller versterkt"], ["regionale visie", "regie"]], E)
q("Municipal workers are urged to leave their desks and go outside: how should that become part of everyday practice?", ["2.2.3.2"],
  [["organisatiecultuur"], ["wijken", "zichtbaar aanwezig"]], E)
q("Why did the perspective of local governments remain underexposed in the discussion on strong and close governments?", ["2.2.3.3"],
  [["afwezig"]], E)
q("How do residents get a say in tourism and culture?", ["2.2.3.4"],
  [["toeristische raden"], ["cultuurhuizen", "lokale evenementen"]], E)
q("Why should partners look more at what they do together and how, rather than at the way their partnership is organised?", ["2.3.2"],
  [["inhoud"], ["uitvoeringsgericht"]], E + P)
q("Which programme-based approach can secure the continuity of a project when municipalities and higher levels work together?", ["2.3.3.2"],
  [["Water+Land+Schap"], ["gedeeld eigenaarschap"]], E)
q("What role do targeted subsidies play in getting intermunicipal or thematic cooperation started?", ["2.3.3.2"],
  [["hefboomeffect"], ["rond de tafel"]], E)
q("Name the integrated area-level approaches that the regional vision offers as illustrations.", ["2.4.1"],
  [["landinrichtingsprojecten"], ["waterlandschappen"]], E)
q("How should communication about the regional approach reach people, according to the additions?", ["2.4.2"],
  [["verschillende kanalen"], ["VVSG", "koepels"]], E)
q("Which Dutch instrument is listed among the good practices of the regional approach, and at what level are its goals and financial agreements made?", ["2.4.3.1"],
  [["Regiodeals"], ["gebiedsniveau"]], E)
q("Why does the demand for quick, concrete results in grant schemes hurt long-term area projects?", ["2.4.3.3"],
  [["contraproductief"], ["langetermijnverandering", "systeemdenken"]], E)
q("What are deliberative citizen panels meant to strengthen in the 2050 vision on community strength?", ["2.5.1"],
  [["burgerinitiatieven"], ["lokale besturen"]], E)
q("What should civil servants and politicians share in order to realise initiatives such as 'verbonden dorpen'?", ["2.5.2"],
  [["gedeelde visie"], ["samenwerken"]], E)
q("Why does working through social relationships rather than neighbourhood boundaries ask something different of the municipality?", ["2.5.3.3"],
  [["faciliterende houding"], ["gemeenschapsgericht"]], E + P)

# ------------------------------------------------------------------ list 076-087
q("Welke uitdagingen formuleerden de deelnemers aan de gesprekstafel over stad en platteland?", ["2.1.3"],
  [["Complexiteit"], ["sectoraal"]], L,
  items=[["Complexiteit van de materie", "Complexiteit"], ["financieringsmechanismen"], ["Capaciteitsverschillen"]])
q("Geef de volledige reeks beleidsvelden waarop een stad-plattelandssamenwerking volgens de synergiesectie winst oplevert.", ["2.1.3.4"],
  [["Mobiliteit"], ["Energie"]], L,
  items=[["Voedsel, water en natuur", "waterbeheer"], ["ruimtelijke ordening"], ["Mobiliteit en bereikbaarheid"],
         ["Energie en klimaat"], ["Sociaal beleid en gezondheid"], ["Bestuurlijke samenwerking", "interbestuurlijke samenwerking"]])
q("List all the barriers that make cooperation between city and countryside difficult.", ["2.1.3.3"],
  [["beleidskaders"], ["Capaciteitstekorten"]], L + E,
  items=[["beleidskaders"], ["flexibele financiering", "projectfinanciering"], ["Capaciteitstekorten"], ["sectoraal beleid"]])
q("Welke succesvolle werkwijzen, met hun drijfveren, moeten volgens de tafel over stedelijke en landelijke gebieden blijven bestaan? Som ze op.", ["2.1.3.1"],
  [["Verbindende thema's"], ["draagvlak"]], L,
  items=[["Verbindende thema's"], ["Gelijkwaardig partnerschap"], ["Gebiedsgerichte kennis"], ["draagvlak vergroten", "Burgers betrekken"]])
q("Som de voorstellen op om de samenwerking tussen steden en landelijke gemeenten groter en structureler te maken.", ["2.1.3.2"],
  [["financiering"], ["Begeleiding"]], L,
  items=[["gemeentegrensoverschrijdende samenwerking"], ["Vernieuwende en structurele financiering", "structurele financiering"],
         ["Begeleiding en kennisdeling"], ["Dialoog en zichtbaarheid"], ["territoriale ontwikkeling", "entiteit"]])
q("Met welke partners gaan gemeenten binnen welzijn en sport partnerschappen aan? Noem ze allemaal.", ["2.2.3.4"],
  [["OCMW's"], ["jeugdwerk"]], L,
  items=[["OCMW's"], ["welzijnsorganisaties"], ["buurtsportinitiatieven"], ["jeugdwerk"]])
q("Tussen welke actoren is volgens de drempels bij nabije besturen een meer structurele en geïntegreerde samenwerking nodig?", ["2.2.3.3"],
  [["intercommunales"], ["middenveldorganisaties"]], L,
  items=[["gemeenten"], ["provincies"], ["intercommunales"], ["middenveldorganisaties"]])
q("Welke medewerkers met veel burgercontact worden allemaal genoemd als mogelijke ambassadeurs van de gemeente?", ["2.2.3.2"],
  [["groendienst"], ["loketten"]], L,
  items=[["groendienst"], ["loketten"], ["schoonmaak"]])
q("Geef alle kopjes waaronder de deelnemers het toekomstbeeld over samenwerking tussen gemeenten aanvulden.", ["2.3.2"],
  [["capaciteitsproblemen"], ["verkokering"]], L,
  items=[["capaciteitsproblemen"], ["inhoud en methodes"], ["subsidiariteitsbeginsel"], ["verkokering naar integraal", "verkokering"]])
q("Welke bouwstenen voor opschaling van een coalitie in de gebiedsgerichte aanpak noemt het verslag? Geef de volledige reeks.", ["2.4.3.2"],
  [["coalition"], ["lerende netwerken"]], L,
  items=[["coalition of the willing", "Engagement"], ["mandaat en middelen"], ["Partnerschappen op maat"],
         ["Governance volgt de noden", "Governance"], ["thematisch waar nodig", "Geïntegreerd waar mogelijk"],
         ["lerende netwerken", "Kennisdeling"]])
q("What are all the obstacles that area-based initiatives run into today?", ["2.4.3.3"],
  [["versnippering"], ["Top-down"]], L + E,
  items=[["overlap", "versnippering"], ["doelgerichte besteding"], ["Top-down beleid"], ["lokale cultuur", "taal"]])
q("Via welke werkvormen versterkt het project Zorgzame buurten de onderlinge zorg? Noem ze alle drie.", ["2.5.3.1"],
  [["huisbezoeken"], ["babbelcafés"]], L,
  items=[["huisbezoeken"], ["buurtambassadeurs"], ["babbelcafés"]])

# ------------------------------------------------------------------ synthesis 088-107
q("Wat houdt de samenwerking tussen stad en platteland vandaag tegen, en wat willen de deelnemers opstarten om dat te doorbreken?",
  ["2.1.3.3", "2.1.3.2"], [["Capaciteitstekorten"], ["structurele"]], S,
  sides=[("stop", ["2.1.3.3"]), ("start", ["2.1.3.2"])])
q("For cooperation between municipalities and government levels, set the obstacles against the actions proposed to scale it up.",
  ["2.3.3.3", "2.3.3.2"], [["verkokerd", "planlast"], ["coördinatoren", "Regiodeals"]], S + E,
  sides=[("stop", ["2.3.3.3"]), ("start", ["2.3.3.2"])])
q("Welke voorbeelden van besturen dicht bij de burger werken al, en waar knelt het nog?",
  ["2.2.3.1", "2.2.3.3"], [["mobiel onthaal", "schakelfiguur"], ["gemeentefusies", "participatiecultuur"]], S,
  sides=[("continue", ["2.2.3.1"]), ("stop", ["2.2.3.3"])])
q("Wat loopt al goed en wat zit in de weg als het gaat om werken per streek over gemeentegrenzen heen?",
  ["2.4.3.1", "2.4.3.3"], [["Open Ruimte Platform", "Regiodeals"], ["subsidies", "Top-down"]], S,
  sides=[("continue", ["2.4.3.1"]), ("stop", ["2.4.3.3"])])
q("Van goede praktijken naar opschaling: hoe willen de deelnemers de kracht van lokale gemeenschappen vergroten?",
  ["2.5.3.1", "2.5.3.2"], [["dorpsraad", "talentenbank"], ["cultuurverandering", "participatieladder"]], S,
  sides=[("continue", ["2.5.3.1"]), ("start", ["2.5.3.2"])])
q("Hoe ver staat de praktijk van vandaag af van het beeld van stad en platteland als één verbonden netwerk in 2050?",
  ["2.1.1", "2.1.3.3"], [["co-creatie", "verbonden"], ["beleidskaders", "Capaciteitstekorten"]], S,
  sides=[("vision", ["2.1.1"]), ("today", ["2.1.3.3"])])
q("How does the 2050 picture of municipalities cooperating with each other and with higher levels compare with the obstacles they face now?",
  ["2.3.1", "2.3.3.3"], [["basisschakel", "autonomie"], ["kostenverdeling", "planlast"]], S + E,
  sides=[("vision", ["2.3.1"]), ("today", ["2.3.3.3"])])
q("Wat doen middenveldorganisaties en wat doet het gemeentebestuur om buurten en dorpen sterker te maken? Zet beide rollen naast elkaar.",
  ["2.5.1", "2.5.3.4", "2.5.3.2"], [["bruggenbouwer", "Arktos"], ["zachte regisseur"]], S,
  sides=[("middenveld", ["2.5.1", "2.5.3.4"]), ("lokaal bestuur", ["2.5.3.2"])])
q("Wat wordt er van politici verwacht en wat van ambtenaren als het over burgerparticipatie gaat?",
  ["2.5.2", "2.5.3.2", "2.2.3.3"], [["hele proces"], ["iedere ambtenaar", "werkdruk"]], S,
  sides=[("politici", ["2.5.2"]), ("ambtenaren", ["2.5.3.2", "2.2.3.3"])])
q("Wat zijn de sterktes en zwaktes van kleine gemeenten tegenover grotere of rijkere gemeenten?",
  ["2.2.3.3", "2.3.3.3"], [["slagkracht", "vervreemding"], ["kapitaalkrachtigere", "ongelijk speelveld"]], S,
  sides=[("schaal en nabijheid", ["2.2.3.3"]), ("middelen en expertise", ["2.3.3.3"])])
q("Hoe komt de kritiek op financiering per project terug, zowel bij stad-platteland als bij samenwerking tussen gemeenten?",
  ["2.1.3.2", "2.1.3.3", "2.3.3.2", "2.3.3.3"], [["projectmatige", "versnipperd"], ["subsidieperiode"]], S,
  sides=[("stad-platteland", ["2.1.3.2", "2.1.3.3"]), ("intergemeentelijk", ["2.3.3.2", "2.3.3.3"])])
q("What does the report say about young people, from what already works to what makes them hard to involve?",
  ["2.5.3.1", "2.5.3.3", "2.5.3.4"], [["Arktos", "kinderdorpsraden"], ["jongeren"]], S + E,
  sides=[("continue", ["2.5.3.1"]), ("stop", ["2.5.3.3", "2.5.3.4"])])
q("Hoe komen mensen in armoede of met weinig digitale vaardigheden aan bod, zowel bij nabije besturen als bij gemeenschapskracht?",
  ["2.2.3.1", "2.2.3.3", "2.5.3.3"], [["mobiel onthaal", "persoonlijk contact"], ["stille", "kwetsbare"]], S,
  sides=[("nabije besturen", ["2.2.3.1", "2.2.3.3"]), ("gemeenschapskracht", ["2.5.3.3"])])
q("Het Open Ruimte Platform: wat maakt het vandaag tot een goede praktijk, en hoe helpt het bij het uitwisselen van ervaringen tussen gebieden?",
  ["2.4.3.1", "2.4.3.2"], [["Bottom-up", "stakeholders"], ["programmawerking", "lerende netwerken"]], S,
  sides=[("continue", ["2.4.3.1"]), ("start", ["2.4.3.2"])])
q("Silo thinking comes up at several tables: how is it described for city-countryside cooperation, for intermunicipal cooperation and for community strength?",
  ["2.1.3.2", "2.3.3.3", "2.5.3.3"], [["silo's"], ["verkokerd", "hokjes"]], S + E,
  sides=[("stad-platteland", ["2.1.3.2"]), ("intergemeentelijk", ["2.3.3.3"]), ("gemeenschapskracht", ["2.5.3.3"])])
q("Welke plaats krijgen de provincies, bij nabije besturen enerzijds en bij de regionale aanpak anderzijds?",
  ["2.2.3.2", "2.2.3.3", "2.4.2"], [["provinciale medewerkers", "intercommunales"], ["tussenniveau"]], S,
  sides=[("nabije besturen", ["2.2.3.2", "2.2.3.3"]), ("regionale aanpak", ["2.4.2"])])
q("Stad en platteland samen: wat werkt al, wat moet erbij komen, en met welke andere domeinen levert het winst op?",
  ["2.1.3.1", "2.1.3.2", "2.1.3.4"], [["Verbindende thema's", "Voedselhubs"], ["plattelandslabo", "structurele"], ["Mobiliteit", "Energie"]], S,
  sides=[("continue", ["2.1.3.1"]), ("start", ["2.1.3.2"]), ("synergie", ["2.1.3.4"])])
q("Wat stond er in het oorspronkelijke toekomstbeeld en wat voegden de deelnemers eraan toe, voor de aanpak per regio?",
  ["2.4.1", "2.4.2"], [["maatwerk", "LEADER"], ["tussenniveau", "schepen"]], S,
  sides=[("toekomstbeeld", ["2.4.1"]), ("aanvullingen", ["2.4.2"])])
q("Hoe verschillen de raakvlakken met andere beleidsdomeinen bij nabije besturen en bij gemeenschapskracht?",
  ["2.2.3.4", "2.5.3.4"], [["vervoerregio's", "Klimaatmakersproject"], ["zorgsector", "straatambassadeurs"]], S,
  sides=[("nabije besturen", ["2.2.3.4"]), ("gemeenschapskracht", ["2.5.3.4"])])
q("Digital services and closeness to residents: what already helps, what goes wrong, and how is a balance sought, at the table on strong local governments?",
  ["2.2.3.1", "2.2.3.3", "2.2.3.4"], [["mobiel onthaal"], ["lage digitale vaardigheden"], ["evenwicht"]], S + E,
  sides=[("continue", ["2.2.3.1"]), ("stop", ["2.2.3.3"]), ("synergie", ["2.2.3.4"])])

# ------------------------------------------------------------------ refuse 108-139
for text, extra in [
    # amounts
    ("Hoeveel euro is een taxicheque waard voor een inwoner in mobiliteitsnood?", []),
    ("Hoeveel geld krijgt een Nederlandse Regiodeal gemiddeld van de overheid?", []),
    ("What is the yearly budget of the Broodje Burger network?", E),
    ("Hoe groot is de Europese cofinanciering die kleinere gemeenten voor gezamenlijke projecten kunnen krijgen?", []),
    # decrees, articles
    ("Welk wetsartikel verplicht gemeenten om hun bevoegdheden over te dragen aan een intergemeentelijke vereniging?", []),
    ("Onder welke Nederlandse regelgeving of begrotingspost worden Regiodeals juridisch afgesloten?", []),
    ("Which Flemish decree sets the rules for the LEADER local action groups?", E),
    # positions
    ("Hoe oordeelt het Algemeen Boerensyndicaat over hoeveverkoop en bezoekende schoolklassen op de boerderij?", []),
    ("Wat is het officiële standpunt van Beweging.net over gemeentefusies?", []),
    ("Hoe staat Landelijke Gilden tegenover het uitbreiden van het plattelandslabo naar heel Vlaanderen?", []),
    # names
    ("Geef de naam en de contactgegevens van de straatambassadeur uit Eeklo.", []),
    ("Wie leidt het Samenproject in Neteland?", []),
    ("What is the name of the person who works as Dorpencoördinator?", E),
    # future dates
    ("Wanneer start de uitvoering van de eerste concrete acties uit het Plattelandspact?", []),
    ("Tegen wanneer moet de entiteit voor territoriale ontwikkeling naar Frans voorbeeld opgericht zijn?", []),
    ("When is the next meeting of the Broodje Burger network planned?", E),
    # other ateliers
    ("Hoeveel deelnemers telde het toekomstatelier over een warme en zorgzame gemeenschap?", []),
    ("Welke bedrijven werden als voorbeeld getoond op het atelier over economische bedrijvigheid?", []),
    ("On what date did the atelier on the living environment (woonomgeving) take place?", E),
    # world knowledge about places named
    ("Tot welk arrondissement behoort Sint-Niklaas?", []),
    ("Uit hoeveel steden en gemeenten bestaat de streek Meetjesland vandaag?", []),
    ("Welke waterloop vormt de belangrijkste rivier van de Westhoekregio?", []),
    # details of initiatives only mentioned
    ("Welke gemeenten stappen mee in het initiatief Dorpencoördinator?", []),
    ("Welke welzijnsdiensten delen Dessel en Retie, en sinds welk jaar?", []),
    ("Welke onderwerpen bespreekt de toeristische raad?", []),
    ("Welk Nederlands ministerie beheert de Regiodeals?", []),
    ("Which municipalities are members of the intercommunale IOK?", E),
    # personal advice, opinion
    ("Moet ik als schepen me kandidaat stellen om het LEADER-gebied in onze streek voor te zitten?", []),
    ("Vind jij persoonlijk dat Olen beter zou fuseren met een van zijn buurgemeenten?", []),
    ("Bij welk opleidingsinstituut kan ik mijn groendienst een cursus burgercontact laten volgen?", []),
    # counts not given
    ("Hoeveel gemeenten werken mee aan de Landbouwkalender in de Westhoek?", []),
    ("Hoeveel dorpen doorliepen al een Veerkrachtige dorpen-traject?", []),
]:
    q(text, [], [], R + extra)

# ------------------------------------------------------------------ controls 140-171
q("Hoe groot is het Kempense kennisnetwerk 'Broodje Burger', uitgedrukt in aantal besturen?", ["2.2.3.2"], [["27"]], F)
q("Hoe groot was de opkomst in Olen, in aantal aanwezigen?", ["inleiding"], [["54"]], F)
q("Zijn lokale besturen voldoende om een coalitie in de gebiedsgerichte aanpak te vormen?", ["2.4.3.2"],
  [["onvoldoende"], ["privé-sector", "academici", "ondernemers"]], F)
q("Moet elke euro van een subsidie voor gebiedsgerichte werking aan één doel gelinkt worden, en wat betekent dat?", ["2.4.3.3"],
  [["administratieve last"], ["geïntegreerde projecten"]], F)
q("Heb je overheden nodig in een coalition of the willing, volgens de synergiën van de gebiedsgerichte aanpak?", ["2.4.3.4"],
  [["Interbestuurlijke samenwerking"], ["besturen nodig"]], F)
q("Tegen welk jaar ziet het toekomstbeeld over gemeenschapskracht een gecoördineerd Vlaams vrijwilligersbeleid?", ["2.5.1"],
  [["2050"], ["waardering", "ondersteuning"]], F)
q("Wat zeggen de deelnemers over de invloed van externe partners op participatie?", ["2.5.2"],
  [["ondersteunend"], ["duurzame samenleving"]], F)
q("Waar in Vlaanderen bestaat de figuur van de straatambassadeur, volgens de goede praktijken rond gemeenschapskracht?", ["2.5.3.1"],
  [["Eeklo"], ["Meetjesland"]], F)
q("Via welke gedeelde kanalen communiceren schepenen, ambtenaren en burgers bij de opschaling rond gemeenschapskracht?", ["2.5.3.2"],
  [["WhatsApp-groepen"], ["dorpsconsulenten"]], F)
q("Bestaat er volgens de deelnemers één standaardrecept voor participatie in dorpen?", ["2.5.3.3"],
  [["maatwerk"], ["context"]], F)
q("Waarom moet de inzet van vrijwilligers erkend worden, volgens de synergiën rond warme en zorgzame gemeenschappen?", ["2.5.3.4"],
  [["informatieverspreiding", "verbinding"], ["ondersteuning"]], F)
q("Welke instelling van de wetgevende macht stond op de deelnemerslijst?", ["bijlage"], [["Vlaams Parlement"]], F)
q("Viel de bijeenkomst in de Pastorij op een werkdag of in het weekend, en welke dag precies?", ["inleiding"], [["maandag"]], F)
q("Welke regel over beslissen op het laagst mogelijke niveau moet volgens de aanvullingen bij nabije besturen het samenwerken sturen?", ["2.2.2"],
  [["subsidiariteitsprincipe"]], F)
q("Waarover moeten formele afspraken gaan wanneer samenwerking in vaste werkstructuren wordt ingebed?", ["2.3.3.2"],
  [["taakverdeling"], ["mandaten"], ["doelstellingen"]], F)
q("Welke intergemeentelijke vereniging doet volgens het verslag nu al aan capaciteitsopbouw voor kleine gemeenten?", ["2.2.3.3"],
  [["IOK"]], F)
q("Welke Vlaamse organisatie had een landinrichtingsproject dat als succes wordt genoemd, en in welke provincie?", ["2.3.3.1"],
  [["VLM"], ["Limburg"]], F)
q("Vanaf wanneer moet participatie gebeuren, volgens de aanvullingen over gemeenschapskracht?", ["2.5.2"],
  [["continu"], ["juiste mensen"]], F)
q("Welke dag en maand van 2025 staan bovenaan dit verslag?", ["inleiding"], [["16 juni"]], F)
q("Het hoeveelste toekomstatelier in de reeks was dit?", ["inleiding"], [["vijfde"]], F)
q("Welke partners uit overheid, samenleving en onderzoek schoven aan om het toekomstbeeld verder uit te werken?", ["inleiding"],
  [["middenveld"], ["kennisinstellingen"]], F)
q("In welk dorp werd vereenzaming aangepakt, volgens de goede praktijken van intergemeentelijke samenwerking?", ["2.3.3.1"],
  [["Morkhoven"]], F)
q("Over welke concrete onderwerpen kunnen bewoners samenwerken in de werkgroepen die bij gemeenschapskracht vermeld worden?", ["2.5.3.1"],
  [["klimaat"], ["buurtgroen"]], F)
q("Wat kenmerkt de programma's van het Open Ruimte Platform?", ["2.4.3.1"],
  [["Bottom-up"], ["waterproblematiek"]], F)
q("Wie werkt er samen in waterlandschappen en voedselcoalities, volgens de goede praktijken stad-platteland?", ["2.1.3.1"],
  [["landbouwers"], ["natuurverenigingen"]], F)
q("Ik ben schepen in een kleine gemeente zonder participatiedienst: waar kan ik van collega's leren?", ["2.2.3.2"],
  [["Broodje Burger", "kennisdeling"], ["netwerk", "Netwerken"]], P)
q("Een groep inwoners wil in ons dorp samen een winkel uitbaten; bestaan daar voorbeelden van?", ["2.5.3.1"],
  [["coöperatieve buurtwinkels"], ["Bond Beter Leefmilieu", "Groene Kring"]], P)
q("Ik zit in een dorpsraad: hoe zorgen we dat het gemeentebestuur met onze voorstellen verder gaat?", ["2.5.3.1", "2.5.3.2"],
  [["visiedocumenten", "bestuursakkoord"], ["transparante samenwerking", "visie"]], P)
q("Hoelang kan het Neteland-project nog verder voor het dreigt te stoppen bij gebrek aan structurele middelen?", ["2.3.3.2"],
  [["drie jaar"]], F)
q("Uit welke provincies kwamen er deelnemers naar het atelier?", ["bijlage"],
  [["Provincie Antwerpen"], ["Provincie Limburg"], ["West-Vlaanderen", "Oost-Vlaanderen"]], F)
q("Vinden de deelnemers het een goed idee om nieuwe regio's en gebiedswerkingen op te richten?", ["2.4.2"],
  [["bundelen"], ["tussenniveau", "Provincies"]], F)
q("Uit welk land komen de Regiodeals die bij de gebiedsgerichte aanpak als goede praktijk worden genoemd?", ["2.4.3.1"],
  [["Nederland"]], F)

assert len(Q) == 171, len(Q)

# ------------------------------------------------------------------ conversations
C = []


def t(question, gold, facts, tags=()):
    return {"question": question, "gold_sections": gold, "facts": facts, "tags": list(tags)}


def c(*turns):
    C.append({"id": "c11c%02d" % (len(C) + 1), "tags": ["conversation"], "split": "test", "turns": list(turns)})


KS, PR, NA, IN, EN = "kind-switch", "pronoun", "new-aspect", "independent", "english"

c(t("Hoe kunnen stad en platteland elkaar versterken op het vlak van energie?", ["2.1.3.4"],
    [["zonneparken", "energieopwekking"], ["afnemers"]]),
  t("En waar loopt de samenwerking tussen stad en platteland vandaag spaak?", ["2.1.3.3"],
    [["beleidskaders"], ["Capaciteitstekorten"]], [KS]),
  t("Wat stellen ze voor om die knelpunten weg te werken?", ["2.1.3.2"],
    [["structurele"], ["plattelandslabo", "coaching"]], [KS]))
c(t("Hoe zetten gemeenten in de Kempen hun eerstelijnsmedewerkers in?", ["2.2.3.1"],
    [["ambassadeurs"], ["signalen"]]),
  t("Wat belet die medewerkers vandaag om vlot met burgers in gesprek te gaan?", ["2.2.3.3"],
    [["werkdruk"], ["angst voor klachten", "training"]], [KS, PR]),
  t("Hoe kan de gemeente daar verandering in brengen?", ["2.2.3.2"],
    [["op te leiden", "organisatiecultuur"], ["wijken", "Wijkteams"]], [KS]))
c(t("What problems do area-based initiatives run into because of the way grants are awarded and monitored?", ["2.4.3.3"],
    [["administratieve last"], ["verantwoorden"]], [EN]),
  t("Is there a programme that already manages to work in an integrated way on the ground?", ["2.4.3.1"],
    [["Open Ruimte Platform"], ["Geïntegreerde werking", "waterproblematiek"]], [KS, EN]),
  t("And which other policy fields is that area-based approach linked to?", ["2.4.3.4"],
    [["Interbestuurlijke samenwerking"]], [KS, PR, EN]))
c(t("Welke rol speelt een dorpsraad in een goed werkende dorpsgemeenschap?", ["2.5.3.1"],
    [["sociale motor"], ["bestuursakkoord", "visie"]]),
  t("Wat zijn de valkuilen voor zo'n orgaan?", ["2.5.3.3"],
    [["individuele klachten"], ["middel", "mandaat"]], [KS, PR]),
  t("Iets anders nog: hoeveel deelnemers waren er eigenlijk op het atelier?", ["inleiding"],
    [["54"]], [IN]))
c(t("Waarom worden beleidsplannen vandaag zo vaak los van elkaar opgesteld?", ["2.3.3.3"],
    [["silo", "beleidsdomein"], ["sectorale aanpak", "afstemming"]]),
  t("Hoe doorbreek je die schotten tussen de diensten?", ["2.3.3.2"],
    [["transversale coördinatoren", "coördinatoren"], ["gemandateerd"]], [KS, PR]),
  t("En wat moet er op het vlak van regels en beleidsdocumenten gebeuren?", ["2.3.3.4"],
    [["Aanpassing wetgeving"], ["beleidsnota's"]], [NA]))
c(t("Waarom zijn burgers bang voor gemeentefusies?", ["2.2.3.3"],
    [["lokale identiteit"], ["loketten"]]),
  t("Welke gemeenten slagen er nu al in om dicht bij de mensen te blijven, en hoe?", ["2.2.3.1"],
    [["mobiel onthaal", "wijkwerking"], ["schakelfiguur", "Mollenkoeij"]], [KS]),
  t("En voor mensen in armoede?", ["2.2.3.1"],
    [["persoonlijk contact"], ["informele benaderingen"]], [NA]))
c(t("Welke rol heeft een coördinator in een gebiedsgerichte coalitie?", ["2.4.3.2"],
    [["overzicht"], ["samenwerkingsovereenkomst", "kennisdeling"]]),
  t("Waarom botst beleid van hogerhand zo vaak met zo'n werking op het terrein?", ["2.4.3.3"],
    [["top-down"], ["weerstand", "praktijkervaring"]], [KS]),
  t("Waar werken besturen in de regio al lang vlot samen?", ["2.4.3.1"],
    [["Zuid-West-Vlaanderen"], ["traditie"]], [KS]))
c(t("Wat houden de Veerkrachtige dorpen-trajecten in?", ["2.5.3.1"],
    [["cijfermatige analyses"], ["visiedocumenten"]]),
  t("Los daarvan: welk nieuw mandaat in het college van burgemeester en schepenen opperen de deelnemers bij de regionale aanpak?", ["2.4.2"],
    [["gebiedsgerichte werking"]], [IN]),
  t("Terug naar die dorpstrajecten: hoe kan het lokaal bestuur voortbouwen op wat dorpen zelf aanleveren?", ["2.5.3.2"],
    [["visiedocumenten"], ["zachte regisseur", "faciliteren"]], [KS]))
c(t("Hoe zien de deelnemers stad en platteland in 2050?", ["2.1.1"],
    [["netwerk"], ["co-creatie", "elkaar versterken"]]),
  t("Wat vonden ze daaraan ontbreken?", ["2.1.2"],
    [["financiële waardering"], ["holistisch denken"]], [KS, PR]),
  t("En op het vlak van mobiliteit?", ["2.1.3.4"],
    [["bereikbaarheid"], ["leefkwaliteit", "investeringen"]], [NA]))
c(t("Hoe worden stille groepen betrokken bij dorpsontwikkeling?", ["2.5.3.3"],
    [["proactieve houding"], ["welzijnsorganisaties", "directe gesprekken"]]),
  t("Welke organisaties uit het middenveld kunnen daarbij helpen?", ["2.5.3.4"],
    [["Arktos"], ["Saamo"]], [KS]),
  t("Los daarvan: wat vertelde een deelnemer over stedelingen die niet weten hoe hun eten geproduceerd wordt?", ["2.1.3.1"],
    [["nul idee"], ["supermarkt"]], [IN]))
c(t("Hoe gaan nabije besturen om met digitale dienstverlening?", ["2.2.3.4"],
    [["evenwicht"], ["fysieke nabijheid"]]),
  t("Waarom is dat zo belangrijk voor kwetsbare inwoners?", ["2.2.3.4"],
    [["uitgesloten"]], [PR]),
  t("En op vlak van duurzaamheid en klimaat?", ["2.2.3.4"],
    [["Klimaatmakersproject"], ["klimaatbeleid"]], [NA]))
c(t("Waarom kunnen kleine gemeenten vaak geen volwaardige partner zijn in een samenwerking?", ["2.3.3.3"],
    [["financiële armslag"], ["personeelscapaciteit"]]),
  t("Met welk soort geldstroom willen de deelnemers zulke gemeenten toch mee in een samenwerking trekken?", ["2.3.3.2"],
    [["Gerichte subsidies"], ["Regiodeals"]], [KS, PR]),
  t("Raakt die samenwerking tussen gemeenten ook aan andere beleidsdomeinen?", ["2.3.3.4"],
    [["Mentaliteitswijzigingen", "hokjes"], ["Mandaat"]], [KS]))
c(t("Hoe moeten beleidsmakers hun rol veranderen bij burgerparticipatie?", ["2.5.2"],
    [["controle"], ["faciliterende", "coachende"]]),
  t("Los daarvan: wat zou er volgens een deelnemer beter moeten gebeuren wanneer een gebiedsproject afloopt?", ["2.4.3.3"],
    [["bijleren"], ["bijschaven"]], [IN]),
  t("Terug naar die participatie: wat moet er in de gemeentelijke organisatie veranderen om dat op te schalen?", ["2.5.3.2"],
    [["Cultuurverandering"], ["structurele inbedding", "participatiecultuur"]], [KS]))
c(t("Over welke onderwerpen vinden stedelingen en plattelandsbewoners elkaar het makkelijkst, volgens de succesfactoren?", ["2.1.3.1"],
    [["voedsel"], ["sociale cohesie", "klimaatverandering"]]),
  t("Hoe hangt die samenwerking samen met gezondheid en sociaal beleid?", ["2.1.3.4"],
    [["luchtkwaliteit"], ["welzijn"]], [KS, PR]),
  t("Iets helemaal anders: welke agentschappen van de Vlaamse overheid namen deel aan het atelier?", ["bijlage"],
    [["Binnenlands Bestuur"], ["Natuur en Bos"], ["Onroerend Erfgoed"]], [IN]))

assert len(C) == 14
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for it in Q:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "conversations.jsonl"), "w", encoding="utf-8") as fh:
    for it in C:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")

# fact leakage: a fact/list term of an answerable item that occurs in its own question
leaks = []
for it in Q + [dict(tt, id="%s/t%d" % (cv["id"], n)) for cv in C for n, tt in enumerate(cv["turns"], 1)]:
    ql = it["question"].lower()
    for g in it["facts"] + it.get("items", []):
        for term in g:
            if term.lower() in ql and len(g) == 1:
                leaks.append((it["id"], term))
print("written %d questions, %d conversations; single-alternative fact terms in own question: %s" % (len(Q), len(C), leaks))
