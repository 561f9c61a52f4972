"""split_lines: what a single line of a page is, from its text alone.

Each predicate reads one line (no neighbours, no page): a name-like line (a short Title
Case line without sentence punctuation: a publisher, an author, a section), a source name
or brand, a title-like line (a few words, not ending like a sentence), prose (a sentence:
long or ending with punctuation), a byline ("By Jane Doe", "Written By: PTI", staff
credits, authors in places), a meta line ("Reuters · 4 hours ago") and a titled one, a
person's name, a news agency's name (the gazetteer's agencies), an author's note ("… is a
senior fellow at …"). Signals: word counts, capitalisation, punctuation, regular
expressions, ``streams.timestamps`` for the stamps inside meta lines. The hot ones are
cached per line text (``_CACHE_LINES``).
"""

import re
from functools import lru_cache

from streams.boilerplate import (
    _ui_words,
    addresses_reader,
    author_roles,
    classify,
    is_section_name,
    join_words,
    reports_speech,
    speaks_of_site,
    word_sections,
)
from streams.captions import agency_words, credits_a_picture, is_agency
from streams.data_files import line_sections
from streams.gazetteer import get_gazetteer
from streams.name_data import without_accents
from streams.scan import CONNECTORS, opens_with_brand
from streams.timestamps import (
    find_time,
    glued_stamp_parts,
    is_bare_minutes,
    is_clock_only,
    is_dated,
    is_labelled_stamp,
    is_relative_age,
    is_stamp_label,
    is_update_stamp,
    opens_on_section_preposition,
    opens_section_name,
)

_TITLE_MIN_WORDS = 3
_TITLED_STAMP_MIN_WORDS = 5  # a headline with its stamp after it, no source between
_TITLE_MIN_CHARS = 20
_PERSON_MAX_WORDS = 3  # "Jan van Wyk": a name this short over a card is a commenter
_SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "le"})
_TITLE_MAX_WORDS = 40
_TITLE_MAX_CHARS = 300
_GUILLEMET_OPEN = "»›"  # the German and Austrian opening quotes (»…«, ›…‹)
_HEADLINE_MAX_WORDS = 16  # a question or quote-ended line this short is a headline
_STORY_NAMES = 2  # names inside a sentence of a story (a person's, a place's, a day's)
_NAME_MAX_WORDS = 6
_NAME_MAX_CHARS = 50
_CACHE_LINES = 8192
_SHORT_NAME_WORDS = 4
_ACRONYM_MAX_CHARS = 5
_HEADING_WORDS = frozenset(
    {"in", "on", "from", "more", "about", "for", "at", "with", "by", "im", "aus", "mehr", "von",
     "zum", "zur", "en", "dans", "plus", "sur", "más", "sobre", "con", "em",
     "latest", "next", "trending", "recent", "all", "alle", "tous", "toutes", "todas", "todos",
     "tutte", "tutti"}  # (a list's heading: "Latest Local News", "All News")
)  # fmt: skip
_BRAND_MAX_CHARS = 15
_PROSE_MIN_WORDS = 6
_PROSE_ANY_WORDS = 25
_SENTENCE_END = frozenset(".!?…\"'”’»)")
_CLOSING_QUOTES = "\"”’»“'"  # (“ closes a German quote: „…“)
_QUOTED_SENTENCE_END = frozenset(".!?")  # a sentence's end inside closing quotes
_TITLE_BAD_END = frozenset(".,;:/")  # ("Ciudad de México /": a dateline over its date)
_CURRENCY_SIGNS = frozenset("£$€¥₹")
_INITIALISM_TAIL = 40  # the end of a line an initialism is looked for in
_INITIALISM_END = re.compile(r"(?<![^\s(])(?:[A-Z]\.){2,}$")  # "… in southwestern N.S."
# one word with a capital inside after a whole word ("HarbourWatch", not "McKenzie",
# "MacLeod", "DeSantis"), or a word and a number ("Bay24"): a brand, never a person's name
_COINED_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]+$|[A-Z][A-Za-z]{2,}\d{1,3}$")
_GLUED_LABEL = re.compile(r"^[^\W\d_]+:[^\W\d_]")  # "Topic:Agricultural Crops": a field
# a masthead's weather: a place of four words at most and its temperature(s), nothing else
# ("Berlin 4 °C", "Lisboa 27°", "New York 12°C / 54°F", "Frankfurt am Main 9 °C")
_TEMPERATURE = r"[-−]?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]?"
_WEATHER_LINE = re.compile(
    rf"^((?:[^\W\d_][\w.'’-]*\s+){{0,4}}){_TEMPERATURE}(?:\s*[/|·]\s*{_TEMPERATURE})?$"
)
# the lower-case words a place's name holds ("Rio de Janeiro", "Frankfurt am Main", "Mar
# del Plata", "Vila do Conde"); any other lower-case word is a headline's ("Death Valley
# hits 54°C", "Brandenburg meldet 41,2 °C")
_PLACE_PARTICLES = frozenset(
    {"de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "el", "los",
     "las", "am", "an", "im", "der", "sur", "sul", "upon", "on", "en"}
)  # fmt: skip
# a sentence ended inside the line by a lower-case word (not "St. Louis", "Gov. Hobbs"): of
# four letters at least, so no abbreviation ends it ("approx. Ten"), unlike _INNER_STOP
_INNER_SENTENCE = re.compile(r"(?<![\w.])[a-zà-ÿ]{4,}[.!?] [A-ZÀ-Þ]")
# a sentence closing on a word of three letters or more, not an initial ("U.S."): a line
# with two of them inside is three sentences, a bio or a summary ("Corresponsal en
# Bruselas. Antes fue redactora … Licenciada …"), however many of its words have capitals
_SENTENCE_BREAK = re.compile(r"\w{3}[.!?] [A-ZÀ-Þ¿¡]")
_TITLE_CASE_MAX_BREAKS = 1  # "I Replaced Our Cron Jobs With a Queue. Here’s What Broke."
_QUALIFIED_NAME = re.compile(r"(.+) \([A-Z][a-z]+(?: [A-Z][a-z]+)?\)$")
_ELIDED_CAPITAL = re.compile(r"[a-z]{1,4}['’][A-ZÀ-Þ]")
_NAME_BAD = re.compile(r"[.!?:;,\"“”()\[\]|]")
# two-letter abbreviations printed with a dot inside names ("Go. Now" is two sentences)
_NAME_ABBREVIATIONS = ("St", "Dr", "Mr", "Ms", "Jr", "Sr", "Mt", "Ft")
# a dot inside a name, where no sentence ends: an initial glued to the next capital
# ("Diário de S.Rafael"), an initial before a surname or another initial ("J. Brandt",
# "A. B. Cole", "Manuel V. Gómez": accented letters too), or a listed abbreviation before a
# capital ("St. Brendan Evening Herald")
_INITIAL_DOT = re.compile(
    r"(?<![\w.])(?:[A-ZÀ-Þ]\.(?=[A-ZÀ-Þ]| [A-ZÀ-Þ][a-zà-ÿ]| [A-ZÀ-Þ]\.)|"
    rf"(?:{'|'.join(_NAME_ABBREVIATIONS)})\.(?= ?[A-Z]))"
)
# ("i": Catalan "and" between surnames, "Serra i Mas"; a paper's "The i Daily")
_NAME_LOWER_WORDS = frozenset(
    {"of", "the", "and", "for", "de", "la", "le", "du", "des", "der", "die", "das", "del",
     "di", "da", "do", "on", "at", "in", "&", "y", "e", "et", "und", "della", "delle", "dello",
     "degli", "dei", "dos", "van", "von", "i"}
)  # fmt: skip
# a publisher's name printed with a lower-case article: "la Gazzetta", "het Dagblad"
_NAME_ARTICLES = frozenset({"la", "le", "les", "il", "lo", "el", "los", "las", "het", "de"})
_DOMAIN = re.compile(
    r"^(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,20}){0,2}\.[a-z]{2,6}$", re.IGNORECASE
)
_META_SEPARATORS = re.compile(r" [·•|/–—-] | ?[·•|] ?")
# a link's date after a comma, all figures, ending the line: "Title, 28.11.2026"
_COMMA_NUMERIC_DATE = re.compile(r", (\d{1,2}\.\d{1,2}\.\d{4})$")
_BYLINE = re.compile(
    r"^(?:by|story by|story von|written by|words by|reported by|von|geschichte von|ein artikel von|"
    # (a portal's "Story by" in its other languages: "Historia de Europa Press")
    # (the rest of the line a name of two to five words, capitalised or a name's particle, or
    # an agency's initials: "Storia di una fabbrica", "Histoire de France : …", "Verhaal van
    # Nederland" are headlines)
    r"(?:histoire de|historia de|história de|storia di|verhaal van)"
    r"(?= (?-i:[A-ZÀ-Þ][\w.'-]*(?: (?:[A-ZÀ-Þ][\w.'-]*|(?:de|da|do|dos|das|van|von|der|den|di|"
    r"del|della|la|le|du)(?= ))){1,4}$|[A-Z]{2,6}$))|"
    r"text von|par|por|di|door|texto|autor|auteur|author|"
    r"(?:aus|from|de|desde|da) \S+ (?:berichtet|berichten|reports|reporting)|"
    # "Un texte de Marie Dupont" (a name: "Un colectivo de la línea 60 …" is a caption)
    r"(?:ein|eine|a|an|une|un|una) \S+ (?:von|by|par|por|de)(?= (?-i:[A-ZÀ-Þ]))|"
    r"(?-i:[A-Z][a-z]{3,15}(?<!ed)) by)(?: ?: ?| )"  # "Analysis by Nic Robertson, CNN"
    r"[A-ZÀ-Þ]",
    re.IGNORECASE,
)
_BYLINE_MAX_WORDS = 12
# "Article rédigé par franceinfo - Radio France", "Escrito por …", "Verfasst von …": a credit
# when a name or two follow (``_written_by``)
_WRITTEN_BY = re.compile(
    r"^(?:(?:(?:article|texte) )?(?:rédigé|écrit|escrito|redactado|scritto|verfasst|geschreven) "
    r"(?:par|por|da|von|door)|fact[- ]checked by) (?P<credit>.{2,60})$",  # (the checker's too)
    re.IGNORECASE,
)
_CREDIT_PART_MAX_WORDS = 4
_AUTHOR_PLACE_MAX_WORDS = 6
_AUTHORS_IN_PLACES_MAX_WORDS = 16
_AUTHOR_AND = re.compile(r", | [·|] ")
_BIO = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Dr|Prof|Herr|Frau|M|Mme)\.? )?(?P<name>[A-ZÀ-Þ][\w'’-]*"
    r"(?: [A-ZÀ-Þ][\w'’-]*){0,2}) (?:is|was|ist|war|est|était|es|fue|covers|writes|reports"
    r"|reported from) "  # (a wire's note under the text: "Funk reported from Omaha.")
)
_BIO_MAX_WORDS = 30
_WRITER_NOTE = re.compile(r"^The (?:writer|author)s? (?:is|are|was|were) ")
_BIO_VERBS = frozenset(
    {"is", "was", "ist", "war", "est", "était", "es", "fue", "covers", "writes", "reports"}
)
_BIO_VERB_AT = 4  # the verb follows a name of at most three words and an honorific
_BIO_ROLE_WORDS = 6  # words after "is" that say what the author is
_QUOTES = frozenset('"“”„«»')
_WORD_RUNS = re.compile(r"[^\W\d_]+")
_NEWSROOMS = frozenset(
    {"redaktion", "rédaction", "redacción", "redação", "redacção", "redazione", "redactie"}
)
_STAFF_WORDS = _NEWSROOMS | {"staff", "staffers", "desk", "newsroom", "bureau"}
# "Staff Reporter": a newsroom's credit shaped like an outlet's name (not "Staff Picks")
_STAFF_ROLES = frozenset({"reporter", "reporters", "writer", "writers", "correspondent"})
_STAFF_MAX_WORDS = 4  # spaces: a credit line has at most four words
_STAFF_LEAD_WORDS = 3  # "Redacción Valencia": a newsroom word first, then a place
_RUN_MAX_WORDS = 10  # lines of a link list / widget inside a body
_META_TAIL_WORDS = 5  # a note after the stamp of a meta line: "• aus DER BLICK 3/2026"
_TITLE_CASE_MAX_WORDS = 20
_TITLE_CASE_LONG = 4  # words of this many characters are capitalised in Title Case
_TITLE_CASE_MIN_LONG = 5
_TITLE_CASE_SHARE = 0.85
_TITLE_CASE_MAX_LOWER = 3  # lower-case long words a Title Case line of 20 words can have
_KICKER_PARTS = 2  # "Section | fly-title"; more pipes make a menu
_LABEL_SEPARATOR = re.compile(r"\||\s[›»>]\s")
_AGE_WORDS = 3  # "5 months ago"


def _words(line: str) -> int:
    return line.count(" ") + 1


def _undotted(match: re.Match[str]) -> str:
    return match[0][:-1]


@lru_cache(maxsize=_CACHE_LINES)
def _is_name(line: str) -> bool:
    """A publisher or author as printed: short, Title Case, no sentence punctuation.

    Cached: the stages ask about the same short lines many times a page."""
    if not line or len(line) > _NAME_MAX_CHARS:
        return False
    if not (line[0].isupper() or line[0].isdigit()) and not _article_outlet(line):
        return False
    line = _unqualified(line)
    words = line.split()
    if len(words) > _NAME_MAX_WORDS or _NAME_BAD.search(
        _INITIAL_DOT.sub(_undotted, line) if "." in line else line
    ):
        return False
    lower = sum(
        1
        for word in words
        if not (
            word[0].isupper()
            or word[0].isdigit()
            or word.casefold() in _NAME_LOWER_WORDS
            or _ELIDED_CAPITAL.match(word)  # "Le Courrier de l'Ouest", "Cassa dell'Umbria"
        )
    )
    # "FOCUS online": one lower-case word next to an upper-case brand word; not what an
    # author is next to their beat's acronym ("Senior NFL reporter", "NHS correspondent")
    return lower == 0 or (
        lower == 1
        and len(words) <= 3
        and any(len(w) > 1 and w.isupper() for w in words)
        and author_roles().isdisjoint(w for w in words if w.islower())
    )


def _word_in_place(line: str) -> bool:
    """An entry headline shaped like a name: one word, a lower-case preposition, a place or
    state ("Bundeswehr in Bereitschaft", "Rust in Transvaal"). A person's name has two
    capitalised words before a preposition ("Luke Harding in Kyiv") and a name's particle
    is no preposition ("Ludwig van Beethoven")."""
    words = line.split()
    return len(words) >= 3 and words[1].islower() and words[1] not in CONNECTORS


def _unqualified(name: str) -> str:
    """The name without the place or edition in brackets after it: "Bay Radio (North)"."""
    if name[-1] == ")" and (qualified := _QUALIFIED_NAME.match(name)):
        return qualified[1]
    return name


def _article_outlet(line: str) -> bool:
    """ "la Gazzetta Portuale", "het Dagblad": a lower-case article before a word that names
    an outlet (not "de Brasília": a place after a particle)."""
    article, _, rest = line.partition(" ")
    return article in _NAME_ARTICLES and rest.split(" ", 1)[0].casefold() in _outlet_words()


def _article_name(part: str) -> bool:
    """ "le Courrier Bleu" as a meta line's source ("… · 3 h", "Title - le Courrier Bleu -
    3 h"): a name after a lower-case article, where the line's shape says a publisher is
    printed."""
    article, _, rest = part.partition(" ")
    return article in _NAME_ARTICLES and rest[:1].isupper() and _is_name(rest)


def _is_domain(line: str) -> bool:
    """A site's domain alone ("reuters.com", "NU.nl"); the dot tested first, before the
    pattern."""
    return "." in line and _DOMAIN.match(line) is not None


def _domain_name(line: str) -> bool:
    """A site's domain with a channel's name after it ("WEB.DE Ratgeber", "t3n.de Magazin"):
    a portal's own channel printed as a card's publisher (``_is_name`` refuses the dot)."""
    domain, _, rest = line.partition(" ")
    return _is_domain(domain) and _is_name(rest)


def _is_source_name(line: str) -> bool:
    """A card's source line: a name, one short lower-case brand ("ntv", "dpa"), or a domain
    ("reuters.com"); a number ("1 day | 44": a comment count) is none."""
    return not line.isdigit() and (
        _is_name(line)
        or (
            bool(line)
            and " " not in line
            and len(line) <= _BRAND_MAX_CHARS
            and line.replace("-", "").isalnum()  # ("t-online")
        )
        or _is_domain(line)
        or _article_brand(line)  # "la Repubblica", "de Volkskrant"
    )


def _article_brand(line: str) -> bool:
    """ "la Repubblica", "il Fatto Quotidiano", "de Volkskrant": a name after a lower-case
    article. Not a place ("de Brasília"); after "de", also a preposition ("… de Vila
    Serena"), one word only ("de Telegraaf")."""
    article, _, rest = line.partition(" ")
    return _article_name(line) and not (article == "de" and " " in rest) and not _place_line(rest)


def lower_brand(line: str) -> bool:
    """A publisher's name set in lower case that no chip or label shares: a name after a
    lower-case article ("la Repubblica") or one word holding a digit ("t3n", "g1"); a
    lower-case word ("plus", "exklusiv", "kicker") is as often a card's chip."""
    return _article_brand(line) or (
        " " not in line
        and line.islower()
        and line[:1].isalpha()  # (not a clock: "23h48")
        and any(char.isdigit() for char in line)
        and line.isalnum()
        and len(line) <= _BRAND_MAX_CHARS
    )


def _is_place(name: str) -> bool:
    """A country, region or city the gazetteer knows ("Madrid", "NAIROBI"): a place
    printed in a header or over a card, never its publisher."""
    places = get_gazetteer()
    return name in places.places or name in places.upper_places


_REGION_CODE = re.compile(r"^[^\W\d_][\w .'-]{1,30}, [A-Z]{2,3}$")  # "Katy, TX"


def _place_line(line: str) -> bool:
    """A place over a card: "Houston", "Houston, TX", "Katy, TX" (a town and its region's
    code or name; not a headline that starts with a place: "<Place>, <Place> agree to
    …")."""
    comma = line.find(", ")
    return (
        _is_place(line)
        or bool(_REGION_CODE.match(line))
        or (comma > 0 and _is_place(line[:comma]) and _is_name(line[comma + 2 :]))
    )


def _brand(line: str) -> str | None:
    """A publisher's acronym, domain or agency name ("NOS", "NU.nl", "The Canadian Press")
    where a card prints an author's name (a one-word name may as well be a kicker or a
    place: "Unwetter", "Sevilla")."""
    acronym = _acronym(line) or _joint_agencies(line)
    domain = _is_domain(line)
    coined = _COINED_BRAND.match(line) is not None  # no person's name: "HarbourWatch", "Bay24"
    agency = not (acronym or domain or coined) and _agency_name(line)  # "The Canadian Press"
    return line if (acronym or domain or coined or agency) and not is_section_name(line) else None


def _acronym(word: str) -> bool:
    """ "NOS", "AFP": a short word in capitals."""
    return word.isupper() and word.isalpha() and len(word) <= _ACRONYM_MAX_CHARS


def _joint_agencies(line: str) -> bool:
    """ "AFP-JIJI": two agencies' acronyms joined for a story both sent, one of them known."""
    parts = line.split("-")
    return (
        len(parts) == 2  # (a pair)
        and all(_acronym(part) for part in parts)
        and any(is_agency(part) for part in parts)
    )


def _source_shape(line: str) -> bool:
    """Not a heading ("In Sport", "More from Reuters") nor a reporter at a place ("Ciarán
    Mac Aodha at Fitzgerald Stadium")."""
    heading = " " in line and _opens_on_heading_word(line)
    return not heading and " at " not in line and " in " not in line


def _title_case(line: str) -> bool:
    """A headline set in Title Case ("I Replaced Our Cron Jobs With a Queue. Here’s What
    Broke."): nearly every long word capitalised, as no sentence of prose is."""
    if line.count(" ") >= _TITLE_CASE_MAX_WORDS:
        return False
    if len(_SENTENCE_BREAK.findall(line)) > _TITLE_CASE_MAX_BREAKS:
        return False
    long_words = upper = 0
    for word in line.split():
        if len(word) >= _TITLE_CASE_LONG:
            long_words += 1
            if word[0].isupper():
                upper += 1
            elif long_words - upper > _TITLE_CASE_MAX_LOWER:
                return False  # (the quick end for a sentence of prose)
    return long_words >= _TITLE_CASE_MIN_LONG and upper >= _TITLE_CASE_SHARE * long_words


def _two_sentences(line: str) -> bool:
    """ "Another loan, another celebration. When will we stand on our own feet?": a
    sentence ends inside the line."""
    return _INNER_SENTENCE.search(line) is not None


def _is_title(line: str) -> bool:
    if not line or len(line) > _TITLE_MAX_CHARS:
        return False
    if line[-1] in _TITLE_BAD_END and not (
        line[-1] == "."
        and (
            _title_case(line)
            or (_INITIALISM_END.search(line[-_INITIALISM_TAIL:]) and not _person_note(line))
        )
    ):
        return False  # (a full stop ends a sentence, not "… from southwestern N.S.")
    first = line[0] if line[0] != "+" else line.lstrip("+ ")[:1]  # "+++ Ticker +++"
    if first in "([" and (close := line.find(")" if first == "(" else "]")) > 0:
        first = line[close + 1 : close + 3].strip()[:1]  # "(LEAD) N. Korea fires …"
    if first == "#" and line[1:2].isalnum():
        first = line[1]  # "#EndSARS: Protesters …": a hashtag kicker glued to the headline
    if first in _CURRENCY_SIGNS and _worded_after_amount(line):
        first = line[1:2]  # "£14m flood defences …": an amount opens it (not "₹99 / month")
    if first in _GUILLEMET_OPEN and line[1:2].isalnum():
        first = line[1]  # "»Wir haben …«": the German guillemets open a quote (not "» Mehr")
    if not (first.isupper() or first.isdigit() or first in "'\"‘“«„‚¿¡" or opens_with_brand(line)):
        return False
    if _GLUED_LABEL.match(line) or "://" in line:
        # a label glued to its value ("Topic:Agricultural Crops") or a link printed out
        # ("AP NFL: https://apnews.com/hub/nfl"), not a headline
        return False
    if (
        ("|" in line or " › " in line or " » " in line or " > " in line) and _is_label_pair(line)
    ) or (" · " in line and _counts_line(line)):
        # "News | Sport | What's On": a menu; "Middle East & Africa | Tea": a kicker;
        # "142K followers · 3,218 stories": a profile's counts
        return False
    words = _words(line)
    return (
        (words >= _TITLE_MIN_WORDS or len(line) >= _TITLE_MIN_CHARS)
        and words <= _TITLE_MAX_WORDS
        and not (words <= _PERSON_MAX_WORDS and _is_person(line))
        and _credit_phrase(line) != "newsroom"  # ("The Editorial Board", "From staff reports")
    )


def _counts_line(line: str) -> bool:
    """ "142K followers · 3,218 stories", "12 articles · 4 videos": every part between the
    dots a number and the one word of what it counts (a topic's or a channel's profile
    under its name), no headline's words."""
    return all(
        len(words := part.split()) == _COUNT_WORDS and words[0][0].isdigit() and words[1].isalpha()
        for part in line.split(" · ")
    )


_COUNT_WORDS = 2  # a number and what it counts


def _role_bylines(
    lines: tuple[str, ...],
    times: list[str | None],
    metas: list[tuple[str | None, str] | None],
    bylines: list[bool],
) -> None:
    """ "Tom Okafor, Health correspondent" ("Tom Okafor · Health correspondent") right over a
    stamp or a "Source · 3h" line is the byline printed with it
    (a card's between its summary and its stamp, a header's); elsewhere such a line is a
    quote's attribution in a text ("Fionnuala Walsh, Property Week editor" / paragraph) or
    a notice's title ("Noreen Daly, retired journalist" / sentence): no byline. So is
    "Interview: Beat Kälin" (``_interview_credit``) between a standfirst and the stamp, who
    asked the questions; a card's title over its summary ("Interview: Thomas Müller" /
    sentence / stamp), or over its stamp alone, names the one interviewed."""
    for index in range(len(lines) - 1):
        if times[index + 1] is None and metas[index + 1] is None:
            continue
        if (_AUTHOR_ROLE_MARK.search(lines[index]) and _author_and_role(lines[index])) or (
            index > 0 and _interview_credit(lines[index]) and _is_prose(lines[index - 1])
        ):
            bylines[index] = True


_AUTHOR_ROLE_MARK = re.compile(r", | · ")  # between an author's name and role


def _author_and_role(line: str) -> bool:
    """ "Tom Okafor, Health correspondent": an author's name and their newsroom role (a
    card's byline between its summary and its stamp), not a headline: the part after the
    comma is a short role, no clause ("Kim Lee, reporter who exposed …, dies" is a
    headline), and one only a newsroom's writers have (not a quoted expert's "Sarah
    Quinlan, housing economist", nor a death notice's "Noreen Daly, local historian"); the
    mark between them a comma or a middle dot ("Tom Okafor · Health correspondent")."""
    name, *rest = _AUTHOR_ROLE_MARK.split(line)
    role = rest[0] if len(rest) == 1 else ""  # (one mark: a name and its role)
    return (
        bool(role)
        and _words(role) <= _AUTHOR_ROLE_MAX_WORDS
        and role[-1] not in _SENTENCE_END
        and _QUOTES.isdisjoint(role)
        and not any(char.isdigit() for char in role)
        and _person_name(name)
        and not _newsroom_roles().isdisjoint(_WORD_RUNS.findall(role.casefold()))
    )


@lru_cache(maxsize=1)
def _newsroom_roles() -> frozenset[str]:
    """What only a newsroom's writers are ("correspondent", "Redakteurin"):
    ``data/author_roles.txt`` [newsroom]; a quoted expert's role ("housing economist",
    "local historian") makes no byline."""
    return frozenset(word_sections("author_roles.txt")["newsroom"])


_AUTHOR_ROLE_MAX_WORDS = 3  # "Health correspondent", "Chief political correspondent"


def _person_note(line: str) -> bool:
    """ "Carol MacInnis is a retired nurse in Kingston, N.S.": a full name, then "is a" (or
    its translations), a sentence on who a person is (an opinion card's note on its author
    over its stamp), no headline even where it ends in initials."""
    match = _BIO.match(line)
    return (
        match is not None
        and " " in match["name"]
        and _person_name(match["name"])
        and line[match.end() :].split(" ", 1)[0].casefold() in _NOTE_ARTICLES
    )


_NOTE_ARTICLES = frozenset({"a", "an", "un", "une", "ein", "eine", "una", "uno"})  # "is a …"


def _worded_after_amount(line: str) -> bool:
    """A headline's words after the amount that opens the line ("£14m flood defences for
    Skipton …"), not a price's unit ("₹99 / month", "$4.99 per week")."""
    return sum(1 for word in line.split()[1:] if word[0].isalpha()) > _TITLE_MIN_WORDS


def _weather_line(line: str) -> bool:
    """A masthead's weather: a place and its temperature ("Berlin 4 °C", "12°"): each word
    of the place capitalised or a place name's particle, no headline's verb."""
    if "°" not in line or (weather := _WEATHER_LINE.match(line)) is None:
        return False
    return all(word[0].isupper() or word in _PLACE_PARTICLES for word in weather[1].split())


def _is_person(line: str) -> bool:
    """A first name and a surname ("Jan van Wyk" over a reader's comment): not a headline."""
    words = line.split()
    return (
        len(words) > 1
        and words[0] in get_gazetteer().first_names
        and words[-1][0].isupper()
        and all(word[0].isupper() or word in _SURNAME_PARTICLES for word in words[1:-1])
    )


_COMMENTER = re.compile(r"^[A-ZÀ-Þ][\w'’-]+ [A-ZÀ-Þ]\.$")


def _commenter(line: str) -> bool:
    """A reader's display name, a first name and an initial ("Kiprotich M."): over a stamp,
    it heads a comment, not a card."""
    return bool(line) and _COMMENTER.match(line) is not None


def _is_label_pair(line: str) -> bool:
    """Labels joined by pipes or arrows: a menu, a breadcrumb ("Home › World › Europe"), or
    a section and fly-title kicker ("Middle East & Africa | Kenya’s tea industry")."""
    parts = _LABEL_SEPARATOR.split(line)
    return len(parts) > _KICKER_PARTS or (
        len(parts) == _KICKER_PARTS
        and all(part.strip().count(" ") < _SHORT_NAME_WORDS for part in parts)
    )


@lru_cache(maxsize=_CACHE_LINES)
def _is_prose(line: str) -> bool:
    """A sentence: long, or ending with punctuation (not a Title Case headline). Cached: the
    stages ask about the same lines many times a page."""
    words = _words(line)
    return words >= _PROSE_ANY_WORDS or (
        words >= _PROSE_MIN_WORDS
        and (line[-1] in _SENTENCE_END or _german_quote_closing(line))
        and not (line[-1] == "." and _title_case(line))
    )


def _german_quote_closing(line: str) -> bool:
    """The line ends on a German closing quote after a sentence's end ('… mit Herz.“'); a
    headline quoting someone closes one with no full stop ('Interview: „Wir haben …“')."""
    return line[-1] == "“" and _last_mark(line) in _QUOTED_SENTENCE_END


def _last_mark(line: str) -> str:
    """The line's last character inside any closing quotes ('… in a decade."': "."); empty
    for a line of nothing but closing quotes."""
    return line.rstrip(_CLOSING_QUOTES)[-1:]


def _brief_sentence(line: str) -> bool:
    """A summary of one sentence too short for prose ("The keeper stays until 2031."): a
    few words and a full stop, no Title Case headline."""
    return (
        bool(line)
        and _TITLE_MIN_WORDS <= _words(line) < _PROSE_MIN_WORDS
        and line[-1] == "."
        and not _title_case(line)
    )


@lru_cache(maxsize=_CACHE_LINES)
def _is_byline(line: str) -> bool:
    """ "By Jane Doe", a staff credit, an author and place, a newsroom with an agency. Cached
    (sites print the same author and credit lines on every page)."""
    words = _words(line)
    if words > _AUTHORS_IN_PLACES_MAX_WORDS:
        return False  # (the quick test: no byline form is that long)
    return (
        (words <= _BYLINE_MAX_WORDS and bool(_BYLINE.match(line)))
        or _written_by(line)
        or _is_staff_credit(line)
        or _author_and_place(line)
        or _with_agency(line)
        or _desk_byline(line)
    )


_DESK_MAX_WORDS = 3  # "ABC Wimmera", "ABC NSW"


def _desk_byline(line: str) -> bool:
    """ "ABC Wimmera / By Alexander Darling and Rachel Clayton": the desk or regional newsroom
    that filed the story, a slash, and the byline itself (opening on its label)."""
    desk, slash, byline = line.partition(" / ")
    return (
        bool(slash)
        and desk[:1].isupper()
        and desk.count(" ") < _DESK_MAX_WORDS
        and _BYLINE.match(byline) is not None
        and _is_byline(byline)
    )


# "Interview: Beat Kälin", "Entrevista: Ana Ruiz": a Q&A's label and who asked the questions
_INTERVIEW_CREDIT = re.compile(
    r"^(?:interview|entrevista|intervista|entretien|interviu) ?: ?(?P<names>[A-ZÀ-Þ].{2,60})$",
    re.IGNORECASE,
)
_AUTHOR_NAMES_LISTED = re.compile(r", | and ")  # authors in an English byline
_AUTHOR_NAMES_JOINED = re.compile(r", | and | und | et | y | e | & ")


def _interview_credit(line: str) -> bool:
    """ "Interview: Beat Kälin", "Interview: Anna Roth und Beat Kälin": a Q&A's label and
    names only, every part after the label a person's name of two words or more (a headline
    under the label says more: "Interview: Merz will Steuern senken"). Who the names are
    depends on the place (``_role_bylines``): over a card's summary, the one interviewed."""
    match = _INTERVIEW_CREDIT.match(line)
    return match is not None and all(
        " " in name and _person_name(name) for name in _AUTHOR_NAMES_JOINED.split(match["names"])
    )


_CREDIT_NAME_MAX_WORDS = 6  # "the readers' editor's office"
_CREDIT_CLAUSE = re.compile(r"[,:;]| [–—-] ")  # "Edited by AI: the novel that …"
_CREDIT_NAME_OPENERS = frozenset({"the", "our", "la", "le", "el", "die", "der", "il", "a", "o"})
_NEWSROOM_WORD = re.compile(r"['’]s?$")  # "editor's", "readers'"


@lru_cache(maxsize=1)
def _credit_phrases() -> tuple[
    dict[str, tuple[tuple[str, ...], ...]], frozenset[str], frozenset[str]
]:
    """``data/credit_phrases.txt``: the [by] openings (as word tuples, by first word), the
    [line] credits and the [newsroom] words."""
    sections = line_sections("credit_phrases.txt")
    openings: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sections["by"]:
        words = tuple(phrase.casefold().split())
        openings.setdefault(words[0], []).append(words)
    return (
        {first: tuple(group) for first, group in openings.items()},
        frozenset(" ".join(phrase.casefold().split()) for phrase in sections["line"]),
        frozenset(word.casefold() for line in sections["newsroom"] for word in line.split()),
    )


def names_newsroom(line: str) -> bool:
    """The line names a newsroom among its words (``data/credit_phrases.txt`` [newsroom]:
    "Politics team and agencies", "Our reporters in Kyiv"): a credit's line, what no
    standfirst says of its story."""
    return not _credit_phrases()[2].isdisjoint(_WORD_RUNS.findall(line.casefold()))


def _credit_phrase(line: str) -> str | None:
    """A credit that names no author: "Originally published by Pie de Página", "Compiled by
    the readers' editor's office", "From staff reports" (data: ``credit_phrases.txt``), its
    "by" in lower case (a Title Case headline's "By" is no credit's). What follows the opening
    is a short name (``_credited_name``) in a line of one clause: "Published by Penguin, her
    memoir sold …", "Edited by AI and nobody noticed" are a story's. "newsroom" for a credit
    to a newsroom or the wires, "name" for one to a person or a publisher, else None."""
    words = line.split()
    if not words or line[-1] in _SENTENCE_END or _CREDIT_CLAUSE.search(line):
        return None
    folded = [word.casefold() for word in words]
    openings, whole, _ = _credit_phrases()
    if " ".join(folded) in whole:
        return "newsroom"
    for opening in openings.get(folded[0], ()):
        name = words[len(opening) :]
        if (
            tuple(folded[: len(opening)]) == opening
            and all(word.islower() for word in words[1 : len(opening)])  # "Produced By Students"
            and 0 < len(name) <= _CREDIT_NAME_MAX_WORDS
        ):
            return _credited_name(name)
    return None


def _credit_under_title(lines: tuple[str, ...], index: int) -> bool:
    """A credit line (``_credit_phrase``) right under a headline: the byline's place ("Iowa
    House advances …" / "From staff reports"). Alone under a stamp or a menu it is as likely a
    headline ("Curated by the algorithm"), and so is one crediting a person or a publisher
    under a shorter line, a kicker ("War in Ukraine" / "Translated by Ann Goldstein")."""
    if index == 0 or not _is_title(lines[index - 1]):
        return False
    kind = _credit_phrase(lines[index])
    return kind == "newsroom" or (
        kind == "name" and _words(lines[index - 1]) > _words(lines[index])
    )


def _credited_name(name: list[str]) -> str | None:
    """Who a credit names: a newsroom opened by an article ("the readers' editor's office":
    a [newsroom] word; not "the Kremlin"), a name of two words or more ("Pie de Página", "Tom
    Halloway") or an agency's ("EFE"); not any capitalised word ("Translated by AI",
    "Produced by Netflix")."""
    if name[0].casefold() in _CREDIT_NAME_OPENERS:
        newsroom = _credit_phrases()[2]
        return (
            "newsroom"
            if any(_NEWSROOM_WORD.sub("", word.casefold()) in newsroom for word in name)
            else None
        )
    joined = " ".join(name)
    return "name" if _is_name(joined) and (len(name) > 1 or _agency_name(joined)) else None


def _written_by(line: str) -> bool:
    """ "Article rédigé par franceinfo - Radio France", "Escrito por María López": the words
    after the credit are a name, or two joined by " - " (a newsroom and its group), each a
    name or one word; a headline's clause is none ("Rédigé par ChatGPT, le discours …",
    "Verfasst von KI – und trotzdem ein Bestseller")."""
    match = _WRITTEN_BY.match(line)
    if match is None:
        return False
    parts = match["credit"].split(" - ")
    return len(parts) <= 2 and all(_credit_part(part) for part in parts)


def _credit_part(part: str) -> bool:
    """One side of a ``_written_by`` credit: a name ("María López", "Radio France") or one
    word ("franceinfo"), no clause."""
    words = part.split()
    return 0 < len(words) <= _CREDIT_PART_MAX_WORDS and (
        _is_name(part) or (len(words) == 1 and part.isalpha())
    )


@lru_cache(maxsize=1)
def _with_agency_pattern() -> re.Pattern[str]:
    """A newsroom's name, "with" and an agency: initials, ``data/credit_phrases.txt``'s
    [with-agencies] words (as printed) or two capitalised words. The name opens on a letter
    or a digit ("20 Minutes avec agences"), no mark or underscore."""
    words = "|".join(map(re.escape, line_sections("credit_phrases.txt")["with-agencies"]))
    return re.compile(
        rf"^(?P<name>[^\W_].{{1,40}}?),? (?:avec|with|mit|con|com) (?P<agency>[A-Z]{{2,5}}|"
        rf"{words}|[A-ZÀ-Þ][\w-]+ [A-ZÀ-Þ][\w-]+)$"
    )


def _with_agency(line: str) -> bool:
    """ "Le Quotidien de Paris avec AFP", "Staff and agencies", "Da Redação, com Agência
    Brasil": a newsroom credit with an agency (the site's own name: no source); an agency of
    two words must be a known agency's name ("Agência Brasil", not "Maria Silva")."""
    match = _with_agency_pattern().match(line)
    if match is None or not _is_name(match["name"]):
        return False
    agency = match["agency"]
    return " " not in agency or _agency_name(agency)


def _author_and_place(line: str) -> bool:
    """ "Beat Kälin, Bern", "Frances Willick · CBC News": an author's name and where they
    write from or for."""
    if " in " in line:
        return _authors_in_places(line)
    if len(line) > _NAME_MAX_CHARS or not ("," in line or "·" in line or "|" in line):
        return False
    parts = _AUTHOR_AND.split(line)
    if len(parts) != 2 or line.count(" ") > _AUTHOR_PLACE_MAX_WORDS:
        return False
    name, place = (part.strip() for part in parts)
    return (
        " " in name
        and _person_name(name)
        and bool(place)
        and _is_name(place)
        and not place[0].isdigit()
        and find_time(place) is None  # "Bay Radio (North) · Yesterday": a card's meta line
        and not credits_a_picture(line)  # "Ann Cole | Getty Images": a caption's credit
    )


def _authors_in_places(line: str) -> bool:
    """ "Alexandra Ruiz in Mexico City and Owen Walker in London": authors and where each
    writes from; one name alone opens with a known first name (a heading has its shape too:
    "Fertiggestellte Wohnungen in Bayern" over a chart, "Most Read in Sport"), several need
    none (no heading lists two "Name in Place": "Kwabena Owusu in Accra and …"); authors who
    write from one place name it once, after the last of them ("Fiona Harvey and Damian
    Carrington in Antalya", "Ann Lee, Tom Hart and Kim Roe in Rome")."""
    after = line.find(" in ") + len(" in ")
    if not line[after : after + 1].isupper() or line[-1] in _SENTENCE_END:
        return False  # (the quick test: "… in the …")
    if line.count(" ") > _AUTHORS_IN_PLACES_MAX_WORDS:
        return False
    authors = _AUTHOR_NAMES_LISTED.split(line)
    if len(authors) == 1 and line.split(" ", 1)[0] not in get_gazetteer().first_names:
        return False
    # (the last names its place; the ones before it may share it)
    return bool(authors[-1].partition(" in ")[2]) and all(
        " " in name and _person_name(name) and (not place or _is_name(place))
        for name, _, place in (author.partition(" in ") for author in authors)
    )


def _is_staff_credit(line: str) -> bool:
    """A credit to a newsroom, not a person: "Market Wire staff", "Redacción Valencia",
    "Our Bureau", "Staff Reporter"."""
    if line.count(" ") >= _STAFF_MAX_WORDS or line[-1] in ".!?:":
        return False
    words = line.casefold().split()
    return (
        words[-1] in _STAFF_WORDS
        or (len(words) <= _STAFF_LEAD_WORDS and words[0] in _NEWSROOMS)
        or (len(words) == 2 and words[0] == "staff" and words[1] in _STAFF_ROLES)
        or (len(words) == 1 and words[0] in _lone_staff_roles())  # "Contributor" under the date
    )


@lru_cache(maxsize=1)
def _lone_staff_roles() -> frozenset[str]:
    """A role printed alone in the byline's place, the site's label for who wrote it, no name:
    ``data/author_roles.txt`` [lone]."""
    return frozenset(word_sections("author_roles.txt")["lone"])


def _named(pattern: re.Pattern[str], line: str) -> str | None:
    match = pattern.match(line)
    if match is None:
        return None
    name = match["name"].strip()
    return name if _is_source_name(name) else None


def _meta(line: str) -> tuple[str | None, str] | None:
    """(source, time text) of a meta line such as "Reuters · 4 hours ago"."""
    fields = _meta_fields(line)
    if fields is None:
        return None
    source, time_text = fields
    if source is not None and _place_or_author_dated(source, time_text):
        # "Sevilla - 03 jun 2025 - 07:15 CEST", "Jane Marsh | 27.11.2026": a place or an author
        # in an article header (an agency's acronym is the source: "ANI | Updated: Nov 28,
        # 2026 17:05 IST")
        source = None
    return source, time_text


def _place_or_author_dated(source: str, time_text: str) -> bool:
    """A name before a dated stamp that reads as an article header's place or author, no
    publisher: a capitalised name, no brand's."""
    return is_dated(time_text) and _is_name(source) and not _brand(source)


def dated_meta_name(line: str) -> str | None:
    """The name ``_meta`` drops before a dated stamp ("ČT24 · včera 21:40"): in a list whose
    cards print their publishers in that slot, it is one too."""
    source, time_text = _meta_fields(line) or (None, "")
    return source if source is not None and _place_or_author_dated(source, time_text) else None


def _meta_fields(line: str) -> tuple[str | None, str] | None:
    """(the name, time text) a meta line prints, before the dated-header test."""
    parts = [part.strip() for part in _META_SEPARATORS.split(line)]
    parts = [glued for part in parts if part for glued in glued_stamp_parts(part)]
    if len(parts) < 2:
        parts = _name_comma_labelled_stamp(line) or _agency_then_stamp(line)
    if len(parts) < 2:
        return None
    time_text: str | None = None
    source: str | None = None
    medium = False  # a medium's label ("Episode", "Video"): minutes after it are its length
    for part in parts:
        stamp = find_time(part)
        if stamp is not None and time_text is not None:
            time_text = _with_later_stamp(time_text, stamp)
            if time_text is None:
                return None
        elif time_text is None and (
            stamp is not None or (source is not None and is_bare_minutes(part))
        ):  # ("Expressen · 45 min": after the source, the card's age, not a reading time)
            time_text = stamp or part
        elif time_text is None and (
            (source is None and part.casefold() in _ui_words().medium)
            or (medium and is_bare_minutes(part))
        ):  # a medium's label, no publisher, and its length: "Episode · 18 min · 4 hours ago"
            medium = True
        elif (
            _is_byline(part)
            or is_section_name(part)
            or is_stamp_label(part)
            or (source is not None and _place_line(part))
            or (time_text is not None and _section_part(part))
        ):  # (a section: "Business · 1 day ago", "Há 2 horas — Em Educação", after the stamp:
            # before it, "Em Tempo — Há 2 horas", "SUR in English · 3h" name the publisher; a
            # label: "Updated / 3 hours ago"; the story's place after its publisher: "The
            # Oregonian · Portland, OR · 2h")
            continue
        elif source is None and (
            _is_source_name(part)
            or _article_name(part)
            or _sentence_case_outlet(part)
            or _lower_case_outlet(part)
            or _publisher_desk(part)
        ):
            source = part
        elif source is None and time_text is None and _place_line(part):
            continue  # (a local feed's card prints its story's place: "Salem, OR · 3h", no name)
        elif (time_text is None or _words(part) > _META_TAIL_WORDS) and classify(part) is None:
            return None  # (a UI part, "5 min read", is neither)
        # a short note after the stamp ("aus DER BLICK 3/2026") is neither source nor title
    if time_text is None:
        return None
    return source, time_text


def _publisher_desk(part: str) -> bool:
    """ "PA Media: UK News": a publisher of two words or more and its desk, names both, the
    desk short; one name's word before the colon is a label ("Watch: Highlights"). The
    publisher ends on a word newsrooms call themselves by ("Media", "Wire") or is an
    outlet's name: a topic's kicker has the same shape ("Cost of Living: Energy", "Premier
    League: Liverpool")."""
    publisher, colon, desk = part.partition(": ")
    return (
        bool(colon)
        and " " in publisher
        and _is_name(publisher)
        and _is_name(desk)
        and _words(desk) <= _SHORT_NAME_WORDS
        and classify(publisher) is None
        and (
            publisher.rsplit(" ", 1)[-1].casefold() in _newsroom_names() or _outlet_name(publisher)
        )
    )


@lru_cache(maxsize=1)
def _newsroom_names() -> frozenset[str]:
    """The words newsrooms call themselves by, ending their name ("PA Media", "Harbour
    Wire"): the first section of data/newsroom_words.txt."""
    return frozenset(word_sections("newsroom_words.txt")[""])


def _section_part(part: str) -> bool:
    """ "Em Educação", "In Politics": a meta line's short part opening on a heading's word
    (``_HEADING_WORDS``), the card's section, not its publisher (a headline in the line is
    longer: "On the brink …")."""
    if opens_on_section_preposition(part):  # "Em Vale do Paraíba e Região": any length
        return opens_section_name(part)
    return part.count(" ") < _SHORT_NAME_WORDS and _opens_on_heading_word(part)


def _opens_on_heading_word(line: str) -> bool:
    """The line's first word is a heading's (``_HEADING_WORDS``: "In", "More", "Em")."""
    return line.partition(" ")[0].casefold() in _HEADING_WORDS


def _name_comma_labelled_stamp(line: str) -> list[str]:
    """ "AFP, publié le 10 mars 2026 à 14h12", "dpa, aktualisiert am 3. März 2026": a name and
    its stamp set apart by a comma, the stamp opening with its label (a comma before a bare
    date is a place's dateline or a sentence's), two parts; else none."""
    name, comma, stamp = line.partition(", ")
    if not comma or name.count(" ") >= _SHORT_NAME_WORDS:
        return []
    stamp = stamp.strip()
    if not is_labelled_stamp(stamp) or find_time(stamp) is None:
        return []
    return [name.strip(), stamp]


def _agency_then_stamp(line: str) -> list[str]:
    """ "Lusa 30 Nov, 2026, 10:15": a news agency's one-word name (``is_agency``) and its
    whole stamp after a space, no mark between them, two parts; else none. No sentence is
    an agency's name and a stamp alone."""
    name, space, stamp = line.partition(" ")
    if not space or not is_agency(name) or find_time(stamp) is None:
        return []
    return [name, stamp]


def _sentence_case_outlet(part: str) -> bool:
    """ "Hospodářské noviny", "Il Fatto quotidiano": a publisher's name printed in sentence
    case before a meta line's stamp: a few words, the first capitalised, a later one a
    word that means a newspaper (``_newspaper_words``: not "post", "bulletin", "stampa",
    which end labels too: "Guest post", "Comunicato stampa"), no sentence's punctuation."""
    words = part.split()
    return (
        1 < len(words) <= _SHORT_NAME_WORDS
        and words[0][0].isupper()
        and _NAME_BAD.search(part) is None
        and not _newspaper_words().isdisjoint(word.casefold() for word in words[1:])
    )


def _lower_case_outlet(part: str) -> bool:
    """ "spot on news": a publisher's name set in lower case before a meta line's stamp:
    three lower-case words, the last a word broadcasters' and agencies' names end on
    (publisher_words.txt [ending]) or one meaning a newspaper, no UI. A lower-case label
    there is one word ("live", "video"), a section's two ("tech news"), or UI ("top news")."""
    words = part.split()
    return (
        len(words) == _LOWER_OUTLET_WORDS
        and part.islower()
        and classify(part) is None
        and all(word.isalpha() for word in words)
        and (words[-1] in _outlet_endings() or words[-1] in _newspaper_words())
    )


_LOWER_OUTLET_WORDS = 3


@lru_cache(maxsize=1)
def _outlet_endings() -> frozenset[str]:
    """Last words of broadcasters' and agencies' names (``publisher_words.txt`` [ending])."""
    return frozenset(word_sections("publisher_words.txt")["ending"])


def _media_meta(line: str) -> bool:
    """A meta line opening on a medium's label ("Episode · 18 min · 4 hours ago",
    "Podcast · 2h"): a player's card closes on it, as on a publisher's line."""
    first = _META_SEPARATORS.split(line, maxsplit=1)[0].strip().casefold()
    return first in _ui_words().medium and _meta(line) is not None


def _with_later_stamp(time_text: str, stamp: str) -> str | None:
    """A meta line's time text once a second stamp follows the first; None: two stamps of
    their own, no meta line."""
    if is_clock_only(stamp) and not is_update_stamp(stamp):
        return f"{time_text} {stamp}"  # "03 jun 2025 - 07:15 CEST"
    if (is_update_stamp(time_text) and not is_update_stamp(stamp)) or is_bare_minutes(time_text):
        # "Published: … | Updated: …": the publication wins; "BBC Sounds · 18 min · 4 hours
        # ago": the minutes were the episode's length
        return stamp
    return time_text if is_update_stamp(stamp) or is_update_stamp(time_text) else None


def _titled_meta(line: str) -> tuple[str, str | None, str] | None:
    """(title, source, time text) of a one-line card: "Oil prices slip - Reuters - 2 hours
    ago", "Reuters - 2 hours ago - Oil prices slip"; or (title, None, time text) of a title
    and its stamp: "Marcos orders review of rice tariffs · 2h ago" (its source on a line of
    its own)."""
    separators = list(_META_SEPARATORS.finditer(line))
    if not separators:
        return _title_comma_date(line)
    return (
        _source_first(line, separators, stamp_last=False)
        or _title_first(line, separators)
        or _source_first(line, separators, stamp_last=True)  # (the older readings first)
    )


def _title_comma_date(line: str) -> tuple[str, None, str] | None:
    """(title, None, date) of a link that prints its story's numeric date after a comma
    ("Tarifstreit: Bahn legt neues Angebot vor, 28.11.2026"): a headline of some words, the
    date alone after it. A place's dateline ("Berlin, 28.11.2026") is too short for one."""
    dated = _COMMA_NUMERIC_DATE.search(line)
    if dated is None:
        return None
    title = line[: dated.start()].strip()
    if _words(title) < _TITLED_STAMP_MIN_WORDS or not _is_title(title):
        return None
    stamp = find_time(dated.group(1))
    return None if stamp is None else (title, None, stamp)


def _title_first(line: str, separators: list[re.Match[str]]) -> tuple[str, str | None, str] | None:
    source: str | None = None
    if len(separators) == 1:
        title = line[: separators[0].start()].strip()
        if _words(title) < _TITLED_STAMP_MIN_WORDS or not _is_title(title):
            return None  # (the quick tests first: most such lines are no card)
        if find_time(title) is not None or _date_range(line, separators[0]):
            return None  # ("Sat 28 Nov 2026 · 9:15"): a stamp, no headline
        head, _, last = title.rpartition(" ")
        if is_agency(last):  # "… an 18-Jährige dpa · vor 2 Std.": the agency's name joined
            title, source = head, last
    else:
        title = line[: separators[-2].start()].strip()
        source = line[separators[-2].end() : separators[-1].start()].strip()
        if not (
            _is_source_name(source)
            or _article_name(source)
            or _framed_name(source)
            or _initialled_name(source)
        ):
            return None
        source = _credited(source)
    stamp = find_time(line[separators[-1].end() :].strip())
    if stamp is None or _words(title) < _TITLE_MIN_WORDS or not _is_title(title):
        return None
    return title, source, stamp


def _date_range(line: str, separator: re.Match[str]) -> bool:
    """A dash between two dates, the first ending the "title" after a comma ("Turner in
    Venice, Tate Britain, 3 May 2026 – 12 November 2026"): an event's listing, its run from
    one date to the other (audit C's C-12), no headline over its stamp. A run ends on a
    date, not on an age: "Things to do this weekend, 29 November – 3 hours ago" is a card."""
    title, end = line[: separator.start()].strip(), line[separator.end() :].strip()
    return (
        separator.group().strip() in _RANGE_DASHES
        and find_time(title.rpartition(", ")[2]) is not None
        and not is_relative_age(end)
    )


_RANGE_DASHES = ("-", "–", "—")


def _framed_name(part: str) -> bool:
    """A publisher's name between a one-line card's title and its stamp with a small word
    inside that ``_is_name`` does not allow ("This is Harbour Life"; "Harbour and Home" is
    a name already): a few words, the first and the last capitalised, no figure, and every
    word in lower case a function word (not "Queues grow Longer")."""
    words = part.split()
    inner = [word for word in words[1:-1] if word.islower()]
    return (
        2 < len(words) <= _SHORT_NAME_WORDS
        and words[0][0].isupper()
        and words[-1][0].isupper()
        and all(word.isalpha() for word in words)
        and bool(inner)
        and join_words()[0].issuperset(inner)
    )


def _initialled_name(part: str) -> bool:
    """A publisher's name between a one-line card's title and its stamp that ends in an
    initialism ("City A.M.", "Washington D.C. Today" is a name already): ``_is_name`` reads
    its closing dot as a sentence's end, but no headline sits between two separators."""
    head, _, last = part.rpartition(" ")
    return bool(head) and _INITIALISM_END.match(last) is not None and _is_name(head)


def _source_first(
    line: str, separators: list[re.Match[str]], *, stamp_last: bool
) -> tuple[str, str | None, str] | None:
    """ "Upland Post — 40m ago — Snow closes the mountain pass for a second night": a
    one-line card that prints its source and stamp before its title; with ``stamp_last``,
    its source first and its stamp after its title ("Upland Post | Snow closes the pass
    for a second night | 40m ago")."""
    if len(separators) != 2:  # (asked first: most lines have another count)
        return None
    first, second = separators
    source = line[: first.start()].strip()
    middle, last = line[first.end() : second.start()].strip(), line[second.end() :].strip()
    title, stamp = (middle, find_time(last)) if stamp_last else (last, find_time(middle))
    # A stamp between a source and the rest frames that rest as the card's headline, as a
    # source does in ``_title_first``: a short one will do ("Reuters — 3h ago — Tube strike
    # ends"); with the stamp last, the middle part must read as a headline on its own.
    min_words = _TITLED_STAMP_MIN_WORDS if stamp_last else _TITLE_MIN_WORDS
    if (
        stamp is None
        or not _is_source_name(source)
        or _words(title) < min_words
        or not _is_title(title)
        or find_time(title) is not None
        or classify(title) is not None  # a UI part: "2 min read", "Lesedauer 2 Min."
        or _credit_after_stamp(title)
    ):
        return None
    return title, source, stamp


def _credit_after_stamp(part: str) -> bool:
    """A meta line's credit after its stamp, no headline: a byline ("Von Anna Schmidt") or
    a role and its holder ("Editor: Zhang Yu")."""
    label, colon, _ = part.partition(":")
    return _is_byline(part) or (bool(colon) and _names_role(label))


def _credited(name: str) -> str | None:
    """A one-line card's middle part: its publisher; in a byline, an agency's or brand's
    name ("By AFP") is one, an author's ("By Tess Arden") none."""
    byline = _BYLINE.match(name)
    if byline is None:
        return name
    credited = name[byline.end() - 1 :]
    return credited if _brand(credited) or _agency_name(credited) else None


def _names_role(text: str) -> bool:
    """A word of ``text`` is what an author is ("Rail Correspondent", "Energy analyst")."""
    return not author_roles().isdisjoint(_WORD_RUNS.findall(text.casefold()))


def _role_line(line: str) -> bool:
    """What the author is, under the byline ("Football Writer @BenGrounds"): part of it."""
    return line.count(" ") < _RUN_MAX_WORDS and line[-1] not in _SENTENCE_END and _names_role(line)


def _is_bio(line: str, authors: frozenset[str]) -> bool:
    """A note on the author ("Ms. Chen is an urban planner.", "Laura Chen is a professor of
    …"): the byline's name, or an honorific and its surname, then "is"; or a full name, then
    "is" and what an author is ("Sarah Quinlan is a housing policy researcher")."""
    if line.count(" ") >= _BIO_MAX_WORDS or not line[0].isupper():
        return False
    if _BIO_VERBS.isdisjoint(line.split(" ", _BIO_VERB_AT + 1)[1 : _BIO_VERB_AT + 1]):
        return False  # (the quick test: no "is" among its first words)
    match = _BIO.match(line)
    if match is None:  # "The writer is a public finance analyst and …"
        return _WRITER_NOTE.match(line) is not None
    if match["name"] in authors:
        return True
    if " " not in match["name"] or not _QUOTES.isdisjoint(line):
        return False
    said = _WORD_RUNS.findall(line[match.end() :].casefold())[:_BIO_ROLE_WORDS]
    return not author_roles().isdisjoint(said)


_AGENCY_NAME_MAX_WORDS = 4  # "Agência Brasil", "Agenzia Giornalistica Italia"


def _agency_name(line: str) -> bool:
    """A news agency's name on a line of its own: a name ending in a word such as "Press"
    ("The Canadian Press", "Associated Press") or starting with one ("Agencia EFE",
    "Agência Brasil"), an agency's one-word name as it spells it ("dpa", "Ritzau"), or one
    joined to a partner's by a hyphen ("Keystone-SDA", "AFP-JIJI")."""
    if " " not in line:
        return is_agency(line) or ("-" in line and any(map(is_agency, line.split("-"))))
    if _BYLINE.match(line):
        return False  # ("By AGENCY": a byline, whose name ``_agency_byline`` reads)
    words = line.split()
    return _is_name(line) and (
        words[-1].casefold() in agency_words()
        # ("Agência" → "agencia": case-folded, without its accents)
        or (
            len(words) <= _AGENCY_NAME_MAX_WORDS
            and without_accents(words[0].casefold()) in agency_words()
        )
        # (the agency's word before its adjective, after an article: "La Presse Canadienne")
        or (
            2 < len(words) <= _AGENCY_NAME_MAX_WORDS
            and words[0].casefold() in _NAME_ARTICLES
            and words[-2].casefold() in agency_words()
        )
    )


def _outlet_name(line: str) -> bool:
    """A name of two or more words with a word that names a news outlet ("The Colorado Sun"
    no, "Financial Times", "RTL Nieuws" yes): a publisher, not a section kicker or a chip
    ("All Blacks", "Cricket"), nor a newsroom's credit shaped like one ("Staff Reporter")."""
    return (
        " " in line
        and _is_name(line)
        and not is_section_name(line)  # ("Local News", "World News")
        # a hyphenated masthead's last half ("Pittsburgh Post-Gazette", "Star-Tribune"); a
        # first half is a prefix ("Post-Brexit Trade", a topic kicker, names no outlet)
        and not _outlet_words().isdisjoint(
            word.rsplit("-", 1)[-1] for word in line.casefold().split()
        )
        and not _is_staff_credit(line)
    )


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[str]:
    return frozenset(word_sections("publisher_words.txt")[""]) | _newspaper_words()


@lru_cache(maxsize=1)
def _newspaper_words() -> frozenset[str]:
    """Words that mean "newspaper" only (``publisher_words.txt`` [newspaper])."""
    return frozenset(word_sections("publisher_words.txt")["newspaper"])


def _person_name(line: str) -> bool:
    """ "Sarah Quinlan": a name of two to four words, without digits (not "The Hottest
    Housing Market": no name starts with a function word), by its shape alone: an author's
    or a source's name on a line of its own in the ``split_*`` modules' cards and headers. Not
    ``clean._person_name`` (a name alone inside a text, its first word a known first
    name) nor ``clean._byline_name`` (the name a byline line gives, "By Ann Lee")."""
    return (
        0 < line.count(" ") < _SHORT_NAME_WORDS
        and _is_name(line)
        and line[: line.find(" ")].casefold() not in _NAME_LOWER_WORDS
        and not any(char.isdigit() for char in line)
        and _source_shape(line)  # not a heading ("Más de Opinión")
    )


_CRUMB_SEPARATORS = frozenset("/>›»|")
_CRUMB_PATH = re.compile(f" [{re.escape(''.join(sorted(_CRUMB_SEPARATORS)))}] ")
_CRUMB_PART_MAX_WORDS = 3  # a section's name: "Science & Health"


def _breadcrumb_over(line: str, headline: str) -> bool:
    """ "Home / India / SC seeks Centre's reply …" over "SC seeks Centre's reply …": a path
    of sections that ends with the headline under it."""
    return (
        len(headline) < len(line)
        and line.endswith(headline)
        and line[: -len(headline)].rstrip()[-1:] in _CRUMB_SEPARATORS
    )


def _section_path(line: str) -> bool:
    """ "JAPAN / SCIENCE & HEALTH", "News › World": section names joined by a breadcrumb's
    separators, no headline."""
    parts = _CRUMB_PATH.split(line)
    return len(parts) > 1 and all(_words(part) <= _CRUMB_PART_MAX_WORDS for part in parts)


def _age_notice(line: str) -> bool:
    """A sentence that ends with the story's age: "This was published 5 months ago"."""
    words = line.rsplit(" ", _AGE_WORDS)
    return len(words) > _AGE_WORDS and find_time(" ".join(words[1:])) is not None


def _short_sentence(line: str) -> bool:
    """ "Referee: S Hurson (Tyrone).": a few words ending with a full stop."""
    return line[-1] == "." and line.count(" ") >= _TITLE_MIN_WORDS - 1


def _headline_shaped(line: str) -> bool:
    """ "Who is the new leader of Japan’s ruling party?", "N. Korea slams drills as
    'dangerous provocation'": a headline, not a summary sentence."""
    # (French typography sets a space inside the guillemets: "… je ne regrette rien »")
    quoted_end = line[-1] in "\"'”’»«‹›" and line[:-1].rstrip()[-1:].isalnum()
    headline_end = (
        line[-1] == "?" or quoted_end or bool(_INITIALISM_END.search(line[-_INITIALISM_TAIL:]))
    )
    return headline_end and _words(line) <= _HEADLINE_MAX_WORDS and _is_title(line)


def _reports_of_others(sentence: str) -> bool:
    """A sentence of a story, not a notice: in the third person (neither to the reader nor
    in the site's voice), with a word of reported speech, and a figure (a magnitude, a
    count) and a name, or two names, inside ("Velmora", "Friday"): "…, the seismic service
    said". A notice speaks to the reader or as the site, or of the page itself, and names
    little ("Velmora Media … according to the privacy policy"); a headline's words told
    again are no sign (a 404 page tells its heading again)."""
    return reports_speech(sentence) and _tells_of_others(
        sentence, names=1 if any(char.isdigit() for char in sentence) else _STORY_NAMES
    )


def _tells_of_others(paragraph: str, *, names: int = _STORY_NAMES) -> bool:
    """In the third person (neither to the reader nor in the site's voice), naming two
    (``names``) people, places or days inside it ("… for voters on Monday, ahead of the
    election in October")."""
    return (
        not (addresses_reader(paragraph) or speaks_of_site(paragraph))
        and _names_inside(paragraph) >= names
    )


def _names_inside(sentence: str) -> int:
    """The capitalised words after the sentence's first, not opening another sentence:
    names."""
    words = sentence.split()
    return sum(
        1
        for number, word in enumerate(words[1:], start=1)
        if word[0].isupper() and words[number - 1][-1] not in ".!?:"
    )


# an aggregator's submitter and the site the story links to ("por lucia_mz a eldiario.es",
# "by jdoe to example.com"), maybe with the stamps after it
_SUBMITTED_TO = re.compile(
    r"(?:by|von|par|por|door|di) \S+ (?:a|to|at|à|auf|op|su) ([\w-]+\.[\w.-]+)(?: |$)"
)


def _domain_shaped(token: str) -> bool:
    """ "eldiario.es", "bbc.co.uk": dotted labels, none empty, closed by a top-level domain of
    letters. A figure a link broke a sentence over ("by 0.25 to 2.75 percent", "por ley a
    1.221 euros", "to 1.2710") ends in digits: no site."""
    labels = token.split(".")
    top = labels[-1]
    return all(labels) and len(top) >= _TOP_DOMAIN_MIN and top.isalpha()


_TOP_DOMAIN_MIN = 2  # ".es", ".com": a top-level domain has two letters at least


def submitted_credit(line: str) -> tuple[str, str | None] | None:
    """ "por lucia_mz a eldiario.es enviado: hace 6 h publicado: hace 3 h": an aggregator's
    credit line, the linked site's domain (the publisher printed with the story; the
    submitter is none) and the last stamp after it (the line's longest tail that is a stamp
    whole: "publicado: hace 3 h", when the story reached the front page, after "enviado"),
    or None; not a line of its own otherwise."""
    match = _SUBMITTED_TO.match(line)
    if match is None or not _domain_shaped(match.group(1)):
        return None
    words = line[match.end() :].split()
    start, stamp = _stamp_tail(words)
    if words and (stamp is None or words[-1][-1] in _SENTENCE_OR_CLAUSE_END):
        return None  # ("by registering at arts.org.uk before 5 December.": a sentence)
    if start > 0 and _stamp_tail(words[:start])[0] > _STAMP_LABEL_WORDS:
        return None  # (only an earlier stamp, "enviado hace 9 horas", before the last)
    return match.group(1), stamp


# a credit line's stamps close on no punctuation of a sentence, nor a clause's
_SENTENCE_OR_CLAUSE_END = _SENTENCE_END | frozenset(",;:")
_STAMP_LABEL_WORDS = 1  # "enviado" before an earlier stamp on the line


def _stamp_tail(words: list[str]) -> tuple[int, str | None]:
    """Where the longest tail of ``words`` that is a stamp whole starts, and that stamp
    (``len(words)``, None when no tail is one)."""
    tails = ((start, " ".join(words[start:])) for start in range(len(words)))
    return next(
        ((start, tail) for start, tail in tails if find_time(tail) == tail), (len(words), None)
    )
