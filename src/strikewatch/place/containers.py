"""How a text names the container of a place: "X, Y", "X (Y", "X village in Y", "X, Z county, in Y",
"X in the eastern countryside of Y". Resolution reads a name and its container together; events
read the same gaps when they pick an event's place."""
from __future__ import annotations

import re

ADMIN_NOUN = (r"(?i:village|town|city|area|district|sub-?county|subcounty|LGA|county|constituency|division|location|ward|"
               r"province|governorate|state|region|municipality|neighbou?rhood|camp|countryside|locality|"
               r"settlement|commune|department|oblast|raion|rayon|township|tehsil|barangay|chieftaincy|prefecture)")
# a part of the container named on the way to it: "X in the eastern countryside of Y", "X, in rural Y"
_PART = (r"(?:countryside|outskirts|suburbs?|environs|parts?|edge|areas?|province|governorate|district|region|"
         r"side|heart|centre|center)")
_OF_PART = (rf"(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|rural|central)\s+(?:(?:{_PART}\s+)?of\s+)?"
            rf"|{_PART}\s+of\s+)(?:the\s+)?")
_SEP = rf"(?:\s*[,(]\s*(?:in\s+)?|\s+(?:in|of)\s+)(?:the\s+)?(?:{_OF_PART})?"
# what stands between a place and a container of it: "X, Y", "X (Y", "X village in Y", "X, Z county, in Y"
CONTAINER_GAP = re.compile(rf"^(?:\s+{ADMIN_NOUN})?{_SEP}(?:(?:[A-Z][\w'’-]*\s+){{1,3}}{ADMIN_NOUN}{_SEP})*$")
