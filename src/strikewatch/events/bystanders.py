"""Places a report names that are not where its event happened: where someone spoke about it ("told reporters in
Geneva", "a spokesman for the council in Naypyitaw said") and where its wounded were taken ("transferred from X to a
hospital in Erbil", "Ambulances took the wounded to Idlib city ... and to a surgical centre in Sarmada") and where
others met as it happened ("... as envoys meet in Muscat")."""
from __future__ import annotations

import re

from ..models import Toponym


# where a speaker was, not where the event was: "a minister, speaking by phone from Mogadishu, said",
# "told reporters in Geneva", "at a news conference in Kabul"
_SPEAKER = re.compile(r"\b(?:speaking|spoke|talking|told (?:reporters|journalists)|(?:news|press) (?:conference|briefing))"
                      r"\b[^.;:\n]{0,30}?\b(?:from|in|at)\s+(?:the\s+)?$|"
                      r"\b(?:said|says|announced|stated|claimed|denied)\s+(?:on\s+\w+\s+)?(?:in|from)\s+$", re.I)  # "said in Moscow"


# "a spokesman for the military council in Naypyitaw said", "media in Sanaa accused ..."
_VOICE = re.compile(r"\b(?:spokes\w+|media|officials?|ministry|council|command|authorit(?:y|ies)|government|"
                    r"statement|television|TV|radio|channels?|agency|team|office|junta|headquarters)\b[^.;:\n]{0,40}?\b(?:in|from)\s+(?:the\s+)?$", re.I)
_SPOKE = re.compile(r"[^.;:\n]{0,25}?\b(?:said|says|accused|claimed|denied|told|announced|stated|insisted|called|described|"
                    r"blamed|condemned|confirmed|declined|did not (?:respond|comment|reply)|refused)\b")
# where the wounded were taken ("transferred from X to a hospital in Goma", "taken on to Erbil"), where a bus was heading
_CARRIED = re.compile(r"\b(?:took|carried|drove|rushed|ferried)\s+(?:the\s+)?(?:wounded|injured|casualties|victims|bodies|dead)\b"
                      r"[^.;]{0,120}?\b(?:to|in)\s+(?:the\s+)?$", re.I)  # "Ambulances took the wounded to X, to Y and to a centre in Z"
_TAKEN = re.compile(r"\b(?:transferred|taken|evacuated|flown|rushed|moved|referred|airlifted|heading|headed|bound|en route|withdr[ae]w\w*|"
                    r"retreat\w*|fled|pulled back)(?:\s+(?:on|back|later|first|then))?(?:\s+by\s+[\w-]+)?(?:(?:\s+from\s+[\w'’ -]{1,40}?)?"
                    r"\s+(?:to|for|towards?)|\s+from)\s+(?:(?:a|the)\s+(?:\w+\s+)?(?:hospital|clinic)\s+in\s+|the\s+)?$|"
                    # a person's home town ("a minibus driver from Bichena, was killed"): where a victim came from
                    r"\b(?:driver|man|woman|boy|girl|resident|native|villager|farmer|trader|teacher|student|worker|herder|"
                    r"merchant|pilgrim|mechanic|shopkeeper|nurse|doctor)s?\s+(?:originally\s+)?from\s+$", re.I)


def speaker_place(text: str, t: Toponym) -> bool:
    """A place named as where someone spoke about the event (:func:`spoken_from`) or where its wounded
    were taken (:data:`_TAKEN`), not where it happened."""
    return spoken_from(text, t) or bool(_TAKEN.search(text[max(0, t.start - 70):t.start])
                                        or _CARRIED.search(text, max(0, t.start - 160), t.start))


def spoken_from(text: str, t: Toponym) -> bool:
    """Where someone spoke about the event (:data:`_SPEAKER`, :data:`_VOICE`, :data:`_SPEAKS`): no clue to where it was,
    unlike a hospital its wounded were taken to, mostly in the same country."""
    before = text[max(0, t.start - 70):t.start]
    return bool(_SPEAKER.search(before) or _VOICE.search(before) and _SPOKE.match(text, t.end)
                or _SPEAKS.match(text, t.end) and re.search(r"(?:^|[,;:\n—–]\s*)$", text[max(0, t.start - 3):t.start]))


# a capital or country that speaks for its government, opening a clause or after a comma ("..., Ankara says",
# "Moscow claims a drone hit ..."): not a place the report is about
_SPEAKS = re.compile(r"\s+(?:says|said|claims|claimed|accuses|accused|denies|denied|warns|warned|insists)\b")


# a country named as a modifier is no event's place: "the US dollar", "Saudi-led", "Iranian-backed", "U.S. Africa Command"
_MODIFIER = re.compile(r"(?:-(?:led|backed|based|brokered|funded|made|owned|allied)\b|\s+(?:dollars?|currency|embass(?:y|ies)|"
                       r"consulates?|envoys?|ambassadors?|diplomats?|sanctions|administration|government|officials?|"
                       r"authorities|president|citizens?|nationals?|passports?|forces|troops|soldiers|military|army|"
                       r"navy|marines|warplanes|jets|missiles?|drones?|(?:air|naval) (?:strikes?|forces)|Fleet|Flotilla)\b|"
                       r"\s+(?:(?:Africa|Central|European|Southern|Indo-Pacific|Special Operations) )?Command\b)")  # "U.S. Africa Command"


def modifier(text: str, t: Toponym) -> bool:
    """A country or region named as a modifier ("the U.S. embassies in Nairobi", "US-backed") is
    no event's place, unless a bare locative preposition puts the event there ("in Iraq troops ...")."""
    if not _MODIFIER.match(text, t.end):
        return False
    return not re.search(r"\b(?:in|at|inside|across|throughout)\s+$", text[max(0, t.start - 12):t.start], re.I)


def modifier_only(text: str, t: Toponym) -> bool:
    """A country or region named only as a modifier (:func:`modifier`): no event's place, nor a clause's."""
    return t.location is not None and t.location.feature in ("country", "region") and modifier(text, t)


# a front's sector named after a town ("In the Kramatorsk direction, the enemy attacked twice near Chasiv Yar"): the
# fighting is near the town the line names next, not in the sector's town
_SECTOR = re.compile(r"\s+(?:direction|axis|sector|operational zone|front)\b", re.I)


def sector_name(text: str, t: Toponym) -> bool:
    """A town named as the sector of a front ("the Kramatorsk direction"), not where a deed was."""
    return bool(_SECTOR.match(text, t.end)) and text[max(0, t.start - 4):t.start].lower() == "the "


# where others met or went while it happened, told in a clause of its own ("... as Saudi and Houthi envoys meet in
# Muscat", "; the foreign minister flies to Tehran", "while leaders gathered for talks in Geneva")
_ASIDE = re.compile(r"(?:\bas\b|;|\bwhile\b|\bamid\b|\bahead of\b|\bdays? after\b|\bhours? (?:after|before)\b)")
_MET_IN = re.compile(r"\b(?:meets?|met|meeting|talks|summit|conference|negotiations|visits?|visited|visiting|flies|flew|"
                     r"arrives?|arrived|travels?|travelled|traveled|hosts?|hosted|convene[sd]?|gather(?:s|ed)? for talks)"
                     r"\s+(?:[\w-]+\s+){0,2}?(?:in|to|at)\s+(?:the\s+)?$", re.I)


def meeting_place(text: str, t: Toponym, pos: int) -> bool:
    """``t`` is where others met or travelled, in a clause after the event's trigger at ``pos``."""
    return t.start > pos and bool(_ASIDE.search(text, pos, t.start)) and bool(
        _MET_IN.search(text[max(0, t.start - 50):t.start]))
