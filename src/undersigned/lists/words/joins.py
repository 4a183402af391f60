"""Small joining words: connectors inside names, conjunctions, place particles, scopes.

Plain constants read by `list_items.py`, `run_together.py`, `line_places.py` and `fields.py`.
"""

# Words that cannot end an entry or a name: a line wrapped after them goes on
# ("Universidad de", "Friends of the"), and in run-together text the next word
# still belongs to the same name.
CONNECTING_WORDS = frozenset(
    "de del della di do da dos das des du la las los el y e et and of the for für und van von ve och og i a à "
    "al en em para por pela pelo".split()
)

# Words that join two phrases ("Arts and Crafts", "Cultura en Derechos Humanos"): such a phrase is no town.
PHRASE_JOINERS = frozenset("y e en and und et für for para por pour".split())

# Lower-case words inside place names ("Valle del Sol", "Stratford upon Avon").
PLACE_PARTICLES = frozenset("de del la las los el do da dos das di du des sur upon on".split())

# How far an organisation reaches, written after a dash where a country could stand ("X - International").
SCOPE_WORDS = frozenset({"international", "global", "worldwide", "world", "national", "regional"})
