"""Reports that tell attacks which did not happen: a debunk (reports of an attack dismissed, and said not to have
happened, or old footage passed off as new), a war game, a simulation or a work of fiction, a court's verdict on
an earlier year's attack, and a period's figures with no dated strike. :func:`debunked` reads the whole report."""
from __future__ import annotations

import re

MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
           "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_ON_DAY = re.compile(r"\bon (?:\w+,? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:" + MONTHS + r")\b|(?:" + MONTHS + r")\.? \d{1,2}\b|"
                     r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.I)

# A debunk: the report dismisses reports of an attack and says it did not happen ("denied reports that its aircraft
# had bombed a market ... the claimed strike appears not to have happened"): the attack it tells is no event.
_DISMISSED = re.compile(r"\b(?:den(?:ied|ies|y)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)|debunk(?:ed|s)?|"
                        r"(?:has |have |had )?(?:reviewed|examined|investigated|assessed|looked into|checked))\s+"
                        r"(?:\w+\s+){0,4}?(?:reports?|claims?|rumou?rs?|allegations?|accounts?|footage|videos?)\b|"
                        # "Reports ... claiming that its aircraft struck a market ... are false", "This news is fabricated"
                        r"\b(?:reports?|claims?|allegations?|news|footage|videos?|stor(?:y|ies))\b[^.\n]{0,200}?\b(?:is|are|was|were)\s+"
                        r"(?:\w+ly\s+)?(?:false|fabricated|untrue|baseless|fake|unfounded|groundless|lies|a\s+fabrication)\b", re.I)
_NOT_HAPPENED = re.compile(
    r"\bno\s+(?:such\s+)?(?:(?-i:[A-Z]{2,6})\s+|coalition\s+|Israeli\s+|American\s+|Russian\s+|Saudi\s+)?(?:attacks?|strikes?|air\s*strikes?|bombings?|shelling|explosions?|blasts?|(?:air\s+|combat\s+)?"
    r"(?:operations?|missions?|sorties)|incidents?|fighting|clash(?:es)?)\s+(?:had\s+|has\s+|have\s+|were\s+|was\s+)?(?:been\s+)?"
    r"(?:taken\s+place|took\s+place|carried\s+out|conducted|flown|occurred|happened)\b|"
    r"\b(?:did|does|had)\s+not\s+(?:carry\s+out|conduct|fly)\s+any\b|\b(?:appears?|appeared|seems?|seemed)\s+not\s+to\s+have\s+(?:happened|taken\s+place|"
    r"occurred)\b|\bnever\s+(?:happened|took\s+place|occurred)\b|\bfake\s+news\b|\bdid\s+not\s+(?:happen|take\s+place|occur)\b"
    r"|\bthere\s+(?:was|were|had\s+been)\s+no\s+(?:\w+\s+){0,2}(?:attacks?|battles?|clash(?:es)?|shooting|gunfire|fighting|"
    r"explosions?|strikes?|air\s*strikes?|raids?)\b|"
    # "no incident had been reported and the footage had been filmed in previous years": old pictures passed off as new
    r"\bno (?:such )?incidents? (?:had|has|have) been reported\b|\b(?:videos?|footage|images|photos|pictures)\b[^.\n]{0,80}?"
    r"\b(?:were|was|are|is|had been|dated)\s+(?:\w+\s+)?(?:from|filmed|taken|shot|recorded)\s+(?:in\s+|during\s+)?"
    r"(?:previous|earlier|past|other|older)\b", re.I)


def debunked(text: str, year: int | None = None) -> bool:
    """Does the report dismiss reports of an attack and say that it did not take place? Or is it, from its
    headline and lede, about a war game or a simulation, whose battles and losses never happened, or (``year``:
    of publication) about a court's verdict on an attack of an earlier year ("Seven sentenced to death over
    2016 café attack"), or about a command's finished review of an allegation against an earlier strike?"""
    head = text[:200].split("\n")[0]  # a headline: a first line of its own, with no closing stop
    headline = "\n" in text[:200] and not head.rstrip().endswith(".")
    if year is not None and headline and _VERDICT.search(head) and any(int(y) < year for y in re.findall(r"\b(?:19|20)\d\d\b", head)):
        return True
    if headline and any(_DISCOUNTED.search(line) for line in text[:300].split("\n\n")[0].split("\n")
                        if not line.rstrip().endswith(".")):
        return True  # "ASSESSMENT: Alleged strike on X, 5 January 2020 — DISCOUNTED", "Fact check: ..." (a heading's lines)
    return bool(_DISMISSED.search(text)) and bool(_NOT_HAPPENED.search(text)) or bool(_SIMULATED.search(text[:400])) \
        or bool(_FABRICATED.search(text)) \
        or bool(_REVIEWED.search(text[:300])) \
        or bool(_FIGURES.search(text[:200].split("\n\n")[0])) and not _ON_DAY.search(text)  # a period's figures
    # ("quarterly assessment"), not a summary that dates its strikes ("three strikes near X on March 18")


_VERDICT = re.compile(r"\b(?:sentenced|sentences|convicted|convicts|jailed|jails|acquitted|acquits|verdict|trial|"
                      r"tribunal|court|guilty|indicted|charged)\b", re.I)
_FIGURES = re.compile(r"\b(?:weekly|monthly|quarterly|annual|yearly|half-yearly)\s+(?:[\w-]+\s+){0,3}?(?:summary|figures|"
                      r"statistics|assessment|review|casualty (?:count|report))\b", re.I)
_SIMULATED = re.compile(r"\b(?:war[- ]?gam(?:e|es|ed|ing)|simulations?|simulated (?:war|conflict|invasion|attack)|"
                        r"tabletop exercises?)\b|"
                        # a work of fiction and its imagined war ("Review: a slick thriller imagines a war in the Baltic")
                        r"\b(?:novel|thriller|film|movie|series|drama|book|video game|play)\b[^.\n]{0,40}?\bimagin(?:es|ed|ing)\b|"
                        r"^(?:(?:Book|Film|Movie|TV|Theatre|Game) )?[Rr]eview\s*:", re.I | re.M)
# a command's review of an allegation against one of its strikes, told when it is closed: the strike is old news
_REVIEWED = re.compile(r"\b(?:completed|concluded|finished|closed|published|released)\s+(?:its|an|the|a)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:assessment|investigation|review|inquiry)\s+(?:of|into)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:allegations?|reports?|claims?)\b", re.I)
# rumours or reports of an attack or a coup dismissed outright as made up ("dismissed as 'pure fabrication' rumours that
# officers had tried to seize power")
_FABRICATED = re.compile(r"\b(?:dismiss(?:ed|es)?|den(?:ied|ies)|reject(?:ed|s)?)\s+as\s+[\"“‘']?(?:pure\s+|total\s+|complete\s+|a\s+)?"
                         r"(?:fabrications?|fake(?:\s+news)?|lies|baseless|false|unfounded|groundless)[\"”’']?\s+(?:the\s+)?"
                         r"(?:\w+\s+){0,3}?(?:rumou?rs?|reports?|claims?|allegations?)\b", re.I)
# a monitor's or a checker's verdict on a claimed attack, in the headline: the attack did not happen as claimed
_DISCOUNTED = re.compile(r"\b(?:discounted|debunked|fact[- ]check(?:ed|s)?|false claims?|hoax|not credible)\b", re.I)
