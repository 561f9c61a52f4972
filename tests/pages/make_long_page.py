"""Write ``long-lead-many-teasers.txt`` and its expected file (deterministic: no randomness).

A long-read feature (well over 3,000 words) about European ports, one section per port,
with page junk interleaved the way a real page has it, followed by a dozen teaser cards.
Run from anywhere: ``python tests/pages/make_long_page.py``; the output is committed.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "long-lead-many-teasers"
FETCHED_AT = "2025-09-14T10:00:00Z"

TITLE = "The quiet race to rebuild Europe's ports for a warmer, more dangerous century"

# (port, country, river or sea, tonnes in millions, year of plan, cost in billions of euros,
#  official, role, a local detail)
PORTS = [
    (
        "Rotterdam",
        "the Netherlands",
        "the North Sea",
        436,
        2030,
        3.1,
        "Boudewijn Siemons",
        "chief executive of the port authority",
        "the Maasvlakte 2 terminals built on reclaimed land",
    ),
    (
        "Antwerp-Bruges",
        "Belgium",
        "the Scheldt",
        271,
        2032,
        2.4,
        "Jacques Vandermeiren",
        "the port's chief executive",
        "the new locks that took a decade to dig",
    ),
    (
        "Hamburg",
        "Germany",
        "the Elbe",
        114,
        2035,
        1.9,
        "Jens Meier",
        "head of the Hamburg Port Authority",
        "a fairway that has to be dredged almost every week",
    ),
    (
        "Valencia",
        "Spain",
        "the Mediterranean",
        86,
        2031,
        1.2,
        "Mar Chao",
        "president of the port authority",
        "the northern extension fought by residents for years",
    ),
    (
        "Piraeus",
        "Greece",
        "the Saronic Gulf",
        49,
        2029,
        0.6,
        "Dimitris Kalogeropoulos",
        "a harbour engineer who advises the ministry",
        "the cranes operated by a Chinese company",
    ),
    (
        "Gdansk",
        "Poland",
        "the Baltic Sea",
        81,
        2033,
        1.4,
        "Dorota Pyc",
        "president of the port authority",
        "the deep-water container terminal that opened in 2007",
    ),
    (
        "Le Havre",
        "France",
        "the English Channel",
        67,
        2034,
        1.1,
        "Stéphane Raison",
        "head of the Haropa port group",
        "the 19th-century basins that still handle bulk cargo",
    ),
    (
        "Genoa",
        "Italy",
        "the Ligurian Sea",
        50,
        2030,
        1.3,
        "Paolo Piacenza",
        "the port's special commissioner",
        "a new breakwater that will be the deepest in Europe",
    ),
]

SECTION = [
    "{port}",
    "In {port}, the threat is easy to see from the quay. Engineers from the port authority "
    "walked a reporter along {detail}, pointing to the marks left by the storm surges of recent "
    "winters, which now reach higher up the walls than at any time since records began.",
    "The port handled about {tonnes} million tonnes of cargo last year, making it one of the "
    "busiest gateways between {country} and the rest of the world, and almost all of it moves "
    "through facilities that were designed for the sea levels and storms of the last century.",
    '"We have maybe one investment cycle to get this right," said {official}, {role}. '
    '"If we build the wrong thing now, we will be living with it until the end of the century, '
    'and so will everyone who depends on what comes through here."',
    "The plan adopted by the authorities in {port} would spend about {cost} billion euros by "
    "{year} on raising quays, strengthening flood barriers and moving electrical equipment above "
    "the reach of the water, money that will come partly from the European Union and partly from "
    "higher fees charged to shipping lines.",
    "Shipping companies say they accept the need for the work but worry about the bill. A "
    "representative of one of the largest container lines calling at {port} said fees had "
    "already risen faster than inflation for three years in a row, and that customers would "
    "eventually pay the difference.",
    "Dock workers have their own list of worries. Union representatives in {port} described "
    "shifts cancelled because cranes cannot operate in high winds, which now happen several "
    "times a month in winter, and summer days when the heat on the container stacks makes the "
    "work dangerous by early afternoon.",
    "Scientists who advise the port say the uncertainty is the hardest part. Projections for "
    "the middle of the century vary by tens of centimetres depending on how fast emissions fall "
    "and how the ice sheets behave, and a quay built today has to last at least fifty years.",
    'For now, the authorities in {port} have chosen what one planner called a "staircase" '
    "approach: build for the middle of the range, but design every structure so that it can be "
    "raised again later without being torn down, at a cost that is far lower than starting "
    "from scratch.",
    "Environmental groups, for their part, argue that the money should also go to restoring "
    "the marshes and mudflats along {sea} that once absorbed storm surges naturally, instead of "
    "relying only on concrete.",
]

JUNK_AFTER = {
    0: ["Advertisement"],
    1: [
        "Sign up for our Europe Briefing newsletter",
        "The week's most important stories, every Friday morning.",
        "Sign up",
    ],
    2: ["Advertisement", "Continue reading below"],
    3: ["Listen to this article", "12 min"],
    4: ["Advertisement"],
    5: ["Most read", "1", "Why your train is late: the hidden cost of a crumbling network"],
    6: ["Advertisement"],
}

CAPTIONS = {
    1: ("Storm barriers near the port entrance in April.", "Photo: Marcel van den Bergh/ANP"),
    4: ("A container ship is guided into the harbour.", "Photo: Adam Warżawa/PAP"),
    6: ("Flooded quays after the storm of January 2024.", "Photo: Lou Benoist/AFP"),
}

INTRO = [
    "From the Baltic to the Mediterranean, Europe's great ports are spending billions to stay "
    "open as seas rise and storms grow stronger. The work is slow, expensive and mostly "
    "invisible, and it is racing against a clock that nobody can read precisely.",
    "By Helena Marsh",
    "September 13, 2025",
    "Share",
    "Save",
    "Europe's ports move three-quarters of the continent's trade with the rest of the world. "
    "They were built for a climate that no longer exists.",
    "Over six months, reporters visited eight of the largest ports between the Baltic and the "
    "Mediterranean and spoke with more than 60 engineers, port officials, shipping executives, "
    "dock workers and scientists about how they are preparing for higher seas, fiercer storms, "
    "longer droughts on the rivers that feed them, and heat that buckles rails and stops cranes.",
    "What emerged is a picture of an industry that has understood the danger but is still "
    "arguing over who should pay to meet it, and how fast.",
]

OUTRO = [
    "What comes next",
    "The European Commission is expected to publish a ports strategy before the end of the year, "
    "and officials in Brussels say climate adaptation will be one of its central pillars, along "
    "with security and the shift to cleaner fuels.",
    'For the engineers on the quays, the debate in Brussels can feel distant. "The sea does not '
    'wait for a strategy," said one of them in Hamburg, watching a dredger work its way up the '
    'Elbe on a grey afternoon. "It just keeps coming."',
    "Reporting by Helena Marsh, with additional reporting by Tomasz Nowicki in Gdansk and "
    "Giulia Ferri in Genoa. Editing by Paul Grant.",
    "Share this article",
    "Facebook",
    "X",
    "LinkedIn",
    "Copy link",
    "Comments (48)",
    "Join the conversation",
]

# (source, time as printed, hours before fetched_at, title, summary or None)
TEASERS = [
    (
        "Financial Times",
        "2 hours ago",
        2,
        "Maersk warns of higher freight rates as Red Sea diversions continue",
        "The Danish group said longer routes around Africa would keep "
        "capacity tight into next year.",
    ),
    (
        "Politico Europe",
        "3 hours ago",
        3,
        "Brussels weighs joint borrowing for climate adaptation",
        None,
    ),
    (
        "Deutsche Welle",
        "4 hours ago",
        4,
        "Rhine shipping halted as water levels fall near Kaub",
        "Barges can load only a third of their capacity at the river's shallowest point.",
    ),
    ("Euronews", "5 hours ago", 5, "Venice tests new gates against autumn high tides", None),
    (
        "The Guardian",
        "6 hours ago",
        6,
        "Dock workers in Le Havre strike over pension reform",
        "The CGT union said the stoppage would last 48 hours.",
    ),
    (
        "Reuters",
        "8 hours ago",
        8,
        "Insurers raise premiums for coastal infrastructure in northern Europe",
        None,
    ),
    (
        "Bloomberg",
        "10 hours ago",
        10,
        "Shipping emissions fall for first time since 2020",
        "Slower sailing speeds and newer vessels drove the decline, a study found.",
    ),
    ("Le Monde", "12 hours ago", 12, "La Rochelle bets on offshore wind to revive its port", None),
    (
        "El País",
        "14 hours ago",
        14,
        "Spain's ports post record cruise passenger numbers",
        "More than 14 million passengers passed through Spanish terminals last year.",
    ),
    (
        "Kathimerini",
        "20 hours ago",
        20,
        "Greek islands face water shortages as tourism peaks",
        None,
    ),
    (
        "The Economist",
        "1 day ago",
        24,
        "Why Europe's canals are becoming climate bottlenecks",
        "Many locks date from the 19th century and cannot handle modern barges.",
    ),
    (
        "Associated Press",
        "2 days ago",
        48,
        "Baltic states step up protection of undersea cables",
        None,
    ),
]

FOOTER = ["Load more stories", "About us", "Contact", "Terms of use", "© 2025 Continental Review"]


def build() -> tuple[str, dict[str, object]]:
    lines = [
        "Continental Review",
        "World",
        "Europe",
        "Climate",
        "Business",
        "Subscribe",
        "Sign in",
        "We use cookies to give you the best experience. Accept | Manage preferences",
        "Long read",
        TITLE,
        *INTRO,
    ]
    for index, (port, country, sea, tonnes, year, cost, official, role, detail) in enumerate(PORTS):
        values = {
            "port": port,
            "country": country,
            "sea": sea,
            "tonnes": tonnes,
            "year": year,
            "cost": cost,
            "official": official,
            "role": role,
            "detail": detail,
        }
        section = [paragraph.format(**values) for paragraph in SECTION]
        lines += section[:3]
        if index in CAPTIONS:
            text, credit = CAPTIONS[index]
            lines.append(f"{text} {credit}")
        lines += section[3:]
        lines += JUNK_AFTER.get(index, [])
    lines += OUTRO
    lines += ["", "More from Continental Review", ""]
    for source, stamp, _, title, summary in TEASERS:
        lines += [source, stamp, title]
        if summary:
            lines.append(summary)
        lines.append("")
    lines += FOOTER
    text = "\n".join(lines) + "\n"

    lead = {
        "role": "lead",
        "source": None,
        "title": TITLE,
        "relative_time": "September 13, 2025",
        "published_at": "2025-09-13T00:00:00Z",
        "language": "en",
        "body_must_contain": [
            INTRO[0],
            INTRO[6][:120],
            "In Rotterdam, the threat is easy to see from the quay.",
            "The port handled about 81 million tonnes of cargo last year, making it one of the "
            "busiest gateways between Poland and the rest of the world",
            '"We have maybe one investment cycle to get this right," said Paolo Piacenza, the '
            "port's special commissioner.",
            "The plan adopted by the authorities in Le Havre would spend about 1.1 billion euros "
            "by 2034",
            "the marshes and mudflats along the Saronic Gulf that once absorbed storm surges "
            "naturally, instead of relying only on concrete.",
            "The European Commission is expected to publish a ports strategy before the end of "
            "the year",
            '"It just keeps coming."',
        ],
        "body_must_not_contain": [
            "Continental Review",
            "We use cookies",
            "Long read",
            "By Helena Marsh",
            "Save",
            "Advertisement",
            "Sign up for our Europe Briefing newsletter",
            "Continue reading below",
            "Listen to this article",
            "Most read",
            "Why your train is late",
            "Storm barriers near the port entrance",
            "Marcel van den Bergh",
            "PAP",
            "Lou Benoist",
            "Reporting by Helena Marsh",
            "Share this article",
            "Copy link",
            "Comments (48)",
            "Join the conversation",
            "Maersk warns",
        ],
        "captions": [
            {"text": text, "credit": credit.removeprefix("Photo: ")}
            for text, credit in CAPTIONS.values()
        ],
    }
    teasers: list[dict[str, object]] = []
    for number, (source, stamp, hours, title, summary) in enumerate(TEASERS):
        following = TEASERS[number + 1][3] if number + 1 < len(TEASERS) else "Load more stories"
        hour = 10 - hours
        day = 14
        while hour < 0:
            hour += 24
            day -= 1
        teasers.append(
            {
                "role": "related",
                "source": source,
                "title": title,
                "relative_time": stamp,
                "published_at": f"2025-09-{day:02d}T{hour:02d}:00:00Z",
                "language": "en",
                "body_must_contain": [summary] if summary else [],
                "body_must_not_contain": [stamp, following],
                "captions": [],
            }
        )
    words = sum(len(line.split()) for line in lines[10 : lines.index("Share this article")])
    expected: dict[str, object] = {
        "fetched_at": FETCHED_AT,
        "notes": (
            f"Generated by make_long_page.py. A long read (lead body about {words} words across "
            "eight port sections with headings) with junk interleaved: ads, a newsletter prompt, "
            "'Continue reading below', an audio player, a 'Most read' box, three credited photo "
            "captions; date-only stamp under the byline (midnight UTC). Then twelve teaser cards "
            "(source, relative time, title, optional summary)."
        ),
        "articles": [lead, *teasers],
    }
    return text, expected


def main() -> None:
    text, expected = build()
    (HERE / f"{NAME}.txt").write_text(text, encoding="utf-8")
    (HERE / f"{NAME}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
