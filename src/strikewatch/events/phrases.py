"""Trigger phrases: word sequences that tell an event (or a kind of event) where their single words do not
('took to the streets', 'laid down their arms', 'handed over the base to', 'shot down a drone'). Each entry is
(pattern, cue class, words one of which every match contains: a cheap test before the pattern is run);
read by ``events.triggers``."""
from __future__ import annotations

import re

from .instruments import MUNITIONS_IN_FLIGHT
from .territory import DRIVEN_OUT, FELL

_SITES = r"(?:military |air |army )?(?:bases?|airbase|airfield|airport|barracks|camp|garrison|outpost)"
# the words of a space launch: its rockets land and fall, on barges and in the sea
SPACEFLIGHT = (r"boosters?|SpaceX|NASA|Falcon\s9|orbit\w*|satellites?|spacecraft|launch\s?pad|drone\s?ship|astronauts?|"
               r"space\s?station|cosmodrome")
# (pattern, cue class, words (lower case) one of which every match of the pattern contains)
_ARMED_MEN = (r"(?:terrorists?|militants?|insurgents?|fighters?|bandits?|rebels?|gunmen|jihadists?|elements|members|"
              r"separatists?|attackers?)")
_COUP_MAKERS = r"\b(?:army|military|soldiers|officers|troops|junta|mutineers|presidential guards?)\b"
PHRASE_CUES = (
    (re.compile(r"\bsit[- ]ins?\b|\bt(?:ook|ake|akes|aken|aking) to the streets\b|\bwalk-?outs?\b|"
                r"\bmarched\b(?!\s+(?:into|up to|him|her|them|off|away|back)\b)|\bpetition\w*\b|\bchant\w*\b|\bvigils?\b|\bhuman chains?\b|\bbang(?:ed|ing) pots\b|"
                r"\bpot-banging\b|\broad blockades?\b", re.I), "PROTEST",
     ("sit-in", "sit in", "to the streets", "walk", "marched", "petition", "chant", "vigil", "human chain", "bang",
      "road blockade")),
    # a crowd gathered for a demand ('residents gathered outside the town hall to demand ...')
    (re.compile(r"\b(?:gathered|assembled|congregated|came out (?:on|onto|into) the (?:roads|streets))\b(?=[^.;]{0,80}?"
                r"\b(?:to demand|demanding|to protest|protesting|to denounce|denouncing|to condemn|condemning|calling for|"
                r"to call for|in support of|in solidarity with|to express (?:their )?(?:anger|support|solidarity|opposition))\b)|"
                r"\b(?:activists|campaigners|protesters|demonstrators)\s+(?:\w+\s+){0,2}?(?:blocking|occupying)\b|"
                r"\b(?:students|residents|youths|villagers|farmers|drivers|traders|workers|nurses|teachers|doctors|miners|"
                r"truckers|supporters)\s+(?:\w+\s+){0,2}?(?:blocking|occupying|blocked|blocks?|occupied|barricaded) "
                r"(?:the |a |several |main |key )*(?-i:[A-Z][\w'’-]*\s+){0,2}(?:roads?|highways?|motorways?|streets?|junctions?|"
                r"intersections?|bridges?|railway|rail line|traffic)\b", re.I), "PROTEST",  # ("block the Gazela bridge")
     ("gathered", "assembled", "congregated", "came out", "blocking", "occupying", "blocked", "block", "occupied",
      "barricaded")),
    # a suicide bomber's deed, whatever verb tells it ("a suicide bomber drove an explosives-laden car into a convoy")
    (re.compile(r"\bsuicide (?:car |truck )?bombers?\b(?=[^.;]{0,100}?\b(?:drove|rammed|detonated|set off|blew|struck|"
                r"targeted|attacked|exploded|triggered|killed|wounded|injured|hit)\b)", re.I), "BLAST", ("suicide",)),
    # a device that went off, a mine set off or stepped on ("An IED went off in a parked bus", "their motorbike set off a landmine")
    (re.compile(r"(?<!like a )(?<!like an )(?<!as if a )(?<!as though a )\b(?:bombs?|IEDs?|devices?|explosives?|(?:land)?mines?|"
                r"grenades?|charges?)\b[^.;]{0,30}?\b(?:went|goes|go|gone|"
                r"going) off\b|\b(?:set|sets|setting|triggered|triggering|stepped on|steps on|drove over|ran over)(?: off)? (?:a |an |two "
                r"|several )?(?:[\w-]+ )?(?:landmines?|(?:anti-\w+ )?mines?|IEDs?|bombs?|explosive devices?|booby[- ]traps?)\b", re.I),
     "BLAST", (" off", "triggered", "triggering", "stepped on", "steps on", "drove over", "ran over")),
    # a crowd dispersed, whatever it gathered for ("police disperse angry voters", "broke up a prayer meeting")
    (re.compile(r"\b(?:dispers(?:e|ed|es|ing)|br(?:oke|eak|eaks|eaking) up|tear-?gass(?:ed|ing)|teargass(?:ed|ing))\s+"
                r"(?=(?:an?\s+|the\s+|hundreds\s+of\s+|dozens\s+of\s+|scores\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:crowds?|gatherings?|"
                r"(?:prayer|church|political|campaign|opposition|town[- ]hall) meetings?|voters|residents|traders|hawkers|vendors|"
                r"worshippers|youths|supporters|mourners|students|villagers|farmers|workers|congregants|congregation)\b)",
                re.I), "PROTEST", ("dispers", "broke", "break", "tear", "teargas")),
    (re.compile(r"\b(?:chlorine|sarin|toxic|poison(?:ous)?|chemical|mustard|(?<!tear )(?<!tear-)gas)(?: gas)? (?:barrels?|bombs?|cylinders?|canisters?|"
                r"shells?|rockets?|munitions?)\b(?! (?:factory|plant|depot|store|shop))", re.I),  # "chlorine barrels dropped on X"
     "SHELL", ("cylind", "barrel", "canist", "bomb", "shell", "rocket", "munition")),
    # munitions that came down somewhere ("a rocket lands near K1 base", "two mortar rounds fell in open areas"), not a
    # launcher's booster or a satellite's
    (re.compile(rf"^(?![^.;\n]*\b(?:{SPACEFLIGHT}|short of)\b)[^\n]*?\b(?:rockets?|mortars?|mortar\s+(?:shells?|rounds?|bombs?)|shells|missiles?|projectiles?)\s+"
                r"(?:(?!and\b|but\b)[\w-]+\s+){0,4}?(?P<cue>lands?|landed|landing|fell|falls?|impacted|slammed)\b", re.I),
     "SHELL", ("land", "fell", "fall", "impact", "slam")),
    (re.compile(rf"\b{_ARMED_MEN}\b[^.;]{{0,130}}?\bneutrali[sz](?:ed|ing)\b|\bneutrali[sz](?:ed|ing|es?)\s+(?:\w+\s+){{0,4}}?"
                rf"{_ARMED_MEN}\b", re.I), "KILL", ("neutralis", "neutraliz")),  # "7 PKK terrorists were neutralised": killed
    # a place handed over, a siege broken, a town taken back: territory
    (re.compile(r"\bhand(?:s|ed|ing)? over (?:the |its |their |a |\w+ ){0,3}?(?:(?:air ?)?bases?|airbase|towns?|city|positions?|"
                r"territory|barracks|airports?|camps?|districts?|provinces?|outposts?|garrisons?) to\b|"
                r"\b(?:br(?:eak|eaks|eaking|oke|oken)|lift(?:s|ed|ing)?) (?:the |a )?(?:[\w-]+ ){0,3}?siege (?:of|on)\b|"
                r"\b(?:took|take|takes|taking|taken|won|win|wins) back (?:control (?:of|over) )?(?:the )?(?-i:[A-Z])|"
                # a flag raised over a place entered ("troops entered X and raised the national flag over the town hall")
                r"\b(?:raised|hoisted|planted)\s+(?:the|their|its|a)\s+(?:[\w-]+\s+){0,2}?(?:flags?|banners?)\s+"
                r"(?:over|above|on|in|at)\b", re.I),
     "TERR", ("hand", "break", "broke", "lift", "siege", "took", "take", "taken", "won", "win", "raised", "hoisted", "planted")),
    (re.compile(r"\bhanded (?!themselves|himself|herself)(?:[\w'’-]+ ){0,4}(?:\([^()]{1,60}\) )?over\b|\bpulled out of\b|"
                # a base handed to the army that takes it ("handed the Faya-Largeau base (Borkou) to the Chadian army")
                rf"\bhand(?:s|ed|ing)? (?:it|the (?:[\w'’-]+ ){{0,3}}?{_SITES}(?: \([^()]{{1,60}}\))?) to (?:the )?(?:[\w-]+ ){{0,2}}?"
                r"(?:army|armed forces|forces|troops|military|FAMa|FARDC|ANDSF)\b|\bhand(?:s|ed|ing)? (?:back |over )?control of\b|"
                r"\b(?:ced|relinquish)(?:ed|es|ing)? control\b", re.I), "HANDOVER", ("handed", "pulled out of", "hand", "ced", "relinquish")),
    # fighters who lay down their arms: a group's change of activity (a surrender, a disarmament)
    (re.compile(r"\b(?:la(?:id|y|ys|ying)|put|puts) down (?:their |its |his )?(?:arms|weapons|guns)\b|"
                r"\bhanded (?:themselves|himself|herself) over\b", re.I), "CHANGE", ("laid", "lay", "lays", "laying", "put", "puts", "handed")),
    # a group announcing what it is or will do ('had been formed', 'would suspend operations', 'called off its ceasefire')
    (re.compile(r"\b(?:announc\w*|declar\w*|claimed|statement|said|told)\b[^.;]{0,120}?\b(?:(?:had been|was|been) formed|"
                r"formation of|(?:would|will) (?:\w+ )?(?:suspend|resume|halt|shift|enforce|impose|disband|dissolve)|"
                r"(?:would|will) no longer (?:enforce|impose|observe)|suspend\w* (?:all |its |their )?(?:sit-at-home|"
                r"blockade|lockdown|ghost-town)|lift\w* (?:its|their|the) blockade|"
                r"merg(?:ed|er|ing)|(?:changed|change) (?:its|their) name)\b|\bcall(?:ed|s)? off (?:its|their|the) "
                r"(?:ceasefire|truce)\b|"
                # armed groups joining ("formed a joint operational command", "formed a new coalition under ...")
                r"\b(?:formed|form|forming|launched|created) (?:a |an )?(?:new |joint |single |unified )+(?:\w+ )?"
                r"(?:coalition|alliance|command|front|movement|armed group|umbrella group)\b|"
                r"\bhand(?:ed|s|ing)? (?:over )?(?:\d[\d,]*|dozens of|hundreds of) (?:\w+ )?(?:firearms|weapons|guns|rifles)\b",
                re.I), "CHANGE",
     ("announc", "declar", "claimed", "statement", "said", "told", "call", "form", "launched", "created", "hand")),
    # people taken away by agents ("picked up a student from his home"): held (whose fate is not known: see below)
    (re.compile(r"\bpick(?:ed|s|ing)? up (?:a |an |the |two |three |four |five |several |\d+ )?(?:[\w-]+ ){0,2}?(?:activists?|"
                r"students?|journalists?|reporters?|m[ae]n|wom[ae]n|youths?|leaders?|members?|residents?|villagers?|teachers?|"
                r"lawyers?|politicians?|bloggers?|critics?)\b", re.I), "ARREST", ("pick",)),
    (re.compile(r"\b(?:mass|clandestine|common|secret|unmarked) (?:graves?|burial sites?)\b|\bexhum(?:ed|ing|ation)\b",
                re.I), "GRAVE", ("grave", "burial", "exhum")),  # graves found: ACLED's "other", whoever killed them and when
    # a post set up ('erected a checkpoint on the road', 'a forward operating base was opened')
    (re.compile(r"\b(?:set(?:ting)? up|erect(?:ed|s|ing)|install(?:ed|s|ing)|establish(?:ed|es|ing)|inaugurat(?:ed|es|ing)|"
                r"commission(?:ed|s|ing)|open(?:ed|s)(?!\s+fire)|built|construct(?:ed|s|ing))\s+(?:\w+\s+){0,5}?(?:checkpoints?|"
                r"roadblocks?|outposts?|observation (?:points?|posts?)|forts?|garrisons?|(?:new |police |military |army |security |"
                r"border |forward )posts?(?! office)|quarters|"
                r"(?:military |army |operating |forward |new |air |naval |drone )bases?|command (?:centres?|centers?|posts?))\b|"
                r"\b(?:bases?|outposts?|checkpoints?) (?:was|were|has been|had been) (?:opened|established|set up|erected|"
                r"installed|inaugurated)\b", re.I), "BASE",
     ("checkpoint", "roadblock", "outpost", "observation", "base", "command", "fort", "garrison", "post", "quarters")),
    # an end to fighting agreed, captives swapped or freed by negotiation: ACLED's agreements
    (re.compile(r"\bagree(?:d|s)? to (?:stop|halt|end|cease|suspend) (?:the |all |their )?(?:\w+ )?(?:fighting|clashes|"
                r"hostilities|attacks)\b|\bagree(?:d|s)? (?:\w+ ){0,3}?to (?:lay down (?:their |its )?(?:arms|weapons)|disarm|"
                r"withdraw|pull out|hand over|swap|exchange|release|(?:a |an )?(?:\w+ )?(?:ceasefire|truce))\b|\bexchang(?:ed|e|es|ing) (?:\d+ |\w+ ){0,2}(?:prisoners|detainees|captives|"
                r"hostages|bodies)\b|\b(?:freed|released|set free)\b[^.;]{0,60}?\b(?:following|after) (?:\w+ ){0,2}"
                r"(?:talks|negotiations|mediation)\b|\bnegotiated (?:their|the|his|her) release\b|"
                # (phrases, as their words have other senses: 'according to', 'a settlement of 300 homes')
                r"\b(?:peace |local |security |power-sharing |non-aggression )?(?-i:accords?)\b|\b(?:reached|reach|reaching) (?:an?|the) "
                r"(?:\w+ )?(?:understanding|settlement)\b|\bsettlement (?:was|has been|had been) (?:reached|agreed)\b|"
                r"\breconciliation (?:agreement|deal|document|ceremony|conference|accord|pact)\b", re.I), "AGREE",
     ("agree", "exchang", "talks", "negotiat", "mediation", "accord", "understanding", "settlement", "reconciliation")),
    # a place taken: "rebels took control of the town of Kidal", "seized control over two villages"
    (re.compile(r"\b(?:took|take|takes|taking|taken|gained|gain|gains|regained|wrested|assumed|restored|re-?established|"
                r"reasserted) (?:over )?(?:full |total |effective )?"
                r"control (?:of|over) (?:the |two |three |several |\w+ )?(?:[\w-]+ ){0,2}?(?:towns?|city|villages?|districts?|"
                r"areas?|bases?|airports?|camps?|border crossings?|crossings?|checkpoints?|hills?|positions?|provinces?|"
                r"regions?|neighbou?rhoods?|sites?|posts?|strongholds?|locations?|(?-i:[A-Z]))|"
                r"\b(?:recovered|regained|retook|reclaimed|gained|seized) (?:\w+ )?territory\b|" + DRIVEN_OUT.pattern + "|"
                + FELL.pattern + r"|\bliberation of\b|\bcapture of (?:the (?:town|city|district) of )?(?-i:[A-Z])",
                re.I), "TERR",
     ("control", "territory", "dislodged", "pushed", "drove", "driven", "flushed", "ousted", "expelled", "chased", "cleared",
      "fell to", "falls to", "fallen to", "fall of", "overrun by", "seized by", "captured by", "taken by", "occupied by", "liberation", "capture of")),
    (re.compile(r"\bshoot-? ?outs?\b|\bgun ?battles?\b|\bgun-?fights?\b|\b(?:exchang|trad)(?:ed?|es|ing) (?:of )?(?:gun)?fire\b|"
                r"\bcross-?fire\b|\bfire ?fights?\b|"
                # an aircraft brought down ("rebels down army helicopter"): fire met in the air
                r"\b(?:downs?|downed|shoots? down|shot down)\s+(?:an?\s+|the\s+|(?!(?:after|before|as|when|since|with|at|on|in|"
                r"by|to|for|from|over|and|but)\b)[\w-]+\s+){0,3}?"
                rf"(?:helicopters?|(?:fighter\s+)?jets?|warplanes?|planes?|aircraft|{MUNITIONS_IN_FLIGHT})\b", re.I), "CLASH",
     ("shoot", "gun", "fire", "down")),
    # explosives found before they went off, or set off on purpose: a disrupted attack
    (re.compile(r"\b(?:found|finds?|discover(?:s|ed)?|recover(?:s|ed)?|uncover(?:s|ed)?|unearth(?:s|ed)?|located)\b"
                r"(?:\s+[\w-]+){0,6}?\s+(?:bombs?|IEDs?|explosives?|explosive\s+devices?|grenades?|landmines?|mines|"
                r"mortar\s+(?:shells|rounds|bombs)|rockets|ordnance|arms\s+and\s+ammunition|weapons?\s+caches?|arms\s+caches?)\b|"
                r"\bunexploded\b|(?<!remote )(?<!remote-)\b(?:safely|controlled)\s+(?:detonat(?:ed|ion|ing)|explo(?:sion|ded))\b|"
                r"\bdetonated\b(?:\s+[\w-]+){0,4}?\s+without\s+(?:incident|injur|casualt)", re.I), "DISRUPT",
     ("found", "find", "discover", "recover", "uncover", "unearth", "located", "unexploded", "safely", "controlled", "detonated")),
    # someone taken and not seen since: "men in plain clothes took a student activist from his hostel ...; his
    # whereabouts are unknown", "were picked up by men in uniform and have not been seen since"
    (re.compile(r"\b(?:took|taken|picked up|whisked away|bundled|led away|dragged)\b(?=[^.]{0,160}?\b(?:whereabouts\s+(?:are|is|"
                r"remain|remains)\s+(?:still\s+)?(?:unknown|not known|unclear)|(?:has|have) not been (?:seen|heard from) since|"
                r"forcibly disappeared)\b)", re.I), "ABDUCT",
     ("whereabouts", "not been seen", "not been heard", "forcibly disappeared")),
    # people seized: "seized at least nine local staff of UN agencies", "militants seized two Cuban doctors"
    (re.compile(r"\bseiz(?:ed|es|ing)\s+(?:at least\s+|more than\s+|some\s+|about\s+|dozens of\s+)?(?:\d+\s+|two\s+|three\s+|"
                r"four\s+|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+|several\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+){0,3}?"
                r"(?:staff(?:ers)?|workers|employees|civilians|people|passengers|travell?ers|villagers|students|journalists|"
                r"doctors|nurses|teachers|women|girls|boys|children|men|hostages|fishermen|farmers|traders|engineers|"
                r"officials|priests?|nuns?|missionaries|tourists|herders?)\b(?! (?:of|from) (?:the )?(?:ship|vessel|boat)\b)", re.I),
     "ABDUCT", ("seize", "seizi")),
    # a coup: the military taking power, a leader ousted by it (ACLED's "other" strategic development)
    (re.compile(r"\b(?:staged|launched|mounted|attempted|carried out|led) (?:an? |the )?(?:\w+ )?(?:coup|putsch)\b|"
                r"\b(?:army|military|soldiers|officers|troops|junta|guards?|colonels?|generals?)\b[^.;]{0,80}?\b(?:seiz(?:e|ed|es|ing)|"
                r"t(?:ook|ake|akes|aking|aken)|grabb?(?:ed|ing)?) power\b|"
                r"\b(?:removed|ousted|toppled|overthrew|overthrown|deposed) (?:him|her|the (?:\w+ )?(?:president|prime minister|"
                r"government|head of state|leader|king|regime)) (?:from power|in a coup)\b|"
                # officers who dissolve the state's institutions or annul a vote, or declare its leader ousted
                rf"{_COUP_MAKERS}[^.;]{{0,120}}?\b(?:(?:dissolv|suspend)(?:ed|es|ing) (?:the |all |its )?(?:state institutions|"
                r"(?:transitional )?(?:government|cabinet|council)|parliament|constitution)|annull?(?:ed|ing) the (?:election|vote)|"
                r"(?:ousted|toppled|overthrew|overthrown|deposed)\b|(?:was|had been) (?:ousted|removed|deposed|overthrown)|"
                # or seize its leaders and rule by decree ("detained the president ... and declared a state of emergency")
                r"(?:detained|arrested|seized)\b[^.;]{0,80}?\b(?:president|prime minister|state counsellor|head of state)\b"
                r"[^.;]{0,80}?\bdeclared\b[^.;]{0,30}?\b(?:state of emergency|martial law))", re.I), "COUP",
     ("coup", "putsch", "power", "dissolv", "suspend", "annul", "ousted", "toppled", "overthr", "deposed", "emergency",
      "martial")),
)
