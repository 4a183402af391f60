"""Honorific words: titles of address before a name, letters after it.

Plain constants read by `honorifics.py`.
"""

# Written form -> normalised form. Abbreviations get their trailing dot, the way
# style guides write them; whole words that are titles of address stay words.
PREFIXES = {
    "dr": "Dr.",
    "doctor": "Dr.",
    "prof": "Prof.",
    "professor": "Prof.",
    "rev": "Rev.",
    "reverend": "Rev.",
    "revd": "Rev.",
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "mx": "Mx.",
    "miss": "Miss",
    "hon": "Hon.",
    "honourable": "Hon.",
    "honorable": "Hon.",
    "fr": "Fr.",
    "father": "Fr.",
    "sr": "Sr.",
    "sister": "Sr.",
    "br": "Br.",
    "brother": "Br.",
    "rabbi": "Rabbi",
    "imam": "Imam",
    "sheikh": "Sheikh",
    "bishop": "Bishop",
    "archbishop": "Archbishop",
    "cardinal": "Cardinal",
    "pastor": "Pastor",
    "sen": "Sen.",
    "senator": "Sen.",
    "rep": "Rep.",
    "gov": "Gov.",
    "amb": "Amb.",
    "ambassador": "Amb.",
    "sir": "Sir",
    "dame": "Dame",
    "lord": "Lord",
    "lady": "Lady",
    "baroness": "Baroness",
    "baron": "Baron",
    "viscount": "Viscount",
    "earl": "Earl",
    "capt": "Capt.",
    "col": "Col.",
    "gen": "Gen.",
    "lt": "Lt.",
    "maj": "Maj.",
    "sgt": "Sgt.",
    "eng": "Eng.",
    "engr": "Engr.",
    "atty": "Atty.",
    "adv": "Adv.",
    "ing": "Ing.",
    "mag": "Mag.",
    "rt": "Rt.",
    "the": "The",
}
# Words that are an honorific only when more name follows and are never a given name.
ONLY_BEFORE_NAME = {
    "the",
    "rt",
    "sr",
    "br",
    "lady",
    "lord",
    "sir",
    "dame",
    "miss",
    "brother",
    "sister",
    "father",
}

# Degrees and honours written after a name ("Jane Roe PhD"), with the form style guides use.
POSTNOMINALS = {
    "phd": "Ph.D.",
    "ph.d": "Ph.D.",
    "md": "M.D.",
    "m.d": "M.D.",
    "mph": "MPH",
    "mba": "MBA",
    "jd": "J.D.",
    "j.d": "J.D.",
    "esq": "Esq.",
    "rn": "RN",
    "msw": "MSW",
    "lcsw": "LCSW",
    "dphil": "DPhil",
    "frs": "FRS",
    "obe": "OBE",
    "mbe": "MBE",
    "cbe": "CBE",
    "ma": "MA",
    "msc": "MSc",
    "bsc": "BSc",
    "edd": "Ed.D.",
    "ed.d": "Ed.D.",
    "dds": "DDS",
    "dvm": "DVM",
    "pe": "PE",
    "cpa": "CPA",
    "llm": "LLM",
    "mp": "MP",
    "mep": "MEP",
}
# Doctorates: "Jane Roe, MD" is addressed as "Dr. Jane Roe".
DOCTORATES = {"Ph.D.", "M.D.", "DPhil", "Ed.D.", "DDS", "DVM"}
# Generational suffixes: "Jr.", "III" stay part of the person's name.
GENERATIONAL = {"jr", "sr", "ii", "iii", "iv"}

# Academic degrees written before a name in German- and Spanish-speaking countries ("Dipl.-Ing.
# Jan Roe", "Mag. Ana Lind", "Lic. Juan Sol"): part of how the name is written, not a title of
# address the list keeps, so they are left out of the name and of the honorific.
DEGREE_PREFIXES = {
    "dipl.-ing",
    "dipl.-kfm",
    "dipl.-inf",
    "dipl",
    "ing",
    "mag",
    "lic",
    "dott",
    "mgr",
    "ir",
    "drs",
}
