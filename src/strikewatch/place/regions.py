"""Small built-in place data the GeoNames packages lack.

Macro-regions that news names often but no package lists, the AP style
abbreviations of US states ("Athens, Ga."), country aliases common in English
news, and the compass words of "northern Afghanistan".
"""
from __future__ import annotations

# name -> (lat, lon, alternate names); representative points of common news regions.
MACRO_REGIONS: dict[str, tuple[float, float, tuple[str, ...]]] = {
    "Middle East": (29.0, 41.0, ("Mideast",)),
    "Gaza Strip": (31.42, 34.36, ("Gaza",)),
    "West Bank": (31.95, 35.25, ()),
    "Balkans": (42.0, 21.0, ("Balkan Peninsula",)),
    "Caribbean": (15.0, -73.0, ("West Indies",)),
    "Scandinavia": (62.0, 14.0, ()),
    "Sahel": (14.5, 2.0, ()),
    "Horn of Africa": (8.0, 45.0, ()),
    "Persian Gulf": (26.5, 52.0, ("Arabian Gulf",)),
    "European Union": (50.85, 4.35, ("EU", "E.U.")),
    "Latin America": (-8.0, -62.0, ()),
    "Central America": (13.0, -86.0, ()),
    "Southeast Asia": (5.0, 110.0, ("South-East Asia", "South East Asia")),
    "West Africa": (11.0, -3.0, ()),
    "East Africa": (0.0, 36.0, ()),
    "Central Asia": (43.0, 65.0, ()),
    "Kurdistan": (36.5, 44.0, ()),  # the Kurds' lands across four countries
    "Kurdistan Region": (36.4, 44.2, ("Iraqi Kurdistan", "Kurdistan Region of Iraq", "Kurdistan region")),
    "Darfur": (13.5, 24.0, ()),
    "Kashmir": (34.0, 76.0, ()),
    "Siberia": (60.0, 105.0, ()),
    "Midwest": (42.0, -93.0, ("Middle West",)),
    "New England": (43.5, -71.5, ()),
    "Pacific Northwest": (46.0, -121.0, ()),
    "Mediterranean": (35.0, 18.0, ("Mediterranean Sea",)),
    # world regions named with a compass word: their own entries, not a compass shift of the continent
    # (the western half of Europe's bounding box lies in the Atlantic)
    "Americas": (12.0, -82.0, ("the Americas",)),
    "Western Europe": (48.5, 5.0, ()),
    "Eastern Europe": (50.0, 30.0, ()),
    "Central Europe": (50.0, 15.0, ()),
    "Northern Europe": (60.0, 15.0, ()),
    "Southern Europe": (41.0, 14.0, ()),
    "North Africa": (28.0, 12.0, ("Northern Africa",)),
    "Central Africa": (2.0, 20.0, ("Middle Africa",)),
    "Southern Africa": (-25.0, 25.0, ()),
    "Sub-Saharan Africa": (2.0, 20.0, ("Subsaharan Africa", "sub-Saharan Africa")),
    "South Asia": (22.0, 79.0, ("Indian subcontinent", "South-Asia")),
    "East Asia": (35.0, 115.0, ("Eastern Asia", "Far East")),
    "Asia-Pacific": (10.0, 120.0, ("Asia Pacific",)),
    "Eastern Mediterranean": (34.5, 30.0, ()),
    "Levant": (33.5, 36.0, ()),
    "Maghreb": (32.0, 3.0, ("Maghrib",)),
    "Arabian Peninsula": (23.0, 46.0, ("Arabia",)),
    "Caucasus": (42.5, 44.5, ("Caucasus Mountains", "Caucasia")),
    "North Caucasus": (43.5, 45.0, ("Northern Caucasus",)),
    "South Caucasus": (41.5, 45.0, ("Transcaucasia",)),
    "Ural Mountains": (60.0, 59.5, ("Urals",)),
    "Baltic states": (56.5, 24.0, ("Baltics",)),
    "Korean Peninsula": (38.0, 127.5, ()),
    "Iberian Peninsula": (40.0, -4.0, ("Iberia",)),
    "Anatolia": (39.0, 33.0, ("Asia Minor",)),
    "American South": (33.0, -87.0, ("Deep South", "Southern United States")),
    # disputed or breakaway territories that the admin tables file under another name or miss
    "South Ossetia": (42.33, 44.0, ("Tskhinvali Region",)),
    "Nagorno-Karabakh": (39.85, 46.75, ("Nagorno Karabakh", "Artsakh")),
    "Transnistria": (47.2, 29.4, ("Transdniestria", "Pridnestrovie")),
    "Donbas": (48.0, 38.0, ("Donbass",)),
    "Golan Heights": (33.0, 35.75, ("Golan",)),
    "Sinai Peninsula": (29.5, 33.8, ("Sinai",)),
    # conflict areas, valleys, mountains, forests and city quarters that news and monitors name but
    # that are no populated place or province in the embedded tables (tribal districts among them)
    "Eastern Ghouta": (33.55, 36.40, ("East Ghouta", "Ghouta", "Eastern Ghuta")),
    "Qalamoun": (33.95, 36.55, ("Qalamoun Mountains", "Qalamun")),
    "Jabal al-Zawiya": (35.68, 36.55, ("Jabal Zawiya", "Jebel Zawiya", "Jabal al-Zawiyah", "Jabal az-Zawiyah")),
    "Wadi Barada": (33.65, 36.15, ()),
    "Sheikh Maqsoud": (36.23, 37.16, ("Sheikh Maqsood", "Sheikh Maksoud", "Sheikh Maqsud")),
    "Jobar": (33.53, 36.33, ()),
    "Shujaiya": (31.50, 34.48, ("Shejaiya", "Shujaiyya", "Shejaia", "Shujaiyeh")),
    "Nineveh Plains": (36.40, 43.35, ("Nineveh Plain",)),
    "Hamrin Mountains": (34.50, 44.30, ("Hamrin", "Jabal Hamrin", "Hamreen Mountains")),
    "North Waziristan": (32.95, 70.10, ()),
    "South Waziristan": (32.30, 69.70, ()),
    "Swat Valley": (34.90, 72.40, ("Swat District",)),
    "Kurram Agency": (33.70, 70.20, ("Kurram District",)),
    "Bajaur Agency": (34.75, 71.50, ("Bajaur District",)),
    "Khyber Agency": (34.00, 71.20, ("Khyber District",)),
    "Orakzai Agency": (33.65, 70.95, ("Orakzai District",)),
    "Sambisa Forest": (11.30, 13.40, ("Sambisa",)),
    "Jebel Marra": (12.95, 24.25, ("Jabal Marra",)),
    "Nuba Mountains": (11.50, 30.00, ()),
    "Kerio Valley": (0.85, 35.60, ()),
    "Lake Chad": (13.00, 14.50, ("Lake Chad Basin",)),
    # oceans, seas and large islands (no package lists physical features)
    "Pacific Ocean": (0.0, -160.0, ("Pacific",)),
    "Atlantic Ocean": (0.0, -30.0, ("Atlantic",)),
    "Indian Ocean": (-20.0, 80.0, ()),
    "Arctic Ocean": (85.0, 0.0, ("Arctic",)),
    "Black Sea": (43.5, 34.0, ()),
    "Caspian Sea": (41.5, 50.5, ()),
    "South China Sea": (12.0, 114.0, ()),
    "Gulf of Aden": (12.5, 48.0, ()),
    "Gulf of Mexico": (25.0, -90.0, ()),
    "Arabian Sea": (15.0, 65.0, ()),
    "Baltic Sea": (58.0, 20.0, ()),
    "North Sea": (56.0, 3.0, ()),
    # "a Red Sea port", "Hodeidah Red Sea port city": the sea, not Sudan's or Egypt's Red Sea province
    "Red Sea": (20.0, 38.5, ()),
    "Sea of Azov": (46.0, 36.5, ("Azov Sea",)),
    "Gulf of Oman": (24.5, 58.5, ()),
    "Strait of Hormuz": (26.6, 56.3, ("Hormuz Strait",)),
    "Bab el-Mandeb": (12.6, 43.3, ("Bab al-Mandab", "Bab-el-Mandeb", "Bab el Mandeb")),
    "Gulf of Guinea": (2.0, 3.0, ()),
    "Java": (-7.5, 110.0, ()),
    "Sumatra": (0.0, 102.0, ()),
    "Borneo": (1.0, 114.0, ()),
    "Mindanao": (8.0, 125.0, ()),
    "Luzon": (16.0, 121.0, ()),
}

# The country a region lies in, where it lies in one, so that an event placed there has a country: "Gaza"
# is in Palestine, "Donbas" in Ukraine. Breakaway territories (South Ossetia, Transnistria, ...) get none.
REGION_COUNTRIES: dict[str, str] = {
    "Gaza Strip": "PS", "West Bank": "PS", "Kurdistan Region": "IQ", "Darfur": "SD", "Siberia": "RU", "Midwest": "US", "New England": "US",
    "Pacific Northwest": "US", "American South": "US", "North Caucasus": "RU", "Donbas": "UA", "Sinai Peninsula": "EG",
    "Anatolia": "TR", "Java": "ID", "Sumatra": "ID", "Mindanao": "PH", "Luzon": "PH",
    "Eastern Ghouta": "SY", "Qalamoun": "SY", "Jabal al-Zawiya": "SY", "Wadi Barada": "SY", "Sheikh Maqsoud": "SY",
    "Jobar": "SY", "Shujaiya": "PS", "Nineveh Plains": "IQ", "Hamrin Mountains": "IQ", "North Waziristan": "PK",
    "South Waziristan": "PK", "Swat Valley": "PK", "Kurram Agency": "PK", "Bajaur Agency": "PK", "Khyber Agency": "PK",
    "Orakzai Agency": "PK", "Sambisa Forest": "NG", "Jebel Marra": "SD", "Nuba Mountains": "SD", "Kerio Valley": "KE",
}

# English exonyms of provinces that the admin tables spell otherwise: (country, admin1 name) -> names.
ADMIN1_ALIASES: dict[tuple[str, str], tuple[str, ...]] = {
    ("IQ", "Ninawa"): ("Nineveh", "Ninewa", "Nineveh Governorate"),
    ("IQ", "Arbil"): ("Erbil", "Irbil", "Hawler"),
    ("IQ", "Dahuk"): ("Duhok", "Dohuk"),
    ("IQ", "Salah ad Din Governorate"): ("Salahuddin", "Salah al-Din", "Saladin"),
    ("IQ", "As Sulaymaniyah"): ("Sulaymaniyah", "Sulaimaniyah", "Suleimaniyah"),
    ("IQ", "Muhafazat Kirkuk"): ("Tamim", "Ta'mim"),
    ("SY", "Rif-dimashq"): ("Rif Dimashq", "Damascus Countryside", "Rural Damascus"),
    ("SY", "Deir ez-Zor"): ("Deir al-Zour", "Deir Ezzor", "Dayr az Zawr"),
    ("SY", "Ar-Raqqah"): ("Raqqa",),
    ("SY", "Al-Hasakah"): ("Hasakah", "Hasaka"),
    # Lebanon's governorates by their English names (not a bare "North" or "South": "the South" of US news)
    ("LB", "Liban-Nord"): ("North Lebanon",), ("LB", "Liban-Sud"): ("South Lebanon",),
    ("LB", "Mont-Liban"): ("Mount Lebanon",), ("LB", "Beqaa"): ("Bekaa", "Beka'a"), ("LB", "Nabatiye"): ("Nabatieh",),
    ("LB", "Aakkar"): ("Akkar",),
    # the French and English names of African provinces (monitors write either), and the provinces
    # that replaced an old one (Congo's 26 of 2015, filed here under the old 11 they split)
    ("CM", "Far North"): ("Extreme-Nord", "Extrême-Nord", "Far-North"), ("CM", "North Province"): ("Nord",),
    ("CM", "North-West Province"): ("Nord-Ouest", "North-West", "Northwest"), ("CM", "West"): ("Ouest",),
    ("CM", "South-West Province"): ("Sud-Ouest", "South-West", "Southwest"), ("CM", "East"): ("Est",),
    ("CM", "South Province"): ("Sud",),
    ("BF", "High-Basins"): ("Hauts-Bassins", "Hauts Bassins"), ("BF", "Southwest"): ("Sud-Ouest",),
    ("BF", "Plateau-Central"): ("Plateau Central",),
    ("CD", "Nord Kivu"): ("North Kivu", "Nord-Kivu"), ("CD", "South Kivu"): ("Sud-Kivu", "Sud Kivu"),
    ("CD", "Eastern Province"): ("Orientale", "Province Orientale", "Ituri", "Haut-Uele", "Bas-Uele", "Tshopo"),
    ("CD", "Katanga"): ("Haut-Katanga", "Tanganyika", "Lualaba", "Haut-Lomami"),
    ("CD", "Kasai-Occidental"): ("Kasai", "Kasaï", "Kasai-Central", "Kasaï-Central"),
    ("CD", "Kasai-Oriental"): ("Kasaï-Oriental", "Sankuru", "Lomami"),
    ("CD", "Bas-Congo"): ("Kongo Central", "Kongo-Central"),
    ("CD", "Equateur"): ("Mongala", "Nord-Ubangi", "Sud-Ubangi", "Tshuapa"),
    ("CD", "Bandundu"): ("Kwilu", "Kwango", "Mai-Ndombe"),
    ("ML", "Tombouctou"): ("Timbuktu",), ("ET", "Oromiya"): ("Oromia",), ("ET", "Adis Abeba"): ("Addis Ababa",),
    ("ET", "Binshangul Gumuz"): ("Benishangul-Gumuz", "Benishangul Gumuz"), ("ET", "Gambela"): ("Gambella",),
    ("ET", "Southern Nations, Nationalities, and People's Region"): ("SNNPR", "SNNP"),
    ("SO", "Banaadir"): ("Banadir", "Benadir"), ("SO", "Lower Shabeelle"): ("Lower Shabelle", "Shabeellaha Hoose"),
    ("SO", "Middle Shabele"): ("Middle Shabelle", "Shabeellaha Dhexe"), ("SO", "Hiiraan"): ("Hiran",),
    ("SO", "Bakool"): ("Bakol",), ("SO", "Woqooyi Galbeed"): ("Maroodi Jeex",),
    ("SD", "Northern Darfur"): ("North Darfur",), ("SD", "Southern Darfur"): ("South Darfur",),
    ("SD", "Western Darfur"): ("West Darfur",), ("SD", "Eastern Darfur"): ("East Darfur",),
    ("SD", "Southern Kordofan"): ("South Kordofan",), ("SD", "Shamal Kurdufan"): ("North Kordofan",),
    ("SD", "Al Jazirah"): ("Gezira", "Al Gezira"), ("SD", "Al Qadarif"): ("Gedaref", "Al Gedaref"),
    ("SS", "Northern Bahr al Ghazal"): ("Northern Bahr el Ghazal",),
    ("SS", "Western Bahr al Ghazal"): ("Western Bahr el Ghazal",),
    ("NG", "Nassarawa"): ("Nasarawa",), ("NG", "Abuja Federal Capital Territory"): ("Federal Capital Territory",),
    ("MM", "Kayin"): ("Karen",),
}

# Abbreviations with dots (AP style and initials) -> (country code, admin1 or city name).
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    **{f: ("US", st) for st, forms in {
        "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif. Cal.",
        "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.", "Georgia": "Ga.",
        "Illinois": "Ill.", "Indiana": "Ind.", "Kansas": "Kan. Kans.", "Kentucky": "Ky.", "Louisiana": "La.",
        "Maryland": "Md.", "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.",
        "Mississippi": "Miss.", "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb. Nebr.",
        "Nevada": "Nev.", "New Hampshire": "N.H.", "New Jersey": "N.J.", "New Mexico": "N.M.",
        "New York": "N.Y.", "North Carolina": "N.C.", "North Dakota": "N.D.", "Oklahoma": "Okla.",
        "Oregon": "Ore. Oreg.", "Pennsylvania": "Pa. Penn.", "Rhode Island": "R.I.", "South Carolina": "S.C.",
        "South Dakota": "S.D.", "Tennessee": "Tenn.", "Texas": "Tex.", "Vermont": "Vt.", "Virginia": "Va.",
        "Washington": "Wash.", "West Virginia": "W.Va. W.V.", "Wisconsin": "Wis. Wisc.", "Wyoming": "Wyo.",
        "Washington, D.C.": "D.C.",
    }.items() for f in forms.split()},
    "L.A.": ("US", "Los Angeles"), "N.Y.C.": ("US", "New York City"), "NYC": ("US", "New York City"),
    "NSW": ("AU", "New South Wales"), "N.S.W.": ("AU", "New South Wales"),
}


# Names the packages give a country that news uses for another: a bare "Congo" ("eastern Congo",
# "Congo's army") is the Democratic Republic; the other Congo is named in full or by its capital.
COUNTRY_NOT_NAMED: dict[str, frozenset[str]] = {"CG": frozenset({"Congo"})}


def abbreviation_key(name: str) -> str:
    """Index key of an abbreviation ("W. Va." -> "abbr:w.va.")."""
    return "abbr:" + "".join(name.split()).casefold()


# Representative points where the usual reference differs from the factbook point countryinfo
# gives: the geographic centre of the contiguous United States (near Lebanon, Kansas).
REFERENCE_POINTS: dict[str, tuple[float, float]] = {"US": (39.83, -98.58)}

# Aliases of countries that English news uses and the packages may miss.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "U.S.A.", "USA", "America", "United States of America", "the United States", "the US"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "RU": ("Russian Federation",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa",
           "Congo"),
    "CG": ("Congo-Brazzaville", "Republic of the Congo", "Republic of Congo", "Congo Republic"),
    "SA": ("Saudi",),
    "PS": ("Palestine", "Palestinian Territories", "Palestinian territories"),
    "CI": ("Ivory Coast",),
    "MM": ("Burma",),
    "CZ": ("Czech Republic", "Czechia"),
    "AE": ("UAE", "U.A.E."),
    "VA": ("Vatican", "Vatican City"),
    "NL": ("Holland",),
    "TW": ("Taiwan",),
    "SY": ("Syria",),
    "IR": ("Iran",),
    "LA": ("Laos",),
    "VN": ("Vietnam",),
    "MK": ("Macedonia",),
    "TR": ("Turkey", "Türkiye"),
}

# Demonyms the packages miss (plural forms are added by the builder).
EXTRA_DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American",), "GB": ("British", "Briton"), "PS": ("Palestinian",), "IL": ("Israeli",),
    "NL": ("Dutch",), "CN": ("Chinese",), "JP": ("Japanese",), "AF": ("Afghan",),
    "PH": ("Filipino",), "FR": ("French",), "ES": ("Spanish",), "CH": ("Swiss",),
}

# compass word -> (dlat, dlon) as a fraction of the half-extent of the area's bounding box
COMPASS: dict[str, tuple[float, float]] = {
    "northern": (0.5, 0.0), "southern": (-0.5, 0.0), "eastern": (0.0, 0.5), "western": (0.0, -0.5),
    "north": (0.5, 0.0), "south": (-0.5, 0.0), "east": (0.0, 0.5), "west": (0.0, -0.5),
    "northeastern": (0.4, 0.4), "northwestern": (0.4, -0.4), "southeastern": (-0.4, 0.4),
    "southwestern": (-0.4, -0.4), "north-eastern": (0.4, 0.4), "north-western": (0.4, -0.4),
    "south-eastern": (-0.4, 0.4), "south-western": (-0.4, -0.4), "central": (0.0, 0.0),
    "northeast": (0.4, 0.4), "northwest": (0.4, -0.4), "southeast": (-0.4, 0.4), "southwest": (-0.4, -0.4),
}



# postal code -> state name (as GeoNames spells the admin1)
US_STATE_NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "Washington, D.C.",
}


# Generic words around province names in the admin tables ("Anhui Sheng", "Muhafazat Karbala'").
_ADMIN1_HEAD = ("Muhafazat", "Mayorality of", "Provincia de", "Provincia di", "Province of", "Departamento de",
                "Departamento del", "Estado de", "Estado do", "Wilayat", "Ostan-e", "State of", "Region of",
                "Provinsi", "Daerah", "Wilayah", "Oblast'", "Gouvernorat de", "Gouvernorat du", "Departement de",
                "Departement du", "Departement des", "Departement d'", "Comuna", "Powiat", "Politischer Bezirk",
                "Regierungsbezirk", "Bezirk", "Nomos", "Gemeente", "Citta metropolitana di", "Okres", "Obshtina",
                "Municipio de", "Provincie", "Rrethi i", "Kabupaten", "Kota", "Province de la", "Province de l'",
                "Province du", "Province des", "Province de", "Sha`biyat al", "Sha`biyat", "Muhafazat al")
_ADMIN1_TAIL = ("Sheng", "Shi", "Zizhiqu", "Huizu Zizhiqu", "Uygur Zizhiqu", "Zhuangzu Zizhiqu", "Governorate",
                "Province", "Region", "Oblast", "Oblast'", "Kray", "Krai", "Prefecture", "State", "Division",
                "Department", "Territory", "Autonomous Region", "Autonomous Republic", "Republic", "Municipality",
                "Capital Territory")
_DISTRICT_TAIL = ("County", "Parish", "Borough", "District", "Raion", "Rayon", "municipality", "Municipality")


# Provinces that the admin tables spell otherwise than news and monitors do (Dutch or old romanisations of
# front-line oblasts, Afghan and Myanmar provinces): the English form is the name they are shown by, and a variant,
# with its unit's word where a town bears the bare name ("near Sagaing" is the town; "Sagaing Region" the region)
ADMIN1_ENGLISH = {
    "Kiev": "Kyiv Oblast", "Odessa": "Odesa Oblast", "Zaporizhia": "Zaporizhzhia Oblast", "Vinnyts'ka": "Vinnytsia Oblast",
    "Brjansk": "Bryansk Oblast", "Voronezj": "Voronezh Oblast", "Orjol": "Oryol Oblast", "Krasnodarskiy": "Krasnodar Krai",
    "Rjazan": "Ryazan Oblast", "Jaroslavl": "Yaroslavl Oblast", "Nizjnij Novgorod": "Nizhny Novgorod Oblast",
    "Tverskaya": "Tver Oblast", "Stavropol'skiy": "Stavropol Krai", "Tjumen": "Tyumen Oblast", "Khowst": "Khost Province",
    "Bamian": "Bamyan Province", "Wilayat-e Baghlan": "Baghlan Province", "Sagain": "Sagaing Region",
    # (no town of these names: the bare name is the province's)
    "Oruzgan": "Uruzgan", "Konar": "Kunar", "Lowgar": "Logar", "Ghowr": "Ghor", "Vardak": "Wardak", "Parvan": "Parwan",
    "Nurestan": "Nuristan",
}


def admin1_short_names(name: str, *, district: bool = False) -> list[str]:
    """Forms of a province or district name without its generic head or tail words
    ("Anhui Sheng" -> "Anhui", "Province of Pangasinan" -> "Pangasinan", "DeKalb County" -> "DeKalb")."""
    out = []
    for head in _ADMIN1_HEAD:
        if name.startswith(head + " ") and len(name) > len(head) + 3:
            out.append(name[len(head) + 1:].strip("'’ "))
    tails = sorted(_ADMIN1_TAIL + (_DISTRICT_TAIL if district else ()), key=len, reverse=True)
    for form in [name, *out]:
        for tail in tails:
            if form.endswith(" " + tail) and len(form) > len(tail) + 4:
                out.append(form[: -len(tail) - 1].strip())
                break
    return [f for f in dict.fromkeys(out) if f and f != name]
