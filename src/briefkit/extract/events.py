"""Events: one per dated happening of the article, with a label, a kind, an importance and a
background flag.

Reading order is the lead, then the sections depth-first, as a person reads the article.

What is read
    Paragraph sentences and list items, but not the parts of a structure section (units,
    table rows), leadership lists (their periods belong to people) or the infobox (except the
    time facts below). A sentence is split into clauses at `;`, ", and", ", while", ", but";
    every clause with a date of its own is an event, so a second date in a sentence is kept.
    Within a clause the first own mention dates the event.

Dates
    A mention without a year ("On 29 June") takes the year of the latest mention *with* a year
    earlier in reading order (`year_inferred=True`); with none, it is a `year-unknown` finding.
    A sentence opening with "The same day", "That month", "Later that year", "The following
    day/month/year", "N days later" is dated against the latest full date read before it - never
    against another date of its own sentence. Ranges stay ranges at their precision ("In January
    and February 2015", "May–June 2023", "from 12 to 14 March 2024"); decades and centuries are
    periods and never a year (see `dates.py`). A recurring day ("every year on 5 May") and a
    question are not events.

Background (kept in the profile, off default timelines)
    * a mention that is only a reference point, inside a before/after/prior-to/since-the clause
      ("before the Legion was created in 2022", "emigrated after the protests of 2020"), when the
      clause has no other date;
    * births and namesakes ("born in 1978", "named after X, executed in 1864");
    * anything dated before the organisation existed (the year of its `Founded`/`Formed` fact or
      of its founding event), except its own founding, renaming or reorganisation.

One event per happening
    The same happening told in the lead, the body, a list and the infobox (`Founded: 2014`) is
    merged into one event: dates compatible (equal, or one within the other's period) and
    either the same unique kind (founding, dissolution, renaming) or mostly the same content
    words. The merged event keeps the most precise date, the richest sentence (most content
    words) and every source line (`also`).

Labels
    A clause of the sentence's own words, at most about 90 characters: the leading date phrase
    (shown beside it) dropped, "According to X," moved to its end (", according to X", where it
    fits), brackets and a removed-link gap (`that , the`)
    taken out, a leading "It"/"They" replaced by the organisation's name and "He"/"She" by the
    person the previous sentence names when that is unambiguous. A longer one first loses its
    asides ("X, a board member and former head of Y, as chief executive" -> "X as chief
    executive"); a subject listing many bodies keeps its first and a count ("MSF and five others
    launched ..."); a quote keeps its first sentence. Then it is cut at a clause boundary, never in
    mid-phrase when a boundary exists, never before what completes its verb ("used agents | to pay
    bribes", "combined its business | with that of Sony"), never inside a name ("the Securities
    and | Exchange Commission"); a label that fits about 130 characters whole is kept whole rather
    than cut to a stub. A speech whose words cannot be shown ("X said") is commentary: background.

Importance (0..1), by kind first, as an analyst ranks a chronology:
    founding 0.90 > dissolution 0.85 > renaming, reorganisation 0.80 >
    designation / ban / sanction / court ruling 0.75 > leadership change, operation or battle, loss >
    milestone (award, election, agreement, acquisition) 0.60 > other 0.40 > commentary, media
    mention 0.25 > background 0.05 (leadership 0.72, operation 0.68, loss 0.62); then +0.12 for a
    decisive milestone (a prize, an election won, a majority, a deal completed, work begun),
    +0.12 when the lead tells it, +0.08 when more than one place tells it, +0.12 at day and
    +0.06 at month precision, -0.12 for a span (a span of days within one month is a moment told
    as closely as a month: +0.06); a past leader's succession -0.10 when a line of
    three or more is told (the reader needs who leads now). Ties are broken by date.

A change of leader is a clause whose verb makes or ends a leader ("took command", "was
elected chairman", "was followed by", "was led by"). "A company led by Captain Danjou held out"
is not one: the "led by" describes a part, and the clause tells what the part did. An election
that names no post is a change of leader when the person elected is one of the organisation's
own leaders.
"""
from __future__ import annotations

import calendar
import datetime as _dt
from .. import recache as re
from collections import Counter
from collections.abc import Iterator, Sequence
from ..heap import per_unit
from .budget import check
from ..records import field
from functools import lru_cache

from ..findings import BAD_DATE, YEAR_UNKNOWN, Finding
from ..model import BulletList, Event, EventDate, ListItem, Paragraph, Person, Profile, Source, joined_posts, post_of
from ..records import record
from ..text import (cap_first, close_gaps, has_name, inside_quotes, name_spans, plain_title, says_little,
                    sentence_spans, word_pattern)
from .antecedents import (STOP_WORDS, collective, earlier_plural, named_before, plural_opening, plural_subject,
                          with_antecedent)
from .dates import DateMention, find_dates
from .genders import Genders
from .org import history_sections, structure_sections
from .people import ORG_WORD, PERSON_NAME, is_name, ROLE_NOUN, ROLE_WORDS, leadership_sections
from .places import is_country
from .subject import KINDS, Subject
from .surnames import NAME_PARTICLES, full_names, name_words, namesake_subject, namesakes, unique_surnames, with_full_name

# -- kinds ------------------------------------------------------------------------------------
# (a marriage, like a birth, is a person's life: "Indira had married Feroze Gandhi on 26 March 1942")
_BACKGROUND = re.compile(r"\b(?:was\s+born|born\s+(?:in|on)|\(born|birth\s+of|(?:had\s+|was\s+)?married|marriage\s+(?:of|to)|"
                         r"named\s+(?:[^.;,]{0,20}\s)?(?:after|for)|"
                         r"named\s+in\s+(?:honou?r|memory)|namesake|traces?\s+(?:its|their)\s+(?:lineage|origins?|roots|ancestry)|lineage)\b", re.I)
_NAMESAKE = re.compile(r"\b(?:named\s+(?:[^.;,]{0,20}\s)?(?:after|for)|named\s+in\s+(?:honou?r|memory)|namesake|"
                       r"lineage)\b", re.I)
_FOUNDING_VERB = re.compile(
    # ("it was re-established as an independent company in 1952": founded again is a founding)
    # (not "re-formed", a unit stood up again, which `classify` reads as a reorganisation)
    r"(?<![\w-])(?:(?:co-?)?founded|formed|established|created|set\s+up|inaugurated|came\s+into\s+being|"
    r"organi[sz]ed|started|came\s+into\s+existence|re-?(?:founded|established|created))\b", re.I)
_FOUNDING_WORD = re.compile(r"\b(?:found\w*|establish\w*|creat\w*|charter|inaugurat\w*|formed|formation|organi[sz]ed|constituted)\b", re.I)
# How a military unit comes into being, in the words of a sentence that tells the year an
# infobox's "Active: 1921–present" or "Dates: 1993–present" gives: "the Army activated the 1st
# Cavalry Division", "the battalion was raised at Heistadmoen", "he began raising the first
# troop". (Not money or prices raised: a body "was raised", or "raising" one.)
_UNIT_RAISED = re.compile(r"\b(?:re)?activated\b|\bactivation\b|\b(?:was|were|been)\s+(?:first\s+|formally\s+)?raised\b|"
                          r"\braising\s+(?:the|a|an|its)\s+(?:first\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:troop|unit|battalion|"
                          r"company|regiment|brigade|division|squadron|force|corps|detachment|commando)s?\b|"
                          r"\bstood\s+up\b|\bwas\s+stood\s+up\b", re.I)
def _with_founding(label: str, draft: _Draft) -> str:
    """`label` with the founding its sentence tells right after its clause, when it tells none
    itself: "The Fullers called their supporters together" -> "... together and founded Habitat
    for Humanity International" (`_AND_FOUNDED`), the row the infobox's year of founding joined."""
    rest = draft.text[draft.text.find(draft.clause) + len(draft.clause):] if draft.clause in draft.text else ""
    m = _AND_FOUNDED.match(rest)
    if m is None or _FOUNDING_WORD.search(label):
        return label
    return f"{label.rstrip(' .')} {re.split(r'[,;.(]', rest.strip().lstrip(',').strip())[0].strip()}"


# A founding told by a verb that shares the clause before it's subject and date: "... called
# their supporters together and founded Habitat for Humanity International".
_AND_FOUNDED = re.compile(r"^\s*,?\s*and\s+(?:then\s+)?(?:co-?)?(?:founded|formed|established|created|set\s+up)\b(?![^.;]*\d{4})",
                          re.I)
_FOUNDING_NOUN = re.compile(r"\b(?:formation|founding|foundation|establishment|creation|inception)\s+of\s+", re.I)
# A report, an assessment, a review published: the organisation's word on something, told as a
# statement, not a milestone of its own (round 73: Europol's "published a strategic report on
# economic and financial crime" took a place in its brief's twelve events). A study or a book,
# a research body's work, stays one.
_PAPER = r"\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,4}?(?:report|assessment|survey|review|analysis)\b"
# The posts that head an organisation (not a spokesperson's or a deputy's): a change of one is a
# change of leader.
_HEAD_POST = (r"(?:director(?!ates?\b)\w*|chair\w*|president|ceo|chief(?:\s+executive)?|secretary[\s-]general|general\s+secretary|"
              r"commander|leader|head|commissioner|commandant|governor|administrator)")
# A post held since a day, told in the present perfect: "Since 20 January 2026 Nitin Nabin has
# been the party's national president", "since January 2023 its secretary-general has been Kao
# Kim Hourn": the change of leader that day (asked only where "has been" is, `classify`).
_POST_HELD = re.compile(rf"has\s+been\s+(?:its|their|the\s+[\w-]+(?:'s|’s))\s+(?:[\w-]+\s+){{0,2}}?{_HEAD_POST}\b|"
                        rf"\b{_HEAD_POST}\s+has\s+been\s+(?-i:[A-Z])", re.I)
# A head's post named after "as": "as the next executive director", "as interim executive
# director", "as the 25th commissioner", "High Representative-General".
_HEAD_ROLE = (rf"(?:its\s+|the\s+|their\s+)?(?:new\s+|next\s+|first\s+|acting\s+|interim\s+|permanent\s+|"
              rf"\d+(?:st|nd|rd|th)\s+)?(?:[\w-]+\s+)?(?:{_HEAD_POST}|high\s+representative[\w-]*)\b")
# The head's post a new holder is named to ("The guard's new commander was X": `_KINDS`,
# `_SUCCESSOR_NAMED`).
_NEW_HEAD_POST = r"(?:commander|director|chief|head|president|governor|leader|chair(?:man|woman|person)?)"
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("dissolution", re.compile(r"\b(?:dissolved|disbanded|liquidated|liquidation|ceased\s+to\s+exist|ceased\s+operations|"
                               r"put\s+into\s+abeyance|deactivated|inactivated|stood\s+down(?!\s+as\b)|"
                               r"wound\s+up|closed\s+down|abolished|dissolution|disbandment)\b", re.I)),
    ("renaming", re.compile(r"\b(?:renamed|(?<!\bwould\s)(?<!\bwill\s)rename\s+(?:it|itself|the\s+[\w-]+)|rebranded|changed\s+its\s+name|name\s+was\s+changed|redesignated|"
                            r"re-designated|became\s+known\s+as|(?:should|would|shall|must|to)?\s*be\s+known\s+(?:from\s+then\s+on\s+|henceforth\s+)?as|(?:present|current|new)\s+(?:[\w-]+\s+)?names?|took\s+the\s+name|"
                            r"adopted\s+the\s+(?:[\w-]+\s+){0,3}name|"
                            # "went back to its original name", "voted to restore the name X": a name
                            # taken again is a renaming as much as a new one
                            r"(?:went\s+back|reverted|returned)\s+to\s+(?:its|the)\s+(?:original|old|former|earlier)\s+name|"
                            r"(?:restored?|restoring|resumed)\s+(?:its|the)\s+(?:(?:original|old|former|earlier)\s+)?name|(?:brought\s+together|united|joined)\s+under\s+the\s+(?:[\w-]+\s+)?name|"
                            # "has carried the name Norwegian Refugee Council since 1953": the day it took it
                            r"(?:has|have)\s+(?:carried|borne|used|held|gone\s+by)\s+the\s+name)\b", re.I)),
    ("leadership", re.compile(r"\b(?:took\s+the\s+helm|assumed\s+(?:the\s+)?(?:post|office|leadership|command|chair)|"
                              r"(?:left|gave\s+up|relinquished)\s+(?:the\s+|its\s+)?(?:leadership|presidency|chairmanship|"
                              r"directorship|command)\b|"
                              r"gave\s+up\s+(?:her|his|the)\s+(?:duties|post)|confirmed\s+(?:him|her)|"
                              # ("accepted Brune's resignation": whose, by name)
                              r"(?:accepted|offered)\s+(?:his|her|the|(?-i:[A-Z])[\w'’.-]+['’]s)\s+resignation|"
                              r"to\s+share\s+the\s+job|"
                              # ("forced David Brower out", "forced him out": a head removed)
                              r"forced\s+(?:him|her|(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3})\s+out\b|"
                              # ("hired David Brower, a mountaineer, as its first executive director")
                              # ("elected Angela Merkel as the first woman to lead the party", "elected
                              # Egypt's foreign minister, Esmat Abdel-Meguid, to succeed Chedli Klibi")
                              r"elected\s+[A-Z][^.;]{0,100}?\s+to\s+(?:lead|head|succeed|chair)\b|"
                              # ("His successor was X", "chose as his successor X", "The guard's new commander
                              # was X")
                              r"\bas\s+(?:his|her)\s+successor\s+(?-i:[A-Z])|^\s*(?:His|Her)\s+successor\s+(?:was|became)\s+(?-i:[A-Z])|"
                              rf"\bnew\s+{_NEW_HEAD_POST}\s+was\s+(?-i:[A-Z])|"
                              rf"(?:chose|picked|selected|hired|recruited)\s+[A-Z][^.;]{{0,100}}?\s+(?:as\s+(?:the\s+|its\s+)?(?:new\s+|next\s+|first\s+)?(?:{ROLE_WORDS})|"
                              r"to\s+(?:lead|head|succeed|chair))|"
                              # ("the committee chose as president Abdessattar Ben Moussa": the post first)
                              rf"(?:chose|elected|named|appointed)\s+as\s+(?:its\s+|the\s+)?(?:new\s+|next\s+|first\s+)?(?:{ROLE_WORDS})\s+(?-i:[A-Z])|"
                              r"became\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:director|chair\w*|president|ceo|chief|secretary|"
                              r"commander|leader|head|commissioner|commandant|governor|administrator)\b|took\s+office|took\s+up\s+(?:the\s+|her\s+|his\s+)?(?:post|office|position|duties)|"
                              r"took\s+over(?=\s+(?:as|command|leadership|from|in|on|after|when)\b|\s+(?:the\s+)?"
                              r"(?:post|chair|chairmanship|helm|leadership|command|presidency|directorship)\b)|"
                              r"(?:led|headed|commanded|chaired|directed|ran)\s+(?:it|the\s+[\w-]+)\s+(?:from|between|until|since)\b|"
                              # ("Bilquis co-chaired the foundation with her son": a head's post shared)
                              r"co-?(?:chaired|led|headed)\s+(?:it|the\s+[\w-]+)\b|"
                              r"passed\s+command|handed\s+(?:over|the\s+\w+)\s+to|"
                              # ("handed the League over to him": to a person, not "to Spain")
                              r"handed\s+the\s+\w+\s+over\s+to\s+(?:him|her|(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z]))|"
                              r"returned\s+as|acted\s+as|re-?appointed|was\s+followed\s+(?:[^,;]{0,30}\s)?by|take\s+over|taking\s+over|"
                              r"(?:has|had)\s+commanded|"
                              # (not a thing replaced: "replaced the old treaty as the Union's founding instrument")
                              r"replaced\b(?!\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:treaty|law|act|convention|"
                              r"charter|constitution|statute|agreement|system|scheme|logo|emblem|name|currency|model|fleet|"
                              r"aircraft|ships?|building|headquarters|rules?|code|plan|programme|program)\b)"
                              r"[^.;]{0,40}\bas\b|replaced\s+(?:him|her)\b|"
                              # a holder removed: "The board removed Dennis Muilenburg, chief executive since
                              # 2015", "dismissed its chief executive", "met to depose him"
                              rf"(?:removed|ousted|dismissed|sacked|fired|deposed?)\s+(?:(?:its|the|their)\s+(?:[\w-]+\s+){{0,2}}?"
                              rf"(?:{ROLE_WORDS})\b|(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){{1,3}},\s+(?:its\s+|the\s+)?"
                              rf"(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})\b|(?:him|her)\b)|"
                              # "The board replaced Nils Andersen with Søren Skou"; "Stone made the 29-year-old
                              # J. Edgar Hoover acting director"
                              r"replaced\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}(?:,\s+[^,;]{1,60},)?\s+with\s+(?-i:[A-Z])|"
                              rf"made\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){{0,3}}\s+"
                              rf"(?:its\s+)?(?:acting\s+|interim\s+|first\s+)?(?:executive\s+|managing\s+)?(?:{ROLE_WORDS})\b|"
                              # one named person replacing another: "Joshua Gaspard replaced Colonel Michael Kloepper"
                              r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?(?:,\s+[^,;]{1,120},)?\s+replaced\s+"
                              r"(?:(?-i:[A-Z])[a-z]+\s+){0,2}"
                              r"(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z])[\w'’.-]+|handed\s+over\s+(?:command\s+)?to|(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?(?:chaired|commanded|led|"
                              r"headed)\s+by|elected\b[^.;]{0,60}\b(?:chair\w*|leader|president|head|director(?!ates?\b)\w*|"
                              r"secretary|commander)|confirmed\b[^.;]{0,60}\bas\s+(?:chair\w*|leader|president|head|"
                              r"director(?!ates?\b)\w*|commander)|became\s+(?:acting\s+|interim\s+)?(?:managing\s+|executive\s+)?"
                              r"(?:director(?!ates?\b)\w*|chief\s+executive)|appointed|(?:was|were|been)\s+(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
                              r"(?:chair|leader|president|head|director|secretary|commander|ceo)|took\s+command|"
                              r"assumed\s+command|resumed\s+(?:the\s+)?(?:command|post|office|leadership|chair)|"
                              # a person winning the post ("Shigeru Ishiba won the presidency in a runoff"),
                              # not a party winning the country's ("Morena won the presidency")
                              r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?\s+won\s+(?:the\s+)?(?:party\s+)?"
                              r"(?:presidency|chairmanship|leadership)\b|"
                              r"succeeded|resigned|stepped\s+(?:down|aside)|took\s+(?:a\s+)?leave\s+(?:of\s+absence\s+)?(?:on|in|from|after|while|until|during)\b|"
                              # a term that begins is a change of leader ("Lim Jock Hoi's term began"),
                              # and so is taking charge or another's place
                              r"(?:'s|’s)\s+(?:first\s+|second\s+|new\s+)?term\s+(?:began|started)|took\s+charge\b|"
                              r"relieved\s+(?:him|her|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+of\s+(?:the\s+|his\s+|her\s+)?"
                              r"(?:post|command|duties|office)|"
                              r"took\s+(?:his|her)\s+place|removed\s+(?:[^.;]{0,40}\s)?from\s+(?:command|office|(?:his|her|the)\s+post)|"
                              # a holder's term cut short: "A presidential decree ended Tumpak's appointment"
                              r"ended\s+(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?:'s|’s)|his|her)\s+"
                              r"(?:appointment|term|tenure|mandate|chairmanship|presidency|command)\b|"
                              # sworn in, confirmed by the body that confirms, declared to a post, out of office
                              r"made\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s+(?:its\s+|the\s+)?(?:new\s+|first\s+|"
                              r"acting\s+|interim\s+|working\s+)?(?:commander|leader|chair\w*|president|head|director|"
                              r"ceo|chief|secretary)|"
                              r"sworn\s+in\s+as|confirmed\s+by\s+the\s+(?:senate|parliament|assembly|board|council)|left\s+office|"
                              # a holder taking or leaving the post in other words: "took the post
                              # permanently", "quit as well", "was sworn in at State House", "asked to
                              # be retired", "sent him into temporary retirement"
                              r"took\s+(?:the|that)\s+(?:post|office|job|chair)\b|(?:^\W*|(?-i:[A-Z])[\w'’.-]+(?:,\s+[^,;]{1,60},)?\s+)quit\b"
                              r"(?!\s+(?:the|its|a)\s+(?!post\b|office\b|job\b|chair\b))|(?:was|were)\s+sworn\s+in\b|"
                              r"asked\s+to\s+be\s+(?:retired|relieved)\b|into\s+(?:early\s+|temporary\s+)?retirement\b|"
                              r"declared\s+(?:the\s+)?(?:new\s+)?(?:general\s+secretary|secretary[\s-]general|president|chair\w*|leader)|"
                              r"took\s+over(?=\s*(?:[,;.]|$)|\s+(?:the\s+)?(?:next|following|same)\s+(?:day|week|month|year)\b|"
                              r"\s+(?:later|then|again)\b)|"
                              # an announced handover is one: "announced that X would succeed Y as director"
                              r"would\s+(?:succeed|replace|take\s+over)|"
                              # "dismissed as commander", "from his post"; not "dismissed from the shipyard"
                              r"dismissed(?!\s+from\s+(?:the|a|an)\s+(?!(?:post|office|position|board|command)\b))|took\s+over\s+as|"
                              r"became\s+(?:the\s+)?(?:new\s+|first\s+)?(?:commander|leader|chair\w*|president|head|"
                              r"director(?!ates?\b)\w*|ceo|chief|secretary)\b|named\s+(?:as\s+)?(?:its\s+|the\s+)?(?:new\s+)?"
                              r"(?:commander|leader|chair\w*|president|head|director|ceo|chief)\b|"
                              # "the board named her executive director", "named Philippe Bolopion as director"
                              r"named\s+(?:him|her|(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}))(?:,[^,;]{1,80},)?\s+(?:as\s+)?"
                              r"(?:its\s+|the\s+)?(?:new\s+|first\s+|acting\s+|interim\s+)?(?:[\w-]+\s+)?"
                              r"(?:commander|leader|chair\w*|president|head|director|ceo|chief|secretary)|"
                              # a term that begins, told with a pronoun: "His term began on 1 January 2023"
                              r"\b(?:his|her)\s+(?:first\s+|second\s+|new\s+)?term\s+(?:began|started)|"
                              # a post handed on: "handed command to his deputy", "handed the post of
                              # chief executive to Rick Tsai", "handed over his duties"
                              r"handed\s+(?:over\s+)?(?:the\s+|his\s+|her\s+)?(?:day-to-day\s+)?(?:post|command|duties|office|"
                              r"leadership|reins|management|chair\w*|presidency|directorship)\b(?:\s+of(?:\s+[\w-]+){1,3}?)?"
                              r"(?:\s+over)?\s+to\b|handed\s+over\s+(?:his|her)\s+(?:duties|post|command|office)\b|"
                              # a resignation announced or handed in (an intention to leave the holder
                              # announces, "announced that he would step down", is one too, below: the
                              # news of the post a reader looks for; the leaving keeps its own row)
                              r"(?:announced|tendered|submitted|offered|handed\s+in)\s+(?:his|her)\s+resignation|"
                              # chosen, named, confirmed or agreed on for a head's post: "was chosen as
                              # interim executive director", "named X, ..., as the next executive
                              # director", "agreed on the Turkish diplomat X as secretary general"
                              rf"(?:was|were)\s+(?:chosen|picked|selected|named)\s+(?:as\s+)?{_HEAD_ROLE}|"
                              rf"(?:named|confirmed|agreed\s+on|settled\s+on)\s+(?:[^.;]{{0,160}}?\s)?as\s+{_HEAD_ROLE}|"
                              rf"appointment\s+as\s+{_HEAD_ROLE}|"
                              # more ways a head comes: "started as chief executive", "became the
                              # first Ethiopian to head the airline", "beat Simon Coveney for the
                              # leadership", "nominated X as the party's twelfth secretary general",
                              # "seconded X to Eskom as acting chief executive"
                              rf"(?:started|began|joined)\s+(?:work\s+)?as\s+{_HEAD_ROLE}|"
                              r"became\s+the\s+first\s+[^.;]{1,40}?\s+to\s+(?:head|lead|chair|command|run)\b|"
                              r"(?:beat|defeated)\s+[^.;]{1,60}?\s+for\s+the\s+(?:party\s+)?(?:leadership|presidency|"
                              r"chairmanship)\b|"
                              rf"(?:nominated|seconded)\s+(?-i:[A-Z])[^.;]{{0,80}}?\s+as\s+(?:[\w'’-]+\s+){{0,3}}?{_HEAD_POST}\b|"
                              # ... and goes: "Laitinen retired on a disability pension" (not "retired
                              # the aircraft"), "accepted X's request for early retirement", "offered
                              # to give up his post", "was removed and replaced by", "remained
                              # executive director until 2001" (the term's end; one that ran
                              # "until his death" ends in a loss)
                              r"(?:(?-i:[A-Z])[\w'’.-]+|\b(?:he|she))\s+(?:formally\s+)?retired\b"
                              r"(?!\s+(?:the|its|their|a|an|all|some|\d)\b)|"
                              r"request\s+(?:for\s+(?:early\s+)?retirement|to\s+(?:resign|retire|step\s+down|be\s+relieved))\b|"
                              r"offered\s+to\s+(?:resign|step\s+down|give\s+up\s+(?:his|her|the)\s+(?:post|office|job|command))\b|"
                              r"(?:removed|dismissed|ousted|sacked)\s+and\s+replaced\s+by\b|"
                              rf"remained\s+(?:[\w-]+\s+){{0,2}}?{_HEAD_POST}\s+until\b(?!\s+(?:his|her|their)\s+death\b)|"
                              # a resignation sent or announced ("sent in his resignation", "sent Kofi
                              # Annan his resignation", "announced his irrevocable resignation"), a
                              # departure announced ("announced that he would step down"), a term
                              # begun ("began his four-year mandate"), a person declared an election's
                              # winner (not "the party was declared the winner"),
                              # a force taken over "as its ninth director general", a vote to dismiss
                              r"sent\s+(?:in\s+)?(?:(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\s+)?(?:his|her)\s+"
                              r"resignation|announced\s+(?:his|her)\s+(?:[\w-]+\s+)resignation|"
                              r"announced\s+(?:that\s+)?(?:he|she)\s+would\s+(?:resign|step\s+down|stand\s+down|retire|leave\b|"
                              r"not\s+(?:seek|stand))|"
                              r"began\s+(?:his|her)\s+(?:first\s+|second\s+|third\s+|new\s+)?(?:[\w-]+\s+)?(?:term|mandate)\b|"
                              r"(?<![A-Za-z]\s)(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?(?:,\s+(?:who|a|an)\s[^,;]{1,80},)?"
                              r"\s+(?:was|were)\s+declared\s+(?:the\s+)?winner|"
                              rf"took\s+over\s+(?:the|its)\s+[\w-]+\s+(?:[^,;.]{{0,40}}\s)?as\s+{_HEAD_ROLE}|"
                              r"(?:voted|decided)\s+(?:unanimously\s+)?to\s+(?:dismiss|remove|oust|sack)\s+(?-i:[A-Z])|"
                              # an office left or a term run out: "vacated office", "the terms of
                              # Chebukati and the last two members ... ended"
                              r"vacated\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:office|post|chair)\b|"
                              # a successor named by a copula: "His successor in 1946 was the meteorologist X"
                              r"\b(?:his|her|their)\s+successor\s+(?:in\s+\d{4}\s+)?(?:was|became)\b|"
                              r"\bterms?\s+of\s+(?-i:[A-Z])[^.;]{0,80}?\s+(?:ended|expired|ran\s+out)\b)", re.I)),
    ("legal", re.compile(r"\b(?:(?:signed|adopted|ratified)\s+(?:[^.;]{0,40}\s)?(?:treaty|convention|statute|charter|"
                         r"act|law|regulation)|(?:treaty|convention|statute|charter|constitutive\s+act|regulation|law)\b"
                         r"[^.;]{0,60}\b(?:was|were)\s+(?:signed|adopted|ratified|passed|amended)|"
                         r"amended\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}(?:statute|charter|regulation|law|act|constitution|mandate)|"
                         r"designated|designation|banned|ban|outlawed|proscribed|"
                         # a designation, not the word for who attacked: "listed as a terrorist
                         # organisation", "extremist group"; not "a right-wing extremist set off a bomb"
                         r"(?:terrorist|extremist)\s+(?:organi[sz]ations?|groups?|lists?|entit(?:y|ies)|designation|status)|"
                         r"sanction\w*|courts?|convicted|sentenced|verdict|indicted|fined|sued|"
                         # an arrest warrant issued: "issued a warrant for the arrest of X"
                         r"(?:arrest\s+)?warrants?\s+for\s+the\s+arrest|arrest\s+warrants?|"
                         # a judgement, not who governs: "the judges ruled that ...", not "Fidesz
                         # ruled with two-thirds majorities" nor "the ruling party"
                         # ("ruled in the fund's favour": whose favour, by name or possessive)
                         r"ruled\s+(?:that|in\s+(?:(?:the\s+)?[\w'’.-]+(?:'s|’s|s')\s+|(?:his|her|its|their)\s+)?favou?r|"
                         r"against|unconstitutional|illegal|unlawful|lawful|invalid|"
                         r"inadmissible)|(?:a|the|its|this|that)\s+ruling(?!\s+(?:party|parties|coalition|class|"
                         r"family|junta|council|military|elite|government|bloc|majority|camp))|"
                         r"foreign\s+agents?|undesirable|blacklisted|prosecut\w+|lawsuit|criminal\s+case|guilty|liable|"
                         r"settled\s+(?:[^.;]{0,40}\s)?(?:charges|investigations?|lawsuits?|claims|cases?)|"
                         # a law made or in force, a decree issued ("The Bank of Thailand Act was
                         # enacted", "A new ... Act came into force", "issued a general decree")
                         r"enacted|came\s+into\s+force|(?:issued|signed)\s+(?:a\s+|the\s+|an\s+)?(?:[\w-]+\s+){0,2}?decree)\b", re.I)),
    ("reorganisation", re.compile(r"\b(?:reorgani[sz]\w+|restructur\w+|integrated|incorporated|subordinated|reduced\s+to|"
                                  # selling a business of its own changes what the organisation is
                                  r"(?:sold|sell|sale\s+of)\s+(?:[^.;]{0,60}\s)?(?:its|the)\s+(?:[^.;]{0,40}\s)?"
                                  r"(?:business|division|unit|arm|operations)\b|"
                                  r"raised\s+to|elevated\s+to|(?:was|were|been)\s+revived|re-?activated|(?:was|were)\s+activated|re-formed|nationali[sz](?:ed|ation)|"
                                  r"privati[sz](?:ed|ation)|(?:public|state|private)\s+ownership|"
                                  # a split of its members changes what it is ("The members divided over A Boat for Vietnam")
                                  r"split\s+into|(?:members|membership|party|movement|union)\s+(?:divided|split)\b|"
                                  r"broke\s+away|schism|enlarged|handed\s+[^.;]{0,30}\bover\s+to|relocated|moved\s+(?:its\s+)?"
                                  r"(?:headquarters|seat|home|base|garrison)|"
                                  # a body's seat moving to another city: "the school left its London
                                  # premises for Bletchley Park", "the office moved to Bombay"; not a
                                  # unit's move to the front, a person's new post, nor a move told as
                                  # backstory ("had moved")
                                  r"left\s+its\s+(?:[\w-]+\s+)?(?:premises|offices|headquarters|home)\s+for|"
                                  r"(?:company|agency|school|organi[sz]ation|federation|bank|office|headquarters|institute|"
                                  r"centre|center|secretariat|foundation|society|endowment)"
                                  r"\s+(?:moved|began\s+moving)\s+(?:from\s+(?-i:[A-Z])[^,;.]{1,40}?\s+)?to\s+(?-i:[A-Z])\w*|operating\s+as\s+one|combined|took\s+effect|"
                                  r"transferred\s+(?:from\s+[^.;]{1,80}?\s+)?to|amalgamat\w+|(?:was|were)\s+turned\s+into|became\s+part\s+of|made\s+part\s+of|merged|expanded\s+(?:in)?to|"
                                  r"upgraded|absorbed|converted|reformed\s+as|folded\s+(?:back\s+)?into|"
                                  # a part made or a base closed: "a new department for terrorism, TE, was
                                  # added", "The brigade's base there closed and its units moved"
                                  r"(?:department|division|directorate|section|branch|wing|command|unit)\b[^.;]{0,60}\b"
                                  r"(?:was|were)\s+(?:added|created|set\s+up|formed|established)|"
                                  r"(?:base|barracks|garrison)\s+(?:there\s+)?closed|"
                                  # a business pooled with another's, or part of it leaving to form its own
                                  r"pool(?:ed)?\s+(?:their|its)\s+(?:[\w-]+\s+){0,2}(?:business|businesses|operations|interests)|"
                                  r"left\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s+to\s+form|(?:became|formed)\s+the\s+core\s+of|became\s+an?\s+(?:\w+\s+)?(?:regiment|"
                                  r"brigade|division|battalion|party|agency|corps))\b", re.I)),
    ("operation", re.compile(r"\b(?:mutiny|rebellion|uprising|coup|defen[cs]e\s+of|defenders\s+of|raids?|raided|(?<!heart\s)attack(?:s|ed)?|offensives?|incursions?|invasion|invaded|battles?|siege|"
                             r"assaults?|captured|seized|liberated|recaptured|retook|fought|defended|deployed|deploying|to\s+deploy|"
                             # (an operation, or one named: "Operation Impact"; not a body named for
                             # operations: "the Joint Special Forces Operations Command")
                             r"(?<!-)(?-i:operations?)|(?-i:Operation\s+[A-Z][\w'’-]*)|"
                             r"shelled|shelling|ambush\w*|took\s+control|counteroffensive|(?-i:mission)|"
                             # (a withdrawal of forces, not of a bid: "Kraft Heinz withdrew its approach")
                             # (nor a candidate's from a race: "withdrew from the contest", "the
                             # activist Graeme McCormick had withdrawn, and Swinney was declared leader")
                             r"(?<!had\s)withdr[ae]w\w*(?!\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:race|contest|election|ballot|"
                             r"campaign|competition|running|leadership)\b)"
                             r"(?!\s+(?:its|the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:approach|bid|offer|"
                             r"proposal|application|candidacy|candidate|support|nomination|plan|request|complaint|claim|"
                             r"motion|resignation|statement|recognition|name|licen[cs]e|lawsuit|suit|appeal|objection|"
                             r"veto|amendment|draft|bill)s?\b)|"
                             r"evacuat\w+|crossed\s+into|(?<!re-)entered|(?<!has )(?<!have )(?<!had )occupied|bombed|struck(?!\s+(?:out|off|through|down|a|an)\b)|strikes?|seizure|annexation|took\s+part\s+in|"
                             r"shot\s+dead|opened\s+fire|inspect\w*|searched|searching|held\s+out|went\s+ashore|came\s+ashore|"
                             r"fast-roped|stormed|went\s+on\s+strike|walked\s+out(?!\s+of\b)|"
                             # a combat jump: "jumped from C-17 transports onto Bashur airfield"
                             r"(?:jumped|parachuted)\s+(?:[^.;]{0,80}\s)?(?:onto|into|over|behind)|"
                             # forces sent: "decided to send the Collective Peacekeeping Forces to Kazakhstan"
                             r"(?:sent|send|sending|dispatched)\s+(?:its\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:forces|troops|"
                             r"contingents?|peacekeepers|battalions?|brigades?|units)\b|"
                             # a raid told by its act: "boarded the tanker",
                             # "parachuted into the Atlantic beside the liner", "freed the hostages"
                             r"boarded|parachuted|infiltrated|sabotaged|rescued|freed\s+(?:the\s+)?(?:\w+\s+)?hostages|"
                             # a unit's tour in a named war or country ("the 3rd Battalion served in
                             # Helmand Province"), not a person's career ("who never served in the
                             # Soviet army")
                             r"(?<!\bwho\s)(?<!\bnever\s)(?<!\bhe\s)(?<!\bshe\s)served\s+(?:in|with)\s+(?:the\s+)?(?-i:[A-Z])\w*|"
                             # a humanitarian body's work in a crisis is its operation
                             r"(?:during|in|against|to)\s+the\s+(?:[\w-]+\s+){0,3}(?:epidemic|outbreak|famine|earthquake|tsunami|floods?)|"
                             # a claim of a capture is told as the fighting it claims ("declared the city taken")
                             r"(?:declared|claimed)\s+(?:[^.;,]{0,40}\s)?(?:taken|captured|liberated|fallen))\b", re.I)),
    ("loss", re.compile(r"\b(?:sank|sunk|sinking|explosions?|exploded|disintegrated|broke\s+apart|killing|blasts?|crashed|crash|taken\s+prisoner|surrendered|killed|casualties|wounded|destroyed|lost|losses|died|death|shot\s+down|executed)\b", re.I)),
    ("milestone", re.compile(r"\b(?:offer\s+for|bid\s+for|takeover|prisoner\s+exchange|freed|honorific|awarded|prize|won|wins|election|elections|elected|signed|agreement|treaty|"
                             r"acquired|acquisition|acquire|merger|listed|IPO|entered\s+into\s+force|ratified|opened|"
                             rf"joined|membership|accredited|recogni[sz]ed|adopted|(?:published|released)(?!{_PAPER})|introduced|"
                             r"completed|announced\s+(?:the|a|its)\s+(?:sale|purchase|acquisition|merger)|"
                             # it made something new: "founded a global database", "launched a fund"
                             r"launched|founded|set\s+up|established|created|built|suspend(?:ed|ing)|suspension|halt(?:ed|ing)|became\s+operational|"
                             r"began\s+(?:its\s+)?(?:work|operations|activities)|"
                             r"agreed\s+to\s+(?:sell|buy|acquire|merge)|sold|sale\s+of|bought|list\s+on|"
                             # a new member, a share listing, a first flight or service, a rate set
                             # (a central bank's act), an election's result told by its figures
                             r"became\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:members?|(?:member|partner)\s+states?)|re-?admitted|"
                             r"ceased\s+to\s+be\s+a\s+member|"
                             # a decision its members or bodies took: "shareholders approved the rights
                             # issue", "the leaders endorsed the Boe Declaration", "a convention voted to
                             # join the Communist International"
                             r"approved\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:sale|merger|issue|acquisition|deal|"
                             r"takeover|plan|budget|strategy|policy|package|offer|increase|statute|constitution)|"
                             r"endorsed\s+the\s+(?-i:[A-Z])|"
                             r"voted\s+(?:unanimously\s+|overwhelmingly\s+|by\s+[^,;]{1,40}?\s+)?(?:to|for)\s+(?:join|leave|"
                             r"merge|accept|adopt|approve|abolish|end|affiliate|withdraw|the\s+(?:merger|move|deal))|"
                             # its leader at the head of the country's government: "became Norway's
                             # first woman prime minister", "formed the first Labour government"
                             r"became\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:prime\s+minister|chancellor|premier|taoiseach|"
                             r"first\s+minister)|formed\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?government|"
                             # a building or service opened, a company taken over by name
                             # ("inaugurated a headquarters building",
                             # "jointly took over Scottish & Newcastle")
                             r"inaugurated|"
                             r"took\s+over\s+(?!(?:[\w'’-]+\s+){0,3}(?:command|post|chair|office|leadership)\b)(?-i:[A-Z])[\w'’-]*|"
                             # a vote or a contest decided, a member expelled, a deal closed, a product on sale
                             r"defeated|by\s+[\d,]+\s+votes|expelled|suspend|went\s+on\s+sale|"
                             r"(?:deal|acquisition|merger|purchase|sale|takeover)\s+(?:closed|was\s+completed|went\s+through)|"
                             r"began\s+trading|lifted\s+off|flew\s+for\s+the\s+first\s+time|maiden\s+(?:flight|voyage)|"
                             r"first\s+flight|touched\s+down|landed|began\s+(?:regular\s+)?service|"
                             r"(?:raised|lowered|cut)\s+(?:its\s+|the\s+)?(?:key\s+|policy\s+|official\s+|cash\s+)?"
                             r"(?:interest\s+)?rates?|"
                             r"(?:fell|dropped|slumped|rose|climbed)\s+to\s+[\d.,]+\s+(?:per\s+cent|percent|%|seats))\b", re.I)),
    ("statement", re.compile(rf"\b(?:said|says|claimed|claims|stated|told|commented|described|interview|posted|(?:published|released){_PAPER}|"
                             r"video|telegram|statement|press\s+conference|reported|according\s+to|wrote|"
                             r"criticised|criticized|called\s+(?:on|for))\b", re.I)),
]
WEIGHT = {
    "founding": 0.90, "dissolution": 0.85, "renaming": 0.80, "reorganisation": 0.80, "leadership": 0.72,
    "legal": 0.75, "operation": 0.68, "loss": 0.62, "milestone": 0.60, "other": 0.40, "statement": 0.25,
    "background": 0.05,
}
# What the article itself signals: told in the lead, told more than once, dated to the day or
# the month (an article dates closely what matters to it); a span is a period, not a moment.
# Measured on the fixture corpus: of events told twice or more, 76-100% are must-haves, against
# 36% of those told once; 57% of day-dated events against 18% of year-dated ones.
LEAD, TOLD_AGAIN, DAY, DECISIVE = 0.12, 0.08, 0.12, 0.12
# A decisive loss (its people taken prisoner or killed, something destroyed) ends a story the
# reader must know: Azov's defenders taken prisoner at Azovstal had ranked below the start of
# the siege and the unit's formal incorporation, and fell off its snapshot.
DECISIVE_LOSS = 0.2
MONTH, RANGE = 0.06, 0.12
# A milestone that decides the organisation's standing: a prize, an election won, a majority.
_DECISIVE = re.compile(r"\b(?:won|wins|victory|majority|prize|award(?:ed)?|completed|acquired|merger|came\s+first|"
                       r"winner|per\s*cent\s+of\s+the\s+vote|percent\s+of\s+the\s+vote|became\s+operational|"
                       r"began\s+(?:its\s+)?(?:work|operations|activities))\b", re.I)
# A loss that decides the organisation's fate, as a victory does: its people taken prisoner,
# what it has destroyed or wiped out ("the remaining defenders left the plant ... and were
# taken prisoner", the end of the siege a unit is known for; "An explosion destroyed the
# Deepwater Horizon drilling rig"). Not "surrendered": a unit's history tells the enemy's
# surrender as often as its own ("The Argentine commander ... surrendered in Stanley").
_DEFEAT = re.compile(r"\b(?:taken\s+prisoner|taken\s+captive|destroyed|wiped\s+out|annihilated)\b", re.I)
# A rising the organisation mounts against the authorities ("Prigozhin launched an armed
# mutiny", "the army staged a coup") is a turning point of its story, as a decisive loss is;
# only with a verb of its own making, as "after the coup of the previous year" is the
# background of another happening.
_RISING = re.compile(r"\b(?:launched|staged|mounted|attempted|(?<![-\w])led|began)\s+(?:an?\s+)?(?:armed\s+|failed\s+|"
                     r"military\s+|short-lived\s+)?(?:mutiny|coup|rebellion|revolt|uprising|insurrection|putsch)\b", re.I)
# A loss of life ("crashed ..., killing all ten people on board, among them Prigozhin and Utkin")
# is as decisive; only in a loss, as an operation's "killed" is as often the enemy's dead.
_KILLED = re.compile(r"\bkill(?:ing|ed)\b", re.I)
# A statement that reveals what was hidden ("Ericsson disclosed that an internal inquiry had
# found it may have made payments to the Islamic State group", "Prigozhin admitted for the
# first time that he had founded Wagner") is news of what the organisation did, not talk: it
# counts as a milestone does.
# A member "was admitted" is no admission.
_DISCLOSED = re.compile(r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?:admitted|disclosed|revealed|confessed|acknowledged|leaked)\b",
                        re.I)
# A happening the article says had consequences ("which set off months of nightly
# demonstrations", "a decision that led to a long dispute", "which prompted legal challenges"):
# the article itself marks it as a turning point, whatever its kind.
_CONSEQUENTIAL = re.compile(r"\b(?:which|that)\s+(?:set\s+off|sparked|triggered|prompted|led\s+to|caused|provoked)\b"
                            r"|,\s+(?:sparking|triggering|prompting|provoking)\b", re.I)
CONSEQUENTIAL = 0.12
# A result or claim the article says was contested ("declared the winner ..., a result the
# opposition refused to accept", "declared the city taken, a claim disputed by Zelensky"): the
# dispute is itself news, and often what the present turns on. Read in the label, which keeps
# the article's doubt (`_DISPUTED`), so one contested clause does not lift its neighbours.
CONTESTED = 0.12
# "On 11 June it became known that X had joined the Legion": the date is the day it was told,
# and the happening, in the past perfect, came before it at a time the article does not give.
# A row dated by its report counts less than one dated by its happening. Only a report no one
# makes ("it became known"): "IAEA reported that Iran had met its commitments" is the IAEA's act.
_REPORTED_EARLIER = re.compile(
    r"\bit\s+(?:became|was)\s+(?:known|reported|revealed|confirmed)\s+that\b[^.;]*?"
    r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|n|t)\b", re.I)
REPORTED_EARLIER = 0.15
# A commemoration of the organisation's own past ("GCHQ marked its centenary", "celebrated its
# 75th anniversary") is a dated happening, but it tells what happened before, not news: it
# counts as little as a statement, so a snapshot's five events go to what changed.
_COMMEMORATION = re.compile(r"\b(?:marked|celebrated|commemorated|observed)\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:anniversary|centenary|centennial|bicentenary|jubilee)\b", re.I)
COMMEMORATION = 0.25
# The opening of premises ("The PMC Wagner Centre, an office block in Saint Petersburg, was
# opened"): a building, not a change in what the organisation is or does; it counts as any
# other happening. A body that opens (a new centre as an agency: "The National Cyber Security
# Centre opened") names no premises and keeps a milestone's weight.
_PREMISES = re.compile(r"\b(?:opened|inaugurated)\b[^.;]*\b(?:office\s+block|office\s+building|offices|premises|"
                       r"headquarters\s+building|building|tower|shop|store)\b|"
                       r"\b(?:office\s+block|office\s+building|offices|premises|headquarters\s+building|building|tower)\b"
                       r"[^.;]*\b(?:was|were)\s+(?:officially\s+)?(?:opened|inaugurated)\b", re.I)
# A happening the next sentence says became a legend, a symbol or a turning point, or is marked
# every year ("The fight became the Legion's founding legend: every year on 30 April the Legion
# marks Camerone Day"): the article itself says it matters beyond its day. The next sentence
# must point back to it ("The fight", "This", "It"), so it speaks of that happening.
_HAILED = re.compile(r"^(?:The|This|That|It|Its)\b[^.;:]{0,60}?\b(?:became|becoming|remains?|is|was|has\s+been)\s+"
                     r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
                     r"(?:legend|symbol|turning\s+point|watershed|landmark|rallying\s+cry)\b"
                     r"|^(?:The|This|That|It|Its)\b[^.;:]{0,60}?\b(?:is|are|has\s+been)\s+(?:commemorated|remembered|"
                     r"celebrated|marked)\s+(?:every|each)\s+year\b")
HAILED = 0.15
# "Since then the company has been organised into four business groups": what the change the
# sentence before tells made of the organisation (see `_say_what_changed`).
_SINCE_THEN = re.compile(r"^(?:Since\s+then|From\s+then\s+on|Thereafter|Under\s+it|With\s+it)\s*,?\s+"
                         r"(?P<what>(?:the\s+\w+|it)\s+(?:has|have|had|is|was|were)\s+[^:;]{5,90}?)\s*[:.]?$")


def _say_what_changed(d: _Draft, what: str, labels: dict[int, str], statements: dict[int, str]) -> None:
    """A label that says only that something indefinite began ("A new operating model,
    announced on 29 October 2020, took effect", `says_little`) takes what the next sentence says
    it made of the organisation: "A new operating model took effect; since then the company has
    been organised into four business groups". The aside goes to make room."""
    for table in (labels, statements):
        label = table.get(id(d), "")
        if label and says_little(label):
            bare = re.sub(r",[^,]+,", "", label.rstrip(". "))
            table[id(d)] = f"{bare}; since then {what.rstrip(' .:')}"

# "The Legion denied any link with him.": the organisation's own short, undated answer to what
# the sentence before told (`_add_answer`).
_ANSWER = re.compile(r"^(?P<who>[^,;:]{1,40}?)\s+(?P<verb>denied|rejected|disputed)\s+(?P<what>[^.;:,]{2,60}?)\.?$")


def _add_answer(d: _Draft, answer: re.Match[str], subject: Subject, labels: dict[int, str],
                statements: dict[int, str]) -> None:
    """A row the organisation answered at once with a denial carries the denial: "Nikolay
    Okhlopkov was arrested because the authorities accused him of wanting to join the Legion;
    the Legion denied any link". Without it the row tells the accusation as the article's own
    word (round 72). Only the organisation's answer, in the very next sentence, undated, and
    short: a longer reply is a happening or a claim of its own. A closing "with X" where the row
    names X goes, being understood; a row the answer would make too long keeps its words."""
    who = answer.group("who").strip()
    if re.fullmatch(r"(?i)it|they", who):
        who = subject.ref
    elif re.match(r"The\s", who):
        who = "t" + who[1:]
    for table, most in ((labels, _LABEL_LONG), (statements, _STATEMENT_LIMITS[1])):
        label = table.get(id(d), "")
        if not label:
            continue
        what = answer.group("what").strip()
        named = re.search(r"\s+(?:with|to|of|from)\s+(?P<x>[A-Z][\w'’-]+)$", what)
        if named and named.group("x") in label:
            what = what[:named.start()]
        label = re.sub(r"\.(?=[\"'”’»]?$)", "", label.rstrip(" ;"))  # '... "wanting to join the Legion."'
        said = f"{label}; {who} {answer.group('verb')} {what}"
        if len(said) <= most:
            table[id(d)] = said


_UNIQUE_KINDS = {"founding", "dissolution", "renaming"}

# The organisation's own origins, told before its founding: "Its forerunner, X, started ...".
_ORIGINS = re.compile(r"\b(?:forerunner|predecessor|precursor|origins?)\b", re.I)
_QUESTION = re.compile(r"\?[\s\"'”’»)\]]*$")
_DATE_LABEL = re.compile(r"\b(?:founded|formed|(?<!-)formation|established|active|dates?|dissolved|disbanded|founding|creation|"
                         r"since|inception|launched|opened|incorporated|incorporation)\b", re.I)
# A clause that makes its date a reference point: "before the Legion was created in 2022".
# (not a time of day: "stormed the aircraft before dawn on 31 March" is the day's own act)
_REFERENCE_CLAUSE = re.compile(r"\b(?:(?:before|after)(?!\s+(?:dawn|dusk|midnight|noon|sunrise|sunset|daybreak|nightfall|"
                               r"first\s+light)\b)|prior\s+to|ahead\s+of|scale\s+of|size\s+of|compared\s+(?:with|to)|"
                               # (not a count: "More than 900 delegates voted on 17 October 2022")
                               r"than(?!\s+(?:(?:about|some|around|half)\s+)?(?:\d|(?:a|an|one|two|three|four|five|six|seven|"
                               r"eight|nine|ten|twenty|thirty|forty|fifty|a\s+(?:dozen|hundred|thousand|million))\b))|"
                               r"unlike|as\s+in|like|following|since\s+the|aftermath\s+of|at\s+the\s+time\s+of|"
                               r"time\s+of|"
                               # "taken up draft rules for choosing its candidates in the local
                               # elections of 2026": the time of what a step is for
                               r"for\s+[a-z]+ing)\b(?P<gap>[^,;:]{0,60})$", re.I)
# What a court, a speaker or a finding says, opened and not yet at its verb: "ruled that the
# German government" (`_shortened`'s `ok`).
_SAYING_THAT_OPEN = re.compile(r"\b(?:ruled|said|announced|found|decided|declared|held|revealed|reported|"
                               r"concluded|confirmed)\s+that\s+(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+$",
                               re.I)
# The second half of a pair that the verb then follows: "| and parliament had failed".
_PAIR_THEN_VERB = re.compile(r"\s+and\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:had|has|have|was|were|would|"
                             r"could|should|is|are|did|must)\b", re.I)
# An attempt that did not succeed, which a ", but ..." after it completes: "failed to win a
# majority in the first ballot, but he was elected in a second".
_FAILED = re.compile(r"\b(?:failed\s+to|fell\s+short\s+of|did\s+not\s+(?:win|get|gain|reach|obtain)|"
                     r"could\s+not\s+(?:win|get|gain|reach|obtain)|was\s+unable\s+to|missed)\b", re.I)
# (each way opens on ";", ",", ":" or a blank: the lookahead passes over every other position at
# once, where the search had tried all of the ways at each)
_CLAUSE_SPLIT = re.compile(r"(?=[;,:\s])(?:;\s+|,\s+(?:and|while|but|whereas)\s+|"
                           # "fixed the timetable on 14 April 2021: nominations opened on 6 May": a
                           # colon before a clause with its own subject, verb and day
                           r":\s+(?=(?:the\s+|its\s+)?[a-z]+(?:\s+[a-z]+)?\s+[a-z]{3,}ed\s+(?:on|in)\s+(?:\d{1,2}\s+)?"
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\b)|"
                           # "Interest in the League rose after Russia invaded Ukraine on 24 February
                           # 2022: by 8 April 2022 it had received 2,126 applications": after the
                           # colon, a count "by" a day of its own, with its own subject and verb (not
                           # "went its own way: in January 2024 it merged", which goes on telling it)
                           r":\s+(?=by\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
                           r"August|September|October|November|December)\s+\d{4},?\s+(?:it|they|he|she|the\s+[a-z]+)\s+"
                           r"(?:had|has|was|were|[a-z]{3,}ed)\b)|"
                           # "which it flew for thirty years until it disbanded on 28 March 2014":
                           # what ended the span is a happening of its own
                           r"\s+until\s+(?=(?:it|he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                           r"(?!(?:was|were|had|has)\b)[a-z]+ed\b)|"
                           # "helped twenty citizens onto flights before it withdrew on 26 August":
                           # the same doer's next act, on a day of its own
                           r"\s+before\s+(?=(?:it|he|she|they)\s+(?!(?:was|were|had|has|could|would)\b)[a-z]{3,}"
                           r"(?:ed|ew|ook|ame|ent|eft|ost|on)\s+(?:[^,;]{0,40}?\s)?(?:on|in)\s+\d{1,2}\s+[A-Z][a-z]+\b)|"
                           r"\s+and,\s+(?=(?:in|on|by|from|after|during)\s)|,\s+when\s+(?=[A-Z])|\s+and\s+(?:then|later|again)\s+|"
                           # "moved to a closed session in Kathmandu, where, on 18 December 2025, Oli
                           # beat ...": what happened there, on its own day, is a clause of its own
                           r",\s+where,\s+(?=(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z]?[a-z]*\s*\d{4},)|"
                           r"\s+and\s+(?=(?:has|had|was|were|is|became|took|left|joined|returned|signed|won|lost|"
                           r"moved|merged|announced|launched|received|opened|closed|founded|co-founded)\b)|"
                           # "opened their talks on 26 November 2025 and on the next day approved ...": the
                           # next day's happening is its own
                           r"\s+and\s+(?=(?:on\s+)?the\s+(?:next|following)\s+day\s+[a-z]+ed\b)|"
                           # "opened its membership to London doctors in 1853 and three years later
                           # renamed itself": a time counted from the first, and its own happening
                           r"\s+and\s+(?=(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                           r"(?:days?|weeks?|months?|years?)\s+later\s+[a-z]+ed\b)|"
                           # "began making telephones in 1878 and in 1881 won its first contracts":
                           # a dated second clause whose verb follows its date
                           r"\s+and\s+(?=(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|"
                           r"August|September|October|November|December)\s+)?\d{4},?\s+(?!(?:to|and|or|in|on|at|for|from|"
                           r"the|a|an|as|with|by|of)\b)[a-z]+)|"
                           # "seized the party's property in May and banned it in June 1933": a second
                           # verb of the same subject with a month of its own, after a first dated by one
                           r"(?:(?<=January)|(?<=February)|(?<=March)|(?<=April)|(?<=May)|(?<=June)|(?<=July)|"
                           r"(?<=August)|(?<=September)|(?<=October)|(?<=November)|(?<=December))"
                           r"\s+and\s+(?=[a-z]{3,}ed\s+(?:it|them|him|her|the\s+[a-z]+)\s+"
                           r"(?:in|on)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)\b))")
# A count of time told loosely: "little more than", "less than", "just over", "nearly".
_LOOSELY = r"(?:(?:(?:a\s+)?little\s+)?(?:less|more)\s+than\s+|just\s+(?:over|under)\s+|nearly\s+|almost\s+)"
_RELATIVE = re.compile(
    # "At a handover ceremony later that month Sotha handed control ...", "In a statement the next
    # day ...": an occasion named before the time counted, which that time dates
    r"^(?:(?:at|in|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){1,3}?"
    r"(?=(?:later|earlier|that|the\s+(?:same|following|next))\s))?"
    r"(?:(?:on|in|at|by|during)\s+)?(?:(?P<later>later|earlier)\s+)?"
    # ("Early the following February the Saeima re-elected Kazāks", "Late that month": a part of
    # the time counted to, dated as closely as that time)
    r"(?:(?:early|late)\s+(?=(?:that|the\s+(?:following|next|same))\s))?"
    # "At the end of that month the two companies agreed": a part of the time counted to, dated
    # as closely as that time
    r"(?:(?:at|by|towards?|in)\s+the\s+(?:end|start|beginning|close|middle|course)\s+of\s+)?"
    # "At half past eight the next morning ...": a time of day before the day counted
    r"(?:at\s+(?:(?:half|a\s+quarter)\s+(?:past|to)\s+)?(?:\w+|\d{1,2}[.:]\d{2})(?:\s+o'clock)?\s+(?=the\s+(?:next|following)\s))?"
    # ("At the end of the month O'Neill was appointed": after "the end of", "the month" is the
    # month just told, as "that month")
    r"(?:(?:that|the\s+same|the\s+following|the\s+next|(?<=\sof\s)the)\s+(?P<unit>day|week|month|year)|"
    # "That October the carrier Midway arrived": a month of the year told, "the following
    # October" the next one; "that summer" the year
    r"(?P<which_m>that|the\s+following|the\s+next)\s+(?P<tmonth>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|(?:that|the\s+same)\s+(?P<season>spring|summer|autumn|fall|winter)|"
    # ("The following winter the regiment led Northern Griffin 24" after May 2023: the winter
    # that begins at the year's end, whose months fall in the next year)
    r"(?:the\s+following|the\s+next)\s+(?P<fseason>spring|summer|autumn|fall|winter)|"
    # "The next afternoon", "that evening": a part of a day is that day
    r"(?:that|the\s+same|the\s+following|the\s+next)\s+(?P<dayunit>morning|afternoon|evening|night)|"
    # ("Little more than a year later, on 1 May": a count told loosely, whose day the clause gives)
    rf"(?:exactly\s+|{_LOOSELY})?"
    r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+)\s+"
    r"(?P<unit2>days?|weeks?|months?|years?)\s+"
    # (not "Fifteen years after it began, ...": a count from what the clause names, not the time told)
    r"(?P<dir>later|after(?:wards)?(?!\s+(?:it|he|she|they|we)\b)|earlier)(?:,?\s+to\s+the\s+(?P<tothe>day|month)\b)?|"
    # "Within a week the IRC had begun sending help": by some day of that time, told no closer
    r"within\s+(?P<wn>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+)\s+"
    r"(?P<wunit>days?|weeks?|months?|years?)|"
    # "a few weeks later Lee Kun-hee succeeded him": some time on, told no closer
    # ("Days later the board dismissed him": as loosely, the count untold; not "months later",
    # a year at best, which says less than the sentence's place in the story)
    r"(?:(?:a\s+few|several)\s+|(?=[Dd]ays\s))(?P<funit>days|weeks|months)\s+later|"
    # "A year to the day after the all-out strike began, Unite announced ...": a count from the
    # day of a happening named by its noun, told in the sentences just before (`_day_of_happening`)
    r"(?P<an>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+)\s+"
    r"(?P<aunit>days?|weeks?|months?|years?)\s+(?:to\s+the\s+(?P<atothe>day|month)\s+)?after\s+(?:the|that|its)\s+"
    # ("Six days after the killings Abiy appointed ...": the clause's subject after the noun)
    r"(?:[\w-]+\s+){0,2}?(?P<anoun>[a-z]{4,})(?:\s+(?:began|started|opened|ended|broke\s+out))?(?=\s*,|\s+(?-i:[a-z])|"
    r"\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*\s+(?-i:[a-z]+ed|was|were|took|made|named|chose|became|won)\b)|"
    # "Dzulkifli resigned within days" of the election just told: some days on, told as loosely
    # as "a few days later" (not "within weeks" or "within months": a year at best, which says
    # less than the sentence's place in the story)
    r"within\s+(?:a\s+few\s+)?(?P<wfunit>days)|"
    # "On its last day twenty-three governments signed the agreement": the end of the span just told
    r"(?:its|the|that)\s+(?P<lastday>last|final|closing)\s+day|"
    # "On the second day they adopted the Sirte Declaration": a day of the meeting just told,
    # counted from its first
    r"(?:its|the)\s+(?P<nthday>second|third|fourth|fifth)\s+day\b(?!\s+of\b)|"
    # "Two days later Joko Widodo suspended him. The same decree made a deputy chairman interim
    # chairman": one act, told again as the subject of the next sentence, is of the day last told
    r"(?:the\s+same|that)\s+(?P<act>decree|order|resolution|ruling|vote|session|letter|announcement|statement|"
    # "... the Assembly chose Faki. The same summit readmitted Morocco": a meeting told just before
    r"summit|meeting|congress|conference|sitting))\b", re.I)
# A meeting told just before, which dates the clause it opens (`_RELATIVE`'s "act").
_SAME_MEETING = re.compile(r"(?i)^\s*(?:at\s+)?(?:the\s+same|that)\s+(?:summit|meeting|congress|conference|sitting)\b")
# Taking over a post, told with no time of its own ("took over as acting commander", "succeeded
# him"), and words that say it was not at once ("later", "eventually", "in time").
_TOOK_OVER = re.compile(r"\b(?:took\s+over\s+(?:(?:the|its)\s+(?:[a-z][\w-]*\s+){0,2}?)?(?:as|from)\b|"
                        # ("took over all the powers of the office as acting Chief Electoral Officer")
                        r"took\s+over\s+[^.;]{0,60}?\bas\s+(?:acting|interim)\s|succeeded\s+(?:him|her)\b|took\s+(?:command|charge)\b|"
                        r"assumed\s+(?:command|the\s+post|office)\b|became\s+(?:acting|interim)\s+[a-z]|"
                        # ("... was installed there as the network's third executive director")
                        r"(?:was|were)\s+installed\s+(?:there\s+)?as\b|"
                        # ("Doe became its first executive director", after the start of its work)
                        r"became\s+(?:its|their)\s+first\s+[a-z])")
# A successor named with no time of its own: "The Saeima elected Ilmārs Rimšēvičs to succeed him",
# "The board chose as his successor Andre Viljoen", "His successor was Antonoaldo Neves", "The
# guard's new commander was David Córdova Campos" (`extract_events`); not one who stood ("the only
# candidate to succeed him").
_SUCCESSOR_NAMED = re.compile(r"(?<!\bcandidate\s)(?<!\bcandidate\sto\s)\b(?:to\s+)?succeed(?:ed)?\s+(?:him|her)\b|\bas\s+(?:his|her)\s+successor\b|"
                              r"^\s*(?:His|Her)\s+successor\s+(?:was|became)\s+(?-i:[A-Z])|"
                              rf"\bnew\s+(?:[a-z-]+\s+){{0,2}}?(?:{_NEW_HEAD_POST}|secretary)\s+was\s+(?-i:[A-Z])|"
                              # ("The board entrusted the company to Jacek Krawiec")
                              r"\bentrusted\s+(?:the\s+(?:company|group|bank|firm|agency|party|force|command)|it)\s+to\s+(?-i:[A-Z])")
# A body choosing a person, no post named, the clause opening on it: "The House chose Jules
# Castonguay, who had worked in the Clerk's office since 1908" after "When Biggar announced in 1927
# that he intended to leave": the successor, of the year of that going (`extract_events`).
_CHOSEN_ALONE = re.compile(r"\s*(?:The|Its|Their)\s+(?:[A-Za-z-]+\s+){0,3}?(?:chose|elected|appointed|named|picked|selected)\s+"
                           r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}\s*(?:,|\.?\s*$)")
# A holder's going, which a successor named right after follows: "Repše resigned in December
# 2001", "Pinto told the staff that he would step down at the end of the month".
_GOING = re.compile(r"\b(?:resign(?:ed|s)?|retire[ds]?|step(?:ped|s)?\s+down|left|leave|quit|died|was\s+(?:dismissed|"
                    r"removed|sacked|fired|killed|relieved))\b")
# A head handing on the post, the clause's own subject a pronoun or a name: "he gave up the
# command to General Toufic Salem", "she handed over to X", "he stepped down as chairman".
_HANDED_ON = re.compile(r"\s*(?:he|she|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+"
                        r"(?:gave\s+up\s+(?:the\s+|his\s+|her\s+)?(?:command|post|chair|chairmanship|leadership|presidency)"
                        r"|handed\s+(?:over|(?:the\s+|his\s+|her\s+)?(?:command|post|leadership))|stepped\s+down|resigned)\b")
# A choice or a removal made by a meeting (`extract_events`' `scene`): "was elected", "relieved him
# of the party presidency", "removed her", "re-elected X", "elected Jamel Msallem as president",
# "chose as president Abdessattar Ben Moussa".
_CHOSEN_POST = r"(?:its\s+|the\s+|their\s+)?(?:new\s+)?(?:president|chair|chairman|chairwoman|leader|secretary)"
_CHOSEN_THERE = re.compile(r"\b(?:(?:was|were)\s+(?:re-?)?elected\b(?!\s+(?:as\s+)?(?:its\s+|the\s+)?(?:deputy|vice)\b)|relieved\s+(?:him|her|them|[A-Z][\w'’-]+)\s+of\s+"
                           r"(?:the\s+|its\s+|his\s+|her\s+)?(?:party\s+)?(?:presidency|chair|leadership|post|office|"
                           r"command)|(?:re-)?(?:elected|chose)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:as\s+)?"
                           rf"{_CHOSEN_POST}|(?:re-)?(?:elected|chose)\s+as\s+{_CHOSEN_POST}\s+(?-i:[A-Z])|"
                           # ("The committee elected Chapo, the only candidate, with 241 of 243 votes",
                           # after the head's going at that session: the post is the one left)
                           r"(?:re-)?elected\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}"
                           r"(?=,\s+the\s+only\s+candidate|\s+(?:unopposed|unanimously|with\s+\d[\d,]*\s+(?:of|votes)))|"
                           # ("Pagotto named as national coordinator Sister Vera Lúcia Altoé")
                           rf"(?:named|appointed)\s+as\s+(?:its\s+|the\s+|their\s+)?(?:new\s+)?(?:[a-z-]+\s+){{0,2}}?"
                           rf"(?:{ROLE_NOUN.pattern})\s+(?-i:[A-Z])|"
                           r"removed\s+(?:him|her)\s+(?:as|from))", re.I)
def _meeting_day(sentence: str, day: EventDate) -> EventDate:
    """The time a meeting told in `sentence` made the choices told after it (`_CHOSEN_THERE`):
    the day told (`day`), unless the sentence spans more days than that ("met in Tunis on 8–10
    September 2011", "opened on 30 September 2016 ... and continued in Hammamet on 1 and 2
    October"); then the month of its last day, since on which of them the choice was made the
    text does not say."""
    told = [m for m in find_dates(sentence) if not m.recurring and not _in_aside(sentence, m) and m.month is not None]
    if day.day is None:
        return day
    if not told or (not told[-1].is_range and (told[-1].day, told[-1].month) == (day.day, day.month)):
        if any((m.day, m.month) == (day.day, day.month) and not m.is_range
               and re.search(r"\b(?:opened|began|started|convened)\s+(?:[^.;,]{0,40}\s)?on\s+$", sentence[:m.start])
               for m in find_dates(sentence)):
            # "At its thirteenth general assembly, which opened in Curitiba on 26 November 2007,
            # the Pastoral elected ...": a meeting that opened on a day, and no later day told,
            # went on after it
            return EventDate(year=day.year, month=day.month)
        return day
    last = told[-1]
    year = last.end_year or last.year or day.year
    month = last.end_month or last.month
    if year is None or (year, month) < (day.year, day.month or 0):
        return day
    return EventDate(year=year, month=month)


# A meeting that makes such choices, in a sentence of the paragraph before them (not a word of a
# body's name: "the Election Commission registered his faction").
_MEETING_WORD = re.compile(r"(?i)\b(?:meeting|session|congress|conference|assembly|election|vote|ballot|board|"
                           r"summit|convention|plenum|council)\b(?!\s+(?-i:[A-Z]))")
# A meeting a clause names as its own occasion ("At the tenth convention, held in Chitwan, Oli was
# re-elected"): another day than the one the paragraph told, unless the same.
_OWN_MEETING = re.compile(r"(?i)\b(?:at|by)\s+(?!the\s+same\b|that\b)(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:meeting|session|congress|conference|assembly|summit|convention|plenum)\b")
# Taking a post told by "became" and the post: "became group chief executive", "became its president".
_BECAME_POST = re.compile(rf"\bbecame\s+(?:the\s+|its\s+)?(?:new\s+)?(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})\b", re.I)
# A trailing ", followed by X in 1999, Y in 2001 and Z in 2002": the later steps of the same kind.
_FOLLOWED_TAIL = re.compile(r"(?<=[^,;]{8}),\s+followed\s+(?:in\s+[^,;]{1,25}?\s+)?by\s+(?P<steps>[^;]+?)\s*\.?$", re.I)
# "Moshe Sanbar succeeded him, followed in 1976 by Arnon Gafni and in 1982 by Moshe Mandelbaum":
# a succession counted on, each step with its time and its holder (`_succession_steps`)
_FOLLOWED_STEPS = re.compile(r",\s+(?:and\s+)?(?:was\s+)?(?:followed|succeeded)\s+(?=in\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+by\s)")
_FOLLOWED_STEP = re.compile(r"(?:,?\s+and\s+|,\s+)?in\s+(?P<when>(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|"
                            r"July|August|September|October|November|December)\s+)?\d{4})\s+by\s+"
                            r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*)(?=\s+and\s+in\s|,\s+in\s|,\s+and\s+in\s|\s*\.?$)")


# "who took office in April, replaced Samora with Seare on 7 June 2018": a relative clause about
# the name before it, closed by a comma, then the main verb of that name (`_relative_then_main`).
_WHO_THEN_MAIN = re.compile(r"^who\s+(?P<rel>[^,;]{3,120}?),\s+(?P<main>(?:then\s+|later\s+)?(?:[a-z]{2,}ed|took|made|won|"
                            r"lost|became|gave|held|led|left|ran|set|sold|bought|chose|named|oversaw|saw|began|"
                            r"withdrew|resigned|stepped)\b[^;]*)$")


def _relative_then_main(clauses: list[tuple[int, str]], sentence: str) -> list[tuple[int, str]]:
    """A clause "who <aside>, <main verb> ..." that follows a bare name ("Carl Berg, who took
    office in April, replaced Samora with Seare on 7 June 2018"), as two: the aside about the
    person ("who took office in April"), and the sentence's main clause told with its subject
    ("Carl Berg replaced Samora with Seare on 7 June 2018."). Why: the clause splitter opens a
    clause at ", who" and cannot see where the aside ends, and the main clause's happening was
    labelled "Who took office in April, replaced ..." with the aside's time beside its own. Only
    after a clause that is a name and no more ("His successor, Abiy Ahmed"), which has no verb
    of its own to tell."""
    out: list[tuple[int, str]] = []
    for i, (o, c) in enumerate(clauses):
        m = _WHO_THEN_MAIN.match(c) if i and out else None
        before = out[-1][1] if m else ""
        name = re.search(r"(?:^|,\s+)((?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|de|da|van|von|bin|al)){1,4})\s*$", before) \
            if m else None
        if m is None or name is None or _FINITE.search(before) or not re.search(r",\s+$", sentence[:o]) \
                or not _FINITE.search(m.group("rel")):
            out.append((o, c))
            continue
        out.append((o, f"who {m.group('rel')}"))
        out.append((o + m.start("main"), f"{name.group(1)} {m.group('main')}"))
    return out


def _succession_steps(clause: str, persons: list[str]) -> list[tuple[int, str]] | None:
    """A clause whose person-subject took a post, counted on by a tail of steps each with a time
    and a holder ("Moshe Sanbar succeeded him, followed in 1976 by Arnon Gafni and in 1982 by
    Moshe Mandelbaum"), as the clauses it tells: the head clause, then one per step, written as the
    succession it is ("Arnon Gafni succeeded Moshe Sanbar in 1976", "Moshe Mandelbaum succeeded
    Arnon Gafni in 1982"), each at the offset of its step in `clause`. Why: each step is a change of
    leader with a date of its own, which one row of the whole sentence dated by its first year hid
    (the later ones lost). None when the tail is not wholly such steps, or the clause does not
    open on a person (a listing "followed in 1999 by London" is `_FOLLOWED_TAIL`'s)."""
    tail = _FOLLOWED_STEPS.search(clause)
    if tail is None:
        return None
    head = clause[:tail.start()]
    first = next((p for p in persons if re.match(rf"\s*(?:[A-Z][\w'’.-]*\s+){{0,3}}?{re.escape(p.split()[-1])}\b", head)), None)
    if first is None:
        return None
    steps, pos = [], tail.end()
    while pos < len(clause.rstrip(". ")):
        m = _FOLLOWED_STEP.match(clause, pos)
        if m is None or not any(m.group("who").endswith(p.split()[-1]) for p in persons):
            return None
        steps.append(m)
        pos = m.end()
    out, before = [(0, head + ("." if clause.rstrip().endswith(".") else ""))], first
    for m in steps:
        who = m.group("who")
        out.append((m.start("when") - 3, f"{who} succeeded {before} in {m.group('when')}."))
        before = who
    return out
# A change of the organisation's own standing: "became one of the council's agencies", "lost its
# cabinet rank", "was placed under the ministry", "came under the new council".
_STATUS_CHANGE = re.compile(r"\b(?:became\s+(?:one\s+of|part\s+of|a\s+part\s+of|an?\s+(?:[\w-]+\s+){0,2}?(?:agency|unit|"
                            r"department|branch|division|subsidiary|body|directorate|service))|lost\s+its\b|"
                            r"(?:was|were)\s+(?:placed|brought|transferred|moved|merged|absorbed|subordinated|"
                            r"reorgani[sz]ed|downgraded|upgraded)\b|came\s+under\b|passed\s+to\b)", re.I)
# A later time the sentence before tells after its date ("In July 2005 Pojar moved to the foreign
# ministry, and in the autumn he became a deputy foreign minister"): a taking over told next,
# with no time of its own, is not of the dated day (`_TOOK_OVER`), but of some time after it.
_LATER_TIME = re.compile(r"(?i)\b(?:in|by|that)\s+(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\b)|"
                         r"\b(?:the\s+following|the\s+next)\s+(?:spring|summer|autumn|fall|winter)\b|\b(?:later|afterwards)\b")
_NOT_AT_ONCE = re.compile(r"(?i)\b(?:later|eventually|subsequently|afterwards|in\s+time|by\s+then|until|before|soon|"
                          r"then|same|next|following|that\s+(?:day|night|week|month|year))\b")

# "Ramaphosa announced that evening that ...": a part of the day last told, right after the verb
# of a clause's subject (a name or a noun phrase without a comma), before what was said or done
_RELATIVE_MID = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}?(?:[a-z]+ed|said|told|met|spoke|made|gave|held)\s+"
                           r"(?P<rel>(?:that|the\s+same|the\s+next|the\s+following)\s+"
                           r"(?:day|morning|afternoon|evening|night)|"
                           # "Nominations closed four days later with only one candidate"
                           r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?)\s+later)"
                           r"\b(?!\s+(?:of|in|at)\b)")
# A clause of nothing but "again" and the times it was done again ("again in 2024 and from 13 May
# 2025"): the happening before, repeated (`extract_events`).
_AGAIN_TIMES = re.compile(r"(?i)again\s+(?:(?:in|on|from|during|by|and|,)\s+|(?:\d{1,2}\s+)?(?:January|February|March|"
                          r"April|May|June|July|August|September|October|November|December)\s+|\d{4}\s*)+[.;]?")
# The day after the one told, right after a clause's verb, not inside a phrase of its own ("voted
# the next day to restore the name"; not "the next day of the talks"): see `extract_events`, a
# clause whose only date is an aside's.
_VERB_THEN_DAY = re.compile(r"\b(?:[a-z]{2,}ed|met|won|took|gave|made|held|chose|elected|left|began|became)\s+"
                            r"(?P<rel>(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening))|"
                            r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days?\s+later)"
                            r"\b(?!\s+(?:of|in|at)\b)")
# An opening "During the <time> that began in <month>" with no comma before the clause it frames.
_DURING_BEGAN = re.compile(r"During\s+(?:the|a|an)\s+[^,;]{1,40}?\s+(?:that|which)\s+(?:began|started|broke\s+out|"
                           r"erupted)\s+(?:in|on)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4},?\s+(?=(?:the|its|a|an|(?-i:[A-Z]))\b)")
# An opening phrase of where or at what that closes on a time counted from the one last told
# ("At the summit held in Mendoza the next day, ...", "During the talks that followed two days
# later, ...")
_OPENING_RELATIVE = re.compile(r"^(?:At|During|After|Following|On|In)\s+(?:the|a|an|its|their)\s+[^,;]{1,60}?\s+"
                               r"(?P<rel>(?:that|the\s+same|the\s+next|the\s+following)\s+(?:day|morning|afternoon|"
                               r"evening|week|month|year)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                               r"(?:days?|weeks?|months?|years?)\s+later),\s")
# "Kershaw left on 3 October ..., and Barrett took charge of the force that month as its ninth
# commissioner": a clause with a subject of its own, whose act the month or year of a date its
# sentence told dates a little after its verb. A clause without a subject of its own ("and a
# fourth regiment was raised the same year") tells more of the happening already dated.
_RELATIVE_IN_CLAUSE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}?(?:[a-z]+ed|took|became|began|made|gave|held|won|left)"
                                 r"(?:\s+[a-z][\w'’-]*){0,5}?\s+(?P<rel>(?:that|the\s+same)\s+(?:month|year))\b")
# "The service they launched the following year was called the Flying Doctors": a time inside a
# relative clause (without "that") that describes the subject by what was done to it, before the
# main verb; it dates that doing, the happening the sentence tells of the subject
_RELATIVE_IN_SUBJECT = re.compile(
    r"^(?:The|Its|Their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:that\s+|which\s+)?(?:they|he|she|we|"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s+(?:[a-z]+ed|founded|set\s+up|built|began|started|made|"
    r"opened|won|took)\s+(?P<rel>(?:the\s+(?:following|next)|that|the\s+same)\s+(?:year|month|week|day))\s+"
    r"(?=(?:was|were|became|had|is|has)\b)")
# "Less than a month later, on 24 February, ...", "A few days later, on 3 May, ...": a time
# counted loosely, which only a label whose clause gives its own date drops (`make_label`)
_LOOSE_RELATIVE = re.compile(
    r"^(?:(?:less|more)\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+|barely\s+|only\s+|just\s+)"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?P<dir>later|after(?:wards)?)\b|^(?:a\s+)?(?:few|several)\s+(?:days|weeks|months|years)\s+(?P<dir2>later)\b|"
    r"^(?:days|weeks|months|years)\s+(?P<dir3>later)\b", re.I)
# "Kenneth Roth succeeded him that year": the same reference closing a clause that has no
# date of its own.
# A second verb of the same subject after a time that closes the first ("The team left Ireland
# the next day and, travelling with French forces, helped ..."): the time still closes its verb's
# phrase, and dates the clause as it would at its end.
_AND_ITS_VERB = (r",?\s+and\s*(?:,\s*[^,;]{1,80},\s*)?(?:then\s+)?(?:[a-z]{2,}ed|met|led|left|won|lost|took|gave|made|"
                 r"went|came|held|began|became|flew|sent|set|ran|kept|brought|fought|spent|sold|bought|built)\b[^;]*?")
# A relative clause after a comma whose own verb tells, in the past tense, a later happening of
# the thing before it (", from which it withdrew in 1998", ", which it sold in 2003"); not one
# in the pluperfect, the present, a plan or a state ("which had", "which it still holds since").
_LATER_ASIDE = re.compile(
    r",\s+(?:(?:from|in|to|of|with|by)\s+)?(?:which|whom)\s+(?:it|they|the\s+\w+)\s+"
    r"(?!had\b|has\b|have\b|would\b|was\s+to\b|is\b|are\b|still\b)(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|left|sold|quit|withdrew|broke|took|won|lost|became|fell|went|gave|made)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:in|on)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?$")
_RELATIVE_END = re.compile(
    r"\s+(?:(?:(?:later|earlier)\s+)?(?:(?:in|on|during)\s+)?"
    # ("both became full members at the start of the following month": a part of the time counted
    # to, dated as closely as that time)
    r"(?P<part>(?:at|by|towards?|in)\s+the\s+(?:end|start|beginning|close|middle)\s+of\s+)?"
    r"(?P<which>that|the\s+same|the\s+following|the\s+next)\s+"
    r"(?P<unit>day|week|month|year)|(?P<count>(?:exactly\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:later|after\s+(?:the|that)\s+(?P<after>[a-z]{4,}))|"
    r"within\s+(?:a\s+few\s+)?days|"
    # ("the supervisory board dismissed him days later and appointed Zbigniew Wróbel")
    r"(?:(?:a\s+few|several)\s+)?days\s+later)|"
    # "an extraordinary session voted them out that March": a month of the year told
    # (not "the following July", which may look ahead of the story: "martial law was lifted the
    # following July. That November the party's first congress ...")
    r"(?:in\s+)?(?P<which_m>that)\s+(?P<tmonth>January|February|March|April|May|June|"
    r"July|August|September|October|November|December)|"
    # "The Adal party merged into Amanat at the same congress": the meeting just told, its day
    r"(?P<meet>(?:at|during)\s+(?:the\s+same|that)\s+(?:congress|summit|meeting|conference|session|sitting)))"
    # ("He took office two days later, succeeding Stock as ...": a participle may close the clause)
    # ("... was merged into Air India the next day, leaving Singapore Airlines with a 25.1 per cent
    # stake": any participle that tells what the happening did)
    # ("was approved by Parliament two days later with 83 votes": how it went, after the time)
    rf"(?:\s+(?:with|by)\s+(?:\d[\d,]*|a|an|the)\s+[^,;]{{1,40}}?)?"
    rf"(?:,\s+(?:succeeding|replacing|following|(?-i:[a-z]{{3,}}ing))\b[^;]*?|(?P<and_verb>{_AND_ITS_VERB}))?\s*[.;]?\s*$", re.I)
# A count told loosely ("Less than three months later, in November 2014, she replaced Marín"):
# a month and year the clause states outright date it, not the count.
_LOOSE_COUNT = re.compile(rf"(?i){_LOOSELY}")
# A day's year told after it: "on 1 October of the following year", "of that year", "On 1 October
# the following year".
_MONTH_NUMBER = {name: i for i, name in enumerate(("January", "February", "March", "April", "May", "June", "July",
                                                   "August", "September", "October", "November", "December"), 1)}
_OF_YEAR = re.compile(r"\s+(?:of\s+)?(?P<which>the\s+following|the\s+next|that|the\s+same)\s+year\b", re.I)
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
# (the counts words give up to nineteen: "Thirteen years later it bought the Cartagena refinery";
# not "a majority of its own thirty years later", a span long enough that what it counts from is
# seldom the time just told)
_STOP = STOP_WORDS


@record(frozen=True)
class _Text:
    """A piece of prose in reading order, with where it came from."""

    text: str
    section: str | None
    source: Source | None
    in_lead: bool


@record
class _Draft:
    date: EventDate
    end: EventDate | None
    ongoing: bool
    text: str
    clause: str
    section: str | None
    source: Source | None
    in_lead: bool
    year_inferred: bool
    kind: str
    background: bool
    also: list[Source] = field(default_factory=list)
    fact: bool = False
    person: str | None = None  # a leader's tenure from a list: who took office
    anchored: bool = False  # the infobox dated this happening (a fact merged into it)
    retold: list[str] = field(default_factory=list)  # other sentences telling it (not infobox lines)
    hailed: bool = False  # the next sentence says it became a legend or a turning point (`_HAILED`)


def _skipped_sections(profile: Profile) -> set[int]:
    """Sections whose lists are parts or people, not happenings."""
    skip: set[int] = set()
    for s in structure_sections(profile) + leadership_sections(profile) + history_sections(profile):
        skip |= {id(d) for d in s.walk()}
    return skip


def _texts(profile: Profile) -> Iterator[_Text]:
    for b in profile.lead:
        yield from _block_texts(b, None, True, False)
    skip = _skipped_sections(profile)
    for top in profile.sections:
        for s in top.walk():
            for b in s.blocks:
                yield from _block_texts(b, s.title, False, id(s) in skip)


def _block_texts(block, section: str | None, lead: bool, lists_skipped: bool) -> Iterator[_Text]:
    if isinstance(block, Paragraph):
        if block.text.count("|") >= 2:
            return  # a table row written as a line
        text = block.text.rstrip()
        if text.endswith(":"):
            # a list's label ("Chief executives since 2003:"), not a happening, also when it
            # closes a paragraph ("... Duheme is the 25th. Commissioners since 2000 have been:")
            spans = sentence_spans(text)
            last = text[spans[-1][0]:] if spans else text
            if len(last) <= 60:
                text = text[:spans[-1][0]].rstrip() if spans else ""
                if not text:
                    return
        yield _Text(text, section, block.source, lead)
    elif isinstance(block, BulletList) and not lists_skipped:
        for item in _walk_items(block.items):
            if "|" not in item.text and not _holder_entry(item.text):
                yield _Text(item.text, section, item.source or block.source, lead)


# A list's entry that is a person and a period: "Millard Fuller (1976–2004)", "Jonathan
# Reckford (since 2005)".
_HOLDER_ENTRY = re.compile(r"(?P<who>[^()]{3,60}?)\s*\((?P<when>[^()]{4,40})\)\s*")


def _holder_entry(text: str) -> bool:
    """Whether a list's entry names a holder and their term, and nothing else: the people's
    list ("Chief executives:" in a History section), whose terms the leaders' rows tell
    (`_tenure_drafts`); read as text, each entry had been a row labelled with a bare name."""
    m = _HOLDER_ENTRY.fullmatch(text.strip())
    return bool(m) and is_name(m.group("who").strip()) and bool(find_dates(m.group("when"), bare_years=True)) and \
        not re.search(r"[a-z]{3,}", re.sub(r"(?i)\b(?:since|from|until|to|present|acting|interim|and|in|"
                                           r"january|february|march|april|may|june|july|august|september|"
                                           r"october|november|december)\b", "", m.group("when")))


def _walk_items(items: list[ListItem]) -> Iterator[ListItem]:
    for it in items:
        yield it
        yield from _walk_items(it.children)


# -- subject words (for founding and pronouns) --------------------------------------------------
# ("Russia was admitted", "a unit was called": a passive is something done, not words)
_SPEECH_LEAD = re.compile(r"^(?P<who>[^,;]{2,70}?)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bare)\s+(?:said|says|claimed|claims|stated|told|wrote|argued|noted|"
                          r"warned|commented|described|criticised|criticized|admitted|acknowledged|denied|"
                          # ("called their supporters together", "called a congress", "called up":
                          # a gathering summoned, not words said)
                          r"called(?!\s+(?:[\w'’]+\s+){0,3}?together\b|\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?"
                          r"(?:meeting|congress|conference|convention|strike|election|referendum|assembly|session)s?\b|"
                          r"\s+up\b|\s+(?:it\s+|them\s+|the\s+[\w-]+\s+)?off\b))\b",
                          re.I)


# A count the date is the time of: "numbered 4,140 soldiers in July 2023".
_COUNT_AT = re.compile(r"\b(?:numbered|counted|employed|had|has|totall?ed)\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+|"
                       r"almost\s+|more\s+than\s+|fewer\s+than\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:in|by|as\s+of|at\s+the\s+end\s+of)\s+(?:the\s+)?$|"
                       # "Exor ... is the largest shareholder, with 14.9 per cent of the capital at
                       # the end of June 2025": a holding told in the present, at a time
                       r"\b(?:is|are)\s+[^;]{0,80}?\bwith\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+|almost\s+|"
                       r"more\s+than\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,5}?(?:in|by|as\s+of|at\s+the\s+end\s+of)\s+"
                       r"(?:the\s+)?$", re.I)
# "Her term runs until October 2027", "the mandate expires in 2028": a term's length, told in
# the present, is how things stand, not something done on that date.
_TERM_RUNS = re.compile(r"\b(?:term|mandate|tenure|contract|appointment)s?\s+(?:of\s+office\s+)?(?:\w+\s+)?"
                        r"(?:runs|lasts|ends|expires|is\s+due\s+to\s+(?:end|expire|run\s+out))\s+(?:until|in|on|at)\b", re.I)
# "Sinn Féin as such took no part in the Easter Rising of 1916": what someone did not do.
_NO_PART = re.compile(r"\b(?:took|played|had)\s+no\s+(?:part|role|hand)\b", re.I)
# A roll of a post's holders: "The chairmen have been A (1977 to 1990), B (1990 to 1996) and C (since
# 2021)", "Earlier directors included A, B and C". Its dates are the terms of the people it lists,
# which the leaders' rows tell; the sentence itself tells no happening (`_is_roll`).
_ROLL = re.compile(r"^\s*(?:(?:The|Its|Their|Earlier|Former|Previous|Past|Other|Recent)\s+)?(?P<post>(?:[\w-]+\s+){0,3}?"
                   r"(?:[\w-]+(?:s|men|women)|[A-Za-z]+s-general))(?:\s+of\s+[^,;()]{1,40}?)?(?:\s+since\s+[^,;()]{1,30}?)?\s+"
                   r"(?:have\s+(?:been|included)|had\s+been|included|include|were)\s+(?P<list>.+)$")


# A subject and a verb in the present simple: "the HRCP issues", "It licenses".
_PRESENT_SIMPLE = re.compile(r"(?:\b(?:It|it|They|they|[Tt]he\s+[\w-]+)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+"
                             r"(?:also\s+|usually\s+|often\s+|still\s+)?[a-z]{3,}(?<!ss)(?<!us)(?<!is)(?<!ws)s\s+"
                             r"(?:the|a|an|its|their|statements?|[a-z]+)\b")
# "these posts were held by", "the post was held by": holders at a time, in the passive.
_POSTS_HELD_BY = re.compile(r"(?i)\b(?:posts?|offices?|seats?|positions?|roles?)\s+(?:was|were)\s+(?:then\s+)?held\s+by\b")


def _is_roll(text: str) -> bool:
    """Whether the clause is a roll of holders (`_ROLL`): a plural post, then two names or more.
    The judgement: a timeline is of happenings; who held a post, and when, is the leaders' list,
    and each taking of the post is told (or not) as its own happening."""
    m = _ROLL.match(text)
    if m is None or not ROLE_NOUN.search(m.group("post")):
        return False
    listed = re.sub(r"\([^)]*\)", "", m.group("list"))
    names = [n for n in PERSON_NAME.finditer(listed) if is_name(n.group("name"))]
    return len(names) >= 2 and not re.search(r"\b(?:was|were|had|did)\s+\w+ed\b", listed)
# "At the end of 2025 it counted 751 million monthly users": the count after the date that opens.
_COUNT_OPENING = re.compile(r"^\s*(?:at\s+the\s+(?:end|start)\s+of|in|by|as\s+of)\s+[^,;]{3,30}?,?\s+(?:[\w'’-]+\s+){1,4}?"
                            # ("At the end of 2020 Japan and the United States each held 15.571 per cent of
                            # the shares": a holding at a time)
                            r"(?:numbered|counted|employed|totall?ed|had|held|owned)\s+(?:each\s+)?(?:about\s+|some\s+|around\s+|over\s+|nearly\s+|"
                            r"almost\s+|more\s+than\s+|fewer\s+than\s+)?\d", re.I)
# "As of July 2022, RT had only one video": a state on a day; not "As of 2021 it had been renamed".
_AS_OF_STATE = re.compile(r"^(?:[\w ]{0,20},\s+)?as\s+of\s+[^,;]{3,30},\s+[^,;]{1,60}?\b(?:had|has|have|was|were|is|are|"
                          r"numbered|counted|employed)\b(?!\s+(?:been|\w+ed|\w+en)\b)", re.I)
# "has rarely mentioned", "had never", "have often": a habit or an absence over a time, which a
# timeline cannot place as a happening.
_STATE = re.compile(r"\b(?:has|have|had)\s+(?:rarely|seldom|never|hardly\s+ever|often|frequently|regularly|"
                    r"repeatedly|long|not|always)\b", re.I)


# A class of people (a plural, no name) that "have been" something, not a participle (not "have
# been appointed"): a standing state (`classify`).
_CLASS_STATE = re.compile(r"(?i:(?:since\s+[^,;]{1,30},?\s+)?(?:(?:the|its|their|all)\s+)?(?:[a-z-]+\s+){0,2}?)"
                          r"(?:[A-Za-z][a-z-]*(?:[a-rt-z]s|men|people))\s+have\s+(?:always\s+)?been\s+"
                          r"(?!\w+(?:ed|en)\b)(?!(?:in|at|on|under|with|part)\b)")


# An obligation in force, the clause's verb: "has had to be confirmed", "have been required to
# publish" (`classify`).
_OBLIGED = re.compile(r"\b(?:has|have)\s+(?:had|been\s+(?:required|obliged|bound))\s+to\s+(?:be\s+)?[a-z]+", re.I)


# "served as executive director until 1993", "held the post from 2019 to 2024", "led the company
# from 1876 to 1900": a tenure told as a span (see `_restated_tenures`).
_TENURE = re.compile(r"\b(?:(?:has|have|had)\s+)?(?:served|held|led|governed|ruled|belonged|remained|stayed|"
                     r"chaired|headed)\b(?=[^;]*\b(?:until|till|from\s+[^;]*?\bto|from\s+[^;]*?\buntil|between)\b)",
                     re.I)


def _tenure_only(text: str) -> bool:
    """Whether the clause's only verb is a tenure's ("served as director until 1993", "led it
    from 2022 to 2025, first as acting director"), not a happening told beside it ("... until
    November 2013, when he left politics")."""
    m = _TENURE.search(text)
    if m is None:
        return False
    # "..., during which the staff grew": what happened over the span is no happening of a day
    rest = re.sub(r",\s+(?:during|in|over)\s+which\b.*$", "", text[:m.start()] + " " + text[m.end():])
    return not _FINITE.search(re.sub(r"\b(?:born|aged|named|appointed|elected)\b", "", rest))


# What was planned and never happened: "The council meeting first set for 7 May never took
# place", "the announced withdrawal never took effect", "the base was never built".
_NEVER_HAPPENED = re.compile(r"\bnever\s+(?:took\s+(?:place|effect)|happened|materiali[sz]ed|came\s+(?:about|into\s+"
                             r"(?:force|being|effect))|went\s+ahead|got\s+under\s+way)\b|\b(?:was|were)\s+never\s+"
                             r"(?:held|built|formed|founded|signed|ratified|implemented|carried\s+out|completed|opened|"
                             r"launched|convened|set\s+up)\b", re.I)
# "There was no swearing-in on 6 May 2025", "In 2021 there were no elections": an absence, no
# happening.
_NONE_HELD = re.compile(r"(?i)^\s*(?:(?:in|on|during|by)\s+[^,;]{1,40}?,?\s+)?there\s+(?:was|were|had\s+been)\s+no\b")
# A custom told in the present: "are normally sworn in each year on 6 May", "holds its congress
# every spring" (`classify`).
_HABIT = re.compile(r"(?i)\b(?:each|every)\s+(?:year|spring|summer|autumn|winter|month|week)\b|"
                    r"\b(?:annually|normally|usually|customarily|traditionally)\b")
_PRESENT_ONLY = re.compile(r"(?i)\b(?:is|are|holds|meets|takes\s+place|gathers|marks|celebrates|keeps)\b")
_PAST_TOLD = re.compile(r"(?i)\b(?:was|were|had|did)\b|(?<!\bis )(?<!\bare )(?<!\bbe )\b(?!(?:need|indeed|speed|seed|feed|"
                        r"proceed|hundred|red|bed)\b)[a-z]{2,}ed\b")
# A proposal that something be done: "recommended that FEMA be abolished and replaced by ...",
# "proposed that the council should be dissolved".
_PROPOSED_THAT = re.compile(r"\b(?:recommended|proposed|suggested|urged|demanded|called\s+for\s+it)\s+that\s+"
                            r"[^,;]{1,80}?\s+(?:should\s+)?be\s+[a-z]+(?:ed|en)\b|"
                            # "the authorities of BRAC University proposed to rename it after Abed":
                            # a proposal, which the proposing did not carry out
                            r"\b(?:proposed|suggested|asked|sought\s+permission)\s+to\s+(?:rename|merge|close|abolish|"
                            r"dissolve|disband|move|split)\b", re.I)
# A clause dated by a span of years ("During 1980 and 1981", "Between 2001 and 2005") whose only
# verb is "was"/"were": how things stood then (`classify`).
_SPAN_STATE = re.compile(r"(?i)(?:during|throughout|between|from)\s+(?:the\s+)?(?:years\s+)?\d{4}\s+(?:and|to|until)\s+\d{4}\b")


# A verb of influence: what follows it is what was influenced, dated on its own account.
_INFLUENCE = re.compile(r"\b(?:later\s+|also\s+|in\s+turn\s+)?(?:inspired|influenced|foreshadowed|paved\s+the\s+way\s+for|"
                        r"served\s+as\s+(?:a\s+|the\s+)?(?:model|basis|template)\s+for)\b", re.I)
# A state held up to the narrative's time, told in the pluperfect with "since": "had been
# deputy general secretary since 2015" (not "had been founded since", a participle).
# ("Ould Tah had headed the Arab Bank for Economic Development in Africa since 2015": a post
# held up to the story's time, told by its verb)
_HELD_UNTIL_THEN = re.compile(r"\bhad\s+(?:been\s+(?!\w+ed\b)|(?:headed|led|run|chaired|directed|commanded|managed|"
                              r"presided\s+over)\s+)(?:[\w'’-]+\s+){1,8}?since\s+(?:the\s+)?(?:\w+\s+)?\d{4}\b",
                              re.I)


def _state_only(text: str) -> bool:
    """Whether the clause's only verb is the state's ("has rarely mentioned X during 2022"),
    not a happening told beside it ("... and in 2023 it was banned")."""
    rest = re.sub(_STATE.pattern + r"(?:\s+been)?\s+\w+", "", text, flags=re.I)
    return not _FINITE.search(rest)


# Another body the sentence tells the making of: "led to the formation of the Gurkha Independent
# Parachute Company", "raised the 3rd Battalion".
_NEW_BODY = re.compile(r"\b(?:formation|creation|establishment|founding|raising)\s+of\s+(?P<a>(?:the\s+)?"
                       r"(?-i:[A-Z])[^,;.]{2,80}?)(?=\s+(?:on|in|at|by|from|during|under)\s|[,;.]|$)|"
                       r"\b(?:formed|created|established|raised|set\s+up|founded)\s+(?:a\s+|an\s+)?(?P<b>(?:the\s+)?(?:new\s+)?"
                       r"(?-i:[A-Z])[^,;.]{2,80}?)(?=\s+(?:on|in|at|by|from|during|under)\s|[,;.]|$)", re.I)


def _its_new_body(clause: str, before: str, subject: Subject) -> str | None:
    """The body the "it" a clause opens on stands for when the sentence before it tells the making
    of another body, not the organisation: "The confrontation led to the formation of the Gurkha
    Independent Parachute Company on 1 April 1963; it was disbanded in 1972" disbanded the
    company, and a timeline that said the brigade was disbanded would be wrong about the one
    thing it must get right. (A making the sentence told as the organisation's own founding is
    of the organisation under an earlier name: "founded the South African Native National
    Congress on 8 January 1912; it adopted the name African National Congress in 1923" - the
    caller checks the year against the founding's.)"""
    if not re.match(r"(?i)\s*it\b", clause):
        return None
    made = [m.group("a") or m.group("b") for m in _NEW_BODY.finditer(before)]
    if not made or subject.mentioned_in(made[-1]) or subject.is_subject_name(made[-1]):
        return None
    return made[-1].strip()


_ENDED = re.compile(r"\b(?:dissolved|disbanded|banned|outlawed|abolished|liquidated|deregistered)\s+(?:the\s+)?"
                    r"(?P<name>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])[\w'’&.-]*){0,5})")


def _ended_last(before: str, subject: Subject) -> str | None:
    """The body the sentence before ended (dissolved, banned ...) when that is the last body it
    names and not the organisation: whose an opening "Its" is (`_it_means`)."""
    found = list(_ENDED.finditer(before))
    if not found:
        return None
    name = found[-1].group("name")
    if subject.mentioned_in(name) or subject.is_subject_name(name) or subject.is_subject_phrase(name) \
            or re.search(r"(?-i:[A-Z])[\w'’&.-]+\s+(?-i:[A-Z])", before[found[-1].end():]):
        return None
    return name


# A clause whose "it" does what a court does: "On 23 April 2012 it found him guilty", "It ruled".
_JUDGED_BY_IT = re.compile(r"(?i)\s*(?:(?:on|in)\s+[^,;]{1,30}?,?\s+)?it\s+(?:found\s+(?:him|her|them|\w+)\s+"
                           r"(?:guilty|not\s+guilty|innocent)|ruled|sentenced|acquitted|convicted|quashed)\b")
# A court the sentence names: "the Landsdómur, a court for ministers", "the Supreme Court".
_COURT_NAMED = re.compile(r"(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,4}),\s+(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:court|tribunal)\b|(?P<name2>(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){1,4}"
                          r"(?:Court|Tribunal))")


def _it_means(clause: str, before: str | None, subject: Subject) -> str | None:
    """The thing a sentence's opening "It" stands for when the sentence before is about another
    one: its subject, a definite noun phrase that is neither the organisation nor a person, in a
    sentence that does not name the organisation at all ("The search for Burns's successor took
    two years. It was rerun after a former newspaper editor withdrew": the search was rerun, not
    Ofcom). The judgement: an "it" is the subject of the sentence before it, and in an article
    about an organisation that is most often the organisation; only a sentence with another
    subject and no word of the organisation gives it another."""
    if before and re.match(r"\s*Its?\s+[a-z]", clause) and (made := _MADE_LAST.search(before)) is not None \
            and not subject.mentioned_in(made.group("name")) and not subject.is_subject_name(made.group("name")):
        # "... to found a credit cooperative, Caja Laboral Popular. Its first branch opened on 1
        # February 1960": the body the sentence before ended on making
        return made.group("name").rstrip(".")
    if before and _JUDGED_BY_IT.match(clause) and (courts := [n for c in _COURT_NAMED.finditer(before)
                                                                if not subject.mentioned_in(n := c.group("name") or
                                                                                            c.group("name2"))]):
        # "... voted to indict Geir before the Landsdómur, a court for ministers ... On 23 April
        # 2012 it found him guilty": what a court does, done by the court the sentence before
        # named, not by the organisation
        return courts[-1]
    if before and re.match(r"\s*Its\s+[a-z]", clause) and (ended := _ended_last(before, subject)) is not None:
        # "... a Constitutional Tribunal dissolved Thai Rak Thai for breaking electoral law. Its
        # members regrouped in the People's Power Party": the members of the body just dissolved
        return ended
    if not before or not re.match(r"\s*It\s+(?!(?:is|was)\s+(?:not\s+)?(?:known|said|reported|believed|thought|"
                                  r"unclear|clear|likely|possible|alleged)\b)[a-z]", clause):
        return None
    np = _leading_np(before)
    if np is None or not re.match(r"The\s+[a-z]", np) or len(np.split()) > 8 or subject.mentioned_in(before) \
            or subject.is_subject_phrase(np) or re.search(r"\b(?:its|their)\b", before):
        return None
    head = re.split(r"\s+(?:of|for|to|in|on|at|by|with|from|between)\s+", np)[0].split()[-1]
    if ROLE_NOUN.fullmatch(head) or re.search(r"(?:s|men|people|forces)$", head) and not head.endswith("ss"):
        return None  # a person, or a plural ("The talks": "they")
    if head.casefold() in subject.kind or head.casefold() in subject.words:
        return None  # "The present community came into being ...": the organisation, by its kind
    return np


def _they_mean(clause: str, before: str | None, subject: Subject) -> str | None:
    """What a clause's opening "they" stands for: the subject of the sentence before, when that
    is a plural definite noun phrase that is not the organisation ("..., the OAU's heads of
    state gathered in his home town of Sirte for an extraordinary summit on 8 and 9 September
    1999. On the second day they adopted the Sirte Declaration": the heads of state adopted it,
    and a row "They adopted the Sirte Declaration" says nothing of who)."""
    if not before or not re.match(r"\s*(?:(?:on|in|at|by|after|during)\s+[^,;]{1,40}?,?\s+)?they\s+[a-z]", clause,
                                  re.I):
        return None
    np = _leading_np(before)
    if np is None or not re.match(r"The\s+\S", np) or len(np.split()) > 8 or subject.is_subject_phrase(np):
        return None
    head = re.split(r"\s+(?:of|for|to|in|on|at|by|with|from|between)\s+", np)[0].split()[-1]
    if not re.search(r"(?:[^s]s|men|people)$", head) or head.casefold() in subject.kind:
        return None
    verb = re.search(re.escape(np[1:]) + r"\s+(?:also\s+|then\s+)?(\w+)", before)
    if verb is None or not _FINITE.fullmatch(verb.group(1)):
        # (the words before a verb in the present, which no list knows, are no subject: "The
        # Circle's volunteers photograph doorways")
        return None
    return np


def _they_as(label: str, they: str | None) -> str:
    """`label` with its opening "They" as what it stands for (`_they_mean`)."""
    if they is None or not label.startswith("They "):
        return label
    return they + label[len("They"):]


_BECAME_ANOTHER = re.compile(r"\b(?:became|was\s+(?:renamed|restyled|transformed\s+into|converted\s+into))\s+"
                             r"(?:the\s+)?(?-i:[A-Z])")


def _it_after_and(clause: str, before: str, subject: Subject) -> str | None:
    """What "it" means in a clause joined by "and" to the one before it in the same sentence: that
    clause's subject, when it is a definite noun phrase that is neither the organisation nor a
    person nor a plural ("The government offered the whole company instead, and on 8 October
    2021 it announced that Talace had won": the government announced it, not Air India)."""
    if not re.search(r",?\s+and\s*$", before):
        return None
    first = re.split(r"[;:]|,\s+and\s+", before)[-2] if re.search(r",\s+and\s*$", before) else before
    it_opens = r"\s*(?:(?:(?:on|in|by|at|from|after)\s+[^,;]{1,30}?|the\s+(?:next|following|same)\s+[a-z]+),?\s+)?it\s+(?:then\s+|also\s+|later\s+)?"
    if not re.match(it_opens + r"(?:announced|said|decided|chose|agreed|signed|named|appointed|elected|approved|"
                    r"offered|asked|ordered|declared|confirmed|rejected|voted|told|adopted|awarded|granted|refused|"
                    # (a court's: "the full court heard argument ..., and the next day it ruled")
                    r"ruled|upheld|overturned|dismissed|acquitted|convicted|sentenced|fined)\b",
                    clause) and not (_BECAME_ANOTHER.search(first) and re.match(it_opens + r"[a-z]", clause)):
        # (a verb that takes a doer: "The pandemic then halted the series, and it resumed" speaks of
        # the series, the object; after "became", subject and object are one: "the mission in
        # Somalia became ATMIS under a new mandate, and on 1 January 2025 it gave way to a
        # successor" is the mission's)
        return None
    np = _leading_np(first.strip())
    if np is None or not re.match(r"The\s+[a-z]", np):
        # ("Proceedings began on 26 July, the full court heard argument on 4 and 5 August, and
        # ...": the clause before is the last of two set side by side with a comma)
        np = _leading_np(cap_first(re.split(r",\s+", first.strip())[-1]))
    if np is None or not re.match(r"The\s+[a-z]", np) or len(np.split()) > 8 or subject.is_subject_phrase(np):
        return None
    head = re.split(r"\s+(?:of|for|to|in|on|at|by|with|from|between)\s+", np)[0].split()[-1]
    if ROLE_NOUN.fullmatch(head) or re.search(r"(?:s|men|people|forces)$", head) and not head.endswith("ss"):
        return None
    if head.casefold() in subject.kind or head.casefold() in subject.words:
        return None
    return np


# A body named "the X" (capitalised) before its clause's verb, with an aside between
# ("the Hukbalahap, a communist-led peasant army, turned on the new republic").
_NAMED_BODY_DOES = re.compile(r"\b(?P<np>[Tt]he\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w'’-]+){0,4})"
                              r"(?:,\s+(?:a|an|the)\s+[^,;]{2,80},)?\s+(?:then\s+|also\s+)?(?P<v>[a-z]+)\b")


def _its_after_and(clause: str, before: str, subject: Subject) -> str | None:
    """Whose the "its" is that opens a clause joined by "and" to one whose subject is another
    body named "the X": that body's ("After the Second World War the Hukbalahap, a
    communist-led peasant army, turned on the new republic, and by 1950 its units were
    operating within reach of Manila": the Hukbalahap's units, not the regiment's). The
    judgement: a possessive after "and" takes the subject of the clause before, as "it" does
    (`_it_after_and`); only a body named with "the" and a capital and followed by its verb
    counts, and never the organisation itself."""
    if not re.search(r",\s+and\s*$", before) or not re.match(
            r"\s*(?:(?:on|in|by|at|from|after|until|within)\s+[^,;]{1,30}?,?\s+)?its\s+[a-z]", clause, re.I):
        return None
    first = re.split(r"[;:]|,\s+and\s+", before)[-2]
    for at in re.finditer(r"\b[Tt]he\s", first):
        m = _NAMED_BODY_DOES.match(first, at.start())
        if m is None or not _FINITE.fullmatch(m.group("v")):
            continue
        np = m.group("np")
        if subject.mentioned_in(np) or subject.is_subject_name(np) or subject.is_subject_phrase(np):
            return None
        return np
    return None


def _it_as(label: str, it: str | None, subject: Subject) -> str:
    """`label` with the organisation's name that stood for an opening "It" or "Its"
    (`make_label`) as what the "It" means (`_it_means`)."""
    ref = cap_first(subject.ref)
    if it is None or not (label.startswith(ref + " ") or label.startswith((ref + "'s ", ref + "’s "))):
        return label
    return it + label[len(ref):]


# A sentence that ends on making a body named in apposition: "... persuaded four cooperatives to
# found a credit cooperative, Caja Laboral Popular."
_MADE_LAST = re.compile(r"\b(?:found|founded|form|formed|create|created|establish|established|set\s+up)\s+"
                        r"(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,\s+"
                        r"(?P<name>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?-i:[A-Z])[\w'’&.-]*){0,5})\s*\.?\s*$")


# A natural hazard as the head of a clause's subject: the word, then a preposition, a comma or
# a verb ("an avalanche at Súðavík killed", "Hurricane Katrina struck", "lava broke through",
# "its ash closed"); not a modifier ("the flood warning service began").
_HAZARD = re.compile(
    # (not after a subordinating word: "When an earthquake devastated Friuli, the brigade began
    # rescue work" tells what the brigade did)
    r"(?i)^(?!(?:when|after|as|while|before|since|until|once|because|if|though|although|following)\b)"
    # (a magnitude before it too: "A 7.7-magnitude earthquake struck central Myanmar")
    r"(?:(?:a|an|the|another|its|this|that|their)\s+)?(?:[\w'’-]+(?:\.\d+[\w-]*)?\s+){0,3}?"
    r"(?P<hazard>avalanches?|hurricanes?|typhoons?|cyclones?|storms?|floods?|flooding|earthquakes?|quakes?|tsunamis?|wildfires?|"
    r"bushfires?|eruptions?|lava|magma|ash|landslides?|mudslides?|droughts?|heatwaves?|blizzards?|tornado(?:e)?s?)"
    r"(?:\s+[A-Z][\w'’-]+)?"  # "Hurricane Katrina", "Cyclone Nargis"
    r"(?=\s+(?:at|in|on|of|near|under|from|across|along|off|and|that|which|struck|hit|killed|broke|began|erupted|"
    r"destroyed|swept|caused|closed|forced|devastated|flooded|poured|spread|reached|left|tore|[a-z]+ed)\b|\s*,)")
# A named volcano erupting: "Eyjafjallajökull erupted explosively".
_ERUPTED = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w'’-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]+)?\s+(?:erupted|began\s+to\s+erupt)\b")


# "another", "a second", "a further one" opening a clause: one more of what the clause before told.
_ANOTHER_OF_THEM = re.compile(r"(?i)(?:another|a\s+(?:second|third|further)(?:\s+one)?)\s+[a-z]+(?:ed|ck|uck|it|ept|ew)\b")


# What a hazard struck, told as the organisation's own: "stopped all its blast furnaces",
# "destroyed its headquarters" (`_nature_did`); not the people or places of where it struck.
_HIT_ITS_OWN = re.compile(r"\b(?:destroyed|damaged|flooded|swamped|stopped|closed|shut(?:\s+down)?|halted|wrecked|"
                          r"knocked\s+out|cut\s+off)\s+(?:all\s+|most\s+of\s+|much\s+of\s+|part\s+of\s+|one\s+of\s+)?"
                          r"its\s+(?!(?:streets|homes|houses|roads|people|residents|inhabitants|population|villages|towns|"
                          r"cities|coast|capital|citizens|farms|crops)\b)")


def _nature_did(text: str, subject: Subject) -> bool:
    """Whether a clause tells what nature did: a natural hazard is its subject ("In January 1995
    an avalanche at Súðavík killed 14 people", "Hurricane Katrina struck the Gulf Coast on 29
    August 2005", "Eyjafjallajökull erupted explosively"), and the organisation is not named in
    it as what was struck.

    The judgement: a disaster is the occasion of what an agency or a charity did, not a step of
    its own history; a timeline of the Met Office's eruptions and avalanches, or of FEMA's
    hurricanes, tells the weather, not the body. What the organisation did about it is told in
    its own clause ("the office raised its alert level", "FEMA was criticised"), which stays."""
    told = _strip_date_phrase(re.sub(r"^(?:in|on|during|by)\s+the\s+(?:autumn|spring|summer|winter)\s+of\s+",
                                     "In ", text.strip(), flags=re.I))
    # "A little over a month later, on 18 December, lava poured from the crater row": a time
    # counted on, then its day
    counted = re.match(r"(?i)^(?:a\s+little\s+(?:over|more\s+than|under|less\s+than)\s+|about\s+|some\s+|nearly\s+|almost\s+)?"
                       r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                       r"(?:later|after)\s*,?\s*", told)
    if counted:
        told = _strip_date_phrase(told[counted.end():]).lstrip(" ,")
    hazard = _HAZARD.match(told)
    if hazard and hazard.start("hazard") > 0 and hazard.group("hazard")[:1].isupper() and \
            re.search(r"\b[A-Z][\w'’.-]*\s+$", told[:hazard.start("hazard")]):
        hazard = None  # "Tom Ash asked to be retired", "Anna Storm took over": a surname, not the weather
    if not (hazard or _ERUPTED.match(told)):
        return False
    head = re.match(r"^(?:its|their)\b", told, re.I)
    # "its ash closed much of Europe's airspace": the volcano's; "the agency's building was
    # flooded": the organisation's own loss, no weather report (and "flooding swamped the Pohang
    # works and stopped all its blast furnaces": what it struck is the organisation's)
    return bool(head) or not (subject.mentioned_in(text) or _HIT_ITS_OWN.search(told))


# Unnamed attackers as a clause's subject: "four suicide bombers", "gunmen", "paramilitaries
# linked to the ruling party".
# (no possessive before them: "its insurgents and militiamen occupied San Cristóbal" are its own;
# bombers only as suicide bombers: "nineteen bombers took off" are aircraft)
_ATTACKERS = re.compile(r"(?i)(?:(?:a|an|some|several|two|three|four|five|six|seven|eight|nine|ten|\d+|armed|unknown|"
                        r"masked)\s+){0,2}(?:(?!(?:its|their|his|her|our|the)\b)[a-z-]+\s+)?(?:(?<=suicide\s)bombers|gunmen|attackers|"
                        r"assailants|militants|paramilitaries|terrorists|hijackers|hackers|rioters|insurgents)\b")
# A record told against a year ("the first Italian peacekeeping mission in a war zone since 1945",
# "its worst result since 1931"): the year is the yardstick, not when anything happened.
# Only within the noun phrase the record names: no comma, no verb between it and "since" ("the
# party's first woman president, has led it since 2025" is a term).
_RECORD_SINCE = re.compile(r"\b(?:the|its|their|his|her|a)\s+(?:first|last|largest|biggest|worst|best|highest|lowest|"
                           r"only|longest|deadliest|heaviest|strongest|weakest)\s+"
                           r"(?:(?!(?:has|have|had|was|were|is|are|been|led|held|served)\b)[^.;:,\s]+\s+){0,8}?"
                           r"since\s+(?:the\s+)?$", re.I)
# A body named by its own name made, told in the passive with no maker: "The Council on Foreign
# Relations was founded in New York on 29 July 1921" in Chatham House's article.
_PASSIVE_FOUNDED = re.compile(
    r"^\s*(?P<np>(?:The\s+)?(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?:of|for|on|and|the|de|du|des|la|le)\s+)?(?-i:[A-Z])[\w'’&.-]*){1,7})"
    r"\s+(?:was|were|had\s+been)\s+(?:officially\s+|formally\s+|first\s+)?(?:founded|established|created|formed|set\s+up)\b"
    r"(?P<rest>[^;]*)$")


def _others_founding(undated: str, subject: Subject) -> bool:
    """Whether a clause tells the making of another body, named by its own name, with no maker:
    "The Council on Foreign Relations was founded in New York on 29 July 1921" in the article of
    Chatham House, its sister institute. The judgement: a body the organisation made is told
    with it as the maker ("it founded", "was set up by the institute") or as its own ("the
    institute's Asia Centre", a name holding the organisation's); one named alone and made by
    no one the clause names is a neighbour's history, background to the organisation's, unless
    the name shares a word of the organisation's own ("CARE Norge", "Americas Watch") or the
    article lists it among its parts ("The Special Rescue Team was formed in 1975")."""
    m = _PASSIVE_FOUNDED.match(undated)
    if m is None:
        return False
    np = m.group("np")
    if subject.mentioned_in(np) or subject.is_subject_name(np) or subject.is_subject_phrase(np):
        return False
    if re.match(r"\s*(?:The|Its|Their)\s+(?-i:[a-z])", np) or len(re.findall(r"(?-i:[A-Z])[\w'’&.-]*", np)) < 2:
        return False  # "The party was founded", a common noun: whose it is, the words around say
    own_words = {w for w in re.findall(r"[\w'’-]+", np.casefold())} - KINDS - subject.generic - {"the", "of", "and", "for"}
    if own_words & subject.words or subject.named_as_part(np):
        return False  # "CARE Norge", "Americas Watch": a name of its own family; one it lists as a part
    return re.search(r"\bby\b|\bas\s+(?:its|a\s+part|part)\b|\b(?:it|its)\b", m.group("rest")) is None


# Someone who "stood down": "he", "she", or a name of one to three words opening the clause or
# after a comma or "and" (a body's name holds a word of bodies, `ORG_WORD`).
_PERSON_STOOD_DOWN = re.compile(r"(?:^|[,;]\s+|\band\s+)(?P<who>[Hh]e|[Ss]he|(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2})"
                                r"\s+(?P<verb>stood\s+down)\b(?!\s+as\b)")


# The end of a term told by the holder's death: "governed until his death".
_UNTIL_DEATH = re.compile(r"\s*\buntil\s+(?:his|her|their|its)\s+death\b")

# A tally told in the present perfect over a list of years: "the commission has conducted three
# general elections, in 2013, 2017 and 2022" (`classify`): each occasion is told where it happens,
# and the sentence dates none of them as its own.
_PERFECT_TALLY = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|un|ne)\b[^;.]{0,80}?\b(?:in\s+)?"
                            r"(?:1[5-9]|20)\d\d(?:\s*,\s*(?:in\s+)?(?:1[5-9]|20)\d\d)+,?\s+and\s+(?:in\s+)?(?:1[5-9]|20)\d\d\b")


def classify(text: str, subject: Subject, mention: DateMention | None = None) -> str:
    """The kind of happening a clause tells (rules in the module docstring). A habit or an
    absence over a time ("has rarely mentioned it during 2022") is background: no happening. A birth or a
    namesake is background only when the clause's own date belongs to it ("born in 1978"), not
    when a person introduced with "born in 1966" does something on another date."""
    until_death = _UNTIL_DEATH.search(text)
    dated = [mention] if mention is not None else [d for d in find_dates(text) if d.year is not None or d.month is not None]
    if until_death is not None and dated and all(d.end <= until_death.start() for d in dated):
        # "became prime minister on 24 September 1932 and ... governed until his death": the
        # term's end, undated here, is no loss of the row's day
        text = text[:until_death.start()] + text[until_death.end():]
    bg = _BACKGROUND.search(text)
    if bg:
        # "born in Mulhouse in 1968, took the helm in January 2015": the birth has its own date;
        # the clause is background only when its date is that one.
        births = [m for m in find_dates(text) if m.start >= bg.start() - 5]
        # A namesake's or a lineage's dates all follow its phrase ("named after X, a leader of
        # the January Uprising of 1863"); a birth's date follows it closely (within "born Heinrich
        # Nestle in Frankfurt am Main in 1814").
        reach = 200 if _NAMESAKE.match(text, bg.start()) else 60
        birth = births[0] if births and births[0].start - bg.end() < reach else None
        if not find_dates(text) or mention is None and birth is not None or (
                mention is not None and birth is not None and birth.start == mention.start):
            return "background"
        # ("in April 1966 she and Edhi ... were married": a marriage told after its only date)
        if re.match(r"(?i)married|marriage", bg.group(0)) and len(find_dates(text)) == 1:
            return "background"
    undated = _strip_date_phrase(text.strip())  # the clause without its opening date phrase
    if _KIN_LIFE.match(undated):
        return "background"  # "Abed's first wife, Ayesha, ... died in childbirth": a family's life
    if _others_founding(undated, subject):
        return "background"  # "The Council on Foreign Relations was founded in New York": another body's
    if mention is not None and (record := _RECORD_SINCE.search(text[:mention.start])) is not None \
            and not ROLE_NOUN.search(record.group(0)):
        # "the first Italian peacekeeping mission in a war zone since 1945": a yardstick (not "its
        # First Chair since 2023", a post and its term)
        return "background"
    if _ILLNESS.match(undated) or ((life := _PRIVATE_LIFE.search(undated)) is not None
                                   and not subject.starts_with_subject(undated[life.start():].lstrip(" ,"))):
        return "background"  # "Edhi's kidneys failed in 2013", "Carlotto turned 95": a person's life
    if _nature_did(text, subject):
        return "background"  # "an avalanche at Súðavík killed 14 people": what nature did
    if _STATE.search(text) and _state_only(text):
        return "background"  # "has rarely mentioned it during 2022": how things stood, no happening
    if (kept := _CLASS_STATE.match(text.strip())) is not None and not _FINITE.search(text.strip()[kept.end():]):
        # "Women have been eligible to apply since 1984", "Since 1996 the chairmen have been
        # senior naval officers": how a class of people has stood since a time, no happening
        return "background"
    if (rule := _OBLIGED.search(text)) is not None and not _FINITE.search(text[:rule.start()] + text[rule.end():]):
        # "Since January 2025 its director has had to be confirmed by the Senate": a rule that came
        # into force, told by what it obliges; not the confirmation (a change of leader) nor
        # anything else it names, which happen later and are told on their own
        return "other"
    if "never" in text and _NEVER_HAPPENED.search(text):
        return "background"  # "The meeting first set for 7 May never took place": nothing happened
    if _NONE_HELD.match(text):
        return "background"  # "There was no swearing-in on 6 May 2025": what did not happen
    if _HABIT.search(text) and _PRESENT_ONLY.search(text) and not _PAST_TOLD.search(text):
        # "The recruits are normally sworn in each year on 6 May, the anniversary of the stand
        # of 1527": what is done every year is a custom, no happening of a date
        return "background"
    if _PROPOSED_THAT.search(text):
        # "a report ... recommended that FEMA be abolished": what was proposed did not happen by
        # being proposed; the proposal is a statement
        return "statement"
    if _PERFECT_TALLY.search(text):
        return "background"  # "has conducted three general elections, in 2013, 2017 and 2022": a tally, told now
    if _TERM_RUNS.search(text):
        return "background"  # "Lagarde's own term runs until October 2027": how long a term lasts, told now
    if _is_roll(text):
        return "background"  # "The chairmen have been A (1977 to 1990) ... and C (since 2021)": who held it
    if mention is not None and re.search(r"(?i)\bsince\s+$", text[:mention.start]) \
            and re.match(r",?\s+(?:also\s+|now\s+)?[a-z]{3,}(?<!ss)(?<!us)(?<!is)s\s+(?:the|a|an|its|their|[a-z]+)\b", text[mention.end:]) \
            and re.match(r"(?:It|They|The\s+[\w-]+(?:\s+[\w-]+){0,2}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:also\s+)?"
                         r"[a-z]{3,}(?<!ss)(?<!us)(?<!is)s\s", text) \
            and not re.search(r"\b(?:has|have|had|was|were|did)\b", text) and not _PAST_VERB.search(text[mention.end:]):
        # "It licenses broadcasters ... and, since 2023, enforces duties on online services": what
        # it does now, told in the present; when it began is told (or not) as a happening of its own
        return "background"
    if mention is not None and mention.year is None and mention.end_year is None \
            and (present := _PRESENT_SIMPLE.search(text)) is not None and present.end() <= mention.start \
            and not _FINITE.search(text) and not re.search(r"\b(?:will|would)\b", text):
        # "Like other rights groups, the HRCP issues statements on Human Rights Day, 10 December":
        # a day without its year in a clause told in the present recurs; no year is its own
        return "background"
    if _POSTS_HELD_BY.search(text) and not _FINITE.search(_POSTS_HELD_BY.sub("", text)):
        # "in 2021 these posts were held by Philip Mangula and Ali Mohamed Shein": who held what
        # at a time, no happening of it
        return "background"
    if _NO_PART.search(text):
        return "background"  # "took no part in the Easter Rising of 1916": an absence, no happening
    if mention is not None and _COUNT_OPENING.match(text) and _COUNT_OPENING.match(text).end() > mention.start:
        return "background"  # "At the end of 2025 it counted 751 million users": a count at a time
    if mention is not None and _COUNT_AT.search(text[:mention.start]):
        # "numbered 4,140 soldiers in July 2023", "had 500 members by 2019": a count at a time,
        # how big it was then, not something done (a count that grew is told as "reached")
        return "background"
    if mention is not None and re.match(r"\s*Until\s+(?:the\s+)?$", text[:mention.start]) and \
            not re.search(r"\b(?:when|after|before)\b", text[mention.end:]):
        # "Until 1990 the CSCE worked mainly through follow-up meetings", "Until 1991 the fleet
        # was one of the four fleets of the Soviet Navy": how things stood before a change,
        # which the text tells (or not) as its own happening
        return "background"
    if _AS_OF_STATE.search(text):
        # "As of July 2022, RT had only one video which mentioned the Legion": how things stood
        # on a day, which a timeline would read as something done then (round 72)
        return "background"
    if _SPAN_STATE.match(text.strip()) and re.search(r"\b(?:was|were)\b", text) and not _FINITE.search(
            re.sub(r"\b(?:was|were)\b", "", re.sub(r",\s+who\s+[^,;]+(?:,|$)", ",", text))):
        # "During 1980 and 1981 the union's press spokesman was X": who held what over a span
        return "background"
    influence = _INFLUENCE.search(text)
    if influence and all(m.start >= influence.end() for m in find_dates(text)):
        # "Her text later inspired the Declaration of the Rights of the Child of 1959": the
        # dates are those of what was inspired, no happening of the organisation's
        return "background"
    if _HELD_UNTIL_THEN.search(re.sub(r",\s+(?:who|which|(?:a|an|the)\s+(?:[\w-]+\s+){1,4}?(?:that|which|who))\s+[^,;]+(?:,|$)",
                                      ",", text)):
        # "she had been second deputy president since 2015": what someone was up to the
        # story's time (the election the sentence before tells), not a happening of 2015; in
        # a "who" aside it only describes the person the clause is about, in a "which" or "a
        # post that" one the thing ("would be Leader of the Opposition, a post that had been
        # vacant since 2014")
        return "background"
    speech = _SPEECH_LEAD.match(re.sub(r"^(?:by|in|on|at|since|until|during)\s+[^,]{1,30},\s*", "", text.strip(), flags=re.I))
    if speech and not subject.is_subject_phrase(speech.group("who")) and not re.search(
            r"\b(?:announced|confirmed)\b", speech.group("who"), re.I):
        return "statement"  # someone else's words about it: commentary
    if _ORIGINS.search(text) and re.search(r"\bhad\s+been\s+(?:co-?)?(?:founded|formed|established|created|set\s+up)\b", text):
        # "The party's forerunner, the Rural Party, had been founded in 1959": a forerunner's
        # founding told in the pluperfect is the backstory before the story's own time
        return "background"
    if _is_founding(text, subject):
        return "founding"
    # A person's story told in an aside is not the clause's happening: "X, who left Russia at
    # the outbreak of the invasion, had joined the Legion" tells someone joining, no operation.
    # (A post named there still says whose post the clause is about: "X, who had commanded the
    # regiment, took over the brigade".)
    told = re.sub(r",\s+who\s+[^,;]+,", ",", text)
    # Nor what a person is described as: "Roth, a former federal prosecutor, had joined" tells
    # no prosecution.
    told = re.sub(r"(?<=[A-Za-z]),\s+(?:a|an)\s+(?:former\s+|onetime\s+|retired\s+)?[^,;]{2,60},", ",", told)
    # Nor is what a post or statement claims: "posted a video claiming to show a Russian tank being
    # captured", "made a statement that it had withdrawn from active fighting" tell a claim made.
    told = re.sub(r"\b(?:(?:claiming|purporting)\s+to\s+show|(?:a\s+)?statement\s+that|claiming\s+that)\b.*$", "",
                  told, flags=re.S)
    # Nor is a place named for a court or a manor: "first met at Sunbury Court" (not "in the
    # Supreme Court", whose "the" opens a court's name)
    told = re.sub(r"\b(?:at|in|near|to|from|beside)\s+(?:[A-Z][\w'’-]+\s+){1,3}Court\b", "", told)
    if "court" in subject.kind:
        # In a court's own article "the court" is the organisation, not a court's act: "The
        # court's permanent premises were formally opened", "President of the Court since 2024"
        # (its judgments still are: "found ... guilty", "a ruling", "sentenced")
        told = re.sub(r"(?i)\b(?:the|its|this)\s+court(?:'s|’s)?\b|\bCourt\b", "", told)
    for k, (kind, rx) in enumerate(_KINDS):
        if (_tells_kind(k, text) or kind == "leadership" and "has been" in text and _POST_HELD.search(text)) \
                and (kind not in ("operation", "legal") or rx.search(told)):
            if kind in ("renaming", "dissolution") and not subject.mentioned_in(text) and not re.search(
                    r"\b(?:its|their)\b", text, re.I) and not _it_undergoes(rx, undated):
                # ("On 6 May 2010 it was declared dissolved": "it" after the date is the organisation)
                continue  # "The post was renamed Fort Liberty": something else's name
            if kind in ("renaming", "dissolution") and not rx.search(_LATER_RELATIVE.sub("", text)):
                continue  # "founded the Sierra Student Coalition, which the club later dissolved": a later time's
            if kind == "dissolution" and _ANOTHER_ABOLISHED.search(text) and not subject.mentioned_in(text):
                continue  # "The post fell vacant ..., and the Council abolished it": the post
            if kind == "dissolution" and (ended := _END_OF_ANOTHER.search(text)) is not None \
                    and not subject.is_subject_phrase(ended.group("obj")):
                # "The bank ordered the liquidation of another bank that had run short of
                # liquidity": another body's end, which the organisation brought about
                continue
            if kind == "dissolution" and _dissolves_another(text, subject):
                return "reorganisation"  # one of its parts or rules ended, not the organisation
            if kind == "dissolution" and (stood := _PERSON_STOOD_DOWN.search(text)) is not None \
                    and not ORG_WORD.search(stood.group("who")) and not subject.is_subject_phrase(stood.group("who")) \
                    and not _KINDS[k][1].search(text[:stood.start("verb")] + text[stood.end("verb"):]):
                # "Malone stood down at a parade at Haulbowline ... after 44 years in the navy": a
                # person who stands down leaves a post; a unit stood down is disbanded
                return "leadership"
            if kind == "renaming" and not _is_renaming(text, subject):
                continue  # "Airbus ... renamed the jets the A220": a product's name
            won = re.search(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s+won\s+(?:the\s+)?(?:party\s+)?"
                            r"(?:presidency|chairmanship|leadership)\b", text) if kind == "leadership" else None
            if won and (subject.is_subject_name(won.group(1)) or subject.is_subject_phrase(won.group(1))) and \
                    not rx.search(text[:won.start()] + text[won.end():]):
                continue  # "Morena won the presidency": a party winning the country's, an election
            return kind
    if (became := _BECAME_NAME.search(undated)) is not None \
            and became.group("name").casefold() in {n.casefold() for n in subject.names} \
            and (re.match(r"(?i)(?:it|they)\s", undated) or subject.starts_with_subject(undated)):
        # "It became the Center for Disease Control in 1970": the organisation took a name the
        # article knows as one of its own (`Subject.names`, its former names among them); not "it
        # became the largest employer", no name
        return "renaming"
    if _state_told(text):
        return "background"
    return "other"


_BECAME_NAME = re.compile(r"\bbecame\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'’&.-]*"
                          r"(?:\s+(?:(?:of|for|and|the|on|de)\s+)*(?-i:[A-Z])[\w'’&.-]*)*)", re.I)


# How things stood, told of a clause that tells no happening of a known kind (`_state_told`):
# a count held since a date ("Since a reform of 2021 the GIGN has numbered about a thousand";
# not "Since 2022 the KSK has refocused on ...", a change), a tally from one year to another
# ("has sent troops into several member states, from Liberia in 1990 to the Gambia in 2017"), a
# count at a time ("Ten years later it had 1,350 members"), an existence ("Between 1925 and 1945 it existed only as part of that trust"), and a
# copula ("CCM was the only legal party until ...", "Cameron and Brown were the prime ministers
# with whom the party negotiated in 2010"; not "From 1993 it was one of the airmobile units",
# the start of a standing).
_STATE_SINCE = re.compile(r"^\s*Since\s+[^,;]{2,30}?,?\s+(?:[\w'’-]+\s+){1,5}?(?:has|have)\s+(?:\w+ly\s+)?"
                          r"(?:numbered|counted|employed|had|held|owned)\b")
_TALLY_SPAN = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|un|ne|t)\b[^;]{0,100}?,\s+from\s+[^,;]{1,40}?"
                         r"\bin\s+\d{4}\s+to\s+[^,;]{1,40}?\bin\s+\d{4}\b")
_COUNT_HELD = re.compile(r"^\s*(?:(?:[\w'’-]+\s+){1,3}(?:later|earlier|on)\s+|(?:By|In)\s+[^,;]{2,30}?,?\s+)?"
                         r"(?:it|they|the\s+[\w-]+)\s+(?:had|counted|numbered|employed)\s+(?:about\s+|some\s+|over\s+|nearly\s+|"
                         r"almost\s+|more\s+than\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:members|staff|employees|people|"
                         r"soldiers|men|volunteers|branches|offices|countries)\b", re.I)
_EXISTED = re.compile(r"^(?:(?!\bthat\b)[^;])*?\b(?:existed|exists)\b")
_COPULA_STATE = re.compile(r"^\s*(?!From\b)(?:(?:On|In|By|Between|Until|During)\s+[^,;]{1,40}?,?\s+)?(?:(?!that\b)[\w'’.&-]+\s+){1,8}?"
                           r"(?:was|were)\s+(?:the|a|an|its|their|one\s+of)\s+(?!first\b|last\b)")


def _state_told(text: str) -> bool:
    """Whether a clause of no known kind tells how things stood rather than something done
    (the patterns above). The judgement: a timeline lists what happened on a date; a state
    that held at or from the date is the text's description, which the full profile prints in
    its sentences. Only asked of what no kind claimed: "has been led by X since 2022" stays a
    change of leader, "was the first held under the new constitution" a milestone."""
    body = re.sub(r",\s+(?:who|which)\s+[^,;]+(?:,|$)", ",", text.strip())
    return bool(_STATE_SINCE.match(body) or _TALLY_SPAN.search(body) or _COUNT_HELD.match(body)
                or _EXISTED.match(body) or _COPULA_STATE.match(body))


# A relative clause that tells what became of the thing it follows at a later time: ", which the
# club later dissolved", ", which was later renamed X".
def _it_undergoes(rx: re.Pattern[str], undated: str) -> bool:
    """Whether a clause without its opening date says "it" or "they" underwent what `rx` names:
    as the subject of a passive just before it ("it was declared dissolved", "announced that it
    was among 40 parties dissolved") or as its object ("the commission dissolved it"); not "they
    held the front ... in a war that became known as the White War"."""
    m = rx.search(undated)
    if m is None:
        return False
    # ("it" as a subject, after the clause's start, a conjunction or a comma: not "the German Labour
    # Front that founded it was dissolved")
    return re.search(r"(?i)(?:^|\b(?:that|and|but|when|after|because|as|so|until)\s+|,\s+)(?:it|they)\s+"
                     r"(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\b[^,;]{0,40}$",
                     undated[:m.start()]) is not None or re.match(r"\s+(?:it|them)\b", undated[m.end():]) is not None


_LATER_RELATIVE = re.compile(r",\s+(?:which|who|whom)\s+(?:[^,;]*?\s)?(?:later|subsequently|eventually)\s[^,;]*")


@lru_cache(maxsize=8192)
def _tells_kind(k: int, text: str) -> bool:
    """Whether `text` has the words of the `k`th of `_KINDS`. `classify` asks it of a
    sentence and again of its clauses with another date, half its calls a text asked before:
    the kinds' long alternations were a tenth of reading an article."""
    return _KINDS[k][1].search(text) is not None


per_unit(_tells_kind.cache_clear)  # a batch worker starts each seed with an empty cache (`heap.per_unit`)


_DISSOLVED = r"(?:dissolved|disbanded|inactivated|deactivated|abolished|liquidated|stood\s+down)"


# The end of another body named by its noun: "the liquidation of another bank", "the closure of
# two banks", "the dissolution of a rival party" (`classify`).
_END_OF_ANOTHER = re.compile(r"\b(?:liquidation|dissolution|disbandment|closure|winding\s+up)\s+of\s+"
                             r"(?P<obj>(?:another|an?|two|three|four|several|many|some|other)\s+[\w'’-]+(?:\s+[\w'’-]+)?)", re.I)


def _dissolves_another(text: str, subject: Subject) -> bool:
    """Whether a dissolution's verb ends something other than the organisation: a passive whose
    subject is another thing ("The Tridentina brigade was disbanded", "A second aviation brigade
    belonged to the division until it was inactivated"), or an active one whose object is
    ("At its congress it abolished the upper age limit"). Such an end is a change within the
    organisation, a reorganisation; its own end (it, its name or its kind of body, "the
    organisation was dissolved") stays a dissolution."""
    passive = re.search(rf"(?:^(?:[^,;]*?,\s+)?|^(?:On|In|By)\s+[^,;]{{1,30}}?\d{{4}},?\s+)(?P<np>(?:the|a|an)\s+[^,;]{{2,60}}?),?\s+"
                        rf"(?:[^;]{{0,100}}?\buntil\s+it\s+)?"
                        rf"(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+|finally\s+|officially\s+)?{_DISSOLVED}\b",
                        text, re.I)
    if passive:
        np = re.sub(r"(?i)^(?:the|a|an)\s+", "", passive.group("np")).strip(" ,")
        return not (subject.is_subject_phrase(passive.group("np")) or subject.is_subject_name(np)
                    or np.split()[-1].casefold() in subject.generic)
    # ("... set up a committee to plan the re-establishment of a navy, which had been disbanded after
    # Eritrea's independence": the end of a thing a relative clause tells of, named just before it)
    relative = re.search(rf"\b(?P<np>(?:the|a|an|its)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}),\s+(?:which|that)\s+"
                         rf"(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+|finally\s+|officially\s+)?{_DISSOLVED}\b", text, re.I)
    if relative and not subject.is_subject_phrase(relative.group("np")) \
            and not subject.mentioned_in(relative.group("np")):
        return True
    active = re.search(rf"\b{_DISSOLVED}\s+(?P<obj>(?:the|its|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}})", text, re.I)
    if active:
        obj = active.group("obj")
        words = re.sub(r"(?i)^(?:the|its|a|an)\s+", "", obj).split()
        return not (subject.is_subject_phrase(obj) or subject.is_subject_name(" ".join(words))
                    or (words and words[-1].casefold() in subject.generic) or subject.mentioned_in(obj))
    return False


# "The post fell vacant when his term ended ..., and ... the Council abolished it": "it" is the
# thing the sentence opened on, a post or an office, not the organisation.
_ANOTHER_ABOLISHED = re.compile(r"^\s*(?:[^,;]{0,40}?,\s+)?The\s+(?!(?:organi[sz]ation|body|group|party|company|agency|"
                                r"union|alliance|bloc|league|association|council|commission|federation|movement|unit|"
                                r"corps|brigade|regiment|division|bank|fund|foundation)\b)[a-z]+\b[^;]*?\b(?:abolished|"
                                r"dissolved|disbanded|scrapped|wound\s+up)\s+it\b")


_RENAME_VERB = re.compile(r"\b(?:renamed|rename|rebranded|redesignated|re-designated)\b", re.I)


def _is_renaming(text: str, subject: Subject) -> bool:
    """A renaming is the organisation's when its own name changes: "changed its name", "its
    present name", "the brigade was renamed", "renamed itself", "X renamed the party" - not
    "Airbus renamed the jets the A220"."""
    if not _RENAME_VERB.search(text):
        took = re.search(r"\b(?:took|adopted)\s+the\s+(?:[\w-]+\s+){0,3}?name\b", text, re.I)
        if took is not None:
            # "The Sierra Club Legal Defense Fund, set up in 1971, was independent of the club
            # and took the name Earthjustice": whose name, the one who took it says (the
            # clause's own subject, or the sentence's when the verb is joined by "and")
            who = re.sub(r"^(?:(?:in|on|by|after)\s+[^,]{1,30},?\s+)", "", _last_piece(text[:took.start()]).strip(),
                         flags=re.I)
            if not who or re.fullmatch(r"(?i)(?:was|were|had|has|it\s+was)?", who):
                who = re.split(r",|\s+(?:was|were|is|are|had|has|took|adopted)\s", text.strip(), maxsplit=1)[0]
            who = re.sub(r"^.*\b\d{3,4}\b,?\s*", "", who).strip()
            # (a name it took that is its own: "The London company took the name Unilever PLC")
            new = re.match(r"\s*((?:(?-i:[A-Z])[\w'’&.-]*\s*){1,5})", text[took.end():])
            ours = new is not None and any(w.casefold() in subject.words for w in new.group(1).split())
            if who and not ours and not re.fullmatch(r"(?i)it|they|the\s+\w+", who) and not subject.is_subject_phrase(who) \
                    and not subject.is_subject_name(who) and (who[:1].isupper() and len(who.split()) > 1):
                return False
        # the other renaming phrases ("changed its name", "became known as") say whose, but not
        # "the basis of what became known as OPEC+": a new grouping's name
        return not re.search(r"\bwhat\s+(?:later\s+|then\s+|soon\s+)?became\s+known\s+as\b", text, re.I) or bool(
            re.search(r"\bchanged\s+its\s+name|\btook\s+the\s+name|\badopted\s+the\s+(?:[\w-]+\s+){0,3}name", text, re.I))
    for m in _RENAME_VERB.finditer(text):
        left = re.split(r"[,;:(]|\bwhich\b|\bthat\b|\band\b", text[:m.start()])[-1]
        passive = re.search(r"\b(?:was|were|been|is|are|be)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?$", left, re.I)
        stem = re.sub(r"\b(?:was|were|had\s+been|has\s+been|is|been|be|officially|formally|later|then|also)\s*$", "",
                      left.strip(), flags=re.I).strip()
        stem = re.sub(r"^.*\b\d{3,4}\b,?\s*", "", stem)  # "In 1953 the organisation was renamed"
        if passive and stem and subject.is_subject_phrase(stem):
            return True
        described = re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?P<noun>[a-z][\w-]*)\s*$", left)
        if described and not passive and not subject.is_subject_phrase(f"the {described.group('noun')}"):
            continue  # "the Phyllis Cormack, a chartered fishing boat renamed Greenpeace": the boat's name
        right = text[m.end():m.end() + 60]
        np = re.split(r"[,;:.(]|\s+(?:in|on|by|at|from|after|before|as|to)\s", right)[0]
        words = np.split()
        if re.match(r"\s*(?:itself|themselves)\b", right, re.I) and _renamed_another(text[:m.start()], subject):
            continue
        if re.match(r"\s*(?:it|itself|themselves)\b", right, re.I) or (
                words and subject.is_subject_phrase(" ".join(words[:3]))):
            return True
    return False


def _renamed_another(before: str, subject: Subject) -> bool:
    """Whether "which renamed itself" follows the name of another body: "They formed the
    Australian Labor Party (Anti-Communist), which renamed itself the Democratic Labor Party"
    (a body set apart by a bracketed word, or a name that is not the organisation's)."""
    rel = re.search(r"(?P<np>[^,;]+?),?\s+(?:which|that)\s+(?:later\s+|then\s+|soon\s+|eventually\s+)?$", before)
    if rel is None:
        return False
    np = rel.group("np").rstrip()
    named = re.search(r"(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,5}[A-Z][\w'’&.-]*)(?P<qual>\s*\([^()]*\))?$", np)
    if named is None:
        return False
    if named.group("qual") and _OTHER_QUALIFIED.match(named.group("qual")):
        return True
    return len(named.group("name").split()) >= 2 and not subject.is_subject_name(named.group("name"))


def _last_piece(text: str) -> str:
    """What follows the last comma, colon, "which", "that" or "and" of `text`: the noun phrase
    before a verb. Not an "and" between two capitalised words, which joins one name ("A Coastal
    and Marine Service was formed" is one body's founding, not "Marine Service"'s)."""
    pieces = re.split(r"([,;:(]|\bwhich\b|\bthat\b|\band\b)", text)
    left = pieces[-1]
    name = re.search(r"(?:(?-i:[A-Z])[\w'’-]*\s+)*(?-i:[A-Z])[\w'’-]*\s*$", pieces[-3]) if len(pieces) >= 3 \
        and pieces[-2] == "and" and re.match(r"\s*(?-i:[A-Z])", left) else None
    return pieces[-3][name.start():] + "and" + left if name is not None else left


_ALL_KINDS = "|".join(sorted(KINDS))  # (for `_is_founding`)

def _is_founding(text: str, subject: Subject) -> bool:
    """A founding verb whose grammatical subject or object is the organisation itself: "It was
    formed", "the Legion had been formed", "X founded the party", "the formation of the Legion"
    - not "the Legion's Telegram channel was created"."""
    for m in _FOUNDING_NOUN.finditer(text):
        np = re.split(r"[,;:.(]|\s+(?:in|on|by|at|from|after|before|was|were|with|and)\s", text[m.end():])[0]
        if subject.is_subject_name(np):
            return True
    if re.match(r"^\s*(?:first|originally|initially|officially)?\s*(?:(?:co-?)?founded|formed|established|created|"
                r"organi[sz]ed|set\s+up)\b[^.;]{0,90}?,\s+(?:it|the\s+\w+|" + re.escape(subject.short) + r")\b",
                text, re.I):
        return True  # "First organised in August 1917, it was converted ..."
    # (a name in capitals: not "the first time the party had created such a post"). The kinds
    # every article knows and the article's own in two patterns: one of all of them, made
    # anew for each article, cost a millisecond to compile.
    for kinds in (_ALL_KINDS, "|".join(sorted(subject.generic - KINDS))):
        if kinds and re.search(rf"\b(?:the|its)\s+(?:{kinds})\s+(?:that\s+|which\s+)?(?:he|she|they|(?-i:[A-Z])[\w-]+)"
                               rf"\s+(?:had\s+)?(?:co-?)?(?:founded|formed|established|created|set\s+up)\b", text, re.I):
            return True  # "The company he founded in 2014 ..."
    for m in re.finditer(r"\b(?:co-?)?(?:founded|formed|established|created)\s+it\b", text, re.I):
        if re.search(r"\b(?:that|which)\s+(?:had\s+)?$", text[:m.start()]):
            continue  # "The German Labour Front that founded it was dissolved in 1945": who did, named
        return True  # "... its three founders, who formed it as an electoral bloc in 1993"
    # "the partners registered Rolls-Royce Limited" in Rolls-Royce Holdings' article: a company
    # of its name registered or incorporated (the words of its name but its legal form)
    for m in re.finditer(r"\b(?:registered|incorporated)\s+(?P<np>(?:(?-i:[A-Z])[\w'’&.-]*\s+){1,4}?"
                         r"(?:Limited|Ltd\.?|plc|PLC|Inc\.?|Company|Corporation|GmbH|AG|S\.?A\.?|LLC|Co\.))", text, re.I):
        own = [w.casefold() for w in re.findall(r"[\w'’-]+", m.group("np"))[:-1]]
        if own and all(w in subject.words or w.replace("-", " ").split()[0] in subject.words for w in own):
            return True
    for m in _FOUNDING_VERB.finditer(text):
        left = _last_piece(text[:m.start()])
        left = re.sub(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|is|be|been|officially|formally|first|"
                      r"originally|later|then|also|reportedly|allegedly|eventually|jointly)\s*$", "", left.strip(), flags=re.I)
        left = re.sub(r"\b(?:was|were|had\s+been|has\s+been|is|been)\s*$", "", left.strip(), flags=re.I)
        passive = re.search(r"\b(?:was|were|been|is|are|be)\s+(?:\w+ly\s+|first\s+|later\s+|then\s+|also\s+)?$",
                            text[:m.start()], re.I)
        # "It was formed", "the Legion had been formed" - but "Azov formed the core of the
        # defence" (active: the organisation made something else), nor how it is laid out
        # ("the company has been organised in two divisions", "is organised into regions").
        if m.group(0).casefold().startswith("organi") and re.match(r"\s+(?:in|into)\s+(?:\w+\s+){0,2}?"
                                                                   r"(?:divisions?|regions?|segments?|units?|parts?|"
                                                                   r"directorates?|departments?|sections?|branches|"
                                                                   r"commands?|groups?|wings?|zones?)\b",
                                                                   text[m.end():], re.I):
            continue
        if m.group(0).casefold().startswith("organi") and re.search(
                r"\b(?:has|have)\s+been\s+(?:\w+ly\s+)?$|\b(?:is|are)\s+(?:\w+ly\s+)?$", text[:m.start()]):
            continue  # "Since 2017 it has been organised as a group whose parts include ...": how it stands
        if _SINCE_FOUNDED.search(text[:m.start()]) and not find_dates(re.split(r"[,;:]", text[m.end():])[0]):
            # "the first multilateral agreement reached since the organisation was founded": the
            # founding as the measure of another time, undated here, not what the sentence tells
            continue
        # ("The regiment came into being on 1 January 1997": a verb that needs no "was")
        intransitive = m.group(0).casefold().startswith("came")
        if left and (passive or intransitive) and subject.is_subject_phrase(left) and not re.search(r"'s\s*$", left):
            return True
        right = text[m.end():m.end() + 80]
        if re.match(r"\s+by\b", right):
            continue
        np = re.split(r"[,;:.(]|\s+(?:in|on|by|at|from|after|before|was|were|with|and|as)\s", right)[0]
        if subject.is_subject_name(np) and not _OTHER_QUALIFIED.match(right[len(np):]):
            return True
    return False


# A time told by the founding it follows: "since the organisation was founded", "before it was
# created" (the founding verb comes next).
_SINCE_FOUNDED = re.compile(r"\b(?:since|before|after|until)\s+(?:the\s+[\w-]+|it|they)\s+(?:was|were|had\s+been)\s+"
                            r"(?:\w+ly\s+|first\s+)?$", re.I)
# A name followed by a bracketed word that sets another body apart: "They formed the Australian
# Labor Party (Anti-Communist)"; not an abbreviation, a year or a place ("(ALP)", "(1901)").
_OTHER_QUALIFIED = re.compile(r"\s*\((?![A-Z&.]{2,8}\)|\d)[A-Z][a-z][\w-]*(?:[\s-][A-Za-z][\w-]*)*\)")


# -- dates ------------------------------------------------------------------------------------
def _lifetime(clause: str, mention: DateMention) -> bool:
    """Whether `mention` is a person's years of birth and death in a bracket after the name:
    "The name honours Hans Christian Ørsted (1777–1851), the Danish scientist" dates no
    happening at all. A lifetime, not a term of office ("I. A. Rehman (2008-2016)"): sixty
    years or more apart."""
    return bool(mention.closed_range and mention.year and mention.end_year and mention.end_year - mention.year >= 60
                and re.search(r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+\s+\((?:c\.\s*|b\.\s*)?$", clause[:mention.start])
                and re.match(r"\s*\)", clause[mention.end:]))


# A list of examples set off after the clause, whose noun a past participle describes up to a
# date: ", among them Indians expelled from Uganda in" (`_is_reference`).
_EXAMPLE_PARTICIPLE_DATED = re.compile(
    r",\s+(?:among\s+(?:them|whom|others)|including|such\s+as|notably|especially)\s+"
    r"(?:(?!(?:was|were|is|are|had|has|have|been)\b)[\w'’-]+\s+){1,6}?(?:[a-z]{3,}ed|driven|taken|thrown|born)\s+"
    r"(?:(?:from|by|out\s+of|to|in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?(?:in|on|during)\s+$")

# The time a clause moves something to: a term prolonged, a deadline put back, a vote put
# off "to" or "until" a day ("extended his mandate by two and a half years, to 30 June 2023",
# "this time to 31 December 2025", "postponed the congress until May 2021") (`_is_reference`).
_MOVED_TO = re.compile(
    r"(?i)\b(?:extend|prolong|postpon|defer|delay|push(?:ed|es|ing)?\s+back|put\s+off|renew|reschedul|lengthen|"
    r"moved?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:election|vote|poll|congress|meeting|summit|deadline|date))"
    # ("his tenure was extended by one year beyond 24 May": the day it would have ended)
    r"\w*\b[^;]{0,90}?\s(?:(?:this|that)\s+time\s+)?(?:to|until|till|through|beyond|past)\s+$")
# A span the clause's act gives something: "adopted the statute of a new office, giving it
# three years, from 1 January 1951 to the end of 1953, to finish the job" (`_is_reference`).
_GIVEN_SPAN = re.compile(r"(?i),\s+(?:giving|granting|allowing|allotting|leaving)\s+(?:it|them|him|her|the\s+[\w-]+)\s+"
                         r"[^,;]{1,50}?,?\s+(?:from|between)\s+$")

# What ends the words between a clause's date and a later one that dates a verb of its own
# after "and" (`extract_events`' second dates): " and disbanded in ", " and handed over in ",
# "... was criticised over the flood response and resigned in ".
_AND_DATED_VERB = re.compile(r"(?:^|[^,;])\s*,?\s+and\s+(?:then\s+|later\s+|again\s+)?(?:was\s+|were\s+)?(?:[a-z]{3,}ed|left|sent|"
                             r"built|spent|met|cut|put|set|kept|bought|brought|fought|won|lost|became|began|rose|fell|"
                             r"took|gave|made|went|came|held|ran|sold|moved|broke|split|died)\b"
                             # (not a time of its own between: "led it until his death in August 1952")
                             r"(?:\s+(?!(?:and|or|but|when|while|which|who|until|till|since|from|after|before)\b)"
                             r"[\w'’-]+){0,5}?\s+(?:in|on|during|by)\s+(?:(?:early|late|mid)[\s-]+)?$")


# The day a reference told just before names as the happening's own ("... on 4 October he announced
# the same night"), in the clause after it (`extract_events`).
_SAME_DAY_AFTER = re.compile(r"[^,;]{0,80}?\b(?:the\s+same|that)\s+(?:day|night|evening|morning|afternoon)\b")


def _is_reference(clause: str, mention: DateMention) -> bool:
    """Whether `mention` only locates another time ("before the Legion was created in 2022",
    "after the protests of 2020", "on the scale of 2019"). Ranges and open spans tell their own
    time, except in a restrictive pluperfect relative clause: "drew its core from members of the
    alliance that had governed since 1997" tells the earlier past of the noun it describes (an
    aside set off by commas, ", who had headed it since 2007,", is `_in_aside`'s)."""
    # "The party lost the election held just before independence in 1962": what happened "just
    # before" or "shortly after" a time told by its year happened in that year, as closely as a
    # year tells (a day or a month would date the other happening, not this one)
    if mention.month is None and not mention.is_range and re.search(
            r"\b(?:just|shortly|immediately|soon)\s+(?:before|after)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:in\s+)?$",
            clause[:mention.start], re.I):
        return False
    # "Jóhann Hafstein succeeded him as chairman and as prime minister the same day and led the
    # party until 1973": the end of the term the next verb tells, after the clause's own time
    # counted from the one before; the happening is of that time, not of the end
    if re.search(r"\b(?:that|the\s+same|the\s+next|the\s+following)\s+(?:day|week|month|year)\s+and\s+"
                 r"[a-z]{2,}\b[^,;]*?\b(?:until|till)\s+(?:the\s+end\s+of\s+)?$", clause[:mention.start], re.I):
        return True
    if re.search(r"(?<![,\s])\s+(?:that|which|who)\s+had\s+(?:\w+\s+){0,2}?\w+\b[^,;]{0,40}$", clause[:mention.start]) \
            and not re.match(r"\s*(?:In|On|By|From|Since)\b", clause):
        return True
    # "supporting the national body set up in May 1942", "alongside No. 207 Squadron, the
    # training unit established there on 1 August 2019": a participle dates the noun it follows.
    if re.search(r"\b(?:the|a|an)\s+(?:(?!(?:was|were|is|are|had|has|been)\b)[\w-]+\s+){1,3}"
                 r"(?:set\s+up|founded|created|formed|established|launched)\s+(?:there\s+|here\s+)?(?:on|in)\s+$",
                 clause[:mention.start]):
        return True
    # "two passages of the speech Donald Trump gave on 6 January 2021": a thing named by what
    # someone did with it on a day (a relative clause without "that") dates that doing, another
    # happening than the clause's
    if re.search(r"\bthe\s+(?:[a-z][\w-]*\s+){1,3}(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\s+"
                 r"(?:gave|made|delivered|wrote|signed|held|won|lost|took|issued|published|launched)\s+(?:on|in)\s+$",
                 clause[:mention.start]):
        return True
    # "worked chiefly on resettling refugees in Norway, among them Indians expelled from Uganda in
    # 1972": a participle within a list of examples dates what happened to the examples, not what
    # the clause tells (the Norwegian Refugee Council's decades of resettlement had read as 1972's)
    if _EXAMPLE_PARTICIPLE_DATED.search(clause[:mention.start]):
        return True
    # "X and Y took over as acting co-leaders, although a junta order of 7 June had banned all
    # party activity": a concession told in the pluperfect after the clause's verb dates what
    # stood in the way, not the clause's own happening
    if re.search(r"\S\s*,?\s+(?:although|though|even\s+though|whereas)\s[^;]*$", clause[:mention.start], re.I) \
            and re.search(r"\bhad\b", clause[mention.end:] + clause[:mention.start].rsplit("though", 1)[-1]):
        return True
    # "In November 2020 the Assembly extended his mandate by two and a half years, to 30 June
    # 2023": where a clause dates its own act, the time it moves something to (`_MOVED_TO`) is
    # when that thing now ends or falls, a time to come, not a second happening (UNHCR's two
    # extensions had each given a row on the day the mandate would run out)
    # "The commission first set 17 October for the new vote": the day set for something is a
    # plan (another sentence tells the day it came to pass, or that it did not)
    if re.search(r"\b(?:set|fixed|chose|picked|named|scheduled)\s+(?:the\s+)?$", clause[:mention.start], re.I) \
            and re.match(r"(?:\s+as\s+the\s+(?:date|day))?\s+for\b", clause[mention.end:]):
        return True
    # So is a span the act gives it: "On 14 December 1950 the General Assembly adopted the statute
    # of a new office, giving it three years, from 1 January 1951 to the end of 1953" had also
    # read as the adoption on 1 January 1951 (`_GIVEN_SPAN`).
    # Without a date of its own the clause is not dated by that time either: "Kaul's second term
    # was thereby extended to June 2021" happened before June 2021, when the text does not say.
    if _MOVED_TO.search(clause[:mention.start]) or (_GIVEN_SPAN.search(clause[:mention.start]) and any(
            m.start < mention.start and m.year is not None and not _MOVED_TO.search(clause[:m.start])
            for m in find_dates(clause))):
        return True
    # "became the first prime minister since 1989 to be returned": a time that measures a
    # record ("the first ... since", "the largest ... since") locates nothing done
    if re.search(r"\b(?:first|only|largest|biggest|highest|lowest|worst|best|greatest|most|least|heaviest|longest)\s+"
                 r"(?:[\w-]+\s+){0,4}?since\s+(?:the\s+)?$", clause[:mention.start], re.I):
        return True
    # "Graf told the guests that no pope had done so since 1968", "none had been held since
    # 1990": the last time before, measured from now, locates nothing done then
    if re.search(r"\b(?:no|none|nobody|no\s+one|never)\b(?:\s+[\w'’-]+){0,4}?\s+(?:had|has|have)\s+"
                 r"(?:[\w-]+\s+){0,4}?since\s+(?:the\s+)?$", clause[:mention.start], re.I):
        return True
    # "It rests on the Collective Security Treaty of 1992": a thing named by its year in a
    # clause that tells how things stand (no verb in the past) dates that thing, not a happening
    if re.search(r"\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,5}?of\s+$", clause[:mention.start]) and \
            _PRESENT_HEAD.search(clause[:mention.start]) and not _PAST_VERB.search(
                re.split(r";|,\s+(?:and|but|while)\s|\bwhen\b", clause[mention.end:])[0] +
                re.split(r";|,\s+(?:and|but|while)\s", clause[:mention.start])[-1]):
        return True
    # "The Content Board is a committee ... required by section 12 of the Communications Act 2003":
    # a law named by its year, in a clause that tells how things are (a present "is", no verb in
    # the past), dates the law, not a happening
    if _LAW_YEAR.search(clause[:mention.start]) and re.search(r"\b(?:is|are)\b", clause[:mention.start]) \
            and not _PAST_VERB.search(clause[:mention.start] + " " + re.split(r"[;]", clause[mention.end:])[0]):
        return True
    if mention.ongoing or (mention.closed_range and re.search(r"\b(?:from|between|since)\s+$",
                                                              clause[max(0, mention.start - 12):mention.start], re.I)):
        return False
    # "After the full-scale invasion began in February 2022, Azov formed the core of the
    # defence": an opening "After ..." phrase dates what the sentence goes on to tell, which
    # follows at once; a trailing one ("emigrated after the protests of 2020") only locates.
    head = clause[:mention.start]
    rest = clause[mention.end:]
    # (without its comma too: "After the Vietnam cease-fire of 1973 the fleet swept the mines")
    if re.match(r"\s*(?:After|Following|With)\b", head) and "," not in head and not find_dates(rest) \
            and (re.match(r"\s*,\s+\S", rest) or (re.match(r"\s+(?:the|its|their|[A-Z])", rest)
                                                  and _FINITE.search(rest[:80]))):
        return False
    # "After long debate non-African countries were admitted on 30 December 1982, and ...": an
    # opening "After ..." that tells a happening of its own needs a main clause after it; where
    # the clause ends on the date, "After" took a noun ("long debate") and the verb before the
    # date is the clause's own, which the date tells.
    if _OPENING_AFTER.match(head) and not rest.strip(" .;:!?)\"'’”") \
            and _FINITE.search(head) and "," not in head:
        return False
    # ("After almost a month of negotiations the DA agreed in June 2024 to join a government of
    # national unity, ...": no verb follows the date before the clause's first comma, so the verb
    # before it is the main clause's, which the date tells; "After the army seized power in 1973
    # the fleet swept the mines" goes on to its main verb after the date, a reference)
    if re.match(_OPENING_AFTER.pattern + r"\s+(?:[\w'’-]+\s+){0,3}(?:of|in|by)\s+[a-z]+\b", head) and "," not in head \
            and _FINITE.search(head) and not _FINITE.search(re.split(r"[,;]", rest)[0]):
        return False
    # "After the collapse of the government of the SPD, the Greens and the FDP in November 2024,
    # an early federal election was held on 23 February 2025": an opening "After ..." phrase
    # without a verb of its own, commas of a list and all, locates what the clause goes on to
    # tell on a date of its own; that date is the row's, this one a reference
    if _OPENING_AFTER.match(head) and not _FINITE.search(head) and find_dates(rest):
        return True
    # ("formed in the months after the country, then called South West Africa, became independent
    # of South Africa on 21 March 1990": an aside naming a thing as it was then is no break between
    # "after" and its date)
    # (nor is the comma of a number: "after the party fell from about 455,000 to 315,000 votes at
    # the election of 15 July")
    before = re.sub(r",\s+(?:then|now|formerly|once|later)\s+[^,;]{1,50},", "", clause[max(0, mention.start - 140):mention.start])
    # (and an occasion named by its day in a clause "after" opens with a verb of its own, however
    # long: "after the party fell from about 455,000 to 315,000 votes at the election of 15 July,
    # a party session ...")
    occasion = re.search(r"\b(?:after|following)\s(?P<gap>[^,;:]{0,120})\b(?:the|a|an)\s+[a-z]+\s+of\s+$",
                         re.sub(r"(?<=\d),(?=\d{3}\b)", "", before))
    if occasion is not None and _GAP_VERB.search(occasion.group("gap")):
        return True
    reference = _REFERENCE_CLAUSE.search(before[-70:])
    if reference is not None and re.match(r"(?i)(?:before|after)\b", reference.group(0)) \
            and re.search(r"\b[a-z]{3,}ed\s+(?:him|her|them|it)\s+(?:he|she|they|it)\s+(?:[\w-]+ly\s+)?"
                          r"(?:took|became|assumed|was|were|[a-z]{3,}ed)\b", reference.group("gap")):
        # "after the cabinet approved her she took office on 13 November 2013": the "after" clause
        # ends where the main clause's subject opens on its own verb, whose date this is
        return False
    return reference is not None


is_reference = _is_reference


# "After" or "Following" opening a clause: the sentence's first word, or the first after the
# "and" of a clause joined to one before ("..., and after a month of handover he took office on
# Monday 6 April": Ecopetrol's new president, whose taking of office had read as a reference).
_OPENING_AFTER = re.compile(r"\s*(?:(?:and|but|then)\s+)?(?:After|after|Following|following)\b")


_YEAR_WORD = r"(?:1[5-9]\d\d|20\d\d)"
# The title of a law before its year: "the Communications Act 2003", "the Police (Scotland) Act 2012".
_LAW_YEAR = re.compile(r"\b[A-Z][\w'’()-]*(?:\s+(?:[A-Z(][\w'’()-]*|of|and|the|for))*\s+(?:Act|Ordinance|Order|Regulations)\s+$")
_BEFORE_ATTRIBUTIVE = re.compile(rf"(?i)\b(?:the|its|their|his|her|this|that|[\w-]+['’]s)\s+(?:{_YEAR_WORD}\s*(?:,|and|or|&)\s*)*$")
_AFTER_ATTRIBUTIVE = re.compile(rf"(?:\s*(?:,|and|or|&)\s*{_YEAR_WORD})*\s+(?!(?:and|or|to|until|when|while|as|in|on|at)\b)[A-Za-z]")


def _attributive_year(clause: str, mention: DateMention) -> bool:
    """Whether `mention`, a bare year, names a thing by its year ("the 2022 World Cup", "the
    2018 and 2022 awards", "its 2019 report") rather than telling when something happened."""
    return mention.month is None and not mention.is_range \
        and bool(_BEFORE_ATTRIBUTIVE.search(clause[:mention.start])) and bool(_AFTER_ATTRIBUTIVE.match(clause[mention.end:]))
# A verb in the present that tells how things stand, and any verb in the past.
_PRESENT_HEAD = re.compile(r"\b(?:rests|rest|is|are|remains|remain|stands|draws|builds|bases|relies|depends)\s+"
                           r"(?:\w+\s+)?(?:on|upon|in|from)\b")
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b(?!\s+(?:by|in)\b)")


# A part of a year before "of <year>": the time the story is at, not a thing named by its year.
_TIME_OF = re.compile(r"(?i)\b(?:spring|summer|autumn|fall|winter|start|beginning|end|middle|half|quarter|course|"
                      r"months?|weeks?|days?|years?|season|turn|close|part)\s+of\s+$")


def _of_year(clause: str, mention: DateMention) -> bool:
    """Whether `mention`, a bare year, closes a noun phrase after "of" ("unpaid dues and the
    observers of 2001", "the elections of 1999"): a thing named by its year, told beside the
    clause's own date, which the story does not move back to."""
    return mention.month is None and not mention.is_range and re.search(
        r"\bthe\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+of\s+$", clause[:mention.start]) is not None


def _surnames_of(name: str) -> tuple[str, ...]:
    """The words a text may call a person by alone: the last word of the name, and the first
    when the name is written family name first with a hyphened given name ("Ju Il-seok",
    "Kim Gye-hwan": "Ju took office")."""
    words = name_words(name)  # ("Nestor Espenilla Jr": "Espenilla died")
    first = (words[0],) if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) else ()
    return (words[-1], *first)


def _birth_dated(d: _Draft) -> bool:
    """Whether `d` is dated by a birth ("a correspondent born in 1920"): a life's date, which
    no later "the same day" or "a month later" counts from."""
    return d.background and re.search(rf"\bborn\b[^,;]{{0,40}}?\b{d.date.year}\b", d.clause) is not None


@record
class _Context:
    """The latest full date read, for year inference and "the same day"."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    # the last day of a span the sentence before told ("a conference ..., which sat from 31 July
    # to 4 August 1963"), for "On its last day" (`_relative`)
    last_day: EventDate | None = None

    def update(self, m: DateMention) -> None:
        year = m.end_year if m.end_year is not None else m.year
        if year is None:
            return
        self.year = year
        if m.closed_range:
            self.month, self.day = m.end_month, m.end_day
        else:
            self.month, self.day = m.month, m.day


def _turns_the_year(sentence: str, clause: str, primary: DateMention, ctx: _Context) -> bool:
    """Whether a yearless day in a clause joined on by "and" (or after a semicolon) falls in
    the year after the full date its own sentence told before it: a month two or more before
    that date's ("António Guterres named Catherine Russell ... on 10 December 2021, and Russell
    took office on 1 February": 2022). The story told in one sentence moves forward; a clause
    that says it looks back ("had", "earlier", "before") is left alone."""
    at = sentence.find(clause)
    if at <= 0 or primary.month is None or ctx.month is None or primary.month + 2 > ctx.month \
            or re.search(r"(?i)\b(?:following|next)\s+year\b", clause):  # ("of the following year" says so itself)
        return False
    if not re.search(r"(?:,?\s+and|;)\s*$", sentence[:at]) or re.search(r"(?i)\b(?:had|earlier|before|previously)\b",
                                                                     clause[:primary.start]):
        return False
    told = [m for m in find_dates(sentence[:at]) if m.year == ctx.year and m.month == ctx.month and m.day is not None]
    return bool(told)


def _NEXT_SPRING(primary: DateMention, ctx: _Context) -> bool:
    """Whether a yearless day falls in the first four months while the story stands at a day of
    the last three (`ctx`): the story has turned the year."""
    return primary.month is not None and primary.month <= 4 and ctx.month is not None and ctx.month >= 10 \
        and ctx.day is not None


def _later_year(sentence: str, clause: str, primary: DateMention, context: int | None,
                moved_on_only: bool = False, context_month: int | None = None) -> int | None:
    """The year a paragraph's first yearless day takes from later in its own sentence: "On 1
    April GCHQ began moving to Eastcote; the move in 1946 took four days" is 1 April 1946, not
    a day of 1942, the year the paragraph before ended on. The year a reader carries over from
    an earlier paragraph is weaker than one the sentence itself states; only a plain "in YEAR"
    counts ("since 2019", "until 2020" are other times), and not a year before the carried one
    (the text moves forward). With `moved_on_only` (the paragraph has given a year already),
    only the turn of a year counts: a day of a month before the paragraph's (`context_month`),
    followed in the same sentence by a day of the next year within two months of it ("... on
    22 December 2025. On 2 January X sued, and on 15 January 2026 the judge ...")."""
    at = sentence.find(clause)
    if at < 0:
        return None
    after = at + primary.end
    for m in find_dates(sentence):
        if m.start < after or m.year is None or m.recurring:
            continue
        if not moved_on_only and re.search(r"\bin\s+(?:the\s+)?$", sentence[max(0, m.start - 12):m.start], re.I) \
                and m.month is None and (context is None or m.year >= context):
            return m.year
        if m.month is not None and primary.month is not None and context is not None and m.year == context + 1 \
                and context_month is not None and primary.month < context_month \
                and (primary.month, primary.day or 1) <= (m.month, m.day or 31) and m.month - primary.month <= 2 \
                and not m.closed_range:
            # "On 2 January X sued, and on 15 January 2026 the judge granted ...", after a
            # paragraph that had reached December 2025: the story has turned the year
            return m.year
        return None
    return None


_AFTER_OPENING = re.compile(r"\s*(?:After|Following)\s[^,;]*$")


def _earlier_year(clause: str, primary: DateMention, context: int | None) -> int | None:
    """The year a yearless day takes from a dated happening told before it in its own clause:
    "Insulza, who had been elected on 2 May 2005, took office on 26 May" is 26 May 2005, not a
    day of 2004, the year the sentence before ended on. Only a day or a month of a year lends it
    (a happening, not "since 2006" or "the 1962 resolution"), or to a month, a plain "in 2025"
    ("early in 2025 ... in February"); and not a year before the carried one (the text moves
    forward, but for a full day that a later day of the same year follows)."""
    lender = None
    for m in find_dates(clause):
        if m.start >= primary.start:
            break
        if m.year is not None and m.month is not None and not m.recurring and not m.closed_range \
                and (not _is_reference(clause, m) or _AFTER_OPENING.match(clause[:m.start])) \
                and not re.search(r"\b(?:since|from|until|till|by|before)\s+(?:\d{1,2}\s+)?$", clause[:m.start], re.I):
            # (a time an opening "After ..." locates is one the story goes on from: "After heavy
            # losses in February 2016 he proposed, on 6 April, a ... government" is 6 April 2016)
            lender = m
        elif m.year is not None and m.month is None and primary.month is not None and primary.day is None \
                and not m.recurring and not m.closed_range \
                and re.search(r"\b(?:(?:early|late)\s+in|in(?:\s+(?:early|late|mid-?))?)\s+$", clause[:m.start], re.I):
            # "After the administration froze most foreign aid early in 2025, the IRC said in
            # February that ...": a month told after the year its own sentence gave is of that year
            lender = m
    if lender is None:
        return None
    if context is not None and lender.year < context and not (
            lender.day is not None and primary.month is not None
            and (primary.month, primary.day or 1) >= (lender.month, lender.day)):
        # (a full day just before in its own clause lends its year all the same, to a day after
        # it: "After the party won the election of 29 June 2008, ... set fire to its headquarters
        # on 1 July" is 1 July 2008, though the sentence before ended "until 2010")
        return None
    return lender.year


def _counted_then_told(clause: str, counted: EventDate, own: list[DateMention]) -> bool:
    """Whether a clause opening on a count ("Five weeks later") names its day right after it
    (", on 13 September,") within a month of the day counted to: the day it names is the day."""
    opening = _RELATIVE.match(clause.strip())
    if opening is None or counted.month is None:
        return False
    for m in own:
        if m.day is None or m.month is None or m.closed_range or m.start > opening.end() + 12:
            continue
        try:
            told = _dt.date(m.year or counted.year, m.month, m.day)
            near = _dt.date(counted.year, counted.month, counted.day or 1)
        except ValueError:
            continue
        if abs((told - near).days) <= 31:
            return True
    return False


def _day_of_happening(noun: str, before: Sequence[str]) -> _Context | None:
    """The day of the happening a later sentence names by `noun` ("eight days after the
    election"): the nearest sentence of `before` (the text read just before, latest last) that
    names it and tells a day, the first day told after the noun there, else the last before it
    ("... lost the general election of 9 May 2018"). None when no such sentence is near: a
    happening told further back, or told without its day, dates nothing as closely as a count
    of days needs."""
    for text in reversed(before):
        named = re.search(rf"(?i)\b{re.escape(noun)}\b", text)
        if named is None:
            continue
        days = [d for d in find_dates(text) if d.day is not None and d.month is not None and d.year is not None]
        if not days:
            return None
        after = [d for d in days if d.start >= named.end()]
        d = after[0] if after else days[-1]
        return _Context(d.year, d.month, d.day)
    # A noun the sentences before told by its verb ("six days after the killings" of "gunmen ...
    # killed its president" on 22 June 2019): the nearest that tells a day of its own, a later
    # mention without one ("Asaminew was killed ... two days later") passed over.
    stem = re.sub(r"(?:ings|ing|ions|ion|s)$", "", noun.casefold())
    if len(stem) < 4 or stem == noun.casefold():
        return None
    for text in reversed(before):
        named = re.search(rf"(?i)\b{re.escape(stem)}\w*", text)
        if named is None:
            continue
        days = [d for d in find_dates(text) if d.day is not None and d.month is not None and d.year is not None]
        if days:
            after = [d for d in days if d.start >= named.end()]
            d = after[0] if after else days[-1]
            return _Context(d.year, d.month, d.day)
    return None


def _relative(clause: str, ctx: _Context, closing: bool = False, before: Sequence[str] = ()) -> tuple[EventDate, str] | None:
    """`_relative_date`, and the day and month told right after a year it gives: "Later that
    year, on 30 September, X opened ..." is 30 September of that year, not the year alone with
    "On 30 September" left in the row's label."""
    dated = _relative_date(clause, ctx, closing, before)
    if dated is None or dated[0].month is not None or not re.search(r"(?i)\b(?:that|the\s+same)\s+year\b", dated[1]):
        return dated  # (only a year named as the one told: "several months later" may cross into the next)
    text = clause.strip()
    at = text.find(dated[1])
    day = re.match(rf",?\s*on\s+(\d{{1,2}})\s+({_MONTH_WORDS})\b(?!\s+\d)", text[at + len(dated[1]):]) if at >= 0 else None
    if day is None:
        return dated
    try:
        when = _event_date(dated[0].year, _MONTH_NUMBER[day.group(2)], int(day.group(1)))
        when.start()
    except (ValueError, KeyError):
        return dated
    return when, text[at:at + len(dated[1]) + day.end()]


def _relative_date(clause: str, ctx: _Context, closing: bool = False, before: Sequence[str] = ()
                   ) -> tuple[EventDate, str] | None:
    """A date for "The same day ...", "Later that year ...", "Two days later ..." from `ctx`;
    with `closing`, also for a clause that ends on the reference ("Kenneth Roth succeeded him
    that year"): the caller allows it only in a sentence with no date before the clause, since
    `ctx` is the sentences before and "raised the same year" after "In 1920 ..." means 1920.

    A count after a happening named by its noun ("Shukri returned as chief commissioner eight
    days after the election") counts from the day of that happening, found in `before`, the
    text read just before (`_day_of_happening`), never from `ctx`: the time last told may be
    another's ("Dzulkifli resigned within days" between the election and the return)."""
    m = _RELATIVE.match(clause.strip())
    # a date inside an aside (", the chief financial officer since 2006,") is someone's, not the clause's
    end = _RELATIVE_END.search(clause.strip()) if not m and closing and ctx.year is not None else None
    # (and a time the next verb after the count tells: "the same day and led the party until 1973")
    tail = end.start("and_verb") if end is not None and end.group("and_verb") else None
    if end is not None and all(_in_aside(clause.strip(), d) or (tail is not None and d.start >= tail)
                               for d in find_dates(clause.strip())):
        if end:
            # ("Boris Johnson, elected mayor in May 2008, took over as chair of TfL that month":
            # the time last told is the aside's, before the words that count from it)
            # (only an aside telling how the person came to it, "elected", "appointed": not a
            # birth's or a past post's, "born in 1956", "who had been administrator to 1977")
            told = [d for d in find_dates(clause.strip()[:end.start()]) if d.year is not None
                    and re.search(r",\s+(?:elected|re-elected|appointed|chosen|named|nominated|confirmed)\s+[^,;]*$",
                                  clause.strip()[:d.start])]
            if told:
                ctx = _Context()
                ctx.update(told[-1])
            count = end.group("count")
            if end.group("after"):
                ctx = _day_of_happening(end.group("after"), before)
                if ctx is None:
                    return None
                count = count[:end.start("after") - end.start("count")].rstrip()
                count = re.sub(r"(?i)\s+after\s+(?:the|that)$", " later", count)
            if end.group("meet"):
                count = "the same day"  # the meeting's day, told just before
            # dated as the same words opening a clause would be, named by the words that close it
            dated = _relative(count or (f"{end.group('which_m')} {end.group('tmonth')}" if end.group("tmonth")
                                                     else f"{end.group('which')} {end.group('unit')}"), ctx)
            said = end.group(0)[:end.start("and_verb") - end.start()] if end.group("and_verb") else end.group(0)
            if end.group("part"):  # the label keeps "at the end of" (`make_label`: "the end of the year")
                said = said[end.end("part") - end.start():]
            return (dated[0], said.strip(" .;")) if dated else None
    if not m or ctx.year is None:
        return None
    if m.group("n") and m.group("dir").lower() == "after":
        # "Six days after the killings Abiy appointed ...": a count after a happening named by its
        # noun, which the sentences before dated by its verb ("gunmen ... killed its president"
        # on 22 June 2019), counts from that day, not from the time last told ("two days later")
        named = re.match(r"\s+(?:the|that|its)\s+((?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]{3,}))\b(?!\s+of\b)",
                         clause.strip()[m.end():])
        told = _day_of_happening(named.group("head"), before) if named else None
        if told is not None and named is not None:
            dated = _relative(f"{m.group('n')} {m.group('unit2')} later", told)
            if dated is not None:
                return dated[0], m.group(0) + named.group(0)
    if m.group("anoun"):
        told = _day_of_happening(m.group("anoun"), before)
        if told is None:
            return None
        n = _NUMBER.get(m.group("an").lower(), None) or int(m.group("an"))
        unit = m.group("aunit").rstrip("s").lower()
        exact = m.group("atothe") == "day" or unit in ("day", "week")
        if unit == "year" and not exact:
            return (EventDate(year=told.year + n, month=told.month) if m.group("atothe") == "month"
                    else EventDate(year=told.year + n)), m.group(0)
        dated = _relative(f"{n} {unit}s later", told)
        if dated is None:
            return None
        if unit == "year":  # "a year to the day after": that day, a year on
            try:
                return _event_date(told.year + n, told.month, told.day), m.group(0)
            except ValueError:
                return None
        return dated[0], m.group(0)
    if m.group("act"):
        # the act names the happening, the subject of its clause: the label keeps it
        dated = _relative("the same day", ctx)
        return (dated[0], "") if dated else None
    if m.group("nthday"):
        if ctx.day is None:
            return None
        later = {"second": 1, "third": 2, "fourth": 3, "fifth": 4}[m.group("nthday").lower()]
        dated = _relative(f"{later} day{'s' if later > 1 else ''} later", ctx)
        return (dated[0], m.group(0)) if dated else None
    if m.group("lastday"):
        # only a span's, told just before with its last day: "its last day in office" is no date
        return (ctx.last_day, m.group(0)) if ctx.last_day is not None else None
    if m.group("wn"):
        # "within a week" of a day in October: October, the month it ends in; "within two
        # years" of 1990: 1992 at the latest, so only a year that precise
        n = _NUMBER.get(m.group("wn").lower(), None) or int(m.group("wn"))
        unit = m.group("wunit").rstrip("s").lower()
        dated = _relative(f"{n} {unit}s later", ctx)
        if dated is None:
            return None
        d = dated[0]
        if unit in ("day", "week"):
            return EventDate(year=d.year, month=d.month), m.group(0)
        return (EventDate(year=d.year, month=d.month) if unit == "month" else EventDate(year=d.year)), m.group(0)
    if m.group("tmonth"):
        month = _MONTH_NUMBER[m.group("tmonth").capitalize()]
        year = ctx.year
        if re.match(r"(?i)the\s+(?:following|next)", m.group("which_m")) and ctx.month and month <= ctx.month:
            year += 1
        return EventDate(year=year, month=month), m.group(0)
    if m.group("season"):
        return EventDate(year=ctx.year), m.group(0)
    if m.group("fseason"):
        # the season after the one told: the next spring, summer or autumn later in the year
        # when the context's month comes before it, else the next year's; the next winter's
        # months (January to March) in the next year, unless the context is already in them
        starts = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[m.group("fseason").lower()]
        if starts == 12:
            year = ctx.year if ctx.month is not None and ctx.month <= 2 else ctx.year + 1
        else:
            year = ctx.year if ctx.month is not None and ctx.month < starts else ctx.year + 1
        return EventDate(year=year), m.group(0)
    if m.group("funit") or m.group("wfunit"):
        # "a few weeks later": dated only as closely as every reading allows, from the shortest
        # to the longest (two days to a week of days, two to six weeks, up to six months): the
        # month where all of them fall in one ("a few weeks later" after 19 November 1987 is
        # December's, Samsung's new chairman), else the year where they fall in one; not at all
        # where days could run into the next month or weeks and months into the next year
        unit = (m.group("funit") or m.group("wfunit")).rstrip("s").lower()
        if not ctx.month:
            return None
        if unit == "month":
            d = _dt.date(ctx.year + (ctx.month + 6 > 12), (ctx.month + 5) % 12 + 1, 1)
            return (EventDate(year=ctx.year), m.group(0)) if d.year == ctx.year else None
        # (counted from the earliest and the latest day the time told may be: a month told
        # without its day may be any of its days)
        earliest = _dt.date(ctx.year, ctx.month, ctx.day or 1)
        latest = _dt.date(ctx.year, ctx.month, ctx.day or calendar.monthrange(ctx.year, ctx.month)[1])
        # ("within days" may be the next day; "a few days later" two or more)
        first = 1 if m.group("wfunit") else 2
        lo, hi = (earliest + _dt.timedelta(days=first), latest + _dt.timedelta(days=7)) if unit == "day" else \
            (earliest + _dt.timedelta(days=14), latest + _dt.timedelta(days=42))
        if (lo.year, lo.month) == (hi.year, hi.month):
            return EventDate(year=lo.year, month=lo.month), m.group(0)
        if unit == "week" and lo.year == hi.year == ctx.year:
            return EventDate(year=ctx.year), m.group(0)
        return None
    unit = (m.group("unit") or m.group("unit2") or ("day" if m.group("dayunit") else "")).rstrip("s").lower()
    n = 0
    if m.group("n"):
        n = _NUMBER.get(m.group("n").lower(), None) or int(m.group("n"))
        n = -n if m.group("dir").lower() == "earlier" else n
    elif re.search(r"following|next", m.group(0), re.I):
        n = 1
    loose = m.group("n") is not None and re.match(rf"(?i)\s*(?:(?:on|in|at|by|during)\s+)?{_LOOSELY}", m.group(0)) is not None
    try:
        if unit in ("day", "week") and ctx.month and ctx.day:
            d = _dt.date(ctx.year, ctx.month, ctx.day) + _dt.timedelta(days=n * (7 if unit == "week" else 1))
            if loose:
                # "Just over a week later", from 6 July: a day the count does not give, in the
                # month it lands in, when "over" stays within it (else no closer than the year)
                past = d + _dt.timedelta(days=6 if unit == "week" else max(2, abs(n) // 3))
                return (EventDate(year=d.year, month=d.month) if (past.year, past.month) == (d.year, d.month)
                        else EventDate(year=d.year)), m.group(0)
            return EventDate(year=d.year, month=d.month, day=d.day), m.group(0)
        if unit in ("day", "week", "month") and ctx.month:
            months = ctx.year * 12 + ctx.month - 1 + (n if unit == "month" else 0)
            return EventDate(year=months // 12, month=months % 12 + 1), m.group(0)
        exact = re.match(r"(?i)exactly\b", m.group(0).split(None, 1)[0]) is not None or m.group("tothe") == "day"
        if unit == "year" and m.group("n") and ctx.month and m.group("tothe") == "month":
            # "Three years later to the month", from 22 October 1920: October 1923
            return EventDate(year=ctx.year + n, month=ctx.month), m.group(0)
        if unit == "year" and m.group("n") and ctx.month and (abs(n) == 1 or exact):
            # "A year later", counted from "In January 2023": January 2024; "exactly a year
            # later" from a day: that day a year on. ("Four years later", from June 2007, is
            # 2011, as closely as a count of years says: "Four years later the Holy See stopped
            # her: in January 2011 ..." is told in January.)
            exact = exact and ctx.day is not None
            d = EventDate(year=ctx.year + n, month=ctx.month, day=ctx.day if exact else None)
            d.start()
            return d, m.group(0)
        if unit == "year" or (unit and not ctx.month):
            return EventDate(year=ctx.year + (n if unit == "year" else 0)), m.group(0)
    except ValueError:
        return None
    return None


def _event_date(year: int, month: int | None, day: int | None) -> EventDate:
    return EventDate(year=year, month=month, day=day if month is not None else None)


# Kin, as a person in apposition is told by whose relative they are: "Rahul Gandhi, her son and the
# party's vice-president since 2013, was elected".
_KIN = (r"sons?|daughters?|wife|husband|widow(?:er)?|brothers?|sisters?|father|mother|nephew|niece|"
        r"grand(?:son|daughter)s?|cousins?|successor|predecessor")
# A word that opens a clause's verb phrase, not an apposition's (`_ASIDE_OPEN`).
_NOT_A_VERB = r"(?!(?:became|becomes|become|was|were|is|are|remained|remains|stayed|served|serves|took|takes|made|makes|" \
              r"returned|rose|went)\b)"
_ASIDE_OPEN = re.compile(
    r",\s+(?:who|which|whose|whom|where|a|an|then|later|now|born|aged|once|formerly|"
    r"the\s+(?:former|then|later|future)|chosen|adopted|elected|appointed|named|"
    # a step of a person's career: "Ju Il-seok, commissioned as a marine second lieutenant in
    # 1992, as his successor on 25 November 2024"
    r"(?:commissioned|promoted|recruited|trained|educated|ordained|decorated|enlisted)\s+(?:as|in|into|at|from|to)\s|"
    # a relative clause on a preposition: "The IUCN, of which WWF has been a member since 2012,"
    r"(?:of|in|to|for|with)\s+(?:which|whom)|"
    # one of a group in apposition: "General Vicente Tiburcio Orbezo, one of the GEIN officers of
    # 1992, was promoted": the group's time, not the clause's
    r"one\s+of\s+(?:the|its|his|her|their)\s|"
    # a tenure in apposition: "General Bruno Petti, in command since February 2008, handed over"
    r"(?:in\s+(?:command|office|post|power|charge)|at\s+the\s+helm)\s+(?:since|from|until)\s|"
    # a seat held over a time, after a post or alone: "Fiamē Naomi Mataʻafa, the deputy prime
    # minister and a member of parliament since 1985, resigned", "Laʻauli, member for
    # Gagaʻifomauga No. 3 since 2006 and speaker of parliament from 2011 to 2016, broke"
    rf"(?:(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{ROLE_WORDS})\s+and\s+(?:an?\s+|the\s+)?)?(?:an?\s+)?member\s+(?:of|for)\s+"
    rf"[^,;]{{1,40}}?\s+(?:since|from|between|until)\s|"
    # a role held over a time: "replaced Nils Andersen, chief executive since 2007, with Søren Skou",
    # "Joe Kaeser, the chief financial officer since 2006, became chief executive"
    # ", Marshal of the Sejm since 2011,": a title of another body's, capitalised
    # ", the party's vice-president since 2018,": a possessive owner and a hyphened post too
    # (", inspector-general of the establishment since 1955,": any "-general" title too)
    # (not a verb after the comma: ", was chairman of the board from 2017 to 2022" is the clause's)
    rf"(?!(?:was|were|is|are|became|had|has|remained|served|stayed)\s)"
    rf"(?:the\s+)?(?:(?:then|former|later|future)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:(?:vice|deputy)-)?(?:{ROLE_WORDS}|"
    rf"[a-z]+-general|(?-i:[A-Z][a-z]+))"
    # (", deputy national commissioner for policing since April 2016,": a field of the post too)
    rf"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){{0,3}}|\s+for\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){{0,2}}?"
    # (", inspector-general of the establishment since 1955,": a body named by a common noun)
    rf"|\s+of\s+(?:the|its|their)\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){{0,2}}?)?"
    rf"\s+(?:since|from|between|until)\s|"
    # a participle telling when the noun before it began: "alongside the International Federation,
    # founded in 1919 as the League of Red Cross Societies"
    r"(?:founded|formed|established|created|set\s+up)\s+(?:in|on)\s|"
    # what the day was: "On 23 May 1974, the 101st anniversary of the 1873 act, ..."
    r"the\s+[\w-]+\s+anniversary\s+of|"
    # one of many the clause sums up: "it grew through a series of foreign takeovers, the largest
    # of them the purchase of the Rinker Group in 2007": that one's date, not the growth's
    r"the\s+(?:largest|biggest|first|last|earliest|latest|main|chief|best[\w-]*|most\s+[a-z]+)\s+of\s+(?:them|these|those)\b|"
    # a time it was once set for: "The congress, postponed from 2020 because of the pandemic,"
    # and what held it up: "The sale, delayed by the violence that followed the disputed election
    # of December 2007, opened at the end of March 2008"
    r"(?:postponed|delayed|deferred|rescheduled|put\s+off|held\s+up)\s+(?:from|until|to|by)\s|"
    # a participle describing another body: ", led by Börje Ekholm since 2017"
    r"(?:led|headed|run|chaired|commanded|owned|governed|ruled|directed|founded|created|set\s+up)\s+(?:[^,;]{0,25}\s)?by|"
    # an honour told of a person: "Abed, knighted by the British government in 2010, stayed ..."
    r"(?:knighted|honoured|honored|decorated|ennobled|awarded|made\s+a\s+(?:life\s+)?peer)\s+(?:[^,;]{0,40}\s)?(?:by|in)|"
    r"(?:announced|agreed|signed|proposed|decided|adopted|approved)\s+(?:on|in)|"
    # a role in apposition: ", President of Mali from 1992 to 2002", ", the head of the DGSE"
    # (not a verb after the comma: ", became high commissioner of the office on ...")
    rf"(?:the\s+)?(?:(?:then|former|later|future)\s+)?(?:{_NOT_A_VERB}[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})\s+of|"
    # a person's role or kin in apposition, told by whose it is: "Thibaut Bruttin, his deputy since
    # 2021, had been running it": the date is the person's, not the story's (RSF's "On 9 July"
    # after it was read as 2021)
    rf"(?:his|her|their)\s+(?:(?:then|former|later|future|long-?time)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS}|{_KIN})\b)\b",
    re.I)
# An aside that runs to the end of its sentence when no comma closes it.
_ASIDE_TO_END = re.compile(r",\s+(?:which|who|whose|whom|(?:of|in|to|for|with)\s+(?:which|whom)|(?:founded|formed|established|created|set\s+up)\s+(?:in|on)|"
                           r"(?:led|headed|run|chaired|commanded|owned|governed|ruled|"
                           r"directed)\s+(?:[^,;]{0,25}\s)?by|(?:the\s+)?(?:(?:then|former|later|future)\s+)?"
                           rf"(?:{_NOT_A_VERB}[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})\s+of)\b", re.I)

# A person's kin living their life: "Abed's first wife, Ayesha, who worked beside him, died in
# childbirth in 1981", "His son was born in 1990". (Not what kin did in the organisation: "his son
# became chief executive" is a leadership happening.)
_KIN_LIFE = re.compile(rf"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}['’]s?|His|Her|Their)\s+(?:(?:first|second|third|"
                       rf"late|eldest|elder|youngest|younger|only)\s+)?(?:{_KIN})\b(?:(?:,\s*[^,;]{{1,80}}){{1,2}},)?\s+"
                       rf"(?:(?:was|were)\s+born|died|married|passed\s+away|fell\s+ill)\b")


# A person's health failing, a life and not a happening of the organisation: "Edhi's kidneys
# failed in 2013", "His health declined". (What follows in another clause, "and he resigned",
# is told on its own.)
_ILLNESS = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}['’]s?|His|Her)\s+(?:health|heart|kidneys?|liver|"
                      r"lungs?|eyesight|sight|memory)\s+(?:failed|declined|deteriorated|worsened|gave\s+out)\b")

# A person's own life, told of them by name or pronoun: an age reached ("Carlotto turned 95"), a
# birth given ("Laura gave birth to a boy"). (Not an illness: a head's heart attack may end a
# command, the 101st Airborne Division's in February 1944.)
_PRIVATE_LIFE = re.compile(r"(?:^|,\s+)(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}|He|She)\s+(?:"
                           r"turned\s+\d{2,3}\b|celebrated\s+(?:his|her)\s+\d{2,3}(?:st|nd|rd|th)\s+birthday|"
                           r"gave\s+birth\b)")

# A place and its region set off by commas after "in", "at", "near" or "from", its time after
# them ("born in Paris, Arkansas, in 1944", "fell ill in Merca, Somalia, in October 1977"): its
# commas set nothing off, and an aside runs on over them. (Not "the archbishop of Tripoli in
# Lebanon, Youhanna El-Hage, who ...": a name in apposition, with no time after it.)
_PLACE_REGION = re.compile(r"\b(?:in|at|near|from)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
                           r"(,)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}(,)"
                           r"(?=\s+(?:in|on)\s+(?:\d|(?-i:[A-Z])[a-z]+\s+\d))")


# A name's own apposition inside a relative aside, before the time the aside tells: "an
# Italian who had headed UNRWA(,) the separate UN agency for Palestine refugees(,) from 2010 to
# 2014" (`_place_commas_masked`).
_NESTED_APPOSITION = re.compile(r"\b(?:who|which)\s+[^,;]{1,60}?(?-i:[A-Z])[\w'’.-]*(,)\s+(?:the|a|an)\s+"
                                r"(?P<np>[^,;]{1,70}?)(,)(?=\s+(?:from|since|between|until|in|on)\s)")


def _place_commas_masked(text: str) -> str:
    """`text` with the commas of every place and region (`_PLACE_REGION`), and of a name's
    apposition inside a relative aside (`_NESTED_APPOSITION`: no verb of its own), made
    another character, so that offsets stay as they were."""
    if "," not in text:
        return text
    chars = list(text)
    for m in _PLACE_REGION.finditer(text):
        chars[m.start(1)] = chars[m.start(2)] = "\x1f"
    for m in _NESTED_APPOSITION.finditer(text):
        if not _FINITE.search(m.group("np")):
            chars[m.start(1)] = chars[m.start(3)] = "\x1f"
    return "".join(chars)


def _aside_at(clause: str, m: DateMention) -> re.Match[str] | None:
    """The opening of the comma-delimited aside that holds a mention, if any (", who had
    commanded ... in 2022,", ", born in 1979 and ...,"): an opening comma and word before it with
    no comma in between, and a closing comma after it (or the sentence's end, for a relative
    clause or a participle such as ", led by X since 2017.")."""
    # An opening may run past the date: ", commanded since 2021 by X".
    clause = _place_commas_masked(clause)
    opens = [o for o in _ASIDE_OPEN.finditer(clause) if o.start() < m.start]
    if not opens:
        return None
    start = opens[-1].start()
    if "," in clause[start + 1:m.start]:
        return None
    # An aside holds no verb of its own before the date: ", the heads of state declared on 9
    # September 1999" is the sentence's subject and verb, not an apposition.
    gap = clause[opens[-1].end():m.start]
    if re.match(r",\s+(?:a|an)\s+(?!(?:decision|move|step|choice|change|measure|ruling|vote|act)\b)"
                r"(?:[\w-]+\s+){1,3}?[a-z]{3,}ed\s+(?:at|in|on|by|during|under|from)\b",
                clause[start:], re.I) and not re.search(r"\b(?:was|were|is|are|has|had|have)\b", gap):
        # ", a treaty negotiated at a conference in Rome in 1998": a noun with its participle,
        # describing the noun before it (an article then a verb would start no clause); not one
        # that sums up the clause's own act (", a decision formally adopted on 26 April")
        return opens[-1]
    verb = _NP_VERB.search(gap)
    # (", a former judge who had been High Commissioner from 2004 to 2008,": the verb is the
    # relative clause's, inside the apposition)
    # (", a post he had held since 2005": a relative clause without its "that")
    if verb and not re.search(r"\b(?:who|which|whom|whose)\b|\b(?:post|position|office|role|title|seat|rank)\s+"
                              r"(?:he|she|they)\b", gap[:verb.start()]) and not (
            # (", delayed by the violence that followed the election of December 2007,": the
            # verb is the relative clause's, inside what held it up)
            re.search(r"\bthat\s*$", gap[:verb.start()])
            and re.match(r",\s+(?:postponed|delayed|deferred|rescheduled|put\s+off|held\s+up)\b", opens[-1].group(0))) \
            and not re.match(
            r",\s+(?:who|which|whose|whom|where|born|aged|once|formerly|chosen|adopted|elected|appointed|named|then|"
            r"later|now|(?:of|in|to|for|with)\s+(?:which|whom))\b", opens[-1].group(0), re.I):
        return None
    if "," in clause[m.end:] or _ASIDE_TO_END.match(opens[-1].group(0)):
        return opens[-1]
    # ", a small clandestine group active since 1978.": a noun phrase closing the sentence,
    # with no verb of its own, describes the noun before it
    rest = clause[opens[-1].end():]
    finite = _FINITE.search(rest)
    if re.match(r",\s+(?:a|an)\b", opens[-1].group(0)) and (not finite or re.match(
            r"\s*(?:post|position|office|role|title|seat|rank)\s+(?:that\s+)?(?:he|she|they)\b", rest)
            # (", an Argentine who had joined Unilever in 1988": the verb is the relative clause's)
            or re.search(r"\b(?:who|whom|whose|which|that)\b", rest[:finite.start()])):
        return opens[-1]  # (", a post he had held since 2005.": one too)
    return None


def _post_term(clause: str, m: DateMention) -> bool:
    """Whether `m` is the term of a post named just before it, in a noun phrase closed by a
    comma ("Havelange's general secretary from 1981, the Swiss Sepp Blatter, succeeded him in
    June 1998"): it describes the person, and the clause's own date comes later."""
    return bool(re.search(rf"(?:{ROLE_NOUN.pattern})\s+(?:from|since)\s+$", clause[:m.start], re.I)) \
        and bool(re.match(r"\s*,", clause[m.end:]))


def _in_aside(clause: str, m: DateMention) -> bool:
    return _aside_at(clause, m) is not None


_STATE_VERB = re.compile(r"\b(?:is|are|remains?|belongs?|works?|serves?|consists?|includes?|comprises?|has|have)\b")


def _present_state(head: str) -> bool:
    """Whether the words before an aside tell how things are, in the present ("GROM is commanded
    by", "The party is a member of", "The ICRC works alongside"), with no verb of the past."""
    h = re.sub(r"\b(?:is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", " is ", head)  # a present passive
    if re.search(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b", h):
        return False
    return bool(_STATE_VERB.search(h))


def _aside_keeps_date(clause: str, m: DateMention, subject: Subject) -> bool:
    """Whether the date of an aside may still date its clause: the aside describes the
    organisation itself ("The brigade, which was formed in 2014, ...") or a thing the clause
    made or did (", which was launched on 25 January 2016"). An aside about a person (", who had
    headed it since 2007"), a participle about another body (", led by X since 2017") or a role
    in apposition (", President of Mali from 1992 to 2002") dates something else."""
    opening = _aside_at(clause, m)
    if opening is None:
        return False
    if _present_state(clause[:opening.start()]):
        # "GROM is commanded ... by the Special Forces Component Command, which was set up on
        # 3 August 2015", "The party is a member of the Progressive Alliance, a network founded on
        # 22 May 2013": a clause telling how things are now does nothing on the aside's date
        return False
    closing = clause.find(",", m.end)
    head_np = re.split(r"[,;(]", clause[:opening.start()])[0].strip()
    if closing >= 0 and _present_state(f"{clause[:opening.start()]} {clause[closing + 1:]}") and not (
            subject.is_subject_phrase(head_np) or subject.is_subject_name(head_np)):
        # "The SI unit of conductance, the siemens, adopted in 1971, is named after Werner von
        # Siemens": the same when the present follows the aside, of a thing that is not the
        # organisation ("The brigade, formed in 2014, is based in Kyiv" keeps its founding)
        return False
    if re.search(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en)|set\s+up|made|built|led|run)\s+by\s+[^,;]{1,60}$",
                 clause[:opening.start()]):
        # "It was set up by the Rome Statute, a treaty negotiated at a conference in Rome in
        # 1998": the aside dates the agent of the passive, not the setting up
        return False
    if re.match(r",\s+(?:which|where|a|an|once|formerly|chosen|adopted|named)\b", opening.group(0), re.I):
        # ", which was launched on 25 January 2016": the thing the clause made or did - but not
        # ", which he had set up in 1936": a pluperfect tells the thing's own earlier past, and
        # not ", a small clandestine group active since 1978": a description, nothing done.
        if re.match(r",\s+(?:a|an)\b", opening.group(0), re.I) and not re.search(
                r"\b(?:[a-z]{3,}ed|built|made|set\s+up|begun|won|held|run)\b", clause[opening.end():m.start]):
            return False
        if re.match(r",\s+(?:a|an|the)\s+(?:post|position|office|role|title|seat|rank)\s+(?:that\s+|which\s+)?"
                    r"(?:he|she|they)\b", clause[opening.start():], re.I):
            # ("Erling Steen became chairman of its board, a post he held until 1958": the end of
            # the term, not the day he became it)
            return False
        return not re.search(r"\bhad\b", clause[opening.end():m.start])
    if re.match(r",\s+(?:founded|formed|established|created|set\s+up)\b", opening.group(0), re.I) and (
            _ORIGINS.search(clause[:opening.start()]) or re.search(r"\b(?:grew|emerged|came)\s+out\s+of\b",
                                                                   clause[:opening.start()], re.I)):
        # "The agency grew out of the committee, set up in 1962": the setting up of what it grew
        # out of is where its story starts; "works alongside the Federation, founded in 1919"
        # is another body's
        return True
    head = re.split(r"[,;(]", clause[:opening.start()])[-1].strip()
    return bool(head) and (subject.is_subject_phrase(head) or subject.is_subject_name(head))


# The taking of a post, in the words of a "who" aside after the name of the one who took it
# (`_clauses`).
_TAKES_POST = re.compile(r"(?:then\s+)?(?:took\s+(?:over|office|charge|command|up\s+the\s+post)|assumed\s+(?:office|the\s+post|"
                         r"command)|became|was\s+(?:sworn\s+in|installed|appointed|named))\b", re.I)


_VERB_FIRST = re.compile(r"^(?:has|had|have|was|were|is|are|did|took|became|received|left|joined|won|lost|moved|"
                         r"signed|launched|opened|closed|returned|merged|announced|gave|made|led|ran|served|"
                         r"struck|fought|held|began|sent|sold|bought|built|met|broke|went|came|"
                         # (irregular pasts a list of one doer's verbs goes on with: "he set out
                         # benches in the street, found medical students to help, begged ...")
                         r"found|kept|paid|brought|spent|grew|chose|drew|drove|wrote|told|rose|fell|"
                         r"[a-z]+ed)\b")


_PRONOUN_AFTER_SUBORDINATE = re.compile(r"(?:After|Before|When|While|Once|Until|As)\s[^,;]{3,80}?\s(?P<np>he|she|they)\s+"
                                        r"(?:had\s+)?(?:[a-z]+ed|set|found|took|made|began|went|came|gave|ran|led|"
                                        r"held|won|left|built|bought|sold|sent|met|kept|put|got)\b")


# "promoted general in June 2008, he became the first general at its head": a participle opening
# a clause that names its own subject after it, not a verb of the clause before's subject
_PARTICIPLE_THEN_SUBJECT = re.compile(r"[a-z]+ed\b[^,;]{0,80},\s+(?:he|she|it|they|(?-i:[A-Z])[\w'’.-]+)\s+(?:[a-z]+ed|was|were|"
                                 r"became|took|had|has|won|led|left|made|held)\b")


def _leading_np(clause: str) -> str | None:
    """The subject of a clause: its words before the first verb, when short ("Javid Abdelmoneim")."""
    text = re.sub(r"^(?:on|in|by|since|from|during)\s+[^,]{1,30},\s*", "", clause.strip())
    # ("The Serbian Progressive Party (Serbian: ..., SNS) is ...": what brackets add is no subject)
    text = re.sub(r"\s*\([^()]*\)", "", text)
    # "At the following ministerial meeting, held in Bremen, the ministers opened ...": the
    # opening says where, the subject comes after it
    opening = re.match(r"(?i)(?:at|after|following)\s+(?:the|a|an|its|their)\s+[^,]{1,50},\s*(?:[a-z]+\s[^,]{1,40},\s*)?"
                       r"(?=(?:the|its|their)\s)", text)
    if opening:
        text = cap_first(text[opening.end():])
    elif re.match(r"(?:After|Before|When|While|Although|Though|As|Once|Because|If|Until)\s", text):
        # "After a recording was leaked ... in which X admitted ..., Fidesz led weeks of protest": a
        # subordinate clause opens, the subject follows its last comma
        for comma in reversed([c.end() for c in re.finditer(r",\s+", text)]):
            if re.match(r"(?:(?:the|its|their)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:was|were|is|are|has|had|"
                        r"have|[a-z]+ed|led|won|took|became|made|held|left)\b", text[comma:]):
                text = cap_first(text[comma:])
                break
        else:
            # "When influenza spread through the city he set out benches ...": no comma ends the
            # subordinate clause, and the main clause's subject is a pronoun
            if (pronoun := _PRONOUN_AFTER_SUBORDINATE.match(text)) is not None:
                return cap_first(pronoun.group("np"))
    # "Late in 2015 Utkin moved ...": the date phrase is not the subject
    ms = find_dates(text)
    if ms and _LEAD_PHRASE.match(text[:ms[0].start]) or ms and re.fullmatch(
            r"(?i)(?:early|late|mid-?|at\s+the\s+(?:end|start)\s+of)\s*(?:in\s+)?(?:the\s+)?", text[:ms[0].start]) \
            or ms and re.fullmatch(r"(?i)(?:at|during|after|before|following)\s+(?:the|a|an|its|their)\s+[^,]{1,50}?\s+"
                                   r"(?:on|in|of)\s+", text[:ms[0].start]):
        # ("At a board meeting on 28 October 2009 he offered to resign": where and when, then who)
        text = text[ms[0].end:].lstrip(" ,")
    # (and the present of how it tells itself: "It counts its history from 1906, ... and took its
    # present form in 1931")
    m = re.search(r"\s(?:was|were|is|are|has|had|have|took|became|began|won|lost|left|made|led|held|met|ran|sent|"
                  r"sold|bought|built|grew|fought|brought|kept|found|paid|gave|came|went|counts|traces|dates|"
                  r"describes|calls|regards|sees|flew|drew|wrote|rose|fell|chose|spent|struck|broke|told|said|heard|sat|saw|"
                  r"[a-z]+ed)\b", text)
    if not m:
        return None
    np = re.split(r",", text[:m.start()])[0].strip()
    # ("On 26 February 2016 an extraordinary congress in Zürich first adopted reforms ..., and
    # then elected Infantino": the subject after the date, less the adverb before its verb)
    np = re.sub(r"\s+(?:first|then|later|also|again|finally|eventually|initially)$", "", np)
    if re.match(r"(?:the|an?|its|their)\s+\S", np) and text[:1].islower():
        np = cap_first(np)
    if np in ("they", "he", "she"):
        # "In December they rejected ... and struck from 17 to 22 December": a later clause's
        # subject is the pronoun, which the label then names as it names the first clause's
        return cap_first(np)
    if len(np.split()) > 6 and not re.search(r"\d", np):
        # "Mass protests against the one-party rule of the Burma Socialist Programme Party began
        # ... and were ended by a military coup": a long subject's head, before what it is
        # against or of, names it for the second verb
        head = re.split(r"\s+(?:against|of|in|for|from|with|over|under|among|across|about)\s+(?=(?:the|a|an|its|their)\s)",
                        np, maxsplit=1)[0]
        # (a noun phrase of two to four words with no verb in sight: not "The Royal Marines trace
        # their descent", not "Banned")
        if head != np and 2 <= len(head.split()) <= 4 and not re.search(r"\b(?:their|its|his|her|[a-z]+ed)\b", head):
            np = head
    return np if 1 <= len(np.split()) <= 6 and np[:1].isupper() else None


def _made_by(clause: str, first: DateMention | None, own: list[DateMention]) -> str | None:
    """The label of a date that belongs to a participle describing the subject, when the main
    verb has a date of its own: "An ordinance signed by King Louis-Philippe on 9 March 1831 was
    ratified on 10 March 1831" tells on 9 March that "An ordinance was signed by King
    Louis-Philippe". None otherwise (then the subject's date is the main verb's, as in "A
    Council decision adopted on 6 April 2009 replaced the Convention")."""
    if first is None or len(own) < 2 or not first.text.strip() or first.text.strip() not in clause:
        return None  # the pattern below needs the date in the clause
    m = re.match(rf"(?P<np>(?:An?|The)\s+[^,]{{2,40}}?)\s+(?P<part>[a-z]+(?:ed|en|wn)\s+by\s+[^,]{{3,60}}?)\s+"
                 rf"(?:on|in)\s+{re.escape(first.text.strip())}\s+(?:was|were)\s", clause.strip())
    if m is None or not any(o.start > first.end for o in own):
        return None
    return f"{m.group('np')} was {m.group('part')}"


# An item of a list of names: "Iraq", " Saudi Arabia", " the Netherlands".
_LIST_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}\s*")


def _shared_subject(clause: str, second: str) -> str | None:
    """The subject two verbs joined by "and" share, for the second verb's own row: "The Europol
    Convention" of "The Europol Convention was drawn up in 1995 and came into force on 1 October
    1998"; "the Committee of Ministers" after an opening phrase ("After the invasion, the
    Committee of Ministers suspended ... and expelled it"). A passive first verb lends its
    auxiliary to a participle ("The division was constituted ... and organised at Camp Gordon"
    -> "The division was organised at Camp Gordon"). None when the subject is not a short
    noun phrase. (A participle after an article describes the noun: "the combined group, BP
    Amoco, began trading": the verb is "began".)"""
    m = next((f for f in _FINITE.finditer(clause)
              if not re.search(r"(?i)\b(?:the|a|an|its|their|this|these)\s+$", clause[:f.start()])), None)
    if m is None:
        return None
    pieces = clause[:m.start()].split(",")
    np = pieces[-1].strip()
    if not np and len(pieces) >= 3 and not find_dates(pieces[0]):
        # "The Agreement Establishing the Asian Development Bank, also called the ADB Charter, was
        # adopted ... and opened for signature": the subject before its aside
        np = pieces[0].strip()
    if len(pieces) > 2 and re.search(r"\S\s+and\s+\S", np):
        # "Representatives of Iran, Iraq, Kuwait, Saudi Arabia and Venezuela met ... and agreed":
        # the last comma is the list's, and the subject opens at its first item, not at "Saudi
        # Arabia and Venezuela"
        k = len(pieces) - 1
        while k > 1 and _LIST_NAME.fullmatch(pieces[k - 1]):
            k -= 1
        head = pieces[k - 1].strip()
        if k < len(pieces) - 1 and re.search(r"[A-Z][\w'’.-]*$", head) and 1 <= len(head.split()) <= 6 \
                and (head[:1].isupper() or head.startswith("the ")
                     or re.match(r"[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?[A-Z]", head)):
            np = ", ".join(x.strip() for x in pieces[k - 1:])
            return cap_first(np)
    if not 1 <= len(np.split()) <= 6 or not (np[:1].isupper() or np.startswith("the ")):
        return None
    np = cap_first(np)
    passive = re.match(r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\b",
                       clause[m.start():])
    aux = re.match(r"(?:has\s+been|have\s+been|had\s+been|was|were|is|are)", clause[m.start():])
    # a participle goes on with a place or an agent ("organised at Camp Gordon"); "entered into
    # force", "expelled it" are verbs of their own
    # (not a verb no one is made to do: "was criticised ... and resigned in November")
    if passive and aux and re.match(r"(?!(?:resigned|retired|died|returned|arrived|departed|stepped|stood|quit|"
                                    r"succeeded|withdrew|collapsed)\b)[a-z]+(?:ed|en)\s+(?:at|in|on|by|as|under|from|to)\s+"
                                    r"[A-Z0-9]", second):
        return f"{np} {aux.group(0)}"
    return np


def _without_asides_for_subject(text: str) -> str:
    """`text` without the asides set off by commas after its opening name ("Garson Vogel, a
    Canadian who had been chief commissioner of the Canadian Wheat Board, became"), for
    `_leading_np` to find the subject before them."""
    return re.sub(r"^([A-Z][^,;]{1,60}?),\s+(?:a|an|the|who|which)\b[^;]{1,160}?,\s+", r"\1 ", text.strip(), count=1)

def _shift(m: DateMention | None, by: int) -> DateMention | None:
    if m is None or by == 0:
        return m
    from ..records import replace

    return replace(m, start=m.start + by, end=m.end + by)


def _clause_start(clause: str, pos: int) -> int:
    """Where the phrase holding position `pos` starts: after the last comma, "and" or "that"
    before it ("announced that | Lundmark would step down on 31 March")."""
    that = clause.rfind(" that ", 0, pos)
    cut = max(clause.rfind(",", 0, pos), clause.rfind(" and ", 0, pos), clause.rfind(";", 0, pos), that)
    if cut < 0:
        return 0
    return cut + (5 if clause.startswith(" and ", cut) else 6 if cut == that else 1)


# A finite verb, loosely: a clause has one, a date phrase or a list of names has none.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|did|will|would|can|could|may|might|must|should|led|left|ran|held|won|"
    r"lost|took|made|gave|came|went|saw|set|put|got|sold|bought|built|met|became|began|said|told|wrote|kept|fell|beat|"
    r"rose|spent|sent|stood|struck|flew|drew|grew|knew|brought|fought|broke|chose|spoke|shot|cut|hit|let|"
    r"withdrew|threw|overthrew|undertook|overtook|forgave|understood|hung|sang|sat|lay|paid|laid|fled|fed|dealt|"
    r"retook|"
    r"meant|felt|swept|lent|lit|stuck|swung|hid|rode|drove|froze|woke|stole|arose|shone|upheld|withheld|caught|"
    r"taught|sought|thought|overcame|forbade|swore|tore|wore|bore|sank|swam|spun|slid|shut|split|spread|"
    r"[a-z]{2,}ed)\b")


# A verb whose object comes after the next verb's: "A nominated, and B confirmed, X as Y".
# (active verbs: "when its first director was appointed, and its cases are ... tried, since 2019,
# by the court" are two clauses)
_NOT_PASSIVE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\band\s)"
_SHARED_OBJECT = re.compile(rf"{_NOT_PASSIVE}\b(?:[a-z]{{3,}}ed|chose|named)\s*$")
_SHARED_OBJECT_NEXT = re.compile(rf"[^,;]{{3,80}}?{_NOT_PASSIVE}\b(?:[a-z]{{3,}}ed|chose|named),\s+(?=\S)")


# An aside after a comma that names a body and opens a relative clause on it, still open: ", a
# conglomerate that bought propeller, airframe and airline companies" (`_clauses`).
_OPEN_RELATIVE = re.compile(r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*\s+(?:that|which)\s+"
                            r"(?:[a-z]+\s+)?[a-z]+(?:ed|ught|old|ook|ew|ent|ade|uilt|an|ame|ose)\b[^;]*$")


# A verb of saying an opinion and its "that": "said on the radio that" (what follows is what was
# said, whose days are not the clause's own; "announced that he would leave on 31 July" tells a
# plan, whose day is a happening of its own).
_SAID_THAT = re.compile(r"\b(?:said|says|stated|argued|warned|insisted|claimed)\s+(?:[^,;]{0,40}?\s)?that\s")


def _clauses(sentence: str) -> list[tuple[int, str]]:
    out, start = [], 0
    last_split = ""
    for m in _CLAUSE_SPLIT.finditer(sentence):
        if inside_quotes(sentence[:m.start()]):
            continue
        left = _place_commas_masked(sentence[start:m.start()])  # (its dates are found as before)
        for d in reversed(find_dates(left)):
            left = left[:d.start] + left[d.end:]
        if not _FINITE.search(left):
            if out and re.fullmatch(r",\s+and\s+", last_split) and len(left.split()) <= 10 \
                    and re.search(r"\b(?:by|with|between|from|for)\s+[^,;]{2,60}(?:,\s+[^,;]{2,40})?$", out[-1][1]):
                # "approved an agreement, signed by the Secretary General, Ashraf Lutfi, and the
                # foreign minister, Bruno Kreisky, and the secretariat moved to Vienna": the piece
                # without a verb ends the list the clause before was naming, and the next ", and"
                # opens the next clause
                o, _ = out.pop()
                out.append((o, sentence[o:m.start()]))
                start, last_split = m.end(), m.group(0)
            elif out and m.group(0).startswith(";") and re.fullmatch(r"\s+and\s+(?:then|later|again)\s+", last_split):
                # "... went on to become Bangladesh's foreign secretary and later its ambassador in
                # Washington; he died in Dhaka in December 2008": the piece after "and later" has
                # the verb of the clause before, and the semicolon still opens the next one
                o, _ = out.pop()
                out.append((o, sentence[o:m.start()]))
                start, last_split = m.end(), m.group(0)
            continue  # "On 10 July 1985, while ...", "X, Vice-President of Y, and Z ...": no clause yet
        if re.fullmatch(r",?\s*and,?", m.group(0).strip()) and re.match(
                r"(?:,\s*)?(?:(?:from|in|since|on|after|until)\s+[^,;]{1,30},\s*)?as\s+(?:the\s+|its\s+|a\s+|an\s+)?[a-z]"
                r"[^,;.]{0,60}(?:[.;]|$)", sentence[m.end():]):
            # "Enkhbayar served as prime minister and, from 2005, as president": the post after "and"
            # has the verb of the clause before, no happening of its own
            continue
        if re.match(r"\s+and\s+then\s", m.group(0)) and re.search(r",\s+born\s+[^,;]*$", left):
            continue  # "Faury, born in 1968 and then president of X, ...": an aside, not a next happening
        # (", and resigned in June 2010" after "who had spent forty years with it, seventeen of
        # them as managing director": the aside's own next verb, its comma and all)
        comma_and = re.fullmatch(r",\s*and", m.group(0).strip()) is not None
        aside = re.search(r",\s+(?:(?:a|an|the)\s+[^,;]{1,40}?\s+)?(?:who|which|whom|whose)\s+(?P<aux>had\s)?[^,;]*"
                          r"(?P<part>,\s+(?:[a-z]+|\d+)\s+of\s+them\b[^,;]*)?"
                          r"(?(aux)(?:,\s+had\s[^,;]*)*)$", left) \
            if re.fullmatch(r"and(?:\s+(?:then|later|again))?", m.group(0).strip()) or (
                comma_and and re.match(r"(?:[a-z]+ed|left|quit|went|took|became)\b", sentence[m.end():])) else None
        if aside and comma_and and not aside.group("part"):
            # (", who flew its first flight himself, and took the name Air-India in 1946": a comma
            # closes the aside, and the verb after it is the sentence's subject's; only a "who"
            # clause still counting its parts, "seventeen of them as managing director", runs on)
            aside = None
        if aside and aside.group("aux") and re.match(rf"(?:then\s+)?{_TAKES_POST.pattern}[^,;]*[.;]?$",
                                                     sentence[m.end():], re.I):
            # "Cees 't Hart, who had run a dairy group since 2008 and took over as chief executive
            # on 15 June 2015.": the person's past, then, in the simple past closing the sentence,
            # the taking of the post, a happening of its own
            pass
        elif aside:
            # "Fuchs, who had joined it in 1997 and had been its deputy since 2013, took over", "Jim
            # Rowan, a Scot who had run Dyson and then Ember Technologies, succeeded": one aside
            # ("Jessica Montell, who had grown up in California, had worked for HaMoked and had
            # joined B'Tselem in 1995": its verbs listed with commas, the same)
            continue
        if re.fullmatch(r",\s+and\s+", m.group(0)) and re.match(r"(?:who|whom|whose)\s", sentence[m.end():]) \
                and re.search(r",\s+(?:who|whom|whose)\s", left):
            # "the choice of Matt Brittin, who had spent almost two decades at Google, lastly as
            # its president for Europe, the Middle East and Africa, and who rowed for Britain at
            # the Seoul Olympics of 1988": the second "who" goes on with the aside about the
            # person the first one opened, however many commas the first holds; no happening of
            # its own
            continue
        if m.group(0).strip() == "and" and re.match(r"(?:in|on)\s", sentence[m.end():]) \
                and _OPEN_RELATIVE.search(left):
            # "formed the United Aircraft and Transport Corporation, a conglomerate that bought
            # propeller, airframe and airline companies and in 1931 merged its airlines into United
            # Air Lines": the dated verb after "and" is the relative clause's, of the body the
            # aside names, not a next happening of the sentence's subject
            continue
        if m.group(0).strip() == "and" and re.match(r"(?:in|on)\s", sentence[m.end():]) \
                and not find_dates(sentence[start:m.start()]):
            continue  # "chartered a boat, renamed it and on 15 September sent it": one dated happening
        if re.fullmatch(r",\s+and\s+", m.group(0)) and (nxt := re.match(r"(?:of|in|on)\s+", sentence[m.end():])) \
                and (after := find_dates(sentence[m.end():])) and after[0].start == nxt.end() \
                and (listed := _date_list_span(sentence, after[0].text.strip())) and listed[0] < m.start():
            # "conducted the general elections of 21 October 2019, of 20 September 2021, held
            # during the pandemic, and of 28 April 2025": the last item of a list of dates, each
            # after the same preposition, is no clause of its own
            continue
        if _SHARED_OBJECT.search(left) and re.fullmatch(r",\s+and\s+", m.group(0)) \
                and _SHARED_OBJECT_NEXT.match(sentence, m.end()):
            # "the Central Committee nominated, and the National Executive Committee confirmed,
            # Emmanuel Nchimbi as secretary-general": two verbs of one object, one happening
            continue
        if re.fullmatch(r",\s+but\s+", m.group(0)) and _FAILED.search(left) \
                and not find_dates(re.split(r";", sentence[m.end():])[0]):
            # "On 6 May 2025 Merz failed to win a majority in the first ballot for chancellor, but
            # he was elected in a second ballot that afternoon": what came of the attempt is the
            # day's happening, told with it; split off, the row had told the failure alone
            continue
        if re.fullmatch(r",\s+and\s+", m.group(0)) and re.search(r"\b(?:of|to|for|with|by|from|into|the|a|an)$",
                                                                  sentence[start:m.start()].rstrip()) \
                and not _ELLIPTIC_TO.search(sentence[start:m.start()].rstrip()):
            # "vested the ownership of, and the exclusive rights over, Malaysia's petroleum": a
            # piece ending on a word that governs what follows shares it with the next piece
            # (not "retired on 11 June 2005, four years before he had to, and Emre Taner ... took
            # office four days later": "to" after "had" stands for a verb left out, and governs nothing)
            continue
        out.append((start, sentence[start:m.start()]))
        start, last_split = m.end(), m.group(0)
    out.append((start, sentence[start:]))
    # "replaced X with Søren Skou, the head of Maersk Line, who took over on 1 July with ...":
    # the taking over, on its own day, is a clause of its own (see `_WHO_TOOK`)
    split: list[tuple[int, str]] = []
    for o, c in out:
        cut = 0
        for m in _WHO_TOOK.finditer(c):
            split.append((o + cut, c[cut:m.start()]))
            cut = m.end()
        split.append((o + cut, c[cut:]))
    return [piece for o, c in split if c.strip() for piece in _ungapped(o, c)]


# "... before he had to", "as it was meant to": "to" closing a piece after a verb that takes an
# infinitive, whose verb is left out (`_clauses`).
_ELLIPTIC_TO = re.compile(r"\b(?:had|has|have|having|needed|need|wanted|want|ought|used|going|meant|tried|planned|"
                          r"hoped|refused|agreed|decided|chose|expected|asked|allowed|required)\s+to$")
_MONTH_WORDS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "... and the last only in June 2015", "... and Pierre Trudeau in April 1968": a second subject
# and its own time after "and", whose verb is the one before it, left out (gapping).
_GAPPED = re.compile(rf"\s+and\s+(?P<np>(?:the\s+[a-z]+(?:\s+(?!(?:only|just|not)\b)[a-z]+)?|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,3}}))"
                     rf"\s+(?P<adv>(?:only|not\s+until|just)\s+)?(?P<when>(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH_WORDS}\s+)?\d{{4}})"
                     rf"\s*[.;]?\s*$")
# The verb a gapped second subject shares, right before the first subject's date: "won it",
# "was handed over", "took office".
_SHARED_VERB = re.compile(r"(?P<vp>(?:(?:was|were|had\s+been|has\s+been)\s+)?(?P<verb>[a-z]+)"
                          r"(?:\s+(?:over|up|out|off|down|it|them|office|command|power|charge))?)\s+(?:only\s+)?$")
_PAST_VERBS = frozenset({"won", "took", "became", "made", "held", "led", "left", "came", "went", "began", "ran", "got",
                         "gave", "set", "sent", "built", "fought", "lost", "sold", "bought", "paid", "kept", "brought",
                         "chose", "drew", "rose", "fell", "grew", "met", "joined"})


def _ungapped(offset: int, clause: str) -> list[tuple[int, str]]:
    """`clause`, and a clause of its own for a second subject whose verb it leaves out ("the
    first helicopter was handed over in March 2008 and the last only in June 2015", "Lester B.
    Pearson won it in 1958 and Pierre Trudeau in April 1968"): the second happening, told as
    "the last was handed over only in June 2015", at the second subject's place in the
    sentence. Only where the first part ends on a date right after its verb, and that verb is
    in the past ("-ed" or a known past form). (A list that opens the sentence with its verb,
    "The Lviv office opened on 12 August 2016, the Kharkiv office on 28 July 2017", is one
    clause whose later dates `_gapped` labels.)"""
    m = _GAPPED.search(clause)
    if m is None:
        return [(offset, clause)]
    head = clause[:m.start()]
    dates = find_dates(head)
    if not dates or head[dates[-1].end:].strip(" ,"):
        return [(offset, clause)]
    before = head[:dates[-1].start]
    before = re.sub(r"(?i)\b(?:in|on)\s+$", "", before)
    verb = _SHARED_VERB.search(before)
    if verb is None or not (verb.group("verb").endswith("ed") or verb.group("verb") in _PAST_VERBS):
        return [(offset, clause)]
    told = f"{m.group('np')} {verb.group('vp')} {m.group('adv') or ''}{m.group('when')}"
    return [(offset, head), (offset + m.start("np"), " ".join(told.split()))]


# A relative clause of a new head taking over on a day: "..., who took over on 1 July", "...,
# who took command on 1 January 2020 as its thirteenth commander".
_WHO_TOOK = re.compile(r",\s+(?=who\s+(?:then\s+)?(?:took\s+(?:over|office|command|charge)|assumed\s+(?:command|office)|"
                       r"took\s+up\s+(?:the\s+|his\s+|her\s+)?(?:post|office|duties)|"
                       # ("handed over to Lieutenant General Sigdel, who became acting chief on 9
                       # August 2024")
                       r"became\s+(?:acting|interim)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                       # ("who took charge of the secretariat in October 2023")
                       r"(?:\s+of\s+(?:the\s+|its\s+)?[a-z][\w'’ -]{2,40}?)?\s+(?:on|in)\s+(?:the\s+)?"
                       r"(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                       # "..., Kaja Kallas, a member of the European Parliament, who on 14 April 2018
                       # was elected the party's first chairwoman": her election, on its own day
                       r"|who\s+on\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)\s+\d{4},?\s+(?:was|were)\s+(?:re-?)?(?:elected|appointed|named|chosen)\b)")


# An opening "When ..." or "After ..." clause a comma closes, which dates a day the main clause
# may count from ("three days later", `extract_events`).
_WHEN_DATED_OPENING = re.compile(r"(?:When|After|Once)\s[^;]{3,200}?\d{4},\s+(?=\S)")


def _heading_year(title: str | None) -> int | None:
    """The one year a section's title names as its time ("The succession of 2013", "2008 election",
    "Formation (1944)"); None for a title with no year, with two, with a span ("2014–present",
    "1990s") or with a word that makes it the start or end of a time ("Since 2014", "After 1990",
    "Until 1918"), whose dates may lie years away from it."""
    if not title or re.search(r"(?i)\b(?:since|after|before|until|till|from|to|present|today)\b|\d{4}s\b|\d\s*[–—-]", title):
        return None
    years = re.findall(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", title)
    return int(years[0]) if len(years) == 1 else None


def _sequel_clause(sentence: str, clauses: list[tuple[int, str]], current: tuple[int, str]) -> str:
    """The clause after `current`, with the ", and" that joins them, when it is undated, short
    and joined by a plain "and": the outcome of the same happening ("..., and a new Legion
    raised in France took its place"). Empty otherwise."""
    i = clauses.index(current)
    if i + 1 >= len(clauses):
        return ""
    end = current[0] + len(current[1])
    nxt_offset, nxt = clauses[i + 1]
    joint = sentence[end:nxt_offset]
    if not re.fullmatch(r",?\s+and\s+", joint) or find_dates(nxt) or len(nxt) > 90 or _relative(nxt, _Context()) \
            or _RELATIVE.match(nxt.strip()) \
            or ((later := _RELATIVE_END.search(nxt)) is not None and later.group("count")) \
            or re.search(r"\b(?:he|she|him|her|his|they|them|their)\b", nxt, re.I) \
            or re.match(r"\s*(?:is|are|has|have|remains?)\b", nxt):  # a state now, not an outcome
        return ""  # a pronoun there needs its own referent, which the label's words do not give
    return sentence[end:nxt_offset + len(nxt)].rstrip(" .")


# -- labels -----------------------------------------------------------------------------------
_LEAD_PHRASE = re.compile(
    # ("Later in 1964 the Rhodesian government banned the party": the adverb goes with the date)
    r"^(?:(?:later|earlier|then|eventually|finally|subsequently),?\s+)?"
    r"(?:(?:on|in|by|since|from|during|as\s+of|early\s+(?:in|on)|late\s+(?:in|on)|in\s+early|in\s+late|in\s+mid-?|at\s+the\s+"
    r"(?:end|start|beginning)\s+of|between|until|throughout|around|about|"
    # ("In the last week of March 2022", "In the first days of December")
    r"(?:in|during|by|over)\s+the\s+(?:first|last|final|second|third|fourth|closing|opening|latter)\s+"
    r"(?:days|weeks?|half|part|fortnight)\s+of|"
    # "On the night of 26 March 2003", "In the early hours of 18 October"
    r"(?:on|in|during)\s+the\s+(?:(?:early|late)\s+)?(?:night|morning|evening|afternoon|hours|weekend)\s+of)\s+|"
    # ("In mid-May 2001": the hyphen joins the month)
    r"in\s+mid-|"
    # ("On Sunday 1 December 2024": the day of the week goes with its date)
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:the\s+)?$", re.I)
_ACCORDING = re.compile(r"^(?:according\s+to\s+[^,]{1,60},\s*)", re.I)
# "It became known that X joined": a dummy "it"; the label starts at X.
_DUMMY_IT = re.compile(r"^it\s+(?:became\s+known|was\s+(?:reported|announced|revealed|confirmed)|emerged|"
                       r"transpired)\s+that\s+", re.I)
# A law a sentence names: "a new constitution, the Fundamental Law,", "the Europol Convention".
_LAW_NAMED = re.compile(r"(?P<law>\b(?:the|a|an|its)\s+(?:new\s+|revised\s+|first\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:constitution|law|act|treaty|convention|charter|statute|agreement|regulation|decree|reform)s?)"
                        r"\b(?:,\s+(?P<name>the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}),)?", re.I)
# A law's "it": "adopted a new constitution, the Fundamental Law; it came into force on 1
# January" (the party did not come into force): no organisation's name for it.
_LAWS_IT = re.compile(r"^it\s+(?:came\s+into\s+(?:force|effect)|entered\s+into\s+force|took\s+effect)\b", re.I)
# "Memorial, also known as ..., was founded": the appositive goes, the statement stays.
_APPOSITION = re.compile(r"^(?P<np>[^,]{2,60}),\s+(?:also|formerly|officially|commonly|sometimes|originally)?\s*"
                         r"(?:known|called|named|abbreviated|styled|a|an|the)\b[^,]{2,160},\s+(?=(?:was|were|is|are|has|"
                         r"had|became|took|won|joined|signed|began|opened|moved|announced)\b)", re.I)
# A leading subordinate clause ("When discussing the operation on 12 March, ...") frames the
# statement that follows it; the label keeps the statement. ("Because his term expired on 26
# September, three days after the general election, the finance minister ... appointed the deputy
# governor acting governor": why, then what was done, which the row tells.)
_LEAD_CLAUSE = re.compile(r"^(?:(?:when|while|after|before|as|although|though|because|once|following|during|amid|despite|about|"
                          r"some|within|shortly|soon|in\s+the\s+presence\s+of|"
                          r"at\s+the\s+(?:request|invitation|urging|suggestion|behest|initiative)\s+of|"
                          r"on\s+behalf\s+of|under\s+pressure|with\s+the\s+help\s+of|in\s+response\s+to)\b"
                          r"[^,;]{3,100},\s+"
                          # ("At the urging of De Ruyter, and with the backing of De Witt, the States
                          # General resolved": a second such phrase joined to it goes too)
                          r"(?:and\s+(?:with\s+the\s+(?:backing|support|help|approval|consent)|at\s+the\s+(?:request|urging))"
                          r"\s+of\s+[^,;]{3,80},\s+)?"
                          # ("At the request of Albert Einstein, who headed the association, a
                          # committee ... was founded": a relative clause on its last noun goes too)
                          r"(?:(?:who|which|whose|whom)\s[^,;]{2,80},\s+)?"
                          # "With the borrowing costs of Spain and Italy rising sharply, Draghi told":
                          # what was going on, in a participle, frames the statement
                          r"|with\s+[^,;]{3,80}?\s+[a-z]{3,}ing(?:\s+[a-z]+ly)?,\s+"
                          # ("Opening a new lecture hall paid for by Sir John Power, the Prince of
                          # Wales announced ...": what the one who spoke was doing, in a participle)
                          # (a participle, then its object or a preposition: not "Boeing agreed")
                          r"|(?!(?:king|spring|thing|wing|morning|evening|building|ring|viking|sterling|"
                          r"beijing|nanjing|jinping|boeing|reading)\b)[a-z]{3,}ing\s+(?=(?:a|an|the|its|their|his|her|on|"
                          r"in|at|for|with|to|from|that|up|out|over|into|by|of|\d+)\s)[^,;]{3,100},\s+)"
                          # (the statement follows: not a relative clause or a second clause, a sign
                          # the opening ran on into the statement without its comma)
                          r"(?=\S)(?!(?:who|which|whose|whom|and|but|or)\b)", re.I)
_PRONOUN = re.compile(r"^(?P<p>It|They|He|She|Its|Their|His|Her)\b(?P<rest>\s)", re.I)
# An opening clause that puts the statement after another happening ("After the invasion
# began in February 2022, ...").
_LEAD_AFTER = re.compile(r"^(?:after|following|once)\b", re.I)
# The rest of a list of names an opening ends on: "the Greens and the FDP in November 2024, ".
_LIST_GOES_ON_IN_OPENING = re.compile(r"(?:the\s+)?(?-i:[A-Z])[^,;]{0,60}?\s+and\s+(?:the\s+)?(?-i:[A-Z])[^,;]{0,80}?,\s+")


_DEED_VERB = (r"(?:[a-z]{3,}ed|found|kept|paid|brought|spent|grew|chose|drew|drove|wrote|told|rose|fell|set|took|"
              r"gave|made|built|bought|sold|sent|began|went|came|won|lost|left|led|ran|held|met)")
_VERB_LIST = re.compile(rf"^(?P<subj>[A-Z][^,;]{{1,60}}?)\s+{_DEED_VERB}\b[^,;]*(?:,\s+{_DEED_VERB}\b[^,;]*)+"
                        rf"\s+and\s+(?P<last>{_DEED_VERB}\b.*)$")
_AND_VERB = re.compile(rf"\s+and\s+{_DEED_VERB}\b")
_ENDS_ON_DEED = re.compile(rf"\b(?:he|she|they|it|[A-Z][\w'’-]*)\s+{_DEED_VERB}$")
_OPENING_PREPOSITION = re.compile(r"(?:With|In|On|At|After|Before|During|By|For|From|Under|When|While)\b")
_DEED_BY = re.compile(rf"\s*{_DEED_VERB}\s+(?:[\w-]+\s+){{0,2}}?by\b")


# An opening "After ..." or "Once ..." clause with a subject of its own ("After a JetBlue A320
# ... lost altitude", `_opening_alone`).
_AFTER_SUBJECT = re.compile(r"(?:After|Once)\s+(?=(?:a|an|the|its|his|her|their|(?-i:[A-Z]))\b)")
# A sentence's opening "After ..." clause, which a comma closes before its main clause.
_AFTER_OPENING_CLAUSE = re.compile(r"(?:After|Once)\s[^,;]{3,200},\s+(?=\S)(?!(?:who|which|whose|whom|and|but|or)\b)")
# A verb form that is a participle's, by the preposition after it ("the treaty signed in Rome").
_PARTICIPLE_PHRASE = re.compile(r"\b[a-z]{2,}ed\s+(?:by|in|on|at|from|to|for|with|under)\b")


def _opening_alone(sentence: str, label: str) -> str:
    """`label`, made from the clause that opens `sentence`, without its "After" when it ends
    inside an opening "After ..." clause (`_AFTER_OPENING_CLAUSE`: one that a comma closes before
    the main clause), so that no main clause is left: the row then tells the opening's happening,
    as a statement. Airbus's "After a JetBlue A320 flying from Cancún to Newark
    suddenly lost altitude on 30 October 2025 and had to land in Tampa, investigators traced the
    fault to ..." had the row "After a JetBlue A320 ... suddenly lost altitude", a clause that
    waits for a main clause the row never gives. The date is the opening's (the label lost it,
    beside the row's own), so the happening of the row is the opening's: "A JetBlue A320 flying
    from Cancún to Newark suddenly lost altitude".

    Only where the opening has a subject and one verb of its own (not "After long debate", not
    "After the treaty signed in Rome", a noun and its participle), and a comma closes it before
    a main clause: "After a poor result in the 2008 election Dion made way for Ignatieff" and
    "After a long pause Mexico joined on 18 May 1994, and the Czech Republic ..." run on into
    their main clause without one, and keep their "After"."""
    opening = _AFTER_OPENING_CLAUSE.match(sentence)
    if opening is None or "," in label or not _AFTER_SUBJECT.match(label):
        return label
    words = label.split()
    told = sentence[:opening.end()].split()
    if told[:3] != words[:3] or words[-1] not in told:
        return label  # (not cut inside the opening)
    rest = label[_AFTER_SUBJECT.match(label).end():]
    verbs = [v for v in _FINITE.finditer(rest) if not _PARTICIPLE_PHRASE.match(rest, v.start())]
    if len(verbs) != 1 or not rest[:verbs[0].start()].strip():
        # (two verbs and no comma: "After the army seized power the general ruled" ran on into
        # its main clause)
        return label
    return cap_first(rest)


def _verb_list_tail(s: str, told: str, told_at: DateMention | None) -> str:
    """A label too long for its row that lists one doer's deeds ("Abdul Sattar Edhi set out
    benches in the street, found medical students to help, begged for donations and bought a
    small room, which he turned into a free dispensary in Mithadar", told "in 1951"): the doer
    and the last deed, when the date is told with that one (`told`: the clause as written,
    `told_at` its date), as the row is its date's: "Abdul Sattar Edhi bought a small room,
    which he turned into a free dispensary in Mithadar". Cut from its start, such a label kept
    the deeds before and lost the one of the date. The judgement: the deeds of a list are told
    in the order they were done, and a date told at its end is the last one's."""
    m = _VERB_LIST.match(s)
    if m is None or told_at is None or _OPENING_PREPOSITION.match(m.group("subj")) \
            or re.search(r"\b(?:was|were|is|are|been|being)\b", s[m.end("subj"):s.find(",", m.end("subj"))]) \
            or any(_DEED_BY.match(item) for item in re.split(r",\s+|\s+and\s+", s[m.end("subj"):])):
        # (not participles of a passive: "houses were built at no profit, sold on interest-free
        # loans and paid for by a revolving fund")
        return s
    ands = [a.start() for a in _AND_VERB.finditer(told)]
    if not ands or told_at.start < ands[-1]:
        return s
    return f"{m.group('subj')} {m.group('last')}"


# A clause set off at the start that says where or how a thing was ("while the ship lay at
# Marsden Wharf in Auckland,"), its noun the one a later "its" stands for.
_SETTING_THING = re.compile(r"^(?:(?:On|In|At|By)\s+[^,;]{2,40},\s+)?(?:while|when|as)\s+the\s+(?P<noun>[a-z]+)\s+"
                            r"(?:lay|was|were|sat|stood|remained|waited|docked|berthed|anchored|moored)\b[^,;]{0,80},\s+")


def _its_of_setting(label: str, clause: str, subject: Subject) -> str:
    """`label` with an "its" after its start named, when the clause opened on a setting whose
    thing the label no longer gives ("On 10 July 1985, while the ship lay at Marsden Wharf in
    Auckland, agents ... fixed two limpet mines to its hull"): the row read "... to its hull",
    whose "its" named nothing on its own. The judgement: the thing a "while"/"when" setting is
    about is what a later "its" stands for when the label's own subject is plural ("Agents of
    ... fixed"), which "its" cannot stand for; a singular one is what "its" names ("while the war
    was still being fought, the East India Company raised its first three Gurkha battalions").
    Not the organisation's own kind ("while the unit was at ..."), which a reader takes "its"
    for anyway."""
    m = _SETTING_THING.match(" ".join(clause.split()))
    if m is None or m.group("noun") in subject.generic or m.group("noun") in KINDS \
            or f"the {m.group('noun')}" in label.casefold():
        return label
    head = re.match(r"(?:(?:The|Some|Two|Three|Four|Several|Many)\s+)?(?:[a-z-]+\s+){0,2}?(?P<head>[A-Za-z]+)\s+(?:of\b|[a-z]{3,}ed\b)",
                    label)
    if head is None or not re.search(r"[^s]s$", head.group("head")):
        return label
    return re.sub(r"(?<=\s)its\s+(?=[a-z])", f"the {m.group('noun')}'s ", label, count=1)


_DATED_PHRASE_END = re.compile(r",|\s+(?:with|to|for|as|while|after|before|under|despite)\s|$")


def _keeps_dated_verb(cut: str, whole: str, at: int, limits: tuple[int, int]) -> str:
    """`cut` (`whole` shortened), or else `whole` up to the end of the phrase of the verb that
    begins at `at`, after "and", the verb its date was told with ("renamed it Greenpeace and on
    15 September 1971 sent it towards Amchitka"), shortened: a label cut before that verb tells
    what was done before the row's day, not on it ("The committee chartered a fishing boat,
    renamed it Greenpeace"). The phrase ends before a preposition of manner or company or
    purpose ("with a crew ...", "to bear witness"), a comma or the end."""
    verb = "and " + " ".join(whole[at:at + 30].split(" ")[:2])
    if not whole.startswith(verb, at - 4) or verb in cut:
        return cut
    end = _DATED_PHRASE_END.search(whole, at + len(verb))
    shorter = _shorten(whole[:end.start()], *limits) if end else cut
    return shorter if verb in shorter and len(shorter) <= limits[0] else cut


# Nouns a label may name a thing by that its paragraph introduced by name before: "the
# company", "the act" (`_definite_named`).
_DEFINITE_THING = re.compile(r"\b(?P<the>[Tt]he)\s+(?P<noun>company|firm|act|law|bill|treaty|agreement|accord|"
                             r"convention|charter|statute|party|union|federation|group|fund)\b(?!\s+of\b)")


def _definite_named(label: str, paragraph: str, sentence: str, subject: Subject, limit: int | None = None) -> str:
    """`label` with "the <noun>" named as its paragraph named it before the row's sentence: "WWF
    sued the company in the High Court" after "a long dispute with the World Wrestling
    Federation, an American entertainment company" ("... sued the World Wrestling Federation");
    "parliament amended the act" after "the Riigikogu passed a new Defence League Act" ("...
    amended the Defence League Act"). Read alone on a timeline, "the company" and "the act"
    were nobody's.

    The judgement: the nearest thing before the sentence that the paragraph calls by that noun,
    as a name with it in apposition ("X, an American entertainment company") or a name ending
    on it ("the new Defence League Act"), when there is one and only one there; never a noun the
    organisation itself goes by ("the company" in a company's article is the company); not where
    the name would take the label past `limit`."""
    m = _DEFINITE_THING.search(label)
    if m is None or m.group("noun") in subject.generic:
        return label
    at = paragraph.find(sentence[:60])
    if at <= 0:
        return label
    before = paragraph[:at]
    noun = m.group("noun")
    # (the name whole: after punctuation or a word that opens a noun phrase, not the end of a
    # longer name with words in lower case, "Gesellschaft zur Vorbereitung des Deutschen ...")
    found = [x.group("name") for x in re.finditer(
        rf"(?:\bthe\s+)?(?P<name>(?:[A-Z][\w'’&.-]*\s+){{1,5}}[A-Z][\w'’&.-]*),\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}{noun}\b",
        before) if re.search(r"(?:^|[.;:,(]|\b(?:the|with|by|from|against|and|to|for))\s*$", before[:x.start("name")])]
    found += [x.group("name") for x in re.finditer(
        rf"\b(?:a|an|the)\s+(?:new\s+|revised\s+|first\s+)?(?P<name>(?:[A-Z][\w'’&.-]*\s+){{1,5}}{noun.capitalize()})\b", before)]
    names = list(dict.fromkeys(found))
    if len(names) != 1 or subject.is_subject_name(names[0]) or subject.is_subject_phrase(names[0]):
        return label
    name = names[0] if names[0].split()[-1].casefold() == noun else f"the {names[0]}"
    if not re.match(r"(?:The|the)\s", name) and name.split()[-1].casefold() == noun:
        name = f"the {name}"
    named = label[:m.start()] + (cap_first(name) if m.start() == 0 else name) + label[m.end():]
    # (a name that takes the row past its length, `_LABEL_LONG` unless told: as it was)
    return named if len(named) <= (limit or _LABEL_LONG) else label


# A participle phrase left at the start once an opening clause went ("confirming failures in
# Nepal, Cameroon and both Congos, "), up to the comma before the statement's subject and verb.
_OPENING_PARTICIPLE_AFTER = re.compile(r"[a-z]{3,}ing\s+[^;]{2,120}?,\s+(?=(?:the\s+|its\s+|their\s+)?"
                                       r"(?-i:[A-Z])?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+[a-z]{3,}ed\b)")


# A time told by its distance from another ("three days after the general election", "the day
# before the vote") set off after an opening's date.
_DATE_MEASURE_ASIDE = re.compile(r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
                                 r"(?:days?|weeks?|months?|years?)|the\s+(?:day|week|month|year|night|morning))\s+"
                                 r"(?:after|before)\s+[^,;]{2,60},\s+")


def _lead_clause_cut(s: str, mention: DateMention | None) -> str:
    """`s` without its opening subordinate clause ("When ...,", "Despite ...,"), except where the
    row's date lies inside an opening "After ..."/"Following ..."/"Once ..." clause: then the
    date is the other happening's, and the statement only came after it. Beside the date, "Feb
    2022: Azov formed the core of the defence of Mariupol" would tell a time the text does not
    give (round 72, both reviewers); the clause stays without its date ("After the full-scale
    invasion began, Azov formed ..."), so the row tells what the date is. Only for a month or a
    day: a year ("After Nokia bought out the Siemens stake in 2013, the unit was renamed") is
    as a rule the statement's year too, and the label keeps its room for the statement. A
    clause left with fewer than three words ("After May 2014,") says nothing, and goes whole."""
    m = _LEAD_CLAUSE.match(s)
    if m is None:
        return s
    listed = _LIST_GOES_ON_IN_OPENING.match(s, m.end())
    if listed and not _FINITE.search(listed.group(0)) and _FINITE.search(s, listed.end()):
        # "After the collapse of the government of the SPD, the Greens and the FDP in November
        # 2024, an early federal election was held": the opening's list of names runs on past
        # its first comma, which is the list's, not the opening's end
        comma = s.rfind(",", 0, m.end())
        return _lead_clause_cut(s[:comma] + "\x1f" + s[comma + 1:], mention).replace("\x1f", ",")
    pronoun = _PRONOUN_AFTER_SUBORDINATE.match(s)
    if pronoun and pronoun.start("np") < m.end() and (mention is None or "".join(mention.text.split()) not in
                                                      "".join(s[:pronoun.start("np")].split())):
        # "When influenza spread through the city he set out benches in the street, found ...":
        # no comma closes the subordinate clause, and the main clause opens on its pronoun
        return s[pronoun.start("np"):]
    date = mention.text.strip() if mention is not None and mention.month is not None else ""
    if date and _LEAD_AFTER.match(s) and date in m.group(0):
        kept = re.sub(rf"\s*(?:\b(?:in|on|at|of|during)\s+)?(?:the\s+)?{re.escape(date)}", "", m.group(0), count=1)
        kept = re.sub(r"\s+,", ",", kept)
        if len(kept.rstrip(" ,").split()) >= 3 and not kept.rstrip(" ,").endswith(("in", "on", "of", "the")):
            return kept + s[m.end():]
    rest = s[m.end():]
    # ("Because his term expired on 26 September, three days after the general election, the
    # finance minister ... appointed": how the opening's date stood to another goes with it)
    rest = _DATE_MEASURE_ASIDE.sub("", rest, count=1) if _FINITE.search(_DATE_MEASURE_ASIDE.sub("", rest, count=1)) \
        else rest
    aside = _RELATIVE_ASIDE.match(rest)
    if aside and len(rest[aside.end():].split()) > 3:
        # "After protests over the arrest of X, in which at least 54 people died, Museveni
        # reappointed ...": what the relative clause said of the opening goes with it
        return rest[aside.end():]
    inner = re.match(r"(?:which|who|whom|whose)\b[^,;]{2,120},\s+", rest)
    if inner and _FINITE.match(rest, inner.end()) and not (mention is not None and mention.text.strip()
                                                         and mention.text.strip() in inner.group(0)):
        # "After Fiji's military government, which had seized power in 2006, missed the
        # deadline, the Forum suspended Fiji": the comma opened an aside of the opening's own
        # subject, not its end (a cut there made the Forum miss the deadline); the aside goes,
        # and the opening is read again
        return _lead_clause_cut(s[:m.end()].rstrip(" ,") + " " + rest[inner.end():], mention)
    said = re.match(r"(?-i:[a-z])[^,;]{1,80},\s+", rest)
    if said and _FINITE.match(rest, said.end()) and not _FINITE.search(said.group(0)) \
            and not _PRONOUN.match(rest, said.end()):
        # "When Nusrat, ill with cancer, was allowed to go abroad for treatment in 1982, Benazir
        # became acting head": the comma opened what is said of the opening's subject, and the
        # opening's verb comes after it (the row had read "Ill with cancer, was allowed to go
        # abroad for treatment, Benazir became ..."); what is said goes, and the opening is read again
        return _lead_clause_cut(s[:m.end()].rstrip(" ,") + " " + rest[said.end():], mention)
    if _FINITE.match(rest) and not _PRONOUN.match(rest):
        # (a verb right after the comma: the opening, its subject's aside read as its end, runs
        # on to the next comma before the statement's own subject)
        nxt = re.search(r",\s+(?=(?:the|its|their|a|an|(?-i:[A-Z])[\w'’.-]*)\s+[\w'’-]+)", rest)
        return cap_first(rest[nxt.end():]) if nxt and _FINITE.search(rest[nxt.end():]) else s
    told = _OPENING_PARTICIPLE_AFTER.match(rest)
    if told and _FINITE.search(rest, told.end()) and len(rest[told.end():].split()) > 3:
        # "When the panel's report was published in November 2020, confirming failures in Nepal,
        # Cameroon and both Congos, WWF acknowledged its shortcomings": the participle went on
        # telling of the opening's report; without the opening it dangles (WWF's row had read
        # "Confirming failures in Nepal, ..., WWF acknowledged its shortcomings")
        return rest[told.end():]
    if not _FINITE.search(rest) and (len(rest.split()) <= 3 or _FINITE.search(m.group(0)[1:])):
        # (or longer, when only the opening has a verb: "After two years of research WANEP formally
        # began work in 1998, with a regional secretariat in Accra" is the beginning, not the office)
        # "During a national strike late in August 2011 a police sergeant shot dead Manuel
        # Gutiérrez, a 16-year-old": no comma ended the opening, and what follows the first one
        # is an aside of the statement, not the statement
        return s
    return rest


# An opening past participle set off by a comma, before the statement's subject ("Reconstituted
# in the Organized Reserves in 1921, its ...", "Founded in 1990 by exiles, the group ...",
# "Built in 1931, the ship ..."): what happened to the subject before the statement.
_PARTICIPLE_OPENING = re.compile(r"^(?:(?:Re-)?[A-Za-z][a-z]{2,}ed|Born|Built|Made|Taken|Known|Held|Led|Run|Set\s+up|Given|"
                                 r"Driven|Chosen|Begun|Broken|Sold|Bought|Won|Lost|Sent|Left|Brought|Beaten|"
                                 r"Forbidden|Withdrawn)\s+(?:in|on|at|by|from|as|into|under|during|with|after|"
                                 r"before|to|for|until)\b[^,;]{3,100},\s+(?=(?:the|its|their|his|her|a|an|it|he|she|they|"
                                 r"[A-Z])\b)")
_LABEL_MAX = 90
# (and the time of a leader named before: "Under her, on 27 October 2022, CARE International
# joined ...": the row's date then opens the label and goes, as beside any date)
_DISCOURSE = re.compile(r"^(?:For\s+example|For\s+instance|However|Meanwhile|In\s+addition|Moreover|Nevertheless|"
                        r"Instead|Still|Also|Under\s+(?:him|her|them)),\s+", re.I)
# (one that ends on a post runs on over the name after it: ", born in 1964 and put forward by
# Belarus's president, Alexander Lukashenko," is one aside, not "Zas Alexander Lukashenko")
_BIRTH_ASIDE = re.compile(rf",\s+(?:who\s+was\s+)?born\b(?:[^,;()]{{0,90}}?\b(?:{ROLE_WORDS}),\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}"
                          rf"[A-Z][\w'’.-]*,|[^,;()]{{0,90}}(?:,|$))")
# A label may not end on a verb of saying whose words were cut ("Andronnikov said").
_SAID_END = re.compile(r"\b(?:said|says|claimed|claims|announced|stated|told|wrote|argued|reported|added|noted|"
                       r"insisted|warned|declared)(?:\s+that)?\s*$", re.I)
_LABEL_LONG = 130
# An At-a-glance bullet has room for two lines: the same clause, cut only past these.
_STATEMENT_LIMITS = (170, 210)
# A sum of money a statement names ("more than one billion dollars", "$6.2 billion", "€65
# million"), which its bullet keeps whole up to `_AMOUNT_LIMIT` characters.
_AMOUNT = re.compile(r"(?:[$€£¥]\s?\d|\b\d[\d.,]*\s+(?:million|billion|trillion)\b|"
                     r"\b(?:million|billion|trillion)\s+(?:dollars|euros|pounds|kronor|rupees|yen|francs)\b|"
                     r"\b\d[\d.,]*\s+(?:dollars|euros|pounds|kronor|rupees|yen|francs)\b)", re.I)
_AMOUNT_LIMIT = 260
# Where a label may end: strong boundaries (a clause ends) before weak ones (a phrase ends).
_CUT_STRONG = re.compile(r",\s+(?=(?:which|who|where|when|after|before|while|as|and|but|with|to|in\s+order|saying|"
                         r"claiming|including|following|amid|despite|although|though|because|for|meaning|making|"
                         r"leaving|prompting|(?:under|by|in|through|for|with)\s+which)\b)|;\s+|\s+[–—]\s+|:\s+")
# ("killing ..." is not among them: who died is the point of a crash or an attack.)
_TRAILING = re.compile(r"[\s,]+(?:meaning|making|leaving|prompting|saying|claiming)\b")
# "up to 20 years", "according to" end no phrase.
# "to" and "with" are not among them: "used agents | to pay bribes", "asked the Supreme Court |
# to liquidate it", "combined its handset business | with that of Sony" - what follows
# completes the verb, and a label cut there says something else or nothing.
# (not ", wholly owned subsidiary": a comma between two words describing one noun)
_CUT_WEAK = re.compile(r",\s+(?=[a-z])(?!(?:killing|wounding|injuring|announcing|declaring|revealing|confirming)\b)"
                       r"(?![a-z]+ly\s+[a-z]+(?:ed|en)\s+[a-z]+\s*(?:[,.;]|$))"
                       r"(?!(?:a|an)\s+(?:claim|allegation|assertion|accusation|charge)\b)|(?<!\bup)(?<!\baccording)(?<!\bunder)(?<!\bby)(?<!\bin)(?<!\bof)(?<!\bthrough)"
                       r"\s+(?=(?:after|before|while|and|but|"
                       r"in\s+order\s+to|where|when|saying|claiming|because|meaning|making)\b)")
# A condition is no cut point: it changes what the statement says ("imprisoned for up to 20
# years | if they defect"). Nor is a participle that carries an announcement's message ("held a
# press conference in Kyiv, | announcing that the Legion had been formed"), nor the hedge that
# calls it a claim ("declared the city taken, | a claim disputed by Zelensky"): without it a
# claim reads as a fact.
# Words by which the article records that a claim or result is disputed.
_DISPUTED = re.compile(r"\b(?:refused\s+to\s+(?:accept|recogni[sz]e)|disputed|contested|denied|rejected\s+by|"
                       r"not\s+(?:been\s+)?(?:confirmed|verified|recogni[sz]ed)|unconfirmed|unverified)\b", re.I)
# What the date means to the organisation ("ratified on 10 March 1831, the date the Legion treats
# as its founding"): the apposition names the date, so the date stays, and a label without it
# would not say why the row matters (here, that it is the founding).
_DATE_MEANING = re.compile(r"(?:,\s+|\s+(?:on|in)\s+)(?:the|a|which\s+is\s+the)\s+(?:date|day|year)\s+(?:that\s+|on\s+which\s+|when\s+)?"
                           r"(?:the\s+|its\s+)?[\w\s'’-]{0,40}?\b(?:treats?|marks?|celebrates?|regards?|counts?|"
                           r"considers?|observes?|keeps?)\b[^,;.]{0,40}\.?$", re.I)
# "the date the Legion treats as its founding": who treats the date as what, for a label that
# says it as a clause of its own beside the date (`make_label`)
_MEANING_CLAUSE = re.compile(r"(?:the|a)\s+(?P<noun>date|day|year)\s+(?P<who>(?:the|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
                             r"(?P<verb>treats?|regards?|counts?|considers?|keeps?)\s+as\s+(?P<what>[^,;.]{1,40}?)\.?$", re.I)
# the same said as a clause beside the row's date, which `_shorten` keeps
_MEANING_SAID = re.compile(r";\s+[^;]{2,60}?\b(?:treats?|regards?|counts?|considers?|keeps?)\s+this\s+(?:date|day|year)\s+as\b")
# A date after a preposition that leads to it ("took office in September 2025"), for
# `_date_after_preposition`: every position where such a phrase starts (a lookahead, so phrases
# that overlap are all seen), the blanks after "the", and what may follow the date.
_YEAR_IN = re.compile(r"\b\d{4}\b")
_PREP_BEFORE_DATE = re.compile(r"(?=([,\s]+(?:on|in|of|since|from|by|as\s+of|during)\s+))")
_BLANKS = re.compile(r"\s+")
_YEAR_ONLY = re.compile(r"\d{4}")
_PART_OF = re.compile(r"(?:early|late|mid)(?:\s+|-)", re.I)
_AFTER_DATE = re.compile(r"(?=[\s,.;:]|$)")


def _date_after_preposition(s: str, date: str) -> tuple[int, int] | None:
    r"""The span `re.search(rf"[,\s]+(?:on|in|of|since|from|by|as\s+of|during)\s+(?:the\s+)?"
    rf"{re.escape(date)}(?=[\s,.;:]|$)", s)` would match, for a `date` with no blank at either
    end, without compiling a pattern for each date: a label's dates are nearly all different,
    and each one compiled (0.3 ms) also pushed a fixed pattern out of `re`'s cache of 512, to be
    compiled again. The search is the same: the first start that matches; from a start the
    blanks and the preposition can match only one way (a preposition begins with a letter, the
    date with no blank), then "the" and its blanks are tried before the date alone."""
    for lead in _PREP_BEFORE_DATE.finditer(s):
        span = _date_after(s, lead, date)
        if span is not None:
            # "took command at the end of 2020": the part of the year goes with its date
            part = _PART_OF_YEAR.search(s, 0, span[0]) if s[span[0]:span[1]].lstrip(" ,").startswith("of") else None
            # ("shot him late in August 2011": the part before the preposition goes too)
            part = part or (_EARLY_LATE.search(s, 0, span[0]) if s[span[0]:span[1]].lstrip(" ,").startswith("in") else None)
            return (part.start(), span[1]) if part else span
    return None


# "that began", "which broke out" right before a date's preposition (`make_label`).
_BEGAN_THEN = re.compile(r"\s+(?:that|which)\s+(?:began|started|broke\s+out|erupted)$")
# "late in August 2011", "early in 2015": a part of the time told before "in" and a date.
_EARLY_LATE = re.compile(r"[,\s]+(?:early|late|later|earlier)$", re.I)
# "at the end of", "towards the close of": a part of a year or month told before "of" and a date.
# ("in the first days of December", "during the last week of March": a part of the month)
_PART_OF_YEAR = re.compile(r"[,\s]+(?:(?:at|by|towards?|until|before|after|in)\s+the\s+(?:very\s+)?(?:end|start|beginning|"
                           r"middle|close|turn|autumn|spring|summer|winter)|(?:in|during|by|over)\s+the\s+(?:first|last|final|"
                           r"second|third|fourth|closing|opening|latter)\s+(?:days|weeks?|half|part|fortnight))$", re.I)


# The first item of a list of dates and what joins the next one to it: "of 21 October 2019, of 20
# September 2021, held during the pandemic, and of 28 April 2025" (`_date_list_span`).
_LIST_LEAD = re.compile(r"\s+(?:of|in|on)\s+$")
_LIST_JOIN = re.compile(r",?\s+(?:and\s+)?(?P<prep>(?:of|in|on)\s+)?$")
_LIST_ASIDE_JOIN = re.compile(r",\s+[^,;]{1,90},\s+(?:and\s+)?(?:of|in|on)\s+$")


def _date_list_span(s: str, date: str | None) -> tuple[int, int] | None:
    """The span of a list of three or more dates of one kind that holds `date` ("the general
    elections of 21 October 2019, of 20 September 2021 and of 28 April 2025", "in 1994, 1999
    and 2004"), from the preposition before the first to the end of the last, with what the
    list's items say of themselves ("held during the COVID-19 pandemic", and after the last, "at
    which more than 7.3 million electors voted"): each row of such a sentence is one of the
    things the sentence counts, and its label tells what they share, its date the rest. None
    when `date` is in no such list (`date` None: any list of dates)."""
    found = [m for m in find_dates(s) if not m.recurring and m.end_year is None]
    for i, first in enumerate(found):
        lead = _LIST_LEAD.search(s, 0, first.start)
        if lead is None or (i and _LIST_JOIN.fullmatch(s, found[i - 1].end, first.start)):
            continue
        run, asides = [first], False
        for nxt in found[i + 1:]:
            gap = s[run[-1].end:nxt.start]
            if _LIST_JOIN.fullmatch(gap) and (_LIST_JOIN.fullmatch(gap).group("prep") or "," in gap or " and " in gap):
                run.append(nxt)
            elif _LIST_ASIDE_JOIN.fullmatch(gap) and not find_dates(gap):
                run.append(nxt)
                asides = True
            else:
                break
        if len(run) >= 3 and (date is None or any(m.text.strip() == date for m in run)) and re.search(r"\band\s+(?:of\s+|in\s+|on\s+)?$",
                                                                                    s[run[-2].end:run[-1].start]):
            end = run[-1].end
            if asides and (tail := re.match(r",\s+[^;]*", s[end:])):
                end += tail.end()  # the last item's own aside, as the others' went
            return lead.start(), end
    return None


def _date_after(s: str, lead: re.Match[str], date: str) -> tuple[int, int] | None:
    """The span of `date` after the preposition `lead` found (see `_date_after_preposition`)."""
    at = lead.end(1)
    # "in early January 2016", "in mid-2019": the part of the month or year goes with it
    part = _PART_OF.match(s, at)
    if part and s.startswith(date, part.end()) and _AFTER_DATE.match(s, part.end() + len(date)):
        return lead.start(), part.end() + len(date)
    if s.startswith("the", at) and (blanks := _BLANKS.match(s, at + 3)) and s.startswith(date, blanks.end()) \
            and _AFTER_DATE.match(s, blanks.end() + len(date)):
        if _YEAR_ONLY.fullmatch(date) and _AFTER_ATTRIBUTIVE.match(s, blanks.end() + len(date)):
            return None  # "the results of the 2021 elections": the year names the elections
        return lead.start(), blanks.end() + len(date)
    if s.startswith(date, at) and _AFTER_DATE.match(s, at + len(date)):
        return lead.start(), at + len(date)
    # ("confirmed him by a voice vote on Friday 8 June": the day of the week goes with its date)
    if (weekday := _WEEKDAY.match(s, at)) and s.startswith(date, weekday.end()) \
            and _AFTER_DATE.match(s, weekday.end() + len(date)):
        return lead.start(), weekday.end() + len(date)
    return None


_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+")


# A punishment and the reason given for it, which a label keeps together (`_shorten`).
_PUNISHED_FOR = re.compile(r"\b(?:arrested|detained|charged|sentenced|convicted|fined|expelled|jailed|imprisoned)\b"
                           r"[^.;]{0,60}\b(?:because|accused|on\s+charges?\s+of|for\s+(?:allegedly\s+)?[a-z]+ing)\b", re.I)
_CONDITION = re.compile(r"\s(?:if|unless|provided\s+that|as\s+long\s+as)\s")
# A reason at the end ("asked the court to liquidate X | for repeatedly failing to ..."): a cut
# only when the label is too long for _LABEL_LONG whole.
_CUT_REASON = re.compile(_CUT_WEAK.pattern + r"|\s+(?=for\s+(?:[a-z]+ly\s+)?[a-z]+ing\b)")
# Inside a name: "the Securities and | Exchange Commission", "the Foreign | Corrupt Practices
# Act". A cut between two names ("Justice | and the Securities", "Memorial, | the Ukrainian
# Center") keeps a true statement; but a list of names is not cut while a later cut is left
# ("sent to Sudan, | the Central African Republic, Madagascar and Libya").
_IN_NAMES = re.compile(r"[A-Z][\w.'’-]*\s*$")
_LIST_NEXT = re.compile(r",\s+(?:the\s+)?[A-Z]")
_NAME_NEXT = re.compile(r"\s+(?:(?:and|&|of|for|de|du|des|von|van)\s+)?[A-Z0-9]")
# An aside between commas after a name or a noun - an apposition ("Börje Ekholm, a board member
# and former head of Investor AB, as chief executive") or a relative clause (", who left Russia
# at the outbreak of the invasion, had joined") - followed by the statement's own words (a
# lowercase word that is not a determiner or a conjunction, which would make it a list item).
_ASIDE = re.compile(r",\s+(?:(?:who|whom|whose|which|a|an|the|then|now|previously|formerly|once|later|its|his|her|their|"
                    r"head|chief|director|president|chair\w*|leader|founder|[a-z]+-born|"
                    # (", deputy national commissioner for policing since April 2016,": a post)
                    r"deputy|vice|assistant|acting|interim|former|commander|commissioner|secretary|governor|"
                    # ", Modi's closest aide and the organiser of ...,": whose someone is
                    r"(?-i:[A-Z])[\w'’-]*(?:'s|’s)\s+(?:[a-z]+\s+){0,2}?(?:aide|adviser|advisor|deputy|ally|son|daughter|wife|"
                    r"husband|brother|sister|protégé|successor|predecessor|rival|friend|partner|secretary|spokes\w+)|"
                    # ", acting on a proposal from Norway and Brazil,": a participle telling how
                    r"[a-z]{3,}ing\s+(?:on|at|in|for|to|under|with|upon|from)|"
                    # (", due to expire at the end of that month,": when it was to end)
                    r"(?:due|set|scheduled)\s+to\s+[a-z]+)\b[^,;()\"“”]{2,110}|"
                    # ', nicknamed "Jakob",': the name it went by
                    r"(?:nicknamed|dubbed|known\s+as|called)\s+(?:[\"“«][^\"”»,]{1,40}[\"”»]|"
                    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))),\s+"
                    r"(?=[a-z])(?!(?:the|a|an|and|or|but|nor|then|its|his|her|their|which|who)\b)")
# A description by relation that names nobody ("his friend", "her husband", "its founder"), and
# an aside after it that ends on a person's name (", the statesman Leo Mechelin, ").
_POSSESSIVE_END = re.compile(r"\b(?:his|her|its|their)\s+(?:[a-z]+\s+)?[a-z]+$")
_NAMED_ASIDE = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,4}"
                          r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+")
_AS_ROLE = re.compile(rf"(?<=[a-z]),\s+(?P<as>as\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:new|interim|acting|honorary|"
                      rf"deputy|vice|first)\s+)?(?:{ROLE_WORDS}))(?=,)", re.I)
# A direct quote: its first sentence is what was said; the rest is for the full text.
_QUOTE_OPEN = re.compile(r"[:,]\s+([\"“«])")
_QUOTE_CLOSE = {'"': '"', "“": "”", "«": "»"}


# "... launched the public movement Georgian Dream, and": the clause before ends on the subject's
# name, the last thing it names before the conjunction.
_ENDS_ON_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’-]*))*)\s*,?\s*(?:and|but|while)?\s*$")
_OBJECT_IT = re.compile(r"(?<=[a-z]ed\s)it\b|(?<=\s(?:join|back|lead|left|sold|took|made|held|kept|gave)\s)it\b|"
                        r"(?<=\sfound\s)it\b|(?<=\sled\s)it\b")
# A clause that ends on the organisation named by its kind: "Steve Dennis sued the council, and".
_ENDS_ON_KIND = re.compile(r"\bthe\s+(?P<kind>[a-z]+)\s*,?\s*(?:and|but|while)?\s*$")


# "Cheltenham was later chosen over other towns, and ...": a clause that opens on a place's name.
_PLACE_OPENS = re.compile(r"^(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:was|were|had\s+been|is|became)\b")
_THERE = re.compile(r"\b(?P<verb>moved|relocated|went|returned|transferred|came|settled)?(?P<gap>\s+)?\bthere\b"
                    r"(?!\s+(?:was|were|is|are|had|has)\b)")


def _place_there(label: str, before: str, subject: Subject) -> str:
    """"The agency moved there in stages" names where "there" is when the clause before it, in
    the same sentence, opens on a place ("Cheltenham was later chosen over other towns, and
    between 1950 and 1954 the agency moved there in stages"): the label is read alone, on a
    timeline. "to" the place after a verb of moving, else "in"; "there was" is not a place."""
    m = _THERE.search(label)
    opens = _PLACE_OPENS.match(before.strip()) if before else None
    if m is None or opens is None or subject.mentioned_in(opens.group("place")):
        return label
    place = opens.group("place")
    if m.group("verb"):
        return label[:m.start()] + f"{m.group('verb')} to {place}" + label[m.end():]
    return label[:m.start()] + f"in {place}" + label[m.end():]


def _object_it(label: str, before: str, subject: Subject, previous: str = "") -> str:
    """"The Republican Party ... joined it in a coalition" names what "it" is when the clause
    before it, in the same sentence, ends on the subject's name ("he launched the public
    movement Georgian Dream, and in February 2012 ... joined it"): the label is read alone.

    The judgement: only an object "it" after a verb, only when the subject's name is the last
    name the sentence gave before the clause; any other antecedent is left as it was."""
    label = _place_there(label, before, subject)
    if (before or previous) and _LAWS_IT.match(label):
        # "parliament adopted a new constitution, the Fundamental Law, ...; it came into force on
        # 1 January": the law the sentence named last ("The Fundamental Law came into force"),
        # or, for a sentence that opens on "It", the one the sentence before named last ("The
        # Chamber of Deputies approved a new constitutional reform ... It took effect the next
        # day": "The constitutional reform took effect")
        told = before or previous
        laws = list(_LAW_NAMED.finditer(told))
        if laws and not laws[-1].group("name") and re.match(r"(?i)the\s", laws[-1].group("law")) \
                and re.match(r"\s+(?:[a-z]+ing|that|which|whose)\b", told[laws[-1].end():]):
            # ("The law establishing the office was signed ...": which law, only the words after
            # it say; "The law came into force" would read as another law the article named)
            return label
        if laws:
            law = laws[-1].group("name") or re.sub(r"(?i)^(?:a|an)\s+(?:new\s+)?", "the ", laws[-1].group("law").strip())
            return cap_first(law.strip()) + label[2:]
        return label
    if not before or not re.search(r"\bit\b", label):
        return label
    # "he remained in command until Prokopenko resumed it": the state the clause before named
    held = re.search(r"\bin\s+(?P<what>command|office|charge|power|control)\s+until\s*$", before)
    if held and re.search(r"\b(?:resumed|regained|retook|took|assumed)\s+it\b", label):
        return re.sub(r"\b(resumed|regained|retook|took|assumed)\s+it\b", rf"\1 {held.group('what')}", label, count=1)
    # "The post fell vacant when his term ended ..., and ... the Council abolished it": the thing
    # the sentence opened on, when that is no kind of body the organisation is
    opened = re.match(r"\s*The\s+(?P<noun>[a-z]+)\s+(?:was|were|had|has|fell|became|remained|stayed)\b", before)
    if opened and opened.group("noun") not in subject.generic and opened.group("noun") not in KINDS and \
            re.search(rf"\b{_DISSOLVED}\s+it\b", label):
        return re.sub(rf"\b({_DISSOLVED})\s+it\b", rf"\1 the {opened.group('noun')}", label, count=1)
    m = _ENDS_ON_NAME.search(before.rstrip())
    kind = _ENDS_ON_KIND.search(before.rstrip())
    if (m is None or not subject.is_subject_name(m.group("name")) or not subject.mentioned_in(m.group("name"))) \
            and not (kind and kind.group("kind").casefold() in subject.kind):
        # (or by its kind: "Steve Dennis sued the council, and ... the Oslo District Court found it
        # grossly negligent" is the council's)
        return label
    return _OBJECT_IT.sub(subject.ref, label, count=1)


# What the date patterns of `make_label` need, each a part of its pattern: where it is missing
# the pattern cannot match, and is neither built nor compiled.
_DATED_VERB = re.compile(r"\s(?:adopted|signed|issued|taken|made|agreed|announced)\s+(?:on|in)\s")
_BY_AGENT = re.compile(r"[a-z](?:ed|en)\s+by\s")


_ANNIVERSARY_APPOSITION = re.compile(r"^,?\s*the\s+(?:[\w-]+\s+)?anniversary\s+of\s+[^,;]{2,80},\s*|"
                                     r",\s+the\s+(?:[\w-]+\s+)?anniversary\s+of\s+[^,;]{2,80}?(?=[,;]|\.?$)")


# A meeting told as the opening of a statement: "At a session in Moscow", "At its summit in Accra".
_MEETING_OPENING = re.compile(r"(?:At|During)\s+(?:a|an|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:session|meeting|summit|"
                              r"congress|conference|convention|assembly|council|gathering)(?:\s+(?:in|at)\s+[A-Z][\w'’-]*"
                              r"(?:\s+[A-Z][\w'’-]*){0,2})?")


# Who held the post, or was in charge, when something happened.
_STATE_WHEN = re.compile(r"^[^;]{2,120}?\b(?:was|were)\s+(?:still\s+)?(?:in\s+(?:charge|command|office|power)|"
                         r"(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:president|chairman|chair|director|administrator|commander|"
                         r"leader|head|chief\s+executive))\s+when\s+(?=\S)", re.I)


# A summary before a colon that the dated clause after it tells ("Tiburcio lasted less than four
# months: on 24 May ... he was replaced"), its named subject kept for the clause's "he" (`make_label`).
# (not "Four years later he gave it the name Fiji Airways and began scheduled services: on 1
# September 1951 a biplane ... left Nausori": a happening dated by its own time, which the clause
# after the colon shows)
_TIME_WORD = re.compile(r"(?i)\b(?:later|earlier|after|afterwards|before|then|next|following|previous)\b")
_VERDICT_COLON = re.compile(r"^(?P<before>(?P<np>(?!(?:The|This|That|These|Those|It|Its|His|Her|Their|A|An|In|On|At|By|"
                            r"After|Before|When|While|Then)\b)(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3})?[^:;]{2,100}?)"
                            r":\s+(?=(?:on|in|by|at)\s)", re.I)


# An opening phrase of circumstance, closed by its comma ("With the consent of the Thai
# government, ...", "Despite the ban, ..."): it frames the statement that follows.
# "in what is usually counted as the founding act of X, ...", "in what became the largest
# strike in its history, ...": an opening that says what the happening counts as.
_WHAT_IT_WAS = re.compile(r"^(?:in|with|at)\s+what\s+(?:is|was|has\s+been|became|would\s+become|proved|came)\b[^,;]{3,100},\s+",
                          re.I)
# (and an aside on what it names: "Under Lorenzo Zambrano, chief executive from 1985 and chairman
# from 1995, it grew", before the clause's subject)
_FRAMING_OPENING = re.compile(r"^(?:With|Without|Under|Despite|Amid|Against|Through|Thanks\s+to|On\s+behalf\s+of|At\s+the\s+request\s+of)"
                              r"\b[^,;]{3,80},\s+(?:(?!(?:it|its|they|their|he|she|his|her|the|a|an|this|these)\b)[a-z][^,;]{2,80},\s+"
                              r"(?=(?:it|its|they|their|he|she|the|a|an)\b|(?-i:[A-Z])))?")


def _unbracketed(s: str, subject: Subject) -> str:
    """`s` without its brackets (native names, abbreviations, asides), but for one that tells
    another body from the organisation: "merged with the Communist Party of Nepal (Maoist
    Centre)", "registered his faction as the CPN (Unified Socialist)" in the article on the
    Communist Party of Nepal (Unified Marxist–Leninist), the CPN (UML). Without the bracket the
    name before it is the organisation's own, and the label would say it merged with itself.
    Kept only when the bracket holds words in capitals, as a name's part does."""
    names = getattr(subject, "names", ())
    bases = {b.casefold() for n in names if (b := plain_title(n)) and len(b) > 2}
    whole = {n.casefold() for n in names if n.endswith(")")}  # "CPN (UML)": its own name

    def drop(m: re.Match) -> str:
        before = s[:m.start()].casefold()
        upto = " ".join((s[:m.end()]).casefold().split())
        if any(upto.endswith(n) for n in whole) or (
                re.fullmatch(r"[A-Z][\w'’–-]*(?:\s+[A-Z][\w'’–-]*){0,3}", m.group(1)) and re.search(r"[a-z]", m.group(1))
                and any(before.endswith(b) for b in bases)):
            return m.group(0)
        return ""

    return re.sub(r"\s*\(([^()]*)\)", drop, s)


# A relative clause that runs to the clause's end after a name: ", who had grown up in ...".
# (its verbs may be listed with commas, ", had worked for HaMoked and had joined ..."; a comma
# before anything else, ", as the 22nd General", ", would not stand ...", goes back to the clause)
_TRAILING_WHO = re.compile(r"(?<=[\w.)]),\s+who\s+(?:(?P<aux>had|has|was|is|were)|later|then|\w+ed)\b[^,;]*"
                           r"(?(aux)(?:,\s+(?P=aux)\b[^,;]*)*)$")

# A clause that ends on a person named, then who the person was: ", a member of the Sisters of ...,
# who had worked ..." (`make_label`).
# (not one the clause goes on after: "named Börje Ekholm, a board member ..., as chief executive")
# (nor a short one: "shot dead Manuel Gutiérrez, a 16-year-old")
# (nor a thing's: "added the Global Corruption Barometer, a survey of ordinary citizens"; a
# person's goes on to what the person did, "who had worked ...")
_TRAILING_APPOSITION = re.compile(r"(?<=[\w.)]),\s+(?:a|an)\s+(?=(?:[^\s,;]+\s+){3})[^;]*?,\s+who\s[^;]*$")

# A person, then a relative clause set off by commas before the verb: "Hagai El-Ad, who had
# directed ACRI since July 2008 and before that the Jerusalem Open House, ", or one that
# describes a noun in apposition: "Filippo Grandi, an Italian who had headed UNRWA ..., ".
_WHO_ASIDE = re.compile(r"^(?P<np>(?:(?:His|Her|Its|Their|The)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?"
                        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){1,4}?)?"
                        r"who\s+[^;]{3,200}?,\s+")

# The next comma of a `_WHO_ASIDE` that lists with commas (`make_label`).
_WHO_ASIDE_LONGER = re.compile(r"[^,;]*?,\s+")

# A subject, then what held it up, closed by a comma: "The sale of a quarter of the shares, delayed
# by the violence that followed the disputed election of December 2007, ".
_HELD_UP_ASIDE = re.compile(r"^(?P<np>[A-Z][^,;]{2,80}?),\s+(?:postponed|delayed|deferred|held\s+up)\s+(?:by|from|until|"
                            r"because)\s[^;]{3,160}?,\s+")

# A relative clause opening a clause, up to its comma: "in which at least 54 people died, ".
_RELATIVE_ASIDE = re.compile(r"(?i)^(?:(?:in|at|during|by|from|under|after|before|of)\s+)?(?:which|whom)\b[^,;]{2,120},\s+")


def _without_relative_aside(s: str, mention: DateMention | None) -> tuple[str, DateMention | None]:
    """A clause that opens on what a relative clause said of a phrase it no longer holds ("in
    which at least 54 people died, Museveni ... reappointed Muhoozi"): the happening after it."""
    aside = _RELATIVE_ASIDE.match(s)
    if aside is None or len(s[aside.end():].split()) <= 3 or (mention is not None and mention.start < aside.end()):
        return s, mention
    return cap_first(s[aside.end():]), _shift(mention, -aside.end())


# A label's opening subject (up to seven words, no comma) and a "then" right after it (`make_label`).
_THEN_AFTER_SUBJECT = re.compile(r"^(?P<subject>(?:[^,;\s]+\s+){1,7}?)(?P<then>then\s+)")


def make_label(clause: str, mention: DateMention | None, subject: Subject, person: str | None,
               relative: str | None = None, they_is_subject: bool = False,
               limits: tuple[int, int] = (_LABEL_MAX, _LABEL_LONG)) -> str:
    """A short label in the clause's own words (rules in the module docstring)."""
    s = " ".join(clause.split())
    later = _LATER_ON_DATE.match(s) if mention is not None and s == clause else None
    if later and later.end() <= mention.start <= later.end() + len("on the "):
        # "Sixteen days later, on 26 June 1945, 35 men and women signed": the row gives its
        # date, and "later" than what, only the sentence before says
        s, mention = s[later.end():], _shift(mention, -later.end())
    as_written, written_at = s, mention  # the clause as written, for `_verb_list_tail`
    s, mention = _without_relative_aside(s, mention)
    trailing = _TRAILING_WHO.search(s) if mention is not None and not relative else None
    if trailing and mention.end <= trailing.start() and _FINITE.search(s[:trailing.start()]):
        # "In mid-May 2001 he was succeeded by Jessica Montell, who had grown up in California,
        # had worked for HaMoked and had joined B'Tselem in 1995": what the relative clause tells
        # of the successor is her past, not the happening of the date
        s = s[:trailing.start()]
    described = _TRAILING_APPOSITION.search(s) if not relative and len(s) > limits[0] else None
    if described and (mention is None or mention.end <= described.start()) and _FINITE.search(s[:described.start()]) \
            and len(before_it := s[:described.start()].split()) >= 2 and is_name(" ".join(before_it[-2:])):
        # "Pagotto named as national coordinator Sister Vera Lúcia Altoé, a member of the Sisters
        # of the Immaculate Conception, ..., who had worked for the Pastoral since 1997": a label
        # too long for its row ends on the person named, not on who the person was
        s = s[:described.start()]
    who = _WHO_ASIDE.match(_place_commas_masked(s)) if not relative else None
    np = who.group("np") if who else ""
    if who and not _FINITE.match(s, who.end()):
        # (the aside lists with commas: "a lawyer who had joined the agency in 2007 after posts at
        # the Supreme Court, the Department of Justice and the Privy Council Office, took over")
        who = next((m for m in _WHO_ASIDE_LONGER.finditer(s, who.end(), min(len(s), who.end() + 160))
                    if _FINITE.match(s, m.end())), who)
    if who and (mention is None or mention.start >= who.end()) and _FINITE.match(s, who.end()) and len(s) > limits[0]:
        # "Hagai El-Ad, who had directed ACRI since July 2008 and before that the Jerusalem Open
        # House, became executive director in 2014": a label too long for its row keeps the
        # person and what the date tells, not what the person had done before (and what the
        # clause tells, for a row dated by the sentence before: "His deputy, Stéphane Perrault,
        # a lawyer who had joined the agency in 2007, took over as acting commander")
        np += "," if ", " in np else ""  # "His deputy, X, took over"
        s = f"{np} {s[who.end():]}"
        mention = _shift(mention, len(np) + 1 - who.end())
    held_up = _HELD_UP_ASIDE.match(_place_commas_masked(s)) if mention is not None and not relative else None
    if held_up and mention.start >= held_up.end() and _FINITE.match(s, held_up.end()) and len(s) > limits[0]:
        # "The sale of a quarter of the shares, delayed by the violence that followed the disputed
        # election of December 2007, opened at the end of March 2008": what held it up is the
        # sentence's, not the row's; the row keeps what opened and when
        s = f"{held_up.group('np')} {s[held_up.end():]}"
        mention = _shift(mention, len(held_up.group("np")) + 1 - held_up.end())
    state = _STATE_WHEN.match(s) if " when " in s else None
    if state and mention is not None and mention.start >= state.end() and not relative:
        # "Paine was in charge when the Apollo 11 astronauts landed the lunar module Eagle in the
        # Sea of Tranquility on 20 July 1969": the day is the happening the "when" tells; who was
        # in charge is the setting, which the Leadership list gives
        s = cap_first(s[state.end():])
        mention = _shift(mention, -state.end())
    verdict = _VERDICT_COLON.match(s) if ": " in s and mention is not None and not relative else None
    if verdict and mention.start >= verdict.end() and not find_dates(verdict.group("before")) \
            and not _TIME_WORD.search(verdict.group("before")) and _FINITE.search(s, verdict.end()):
        # "Tiburcio lasted less than four months: on 24 May ... he was replaced by the inspector
        # general": the words before the colon sum up what the dated clause after it tells; the
        # row tells the happening, its "he" the one the summary named. Only where that is the
        # one pronoun after the colon: "Bernhard's presidency ended in disgrace: on 26 August 1976
        # a commission reported on his dealings" keeps the summary, whose "his" has its owner.
        rest = s[verdict.end():]
        named = verdict.group("np") or ""
        pronoun = re.search(r"(?:^|,\s+|\d{4}\s+)(?P<p>he|she|it|they)\s+(?=[a-z])", rest)
        others = [p for p in re.finditer(r"(?i)\b(?:he|she|it|they|his|her|hers|its|their|him|them)\b", rest)
                  if pronoun is None or p.start() != pronoun.start("p")]
        if not others and (pronoun is None or (named and not named.endswith(("'s", "’s")))):
            if pronoun is not None:
                rest = rest[:pronoun.start("p")] + named + rest[pronoun.end("p"):]
            s = cap_first(rest)
            mention = _shift(mention, -verdict.end())
            if pronoun is not None and mention.start > pronoun.start("p"):
                mention = _shift(mention, len(named) - len(pronoun.group("p")))
    discourse = _DISCOURSE.match(s)
    if discourse and mention is not None and mention.start >= discourse.end() and not relative:
        # "Instead, on 20 September 2025, the Ard Chomhairle decided ...": the connective goes
        # first, so that the date phrase it hid opens the label and goes beside its date
        s = cap_first(s[discourse.end():])
        mention = _shift(mention, -discourse.end())
    dated = _PARTICIPLE_OPENING.match(s) if mention is not None and not relative else None
    if dated and mention.start >= dated.end() and len(s[dated.end():].split()) > 3 and \
            any(m.year is not None for m in find_dates(dated.group(0))):
        # "Reconstituted in the Organized Reserves in 1921, its headquarters company was
        # converted on 13 February 1942 into ...": the opening participle, dated by a year of
        # its own, tells another happening (the row of 1921); beside 1942 only the statement
        s = cap_first(s[dated.end():])
        mention = _shift(mention, -dated.end())
    elif dated and mention.end <= dated.end():
        # ... and beside 1921 what the participle tells, of the statement's subject: "Its
        # headquarters company was reconstituted in the Organized Reserves", not the statement
        # of 1942 ("Founded in 1990 by exiles, the group opened ..." -> "The group was founded")
        rest = s[dated.end():]
        verb = _FINITE.search(rest)
        subject_np = rest[:verb.start()].strip() if verb else ""
        if verb and 1 <= len(subject_np.split()) <= 6 and not re.search(r"[,;()]", subject_np):
            aux = "were" if re.match(r"(?:were|are|have)\b", verb.group(0)) else "was"
            told = dated.group(0).rstrip(" ,")
            head = f"{cap_first(subject_np)} {aux} "
            s = head + told[:1].lower() + told[1:]
            mention = _shift(mention, len(head))
    opening = (_RELATIVE.match(s) or _LOOSE_RELATIVE.match(s)) if not relative and mention is not None else None
    if opening and not re.match(r"(?i)after\b", opening.group("dir") or "") and len(s[opening.end():].split()) > 2 \
            and re.match(r",?\s+\S", s[opening.end():]) and mention.start >= opening.end():
        # "The following year the board chose Florence Rigal, ..., on 25 June 2022", "Four years
        # later, on 1 January 2018, he was succeeded": the row shows the day the clause gives, so
        # the time counted from the sentence before goes too ("Three days after the invasion"
        # counts from a happening it names, and stays)
        rest = s[opening.end():].lstrip(" ,")
        mention = _shift(mention, len(rest) - len(s))
        s = rest
    if relative:
        at = s.casefold().find(relative.casefold())
        if at >= 0 and not s[at + len(relative):].strip(" .;,"):
            part = re.search(r"(?i)\bthe\s+(?:end|start|beginning|middle|close|rest)\s+of$", s[:at].rstrip())
            unit = re.search(r"(?i)(year|month|week|day)\b", relative)
            if part and unit:
                # "he served only until the end of that year": beside its date, "the end of the year"
                s = f"{s[:at].rstrip()} the {unit.group(1).lower()}"
            else:
                # "Kenneth Roth succeeded him that year": the reference closes it, and with it the
                # word that governed it ("had resigned or been recalled by the following year")
                # (not "in" or "on", which may end a phrasal verb: "was sworn in the next day")
                s = re.sub(r"\s+(?:by|at|during|until|till|from|since|before|after|within|of|for|to)$", "",
                           s[:at].rstrip(" ,"), flags=re.I)
        elif at > 0 and re.match(_AND_ITS_VERB, s[at + len(relative):]):
            # "The team left Ireland the next day and helped ...": the time goes, both verbs stay
            s = re.sub(r"\s+(?:on|at|during)$", "", s[:at].rstrip(" ,")) + s[at + len(relative):]
        elif at >= 0:
            s = s[at + len(relative):]
            # ("Three years later to the month, by then about a thousand strong, it was renamed
            # the Arab Legion": an aside without a verb between the time and the statement goes
            # with the time)
            aside = re.match(r"\s*,?\s*([^,;]{2,60}),\s+(?=(?:it|the|its|their)\s)", s)
            if aside and not _FINITE.search(aside.group(1)) and not re.search(r"\d", aside.group(1)):
                s = s[aside.end():]
        s = s.lstrip(" ,")
    elif mention is not None and _LEAD_PHRASE.match(s[:mention.start]):
        rest = s[mention.end:]
        if mention.year is None and (of_year := _OF_YEAR.match(rest)) is not None:
            rest = rest[of_year.end():]  # "On 23 July of that year the foundation was constituted"
        # "In late 2015 and early 2016 about 1,700 asylum seekers ... crossed": the opening
        # phrase names a second time joined to the row's; it goes with the first ("And early
        # 2016 about 1,700 ..." had opened the row)
        rest = re.sub(r"^\s+(?:and|or|to|until|through)\s+(?:(?:early|late|mid)[\s-]+|the\s+(?:spring|summer|"
                      r"autumn|winter|end|start|beginning)\s+of\s+)?(?:(?:January|February|March|April|May|June|July|"
                      r"August|September|October|November|December)\s+)?\d{4}\b,?", "", rest)
        # "On 13 July 2008, days before the tour was due to end, some 200 insurgents attacked":
        # when the day fell, told after it in a clause of its own, goes with it (a label cut
        # there would tell only that); one told by a happening's name stays ("three days after
        # the Russian invasion of Ukraine, BP said")
        rest = re.sub(r"^,\s+(?:(?:only|just|shortly|a\s+few|some|several|\w+)\s+)?(?:(?:days?|weeks?|months?|hours?)\s+)?"
                      r"(?:before|after)\s+(?:[^,;]|(?<=\d),(?=\d{3}\b)){3,120},(?=\s+\S)",
                      lambda m: "," if _FINITE.search(m.group(0)) else m.group(0), rest)
        if re.match(r"^\s*,", rest) or len(rest.split()) > 3 or (
                len(rest.split()) >= 2 and re.match(r"\s*(?:he|she|they)\s+[a-z]", rest)):
            # (a pronoun and its verb are a whole clause, whose pronoun the person replaces
            # below: "in June 2004 he resigned" is "John Swinney resigned")
            s = rest.lstrip(" ,")
    elif mention is not None and re.match(r"^(?:in|on|at|during|after|with)\s", s, re.I):
        # "In a video released on 19 July from a camp in Belarus, Prigozhin handed over ...":
        # the opening phrase holds the date the list shows; the statement follows its comma.
        # (a comma that ends a phrase, not one inside a number: "nearly 1,000 paratroopers")
        found_comma = re.compile(r",(?!\d)").search(s, mention.end)
        comma = found_comma.start() if found_comma else -1
        # A verb before the comma makes it the statement's own ("In the election of 26 October
        # 2020 the party won 41 seats, a result the opposition refused to accept"): no opening.
        # Nor does a comma after the statement's own subject close the opening ("in the general
        # election of 18 July 1993 the LDP, although still the largest party, fell well short",
        # "On 26 March 2003 nearly 1,000 paratroopers, most of them from ..., jumped"): the
        # opening runs on past its date only with a preposition or a participle.
        if 0 < comma - mention.end < 60 and "," not in s[:mention.start] and len(s[comma:].split()) > 4 \
                and not _FINITE.search(s[mention.end:comma]) and re.match(
                    r"\s*$|\s+(?:in|at|on|from|near|of|for|by|with|during|after|before|under|over|outside|inside|"
                    r"across|to|through|aboard|off|[a-z]+ed|[a-z]+ing)\b", s[mention.end:comma]):
            s = s[comma + 1:].lstrip()
    said_as = _WHAT_IT_WAS.match(s) if mention is not None else None
    if said_as and _FINITE.search(s[said_as.end():]) and len(s[said_as.end():].split()) > 4:
        # "On 15 September 1971, in what is usually counted as the founding act of Greenpeace, the
        # committee sent the Phyllis Cormack north": how the happening is counted, then the
        # happening; the row tells the happening (its kind and rank say what it counts as)
        s = cap_first(s[said_as.end():])
    framing = _FRAMING_OPENING.match(s) if mention is not None and len(s) > limits[0] else None
    if framing and mention.start >= framing.end() and not _FINITE.search(framing.group(0)) \
            and _FINITE.search(s[framing.end():]) and len(s[framing.end():].split()) > 4:
        # "With the consent of the Thai government, a team of about thirty commandos under
        # Lieutenant Colonel X stormed the aircraft before dawn on 31 March": a label too long
        # for its row loses the circumstance, not the verb
        s = cap_first(s[framing.end():])
        mention = _shift(mention, -framing.end())
    s = close_gaps(s)  # a removed link: "that , the former banker, had joined" -> "that the former banker had joined"
    shared = re.match(r"(?P<a>[^,;]+?\b(?:[a-z]{3,}ed|chose|named)),\s+and\s+[^,;]{3,80}?\b(?:[a-z]{3,}ed|chose|named),\s+"
                      r"(?P<obj>\S.*)$", s)
    if shared:
        # "the Central Committee nominated, and the National Executive Committee confirmed, X as
        # secretary-general": the first verb with the object both share
        s = f"{shared['a']} {shared['obj']}"
    s = re.sub(r"\s+,(?=\s)", "", s)
    # "On 18 October, the anniversary of the Mogadishu rescue, he handed command", "took over on 26
    # September 2014, the anniversary of the unit's founding": what the day was goes with its date
    s = _ANNIVERSARY_APPOSITION.sub("", s)
    s = _DISCOURSE.sub("", s)  # "For example, as of July 2022, RT had ...": the example is the event
    # "..., after which it ruled with two-thirds majorities": alone on its row, "after which" points
    # at nothing the row shows; what was done stands without it
    if re.match(r"(?i)(?:after|following|upon)\s+which,?\s+", s):
        s = cap_first(re.sub(r"(?i)^(?:after|following|upon)\s+which,?\s+", "", s))
    # ", born in 1967,": a birth is not the event; a further aside after it keeps its comma
    # (", born in Paris, Arkansas, in 1944,": a place and its region are the birth's)
    masked = _place_commas_masked(s)
    s = _BIRTH_ASIDE.sub(lambda m: ", " if m.group(0).endswith(",") and re.match(
        r"\s*(?:a|an|the|one|then|and|former|later)\b", masked[m.end():]) else "", masked).replace("\x1f", ",")
    said = _ACCORDING.match(s)
    s = _ACCORDING.sub("", s)
    # "returned once more, as honorary chairman, a post added for him": the role a verb is
    # done "as" belongs to the statement, though the article set it off with commas
    s = _AS_ROLE.sub(r" \g<as>", s)
    s = _APPOSITION.sub(r"\g<np> ", s)
    # 'the first series-built car, nicknamed "Jakob", drove out': the name it went by is an aside
    s = re.sub(r"(?<=\w)(,?)\s+(?:nicknamed|dubbed)\s+[\"“«][^\"”»,]{1,40}[\"”»](,?)(?=\s+[a-z])",
               lambda m: "," if m.group(1) and m.group(2) else "", s)
    if not _REPORTED_EARLIER.match(s):
        # "it became known that X had joined": the frame stays, for the row's date is the
        # day it was told, not the day X joined (round 63 read "11 Jun 2022: X had joined")
        s = _DUMMY_IT.sub("", s)
    cut = _lead_clause_cut(s, mention)
    if cut != s and s.endswith(cut) and _LEAD_CLAUSE.match(cut):
        # "During the War of the Spanish Succession, when the two countries were allies, a
        # brigade ... captured Gibraltar": a second opening after the first frames it too
        cut = _lead_clause_cut(cut, mention)
    s = cut
    dated_verb: int | None = None
    if (mention is None or mention.text.strip()) and (listed := _date_list_span(s, mention.text.strip() if mention else None)):
        # "conducted the general elections of 21 October 2019, of 20 September 2021 and of 28
        # April 2025": beside each of the dates the row tells what they share, not the others
        s = (s[:listed[0]] + s[listed[1]:]).strip()
        mention = None
    if mention is not None and mention.text.strip():
        # The label is always shown beside its date: "took office in September 2025" says it twice.
        # Only after the verb ("Banned from 1960 to 1990, it led ..." needs its dates), not
        # before one ("a decision adopted on 6 April replaced ..." needs them for its grammar),
        # never in a birth aside ("born in 1975").
        m = _date_after_preposition(s, mention.text.strip())
        if m and (began := _BEGAN_THEN.search(s, 0, m[0])) is not None:
            # "During the unrest that began in October 2019 the force's ...": the opening's time
            # goes with the words that gave it, not leaving "the unrest that began the force's"
            m = (began.start(), m[1]) if re.match(r",?\s+(?:the|its|a|an|(?-i:[A-Z]))\b", s[m[1]:]) else m
        if m and (of_year := _OF_YEAR.match(s, m[1])):
            m = (m[0], of_year.end())  # "on 1 October of the following year" goes whole
        if m and (more := re.match(r"(?:,\s+\d{4}\b)*,?\s+and\s+\d{4}\b(?!\s*[–—-])", s[m[1]:])):
            # "postponed his retirement three times, in 2013, 2015 and 2016": the row's year opens
            # a list of years, which goes whole beside it ("three times, 2015" had stayed)
            m = (m[0], m[1] + more.end())
        if m and re.match(r"\s+(?:and|or)\s+(?:again\s+)?(?:after|before|in|until|since|from|during)\s+(?:the\s+)?\d{4}\b",
                          s[m[1]:]):
            # "the Forest Brothers who resisted Soviet rule in 1941 and after 1944": a second time
            # joined to the row's keeps it (without it, "resisted Soviet rule and after 1944")
            m = None
        if m and _MEETING_OPENING.fullmatch(s[:m[0]].rstrip()) and re.match(
                r"\s+(?:the|a|an|its|their|(?-i:[A-Z]))\b", s[m[1]:]) and _FINITE.search(s[m[1]:]) \
                and len(s[m[1]:].split()) > 4:
            # "At a session in Moscow on 14 May 2002 the Collective Security Council decided to
            # give the treaty ...": a meeting that ends on the row's date, with no comma, only
            # frames the statement after it, which alone fits the row (a battle, an election or
            # an offensive names the occasion, and stays)
            s = cap_first(s[m[1]:].lstrip())
            m = None
        if m and _MEETING_OPENING.fullmatch(s[:m[0]].rstrip()) and re.match(r"\s*,\s*\S", s[m[1]:]) \
                and not s.startswith(",", m[0]):
            # "At the annual congress in Bilbao's Euskalduna Palace on 17 July 2024, Ucín handed
            # over to Pello Rodríguez": the meeting stays, its date (the row's) goes
            s = s[:m[0]].rstrip() + s[m[1]:]
            m = None
        if m and _OPENING.match(s[:m[0]]) and re.match(r"\s*,\s*\S", s[m[1]:]) and s.startswith(",", m[0]):
            # "In the first election under universal franchise, on 27 April 1994, the ANC won":
            # the date set off after the opening phrase goes, the phrase's comma stays
            s = s[:m[0]] + s[m[1]:]
            m = None
        if m and re.search(r"\sand$", s[:m[0]]) and _FINITE.search(s[:m[0]]) and _FINITE.match(s[m[1]:].lstrip()):
            # "chartered a fishing boat, renamed it Greenpeace and on 15 September 1971 sent it
            # towards Amchitka": the last verb of a series is the one its date tells; beside that
            # date the series reads whole without it ("... renamed it Greenpeace and sent it
            # towards Amchitka"), where a cut before "and on" had left out what the day was
            s = s[:m[0]] + s[m[1]:]
            dated_verb = m[0] + 1  # where the series' dated verb now begins (`_keeps_dated_verb`)
            m = None
        meaning = _DATE_MEANING.match(s, m[1]) if m else None
        if meaning and _FINITE.search(s[:m[0]]):
            # "ratified on 10 March 1831, the date the Legion treats as its founding" beside its
            # date: "ratified; the Legion treats this date as its founding" (rounds 57-61 read
            # "ratified on the date the Legion treats as its founding" as a loop); a meaning of
            # another shape: "... on the day that marks ..."
            held_as = _MEANING_CLAUSE.match(s[m[1]:].lstrip(" ,"))
            if held_as:
                s = f"{s[:m[0]]}; {held_as['who']} {held_as['verb']} this {held_as['noun'].lower()} as {held_as['what']}"
            else:
                prep = re.match(r"[,\s]+(\w+(?:\s+of)?)", s[m[0]:]).group(1)
                s = f"{s[:m[0]]} {prep} {s[m[1]:].lstrip(' ,')}"
            m = None
        if m and (opening := _EVENT_OPENING_DATE.fullmatch(s[:m[0]].rstrip())) is not None \
                and not s[m[1]:].lstrip().startswith(",") and not _FINITE.search(s[:m[0]]) \
                and re.match(r"\s*(?:the|its|their|a|an|[A-Z])", s[m[1]:]) and _FINITE.search(s[m[1]:]):
            # "At the outbreak of war in September 1939 the institute set up ...": the happening
            # the phrase names stays, its date (the row's) goes, and a comma closes the phrase
            s = opening.group("phrase") + ", " + s[m[1]:].lstrip()
            m = None
        if m and _FINITE.search(s[:m[0]]) and not re.search(r"\b(?:born|aged)$", s[:m[0]]) \
                and not (re.search(r"\bdied$", s[:m[0]]) and s[m[1]:].strip(" ,.;")) \
                and (not _FINITE.match(s[m[1]:].lstrip(" ,")) or re.match(r"\s*,\s*aged\s+\d", s[m[1]:])):
            # (", aged 47" after the date is no verb: "He took office on 1 July 2020, aged 47")
            # "led the unit until October 2014, when he was elected": "when" needs its date, so
            # the clause goes with it ("led the unit"), unless too little would be left
            # ("Johansen served"): then the date stays and the clause goes.
            when = re.match(r"\s*,\s*(?:when|after\s+which|by\s+which\s+time|by\s+when)\b.*$", s[m[1]:])
            held = re.search(r"\s+(?:held|signed|called|convened|staged|run|published|issued)$", s[:m[0]])
            if when is None and held and _OPENING.match(s[:m[0]]) and not s[m[1]:].lstrip().startswith(","):
                # "In a ballot held from 4 to 16 December 2021 Merz won": without its date the
                # participle holds nothing; the opening phrase ends before it
                s = s[:held.start()] + ", " + s[m[1]:].lstrip()
            elif when is None and (part := _SET_OFF_PARTICIPLE.search(s, 0, m[0])) is not None \
                    and part.end() == len(s[:m[0]].rstrip()) and s[m[1]:].lstrip().startswith(",") \
                    and (_VERBLESS_OPENING.fullmatch(s[:part.start()]) or _FINITE.search(s[:part.start()])
                         or _FINITE.match(s[m[1]:].lstrip()[1:].lstrip())):
                # "In the party's first contested leadership election, held in January 2017, the
                # former interior minister won", "awarded the Nobel Peace Prize for 1944, presented
                # in 1945, chiefly for ...", "Maersk Air Cargo, announced on 8 April 2022, flies
                # freighters": the participle set off with its date goes whole; after an opening
                # phrase the comma before the statement stays. (Not the verb itself: "Georgia's
                # president, Mikheil Saakashvili, announced in August 2008, during the war, that")
                # (and the comma that closes an aside before it: "X, a former director of the
                # FBI, published on 19 May 2021, found")
                rest = s[m[1]:].lstrip()[1:].lstrip()
                keep = _VERBLESS_OPENING.fullmatch(s[:part.start()]) or "," in s[:part.start()]
                s = s[:part.start()] + (", " if keep else " ") + rest
            elif when is None:
                # ("signed the agreement only on 11 June, five weeks later": "only" goes with the
                # date it stresses, and so does the time counted to it, set off after it)
                rest = re.sub(
                    r"(?i)^,\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+)\s+"
                    # (and "..., four years before he had to": a time measured to another, no part of the deed)
                    r"(?:days?|weeks?|months?|years?)\s+(?:(?:later|after\s+\w+)(?=\s*(?:[,.;]|$))|"
                    r"before\s+[^,;.]{1,40}?(?=\s*[.;]?\s*$))", "",
                    s[m[1]:])
                if s[m[0]:m[1]].startswith(",") and rest.startswith(",") and _ENDS_ON_DEED.search(s, 0, m[0]):
                    # "he proposed, on 6 April, a full partnership government": the date set off
                    # by commas goes with both
                    rest = " " + rest[1:].lstrip()
                s = re.sub(r"\s+(?:only|not\s+until)$", "", s[:m[0]]) + rest
            elif len(s[:m[0]].split()) >= 4:
                what = _TOOK_EFFECT.fullmatch(s[:m[0]].strip()) and re.match(
                    r"\s*,\s*when\s+(?P<what>(?:the|its|it)\b[^,;]{5,120}?\s(?:became|was|were|took|adopted|joined|"
                    r"merged|moved|changed)\b[^,;]{2,80})", s[m[1]:])
                # ("The change took effect on 1 January 2014, when the company became Airbus Group":
                # what took effect is what the clause after its date tells; "The change took
                # effect" alone leans on the sentence before)
                s = cap_first(what.group("what")) if what else s[:m[0]]
            else:
                s = s[:m[1]]
    if mention is not None and mention.text.strip() and mention.text.strip() in s:
        date = re.escape(mention.text.strip())
        # "In the election of 26 October 2024 the party won": the occasion, without its date
        # (each pattern below is built, and compiled, only where the words it needs are there:
        # its date makes it new for nearly every row)
        if s.startswith(("In", "At", "After")):
            s = re.sub(rf"^((?:In|At|After)\s+the\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+of\s+(?:the\s+)?{date}(?=\s)", r"\1,",
                       s, count=1)
        if s.startswith(("Under", "In", "At", "After", "By", "Following", "Through")) \
                and f" of {mention.text.strip()} " in s.replace(" of the ", " of "):
            # "Under a seven-point agreement of 1 November 2011 among the main parties, up to 6,500
            # former combatants could join the army" beside its date: the opening's noun phrase goes
            # on after the date ("among ..."), and reads whole without it
            s = re.sub(rf"^((?:Under|In|At|After|By|Following|Through)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
                       rf"[\w-]+)\s+of\s+(?:the\s+)?{date}(?=\s+(?:among|between|with|by|on|for|to|at|in|from)\s)",
                       r"\1", s, count=1)
        elif s.startswith(("A ", "An ")):
            # "A federal law of 1960 made Deutsche Welle a public-law institution" beside 1960: the
            # subject's own date is the row's, said again (not "The agreement of 2 September 1929
            # created ...": there the date says which agreement, and without it "The agreement"
            # leans on the sentence before)
            s = re.sub(rf"^((?:A|An)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+of\s+{date}"
                       rf"(?=\s+(?:[a-z]{{3,}}ed|made|gave|took|set|became|began|was|were)\b)", r"\1", s, count=1)
        # "A Council decision adopted on 6 April 2009 replaced the Convention": the subject's
        # own date, before its verb, is the one shown
        if _DATED_VERB.search(s):
            s = re.sub(rf"^([^,]{{3,60}}?)\s+(?:adopted|signed|issued|taken|made|agreed|announced)\s+(?:on|in)\s+"
                       rf"(?:the\s+)?{date}(?=\s+(?:[a-z]+ed|was|were|took|came|became|won|gave|made)\b)", r"\1", s,
                       count=1)
    if mention is not None and _BY_AGENT.search(s):
        for other in find_dates(s):
            if other.text.strip() and other.text.strip() != mention.text.strip():
                # "An ordinance signed by King Louis-Philippe on 9 March 1831 was ratified" beside
                # 10 March 1831: a date in the subject's participle phrase is another day's, and
                # beside the row's own date it reads as a second date of the same happening
                s = re.sub(rf"^([^,;]{{3,80}}?\b[a-z]+(?:ed|en)\s+by\s+[^,;]{{2,40}}?)\s+(?:on|in)\s+(?:the\s+)?"
                           rf"{re.escape(other.text.strip())}(?=\s+(?:was|were|is|are|has|had|became)\b)", r"\1", s,
                           count=1)
    if mention is not None and mention.text.strip() and len(s.split()) > 5:
        # "it was registered as a political party the following year, on 5 March" beside its
        # date: the time counted from the sentence before says it twice (after a date with its
        # own year, "the next year" is another time: "said in June 2008 that he would step down
        # after Easter of the next year" keeps when he would; "the same year" is still the row's)
        later = "following|next|" if not _YEAR_IN.search(mention.text) else ""
        s = re.sub(rf"(?i),?\s+(?:in\s+)?(?:the\s+)?(?:{later}same)\s+(?:year|month|week)(?=\s*[,.;]?\s*$)", "", s)

    # "reorganised into five Zones with effect from 1 January 2022" beside its date: "with effect"
    # alone says nothing ("with immediate effect" does)
    s = re.sub(r"\s+with\s+effect(?=\s*(?:[,;.]|$))", "", s)
    s = _unbracketed(s, subject)  # brackets: native names, abbreviations, asides
    s = re.sub(r"\s+([,.;:])", r"\1", s)
    # (a conjunction's comma whose pair went with the date between them: "served as prime minister
    # and, from 2005, as president" -> "and as president")
    s = re.sub(r"\b(and|but|or),\s+(?=[a-z][^,;]*$)", r"\1 ", s)
    s = s.strip(" ,;:")
    then = _THEN_AFTER_SUBJECT.match(s) if " then " in s else None
    if then and _FINITE.match(s, then.end()) and not _FINITE.search(then.group("subject")):
        # "The brigade then moved south", "Sigdel then took part in the talks": after the opening
        # subject, "then" counts from the sentence before, which the row does not show; the
        # row's date says when
        s = s[:then.start("then")] + s[then.end():]

    m = _PRONOUN.match(s) if not _DUMMY_IT.match(s) else None  # "It became known that": nobody's "it"
    if m:
        p = m.group("p").casefold()
        if (p == "it" and not _LAWS_IT.match(s)) or (p == "they" and they_is_subject):
            s = cap_first(subject.ref) + m.group("rest") + s[m.end():]
        elif p == "its" or (p == "their" and they_is_subject):
            s = f"{cap_first(subject.ref)}'s{m.group('rest')}{s[m.end():]}" if not subject.ref.endswith("s") else \
                f"{cap_first(subject.ref)}'{m.group('rest')}{s[m.end():]}"
        elif person and p in ("he", "she"):
            s = person + m.group("rest") + s[m.end():]
        elif person and p in ("his", "her") and not re.match(rf"\s+(?:[a-z-]+\s+){{1,2}}{re.escape(person)}\b(?![\s-]+[A-Z])",
                                                              m.group("rest") + s[m.end():]):
            # (not the one the clause names as the pronoun's: "His son Joseph Kabila succeeded him"
            # is no "Joseph Kabila's son"; "His son Lee Jae-yong" is Lee's, another Lee's son)
            s = f"{person}'s" + m.group("rest") + s[m.end():]
    elif person and (opening := _PHRASE_THEN_PRONOUN.match(s)):
        # "With several partners he set up the Badische Anilin- & Soda-Fabrik": the pronoun after
        # a short opening phrase is the clause's subject, named as at a label's start
        s = s[:opening.start("p")] + person + s[opening.end("p"):]
    if (kin := _KIN_APPOSITION.match(s)) is not None:
        # "His successor, Brock Long, announced his resignation" with no one "his" is known to
        # stand for: the one the aside names is the clause's subject, and a label that opened on
        # "His" named nobody
        s = f"{kin['name']} {kin['rest']}"
    # ("At its second conference, held in Caracas, it adopted its statute": a participle's aside
    # on the opening phrase is part of it)
    m = re.match(r"^([A-Z][^,]{2,60})(?:,\s+[a-z]{2,}(?:ed|en|ld|wn)\s+(?:in|at|on|by|near)\s+[^,]{2,40})?,\s+(it|its)\b", s) or \
        re.match(r"^((?:In|During|By|From|Since|After|Before|Until|Over)\s+(?:the\s+)?[^,]{2,30}?)\s+(it|its)\b(?=\s+[a-z])", s)
    if m and not _FINITE.search(m.group(1)):
        # "Worn down by the campaign, it was dissolved": the opening phrase has no subject of its
        # own, so "it" is the organisation, as at the start of a label
        name = subject.ref if m.group(2) == "it" else (
            f"{subject.ref}'" if subject.ref.endswith("s") else f"{subject.ref}'s")
        s = s[:m.start(2)] + name + s[m.end(2):]
    would = re.match(r"^([A-Z][^,]{0,60}?(?:,[^,]{3,90},)?)\s+would\s+(?=[a-z])", s)
    if would and not _FINITE.search(would.group(1)):
        # "Lundmark would step down" (from "announced that Lundmark would step down on 31
        # March"): on its own date the plan reads as one, not as a happening told in the past
        s = f"{would.group(1)} was due to " + s[would.end():]
    if s.endswith(".") and not s.endswith(".."):
        s = s[:-1]  # the sentence's full stop is no character of the label
    if mention is not None and mention.text.strip() and mention.text.strip() in s:
        # (each pattern below holds the row's day as written: a label without it matches none,
        # and the patterns made with a new day are compiled only for a label that has it)
        # "in a letter dated 10 October 2019 the United States withdrew its notice" beside 10
        # October 2019: the row's date, said again
        # (set off by commas, it goes with them: "The Act, dated 27 September 1950, provided";
        # not the verb's own "was dated", nor one a second participle joins, "dated ... and made
        # public on 13 November")
        day = re.escape(mention.text.strip())
        s = re.sub(rf",\s+dated\s+{day},(?=\s)", "", s, count=1)
        s = re.sub(rf"(?<!\bwas)(?<!\bwere)(?<!\bis)\s+dated\s+{day}(?![\w])(?!\s+and\s)", "", s, count=1)
        # the row's day said again where other rules kept it, as the label's clause has a verb
        # of its own without it: a participle in the subject ("A cyber attack detected on 1
        # September 2024 disrupted ..."), a setting ("At Pohnpei in September 2016 the Forum
        # admitted ..."), an opening's "of 1918" ("Under the German occupation of 1918 officers
        # ...")
        # (a participle right after the subject's noun, the main verb right after it: not "that
        # BASF received in 2024", a relative clause's own verb, nor "Wilson died in January 2019,
        # aged 54", the main verb itself; one set off by commas goes with them)
        # (only a verb of making a text or a finding known, whose day is the day of what it then
        # says or does: "raised in 1964" or "admitted in 2012" set off before a later verb dates
        # the raising, not the removal the label tells)
        again = re.search(rf"(?<=[a-z\d])(?P<open>,)?\s+(?:detected|published|released|issued|proposed|announced|"
                          rf"presented|unveiled|made\s+public)\s+(?:on|in)\s+{day}(?![\w])(?(open),)\s+"
                          rf"(?=[a-z]+(?:ed|ew|ook|ent|ame|old|ote)?\b)", s)
        if again and not _FINITE.search(s[:again.start()]) and _FINITE.match(s, again.end()) \
                and not re.search(r"\b(?:he|she|it|they|we|who|whom|that|which)\b", s[:again.start()]):
            s = f"{s[:again.start()]} {s[again.end():]}"
        again = re.match(rf"((?:At|In|Under|During|After|Before)\s+(?:the\s+)?[^,;]{{2,50}}?)(?:\s+(?:early|late))?\s+(?:in|on|of)\s+{day}"
                         rf"(?![\w]),?\s+(?=(?:the|its|their|a|an)\s|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*\s+[a-z])", s)
        if again and not _FINITE.search(again.group(1)) and _FINITE.search(s[again.end():]):
            s = f"{again.group(1)}, {s[again.end():]}"
    tenure = _TENURE_END.match(s) if mention is not None and re.search(
        r"\buntil\b[^,;]{0,25}$", " ".join(clause.split())[:mention.start]) else None
    if tenure and tenure.group("date") not in (None, mention.text.strip()):
        tenure = None
    if tenure:
        # "Jorma Ollila chaired the board until 2012" beside 2012 tells a term, whose end is the
        # row's happening (round 73: read as "a tenure dated as if it were an event"): "Jorma
        # Ollila's chairmanship of the board ended", "... ended with his death"
        who = tenure.group("who")
        end = f" with {tenure.group('end')}" if tenure.group("end") else ""
        s = f"{_possessive(who)} {_TENURE_NOUN[tenure.group('verb')]} of {tenure.group('obj')} ended{end}"
    held = _LIST_TERM.match(s)
    if held:
        # "Prince Charles – Colonel-in-Chief, since 1977": a list's line says what happened then
        verb = {"since": "became", "from": "became", "until": "left the post of", "till": "left the post of"}
        s = f"{held.group('name')} {verb[held.group('when').casefold()]} {held.group('role')}"
    if len(s) > limits[0]:
        s = _verb_list_tail(s, as_written, written_at)
    elliptic = _ELLIPTIC_ORDINAL.match(s)
    if elliptic:
        # "At the thirteenth, in Abu Dhabi in February 2024, members approved ...": "the
        # thirteenth" leans on the sentence before, and the row's date stands beside it
        s = f"{cap_first(elliptic.group('where'))}, {elliptic.group('rest')}"
    whole = s
    s = _shorten(s, *limits)
    if dated_verb is not None:
        s = _keeps_dated_verb(s, whole, dated_verb, limits)
    # ("left Ireland and, travelling with French forces, helped ...": an aside cut after "and"
    # leaves its opening comma)
    s = re.sub(r"\b(and|but|then),\s+(?=[a-z]{3,}(?:ed|ew|ook|ent|ame|eft|ost|ought)\b)", r"\1 ", s)
    # "X became Secretary General on 1 January 2007 and, because members could not agree,
    # stayed in office": a cut before the aside leaves its "and" with nothing to join
    s = _DANGLING_END.sub("", s.rstrip(" ,;:."))
    if _ABBREVIATION_END.search(s):
        s += "."  # "changed its legal name to Orlen S.A.": the sentence's stop was the abbreviation's
    # ("Pan Am flew the first scheduled 707 service, from New York to , in 1958": a name the
    # source lost to a removed link leaves its phrase without its end; the phrase goes)
    s = re.sub(r",\s+(?:from|to|between)\s[^,;]{1,60}?\s(?:to|and)$", "", s)
    # ("... had been established with effect from 1 March 1923, with the physicist ...": its date
    # is the row's, and a cut after it leaves "with effect" alone at the end)
    s = re.sub(r"\s+with\s+effect$", "", s)
    # ("NRC grew out of Europahjelpen, a national collection for the war-ravaged continent
    # started in the spring of 1946": a participle after its noun whose one complement was the
    # row's date is left ending the label, "... continent started", as if cut; it goes with
    # its date, when the label has a verb of its own before it)
    bare = _BARE_PARTICIPLE_END.search(s) if mention is not None and mention.text.strip() else None
    if bare is not None and bare.group("before").casefold() not in _NOT_A_NOUN \
            and not bare.group("before").casefold().endswith("ly") and _FINITE.search(s[:bare.start()]) \
            and re.search(rf"\b{re.escape(bare.group('verb'))}\s+(?:in|on|at|during|from|by)\s+[^,;.]{{0,25}}?"
                          rf"{re.escape(mention.text.strip())}", " ".join(clause.split())):
        s = s[:bare.start("verb")].rstrip(" ,")
    # ("created ... by a law that took effect on 1 May 1930, mainly to stop ...": the row's date
    # was the clause's, which says nothing without it)
    s = re.sub(r"(?<=\w)\s+(?:that|which)\s+(?:took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force)"
               r"(?=,|$)", "", s)
    # ("On 22 October 2025, the association's 48th anniversary, Carlotto turned 95": what the date
    # was, set off after it, goes with the date)
    marked = _DATE_WAS_ANNIVERSARY.match(s)
    if marked and len(s[marked.end():].split()) >= 3:
        s = s[marked.end():]
    # ("the African Union was formally inaugurated in the same city": the same as which, only the
    # sentence before says; the place it gives by that alone goes)
    if len(s.split()) > 6:
        s = _SAME_PLACE.sub("", s)
    s = _its_of_setting(s, as_written, subject)
    # ("An agreement published in April 2020, which took effect on 30 April, created a
    # Directorate": the participle that only carried the date says nothing once the date goes)
    bare = _DATE_ONLY_PARTICIPLE.match(s)
    if bare and re.search(rf"\b{re.escape(bare.group('p'))}\s+(?:in|on)\s+(?:early\s+|late\s+|mid-)?(?:\d|{_MONTH_WORD})",
                          as_written):
        s = bare.group(1) + " " + s[bare.end():]
    if said is not None:
        # "According to the company commander, they crossed ...": the row says whose word it is,
        # at its end, where it fits; a label that states a claim as fact says more than the article
        whose = " ".join(said.group(0).split()).rstrip(" ,")
        whose = whose[:1].lower() + whose[1:]
        if len(s) + len(whose) + 2 <= limits[1] and whose.casefold() not in s.casefold():
            s = f"{s}, {whose}"
    return cap_first(s)


# An opening "At the thirteenth," whose noun the sentence before gave, then where and when.
_ELLIPTIC_ORDINAL = re.compile(
    r"^(?:At|In|During)\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|next|last|latest),\s+"
    r"(?P<where>in\s+[A-Z][^,;]{1,40}?)(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)?\s*\d{4})?,\s+(?P<rest>\S.*)$")


# Someone's relation named by a pronoun, then the one so related set off by commas, then the
# verb: "His successor, Brock Long, announced ...", "Their presidents, Raúl Alfonsín and José
# Sarney, signed ..." (not "a ..." or "who ...": a second aside, whose verb is further on).
_KIN_APPOSITION = re.compile(r"^(?i:his|her|their)\s+(?:[a-z-]+\s+)?[a-z]+,\s+"
                             rf"(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?:(?-i:[A-Z])[\w'’.-]+|"
                             rf"{'|'.join(sorted(NAME_PARTICLES))}|and)){{1,7}}),\s+"
                             r"(?!(?:a|an|the|who|whose|which|whom|and|but)\b)(?P<rest>[a-z]\S*\s.*)$")


# A short opening phrase of company, place or time without a comma, then "he" or "she" and a verb.
_PHRASE_THEN_PRONOUN = re.compile(r"^(?:With|Together\s+with|In|At|From|Under|For|Within)\s+[^,;]{2,40}?\s+"
                                  r"(?P<p>he|she)\s+(?=[a-z]{2,})")


# A conjunction that ends a label joins it to nothing.
# What cannot open the next item of such a list: a direction or a phrase the verb before the
# aside governs ("north from Vancouver", "to Amchitka", "with a crew").
_NOT_AN_ITEM = re.compile(r"(?:north|south|east|west|back|home|abroad|ashore|overseas|up|down|away|out|"
                          r"to|from|into|onto|with|for|on|in|at|across|through|towards?)\b", re.I)
# A label ending on a participle of making or beginning after a word ("a collection started").
_BARE_PARTICIPLE_END = re.compile(r"\s(?P<before>[a-z][\w'’-]*)\s+(?P<verb>started|founded|set\s+up|established|"
                                  r"created|launched|formed|begun|opened|built|organi[sz]ed|introduced)$")
# Words before such a participle that make it a verb of the label's own ("was founded", "it
# launched"), not a participle after a noun.
_NOT_A_NOUN = frozenset({"was", "were", "been", "be", "being", "is", "are", "had", "has", "have", "it", "they",
                         "we", "he", "she", "who", "which", "that", "later", "then", "also", "first", "once",
                         "again", "never", "not", "just", "since", "soon", "and", "or", "but", "them", "him", "her"})
_DANGLING_END = re.compile(r"(?:[,;]?\s+(?:and|or|but|while|whereas|nor)\b)+$", re.I)
# A label that ends on an abbreviation written with its stops ("Orlen S.A", "Acme Inc", "John
# Smith Jr"), once the sentence's full stop, which was also the abbreviation's, is gone.
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){1,3}[A-Z]|\s(?:Inc|Ltd|Corp|Co|Jr|Sr|Bros))$")


# A person's term in an office, told by its end: "X chaired the board until 2012" (the date
# taken out beside it), "X led the company until his death".
_TENURE_END = re.compile(r"^(?P<who>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)\s+(?:later\s+|then\s+|also\s+)?"
                         r"(?P<verb>led|chaired|headed|commanded|directed)\s+(?P<obj>(?:the|its|his|her)\s+[^,;]{2,50}?)"
                         r"\s+until(?:\s+(?P<end>(?:his|her|their)\s+(?:death|retirement))|\s+(?P<date>[^,;]{4,30}))?$")
_TENURE_NOUN = {"led": "leadership", "chaired": "chairmanship", "headed": "leadership", "commanded": "command",
                "directed": "leadership"}


def _old_beside_new(label: str, subject: Subject) -> str:
    """The organisation's name in `label` as "the old Legion" where the label goes on to "a
    new Legion": "Worn down by the campaign, it was dissolved on 8 December 1838, and a new
    Legion raised in France took its place" tells of one formation ending and another of the
    same name taking its place, not of the French Foreign Legion ending (round 74, both
    reviewers: "the French Foreign Legion was dissolved" beside its unbroken history since
    1831). Only the name put for "it" before "a new ...", and only a noun of its own name."""
    new = re.search(r"\ba\s+new\s+([A-Za-z][\w-]+)", label)
    if new is None or new.group(1).casefold() not in subject.words | subject.generic:
        return label
    at = label.casefold().find(subject.ref.casefold(), 0, new.start())
    if at < 0:
        return label
    old = f"the old {new.group(1)}"
    return label[:at] + (cap_first(old) if at == 0 else old) + label[at + len(subject.ref):]


def _possessive(name: str) -> str:
    """"Jorma Ollila's", "Karl Rogers'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_LIST_TERM = re.compile(r"^(?P<name>[A-Z][^–—:,]{2,60}?)\s+[–—-]\s+(?P<role>[A-Z][^,;]{2,60}),\s+"
                        r"(?P<when>since|from|until|till)\s+\S.*$", re.I)


_COUNT = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _list_subject(s: str) -> str:
    """"A, B, C, D and E launched X" -> "A and four others launched X": a subject that lists
    three or more bodies keeps its first (the one the sentence is usually about) and a count,
    so the label reaches its verb instead of stopping in the middle of the list."""
    v = _FINITE.search(s)
    if v is None:
        return s
    head, rest = s[:v.start()].rstrip(), s[v.start():]
    # (with a comma before the last "and", the items are what the commas part: "Cumann na
    # nGaedheal, the Centre Party of Frank MacDermot and James Dillon, and the Guard" is three)
    if re.search(r",\s+and\s+", head):
        items = [x for x in re.split(r",\s+(?:and\s+)?", head) if x.strip()]
    else:
        *first, last = re.split(r",\s+", head)
        items = [x for x in [*first, *re.split(r"\s+and\s+", last, maxsplit=1)] if x.strip()]
    if len(items) < 3 or len(items) - 1 >= len(_COUNT) or "," not in head or not re.search(r"\band\s+\S+", head):
        return s
    if any(not re.match(r"(?:the\s+)?[A-Z]", x.strip()) for x in items):
        return s  # not a list of names ("Opponents in Vancouver, among them ...")
    described = [bool(re.match(r"(?i)the\s", x.strip()) and re.search(r"\s(?!(?:of|and|for|the|on|in)\b)[a-z]{3,}", x))
                 for x in items]
    if any(described):
        # "The United States trade representative, Robert Zoellick, and the European trade
        # commissioner, Pascal Lamy, were ...": two people, each with their post set off by
        # commas, not a list of four; the row names them, and their posts go
        if len(items) == 4 and described == [True, False, True, False]:
            return f"{items[1].strip(' ,')} and {items[3].strip(' ,')} {rest}"
        return s
    return f"{items[0].strip()} and {_COUNT[len(items) - 1]} others {rest}"


# A list of three or more names after a preposition ("with the French national financial
# prosecutor, the British Serious Fraud Office and the United States Department of Justice"):
# each item a run of capitalised words ("of", "for" ... between them), or "the", a capitalised
# word and a few more ("the Belarusian activist Ales Bialiatski"); the last a run of names only
# (the words after it are the sentence's: "... Department of Justice | over bribes").
_NAME_ITEM = (r"(?:the\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?!and\b)[\w'’.-]+){0,5}|"
              r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?:of|for|on|the|de|du|des|del)\s+)?(?-i:[A-Z])[\w'’.-]*)*)")
_LAST_NAME_ITEM = r"(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?:of|for|on|the|de|du|des|del)\s+)?(?-i:[A-Z])[\w'’.-]*)*"
_OBJECT_LIST = re.compile(rf"\b(?:to|with|by|between|among|against|from)\s+(?P<first>{_NAME_ITEM}),\s+"
                          rf"(?P<middle>(?:{_NAME_ITEM},\s+)*){_NAME_ITEM}\s+and\s+{_LAST_NAME_ITEM}(?![\w'’-])")
# "its 45th anniversary, ": what the row's date was, set off after it.
_DATE_WAS_ANNIVERSARY = re.compile(
    r"(?i)(?:its|their|the\s+[\w'’ -]{1,40}?['’]s|(?-i:[A-Z])[\w'’ -]{1,40}?['’]s|the)\s+"
    r"(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+(?:anniversary|birthday)\s*,\s+(?=\S)")
# "in the same city": a place only the sentence before gives.
_SAME_PLACE = re.compile(r"\s+(?:in|at)\s+the\s+same\s+(?:city|town|place|venue|building|hall|square|stadium)(?=,|$)")
# "Sixteen days later, on 26 June 1945, ...": a time counted from the sentence before, then the
# row's own date.
_LATER_ON_DATE = re.compile(r"\s*(?:[\w-]+\s+){1,3}(?:later|earlier|afterwards?|before),\s+(?=(?:on|in|by)\s)", re.I)
# A verb whose object is asked to do what "to" brings ("invited the chairperson ..., to take a
# seat at the table"): a cut before the "to" loses what the row is about, so a label that fits
# whole within the longer limit is not cut there (one that does not is cut as before: a cut
# still earlier loses more).
_TO_WHAT = re.compile(r"\b(?:invited|asked|urged|allowed|forced|persuaded|encouraged|ordered|permitted|called\s+on|"
                      r"enabled|required|obliged|authori[sz]ed|instructed)\s+(?!to\b)[^;]{2,120}$")
_TO_NEXT = re.compile(r",?\s+to\s+(?!(?:the|a|an|its|his|her|their)\b)[a-z]+")
# A series of verbs after a modal or "to", whose last comes after "and" ("so that the government
# can close crossing points, concentrate asylum applications at chosen crossings | and build
# barriers"): a cut before that "and" leaves the series a verb short, as if whole.
_VERB_SERIES_BEFORE = re.compile(r"\b(?:can|could|may|might|will|would|shall|should|must|to)\s+(?:[a-z]+ly\s+)?"
                                 r"[a-z]{3,}\b[^,;]{2,80},\s+(?!(?:the|a|an|its|his|her|their|which|who|and|but)\b)"
                                 r"[a-z]{3,}\b[^,;]{2,80}$")
_AND_BARE_VERB = re.compile(r"\s+and\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|then|also)\b)[a-z]{3,}\s")
# A participle set off after a comma, before the preposition of a list: the list is not its
# object ("the Tsukuba Space Center, opened by NASDA in 1972, the Tanegashima Space Center and
# ...": the centres are listed, not who opened them).
_ASIDE_PARTICIPLE_END = re.compile(r",\s+[a-z]+(?:ed|en|wn|un)\s+$")
# The count `_list_object` puts in a list's place, which no cut parts from its first name.
_OTHERS_NEXT = re.compile(r"\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+others\b")


def _list_object(s: str, hi: int) -> str:
    """"awarded the prize jointly to A, B and C" -> "awarded the prize jointly to A and two
    others", for a label too long to be whole whose list ends past `hi`, the longest a label
    may be: the cut stopped before the list ("the Nobel Peace Prize jointly") or had fallen inside
    it and left it a name or two short as if whole ("Airbus reached agreements with the French
    national financial prosecutor, the British Serious Fraud Office", of three). The first
    name stays, as in `_list_subject`, and the count says that the list goes on. (A cut
    inside such a list is not made at all, `_in_list`.)"""
    m = next((m for m in _OBJECT_LIST.finditer(s) if not _ASIDE_PARTICIPLE_END.search(s, 0, m.start())), None)
    if m is None or m.end() <= hi:
        return s
    items = 3 + len(re.findall(r",\s+", m.group("middle")))
    if items - 1 >= len(_COUNT):
        return s
    return s[:m.start("first")] + f"{m.group('first').strip()} and {_COUNT[items - 1]} others" + s[m.end():]


def _in_list(s: str, pos: int) -> bool:
    """Whether a cut at `pos` falls inside a list of names after a preposition (`_OBJECT_LIST`)
    or parts a name from the count that stands for the rest of one (`_list_object`)."""
    return bool(_OTHERS_NEXT.match(s, pos)) or any(
        m.start("first") < pos < m.end() for m in _OBJECT_LIST.finditer(s)
        if not _ASIDE_PARTICIPLE_END.search(s, 0, m.start()))


# "An ordinance signed by King Louis-Philippe on 9 March 1831 was ratified": who made the
# subject is an aside to what happened to it, the first thing to go when the label is too long.
_SUBJECT_PASSIVE = re.compile(r"^(?P<np>(?:[Aa]n?|[Tt]he)\s+[^,]{2,40}?)\s+[a-z]{3,}(?:ed|en)\s+by\s+[^,]{3,70}?"
                              r"(?=\s+(?:was|were)\s)")
_SUBJECT_PARTICIPLE = re.compile(r"^(?P<np>(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|\d+)\s+[^,]{2,50}?)"
                                 # (a participle that does something, not one of the words in -ing that
                                 # describe a noun: "the four founding states", "the ruling party")
                                 r"\s+(?!(?:founding|leading|ruling|governing|existing|remaining|incoming|outgoing|"
                                 r"sitting|acting|standing|neighbou?ring|opposing|competing|reigning|serving|working|"
                                 r"visiting|rising|growing)\b)[a-z]{3,}ing\s+[^,]{3,80}?(?=\s+(?:[a-z]{3,}ed|sank|fell|"
                                 r"was|were|went|came|struck|hit|blew|broke|held|gave|made|took|met|led|set|shot|began|"
                                 r"won|lost|left|told|sent|brought|fought|flew)\b)")


# The same phrase set off by commas: "The Supreme Court, settling a dispute over the merged
# party's name, restored the UML and the Maoist Centre as separate parties".
_SUBJECT_PARTICIPLE_ASIDE = re.compile(
    r"^(?:(?P<np>(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|\d+)\s+[^,]{2,50}?),\s+"
    r"(?!(?:founding|leading|ruling|governing|existing|remaining|incoming|outgoing|sitting|acting|standing|"
    r"neighbou?ring|opposing|competing|reigning|serving|working|visiting|rising|growing)\b)[a-z]{3,}ing\s+[^,;]{3,100}?,"
    # ("A joint national conference of TANU and the ASP, held in Dar es Salaam on 21 January 1977,
    # resolved unanimously to dissolve both parties": where and when it sat, its date beside the row;
    # only in `_shortened`, for a label too long)
    r"|(?P<np2>(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|\d+)\s+[^,]{2,80}?),\s+"
    r"(?:held|convened|staged|[a-z]{3,}ed)\s+(?:in|at|on|near)\s+[^,;]{3,100}?,)"
    r"(?=\s+(?:[a-z]{3,}ed|sank|fell|was|were|went|came|struck|hit|blew|broke|held|gave|made|took|met|led|set|shot|"
    r"began|won|lost|left|told|sent|brought|fought|flew)\b)")


def _without_subject_participle(s: str) -> str:
    """`s` without the participle phrase that describes its subject (`_SUBJECT_PARTICIPLE`,
    `_SUBJECT_PARTICIPLE_ASIDE`), when what comes before it is a subject and not already a
    clause with its verb ("The company's shares began trading on Nasdaq Stockholm after an
    offering that raised ...": the -ing word there is what the shares began, and "began raised"
    is no English)."""
    m = _SUBJECT_PARTICIPLE.match(s) or _SUBJECT_PARTICIPLE_ASIDE.match(s)
    if m is None or m.group("np") is None or _FINITE.search(m.group("np")):
        return s  # (a "held in ..." aside goes only from a label too long, `_shortened`)
    return m.group("np") + s[m.end():]


# Words in -ed that are no verbs, which `_FINITE` takes for one: "several hundred asylum seekers".
_NOT_VERBS_IN_ED = re.compile(r"\b(?:hundred|kindred|sacred|naked|wicked|rugged|ragged|(?:s|n|sp|br|cr|gr|d|f)eed)s?\b", re.I)


def _without_subject_aside(s: str) -> str:
    """`s` without the aside on its subject (`_SUBJECT_ASIDE`), to the first comma after which a
    finite verb follows that is no passive participle ("..., led by X"), within 160 characters;
    when the subject before it has no verb of its own and the aside holds no date (a date there
    may be the row's, and says when) and no bracket, quote or semicolon."""
    m = _SUBJECT_ASIDE.match(s)
    if m is None or _FINITE.search(_NOT_VERBS_IN_ED.sub("", m.group("np"))):
        return s
    for comma in re.finditer(r",\s+", s[:m.end() + 160]):
        if comma.start() < m.end():
            continue
        aside = s[m.end("np"):comma.start()]
        if re.search(r"[;()\"“”]", aside) or find_dates(aside):
            return s
        if _FINITE.match(s, comma.end()) and not re.match(r"\S+\s+by\b", s[comma.end():]):
            return f"{m.group('np')} {s[comma.end():]}"
    return s


def _quoted_first(s: str, limit: int) -> str | None:
    """"X said: "A. B. C."" -> 'X said: "A."' when that fits: a speech keeps its first sentence."""
    m = _QUOTE_OPEN.search(s)
    if not m or not _FINITE.search(s[:m.start()]):
        return None
    close = _QUOTE_CLOSE[m.group(1)]
    ends = [m.end() + e.end() for e in re.finditer(r"[.!?](?=\s|$)", s[m.end():])]
    ends = [e for e in ends if e < len(s) and not s[m.end():e].count(close) and e + 1 <= limit]
    return s[:ends[-1]] + close if ends else None


# "unless rental housing, the teaching of programming and the taxation of stock options
# improved": a condition still naming what it is about, whose commas are its list's, not an aside's
_OPEN_CONDITION = re.compile(r"\b(?:unless|if|because|although|though)\s+[^,;]*$", re.I)
# ("The chairmen of six unions, those of Kheda, Mehsana and Surat, therefore set up ...": which
# ones, before the verb, an adverb before it or not)
# (a verb in -ed with a preposition after it is a participle of another aside: ", such as
# Wikimedia Deutschland, founded in Berlin in June 2004 ..., are")
# A phrase set off after a conjunction, its verb still to come: "... and, apart from a short crisis".
_AND_ASIDE_OPEN = re.compile(r"\b(?:and|but|or),\s+[^,;]{2,80}$")
_EXAMPLES_ASIDE = re.compile(r",\s+(?:among\s+(?:them|whom)|including|such\s+as|those\s+of)\s+[^;.()]{2,120}?,\s+"
                             r"(?=(?:(?:therefore|then|also|jointly|together|soon|later)\s+)?"
                             r"(?:(?:was|were|is|are|has|had|have|set|made|took|met|became)\s|"
                             r"[a-z]+ed\s+(?!(?:in|at|on|by|as|from|to|for|with|under|after)\b)))")


# An aside on a bare subject, before its verb, that says which of them or where they came from:
# "about 1,700 asylum seekers, most of them Afghans and Indians who had lived in Russia for some
# time, crossed into Lapland", "several hundred asylum seekers without visas, from countries
# including Syria, Somalia and Yemen, arrived at the crossings". A label too long for its row
# keeps the subject and its verb; a cut at the aside's first comma had left the subject alone.
# (Not a second subject of a list, "Eighteen European countries, the United States and Canada
# signed": that stretch opens on a noun, not on "most of them" or a preposition.)
_SUBJECT_ASIDE = re.compile(r"^(?P<np>(?:[^,;()]|,(?=\d)){3,80}?),\s+(?:(?:most|many|some|all|several|both|few|half|none|each|"
                            r"one|two|three|four)\s+of\s+(?:them|whom|these|those)\b|"
                            r"(?:from|among|including|mostly|mainly|largely|chiefly)\s)")


# What someone was named as, after the names: "the police named two deputy chairmen, A and B, |
# as suspects" reads as their appointment without it.
_AS_COMPLEMENT = re.compile(r",?\s+as\s+(?:the\s+|an?\s+)?[a-z]")
_NAMES_AS = re.compile(r"\b(?:named|designated|declared|listed|identified|branded|charged|classed|classified)\b")
_FULL_NAME_ROOM = 15
_NAMED_AS_ASIDE = re.compile(r"(?P<head>\b(?:named|appointed|chose|elected|picked|designated)\s+(?:[A-Z][\w'’.-]*\s*){1,5}),\s+"
                             r"[^;]{2,120}?,\s+(?P<as>as\s+(?:the\s+|its\s+|their\s+|an?\s+)?[a-z])")


# A setting a label opens on, set off by a comma: "At a special session of the General Assembly
# in Washington, ...".
_SETTING_OPENING = re.compile(r"^(?P<phrase>(?i:at|during|following|after|before|in|on|with)\s+[^,;]{3,90}),"
                              # (and a participle on it: "at its second congress, held in Paris,")
                              r"(?:\s+(?:[a-z]+ed|held|made|set|built|run|won|given|taken|chosen)\b[^,;]{0,60},)?\s+(?=\S)")


def _shorten(s: str, lo: int = _LABEL_MAX, hi: int = _LABEL_LONG) -> str:
    """`_shortened`, and when that keeps no verb ("At a special session of the General Assembly in
    Washington, Albert Ramdin, Suriname's foreign minister and a former assistant"), the same
    without the setting the label opens on, when that keeps one: who did what says more than
    where."""
    out = _shortened(s, lo, hi)
    opening = _SETTING_OPENING.match(s) if out != s else None
    # (a cut within the setting keeps none of the clause, though a participle there reads as a
    # verb: "At its second congress, held in Paris")
    if opening is not None and (not _FINITE.search(out) or len(out.rstrip(" ,")) <= opening.end()
                                and not _FINITE.search(opening.group("phrase"))) \
            and _FINITE.search(s[opening.end():]):
        start = opening.end()
        if re.match(r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}(?-i:[A-Z])[\w'’.-]*,?\s+and\s", s[start:]):
            # ("On the proposal of the defence minister, Hanno Pevkur, and the commander ...,
            # General Martin Herem, the government appointed ...": the setting's own list runs
            # on; the clause opens on the subject before the first verb past it)
            main = re.search(r",\s+(?=(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:[a-z]+ed|took|made|gave|"
                             r"chose|named|met|won|became)\b)", s[start:])
            start = start + main.end() if main else len(s)
        alt = _shortened(cap_first(s[start:]), lo, hi) if start < len(s) else ""
        if _FINITE.search(alt):
            return alt
    return out



# An opening phrase naming a happening, its date to follow: "At the outbreak of war in".
_EVENT_OPENING_DATE = re.compile(r"(?P<phrase>(?:At|On|After|During|Upon|With|Following|Before)\s+(?:the|its|their)\s+"
                                 r"[a-z][^,;]{2,50}?)$")
# A participle set off by a comma, its date to follow: ", held", ", presented".
_SET_OFF_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ed|held|made|run|won|given|taken|shown|built|signed)(?:\s+(?:in|on))?$")
# An opening phrase, and a participle phrase after it: "At the meeting, held online".
_VERBLESS_OPENING = re.compile(r"(?:At|In|On|During|After|Before|Following|Under|By)\s+[^,;]{2,60}?"
                               r"(?:,\s+(?:[a-z]+ed|held|made|set|built|run|won|given|taken|chosen)\b[^,;]{0,60})?")
# A stretch set off by commas that opens on a subject and its verb: "the shareholders elected".
_MAIN_AFTER_OPENING = re.compile(r",\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:[a-z]+ed|was|were|had|took|"
                                 r"made|gave|won|lost|chose|became|began|held|met|set|put|sold|bought)\b")


# "the first strike" and the time it is first since: a superlative cut from "since 2008" (or
# "in 40 years") claims more than the text (Boeing's row had read "..., the first strike").
_FIRST_OF = re.compile(r",\s+the\s+(?:first|last|largest|biggest|worst|only|highest|lowest)\b[^,;]{0,40}$")
_SINCE_AFTER = re.compile(r"[^,;]{0,40}?\b(?:since\s|in\s+(?:\w+\s+)?(?:years|decades|a\s+century))")


# What was reported of a subject described by a participle with its agent ("reported that park
# rangers funded | and equipped by WWF ... had been accused"): the "-ed" word before the cut is
# the participle, the clause's verb is still to come (`_shortened`).
_THAT_SUBJECT_PARTICIPLE = re.compile(r"\bthat\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){1,3}[a-z]{3,}ed$")
_BY_AGENT_NEXT = re.compile(r"\s+(?:and\s+[a-z]{3,}ed\s+)?by\s")
# A relative clause after an aside ("..., which closed the Greek-language service"): its verb
# is its own, not the verb of the clause the aside sits in (`_shortened`).
_RELATIVE_AFTER = re.compile(r",?\s+(?:which|who|whom|whose)\b[^,;]*")
# A verb of choosing whose object has not reached a name yet ("the Broadcasting Council elected
# the journalist | and former member of the Bundestag Dieter Weirich"), and a name before the
# next comma after a cut: the cut would leave out whom (`_shortened`).
_CHOSEN_NOT_YET_NAMED = re.compile(r"\b(?:elected|appointed|named|chose|picked|nominated|hired)\s+"
                                   r"(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,6}[a-z][\w'’-]*$")
_NAME_FOLLOWS = re.compile(r"[^,;]*?\b[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+")


# A noun phrase, a participle left bare by the date that went with it, and the clause's own verb:
# "An agreement published created a Directorate" (`make_label`).
_DATE_ONLY_PARTICIPLE = re.compile(r"^((?:An?|The)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\s+(?P<p>[a-z]{3,}ed)\s+"
                                   r"(?=(?:[a-z]{3,}ed|took|made|gave|set|became|began|won|brought|put|split)\s+"
                                   r"(?:a|an|the|its|their|\d)\b)")
_MONTH_WORD = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A noun phrase and the participle that says what was done to it, with nothing after: "An
# agreement published" (its date gone), "The decree signed" (`_shortened`).
_NOUN_PARTICIPLE = re.compile(r"(?:An?|The)\s+(?:[a-z][\w'’-]*\s+){1,3}[a-z]{3,}ed")


def _shortened(s: str, lo: int = _LABEL_MAX, hi: int = _LABEL_LONG) -> str:
    """A label of at most `lo` characters (`_LABEL_MAX`) when a clean cut allows, else `hi`
    (`_LABEL_LONG`); a statement for a bullet takes longer limits.

    In order: asides between commas go ("X, a board member and former head of Y, was named"
    -> "X was named"); a quote keeps its first sentence; then a cut at the last clause boundary
    that fits, then at a phrase boundary, never inside a name or a list of names, never inside
    a date or quotes, never right after "said"; last, a cut between words."""
    if len(s) <= lo:
        return s
    # "a committee of 51 prominent Americans, among them intellectuals, artists and clergy, was
    # founded": a list of examples set off before the verb is an aside, commas and all
    s = _EXAMPLES_ASIDE.sub(" ", s)
    s = _without_subject_aside(s)
    # "The Supreme Court, settling a dispute over the merged party's name, restored the UML and
    # the Maoist Centre as separate parties": a participle phrase set off after the subject says
    # how or why; the statement reads whole without it, and a cut had left "restored the UML"
    aside = _SUBJECT_PARTICIPLE_ASIDE.match(s)
    if aside and not _FINITE.search(aside.group("np") or aside.group("np2")):
        s = (aside.group("np") or aside.group("np2")) + s[aside.end():]
        if len(s) <= lo:
            return s
    # "The leaders named Abdullah Bishara, who had been Kuwait's ambassador to the United Nations,
    # as the first secretary-general": what the person was goes, what they were named stays
    # (if the label then still names whom and as what: else the cut is made as before)
    named = _NAMED_AS_ASIDE.search(s)
    if named:
        alt = _shorten(s[:named.start()] + named.group("head") + " " + s[named.start("as"):], lo, hi)
        # (with room for a surname written out in full afterwards, `with_full_name`)
        if named.start() + len(named.group("head")) + 4 <= len(alt) <= min(hi, _LABEL_LONG) - _FULL_NAME_ROOM:
            return alt
    # "commanded that the body be known from then on as the Royal Institute of International
    # Affairs": beside its date, "from then on" says nothing the row does not, and a cut there
    # had left "be known" without the name
    s = re.sub(r"\s+(?:from\s+then\s+on|from\s+that\s+(?:day|time)\s+on|henceforth)(?=\s+as\s)", "", s)
    # "told a conference that, within its mandate, the ECB was ready": a phrase set off at the
    # start of what was told qualifies it; the statement reads whole without it
    s = re.sub(r"\bthat,\s+(?:within|in|under|for|at|by|with)\s[^,;\"“”]{2,40},\s+(?=\S)", "that ", s)
    while len(s) > lo:
        # after an opening phrase ("On the night of 11 June, the 3rd Battalion fought ...") the
        # comma closes the phrase and what follows is the statement, not an aside
        # a relative clause is an aside only when the statement's verb follows it ("X, who left
        # Russia, had joined"); "Goslar, which elected Adenauer, already chancellor, as ..." runs on
        # ("Eighteen European countries, the United States and Canada signed the Convention ...,
        # turning ...": a stretch holding the only verb after a bare subject is the statement
        # itself, the rest of a list of subjects, not an aside)
        # (nor is the comma of a list of names: "jointly to X, the Lithuanian diver Y and the Z, in
        # a ceremony", `_in_list`)
        m = next((a for a in _ASIDE.finditer(s) if _is_aside(a.group(0)) and not _OPENING.match(s[:a.start()])
                  and not _in_list(s, a.start())
                  and (_relative_aside(a.group(0)) or not _OPEN_CONDITION.search(s[:a.start()]))
                  and (not _relative_aside(a.group(0)) or (_FINITE.match(s, a.end())
                                                            # ("adopted the Programme, which gave up X, accepted Y
                                                            # and ...": the verb after it is the clause's own)
                                                            and not (re.match(r",\s+which\b", a.group(0)) and _FINITE.search(
                                                                re.split(r"\b(?:that|when|until|whether|because|if|as|while|"
                                                                         r"after|before|since)\s", s[:a.start()].split(",")[0])[-1])
                                                                     # ("An agreement published, which took effect on
                                                                     # 30 April, created ...": a participle, no verb)
                                                                     and not _NOUN_PARTICIPLE.fullmatch(s[:a.start()]))))
                  and (_relative_aside(a.group(0)) or not _FINITE.search(a.group(0)) or _FINITE.search(s[:a.start()])
                       or _FINITE.search(_RELATIVE_AFTER.sub("", s[a.end():])))
                  # ("At the meeting, held online, the shareholders elected Sørensen chair, so
                  # that ... now presided": a stretch with a verb after a verbless opening is the
                  # statement itself, though a clause with a verb follows it)
                  and (_relative_aside(a.group(0)) or not _FINITE.search(a.group(0))
                       or not _VERBLESS_OPENING.fullmatch(s[:a.start()]) or not _MAIN_AFTER_OPENING.match(a.group(0)))), None)
        if m is None:
            break
        rest = re.match(r"[^,;.]{1,60}?\sand\s", s[m.end():])
        if rest and re.match(r",\s+(?:a|an)\s", m.group(0)) and not _FINITE.search(rest.group(0)) \
                and _FINITE.search(s[:m.start()]) and not _NOT_AN_ITEM.match(rest.group(0)):
            # "launched his farine lactée, a mixture of cow's milk, wheat flour and sugar for
            # infants": the comma is the list's, and the description runs to the end; not when
            # what follows the comma is no item but a phrase of the verb before the aside ("sent
            # the Phyllis Cormack, a chartered fishing boat renamed Greenpeace, north from
            # Vancouver with a crew of activists and journalists": the comma closes the aside)
            s = s[:m.start()]
            continue
        described = _POSSESSIVE_END.search(s, 0, m.start())
        named = _NAMED_ASIDE.fullmatch(m.group(0))
        if described and named:
            # "Idestam and his friend, the statesman Leo Mechelin, turned": the aside's name
            # stands for the description, which alone names nobody ("Idestam and his friend
            # turned the firm into a share company", round 69)
            s = s[:described.start()] + named.group("name") + " " + s[m.end():]
            continue
        # "chartered a fishing boat, the Phyllis Cormack, renamed it": after a verb, the aside
        # sits in a list of verbs whose comma stays; after a bare subject it goes with the aside.
        # (the verb of the stretch the aside ends, not one of an opening clause before a comma:
        # "After the board dismissed Ben Jealous, Loren Blackford, a former president, led it")
        verb_list = not _relative_aside(m.group(0)) and \
            _FINITE.search(re.sub(r"\w+-\w+|\b(?:led|[a-z]+ed)\s+by\b", "", s[:m.start()].rsplit(", ", 1)[-1])) \
            and _FINITE.match(s, m.end()) and not _AUX.match(s, m.end())  # ("six militants led by X": no verb yet)
        s = s[:m.start()] + (", " if verb_list else " ") + s[m.end():]
    if len(s) <= lo:
        return s
    if len(s) <= hi and _PUNISHED_FOR.search(s):
        # "Nikolay Okhlopkov was arrested because the authorities accused him of 'wanting to join
        # the Legion'": a punishment without its reason reads as the organisation's own member's
        return s
    if len(s) <= hi and _MEANING_SAID.search(s):
        # "... was ratified; the Legion treats this date as its founding": what the row's date
        # means to the organisation is the reason the row is there, not a clause to cut
        return s
    if len(s) <= hi and _DISPUTED.search(s):
        # "declared the winner with about 54 percent of the vote, a result the opposition refused
        # to accept": the article's own doubt goes with the claim or the row says more than it
        return s
    if _DATE_MEANING.search(s):
        whole = s if len(s) <= hi else _SUBJECT_PASSIVE.sub(r"\g<np>", _without_subject_participle(s), count=1)
        if len(whole) <= hi:
            return whole
    if hi >= _STATEMENT_LIMITS[1] and _AMOUNT.search(s) and len(s) <= _AMOUNT_LIMIT:
        # "settled investigations into violations of the Foreign Corrupt Practices Act, |
        # agreeing to pay more than one billion dollars": the sum is the news, and a bullet
        # that has room for two lines has it for three
        return s
    if _CONDITION.search(s) and len(s) <= _STATEMENT_LIMITS[1]:
        # "can be imprisoned for up to 20 years | if they defect to the enemy": a cut before
        # the condition says something else, so a conditional statement stays whole.
        return s
    if len(s) > hi:
        s = _list_subject(s)
    if len(s) > hi:
        s = _list_object(s, hi)
    if len(s) > hi:
        # "An Embraer business jet flying from Moscow to Saint Petersburg crashed ...": the
        # participle that describes the subject goes before what happened is cut
        s = _without_subject_participle(s)
    quoted = _quoted_first(s, hi)
    if quoted is not None:
        return quoted
    spans = [(m.start, m.end) for m in find_dates(s)]

    def ok(pos: int) -> bool:
        return not inside_quotes(s[:pos]) and not any(a < pos < b for a, b in spans) \
            and not _SAID_END.search(s[:pos]) \
            and not (_IN_NAMES.search(s[:pos]) and (_NAME_NEXT.match(s, pos) or _LIST_NEXT.match(s, pos))) \
            and not _in_list(s, pos) \
            and not (_AND_BARE_VERB.match(s, pos) and _VERB_SERIES_BEFORE.search(s[:pos])) \
            and not (len(s) <= hi and _TO_NEXT.match(s, pos) and _TO_WHAT.search(s[:pos])) \
            and not _open_relative(s[:pos]) and not _open_that(s[:pos]) and not _open_conjunct(s[:pos], s[pos:]) \
            and not _open_subordinate(s[:pos]) and not _open_pair(s[:pos], s[pos:]) \
            and not (_INDEFINITE_END.search(s[:pos]) and _DEFINES.match(s, pos)) \
            and not ((_OPENING.match(s[:pos]) or _VERBLESS_OPENING.fullmatch(s[:pos])) and _MAIN_AFTER.match(s, pos)) \
            and not (_AS_COMPLEMENT.match(s, pos) and _NAMES_AS.search(s[:pos])) \
            and not (_FIRST_OF.search(s[:pos]) and _SINCE_AFTER.match(s, pos)) \
            and not _AND_ASIDE_OPEN.search(s[:pos]) \
            and not (_FAILED.search(s[:pos]) and re.match(r",\s+but\s", s[pos:])) \
            and not (_SAYING_THAT_OPEN.search(s[:pos]) and _PAIR_THEN_VERB.match(s, pos)) \
            and not (_CHOSEN_NOT_YET_NAMED.search(s[:pos]) and _NAME_FOLLOWS.match(s, pos)) \
            and not (_THAT_SUBJECT_PARTICIPLE.search(s[:pos]) and _BY_AGENT_NEXT.match(s, pos)) \
            and not _FUNCTION_WORD_END.search(s[:pos])  # "In the first election held under X, | the ANC won"
    # (`_AND_ASIDE_OPEN`: "became prime minister and, apart from a short crisis in 1936, | governed
    # ...": a phrase set off after "and" waits for the verb it comes before; `_FAILED`: "failed to
    # win a majority in the first ballot, | but he was elected": an attempt without what came of
    # it says the opposite of what happened; `_SAYING_THAT_OPEN`: "ruled that the German
    # government | and parliament had failed": one of the pair the ruling is about, verbless)

    # The last boundary that fits keeps the most, except after a trailing participle ("... a
    # terrorist group meaning citizens who join can face ..."): that phrase runs on to the
    # sentence's end, so a later cut would leave it half said and the cut goes before it.
    # A label keeps its verb ("An Embraer business jet flying from Moscow" says nothing): a
    # boundary that leaves none is skipped, and when every one within the limit would, the
    # limit is raised to hi before a word cut.
    # A clean cut within lo first; failing that the whole label when it fits
    # hi (a 94-character statement beats its first 15); then cuts within hi.
    pair = _PAIR_PHRASE.search(s)
    if pair and lo < pair.end() <= hi + _PHRASE_SLACK < len(s) and _has_verb(s[:pair.start()]) and ok(pair.end()):
        # "formed by the merger of the Italian-American Fiat Chrysler Automobiles and the French
        # Groupe PSA": a pair ends the label whole, a little past the limit, rather than with
        # one of its two members (`_open_pair`)
        return s[:pair.end()]
    tiers = ((lo, _CUT_STRONG, 20), (lo, _CUT_WEAK, 30), (hi, None, 0),
             (hi, _CUT_STRONG, 20), (hi, _CUT_REASON, 30), (hi, _CUT_REASON, 15))
    for limit, rx, least in tiers:
        if rx is None:
            if len(s) <= limit:
                return s
            continue
        cuts = [m.start() for m in rx.finditer(s)
                if least <= m.start() <= limit and ok(m.start()) and _has_verb(s[:m.start()])]
        if cuts:
            trailing = [c for c in cuts if _TRAILING.match(s, c)]
            c = trailing[0] if trailing else cuts[-1]
            comma = s.rfind(", ", 0, c)
            if comma in cuts and len(s[comma + 2:c].split()) <= 3 and not _FINITE.search(s[comma:c]):
                # '... the "Arctic 30", activists | and crew': a cut inside the phrase a comma
                # opened leaves its first words hanging; the cut goes before the comma
                c = comma
            return s[:c]
    # Before a cut between words, a cut before a phrase of place, time or purpose within hi
    # ("may have made payments to the Islamic State group for transport routes | in Iraq"): the
    # phrase left out adds to a statement that is whole without it, where a cut at lo between
    # words drops the object ("made payments | to the Islamic State group").
    phrases = [m.start() for m in _CUT_PHRASE.finditer(s)
               if 0.6 * hi <= m.start() <= hi and ok(m.start()) and _has_verb(s[:m.start()])
               and s[:m.start()].rsplit(" ", 1)[-1].casefold() not in _STOP
               and not _BARE_VERB.search(s[:m.start()])]
    if phrases:
        return s[:phrases[-1]]
    relatives = [m.start() for m in _CUT_RELATIVE.finditer(s)
                 if 0.6 * hi <= m.start() <= hi and _has_verb(s[:m.start()]) and not inside_quotes(s[:m.start()])
                 and not any(a < m.start() < b for a, b in spans) and not _BARE_VERB.search(s[:m.start()])]
    if relatives:
        return s[:relatives[-1]]
    # Before a cut between words, one before any preposition within lo (or a little past it,
    # `_PHRASE_SLACK`) that leaves at least three fifths of it ("agreed to transfer Wintershall
    # Dea's oil and gas business | outside Russia"): a noun phrase left whole says what a word
    # cut leaves half said ("Wintershall Dea's oil", "set up in Germany by two left-wing").
    before_prep = [m.start() for m in _CUT_BEFORE_PREPOSITION.finditer(s)
                   if 0.6 * lo <= m.start() <= min(hi, lo + _PHRASE_SLACK) and ok(m.start()) and _has_verb(s[:m.start()])
                   and s[:m.start()].rsplit(" ", 1)[-1].casefold() not in _STOP
                   and not _BARE_VERB.search(s[:m.start()]) and not _THAT_WITHOUT_VERB.search(s[:m.start()])]
    if before_prep:
        return s[:before_prep[-1]]
    for limit in (lo, hi):
        cut = s[:limit].rsplit(" ", 1)[0]
        while " " in cut and (cut.rsplit(" ", 1)[-1].casefold() in _STOP or not ok(len(cut))
                              or _IN_NAMES.search(cut) and bool(_NAME_NEXT.match(s, len(cut)))):
            cut = cut.rsplit(" ", 1)[0]
        if _has_verb(cut) and (limit == hi or len(cut) >= 0.75 * limit):
            return cut
    if not _has_verb(cut):
        # ("the chairman, Zola Tsotsi, | announced that Matona, the finance director Tsholofelo
        # Molefe, the group capital executive Dan Marokane and ... had been suspended": every cut
        # the rules allow falls before the verb) the last boundary within hi that keeps the verb,
        # inside a list of names or not: a list cut short says less than it might, a label
        # without its verb says nothing
        kept = [m.start() for m in _CUT_WEAK.finditer(s) if 20 <= m.start() <= hi - _FULL_NAME_ROOM and _has_verb(s[:m.start()])
                and not inside_quotes(s[:m.start()]) and not any(a < m.start() < b for a, b in spans)]
        if kept:
            return s[:kept[-1]]
    return cut


# A word that leaves what it governs unsaid: no label ends on it ("vested the ownership of |, and
# the exclusive rights over, Malaysia's petroleum", "agreed to end his contract, which ran until |
# 2027"); a cut there is no clean cut.
# (not "in", "on" or "over", which end phrasal verbs: "was sworn in", "could not go on", "took over")
_FUNCTION_WORD_END = re.compile(r"\b(?:the|a|an|of|to|for|and|or|but|with|by|from|under|which|who|that|as|at|"
                                r"between|until|into|than|its|their|his|her)\s*[,;]?\s*$", re.I)


# A phrase of place, time or circumstance ("in Iraq", "during the war", "at the Paris summit")
# "which fought | at Kursk", "agreed | at the Paris Air Show to launch": a verb left without
# what it did is no statement
_BARE_VERB = re.compile(r"\b(?:[a-z]+ed|fought|met|went|took|made|won|led|held|said|came|began|ran|sent|gave)$")
# How far past `_LABEL_MAX` a cut before a preposition may fall: a phrase whole in 105 characters
# reads better than one cut at 90 ("placed Baltika under the temporary management").
_PHRASE_SLACK = 15
# What was said or done "that" ... with no verb yet ("revealed that the organisers"): a cut there
# keeps the announcement and not what it said.
_THAT_WITHOUT_VERB = re.compile(r"\b(?:that|told\s+[^,;]{2,40})\s+(?:(?!\b(?:is|are|was|were|has|have|had|would|could|"
                                r"will|can|[a-z]+ed)\b)[^,;])*$")
# (not before "of", whose object is most often what the noun before it means: "the Executive
# Committee's choice | of Valdecy Urquiza", "one | of the special forces")
_CUT_BEFORE_PREPOSITION = re.compile(r"\s+(?=(?:outside|inside|to|for|after|before|over|against|on|into|between|"
                                     r"among|within|without|through|towards?|in|at|during|near|under|amid|since|"
                                     r"until|across|throughout|by|with|from)\s)")
_CUT_PHRASE = re.compile(r"\s+(?=(?:in|at|during|near|under|amid|since|until|across|throughout|by|with|from)\s)")
# A restrictive relative after its noun, whose own subject is named: "a protection force of a few
# dozen professional soldiers | that President Sauli Niinistö sent to Kabul". A cut there loses
# what the noun is, so it is made only where the one left is a cut between words, which had left
# "a few dozen professional".
_CUT_RELATIVE = re.compile(r"\s+(?=(?:who|that(?=\s+(?-i:[A-Z])[a-z]))\s)")
_AUX = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)\b")
# An open phrase at the end of a cut ("Council Regulation No 2007/2004, adopted on 26 October")
# describes; its participle is not the label's verb.
_OPEN_PHRASE = re.compile(r",\s+(?:[a-z]+(?:ed|en|ing)|who|which|whose|where)\b[^,]*$")


# ", the ANC won", ", it moved": the statement an opening phrase leads to, after its comma
_MAIN_AFTER = re.compile(r",\s+(?:the|a|an|its|their|his|her|it|they|he|she|[A-Z])\b")
_OPENING = re.compile(r"^(?:On|In|At|During|After|Before|By|From|Since|Until|Early|Late|With|Under|Following|"
                      r"Amid|Despite|When|While|As|Once|Although|Though)\b[^,]*$")


def _open_subordinate(prefix: str) -> bool:
    """Whether a cut here leaves a clause of contrast or reason without its verb: "demolished the
    Babri Masjid while leaders of the BJP | and the Vishwa Hindu Parishad addressed a rally"
    (read as if the BJP's leaders demolished it), "... while leaving work on weapons | and
    military operations to the Department of Defense". The cut goes before "while" instead."""
    sub = list(re.finditer(r"\s(?:while|whereas|although|though|because)\s", prefix))
    return bool(sub) and not _FINITE.search(prefix[sub[-1].end():])


def _open_relative(prefix: str) -> bool:
    """Whether a cut here leaves a relative clause without its verb ("a stake in Rosneft, whose
    chief executive, Igor Sechin | , is a close ally")."""
    # ("20 NH90 helicopters, of which all | but one were to be assembled": a relative opened by a
    # preposition, or by a word and one, is as open)
    rel = list(re.finditer(r",\s+(?:(?:[a-z]+\s+)?(?:of|in|for|to|by|among|with|from|under|through)\s+)?"
                           r"(?:who|whose|which|whom)\b", prefix))
    # (nor with its verb alone: "agreed to end his contract, which ran | until 2027")
    return bool(rel) and (not _FINITE.search(prefix[rel[-1].end():]) or len(prefix[rel[-1].end():].split()) <= 1)


# "signed a new law | , under which citizens can be imprisoned", "posted a video | , claiming to
# show ...": what follows an indefinite noun says what it is; a label that stops there says nothing.
_INDEFINITE_END = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}[\w-]+$")
_DEFINES = re.compile(r",?\s+(?:(?:under|by|in|through|with|for|from)\s+which|which|that|who|whose|claiming|showing|"
                      r"announcing|saying|calling|demanding|accusing|allowing|requiring|banning)\b")


def _open_conjunct(prefix: str, rest: str) -> bool:
    """Whether a cut here leaves the subject of a second clause joined by "and" without its
    verb, before or after an aside on it ("Budka stepped aside and Tusk | , newly returned to
    Polish politics | , took over as acting chairman"): a name, said of nothing. Only where
    the "and" follows a clause with its verb and the verb the subject waits for comes after
    the cut, with no more than an aside between; a participle with a phrase after it
    ("founded in 1919") is an aside's, not that verb."""
    joins = list(re.finditer(r"\s+and\s+(?=(?:the\s+)?[A-Z])", prefix))
    if not joins or not _FINITE.search(prefix[:joins[-1].start()]):
        return False
    tail = prefix[joins[-1].end():]
    if _FINITE.search(tail.split(",")[0]) or not re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,4}(?:,[^,;]*)?", tail):
        return False
    verb = re.match(r"(?:,[^,;]{2,80})?,\s+(?:\w+ly\s+)?(?P<v>[a-z]+)\s+(?P<next>\w+)", rest)
    if verb is None or not _FINITE.fullmatch(verb.group("v")):
        return False
    return not (verb.group("v").endswith("ed") and verb.group("next") in ("in", "on", "at", "by", "as", "to", "from"))


# A pair named whole: "the merger of X and Y", "between X and Y", up to the comma or end after it.
_PAIR_PHRASE = re.compile(r"\b(?:between|(?:merger|union|combination|marriage|alliance|partnership)\s+of)\s+(?!\d)[^,;]{2,80}?"
                          r"\s(?:and|with)\s[^,;]{2,60}?(?=\s*(?:,|;|$))")


def _open_pair(prefix: str, rest: str) -> bool:
    """Whether a cut here leaves a pair with one member: "formed by the merger of the
    Italian-American Fiat Chrysler Automobiles | and the French Groupe PSA" names one party to
    a merger of two, as "between X | and Y" names one side."""
    opened = list(re.finditer(r"\b(?:between|(?:merger|union|combination|marriage|alliance|partnership)\s+of)\s+", prefix))
    return bool(opened) and not re.search(r"\s(?:and|with)\s", prefix[opened[-1].end():]) \
        and re.match(r"\s*(?:\([^)]*\)\s*)?(?:and|with)\s", rest) is not None


def _open_that(prefix: str) -> bool:
    """Whether a cut here leaves a "that" clause without its verb ("announced that its chief
    financial officer, Kenta Kon | , would succeed Sato")."""
    that = list(re.finditer(r"\b(?:that|whether)\b\s*", prefix))
    if not that:
        return False
    rest = prefix[that[-1].end():]
    if not rest.strip():
        return True  # "told a conference that | , within its mandate, the ECB was ready": nothing told yet
    return "," in rest and not _FINITE.search(rest)


def _relative_aside(text: str) -> bool:
    return bool(re.match(r"[,\s]*(?:who|whom|whose|which)\b", text))


def _is_aside(text: str) -> bool:
    """An apposition describes and tells nothing of its own: one holding a "that" clause ("the
    Prime Minister of India announced that ...") or a date other than a birth or a "since" ("the
    Kharkiv office on 28 July 2017 and ...", a list told in short) is part of the statement. A
    relative clause ("who left Russia ...") is an aside whatever it holds."""
    if _relative_aside(text):
        return True
    # ("at the end of that month": "that" before a time is no clause)
    if re.search(r"\bthat\b(?!\s+(?:day|week|month|year|time|morning|evening|night|spring|summer|autumn|winter|"
                 r"decade)\b)", text):
        return False
    return all(re.search(r"\b(?:born|since|died)\s+(?:in\s+|on\s+)?$", text[:d.start]) for d in find_dates(text))


def _has_verb(prefix: str) -> bool:
    """Whether a label cut to `prefix` still says what happened: a finite verb outside a
    trailing descriptive phrase."""
    return bool(_FINITE.search(_OPEN_PHRASE.sub("", prefix)))


# A date set inside a clause as an adverb ("asked on 2 July 2012 to be retired", "took over in
# March 2003 as commander"), from its preposition to its end (`_without_inner_dates`).
_INNER_DATE_BEFORE = re.compile(r"(?<=[a-z])\s+(?:on|in)\s+(?:the\s+)?$")
# What such a date may stand between: a verb in the past ("asked", "handed over", "took") and
# the words it governs ("to", "as", "over", a possessive).
_VERB_BEFORE = re.compile(r"\b(?:[a-z]{2,}ed|took|left|gave|made|became|began|quit|won|lost|went|came|stood|ran|"
                          r"[a-z]{2,}ed\s+(?:over|down|up|out)|took\s+(?:over|office))$")
_GOVERNED_AFTER = re.compile(r"\s+(?:to|as|over|from|his|her|their|its)\b")


def _without_inner_dates(clause: str) -> str:
    """`clause` without a date set as an adverb between a verb and the words it governs ("asked
    on 2 July 2012 to be retired", "handed over on 1 February 2020 to"): the verb and its words
    are then next to each other, as the kinds' patterns read them. Any other date is left: one
    that opens the clause (`_strip_date_phrase` reads it), a span ("from 1990 to 1995"), one
    after a noun ("the elections in 2019 to the council")."""
    out, last = [], 0
    for m in find_dates(clause):
        before = _INNER_DATE_BEFORE.search(clause[last:m.start])
        if before is None or not _VERB_BEFORE.search(clause[:last + before.start()]) \
                or not _GOVERNED_AFTER.match(clause, m.end):
            continue
        out.append(clause[last:last + before.start()])
        last = m.end
    if not out:
        return clause
    return "".join(out) + clause[last:]


def _strip_date_phrase(sentence: str) -> str:
    ms = find_dates(sentence)
    if ms and _LEAD_PHRASE.match(sentence[:ms[0].start]):
        rest = sentence[ms[0].end:]
        # ("On 23 July of that year the foundation was constituted": the year told after the day
        # is part of the date phrase)
        if ms[0].year is None and (of_year := _OF_YEAR.match(rest)) is not None:
            rest = rest[of_year.end():]
        return rest.lstrip(" ,")
    return sentence


# -- other bodies -----------------------------------------------------------------------------
# A sentence that opens with a person's birth is a short biography: what it goes on to tell of
# the same person ("Aschbacher was born in Austria in 1962 and joined ESA in 1990 as a young
# graduate") is that person's career, unless it is a step of the organisation itself (founding
# it, taking its lead), which keeps its own row.
_BORN_FIRST = re.compile(rf"^\s*(?:{PERSON_NAME.pattern}|[A-Z][\w'’-]+|he|she)\s+was\s+born\b")
# A verb between "after" and a date: the words tell a happening of their own ("After pirates
# seized the ship on 4 April 2009"), not an occasion ("after a final inspection on 17 September").
_GAP_VERB = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|has|took|made|began|won|lost|sank|fell|went|came|left|"
                       r"seized|held|met|ran|shot|struck|broke|hit|sent|told|gave|saw|became)\b")
# A date a plan told in the past perfect was meant for ("ESA had planned to send its rover to Mars
# in 2022 on a Russian rocket", "the launch had been scheduled for May"): the story overtook it,
# and whatever happened instead is told in its own words. A plan told in the simple past ("was due
# to fly on 15 December 1979, but its engines shut down") may well be what happened that day.
# So is a plan told with "was to" ("Isla was originally to be elected chairman at the meeting of
# 16 April 2026"; he took over months before it).
_PLANNED_BEFORE = re.compile(r"\bwould\s+have\s+[a-z]+(?:ed|en|ld|old|ne|wn|ght|t)\b[^,;]*$|"
                             # "Under that plan, it would have sold nothing but fully electric cars
                             # from 2030": what would have happened had the plan held, which did not
                             r"\bhad\s+(?:planned|intended|hoped|aimed|been\s+(?:due|scheduled|expected|meant|set|planned))"
                             r"\s+(?:to|for)\b[^,;]*$|\b(?:was|were|is|are)\s+(?:originally\s+|initially\s+|first\s+)?"
                             r"to\s+(?:be\s+)?[a-z]+\b[^,;]*$|"
                             # "A single currency, the eco, was meant to be launched in 2020"
                             # ("X was due to present a new plan at an investor day on 21 May 2026")
                             # ("The deal was expected to close in the first quarter of 2026": a
                             # forecast, which the story has not reached)
                             r"\b(?:was|were)\s+(?:originally\s+|initially\s+)?(?:meant|supposed|intended|due|scheduled|"
                             r"expected)\s+to\b[^,;]*$|"
                             # "The next summit was due in Islamabad in November 2016, but ... India
                             # said it would not attend": where and when it was to be, a plan
                             r"\b(?:was|were)\s+(?:originally\s+|initially\s+)?(?:due|scheduled|planned|set|fixed)\s+(?:in|for|at)\b[^,;]*$|"
                             # "Young called an election for 28 April 2025": the day the vote was
                             # called for, not the day it was called
                             r"\b(?:called|set|fixed|scheduled)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:elections?|votes?|"
                             r"referendum|polls?|ballot|congress|conference|convention)\s+for\s+(?:[^,;]{0,20}\s)?$|"
                             # "McDonald had at one point appeared set to stand in the election of
                             # October 2025": a course that looked likely, which the story left
                             r"\b(?:appeared|seemed|looked)\s+(?:set|likely|poised|certain)\s+to\b[^,;]*$",
                             re.I)
# A person winning an election of a state's office ("when he won the presidential election of 17
# January 2010", "Piñera won the presidential election again").
_WON_STATE_ELECTION = re.compile(r"\b(?:he|she|(?-i:[A-Z])[\w'’.-]+)\s+(?:had\s+)?won\s+(?:the\s+|a\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?(?:presidential|parliamentary|general|mayoral|gubernatorial|senate|"
                                 r"congressional)\s+(?:election|elections|vote|race)\b", re.I)


# Who held a post at a time, told as a state: "Pauline Kamau was executive director in 2013",
# "By 1990 he was the agency's director" (`_holder_at_a_time`).
_HOLDER_AT = re.compile(
    r"(?:(?:in|by)\s+[^,;]{1,30}?,?\s+)?(?P<who>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}|he|she)\s+"
    r"(?:was|had\s+been)\s+(?:still\s+|then\s+|already\s+|by\s+then\s+)?(?:the\s+|its\s+|their\s+|[\w'’-]+['’]s\s+)?"
    r"(?P<role>(?:[\w-]+\s+){0,3}?[\w-]+)(?:\s+of\s+(?:the\s+)?[^,;]{2,40}?)?(?:\s+(?:in|by)\s+[^,;]{1,30}?)?\s*\.?",
    re.I)


def _holder_at_a_time(clause: str) -> bool:
    """Whether a clause only says who held a post at some time ("Pauline Kamau was executive
    director in 2013, and Marion Kamau chaired the board from June 2017"): a state seen on a
    date, not a change of leader; the change is what a timeline shows ("the board appointed
    her", "X became director"), and a holder seen in office once is background to it. The
    judgement: "was" with a post and nothing else tells nobody taking or leaving it."""
    m = _HOLDER_AT.fullmatch(clause.strip())
    if m is None:
        return False
    role = m.group("role")
    return bool(ROLE_NOUN.search(role)) and not re.match(
        r"(?i)(?:[a-z]+ed|made|chosen|sworn|named|appointed|elected|re-?elected|installed|promoted|replaced|"
        r"succeeded|ousted|removed|dismissed|sacked|fired|forced|given|born|also|not|no|never)\b", role)


# A task set and the day it is due by: "was asked to deliver its final report by", "were
# ordered to leave the country by" (`extract_events`).
_DEADLINE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:asked|required|ordered|told|"
                       r"obliged|instructed|directed|expected|given\s+until)\s+(?:to\b[^,;]*\s)?by\s+(?:the\s+end\s+of\s+)?$",
                       re.I)
_NP_VERB = re.compile(r"\s(?:was|were|is|are|has|had|have|took|became|made|began|won|lost|sank|"
                      r"[a-z]+(?:ed|ew|ought|ank|ook))\b")
_CAP = re.compile(r"[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐЎ][\w'’-]*")
_CAP_RUN = re.compile(r"[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐЎ][\w'’-]*(?:\s+[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐЎ][\w'’-]*)*")
# A member admitted, suspended or expelled with no other body named as the one doing it or the one
# it joins: the organisation's own act on its membership ("Honduras was readmitted on 1 June 2011
# by 32 votes to one" in an article on the OAS), not another body's doing.
_MEMBERSHIP_DONE = re.compile(
    r"\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:re-?)?(?:admitted|suspended|expelled|excluded|"
    r"accepted\s+as\s+(?:an?\s+)?(?:full\s+)?member)\b(?![^,;.]{0,50}\b(?:by|from|to|into|of)\s+(?:the\s+)?[A-ZÀ-Þ])|"
    # "Qatar joined in 1961", "Hungary became the first of them to join": joining with no other body
    # named as the one joined is joining the organisation
    r"(?:re)?joined(?!\s+(?:the\s+)?[A-ZÀ-Þ])(?![^,;.]{0,40}\b(?:the|an?)\s+(?:\w+\s+){0,3}(?:alliance|union|coalition|"
    r"organi[sz]ation|group|party|bloc|agreement|treaty)\b)|"
    r"became\s+the\s+(?:first|second|third|last|\w+th)\s+(?:of\s+them\s+|member\s+|state\s+|country\s+)?to\s+join\b(?!\s+(?:the\s+)?[A-ZÀ-Þ])|"
    # "Georgia ceased to be a member on 18 August 2009": of no other body named
    r"ceased\s+to\s+be\s+(?:an?\s+)?(?:full\s+)?member\b(?!\s+of\s+(?:the\s+)?[A-ZÀ-Þ])|"
    # "India and Pakistan became full members at the Astana summit": members of no other body named
    r"became\s+(?:(?:an?|the)\s+)?(?:\w+th\s+|first\s+|new\s+)?(?:full\s+|founding\s+|associate\s+)?"
    r"(?:members?|member\s+(?:states?|countries))\b(?!\s+of\s+(?:the\s+)?[A-ZÀ-Þ])|"
    # "Qatar refused to put in more money and withdrew in May 2002": a member or owner withdrawing
    # from no other body named withdraws from the organisation
    r"(?:(?:[a-z][\w-]*\s+){1,8}?and\s+)?(?:withdrew|pulled\s+out)(?=\s+(?:in|on|at|after)\s|\s*[,.;]|\s*$|"
    r"\s+from\s+(?:it|them|the\s+(?:group|company|airline|organi[sz]ation|alliance|union|venture|consortium|"
    r"partnership|bloc|community)\b)))")


# A clause that opens on a thing named by its year: "The 2015 project was to be held ...".
_YEAR_NAMED = re.compile(r"(?:The|Its|Their)\s+(?P<y>1[5-9]\d\d|20\d\d)\s+(?!(?:and|or|to)\b)[a-z][\w-]+")
# A day proposed for something: "proposed holding a second referendum on 19 October 2023".
_PROPOSED_FOR = re.compile(r"\b(?:proposed|planned|called\s+for|sought|wanted)\s+(?:holding|to\s+hold|that\s+[^,;]{0,60}?\s+be\s+held)\b"
                           r"[^,;]*$", re.I)
# A time something was to happen: "announced that he would give up his role on 31 July 2008".
_PLANNED = re.compile(r"\b(?:would|was\s+to|were\s+to|planned\s+to|intended\s+to)\s[^,;]*$")


def _planned_in(sentence: str, date: EventDate) -> bool:
    """Whether `sentence` tells `date` as the time of a plan (`_PLANNED`): "Later that month"
    in the next sentence counts from the day the plan was told, not from the day planned."""
    for m in find_dates(sentence):
        if m.year == date.year and m.month == date.month and m.day == date.day:
            return bool(_PLANNED.search(sentence[:m.start]))
    return False


# What a report, a finding or a statement says: "showing that", "found that", "said that".
_REPORTED_THAT = re.compile(r"\b(?:show(?:ing|ed|s)?|f(?:ound|inding)|reveal(?:ing|ed|s)?|conclud(?:ing|ed)|"
                            r"report(?:ing|ed)|said|saying|claim(?:ing|ed)|alleg(?:ing|ed))\s+that\b")
# A clause told in the pluperfect: "had joined", "had run", "had been appointed".
# A verb in the past perfect, irregular ones too ("had come forward", "had run"), not "had to".
def _dated_by_later_verb(clause: str, after: int) -> bool:
    """Whether the last date of `clause` belongs to a clause of a simple past verb after the past
    perfect that ends at `after`, "before", "after" or "when" opening it: "Simon Nkoli had died of
    AIDS ten days before a small group gathered on the cathedral's steps on Human Rights Day in
    1998" stands in 1998 with the gathering; the story has not gone back."""
    dates = [m for m in find_dates(clause) if m.year is not None]
    later = _LATER_VERB.search(clause, after)
    return bool(dates) and later is not None and dates[-1].start > later.start()


# (the verb of the clause "before"/"after" opens, not one "and" joins to the past perfect, nor a
# participle after an article: "had been held after the war as a suspected war criminal and
# released in 1948" goes back to 1948, and the story stays where it was)
_LATER_VERB = re.compile(r"\b(?:before|after|when|until)\s+(?:(?:(?!\band\s)[^;]){0,120}?\s)?(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
                         r"(?:[a-z]{3,}ed|met|won|took|began|became|held|"
                         r"made|gave|came|went|rose|fought|set)\b")
_HAD_DONE = re.compile(r"\bhad\s+(?:(?:not|already|earlier|once|long|previously|first|never)\s+)?(?:been\s+)?"
                       r"(?!(?:to|a|an|the|no|its|their|his|her)\b)[a-z]{3,}\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:already|earlier|once|long|previously|first)\s+)?(?:been\s+)?[a-z]+(?:ed|en|un|own|ung|ade|eld|ght|ent)\b")


_PARTICIPLE_ASIDE = re.compile(r"^(?P<np>(?:[A-ZÀ-Þ][\w'’.-]*|and|the|of)(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|and|the|of))*),\s+"
                               r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b[^,;\d]{0,80},(?=\s)")


def _subject_acts(clause: str, subject: Subject) -> bool:
    """Whether the clause's grammatical subject is the organisation or its people ("the unit
    advanced", "its fighters took part", "It moved"): before its formal founding a unit that
    already acts is telling its own history."""
    text = _LEAD_CLAUSE.sub("", _ACCORDING.sub("", clause.strip()))
    first = find_dates(text)
    if first and _LEAD_PHRASE.match(text[:first[0].start]):
        text = text[first[0].end:].lstrip(" ,")
    text = re.sub(r"^(?:during|in|on|after|at)\s+[^,]{3,80}?\s+(?=(?:the|its|it|they)\b)", "", text, flags=re.I)
    verb = _NP_VERB.search(text) or re.search(r"\s(?:took|advanced|fought|moved|joined|grew|held|led|won|lost)\b", text)
    if not verb:
        return False
    np = text[:verb.start()].strip(" ,")
    return bool(np) and len(np.split()) <= 5 and (
        bool(re.match(r"(?i)^(?:its|their)\s+\w+", np)) or subject.is_subject_phrase(np))


def _others_organs(profile: Profile, parts: frozenset[str], subject: Subject) -> frozenset[str]:
    """The short names ("security council") of the organs of other bodies the article names in
    full ("the United Nations Security Council": three capitalised words or more, the last a
    kind of body), for `_organ_of_another`; none that shares a word with the organisation's own
    parts or names."""
    own = {w.casefold() for n in subject.names for w in re.findall(r"[\w'’-]+", n)}
    kinds = "|".join(sorted({k.capitalize() for k in KINDS if k.isalpha()}, key=len, reverse=True))
    full = re.compile(rf"\b((?:[A-Z][\w'’-]+\s+){{2,}})({kinds})\b")
    out: set[str] = set()
    for text in _paragraph_texts(profile):
        for m in full.finditer(text):
            words = m.group(1).split()
            short = f"{words[-1]} {m.group(2)}".casefold()
            if words[-1].casefold() not in parts | own and words[-1] not in _MONTHS:
                out.add(short)
    return frozenset(out)


def _paragraph_texts(profile: Profile) -> list[str]:
    texts = [b.text for b in profile.lead if isinstance(b, Paragraph)]
    for top in profile.sections:
        for sec in top.walk():
            texts += [b.text for b in sec.blocks if isinstance(b, Paragraph)]
    return texts


def _proper_words(profile: Profile) -> set[str]:
    """Capitalised words the article never writes in lower case and writes at least once inside a
    sentence: names, not sentence starts ("France", "Boeing" - but not "Courts", which the text
    also writes "courts", nor "Trading", which opens a sentence only, though "France" and
    "Congress" do: a country, a word of bodies or a word with digits is a name wherever it stands)."""
    texts = [b.text for b in profile.lead if isinstance(b, Paragraph)]
    for top in profile.sections:
        for sec in top.walk():
            texts += [b.text for b in sec.blocks if isinstance(b, Paragraph)]
    joined = " ".join(texts)
    words = re.findall(r"[\w'’-]+", joined)
    lower = {w for w in words if w[:1].islower()}
    if len(lower) >= 20000:
        return set()
    lowered = {x.casefold() for x in lower}
    # ("Trading began on 9 June 2008": a word seen only where a sentence opens is capitalised
    # for that, and tells nothing of being a name)
    # (counted, not searched: a word is inside a sentence somewhere when it is written more often
    # than it opens one, its possessive counting for it, "suspended Ruritania's membership")
    capitals = {w for w in words if w[:1].isupper() and w.casefold() not in lowered}
    told = Counter(words)
    opening = Counter(re.findall(r"(?:^|[.!?:;]\s+)([\w'’-]+)", joined))
    inside = {w for w in capitals if told[w] + told[w + "'s"] + told[w + "’s"]
              > opening[w] + opening[w + "'s"] + opening[w + "’s"]}
    return {w for w in capitals
            if w in inside or is_country(w) or any(c.isdigit() for c in w) or ORG_WORD.fullmatch(w)}


_LIST_GOES_ON = re.compile(r"(?:,\s+|\s+(?:and|or)\s+)[A-ZÀ-ÞĀ-ŽА-Я]")
_PLACE_NOUN = re.compile(r"\bthe\s+(?:city|town|village|island|port|airport|capital|fortress|peninsula)\b(?!\s+of\b)")
_PLACE_AFTER = re.compile(r"\b(?:for|of|at|in|near|around|into|to|from|on)\s+(?P<place>[A-ZÀ-ÞĀ-ŽА-Я][\w'’-]+"
                          r"(?:\s+[A-ZÀ-ÞĀ-ŽА-Я][\w'’-]+)?)")


_BODY_NOUN = re.compile(r"^The\s+(?:new\s+)?(?:unit|venture|joint\s+venture|company|subsidiary|firm|business|division)\b(?!\s+of\b)")
# "... in a joint venture, Nokia Siemens Networks.": a body introduced by its kind and named in
# apposition at the end of a sentence.
_CLOSING_NAME = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:venture|subsidiary|unit|company|firm|division|business)"
                           r",\s+(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|de|du))*\s+[A-Z][\w&'’-]*)"
                           r"\.?\s*$")


def _closing_name(sentence: str, subject: Subject) -> str | None:
    """The name a sentence ends on, in apposition to a kind of body ("in a joint venture,
    Nokia Siemens Networks."), of two words or more and not the organisation itself: what "the
    unit" or "the venture" opening the next sentence's label goes back to."""
    m = _CLOSING_NAME.search(sentence.strip())
    if m is None or subject.is_subject_name(m.group("name")):
        return None
    return m.group("name")


def _one_place(sentence: str, subject: Subject, proper: set[str]) -> str | None:
    """The single place a sentence names after a preposition ("the fighting for Bakhmut"), if
    exactly one: what "the city" in the next sentence most likely means. None when unsure."""
    found = _places(sentence, subject, proper, listed=False)
    return found.pop() if len(found) == 1 and len(_places(sentence, subject, proper)) == 1 else None


def _places(sentence: str, subject: Subject, proper: set[str], listed: bool = True) -> set[str]:
    """Capitalised names after a preposition that are not the organisation, a month or a body.
    A sentence that names a place of its own says which place its "the city" is."""
    return {m.group("place") for m in _PLACE_AFTER.finditer(sentence)
            if not ROLE_NOUN.search((sentence[max(0, m.start() - 25):m.start()].split() or ["-"])[-1])
            and m.group("place").split()[0] in proper and m.group("place").split()[0] not in _MONTHS
            and not any(w.casefold() in subject.words for w in m.group("place").split())
            and not ORG_WORD.search(m.group("place"))
            and not (" " in m.group("place") and PERSON_NAME.fullmatch(m.group("place")))  # a person, not a place
            # (with `listed` False, not one of a list after its preposition, "worked in England,
            # Germany and Russia": the sentence names several places, and "the town" in the next
            # one is none of them for sure)
            and (listed or not _LIST_GOES_ON.match(sentence, m.end()))}


def _part_words(profile: Profile) -> frozenset[str]:
    """Capitalised words naming the organisation's own parts (its structure sections' items):
    "the Conference", "the Secretariat" act as the organisation, not as another body."""
    words: set[str] = set()
    for sec in structure_sections(profile):
        for d in sec.walk():
            for b in d.blocks:
                if isinstance(b, BulletList):
                    for it in _walk_items(b.items):
                        first = it.text.split("|")[0]
                        # (and what a dash adds, "Carrier Strike Group 5 – USS George Washington",
                        # but not a region after a comma: "Group 6 – Timika, Central Papua")
                        words |= {w.casefold() for w in re.findall(r"[A-ZÀ-ÞĀ-Ž][\w'’-]{3,}", first.split(",")[0])}
                        # and each part's whole name, of two words or more ("Representative Council")
                        name = re.split(r"\s+[–—-]\s+|\s*[(:,]", first)[0].strip()
                        if 2 <= len(name.split()) <= 6 and name[:1].isupper():
                            words.add(name.casefold())
    return frozenset(words - KINDS - {m.casefold() for m in _MONTHS})


# What opens a clause before its subject without telling who acts: a time counted from the
# sentence before ("Weeks later, ", "Two days later, ") or a purpose ("To support that demand, ").
_OPENING_ASIDE = re.compile(r"^(?:(?:[\w-]+\s+){0,2}(?:later|earlier|afterwards)|(?:in\s+order\s+)?to\s+[a-z]+\b[^,;]{0,60}),\s+"
                            # a count of time without its comma: "Five days later the Security Council ..."
                            r"|^(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?|years?)\s+(?:later|earlier)\s+(?=the\s)",
                            re.I)
# Words for a group of people that acts as one, as the head of a clause's subject: "Canadian
# police in Vancouver", "four members of the Popular Front", "gunmen in Beirut", "Russian forces".
_ACTING_GROUPS = frozenset("""police policemen forces troops soldiers gunmen pirates militants rebels insurgents
    guerrillas hijackers attackers terrorists kidnappers protesters demonstrators rioters mobs members fighters
    separatists gangs voters electors family families""".split())


# A transaction told as known ("the deal", "the merger"): in a sentence that names no other party
# to it, the organisation's own, which a regulator clearing or a court approving carries on.
_ITS_DEAL = re.compile(r"\bthe\s+(?:deal|merger|purchase|acquisition|takeover|sale|bid|offer|transaction)\b|"
                       # ("Qatar National Bank bought AMCON's stake of 12.5 per cent": a stake in no
                       # other body named is a stake in it)
                       r"['’]s\s+(?:stake|holding|shareholding)\b(?!\s+(?:[^,;.]{0,30}\s)?in\s)", re.I)


_GROUP_OF = re.compile(rf"^(?:[\w-]+\s+)?(?:{'|'.join(sorted(_ACTING_GROUPS))})\s+of\s+(?:the\s+)?[A-ZÀ-Þ]", re.I)


def _organ_of_another(np: str, parts: frozenset[str], others: frozenset[str] = frozenset()) -> bool:
    """Whether a name ending in a kind of body ("Assembly", "Council") is another body's organ
    rather than possibly one of the organisation's own: not one of its parts, and named with two
    words or more before the kind ("the World Health Assembly", "the United Nations General
    Assembly"), where its own organs are called by one ("the General Assembly", "the Supervisory
    Council"); or the short name of such an organ the article named in full before ("the
    Security Council" after "the United Nations Security Council", `_others_organs`)."""
    name = re.sub(r"^(?:the|The)\s+", "", np.strip())
    if name.casefold() in parts:
        return False
    if name.casefold() in others:
        return True
    words = re.findall(r"[\w'’-]+", name)
    # ("the 30 September Movement": a day is a word of its name)
    before = [w for w in words[:-1] if w[:1].isupper() or w.isdigit()]
    return len(before) >= 2 and len(before) == len(words) - 1


# Words of a name that name nothing by themselves ("Doctors of the World", "Médecins du Monde").
_FUNCTION_WORDS = frozenset("the of and for in on at to a an de du des la le les der die das von van y e et".split())


def _it_of_another(before: str, subject: Subject) -> str | None:
    """What "it"/"its" opening a later clause of the same sentence means when the sentence opens
    on a country or another named body as the one acting: "On 28 April 2026 the United Arab
    Emirates announced that it would leave both OPEC and OPEC+ ...; its withdrawal took effect
    on 1 May 2026" is the Emirates' withdrawal, not OPEC's; an aside after the body's name
    ("Angola, which had objected to a lower quota, announced ...") changes nothing. None when
    the sentence opens on the organisation, a person or anything else."""
    text = _LEAD_CLAUSE.sub("", _strip_date_phrase(before.strip()))
    # "The ice cream business, which had been run as a standalone unit since July, was demerged
    # as The Magnum Ice Cream Company ..., and its shares began trading": a part of the
    # organisation made a body of its own, whose name the sentence gives
    made = re.match(r"(?P<np>(?:[Tt]he|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?:,\s+(?:which|who)\s[^,;]{2,100},)?"
                    r"\s+(?:was|were)\s+(?:[a-z]+ly\s+)?(?:demerged|spun\s+off|separated|listed|floated|relaunched|"
                    r"reconstituted|re-formed|incorporated)\s+as\s+"
                    r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s+){0,5}[A-Z][\w'’.&-]*)", text)
    if made and not subject.is_subject_phrase(made.group("np")) and not _names_subject(made.group("name"), subject):
        return made.group("name")
    # ("Angola, which had objected to a lower quota, announced ...; its membership ended": an
    # aside on the body between it and its verb)
    m = re.match(r"(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)(?:,\s+(?:which|who)\s[^,;]{2,100},)?"
                 r"\s+(?:[a-z]+ed|said|told|took|made|gave|left|sold|won|lost|chose|began)\b", text)
    if m is None:
        return None
    np = m.group("np")
    if subject.is_subject_phrase(np) or subject.mentioned_in(np) or _names_subject(np, subject):
        return None
    # "In October 1977 the Norwegian Nobel Committee announced that Amnesty had been awarded the
    # Nobel Peace Prize, and in 1978 it received the UN Prize": the body only told what its
    # "that" clause says of the organisation, the last one named before the "it", which is the
    # organisation's (the Emirates' "announced that it would leave" names no other).
    told = re.match(r"\s*(?:[a-z]+\s+){0,2}?that\s+(?P<who>(?:(?:[Tt]he|[Ii]ts)\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}"
                    r"[A-Z][\w'’.-]*|(?:the|its)\s+[a-z]+)\s", text[m.end():])
    if told and (subject.is_subject_name(who := told.group("who")) or subject.is_subject_phrase(who)
                 or _names_subject(who, subject)):
        return None
    if is_country(np) or (re.search(r"\s", np) and ORG_WORD.search(np) and not is_name(np)):
        return np
    return None


# A word of a title before a name ("Prime Minister", "Vice President", "General"), not of the name.
_TITLE_WORD = re.compile(rf"(?i)(?:{ROLE_WORDS}|prime|vice|deputy|chief|acting|former|senior|general|"
                         r"minister|president|king|queen|prince|princess|sultan|sheikh|dr|sir|dame|mr|mrs|ms)")


def _named_in_full(profile: Profile) -> frozenset[str]:
    """The surnames of everyone the article names in full ("Vladimir Petrov, a Soviet
    intelligence officer"), so that the surname alone later ("Petrov defected") is known for a
    person's, whether or not the person has a role the people list keeps. The first word of a
    name counts too (unless it is a country's name, "Jordan"): in a name told family name first
    ("Teoh Beng Hock", "Lee Hsien Loong") or a Malay name without a surname ("Najib Razak") that
    word is the one a later sentence uses alone ("Teoh was found dead", "officers arrested
    Najib"), and in one told given names first it is a given name, a person's still."""
    out: set[str] = set()
    for b in [*profile.lead, *(blk for sec in profile.all_sections() for blk in sec.blocks)]:
        text = getattr(b, "text", None)
        if not text:
            continue
        for m in PERSON_NAME.finditer(text):
            words = m.group("name").split()
            while len(words) > 2 and _TITLE_WORD.fullmatch(words[0]):
                words = words[1:]  # "Prime Minister Najib Razak": the name after the title
            name = " ".join(words)
            # ("Central and Eastern Europe. Hungary became ...": a sentence's end is no initial)
            if is_name(name) and len(words[-1]) > 2 and not re.search(r"\w{2}\.\s", name):
                out.add(words[-1])
                if len(words) > 1 and len(words[0]) > 2 and words[0][-1] != "." and not is_country(words[0]):
                    out.add(words[0])
    return frozenset(out)


# A penalty or suit and whom it was against: "The Commission fined Apple €1.84 billion".
_PENALTY_ON = re.compile(r"\b(?:fined|sued|sanctioned|indicted|convicted|prosecuted|penalised|penalized)\s+"
                         r"(?P<who>(?-i:[A-Z][\w'’.&-]*)(?:\s+(?-i:[A-Z][\w'’.&-]*)){0,3})", re.I)


# A treaty another body signed with a third ("Egypt signed a peace treaty with Israel"): a deal
# between others, not a law, ban or ruling that sets the organisation's own legal situation, so
# `_about_other_body` may judge it as it judges any other body's act.
_TREATY_WITH = re.compile(r"\b(?:signed|concluded|ratified)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
                          r"(?:treaty|agreement|accord|pact|convention)\s+with\b", re.I)


def _against_another(sentence: str, subject: Subject, leaders: list[str]) -> bool:
    """Whether a legal step is taken against another named party, in a sentence that names
    neither the organisation nor its leaders: "The Commission fined Apple €1.84 billion" in an
    article on Spotify is the competitor's case, background to the complaint the article tells.
    A law, ban or ruling that names no one else stays the organisation's legal situation (see
    `_about_other_body`)."""
    m = _PENALTY_ON.search(sentence)
    if m is None:
        return False
    who = m.group("who")
    # (by name only: "its first antitrust fine against the company" is the other company)
    if subject.is_subject_phrase(who) or _names_subject(sentence, subject):
        return False
    return not any(n.split()[-1] in sentence for n in leaders if n.split())


# What a craft does and no body can: touch down, lift off, break apart. Its name is no other body
# acting but a ship, aircraft or spacecraft of the story (NASA's "Atlantis touched down at the
# Kennedy Space Center", "Columbia disintegrated over Texas").
_CRAFT_VERB = re.compile(r"\s*(?:touched\s+down|lifted\s+off|splashed\s+down|re-?entered\s+the\s+atmosphere|"
                         r"disintegrated|broke\s+(?:apart|up)\s+(?:shortly|after|over|during|in|on|as)|docked|"
                         r"blasted\s+off|took\s+off|ran\s+aground|capsized)\b", re.I)


# A happening of the world the story is set in, told as something that broke out or began with
# no one acting: "Protests ... broke out in Kazakhstan", "The Hungarian revolution broke out",
# "Civil war had broken out in Liberia".
_HAPPENING = re.compile(
    # (the clause's own subject: not "As the pandemic spread, the Governing Council launched ...")
    r"(?!(?:as|when|while|after|before|since|because|once|until|though|although|if|with|amid)\b)"
    r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,6}?(?:protests?|demonstrations?|riots?|unrest|war|revolution|uprising|revolt|"
    r"crisis|pandemic|epidemic|famine|earthquake|recession|fighting|violence|hostilities|insurgency|genocide)\b"
    r"(?:[^,;]{0,70}?\s)?(?:had\s+)?(?:broke\s+out|broken\s+out|began|begun|erupted|started|spread|escalated)\b", re.I)


def _world_happening(clause: str, sentence: str, subject: Subject, leaders: list[str]) -> bool:
    """Whether a clause tells only a happening of the world around the organisation: a war, a
    revolution or protests that broke out or began (`_HAPPENING`, the clause's opening), in a
    sentence that names neither the organisation ("it", "its", its name or kind) nor any of its
    leaders. Such a sentence sets the scene for what the organisation did next; the timeline
    tells that, not the scene (the CSTO's "Protests against a sharp rise in fuel prices broke out in
    Kazakhstan on 2 January 2022" before the Council sent its forces)."""
    text = _strip_date_phrase(_ACCORDING.sub("", clause.strip()))
    if not _HAPPENING.match(text):
        return False
    if subject.mentioned_in(sentence) or _names_subject(sentence, subject) or \
            re.search(r"\b(?:it|its|their|they)\b", sentence, re.I):
        return False
    return not any(n.split()[-1] in sentence for n in leaders if n.split())


# Another body's act on the organisation, "it" its object: owning, joining, closing or banning it.
_ACTED_ON_IT = re.compile(r"\b(?:bought|acquired|took\s+over|nationali[sz]ed|privati[sz]ed|absorbed|sold|renamed|"
                          r"dissolved|disbanded|banned|outlawed|legali[sz]ed|recogni[sz]ed|listed|delisted|"
                          r"designated|sanctioned|raided|merged)\s+it\b(?!\s+(?:was|is|had|has)\b)")


# An attack on a body of men named by no owner: "ambushed a platoon", "overran one of its posts".
_STRUCK_ITS_OWN = re.compile(r"\s*(?:ambushed|attacked|shelled|bombed|overran|raided|fired\s+on|surrounded|struck)\s+"
                             r"(?:a|an|one\s+of\s+its|its)\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
                             r"(?:platoon|patrol|convoy|column|outpost|detachment|squad|garrison|company|battalion|"
                             r"posts?|bases?|camps?|units?|soldiers|troops)\b", re.I)


def _about_other_body(clause: str, sentence: str, subject: Subject, leaders: list[str], proper: set[str],
                      people: list[Person], parts: frozenset[str] = frozenset(),
                      named: frozenset[str] = frozenset(), others: frozenset[str] = frozenset(),
                      called: frozenset[str] = frozenset()) -> bool:
    """Whether a clause tells what another named body did, in a sentence that does not speak of
    the organisation or its leaders: "In 1969 the United States exploded a nuclear device",
    "The main rival, Boeing, has been led since 2024 by ...". Such a sentence is context
    (background), not the organisation's history.

    The judgement is narrow on purpose: the clause's grammatical subject must be a proper name
    (a word the article never writes in lower case) that is not the organisation, one of its
    aliases or kinds, nor a body whose name ends in a kind of unit ("the 1st Battalion" may be
    one of its own parts); and the whole sentence must name neither the organisation (nor
    "it", "the party" ...) nor any of its leaders. Sentences that carry on about the
    organisation without naming it ("Courts in three countries approved the deal") keep their
    place on the timeline, and so does a law, ban or ruling (kind `legal`): another body's legal
    step is the organisation's legal situation ("Putin signed a law under which Russians who
    defect can be imprisoned")."""
    text = _LEAD_CLAUSE.sub("", _ACCORDING.sub("", clause.strip()))
    text = _OPENING_ASIDE.sub("", text)  # "Weeks later, on 28 June 2009, soldiers ...", "To support that demand, ..."
    if (rel := _RELATIVE.match(text)) is not None and rel.end() > 0:
        text = text[rel.end():].lstrip(" ,")  # "The next day Teoh ... was found dead": the time is no subject
    first = find_dates(text)
    if first and _LEAD_PHRASE.match(text[:first[0].start]):
        text = text[first[0].end:].lstrip(" ,")  # "On 28 May 1997 the two countries ..."
    # ("India and Pakistan, backed respectively by Russia and China, became full members": an
    # aside of a participle between the subject and its verb; not one that dates something,
    # "Venezuela, admitted in 2012, has been suspended since 2016")
    text = _PARTICIPLE_ASIDE.sub(r"\g<np>", text)
    verb = _NP_VERB.search(text)
    if not verb:
        return False
    if _MEMBERSHIP_DONE.match(text[verb.start():]):
        return False  # "Honduras was readmitted on 1 June 2011": membership is granted by the body it is of
    if _CRAFT_VERB.match(text[verb.start():]):
        return False  # "Atlantis touched down", "Columbia disintegrated": a craft, which no body is
    if _STRUCK_ITS_OWN.match(text[verb.start():]):
        # "Rhodesian troops ambushed a platoon of some thirty-five soldiers": an attack on a body
        # of men the clause does not give to anyone is on the organisation's own (the reader of
        # its article takes it so); one on another's is told with the owner ("a Zambian patrol")
        return False
    np = re.sub(r"\s*\([^()]*\)", "", text[:verb.start()]).strip(" ,")
    np = re.sub(r",\s+[a-z]+ing\b.*$", "", np)  # "the United Nations General Assembly, acting on a proposal from ..."
    # a name of nine words at most, or a group told by whom it belongs to ("four members of the
    # Popular Front for the Liberation of Palestine")
    if not np or len(np.split()) > (16 if _GROUP_OF.match(np) else 9) or \
            re.match(r"(?i)^(?:it|they|he|she|its|their|his|her|we|this|these)\b", np):
        return False
    tokens = [t for t in _CAP.findall(np) if t not in _MONTHS]
    if tokens and all(t.casefold() in subject.words or (t.casefold().endswith("s") and t.casefold()[:-1] in subject.words)
                      for t in tokens) and not (len(tokens) == 1 and is_country(tokens[0])):
        # (not the country its name is of: "Germany was reunified" in the article on the
        # Christian Democratic Union of Germany)
        return False  # "thirteen Marines were killed" in the Marine Corps' article: its own people
    core = np.split(",")[-2] if np.count(",") >= 2 else np.split(",")[-1] or np  # "The main rival, Boeing,"
    core = re.split(r"\s+(?:of|in|on|at|for|from|by|with)\s+", core.strip())[0]
    head = re.findall(r"[\w'’-]+", core)
    # a group told as others ("Canadian police", "gunmen in Beirut", "members of the Popular
    # Front"), not as its own people ("the members were asked", "its soldiers")
    # ("members" only with whom they are members of: "several former members complained" are its own)
    # a person the article gives another body's post ("the DUP leader, Jeffrey Donaldson"), who
    # leads nothing of ours, acts for that body
    # ("the DUP leader": a role owned by a body the np names, by its letters or a word of a body;
    # not a title of government, "Prime Minister Laurent Fabius", which acts on many things)
    owner = re.match(rf"(?:the\s+)?(?P<body>(?:[A-Z][\w'’.&-]*\s+){{1,4}}?)(?:(?:'s|’s)\s+)?(?:[a-z-]+\s+)?(?:{ROLE_WORDS})\b",
                     np)
    affiliated = bool(owner) and (re.fullmatch(r"[A-Z]{2,}(?:\s+[A-Z]{2,})*", owner.group("body").strip()) is not None
                                  or ORG_WORD.search(owner.group("body")) is not None) \
        and any(p.affiliation and not p.leader and p.name in np for p in people)
    group = bool(head) and head[-1].casefold() in _ACTING_GROUPS and (head[-1].casefold() != "members" or bool(_GROUP_OF.match(np))) and (
        not re.match(r"(?i)(?:the|its|their|our|his|her|this|these|those)\s", np)
        or any(w[:1].isupper() for w in re.findall(r"[\w'’-]+", np)[1:]))
    if not group:
        if not any(t in proper for t in tokens):
            return False
        if head and not head[-1][:1].isupper() and not re.match(r"^[A-ZÀ-ÞĀ-Ž][\w-]*(?:'s|’s)\s", core):
            return False  # "the first AXE exchange": a thing named after something, not a body acting
        last = re.findall(r"[\w'’-]+", re.sub(r"(?:'s|’s)\b.*$", "", np))
        if last and last[-1].casefold() in KINDS and not _organ_of_another(np, parts, others):
            return False  # "the 1st Battalion", "the Supervisory Council": possibly its own part
        if ROLE_NOUN.search(np) and not affiliated:
            return False  # a person acting ("Prime Minister Laurent Fabius admitted ..."): often about it
    whose = re.match(r"^([A-Z][\w'’-]+)(?:'s|’s)\s+(?:[a-z-]+\s+)?(?:team|staff|engineers|designers|researchers|"
                     r"group|unit|lab|laboratory|department|division|crew)\b", np)
    if whose and not ORG_WORD.search(whose.group(1)) and whose.group(1).casefold() not in others and not any(
            q.name.split()[-1] == whose.group(1) and q.affiliation for q in people):
        # "Yokoi's team then produced the Game Boy": a person's team in the organisation's own
        # article is its own people (another body's person is told by that body's post)
        return False
    if affiliated:
        pass  # "the DUP leader, Jeffrey Donaldson, announced ...": another body's person, for it
    elif any(p.name in np or (len(p.name.split()) > 1 and np in _surnames_of(p.name)) for p in people) or (
            PERSON_NAME.fullmatch(np) and not ORG_WORD.search(np)) or np in named:
        return False  # a person acting ("Petrov defected", Vladimir Petrov named before): often about it
    # The title's distinctive words, less a trailing "of Germany" (a jurisdiction, not a name).
    own_title = re.split(r"\s+of\s+", subject.title)[0]
    own_words = ({w.casefold() for w in re.findall(r"[\w'’-]+", own_title) if len(w) > 2} | {
        w.casefold() for n in subject.names[1:] for w in re.findall(r"[\w'’-]+", n) if len(w) > 1}) - KINDS - subject.generic \
        - _FUNCTION_WORDS  # "Doctors of the World": "The" opens any sentence
    # (a country the title is named for is a state acting too: "Belize became independent" in
    # the article on the Belize Defence Force)
    jurisdiction = np.split()[-1].casefold() in subject.words - own_words - KINDS or is_country(np)
    if (subject.is_subject_phrase(np) and not jurisdiction) or subject.mentioned_in(sentence) or \
            _names_subject(sentence, subject):
        return False
    if any(t.casefold() in parts for t in tokens):
        return False  # "a special session of the Conference": one of its own organs
    low = sentence.casefold()
    if any(len(part) > 6 and " " in part and part in low for part in parts):
        # "Bertone issued a general decree with new statutes, under which a Representative Council
        # replaced the old executive committee": what another body did to its own organs
        return False
    plurals = {f for k in KINDS | subject.generic for f in (k, k + "s", k + "es", k[:-1] + "ies" if k.endswith("y") else k)}
    named_group = group and any(t in proper and t.casefold() not in own_words for t in tokens)
    if not named_group and re.search(
            rf"\b(?:the|its|their|both)\s+(?:\w+\s+)?(?:{'|'.join(sorted(plurals))})(?!\s+(?-i:[A-ZÀ-Þ]))['’]?(?:\s|$)",
            # (an organ of another body named in full before acts here: its own name is not "the council")
            sentence.replace(np, " ", 1) if re.sub(r"^(?:the|The)\s+", "", np).casefold() in others else sentence,
            re.I):
        # "restoring the agencies' powers", "the British charity's handling": it, or it with
        # another body. Not a kind that introduces another's name ("the Palestinian group Black
        # September"), nor when the actor is a group the clause names as another's ("members of
        # the Palestinian group Black September attacked the Israeli team").
        return False
    # "Azov" for the "Azov Brigade": a word of its title, or a run of capitalised words that
    # are all its own (a word of another of its names alone is not: "Komando Jihad", another
    # group, in the article on Kopassus, whose native name is Komando Pasukan Khusus)
    title_words = {w.casefold() for w in re.findall(r"[\w'’-]+", own_title) if len(w) > 2} - KINDS \
        - subject.generic - _FUNCTION_WORDS
    for run in _CAP_RUN.findall(sentence):
        if is_country(run):
            continue  # (the country its title names: "Belize", beside the Belize Defence Force)
        words = [w.casefold() for w in run.split()]
        if any(w in title_words for w in words) or (any(w in own_words for w in words) and all(
                w in own_words or w in KINDS or w in subject.generic or w in _FUNCTION_WORDS or w.capitalize() in _MONTHS
                for w in words)):
            return False
    if _ACTED_ON_IT.search(clause):
        # "the following year Qantas bought it": another body acting on the organisation (buying,
        # taking over, nationalising, banning it) is the organisation's history
        return False
    if re.search(r"\b(?:its|their|our)\b(?!\s+way\b)", sentence, re.I):
        # "French agents sank its flagship": "its" is most often the organisation, but not the
        # hijacked aircraft "on its way from Palma de Mallorca"
        return False
    if _ITS_DEAL.search(sentence):
        return False  # "The Federal Trade Commission cleared the deal": a step of its own deal
    if any(re.match(r"(?i)its\s", p.affiliation or "") and p.name.split()[-1] in sentence for p in people if p.name.split()):
        # "Late on 18 May 2025 police arrested López at her home": one of its people, whom the
        # article named as the head of its unit, is acted on; what happens to them is its history
        return False
    return not any(n.split()[-1] in sentence for n in leaders if n.split()) \
        and not any(_alone(w, sentence) for w in called)


# "Kumar resigned as law minister": a government's portfolio, told without "of" (not "prime
# minister" or "first minister", a party's aim; see `_MINISTER_POST` for a ministry's head)
_PORTFOLIO = (r"\b(?:as|became|become|becoming|named|appointed)\s+(?:the\s+|an?\s+)?(?:new\s+)?"
              r"(?P<body5>(?!(?:prime|first|chief)\s)(?-i:[a-z]+)\s+minister)\b(?!\s+(?:of|for)\b)")
# (and the posts of local and regional government, which no organisation's head holds as such:
# "resigned as mayor of Johannesburg", "became premier of the province")
_POST_ELSEWHERE = re.compile(
    rf"\b(?:as|to\s+be|became|become|becoming|had\s+been|named|appointed|(?:re-?)?elected|be)\s+(?:the\s+|an?\s+)?"
    rf"(?:new\s+|first\s+)?(?:[\w-]+\s+){{0,3}}?(?:\w+-)?(?:{ROLE_WORDS}|mayor|premier|senator)\s+(?:of|for|at)\s+"
    rf"(?P<body>(?:the\s+)?[^,;.]{{2,60}})|"
    # "The head of the specialised prosecutor's office, Oleksandr Klymenko, has led it since 2022"
    rf"^\s*(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})\s+(?:of|for|at)\s+(?P<body2>(?:the\s+)?[^,;.]{{2,60}}),\s+"
    rf"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,|"
    # "X was nominated to the upper house of the Indian parliament"
    rf"\b(?:nominated|appointed|elected|named|sent|seconded)\s+to\s+(?P<body3>the\s+[^,;.]{{2,60}})|"
    # "She was France's minister of the economy and finance from 2007 to 2011"
    rf"\b(?:was|had\s+been)\s+(?P<body4>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){{0,3}})(?:'s|’s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})\b|{_PORTFOLIO}", re.I)
_PORTFOLIO_POST = re.compile(_PORTFOLIO, re.I)
# The head of the organisation called a minister (the article on a ministry): "as law minister"
# may then be its own post.
_MINISTER_POST = re.compile(r"(?i)\bminister\b")


def _elsewhere_post(clause: str, subject: Subject, leaders: list[Person] | None = None,
                    date: EventDate | None = None, before: str = "", referent: str | None = None) -> bool:
    """Whether a clause tells a person taking or holding a post in another body ("introduced
    Mikats as the new commander of Operational Command East", "chose him to be director of the
    Central Intelligence Agency", "had been the United Nations Under-Secretary-General for
    Humanitarian Affairs"), without naming the organisation: a career step, background to the
    organisation's own history."""
    # "X, a former judge who had been High Commissioner for Human Rights, took office": X's
    # past, not the clause's post; the clause's own may follow ("Jaakkola, who had been an
    # instructor at the parachute jaeger school, became Commander of the Finnish Defence Forces")
    m = next((m for m in _POST_ELSEWHERE.finditer(clause)
              if not (re.search(r",\s+(?:(?:a|an|the)\s[^,;]*?)?\bwho\b[^,;]*$", clause[:m.start()])
                      and "," in clause[m.end():])), None)
    if not m:
        return False
    if (opening := _AFTER_OPENING_CLAUSE.match(clause)) and m.end() <= opening.end() \
            and _FINITE.search(clause, opening.end()):
        # "After Kim took office as president of the republic in February 1993, Hwang was forced
        # out": the post elsewhere is the occasion an opening clause sets, and the happening is
        # the main clause's
        return False
    if m.group("body5") and any(p.leader and _MINISTER_POST.search(p.role or "") for p in leaders or []):
        return False
    body = re.split(r"\s+(?:in|on|from|since|until|after|before|when|while|and)\s",
                    m.group("body") or m.group("body2") or m.group("body3") or m.group("body4") or m.group("body5"))[0]
    if subject.is_owner(body) or subject.is_subject_phrase(body) or _names_subject(body, subject):
        return False
    if _OWN_BOARD.fullmatch(body.strip()):
        # "chose Markus Kamieth ... as the next chairman of the Board of Executive Directors": a
        # board named by its kind alone is the organisation's own, as "the board" is
        return False
    if re.match(r"(?i)(?:the\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|a\s+further|"
                r"another|life|the\s+next)\s*(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|terms?|mandates?|life)\b", body):
        return False  # "appointed him secretary-general for five years": a term, not another body
    if re.fullmatch(r"(?:the\s+(?:year\s+)?)?(?:1[5-9]\d\d|20\d\d)(?:\s*[–-]\s*(?:\d{2}|\d{4}))?", body.strip()):
        return False  # "was elected president for 2024": the year of the term, not another body
    if re.fullmatch(r"(?i)(?:[\w'’-]+\s+){0,3}(?:descent|origin|heritage|ancestry|extraction|birth)", body.strip()):
        # "sworn in as the first prime minister of Indian descent": who the holder is, not a body
        # the post is of (the party's leader taking the state's office is the party's event)
        return False
    rest = clause[:m.start()] + clause[m.end():]
    # Asides describe the person ("Murthy's wife, who chaired the company's charitable arm"), not
    # the post: they do not tie the post to the organisation.
    for _ in range(3):
        rest = re.sub(r",\s+(?:who|whose|a|an|the|[A-Z][\w'’-]*(?:'s|’s))\b[^,;]{0,90},", ",", rest)
    if _names_subject(rest, subject) or re.search(r"\b(?:its|their)\b", rest, re.I) or subject.mentioned_in(rest):
        return False
    # The organisation's own leader leaving for that post while in office is its leadership
    # change ("Zelenskyy announced that Palisa would become a deputy head of the Office").
    # ("Burns led the endowment from 2015 to January 2021, when President Biden chose him to be
    # director of the CIA": "him" is the leader the sentence named before the clause; "Four months
    # later she led the alliance to victory ... On 26 May she was sworn in as prime minister of
    # Trinidad and Tobago": "she" is the party's leader the sentences before named, `referent`)
    pronoun = re.search(r"\b(?:him|her|he|she)\b", clause) is not None
    # (the referent only as the clause's subject: not "Lourenço succeeded her father", nor
    # "followers founded a party, which he led")
    told = referent is not None and re.match(r"(?:he|she)\b", _strip_date_phrase(clause.strip()), re.I) is not None
    if re.match(r"(?:he|she|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+had\s+(?:been\s+|become\s+)",
                _strip_date_phrase(clause.strip()), re.I):
        # ("He had become chairman of the forest company UPM in January 2023": the past perfect
        # tells a post taken beside the leader's own, told looking back, not one left for)
        return True
    for p in leaders or []:
        if not p.leader or not p.period or date is None or (
                p.name.split()[-1] not in clause and not (pronoun and p.name.split()[-1] in before)
                and not (told and p.name == referent)):
            continue
        # (each term, the earlier ones too: Benkirane led the party "2008–2017" and "since 2021",
        # and the king appointed him head of government in 2011)
        for term in (p.period, *p.earlier):
            years = [y for d in find_dates(term, bare_years=True) for y in (d.year, d.end_year) if y]
            if years and min(years) <= date.year <= max(years) + 1:
                return False
    return True


# "X succeeded Y as president", "X replaced Y as prime minister": a change of holder told with
# the post it is of, and no body.
_SUCCEEDED_AS = re.compile(rf"\b(?:succeeded|replaced|followed)\s+(?P<who>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){{0,4}})"
                           rf"\s+as\s+(?:the\s+)?(?:new\s+|next\s+)?(?P<post>(?:[a-z-]+\s+)?(?:{ROLE_NOUN.pattern}))"
                           rf"(?=\s+(?:in|on|at|from|after|before|when|until)\b|\s*[,.;]|$)", re.I)


def _succession_elsewhere(clause: str, people: list[Person]) -> bool:
    """Whether a clause tells one person succeeding another in a post the organisation's
    leaders hold none of, neither of them its leader: "Félix Tshisekedi succeeded Joseph Kabila
    as president in January 2019" in the article on a rights group led by executive
    directors is the state's change of president, background to the group's story. The post
    decides: a party or company whose heads are presidents keeps such a clause (its own
    succession, though the text names no body)."""
    m = _SUCCEEDED_AS.search(clause)
    if m is None:
        return False
    leaders = [p for p in people if p.leader]
    ours = {x for p in leaders for r in (p.role, *(q.role for q in p.posts))
            if r for x in (post_of(r), *joined_posts(r))}
    post = post_of(m.group("post"))
    if not ours or post in ours or any(post in x or x in post for x in ours if x):
        return False
    named = set(_persons_in(clause, [p.name for p in leaders]))
    return not any(p.name in named or p.name.split()[-1] in clause for p in leaders)


# A board named by its kind alone ("the Board of Executive Directors", "the management board").
_OWN_BOARD = re.compile(r"(?i)(?:the\s+)?(?:(?:supervisory|executive|management|managing|governing)\s+)?board"
                        r"(?:\s+of\s+(?:executive\s+|managing\s+)?(?:directors|management|trustees|governors))?")


def _named_aside_only(sentence: str, persons: list[str], referent: str | None) -> bool:
    """Whether a sentence that speaks of the person last named as "she" or "he" names the others
    only in apposition ("After she criticised her own government over the detention of a senior
    judge, Abdulla Mohamed, officials accused her ..."): "She" in the next sentence is still that
    person, not the judge. A pronoun must come before the first name; each name is set off by
    commas after words in lower case."""
    if referent is None:
        return False
    pronoun = re.search(r"\b(?:[Ss]he|[Hh]er|[Hh]e|[Hh]im|[Hh]is)\b", sentence)
    first = min((sentence.find(n) for n in persons if n in sentence), default=-1)
    if pronoun is None or first < 0 or pronoun.start() > first:
        return False
    return all(re.search(rf"\b[a-z][\w-]*,\s+{re.escape(n)},", sentence) for n in persons)


# (case matters for the name: "Interpol announced that it had received" is no person's career)
# (the person may be told as someone's successor, with the name set off: "His successor, the
# lawyer Yuli Novak, had directed the veterans' testimony group Breaking the Silence")
_CAREER = re.compile(rf"^(?:[Hh]e|[Ss]he|{PERSON_NAME.pattern}|(?:His|Her|Their|The\s+[\w'’-]+(?:'s|’s))\s+"
                     rf"(?:[a-z]+\s+)?(?:successor|predecessor|deputy|replacement)(?:,\s+[^,;]{{2,80}},)?)\s+had\s+"
                     rf"(?:\w+ly\s+|earlier\s+|once\s+)?[a-z]+(?:ed|en|own|ught|ook|ent|un|eld|ade|ept|ilt|ost)\b")


def _earlier_career(clause: str, surnames: frozenset[str] = frozenset()) -> bool:
    """A person's earlier career told in the past perfect ("She had worked at the secretariat
    from 1995 to 2001", "He had been elected mayor of Warsaw") is background to the
    organisation's history. A step in its own leadership ("had been appointed its director") is
    classed a leadership event before this is asked, and is not."""
    text = _strip_date_phrase(clause.strip())
    if re.match(r"(?i)(?:after|before|when|while|as|once|since|until|although|though|because|if)\b", text):
        return False  # "After the inquiry had published its report, X told ...": a subordinate clause
    if _CAREER.match(text):
        return True
    # "Sinirlioğlu had briefly served as ...": a surname alone, of someone the article names
    m = re.match(r"^([A-Z][\w'’-]+)\s+had\s+(?:\w+ly\s+|earlier\s+|once\s+)?[a-z]+(?:ed|en|own|ught|ook|ent|un|eld|ade|ept|"
                 r"ilt|ost)\b",
                 text)
    return bool(m and m.group(1) in surnames)


# A person's own venture: "Ahtisaari, chairman from 2000 to 2004, founded his own mediation
# organisation, the Crisis Management Initiative, in 2000".
_OWN_VENTURE = re.compile(
    r"^(?:[Hh]e|[Ss]he|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:,[^,;]{1,80},)?\s+(?:(?:later|then|also)\s+)?"
    r"(?:founded|set\s+up|established|launched|started|created)\s+(?:his|her)\s+own\b")


# A person taking a seat in a legislature for a party: "She entered the Knesset for Meretz in 1999",
# "he was elected to parliament for the Labour Party".
_SEAT_FOR = re.compile(r"^(?:[Hh]e|[Ss]he|(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3})\s+(?:(?:later|then|also)\s+)?"
                       r"(?:entered|was\s+elected\s+to|won\s+a\s+seat\s+in|took\s+a\s+seat\s+in)\s+(?:the\s+)?"
                       r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*|parliament)\s+for\s+(?:the\s+)?"
                       r"(?P<body>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*)")


def _seat_for_another(clause: str, subject: Subject) -> bool:
    """Whether a clause tells a person taking a seat in a legislature for a party that is not
    the organisation ("She entered the Knesset for Meretz in 1999", of B'Tselem's first
    director): that person's career, background to its history. A party's own member elected
    for it ("... for the Labour Party" in Labour's article) stays a happening of the party."""
    m = _SEAT_FOR.match(_strip_date_phrase(clause.strip()))
    return m is not None and not subject.mentioned_in(m.group("body")) and not subject.is_owner(m.group("body"))


def _own_venture(clause: str, sentence: str, subject: Subject) -> bool:
    """Whether a clause tells a person founding a body of their own, in a sentence that does not
    speak of the organisation: the person's career, background to its history, however long they
    had led it.

    Not a person's honours: a chairman's Nobel Peace Prize years after he left is his life
    (the International Crisis Group's Ahtisaari), a leader's while he led it is the
    organisation's (Solidarity's Wałęsa, 1983), and which of the two is told only by terms a
    sentence often does not give."""
    return bool(_OWN_VENTURE.match(_strip_date_phrase(clause.strip()))) and not subject.mentioned_in(sentence) \
        and not _names_subject(sentence, subject)


_ELECTED = re.compile(r"(?:[^,;]{0,40},\s+)?(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
                      r"(?:,[^;]{0,120}?,)?\s+(?:was|has\s+been|had\s+been)\s+(?:re-?)?elected\b")


# "the Assembly elected him to a second term": the one the text named last (`_leader_elected`)
_CHOSE_HIM = re.compile(r"\b((?:re-?)?elected|chose|picked|selected|appointed|confirmed)\s+(?:him|her)\b")
# "the board chose Florence Rigal", "the members elected the diabetes specialist Philippe de Botton"
_CHOSE = re.compile(r"\b(?:elected|re-?elected|chose|picked|selected|appointed|confirmed)\s+(?:the\s+(?:[a-z][\w-]*\s+){1,4})?"
                    r"(?P<who>[A-Z][\w'’.-]+(?:\s+(?:de|van|von|der|da|di|du|del|la|le)?\s*[A-Z][\w'’.-]+){1,3})")
# "the board named Doustdar, who had joined the company ... and run its international
# operations": a leader the article knows, named (by surname too) with no post or as a
# successor; the aside's "operations" had made the row an operation. Not "named Mathuki as
# Kenya's ambassador to Russia", "nominated Lindborg to head the Bureau ...": another's post.
_NAMED_WHO = re.compile(r"\b(?:named|nominated)\s+(?P<who>[A-Z][\w'’.-]+(?:\s+(?:de|van|von|der|da|di|du|del|la|le)?"
                        r"\s*[A-Z][\w'’.-]+){0,3})(?P<rest>(?:,[^;]{0,200}?,)?[^,;]*)")
_NAMED_FOR = re.compile(r"^\s*(?:$|[.;]|(?:as\s+(?:(?:his|her|their|its)\s+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s\s+)"
                        r"(?:successor|replacement)|to\s+(?:succeed|replace)|in\s+(?:his|her|their)\s+place|on\s|in\s)\b)")


def _leader_elected(clause: str, leaders: list[str]) -> bool:
    """An election of one of the organisation's own leaders is a change of its leadership even
    when the sentence names no post ("Javid Abdelmoneim, an emergency physician, was elected at
    the assembly in Colombo", "the board chose Florence Rigal, a palliative care doctor", "the
    board elected the diabetes specialist Philippe de Botton"): the person is known from the
    article's leadership as its leader. An election of anyone else stays what it was ("Grigory
    Yavlinsky finished fourth")."""
    text = clause.strip()
    found = [m.group("who") for m in (_ELECTED.match(text), *_CHOSE.finditer(text)) if m]
    found += [m.group("who") for m in _NAMED_WHO.finditer(text)
              if _NAMED_FOR.match(re.sub(r"^,[^;]{0,200}?,", "", m.group("rest")))]
    return any(who.split()[-1] == n.split()[-1] for who in found for n in leaders if n.split())


# A person's death told as a clause's happening: "Rosalynn Carter died in November that year",
# "Jimmy Carter, who had built with it for forty years, died on 29 December 2024", "Rolls was
# killed in a flying accident in 1910".
# "After Edhi's death", "Following the death of its founder Ramón Castro", "After his death": a
# clause dated by the death it follows (`extract_events`)
_AFTER_DEATH = re.compile(r"^(?:After|Following|Soon\s+after)\s+(?:(?P<pron>his|her)|the\s+death\s+of\s+(?:[a-z]+\s+){0,3}"
                          r"(?P<of>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})|"
                          r"(?P<poss>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})['’]s?)(?(of)|\s+death)\b,?\s")
_PERSON_DIED = re.compile(r"(?P<who>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4})(?:,\s+[^,;]{2,80},)?\s+"
                          r"(?:had\s+)?(?:died|passed\s+away|was\s+killed\s+in\s+an?\s+(?:[\w-]+\s+){0,2}(?:accident|crash)|"
                          r"took\s+(?:his|her)\s+own\s+life|committed\s+suicide)\b")


_DESCRIBED_FIRST = re.compile(r"^(?:The|A|An)\s+(?:(?-i:[a-z])[\w-]*\s+(?:and\s+)?){1,6}?(?=(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z]))")


def _without_times(clause: str) -> str:
    """`clause` without its times of one point told after "in", "on", "during" or "by"."""
    for mention in find_dates(clause):
        if not mention.closed_range:
            clause = re.sub(rf"\s+(?:in|on|during|by)\s+{re.escape(mention.text)}\b", "", clause)
    return clause


def _own_people(clause: str, subject: Subject) -> bool:
    """Whether a clause tells of someone as one of the organisation's people: it names the
    organisation, or its people by a word of its name ("Rambahadur Limbu, the last living Gurkha
    holder of the Victoria Cross," in the Brigade of Gurkhas' article)."""
    if subject.mentioned_in(clause):
        return True
    words = {w.casefold() for w in re.findall(r"[A-Z][\w'’-]{3,}", clause)}
    return any(w in subject.words or (w.endswith("s") and w[:-1] in subject.words) or w + "s" in subject.words
               for w in words if w not in {n.casefold() for n in subject.generic})


def _others_death(clause: str, leaders: list[str], people: list[Person] = (), year: int | None = None) -> bool:
    """Whether a clause tells the death of a named person who is none of the organisation's
    leaders (`leaders`: their names): the life of a volunteer, a patron or a leader's wife, not
    a happening of the organisation ("Jimmy Carter died on 29 December 2024" in the article of
    the charity he built houses for). The judgement: the death of one of its heads may change
    who leads it (a head who died in office), so it stays a happening, unless the head's term,
    as the article tells it, had ended in an earlier year (`year`: the death's); its people
    killed in its operations are told as losses, not by one person's name and "died"."""
    # ("The gay rights and anti-apartheid activist Simon Nkoli had died of AIDS": who the person
    # was, before the name)
    m = _PERSON_DIED.match(_DESCRIBED_FIRST.sub("", _strip_date_phrase(clause.strip()), count=1))
    # a name, or a surname of someone the article names in full ("Carter died on 29 December")
    if m is None or not (is_name(m.group("who")) or m.group("who") in {
            w for p in people for w in p.name.split()[-1:]}):
        return False
    who = m.group("who").split()
    if not any(who[-1] in n.split() for n in leaders):
        return True
    # A head who had left: "Wilson died in January 2019, aged 54" of a chairman until July 2018,
    # "Norgate had died in London in July 2015" of a chief executive until 2003. Their death
    # changes no one's post; it is a life, told after the organisation's story had moved on.
    # (A head whose term the article does not end, or ends in the year of the death, may have
    # died in office, which stays a happening.)
    if year is None or "in office" in clause:
        return False
    held = [p for p in people if p.leader and who[-1] in p.name.split()]
    # A founder who holds no post now founded it, an act and not a term: "Millard Fuller died
    # on 3 February 2009", decades after Habitat's founding, is a life, as a past head's death
    # is. (One the text says leads it still, `current`, may have died its head.)
    ends = [year - 1 if _FOUNDER_ONLY.fullmatch(p.role or "") and p.current is not True
            else _term_end(p.period) or _succeeded_by(p, people, year) for p in held]
    return bool(held) and all(e is not None and e < year for e in ends)


_FOUNDER_ONLY = re.compile(r"(?i)(?:co-?)?founders?")


def _succeeded_by(person: Person, people: list[Person], year: int) -> int | None:
    """The year a head no longer in office was followed in the post, when the article tells
    only the start of the term ("Mohammed Ahmed (1980)" in a table, "Mohammed stayed in charge
    until 1991" in prose): the first start of another holder of the post after it and before
    `year`; None when the head may still hold it or no one is told to have followed."""
    start = _start_year(person.period)
    if person.current is not False or start is None or not person.role:
        return None
    later = [y for q in people if q is not person and q.leader and q.role == person.role
             and (y := _start_year(q.period)) is not None and start < y < year]
    return min(later) if later else None


def _start_year(period: str | None) -> int | None:
    m = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", period or "")
    return int(m.group(1)) if m else None


def _term_end(period: str | None) -> int | None:
    """The year a term told as "2012–2018", "until 2018", "2001 to 3 May 2003" ended; None for one
    still running or not told."""
    if not period:
        return None
    # ("25 November 1964 – 31 October 2005": a day and a month before the year)
    m = re.search(r"(?:[–—-]\s*(?:\d{1,2}\s+)?(?:\w+\s+)?|\b(?:until|to)\s+(?:\d{1,2}\s+)?(?:\w+\s+)?)(\d{4})\s*$",
                  period.strip())
    return int(m.group(1)) if m else None


def _stands_for(sentence: str, leader: str) -> bool:
    """Whether the leader's surname stands in the sentence as theirs: as a word of its own
    (`name_spans`), not followed by a name's word in capitals that their name does not hold."""
    own = set(leader.split())
    for _start, end in name_spans(sentence, leader.split()[-1], after="-"):
        nxt = re.match(r"\s+((?-i:[A-Z])[\w'’-]*)", sentence[end:])
        # (a title after it is no name: "The judges elected Akane President")
        if nxt is None or nxt.group(1) in own or nxt.group(1) in _NOT_A_NAME_WORD or ROLE_NOUN.match(nxt.group(1)):
            return True
    return False


# Words in capitals that may follow a surname without running on into another's name.
_NOT_A_NAME_WORD = frozenset({"The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "His", "Her", "And", "But"})


def _own_leadership(sentence: str, subject: Subject, leaders: list[str], people: list[Person]) -> bool:
    """A change of leader is the organisation's unless the sentence shows it is another body's:
    it names none of the organisation's leaders, does not speak of the organisation, and either
    names a person the profile relates to another body or gives a role of another body
    ("Defence Minister Charles Hernu resigned", "was appointed head of the Chernihiv
    administration"). "In 2016 Anna Lind was appointed commander" stays the organisation's."""
    # (a surname as a word of its own: not "Tshabalala" in "Manto Tshabalala-Msimang"; nor
    # "Sharma" in "Prime Minister KP Sharma Oli", a name that runs on past it with a word the
    # leader's own name lacks, another person's: the Nepal Army's "Prime Minister KP Sharma Oli
    # resigned" had been a change of its leader, for its former chief Prabhu Ram Sharma)
    if any(_stands_for(sentence, n) for n in leaders if n.split()):
        return True
    if subject.mentioned_in(sentence) or _names_subject(sentence, subject):
        return True
    if any(p.affiliation and p.name in sentence for p in people):
        return False
    if _PORTFOLIO_POST.search(sentence) and not any(p.leader and _MINISTER_POST.search(p.role or "") for p in people):
        return False  # "Kumar resigned as law minister": a government's post (`_POST_ELSEWHERE`)
    for m in ROLE_NOUN.finditer(sentence):
        before = sentence[:m.start()].split()[-1:] if sentence[:m.start()].strip() else []
        after = sentence[m.end():m.end() + 40]
        if before and before[0][:1].isupper() and before[0].casefold() not in subject.words and \
                not re.match(r"(?i)(?:the|a|an|its|their|new|first)$", before[0]) and m.start() > 0:
            return False  # "Defence Minister", "Vice-President" of something else
        if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", after) and not subject.is_owner(
                re.split(r"[,;.]", after.split(" of ", 1)[-1])[0]):
            return False  # "head of the Chernihiv city military administration"
    return True


# -- extraction -------------------------------------------------------------------------------
def _file(piece: _Text, default: str | None) -> str:
    return piece.source.file if piece.source and piece.source.file else (default or "")


def _names_subject(text: str, subject: Subject) -> bool:
    """Whether a text names the subject itself (title or alias), not only "it". A body of the same
    name introduced as another ("A Berlin broadcasting company called Deutsche Welle GmbH,
    founded in 1924, ...") is a namesake, not the subject; so is an older body its name is
    given to ("had helped to found the original Communist Party of Nepal in 1949", of the CPN
    (UML), founded in 1991)."""
    low = text.casefold()
    for n in subject.names:
        if len(n) > 2:
            for m in re.finditer(rf"\b{re.escape(n.casefold())}\b", low):
                before = low[:m.start()]
                if not re.search(r"\b(?:a|an|another)\s+(?:[\w-]+\s+){0,4}(?:called|named)\s+$", before) and \
                        not re.search(r"\b(?:the|an?)\s+(?:original|old|older|earlier)\s+$", before):
                    return True
    # Before it exists an article calls it "the new body", "the proposed party".
    kinds = "|".join(sorted(subject.generic))
    return bool(re.search(rf"\b(?:the|a)\s+(?:new|proposed|planned|future|projected)\s+(?:{kinds})\b", low))


# "The force took its present name on 1 February 1920 ..., but it traces its history to the
# North-West Mounted Police of 1873": the date the infobox gives as formed was a renaming, and
# the organisation's own history, under its former names, goes back to the year its history is
# traced to (a history or an origin; a "lineage" is a predecessor's whose traditions it keeps).
# ("The present brigade was formed on 1 March 2013 from the navy's Landing Force": a body
# formed from the one before it under a new name, as a renaming is)
_PRESENT_NAME = re.compile(r"\b(?:took|adopted|received|assumed)\s+(?:its|their)\s+(?:present|current)\s+name\b|"
                           r"\b(?:was|were)\s+renamed\b|"
                           r"\bthe\s+present\s+[a-z]+\s+(?:was|were)\s+(?:formed|created|established|raised|set\s+up)\b"
                           r"[^.;]{0,40}?\bfrom\b", re.I)
# ("The navy traces its tradition of naval infantry to a regiment raised in 1713")
_HISTORY_FROM = re.compile(r"\btraces?\s+(?:its|their)\s+(?:history|origins?|traditions?|lineage|roots)"
                           r"(?:\s+(?:of|as)\s+[^.;]{1,40}?)?\s+(?:back\s+)?to\b[^.;]{0,120}?"
                           r"\b(?P<year>1[5-9]\d\d|20\d\d)\b", re.I)


def _history_year(profile: Profile, formed: int) -> int | None:
    """The year the organisation's own history goes back to when the year it was formed is
    when it took its present name (`_PRESENT_NAME`, `_HISTORY_FROM`): what it did under its
    former names is its history, not background from before it existed."""
    for block in profile.lead:
        text = getattr(block, "text", "")
        renamed = any(_PRESENT_NAME.search(s) and str(formed) in s for _, s in sentence_spans(text))
        traced = [int(m.group("year")) for m in _HISTORY_FROM.finditer(text)]
        if renamed and traced and min(traced) < formed:
            return min(traced)
    return None


# "It was set up by the Rome Statute", "The agency was established under the Australian
# Security Intelligence Organisation Act": the instrument that made the organisation.
_MADE_BY = re.compile(r"\b(?:was|were|is|are)\s+(?:set\s+up|established|created|founded|constituted|formed)\s+"
                      r"(?:by|under)\s+(?:the\s+|a\s+)?(?P<what>(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,6}"
                      r"(?:Statute|Treaty|Charter|Convention|Act|Agreement|Protocol|Declaration|Decree|Accords?))\b")


def _founding_instruments(profile: Profile, subject: Subject) -> list[str]:
    """The names of the instruments the text says the organisation was made by. Their making
    before the founding (the Rome Statute adopted in 1998, the court set up when it entered into
    force in 2002) is where the organisation's story starts, not another body's backstory: the
    rule that makes a happening before the founding background spares it."""
    found: list[str] = []
    for t in _texts(profile):
        for m in _MADE_BY.finditer(t.text):
            head = t.text[:m.start()].rsplit(".", 1)[-1]
            if re.match(r"\s*(?:It|They)\b", head) or subject.mentioned_in(head):
                found.append(" ".join(m.group("what").split()))
    return list(dict.fromkeys(found))


# "The network grew out of Soros's first grants in 1979 and his Hungarian foundation of 1984":
# the bodies an organisation grew out of, dated in the saying.
_GREW_OUT = re.compile(r"\b(?:grew|emerged|developed|came)\s+out\s+of\b(?P<what>[^.;]{3,160})", re.I)


def _origin_years(profile: Profile) -> set[int]:
    """The years of the bodies the lead or the text says the organisation grew out of, given
    with them ("his Hungarian foundation of 1984"): the founding of one of them, before the
    organisation's own, is where its story starts (the Soros Foundation in Budapest, 1984, for
    the Open Society Foundations of 1993), not another body's backstory."""
    years: set[int] = set()
    for t in _texts(profile):
        for m in _GREW_OUT.finditer(t.text):
            years.update(int(y) for y in re.findall(r"\b(?:of|in)\s+((?:1[5-9]|20)\d\d)\b", m.group("what")))
    return years


def _founding_year(profile: Profile, drafts: list[_Draft]) -> int | None:
    years = []
    for fact in profile.facts:
        if re.search(r"\b(?:founded|formed|established|active|creation|inception|founding|dates)\b", fact.label, re.I):
            ms = [m for m in find_dates(fact.text or "", bare_years=True) if m.year is not None]
            if ms:
                years.append(ms[0].year)
    if years:
        return _history_year(profile, min(years)) or min(years)
    founded = [d.date.year for d in drafts if d.kind == "founding" and not d.fact]
    return min(founded) if founded else None


# "East Africa", "Central Asia": a region, by the word of direction that opens it
_REGION_FIRST = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                           "Upper", "Lower", "Middle", "Far", "Near"})
# The first words of places named like people: "Fort Chaffee", "Camp Gordon", "Port Moresby".
_PLACE_FIRST = frozenset({"Fort", "Camp", "Port", "Mount", "Lake", "Cape", "Point", "Bay", "Glen", "Saint", "St",
                          "San", "Santa", "Los", "Las"})
# "the successor Memorial Human Rights Defence Centre": the run goes on into a body's word
# ("the Corruption Prevention and Combating Bureau": the run goes on past "and" and a word or two
# more into the body's word)
_GOES_ON = re.compile(r"^\s+(?:(?:of|for|and)\s+)?(?P<w>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


# The last word of a thing's name, never of a person's: an honour, a trophy, a building, a law.
_THING_LAST = re.compile(r"\s(?:Award|Awards|Prize|Medal|Trophy|Cup|Cross|Order|Declaration|Act|Treaty|Accords?|"
                         r"Agreement|Protocol|Convention|Charter|Plan|Programme|Program|Strategy|Initiative|Campaign|"
                         r"Summit|Games|Olympics|Championships?|Festival|Stadium|Hall|Palace|Square|Street|Road|Avenue|"
                         r"Bridge|Tower|Airport|Station|Hospital|Clinic|Cathedral|Church|Mosque|Temple|Park|Museum|"
                         r"Report|Manifesto|Doctrine)$")


def _not_a_person(name: str, after: str) -> bool:
    """Whether a run of capitalised words that reads as a name is a place or part of a body's
    name: it opens on a word of direction ("East Africa"), or the words after it carry on the
    run into a word of a body ("Memorial Human Rights Defence" + "Centre"). A person named
    beside one of these would otherwise be one of two, and "He" in the next sentence nobody."""
    if name.split()[0] in _REGION_FIRST or name.split()[0] in _PLACE_FIRST:
        return True
    if _THING_LAST.search(name):
        return True  # "In 2015 he and Emergency received the Right Livelihood Award": an honour, not a person
    m = _GOES_ON.match(after)
    return bool(m and any(ORG_WORD.fullmatch(w) for w in m.group("w").split()))


# A lone name opening a sentence, told a person by the aside that follows: a role ("Orlov, a
# co-chair of ...", "Rosinha, a former deputy, ...") or a birth ("Kao, born in 1966, succeeded Lim Jock Hoi": the one the
# next sentence's "His term" means, not the one he succeeded).
_SURNAME_ROLE = re.compile(rf"^(?P<name>[A-Z][\w'’-]+[a-z]),\s+(?:(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:\w+-)?"
                           rf"(?:{ROLE_WORDS})\b|born\s+(?:in|on)\b)", re.I)


# A sentence's opening word, not a first name: "After the First World War Mohandas ..." is no run.
_STOP_FIRST_WORD = re.compile(r"(?:The|A|An|After|Before|In|On|At|When|While|By|From|Under|With|During|Since|Until|"
                              r"As|Of|For|And|But)\s")


# A kind of body right before a name: "the trade union federation Unión General de Trabajadores"
# (and the "he" of the next sentence is no such name).
_BODY_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(KINDS))}|federations?|unions?|parties|companies|groups|newspaper|magazine|journal|"
                          r"weekly|daily)\s+$", re.I)


_FOUNDED_WHAT = re.compile(r"\b(?:start|starts|started|starting|found|founds|founded|founding|co-?found(?:ed)?|"
                           r"set\s+up|sets\s+up|setting\s+up|establish(?:ed|es|ing)?|launch(?:ed|es|ing)?|"
                           r"create[sd]?|creating)\s+(?:a\s+group\s+called\s+)?$")
_OF_A_BODY = re.compile(rf"{ORG_WORD.pattern}\s+(?:for|of|on)\s+(?:the\s+)?$")


def _other_initial(name: str, leader: str) -> bool:
    """Whether `name` opens on an initial ("K. Laxman") that none of `leader`'s other names
    opens with ("Bangaru Laxman"): another person of the same surname."""
    first = re.fullmatch(r"([A-Z])\.", name.split()[0]) if len(name.split()) > 1 else None
    if first is None:
        return False
    given = re.findall(r"[A-Z]", " ".join(leader.split()[:-1]))
    return bool(given) and first.group(1) not in given


@record(frozen=True)
class _LeaderIndex:
    """The words of each of a list of leaders' names, read once for the list (`_persons_in` is
    called for every sentence, and splitting every leader's name each time made an article of
    a thousand leaders spend seconds on it)."""

    words: tuple[tuple[str, ...], ...]  # each leader's words, in the list's order
    by_last: dict[str, list[str]]  # leaders by their name's last word, in the list's order
    lasts: frozenset[str]  # the last words of the names of two words or more
    opening: dict[str, list[str]]  # leaders of two words or more by their name's first word


@lru_cache(maxsize=8)
def _leader_index(leaders: tuple[str, ...]) -> _LeaderIndex:
    words = tuple(tuple(n.split()) for n in leaders)
    by_last: dict[str, list[str]] = {}
    opening: dict[str, list[str]] = {}
    for n, ws in zip(leaders, words):
        if ws:
            by_last.setdefault(ws[-1], []).append(n)
        if len(ws) > 1:
            opening.setdefault(ws[0], []).append(n)
    return _LeaderIndex(words, by_last, frozenset(ws[-1] for ws in words if len(ws) > 1), opening)


def _persons_in(text: str, leaders: list[str], aliases: dict[str, str] | None = None) -> list[str]:
    """The people a text names, in order, one entry per person: the organisation's leaders by
    full name, surname or alias ("the spokesperson Caesar"), and any other personal name
    ("Prime Minister Yulia Svyrydenko")."""
    check()  # a turn of a loop that grows with the seed (`budget`)
    out: list[str] = []
    index = _leader_index(tuple(leaders))
    for alias, who in (aliases or {}).items():
        if word_pattern(alias).search(text):
            out.append(who)
    for m in PERSON_NAME.finditer(text):
        # "Prime Minister Yulia Svyrydenko": the title goes, the person stays.
        name = re.sub(rf"^(?:(?:[A-Z][\w-]*\s+)?(?:{ROLE_WORDS})\s+)+", "", m.group("name"), flags=re.I)
        name = re.sub(r"(?<=[a-z]{2})\.$", "", name)  # the sentence's full stop after "Africa."
        name = re.sub(r"(?<=\w)['’]s$", "", name)  # "Laurent-Désiré Kabila's rebellion": the person is Kabila
        if re.search(r"\b(?:born|née|nee)\s+$", text[:m.start()]):
            continue  # "Henri Nestlé was born Heinrich Nestle": the same person's birth name
        if _BODY_BEFORE.search(text[:m.start()]):
            continue  # "The trade union federation Unión General de Trabajadores": a body its kind names
        if _OF_A_BODY.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "the Arab Bank for Economic Development in Africa": the rest of a body's name
        if _FOUNDED_WHAT.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "helped to start Action Bangladesh and HELP Bangladesh": what is founded is a body
        if ORG_WORD.search(m.group(0)) or ROLE_NOUN.search(name) or not is_name(name) or any(
                w in _MONTHS for w in name.split()) or _not_a_person(name, text[m.end():]):
            continue
        # (a full name is that person, not the first of the leaders who share the surname; one
        # leader alone of that surname is read as that leader)
        # (nor someone of that surname whose initial is none of the leader's: "the party's national
        # returning officer, K. Laxman" is not its former president Bangaru Laxman)
        sharing = [n for n in index.by_last.get(name.split()[-1], ()) if not _other_initial(name, n)]
        written = [n for n in sharing if n in text]  # "A.P. Møller" where the pattern read "P. Møller"
        same = name if name in leaders else (sharing[0] if len(sharing) == 1 else written[0] if len(written) == 1
                                             else None)
        if same is None:
            # the name as the text writes it in full ("Mohandas Karamchand Gandhi", which the
            # pattern took from its last three words), a person of their own
            whole = re.search(rf"[A-Z][\w.'’-]*\s+{re.escape(name)}\b", text)
            name = whole.group(0) if whole and not _STOP_FIRST_WORD.match(whole.group(0)) and is_name(whole.group(0)) \
                and not ORG_WORD.search(whole.group(0)) else name
        out.append(same or name)
    def named(word: str) -> bool:  # the substring test first: most leaders are not in most texts
        return word in text and word_pattern(word).search(text) is not None

    for n, ws in zip(leaders, index.words):
        last = ws[-1]
        # ("Iglesias" for "Pablo Iglesias Posse": a Spanish name's first surname is the one used)
        if len(ws) >= 3 and n not in out and not named(last) \
                and re.fullmatch(r"[A-ZÀ-Þ][\w'’-]{2,}", ws[-2]) and named(ws[-2]) \
                and not any(ws[-2] in o for o in out):
            last = ws[-2]
        if n not in out and len(ws) > 1 and named(last) and \
                len(word_pattern(last).findall(text)) > sum(o.count(last) for o in out if o in text):
            out.append(n)  # (not when each time the surname stands, it is in a full name already read)
    lone = _SURNAME_ROLE.match(_strip_date_phrase(text.strip()))
    if lone and lone.group("name")[:1].isupper() and not any(
            lone.group("name") in n.split() for n in out) and not ORG_WORD.fullmatch(lone.group("name")) \
            and lone.group("name") not in STOP_WORDS and lone.group("name").casefold() not in KINDS:
        out.append(lone.group("name"))

    # A name written family name first ("Lee Jae-yong", "Kim Ki-nam") is called by its first word
    # alone ("a special pardon for Lee"): that word names one of them, which makes the sentence
    # one that names someone, though not whom (the one named beside it is then no safe "him").
    # Where one leader alone opens a name with it, the word is that leader, as an article that
    # calls people by their given names writes them ("Mohammed stayed in charge until 1991 ...",
    # of Mohammed Ahmed; Ethiopian, Thai and Icelandic names are used so).
    lasts, opening = index.lasts, index.opening
    out_words = {w for o in out for w in o.split()}  # kept as `out` grows: asked once a leader
    for n, words in zip(leaders, index.words):
        if len(words) > 1 and words[0] in text and words[0] not in lasts and words[0][:1].isupper() \
                and words[0] not in out_words:
            m = word_pattern(words[0]).search(text)
            if m and not text[m.end():].lstrip().startswith(words[1]) and words[0] not in STOP_WORDS:
                out.append(n if len(opening[words[0]]) == 1 and len(words[0]) > 2 and not words[0].endswith(".")
                           else words[0])
                out_words.update(out[-1].split())

    def at(n: str) -> int:
        keys = [n.split()[-1]] + [a for a, who in (aliases or {}).items() if who == n]
        hits = [m.start() for k in keys for m in [word_pattern(k).search(text)] if m]
        return min(hits) if hits else len(text)
    return sorted(dict.fromkeys(out), key=at)


# An opening phrase naming someone beside the subject, which a pronoun then opens: "With a navy
# engineer, Conrad Westervelt, he designed ...", "Together with her deputy, she ..."
_BESIDE_OPENING = re.compile(r"(?i)^\s*(?:with|along\s+with|together\s+with|alongside|like|unlike)\b[^;]{0,120}?,\s+"
                             r"(?=(?:he|she)\b)")


_DANGLING_AND = re.compile(r"\s+(?:and|but|or)(?:\s+(?:again|then|later|also|once\s+more))?(?=[.,;]?$)")
# What said which day the label's date was, left when the date and what it was measured from go:
# "He resigned on 9 September 2025, the day after police killed ..." is "He resigned", not "He
# resigned, the day".
_DANGLING_DAY = re.compile(r",\s+the\s+(?:same\s+|next\s+|following\s+|previous\s+)?(?:day|week|month|year|morning|"
                           r"evening|night)$")


def _by_latest_full_name(sentence: str, persons: list[str], latest: dict[str, str]) -> list[str]:
    """`persons`, where several share a surname the sentence writes alone ("Saji also pushed
    through ...", after Keizō Saji was named in full and with Nobutada Saji among the leaders),
    reduced to the one of them the text named in full last, as a reader takes it; `latest` is
    kept up to date with the full names this sentence writes."""
    for p in persons:
        if len(p.split()) > 1 and p in sentence:
            latest[p.split()[-1]] = p
    out: list[str] = []
    for p in persons:
        surname = p.split()[-1]
        sharing = [q for q in persons if q.split()[-1] == surname]
        if len(sharing) > 1 and not any(q in sentence for q in sharing) and latest.get(surname) in sharing:
            if latest[surname] not in out:
                out.append(latest[surname])
            continue
        out.append(p)
    return out


# A clause whose "he" or "she" begins or ends a term of office.
_TERM_CLAUSE = re.compile(r"[\s,;]*(?:and\s+|but\s+)?(?:then\s+)?(?:he|she)\s+(?:then\s+)?(?:left\s+office|took\s+office|"
                          r"resigned|retired|stepped\s+down|began\s+(?:his|her)\s+term|assumed\s+office|"
                          r"took\s+up\s+(?:the\s+)?(?:post|office)|was\s+(?:sworn\s+in|installed|inaugurated))\b", re.I)


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.I)


def _name_spans(sentence: str, persons: list[str]) -> list[tuple[str, int, int]]:
    """Where a sentence first names each of `persons`, in full or by surname: (person, start, end)."""
    out = []
    surnames = Counter(p.split()[-1] for p in persons if p.split())
    for p in persons:
        m = word_pattern(p).search(sentence) or (word_pattern(p.split()[-1]).search(sentence)
                                                 if p.split() and surnames[p.split()[-1]] == 1 else None)
        if m:
            out.append((p, m.start(), m.end()))
    return out


def _referent(sentence: str, offset: int, leaders: list[str], last_person: str | None,
              aliases: dict[str, str] | None = None, subject: Subject | None = None) -> str | None:
    """Whom "he"/"she" at the start of a clause means: the one person this sentence named before
    the clause ("Friedrich Merz won ...; ... and he took office"), else - when the sentence names
    nobody before it - the one person the sentence before named. Never a guess between two, and
    never the organisation, whose name may read as a person's ("Fine Gael then chose Humphreys
    instead, but ... she was heavily beaten ..., and she conceded" had read "Fine Gael conceded")."""
    if offset:
        before = [n for n in _persons_in(sentence[:offset], leaders, aliases)
                  if subject is None or not subject.is_subject_name(n)]
        beside = _BESIDE_OPENING.match(sentence)
        if beside and before and not _persons_in(sentence[beside.end():offset], leaders, aliases):
            # "With a navy engineer, Conrad Westervelt, he designed a seaplane, and on 15 July 1916
            # he incorporated ...": the one named beside the subject is not the subject; "he" is
            # the one the sentence's own "he" means
            return last_person
        acted_on = re.search(rf"\b{re.escape(before[0].split()[-1])}\b(?:,[^,;]{{1,80}},)?\s+[a-z]+\s+(?P<o>him|her)\b",
                             sentence[:offset]) if len(before) == 1 else None
        own = re.search(r"\b(he|she)\b", sentence[offset:offset + 60], re.I)
        if acted_on and own and {"him": "he", "her": "she"}[acted_on.group("o")] == own.group(1).casefold():
            # "President Lee Myung-bak pardoned him in December 2009, and he took back the
            # chairmanship": the one acted on, whom no name here gives, may be the "he" after
            return None
        if len(before) > 1:
            # "Brovetto's successor was the first to be chosen ...: on 27 May 2012 the senator
            # Mónica Xavier won the internal election, and she was installed on 30 June": the
            # subject of the clause just before, when it names one person who is not only
            # someone's ("Brovetto's") and opens on that person after a date or a description
            head = re.sub(r"(?:,?\s+(?:and|but|while|then)|[;:,])\s*$", "", sentence[:offset].rstrip())
            prev = re.split(r";\s+|:\s+|,\s+(?:and|but|while)\s+", head)[-1]
            # (nor the agent of a passive: "she was heavily beaten by ... Catherine Connolly, and
            # she conceded" is the one beaten)
            named = [n for n in _persons_in(prev, leaders, aliases)
                     if not re.search(rf"\b{re.escape(n.split()[-1])}['’]s\b", prev)
                     and not re.search(rf"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}{re.escape(n)}\b", prev)]
            if named and _last_subject(prev, named) == named[0]:
                return named[0]
            # (or the main clause's, after an opening subordinate clause that names another: "When
            # Nusrat, ill with cancer, was allowed to go abroad in 1982, Benazir became acting head
            # of the party, and by January 1984 she was being described as its chairperson")
            opened = _OPENING_SUBORDINATE.match(prev)
            if named and opened and (main := _last_subject(prev[opened.end():], named)) is not None \
                    and re.match(rf"(?:[A-Z][\w'’.-]*\s+)*?(?:{re.escape(main.split()[0])}|{re.escape(main.split()[-1])})\b",
                                 prev[opened.end():]):
                return main
            # "Merz formed a coalition with ..., whose co-leader X ..., and he was elected": the
            # sentence's own subject, when it opens the sentence.
            opening = _strip_date_phrase(sentence.strip())[:60]
            first = before[0]
            if opening.startswith((first, first.split()[-1])):
                return first
            # "... announced that Lowe would not be reappointed and that Bullock would succeed
            # him; she took office on 18 September": the one announced for the post
            appointee = _appointee(sentence[:offset], before)
            if appointee is not None:
                return appointee
            # "President Cyril Ramaphosa and Sitole agreed to end his term early, and he left
            # office on 31 March": a term begun or ended is the organisation's own head's, when
            # one alone of those named is
            if _TERM_CLAUSE.match(sentence[offset:offset + 80]):
                ours = [n for n in before if n in leaders]
                if len(ours) == 1:
                    return ours[0]
                # "the members elected Cho Jung-tai ... against You Ying-lung, and he was sworn
                # in three days later": the one chosen
                chosen = [n for n in before if re.search(
                    rf"\b(?:elected|re-elected|appointed|named|chose|made|installed)\s+(?:the\s+(?:[\w'’-]+\s+){{0,3}}?)?"
                    rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}?{re.escape(n.split()[-1])}\b", sentence[:offset])]
                if len(chosen) == 1:
                    return chosen[0]
            return None
        if before and re.search(rf"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}{re.escape(before[0])}\b", sentence[:offset]) \
                and re.search(r"\b(?:he|she)\s+(?:was|had\s+been)\b", sentence[:offset], re.I):
            return None  # "she was heavily beaten by ... Catherine Connolly, and she conceded": not the agent
        if before:
            return before[0]
    # "When A.P. Møller died in 1965, his son became chief executive": the label, cut to its main
    # clause, says "His son"; whose is the one the opening clause named, not the sentence before's
    # ("In July 2005, while Edhi was helping victims of a crash, he learned ...": after its date)
    opening = _LEAD_CLAUSE.match(_strip_date_phrase(sentence.strip())) if not offset else None
    if opening:
        named = _persons_in(opening.group(0), leaders, aliases)
        if len(named) == 1:
            return named[0]
        if named:
            return None
    return last_person


# "Cleverly announced that Anne Keast-Butler, then deputy director general of MI5, would succeed
# Sir Jeremy Fleming as director": the one the announcement is about.
_APPOINTEE = re.compile(r"(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:,\s+[^,;]{1,160}?,|,)?\s+would\s+"
                        r"(?:succeed|replace|become|take\s+over|lead|head)\b|"
                        # "EU leaders nominated Christine Lagarde, managing director of the IMF, to
                        # succeed Draghi": the one nominated for the post
                        # ("the board had chosen Teguest Guerma, an Ethiopian specialist ... who was then
                        # associate director of the HIV/AIDS department of the World Health
                        # Organization, to succeed Smalley": "She took up the post that June")
                        r"\b(?:nominated|appointed|named|chose|chosen|picked|selected|proposed|elected)\s+"
                        r"(?P<who2>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:,\s+[^,;]{1,160}?,)?\s+"
                        r"(?:to\s+(?:succeed|replace|lead|head)|as)\b|"
                        # "Buhari announced the nomination of Abdulrasheed Bawa, a 40-year-old
                        # investigator, on 16 February 2021. The Senate confirmed him ..."
                        r"\b(?:announced|proposed|confirmed|made)\s+(?:the|his|her|their)\s+(?:nomination|appointment|choice)\s+of\s+"
                        r"(?P<who3>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})|"
                        # "The same day Kobakhidze nominated Mamuka Mdinaradze, the leader of ...": the
                        # nominee, whom "Parliament approved him" next means ("nominated Perrault
                        # instead": the same)
                        r"\b(?:nominated|put\s+forward)\s+(?P<who4>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
                        r"(?=(?:\s+(?:instead|again|in\s+(?:his|her)\s+place))?\s*[,.;]|$)")


# A finite verb right after a name (an aside between them allowed): the name is a clause's subject.
# (after the name, where the person is from, then an apposition: "Lee Jong-wook of South Korea, a
# tuberculosis specialist ..., succeeded"; or two, each opening as a description does: "Edinho
# Silva, a sociologist who had been mayor ..., Dilma Rousseff's communications minister ..., won")
_SUBJECT_VERB = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=,|\s+[a-z]))?" \
                r"(?:,\s+[^,;]{1,120}?,|" \
                r",\s+(?=(?:a|an|the|who|born)\s|[A-Z])[^,;]{1,120}?,\s+(?=(?:a|an|the|who|born)\s|[A-Z])[^,;]{1,120}?,|,)?" \
                r"\s+(?:then\s+|later\s+|also\s+)?(?:was|were|is|are|has|had|have|took|became|made|" \
                r"began|won|lost|led|left|ran|held|gave|went|came|met|told|said|sent|set|stood|spoke|wrote|rose|fell|" \
                r"chose|kept|paid|built|brought|beat|struck|drove|hit|put|quit|spent|sold|saw|found|shot|" \
                r"[a-z]+(?:ed|ew|ought|ank|ook))\b"
# What may stand between a clause's start and the name of its subject: a date ("In 2005"), a
# post ("the division artillery commander,"), a rank and the first names.
_BEFORE_SUBJECT = re.compile(
    # (not "The government of President X": the head of that phrase is the government)
    # ("Instead, on 6 May 2016, Kenny was re-elected": a sentence adverb may open it)
    rf"(?:(?:Instead|However|Meanwhile|Eventually|Finally|Afterwards|Subsequently|Nevertheless),\s+)?"
    rf"(?:(?:On|In|By|From|Later|Then)\s+[^,;]{{1,50}}?,?\s+)?(?:(?:the|his|her|its|their)\s+(?:(?!of\b)[\w'’-]+\s+){{0,4}}?"
    rf"(?:{ROLE_WORDS})\s*,?\s+"
    # ("the human rights lawyer Javier Miranda": who the person is, in a few words with no
    # preposition, which would make the name another phrase's)
    rf"|(?:the|a|an)\s+(?:(?!(?:of|for|with|by|to|from|against|in|on|at)\b)[\w'’-]+\s+){{1,5}}?"
    rf"(?=(?-i:[A-Z][\w.'’-]*\s+){{0,4}}$))?(?:[A-Z][\w.'’-]*\s+){{0,4}}", re.I)


# An opening subordinate clause up to the comma before the main clause (`_referent`).
_OPENING_SUBORDINATE = re.compile(r"^(?:When|While|After|Before|As|Although|Though|Once|Because|Since|If|Until|Unless)\b"
                                  r"[^;]*?,\s+(?=(?-i:[A-Z])|$)")


def _last_subject(sentence: str, persons: list[str]) -> str | None:
    """Whom "He" opening the next sentence means after a sentence naming several people: the
    person who is the subject of the sentence's last main clause ("Naidu stepped down and Advani
    took the presidency for a third time. He gave it up in 2005": Advani; "Taylor was in
    Washington, and the division artillery commander, Brigadier General Anthony McAuliffe, held
    temporary command. On 22 December he answered ...": McAuliffe). A reader takes the pronoun
    for the last person the text told doing something; one only acted on ("succeeded
    Kristensen") or doing something in a clause about something else ("after a hearing at which
    Senator Warren questioned his record") is not that person. None, rather than a guess, when a
    later clause has a subject of its own ("... until Stanislav Zas, born in 1964, took office",
    "When Møller died, his son became chief executive"), when no named person is such a subject,
    or when two people share the surname."""
    best: tuple[int, int, str] | None = None
    for person in persons:
        surname = person.split()[-1]
        # (a person the sentence calls by the given name: "On 15 April 2020 Faisal met ...")
        if not re.search(rf"\b{re.escape(surname)}\b", sentence) and len(person.split()) > 1 \
                and re.search(rf"\b{re.escape(person.split()[0])}\b", sentence):
            surname = person.split()[0]
        # (the name, then the verb matched apart: a pattern of the name and `_SUBJECT_VERB` together
        # would be compiled afresh for every name of every profile, about 2 ms each)
        for m in re.finditer(rf"\b{re.escape(surname)}\b", sentence):
            verb = re.compile(_SUBJECT_VERB).match(sentence, m.end())
            if verb is None:
                continue
            # the name opens a main clause: at the sentence's start or after "and", "but", ";"
            # (", when" opens a clause too: "The run ended in late June 2022, when Shohei Ishii ...
            # was installed in place of Okushima")
            before = re.split(r"(?:,\s+|\s+)(?:and|but)\s+|;\s+|,\s+when\s+", sentence[:m.start()])[-1]
            if not _BEFORE_SUBJECT.fullmatch(before):
                continue
            # (written in full there, the name is that person's whoever shares the surname:
            # "Justin Trudeau, the eldest son of Pierre Trudeau, won the leadership")
            whole = len(person.split()) > 1 and sentence[:m.end()].endswith(person)
            # (or by a given name no other of them bears: "Benazir" beside Nusrat Bhutto)
            whole = whole or (surname != person.split()[-1]
                              and sum(p.split()[0] == surname for p in persons) == 1)
            if best is None or m.start() > best[0] or (m.start() == best[0] and whole and not best[3]):
                best = (m.start(), verb.end(), person, whole)
    if best is None or (not best[3] and sum(p.split()[-1] == best[2].split()[-1] for p in persons) > 1):
        return None
    # a later finite verb not joined to this subject's by "and" / "but" has a subject of its own
    for later in re.finditer(_SUBJECT_VERB, sentence[best[1]:]):
        ahead = sentence[best[1]:best[1] + later.start()].rstrip()
        if not ahead or re.search(r"(?:\band|\bbut|\bthen|\bwho|\bwhich|\bthat)$", ahead):
            continue  # (nothing between: the same verb's participle, "was declared")
        if re.search(r"\b(?:had|has|have|was|were|is|are|be|been|being)$", ahead):
            # the participle of a verb whose auxiliary was weighed already ("whom McCluskey had
            # backed": the relative clause's, passed over above)
            continue
        if _SUBORDINATE_OPEN.search(ahead):
            # a clause that tells why or after what is no main clause: "Richard Sharp ... resigned
            # on 28 April 2023 after a report found that he had not declared ..." is still Sharp's
            # sentence ("He remained until June")
            continue
        # (a relative clause with a subject of its own still describes: "a minority government
        # that Fianna Fáil supported", "Steve Turner, whom McCluskey had backed"; a word in -ed
        # after a preposition or an article is no verb: "in a vote open to registered supporters")
        if re.search(r"\b(?:that|which|whom|whose\s+\w+)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,4}$", ahead) or \
                re.search(r"\b(?:to|of|for|with|by|from|in|on|at|a|an|the|its|their|his|her)$", ahead):
            continue
        # (nor a participle after the object of a preposition, which is no subject: "Benazir came
        # home on 18 October 2007 under an amnesty agreed with Musharraf. She was assassinated")
        if later.group(0).rstrip().endswith("ed") and re.search(
                r"\b(?:of|for|with|by|from|in|on|at|under|after|before|during|against|over|through|into)\s+"
                r"(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*$", ahead):
            continue
        return None
    return best[2]


def _pronoun_keeps_referent(sentence: str, persons: list[str]) -> bool:
    """Whether a sentence whose subject is "He" or "She", or one that opens on "His" or "Her" and
    names someone acting on "him" or "her", leaves the referent as it was, though it names
    someone: the one it names is no clause's subject ("He took office on 23 June 2025 ...,
    working from Auburn Hills, Michigan": a place read as a name; "She met Carl Dunn in Oslo").
    The judgement: a pronoun subject carries on the person the text is about; a name it only
    acts on, or a place, does not take over the next "he" or "she"."""
    opening = _strip_date_phrase(sentence.strip())
    if re.match(r"(?:His|Her)\s", opening) and persons and re.search(
            r"\b(?:him|her)\b", sentence[max(sentence.find(p) for p in persons):]):
        # "His tenure brought layoffs ..., and the campaigner Robert Bullard also called for a
        # vote against him": the one named acts on the person the text is about, who stays its
        # subject ("The board placed him on leave" next is not Bullard)
        return True
    if persons:
        # "On 20 October Netanyahu and Lapid named her instead, and after the cabinet approved her
        # she took office": those named act on the one the text is about, who is the subject of the
        # clause after ("She decided not to seek a second term" next is not Lapid)
        last = max(sentence.rfind(p.split()[-1]) + len(p.split()[-1]) for p in persons)
        acted_on = re.search(r"\b[a-z]+\s+(?P<o>him|her)(?=\s*[,.;]|\s+(?:instead|as|to|for|in|on|and|again|back|after)\b)",
                             sentence[last:])
        if acted_on and re.search(rf"\b{'he' if acted_on.group('o') == 'him' else 'she'}\s+[a-z]+",
                                  sentence[last + acted_on.end():]):
            return True
    return bool(re.match(r"(?:He|She)\s", opening)) and _last_subject(sentence, persons) is None


def _year_ahead(sentence: str, clauses: list[tuple[int, str]], index: int) -> int | None:
    """The year of the clause after `index` when the two were split at "<month> and <verb>"
    (`_CLAUSE_SPLIT`) and this one names its month without a year: "seized the party's property in
    May and banned it in June 1933" is May 1933."""
    if index + 1 >= len(clauses):
        return None
    nxt_offset, nxt = clauses[index + 1]
    # (or an aside about the subject before its main clause, `_relative_then_main`: "Carl Berg,
    # who took office in April, replaced Samora on 7 June 2018" took office in April 2018)
    if not re.search(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                     r"\s+and\s+$", sentence[:nxt_offset]) and not clauses[index][1].startswith("who "):
        return None
    mine = find_dates(clauses[index][1])
    if not mine or any(m.year is not None for m in mine):
        return None
    theirs = [m for m in find_dates(nxt) if m.year is not None and m.month is not None]
    if not theirs or any(m.month is not None and m.month > theirs[0].month for m in mine):
        return None
    return theirs[0].year


# A sentence opening on a "when" clause with its own day or month: "When nominations closed on
# 6 May ...".
_WHEN_DATED = re.compile(r"\s*(?:When|Once|As\s+soon\s+as)\s+[^,;]{0,60}?\b(?:on|in)\s+(?:\d{1,2}\s+)?(?:January|"
                         r"February|March|April|May|June|July|August|September|October|November|December)\b")


# A deal, a plan or a text named by "the" in the clause before, the only one of its kind there,
# and a verb taking "it" in the row's label (`_VERB_IT`).
_THINGS = (r"(?:deal|merger|takeover|acquisition|sale|offer|bid|plan|proposal|agreement|treaty|bill|law|statute|"
           r"charter|scheme|accord|reform|amendment)")
_THING_BEFORE = re.compile(rf"\b(?P<np>the\s+{_THINGS})\b(?![\s\S]*\b(?:it|the\s+{_THINGS})\b)[^;]*,\s+and\s*$")
_VERB_IT = re.compile(r"(?P<v>\b(?:cleared|approved|ratified|signed|rejected|blocked|adopted|accepted|endorsed|backed|"
                      r"passed|vetoed|annulled|confirmed|sanctioned|completed|implemented|challenged|suspended))\s+it\b")


def _follows_on(clause: str) -> bool:
    """Whether a clause is dated by a count from a time before it that it closes on ("both became
    full members the following month", "at the start of the following month")."""
    return bool(re.search(r"\b(?:the\s+)?(?:next|following)\s+(?:day|month)\s*[.;]?\s*$", clause))


# A date inside "since <subject> <verb>ed ...", and after it the main clause in the present perfect.
_SINCE_THEN_STATE = re.compile(r"\bsince\s+(?:it|they|he|she|[A-Z][\w'’-]+)\s+[a-z]+(?:ed|ook|ought|ew|ame|ent)\b[^,;]*"
                               r"\b(?:in|on)\s+$")
_STATE_AFTER_SINCE = re.compile(r",?\s+(?:it|they|he|she|[A-Z][\w'’-]+)\s+(?:has|have)\s+(?:also\s+)?[a-z]+(?:ed|en|de|wn)\b")


# A subordinate clause of cause, concession or sequence opened since the last comma or
# semicolon, whose verb is that clause's ("after a report found ..."). Not "when" (", when X was
# installed" tells the next step of the story) nor "until" ("until X took office": who then
# leads is the one a reader follows).
_SUBORDINATE_OPEN = re.compile(r"\b(?:after|because|although|though|before|once|if|unless)\b[^,;]*$")


# A relative, unnamed, doing the sentence's main deed: "his son became chief executive".
_KIN_ACTS = re.compile(r"(?:^|,\s+|;\s+)(?:his|her|their)\s+(?:son|daughter|brother|sister|widow|widower|wife|husband|"
                       r"nephew|niece|grandson|granddaughter)\s+(?:was|became|took|succeeded|inherited|ran|led|"
                       r"[a-z]+ed)\b")


def _appointee(sentence: str, persons: list[str]) -> str | None:
    """Whom "She took up the post" means after a sentence naming several people: the one it
    announced for a post ("announced that X would succeed Y as director"), the person the next
    sentence goes on about; else nobody (no guess between two)."""
    m = _APPOINTEE.search(sentence)
    if m is None:
        return None
    who = m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")
    # (the name the clause gives, whole, first: "Muhammad Taufik Tengku Aziz" of "Tengku Muhammad
    # Taufik Tengku Aziz, ..., would become president", beside a name cut from it at four words)
    whole = [p for p in persons if p == who or (len(p.split()) >= 2 and (f" {p} " in f" {who} " or f" {who} " in f" {p} "))]
    if len(whole) == 1:
        return whole[0]
    hits = [p for p in persons if p.split()[-1] in who.split()]
    return hits[0] if len(hits) == 1 else None


# A post named right before a possessive pronoun, which it owns ("cost its chief executive his post").
_ROLE_OWNS = re.compile(rf"\b(?:its|the|their)\s+(?:[\w-]+\s+){{0,2}}?{ROLE_NOUN.pattern}\s+$", re.I)
# "renewed her mandate": a possessive of someone the label does not name
_POSSESSIVE = re.compile(r"(?<=\s)(?:his|her)(?=\s+[a-z])")
# "The company he founded ...": a pronoun subject of a relative clause inside the label's subject
# ("Aged twenty, he opened his own shop": after an opening phrase without a verb, the same)
# (and after the setting it opens on: "At a board meeting on 28 October 2009 he offered to resign")
_INNER_HE = re.compile(r"^((?:The|A|An|Its|Their)\s+[^,]{1,40}?\s|[A-Z][^,]{2,60},\s+|(?:At|During|Following)\s+[^,]{2,80}?\s|"
                       # ("After the cabinet approved her she took office": an opening clause
                       # with no comma, then the main clause's subject)
                       r"(?:After|When|Once)\s+[^,]{2,80}?\s+(?:him|her)\s)"
                       r"(he|she)(?=\s+[a-z])")
# "him", or "her" where it is the object ("confirmed her as", "succeeded her"), not a possessive
_OBJECT_PRONOUN = re.compile(r"\bhim\b|\bher\b(?=\s*(?:$|as\b|to\b|in\b|on\b|at\b|after\b|with\b|instead\b|,))")


# A sentence that acts on "him" or "her" and then names someone else to a post: "The board placed
# him on leave ..., and named Blackford interim executive director". The one it named takes over a
# "He" or "She" of the next sentence (`_appointee`); its "him" or "her" goes on meaning the one
# acted on: "On August 11 it voted unanimously to dismiss him" is not Blackford. The judgement:
# an object pronoun in two sentences in a row keeps its referent, as a subject pronoun does, and
# the newcomer enters as the object of another verb of naming, not as the one the text follows.
_OBJECT_CARRIES = re.compile(r"\b(?:him|her)\b.*\b(?:named|appointed|chose|elected|made|installed)\s+[A-Z]")


# Someone the clause introduces without a name, whom a "him" or "her" after it means.
_SOMEONE = re.compile(r"\b(?:(?:a|an|one|another|each|every|any)\s+(?:[\w-]+\s+)?(?:man|woman|person|boy|girl|child|"
                      r"soldier|officer|agent|member|astronaut|pilot|journalist|reporter|candidate|volunteer|worker|"
                      r"citizen|student|prisoner|suspect|hostage|official|diplomat|doctor|nurse|priest|teacher|"
                      r"employee|activist|defector|informant|spy)|someone|somebody|anyone|anybody|the\s+(?:man|woman))\b",
                      re.I)


# A sentence opening on one word in capitals and its verb: "Lula was jailed", "Tedros took office".
_UNKNOWN_SUBJECT = re.compile(r"^(?!(?:He|She|It|They|This|That|These|Those|The|A|An|Its|His|Her|Their|In|On|At)\b)"
                              r"([A-Z][\w'’-]+)\s+(?:was|were|had|has|is|took|became|won|lost|left|\w+ed)\b")

# A word in capitals that may be a name, once the words in capitals that are none are gone
# (`_without_institutions`).
_UNKNOWN_NAME = re.compile(r"\b[A-Z][\w'’-]*")
_MONTHS_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def _without_institutions(text: str) -> str:
    """What a sentence says before a clause, without the words in capitals that name no person:
    a body named after "the" ("the Bangkok Civil Court", "the Appeal Court"), a month, the first
    word. "On 31 May 2005 the Bangkok Civil Court ordered him to pay ..., but the Appeal Court
    overturned the judgment" names nobody "him" could be but the person of the sentence before."""
    text = re.sub(r"\b(?:the|a|an)\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*", " ", text)
    text = re.sub(rf"\b{_MONTHS_RX}\b", " ", text)
    return re.sub(r"^\W*[A-Z][\w'’-]*", "", text.strip())


def _object_referent(sentence: str, offset: int, clause: str, leaders: list[str], last_person: str | None,
                     aliases: dict[str, str] | None = None) -> str | None:
    """Whom "him"/"her" in a clause means: the one person named before the clause in its
    sentence (or, when none is, in the sentence before) who is not the clause's own actor.
    Never a guess between two."""
    own = set(_persons_in(clause, leaders, aliases))
    if len(own) > 1:
        return None  # "Hiss resigned after Chambers accused him": one of the clause's own
    pronoun = _OBJECT_PRONOUN.search(clause)
    if pronoun and _SOMEONE.search(clause[:pronoun.start()]):
        return None  # "landing a man on the Moon and returning him safely": the man, nobody named
    if pronoun and own and _persons_in(clause[:pronoun.start()], leaders, aliases) and re.search(
            r"\b(?:while|whilst|when|because|although|though|whereas|that(?=\s+(?:a|an|the|he|she|it|they)\s))\b",
            clause[:pronoun.start()]):
        # "The prosecutor, Karim Khan, stepped aside while misconduct allegations against him
        # were examined": in a clause of its own under the one that names someone, "him" may well
        # be that person, whom the label names too; never someone of the sentence before (the
        # court's president had been put in his place). ("Trichet succeeded him" is the one before.)
        # ("Pohamba suspended Shalli over allegations that a Chinese state company had paid him
        # kickbacks": the one suspended, not the chief of the sentence before)
        return None
    before = [p for p in _persons_in(sentence[:offset], leaders, aliases) if p not in own] if offset else []
    # One of them the clause calls by a word of their name before the pronoun is its own actor,
    # whom the pronoun is not: "Chatu Mongol soon fell out with the new prime minister, Thaksin
    # Shinawatra, ..., and Thaksin dismissed him" (a reflexive would have said "himself"). Not a
    # word of a name the clause gives in full: "Rob Kramer succeeded him" after "Rob Verkerk".
    full = {w for p in own for w in p.split()}
    called = {w for w in re.findall(r"\b[A-Z][\w'’-]{2,}", clause[:pronoun.start()] if pronoun else clause)
              if w not in full and w not in STOP_WORDS and w.casefold() not in STOP_WORDS}
    before = [p for p in before if not called.intersection(p.split())]
    if len(before) == 1:
        return before[0]
    if before:
        # ("the government appointed Ilmar Tamm as commander, and on 15 December Ühtegi handed
        # the League over to him": of several named before, the one the sentence appointed)
        return _appointee(sentence[:offset], before)
    if offset and _UNKNOWN_NAME.search(_without_institutions(
            re.sub(r"^\s*(?:He|She)\b", "", _strip_date_phrase(sentence[:offset].strip())))):
        return None  # the sentence names someone before the clause whom we did not recognise
    # ("He was the only candidate when nominations closed, and on 20 January 2026 the returning
    # officer declared him elected": the "He" before the clause is the person the text is on;
    # not when the clause names that person itself: "Pashinyan told parliament that his country")
    if last_person and re.search(rf"\b{re.escape(last_person.split()[-1])}\b", clause):
        return None
    return last_person if last_person and last_person not in own else None


def _own_organs(profile: Profile, subject: Subject) -> set[str]:
    """The nouns the article names the subject's own organs by ("The Council of the Arab League",
    "the League's Council"): "the Council" is that organ, not "the Security Council" an earlier
    sentence of the section named, which a label would otherwise put for it."""
    names = [n for n in subject.names if len(n) > 2]
    if not names:
        return set()
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(rf"\b[Tt]he\s+([A-Z][a-z]+)\s+of\s+(?:the\s+)?(?:{alt})\b|\b(?:{alt})(?:'s|’s)\s+([A-Z][a-z]+)\b")
    out: set[str] = set()
    for text in profile.block_texts():
        for m in rx.finditer(text):
            out.add((m.group(1) or m.group(2)).casefold())
    return out - STOP_WORDS


def _own_kinds(profile: Profile, subject: Subject) -> set[str]:
    """The kinds of body the subject is: its title's and those its defining sentence gives it
    ("is the governing political party of Georgia" -> party). "The party" then names it;
    "the movement" it grew out of does not."""
    opening = next((b.text for b in profile.lead if isinstance(b, Paragraph)), "")
    m = re.search(r"\b(?:is|was|are|were)\s+(?:a|an|the)\s+([^,.;]{0,80})", opening)
    words = set(re.findall(r"[a-z]+", m.group(1).split(" of ")[0].casefold())) if m else set()
    return subject.generic | (words & KINDS)


# "X left and was followed by Y, and in 1975 by Z": a chain of successors told with one verb
_CHAIN = re.compile(r"\b(?P<verb>(?:was|were)\s+(?:followed|succeeded|replaced))\s+by\s+"
                    r"(?P<first>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,?\s+and\s+")
_CHAIN_NEXT = re.compile(r"^\s*(?:(?:in|on)\s+[^,]{1,30}?\s+)?by\s+(?P<next>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*[.,;]?\s*$")


def _succession_ellipsis(sentence: str, clause: str) -> str | None:
    """The label of the later link of a chain of successors told with one verb: "Delcourt left
    in August 1973 and was followed by Récamier, and in 1975 by Jacques Bérès" dates Bérès's
    taking over in 1975, and its row says "Max Récamier was followed by Jacques Bérès", not the
    whole sentence, which retells 1973. None when the clause is not such a link."""
    m = _CHAIN.search(sentence)
    nxt = _CHAIN_NEXT.match(clause) if m else None
    if m is None or nxt is None or clause.strip() not in sentence[m.end() - 1:]:
        return None
    who = nxt.group("next")
    who = who.rstrip(".") if len(who.split()[-1]) > 2 else who  # the sentence's full stop, not an initial's
    return f"{m.group('first')} {m.group('verb')} by {who}"


# "The Lviv office opened on 12 August 2016, the Kharkiv office on 28 July 2017 and ...": the
# first part of a list told with one verb, for `_gapped`.
# ("Veerathai Santiprabhob followed on 1 October 2015 and Sethaput Suthiwartnarueput on 1
# October 2020": a name, told with the same verb)
_GAPPED_HEAD = re.compile(r"^\s*(?:(?:On|In)\s+[^,]{3,30},\s+)?(?P<np>(?:The|Its|Their|A|An)\s+[^,;]{2,50}?|"
                          r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+"
                          r"(?P<verb>(?:was|were)\s+[a-z]+(?:ed|en)|[a-z]+ed)\s+(?:on|in)\s+")


def _again(sentence: str, mention: DateMention | None) -> str | None:
    """The label of the second time of a happening told once with "and again": "Infantino was
    re-elected unopposed in June 2019 and again, by acclamation, at the congress in Kigali on 16
    March 2023" is, on 16 March 2023, "Infantino was re-elected again, by acclamation, at the
    congress in Kigali" (its row had repeated the first time's words)."""
    if mention is None or not mention.text.strip() or " again" not in sentence:
        return None
    date = re.escape(mention.text.strip())
    # ("Mkapa was confirmed as party chairman at a congress in Dodoma in mid-November 1997, and
    # again at the party elections held throughout October 2002": the occasion without commas)
    m = re.search(rf"^(?P<head>[^;]+?)\s+(?:in|on|at)\s+[^,;]{{3,80}}?,?\s+and\s+again"
                  rf"(?P<how>,[^;]*?|\s+(?:at|by|during)\s+[^,;]{{3,60}}?)?"
                  rf"\s+(?:in|on|throughout|during)\s+{date}(?=[\s,.;]|$)", _strip_date_phrase(sentence.strip()))
    if m is None or not m.group("how") or not _FINITE.search(m.group("head")):
        return None  # ("came to power in 1998 and again in 2010, after which ...": nothing told of the second)
    head = re.sub(r"\s+(?:unopposed|unanimously|narrowly)$", "", m.group("head"))
    how = re.sub(r"\s+(?:held|convened|staged|run|called)$", "", (m.group("how") or "").rstrip(" ,"))
    return cap_first(f"{head} again{how}")


def _gapped(sentence: str, mention: DateMention | None) -> str | None:
    """The label of a later part of a list told with one verb: "The Lviv office opened on 12
    August 2016, the Kharkiv office on 28 July 2017 and the Odesa office on 4 August 2017" dates
    the Kharkiv office's opening on 28 July 2017, and its row says "The Kharkiv office opened",
    not the sentence's first part again (two rows of the National Anti-Corruption Bureau had
    read "The Lviv office opened on 12 August 2016, the Kharkiv office on 28 July 2017"). Only a
    part that is a noun phrase and its date, after a comma or "and". None otherwise."""
    if mention is None or not mention.text.strip():
        return None
    head = _GAPPED_HEAD.match(sentence)
    if head is None:
        return None
    date = mention.text.strip()
    if sentence[head.end():].startswith(date):
        # the first part, when the list goes on: "The Lviv office opened", not the list's start
        rest = sentence[head.end() + len(date):]
        if re.match(r",\s+(?:the|its|their|a|an)\s+[^,;]{2,50}?\s+(?:on|in)\s+\S", rest) and not _has_verb(
                re.split(r"\s+(?:on|in)\s+", rest[1:], maxsplit=1)[0]):
            return f"{head.group('np')} {head.group('verb')}"
        return None
    part = re.search(rf"(?:,|\band)\s+(?P<np>(?:the|its|their|a|an)\s+[^,;]{{2,50}}?|"
                     rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}})\s+(?:on|in)\s+"
                     rf"{re.escape(date)}(?=[\s,.;]|$)", sentence[head.end():])
    if part is None or _has_verb(part.group("np")):
        return None
    return f"{cap_first(part.group('np'))} {head.group('verb')}"


# "... until a fresh ballot on 15 July, which Nkosazana Dlamini-Zuma of South Africa won after
# several rounds": what a date's own relative clause says was done then (`_done_then`).
_DONE_THEN = r"(?P<np>(?:a|an|the)\s+[\w\s-]{{2,40}}?)\s+(?:on|in)\s+{date},\s+which\s+(?P<who>[A-Z][^,;]{{2,60}}?)\s+" \
             r"(?P<verb>won|lost|called|signed|chaired|led|held|opened)\b(?P<rest>[^,;.]{{0,40}})"


def _done_then(sentence: str, mention: DateMention | None) -> str | None:
    """The label of a date whose noun a relative clause goes on to tell of: "he stayed on until a
    fresh ballot on 15 July, which Nkosazana Dlamini-Zuma of South Africa won after several
    rounds" is, on 15 July, "Nkosazana Dlamini-Zuma of South Africa won a fresh ballot after
    several rounds", not the staying on, which the row of January, when it began, tells (the
    African Union's two rows had read "Jean Ping stayed on until a fresh ballot on 15 July")."""
    if mention is None or not mention.text.strip() or "which" not in sentence:
        return None  # (the pattern, new for every date, is compiled only where it can match)
    m = re.search(_DONE_THEN.format(date=re.escape(mention.text.strip())), sentence)
    if m is None or _has_verb(m.group("who")):
        return None
    return f"{m.group('who')} {m.group('verb')} {m.group('np')}{m.group('rest').rstrip()}"


# "Lars Magnus Ericsson himself led the company": an emphatic reflexive right after the subject
# contrasts with a sentence the label does not show; alone it reads as a leftover.
_EMPHATIC = re.compile(r"^((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)\s+(?:himself|herself|itself|themselves)\b(?=\s+[a-z])")


_TOOK_OFFICE = re.compile(r"\s(?:took\s+office|took\s+over|took\s+up\s+(?:the\s+|his\s+|her\s+)?(?:post|duties|position)|"
                          r"took\s+the\s+helm|assumed\s+office|"
                          # ("Chongolo resigned on 30 November 2023": the post left)
                          r"resigned|stepped\s+down|stood\s+down|retired)$")


_FOLLOWED_BY = re.compile(r"^(?P<x>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:left\s+and\s+)?was\s+followed\s+"
                          r"(?:as\s+(?P<post>[\w\s-]{2,40}?)\s+)?by\s+(?P<y>[A-Z][^,;]{2,80}?)(?P<rest>,\s+[^,;]+)?$")


def _active_succession(label: str) -> str:
    """"Jean Maurin was followed by Brigadier General Denis Mistral" -> "Brigadier General Denis
    Mistral succeeded Jean Maurin": the row is about who came in then, so it opens on them. A
    second name in apposition stays with its person ("David Burghley, Lord Burghley")."""
    m = _FOLLOWED_BY.match(label)
    if m is None:
        return label
    who = m.group("y") + (m.group("rest") + "," if m.group("rest") else "")
    post = f" as {m.group('post')}" if m.group("post") else ""
    return f"{who} succeeded {m.group('x')}{post}"


_DUE = re.compile(r"^(?P<who>[A-Z][^,]{2,60}?) was due to (?P<verb>take over|take office|step down|succeed|"
                  r"replace|become|leave)\b")
_DONE = {"take over": "took over", "take office": "took office", "step down": "stepped down",
         "succeed": "succeeded", "replace": "replaced", "become": "became", "leave": "left"}


def _done_as_planned(label: str, date: EventDate, people: list[Person]) -> str:
    """"Justin Hotard was due to take over" -> "Justin Hotard took over", when the profile says
    the change happened as planned: the person coming in leads now, from that month or later,
    or the one leaving is a former leader whose term ends that year. A plan the article does not
    see through stays a plan ("was due to"): the announcement is all it tells."""
    m = _DUE.match(label)
    if m is None:
        return label
    who = next((p for p in people if p.leader and p.name == m.group("who")), None)
    if who is None:
        return label
    years = [int(y) for y in re.findall(r"\b(?:1[5-9]|20)\d\d\b", who.period or "")]
    leaving = m.group("verb") in ("step down", "leave")
    if leaving:
        done = who.current is False and bool(years) and max(years) == date.year
    else:
        done = who.current is True and bool(years) and min(years) == date.year
    return f"{who.name} {_DONE[m.group('verb')]}{label[m.end():]}" if done else label


def _with_post(label: str, people: list[Person]) -> str:
    """"Stephen Elop took office" -> "... took office as CEO", "Daniel Chongolo resigned" -> "...
    resigned as secretary-general": a timeline row stands alone, and
    the office its sentence named before (or the Leadership list names) is not beside it. The
    post is the one the profile gives the person who opens the label, a leader of this
    organisation; a label that already says more, or names nobody known, is left alone."""
    m = _TOOK_OFFICE.search(label)
    if m is None:
        return _named_to_post(label, people)
    who = next((p for p in people if p.leader and p.role and label.startswith(p.name + " ")), None)
    between = label[len(who.name):m.start()] if who else ""
    if who is None or (between.strip() and not re.fullmatch(r",[^,]{2,80},", between.strip())):
        return label  # "A and B took the helm", "X, ..., and they took over": not one person's post
    role = re.sub(r"\s*\([^)]*\)", "", who.role or "").strip()
    role = re.sub(r"(?i)^(?:co-?)?founders?(?:\s+and\s+|,\s*)", "", role)
    if not role or re.fullmatch(r"(?i)(?:co-?)?founders?|leader", role):
        return label
    words = role.split()
    if len(words) == 1 and not role.isupper():
        role = role.lower()  # "Director-General" -> "director-general", "CEO" stays
    elif not (words[0].isupper() or all(w[:1].isupper() for w in words if len(w) > 3)):
        role = role[:1].lower() + role[1:]
    return f"{label} {'of' if re.search(r'(?:post|position)$', label) else 'as'} {role}"


# A label that ends on the one a verb of choosing named: "The board named Maziar Mike Doustdar".
_NAMED_LAST = re.compile(r"\b(?:named|appointed|elected|chose|picked|selected|nominated|confirmed)\s+(?P<name>[^,;]+)$")


def _named_to_post(label: str, people: list[Person]) -> str:
    """"The board named Maziar Mike Doustdar" -> "... as president and CEO": a row that ends on
    whom the board or assembly named, the post cut with what followed the name ("as his
    successor", after an aside), says not to what; the post is the one the profile gives that
    person, a leader of this organisation (as `_with_post` gives "took office" its post)."""
    m = _NAMED_LAST.search(label)
    if m is None:
        return label
    named = m.group("name").strip()
    # (by the name in full, or by the surname no other leader bears: "named Doustdar")
    whom = [p for p in people if p.leader and p.role and p.name.split()
            and (p.name == named or (p.name.split()[-1] == named and " " not in named))]
    if len(whom) != 1:
        return label
    who = whom[0]
    role = re.sub(r"\s*\([^)]*\)", "", who.role or "").strip()
    role = re.sub(r"(?i)^(?:co-?)?founders?(?:\s+and\s+|,\s*)", "", role)
    role = re.sub(r"(?i)^former\s+", "", role)  # named to the post, not to having held it
    if not role or re.fullmatch(r"(?i)(?:co-?)?founders?|leader", role):
        return label
    words = role.split()
    if len(words) == 1 and not role.isupper():
        role = role.lower()
    elif not (words[0].isupper() or all(w[:1].isupper() for w in words if len(w) > 3)):
        role = role[:1].lower() + role[1:]
    return f"{label} as {role}"


# A verb by which the speaker accepts what it says as true: what follows "that" happened.
_ADMITTED = re.compile(r"^(?P<who>[^,;]{2,60}?)\s+(?:admitted|acknowledged|conceded|confirmed)\s+that\s+"
                       r"(?P<what>(?=[^;]*\bhad\s+[a-z]+)[^;]+)$")


def _simple_past(phrase: str) -> str:
    """"it had used agents" -> "it used agents": a timeline row at the time of the happening
    tells it in the past, not before another past. Only a regular participle ("-ed") is
    changed; "had taken" stays as written."""
    return re.sub(r"\bhad\s+([a-z]+ed)\b", r"\1", phrase, count=1)


# "a round of 73 such conferences": "such" points at a kind the sentence before described; a
# counted noun says what was counted without it ("73 conferences").
_COUNTED_SUCH = re.compile(r"\b(\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of)\s+)"
                           r"such\s+(?=[a-z])")


def _called_alone(profile: Profile, leaders: list[str]) -> frozenset[str]:
    """Words other than the last by which the article calls one of `leaders` alone: "On 4 May
    2009 the Jakarta police detained Antasari as a suspect", of Antasari Azhar, whom an
    Indonesian text calls by his first name. A word counts when the article writes it alone (no
    capitalised word before or after it) and it is in no other person's name, so a shared given
    name ("John") calls nobody. Why: a sentence that names one of the organisation's leaders is
    about the organisation (`_about_other_body`), however the text calls them."""
    others = {w for p in profile.people if p.name not in leaders for w in p.name.split()}
    text = " ".join(getattr(b, "text", "") or "" for b in [*profile.lead, *(blk for sec in profile.all_sections()
                                                                         for blk in sec.blocks)])
    out: set[str] = set()
    looked: set[str] = set()  # each word looked for once: many leaders may share a given name
    for name in leaders:
        for word in name.split()[:-1]:
            if len(word) < 4 or not word[:1].isupper() or word in others or not word.isalpha() or word in looked:
                continue
            looked.add(word)
            if _alone(word, text):
                out.add(word)
    return frozenset(out)


def _alone(word: str, text: str) -> bool:
    """Whether `text` writes `word` as a name of its own: neither a capitalised word right
    before it ("Piazza San Marco") nor one right after it ("Marco Carletti")."""
    check()  # a turn of a loop that grows with the seed (`budget`)
    for start, end in name_spans(text, word, "'’.-", after="'’-"):
        before = re.search(r"([\w'’.-]+)\s+$", text[max(0, start - 40):start])
        after = re.match(r"\s+([\w'’.-]+)", text[end:end + 40])
        if not (before and before.group(1)[:1].isupper()) and not (after and after.group(1)[:1].isupper()):
            return True
    return False


def _people_names(profile: Profile) -> list[str]:
    """Leaders only: a "He" in a label is replaced by a name only when the sentence before named
    one of the organisation's own leaders and nobody else - a wrong name is worse than "He"."""
    return [p.name for p in profile.people if p.leader]


# A clause that is an infinitive ("and to make all of its sales battery-electric by 2030"): not
# "to everyone's surprise", "to the members".
_INFINITIVE_CLAUSE = re.compile(r"\s*(?:and\s+|or\s+)?to\s+(?!(?:the|a|an|its|their|his|her|our|my|your|this|that|these|"
                                r"those|everyone|everybody|him|them|it|us|me|be\s+sure)\b)[a-z]+\s")


# "Formation: 27 November 1945 (as the Cooperative for American Remittances to Europe)": the name an
# infobox says the organisation was founded under.
_FOUNDED_LABEL = re.compile(r"(?i)formation|formed|founded|foundation|founding|established|incorporated|created|origin")
_FOUNDED_AS = re.compile(r"\(\s*as\s+(?P<the>the\s+)?(?P<name>[A-Z][^()]{2,80}?)\s*\)")


_STILL_DUE = re.compile(r"^[^,;]{2,80}?\s(?:was|were)\s+due\s+to\b")


def _forecasts(drafts: list[_Draft], labels: dict[int, str]) -> None:
    """A plan the text reports for a day after every happening it tells ("On 29 January 2026
    Stellantis said that Filosa would present a new strategic plan at an investor day on 21 May
    2026", labelled "... was due to present ...") is a forecast, not the organisation's history:
    background, off the default timeline, and no date the information can be as of (the
    Stellantis briefing had read "Information as of 21 May 2026" on every page). A plan for a day
    within the story, which the text goes on past, stays a row: it tells what was intended then."""
    # (not a change of leader announced for a set day, "Meg O'Neill was due to take office", which
    # a briefing tells as the succession to come, as its infobox does: "from 1 April 2026")
    # (nor one whose sentence goes on to what happened: "was due to fly on 15 December 1979, but
    # its engines shut down")
    due = [d for d in drafts if not d.background and _STILL_DUE.search(labels.get(id(d), ""))
           and not _DUE.match(labels.get(id(d), "")) and not re.search(r",\s+but\s", d.text)]
    if not due:
        return
    told = [d.date.start() for d in drafts if d not in due]
    latest = max(told, default=None)
    for d in due:
        if latest is not None and d.date.start() > latest:
            d.background = True


def _founded_as(drafts: list[_Draft], tables: tuple[dict[int, str], ...], profile: Profile, subject: Subject) -> None:
    """A founding row told of the organisation by its present name, when its infobox gives the
    name it was founded under ("Formation: 27 November 1945 (as the Cooperative for American
    Remittances to Europe)"), is told by that name: "CARE International was incorporated" beside
    1945 named a body that took that name in 1982. Only a row of the year the infobox gives, and
    only where the label opens on the present name (`subject.ref`)."""
    for fact in profile.facts:
        m = _FOUNDED_AS.search(fact.text or "") if _FOUNDED_LABEL.search(fact.label) else None
        years = [d.year for d in find_dates(fact.text or "", bare_years=True) if d.year] if m else []
        if not m or not years or subject.is_subject_name(m.group("name")):
            continue
        then = f"{'The ' if m.group('the') else ''}{m.group('name').strip()}"
        now = cap_first(subject.ref)
        for d in drafts:
            if d.kind != "founding" or d.date.year != years[0]:
                continue
            for table in tables:
                label = table.get(id(d))
                if label and label.startswith(now + " ") and not label.startswith(then):
                    table[id(d)] = then + label[len(now):]
        return


def extract_events(profile: Profile, file: str | None = None) -> tuple[list[Event], list[Finding]]:
    """One event per dated happening (reading order of first telling), and findings."""
    subject = Subject(profile)
    names = _people_names(profile)
    # Everyone else the profile names, found by surname too, so that "Roosevelt named the first
    # five commissioners. His choice of Kennedy ..." hands "His" to Roosevelt, not to whoever the
    # text last named in full (it had been "Duncan Fletcher's choice of Joseph P. Kennedy").
    # Only a surname no two people share.
    leaders = set(names)
    called = _called_alone(profile, names)
    others = [full for last, full in unique_surnames(profile).items() if len(last) > 2 and full not in leaders]
    surnames = frozenset(n.split()[-1] for n in [*names, *(p.name for p in profile.people)] if n.split())
    named_people = _named_in_full(profile) | surnames
    drafts: list[_Draft] = []
    findings: list[Finding] = []
    ctx = _Context()
    told: set[str] = set()
    labels: dict[int, str] = {}
    statements: dict[int, str] = {}  # the same clause at bullet length (Event.statement)
    last_person: str | None = None
    genders = Genders()
    recent: list[str] = []  # the people named so far, the latest last
    alone_before: str | None = None  # the one person the sentence before named, as its subject
    # Whom the last sentence's "him" or "her" meant, when that sentence then named someone else
    # for a post: the one a "him" or "her" of the next sentence means (`_OBJECT_CARRIES`).
    object_person: str | None = None
    latest_full: dict[str, str] = {}  # surname -> the person of it the text named in full last
    last_plural: str | None = None
    they_is_subject = False
    anchor = _Context()  # the previous sentence's own date, for "the same day"
    first_anchor = _Context()
    told_before: list[_Draft] = []  # what the previous sentence dated (for a taking over told right after it)
    told_earlier: list[_Draft] = []  # and the sentence before it (`_SUCCESSOR_NAMED`)
    # The day of a meeting the paragraph told, and the undated sentences told since (`_CHOSEN_THERE`)
    scene: tuple[EventDate, int, bool] | None = None
    proper = _proper_words(profile)
    parts = _part_words(profile)
    organs_of_others = _others_organs(profile, parts, subject)
    aliases = {a: p.name for p in profile.people for a in p.aliases if len(a) > 2 and a[:1].isupper()}
    prev_sentence: str | None = None
    section_seen: str | None = None
    own_kinds = _own_kinds(profile, subject)
    own_words = own_kinds | _own_organs(profile, subject)
    prior: list[str] = []  # the section's sentences so far, where a label's "the Convention" was named
    formed = _founding_year(profile, [])  # the year the infobox gives it (`_its_new_body`)
    for piece in _texts(profile):
        year_here = False  # whether `ctx` has a year from this paragraph (see `_later_year`)
        if piece.section != section_seen:
            # "He" does not cross a section
            section_seen, last_person, last_plural, object_person = piece.section, None, None, None
            alone_before = None
            prior = []
            if (titled := _heading_year(piece.section)) is not None:
                # "=== The succession of 2013 ===" after a section that ended on "in 2014 he became
                # vice-chair of the Federal Reserve": its first "in July" is of the year its title
                # names, not of the last one told
                ctx.year, ctx.month, ctx.day = titled, None, None
        before_sentence = len(drafts)  # drafts[before_sentence:] came from the sentence before
        scene = None
        for _, sentence in sentence_spans(piece.text):
            prior.append(sentence)
            if _HAILED.search(sentence):
                for d in drafts[before_sentence:]:
                    d.hailed = not d.background
            then = _SINCE_THEN.match(sentence)
            if then:
                for d in drafts[before_sentence:]:
                    _say_what_changed(d, then.group("what"), labels, statements)
            answer = _ANSWER.match(sentence)
            if answer and subject.starts_with_subject(sentence) and not find_dates(sentence):
                for d in drafts[before_sentence:]:
                    if not d.background:
                        _add_answer(d, answer, subject, labels, statements)
            before_sentence = len(drafts)
            if _QUESTION.search(sentence):
                continue  # a question asserts no event and lends no year
            norm = " ".join(sentence.split()).casefold()
            if norm in told:
                continue
            told.add(norm)
            # "led Greenpeace Nordic": a name opening on the organisation's own is a part of it
            person_here = [n for n in _persons_in(sentence, names + others, aliases)
                           if n.split()[0].casefold() not in subject.words or n in names]
            person_here = _by_latest_full_name(sentence, person_here, latest_full)
            # ("João Lourenço succeeded her father ... A report that she had been dismissed": not
            # Lourenço, whom the text calls "his"; the latest person it calls "she", `genders`)
            spans = _name_spans(sentence, [*person_here, *(p for p in recent if p not in person_here)])
            genders.read(sentence, spans)
            genders.continued(alone_before, sentence, _strip_date_phrase(sentence.strip()))
            last_person = genders.fit(sentence, min((a for _, a, _ in spans), default=None), last_person, recent)
            # (one the sentence names and no pronoun: "she and Edhi were married. She took charge
            # of the nursing staff" is the other's)
            alone_before = person_here[0] if len(person_here) == 1 and _last_subject(sentence, person_here) \
                and not _PERSONAL_PRONOUN.search(sentence) else None
            recent = ([p for p in recent if p not in person_here] + person_here)[-12:]
            object_here: str | None = None  # whom this sentence's "him" or "her" means
            n_before = len(drafts)
            implied_here = False  # a taking over dated by the sentence before (`_TOOK_OVER`)
            clauses = _clauses(sentence)
            # ("Moshe Sanbar succeeded him, followed in 1976 by Arnon Gafni and in 1982 by Moshe
            # Mandelbaum": a clause a step)
            clauses = [(o + so, sc) for o, c in clauses
                       for so, sc in (_succession_steps(c, person_here) or [(0, c)])]
            clauses = _relative_then_main(clauses, sentence)
            # "... listed its shares on the Doha Securities Market the same year, followed by London
            # in 1999, Abu Dhabi in 2001 and Bahrain in 2002": the later steps a trailing "followed
            # by" counts up are not the clause's happening, nor its time
            clauses = [(o, c[:tail.start()] + ("." if c.rstrip().endswith(".") else ""))
                       if (tail := _FOLLOWED_TAIL.search(c)) is not None and not _FINITE.search(tail.group("steps"))
                       else (o, c) for o, c in clauses]
            first_np = _leading_np(clauses[0][1]) if clauses else None
            # In a later clause "they" is whoever the sentence opened with ("The authorities in
            # Minsk treat ..., and in March 2023 they opened a case"), not the previous sentence's.
            opens_with_subject = subject.starts_with_subject(_strip_date_phrase(sentence))
            for index, (offset, clause) in enumerate(clauses):
                ahead = _year_ahead(sentence, clauses, index)
                if ahead is not None and ahead != ctx.year:
                    # "seized the party's property in May and banned it in June 1933": the month
                    # before the split is of the year the next clause gives
                    ctx.year, ctx.month, ctx.day = ahead, None, None
                if offset and _INFINITIVE_CLAUSE.match(clause):
                    # "..., which set out to double revenue by the end of the decade, and to make
                    # all of its sales battery-electric by 2030": what a plan set out to do, the
                    # rest of its aim, no happening of its own
                    continue
                # "Utkin moved the force to Syria, where it fought ... and took part in the
                # recapture of Palmyra": the verb after "and" belongs to the "where it" clause
                rel = re.search(r",\s+(?:where|in\s+which|after\s+which|when)\s+(it|they)\s+[^,;]*$", sentence[:offset]) \
                    if offset else None
                # ("...; the force became the Bureau of Investigation and took its present name in
                # 1935": the clause just before, after a semicolon, gives whose the verb is)
                before_np = _leading_np(cap_first(clauses[index - 1][1].strip())) if index > 1 and \
                    ";" in sentence[:offset] else None
                actor = cap_first(subject.ref) if rel and (rel.group(1) == "it" or they_is_subject) else (
                    before_np or first_np)
                if actor in ("He", "She") and offset and not before_np:
                    # "At a board meeting on 28 October 2009 he offered to resign amid a dispute with
                    # the chairman, Bobby Godsell, and then denied having done so": the clause's verb
                    # is the sentence's "he"'s, whom the sentence's start means, not one it names later
                    actor = _referent(sentence, 0, names, last_person, aliases, subject)
                who = re.match(r"who\s+", clause) if offset else None
                # "..., who took over on 1 July": the one named right before it ("with Søren Skou,
                # the head of Maersk Line, who": Skou, not the body of his post)
                who_before = re.sub(r",\s+(?:the|a|an|its|his|her|their)\s+[^,]{1,80}$", "",
                                    sentence[:offset].rstrip(" ,")) if who else ""
                named = [n for n in _persons_in(who_before, names + others, aliases)
                         if who_before.endswith(n.split()[-1])] if who else []
                # ("Cees 't Hart, who had run a dairy group since 2008 and took over ...": the verb
                # after the aside's own is the person's it describes, `_clauses`)
                open_who = re.search(r",\s+who\s+had\s[^,;]*\s+and\s*$", sentence[:offset]) \
                    if offset and not who else None
                if open_who:
                    who_before = sentence[:open_who.start()]
                    named = [n for n in _persons_in(who_before, names + others, aliases)
                             if who_before.endswith(n.split()[-1])]
                if who and named:
                    # ("who on 14 April 2018 was elected ...": the date is the row's, not the label's)
                    clause_for_label = f"{named[-1]} {_strip_date_phrase(clause[who.end():])}"
                elif open_who:
                    # (the one the aside describes, not the sentence's subject; unnamed rather than wrong)
                    clause_for_label = f"{named[-1]} {clause.strip()}" if named else clause
                elif offset and index > 0 and re.search(r"\s+and\s+again\s+$", sentence[:offset]) \
                        and not _strip_date_phrase(clause.strip()).strip(" .;,") \
                        and not find_dates(done := _without_times(_strip_date_phrase(clauses[index - 1][1].strip()))):
                    # "soldiers mutinied in 2001 and again in 2012": the verb before, done again
                    # (not "led the corps from 1844 to 1854 and again from 1856", whose span stays)
                    clause_for_label = f"{done.rstrip(' ,')} again"
                elif offset and len(drafts) > n_before and (again := _AGAIN_TIMES.fullmatch(clause.strip())) is not None \
                        and labels.get(id(drafts[-1])) and not drafts[-1].background:
                    # "... had his service extended by a year from 12 May 2023, when he reached 60,
                    # and again in 2024 and from 13 May 2025": the happening the clause before told,
                    # as its row reads, again
                    clause_for_label = f"{labels[id(drafts[-1])].rstrip(' ,.')} again"
                elif offset and actor and _VERB_FIRST.match(clause) and not _PARTICIPLE_THEN_SUBJECT.match(clause.strip()):
                    clause_for_label = f"{actor} {clause}"  # "..., and took office in 2025": who did
                elif offset and actor and re.match(r"then\s+", clause) and _VERB_FIRST.match(clause[5:].lstrip()):
                    clause_for_label = f"{actor} {clause[5:].lstrip()}"  # "..., and then elected Infantino"
                elif offset and first_np and _VERB_FIRST.match(_strip_date_phrase(clause.strip())) \
                        and not _PARTICIPLE_THEN_SUBJECT.match(clause.strip()):
                    # "... and, in March 1999, became the first ...": who did, then the date
                    clause_for_label = f"{first_np} {_strip_date_phrase(clause.strip())}"
                elif offset and first_np and (opening_rel := _RELATIVE.match(clause.strip())) \
                        and _VERB_FIRST.match(clause.strip()[opening_rel.end():].lstrip(" ,")):
                    # "... and on the next day approved subscriptions": who did, after the relative day
                    clause_for_label = f"{first_np} {clause.strip()[opening_rel.end():].lstrip(' ,')}"
                else:
                    clause_for_label = clause
                # "... mark Freedom Day every year on 25 March; on that day in 2024 X ...": the
                # recurring day of this sentence, in the year the clause gives.
                that_day = re.match(r"(?i)^\s*on\s+that\s+day\s+(?:in\s+)?(?P<y>\d{4})\b,?", clause)
                recurring = [m for m in find_dates(sentence[:sentence.find(clause)] if clause in sentence else "")
                             if m.recurring and m.day is not None]
                if that_day and recurring:
                    try:
                        day = EventDate(year=int(that_day.group("y")), month=recurring[-1].month, day=recurring[-1].day)
                        day.start()
                        rel_that: tuple[EventDate, str] | None = (day, that_day.group(0))
                    except ValueError:
                        rel_that = None
                else:
                    rel_that = None
                # "The same day as the announcement": the sentence's main happening, not its last.
                # "On 9 January 2024 ...; the next day the Commission approved ...": a clause after
                # one this sentence dated counts from that date, not from the sentence before.
                dated_here = drafts[n_before:]
                # (a span it told counts from its last day: "Timothy Tong headed the commission
                # from 1 July 2007 until 30 June 2012, and Simon Peh succeeded him the next day")
                last_told = (dated_here[-1].end or dated_here[-1].date) if dated_here else None
                near = _Context(last_told.year, last_told.month, last_told.day) \
                    if offset and last_told is not None else anchor
                later_here = [d for d in find_dates(sentence[:offset]) if d.year is None and d.month is not None
                              and not d.recurring] if offset and last_told is not None and last_told.month else []
                if later_here and last_told is not None and (
                        (later_here[-1].end_month or later_here[-1].month), (later_here[-1].end_day or later_here[-1].day or 0)) \
                        > (last_told.month, last_told.day or 0):
                    # "Proceedings began on 26 July, the full court heard argument on 4 and 5 August,
                    # and the next day it ruled": a later day of the same year told in the clause
                    # before, after the one that dated it, is the one counted from (the last of a
                    # span's days)
                    near = _Context(last_told.year, later_here[-1].end_month or later_here[-1].month,
                                    later_here[-1].end_day or later_here[-1].day)
                told_last = [d for d in find_dates(sentence[:offset]) if d.year is not None and d.month is not None
                             and not d.recurring] if offset and dated_here else []
                if told_last and _follows_on(clause) and (told_last[-1].year, told_last[-1].month or 0) > (
                        near.year or 0, near.month or 0):
                    # "... agreed in November 2006 to admit Rwanda and Burundi, whose presidents
                    # signed their treaties on 18 June 2007; both became full members at the start
                    # of the following month": counted from the time last told, an aside's too
                    near = _Context(told_last[-1].year, told_last[-1].month, told_last[-1].day)
                # "Lars Lervik, the battalion's second-in-command from 2007 to 2009, was appointed its
                # commander the following year": a term the clause's aside closes is the nearest time
                # told, and the count runs from its end (2010), not from the sentence before
                # ("later that year" stays the story's year: "Fletcher, who had been administrator from
                # 1971 to 1977, returned as administrator later that year", in 1986)
                closed = [m for m in find_dates(clause) if m.closed_range and m.end_year and _in_aside(clause, m)]
                if closed and not (offset and dated_here) and re.search(
                        r"(?i)\b(?:the\s+)?(?:following|next)\s+(?:year|month)\b|\b\w+\s+(?:years?|months?)\s+later\b", clause):
                    near = _Context(closed[-1].end_year, None, None)
                # A clause closing on "the next day" after a day this sentence told ("Lucki retired
                # on 17 March 2023, and Duheme became interim commissioner the next day") is a
                # happening of its own on the day after; one closing on "that year" or "the same
                # day" after a date of its sentence tells more of that happening (a fourth
                # regiment "raised the same year"), which its date already carries.
                # "In January 2002 the board announced ..., and Rupp took up the post six months
                # later": a count of months or years counts from a date this sentence told at any
                # precision that unit needs (a day for days and weeks, a month for months).
                # ("Krone moved ... at the end of August 2025, and Andreas Kühne formally took over the
                # KSK at a ceremony in Calw later that year": later, so another happening)
                later = re.search(r"\b(?:(?:(?:at|by|towards?|in)\s+the\s+(?:end|start|beginning|close|middle)\s+of\s+)?"
                                  r"(?:the\s+)?(?:next|following)\s+(?P<next>day|month|year)|(?:exactly\s+)?(?:a|one|two|three|"
                                  r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d+)\s+(?P<unit>day|week|month|year)s?"
                                  rf"\s+later|(?:(?:a\s+few|several)\s+)?(?P<bare>day)s\s+later|"
                                  rf"later\s+(?:that|the\s+same)\s+(?P<within>year|month))(?:{_AND_ITS_VERB}|"
                                  # ("... and was merged into Air India the next day, leaving Singapore
                                  # Airlines with a stake": a participle telling what it did)
                                  r",\s+(?-i:[a-z]{3,}ing)\b[^;]*?)?\s*[.;]?\s*$",
                                  clause, re.I)
                unit = later and (later.group("next") or later.group("unit") or later.group("bare")
                                  or later.group("within")).lower()
                # The lead's "became a regiment two months later" sums up what the body tells on
                # its day (and would stand beside it as a second row): there, a day is needed.
                # ("In January 1999 the Executive Board asked ..., and an extraordinary session voted
                # them out that March": a month named, of the year just told)
                closing = not find_dates(sentence[:offset]) or bool(re.search(
                    r"(?i)\bthat\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December)\s*[.;]?\s*$", clause)) or bool(
                    dated_here and later and (
                        dated_here[-1].date.day is not None if unit in ("day", "week") or piece.in_lead else
                        # ("later that month" after a day; "later that year" after a month: a row
                        # of its own only where its date tells it from the one just told; "In 2021
                        # the trustees named X ...; he took up the post later that year" is one)
                        dated_here[-1].date.day is not None if later.group("within") == "month" else
                        dated_here[-1].date.month is not None if unit == "month" or later.group("within") else True))
                # ("... announced that he would retire at the end of March 2011 ... Rishton took charge
                # that March": the March last named, whatever the story's year; not a relative
                # clause's, "to John Bruton, who had died that February")
                that_month = re.search(r"(?i)\bthat\s+(?P<m>January|February|March|April|May|June|July|August|September|"
                                       r"October|November|December)\s*[.;]?\s*$", clause)
                if that_month and re.search(r",\s+(?:who|which|whose)\b[^,;]*$", clause[:that_month.start()]):
                    that_month, closing = None, False
                named_month = [int(y) for y in re.findall(rf"\b{that_month.group('m')}\s+(\d{{4}})\b",
                                                          f"{prev_sentence} {sentence[:offset]}")] \
                    if that_month and not find_dates(sentence[:offset]) else []
                rel = _relative(clause, first_anchor if re.match(r"(?i)^\s*(?:on\s+)?the\s+same\s+\w+\s+as\b",
                                                                 clause) else (
                    _Context(named_month[-1], None, None) if named_month else near),
                                closing=closing, before=(*prior[-4:-1], sentence[:offset])) \
                    if rel_that is None else rel_that
                if rel is not None and offset and _SAME_MEETING.match(clause) and find_dates(sentence[:offset]):
                    # ("The Union was inaugurated ... on 9 July 2002; the same summit adopted the
                    # protocol ...": a later clause of a dated sentence is that sentence's telling,
                    # no row of its own; a sentence opening on it is: "The same summit readmitted
                    # Morocco" after the one that dated the summit)
                    rel = None
                span_end = None
                if rel is not None and later and offset and dated_here and rel_that is None \
                        and re.search(r"\b(?:until|till)\s+[^,;]*$", clause[:later.start()]):
                    # ("... seized much of the city on 23 May 2017, and Marine battalions fought house
                    # to house beside the army until it was retaken five months later": the count
                    # ends what the clause began on the day just told, which dates it)
                    span_end = rel[0]
                    rel = (dated_here[-1].date, "")
                if rel is None and rel_that is None and offset and dated_here and not find_dates(clause) \
                        and (mid := _RELATIVE_IN_CLAUSE.match(clause.strip())) is not None:
                    # (see `_RELATIVE_IN_CLAUSE`): dated to the month or year of the date just told
                    rel = _relative(mid.group("rel"), near)
                    if rel is not None:
                        rel = (rel[0], "")
                        clause_for_label = clause.strip()[:mid.start("rel")].rstrip() + " " + \
                            clause.strip()[mid.end("rel"):].lstrip()
                from_opening = False  # counted from the day an opening "When ..." told (below)
                if rel is None and rel_that is None and (opening := _WHEN_DATED_OPENING.match(clause.strip())) is not None \
                        and len(told_in := [d for d in find_dates(opening.group(0)) if d.year and d.month and d.day
                                            and not d.closed_range]) == 1 \
                        and not find_dates(main_clause := clause.strip()[opening.end():]) \
                        and (counted := _relative(main_clause, _Context(told_in[0].year, told_in[0].month, told_in[0].day), closing=True)) \
                        and counted[1] and re.search(r"\blater\b", counted[1]):
                    # "When the Maoists broke a ceasefire ... on 23 November 2001, the government
                    # declared a state of emergency three days later": counted from the day the
                    # opening tells, not the one the sentence before did
                    rel, from_opening = counted, True
                within_time = False  # the clause is dated by the start of a time it happened in (`_DURING_BEGAN`)
                if rel is None and rel_that is None and (during := _DURING_BEGAN.match(clause.strip())) is not None \
                        and len(told_in := [d for d in find_dates(during.group(0)) if d.year and d.month and d.day
                                            and not d.closed_range]) == 1 \
                        and not find_dates(clause.strip()[during.end():]):
                    # "During the unrest that began on 18 October 2019 the force's riot shotguns
                    # wounded hundreds of protesters": what happened in the time the opening dates
                    # by its start day, no closer than its month
                    rel = (EventDate(year=told_in[0].year, month=told_in[0].month), "")
                    within_time = True
                if rel is None and rel_that is None and not find_dates(clause) \
                        and (mid := _OPENING_RELATIVE.match(clause.strip())) is not None:
                    # "At the summit held in Mendoza the next day, the presidents suspended
                    # Paraguay": the time closing the opening phrase dates the clause it opens
                    rel = _relative(mid.group("rel"), near)
                    if rel is not None:
                        rel = (rel[0], "")
                        clause_for_label = f"{clause.strip()[:mid.start('rel')].rstrip()}{clause.strip()[mid.end('rel'):]}"
                if rel is None and rel_that is None and not find_dates(clause) \
                        and (mid := _RELATIVE_IN_SUBJECT.match(clause.strip())) is not None:
                    # (see `_RELATIVE_IN_SUBJECT`)
                    rel = _relative(mid.group("rel"), near)
                    if rel is not None:
                        rel = (rel[0], "")
                        clause_for_label = clause.strip()[:mid.start("rel")] + clause.strip()[mid.end("rel"):].lstrip()
                if rel is None and rel_that is None and (mid := _RELATIVE_MID.match(clause.strip())) is not None:
                    # "Ramaphosa announced that evening that Fannie Masemola ... would take over":
                    # the time told right after the verb that opens the clause
                    rel = _relative(mid.group("rel"), near)
                    if rel is not None:
                        rel = (rel[0], "")
                        clause_for_label = clause.strip()[:mid.start("rel")] + clause.strip()[mid.end("rel"):].lstrip()
                # "X commanded it until 10 June 2020, when Y took over": the clause after "when"
                # happens on the date just told.
                # "..., and then elected Infantino in the second round": the next happening of the
                # same day, told by the clause's own verb
                # (of the same subject: after another body's act, another act of that body)
                if rel is None and offset and dated_here and not dated_here[-1].background and not find_dates(clause) \
                        and re.match(r"\s*then\s+", clause) and _VERB_FIRST.match(re.sub(r"^\s*then\s+", "", clause)) \
                        and re.search(r"(?:,\s*|\s)and\s*$", sentence[:offset]):
                    rel = (dated_here[-1].date, "")
                if rel is None and offset and dated_here and not find_dates(clause) \
                        and re.search(r",\s+and\s*$", sentence[:offset]) and _HANDED_ON.match(clause) \
                        and not _NOT_AT_ONCE.search(clause):
                    # "Parliament elected him president of the republic on 31 July 1958, and he gave up
                    # the command to General Toufic Salem": a head handing on the post, told after
                    # ", and" with no time of its own, as what followed from the clause before, then
                    rel = (dated_here[-1].date, "")
                if rel is None and offset and dated_here and not find_dates(clause) and _WHEN_DATED.match(sentence) \
                        and re.search(r",\s+and\s*$", sentence[:offset]) and _FINITE.search(clause) \
                        and re.match(r"\s*(?-i:[A-Z])[\w'’-]+\s", clause) and not re.match(r"\s*(?:It|He|She|They)\b", clause):
                    # "When nominations closed on 6 May the activist Graeme McCormick had withdrawn,
                    # and Swinney was declared leader without a contest": the opening "when" dates
                    # every main clause of its sentence, the one after "and" too, when it names its
                    # own subject ("and it was rushed to Bastogne" goes on with the one before)
                    rel = (dated_here[-1].date, "")
                if rel is None and rel_that is None and not offset \
                        and not [d for d in find_dates(sentence) if not _in_aside(sentence, d)] \
                        and len(told_before) == 1 and not told_before[0].background \
                        and (took := _TOOK_OVER.search(clause)) is not None and not _NOT_AT_ONCE.search(clause) \
                        and not re.search(r",\s+(?:who|which)\s+[^,;]*$", clause[:took.start()]):
                    # (not a taking over a "who" aside tells, with a time of its own: "Its president
                    # has been Rovshan Najaf, who took charge as acting head in February 2022")
                    # "Late on 9 January 2017 Museveni moved Muhoozi to ... . Colonel Don Nabasa, ...,
                    # took over as acting commander": taking over told right after a sentence that
                    # dates one happening, with no time of its own, is of that day, as a reader
                    # takes it (a writer who meant later says so: "later", "then", `_NOT_AT_ONCE`).
                    # A sentence before that goes on to a season of that year ("and in the autumn he
                    # became a deputy foreign minister") dates it to the year only; one that goes on
                    # to a time it does not date ("later", "the following spring"), not at all.
                    # A sentence before that tells only a year dates it to that year ("WANEP
                    # formally began work in 1998 ... Doe became its first executive director";
                    # Elman Peace's "in 2007 went back for good. She took over the centre as its
                    # executive director"). A date in an aside of the person's ("a
                    # graduate who had come into peace work around 2000") dates the person, not this.
                    later = _LATER_TIME.search(prev_sentence or "")
                    if later is None:
                        rel = (told_before[0].date, "")
                        implied_here = True
                    elif later.group("season"):
                        rel = (EventDate(year=told_before[0].date.year), "")
                        implied_here = True
                if rel is None and rel_that is None and not offset \
                        and not [d for d in find_dates(sentence) if not _in_aside(sentence, d)] \
                        and ((successor_named := _SUCCESSOR_NAMED.search(clause) is not None) or _CHOSEN_ALONE.match(clause)) \
                        and not (scene is not None and scene[2] and scene[1] <= 2 and _CHOSEN_THERE.search(clause)) \
                        and not _NOT_AT_ONCE.search(re.sub(r",\s+(?:a|an|who|which)\s.*$", "", clause)) \
                        and not re.search(r",\s+who\s+(?:\w+ly\s+)?(?:took|assumed|became)\b", sentence) \
                        and ((went := [d for d in [*told_earlier, *told_before] if _GOING.search(d.clause)])
                             or (successor_named and len(told_before) == 1 and not told_before[0].background)):
                    # (not a choice made at the session just told, which is of that session's day:
                    # `_CHOSEN_THERE`, below)
                    # (after `_TOOK_OVER`, which dates a taking over by the one happening the sentence
                    # before told) "Repše resigned in December 2001 to found a political party ... He became prime
                    # minister after the election of the following year. The Saeima elected Ilmārs
                    # Rimšēvičs to succeed him": a successor named with no time of its own, a
                    # sentence or two after the going of the one succeeded, is of the year of that
                    # going, not of what the sentence just before dated of the predecessor's later
                    # life. The year only: the text says not when the successor was chosen, which
                    # may be weeks before a going announced ahead or months after one. (What an aside
                    # after the successor's name says, "who ... led the company for the next seven
                    # years", is no later time of the choice.) With no going
                    # told, a new holder named right after a sentence that dates one happening is of
                    # that time, as `_TOOK_OVER` has it ("On 16 January 2023 the president announced
                    # that Bucio would become undersecretary ... The guard's new commander was X").
                    # Not one whose aside dates the taking over ("His successor was Jackie Selebi, ...,
                    # who took over in 2000"), which the aside's own happening tells
                    rel = (EventDate(year=went[-1].date.year), "") if went else (told_before[0].date, "")
                    implied_here = True
                if rel is None and rel_that is None and (not offset or re.search(r",\s+and\s*$", sentence[:offset])) \
                        and scene is not None and scene[2] and scene[1] <= 2 \
                        and not [d for d in find_dates(sentence) if not _in_aside(sentence, d)] \
                        and (chosen := _CHOSEN_THERE.search(clause)) is not None and not _NOT_AT_ONCE.search(clause) \
                        and not re.search(r",\s+(?:who|which|whose|whom)\b", clause[:chosen.start()]) \
                        and not _OWN_MEETING.search(clause):
                    # "On 28 January 2024 the party held its first direct leadership election. Polling
                    # stations opened ... Živković, the only candidate for president, was elected": a
                    # choice or a removal told, with no time of its own, within a sentence or two of
                    # the day of a meeting the paragraph tells is made at that meeting, that day
                    # (in a clause of its own after ", and" too: "Two lists competed for the steering
                    # committee, and the committee chose as president Abdessattar Ben Moussa")
                    rel = (scene[0], "")
                    implied_here = True
                if rel is None and rel_that is None and not offset \
                        and len(shown := [d for d in told_before if not d.background] or told_before) == 1 \
                        and shown[0].date.day is not None \
                        and not [d for d in find_dates(sentence) if not _in_aside(sentence, d)] \
                        and subject.starts_with_subject(clause) and _STATUS_CHANGE.search(clause) \
                        and not _NOT_AT_ONCE.search(clause) and not re.search(r"\b\d{2,4}s\b|\bcentury\b", clause):
                    # "The Ocean Affairs Council was finally inaugurated on 28 April 2018 in
                    # Kaohsiung ... The administration lost its cabinet rank and became one of the
                    # council's agencies": a change of the organisation's own standing, told with no
                    # time of its own right after the day of what brought it (another body's act,
                    # background to the organisation's story, as often as its own), is of that day
                    rel = (shown[0].date, "")
                    implied_here = True
                if rel is None and not offset and not find_dates(sentence) \
                        and (after_death := _AFTER_DEATH.match(clause.strip())) is not None:
                    # "Edhi died in Karachi on 8 July 2016 ... After Edhi's death Bilquis co-chaired
                    # the foundation": what followed a death the story dated is of that month (a
                    # day later or weeks, the text does not say), told of the one who died by name
                    # or as "his"/"her" of the person last named
                    who = after_death.group("of") or after_death.group("poss") or last_person
                    died = next((d for d in reversed(drafts) if who and (m := _PERSON_DIED.match(
                        _strip_date_phrase(d.clause.strip()))) and who.split()[-1] in m.group("who").split()), None)
                    if died is not None and died.date.month is not None:
                        rel = (EventDate(year=died.date.year, month=died.date.month), "")
                if rel is None and offset and sentence[:offset].rstrip().endswith("when") and ctx.year \
                        and not find_dates(clause) and len(drafts) > n_before:
                    when = EventDate(year=ctx.year, month=ctx.month, day=ctx.day if ctx.month else None)
                    before = drafts[-1] if len(drafts) > n_before else None
                    told_here = [m for m in find_dates(sentence[:offset]) if m.year is not None and not m.recurring]
                    if told_here and before is not None and before.background:
                        # the date of the clause just told, which one of the time before the
                        # organisation (background, no context of the story's) does not leave
                        # behind: "The immediate reason for creating the unit came in 1994, when
                        # German nationals ... had to be rescued" had read July 2020, the lead's
                        here = _Context()
                        here.update(told_here[-1])
                        when = EventDate(year=here.year, month=here.month, day=here.day if here.month else None)
                    if before is not None and before.end is None and before.date == when:
                        continue  # "until his death in 1988, when Y became chief": one happening
                    rel = (when, "")
                mentions = [m for m in find_dates(clause) if not m.recurring and not _lifetime(clause, m)]
                if sum(1 for b in re.findall(r"\(([^()]*)\)", clause) if find_dates(b)) >= 2 and not rel:
                    continue  # "Earlier chairmen included A (1953–1958) and B (1958–1977)": terms, not happenings
                own = [m for m in mentions if not _is_reference(clause, m)]
                # A date inside ", who had commanded ... in 2022," or ", born in 1979," describes
                # someone; the clause's own date is outside it when there is one.
                main = [m for m in own if not _in_aside(clause, m)]
                if len(main) >= 2 and _post_term(clause, main[0]):
                    main = main[1:]  # "Havelange's general secretary from 1981, ..., succeeded him in June 1998"

                refs = [m for m in mentions if _is_reference(clause, m)]
                aside_only = bool(own) and not main
                if aside_only:
                    # "Enders, who had headed it since August 2007, succeeded him after the
                    # meeting of 31 May 2012": a day named as the occasion dates the clause.
                    occasion = [m for m in refs if m.day is not None and not _in_aside(clause, m)
                                and re.search(r"\b(?:after|at|following)\b[^,;]{0,60}$", clause[:m.start], re.I)]
                    if occasion:
                        main, refs = occasion[:1], [m for m in refs if m is not occasion[0]]
                        aside_only = False
                elif not own and refs and rel is None:
                    # "after a final inspection by the minister on 17 September 1973 the unit
                    # reported that it was fully operational", "Shortly after midnight on 18 October
                    # GSG 9 stormed the aircraft": a day named as the occasion, with no verb of its
                    # own between "after" and it, dates the happening that follows; "After pirates
                    # seized the ship on 4 April 2009, ..." tells another happening, a reference.
                    occasion = [m for m in refs if m.day is not None and not _in_aside(clause, m)
                                and (gap := re.search(r"\b(?:after|at|following)\b([^,;]{0,60})$", clause[:m.start], re.I))
                                and not _GAP_VERB.search(gap.group(1)) and len(clause[m.end:].split()) >= 3]
                    # "after ND was defeated by ten points on 4 October he announced the same night
                    # that he would step down": the happening that follows says it was that day's
                    occasion = occasion or [m for m in refs if m.day is not None and not _in_aside(clause, m)
                                            and _SAME_DAY_AFTER.match(clause, m.end)]
                    if occasion:
                        main, refs = occasion[:1], [m for m in refs if m is not occasion[0]]
                        own = list(main)
                if rel is None and aside_only and len(told_before) == 1 and not told_before[0].background \
                        and told_before[0].date.month and not find_dates(sentence[:offset]) \
                        and _BECAME_POST.search(re.sub(r",\s+(?:who|which)\s+[^,;]{2,200},", ",", clause)) \
                        and not _NOT_AT_ONCE.search(clause):
                    # "In November 2015 the company announced that Marafih would step down ... He
                    # joined the board as an adviser, and Sheikh Saud bin Nasser Al Thani, who had
                    # worked for the company since 1990 and had been chief executive of Ooredoo Qatar
                    # since 2011, became group chief executive": the aside's years are his career's;
                    # taking the post, told with no time of its own right after a sentence that dates
                    # one happening, is of that time (as `_TOOK_OVER`)
                    rel = (told_before[0].date, "")
                    implied_here = True
                own = main + [m for m in own if m not in main]
                if rel is None and aside_only and own[-1].year is not None and own[-1].day is not None \
                        and (after := _VERB_THEN_DAY.search(clause, own[-1].end)) is not None \
                        and "," in clause[own[-1].end:after.start("rel")] and not find_dates(clause[after.end():]):
                    # "At its 26th congress, which opened in Ulaanbaatar on 4 November 2010, the party
                    # voted the next day to restore the name": the day the aside told is the one
                    # the clause's verb counts from (`_aside_keeps_date` would date it to the
                    # opening itself)
                    told_day = _Context()
                    told_day.update(own[-1])
                    rel = _relative(after.group("rel"), told_day)
                    if rel is not None:
                        rel = (rel[0], "")
                        clause_for_label = f"{clause[:after.start('rel')].rstrip()} {clause[after.end('rel'):].lstrip()}"
                relative_text = None
                if rel is not None and rel[0].day is None and not within_time and any(
                        m.year is not None and m.month is not None and not m.closed_range
                        and _compatible(rel[0], _event_date(m.year, m.month, m.day))
                        and (not _in_aside(clause, m) or _aside_keeps_date(clause, m, subject)) for m in own):
                    # "The following year the government invited states to a conference, which
                    # adopted the first convention on 22 August 1864": the day the clause itself
                    # gives, within the year the opening counts to, dates it more closely
                    rel = None
                elif rel is not None and not from_opening and any(
                        m.year is not None and (m.day is not None or m.month is not None and _LOOSE_COUNT.match(rel[1]))
                        and not m.closed_range and not _in_aside(clause, m)
                        # (not a date naming another happening by its day: "the next day it ruled
                        # ..., allowing voters to enrol for the election of 21 August 2010")
                        and not re.search(r"\b(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?[a-z]{4,}\s+of\s+$", clause[:m.start])
                        and not _compatible(rel[0], _event_date(m.year, m.month, m.day)) for m in own[:1]):
                    # "Earlier that year, on 29 February 2004, members of the unit ...", after a
                    # sentence that looked back to 1951: a full date the clause states outright is
                    # its date; the count was made from the wrong time
                    rel = None
                elif rel is not None and re.search(r"(?i)\b(?:years?|months?|weeks?)\s+(?:later|after)", rel[1]) and own \
                        and own[0].year is None and own[0].month is not None and not _in_aside(clause, own[0]) \
                        and own[0].start < len(rel[1]) + 12:
                    # "A year later, on 1 May, the king turned a valve", "A month later, on 15
                    # September, the marines went ashore": the count gives the year, the clause the
                    # day within it (the story moves on to that year; a month before the one counted
                    # to is of the next: "Two weeks later, on 2 January", from December)
                    ctx.year = rel[0].year + (rel[0].month is not None and own[0].month < rel[0].month)
                    ctx.month = ctx.day = None
                    rel = None
                elif rel is not None and not from_opening and rel[0].day is not None and _counted_then_told(clause, rel[0], own):
                    # "Five weeks later, on 13 September, some 33,000 machinists walked out": the day
                    # the clause names is the day; the count from the sentence before only led to it
                    rel = None
                if rel is not None:
                    date, relative_text = rel
                    primary = None
                    end, ongoing, inferred = span_end, False, True
                else:
                    if not own and not refs:
                        # "The 2015 project was to be held in the Chitwan District of Nepal. In
                        # October Habitat called it off": a clause about a thing its year names
                        # ("the 2015 project", "the 2024 congress") moves the story to that year
                        named_year = _YEAR_NAMED.match(clause.strip())
                        if named_year and rel is None:
                            ctx.year, ctx.month, ctx.day = int(named_year.group("y")), None, None
                            year_here = True
                        continue
                    primary = (own or refs)[0]
                    year = primary.year if primary.year is not None else (
                        _earlier_year(clause, primary, ctx.year)
                        or _later_year(sentence, clause, primary, ctx.year, moved_on_only=year_here,
                                       context_month=ctx.month) or ctx.year)
                    if primary.year is None and year is not None and year == ctx.year \
                            and _turns_the_year(sentence, clause, primary, ctx):
                        year += 1  # "named her on 10 December 2021, and Russell took office on 1 February"
                    elif primary.year is None and year is not None and year == ctx.year and _NEXT_SPRING(primary, ctx) \
                            and not find_dates(sentence[:sentence.find(clause)] if clause in sentence else "") \
                            and not re.search(r"\b(?:had|earlier|before|previously)\b|\b(?:following|next)\s+year\b", clause):
                        # "On 20 December 2019 Javid named Andrew Bailey as the next governor. Carney
                        # stayed on until 15 March, and Bailey took office the next day": a day of the
                        # year's first months, told after one of its last, in a story that moves on
                        year += 1
                    following = _OF_YEAR.match(clause[primary.end:]) if primary.year is None else None
                    if following and year is not None and re.search(r"(?i)following|next", following.group("which")):
                        year += 1  # "she took office on 1 October of the following year"
                    elif primary.year is None and year is not None and re.search(
                            r"(?i)\b(?:the\s+)?(?:following|next)\s+year,?\s+(?:on|in)\s+(?:the\s+)?$", clause[:primary.start]):
                        year += 1  # "it was registered as a political party the following year, on 5 March"
                    inferred = primary.year is None
                    if year is None:
                        findings.append(Finding(_file(piece, file), piece.source.line if piece.source else None,
                                                YEAR_UNKNOWN, f"no year for {primary.text!r} in: {sentence[:80]!r}"))
                        for m in mentions:
                            ctx.update(m)
                        continue
                    try:
                        date = _event_date(year, primary.month, primary.day)
                        date.start()
                    except ValueError:
                        findings.append(Finding(_file(piece, file), piece.source.line if piece.source else None,
                                                BAD_DATE, f"{primary.text!r} is not a date in {year}: {sentence[:80]!r}"))
                        continue
                    end = None
                    if primary.closed_range:
                        try:
                            end = _event_date(primary.end_year or year, primary.end_month, primary.end_day)
                            if end.end() < date.start():
                                end = None  # "from 12 December to 3 January": the text must say the year
                        except ValueError:
                            end = None
                    ongoing = primary.ongoing
                # A reference point or an aside lends no context year: "He was replaced by X, who had
                # joined in 2001 and had run Nespresso since July 2024. On 16 September ..." is 2025
                # still, as the sentence before told; an aside that dates the clause itself does.
                lends = main or [m for m in own if _aside_keeps_date(clause, m, subject)]
                if not lends and own and (closing_words := _RELATIVE_END.search(clause)) is not None \
                        and own[-1].year is not None and own[-1].end <= closing_words.start() and re.search(
                            r",\s+(?:elected|re-elected|appointed|chosen|named|nominated|confirmed)\s+[^,;]*$",
                            clause[:own[-1].start]):
                    # "Boris Johnson, elected mayor in May 2008, took over as chair of TfL that
                    # month": the clause counts from the aside's time (`_relative`), where the
                    # story now stands
                    lends = [own[-1]]
                # "... the way it had been run since 2023. The change took effect on 1 January the
                # following year": a state's start told in passing is no time the story moved to
                lends = [m for m in lends if not re.search(r"(?i)\bsince\s+(?:the\s+)?$", clause[:m.start])
                         or m.month is not None]
                # ("Marguerite Higgins, a correspondent born in 1920, wrote ... A month later, on 15
                # September, the marines went ashore": a birth is no time the story moved to)
                lends = [m for m in lends if not re.search(r"(?i)\bborn\s+(?:[^,;]{0,40}?\s)?(?:(?:in|on)\s+)?$",
                                                           clause[:m.start])]
                # "The same day Swiss prosecutors ... opened their own inquiry into the 2018 and
                # 2022 awards. On 29 May the congress re-elected Blatter": a year that names a
                # thing ("the 2022 awards", "its 2019 report") in a clause dated by something
                # else is no time the story moved to
                lends = [m for m in lends if m is primary or not (_attributive_year(clause, m) or _of_year(clause, m))]
                # (nor, once the story has passed the organisation's founding, a thing named by a
                # year before it, even as the sentence's only date: "The name echoes the Khana
                # Ratsadon, the group behind the revolution of 1932 ... On 11 August the chairman of
                # another party ..." is 11 August of the story's year, 2024, not of 1932)
                # (a time of that year is the story's time still: "in the early summer of 1946")
                if ctx.year is not None and formed is not None:
                    lends = [m for m in lends if not (m.year is not None and m.year < formed <= ctx.year
                                                      and _of_year(clause, m) and not _TIME_OF.search(clause[:m.start]))]
                # "In September 2013 the board chose T. V. Narendran ... Narendran, born in 1965, had
                # joined the company in 1988 ... He took over from Nerurkar on 1 November": a
                # clause in the pluperfect that goes back before the story's year tells someone's
                # past; the story stays where it was (a pluperfect that moves on, "by 1990 it had
                # grown", lends its year)
                if ctx.year is not None and (pluperfect := [
                        p.start() for p in _PLUPERFECT.finditer(clause)
                        if not re.search(r"\b(?:that|who|which|whom|whose|where)\b[^,;]*$", clause[:p.start()])]):
                    # (the clause's own verb, before its date: not "delegates of groups that had
                    # broken away ... signed" on a date told first)
                    lends = [m for m in lends if m.year is None or m.year >= ctx.year
                             or not any(at < m.start for at in pluperfect)]
                # ("On 15 June 2006 Bill Gates announced that he would give up his day-to-day role at
                # Microsoft on 31 July 2008. Later that month Warren Buffett pledged ...": a date
                # something was to happen on is a plan; the story stays at the day it was told)
                planned = [m for m in lends if _PLANNED.search(clause[:m.start])]
                if planned and len(planned) < len(lends):
                    lends = [m for m in lends if m not in planned]
                if ctx.year is not None and (reported := _REPORTED_THAT.search(clause) or re.match(r"\s*(?:and\s+)?that\s", clause)):
                    # ("In October 2019 The Oregonian published an investigation showing that ..., and
                    # that her request in 2018 ... had been handled badly": a year inside what a
                    # report found, before the story's, is what it looked back at; the story stays)
                    lends = [m for m in lends if m.year is None or m.year >= ctx.year or m.start < reported.end()]
                for m in lends:
                    if m.year is not None:
                        ctx.update(m)
                        year_here = True
                    elif ctx.year is not None and m.month is not None:
                        ctx.month, ctx.day = m.month, m.day
                kind = classify(clause, subject, primary)
                if kind != "background" and index > 0 and _ANOTHER_OF_THEM.match(_strip_date_phrase(clause.strip())) \
                        and _nature_did(clauses[index - 1][1], subject):
                    # "In January 1995 an avalanche at Súðavík killed 14 people, and in October
                    # another struck the village of Flateyri": another of what the clause before
                    # told nature doing
                    kind = "background"
                if kind != "background":
                    # Read again without its lead-in ("In a statement, ..."); without the
                    # clause's own date a birth aside ("Mistral, born in 1966,") would make it
                    # background, which the dated reading above has already ruled out.
                    first = kind
                    # (and without a death it follows: "After Edhi's death Bilquis co-chaired ...")
                    kind = classify(_AFTER_DEATH.sub("", _LEAD_CLAUSE.sub("", _ACCORDING.sub("", clause.strip())), count=1),
                                    subject)
                    kind = first if kind == "background" else kind
                    if kind in ("other", "statement") and (bare := _without_inner_dates(clause)) != clause:
                        # and without a date set between a verb and what it governs: "Fromm asked
                        # on 2 July 2012 to be retired" tells a head leaving as "asked to be
                        # retired" does
                        again = classify(bare, subject)
                        kind = again if again not in ("background", "other", "statement") else kind
                if kind in ("other", "statement") and clause is not sentence and len(clause.split()) < 7:
                    whole = classify(sentence, subject)
                    kind = whole if whole not in ("background",) else kind
                if kind == "dissolution" and offset and _ANOTHER_ABOLISHED.search(sentence) \
                        and not subject.mentioned_in(clause):
                    kind = "reorganisation"  # "The post fell vacant ..., and the Council abolished it": one of its posts
                new_body = _its_new_body(clause, sentence[:offset], subject) if offset and kind in (
                    "dissolution", "renaming") else None
                if new_body and not any(d.kind == "founding" or d.date.year == formed for d in drafts[n_before:]):
                    kind = "other"  # "... led to the formation of X on 1 April 1963; it was disbanded in 1972": X's
                else:
                    new_body = None
                chose_leader = kind in ("milestone", "operation", "other", "leadership") and _leader_elected(
                    _CHOSE_HIM.sub(lambda m: f"{m.group(1)} {last_person}", clause) if last_person else clause, names)
                if chose_leader:
                    # "Javid Abdelmoneim ... was elected at the assembly"; "In April 2010 the
                    # Assembly elected him to a second five-year term": him, the one just named
                    kind = "leadership"
                if kind == "leadership" and not _own_leadership(sentence, subject, names, profile.people):
                    kind = "other"  # "Defence Minister Charles Hernu resigned": someone else's post
                    chose_leader = False
                background = kind == "background" or (not own and rel is None)
                # The only date describes someone or something else (", led by X since 2017").
                if aside_only and rel is None and primary is not None and \
                        not _aside_keeps_date(clause, primary, subject):
                    background = True
                if not background and kind in ("other", "statement", "milestone") and _earlier_career(clause, surnames):
                    background = True
                # ("he died in Dhaka in December 2008": the person the sentence before named)
                named_clause = re.sub(r"^\s*(?:[Hh]e|[Ss]he)\b", last_person, clause.strip(), count=1) \
                    if last_person else clause
                # (the aside that says who the person was, "Agnelli, who had led the company from
                # 2001 to 2011, died ...", ties the death to the organisation no more than the
                # person's past did)
                if not background and _others_death(named_clause, names, profile.people, date.year) \
                        and not _own_people(re.sub(r",\s+who\s+[^,;]{2,120},", ",", clause), subject):
                    background = True  # "Jimmy Carter died on 29 December 2024": a volunteer's life
                if not background and _ATTACKERS.match(_strip_date_phrase(clause.strip())) \
                        and not subject.mentioned_in(clause) and not _own_people(clause, subject) \
                        and not any(re.search(rf"\b{re.escape(w)}\b", clause) for w in surnames if len(w) > 2):
                    # "On 7 July 2005 four suicide bombers killed 52 people on London's transport
                    # network": what others did, naming neither the organisation nor its people
                    # (not "gunmen seized Margaret Hassan", its country director)
                    background = True
                # (a clause dated by the "when" of the one before it, "until September 2017, when
                # Vice Admiral Rob Kramer succeeded him as commander of the navy", is asked too)
                if not background and (rel is None or not rel[1] or _PORTFOLIO_POST.search(clause)) \
                        and _elsewhere_post(clause, subject, profile.people, date, sentence[:offset], last_person):
                    background = True
                if not background and _succession_elsewhere(clause, profile.people):
                    background = True
                if not background and offset and kind not in ("founding", "leadership", "dissolution", "renaming") \
                        and _BORN_FIRST.match(sentence) and _VERB_FIRST.match(clause.strip()):
                    background = True  # "X was born in 1962 and joined ESA in 1990": the person's life
                if not background and primary is not None and (plan := _PLANNED_BEFORE.search(clause[:primary.start])) \
                        and not (re.search(r"\b(?:due|scheduled)\s+to\b", plan.group(0)) and re.search(r",\s+but\s", sentence)):
                    # "ESA had planned to send its rover to Mars in 2022": a plan overtaken ("The
                    # first Ariane was due to fly on 15 December 1979, but its engines shut down":
                    # what happened on the day it was due is told)
                    background = True
                if not background and primary is not None and _SINCE_THEN_STATE.search(clause[:primary.start]) \
                        and _STATE_AFTER_SINCE.match(clause[primary.end:]):
                    # "..., and since it took over Britvic in January 2025 it has also made soft
                    # drinks": what the group has done since then, a state; the takeover it dates
                    # is told where it happens (the lead's row had read "Besides the beers ...")
                    background = True
                if not background and kind != "leadership" and _holder_at_a_time(clause):
                    background = True  # who held a post then, told as a state
                if not background and "party" not in subject.kind and _WON_STATE_ELECTION.search(clause) \
                        and not any(n.split()[-1] in clause for n in names if n.split()):
                    # a person winning a state's office in the article on a company, a unit or an
                    # agency (a party's candidates win for the party): the person's life, not its
                    background = True
                if not background and primary is not None and _DEADLINE.search(clause[:primary.start]):
                    # "The commission was asked to deliver its final report by 14 December 2026":
                    # the day a task is due is set, not a day something happened
                    background = True
                # (the body that chooses its leader is another, "the General Assembly elected him",
                # and the choice is the organisation's own change of leader)
                if not background and not chose_leader and (kind != "legal" or _TREATY_WITH.search(clause)) and _about_other_body(
                        clause, sentence, subject, names, proper, profile.people, parts, named_people, organs_of_others,
                        called):
                    background = True
                if not background and kind == "legal" and _against_another(sentence, subject, names):
                    background = True
                if not background and _world_happening(clause, sentence, subject, names):
                    background = True
                if not background and kind not in ("founding", "leadership") and _own_venture(clause, sentence, subject):
                    background = True
                if not background and kind != "founding" and _seat_for_another(clause, subject):
                    background = True
                admitted = _ADMITTED.match(clause) if clause_for_label == clause and primary is not None else None
                if admitted and primary.start >= admitted.start("what") and not background:
                    # "The company admitted that from 2000 to 2016 it had used agents to pay
                    # bribes": the years date what was admitted, not the admission; the row at
                    # 2000-2016 tells that ("Ericsson used agents to pay bribes"), as a fact the
                    # organisation itself accepts.
                    clause_for_label = _simple_past(_strip_date_phrase(clause[admitted.start("what"):].strip()))
                    kind = classify(clause_for_label, subject) if kind in ("other", "statement") else kind
                    kind = "other" if kind in ("background", "statement") else kind
                drafts.append(_Draft(date, end, ongoing, sentence, clause, piece.section, piece.source,
                                     piece.in_lead, inferred, kind, background))
                it_means = _it_means(clause, prev_sentence, subject) if not offset else \
                    _it_after_and(clause, sentence[:offset], subject)
                if offset and it_means is None and (owner := _its_after_and(clause, sentence[:offset], subject)):
                    # what another body's people or parts did, told after that body's act
                    it_means = cap_first(owner)
                    if drafts[-1].kind not in _UNIQUE_KINDS:
                        drafts[-1].background, drafts[-1].kind = True, "background"
                if it_means is not None and not offset and prev_sentence and re.match(r"\s*Its\s", clause) \
                        and it_means == _ended_last(prev_sentence, subject) and not drafts[-1].background \
                        and drafts[-1].kind not in _UNIQUE_KINDS:
                    # "... dissolved Thai Rak Thai. Its members regrouped in the People's Power
                    # Party": what the people of a body another ended did next is that body's
                    # story, background to the organisation's
                    drafts[-1].background, drafts[-1].kind = True, "background"
                opens = sentence if not offset else ""  # (`_opening_alone`)
                they = _they_mean(clause, prev_sentence, subject) if not offset else None
                # (a row dated by what the sentence before told, "His deputy, Stéphane Perrault, a
                # lawyer who had joined the agency in 2007, took over as acting commander": the
                # aside's date is the person's, and the label is not cut at it)
                said = None if implied_here and primary is not None and _in_aside(clause, primary) else primary
                labels[id(drafts[-1])] = _they_as(_it_as(_object_it(_opening_alone(opens, make_label(
                    clause_for_label, _shift(said, len(clause_for_label) - len(clause)), subject,
                    _referent(sentence, offset, names, last_person, aliases, subject), relative_text,
                    they_is_subject if not offset else opens_with_subject)), sentence[:offset], subject,
                    prev_sentence if not offset else ""), it_means, subject), they)
                statements[id(drafts[-1])] = _they_as(_it_as(_object_it(_opening_alone(opens, make_label(
                    clause_for_label, _shift(said, len(clause_for_label) - len(clause)), subject,
                    _referent(sentence, offset, names, last_person, aliases, subject), relative_text,
                    they_is_subject if not offset else opens_with_subject, limits=_STATEMENT_LIMITS)),
                    sentence[:offset], subject, prev_sentence if not offset else ""), it_means, subject), they)
                # "On their return in 1976 the Fullers called their supporters together and founded
                # Habitat for Humanity International": the founding, told by the next verb of the
                # same subject and date (which `_clauses` splits off and no date of its own dates)
                after = sentence[offset + len(clause):]
                if drafts[-1].kind in ("other", "statement", "milestone") and not drafts[-1].background \
                        and (founded := _AND_FOUNDED.match(after)) is not None \
                        and subject.is_subject_name(re.split(r"[,;.(]|\s+(?:in|on|at|with|as|and)\s",
                                                             after[founded.end():])[0]):
                    drafts[-1].kind = "founding"
                    labels[id(drafts[-1])] = _with_founding(labels[id(drafts[-1])], drafts[-1])
                    statements[id(drafts[-1])] = _with_founding(statements[id(drafts[-1])], drafts[-1])
                # (after a count of time too: "the High Court convicted Selebi ..., and a month
                # later it sentenced him" is the court's sentence, not the police service's)
                if not new_body and offset and re.match(
                        r"(?i)(?:(?:[\w-]+\s+){1,3}(?:later|earlier|afterwards)|(?:that|the\s+(?:same|next|following))\s+"
                        r"(?:day|week|month|year)|(?:on|in)\s+[^,;]{3,25}?)?,?\s*its?\s", _strip_date_phrase(clause.strip())):
                    new_body = _it_of_another(sentence[:offset], subject)
                if new_body:
                    # the label's "it" made the organisation's name: the body the sentence made
                    # instead, or the other body the sentence's first clause is about
                    ref = cap_first(subject.ref)
                    for table, limits in ((labels, (_LABEL_MAX, _LABEL_LONG)), (statements, _STATEMENT_LIMITS)):
                        text = table.get(id(drafts[-1]), "")
                        if text.startswith(ref):
                            rest = text[len(ref):]
                            if new_body.endswith("s") and rest.startswith(("'s ", "’s ")):
                                rest = rest[0] + rest[2:]  # "the United Arab Emirates' withdrawal"
                            table[id(drafts[-1])] = _shorten(cap_first(new_body) + rest, *limits).rstrip(" ,;:.")
                part_label = _gapped(sentence, primary) or _done_then(sentence, primary) or _again(sentence, primary)
                if part_label:
                    labels[id(drafts[-1])] = statements[id(drafts[-1])] = part_label
                if drafts[-1].kind == "other" and not background and re.search(r"\bit\b", clause) and re.search(
                        r"\b(?:resumed|regained|retook|took|assumed)\s+(?:command|office)\b", labels[id(drafts[-1])]):
                    drafts[-1].kind = "leadership"  # "resumed it", read as "resumed command" (`_object_it`)
                if admitted and clause_for_label != clause:
                    # the date was taken off the front of what was admitted: no position to shift
                    # the article tells it as an admission: the row says so ("by its own
                    # admission", or "as X admitted" of another), so a hedge is not lost
                    who = admitted.group("who").strip()
                    itself = re.fullmatch(rf"(?i)it|(?:the\s+)?(?:{'|'.join(map(re.escape, sorted(own_kinds | {'company'})))})"
                                       rf"|(?:the\s+)?(?:{'|'.join(re.escape(n) for n in subject.names if n)})", who)
                    if re.match(r"(?:The|Its|His|Her|Their|A|An)\s", who):
                        who = who[:1].lower() + who[1:]  # "as its former treasurer admitted"
                    said = " (by its own admission)" if itself else f" (as {who} admitted)"
                    for table, limits in ((labels, (_LABEL_MAX, _LABEL_LONG)), (statements, _STATEMENT_LIMITS)):
                        table[id(drafts[-1])] = make_label(clause_for_label, None, subject, None, None, True,
                                                           limits=limits).rstrip(" .") + said
                if clause.strip() != sentence.strip() and not _has_verb(labels[id(drafts[-1])]) \
                        and len(sentence) <= _LABEL_LONG:
                    # "... was followed by Récamier, and in 1975 by Jacques Bérès": a clause
                    # whose verb the sentence gave once, before it, says nothing alone; the
                    # sentence, short enough for a label, says it all.
                    # (the time counted from the sentence before goes, as from the clause's own
                    # label: "Two days later the Kyrgyz president ... signed it, and Kazakhstan
                    # became the third founding state")
                    counted = relative_text if relative_text and relative_text.casefold() in sentence.casefold() else None
                    whole = make_label(sentence, None, subject, _referent(sentence, 0, names, last_person, aliases, subject),
                                       counted, they_is_subject, limits=(_LABEL_LONG, _LABEL_LONG))
                    chain = _succession_ellipsis(sentence, clause)
                    if chain:
                        labels[id(drafts[-1])] = statements[id(drafts[-1])] = chain
                    elif _has_verb(whole):
                        labels[id(drafts[-1])] = statements[id(drafts[-1])] = whole
                sequel = _sequel_clause(sentence, clauses, (offset, clause))
                if sequel and not drafts[-1].background:
                    # "it was dissolved on 8 December 1838, and a new Legion raised in France took
                    # its place": an undated clause joined by "and" tells the same happening's
                    # outcome; without it the label says something else.
                    longer = make_label(clause_for_label + sequel, _shift(primary, len(clause_for_label) - len(clause)),
                                        subject, _referent(sentence, offset, names, last_person, aliases, subject),
                                        relative_text, they_is_subject if not offset else opens_with_subject,
                                        limits=(_LABEL_LONG, _LABEL_LONG))
                    tail = re.findall(r"[\w'’]+", sequel)[-1:]
                    if len(longer) <= _LABEL_LONG and longer.startswith(labels[id(drafts[-1])]) \
                            and tail and longer.rstrip(" .\"'”’»").endswith(tail[0]):
                        longer = _old_beside_new(longer, subject)
                        if statements.get(id(drafts[-1])) in (None, "", labels[id(drafts[-1])]) or \
                                len(statements[id(drafts[-1])]) < len(longer):
                            statements[id(drafts[-1])] = longer
                        labels[id(drafts[-1])] = longer
                        if drafts[-1].kind == "other":
                            # "left Sidi Bel Abbès and moved its home to Aubagne": the outcome
                            # says what kind of happening it was
                            whole = classify(_LEAD_CLAUSE.sub("", clause.strip()) + sequel, subject)
                            drafts[-1].kind = whole if whole not in ("background", "statement") else "other"
                they = (plural_subject(_strip_date_phrase(sentence)) or earlier_plural(sentence[:offset])) if offset else (
                    last_plural if not they_is_subject else None)
                if not they and not offset and len(prior) > 1:
                    they = collective(prior[-2])  # "a company ... who defected. ... they crossed"
                for table in (labels, statements):
                    if they and table[id(drafts[-1])].startswith("They "):
                        table[id(drafts[-1])] = they + table[id(drafts[-1])][4:]
                    table[id(drafts[-1])] = with_antecedent(table[id(drafts[-1])], " ".join(prior[:-1]), own_words,
                                                             sentence[:offset] if offset else "", subject.names)
                    if prev_sentence and prev_sentence in piece.text:
                        table[id(drafts[-1])] = named_before(table[id(drafts[-1])], prev_sentence)
                    inner = _INNER_HE.match(table[id(drafts[-1])])
                    if inner and not _persons_in(inner.group(1), names, aliases) and not (
                            inner.group(1).endswith(", ") and _FINITE.search(inner.group(1))):
                        # "The company he founded in 2014 took its name ...": who "he" is, as at
                        # the start of a label
                        who = _referent(sentence, offset, names, last_person, aliases, subject)
                        if who and re.match(r"(?:At|During|Following)\s", inner.group(1)) \
                                and (offset or who not in names + others):
                            # after the setting a label opens on ("At a board meeting on 28 October
                            # 2009 he offered ..."): the sentence's own "he" and one of the article's
                            # people only; a later clause's "she" may be anyone the sentence named
                            who = None
                        if who is None and object_here and re.match(r"(?:After|When|Once)\s", inner.group(1)) \
                                and re.search(rf"\b{'her' if inner.group(2) == 'she' else 'him'}\b", sentence[:offset]):
                            # "... named her instead, and after the cabinet approved her she took
                            # office": the one the clause before acted on, whom it named by the
                            # same pronoun
                            who = object_here
                        if who:
                            text = table[id(drafts[-1])]
                            # (after an opening clause, a comma before the name it was missing)
                            lead = text[:inner.start(2)].rstrip() + ", " if re.match(r"(?:After|When|Once)\s", inner.group(1)) \
                                else text[:inner.start(2)]
                            table[id(drafts[-1])] = lead + who + text[inner.end(2):]
                    poss = _POSSESSIVE.search(table[id(drafts[-1])])
                    if poss and _ROLE_OWNS.search(table[id(drafts[-1])][:poss.start()]):
                        # "A boardroom crisis cost its chief executive his post": the post just
                        # named is whose it is, not the person the sentence before named
                        poss = None
                    if poss and any(
                            w in named_people for w in re.findall(r"\b[A-Z][\w'’-]+", table[id(drafts[-1])][:poss.start()])):
                        # "Officers arrested Najib at his home": a person the label names is whose
                        poss = None
                    if poss and not _persons_in(table[id(drafts[-1])][:poss.start()], names, aliases):
                        # "The Council renewed her mandate": whose, as for "him"; after a verb of
                        # naming ("named her executive director") "her" is the one named
                        who = _object_referent(sentence, offset, clause_for_label, names, last_person, aliases)
                        if who and re.search(rf"\b{re.escape(who.split()[-1])}\b", table[id(drafts[-1])][:poss.start()]):
                            who = None  # "Masemola began his term": the one the label names already
                        if who:
                            text = table[id(drafts[-1])]
                            named = re.search(r"\b(?:named|appointed|elected|made|called|declared|confirmed|"
                                              r"re-elected|chose)\s+$", text[:poss.start()])
                            owner = who if named else f"{who}'{'' if who.endswith('s') else 's'}"
                            table[id(drafts[-1])] = text[:poss.start()] + owner + text[poss.end():]
                made = _made_by(clause, primary, own)
                if made:
                    # "An ordinance signed by King Louis-Philippe on 9 March 1831 was ratified on
                    # 10 March 1831": the first date is the signing, not the ratification
                    labels[id(drafts[-1])] = statements[id(drafts[-1])] = made
                if (pronoun := _OBJECT_PRONOUN.search(labels[id(drafts[-1])])) and not (
                        object_here and re.search(rf"\b{re.escape(object_here.split()[-1])}\b",
                                                  labels[id(drafts[-1])][pronoun.end():])):
                    # (not "After the cabinet approved her, Karnit Flug took office": the one the
                    # label goes on to name)
                    who = _object_referent(sentence, offset, clause_for_label, names, object_person or last_person,
                                           aliases)
                    object_here = object_here or who
                    if who:  # "Sari Baldauf succeeded him as chair" -> "... succeeded Risto Siilasmaa ..."
                        for table in (labels, statements):
                            table[id(drafts[-1])] = _OBJECT_PRONOUN.sub(who, table[id(drafts[-1])], count=1)
                thing = _THING_BEFORE.search(sentence[:offset]) if offset else None
                if thing and _VERB_IT.search(labels[id(drafts[-1])]):
                    # "Britvic's shareholders approved the deal in August, and the Competition and
                    # Markets Authority ... cleared it on 17 December 2024": "it" is the deal the
                    # clause before named, the one thing of its kind there
                    for table in (labels, statements):
                        if table.get(id(drafts[-1])):
                            table[id(drafts[-1])] = _VERB_IT.sub(rf"\g<v> {thing.group('np')}", table[id(drafts[-1])],
                                                                 count=1)
                if kind == "statement" and _SAID_END.search(labels[id(drafts[-1])]):
                    # "Michael Clarke said": an opinion too long to show is commentary, kept in
                    # the full text, not a happening a timeline could tell.
                    drafts[-1].background = True
                # "signed on 9 March 1831 and ratified on 10 March": every day of the clause counts.
                main = drafts[-1]
                for extra in own[1:]:
                    if primary is None or extra.is_range or _in_aside(clause, extra):
                        continue
                    # (not inside a participle set off after the subject: "The 2nd Cavalry Regiment,
                    # raised in 1855 and renamed the 5th Cavalry in 1861, fought ...")
                    aside = re.match(r"([^,;]+),\s+(?:[a-z]+ed|raised|formed|founded|built|set\s+up)\s+[^,;]*$",
                                     clause[:primary.start])
                    # (nor in the lead, whose "entered government in 2015 and split in 2017" sums up
                    # what the body tells on its days)
                    verb_dated = primary.end <= extra.start and _AND_DATED_VERB.search(clause[primary.end:extra.start]) \
                        is not None and not (aside and not _FINITE.search(aside.group(1))) and not piece.in_lead
                    # ("Re-elected in 1976, the PNP lost the general election of October 1980": after
                    # an opening participle dated by its own year, the statement's own date is a
                    # happening of its own, as one after "and" is)
                    opened = (op := _PARTICIPLE_OPENING.match(clause)) is not None \
                        and primary.end <= op.end() <= extra.start and not piece.in_lead
                    if extra.day is None and not verb_dated and not opened:
                        # (a second year or month is most often a reference; one that dates a verb
                        # of its own after "and" is a happening: "was formed in 1941 and disbanded
                        # in 1945", "followed Lindt in 1960 and handed over in 1965 to ...")
                        continue
                    if _TERM_FROM.search(clause[:extra.start]):
                        # "appointed him secretary-general for five years from 1 July 2026": when
                        # the term the clause's happening gave runs from, no second happening
                        continue
                    said = _SAID_THAT.search(clause[:extra.start])
                    if said and not re.search(r"\b(?:would|will)\b", clause[said.end():extra.start]) or re.search(
                            r"\b(?:by|before|no\s+later\s+than)\s+$", clause[:extra.start]):
                        # "he said on the radio that ... its members should leave when its mandate ran
                        # out on 7 February 2026", "ordered the movements to submit their rules by 28
                        # September": a day inside what was said, or a deadline set, is no second
                        # happening of the clause (a plan said, "said that Filosa would present a
                        # plan on 21 May 2026", is one, as an announced one is)
                        continue
                    if _PROPOSED_FOR.search(clause[:extra.start]):
                        # "Sturgeon proposed holding a second referendum on 19 October 2023": the
                        # day proposed for something, which the proposal does not make happen
                        continue
                    year = extra.year if extra.year is not None else date.year
                    try:
                        xdate = _event_date(year, extra.month, extra.day)
                        xdate.start()
                    except ValueError:
                        continue
                    if xdate == date:
                        continue
                    drafts.append(_Draft(xdate, None, False, sentence, clause[extra.start - 60 if extra.start > 60 else 0:],
                                         piece.section, piece.source, piece.in_lead, extra.year is None, kind, background))
                    start = _clause_start(clause, extra.start)
                    if clause[start:].lstrip()[:1].islower() and not clause[start:].lstrip().startswith(("that ", "and ")):
                        # "that Justin Hotard, previously head of X, would take over on 1 April":
                        # the comma closed an aside; the phrase starts at its "that" or "and"
                        alt = clause.rfind(" that ", 0, start)
                        if alt >= 0:
                            start = alt + 1
                    raw = clause[start:]
                    phrase = re.sub(r"^(?:that|which|and)\s+", "", raw.lstrip())
                    words = " ".join(phrase.split()[:3]).rstrip(".;,:")  # ("disbanded in 1945." ends the sentence)
                    if primary.end <= start and clause[max(0, start - 5):start] == " and " and len(words) > 8:
                        # "was drawn up in 1995 and came into force on 1 October 1998": the
                        # first date's row ends where the second date's happening begins
                        for table in (labels, statements):
                            text = table.get(id(main), "")
                            at_words = text.find(f" and {words}")
                            if at_words > 15:
                                table[id(main)] = text[:at_words].rstrip(" ,")
                    # ... and ends where the next happening of the clause begins ("..., and that Y")
                    at = extra.start - (start + len(raw) - len(phrase))
                    nxt = re.search(r",?\s+and\s+(?:that|then)\s+|;\s+", phrase[max(at, 0):])
                    if nxt is not None:
                        phrase = phrase[:max(at, 0) + nxt.start()]
                    # the date shown beside the label is this one: it goes from the words
                    shift = -(start + len(raw) - len(phrase))
                    verb = _FINITE.search(clause)
                    between = re.sub(r"\s+(?:on|in|at|by|from|during)\s*$", "", clause[verb.end():own[0].start]) if verb else ""
                    if re.match(r"(?:the|a|an)\s", phrase) and verb and verb.end() <= own[0].start \
                            and clause[max(0, start - 5):start] == " and " and len(between.split()) >= 2:
                        # "drones sank the landing ship A on 14 February and the patrol ship B on
                        # 5 March": the second date's label is "drones sank the patrol ship B"
                        head = clause[:verb.end()].strip()
                        phrase, shift = f"{head} {phrase}", shift + len(head) + 1
                    np = _shared_subject(clause, phrase) if clause[max(0, start - 5):start] == " and " else None
                    if np is None and verb_dated and clause[max(0, start - 5):start] == " and ":
                        # ("Garson Vogel, a Canadian who had been ..., became executive director in
                        # October 1977 and died in office in April 1981": the subject before its aside)
                        np = _leading_np(_without_asides_for_subject(clause[:primary.start]))
                    if np and verb_dated and any(m.start < len(np) for m in find_dates(np)):
                        # ("In July 1990 Ann Holm was criticised ... and resigned in November": the
                        # subject without the opening date, which is the first row's)
                        np = cap_first(_strip_date_phrase(np)) or None
                    if not phrase[:1].isupper() and np and (_FINITE.match(phrase) or verb_dated) \
                            and not re.match(r"(?:was|were|had|has)\b", phrase):
                        # "The Europol Convention was drawn up in 1995 and came into force on 1
                        # October 1998": the second date's row is "The Europol Convention came into force"
                        phrase, shift = f"{np} {phrase}", shift + len(np) + 1
                    # "He stood for the presidency in 2025 but lost the vote of 20 March 2025":
                    # the second date's row says who, as the first's does
                    who = _referent(sentence, offset, names, last_person, aliases, subject)
                    if re.match(r"(?:its|their|his|her|the)\s", phrase) and _FINITE.search(phrase[:extra.start + shift]) \
                            and (opener := _PARTICIPLE_OPENING.match(clause)) is not None \
                            and start + len(raw) - len(phrase) >= opener.end():
                        # "Reconstituted in the Organized Reserves in 1921, its headquarters company was
                        # converted on 13 February 1942": after the opening participle, dated by its own
                        # year, the statement with its own subject and verb is the second date's row
                        phrase = cap_first(phrase)
                    # ("They descend from ..., 177 of whom landed on 6 June 1944": the clause's "They"
                    # is who its first date's row says it is)
                    they_own = they_is_subject if not offset else opens_with_subject
                    label = make_label(phrase, _shift(extra, shift), subject, who, None, they_own)
                    if not phrase[:1].isupper():
                        label = make_label(clause, None, subject, who, None, they_own)
                    labels[id(drafts[-1])] = _gapped(sentence, extra) or _done_then(sentence, extra) or \
                        _again(sentence, extra) or label
                    if kind in _UNIQUE_KINDS and (xkind := classify(labels[id(drafts[-1])], subject)) != kind \
                            and xkind != "background":
                        # "formed on 1 June 1941 and disbanded on 3 May 1945": the second verb's
                        # happening, not a second founding
                        drafts[-1].kind = xkind
            # "... the fighting for Bakhmut. On 20 May Prigozhin declared the city taken": the label
            # names the one place the sentence before named.
            place = _one_place(prev_sentence, subject, proper) if prev_sentence and not _places(
                sentence, subject, proper) else None
            if place:
                for d in drafts[n_before:]:
                    for table in (labels, statements):  # the row and its longer telling alike
                        lab = table.get(id(d), "")
                        if _PLACE_NOUN.search(lab) and place not in lab:
                            table[id(d)] = _PLACE_NOUN.sub(place, lab, count=1)
            # "... in a joint venture, Nokia Siemens Networks. After ..., the unit was renamed
            # Nokia Solutions and Networks": a label opening on "the unit" names the body the
            # sentence before ended on.
            body = _closing_name(prev_sentence, subject) if prev_sentence and prev_sentence in piece.text else None
            for k in range(n_before + 1, len(drafts)):
                # (every row of "and again in 2024 and from 13 May 2025", not only its first)
                if _AGAIN_TIMES.fullmatch(labels.get(id(drafts[k]), "")) and labels.get(id(drafts[k - 1])) \
                        and not drafts[k - 1].background:
                    before_label = labels[id(drafts[k - 1])].rstrip(" ,.")
                    labels[id(drafts[k])] = before_label if before_label.endswith(" again") else f"{before_label} again"
            if body:
                for d in drafts[n_before:]:
                    lab = labels.get(id(d), "")
                    m = _BODY_NOUN.match(lab)
                    if m and body not in lab:
                        labels[id(d)] = body + lab[m.end():]
            prev_sentence = sentence
            they_is_subject = subject.starts_with_subject(_strip_date_phrase(sentence))
            # "Units of the brigade fought near Karlivka. On 24 July they took Pisky": a "They"
            # opening the next sentence is the plural this one opened on
            last_plural = cap_first(p) if (p := plural_opening(_strip_date_phrase(sentence))) else None
            # "The same day" means the day last told: the previous sentence's last own date.
            # (a birth told in an aside is no time the story stands at: "Higgins, a correspondent
            # born in 1920, wrote that ... A month later, on 15 September, the marines went ashore")
            told_here = [d for d in drafts[n_before:] if not d.fact and not _birth_dated(d)]
            if not implied_here:
                told_earlier = told_before
            told_before = told_here if not implied_here else told_before
            own_days = [d for d in told_here if not d.background and d.date.day is not None]
            if own_days and not implied_here:
                scene = (_meeting_day(sentence, own_days[-1].date), 0, bool(_MEETING_WORD.search(sentence)))
            elif scene is not None and not [d for d in find_dates(sentence) if not _in_aside(sentence, d)]:
                scene = (scene[0], scene[1] + 1, scene[2] or bool(_MEETING_WORD.search(sentence)))
            elif scene is not None:
                scene = None
            last = next((d for d in reversed(told_here) if not d.background and not _planned_in(sentence, d.date)),
                        next((d for d in reversed(told_here) if not d.background), told_here[-1] if told_here else None))
            # (not to a time the sentence goes back to in the past perfect: "On 23 October 2025 the
            # association made public ... The victims had come forward between 2013 and 2023 ...
            # The next day the federation suspended it" is 24 October 2025, not 2013)
            went_back = last is not None and anchor.year is not None \
                and (last.date.year, last.date.month or 0) < (anchor.year, anchor.month or 0) \
                and any(not re.search(r"\b(?:that|who|which|whom|whose|where)\b[^,;]*$", last.clause[:p.start()])
                        and not _dated_by_later_verb(last.clause, p.end())
                        for p in _HAD_DONE.finditer(last.clause))
            if last is not None and not implied_here and not went_back:  # ("The same night" after it: the day before's)
                anchor = _Context(last.date.year, last.date.month, last.date.day,
                                  last.end if last.end is not None and last.end.day is not None else None)
                if (moved := [m for m in find_dates(last.clause) if m.year is not None and m.year > last.date.year
                              and not m.closed_range and _LATER_ASIDE.search(last.clause[:m.start])]):
                    # "in 1994 it went into partnership to build a car, from which it withdrew in
                    # 1998. The company was renamed that year": a relative clause telling, in the
                    # past tense, what happened later moves the story on to its time (one looking
                    # back, "who had joined in 2001", does not)
                    anchor = _Context(moved[-1].year, moved[-1].month, moved[-1].day)
                first_anchor = _Context(told_here[0].date.year, told_here[0].date.month, told_here[0].date.day)
            # "He" in the next sentence is the one person this sentence named, if only one.
            if person_here and not _named_aside_only(sentence, person_here, last_person) \
                    and not _pronoun_keeps_referent(sentence, person_here):
                # (a sentence naming nobody, "He then ...", keeps the referent)
                before = last_person
                last_person = person_here[0] if len(person_here) == 1 else (
                    _appointee(sentence, person_here) or _last_subject(sentence, person_here))
                object_person = object_here if object_here and object_here == before and last_person != before \
                    and object_here not in person_here and _OBJECT_CARRIES.search(sentence) else None
                if _KIN_ACTS.search(sentence):
                    last_person = None  # "When A.P. Møller died, his son became chief executive": the son, unnamed
            elif last_person and (opener := _UNKNOWN_SUBJECT.match(_strip_date_phrase(sentence))) \
                    and opener.group(1) not in STOP_WORDS and not subject.mentioned_in(opener.group(1)) \
                    and opener.group(1).casefold() not in KINDS:
                # "Lula was jailed ...": a sentence whose subject is someone not recognised as a
                # person; "his" in the next is no longer the one named before (the Workers' Party's
                # "the electoral court rejected his registration" is Lula's, not Rui Falcão's)
                last_person = None
    drafts += _tenure_drafts(profile)
    # Facts first: what the infobox dates precisely anchors the sentences that tell it again.
    drafts = _fact_drafts(profile, subject) + drafts
    for d in drafts:
        if d.fact or id(d) not in labels:
            labels[id(d)] = d.clause if not d.fact else _fact_label(d.text, cap_first(subject.ref))
    founding = _founding_year(profile, drafts)
    if founding is not None:
        instruments = _founding_instruments(profile, subject)
        origin_years = _origin_years(profile)
        for d in drafts:
            # (a reorganisation before its founding is its own when it names it or it acts: not
            # "After the Emergency the Jana Sangh merged into the Janata Party", a forerunner's)
            # (a renaming told of "It" before the founding is the forerunner's the sentence before
            # named: "... set up the Marine and Coastwatching Service ... It was renamed the Marine
            # Service in 1942", where the Naval Service was formed in 1946; one that names the
            # subject is its own, though its founding is dated later)
            forerunner = d.kind == "renaming" and _PRONOUN_OPENING.match(_own_clause(d)) is not None
            if d.date.year < founding and d.kind != "founding" and \
                    not _ORIGINS.search(d.text) and (forerunner or not _names_subject(_own_clause(d), subject) and not (
                    _subject_acts(d.clause, subject))) and not (
                    d.end is not None and d.end.year >= founding) and not d.ongoing and not any(
                    re.search(rf"\b{re.escape(i)}\b", d.clause) for i in instruments) and not (
                    d.date.year in origin_years and _FOUNDING_WORD.search(d.clause)):
                d.background = True
    merged = _merge(drafts, labels, subject, statements)
    # a draft a later telling changed (a body sentence that took an infobox date) may now be one
    # happening with a telling kept before it (the lead's): a second pass finds it
    merged = _merge(merged, labels, subject, statements)
    _restated_tenures(merged, labels, subject)
    surnames_known = full_names(profile)
    founders = namesakes(profile)
    paragraphs = {(t.source.file, t.source.line): t.text for t in _texts(profile) if t.source}
    for d in merged:
        paragraph = paragraphs.get((d.source.file, d.source.line), "") if d.source else ""
        for table in (labels, statements):
            if table.get(id(d)):
                label = with_full_name(table[id(d)], surnames_known)
                if paragraph and founders:
                    label = namesake_subject(label, d.clause, paragraph, founders)
                if paragraph:
                    label = _definite_named(label, paragraph, d.text, subject,
                                            _LABEL_LONG if table is labels else _STATEMENT_LIMITS[1])
                label = _COUNTED_SUCH.sub(r"\1", _EMPHATIC.sub(r"\1", label, count=1))
                # "Infantino was re-elected unopposed in June 2019 and again, by acclamation, ... on
                # 16 March 2023": beside June 2019, what is left after its date is not "...
                # unopposed and again"
                table[id(d)] = _DANGLING_DAY.sub("", _DANGLING_AND.sub("", label))
    for d in merged:
        if d.kind == "leadership" and not d.background:
            for table in (labels, statements):
                if table.get(id(d)):
                    table[id(d)] = _with_post(_done_as_planned(_active_succession(table[id(d)]), d.date,
                                                               profile.people), profile.people)
    merged = _one_row_a_day(merged)
    _founded_as(merged, (labels, statements), profile, subject)
    _forecasts(merged, labels)
    events = [_event(d, labels[id(d)], statements.get(id(d), "")) for d in merged]
    _rank_successions(events, profile)
    _rank_persons_cases(events, profile, subject)
    return events, findings


# A clause whose subject is "It": the organisation the text is about, or a body the sentence
# before named.
_PRONOUN_OPENING = re.compile(r"\s*(?:(?:In|On|By)\s+[^,]{2,30},\s+)?It\s")


def _one_row_a_day(drafts: list[_Draft]) -> list[_Draft]:
    """`drafts` with the clauses of one sentence dated to the same day made one row, the one of
    the weightier kind (`WEIGHT`), its labels as they stand.

    The judgement: "At a board meeting on 28 October 2009 he offered to resign ..., and then
    denied having done so", "early on 26 December, and that afternoon the GIGN stormed the
    plane", "On 1 June 2018 Parente resigned, and Temer confirmed Monteiro in his place": a
    day's sentence is one row of a timeline, and two rows of one day and one sentence read as a
    duplicate. Two clauses of one kind stay two rows ("first adopted reforms ..., and then
    elected Gianni Infantino": neither is the other's aside), and so do the clauses of a year or
    a month, which may hold happenings apart, an infobox line, a tenure from a list, a span, and
    a clause set in the background beside one that is not."""
    kept: dict[tuple, _Draft] = {}
    out: list[_Draft] = []
    for d in drafts:
        if d.fact or d.person or d.end is not None or d.date.day is None:
            out.append(d)
            continue
        key = (d.text, d.date.year, d.date.month, d.date.day, d.background)
        first = kept.get(key)
        if first is None:
            kept[key] = d
            out.append(d)
            continue
        if WEIGHT.get(d.kind, 0) == WEIGHT.get(first.kind, 0):
            out.append(d)  # two clauses of one kind: two happenings of the day, neither the other's aside
            continue
        better, other = (d, first) if WEIGHT.get(d.kind, 0) > WEIGHT.get(first.kind, 0) else (first, d)
        better.in_lead = better.in_lead or other.in_lead
        better.hailed = better.hailed or other.hailed
        for t in other.retold:
            if t != better.text and t not in better.retold:
                better.retold.append(t)
        for src in (other.source, *other.also):
            if src is not None and src != better.source and src not in better.also:
                better.also.append(src)
        if better is d:
            out[out.index(first)] = d
            kept[key] = d
    return out


# A step of a person's case short of its verdict: "freed Yuri Khachaturov on bail", "X was
# charged", "placed Jackie Selebi on extended leave". (A verdict, "sentenced Lamine Diack to four
# years", "convicted", is news of the organisation's own people a reader looks for.)
_CASE_VERB = r"(?:freed|charged|arrested|indicted|detained|released|questioned|summoned|placed)"


def _rank_persons_cases(events: list[Event], profile: Profile, subject: Subject) -> None:
    """A step of one of the article's people's case short of a verdict (`_CASE_VERB`: freed on
    bail, charged, placed on leave), in a row that does not name the organisation (its name, "it",
    "the party"), ranks as a happening of another kind would ("other"), not as the organisation's
    legal situation: the CSTO's snapshot gave "A court freed Yuri Khachaturov on bail" a place
    among five key events, above the deployment the organisation is known by. The row stays on
    the timeline; a verdict (Lamine Diack's sentence, a must-have of World Athletics'), the
    organisation's own ban or designation, and one a person decided ("President Yahya Khan
    outlawed the party") keep their weight."""
    people = sorted({part for p in profile.people for part in (p.name, p.name.split()[-1]) if len(part) > 2},
                    key=len, reverse=True)
    if not people:
        return
    who = "|".join(re.escape(n) for n in people)
    case = re.compile(rf"\b{_CASE_VERB}\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{who})\b|\b(?:{who})\b[^,;]{{0,40}}?\b(?:was|were)\s+"
                      rf"{_CASE_VERB}\b")
    kinds = "|".join(sorted(KINDS | subject.generic))
    for e in events:
        if e.kind != "legal" or e.background:
            continue
        text = e.label or e.text
        if subject.mentioned_in(text) or _names_subject(text, subject) or re.search(
                rf"\b(?:it|its|itself)\b|\b(?:the|its)\s+(?:{kinds})\b", text, re.I):
            continue
        if case.search(text):
            e.importance = round(max(0.05, e.importance - (WEIGHT["legal"] - WEIGHT["other"])), 2)


def _restated_tenures(drafts: list[_Draft], labels: dict[int, str], subject: Subject) -> None:
    """A span of office that another telling of its first year already names the holder in is
    that telling again, and is kept off the timeline (made background).

    The judgement: "Lars Magnus Ericsson himself led the company from 1876 to 1900" beside "The
    company was founded in 1876 by Lars Magnus Ericsson"; "Roth held the post from 1993 to
    2022" beside "Kenneth Roth succeeded him that year"; "Neier served as executive director
    until 1993" beside that same succession (which names Neier). The timeline shows the change
    once, in the words that tell it as a change. A span told nowhere else ("Burns led the
    endowment from February 2015 to January 2021") is the only telling of the change, and
    stays.

    The organisation's own span ("It governed Poland from 2005 to 2007") is named by every
    other event, so it yields only to a telling that is plainly of the same change: another
    clause of its own sentence in that year ("belonged to the group until 2009, when it helped
    to found the ECR"), or, for a span in the lead, which summarises the body, a body event of
    that year ("In 2005 the party won both elections")."""
    for d in drafts:
        if d.background or d.fact or d.person or not _tenure_only(d.clause):
            continue
        np = _leading_np(d.clause) or ""
        own = bool(re.match(r"(?i)(?:it|they)\b", d.clause.strip())) or subject.is_subject_phrase(np) \
            or subject.starts_with_subject(d.clause.strip())
        names = {w for w in re.findall(r"[A-ZÀ-ÞĀ-Ž][\w'’-]{2,}", np)
                 if w.casefold() not in subject.words and w not in _MONTHS}
        if not own and not names:
            continue
        for o in drafts:
            if o is d or o.background or o.fact or o.date.year != d.date.year or _tenure_only(o.clause):
                continue
            if own:
                if o.text == d.text or (d.in_lead and not o.in_lead):
                    d.background = True
                    break
            elif names & set(re.findall(r"[\w'’-]+", f"{o.text} {labels.get(id(o), '')}")):
                d.background = True
                break


PAST_SUCCESSION = 0.10


def _rank_successions(events: list[Event], profile: Profile) -> None:
    """Of a line of leaders, the reader of a briefing needs who leads now: a leadership change
    that names a current leader (or is the latest one) keeps its weight; an earlier succession
    ranks `PAST_SUCCESSION` lower, below operations, designations and losses."""
    current = [p.name.split()[-1] for p in profile.people if p.leader and p.current and p.name.split()]
    _rank_appointments_not_taken(events, profile)
    _leaders_elected(events, profile)
    _rank_held_not_changed(events)
    changes = [e for e in events if e.kind == "leadership" and not e.background]
    if len(changes) < 3:
        return
    latest = max(changes, key=lambda e: e.date.start())
    for e in changes:
        if e is latest or any(n in f"{e.text} {e.label}" for n in current):
            continue
        e.importance = round(max(0.05, e.importance - PAST_SUCCESSION), 2)
    _rank_steps_of_one_change(changes, profile)


# A row that says only who held a post at the time, in the passive: "The board was chaired by
# Idar Kreutzer", "The division was commanded by General X" (and an aside on the holder after).
_HELD_THEN = re.compile(r"^(?:The|Its|Their)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were)\s+(?:then\s+|still\s+|at\s+the\s+time\s+)?"
                        r"(?:chaired|commanded|led|headed|run|directed|presided\s+over)\s+by\s+"
                        r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?:,\s+[^;]{2,80})?$")


# An election that names no post: "X was re-elected", "the council elected the journalist ... X".
_ELECTED_BARE = re.compile(r"(?:^(?P<who>[A-Z][^,;]{2,60}?)\s+was\s+(?:re-?)?elected(?:\s+(?:unopposed|again|for\s+a\s+"
                           r"(?:second|third|fourth|further)\s+term))?$|\b(?:re-?)?elected\s+(?P<whom>[^,;]{2,120})$)")


def _leaders_elected(events: list[Event], profile: Profile) -> None:
    """An election of one of the organisation's leaders that names no post ("Peter Limbourg was
    re-elected", "the Broadcasting Council elected the journalist ... Dieter Weirich") is a
    change (or renewal) of leader, not a milestone: the word "elected" alone had made it one,
    and Deutsche Welle's At a glance gave "2018: Peter Limbourg was re-elected" as a headline
    seven years and one successor later (At a glance leaves changes of leader to its "Led by"
    line). The judgement: the person elected is a leader the people rules found, named in
    full and last in the label (not "elected X prime minister", another body's post); a first
    election weighs as a change of leader, a re-election as much as it did (the same leader
    again is no change)."""
    leaders = [p.name for p in profile.people if p.leader and len(p.name.split()) > 1]
    if not leaders:
        return
    for e in events:
        if e.kind != "milestone" or e.background:
            continue
        m = _ELECTED_BARE.search(e.label)
        who = (m.group("who") or m.group("whom")) if m else None
        # (the name last, or only how: "elected X prime minister" names another body's post)
        if who and any(re.search(rf"(?<![\w-]){re.escape(n)}(?:\s+and\s+(?:[A-Z][\w'’.-]*\s*){{1,4}})?"
                                 rf"(?:\s+(?:unopposed|again|for\s+a\s+[a-z]+\s+term|with\s+[^,;]{{1,60}}))*$", who)
                       for n in leaders):
            if not re.search(r"\bre-?elected\b", e.label):
                # (a re-election keeps the leader there was: no change, and no more weight)
                e.importance = round(max(0.05, e.importance + WEIGHT["leadership"] - WEIGHT["milestone"]), 2)
            e.kind = "leadership"


def _rank_held_not_changed(events: list[Event]) -> None:
    """A leadership row that says only who held the post at the time ("In 2013 the board was
    chaired by Idar Kreutzer": `_HELD_THEN`) tells no change of leader: it ranks as a happening
    of another kind would ("other"). The Norwegian Refugee Council's snapshot had given it one
    of five key events, above the founding of its displacement centre."""
    for e in events:
        if e.kind == "leadership" and not e.background and _HELD_THEN.match(e.label):
            e.importance = round(max(0.05, e.importance - (WEIGHT["leadership"] - WEIGHT["other"])), 2)


def _rank_appointments_not_taken(events: list[Event], profile: Profile) -> None:
    """A change of leader that never happened ranks as a happening of another kind would
    ("other"): Air India's snapshot gave "Tata named Ilker Ayci ... as chief executive" a place
    among five key events, and Ayci turned the post down. Those the people extractor found named
    to a post they never held (`extract.people`: "post declined", "appointment withdrawn"),
    when the row names no one else who leads."""
    never = [p.name for p in profile.people if not p.leader and re.search(r",\s+(?:post\s+declined|appointment\s+withdrawn)$",
                                                                           p.role or "")]
    if not never:
        return
    others = [p.name for p in profile.people if p.leader and p.name.split()]  # (in full: "Tata" names a group too)
    for e in events:
        told = f"{e.text} {e.label}"
        if e.kind == "leadership" and not e.background and any(n in told for n in never) \
                and not any(re.search(rf"\b{re.escape(o)}\b", told) for o in others):
            e.importance = round(max(0.05, e.importance - (WEIGHT["leadership"] - WEIGHT["other"])), 2)


STEP_BEFORE = 0.12
# A change of leader told as one to come: "would step down", "would succeed X".
_TO_COME = re.compile(r"\bwould\s+(?:succeed|replace|take\s+over)\b")


def _rank_steps_of_one_change(changes: list[Event], profile: Profile) -> None:
    """One change of leader is often told in steps: the board names someone and months later
    they take office; someone becomes acting director and is then named director. The step
    that completes it says what the reader needs (who holds the post, from when); an earlier
    step naming the same person within a year ranks `STEP_BEFORE` lower, so the two do not
    take two of a snapshot's five places. An election is not lowered: a vote is what decides
    the change (MSF's president "was elected at the assembly in Colombo", and took office
    later). A handover told as one to come ("the government announced on 9 December that the
    revenue secretary would succeed Das") is such a step too, whoever it names: the change
    itself is told when it happens. One dated after its "would" is that change, scheduled ("the
    board voted that X would succeed Y as chair on 10 December"), and keeps its weight."""
    surnames = {p.name.split()[-1] for p in profile.people if p.name.split() and len(p.name.split()[-1]) > 2}
    for a in changes:
        # (the row's own words: "X would succeed Y, and Y took up the post six months later"
        # tells two steps, and the row of the second has no "would")
        coming = _TO_COME.search(a.label or "") and _TO_COME.search(a.text)
        if coming and not find_dates(a.text[coming.end():]):
            a.importance = round(max(0.05, a.importance - STEP_BEFORE), 2)
            continue
        check()
        told = a.label or a.text
        named = {n for n in surnames if n in told and re.search(rf"\b{re.escape(n)}\b", told)}
        if not named or re.search(r"\b(?:re-?)?elected\b", a.label or a.text):
            continue
        # (not a later row of the person choosing others: "Sanae Takaichi named Taro Aso vice
        # president" does not complete the change that made her president)
        later = [b for b in changes if b is not a and 0 < (b.date.start() - a.date.start()).days <= 366
                 and any(re.search(rf"\b{re.escape(n)}\b", b.label or b.text) and not re.match(
                     rf"^(?:[\w.'’-]+\s+){{0,3}}?{re.escape(n)}\s+(?:named|appointed|chose|picked|selected|"
                     rf"nominated|dismissed|replaced)\b", b.label or "") for n in named)]
        if later:
            # and below the step that completes it, however much more often the article told
            # the first (TfL's interim commissioner, told in its lead, had outranked the same
            # man's permanent appointment eight months later)
            a.importance = round(max(0.05, min(a.importance - STEP_BEFORE, max(b.importance for b in later) - 0.01)), 2)



def _role_in_prose(role: str) -> str:
    """A listed leader's post as a sentence writes it: its words in lower case but an acronym
    ("managing director and CEO"), and the body a post is named by kept in capitals ("chief of
    the Defence Force", not "chief of the defence force")."""
    head, sep, body = role.partition(" of the ")
    if not (sep and re.fullmatch(r"(?:[A-Z][\w'’-]*\s*)+", body)):
        head, sep, body = role, "", ""
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in head.split()) + sep + body

def _tenure_drafts(profile: Profile) -> list[_Draft]:
    """A leader's period that starts on a month or a day ("since May 2018") is a leadership
    change then, labelled "X took office as <role>" from the list's name and role. A term of years in a list
    ("2013–2015") is not dated closely enough to be told as a happening."""
    out: list[_Draft] = []
    for p in profile.people:
        if not p.leader or not p.period:
            continue
        ms = [m for m in find_dates(p.period, bare_years=True) if m.year is not None]
        if not ms or re.match(r"(?i)until\b", p.period):
            continue
        m = ms[0]
        if m.month is None:
            continue  # "2013–2015" is a term in a list; "since May 2018" dates a change
        try:
            date = _event_date(m.year, m.month, m.day)
            date.start()
        except ValueError:
            continue
        role = _role_in_prose(p.role) if p.role else None
        listed = f"{p.name}, {role}" if role else p.name
        # The label says what happened then: "X took office as director", not "X, director".
        label = f"{p.name} took office as {role}" if role else f"{p.name} took office"
        out.append(_Draft(date, None, False, f"{listed} ({p.period})", label, None, p.source, False, False,
                          "leadership", False, person=p.name))
    return out


_TO_PRESENT_TEXT = re.compile(r"[–—-]\s*(?:present|now|today)\b", re.I)


# The start of a term of a length a clause's happening gives: "for five years from". ("Decided
# ... to move the head office ... with effect from 1 April" is the move's own day, and stays.)
_TERM_FROM = re.compile(r"\bfor\s+(?:a\s+)?(?:[\w-]+\s+){0,2}(?:years?|months?|terms?|mandates?)\s+(?:from|starting|beginning)"
                        r"(?:\s+on)?\s+(?:the\s+)?$", re.I)


# The verb of an infobox key that names a happening by its noun ("Formation: 1971": formed).
_FACT_VERB = {"formation": "Formed", "foundation": "Founded", "founding": "Founded", "establishment": "Established",
              "creation": "Created", "inception": "Founded", "incorporation": "Incorporated"}


def _fact_label(text: str, ref: str | None = None) -> str:
    """A key fact as a row beside its date: "Founded: 1866 in Cham, Switzerland, as the
    Anglo-Swiss Condensed Milk Company" reads "Founded in Cham, Switzerland, as the Anglo-Swiss
    Condensed Milk Company" (the date is the row's; a colon and a repeated year read as a form,
    not a sentence), and "Founded: 12 March 2022" reads "The Blue Party was founded" (`ref`,
    the organisation as a sentence names it: a row of its own says what happened, where
    "Founded" alone read as a form's field). Any other value stays whole."""
    label, sep, value = text.partition(":")
    dates = find_dates(value, bare_years=True) if sep else []
    if dates and not value[:dates[0].start].strip() and (dates[0].is_range or dates[0].ongoing) and \
            re.fullmatch(r"(?i)dates|active|formed|founded|established", label.strip()):
        # "Dates: May 1981 – present (as the High Command Unit), 2012 – present (as SFC)": beside
        # its first day, the span's start is the forming, as what the bracket names it
        named = re.match(r"\s*\((as\s+[^()]{2,80})\)", value[dates[0].end:])
        verb = "founded" if re.fullmatch(r"(?i)founded|established", label.strip()) else "formed"
        if named:
            return f"{verb.capitalize()} {named.group(1)}"
        if ref:
            return f"{ref} was {verb}"
    if not dates or value[:dates[0].start].strip() or dates[0].is_range or dates[0].ongoing:
        return text  # ("Active: 2019–present" says what the span is)
    rest = value[dates[0].end:].strip(" ,;")
    # ("Formation: 1992 (as NCHR-Haiti); present name April 2005", "Dissolved: 31 July 2023 (by
    # decree; restored 27 March 2024)": what follows a semicolon is another happening, of its own day)
    rest = re.split(r"\s*;\s*", re.sub(r"^\(([^();]*);[^()]*\)", r"(\1)", rest), maxsplit=1)[0]
    # ("Founded: 1991 (as the army of the Transitional Government)": what the bracket names it,
    # as the words after a comma would)
    rest = re.sub(r"^\((?P<in>(?:as|in|at|by|under)\s+[^()]{2,80})\)(?:\[\w+\])?$", r"\g<in>", rest)
    if not rest:
        key = label.strip()
        if ref and re.fullmatch(r"(?i)founded|formed|established|created|incorporated", key):
            return f"{ref} was {key.casefold()}"
        # ("Formation: 1971", "Foundation: 1865", "Establishment: 1952": the noun of the verb)
        noun = _FACT_VERB.get(key.casefold(), "").casefold() or None
        if ref and noun:
            return f"{ref} was {noun}"
        return key
    if re.match(r"(?:in|at|as|by|on|under|with)\b", rest):
        # ("Formation: 1992 (as NCHR-Haiti)", "Dissolved: 31 July 2023 (by decree)": a sentence of
        # the organisation, "The network was formed as NCHR-Haiti", where a key names the
        # happening by its noun or its end)
        key = label.strip().casefold()
        verb = _FACT_VERB.get(key) or (label.strip() if key in ("dissolved", "disbanded", "banned", "abolished") else None)
        if ref and verb:
            return f"{ref} was {verb.casefold()} {rest}"
        return f"{verb or label.strip()} {rest}"
    if re.fullmatch(r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}(?:,\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2})?",
                    rest):
        # "Launched: 13 October 2013, Marikana": a place after the date is where it happened
        key = label.strip()
        if ref and re.fullmatch(r"(?i)founded|formed|established|created|launched|inaugurated", key):
            return f"{ref} was {key.casefold()} in {rest}"
        return f"{key} in {rest}"
    return text


_EVENT_KEY = re.compile(r"(?P<base>.+?)\s*Event\s*(?P<n>\d*)", re.I)
_DATE_KEY = re.compile(r"(?P<base>.+?)\s*Date\s*(?P<n>\d*)", re.I)


# What a date fact may tell after a semicolon besides its own happening: a renaming, a merger,
# a re-founding or a dissolution ("; renamed 9 August 2024", "; present name April 2005").
_FACT_AGAIN = re.compile(r"(?i)\s*(?P<what>renamed|present\s+name|current\s+name|merged|re-?founded|re-?formed|"
                         r"re-?established|dissolved|disbanded)\b")
_FACT_AGAIN_KIND = {"renamed": "renaming", "present": "renaming", "current": "renaming", "merged": "reorganisation",
                    "refounded": "reorganisation", "re-founded": "reorganisation", "reformed": "reorganisation",
                    "re-formed": "reorganisation", "reestablished": "reorganisation", "re-established": "reorganisation",
                    "dissolved": "dissolution", "disbanded": "dissolution"}


def _fact_drafts(profile: Profile, subject: Subject) -> list[_Draft]:
    """Dates stated in key facts about time (`Founded: 12 March 2022`, `Active: 2019–present`)."""
    out: list[_Draft] = []
    # "Established Event2: Joint Defence ... Treaty" beside "Established Date2: 1950": a wiki
    # infobox's numbered pairs of what happened and when
    told = {(m.group("base").casefold(), m.group("n")): f.text for f in profile.facts
            if (m := _EVENT_KEY.fullmatch(f.label.strip())) and f.text}
    firsts = {b: min(n for bb, n in told if bb == b) for b, _ in told}
    for fact in profile.facts:
        if not _DATE_LABEL.search(fact.label) or not fact.text:
            continue
        mentions = [m for m in find_dates(fact.text, bare_years=True) if m.year is not None]
        if not mentions:
            continue
        pair = _DATE_KEY.fullmatch(fact.label.strip())
        event = told.get((pair.group("base").casefold(), pair.group("n"))) if pair else None
        if event is not None:
            m = mentions[0]
            try:
                date = _event_date(m.year, m.month, m.day)
                date.start()
            except ValueError:
                continue
            # the first of the base's pairs ("Established") is the founding; the rest what it tells
            first = pair.group("n") == firsts[pair.group("base").casefold()] and _FOUNDING_WORD.search(pair.group("base"))
            kind = "founding" if first else classify(event, subject)
            out.append(_Draft(date, None, False, f"{event}: {fact.text}", event, None, fact.source, True, False,
                              kind, False, fact=True))
            continue
        m = mentions[0]
        try:
            date = _event_date(m.year, m.month, m.day)
            date.start()
            end = _event_date(m.end_year, m.end_month, m.end_day) if m.closed_range and m.end_year else None
        except ValueError:
            continue
        founding = re.search(r"\b(?:founded|formed|(?<!-)formation|established|active|creation|inception|founding|dates|since|"
                             r"incorporated|incorporation)\b", fact.label, re.I)
        kind = "founding" if founding else classify(fact.label, subject)
        out.append(_Draft(date, end if not founding else None, False, f"{fact.label}: {fact.text}",
                          f"{fact.label}", None, fact.source, True, False, kind, False, fact=True))
        # ("Founded: 2012 (as the Thinkakhaochaovilai Party); renamed 9 August 2024": a second
        # happening after a semicolon, told by its own word, is a row of its own)
        for part in re.split(r";\s*", fact.text)[1:]:
            again = _FACT_AGAIN.match(part)
            later = [x for x in find_dates(part, bare_years=True) if x.year is not None]
            if again is None or not later:
                continue
            try:
                when = _event_date(later[0].year, later[0].month, later[0].day)
                when.start()
            except ValueError:
                continue
            if when == date:
                continue
            out.append(_Draft(when, None, False, f"{fact.label}: {fact.text}", cap_first(again.group("what")), None,
                              fact.source, True, False, _FACT_AGAIN_KIND[again.group("what").split()[0].casefold()],
                              False, fact=True))
        # "Dates: 21 March 1943 – 15 December 1955, 1 May 1958 – ..., April 2018 – present": a
        # unit disbanded and re-formed; it ended only if its last period did.
        last = mentions[-1]
        # ("Founded: 19–22 April 1889": days of one founding congress, not a life that ended; a
        # life span crosses a year, or its key says it is one, "Active", "Dates")
        spans_life = re.search(r"(?i)\b(?:active|dates)\b", fact.label) or (last.end_year or 0) > (last.year or 0)
        if founding and spans_life and last.closed_range and last.end_year \
                and not _TO_PRESENT_TEXT.search(fact.text[last.end:]):
            m = last
            out.append(_Draft(_event_date(m.end_year, m.end_month, m.end_day), None, False,
                              f"{fact.label}: {fact.text}", "Dissolved", None, fact.source, True, False,
                              "dissolution", False, fact=True))
    return out


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if w not in _STOP and len(w) > 2 and not w.isdigit()}


def _compatible(a: EventDate, b: EventDate) -> bool:
    """Equal, or one date lies within the other's period (2014 contains 12 May 2014).

    Compared as (year, month, day) tuples, the first day and a day past the last any month
    has, not as `datetime.date`s: `_merge` asks this of every pair of rows (56,000 times for
    two articles), and a first day lies within a period exactly when its tuple does."""
    a0, b0 = (a.year, a.month or 1, a.day or 1), (b.year, b.month or 1, b.day or 1)
    return a0 <= b0 <= _last(a) or b0 <= a0 <= _last(b)


def _last(d: EventDate) -> tuple[int, int, int]:
    """A tuple no later than any later day and no earlier than `d`'s last (see `_compatible`)."""
    if d.day is not None:
        return (d.year, d.month or 1, d.day)
    return (d.year, d.month or 12, 32)


def _refers_to_other_clause(a: _Draft, b: _Draft) -> bool:
    """Whether clause `a` names, as "the" and a noun, what another clause of its sentence did
    on a closer date: "On 1 April GCHQ began moving from Bletchley Park to Eastcote; the move
    in 1946 took four days" is one move, not a row "1946 The move took four days" beside the
    row of 1 April 1946. The noun shares its stem with a word of the other clause (move,
    moving)."""
    if a.text != b.text or a.clause == b.clause or a.date.precision != "year" or b.date.precision == "year":
        return False
    m = re.match(r"\s*(?:[Tt]he|[Tt]his|[Tt]hat)\s+([a-z]{3,})\b", a.clause)
    if m is None:
        return False
    stem = m.group(1)[:-1] if m.group(1).endswith("e") else m.group(1)
    return len(stem) >= 3 and re.search(rf"\b{re.escape(stem)}\w*", b.clause) is not None


_ANNOUNCED_PLAN = re.compile(r"\b(?:announced|said|decided|agreed|confirmed)\s+(?:that\s+)?[^;]{0,80}?\b(?:would|will|was\s+to)\s+"
                            r"(?:take\s+over|succeed|replace|become|step\s+down|retire|lead|head)\b")

# The two steps of a change of leader told one after the other: the choice ("The Board of
# Governors elected him in April 2013") and the start ("he took office on 28 April") (`_same`).
_CHOICE_STEP = re.compile(r"\b(?:(?:re-?)?elected|chose|picked|selected|appointed|nominated|named)\b")
_START_STEP = re.compile(r"\b(?:took\s+(?:office|up\s+(?:the\s+post|office|his\s+duties|her\s+duties)|over|charge)|"
                         r"assumed\s+(?:office|the\s+post)|was\s+sworn\s+in)\b")


def _two_steps(a: _Draft, b: _Draft) -> bool:
    """Whether `a` and `b` are the choice of a leader and that leader's start (`_CHOICE_STEP`,
    `_START_STEP`), one each: two rows, as the article tells two days."""
    return any(_CHOICE_STEP.search(x.clause) and not _START_STEP.search(x.clause)
               and _START_STEP.search(y.clause) and not _CHOICE_STEP.search(y.clause) for x, y in ((a, b), (b, a)))


def _followed_death(a: _Draft, b: _Draft) -> bool:
    """Whether `b` tells what followed the death `a` tells ("Edhi died in Karachi on 8 July
    2016, still head of the foundation" and "After Edhi's death Bilquis co-chaired the
    foundation"): a head's death and the next head, two happenings though both name the dead."""
    return bool(_DEATH.search(a.clause)) and _AFTER_DEATH.match(b.clause.strip()) is not None


# A person taking a post: "became prime minister", "was sworn in as president", "took office as chairman".
_TOOK_POST = re.compile(rf"\b(?:became|sworn\s+in\s+as|took\s+office\s+as|was\s+(?:appointed|elected|named))\s+"
                        rf"(?:the\s+)?(?:(?!(?:of|for|by)\b)[a-z-]+\s+){{0,3}}?(?P<post>{ROLE_NOUN.pattern})", re.I)


def _same(a: _Draft, b: _Draft) -> bool:
    if a.date.day is not None and a.date == b.date and a.end is None and b.end is None and not (a.fact or b.fact) \
            and _DEATH.search(a.clause) and _DEATH.search(b.clause) and _names_in(" " + a.text, None) & _names_in(" " + b.text, None):
        # one death told twice: "he headed it until his death on 8 July 2016" in the lead and
        # "Abdul Sattar Edhi died in Karachi on 8 July 2016" in the body (Edhi's timeline had both)
        return True
    if a.kind == b.kind and a.kind in _UNIQUE_KINDS and a.text == b.text and not (a.fact or b.fact) \
            and a.date.year == b.date.year:
        # One sentence, one founding, however many days it names: "A notice in the Government
        # Gazette of 6 March 1923 announced that the commission had been established with
        # effect from 1 March 1923" had put two foundings on Eskom's timeline
        return True
    if not _compatible(a.date, b.date) and not (a.end and _compatible(b.date, a.end) and (a.person or b.person)):
        return False
    for t, o in ((a, b), (b, a)):
        if t.person and not o.fact:
            # A tenure from a list and a sentence about that person's start are one happening.
            return t.person.split()[-1] in o.text and o.kind != "background"
    if (a.end is None) != (b.end is None) and not (a.fact or b.fact):
        return False
    if a.kind == b.kind and a.kind in _UNIQUE_KINDS:
        return True
    if a.kind == b.kind == "leadership" and (a.date.precision != b.date.precision) and \
            _person_words(a.text) & _person_words(b.text) & _surnames_in(a.clause + " " + b.clause) \
            and bool(_ANNOUNCED_PLAN.search(a.clause)) == bool(_ANNOUNCED_PLAN.search(b.clause)) \
            and not _two_steps(a, b) and not _followed_death(a, b) and not _followed_death(b, a):
        # "Merz has chaired the party since January 2022" and "confirmed him on 22 January 2022";
        # not "In January 2015 they announced that Gottlieb would take over" and "that year
        # Gottlieb succeeded Dahl": the plan told, then done; nor "The Board of Governors elected
        # him in April 2013, and he took office on 28 April", a choice and a start (`_two_steps`)
        return True
    if a.date.day is not None and a.date == b.date and a.in_lead != b.in_lead and not (a.fact or b.fact) \
            and (pa := _TOOK_POST.search(a.text)) and (pb := _TOOK_POST.search(b.text)) \
            and post_of(pa.group("post")) == post_of(pb.group("post")) \
            and _person_words(a.text) & _person_words(b.text) & _surnames_in(a.text + " " + b.text):
        # the lead's "and became prime minister for the second time on 1 May 2025" and the body's
        # "Persad-Bissessar was sworn in as prime minister on 1 May 2025": one day, one person,
        # one post taken, told twice
        return True
    # "Founded: 12 March 2015" and "On 12 March 2015, founding members signed the charter".
    if a.date.day is not None and a.date == b.date and "founding" in (a.kind, b.kind) and (
            _FOUNDING_WORD.search(a.clause) and _FOUNDING_WORD.search(b.clause)):
        return True
    # What is told of the founding day (or month) is the founding: "Nokia's history began in May
    # 1865", "Idestam obtained a permit in May 1865", "Founded: May 1865".
    story = {"founding", "other", "milestone", "statement"}
    if a.date.month is not None and a.date == b.date and a.end is None and b.end is None and \
            "founding" in (a.kind, b.kind) and a.kind in story and b.kind in story:
        return True
    if a.fact or b.fact:
        fact, other = (a, b) if a.fact else (b, a)
        named = re.search(r"\(as\s+(?:the\s+)?([^()]{2,80})\)", fact.text) if fact.kind == "founding" else None
        if named and a.date == b.date and not other.fact and named.group(1) in other.clause \
                and _FOUNDING_WORD.search(other.clause):
            # "Dates: May 1981 – present (as the High Command Unit)" and "The High Command Unit
            # (HCU) was formed in May 1981 at Kyererezi": one forming, told twice
            return True
        words = _content(fact.clause)
        if len(words) >= 3 and not other.fact and a.date == b.date and \
                len(words & _content(other.clause)) >= 0.6 * len(words):
            # "Established Event2: Joint Defence and Economic Co-operation Treaty" of 1950 and
            # "In 1950 the members signed a Joint Defence and Economic Co-operation Treaty"
            return True
        if len(words) == 2 and not other.fact and a.date == b.date and a.date.day is not None \
                and words <= _content(other.clause):
            # "Charter in force: 13 December 1951" and "The Charter entered into force on 13
            # December 1951": two words, both told again of the same day
            return True
        # The infobox dates the founding to a year only ("Dates: 1917–1919; ...; 2000–present"):
        # the sentence of that year that tells it in the words of a founding ("was constituted on
        # 5 August 1917") tells it, and closer.
        # (or in a verb of the clause's sentence that shares its subject and date: "On their
        # return in 1976 the Fullers called their supporters together and founded Habitat")
        # (a company "registered" or "incorporated")
        if fact.kind == "founding" and fact.date.month is None and other.date.year == fact.date.year and \
                other.kind in ("founding", "other", "milestone", "reorganisation", "statement") and (
                _FOUNDING_WORD.search(other.clause) or _UNIT_RAISED.search(other.clause)
                or re.search(r"\b(?:registered|incorporated)\b", other.clause, re.I)
                or _AND_FOUNDED.search(other.text[other.text.find(other.clause) + len(other.clause):]
                                       if other.clause in other.text else "")):
            return True
        # The infobox dates the founding to the day: a sentence of that very day tells it.
        return a.date.day is not None and a.date == b.date and "founding" in (a.kind, b.kind)
    if (a.anchored or b.anchored) and a.date.day is not None and a.date == b.date and "founding" in (a.kind, b.kind):
        return True
    if _refers_to_other_clause(a, b) or _refers_to_other_clause(b, a):
        return True
    ca, cb = _content(a.clause), _content(b.clause)
    if not ca or not cb:
        return False
    if a.kind == b.kind == "leadership" and (na := _person_words(a.clause)) and (nb := _person_words(b.clause)) \
            and not na & nb:
        # "Merino resigned the next day" (the country's president) and "The commander general,
        # Lieutenant General Orlando Velasco Mujica, ... resigned in protest that month": two
        # changes of leader that name no one in common are two people's, however alike the verb
        return False
    overlap = len(ca & cb) / min(len(ca), len(cb))
    return overlap >= 0.6 or (a.kind == b.kind and a.kind != "other" and overlap >= 0.4)


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}


def _person_words(clause: str) -> set[str]:
    """The capitalised words of a clause that may name a person: not a title or rank ("General",
    "Lieutenant", "President"), an article or a month (`_same`: two changes of leader naming no
    one in common)."""
    return {w for w in _names_in(" " + clause, None)
            if not _TITLE_WORD.fullmatch(w) and w not in {"The", "His", "Her", "Its", "Their", "After", "When"}}


def _surnames_in(text: str) -> set[str]:
    """Capitalised words of a text (any position): candidate surnames shared by two tellings."""
    return set(re.findall(r"[A-ZÀ-ÞĀ-Ž][\w'’-]{2,}", text)) - _MONTHS


def _names_in(clause: str, subject: Subject | None) -> set[str]:
    """Capitalised words inside a clause (not its first word, months or the subject's own words):
    the places and bodies that make a happening recognisable ("Amchitka", "Auckland")."""
    words = re.findall(r"(?<=\s)[A-ZÀ-ÞĀ-Ž][\w'’-]{2,}", clause)
    own = subject.words if subject is not None else set()
    return {w for w in words if w not in _MONTHS and w.casefold() not in own and w.casefold() not in KINDS}


# A change named back and dated by when it took effect: "The change took effect on 1 January".
_TOOK_EFFECT = re.compile(r"^\s*(?:The|Their|Its|His|Her|This|That)\s+(?:[a-z-]+\s+){0,2}(?:change|changes|move|merger|"
                          r"decision|appointment|handover|departure|withdrawal|reorgani[sz]ation|reform|transfer|sale|"
                          r"takeover|split|renaming)\s+(?:took\s+effect|came\s+into\s+(?:force|effect)|was\s+completed|"
                          r"became\s+effective)\b")
# What someone reported or said ("the Ministry said that"), for `_merge`'s kinds (the name
# `_REPORTED_THAT`, above, is what a report found).
_TOLD_THAT = re.compile(r"\b(?:reported|said|announced|wrote|stated|claimed|told|declared)\s+(?:[a-z]+\s+)?that\b")


def _lead_retold(a: _Draft, b: _Draft, subject: Subject | None, labels: dict[int, str] | None = None) -> bool:
    """The lead summarises what the body tells: a lead sentence and a body sentence of
    compatible dates that name the same place or body ("In 1985 French agents sank its
    flagship ... in Auckland" and "On 10 July 1985, while the ship lay in Auckland, agents ...")
    tell one happening, whatever their other words. Only lead-to-body pairs, where the lead's
    date is no more precise than the body's, and never a background with a timeline event."""
    if a.fact or b.fact or a.background != b.background:
        return False
    if a.in_lead == b.in_lead:
        # an infobox date counts as the lead's; one a body sentence now tells (`anchored`) is that
        # sentence's: "AU was launched in Durban" in the lead and the infobox's "Formation: 9 July
        # 2002", told by "The Union was inaugurated ... in Durban", are one happening
        if not a.in_lead or a.anchored == b.anchored:
            return False
        lead, body = (b, a) if a.anchored else (a, b)
    else:
        lead, body = (a, b) if a.in_lead else (b, a)
    if _precision_rank(lead) > _precision_rank(body) or not _compatible(lead.date, body.date):
        return False
    if (lead.end is None) != (body.end is None):
        return False
    if lead.date == body.date and lead.date.day is not None and _TOOK_EFFECT.match(body.clause):
        # "Ek ... became executive chairman on 1 January 2026" in the lead and "The change took
        # effect on 1 January the following year" in the body: the change, told twice
        return True
    if lead.kind != body.kind and lead.kind in _UNIQUE_KINDS and _TOLD_THAT.search(body.clause):
        # "It was founded in New York in July 1933" and "On 24 July The New York Times reported
        # that the committee would raise money": what someone reported or said of the body is
        # a telling of its own, and a place both name does not make it the founding
        return False
    if body.kind == "renaming" and (named := _NEW_NAME.search(body.clause)) and named.group("n") in lead.clause:
        # "known from 1951 as the Special Boat Company and from 1974 as the Special Boat Squadron"
        # in the lead and "The unit took the name Special Boat Company in 1951" in the body: the
        # name the organisation took, of its own words, which the names compared above leave out
        return True
    if _MERGER.search(lead.clause) and _MERGER.search(body.clause) and lead.date.year == body.date.year:
        # "took its present form in 1931 through a merger with Cementos Portland Monterrey" in
        # the lead and "The two companies merged in 1931 as Cementos Mexicanos" in the body: an
        # organisation is merged into being once in a year, whatever names each sentence gives
        return True
    # (the body's row as its label names it: "On Sunday 1 December 2024 he resigned" is "Carlos
    # Tavares resigned", whom the lead names)
    told = body.clause + (f" {labels.get(id(body), '')}" if labels is not None and re.match(
        r"(?:he|she)\b", _strip_date_phrase(body.clause.strip()), re.I) else "")
    return bool(_names_in(lead.clause, subject) & _names_in(told, subject))


# A merger told as what was done: by its verb, or by its noun as the means or the setting ("formed
# by a merger of", "came into being, in the largest merger in Danish history"), not as what
# someone else did something to ("the European Commission cleared the merger") (`_lead_retold`).
_MERGER = re.compile(r"\b(?:merg(?:e|ed|es|ing)|amalgamat(?:e|ed|ing))\b|"
                     r"\b(?:by|through|in|after|via)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:merger|amalgamation)\b", re.I)


# The name a renaming gives ("took the name Special Boat Company", "was renamed the X").
_NEW_NAME = re.compile(r"\b(?:took\s+the\s+name|(?:was|were)\s+renamed|renamed\s+(?:itself|it|them)|became\s+known\s+as|"
                       r"changed\s+its\s+name\s+to|adopted\s+the\s+name)\s+(?:the\s+)?"
                       r"(?P<n>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){1,5})")


# The head of the organisation, as a role a present-perfect sentence gives someone.
_CHIEF_POST = (r"(?:secretary[- ]general|director[- ]general|general\s+secretary|chief\s+executive|ceo|president|"
              r"chair\w*|commander|commandant|leader|head|director|governor|chief)")
_ITS_ROLE = rf"(?:its|their|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?{_CHIEF_POST}"
# A name as written: capitalised words and initials ("Luisa María Alcalde", "C. C. Wei").
_WHO = r"(?P<who>(?-i:[A-Z][\w'’-]*\.?)(?:\s+(?-i:[A-Z][\w'’-]*\.?)){0,4})"
# A clause whose subject is a personal pronoun: "they took office on 1 October".
_PRONOUN_FIRST = re.compile(r"(?:he|she|they)\b", re.I)
# What may stand between a holder's name and "has been": "(이재용)", ", a New Zealander,", "of Ecuador,
# the first Latin American in the post,".
_HOLDER_ASIDE = r"(?:\s*\([^()]{1,60}\))?(?:\s+of\s+(?-i:[A-Z])[\w'’-]+)?(?:,\s+[^,;]{2,80},)?"
# A body or a field named after a post: "of Security", "of the Federal Reserve Board".
_NAME_WORDS = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
# Who has held the organisation's head post since a date, told in the present perfect.
_HELD_SINCE = tuple(re.compile(p, re.I) for p in (
    rf"{_ITS_ROLE}\s+since\s+[^.;]{{3,30}}?\s+has\s+been\s+{_WHO}",
    rf"since\s+[^.;]{{3,30}}?\s+{_ITS_ROLE}\s+has\s+been\s+{_WHO}",
    # "Since March 2021 its director general has been the Austrian scientist Josef Aschbacher"
    rf"since\s+[^.;]{{3,30}}?\s+{_ITS_ROLE}\s+has\s+been\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{1,4}}?{_WHO}(?=\s*(?:[.,;(]|$))",
    rf"\b{_WHO}\s+has\s+been\s+(?:both\s+)?{_ITS_ROLE}\b",
    # "Michele Bullock, the first woman to lead the bank, has been governor since September 2023",
    # "Lee Jae-yong (이재용), a grandson of the group's founder, has been executive chairman since",
    # "Mike Burgess has been Director-General of Security since September 2019"
    rf"\b{_WHO}{_HOLDER_ASIDE}\s+has\s+been\s+(?:both\s+)?(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_CHIEF_POST}"
    rf"(?:\s+of\s+(?:the\s+)?{_NAME_WORDS})?\s+since\b",
    # "Lyndon Buckingham, a New Zealander, has held the office since August 2023", "Osvaldo
    # Zavala Giler of Ecuador, the first Latin American in the post, has held it since April 2023"
    rf"\b{_WHO}{_HOLDER_ASIDE}\s+has\s+held\s+(?:it|(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:post|office|position|role))"
    rf"(?:\s+of\s+(?:the\s+)?{_NAME_WORDS})?\s+since\b",
    # "Markus Kamieth has led its Board of Executive Directors since April 2024"
    rf"\b{_WHO}{_HOLDER_ASIDE}\s+has\s+(?:led|headed|chaired|run|directed|commanded)\s+(?:it|its\s+[^.;,]{{2,60}}?)\s+since\b",
    # "Since September 2025 the company has been run by the chief executive Philipp Navratil"
    rf"since\s+[^.;]{{3,30}}?\s+(?:it|the\s+[\w-]+|its\s+[\w-]+)\s+has\s+been\s+(?:run|led|headed|chaired|directed|commanded)"
    rf"\s+by\s+(?:the\s+|its\s+)?(?:(?-i:[a-z])[\w-]*\s+){{0,3}}?{_WHO}"))


@lru_cache(maxsize=4096)
def _held_since(clause: str) -> re.Match[str] | None:
    """The `_HELD_SINCE` match of a clause that also says "since" as a word, else None. Asked
    of every pair of rows `_merge` compares (24,000 times for two articles), so it is asked
    once per clause, and a clause without "since" and "has", which every pattern needs, is
    not searched."""
    low = clause.casefold()
    if "since" not in low or "has" not in low or not re.search(r"\bsince\b", clause, re.I):
        return None
    return next((m for rx in _HELD_SINCE if (m := rx.search(clause))), None)


def _holder_since(a: _Draft, b: _Draft, labels: dict[int, str],
                  clauses: dict[str, list[_Draft]] | None = None) -> bool:
    """Who has held the head post since a date, told in the present perfect ("Its president
    since January 2022 has been Joachim Nagel", "Since June 2024 C. C. Wei has been both its
    chairman and its chief executive"), and a sentence of a date within that one about that
    person taking the post, named or meant by a pronoun its label resolves ("Nagel took office
    on 1 January 2022", "On 9 July the board named him director general"): one happening, the
    change of leader, told to the day where the other sentence tells it. Writers of an article
    sum up its current head so in the lead; the body tells the appointment (COSATU's Losi, Save
    the Children's Ashing; the Bundesbank's Nagel, Morena's Alcalde, RSF's Bruttin, TSMC's Wei).
    The lead says it in many shapes: "has been Director-General of Security since", "X, a New
    Zealander, has held the office since", "has led its Board of Executive Directors since",
    "the company has been run by the chief executive X since" (`_HELD_SINCE`).

    The judgement: the sentence only says who holds the post now; where the article tells the
    appointment, that is the row a reader wants, and a second row of the same month says the
    same thing again."""
    for t, o in ((a, b), (b, a)):
        if t.fact or o.fact or t.background or o.background or t.end is not None:
            continue
        m = _held_since(t.clause)
        if m is None or _precision_rank(o) < _precision_rank(t) or not _compatible(t.date, o.date):
            continue  # ("took office in May 2025" is as precise as "Since May 2025 ...": the same)
        # the name's last word or its first: a family name comes first in Khmer, Chinese or
        # Korean names ("Kao Kim Hourn" is "Kao" in the body: "Kao's term began")
        words = m.group("who").rstrip(".").split()
        names = {w for w in (words[-1:] + words[:1]) if len(w) >= 3}
        # named in its own clause or label, or in its sentence where no other row of that time
        # names them or where its clause means them by a pronoun: "Kimishima retired on 28 June
        # 2018, ..., and Shuntaro Furukawa ... succeeded him" is one row, "Kershaw left on 3
        # October, ... and Barrett took charge of the force that month" two, and Barrett's
        # change is the second; "..., elected Luisa María Alcalde ...; they took office on 1
        # October" means her
        others = [c.clause for c in (clauses or {}).get(o.text, ())
                  if c is not o and not c.background and _compatible(c.date, t.date)]
        told = o.clause + " " + labels.get(id(o), "")
        meant = bool(_PRONOUN_FIRST.match(_strip_date_phrase(o.clause.strip())))
        if any(re.search(rf"\b{re.escape(w)}\b", told) or (
                re.search(rf"\b{re.escape(w)}\b", o.text)
                and (meant or not any(re.search(rf"\b{re.escape(w)}\b", c) for c in others))) for w in names) \
                and (o.kind == "leadership" or ROLE_NOUN.search(o.text + " " + labels.get(id(o), ""))):
            return True
    return False


def _told_of(a: _Draft, b: _Draft, labels: dict[int, str]) -> bool:
    """A leader's start from a list and a sentence telling it with a pronoun ("She took up the
    post in May 2023", "the returning officer declared him elected"), whose label names the
    person the pronoun means: one happening, as
    `_same` finds when the sentence gives the name itself."""
    for t, o in ((a, b), (b, a)):
        if t.person and not o.fact and o.kind == "leadership" and not o.background and _compatible(t.date, o.date) \
                and (re.match(r"(?i)(?:he|she)\b", o.clause.strip()) or re.search(r"\b(?:him|her)\b", o.clause)) \
                and re.search(rf"\b{re.escape(t.person.split()[-1])}\b", labels.get(id(o), "")):
            return True
    return False


def _precision_rank(d: _Draft) -> int:
    date = d.date
    return (3 if date.day is not None else 2 if date.month is not None else 1) + (d.end is not None)


def _merge(drafts: list[_Draft], labels: dict[int, str], subject: Subject | None = None,
           statements: dict[int, str] | None = None) -> list[_Draft]:
    out: list[_Draft] = []
    clauses: dict[str, list[_Draft]] = {}  # each sentence's rows (`_holder_since`)
    for d in drafts:
        clauses.setdefault(d.text, []).append(d)
    # Rows kept so far, by the year of their date and of their end: every test of a twin asks
    # for a date within the other's (`_compatible`), or, in `_same`, for the new row's date
    # within the kept row's end, and a date lies within another only in its year. So a row
    # is compared only with the kept rows of its year, in the order they were kept, which
    # finds the twin the whole list did (the first) without asking it of every pair: 28,000
    # pairs, a tenth of reading a 43 KB article. A kept row whose date a merge changes is
    # filed under its new year as well; one filed twice is asked once.
    by_year: dict[int, list[int]] = {}
    for d in drafts:
        year = d.date.year
        ranks = sorted(set(by_year.get(year, ())))
        twin = next((o for o in (out[k] for k in ranks) if _same(o, d) or _lead_retold(o, d, subject, labels)
                     or _told_of(o, d, labels) or _holder_since(o, d, labels, clauses)), None)
        if twin is None:
            _file_by_year(by_year, len(out), d)
            out.append(d)
            continue
        # Keep the richer telling's words and the more precise date; remember every place.
        # The words shown come from the telling whose date is shown: the most precise one, then
        # the richest (most content words); an infobox line never replaces a sentence.
        old_text, old_fact = twin.text, twin.fact
        # ("The change took effect" names back what the other telling says: its words stay)
        keep_text = not d.fact and not (d.person and not twin.fact) and not _TOOK_EFFECT.match(d.clause) and (
            twin.fact or _precision_rank(d) > _precision_rank(twin) or (
            _precision_rank(d) == _precision_rank(twin) and (
                (twin.in_lead and not d.in_lead) or (twin.in_lead == d.in_lead and
                                                      len(_content(d.text)) > len(_content(twin.text))))))
        src = d.source
        if _precision_rank(d) > _precision_rank(twin) or _founding_clause(d, twin):
            twin.date, twin.end, twin.ongoing, twin.year_inferred = d.date, d.end, d.ongoing, d.year_inferred
        if keep_text:
            old_source = twin.source
            twin.text, twin.clause, twin.section = d.text, d.clause, d.section
            labels[id(twin)] = labels[id(d)]
            if statements is not None:
                statements[id(twin)] = statements.get(id(d), "")
            twin.source, src = d.source, old_source
            twin.fact = False
            twin.anchored = True
            if twin.date == d.date and twin.end == d.end:
                # the shown words say whether it is a state begun ("since") or a day's happening:
                # "since 20 January 2026" is no prefix for "declared him elected"
                twin.ongoing = d.ongoing
            if twin.kind in ("other", "background"):
                twin.kind = d.kind  # (a state told in the lead takes the kind of the happening shown)
        if twin.kind == "founding" and (d.fact or old_fact):
            labels[id(twin)] = _with_founding(labels[id(twin)], twin)
            if statements is not None and statements.get(id(twin)):
                statements[id(twin)] = _with_founding(statements[id(twin)], twin)
        twin.in_lead = twin.in_lead or d.in_lead
        twin.hailed = twin.hailed or d.hailed
        twin.background = twin.background and d.background
        for t in ([] if d.fact else [d.text]) + ([] if old_fact else [old_text]) + d.retold:
            if t and t != twin.text and t not in twin.retold:
                twin.retold.append(t)
        if src is not None and src != twin.source and src not in twin.also:
            twin.also.append(src)
        _file_by_year(by_year, next(k for k in ranks if out[k] is twin), twin)  # (its date may have changed)
    return out


_DEATH = re.compile(r"\b(?:died|death|was\s+assassinated|passed\s+away)\b")


def _founding_clause(d: _Draft, twin: _Draft) -> bool:
    """Whether `d`, a founding told in the same sentence as `twin` (`_same`), dates the clause
    that tells it and `twin` another: "A notice in the Gazette of 6 March 1923 announced that
    the commission had been established with effect from 1 March 1923" is founded on 1 March."""
    return d.kind == twin.kind == "founding" and d.text == twin.text and not (d.fact or twin.fact) \
        and _dates_a_document(twin) and not _dates_a_document(d)


def _dates_a_document(d: _Draft) -> bool:
    """Whether `d`'s date names a document in its sentence ("the Gazette of 6 March 1923", "the
    decree of 12 May"): the day it bears, not a happening's."""
    return any((m.year, m.month, m.day) == (d.date.year, d.date.month, d.date.day)
               and re.search(r"\b(?:[A-Z][\w'’-]*|notice|letter|decree|order|edition|issue|statement)\s+of\s+$",
                             d.text[:m.start])
               for m in find_dates(d.text))


def _file_by_year(by_year: dict[int, list[int]], rank: int, d: _Draft) -> None:
    """File kept row `rank` (`_merge`) under the year of its date and of its end."""
    for year in {d.date.year, *((d.end.year,) if d.end is not None else ())}:
        ranks = by_year.setdefault(year, [])
        if rank not in ranks:
            ranks.append(rank)


def _without_own_year(text: str, d: _Draft) -> str:
    """"The company Dmitry Utkin founded in 2014 took its name from his call sign" on a row
    dated 2014: the row's date says the year, so "in 2014" inside the label goes where the
    sentence runs on after it."""
    if d.date.day is not None or d.date.month is not None or d.end is not None:
        return text
    # only where the sentence runs on ("founded in 2014 took", "The move in 1946 took"): before
    # a comma, "and" or the end the phrase may be what the clause says ("born in 1949")
    if str(d.date.year) not in text:
        return text  # the pattern below needs the year
    return re.sub(rf"\s+in\s+{d.date.year}(?=\s+(?!and\b|or\b|but\b)[a-z])", "", text, count=1)


def _own_clause(d: _Draft) -> str:
    """The clause a draft tells, from its start: a second date's draft keeps only the 60
    characters before its date ("...drawn up in 1995 and came into force on 1 October 1998"),
    which may cut off the subject the clause opens on ("The Europol Convention"); the clause
    then runs from the sentence's start to that window's end."""
    if d.text.startswith(d.clause) or d.clause not in d.text:
        return d.clause
    at = d.text.find(d.clause)
    head = d.text[:at]
    cut = max(head.rfind(". "), head.rfind("; "))
    return d.text[cut + 2 if cut >= 0 else 0:at] + d.clause


def _days_apart(d: _Draft) -> bool:
    """A span of days within one month ("Between 16 and 20 May 2022 the defenders left the
    plant and were taken prisoner") is a happening told as closely as a month, not a period:
    it counts as a month-dated event, without the span's penalty."""
    e = d.end
    return (e is not None and d.date.day is not None and e.day is not None and d.date.year == e.year
            and d.date.month == e.month)


# A short label that ends on a demonstrative has lost the noun it stands for: "won the election
# of 1997 and lost that of 2001" gave the row "Lost that".
_ELLIPTIC = re.compile(r"^(?:\S+\s+){0,3}(?:that|this|these|those)$", re.I)


def _another_times_tail(text: str, d: _Draft) -> str:
    """A bullet without a coordinated tail that tells another time: "The 2nd Foreign Infantry
    Regiment served in the Central African Republic in 2007–2008 and in Afghanistan in
    2009–2010", under "2007–2008", read as two tours in one span. The tail goes, as the row's
    label drops it; the full profile prints the sentence whole."""
    years = set(range(d.date.year, (d.end.year if d.end is not None else d.date.year) + 1))
    for m in find_dates(text):
        if m.year is None or m.year in years or m.recurring:
            continue
        tail = re.search(r",?\s+and\s+(?:in|to|at|from|on)\s+[^,;]{0,60}$", text[:m.start])
        if tail and tail.start() > 20:
            return text[:tail.start()]
    return text


def _event(d: _Draft, label: str, statement: str = "") -> Event:
    label, statement = _without_own_year(label, d), _without_own_year(statement, d)
    if statement:
        statement = _another_times_tail(statement, d)
    if _ELLIPTIC.match(label.strip().rstrip(".")):
        # not a row of its own; the full profile still prints the sentence
        d.background = True
    kind = "background" if d.background and d.kind not in ("founding",) else d.kind
    score = WEIGHT.get(kind, WEIGHT["other"]) if not d.background else WEIGHT["background"]
    if not d.background:
        score += LEAD if d.in_lead else 0.0
        score += TOLD_AGAIN if d.also else 0.0
        score += DAY if d.date.day is not None and d.end is None else 0.0
        score += MONTH if (d.date.month is not None and d.date.day is None and d.end is None) or _days_apart(d) else 0.0
        score -= RANGE if d.end is not None and not _days_apart(d) else 0.0
        score += DECISIVE if kind == "milestone" and _DECISIVE.search(d.clause) else 0.0
        if kind in ("loss", "operation") and (_DEFEAT.search(d.clause) or _DEFEAT.search(label)) \
                or kind == "loss" and _KILLED.search(d.clause):
            score += DECISIVE_LOSS if kind == "loss" else DECISIVE
        score += DECISIVE if kind == "operation" and _RISING.search(d.clause) else 0.0
        score += CONSEQUENTIAL if _CONSEQUENTIAL.search(d.text) else 0.0
        score += CONTESTED if _DISPUTED.search(label) else 0.0
        score -= REPORTED_EARLIER if _REPORTED_EARLIER.search(d.clause) else 0.0
        score -= COMMEMORATION if _COMMEMORATION.search(d.clause) else 0.0
        score -= WEIGHT["milestone"] - WEIGHT["other"] if kind == "milestone" and _PREMISES.search(d.text) else 0.0
        score += HAILED if d.hailed else 0.0
        if kind in ("statement", "other") and _DISCLOSED.search(d.clause):
            score += WEIGHT["milestone"] - WEIGHT[kind]
    if re.search(r"\b(?:[A-Z]\.)+[A-Z]$", label) and d.text.rstrip().endswith(label.rsplit(" ", 1)[-1] + "."):
        label += "."  # "adopted its present name, Nestlé S.A.": the sentence's full stop ends the initials too
    return Event(
        date=d.date, end=d.end, ongoing=d.ongoing, text=d.text, label=label, kind=kind, background=d.background,
        section=d.section, year_inferred=d.year_inferred, importance=round(min(1.0, max(0.05, score)), 2),
        source=d.source, also=d.also, statement=statement if statement != label else "", retold=d.retold,
    )
