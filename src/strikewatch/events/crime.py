"""Police work against ordinary crime, which ACLED does not code.

ACLED's arrests are of political figures, activists, protesters and armed-group suspects; its
raids and seizures are of armed groups' men and weapons. Police holding a suspected cattle thief,
raiding a scam call centre or seizing a tonne of cocaine is a crime story. A gang's members are
ACLED's when the gang is an armed one (Central America's maras), not when it is a fraud, hacking
or trafficking ring.
"""
from __future__ import annotations

import re

_COMMON_CRIME = re.compile(r"\b(?:steal\w*|stole|stolen|theft|thieves|robber\w*|burglar\w*|shoplift\w*|"
                           r"pickpocket\w*|drunk\w*|speeding|poach\w*|domestic|tunnel\w* into|(?:bank|diamond|jewell?ery) vault|heists?)\b", re.I)
# a racket: criminal, unless the gang running it is one of the armed ones ACLED codes (maras)
_RACKET = re.compile(r"\b(?:extortion|rackets?|racketeering|mafia|'?Ndrangheta|Camorra|Cosa Nostra|yakuza|triads?)\b", re.I)
# a ring that defrauds, hacks or trafficks: criminal even when the report calls it a gang
_TRADE_CRIME = re.compile(r"\b(?:(?:de)?fraud\w*|scam\w*|ransomware|hack(?:ers?|ing)|cyber-?crim\w*|counterfeit\w*|"
                          r"money[- ]laundering|smuggl\w*|traffick\w*|drugs?|narcotics|cocaine|heroin|"
                          r"methamphetamine|call cent(?:re|er)s?|gambling|betting|casinos?|brothels?|prostitution|"
                          r"bootleg\w*|piracy|pirated|poaching|ivory|illegal (?:logging|mining|fishing))\b", re.I)
_POLITICAL_DETAINEE = re.compile(r"\b(?:minister|MP|MPs|lawmakers?|governor|mayor|senator|officials?|activists?|"
                                 r"journalists?|opposition|leaders?|candidates?|militants?|rebels?|insurgents?|"
                                 r"protesters?|demonstrators?|terror\w*|jihadists?|militia\w*|separatists?|"
                                 r"supporters|party|cartel)\b", re.I)
_GANG = re.compile(r"\bgangs?\b", re.I)
POLICE_WORK = frozenset({"ARREST", "RAID", "SEIZE"})
# thieves who blew their way into a vault, a safe or a cash machine: a burglary, whatever the blast
_BREAK_IN = re.compile(r"\b(?:blast\w*|blew|blow(?:s|n|ing)?|explosives?)\b[^.;]{0,60}?\b(?:vaults?|safes?|ATMs?|cash machines?|"
                       r"strongrooms?)\b|\b(?:ram-?raid\w*|heists?)\b|"
                       # hostages a robber took ("held hostage ... by a man demanding a getaway car", "during a botched robbery")
                       r"\bhostages?\b[^.;]{0,120}?\b(?:robber(?:y|ies|s)?|getaway|hold-?up|ransom demand)\b|"
                       r"\b(?:robber(?:y|ies|s)?|getaway|hold-?up)\b[^.;]{0,120}?\bhostages?\b", re.I)


def break_in(text: str) -> bool:
    """A burglary or heist told with blast words ("thieves blasted their way into a vault") or with hostages a robber took,
    no political actor in it."""
    return bool(_BREAK_IN.search(text)) and not _POLITICAL_DETAINEE.search(text)


def ordinary_crime(text: str) -> bool:
    """Does a sentence that tells an arrest, a raid or a seizure tell police work against ordinary crime:
    a thief, a fraud ring, a drug haul, and no political figure, activist or armed suspect?"""
    if _POLITICAL_DETAINEE.search(text):
        return False
    return bool(_TRADE_CRIME.search(text) or _COMMON_CRIME.search(text)) or bool(_RACKET.search(text)) and not _GANG.search(text)
