"""Whether the text calls a person "he" or "she", from what the text itself says of them.

Why: a "she" is resolved to the person the text named last (`events._referent`), and that is
wrong where the person named last is one the text has shown to be a man: "Isabel dos Santos
... removed the management. João Lourenço succeeded her father as president on 26 September
2017. A report on 2 November that she had been dismissed ..." had labelled a report that
"João Lourenço had been dismissed". A reader knows from the text who is a "she".

The judgement, each clue one the article gives (no list of first names: a name's gender is
not the article's, and none is guessed):
- a word for a woman or a man right before the name, or set beside it: "the businesswoman
  Isabel dos Santos", "his daughter, Isabel dos Santos", "Queen Margrethe", "Isabel dos
  Santos, his daughter,";
- a possessive that the name right after it owns, opening a phrase set off before it: "on 15
  November 2017, his fiftieth day in office, Lourenço removed her";
- a "he" or "she" opening the sentence right after one that named that person alone (told as
  the text goes, `Genders.continued`).
A person with clues of both kinds is left unknown. So a swap is made only where the text says
the one named last cannot be meant, and then to the latest person it says can (`Genders.fit`).
"""
from __future__ import annotations

from .. import recache as re

# Words that say a person is a woman or a man, before a name or in apposition to it. Not
# "chairman", "spokesman" or "actor", which texts use of women too.
_FEMALE = ("woman|businesswoman|chairwoman|spokeswoman|congresswoman|councilwoman|daughter|"
           "granddaughter|stepdaughter|wife|widow|mother|stepmother|grandmother|sister|half-sister|niece|aunt|"
           "actress|heiress|empress|duchess|countess|baroness|princess|queen|lady|dame|madam|madame|mrs|ms|miss|"
           "sheikha|begum")
_MALE = ("man|businessman|son|grandson|stepson|husband|widower|father|stepfather|grandfather|brother|half-brother|"
         "nephew|uncle|emperor|duke|count|baron|prince|king|sir|mr|sultan|emir")
_WORD = re.compile(rf"(?i:\b(?P<f>{_FEMALE})|\b(?P<m>{_MALE}))\.?,?\s+$")
# "Isabel dos Santos, his daughter," / "Carlos, the president's son,"
_APPOSED = re.compile(rf"^,\s+(?:(?:his|her|their|the|a)\s+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s\s+)"
                      rf"(?:[a-z-]+\s+)?(?i:(?P<f>{_FEMALE})|(?P<m>{_MALE}))\b[,;.]")
# ", his fiftieth day in office, Lourenço removed": the phrase before the name is the name's
_CATAPHORA = re.compile(r"(?:^|,\s+)(?:(?:in|on|at|during|after|before|within|upon|from)\s+)?"
                        r"(?P<p>his|her)\s+[^,;.()]{1,60},\s+$", re.I)
# The first pronoun of a sentence that stands for a person.
_PRONOUN = re.compile(r"\b(?:(?P<f>she|her|hers|herself)|(?P<m>he|him|his|himself))\b", re.I)


def _kind(m: re.Match) -> str:
    return "f" if m.group("f") else "m"


class Genders:
    """Which of the people an article names it calls "she" and which "he" (see the module)."""

    def __init__(self) -> None:
        self._seen: dict[str, set[str]] = {}

    def learn(self, person: str, kind: str) -> None:
        self._seen.setdefault(person, set()).add(kind)

    def of(self, person: str | None) -> str | None:
        """"f", "m" or None (no clue, or clues of both kinds)."""
        kinds = self._seen.get(person or "")
        return next(iter(kinds)) if kinds and len(kinds) == 1 else None

    def read(self, sentence: str, spans: list[tuple[str, int, int]]) -> None:
        """Learn from one sentence the clues of its named people; `spans` are (person, start,
        end) of where the sentence names them."""
        for person, start, end in spans:
            word = _WORD.search(sentence[max(0, start - 40):start])
            if word:
                self.learn(person, _kind(word))
            apposed = _APPOSED.match(sentence[end:end + 80])
            if apposed:
                self.learn(person, _kind(apposed))
            before = _CATAPHORA.search(sentence[max(0, start - 90):start])
            if before and re.match(r"\s+[a-z]+", sentence[end:end + 30]):
                self.learn(person, "f" if before.group("p").casefold() == "her" else "m")

    def continued(self, previous_alone: str | None, sentence: str, opening: str) -> None:
        """A sentence that opens on "He" or "She" (after its date) right after one that named
        `previous_alone` and no one else tells that person's."""
        m = re.match(r"(He|She)\s+[a-z]", opening)
        if previous_alone and m:
            self.learn(previous_alone, "f" if m.group(1) == "She" else "m")

    def fit(self, sentence: str, first_name_at: int | None, last_person: str | None,
            recent: list[str]) -> str | None:
        """The referent a sentence's pronouns start from: `last_person`, unless the sentence's
        first pronoun, before any name it gives, is one the text shows cannot be that person,
        then the latest person of `recent` the text shows it can be, else no one."""
        pronoun = _PRONOUN.search(sentence, 0, first_name_at if first_name_at is not None else len(sentence))
        if pronoun is None or last_person is None:
            return last_person
        want = _kind(pronoun)
        if self.of(last_person) in (None, want):
            return last_person
        return next((p for p in reversed(recent) if self.of(p) == want), None)
