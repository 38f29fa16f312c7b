"""Dutch texts shown to users, in one place."""

ABSTAIN = "Daar vind ik niets over in de verslagen."
ABSTAIN_SUGGESTIONS = "Misschien helpen deze delen van het verslag verder:"
FRAMING_LIST = "Dit zijn de punten die de deelnemers aanhaalden:"
FRAMING_DEFAULT = "Dit staat er in het verslag over:"
FRAMING_MULTI = "Dit staat er in de verslagen over:"
FILTER_NOTE = "(gezocht binnen: {filters})"
SOURCES_HEADER = "Bronnen:"

EMPTY_QUESTION = "Stel een vraag over de verslagen van de toekomstateliers."
QUESTION_TOO_LONG = ("Je vraag is te lang ({length} tekens, maximaal {limit}). "
                     "Maak ze korter of splits ze op in meerdere vragen.")
QUESTION_NO_WORDS = "Ik herken geen woorden in je vraag. Probeer het met een volledige vraag."
INJECTION_REFUSAL = ("Ik beantwoord alleen vragen over de inhoud van de verslagen van de "
                     "toekomstateliers; mijn instructies deel ik niet.")

LLM_FALLBACK = "Het taalmodel was niet bereikbaar of gaf een onbruikbaar antwoord; dit is het letterlijke antwoord uit de bronnen."
LLM_UNSUPPORTED_REMOVED = "{count} zin(nen) uit het antwoord van het taalmodel werden weggelaten omdat de bron ze niet onderbouwde."
LLM_TOO_LITTLE_SUPPORTED = "Het antwoord van het taalmodel werd onvoldoende door de bronnen gestaafd; dit is het letterlijke antwoord uit de bronnen."
LLM_NOT_DUTCH = "Het taalmodel antwoordde niet in het Nederlands; dit is het letterlijke antwoord uit de bronnen."

MODE_EXTRACTIVE = "Offline: letterlijke passages uit de verslagen (geen taalmodel)"
MODE_LLM = "Taalmodel: {model}"
