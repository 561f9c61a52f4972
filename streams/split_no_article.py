"""split_no_article: whether a lead's text is a story or a page without an article.

A body needs substance (``_LEAD_MIN_WORDS`` words, one real sentence of
``_LEAD_MIN_SENTENCE_WORDS``) or the page has no lead: 404 pages, consent and bot walls,
login pages; nor is a notice restating its heading ("This article has been removed") a
story, nor a text that mostly speaks to the reader ("Our website is not available in
your region"), nor a list of subscription plans (prices per period on lines of their
own), nor a single short paragraph with no stamp among buttons and links (a consent
wall's notice, in a language the UI phrases miss), nor a short unstamped, unsourced text
of a wall's words that does not tell the article the page's URL names (a login wall in
any language, ``_wall``). ``holds_story`` gives the one verdict ``split`` asks for.
Signals: word counts, prose, ``boilerplate.addresses_reader``, the title, the stamp, the
source, the URL's slug.
"""

import re
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import islice

from streams.boilerplate import (
    _ui_words,
    addresses_reader,
    asks_politely,
    is_price_offer,
    names_this_article,
    reports_speech,
    speaks_of_site,
    word_sections,
)
from streams.data_files import line_sections
from streams.name_data import world_first_names
from streams.split_lines import (
    _brief_sentence,
    _headline_shaped,
    _is_prose,
    _reports_of_others,
    _tells_of_others,
    _words,
)
from streams.split_page import (
    _REAL_BODY_WORDS,
    _SLUG_MIN_WORDS,
    _WORD,
    _field_label_words,
    _folded_words,
    _path_form,
    _slug_words,
)
from streams.timestamps import _MONTH_WORDS, _WEEKDAY_WORDS

_LEAD_MIN_WORDS = 20
_LEAD_MIN_SENTENCE_WORDS = 10
_STEM_CHARS = 5  # a slug word's inflections share their first letters ("zamkniete", "zamknięty")


def holds_story(
    lines: tuple[str, ...],
    title: int,
    stop: int,
    paragraphs: list[str],
    *,
    url: str | None,
    site: frozenset[str],
    time_text: str | None,
    sourced: bool,
    short_heading: bool = False,
    offered_under: bool = False,
) -> bool:
    """The verdict on a lead: the ``paragraphs`` under the headline at ``title`` (its lines
    up to ``stop``) are a story, not a page without an article. The page's only text (no
    card under it) that its URL names is one (``_named_story``) though it is short; else it
    needs substance, or, shorter, to report others or an event (``_short_report``), and must
    be no notice, no lone paragraph, no list of plans and no wall;
    under a heading found only for being short (``short_heading``,
    ``split_header._short_headline``), a proven story's text (``_short_heading_story``).
    ``sourced``: a source other than the site's own name is printed with it;
    ``offered_under``: a heading offering one more story ("À lire aussi", "Mehr zum Thema")
    stands between the text and the cards under it (``_report_over_offer``)."""
    headline = lines[title]
    only_text = stop == len(lines)
    named = only_text and _named_story(url, site, headline, paragraphs)
    return (
        (
            named
            or _has_substance(paragraphs)
            or _short_report(headline, paragraphs, site)
            or (offered_under and _report_over_offer(headline, paragraphs, site))
        )
        and not _notice(headline, paragraphs, time_text)
        and not (
            only_text
            and not named
            and (
                _lone_paragraph(headline, paragraphs, time_text, site)
                or _service_notice(headline, paragraphs, time_text, site)
            )
        )
        and not (time_text is None and _plans(lines, title, stop))
        and not (
            short_heading
            and time_text is None
            and not named
            and not _short_heading_story(paragraphs)
        )
        and not _wall(
            url, headline, paragraphs, time_text, sourced=sourced, lead_lines=lines[title:stop]
        )
    )


def _short_report(title: str, paragraphs: list[str], site: frozenset[str]) -> bool:
    """A text too short for substance (``_LEAD_MIN_WORDS``) that is a story all the same: one
    real sentence, mostly not to the reader (``_told``), reporting what others said
    (``_reports_of_others``: "The bridge will stay closed …, the council said on Tuesday.")
    or an event of others (``_reports_event``), under a headline it tells
    (``tells_headline``): the proofs a lone paragraph gives of a story
    (``_lone_paragraph``). A wall's or a 404's one line reports no one, and a widget's
    label ("Quote of the day") is no headline its quote tells: losing a brief's headline
    and text is worse than keeping a notice."""
    return (
        _told(paragraphs)
        and tells_headline(title, paragraphs[0])
        and (any(map(_reports_of_others, paragraphs)) or _reports_event(title, paragraphs, site))
    )


def _report_over_offer(title: str, paragraphs: list[str], site: frozenset[str]) -> bool:
    """A brief over a heading offering one more story ("À lire aussi", "Mehr zum Thema":
    ``boilerplate.offers_story``; not a list's "Latest", "Top stories"): such a heading
    follows a story, so its text need not tell the headline's own words ("Le conseil
    municipal vote la gratuité des bus le samedi" / "La mesure entrera en vigueur le 1er
    avril …"): a report of an event all the same (``_reports_event``, its
    text not held to ``tells_headline``): a headline of ``_REPORT_TITLE_MIN_WORDS`` words,
    sentences whose first tells when or how many in a reporter's voice, no notice's
    sentence. A section's description over its list ("Die zehn wichtigsten Meldungen …")
    has no such heading under it, at most a list's."""
    return _told(paragraphs) and _reports_event(title, paragraphs, site)


def _short_heading_story(paragraphs: list[str]) -> bool:
    """A story's text under a heading found only for being short ("Farewell, Tom", "Road
    closed"), proven, for such a heading gave no article before it was read as one: a
    sentence reports others (``_reports_of_others``: "…, police said") or names someone
    (``_names_someone``: "Our colleague Tom Hale … died on Sunday"), and unless one reports
    others, no sentence is a notice's (``_notice_sentence``: to the reader, asking
    politely, naming this article, about the page or the site itself: "The current site
    will stay online …"). A wall's or an empty page's text under its own short heading
    ("Server error" / "The server encountered an internal error …", "Death notices" / "No
    death notices have been published …") names no one."""
    sentences = [sentence for p in paragraphs for sentence in _SENTENCE_BREAK.split(p)]
    if any(map(_reports_of_others, sentences)):
        return True
    return any(map(_names_someone, sentences)) and not any(map(_notice_sentence, sentences))


def _names_someone(sentence: str) -> bool:
    """A given name (``world_first_names``) and a capitalised word after it, after the
    sentence's first word, no definite article before them: a person's name ("Our
    colleague Tom Hale", "to Joseph Mwangi"), not a place's, a brand's or a rights
    holder's ("in the United Kingdom", "by Sky Sports", "the Courier Media platform")."""
    words = sentence.split()
    given, definite = world_first_names(), _subject_words()[1]
    return any(
        words[at] in given
        and words[at + 1][0].isupper()
        and words[at - 1].casefold() not in definite
        for at in range(1, len(words) - 1)
    )


def _has_substance(paragraphs: list[str]) -> bool:
    """Enough words, one real sentence, and not a notice that speaks to the reader."""
    words = sum(_words(p) for p in paragraphs)
    if words < _LEAD_MIN_WORDS:
        return False
    return _told(paragraphs)


def _told(paragraphs: list[str]) -> bool:
    """One real sentence (``_LEAD_MIN_SENTENCE_WORDS`` words), and most sentences tell of
    others: a notice speaks to the reader ("Our website is not available in your region")."""
    sentences = [p for p in paragraphs if _is_prose(p)]
    if not any(_words(p) >= _LEAD_MIN_SENTENCE_WORDS for p in sentences):
        return False
    addressed = sum(1 for p in sentences if addresses_reader(p))
    return addressed * 2 < len(sentences)


def _named_story(url: str | None, site: frozenset[str], title: str, paragraphs: list[str]) -> bool:
    """A short story the page's URL names: its slug's words (``_SLUG_MIN_WORDS`` or more,
    all but one of them) are the headline's ("/lokales/homepage-der-stadt-wegen-wartung-offline"
    over "Homepage der Stadt wegen Wartung offline"), its text tells (``_told``: one real
    sentence, mostly not to the reader) and opens in a reporter's voice (``_news_voice``),
    not on the ``site`` itself (``_names_site``: "Example Paper is down for maintenance").
    A wall, a 404 or a consent notice heads its own words ("Page not found", "Create a free
    account"), and a notice kept under a story's headline opens on the page itself ("This
    story is no longer available on our site …"); so a brief of one sentence is an article
    though no stamp stands over it; its first paragraph tells the headline
    (``tells_headline``). (A section label naming a folder of the path is no such
    sign: a wall keeps the breadcrumb over its heading.)"""
    slug = _slug_stems(url)
    if len(slug) < _SLUG_MIN_WORDS or not paragraphs:
        return False
    if not _news_voice(paragraphs[0]) or _names_site(paragraphs[0], site):
        return False
    if not tells_headline(title, paragraphs[0]):
        return False
    shared = _slug_told(slug, _stems(_folded_words(title)))
    return shared >= max(_SLUG_MIN_WORDS, len(slug) - 1) and _told(paragraphs)


def tells_headline(title: str, paragraph: str) -> bool:
    """The first paragraph tells the headline's news: one of its words (its first
    ``_STEM_CHARS`` letters) inside the paragraph ("Awaria systemu logowania" over "… nie
    mogą zalogować się …"). A notice kept under a story's headline speaks of other things
    ("JavaScript ist im Browser deaktiviert …" under "Prozess gegen Bauunternehmer beginnt")."""
    text = _path_form(paragraph)
    stems = {word[:_STEM_CHARS] for word in _folded_words(title) if len(word) >= _STEM_CHARS}
    return any(stem in text for stem in stems)


def _names_site(paragraph: str, site: frozenset[str]) -> bool:
    """The paragraph names the page's own site (a key of ``split_sources._site_keys`` of
    ``_SITE_KEY_MIN_CHARS`` letters or more, spaces aside: "Example Paper" on
    example-paper.com): a notice of the site's in the third person, not a report."""
    text = _path_form(paragraph)
    keys = (_path_form(key) for key in site)
    return any(len(key) >= _SITE_KEY_MIN_CHARS and key in text for key in keys)


_SITE_KEY_MIN_CHARS = 6  # (shorter host labels, "news", "ansa", are words of a story too)


def _news_voice(paragraph: str) -> bool:
    """Neither to the reader nor in the site's voice ("our site"), nor naming the text
    itself ("This story …", "Dieser Beitrag …", ``_opens_on_page_object``): a reporter's."""
    folded = paragraph.casefold().replace("\u2019", "'")
    return not (
        addresses_reader(paragraph)
        or speaks_of_site(paragraph)
        or names_this_article(paragraph)
        or _opens_on_page_object(folded)
    )


def _opens_on_page_object(folded: str) -> bool:
    """The first sentence is about the page's own object: a definite article opening it or
    a demonstrative anywhere in it, then a ``[page-object]`` noun ("The article has been
    removed …", "Das Video ist nur in Deutschland verfügbar", "The video of the council
    meeting is only available …"), or a ``[site-object]`` one with no ``[owner]`` in the
    ``_OWNER_WORDS`` words after it ("The website and the e-edition will be unavailable
    …"). A story's subject is someone's page ("Le site internet de la mairie …", "Die
    Internetseite der Stadtverwaltung …")."""
    words = _ui_words()
    tokens = [_path_form(token) for token in _WORD.findall(folded.split(". ", 1)[0])]
    objects, sites, owners = _page_objects()
    for at, token in enumerate(tokens[:-1]):
        opens = at == 0 and token in words.article and token not in _indefinite()
        if not (opens or token in words.this):
            continue
        noun = tokens[at + 1]
        after = tokens[at + 2 : at + 2 + _OWNER_WORDS]
        if noun in objects or (noun in sites and owners.isdisjoint(after)):
            return True
    return False


_OWNER_WORDS = 3  # "le site internet de la mairie"


@cache
def _indefinite() -> frozenset[str]:
    """The indefinite articles (``[indefinite]``): "An article on Monday …" is some article."""
    return _field_label_words("indefinite")


def _page_objects() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ``[page-object]`` and ``[site-object]`` nouns and the ``[owner]`` words
    (``data/wall_words.txt``)."""
    return (
        _field_label_words("page-object"),
        _field_label_words("site-object"),
        _field_label_words("owner"),
    )


def _stems(words: AbstractSet[str]) -> frozenset[str]:
    """The words' first letters (``_STEM_CHARS``), letters only: a slug's words and a
    text's match across inflections ("zamkniete", "zamknięty")."""
    return frozenset(word[:_STEM_CHARS] for word in words if word.isalpha())


def _slug_stems(url: str | None) -> frozenset[tuple[str, str]]:
    """Each of the URL's slug words as two stems (``_stems``): as spelled, and with a URL's
    spelling of umlauts ("ae", "oe", "ue") read as the folded letter ("buergermeister" →
    "burge", as "Bürgermeister" folds)."""
    return frozenset(
        (
            word[:_STEM_CHARS],
            word.replace("ae", "a").replace("oe", "o").replace("ue", "u")[:_STEM_CHARS],
        )
        for word in _slug_words(url)
        if word.isalpha()
    )


def _slug_told(slug: frozenset[tuple[str, str]], stems: frozenset[str]) -> int:
    """How many slug words (``_slug_stems``) the text's ``stems`` tell, in either spelling:
    respelling only adds matches ("issues" still meets "issue")."""
    return sum(1 for spelled, respelled in slug if spelled in stems or respelled in stems)


def _lone_story(body: str) -> bool:
    """A page's only text, printed as a card (a headline over its stamp) and too short for
    a real body, tells a story (a two-sentence flash, a brief: one real sentence, mostly
    not to the reader). Its stamp keeps it an article even when it does not: a notice
    carries no stamp, and a short stamped story may restate its headline or say "we"."""
    return bool(body) and _told(body.split("\n\n"))


def _plans(lines: tuple[str, ...], title: int, stop: int) -> bool:
    """Subscription plans under the title, not a story: a price per period on a line of its
    own ("R$ 1,90 nos 3 primeiros meses") before a story's worth of text (a paywalled
    story shows its first paragraphs before the offer)."""
    words = 0
    for line in lines[title + 1 : stop]:
        if words >= _REAL_BODY_WORDS:
            return False
        if line and is_price_offer(line):
            return True
        words += _words(line) if line and _is_prose(line) else 0
    return False


def offers_plans(lines: tuple[str, ...], title: int, stop: int) -> bool:
    """A paywall's offer under the heading at ``title`` (its lines up to ``stop``): plans
    (``_plans``) in tiers, ``_PLAN_TIERS`` price-per-period lines or more ("1 € le premier
    mois" / "Ensuite 9,99 € par mois"). Its tiers and its FAQ's questions are no list of
    stampless teasers; a section front whose headline quotes one price a month is one."""
    if not _plans(lines, title, stop):
        return False
    offers = (line for line in lines[title + 1 : stop] if line and is_price_offer(line))
    return next(islice(offers, _PLAN_TIERS - 1, None), None) is not None


_PLAN_TIERS = 2


def _notice(title: str, paragraphs: list[str], time_text: str | None) -> bool:
    """A notice under its heading, not a story: no stamp, and its first sentence restates the
    heading ("This article has been removed" / "This article has been removed following a
    complaint. We are reviewing …"), or a short text in the site's own voice under a heading
    in it (``_site_voice``)."""
    if time_text is not None or not paragraphs:
        return False
    return paragraphs[0].startswith(f"{title} ") or _site_voice(title, paragraphs)


def _site_voice(title: str, paragraphs: list[str]) -> bool:
    """A heading in the site's own voice over a short text whose paragraphs speak in it at
    least half the time ("We are updating our website" / when it will be back, what our
    readers can do meanwhile, an apology, how to reach us): a maintenance or outage notice of
    any length in paragraphs. A story without a stamp whose headline says "we" or "you"
    runs to more text (an opinion piece, a guide), or tells of others in most paragraphs.
    A heading about the page itself ("Vaya, esta página no existe", ``_opens_on_page_object``)
    is one too: a 404's notice speaks in the site's voice under it."""
    if not _notice_sized(paragraphs):
        return False
    if not (speaks_of_site(title) or _opens_on_page_object(title.casefold())):
        return False
    # (the heading and the text both: "nos" is also Portuguese for "in the")
    voiced = sum(1 for p in paragraphs if speaks_of_site(p))
    return 2 * voiced >= len(paragraphs)


_NOTICE_MAX_WORDS = 3 * _REAL_BODY_WORDS  # (a notice says when, sorry and how to reach us)


def _notice_sized(paragraphs: list[str]) -> bool:
    """The paragraphs run to fewer than ``_NOTICE_MAX_WORDS`` words: a notice's or a
    wall's length, not a story's."""
    return sum(_words(p) for p in paragraphs) < _NOTICE_MAX_WORDS


_STORY_MIN_PARAGRAPHS = 2


def _lone_paragraph(
    title: str, paragraphs: list[str], time_text: str | None, site: frozenset[str]
) -> bool:
    """No stamp over a single short paragraph of sentences among short lines: a notice (a
    consent wall's "By clicking Accept you agree …", a 404's "The page you are looking for
    …") between its buttons and links, not a story; a story without a stamp runs to more
    paragraphs, or to one long one (a text printed without its breaks), or reports what
    others said (``_reports_of_others``: a flash, a brief) or an event of others
    (``_reports_event``: a court brief, an obituary; told past a standfirst over it,
    ``_past_standfirst``). A question set as a headline (``_headline_shaped``) is no
    sentence: a section front's links ask them."""
    if time_text is not None:
        return False
    told = _past_standfirst(paragraphs)
    sentences = [
        p
        for p in paragraphs
        if _is_prose(p) and _words(p) >= _LEAD_MIN_SENTENCE_WORDS and not _headline_shaped(p)
    ]
    return (
        len(sentences) < _STORY_MIN_PARAGRAPHS
        and sum(_words(p) for p in sentences) < 2 * _REAL_BODY_WORDS
        and not any(_reports_of_others(p) for p in sentences)
        and not (_reports_event(title, told, site) and tells_headline(title, told[0]))
    )


def _past_standfirst(paragraphs: list[str]) -> list[str]:
    """The text from its first sentence on: a standfirst under the headline, a line with no
    sentence's end ("The market will open on Saturday at Lloyds Amphitheatre"), over a
    sentence, is the report's deck, not its first sentence."""
    if len(paragraphs) > 1 and not _is_prose(paragraphs[0]) and _is_prose(paragraphs[1]):
        return paragraphs[1:]
    return paragraphs


def _service_notice(
    title: str, paragraphs: list[str], time_text: str | None, site: frozenset[str]
) -> bool:
    """A page's only text, unstamped and short (``_NOTICE_MAX_WORDS``), with no sentence
    reporting others (``_reports_of_others``), that is the site's notice about itself: under
    a heading naming the site's work on itself (a ``[maintenance]`` word: "Sito in
    manutenzione", "Seite wegen Wartungsarbeiten offline") whose first sentence is about the
    site or the page itself (``_site_subject``, ``_opens_on_page_object``: "Die Seite wird
    gerade überarbeitet …"), or under a heading too short for a report's
    (``_REPORT_TITLE_MIN_WORDS``: "No stories yet") all in the site's voice, its first
    paragraph telling no day and no figure ("We haven't published anything under this topic
    yet."). A story of someone else's outage or roadworks names its owner ("Die Website der
    Stadt …", "The HMRC website …": ``_owned_site``) or the road ("Please note that the A6
    will be closed …"), or who said so, or tells what others must do in the third person
    (``_tells_of_people``: "Taxpayers who need to file …", "Wer seine Steuererklärung
    abgeben will …"), or carries a stamp; a story in the paper's voice tells when or how
    much first ("Our readers have donated £12,400 …")."""
    if time_text is not None or not paragraphs:
        return False
    if not _notice_sized(paragraphs):
        return False
    if any(_reports_of_others(p) or _tells_of_people(p) for p in paragraphs):
        return False
    if (
        _words(title) < _REPORT_TITLE_MIN_WORDS
        and all(map(speaks_of_site, paragraphs))
        and not _dated_or_counted(paragraphs[0])
    ):
        return True
    if _spelled_sections()["maintenance"].isdisjoint(_WORD.findall(title.casefold())):
        return False
    sentence = _SENTENCE_BREAK.split(paragraphs[0])[0]
    first = sentence.casefold().replace("\u2019", "'")
    return (_site_subject(first) or _opens_on_page_object(first)) and not (
        _owned_site(sentence) and not _names_site(sentence, site)
    )


def _tells_of_people(paragraph: str) -> bool:
    """A sentence opening on people in the third person, a ``[who]`` word among its first
    ``_WHO_AT`` words ("Residents who need to pay …", "Chi deve presentare …"), neither to
    the reader nor in the site's voice: a story tells what those it concerns must do; a
    site's notice speaks to the reader ("If you need to …")."""
    if addresses_reader(paragraph) or speaks_of_site(paragraph):
        return False
    who = _field_label_words("who")
    return any(
        not who.isdisjoint(map(_path_form, _WORD.findall(sentence)[:_WHO_AT]))
        for sentence in _SENTENCE_BREAK.split(paragraph)
    )


_WHO_AT = 2  # "Wer seine …", "Taxpayers who …"


def _owned_site(sentence: str) -> bool:
    """A ``[site-object]`` / ``[notice-site]`` noun with a name before it, among the
    ``_OWNER_WORDS`` words before: a capitalised word that is not the sentence's first
    ("The HMRC website …"), or a possessive ("Google's site …", "The BBC's website …").
    Someone's site, a story's subject; the site's own is "the website", "our site"."""
    tokens = _WORD.findall(sentence.replace("\u2019", "'"))
    sites = _subject_words()[0]
    for at, token in enumerate(tokens):
        if _path_form(token) not in sites:
            continue
        for before in range(max(0, at - _OWNER_WORDS), at):
            word = tokens[before]
            possessive = tokens[before + 1] == "s" and before + 1 < at
            if word[0].isupper() and (before > 0 or possessive):
                return True
    return False


def _reports_event(title: str, paragraphs: list[str], site: frozenset[str]) -> bool:
    """The text under the ``title`` reports an event of others, not a notice: it is all
    sentences under a report's headline (``_tells_report``; whether they tell it, the
    callers ask, ``tells_headline``, but under an offer's heading, ``_report_over_offer``),
    its first sentence tells when or how many
    in a reporter's voice (``_report_lead``), no sentence is a notice's
    (``_notice_sentence``), the site's voice speaks in fewer than half of them (a
    correction's "We apologise for the error."), and it holds no wall's or service
    notice's word (``_service_words``). A notice opens on "Error 404." or "Sorry.",
    speaks to the reader or of the page, or heads itself in the site's voice ("We are
    giving our website a makeover")."""
    if not _tells_report(title, paragraphs):
        return False
    sentences = [sentence for p in paragraphs for sentence in _SENTENCE_BREAK.split(p)]
    if not _report_lead(sentences[0], site):
        return False
    if _service_words(title, paragraphs, sentences[0]) or any(map(_notice_sentence, sentences)):
        return False
    voiced = sum(1 for sentence in sentences if speaks_of_site(sentence) or _voiced(sentence))
    return 2 * voiced < len(sentences)


def _tells_report(title: str, paragraphs: list[str]) -> bool:
    """Sentences only (``_is_prose``, or after the first a short one ending in a full stop,
    ``_brief_sentence``: "Work will begin in June."; no card's headline under them), under
    a headline of ``_REPORT_TITLE_MIN_WORDS`` words or more (who did what: "Man jailed for
    arson attack on takeaway"; a notice heads itself with a name, "Scheduled maintenance",
    "Mantenimiento programado") which neither the site nor the reader speaks ("We are
    giving our website a makeover" heads a notice)."""
    return (
        bool(paragraphs)
        and _words(title) >= _REPORT_TITLE_MIN_WORDS
        and _is_prose(paragraphs[0])
        and all(_is_prose(p) or _brief_sentence(p) for p in paragraphs[1:])
        and not (speaks_of_site(title) or _voiced(title))
    )


_REPORT_TITLE_MIN_WORDS = 4


def _report_lead(lead: str, site: frozenset[str]) -> bool:
    """A report's first sentence: a real one (``_LEAD_MIN_SENTENCE_WORDS``, not "Error
    404.", "Sorry."), telling when or how many (``_dated_or_counted``: "… at Teesside Crown
    Court on Monday", "… ist im Alter von 84 Jahren gestorben") in a reporter's voice
    (``_news_voice``, no ``[voice]`` word), not naming the page's ``site`` (``_names_site``:
    "Example Paper is down for maintenance on Sunday …")."""
    return (
        _words(lead) >= _LEAD_MIN_SENTENCE_WORDS
        and _dated_or_counted(lead)
        and _news_voice(lead)
        and not _voiced(lead)
        and not _names_site(lead, site)
    )


_PROMPT_MAX_WORDS = 15  # "Is your school or business missing? Add it here."
# a temperature reading closing its line ("48°", "Feels like 45°", "High 58° / Low 41°"),
# as a widget prints it; a headline names its place or subject after the reading
# ("Temperatures hit 45° in Seville")
_TEMPERATURE = re.compile(r"\d\s?°\s?[CF]?$")


def widget_card(title: str, body: str) -> bool:
    """A page's only card, with no lead, that is a widget's or a menu's, not a teaser: its
    text a single short prompt whose first sentence speaks to the reader (a listings page's
    "Is your school or business missing? Add it here."), or no text under a title that is
    a temperature reading (a forecast widget's "Feels like 45°"). A teaser's summary tells
    of others; a lone headline over nothing names them, not a degree."""
    if not body:
        return bool(_TEMPERATURE.search(title))
    first = _SENTENCE_BREAK.split(body)[0]
    return "\n" not in body and _words(body) <= _PROMPT_MAX_WORDS and _notice_sentence(first)


def _notice_sentence(sentence: str) -> bool:
    """A sentence to the reader or asking politely ("you", "Sie", "please"), naming this
    article, or about the page or the site itself (``_opens_on_page_object``,
    ``_site_subject``: "De website is zondag … niet bereikbaar")."""
    folded = sentence.casefold().replace("\u2019", "'")
    return (
        addresses_reader(sentence)
        or asks_politely(sentence)
        or names_this_article(sentence)
        or _opens_on_page_object(folded)
        or _site_subject(folded)
    )


# a sentence's end: a full stop after a word or a number of three digits or more, then a
# word ("… on Monday. The …", "Error 404. The …"; not the German date "am 15. März")
_SENTENCE_BREAK = re.compile(r"(?:(?<=[^\W\d_][.!?])|(?<=\d\d\d[.!?])) (?=[^\W\d_])")
_DATE_WORD_MIN_CHARS = 4  # (not "may", "mar", "set", "out": English and Portuguese words)
_SUBJECT_WORDS = 3  # "De opgevraagde pagina …", "Sidan som …"; not "The city's website"


def _site_subject(folded: str) -> bool:
    """A site or page (``[site-object]``) with no ``[owner]`` after it, among the sentence's
    first ``_SUBJECT_WORDS`` words (in a language whose article the data misses, "De
    website is …", or that has none, "Strona o podanym adresie …") or after a definite
    article anywhere ("… ist die Website zwischen 2 und 6 Uhr nicht erreichbar", "le site
    et l'application seront indisponibles"): the sentence is about the page itself. "Le
    site internet de la mairie" names its owner after it, "the city's website" before."""
    tokens = [_path_form(word) for word in _WORD.findall(folded)]
    owners = _page_objects()[2]
    sites, definite = _subject_words()
    return any(
        token in sites
        and owners.isdisjoint(tokens[at + 1 : at + 1 + _OWNER_WORDS])
        and (at < _SUBJECT_WORDS or tokens[at - 1] in definite)
        for at, token in enumerate(tokens)
    )


@cache
def _subject_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns a site's notice makes its subject (``[site-object]``, ``[notice-site]``)
    and the definite articles (the ``[article]`` words but the ``[indefinite]`` ones)."""
    sites = _page_objects()[1] | _field_label_words("notice-site")
    return sites, _ui_words().article - _indefinite()


def _service_words(title: str, paragraphs: list[str], lead: str) -> bool:
    """A wall's word (``data/wall_words.txt``, as spelled: "robô" is no Spanish "robo") in
    the headline or the text ("Cookies on the Liverpool Echo" / "Reach plc and 843 partners
    use cookies …"), or a ``[maintenance]`` word unless the first sentence reports who said
    so ("Wegen Wartungsarbeiten ist das E-Paper am Sonntag … nicht erreichbar" is a notice;
    "… down for maintenance on Monday, officials said." a story)."""
    words = {word for line in (title, *paragraphs) for word in _WORD.findall(line.casefold())}
    sections = _spelled_sections()
    if not sections[""].isdisjoint(words):
        return True
    return not sections["maintenance"].isdisjoint(words) and not reports_speech(lead)


@cache
def _spelled_sections() -> dict[str, frozenset[str]]:
    """The wall words and the ``[maintenance]`` and ``[voice]`` words of
    ``data/wall_words.txt``, case-folded as spelled."""
    sections = word_sections("wall_words.txt")
    return {name: frozenset(sections[name]) for name in ("", "maintenance", "voice")}


def _voiced(sentence: str) -> bool:
    """A ``[voice]`` word in the sentence: the site's or the reader's, in a language the
    UI words miss ("våra", "naszym")."""
    return not _spelled_sections()["voice"].isdisjoint(_WORD.findall(sentence.casefold()))


def _dated_or_counted(sentence: str) -> bool:
    """A figure ("34-year-old", "7-4"), a day's or month's name ("Monday", "Samstag", "mars")
    or a word opening on a day's ("tisdagens", "Dienstagabend") in the sentence: a report
    tells when or how many."""
    if any(char.isdigit() for char in sentence):
        return True
    dates, days = _date_words(), _weekdays()
    return any(
        word in dates or any(word[:end] in days for end in range(_DAY_MIN_CHARS, len(word)))
        for word in _WORD.findall(sentence.casefold())
    )


_DAY_MIN_CHARS = 5  # a day's name a word opens on: "tisdag|ens" ("sun", "mon" open others)


@cache
def _weekdays() -> frozenset[str]:
    """The days' names (``timestamps``) of ``_DAY_MIN_CHARS`` letters or more."""
    return frozenset(word for word in _WEEKDAY_WORDS if len(word) >= _DAY_MIN_CHARS)


@cache
def _date_words() -> frozenset[str]:
    """The names of days and months in the languages ``timestamps`` reads, long enough to be
    no other word."""
    return frozenset(
        word for word in _MONTH_WORDS | _WEEKDAY_WORDS if len(word) >= _DATE_WORD_MIN_CHARS
    )


def _wall(
    url: str | None,
    title: str,
    paragraphs: list[str],
    time_text: str | None,
    *,
    sourced: bool,
    lead_lines: tuple[str, ...],
) -> bool:
    """A wall standing in for the article the URL names, in any language: no stamp, no
    source (``sourced``: other than the site's own name), a short text
    (``_NOTICE_MAX_WORDS``) whose headline and paragraphs hold none of the slug's words
    ("/news/harbour-crane-collapse" over "Create a free account to read on …") and two of
    a wall's (``data/wall_words.txt``: log in, account, password, robot …); or four of a
    wall's words under any URL whose slug the text does not tell (two slug words or more) and
    whose first paragraph tells of no others (``_tells_of_others``); or a login form in the
    ``lead_lines`` (the title and the lines under it, ``_login_form``). A
    story tells what its slug names, or reports who said what (``_reports_of_others``: a
    wall speaks to the reader); a URL without a slug of words decides nothing but for a
    text that is all wall."""
    if time_text is not None or sourced:
        return False
    if not _notice_sized(paragraphs):
        return False
    if any(_reports_of_others(p) for p in paragraphs):
        return False  # a story of a breach, its logins and passwords: who said what
    if _login_form(lead_lines):
        return True
    told = frozenset(word for line in (title, *paragraphs) for word in _folded_words(line))
    walls = len(_wall_words() & told)
    slug = _slug_stems(url)
    named = _slug_told(slug, _stems(told))
    if walls >= _WALL_ALONE_WORDS and named < _SLUG_TOLD_WORDS:
        # (log in, account, password, register, subscribe: a wall's whole speech, which
        # opens on the reader or the page: a story's first paragraph names its people,
        # places and days; a wall's legal small print may name the site's terms)
        return not (paragraphs and _tells_of_others(paragraphs[0]))
    return len(slug) >= _SLUG_MIN_WORDS and not named and walls >= _WALL_MIN_WORDS


_WALL_MIN_WORDS = 2  # (one is a story about an account, a subscription, a robot)
_WALL_ALONE_WORDS = 4  # so many different ones need no slug, unless the text tells it:
_SLUG_TOLD_WORDS = 2  # (a story on a data breach, its passwords and accounts, names its slug)


@cache
def _wall_words() -> frozenset[str]:
    """The wall words, folded as ``_folded_words`` folds a text's."""
    return frozenset(_folded_words(" ".join(word_sections("wall_words.txt")[""])))


_FIELD_MAX_WORDS = 4  # "Mot de passe oublié ?", "Forgot your password?"
_FIELD_OTHER_WORDS = 1  # words a field's line holds besides its names ("Forgot your password?")


def _login_form(lead_lines: tuple[str, ...]) -> bool:
    """A login form under the heading: a password field (a line of its own, at most
    ``_FIELD_MAX_WORDS`` words, naming it: "Mot de passe", "Hasło") and another of the
    form's lines (an e-mail or user name field, a "forgot" link, a sign-in button:
    "Adresse e-mail", "Nie pamiętasz hasła?", "Se connecter"; ``[login-form]``), with
    nothing over them but sentences to the reader or in the site's voice ("Votre session a
    expiré ou vous n'êtes pas connecté."). The heading (``lead_lines[0]``) is never a
    field: a headline naming passwords is a story's ("Password rules tightened"). A
    paywalled story prints its news, sentences in the third person, over its form; a story
    of leaked passwords names them in sentences. A field's line is its bare name
    (``_bare_field``): a tips list ("Change your password" / "Check the sender's email")
    is advice, no form."""
    password = other = False
    for line in lead_lines[1:]:
        if not line:
            continue
        if _words(line) <= _FIELD_MAX_WORDS and _bare_field(key := _field_key(line)):
            if not password and _names_field(key, "password"):
                password = True
            elif _names_field(key, "login-form"):
                other = True
            if password and other:
                return True
        if _is_prose(line) and not (addresses_reader(line) or speaks_of_site(line)):
            return False
    return False


def _field_key(text: str) -> str:
    """The words of a line folded (``_path_form``) between spaces, to find a field's name in
    it as whole words ("senha", not "resenha")."""
    return f" {' '.join(_path_form(word) for word in _WORD.findall(text))} "


def _bare_field(key: str) -> bool:
    """A line (its ``_field_key``) holds at most ``_FIELD_OTHER_WORDS`` words once the
    form's field names are taken out ("Adresse e-mail", "Mot de passe oublié ?"); an
    imperative with its object ("Change your password", "Cambia tu contraseña") holds more."""
    for name in _form_names():
        key = key.replace(name, " ")
    return len(key.split()) <= _FIELD_OTHER_WORDS


@cache
def _form_names() -> tuple[str, ...]:
    """All of a login form's field names, the longest first ("mot de passe oublie" before
    "mot de passe")."""
    return tuple(
        sorted(_field_names("password") + _field_names("login-form"), key=len, reverse=True)
    )


def _names_field(key: str, section: str) -> bool:
    """A line (its ``_field_key``) names one of the ``section``'s fields."""
    return any(name in key for name in _field_names(section))


@cache
def _field_names(section: str) -> tuple[str, ...]:
    """The names of a login form's fields (``data/wall_words.txt``, ``[password]``,
    ``[login-form]``: one a line), as ``_field_key`` spells them."""
    return tuple(_field_key(line) for line in line_sections("wall_words.txt")[section])
