"""A deterministic corpus of news-like aggregator pages, for benchmarks.

Every page looks like the ones scrapers send: a lead article (title, body lines,
some broken at links, photo captions with credits, ``Advertisement`` lines),
boilerplate blocks, then 0–8 related teasers, each with its source, an
"N hours ago" line and a "- source" line. Sizes run from 1 to 50 KB, skewed to
the small side like real pages. The same seed always gives the same pages.
"""

import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson

MIN_PAGE_BYTES = 1_000
MAX_PAGE_BYTES = 50_000
MAX_TEASERS = 8

# (country, demonym, capital, other cities)
COUNTRIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("China", "Chinese", "Beijing", ("Shanghai", "Shenzhen", "Guangzhou")),
    ("Japan", "Japanese", "Tokyo", ("Osaka", "Yokohama")),
    ("South Korea", "South Korean", "Seoul", ("Busan", "Incheon")),
    ("North Korea", "North Korean", "Pyongyang", ()),
    ("the United States", "American", "Washington", ("New York", "Los Angeles")),
    ("Malaysia", "Malaysian", "Kuala Lumpur", ("Putrajaya", "Penang")),
    ("Singapore", "Singaporean", "Singapore", ()),
    ("India", "Indian", "New Delhi", ("Mumbai", "Bengaluru")),
    ("Pakistan", "Pakistani", "Islamabad", ("Karachi", "Lahore")),
    ("Indonesia", "Indonesian", "Jakarta", ("Surabaya",)),
    ("the Philippines", "Philippine", "Manila", ("Cebu",)),
    ("Vietnam", "Vietnamese", "Hanoi", ("Ho Chi Minh City",)),
    ("Thailand", "Thai", "Bangkok", ("Chiang Mai",)),
    ("Australia", "Australian", "Canberra", ("Sydney", "Melbourne")),
    ("Britain", "British", "London", ("Manchester",)),
    ("France", "French", "Paris", ("Marseille", "Lyon")),
    ("Germany", "German", "Berlin", ("Munich", "Hamburg")),
    ("Russia", "Russian", "Moscow", ("St Petersburg",)),
    ("Ukraine", "Ukrainian", "Kyiv", ("Kharkiv", "Odesa")),
    ("Israel", "Israeli", "Jerusalem", ("Tel Aviv",)),
    ("Iran", "Iranian", "Tehran", ("Isfahan",)),
    ("Saudi Arabia", "Saudi", "Riyadh", ("Jeddah",)),
    ("Turkey", "Turkish", "Ankara", ("Istanbul",)),
    ("Egypt", "Egyptian", "Cairo", ("Alexandria",)),
    ("Nigeria", "Nigerian", "Abuja", ("Lagos",)),
    ("South Africa", "South African", "Pretoria", ("Johannesburg", "Cape Town")),
    ("Brazil", "Brazilian", "Brasilia", ("Sao Paulo", "Rio de Janeiro")),
    ("Mexico", "Mexican", "Mexico City", ("Monterrey",)),
    ("Canada", "Canadian", "Ottawa", ("Toronto", "Vancouver")),
    ("Taiwan", "Taiwanese", "Taipei", ("Kaohsiung",)),
    ("Hong Kong", "Hong Kong", "Hong Kong", ()),
)

FIRST_NAMES = (
    "Dan",
    "Kim",
    "Yoshihide",
    "Anwar",
    "Li",
    "Wang",
    "Maria",
    "John",
    "Priya",
    "Ahmed",
    "Olena",
    "Carlos",
    "Sarah",
    "Hiroshi",
    "Nguyen",
    "Fatima",
    "Emmanuel",
    "Lucas",
    "Anna",
    "Rajesh",
    "Mei",
    "David",
    "Sophie",
    "Tomasz",
    "Aisha",
    "Jiang",
    "Min-jun",
    "Ferdinand",
)
LAST_NAMES = (
    "Caine",
    "Myung-soo",
    "Yoshida",
    "Ibrahim",
    "Qiang",
    "Yi",
    "Santos",
    "Miller",
    "Sharma",
    "Hassan",
    "Kovalenko",
    "Mendes",
    "Thompson",
    "Tanaka",
    "Van Thanh",
    "Khan",
    "Okafor",
    "Silva",
    "Schmidt",
    "Patel",
    "Chen",
    "Cohen",
    "Laurent",
    "Nowak",
    "Bello",
    "Bin",
    "Park",
    "Marcos",
)
ROLES = (
    "Prime Minister",
    "President",
    "Foreign Minister",
    "Defence Minister",
    "General",
    "Admiral",
    "spokesman",
    "spokeswoman",
    "finance minister",
    "chief executive",
    "opposition leader",
    "ambassador",
    "police chief",
    "central bank governor",
)
ORGS = (
    "the United Nations",
    "Nato",
    "the World Health Organization",
    "the European Union",
    "the International Monetary Fund",
    "the World Bank",
    "the Education Bureau",
    "the defence ministry",
    "the foreign ministry",
    "the central bank",
    "the Supreme Court",
    "the University of Hong Kong",
    "Asean",
    "the Red Cross",
    "the World Trade Organization",
)
SOURCES = (
    "South China Morning Post",
    "The Standard",
    "Reuters",
    "Associated Press",
    "The Guardian",
    "Al Jazeera",
    "BBC News",
    "Nikkei Asia",
    "The Straits Times",
    "Bloomberg",
    "CNA",
    "The Japan Times",
    "Korea JoongAng Daily",
    "Bangkok Post",
    "The Hindu",
)
CREDITS = ("AFP", "Reuters", "AP", "EPA-EFE", "Bloomberg", "Xinhua", "Kyodo", "Getty Images")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
TOPICS = (
    "trade tariffs",
    "military exercises",
    "a corruption inquiry",
    "flood relief",
    "an election campaign",
    "interest rates",
    "a border dispute",
    "energy prices",
    "a cyberattack",
    "housing costs",
    "a ceasefire proposal",
    "vaccine supplies",
    "fishing rights",
    "a rail project",
    "youth unemployment",
    "a data privacy law",
)
VERBS = ("warned", "said", "announced", "denied", "confirmed", "argued", "insisted", "added")
NOUNS = ("troops", "people", "households", "companies", "vessels", "students", "workers")
EVENTS = ("press conference", "summit", "briefing", "forum", "parliamentary hearing")
BOILERPLATE_BLOCKS = (
    ("Advertisement",),
    ("Hashtags",),
    ("Try Our AI Features", "Explore what Daily8 AI can do for you:"),
    ("Comments", "No comments yet..."),
    ("Share this article", "Facebook", "X", "WhatsApp", "Copy link"),
    ("Subscribe to our newsletter", "Sign up"),
    ("Most Popular",),
    ("Read more",),
)
CLAUSES = (
    "the government would review {topic} before the end of {month}",
    "talks with {country} on {topic} had made little progress",
    "{org} had been asked to send observers to {city}",
    "{number} {noun} had been affected since {month}",
    "the two sides would meet again in {city} next week",
    "there was no evidence to support the allegations made by {country}",
    "the measures were needed to protect {demonym} {noun}",
    "{org} should play a bigger role in resolving the dispute",
)


def _sentence(rng: random.Random) -> str:
    c1, c2 = rng.sample(COUNTRIES, 2)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    fields = {
        "topic": rng.choice(TOPICS),
        "month": rng.choice(MONTHS),
        "country": c2[0],
        "org": rng.choice(ORGS),
        "city": rng.choice((c1[2], *c1[3])),
        "number": f"{rng.randint(2, 90_000):,}",
        "noun": rng.choice(NOUNS),
        "demonym": c1[1],
    }
    clause = rng.choice(CLAUSES).format(**fields)
    kind = rng.randrange(7)
    if kind == 0:
        text = (
            f"{first} {last}, the {c1[1]} {rng.choice(ROLES)}, {rng.choice(VERBS)} on "
            f"{rng.choice(WEEKDAYS)} that {clause}."
        )
    elif kind == 1:
        text = (
            f"'We will not accept any attempt to change the status quo on {fields['topic']},' "
            f"{last} said at a {rng.choice(EVENTS)} in {fields['city']}."
        )
    elif kind == 2:
        text = (
            f"{fields['org'][0].upper()}{fields['org'][1:]} {rng.choice(VERBS)} that {clause}, "
            f"according to a statement released in {c1[2]} on {rng.choice(WEEKDAYS)}."
        )
    elif kind == 3:
        text = (
            f"The dispute over {fields['topic']} has strained ties between {c1[0]} and "
            f"{c2[0]}, which have held {rng.randint(2, 12)} rounds of talks since "
            f"{rng.randint(2015, 2025)}."
        )
    elif kind == 4:
        text = (
            f"Analysts in {fields['city']} said {clause}, while officials in {c2[2]} declined to "
            f"comment."
        )
    elif kind == 5:
        text = (
            f"{c1[1]} {rng.choice(ROLES)} {first} {last} is expected to travel to {c2[2]} in "
            f"{fields['month']} for talks on {fields['topic']}."
        )
    else:
        text = f"{first} {last} {rng.choice(VERBS)} that {clause}."
    return text[0].upper() + text[1:]


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences))


def _title(rng: random.Random) -> str:
    c1, c2 = rng.sample(COUNTRIES, 2)
    topic = rng.choice(TOPICS)
    patterns = (
        f"{c1[0]} calls for closer ties with {c2[0]} amid ‘unprecedented' row over {topic}",
        f"{c1[1]} {rng.choice(ROLES)} {rng.choice(LAST_NAMES)} in hospital, office says",
        f"{c1[0]} and {c2[0]} trade barbs over {topic}",
        f"{rng.choice(ORGS)} warns over {topic} in {c1[0]}",
        f"Why {topic} could test {c1[0]}'s patience with {c2[0]}",
    )
    title = rng.choice(patterns)
    return title[0].upper() + title[1:]


def _caption(rng: random.Random) -> str:
    country = rng.choice(COUNTRIES)
    person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2023, 2025)}"
    credit = rng.choice(CREDITS)
    where = f"{rng.choice((country[2], *country[3]))}, {country[0].removeprefix('the ')}"
    if rng.random() < 0.5:
        event = rng.choice(EVENTS)
        return f"{person} speaks during a {event} in {where} on {date}. Photo: {credit}"
    return f"{person} holds a {rng.choice(EVENTS)} at {where} {date}. ({credit})"


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    """One page: its raw text plus what the generator put in it (for the tagger bench)."""

    url: str
    fetched_at: datetime
    source: str
    text: str
    articles: tuple[GeneratedArticle, ...]

    def envelope(self) -> bytes:
        """The page as scrapers publish it to ``pages.raw``."""
        return orjson.dumps(
            {
                "url": self.url,
                "fetched_at": self.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "source": self.source,
                "text": self.text,
            }
        )

    @property
    def size(self) -> int:
        return len(self.text.encode())


def _target_size(rng: random.Random) -> int:
    # Log-normal around ~8 KB, clipped to the 1–50 KB range real pages fall in.
    size = int(math.exp(rng.gauss(math.log(8_000), 0.9)))
    return max(MIN_PAGE_BYTES + 200, min(MAX_PAGE_BYTES - 1_500, size))


def _lead_lines(rng: random.Random, budget: int) -> tuple[list[str], str]:
    """Lead body lines: paragraphs, some broken at a link, captions and ad lines between."""
    lines: list[str] = []
    paragraphs: list[str] = []
    used = 0
    while used < budget or not paragraphs:
        paragraph = _paragraph(rng, rng.randint(1, 4))
        paragraphs.append(paragraph)
        roll = rng.random()
        if roll < 0.15 and " and " in paragraph:
            # A line broken where the scraper met a link, as in the seed page.
            head, tail = paragraph.split(" and ", 1)
            lines.extend((head + " and", tail))
        else:
            lines.append(paragraph)
        if roll > 0.85:
            lines.append(_caption(rng))
        elif roll > 0.75:
            lines.append("Advertisement")
        used += len(paragraph) + 1
    return lines, "\n\n".join(paragraphs)


def _teaser(rng: random.Random, hours: int) -> tuple[list[str], GeneratedArticle]:
    source = rng.choice(SOURCES)
    title = _title(rng)
    body = _paragraph(rng, rng.randint(2, 9))
    stamp = f"{hours} hours ago" if hours > 1 else rng.choice(("1 hour ago", "45 minutes ago"))
    lines = ["", "", source, stamp, f"- {source}", title]
    if rng.random() < 0.1:
        lines.append(_caption(rng))
    lines.append(body)
    return lines, GeneratedArticle(title, body)


def generate_page(rng: random.Random, index: int, seed: int) -> GeneratedPage:
    target = _target_size(rng)
    teaser_count = rng.randint(0, MAX_TEASERS)
    teaser_lines: list[str] = []
    teasers: list[GeneratedArticle] = []
    hours = rng.randint(1, 3)
    for _ in range(teaser_count):
        lines, article = _teaser(rng, hours)
        if sum(map(len, teaser_lines)) + sum(map(len, lines)) > target * 0.7 and teasers:
            break
        teaser_lines.extend(lines)
        teasers.append(article)
        hours += rng.randint(0, 3)

    title = _title(rng)
    boilerplate = [
        line for block in rng.sample(BOILERPLATE_BLOCKS, rng.randint(1, 4)) for line in block
    ]
    lead_budget = max(500, target - sum(len(line) + 1 for line in teaser_lines) - 300)
    while True:
        body_lines, lead_body = _lead_lines(rng, lead_budget)
        lines = [title, *body_lines, *boilerplate]
        if teasers:
            lines.extend(("", "Related Articles"))
        lines.extend(teaser_lines)
        text = "\n".join(lines) + "\n"
        excess = len(text.encode()) - MAX_PAGE_BYTES
        if excess <= 0:
            break
        lead_budget -= excess + 500

    fetched_at = datetime(2025, 6, 2, 8, 0, tzinfo=UTC) + timedelta(minutes=index)
    return GeneratedPage(
        url=f"https://news.example/bench/{seed}/{index}",
        fetched_at=fetched_at,
        source="bench",
        text=text,
        articles=(GeneratedArticle(title, lead_body), *teasers),
    )


def generate(count: int, seed: int = 0, start: int = 0) -> list[GeneratedPage]:
    """Pages ``start`` .. ``start + count - 1``; the same for the same seed."""
    return list(iter_pages(count, seed, start))


def iter_pages(count: int, seed: int = 0, start: int = 0) -> Iterator[GeneratedPage]:
    # Each page has its own generator, so any range of pages can be made alone (in parallel).
    for index in range(start, start + count):
        yield generate_page(random.Random(f"pagewire-bench/{seed}/{index}"), index, seed)


def total_bytes(pages: Sequence[GeneratedPage]) -> int:
    return sum(page.size for page in pages)
