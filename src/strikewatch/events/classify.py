"""Sub-event type rules: cue classes + weapon words + context words + actors -> ACLED sub-event type. Order
matters: what a sentence is about (a protest, an arrest, a handover) is decided before how violence was done,
and the explicit weapon (``instruments``) decides an explosion's sub-type, never the verb."""
from __future__ import annotations

import re

from ..actors.aliases import ActorName
from .crime import ordinary_crime
from .gatherings import arrested_gathering, crowd_against_forces, crowd_deed, crowd_gathered
from .instruments import AIR, CHEM, GRENADE, IED, MUNITIONS_IN_FLIGHT, SHELL, SUICIDE, chemical_agent, homes_blown, instrument_for, raids_launched, thrown_among_crowd
from .territory import CONTROL_TAKEN, NON_STATE_ARMED, STATE_KINDS, agreement_failed, agreement_told, strategic, territory

_LABOUR = re.compile(r"\b(on strike|went on strike|general strike|hunger strike|labou?r strike|strike action|"
                     r"workers'? strike|staged a strike|called a strike|sit-down strike|strike by|"
                     r"(?:teachers|doctors|nurses|workers|drivers|lecturers|traders)(?: \w+)? (?:went|are|were) on|"
                     r"(?:\d+|one|two|three|four|five|seven|ten)[- ](?:hour|day|week)s?(?:[- ]long)? strikes?|"
                     r"(?:indefinite|nationwide|wildcat|token|rolling) strikes?|strikes? over (?:pay|wages?|salar\w+|"
                     r"pensions?|conditions|bonuses|contracts?)|(?:workers|employees|staff|unions?|nurses|teachers|"
                     r"doctors|dockers|miners|pilots)\W+(?:\w+\W+){0,4}strik\w*|striking \w*(?:workers|ers|staff))\b", re.I)
# a strike release's grammar: '<N> strikes engaged/destroyed/struck <targets>' (the strikes are the subject)
_STRIKES_ACT = re.compile(r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
                          r"several|multiple)\s+(?:(?:coalition|precision|air|allied)\s+)?(?:air)?strikes?\s+(?:also\s+)?"
                          r"(?:engaged|destroyed|struck|hit|targeted|damaged|suppressed|neutrali[sz]ed|denied)\b", re.I)
_IN_PUBLIC = re.compile(r"\b((?-i:march)\b|march(?:ed|es|ing|ers?)|rall(?:y|ied|ies)|picket\w*|sit-?ins?|demonstrat\w*|protest\w*|gather\w*|"
                        r"block\w*|streets?|occup\w*|chant\w*|placards?|banners?|outside|in front of)\b", re.I)
_SMALL_ARMS = re.compile(r"\b(small arms|(?<!heavy )machine ?guns?|gunfire|firefight|exchange of fire|shots|shootout|"
                         r"exchanged fire|rifles?|sniper|gun ?battle|AK-?47s?|light weapons)\b", re.I)
INTERVENE = re.compile(r"\b(dispers\w*(?!\s+(?:\w+\s+)?(?:peacefully|quietly|calmly|without (?:incident|violence)|voluntarily|"
                       r"on (?:their|its) own|of (?:their|its) own accord))|tear ?gas|teargas\w*|tear-?gass\w*|water cannons?|used force|dragged|"
                       r"(?:arrested|detained|beaten(?: up)?|injured|assaulted) by (?:the )?(?:\w+ )?(?:police|security|officers)|"
                       r"(?:police|officers|security forces) (?:\w+ )?(?:injured|beat|assaulted|manhandled|pushed|attack(?:ed|ing))|"
                       r"tried to (?:control|stop|disperse|contain)|arrests? (?:were |was )?reported|quell\w*|scatter\w*|"
                       r"(?:shot|fired|shooting|firing)(?: \w+){0,3} in(?:to)? the air|warning shots|ejected|confiscat\w*|interfer\w*|"
                       r"stand-?off|rubber bullets?|batons?|baton[- ]charged?|broke up|break up|intervened|pepper spray|lathi|cordoned|"
                       r"rounded up|push(?:ed|ing)? (?:\w+ ){0,3}?back|blocked by|(?:police|officers|security forces|authorities|troops|"
                       r"soldiers|guards|gendarmes?|army)\b[^.;]{0,40}?\b(?:stopped|prevented|removed|barred|evicted|contained)|"  # theirs,
                       r"(?:stopped|prevented|removed|barred|evicted) by (?:the )?(?:\w+ )?(?:police|officers|security|authorities|troops|"
                       r"soldiers|guards))\b", re.I)  # not the crowd's own halt ("the group stopped all work")
_N = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
# arrests of the crowd itself ('police detained 12 protesters', '7 were arrested'), not of the person
# a protest is about ('he was arrested last week'): a count, a crowd noun or the police as the arresters
_CROWD_ARREST = re.compile(r"\b(?:police|officers|security forces|authorities|troops|soldiers)\b[^.;]{0,40}?"
                           r"\b(?:arrest|detain|round)\w*|\b(?:arrest\w*|detain\w*)\s+(?:at least |about |around )?"
                           rf"(?:{_N}|several|some|many|dozens|scores|hundreds|a number|(?:\w+ )?(?:protesters|demonstrators|"
                           r"participants|activists|people|students|them|workers|members))\b|"
                           rf"\b(?:{_N}|several|some|many|dozens|scores|hundreds|(?:protesters|demonstrators|participants|"
                           r"activists|people|students))\s+(?:\w+ ){0,3}?(?:were |are |had been |have been )?(?:arrested|detained)\b|"
                           rf"\b(?:{_N}|several|some|many|multiple) arrests\b|\bmade arrests\b|\barrests were made\b|"
                           r"\b(?:they|who) (?:were|had been|have been) (?:all )?(?:arrested|detained)\b", re.I)
_LETHAL_FORCE = re.compile(r"\b(live (?:ammunition|bullets|rounds|fire)|opened fire|shot dead|killed|"
                           r"killing|fired (?:live|on|at)|shot (?:and|at)|gunned down)\b", re.I)
# live fire on a crowd and its toll, told in the protest's later sentences ("Police responded with live fire. Two wounded")
_LIVE_FIRE_TOLL = re.compile(r"\blive (?:ammunition|bullets|rounds|fire)\b[^.]{0,80}[.;]?[^.]{0,60}?\b(?:wounded|injured|killed|dead)\b", re.I)
_RIOT_CTX = re.compile(r"\b(riot\w*|stones?(?! (?:mines?|quarr\w*|crush\w*|workers?|traders?))|turn(?:ed|s|ing)? (?:violent|chaotic|ugly)|rampage|running battles?|battl(?:ed|ing)|"
                       r"broke into|forcibly|set (?:fire|alight)|pelt\w*|threw|hurl\w*|burn\w*|torch(?:ed|ing)|set (?:\w+ )?(?:ablaze|on fire|fire)|"
                       r"vandali[sz]\w*|barricad\w*|clash\w*|violent\w*(?!\s+(?:dispers\w*|broke|break\w*|crack\w*|suppress\w*|"
                       r"repress\w*|crush\w*|quell\w*|arrest\w*|detain\w*))|stormed|"
                       r"molotov|damag(?:ed|ing|es)|(?:caus\w*|inflict\w*|did|done|extensive|minor|heavy|serious|property) damage|property destruction|smash\w*|attacked|looted|loot\w*|destroy\w*|lit (?:\w+ )?(?:fires?|bonfires?|tyres|tires)|bonfires?|"
                       r"rowdy|chaos|chaotic|unrest)\b", re.I)
_GRIEVANCE = re.compile(r"\b(?:against|protest(?:s|ed)? (?=the |an? )|over|demand\w*|calling for|call for|denounc\w*|condemn\w*|"
                        r"protesting(?! (?:students|workers|residents|youths?|traders|teachers|farmers|drivers|crowds?|people|"
                        r"villagers|miners|nurses|doctors|employees|members|supporters|m[ae]n|women|locals|inmates|prisoners))|"
                        r"following|after|regarding|in connection with|in protest (?:at|of|against)|to protest|"
                        r"in solidarity with|accus\w*|release of|for (?:the )?(?:recovery|replacement|return|repair|"
                        r"restoration|reopening|removal|payment|compensation) of)\b[^,;.]*?(?=[,;.]|\band\b|\bbut\b|\bwhen\b|"
                        r"(?<!is )(?<!was )(?<!were )(?<!been )(?<!are )(?<!a )(?<!an )(?<!the )\b(?:lit|burned|burnt|torched|threw|hurled|pelted|stormed|smashed|"
                        r"vandali[sz]ed|barricaded)\b(?! by)|(?<!who )(?<!which )(?<!that )(?<!claimed )(?<!said )\bw(?:as|ere) (?:\w+ )?(?:fired (?:up)?on|fired at|shot at|"
                        r"beaten|dispersed|rounded up|tear-?gassed)\b|$)", re.I)
# riots told as background ('since the prison riot', 'after riots in the capital') and violence said
# to be absent ('devoid of running battles') are not what happened at this protest
_BACKGROUND = re.compile(r"\b(?:after|following|since|involved in) (?:the |a |an |last )?"
                         r"(?:[\w'-]+ ){0,4}?riots?\b(?! (?:called|broke|erupted|began))|\b(?:devoid of|without|free of|no)\b[^.;,]*", re.I)
# what police wear and crowds burn as a sign, not violence: "riot police", "burned flags and effigies"
_RIOT_GEAR = re.compile(r"\b(?:anti-)?riot[- ](?:police\w*|squads?|units?|gear|shields?|control|officers?|troops|forces|vans?|trucks?|helmets?)\b", re.I)
_SYMBOLIC = re.compile(r"\b(?:burn\w*|torch\w*|set (?:fire|alight)(?: to)?)\s+(?:\w+\s+){0,2}?(?:flags?|effig\w*|"
                       r"portraits?|pictures?|photos?|posters?|banners?|copies|candles?|cards?|ballots?|coffins?|"
                       r"images?|headscarf|headscarves|hijabs?|veils?|placards?|documents?|certificates?|passports?)\b", re.I)


def _acts(text: str) -> str:
    """``text`` with riot gear named as police and symbolic burnings set aside."""
    return _SYMBOLIC.sub(" ", _RIOT_GEAR.sub("police", text))


# a crowd's reaction to a deed told after it: "..., prompting angry residents to block roads"
_AFTERMATH = re.compile(r"\b(?:prompting|sparking|triggering|provoking|leading|causing)\b[^.;]{0,40}?\b(?:protests?|residents|"
                        r"demonstrat\w*|crowds?|youths|angry|anger|outrage)\b", re.I)
_RIOT_WORD = re.compile(r"\b(?:riot\w*|stone\w*|pelt\w*|barricad\w*|mob|lynch\w*|vigilante\w*)", re.I)
_DEMO = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|riot\w*|strike|sit-in|"
                   r"picket\w*|boycott\w*|gather\w*|procession|police lines|police cordons?|riot police)\b", re.I)
# weapons or bombers stopped before use; goods taken where no one was hurt
_FOILED = re.compile(r"\b(?:defus\w*|intercept\w*|dismantl\w*|safely (?:detonat|explod)\w*|found and \w+|foil\w*|"
                     r"thwart\w*|before (?:he|she|they|it) could|would-be)\b", re.I)
# munitions brought down in flight: air defence at work ("shot down 14 unmanned aerial vehicles over Belgorod region")
_DOWNED = re.compile(rf"\b(?:shot|shoots?|brought)\s+down\s+(?:[\w-]+\s+){{0,3}}?(?:{MUNITIONS_IN_FLIGHT})\b|\b(?:{MUNITIONS_IN_FLIGHT})\b"
                     r"[^.;:]{0,60}?\b(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:shot down|brought down|downed|intercepted|"
                     r"destroyed(?=[^.;]{0,80}?\bover\b))\b", re.I)  # ("17 drones were destroyed: eight over X region")
_GOODS_TAKEN = re.compile(r"\b(?:made off with|stole|stolen|looted|drove off|carted away|took away)\b[^.;]{0,60}?\b(?:cattle|"
                          r"livestock|cows|goats|camels|sheep|goods|property|food|grain|animals)\b", re.I)
_NO_HARM = re.compile(r"\bno (?:casualties|injuries|deaths|fatalities)\b|\bno one was (?:hurt|injured|killed)\b|\bwithout (?:casualties|injuries)\b", re.I)
# a crowd gathered peacefully or to demand something, named without a protest word
_GATHERED = re.compile(r"\b(?:gathered|assembled|massed|congregated)\b(?=[^.;]{0,60}?\b(?:peaceful\w*|unarmed|to demand|"
                       r"demanding|to protest|protesting|calling for))|\b(?:unarmed|peaceful)\s+(?:\w+\s+){0,3}?(?:gathered|"
                       r"assembled|crowds?|gatherings?|marchers|supporters)\b|\b(?:gathered|assembled)\s+(?:peacefully|unarmed)\b",
                       re.I)
_DEMANDS = re.compile(r"\b(?:demanding|denouncing|chanting|in protest)\b", re.I)
# a politician's or party's followers are demonstrators, whatever they do ("PTI supporters stormed ...")
_FOLLOWERS = re.compile(r"\b(?i:supporters) of (?:the )?(?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+|\b[A-Z][\w'-]*[A-Z][\w'-]* supporters\b")
# what a crowd does damage for: a demand or a grievance voiced ("burned tyres to demand power")
_PROTEST_PURPOSE = re.compile(r"\b(?:to (?:demand|reject|denounce|protest|press for|call for|oppose)|demanding|denouncing|"
                              r"in protest|protesting|rejecting)\b", re.I)
_STONING = re.compile(r"\b(?:ston(?:e|es|ed|ing)|pelt\w*|hurl\w*|threw|throwing|clash\w*|attacked|assaulted)\b", re.I)
_STATE_TARGET = re.compile(r"\b(police\w*|officers?|security forces|soldiers|troops|government (?:offices?|buildings?)|"
                           r"tear ?gas|anti-riot)\b", re.I)
_CROWD_FIGHT = re.compile(r"\b(clash\w*|fought|attacked|beat|stabbed|injured|killed|roughed up)\b", re.I)
_MOB_CTX = re.compile(r"\b(mob|lynch\w*|mob justice|(?:angry|angered|irate) (?:residents|villagers|crowd|group)|"
                      r"by an? (?:angry |irate )?crowd|irate|vigilante\w*|beat(?:en)? to death|"
                      r"set ablaze (?:a|the) (?:suspect|man|woman)|suspected (?:thief|thieves|robbers?|witch))\b", re.I)
# two crowds against each other, or a crowd against a party's rally or convoy: ACLED's mob violence
_TWO_CROWDS = re.compile(r"\b(?:at|against|with) each other\b|\b(?:rival|opposing) (?:supporters|groups|factions|camps|crowds)\b|"
                         r"\bsupporters of (?:the )?(?:two|rival|both|[A-Z][\w-]+ and (?:the )?[A-Z][\w-]+)\b|"
                         r"\b[A-Z][\w-]+ and [A-Z][\w-]+ (?:supporters|youths|members) (?:clash\w*|fought|threw)\b|"
                         r"\b(?:stones?|stoned|pelted|attacked|heckled?)\b[^.]{0,40}\b(?:rally|convoy|motorcade|campaign team)\b|"
                         r"\bclash\w* with (?:those|supporters|members|followers) of\b|\bfactions\b[^.]{0,40}\bclash\w*|"
                         r"\b(?:two|rival) groups of \w+[^.]{0,30}\bclash\w*")
_BASE = re.compile(r"^(?=.*\b(?:establish\w*|set(?:ting)? up|open(?:ed|s|ing)?|buil[dt]\w*|install\w*|erect\w*|commission\w*|"
                   r"construct\w*|inaugurat\w*|mov(?:ed|es|ing) (?:its|their|his) \w* ?headquarters|relocat\w*)\b)"
                   r"(?=.*\b(?:base|headquarters|camp|outpost|checkpoints?|roadblocks?|observation (?:point|post)|forts?|garrisons?|"
                   r"quarters|(?:new|police|military|army|security|border|forward) posts?|command (?:centre|center|post))\b)", re.I | re.S)
_BATTLE = "battle"
_ARMED_KINDS = {"state", "international", "rebel", "militia", "unidentified", "ethnic"}
_ARMY = re.compile(r"\b(?:forces|troops|army|military|soldiers|militants|fighters|insurgents|jihadists|"
                   r"guerrillas?|armed|weapons|firing|shot|shooting|mortars?|artillery|killed)\b", re.I)
_BRAWLERS = re.compile(r"\b(?:supporters|part(?:y|ies)|groups?|police|students|residents|villagers|youths?|traders|"
                       r"operators|drivers|prisoners|inmates|refugees|journalists|lawmakers|MPs|workers|citizens|"
                       r"people|crowd|mob|fans|activists|squatters|locals|fishermen)\b", re.I)
_KIN = re.compile(r"\b(?:clans?|tribes?|tribesmen|tribal|ethnic|communit(?:y|ies)|communal|herders|pastoralists)\b", re.I)
_NAMED_SIDES = re.compile(r"\bbetween (?:the )?[A-Z][\w-]+ (?:\w+ )?and (?:the )?[A-Z]|\b[A-Z][\w-]+ (?:\w+ )?clash(?:ed)? with (?:the )?[A-Z][\w-]+")
_VIOLENT = {"STRIKE", "RAID", "SHELL", "BLAST", "ATTACK", "KILL", "HIT", "FIRE", "HURT", "DIE", "DESTROY", "SHOOT", "ENGAGE", "CLASH", "XFIRE", "AIR"}


def _kind(actor: ActorName | None) -> str | None:
    return actor.kind if actor else None


def protest_type(cues: set[str], text: str) -> str:
    """The protest or riot sub-type a text (its trigger sentence) describes. What a protest is about ('against the
    arrest of ...', 'demanding the release of ...') is not what happened at it: grievance clauses are set aside first."""
    demo = bool(_DEMO.search(text) or _DEMANDS.search(text)
                or _FOLLOWERS.search(text) and not _CROWD_FIGHT.search(text))  # followers against people: a mob
    told = _BACKGROUND.sub(" ", _acts(text))
    text = _GRIEVANCE.sub(" ", _BACKGROUND.sub(" ", _acts(text)))  # "after the protests and riots in ...": all background
    if "MOB" in cues or _MOB_CTX.search(text) or _TWO_CROWDS.search(text):
        return "Mob violence"
    if "RIOT" in cues and _RIOT_WORD.search(told) or _RIOT_CTX.search(text):
        if not demo and not _STATE_TARGET.search(text) and (_CROWD_FIGHT.search(text) or cues & {"KILL", "DIE", "HURT", "ATTACK"}):
            return "Mob violence"  # rioters against other people, not against police or property
        if not demo and _STONING.search(text):
            return "Mob violence"  # stones thrown with no protest, rally or riot named: a mob, not demonstrators
        return "Violent demonstration"
    if _LETHAL_FORCE.search(text) and (cues & {"KILL", "SHOOT", "DIE", "HURT", "FIRE"} or _LIVE_FIRE_TOLL.search(text)):
        return "Excessive force against protesters"
    if INTERVENE.search(text) or _CROWD_ARREST.search(text):
        return "Protest with intervention"
    return "Peaceful protest"


# who an attack was aimed at: armed people or their posts make it a battle, not violence against civilians
_ARMED_OBJECT = (r"(?:police|military|army|security|border|paramilitary|gendarmerie|militia|rebel)\s+"
                 r"(?:post|station|camp|base|checkpoint|check ?point|patrol|convoy|position|outpost|barracks|"
                 r"vehicle|officers?|personnel|forces|units?|troops|guards?)s?|checkpoints?|check points?|barracks|"
                 r"outposts?|(?:soldiers|troops|policem[ae]n|police officers|gendarmes|rangers|fighters|militants|"
                 r"positions|forces|brigades?|battalions?|headquarters|HQs?)\b")
_ARMED_TARGET = re.compile(r"\b(?:attack\w*|ambush\w*|raid\w*|storm\w*|assault\w*|overr\w+|fired (?:up)?on|"
                           r"opened fire (?:on|at)|shot at)\s+(?:on |at |against )?(?:a |an |the |two |three |several |"
                           rf"some )?(?!by )(?:\w+ ){{0,2}}?(?:{_ARMED_OBJECT}|police\b)", re.I)
# both sides shooting: attackers repelled, fire returned, fire 'in both directions', small-arms exchanges
_TWO_SIDED = re.compile(r"\b(?:repel\w*|repuls\w*|pushed back|fought off|beat back|returned (?:the )?fire|fired back|shot back|"
                        r"responded with (?:gun)?fire|retaliated|in both directions|small[- ]arms(?: fire)?|bursts of fire|"
                        r"counter-?attack\w*|thwart\w*|foil\w*)\b", re.I)
_TWO_WAY = re.compile(r"\bin both directions\b|\bexchang\w* (?:of )?(?:\w+ )?(?:fire|artillery|mortars?|rockets?|shell\w*)\b|"
                      r"\b(?:shelling|fire|artillery|mortar|rocket) exchanges?\b|\bclash\w*|\bfighting\b|\bfought\b|\bfire-?fights?\b|"
                      r"\bgun ?battles?\b|\bfired back\b|\breturned (?:the )?fire\b|\bresponded to (?:the |their )?(?:[\w-]+ )?(?:fire|shelling|attack)\b", re.I)  # both fired
_DEAD = re.compile(r"\b(?:killed|dead|death|corpse|bod(?:y|ies)|beheaded|murdered|executed|died)\b", re.I)
_UNARMED_VICTIM = re.compile(r"\boff[- ]duty\b|\bretired (?:police|army|military|soldier|officer)", re.I)
_CIVIL_TARGET = re.compile(r"\b(?:civilians?|villagers|residents|passengers|worshippers|pedestrians|herd(?:er|s)m[ae]n|"
                           r"herders|farmers|women|children|famil(?:y|ies)|traders|motorists|travell?ers)\b", re.I)
_CIVIL_OBJECT = re.compile(r"\b(?:kill\w*|attack\w*|shot(?: dead)?|shoot\w*|murder\w*|hack\w*|beat|beaten|beating|target\w*|"
                           r"massacr\w*|execut\w*|behead\w*|assassinat\w*)\s+(?:and \w+ )?(?:a |an |the |two |three |four |five |\d+ |"
                           r"several |some |dozens of )?(?:\w+ ){0,2}?(?:civilians?|villagers?|village|herds?m[ae]n|herders?|herd ?boys|"
                           r"labou?rers|businessm[ae]n|traders?|farmers?|passengers|women|children|teachers?|residents|worshippers|"
                           r"family|families|journalists?|pedestrians|motorists|pastors?|priests?|imams?|clerics?|IDPs|refugees|"
                           r"migrants|displaced people|(?:wo)?m[ae]n|boys?|girls?|persons?|individuals?)\b", re.I)
_COMMUNAL = re.compile(r"\b(?:ethnic|clan|tribal|inter-?communal|inter-?clan|inter-?tribal|inter-?ethnic|communal)\s+"
                       r"(?:clash\w*|fight\w*|violence|conflict|feud\w*|battles?|skirmish\w*)", re.I)
_CROWD = (r"(?:villagers|residents|locals|local people|inhabitants|neighbou?rs|youths?|students|supporters|(?:a |an )?(?:angry |irate )?"
          r"(?:group|crowd|mob|gang|mass) of (?:[\w-]+ ){0,2}?(?:people|residents|villagers|youths|men|locals|citizens|"
          r"vigilantes|protectors)|mob|crowd|"
          r"(?:[\w'’]+ )?(?:relatives|kin|kinsmen|family members|in-laws)|"
          r"members of the public|community members|neighbou?rs|passers-by|fishermen|motorists|traders|churchgoers|"
          r"worshippers|party (?:members|activists|workers|cadres)|(?:migrant |factory )?workers|"
          r"shopkeepers|vendors|sellers|mourners|fans|inmates|prisoners|young men|people)")
_CROWD_VIOLENCE = re.compile(
    rf"\b{_CROWD}\s+(?:\w+ ){{0,3}}?(?:[^.;:]{{0,45}}?\)\s+)?(?:attacked|assaulted|beat|lynched|stoned|clashed|fought|hacked|thrashed|"
    rf"set \w+ (?:ablaze|on fire)|pelted|(?:tried|attempted) to lynch|killed (?:\w+ ){{1,3}}?by (?:setting|burning|beating|stoning))\b|"
    rf"\b(?:beaten|lynched|stoned|assaulted|thrashed|set ablaze|set on fire|burnt|burned|hacked|attacked|killed)"
    rf"(?: to death)? (?:\w+ ){{0,4}}?by (?:a |an |the )?(?:angry |irate |enraged |furious |rival )?{_CROWD}\b|"
    rf"\b{_CROWD}\b[^.;]{{0,140}}?\b(?:beat them|lynched|stoned|burn(?:ed|t) (?:\w+ )?alive)\b|"  # a crowd's deed told late
    rf"\b(?:two|rival) groups (?:of|from) (?:\w+ ){{0,2}}?(?:students|supporters|youths|residents|villagers|churchgoers|"
    rf"worshippers|traders|members|people|communit(?:y|ies)|famil(?:y|ies)|villages)\b|"
    rf"\b(?:clash\w*|fight(?:ing)?|scuffle\w*) (?:\w+ )?between (?:the )?(?:\w+ ){{0,2}}?(?:police|{_CROWD}) and "
    rf"(?:the )?(?:\w+ ){{0,2}}?(?:police|{_CROWD})\b", re.I)
_GUNS = re.compile(r"\b(?:gunmen|armed (?:men|group|gang)|militia\w*|militants?|rebels?|bandits|fighters|"
                   r"raiders|guns?|firearms?|shot (?:dead|in|and)|gunshots?|gunfire|rifles?|pistols?|sect|cartel|gangs?)\b", re.I)


# what a crowd does that makes its protest a riot (not what police do to it: "violently dispersed")
_CROWD_ACTS = re.compile(r"\b(?:barricad\w*|(?:threw|throwing|hurl\w*|pelt\w*) (?:\w+ ){0,3}?(?:stones?|rocks|bottles|"
                         r"petrol bombs|molotov\w*|projectiles|bricks)|stoned|torch(?:ed|ing)|loot\w*|vandali[sz]\w*|"
                         r"set (?:\w+ ){0,3}?(?:ablaze|on fire|alight)|lit (?:\w+ )?(?:fires?|bonfires?)|bonfires|burn(?:ed|t|ing) "
                         r"(?:\w+ ){0,2}?(?:tyres|tires|cars?|vehicles?|buildings?|shops?|offices?|stations?)|rioters?|rioted|"
                         r"break into|broke into|smash(?:ed|ing))\b", re.I)


def crowd_turned_violent(text: str) -> bool:
    """The demonstrators rioted (barricades, stones, arson, looting): police force against them is their riot's."""
    return bool(_CROWD_ACTS.search(_BACKGROUND.sub(" ", text)))


def mob_violence(text: str) -> bool:
    """An unorganised crowd (villagers, residents, students, supporters) doing the violence itself ('villagers beat the
    suspect', 'lynched by a mob', 'two groups of students clashed'), with no armed group or gunfire in the sentence."""
    return bool(_CROWD_VIOLENCE.search(text)) and not _GUNS.search(text)


def _crowd(text: str) -> str:
    """A crowd's violence: demonstrators' when a protest, riot or demand is named, else a mob's."""
    return "Violent demonstration" if _DEMO.search(text) or _DEMANDS.search(text) else "Mob violence"


_SHOOTOUT = re.compile(r"\b(?:shoot-?outs?|gun ?fights?|gun ?battles?|fire-?fights?|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|attack"
                       r"(?:ed|s)? (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple) times|attacked (?:twice|"
                       r"thrice)|(?:assault|offensive|attack) actions?)\b", re.I)  # (a front's assaults counted)


_CIVILIANS_TRAVELLING = (r"(?:bus|buses|minibus|matatu|passengers?|civilians?|travell?ers|motorists|traders|villagers|youths|farmers|"
                         r"(?:a |an |the )?(?:\w+ )?drivers?|aid workers?|herders|herdsmen|fishermen|women|children|worshippers)")
_CIVIL_AMBUSH = re.compile(rf"\bambush\w*\s+(?:on\s+)?(?:a |an |the |two |three |several )?(?:\w+\s+){{0,3}}?{_CIVILIANS_TRAVELLING}\b|"
                           rf"\b{_CIVILIANS_TRAVELLING}\b(?:\s+[\w-]+){{0,4}}?\s+(?:was|were|had been)\s+ambushed\b", re.I)


def _violence_type(cues: set[str], text: str, a1: ActorName | None, a2: ActorName | None,
                   armed_victims: bool) -> str:
    if "SEXUAL" in cues:
        return "Sexual violence"
    if "ABDUCT" in cues and not cues & {"KILL", "DIE", "CLASH", "XFIRE"} and not _DEAD.search(text):
        return "Abduction/forced disappearance"  # a kidnapping that ended in a killing is coded as the killing
    if _UNARMED_VICTIM.search(text):
        return "Attack"  # an off-duty or retired officer is attacked as a civilian
    if _CIVIL_AMBUSH.search(text) and not armed_victims:
        return "Attack"  # an ambush of a bus, travellers or an aid driver: civilians, not a fight
    if _SHOOTOUT.search(text) and _kind(a1) not in ("civilians", "protesters", "rioters"):
        return "Armed clash"  # a shoot-out, a gun battle: both sides fired
    if mob_violence(text) and not {_kind(a1), _kind(a2)} & NON_STATE_ARMED:
        return _crowd(text)  # a named militia's youths fighting are the militia, not a mob
    if "CLASH" in cues and _BRAWLERS.search(text) and not _GUNS.search(text) and not _ARMY.search(text) \
            and not _KIN.search(text) and not _NAMED_SIDES.search(text) and not {_kind(a1), _kind(a2)} & NON_STATE_ARMED:
        return _crowd(text)  # a brawl of parties, groups or a crowd with police: no armed side in it
    if "CLASH" in cues and crowd_against_forces(text) and not _GUNS.search(text) and not armed_victims:
        return _crowd(text)  # "clashes erupted between residents and police": rioters, not a battle
    if armed_victims and _kind(a1) not in ("civilians", "protesters", "rioters"):
        return "Armed clash"  # the dead or wounded were soldiers, police or fighters
    if _kind(a1) not in ("civilians", "protesters", "rioters") and (_ARMED_TARGET.search(text) or (
            _TWO_SIDED.search(text) and _kind(a2) not in ("civilians", "protesters"))):
        return "Armed clash"  # an attack on a post or patrol, or one that met return fire
    if not cues & {"CLASH", "XFIRE", "ENGAGE"} and _CIVIL_OBJECT.search(_GRIEVANCE.sub(" ", text)):
        return "Attack"  # the violence was done to civilians named as its object
    if _COMMUNAL.search(text) and not _CIVIL_TARGET.search(text):
        return "Armed clash"  # ethnic or clan militias fighting each other
    if _kind(a2) in _ARMED_KINDS and (a1 is None or _kind(a1) in _ARMED_KINDS):
        return "Armed clash"
    if cues & {"CLASH", "XFIRE", "ENGAGE"} and _kind(a2) not in ("civilians", "protesters"):
        return "Armed clash"
    if "CLASH" in cues and _kind(a1) not in ("civilians", "protesters", "rioters") and not cues & {"ABDUCT", "SEXUAL"}:
        return "Armed clash"  # 'three men were killed in clashes between two clans': the dead are not its targets
    return "Attack"


# a vehicle that hit a mine: the explosive is the weapon, not the thing struck
_RAN_OVER = re.compile(r"\b(?:vehicles?|cars?|trucks?|bus|buses|convoy|patrol|pick-?ups?|tractors?|minibus)\s+(?:[\w,-]+\s+){0,8}?"
                       r"(?:struck|hit|ran over|drove over|triggered|detonated)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?"
                       r"(?:explosive devices?|(?:land)?mines?|IEDs?|roadside bombs?|bombs?)\b", re.I)


def _explosion(cues: set[str], text: str, trigger: int, a1: ActorName | None) -> str | None:
    """The explosion sub-type from the weapon named, or None for no weapon / a gun battle."""
    if _RAN_OVER.search(text):
        return IED
    struck = bool(re.match(r"(?:struck|strik\w*|hit\w*|target\w*|destroy\w*|attack\w*)\b", text[trigger:], re.I))
    weapon = instrument_for(text, trigger, struck)
    if weapon is None:
        if "STRIKE" in cues and cues & {"STRIKE", "RAID", "HIT", "DESTROY"} and a1 is not None and a1.air:
            return AIR
        if "SHELL" in cues:
            return SHELL
        if "BLAST" in cues and _kind(a1) in STATE_KINDS and re.search(r"\bbombed\b", text, re.I):
            return AIR  # "the army bombed militant bases": a state bombs from the air
        if "BLAST" in cues and not cues & {"STRIKE", "AIR", "FIRE", "SHOOT"}:  # "rebels blew up a pipeline": an explosion
            return "Looting/property destruction" if homes_blown(text) and not cues & {"KILL", "DIE", "HURT"} else IED
        return None
    if weapon in (SUICIDE, CHEM, AIR, IED):
        return weapon
    if weapon == GRENADE:
        return GRENADE
    if _SMALL_ARMS.search(text) and "SHELL" not in cues:
        return _BATTLE  # heavy weapons used alongside small arms: a battle, not a shelling
    return SHELL


def classify(cues: set[str], text: str, a1: ActorName | None, a2: ActorName | None,
             trigger: int = 0, armed_victims: bool = False) -> str | None:
    """The sub-event type for an event whose sentence ``text`` shows ``cues`` (trigger at char ``trigger`` of ``text``;
    ``armed_victims``: those killed or hurt were armed personnel); None when nothing fits."""
    protest_ctx = (bool(cues & {"PROTEST", "RIOT", "MOB"}) or _kind(a1) in ("protesters", "rioters")) and not (
        _kind(a1) in NON_STATE_ARMED and cues & {"KILL", "SHOOT", "ABDUCT"} and _AFTERMATH.search(text))  # "rebels killed nine, prompting ..."
    if not protest_ctx and (cues & {"KILL", "SHOOT", "FIRE", "HURT", "ATTACK"} and (_GATHERED.search(text) or _kind(a1) in STATE_KINDS
                            and crowd_gathered(text)) or "ARREST" in cues and arrested_gathering(text)):  # "detained 14 who laid flowers"
        cues, protest_ctx = cues | {"PROTEST"}, True  # "opened fire on unarmed women gathered to demand ..."
    if "STRIKE" in cues and _LABOUR.search(text):  # a labour strike: a protest only when the strikers
        cues = cues - {"STRIKE"}                    # act in public; one that only halts work is no event
        if _IN_PUBLIC.search(text):
            cues, protest_ctx = cues | {"PROTEST"}, True
        elif not cues:
            return None
    violent = bool(cues & _VIOLENT)
    if cues & {"GRAVE", "COUP"}:
        return "Other"  # graves found: the news is the finding, the killings are its past; a coup
    if ("DISRUPT" in cues and _FOILED.search(text) or _DOWNED.search(text)) and not cues & {"KILL", "DIE", "HURT"}:
        return strategic(cues | {"DISRUPT"}, text, a1)  # "arrested a would-be bomber before he could detonate", "rockets found"
    if cues & {"RAID", "ATTACK", "LOOT"} and _GOODS_TAKEN.search(text) and _NO_HARM.search(text):
        return "Looting/property destruction"  # "raided a cattle camp and made off with 300 head; no casualties"
    if "AGREE" in cues and not cues & {"TERR", "HANDOVER", "PROTEST"} and agreement_told(text):
        return "Agreement"  # "a truce agreed after a week of clashes" (a place handed over under one: a transfer)
    if "ARREST" in cues and not cues & (_VIOLENT - {"RAID"} | {"ABDUCT"}) and not protest_ctx:
        return _other(cues - {"RAID"}, text, a1)  # "five suspects detained in a raid": the arrests are the news
    if "STRIKE" in cues and _STRIKES_ACT.search(text):
        return AIR  # 'two strikes engaged an ISIS tactical unit': whatever the strikes hit, they are air strikes
    if violent and not protest_ctx and chemical_agent(text):
        return CHEM  # a toxic agent named as what was fired or dropped, whatever carried it
    if cues & {"TERR", "SEIZE"} and not protest_ctx and CONTROL_TAKEN.search(text):
        return territory(text, a1)  # ACLED: a place that changed hands is territory, whatever fighting it took
    if violent:
        boom = _explosion(cues, text, trigger, a1)
        if boom == SHELL and _TWO_WAY.search(text):
            boom = _BATTLE  # heavy weapons fired by both sides, or answered: a battle, not a one-sided shelling
        if boom == _BATTLE:
            boom = None if protest_ctx or _kind(a2) in ("civilians", "protesters") else "Armed clash"
        if boom in (SUICIDE, CHEM, AIR) or boom and (not protest_ctx or boom in (GRENADE, IED) and thrown_among_crowd(text)):
            return boom
    if protest_ctx:
        return protest_type(cues, text)
    if cues & {"BURN", "LOOT", "DESTROY"} and not violent and _kind(a1) not in NON_STATE_ARMED | STATE_KINDS \
            and _PROTEST_PURPOSE.search(text):
        return "Violent demonstration"  # "residents burned tyres to demand power": ACLED's violent demonstration
    if cues & {"BURN", "LOOT"} and not violent and _kind(a1) not in NON_STATE_ARMED | STATE_KINDS \
            and (riot := crowd_deed(text[:trigger + 40], text)):
        return riot  # "angry villagers torched the houses of two men accused of ...": a crowd's violence
    if cues & {"TERR", "HANDOVER"} and not cues & {"KILL", "DIE"}:
        return territory(text, a1) if "HANDOVER" not in cues or "SEIZE" not in cues else \
            "Non-state actor overtakes territory" if _kind(a1) not in STATE_KINDS else "Government regains territory"
    if "DISRUPT" in cues:
        return strategic(cues, text, a1)  # weapons disrupted, or goods seized
    if "STRIKE" in cues and violent and re.search(r"\bstrikes?\b", text, re.I) and not cues & {"SHOOT", "CLASH"} \
            or "RAID" in cues and raids_launched(text):
        return AIR  # a bare military 'strike' is an air strike by default; so are raids counted on districts
    if cues & {"SEXUAL", "ABDUCT", "CLASH", "XFIRE", "ATTACK", "KILL", "SHOOT", "ENGAGE", "DIE", "HURT", "FIRE", "RAID"}:
        return _violence_type(cues, text, a1, a2, armed_victims)
    return _other(cues, text, a1)


def _other(cues: set[str], text: str, a1: ActorName | None) -> str | None:
    if found := strategic(cues, text, a1):
        return found
    if "ARREST" in cues:
        return None if ordinary_crime(text) else "Arrests"
    if cues & {"LOOT", "BURN", "DESTROY"}:
        return "Looting/property destruction"
    if "AGREE" in cues:
        return None if agreement_failed(text) else "Agreement"
    if "BASE" in cues and _BASE.search(text):
        return "Headquarters or base established"
    if "CHANGE" in cues:
        return "Change to group/activity"
    return None
