"""An invented coalition and its sign-ons. Every name here is made up."""

SLUG = "clean-rivers-across-borders"
TITLE = "Joint Statement: Clean Rivers Across Borders"
TEXT = """\
We, the undersigned community associations, federations and citizens, live along rivers that do not stop at
borders. Their health decides the water we drink, the fish we catch and the floods we fear.

We call on the ministers responsible for water in our countries to:

1. **publish** river-quality measurements for every monitoring station, every month, in open formats;
2. **fund** the restoration of floodplains and wetlands named in the national river-basin plans;
3. **consult** riverside communities before any new dam, dredging or discharge permit is granted.

Clean rivers are a shared responsibility. We ask for a first meeting with our coalition before the end of the
year, and we will report publicly on the answers we receive.
"""

COUNTRY_ORDER = "DE, AT, CH, NL, FR, PL, CZ, HU, RO"

# (country, organization, representative, role, city); representative "" signs as the organization.
ORGANIZATIONS = [
    ("DE", "Federation of River Associations in Germany", "Sabine Krüger", "Chair", "Berlin"),
    ("DE", "Elbe Riverside Citizens' Union", "Jonas Weber", "Spokesperson", "Dresden"),
    ("DE", "Rhine Anglers Association Cologne", "", "", "Cologne"),
    ("DE", "Friends of the Spree e.V.", "Leyla Aydın", "Board member", "Berlin"),
    ("DE", "Danube Source Heritage Society", "", "", "Donaueschingen"),
    ("DE", "Youth for Clean Water Bavaria", "Tim Hoffmann", "Coordinator", "Munich"),
    ("DE", "Main Valley Floodplain Initiative", "", "", "Frankfurt"),
    ("DE", "Weser Canoe Club", "Anke Vogel", "President", "Bremen"),
    ("AT", "Union of River Communities in Austria", "Maria Hofer", "Chair", "Vienna"),
    ("AT", "Danube Wetlands Network Lower Austria", "", "", "Tulln"),
    ("AT", "Inn Valley Environmental Forum", "Lukas Gruber", "Secretary", "Innsbruck"),
    ("AT", "Mur River Friends Graz", "", "", "Graz"),
    ("AT", "Salzach Fishers' Cooperative", "Anna Berger", "Head", "Salzburg"),
    ("AT", "Vienna Urban Waters Collective", "", "", "Vienna"),
    ("AT", "Drava Valley Farmers' Association", "", "", "Villach"),
    ("CH", "Swiss Federation of Lake and River Associations", "Claudia Meier", "President", "Bern"),
    ("CH", "Aare Swimmers' Society", "", "", "Bern"),
    ("CH", "Rhône Valley Nature Circle", "Luc Favre", "Coordinator", "Sion"),
    ("CH", "Ticino Rivers Alliance", "", "", "Bellinzona"),
    ("CH", "Limmat Neighbourhood Association", "", "", "Zurich"),
    ("CH", "Alpine Springs Trust", "Reto Brunner", "Director", "Chur"),
    ("NL", "Dutch Council of Delta Communities", "Femke de Vries", "Chair", "Utrecht"),
    ("NL", "Maas Valley Residents' Association", "", "", "Maastricht"),
    ("NL", "Waal Floodplain Foundation", "Pieter Bakker", "Director", "Nijmegen"),
    ("NL", "Rotterdam Harbour Waters Watch", "", "", "Rotterdam"),
    ("NL", "IJssel Paddlers Club", "", "", "Zwolle"),
    ("NL", "Frisian Water Heritage Society", "Sjoerd Hoekstra", "Secretary", "Leeuwarden"),
    ("NL", "Amsterdam Canal Keepers", "", "", "Amsterdam"),
    ("FR", "Federation of Loire Riverside Associations", "Camille Laurent", "President", "Orléans"),
    ("FR", "Seine Citizens' Observatory", "", "", "Paris"),
    ("FR", "Rhône Delta Fishers' Union", "Marc Giraud", "Spokesperson", "Arles"),
    ("FR", "Garonne Estuary Network", "", "", "Bordeaux"),
    ("FR", "Alsace Rhine Heritage Circle", "", "", "Strasbourg"),
    ("FR", "Young Friends of the Dordogne", "Inès Moreau", "Coordinator", "Bergerac"),
    ("FR", "Lyon Confluence Residents", "", "", "Lyon"),
    ("PL", "Polish Federation of Vistula Communities", "Agnieszka Nowak", "Chair", "Warsaw"),
    ("PL", "Oder Riverbank Society", "", "", "Wrocław"),
    ("PL", "Kraków Water Guardians", "Piotr Kowalski", "President", "Kraków"),
    ("PL", "Masurian Lakes Association", "", "", "Giżycko"),
    ("PL", "Gdańsk Delta Youth", "", "", "Gdańsk"),
    ("PL", "Warta Valley Farmers' Circle", "Ewa Zielińska", "Secretary", "Poznań"),
    ("CZ", "Czech Union of River Associations", "Tomáš Novák", "Chair", "Prague"),
    ("CZ", "Vltava Friends Prague", "", "", "Prague"),
    ("CZ", "Morava Floodplain Initiative", "Jana Svobodová", "Coordinator", "Olomouc"),
    ("CZ", "Elbe Sandstone Nature Society", "", "", "Děčín"),
    ("CZ", "Brno Water Commons", "", "", "Brno"),
    ("CZ", "South Bohemian Ponds Heritage Circle", "Petr Dvořák", "Head", "Třeboň"),
    ("HU", "Hungarian Danube Communities Council", "Katalin Szabó", "President", "Budapest"),
    ("HU", "Tisza Riverside Alliance", "", "", "Szeged"),
    ("HU", "Balaton Shore Residents' Association", "Gábor Tóth", "Chair", "Siófok"),
    ("HU", "Budapest Danube Rowers", "", "", "Budapest"),
    ("HU", "Drava National Waters Circle", "", "", "Pécs"),
    ("HU", "Szentendre Island Friends", "Zsófia Kiss", "Secretary", "Szentendre"),
    ("RO", "Federation of Danube Delta Communities in Romania", "Ioana Popescu", "President", "Tulcea"),
    ("RO", "Mureș River Initiative", "", "", "Târgu Mureș"),
    ("RO", "Olt Valley Association", "Andrei Ionescu", "Coordinator", "Sibiu"),
    ("RO", "Bucharest Dâmbovița Watch", "", "", "Bucharest"),
    ("RO", "Someș Anglers' Society", "", "", "Cluj-Napoca"),
    ("RO", "Black Sea Coast Youth Network", "Elena Dumitru", "Spokesperson", "Constanța"),
    ("", "European Network of River Communities", "Hanna Lindqvist", "Secretary General", "Brussels"),
]

# (country, honorific, name, role, affiliation, city)
INDIVIDUALS = [
    ("DE", "Dr.", "Katrin Schulz", "Hydrologist", "University of Leipzig", "Leipzig"),
    ("DE", "", "Mehmet Yılmaz", "", "", "Duisburg"),
    ("DE", "Prof.", "Wolfgang Richter", "Professor of Ecology", "Technical University of Dresden", "Dresden"),
    ("AT", "", "Eva Steiner", "Teacher", "", "Linz"),
    ("AT", "Mag.", "Stefan Huber", "", "", "Krems"),
    ("CH", "", "Nicole Keller", "Journalist", "", "Basel"),
    ("CH", "Dr.", "Marco Rossi", "", "University of Geneva", "Geneva"),
    ("NL", "", "Jan Visser", "Ferry operator", "", "Dordrecht"),
    ("NL", "Prof.", "Anouk Jansen", "", "Wageningen University", "Wageningen"),
    ("FR", "", "Julien Bernard", "", "", "Nantes"),
    ("FR", "Dr.", "Sophie Lefèvre", "Physician", "", "Tours"),
    ("PL", "", "Marta Wiśniewska", "Student", "University of Warsaw", "Warsaw"),
    ("PL", "Dr.", "Tomasz Lewandowski", "", "", "Toruń"),
    ("CZ", "", "Lucie Černá", "Architect", "", "Prague"),
    ("CZ", "Prof.", "Jiří Procházka", "", "Charles University", "Prague"),
    ("HU", "", "László Nagy", "Fisherman", "", "Baja"),
    ("HU", "Dr.", "Réka Horváth", "", "Eötvös Loránd University", "Budapest"),
    ("RO", "", "Mihai Stan", "", "", "Galați"),
    ("RO", "Dr.", "Ana Radu", "Biologist", "", "Iași"),
    ("US", "Dr.", "Grace Liu", "", "Great Lakes Water Institute", "Milwaukee"),
]

# Positions in the lists above that have signed but not yet confirmed.
PENDING_ORGANIZATIONS = {5, 19, 33, 52}
PENDING_INDIVIDUALS = {4, 17}

RELEASE = {
    "headline": "River groups from ten countries ask water ministers to open their data",
    "subheadline": "Federations, anglers, rowers and scientists sign a joint statement on cross-border rivers",
    "dateline_city": "Vienna",
    "dateline_country": "AT",
    "source": "River Commons Network",
    "about": (
        "The River Commons Network is an invented coalition of riverside community associations, used to "
        "demonstrate undersigned. Every name in this demo is made up."
    ),
    "contact_name": "Hanna Lindqvist",
    "contact_email": "press@example.org",
    "contact_phone": "+32 2 555 0100",
}
RELEASE_CALL = "the ministers responsible for water to publish river-quality data every month"
RELEASE_QUOTES = [
    {
        "text": "Our rivers do not stop at borders, and neither does the data our members need to protect them.",
        "speaker_name": "Sabine Krüger",
        "speaker_title": "Chair",
        "organization": "Federation of River Associations in Germany",
    },
    {
        "text": "Communities along the Danube have waited long enough for a seat at the table.",
        "speaker_name": "Maria Hofer",
        "speaker_title": "Chair",
        "organization": "Union of River Communities in Austria",
    },
]
