"""Synthetic profiles for chart tests: the seed's events and org tree, and sized extremes.

The seed reader is developed separately; these hand-built profiles mirror what it yields
for seeds/freedom_of_russia_legion.txt so chart tests do not depend on it.
"""
from __future__ import annotations

import datetime as dt
import random

from briefkit.model import Event, EventDate, Names, OrgNode, Person, Profile


def E(y: int, m: int | None = None, d: int | None = None, text: str = "x", imp: float = 0.5,
      ongoing: bool = False, end: EventDate | None = None) -> Event:
    return Event(date=EventDate(year=y, month=m, day=d), text=text, importance=imp,
                 ongoing=ongoing, end=end)


SEED_EVENTS = [
    E(2022, 2, 27, "According to the company commander, they crossed to the Ukrainian side with the help of the Security Service of Ukraine on 27 February 2022, to \"protect Ukrainians from real fascists\".", 0.8),
    E(2022, 3, None, "It was formed in March 2022 and is reportedly part of Ukraine's International Legion.", 0.9),
    E(2022, 3, 10, "The Legion's official Telegram channel was created on 10 March 2022, and its first post called on people to join the armed struggle against the \"war criminal Putin\"."),
    E(2022, 4, 5, "On 5 April, three men wearing military fatigues and black balaclavas held a press conference in Kyiv, announcing that the Freedom of Russia Legion had been formed.", 0.8),
    E(2022, 6, 1, "On 1 June 2022, the Legion's official Telegram (and YouTube) channel posted a video claiming to show a Russian tank being captured by the Legion."),
    E(2022, 6, 11, "On 11 June 2022, the Legion claimed its first combat losses."),
    E(2022, 6, 22, "On 22 June 2022, Nikolay Okhlopkov, a Russian anti-war activist from Yakutsk, was arrested because the authorities accused him of \"wanting to join the Legion.\""),
    E(2022, 6, 29, "On 29 June, they said they captured a Russian POW in the Lysychansk area."),
    E(2022, 7, 13, "On 13 July 2022, the Legion released a recruitment video."),
    E(2022, 7, 14, "On 14 July 2022, Putin signed a new law, under which Russian citizens can be imprisoned for up to 20 years if they \"defect to the side of the enemy during an armed conflict or hostilities.\""),
    E(2022, 8, None, "In August 2022, the Freedom of Russia Legion and National Republican Army signed the Irpin Declaration, a declaration of cooperation among armed anti-Putin Russian forces."),
    E(2022, 12, None, "In December 2022, the Legion's spokesman said that it operated under Ukrainian command and were mainly involved in artillery and propaganda"),
    E(2023, 2, None, "He claimed in February 2023 that the legion consisted of two battalions and was raising two more."),
    E(2023, 3, None, "In March 2023 the Supreme Court of Russia declared the Legion a terrorist group meaning citizens who join can face up to 20 years in jail."),
    E(2023, 5, 22, "Since 22 May 2023, the Legion has launched cross-border raids into the Belgorod region of Russia, alongside the Russian Volunteer Corps (RVC) and the Sibir Battalion.", 0.9, ongoing=True),
    E(2023, 6, 1, "The two groups launched another raid on 1 June into the Shebekino area of Belgorod Oblast."),
    E(2024, 3, 12, "On 12 March 2024, the legion conducted raids in Kursk and Belgorod regions, and claimed to control two villages.", 0.8),
    E(2024, 3, 15, "On 15 March 2024, the FSB reportedly arrested a man who had ties with the FRL."),
    E(2024, 8, 21, "On 21 August 2024, the FRL claimed that they had been contacted by a Russian FPV pilot, call sign \"Silver\", who wanted to cooperate with them."),
]

SEED_UNITS = ["1st Mechanized Battalion", "1st Battalion", "2nd Battalion", "3rd Battalion",
              "4th Battalion", "Artillery Unit", "Drone Company",
              'Reconnaissance Group "D.R.U.G"', "Hroza platoon"]


def seed_org() -> OrgNode:
    return OrgNode(
        name="International Legion of the Defence Intelligence of Ukraine", kind="parent",
        children=[OrgNode(
            name="Freedom of Russia Legion", kind="unit",
            leaders=[Person(name="Maximilian Andronnikov", role="spokesperson/speaker"),
                     Person(name="Kostiantyn Denysov", role="Spokesperson")],
            children=[OrgNode(name="Headquarters",
                              children=[OrgNode(name=u) for u in SEED_UNITS])])])


def profile(events: list[Event] | None = None, org: OrgNode | None = None,
            title: str = "Freedom of Russia Legion") -> Profile:
    return Profile(names=Names(title=title), events=events or [], org=org)


def seed_profile() -> Profile:
    return profile(list(SEED_EVENTS), seed_org())


WORDS = ("raid border unit battalion statement video claims arrest law court drone attack "
         "village region command volunteers recruitment declaration channel press conference "
         "Бригада Легіон Свобода ქართული ლეგიონი Škoda Łódź").split()


def random_events(n: int, seed: int = 1, start: int = 2015, years: int = 6) -> list[Event]:
    """n events with mixed precision, spans and importance, deterministic per seed."""
    rng = random.Random(seed)
    out = []
    base = dt.date(start, 1, 1).toordinal()
    for i in range(n):
        d = dt.date.fromordinal(base + rng.randrange(int(365.25 * years)))
        kind = rng.random()
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 18)))
        text = f"On {d.day} {d:%B} {d.year}, the group announced {words}. More text follows."
        if kind < 0.6:
            date = EventDate(year=d.year, month=d.month, day=d.day)
        elif kind < 0.8:
            date = EventDate(year=d.year, month=d.month)
        elif kind < 0.85:
            date = EventDate(year=d.year)
        else:
            date = EventDate(year=d.year, month=d.month, day=d.day)
        end = None
        ongoing = False
        if 0.85 <= kind < 0.93:
            e = dt.date.fromordinal(d.toordinal() + rng.randrange(20, 400))
            end = EventDate(year=e.year, month=e.month, day=e.day)
        elif kind >= 0.97:
            ongoing = True
        out.append(Event(date=date, end=end, ongoing=ongoing, text=text,
                         importance=round(rng.random(), 3)))
    return out


def wide_org(n_children: int = 9) -> OrgNode:
    return OrgNode(name="Headquarters", kind="unit",
                   children=[OrgNode(name=f"Subunit number {i + 1} of the formation")
                             for i in range(n_children)])


def big_org(total: int = 60, seed: int = 3) -> OrgNode:
    """A tree of exactly `total` nodes, 3–4 levels deep, with a leader here and there."""
    rng = random.Random(seed)
    root = OrgNode(name="Joint Forces Command of the Example Republic", kind="parent")
    unit = OrgNode(name="Example Volunteer Legion", kind="unit",
                   leaders=[Person(name="Ivan Petrenko", role="commander")])
    root.children.append(unit)
    count = 2
    frontier = [unit]
    level = 0
    while count < total:
        nxt = []
        for parent in frontier:
            k = rng.randrange(2, 6) if level < 2 else rng.randrange(1, 4)
            for _ in range(k):
                if count >= total:
                    break
                count += 1
                child = OrgNode(name=f"{rng.choice(['1st', '2nd', '3rd', '4th'])} "
                                     f"{rng.choice(['Battalion', 'Company', 'Platoon', 'Group', 'Detachment'])} {count}",
                                leaders=[Person(name=f"Commander {count}", role="commander")]
                                if rng.random() < 0.15 else [])
                parent.children.append(child)
                nxt.append(child)
        frontier = nxt or frontier
        level += 1
    return root


def military_org(battalions: int = 4, companies: int = 4, platoons: tuple[int, ...] = (3, 2)) -> OrgNode:
    """A regular formation: parent > unit > battalions > companies > platoons (60 nodes by default)."""
    unit = OrgNode(name="Example Volunteer Legion", kind="unit",
                   leaders=[Person(name="Ivan Petrenko", role="commander")])
    k = 0
    for b in range(battalions):
        bat = OrgNode(name=f"{b + 1}. Battalion", leaders=[Person(name=f"Officer {b}", role="commander")] if b == 0 else [])
        for c in range(companies):
            comp = OrgNode(name=f"{c + 1}. Company, {b + 1}. Bn")
            for p in range(platoons[(b + c) % len(platoons)]):
                k += 1
                comp.children.append(OrgNode(name=f"{p + 1}. Platoon"))
            bat.children.append(comp)
        unit.children.append(bat)
    root = OrgNode(name="Joint Forces Command", kind="parent", children=[unit])
    return root
