"""split_sources: who published an article, from the names printed with it.

Decides whether a name is a publisher (above a headline; not a section kicker, not a
topic the headline names again, not the author a note is about), an agency in a byline
("Written By: PTI", "By AFP") or alone ("PTI"), the source closing a text ("Quelle:
dpa"), a card's "via Publisher" line, and whether a source is the page's own site (its
host's labels). Signals: the line's shape and case, the page's bylines and author notes,
the gazetteer's agencies, the page's URL.
"""

import re

from streams.boilerplate import is_section_name
from streams.captions import agency_words, is_agency
from streams.name_data import common_word, english_words
from streams.split_lines import (
    _ACRONYM_MAX_CHARS,
    _BYLINE,
    _NAME_ARTICLES,
    _NAME_LOWER_WORDS,
    _NAME_MAX_CHARS,
    _WORD_RUNS,
    _agency_name,
    _domain_name,
    _is_bio,
    _is_domain,
    _is_name,
    _is_person,
    _is_staff_credit,
    _outlet_endings,
    _outlet_name,
    _place_line,
    _source_shape,
    _unqualified,
    lower_brand,
)
from streams.split_page import _closes_text, _Features, _path_form

_SOURCED_PAGE = 2  # printed sources that make a page one whose cards carry their publisher


def _is_publisher(line: str, f: "_Features", *, slot: bool = False) -> bool:
    """A name above a headline that is a publisher, not a section kicker ("Europe", "WORLD").

    Acronyms ("AFP") pass. Other names must be capitalised throughout, must not repeat a
    navigation item and must not be a known section name ("Economy", "Long read"), and
    only on a page whose cards print their sources: elsewhere a name over the headline
    ("Reuters", but as often "Bundestag", "Markets", "Middle East") is a section kicker.
    With ``slot`` (the name stands where the list's other cards print their publishers),
    a name printed more than once is no menu item: a channel names each of its clips.
    """
    words = line.split()
    if (
        is_section_name(line)
        or " & " in line  # ("Nation & World", "Politics & Policy": two sections in one kicker)
        or _author_name(line)
    ):
        return False  # (a person's name over an opinion card: its author)
    if line.isupper() and len(words) == 1 and len(line) <= _ACRONYM_MAX_CHARS:
        # "BBC", "AFP" (also when printed again as the author); not a menu item set in
        # capitals as the story's chip ("Plus" in the menu, "PLUS" over the headline); five
        # capitals are as often a word ("LOCAL") as an agency ("KYODO")
        first = f.first_printed.get(line.casefold())
        return (first is None or f.lines[first] == line) and (
            len(line) < _ACRONYM_MAX_CHARS or is_agency(line)
        )
    # "tagesschau.de" over a card's title, "WEB.DE Ratgeber" under it; "t3n", "la
    # Repubblica": a brand set in lower case (not a repeated menu item); only on a page
    # whose cards print their sources (elsewhere a word over a title)
    domain = _is_domain(line) or _domain_name(line)
    if domain or lower_brand(line):
        return f.printed_sources >= _SOURCED_PAGE and (
            domain or ((slot or line.casefold() not in f.repeated) and not is_section_name(line))
        )
    if (
        not _is_name(line)
        or (line.casefold() in f.repeated and not slot)
        or not _source_shape(line)
        or _is_staff_credit(line)  # ("Staff" over a card's stamp: the newsroom, no publisher)
    ):
        return False
    if f.printed_sources < _SOURCED_PAGE:
        return _outlet_name(line)  # "The Guardian" over a card's title on any page
    words = _unqualified(line).split()  # (its edition in brackets: "Bay Radio (North)")
    return all(word[0].isupper() or word in _NAME_LOWER_WORDS for word in words) and not (
        line.isupper() and any(len(word) > _ACRONYM_MAX_CHARS for word in words)
    )  # "The Independent", "Deutsche Welle"; not "Popular stories", "WORLD NEWS"


def _person_shaped(line: str) -> bool:
    """A person's name, also set in capitals ("JANE DOE")."""
    return _is_person(line.title() if line.isupper() else line)


def _author_name(line: str) -> bool:
    """A person's name ("Ilse Marwood", "JANE DOE"), not an outlet's ("Kerry Independent")
    nor one opening with an article ("Le Courrier Bleu", "Al Rayan")."""
    words = line.split()
    return (
        len(words) > 1
        and words[0].casefold() not in _NAME_OPENING_ARTICLES
        and _person_shaped(line)
        and not _outlet_name(line)
    )


_NAME_OPENING_ARTICLES = _NAME_ARTICLES | {"al"}  # (also first names: "Le", "Al")


def outlet_shaped(name: str) -> bool:
    """An outlet's name even where its words read as a person's ("El País", "Los Angeles
    Times", "Corriere della Sera", "Europa Press", "Sky News"): a masthead's shape, an outlet's
    or agency's word, or a broadcaster's last word ("…News", "…TV")."""
    return (
        masthead_shape(name) or _outlet_name(name) or _agency_name(name) or broadcaster_shaped(name)
    )


def broadcaster_shaped(name: str) -> bool:
    """Two words or more, the last a broadcaster's or an agency's ("Sky News", "Canal TV")."""
    return " " in name and name.rsplit(" ", 1)[-1].casefold() in _outlet_endings()


def _chip_name(
    line: str, f: "_Features", title: str, *, sourced_under: bool = False, chipped: bool = False
) -> bool:
    """A name over a card's title that is its chip, not its publisher: a place ("Wessex"),
    or, over an English title, a capitalised English word printed once ("Banking",
    "Cricket"), unless other cards of the page print their sources ("Nation" among
    "- Harbour Business Weekly" cards) over their titles: not in a list whose card before
    printed its source under its title (``sourced_under``: "Shipping" is this one's chip).
    In a list whose card before has a section's name over its title (``chipped``), such a
    word or its "-ing" form is a chip there ("Kayaking"); a name that is no English word
    ("Harbourside") stays the card's source. A one-word name the title opens with
    ("Stonehaven" / "Stonehaven harbour wall repairs to begin …") is the chip of the place or
    topic the headline names (not an outlet's initials). Null beats a wrong source."""
    return (
        _place_line(line)
        or _opens_title(line, title)
        or (
            # (this name and one more: the lead's agency)
            (f.printed_sources <= _SOURCED_PAGE or sourced_under or chipped)
            and " " not in line
            and line[:1].isupper()
            and not line.isupper()
            and line.casefold() not in f.repeated
            and (common_word(line, english_words()) or (chipped and _ing_form(line)))
            and _english(title)
        )
    )


_OUTLET_LABEL_WORDS = 3  # "Reuters poll:", "Axios Harris Poll:": the name and a word or two


def _opens_title(line: str, title: str) -> bool:
    """The one-word name ``line`` opens ``title`` as its first word; not in capitals, an
    outlet's initials ("BBC" / "BBC to cut 500 jobs …": a portal's card names its own
    publisher in its headline), nor opening a label closed by a colon a word or two on, an
    outlet's own franchise ("Reuters" / "Reuters poll: …", "Forbes" / "Forbes Daily: …")."""
    return (
        " " not in line
        and not line.isupper()
        and title.startswith(line + " ")
        and not _outlet_label(title)
    )


def _outlet_label(title: str) -> bool:
    """A colon closes the headline's second or third word ("Bloomberg survey: …", French
    "Bloomberg survey : …"); one right after the first word is a place's dateline ("Namur :
    la Citadelle …")."""
    words = title.split(" ", _OUTLET_LABEL_WORDS + 1)[1 : _OUTLET_LABEL_WORDS + 1]
    for place, word in enumerate(words, start=1):
        if word == ":":
            return place > 1
        if word.endswith(":"):
            return place < _OUTLET_LABEL_WORDS
    return False


def _ing_form(word: str) -> bool:
    """ "Kayaking", "Boating": an English word's "-ing" form (the vocabulary lists few)."""
    stem = word.removesuffix("ing")
    return len(stem) >= _ING_STEM_MIN and stem != word and common_word(stem, english_words())


_ING_STEM_MIN = 3  # ("King", "Wing": no "-ing" form)


def _english(text: str) -> bool:
    """Most of the text's lower-case words are English words (the vocabulary is English:
    "Spiegel" over a German title is a publisher's name, not a word of its page)."""
    words = [word for word in _WORD_RUNS.findall(text) if word.islower()]
    vocabulary = english_words()
    # ("raises", "bonds"; a word of one or two letters, "de", "en", "l", is one of many
    # languages: no evidence)
    known = sum(1 for word in words if len(word) > _SHORT_WORD and common_word(word, vocabulary))
    return bool(words) and _ENGLISH_SHARE * known >= len(words)


_ENGLISH_SHARE = 1.5  # two in three of the title's lower-case words
_SHORT_WORD = 2  # letters of a word most languages share ("de", "en", "a")


_BYLINE_TAIL = re.compile(r",| [-–—·|/] ")  # "Von dpa, t-online", "By: AFP - @handle", "By X / X"


def _agency_byline(line: str, f: _Features, index: int) -> str | None:
    """ "Written By: PTI", "By AFP", "By: Agence France-Presse - @handle": a byline naming
    one word or a news agency's name is an agency, a source."""
    if not f.bylines[index]:
        return None
    if _is_staff_credit(line):  # "Redazione ANSA": a newsroom credit naming an agency
        last = line.rsplit(" ", 1)[-1]
        return last if last.isupper() and len(last) <= _ACRONYM_MAX_CHARS else None
    match = _BYLINE.match(line)
    name = _BYLINE_TAIL.split(line[match.end() - 1 :], 1)[0].strip() if match else ""
    # (a word of agencies' names alone, "By AGENCY", is the template's placeholder, no name)
    one_word = (
        " " not in name and len(name) <= _NAME_MAX_CHARS and name.casefold() not in agency_words()
    )
    return _after_capitals(name) if name and (one_word or _agency_name(name)) else None


def _after_capitals(name: str) -> str:
    """ "JANE ROE DOYLE Associated Press" → "Associated Press", "Jane Doe The Canadian
    Press" → "The Canadian Press": an author set in capitals, or before an agency's name
    opening with "The" (no person's name holds it), is no part of it."""
    the = name.rfind(" The ")
    if the > 0 and _agency_name(name[the + 1 :]):
        return name[the + 1 :]
    words = name.split()
    caps = next((i for i, word in enumerate(words) if not word.isupper()), len(words))
    rest = " ".join(words[caps:])
    return rest if caps > 1 and _agency_name(rest) else name


def _bare_acronym(line: str, f: _Features) -> bool:
    """ "PTI", "AFP" on a line of its own (not a repeated button such as "A", nor a section)."""
    return (
        1 < len(line) <= _ACRONYM_MAX_CHARS
        and line.isupper()
        and line.isalpha()
        and line.casefold() not in f.repeated
        and not is_section_name(line)
    )


def _topic_kicker(f: _Features, name: str, headline: str) -> bool:
    """A name over a headline that names it again is its topic ("URC" / "… into URC final"),
    not its publisher; unless the page's cards print their sources (a portal: "BBC" / "BBC to
    cut 500 jobs")."""
    return f.printed_sources < _SOURCED_PAGE and name in headline.split()


def _closing_source(f: _Features, title: int, stop: int) -> str | None:
    """The source an article's text closes with ("Quelle: dpa"), if any."""
    return next((f.sources[i] for i in range(title + 1, stop) if _closes_text(f, i)), None)


_VIA = re.compile(r"^(?P<title>.{20,}) via (?P<name>[A-ZÀ-Þ].{0,49})$")


def _via_source(f: _Features, title: str) -> tuple[str, str | None]:
    """A card's title and the publisher it ends with: "Laos says dams are not to blame via
    The Diplomat" (a "via" line under the title, joined to it), on a page whose other cards
    print "via Publisher" lines (not "Pope flies to Mexico via Cuba")."""
    match = _VIA.match(title) if " via " in title else None
    if match is None or not _is_name(match["name"]) or not _via_page(f):
        return title, None
    return match["title"], match["name"]


def _via_page(f: _Features) -> bool:
    """The page's cards print their source as "via Publisher" lines (asked once a page)."""
    if f.via_sources is None:
        f.via_sources = any(
            source is not None and line[:4].casefold() == "via "
            for line, source in zip(f.lines, f.sources, strict=True)
        )
    return f.via_sources


def _noted_author(f: _Features, name: str, begin: int, stop: int) -> bool:
    """``name`` is the author the article's note is about ("Maria Gonzalez is a senior
    fellow at …"), not a publisher."""
    names = frozenset({name})
    return any(
        f.lines[index].startswith(f"{name} ") and _is_bio(f.lines[index], names)
        for index in range(begin, stop)
    )


_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?(?P<host>[^/:?#]+)", re.IGNORECASE)


def _site_keys(url: str | None) -> frozenset[str]:
    """The page's own site as a name would print it: each label of its host and the labels
    before the top-level domain together ("www.ansa.example" → "ansa";
    "spanish.news.example" → "spanish", "news", "spanishnews")."""
    labels = host_labels(url)
    if labels is None:
        return frozenset()
    # (and as ``_own_site`` compares names, letters and digits only: "t-online" → "tonline")
    return frozenset({*labels, "".join(labels), *map(_path_form, labels)})


def host_labels(url: str | None) -> list[str] | None:
    """The labels of a page's host before its top-level domain, without "www"
    ("https://www.news.com.au/x" → ["news", "com"]); None without a URL's host."""
    match = _HOST.match(url) if url else None
    if match is None:
        return None
    return [label for label in match["host"].casefold().split(".")[:-1] if label != "www"]


def _own_site(source: str, site: frozenset[str]) -> bool:
    """The lead's source is the page's own site ("Redazione ANSA" on ansa.it,
    "Spanish.news.cn | …" on spanish.news.cn): its masthead or newsroom, not a publisher
    printed with the article (a teaser card naming the site keeps it: its source line)."""
    name = source.casefold()
    if "." in name and " " not in name:
        name = name.rsplit(".", 1)[0]  # "spanish.news.cn" → "spanish.news"
    # (accents folded as a host spells them: "Dépêche" on depeche; umlauts also written
    # out, as German hosts spell them: "Münchner Merkur" on muenchnermerkur.de. "The
    # Ledger Line" on theledgerline.example.com, "The Hindu" on hindu.example, "Le
    # Courrier de France" on courrierdefrance.example)
    return any(
        _path_form(form) in site
        for spelling in (name, name.translate(_UMLAUTS))
        for form in (
            spelling,
            _without_opening(spelling, _SITE_ARTICLES),
            _without_opening(spelling, agency_words()),
        )
    )


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _without_opening(name: str, openings: frozenset[str]) -> str:
    """The name without its first word when that is one of ``openings``, as hosts spell
    names: an article ("the hindu" → "hindu", "le courrier de france" → "courrier de
    france") or an agency's word (``agency_words``: "agencia efe" → "efe" on efe.com)."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in openings else name


_SITE_ARTICLES = _NAME_ARTICLES | {"the", "der", "die", "das"}


# a web address as a source line prints it: "www.ghanaweb.com", "TIMESOFINDIA.COM"
# (a country's second level after the name: "TUKO.co.ke" under "TUKO", "news.com.au")
_WEB_ADDRESS = re.compile(
    r"(?:www\.)?(?P<name>[\w-]+(?:\.[\w-]+)*?)(?:\.(?:co|com|org|net|gov|ac))?\.[a-z]{2,6}",
    re.IGNORECASE,
)


def masthead_address(source: str, masthead: str) -> bool:
    """The source is the page's masthead (its first line) spelt as a web address:
    "www.ghanaweb.com" under "GhanaWeb", "TIMESOFINDIA.COM" under "The Times of India": the
    site's own name, its newsroom, no source. Another site's address there is the story's
    source ("www.myjoyonline.com" on GhanaWeb)."""
    address = _WEB_ADDRESS.fullmatch(source)
    if address is None:
        return False
    name = masthead.casefold()
    return _path_form(address["name"]) in {
        _path_form(name),
        _path_form(_without_opening(name, _SITE_ARTICLES)),
    }


def site_desk(source: str, site: frozenset[str], masthead: str) -> bool:
    """The source is a desk of the page's own site: the site's name and a section ("Europa
    Press Nacional" on europapress.example), or a news service's initials, the masthead's
    and two more ("DHNS" under "Deccan Herald": its News Service). Its newsroom, as the
    site's bare name is, no publisher printed with the story. (One more letter is as often
    the masthead's own acronym, "HRN" under "Harbour Radio", printed as its publisher; and a
    news agency's name, "ANSA" under "ABC News", is the agency's.)"""
    name, _, last = source.rpartition(" ")
    if name and is_section_name(last):
        return _own_site(name, site)
    initials = "".join(word[0] for word in masthead.split() if word[0].isupper())
    return (
        len(initials) >= _DESK_INITIALS
        and source.isalpha()
        and source.isupper()
        and len(source) == len(initials) + _SERVICE_LETTERS
        and source.startswith(initials.upper())
        and not is_agency(source)
    )


_DESK_INITIALS = 2  # (one letter opens too many acronyms)
_SERVICE_LETTERS = 2  # "NS": News Service


def masthead_shape(name: str) -> bool:
    """ "Le Monde", "The Times", "BBC News", "CNN Brasil": a name of several words opened by
    an article or by an acronym, as a publication's is; a chip's topic or place ("Bad
    Nauheim", "Serie A", "Liga dos Campeões") or a label in capitals ("MATCH REPORT") is
    none."""
    first, _, rest = name.partition(" ")
    acronym = len(first) > 1 and first.isalpha() and first.isupper() and not rest.isupper()
    return bool(rest) and (first.casefold() in _SITE_ARTICLES or acronym)
