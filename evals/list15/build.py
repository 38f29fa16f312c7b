"""Writes questions.jsonl of the list15 own check set (see README.md)."""

import json
from pathlib import Path

D = [  # (question, section, facts, note)
    (
        "Welke stad wordt genoemd met een voedselhub waar meerdere producenten aan een centrale hub leveren?",
        "2.1.3.1",
        [["Antwerpen"]],
        "Voedselhubs zoals in Antwerpen.",
    ),
    (
        "In welke provincie draait er vandaag al een plattelandslabo?",
        "2.1.3.2",
        [["provincie Antwerpen"]],
        "Plattelandslabo zoals in de provincie Antwerpen.",
    ),
    (
        "Welke drempel gaat over gemeenten die de expertise of menskracht missen voor subsidietrajecten?",
        "2.1.3.3",
        [["Capaciteitstekorten"]],
        "Capaciteitstekorten bij kleine gemeenten.",
    ),
    (
        "Welk beleidsdomein koppelt de tafel stad-platteland aan wind- en zonneparken?",
        "2.1.3.4",
        [["Energie en klimaat"]],
        "Energie en klimaat.",
    ),
    (
        "Welke uitdaging heeft te maken met het inspelen op projectoproepen door gemeenten?",
        "2.1.3",
        [["Capaciteitsverschillen"]],
        "Capaciteitsverschillen tussen gemeenten.",
    ),
    (
        "Welk soort medewerkers wil het Kempense netwerk Lokaal Bestuur als ambassadeur inzetten?",
        "2.2.3.1",
        [["eerstelijnsmedewerkers", "groendienstmedewerkers"]],
        "Eerstelijnsmedewerkers zoals groendienstmedewerkers.",
    ),
    (
        "Welke bovenlokale figuur zou richting kunnen geven en kennisdeling tussen besturen bevorderen?",
        "2.2.3.3",
        [["Bouwmeester"]],
        "Een 'Bouwmeester'.",
    ),
    (
        "Welk klimaatproject betrekt inwoners bij het klimaatbeleid van de gemeente?",
        "2.2.3.4",
        [["Klimaatmakers"]],
        "Het Klimaatmakersproject.",
    ),
    (
        "Welk vervoersinitiatief helpt mensen in mobiliteitsnood aan een rit?",
        "2.2.3.1",
        [["taxicheques"]],
        "Taxicheques in gemeenten of regio's.",
    ),
    (
        "Welke rol nemen de neutrale transversale coördinatoren op zich?",
        "2.3.3.2",
        [["regisseur"]],
        "De rol van regisseur.",
    ),
    (
        "Welk project in Neteland dreigt na drie jaar te verdwijnen zonder structurele financiering?",
        "2.3.3.2",
        [["Samenproject"]],
        "Het Samenproject.",
    ),
    (
        "Welk buitenlands instrument geldt als voorbeeld van gerichte subsidies voor regionale samenwerking?",
        "2.3.3.2",
        [["Regiodeals"]],
        "De Nederlandse Regiodeals.",
    ),
    (
        "Met welke programmawerking kan de continuïteit van een project gegarandeerd worden?",
        "2.3.3.2",
        [["Water+Land+Schap"]],
        "Water+Land+Schap.",
    ),
    (
        "Welke gemeente heeft een landschapspark dat als succesvol initiatief wordt vermeld?",
        "2.3.3.1",
        [["Voeren"]],
        "Landschapspark in Voeren.",
    ),
    (
        "Waar werd vereenzaming aangepakt volgens de opsomming van succesvolle initiatieven?",
        "2.3.3.1",
        [["Morkhoven"]],
        "Morkhoven: aanpak van vereenzaming.",
    ),
    (
        "Welke regio kent een traditie van interbestuurlijke samenwerking?",
        "2.4.3.1",
        [["Zuid-West-Vlaanderen"]],
        "Interbestuurlijke samenwerking Zuid-West-Vlaanderen.",
    ),
    (
        "In welke streek bestaat er een kalender voor landbouwers?",
        "2.4.3.1",
        [["Westhoek"]],
        "Landbouwkalender in de Westhoek.",
    ),
    (
        "Welk platform biedt lokale coalities een kader via programmawerking?",
        "2.4.3.2",
        [["Open Ruimte Platform"]],
        "Het Open Ruimte Platform.",
    ),
    (
        "Wie is onmisbaar om in een coalitie het overzicht te bewaren en partners te verbinden?",
        "2.4.3.2",
        [["coördinator"]],
        "Een coördinator.",
    ),
    (
        "Welk document maakt de verantwoordelijkheden binnen een coalitie duidelijk?",
        "2.4.3.2",
        [["samenwerkingsovereenkomst"]],
        "Een samenwerkingsovereenkomst.",
    ),
    (
        "Welke overheid blijft kaderstellend en bepaalt het 'wat'?",
        "2.4.3.2",
        [["Vlaanderen"]],
        "Vlaanderen blijft de kaderstellende overheid.",
    ),
    (
        "Welk natuurlijk gegeven kan zelf het logische schaalniveau van samenwerking bepalen?",
        "2.4.3.2",
        [["rivierbekken"]],
        "Een rivierbekken.",
    ),
    (
        "Waarmee vervangt men thematische adviesraden om moeilijk bereikbare groepen te bereiken?",
        "2.2.3.1",
        [["open avonden"]],
        "Open avonden.",
    ),
    (
        "Welke rol speelt de dorpsraad in de goede praktijken rond gemeenschapskracht?",
        "2.5.3.1",
        [["sociale motor"]],
        "De dorpsraad als sociale motor.",
    ),
    (
        "In welke stad richtten vrijwilligers een digitale talentenbank op?",
        "2.5.3.1",
        [["Aarschot"]],
        "In Aarschot.",
    ),
    (
        "Welke hogeschool is partner van het project Zorgzame buurten?",
        "2.5.3.1",
        [["Thomas More"]],
        "Thomas More hogeschool.",
    ),
    (
        "Welk model beschrijft stap voor stap de weg van informeren naar co-creatie?",
        "2.5.3.2",
        [["participatieladder"]],
        "De participatieladder.",
    ),
    (
        "Welke rol moet het lokaal bestuur volgens de tafel opnemen tegenover dorpsraden en burgers?",
        "2.5.3.2",
        [["zachte regisseur"]],
        "Zachte regisseur.",
    ),
    (
        "Welke figuur verbindt in Eeklo en het Meetjesland de burgers met het bestuur?",
        "2.5.3.1",
        [["straatambassadeur"]],
        "De straatambassadeur.",
    ),
    (
        "Which organisation teams up with the Groene Kring to set up cooperative neighbourhood shops?",
        "2.5.3.1",
        [["Bond Beter Leefmilieu"]],
        "Bond Beter Leefmilieu.",
    ),
    (
        "Which town is named for its digital talent bank run by volunteers?",
        "2.5.3.1",
        [["Aarschot"]],
        "Aarschot.",
    ),
    (
        "Welk departement heeft strategische projecten die als succesvol beleidsinitiatief worden genoemd?",
        "2.3.3.1",
        [["departement Omgeving"]],
        "De strategische projecten van het departement Omgeving.",
    ),
]
L = [  # (question, section, items)
    (
        "Welke oplossingen stelde de gesprekstafel over stad en platteland voor?",
        "2.1.3",
        [
            ["gemeenschappelijke taal"],
            ["financieringsstructuren"],
            ["data-uitwisseling"],
            ["lokale coalities"],
        ],
    ),
    (
        "Op welke beleidsdomeinen zag men synergiën tussen stad en platteland? Geef ze allemaal.",
        "2.1.3.4",
        [
            ["Voedsel, water en natuur"],
            ["Wonen en ruimtelijke ordening"],
            ["Mobiliteit en bereikbaarheid"],
            ["Energie en klimaat"],
            ["Sociaal beleid en gezondheid"],
            ["Bestuurlijke samenwerking en kennisdeling"],
        ],
    ),
    (
        "Noem alle drempels die de samenwerking tussen stad en platteland bemoeilijken.",
        "2.1.3.3",
        [
            ["beleidskaders"],
            ["structurele en flexibele financiering"],
            ["Capaciteitstekorten"],
            ["sectoraal beleid"],
        ],
    ),
    (
        "Welke succesvolle beleidsinitiatieven sommen de deelnemers op bij intergemeentelijke samenwerking?",
        "2.3.3.1",
        [["Dorpencoördinator"], ["Neteland"], ["VLM"], ["Voeren"], ["Morkhoven"], ["Dessel"]],
    ),
    (
        "Wie zitten er allemaal mee in de landbouwkalender van de Westhoek?",
        "2.4.3.1",
        [["Gemeentes"], ["OCMW"], ["mutualiteiten"], ["CAW"]],
    ),
    (
        "Welke acties om op te schalen kwamen er aan de tafel stad-platteland?",
        "2.1.3.2",
        [
            ["gemeentegrensoverschrijdende"],
            ["structurele financiering"],
            ["kennisdeling op maat"],
            ["Dialoog en zichtbaarheid"],
            ["territoriale ontwikkeling"],
        ],
    ),
    (
        "Wat waren de kernpunten van de discussie over stad en platteland?",
        "2.1.3",
        [
            ["geïntegreerde aanpak"],
            ["verbindende elementen"],
            ["bestuursniveaus"],
            ["gebiedsgerichte benadering"],
        ],
    ),
    (
        "Via welke laagdrempelige initiatieven kan participatie een vast onderdeel van de werking worden?",
        "2.2.3.2",
        [["koffiemomenten"], ["informele adviesraden"], ["open avonden"]],
    ),
    (
        "Op welke vlakken werkt samenwerking tussen stad en platteland versterkend? Som ze op.",
        "2.1.3.4",
        [["Integraal systeemdenken"], ["Efficiënt gebruik van middelen"], ["draagvlak"], ["maatwerk"]],
    ),
]

out = []
for n, (q, s, f, note) in enumerate(D, 1):
    out.append(
        {
            "id": f"l15q{n:02d}",
            "question": q,
            "gold_sections": [s],
            "facts": f,
            "tags": ["fact"],
            "notes": note,
            "split": "dev",
        }
    )
for n, (q, s, items) in enumerate(L, len(D) + 1):
    out.append(
        {
            "id": f"l15q{n:02d}",
            "question": q,
            "gold_sections": [s],
            "facts": items[:2],
            "tags": ["list"],
            "split": "dev",
            "items": items,
        }
    )
Path(__file__).with_name("questions.jsonl").write_text(
    "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8"
)
