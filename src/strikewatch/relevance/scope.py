"""Scope rules a coder applies that the model alone misses: ordinary crime, accidents,
disasters and disease are out.

ACLED codes political violence; a police and court story about an ordinary crime is out of
scope even when it tells a shooting, and so is a crash, a house fire, a flood or an outbreak
with its death toll. A report reads as such a story when it uses that story's vocabulary
(criminal justice: charges, arraignment, bond, sheriff's deputies, a jury, drugs, robbery;
accidents and disasters: a crash, firefighters, a blaze, a flood, an outbreak, infections: at
least ``MIN_CUES`` different words of one kind; in a brief of ``BRIEF_CHARS``, one word only a police
blotter uses: a street block, a handgun, the sheriff, a death investigated, a fired worker) and names no actor that makes violence
political: no armed group, militia, foreign or state military, protesters or rioters (police,
civilians and unidentified individuals do not count), and tells no protest (a nurses' protest
over masks is in scope). An accident or outbreak story also tells no deed (an attack, a murder,
an ambush: two such words make its deaths deliberate). The relevance stage applies the rules
only to reports whose best sentence is not plainly about conflict.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .debunks import MONTHS

MIN_CUES = 2
BRIEF_CHARS = 600  # a brief names its crime story's words once
_CRIME = re.compile(
    r"\b(?:(?:was|were|been|being|is|are) charged|charged with|faces? (?:\w+ )?charges?|on (?:\w+ )?charges? of|"
    r"arraign\w*|indict\w*|plead(?:ed|s)? (?:guilty|not guilty|no contest)|convicted|sentenced|jail\w*|"
    r"bond|bail|felon\w*|misdemeanou?r|sheriff\w*|deput(?:y|ies)|dui|dwi|warrants?|probation|parole|homicide|"
    r"burglar\w*|robber(?:y|ies)|robbed|theft|thieves|stolen|shoplift\w*|drugs?|narcotics|meth(?:amphetamine)?|"
    r"cocaine|heroin|marijuana|district attorney|prosecutors?|complaint said|court records|jury|jurors|"
    r"detectives?|crime ?stoppers|police report|domestic (?:violence|dispute)|manslaughter|murder charges?|"
    # the investigation of a single crime: who did it, why, and what the coroner found
    r"(?:police|detectives|deputies|officers) (?:are|were) investigating|under investigation|investigators|"
    r"medical examiner|coroner\w*|inquest|autopsy|motive|altercation|suspects?|assailant|swat|"
    r"pronounced dead|gunshot wounds?|(?:the|a) victim|no arrests?|remand(?:ed)?|the accused|(?:police|judicial) custody|"
    # a private motive: a quarrel, a former partner, a feud, a fare
    r"(?:ex-|former |estranged )(?:boyfriend|girlfriend|husband|wife|partner|lover)|personal (?:dispute|grudge|enmity)|"
    r"(?:an? )?(?:argument|quarrel|row|altercation) (?:with|over) (?:a|an|his|her|the|their)|road rage|"
    r"jealous\w*|family (?:feud|dispute)|heist|jewell?e?ry (?:store|shop|showroom|boutique))\b",
    re.IGNORECASE)
# what only a police blotter says (an address by its block, a handgun, the sheriff, a death investigated,
# a fired worker's shooting at the office): one such word is enough in a brief
_BLOTTER = re.compile(
    r"\b(?:\d+ block of|(?:pellet|bb|air) (?:gun|rifle)|handguns?|sheriff\w*|homicide|arraign\w*|pronounced dead|"
    r"investigat\w* (?:the|his|her|a) (?:death|shooting|killing|stabbing)|"
    r"found (?:fatally shot|shot (?:dead|to death)|stabbed(?: to death)?|beaten to death)|"
    # a trial, a robbery, a criminal network
    r"(?:went|go|goes|stood|stand|stands|is|are|was|were) on trial|the prosecution|told the court|the court heard|"
    r"the jury|bank robber\w*|armed robbery|tried to rob|hold-?up|criminal (?:networks?|gangs?|organi[sz]ations?)|"
    r"organi[sz]ed crime|mafia|extortion racket|"
    # a workplace shooting: a worker who was fired or suspended turns on colleagues
    r"co-?workers?|(?:former|fired|sacked|suspended|disgruntled|laid-off) (?:\w+ )?(?:employee|worker|staffer)s?|"
    r"(?:was|been|had been) (?:fired|sacked|suspended|laid off) (?:from (?:his|her) job|last week|earlier)|"
    r"let go from (?:his|her) job|office (?:christmas |holiday )?party|"
    # a private quarrel: a neighbours' or a debt dispute, a row over a bill, a street or bar fight, a cash-van heist
    r"(?:hedge|parking|neighbou?r(?:ly|s'?)?|family|domestic|love|money|debt|noise|fence|inheritance|dowry|"
    r"business|drinking) (?:dispute|row|quarrel|feud|argument|spat)|(?:row|quarrel|argument|spat|brawl|altercation) "
    r"(?:over|about) (?:an? |the |his |her )?(?:unpaid|bill|tab|debt|money|fare|parking|drinks?|cigarettes?|phone|"
    r"music|noise)|(?:street|bar|pub|nightclub|club|school|"
    r"playground) (?:fight|brawl|scuffle)s?|cash[- ]in[- ]transit|cash vans?|security vans?)\b", re.IGNORECASE)
_MISHAP = re.compile(
    r"\b(?:crash(?:ed|es)?|collisions?|collided|wreck(?:ed|age)?|rollover|accidents?|accidental\w*|drown\w*|"
    r"fire ?fighters?|fire (?:department|chief|crews?|rescue|officials|marshal)|blazes?|brush ?fires?|wildfires?|"
    r"burn ban|smoke alarm|earthquakes?|quakes?|floods?|flooding|floodwaters|storms?|tornado\w*|hurricanes?|"
    r"landslides?|mudslides?|drought|outbreaks?|virus\w*|flu|influenza|h5n1|h1n1|infect\w*|vaccin\w*|epidemic|"
    r"pandemic|diseases?|cholera|ebola|measles|malaria|health ministry|ministry of health|poison\w*|recall(?:ed|s)?|"
    r"culled|culling|patients?|stampedes?|crush|plung(?:e|es|ed|ing)|ravines?|gorges?|overturn\w*|lost control|"
    r"bush ?fires?|forest fires?|rock ?falls?|cave-?ins?|caved? in|collaps\w*|methane|firedamp|ventilation|rescue workers|rescuers|"
    r"tremors?|seismic|heat ?waves?|lightning|firestorms?|fire (?:season|service)s?|avalanches?|cyclones?|typhoons?|tsunami|volcan\w*|"
    r"erupt(?:ed|ion|ions|s)|lava|ash ?fall|disaster (?:agency|management|authority)|training (?:flight|mission|sortie)|"
    r"(?:came|went) down|crash-landed|poor visibility|bad weather|(?:technical|mechanical) (?:fault|failure|problem)s?)\b", re.IGNORECASE)
_PROTEST = re.compile(r"\b(?:protest\w*|demonstrat(?:ed|ion|ions|ors?|ing)|rall(?:y|ies|ied)|marched|sit-?ins?|"
                      r"picket\w*|walk-?outs?|riot\w*)\b", re.IGNORECASE)
_POLITICAL_KINDS = frozenset({"rebel", "militia", "international", "protesters", "rioters"})
# An unidentified actor named as a group (gunmen, bandits, a gang) is organised violence, which
# ACLED codes, and so is a mob's (mob violence); a lone gunman, a suspect or an assailant is a crime
# story's culprit.
ROBBERY_ARTICLE_CHARS = 700  # an article this long about a gang that robbed or stole, and killed nobody, is crime news
_PROPERTY = re.compile(r"\b(?:robbed|robbery|robberies|heist|stole|stolen|burglar\w*|theft|smash-and-grab)\b", re.I)
_ORGANISED = re.compile(r"\b(?:gunmen|armed men|bandits|gangs?|gangsters|cartels?|militants|fighters|insurgents|"
                        r"jihadists|terrorists|extremists|vigilantes|kidnappers|pirates|raiders|rustlers|"
                        r"cattle raids?|mobs?|lynch\w*)\b", re.IGNORECASE)


# what a named force does in a sentence that makes it an actor of violence there, and what a force called
# only "soldiers", "the army" or "a crowd" does in a disaster or crime story instead
_VIOLENT_DEED = re.compile(r"\b(?:attack\w*|clash\w*|fought|fighting|fire[ds]? (?:on|at|into)|opened fire|shot|shoot\w*|"
                           r"kill\w*|bomb\w*|shell\w*|strikes?|struck|raid\w*|ambush\w*|storm\w*|abduct\w*|kidnap\w*|"
                           r"beat(?:en|ing)?|torch\w*|burn(?:ed|t)|stab\w*|hack(?:ed)? to death|lynch\w*|tear ?gas|"
                           r"dispers\w*|arrest\w*|detain\w*|seiz\w*|captur\w*|overr[au]n)\b", re.IGNORECASE)
_RELIEF = re.compile(r"\b(?:rescu\w*|evacuat\w*|search(?:ed|ing)? (?:for|through)|relief|aid|help(?:ed|ing)?|"
                     r"assist\w*|deliver\w*|distribut\w*|rebuild\w*|survivors|sandbags|drills?|exercises?|"
                     r"parade|ceremony|manoeuvres|maneuvers)\b", re.IGNORECASE)


def acting(sentence: str) -> bool:
    """Does a sentence show forces doing violence (shooting, clashing, raiding, dispersing), not relief
    work, drills or ceremonies? A force named only generically ("soldiers", "a crowd") in a crime or
    disaster story counts as a political actor only in such a sentence."""
    return bool(_VIOLENT_DEED.search(sentence)) and not _RELIEF.search(sentence)


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# a sentence about how things have long been, not what happened: "since the al-Shabaab attacks of recent
# years", "the peace deal with the FARC", "killings by gunmen are so common that ..."
_ASIDE = re.compile(r"\bsince (?:the|a|its)\b|\b(?:in|of|over) (?:recent|past|previous) (?:years|decades)\b|"
                    r"\b(?:years|decades) ago\b|\ba (?:year|decade) ago\b|\bpeace (?:deal|accord|agreement|process|talks)\b|"
                    r"\bso common\b|\b(?:are|is|were|was) (?:often|usually|frequently|commonly)\b|\bha(?:s|ve) long\b|"
                    r"\bfor (?:years|decades)\b", re.IGNORECASE)


def aside(sentence: str) -> bool:
    """Is a sentence about how things have long been (``_ASIDE``) rather than about the story's news?
    Actors and gangs named there make no crime or disaster story political."""
    return bool(_ASIDE.search(sentence))


def crime_cues(text: str) -> set[str]:
    """The different criminal-justice words and phrases of a text (lower-cased)."""
    return {m.group().lower() for m in _CRIME.finditer(text)}


def political_actor(actors: Iterable[tuple[str, str]]) -> bool:
    """Does one of the ``(kind, name)`` actors make violence political (not police, civilians,
    unidentified individuals, and not a government named as such: a health ministry or a mayor's
    office in a flu or crime story makes no violence political; its soldiers do)?"""
    return any(kind in _POLITICAL_KINDS or kind == "state" and not name.startswith(("Police", "Government"))
               for kind, name in actors)


def mishap_cues(text: str) -> set[str]:
    """The different accident, disaster and disease words of a text (lower-cased)."""
    return {m.group().lower() for m in _MISHAP.finditer(text)}


def out_of_scope_story(text: str, actors: Iterable[tuple[str, str]],
                       bystanders: Iterable[tuple[str, str]] = ()) -> str | None:
    """``"crime"`` or ``"accident_disaster"`` when the report is such a story (see module
    docstring), else None. ``bystanders``: forces the report names that do no violence in it
    (troops sent to a flood, Marines at an embassy visit); they keep a report from being a crime
    story, not from being a disaster story."""
    actors = list(actors)
    if political_actor(actors) or _PROTEST.search(text):  # protests: in scope anywhere
        return None
    told = " ".join(s for s in _SENTENCE.split(text) if not aside(s))
    organised = {m.group().lower() for m in _ORGANISED.finditer(told)}
    if organised and not (organised <= {"gang", "gangs"} and len(text) > ROBBERY_ARTICLE_CHARS and _PROPERTY.search(text)
                          and not _deed_words(text) or _robbery_story(text, organised) or _market_feud(told, organised)):
        return None  # gunmen, gangs, bandits: organised violence, which ACLED codes (not an article's robbery gang,
        # nor a drug market's score-settling)
    blotter = {m.group().lower() for m in _BLOTTER.finditer(text)}
    if (len(crime_cues(text) | blotter) >= MIN_CUES or len(text) <= BRIEF_CHARS and blotter) \
            and not political_actor(bystanders):
        return "crime"
    if len(mishap_cues(text)) >= MIN_CUES and len(_deed_words(text)) < MIN_CUES:
        return "accident_disaster"
    return None


# a drug market's feuds: shootings over the trade in a city's estates, gangs settling scores (not a cartel's war, nor
# a gang that holds territory and fights the state)
_FEUD = re.compile(r"\b(?:drug[- ](?:trade|dealing|dealers|related|market|turf)|gang (?:feud|rivalry|rivalries|vendetta|conflict)s?|"
                   r"(?:feud|rivalry) between (?:rival )?(?:gangs|criminal)|turf wars?|settling (?:of )?scores|score-settling|"
                   r"criminal networks?)\b", re.I)
_STATE_FIGHT = re.compile(r"\b(?:police|soldiers|troops|army|security forces)\b[^.]{0,60}?\b(?:clash\w*|exchang\w* fire|"
                          r"shoot-?outs?|gun ?battles?|raid\w*|operations?)\b", re.I)


def _market_feud(text: str, organised: set[str]) -> bool:
    """Shootings and blasts of a drug market's gangs (only gangs or gunmen named, the trade or a feud told, no
    fight with the state): a crime story when its words say so (:func:`out_of_scope_story`)."""
    return organised <= {"gang", "gangs", "gangsters", "gunmen"} and bool(_FEUD.search(text)) and not _STATE_FIGHT.search(text)


# a robbery the headline or lede tells: robbers who took a bank's staff hostage, a gang that blew open a cash van
_HEIST = re.compile(r"\b(?:robbers?|robber(?:y|ies)|robbed|robs?|robbing|heists?|hold-?ups?|cash[- ]in[- ]transit|cash vans?|"
                    r"security vans?|armou?red vans?|bank raid)\b", re.I)
_DEATH = re.compile(r"\b(?:killed|killing|dead|died|death|deaths|bodies|murdered|fatal\w*)\b", re.I)


def _robbery_story(text: str, organised: set[str]) -> bool:
    """A robbery by armed men or a gang, told as such up front, in which nobody died: a crime story, whoever
    took hostages or fired at guards."""
    return len(text) > BRIEF_CHARS and organised <= {"gang", "gangs", "gunmen", "armed men"} and bool(_HEIST.search(text[:300])) \
        and not _DEATH.search(text)


# words no accident, disaster or outbreak story uses for its deaths: someone did it on purpose
_DEEDS = re.compile(r"\b(?:attack(?:s|ed|ers)?|murder(?:s|ed|ers)?|ambush(?:es|ed)?|gunm[ae]n|shot dead|massacred?|"
                    r"bombings?|shelling|abduct(?:ed|ion)|kidnapp(?:ed|ing)|assassinat\w+)\b", re.IGNORECASE)


def _deed_words(text: str) -> set[str]:
    return {m.group().lower()[:6] for m in _DEEDS.finditer(text)}


_YEAR = re.compile(r"\b(?:(?:" + MONTHS + r")\.?(?: \d{1,2},?)?|in|since|during|until|from|of|the|early|late|"
                   r"mid-?|summer|winter|spring|autumn|fall)\s+((?:1[89]|20)\d\d)\b(?!\s*(?:people|troops|"
                   r"soldiers|residents|homes|dollars|euros|pounds|kilo|km|miles|tons))", re.IGNORECASE)
_NOW = re.compile(r"\b(?:today|tonight|yesterday|overnight|this (?:week|month|morning|evening)|last (?:week|night)|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
_YEARS_AGO = re.compile(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                        r"forty|fifty|several|many|[2-9]|[1-9]\d)\s+years|(?:a|two|three|several)\s+decades?)\s+"
                        r"(?:ago|earlier|before)\b", re.IGNORECASE)
# an event told as seasons or months back: background for the news the text tells
_SEASONS_AGO = re.compile(r"\blast (?:year|fall|autumn|spring|summer|winter)\b(?!['’]s)|\b(?:several|a few|few|three|four|"
                          r"five|six|seven|eight|nine|ten|eleven|[3-9]|1[01]) months (?:ago|earlier|before)\b", re.IGNORECASE)
# a year a record is measured against, not the time of what is told ("the biggest gain since 2001")
YARDSTICK = re.compile(r"\b(?:first|biggest|largest|worst|deadliest|heaviest|bloodiest|most|highest|lowest|greatest|"
                       r"fiercest|strongest)\b[^.;]{0,50}?\bsince\s+(?:the\s+)?$", re.I)
_ANY_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAY = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTHS + r")\b|(?:" + MONTHS + r")\.?\s+\d{1,2}\b)", re.IGNORECASE)
BACKGROUND_YEARS = 2
BACKGROUND_DAYS = 92  # a month named this long before publication is background, not news
_MONTH_YEAR = re.compile(r"\b(" + MONTHS + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+((?:1[89]|20)\d\d)\b|"
                         r"\b\d{1,2}(?:st|nd|rd|th)?\s+(" + MONTHS + r")\.?,?\s+((?:1[89]|20)\d\d)\b", re.IGNORECASE)
_MONTH_NUMBER = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
# a year as an event's epithet: "the 1998 embassy bombings", "the 2019 protests" (not "the 2000 protesters")
EPITHET = re.compile(r"\bthe\s+((?:1[89]|20)\d\d)\s+(?!people|men|women|troops|soldiers|residents|protesters|"
                      r"demonstrators|workers|students|police|officers|fighters|militants|civilians|refugees|"
                      r"families|homes|houses|dollars|euros|pounds|km|miles|tons)[a-z]", re.IGNORECASE)


# wars long over, named: their ordnance found and their dead returned are no new events whatever the day
_PAST_WARS = re.compile(r"\b(?:First|Second) World War\b|\bWorld War (?:I{1,2}|One|Two|1|2)\b|\bWW(?:I{1,2}|1|2)\b|"
                        r"\b(?:Korean|Vietnam|Gulf|Falklands|Crimean|Napoleonic|Boer|Iran-Iraq) War\b|"
                        r"\bwartime (?:bombs?|shells?|munitions?|ordnance|mines?)\b")


def dated_background(sentence: str, published_year: int | None, published: dt.date | None = None) -> bool:
    """Does a sentence date what it tells ``BACKGROUND_YEARS`` or more years before publication
    ("the January 1998 bombing" in a 2000 report, "ten years ago"), with no recent date beside it?
    With the report's ``published`` day, also a month ``BACKGROUND_DAYS`` or more back ("on Aug. 7,
    1998" in an October 1999 report), and an earlier year named as an event's epithet ("the 1998
    embassy bombings": news names a fresh event by its place or weekday, not by its year). A sentence
    naming a war long over ("a First World War shell", "servicemen killed in the Korean War") is
    background whatever day it names."""
    if _PAST_WARS.search(sentence):
        return True
    if _NOW.search(sentence):
        return False
    if (_YEARS_AGO.search(sentence) or _SEASONS_AGO.search(sentence)) and not _ANY_YEAR.search(sentence) \
            and not _DAY.search(sentence):
        return True  # "ten years ago, a gunman ...", "protested last fall", not "on 8 May, ... arrested two years ago"
    if published is not None:
        published_year = published.year
    if published_year is None:
        return False
    years = [int(m.group(1)) for m in _YEAR.finditer(sentence) if not YARDSTICK.search(sentence, 0, m.start() + 6)]
    if years and max(years) <= published_year - BACKGROUND_YEARS:
        return True
    if published is None or not years or max(years) > published_year:
        return False
    if any(not re.match(r",?\s*(?:1[89]|20)\d\d\b", sentence[m.end():]) for m in _DAY.finditer(sentence)):
        return False  # "on 3 October police arrested a suspect in the August 1998 bombings": a fresh day
    months = [_month_end(m) for m in _MONTH_YEAR.finditer(sentence)]
    if months:
        return max(months) <= published - dt.timedelta(days=BACKGROUND_DAYS)
    return bool(EPITHET.search(sentence)) and max(years) < published_year


def _month_end(m: re.Match) -> dt.date:
    """The last day a "Month [day,] Year" match may mean (the 1st of the next month, near enough)."""
    name, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    month = _MONTH_NUMBER[name[:3].lower()]
    return dt.date(int(year) + month // 12, month % 12 + 1, 1)


def latest_year(text: str, this_year: int) -> int | None:
    """The latest plausible year a text names (a report's stand-in for its publication year when it
    has no date: background is told years before the news)."""
    years = [y for y in map(int, _ANY_YEAR.findall(text)) if y <= this_year]
    return max(years, default=None)


# what a blast or fire is put down to when it was an accident, and what officials rule out
_CAUSES = (r"gas|leak|faulty|electrical|short circuit|lightning|cylinder|boiler|ammonium nitrate|fertili[sz]er|"
           r"stored chemicals|negligen\w*|mishandl\w*|careless\w*|burning (?:vegetation|grass|bush|rubbish|crops|stubble)|heat|high temperatures")
_RULED_OUT = r"sabotage|foul play|an attack|terrorism|hostile (?:fire|action)|enemy (?:fire|action)"
_INDUSTRY = (r"(?:plant|factory|refinery|warehouse|coal ?mine|colliery|mine shaft|"
             r"(?:fireworks|pyrotechnics?) (?:market|factory|warehouse|shop|workshop|store)|"
             r"chemical (?:plant|factory|depot)|industrial park|oil depot|fuel depot|gas station|petrol station)")
_FIRE_SET_OFF = (r"\b(?:fires?|blazes?)\s+(?:[\w-]+\s+){0,5}?(?:sets?|sparks?|sparked|triggers?|triggered|causes?|caused)\s+"
                 r"(?:off\s+)?(?:a\s+(?:series|chain|string|wave)\s+of\s+|several\s+|multiple\s+|huge\s+|massive\s+|powerful\s+)*"
                 r"(?:blasts?|explosions?|detonations?)\b")
_ACCIDENTAL_BLAST = re.compile(
    r"\b(?:gas|gas-leak|boiler|cylinders?|fireworks?|firecrackers?|propane|methane|firedamp|dust|transformer|pipeline|"
    r"tanker|chemical|industrial|factory|refinery|reactor|furnace|kitchen|stove)\s+(?:\w+\s+){0,2}"
    r"(?:explosions?|blasts?|exploded|explodes|fires?)\b|\b(?:explosions?|blasts?|fires?)\s+(?:\w+\s+){0,4}"
    rf"(?:caused by|blamed on|triggered by|started by|after)\s+(?:a |an )?(?:[\w,]+ ){{0,5}}?(?:{_CAUSES})|"
    rf"\b(?:explosions?|blasts?|fires?)\b[^.;]{{0,80}}?\b(?:blamed|put down)\s+on\s+(?:a |an )?(?:[\w,]+ ){{0,5}}?(?:{_CAUSES})|"
    rf"\bruled out (?:{_RULED_OUT}|a bomb)\b|\b(?:explo\w+|blasts?)\b[^.;]{{0,120}}?\bafter (?:a |the )?(?:\w+ )?fire (?:broke out|started)|"
    # a fire that set off the blasts ("Fire sets off blasts at military depot", "a blaze triggered explosions at the arsenal")
    rf"{_FIRE_SET_OFF}|"
    # an explosion or fire in a plant, mine or fireworks market; a cylinder or boiler that burst; a gas leak
    rf"\b(?:explosions?|blasts?|fires?)\s+(?:\w+\s+){{0,3}}?(?:at|in|tore through|ripped through|swept through)\s+"
    rf"(?:a |an |the )?(?:[\w'’-]+\s+){{0,3}}?{_INDUSTRY}\b|"
    r"\b(?:exploding|exploded|burst)\s+(?:\w+\s+){0,2}(?:cylinders?|boilers?|gas tanks?|transformers?)\b|"
    r"\bgas (?:leak\w*|poisoning)\b|\bleak\w* from (?:a |the )?(?:\w+ ){0,2}(?:factory|plant|tank|pipeline)", re.IGNORECASE)


_VEHICLE_MISHAP = re.compile(
    r"\b(?:bus|minibus|truck|lorry|car|van|train|boat|ferry|ship|vessel|plane|aircraft|helicopter|vehicle|tanker|"
    r"coach|taxi|motorcycle)\b[^.;]{0,60}?\b(?:overturn(?:ed|s)|capsiz(?:ed|es)|derail(?:ed|s)|collid(?:ed|es)|plung(?:ed|es)|"
    r"crash(?:ed|es)|crash-landed|(?:came|went|comes|goes) down|skid(?:ded|s)|sank|sinks|veer(?:ed|s) off|roll(?:ed|s) over|f[ae]lls? into|(?:went|goes) off the road)\b|\bhit\s*-?\s*(?:and\s*-?\s*)?run\b|\b(?:struck|hit|run over|mown down) by "
    r"(?:a |an |the )?(?:\w+ )?(?:car|vehicle|truck|lorry|bus|train|motorist|driver)\b", re.IGNORECASE)
_DELIBERATE = re.compile(r"\b(?:bombs?|explosives?|shot down|downed|missiles?|rockets?|militants?|rebels?|attack\w*|"
                         r"ambush\w*|gunm[ae]n|hijack\w*|rammed|ramming)\b", re.IGNORECASE)


_NOT_COMBAT = re.compile(r"\bnon-?(?:combat|hostile)\b|\bnot\s+(?:combat|hostile)[- ]related\b", re.IGNORECASE)
# a disease, a disaster or a collapse as what kills: "Cholera kills 12 in ...", "Mine collapse kills 12", "Floods leave 40 dead"
_NATURE_KILLS = re.compile(
    r"\b(?:cholera|ebola|measles|malaria|meningitis|dengue|typhoid|lassa|covid(?:-19)?|coronavirus|virus|flu|outbreak|"
    r"disease|fever|epidemic|(?:earth)?quake|tremor|floods?|flooding|landslides?|mudslides?|storms?|cyclone|typhoon|"
    r"hurricane|tornado|heatwave|heat|cold|lightning|avalanche|collapse|cave-in|stampede|crush|crash|wildfire|blaze|"
    r"inferno|drought|famine|hunger|snakebites?)\s+(?:\w+\s+)?(?:kills?|killed|claims?|claimed|leaves?\s+(?:\w+\s+){0,2}dead|"
    r"death toll)\b|\b(?:anthrax|plague|rabies|cholera|ebola|measles|diphtheria|tuberculosis|mpox|polio)\b[^.;]{0,60}?"
    r"\b(?:kills?|killed|claimed)\b", re.IGNORECASE)


def accidental_blast(sentence: str) -> bool:
    """Does a sentence tell an explosion or fire with a non-violent cause (a gas leak, a boiler,
    fireworks, a factory accident), a vehicle's accident ("a bus overturned near the pass,
    killing 12"; not a truck bomb driven into a gate, nor a helicopter shot down), a death the military
    calls non-combat ("died ... in a non-combat related incident"), or deaths a disease, a disaster or a
    collapse caused ("Cholera kills 12 in ...", "Mine collapse kills 12")?"""
    return bool(_ACCIDENTAL_BLAST.search(sentence) or _NOT_COMBAT.search(sentence)) \
        or bool(_VEHICLE_MISHAP.search(sentence) or _NATURE_KILLS.search(sentence) and not _PROTEST.search(sentence)) \
        and not _DELIBERATE.search(sentence)  # (not "protested that the virus lockdown kills tourism")


# a brief's later sentence that explains its blast or fire as an accident ("Officials said it was caused by ammonium
# nitrate stored in a warehouse", "the blaze appeared to have been started by a lightning strike")
_EXPLAINED = re.compile(rf"\b(?:caused|started|triggered|sparked|set off) by (?:a |an |the )?(?:[\w,-]+ ){{0,6}}?"
                        rf"(?:{_CAUSES}|heatwave|heat)\b|\bruled out (?:{_RULED_OUT})\b|"
                        rf"\b(?:{_CAUSES})\b[^.\n]{{0,40}}\bnot (?:a )?bomb\b|"
                        # "farmers burning vegetation near the barracks had set it off"
                        rf"\b(?:{_CAUSES})\b[^.\n]{{0,60}}\b(?:set|sparked|caused|triggered|started) (?:it|them|(?:the|a) (?:blasts?|"
                        rf"explosions?|fires?|blaze))(?: off)?\b|\bblamed (?:[\w,-]+ ){{0,6}}?(?:{_CAUSES})\b|"
                        rf"{_FIRE_SET_OFF}", re.IGNORECASE)  # "Fire sets off blasts at military depot"
# (and what a burning depot throws about: "Shells were thrown hundreds of metres")
_BLAZE_OR_BLAST = re.compile(r"\b(?:explo\w+|blasts?|fires?|blazes?|flames|shells|rockets|ammunition|munitions|ordnance)\b",
                             re.IGNORECASE)


LEDE_CHARS = 400  # how much of an article its headline and first sentence take, near enough


def explained_accident(brief: str) -> bool:
    """Does a brief explain its blast or fire as an accident in some sentence (``_EXPLAINED``), or an
    article in its headline or lede ("Gas cylinder, not bomb, behind restaurant blast")?"""
    return bool(_EXPLAINED.search(brief if len(brief) <= BRIEF_CHARS else brief[:LEDE_CHARS]))


def tells_protest(sentence: str) -> bool:
    """Does a sentence name a protest, a march, a sit-in or a riot ("villagers protested during a military exercise")?"""
    return bool(_PROTEST.search(sentence))


def tells_blast(sentence: str) -> bool:
    """Does a sentence tell an explosion or a fire?"""
    return bool(_BLAZE_OR_BLAST.search(sentence))


# a sentence about a rehearsal: what is practised on mock targets or a replica is no strike ("practising strikes on mock
# ports", "fired missiles at a replica aircraft carrier during drills"), nor ancient fighting found by archaeologists
_REHEARSED = re.compile(r"\b(?:war ?games?|replicas?|dummy targets?|simulated (?:attacks?|strikes?|assaults?|invasions?|raids?)|"
                        r"mock[- ](?:targets?|ports?|airfields?|attacks?|strikes?|battles?|assaults?|villages?|enemy|invasions?|"
                        r"raids?|ships?|warships?|carriers?|bases?|towns?|hijackings?)|practi[sc](?:ed|ing|es)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:strikes?|attacks?|assaults?|landings?|bombing|raids?|blockades?|invasions?|firing|shooting))\b|"
                        r"\b(?:Bronze|Iron|Stone) Age\b|\b(?:archaeolog\w+|prehistoric|Neolithic|medieval)\b", re.I)


def rehearsed(sentence: str) -> bool:
    """Does a sentence tell drills, an exercise on mock targets, or fighting of the ancient past?"""
    return bool(_REHEARSED.search(sentence))

