"""clean: raw page text → normalised lines without boilerplate, link-split lines rejoined.

Steps, each cheap when it has nothing to do:

1. Characters. Mojibake ("â€™", "Ã©") is repaired by ftfy, which is only called
   when a quick pattern finds a mojibake-looking pair (ftfy costs ~0.5 ms a page).
   A closing quote whose mojibake lost its last byte ("â€" before a space) becomes "”".
   CRLF/CR and Unicode line separators become "\\n"; non-breaking and other
   exotic spaces become " "; zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner,
   BOM) and soft hyphens are removed; HTML entities left in the text are unescaped.
   Quotes and dashes:
   look-alikes are mapped to the standard characters (primes, acute accents and
   backticks used as apostrophes, fullwidth quotes, reversed quotes; non-breaking,
   figure and minus "dashes" to "-" / "–"), while the typographic quotes and dashes
   a publisher printed (‘ ’ “ ” – —) are kept as printed.
2. Lines. Each line is stripped and its inner white space collapsed. When nearly
   every line is followed by a blank one (text made from HTML), blank lines carry
   no structure and are dropped. A social handle ending a short line goes ("Football
   Writer @BenGrounds" → "Football Writer"), and so do initials after the last sentence
   ("… within 48 hours. PTI ABC XYZ"). A UI label glued to the element after it gets a line of
   its own ("Read moreHarbour board approves …" → "Read more" / "Harbour board approves …").
3. Boilerplate (``streams.boilerplate`` and its phrase file): ads, share bars,
   calls to action, cookie and newsletter notices (a newsletter box's heading and
   description go with its sign-up pitch), comment widgets, copyright
   and footer links, "Read more" lines are removed. Headings that open a teaser
   block ("Related Articles") or end the article ("Comments", "Hashtags", the
   copyright line) are removed too and recorded in ``CleanPage.marks`` with a blank
   line in their place. Short lines (≤ 4 words) printed three times or more are UI
   ("Share", "Reply") unless they sit next to a time stamp (a teaser's source line).
   By position: a short line that is no sentence between two dropped controls ("vorlesen"
   / "In Pocket speichern" / "Kommentare lesen") is a control no phrase knows; a comments
   heading or link above the page's running text ("Comment"
   kicker, "42 Comments") ends nothing; a block heading inside the running text (a
   paragraph over it, the text going on under it after at most two short lines) is an
   insert: an ad slot, an ad card, a "Related article" link (block headings stacked over
   it count as one), dropped with its lines, a crosshead under the link kept; an ad card
   its button closes ("Sponsored" / title / advertiser / "Learn more") goes wherever it
   stands; a teaser heading over brief full-stopped sentences only ("UP NEXT" / "Hawks: Host
   Rovers on Saturday.") is a crosshead of the text; a
   command next to a dropped widget line ("View all photos" under "4 of 4") is the
   widget's link; a question to the reader over a button ("Do you like this article?" /
   "Like") is its prompt, and a survey on the article ("Was this article helpful?") goes
   with its answer buttons and the thanks under them; a colon label between a dropped
   line and a widget is the widget's; a sentence between two pitches is the pitch box's;
   the page's only bare
   clock line next to a title, between paragraphs, is a video player's length ("04:12" /
   "What is behind the anger?"); a sentence of availability right under a player's label is
   its notice ("Video" / "Dieses Video ist in Ihrer Region leider nicht verfügbar."), and a
   show's name between a listening label and the episode's title and length is its player's
   ("🎧 LISTEN" / show / episode / "22:14"); under a "Read more" heading, a headline over two
   paragraphs of text is a link (a teaser has one summary), and dropped lines under a
   link say nothing about it. A gallery's counters ("Image 1 of 4") go with its heading
   and the link under the last caption; under an ad label, a sentence opening with a
   command is the ad's copy; a pull quote the text prints again goes with the name under
   it; a note opening with the byline's name that closes the text is the author's; a
   person's copyright between a caption and the text going on ("© Daniel Schäfer") is a
   photo's credit, no end (between two paragraphs, an uncaptioned photo's: it goes alone);
   a gallery's credit printed under each caption, its counter near, is no repeated UI.
   Between the text's last paragraph and the block under it, the site's closing run goes:
   sentences in its own voice (two of "we"/"our"/its newsroom, the reader, its trade, the
   text itself: "Comments are closed for this article."), a question with its button, a
   contributor's credit, an author box printing the byline's line again; inside the text, a
   sentence in the site's voice boxed between short lines (an embed's data notice) goes
   with the heading and button that name its words.
   A line a label, a pitch or a player would drop but shaped like a headline over a card's
   stamp ("Watch: …" / "Coast FM · 2h"), or over a source alone between cards ("Video" /
   "1:20" / title / "ANSA"), is the card's title and stays; a player's title printed again
   under it (its label holds it) goes with it.
4. Rejoining. innerText breaks a line around every link, so "South Korea and" /
   "Japan in response to ..." must become one line. A line is joined to the next
   when it does not end a sentence and either ends with a comma or a function word
   ("and", "the", "by", "und", "de", ... in several languages), or the next line
   starts in lower case (not a card's source or byline over its stamp: "spot on news" /
   "vor 5 Std."). A line starting with closing punctuation (", in which")
   is glued to the line before without a space. Titles ("... China-North threat")
   end with a content word and the next line starts a sentence, so they are left
   alone.
"""

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

import ftfy

from streams.actors import first_name
from streams.boilerplate import (
    _UI_TOKEN,
    COMMAND_MAX_WORDS,
    SOURCE_ATTRIBUTION,
    Kind,
    _ui_words,
    addresses_reader,
    announces_list,
    announces_stream,
    asks_politely,
    classify,
    credits_quoted_outlet,
    describes_newsletter,
    glued_label,
    has_quote,
    is_account_button,
    is_address_field,
    is_agency_initials,
    is_author_box_field,
    is_bio_note,
    is_closing_bio,
    is_command,
    is_comments_heading,
    is_counter,
    is_donation_button,
    is_editorial_note,
    is_handle_line,
    is_heading_after_text,
    is_log_in_button,
    is_match_fact,
    is_more_news_remark,
    is_pitch,
    is_scorer_line,
    is_share_line,
    is_sign_up_button,
    is_sign_up_field,
    is_ui_control,
    join_words,
    links_back,
    names_discussion,
    names_news,
    names_newsletter,
    names_price,
    names_reader_outside_quotes,
    names_selling_word,
    names_this_article,
    names_web_address,
    notes_correction,
    notes_first_publication,
    notes_print_edition,
    notes_syndication,
    notes_unavailable,
    noun_case_words,
    offers_own_newsletter,
    offers_story,
    opens_with_article,
    quotes_price_per_period,
    quotes_speech,
    reports_speech,
    speaks_as_site,
    speaks_of_site,
    speaks_to_reader,
    starts_with_verb,
    states_discussion_rules,
)
from streams.captions import (
    agency_copyright_over_caption,
    agency_copyright_under,
    agency_words,
    caption_like,
    caption_over_text,
    caption_with_credit,
    is_agency,
    photographer_copyright,
    split_credit,
)
from streams.data_files import line_sections
from streams.gazetteer import get_gazetteer
from streams.model import CleanPage, RawPage
from streams.scan import NAME_PARTICLES, opens_with_brand
from streams.split_lines import names_newsroom, submitted_credit
from streams.timestamps import (
    find_time,
    is_bare_minutes,
    is_clock_only,
    is_relative_age,
    opens_section_name,
)

# --- characters ------------------------------------------------------------------------------

_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# "â€" before a space or a line's end: a closing "”" (UTF-8 E2 80 9D read as cp1252) whose
# last byte, undefined in cp1252, was lost; ftfy leaves it or reads "â€ " as a dagger
_LOST_CLOSING_QUOTE = re.compile("\u00e2\u20ac(?=[ \r\n]|$)")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")

_TRANSLATE: dict[int, str] = {
    **dict.fromkeys(
        [0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000, 0x09], " "
    ),
    **dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E], ""),
    # bidi marks, embeddings and isolates: invisible, around RTL names and handles in headlines
    **dict.fromkeys([0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], ""),
    **dict.fromkeys([0x2028, 0x2029, 0x0085, 0x0B, 0x0C], "\n"),
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F], ""),
    0x2212: "-", 0xFE58: "-", 0xFE63: "-", 0xFF0D: "-",  # (hyphens stay as printed)
    0x2012: "–", 0x2015: "—",
    0x2032: "'", 0x00B4: "'", 0x0060: "'", 0x201B: "‘", 0xFF07: "'",
    0x2033: '"', 0x201F: "“", 0xFF02: '"',
}  # fmt: skip
_ODD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "\r]")
_SPACE_RUN = re.compile(r"[ \t]{2,}")
# a dateline printed alone on its line, a place in capitals ("KARACHI:", "NEW DELHI:"): the
# first paragraph's opening, joined to it as the wire prints it ("KARACHI: The State Bank …")
# (or in title case, as some sites print it: "Bengaluru:")
_LONE_DATELINE = re.compile(r"[A-Z](?:[A-Z.'-]{2,}|[a-z.'-]{2,})(?: [A-Z][A-Za-z.'-]+){0,2}:")
# a wire's dateline alone on its line, its agency in brackets and no dash after it
# ("MADRID, 30 (EUROPA PRESS)", "BOGOTÁ, 28 nov. (EFE)"): the first paragraph's opening
_AGENCY_DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'-]{2,}(?: [A-ZÀ-Þ][A-ZÀ-Þ.'-]+){0,2})"
    r"(?:, [^()]{1,15})? \((?P<agency>[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,2})\)"
)
# a ticker chip inside a sentence: the company's symbol over its day's change ("NVDA" / "+6.12%")
_TICKER_SYMBOL = re.compile(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?")  # ("BRK.B", "RWE.DE")
_TICKER_MOVE = re.compile(r"[+\-−][\d.,]*\d ?%")
_CHIP_LABEL_KINDS = frozenset({Kind.LINKS, Kind.RELATED})
# the tabs between a line's cells, as innerText gives a table row ("Title\tSource\t12m"): the
# cells stay apart with the separator a one-line card prints ("Title · Source · 12m")
_TAB_CELLS = re.compile(r"(?<=\S) *\t[ \t]*(?=\S)")
_TAB_ROW_MIN_CELLS = 3  # (one tab between two words is a space a copy left)
# One character class (fast) for "something may need repair": a mojibake lead
# character, an entity's "&", or a character that _TRANSLATE maps.
_SUSPECT = re.compile("[\u00c2-\u00f4&" + _ODD_CHARS.pattern[1:])

# --- rejoining -------------------------------------------------------------------------------

_SENTENCE_END = frozenset(".!?:;…\"'”’»)]“")  # (“ closes a German quote)
_CLOSING_QUOTES = frozenset("\"'”’»“")
_QUOTED_SENTENCE_END = frozenset(".!?…")  # right before a paragraph's closing quote
_BOX_HEADING_WORDS = 5  # a newsletter's name: "Chip Brief", "The Economist Review today"
_DESCRIPTION_END = frozenset(".!")
_NAME_QUOTES = "«»“”„\"' "  # quotes around a name, and the spaces inside them
_BOX_DESCRIPTIONS = 2  # description lines over a newsletter's sign-up pitch
_BOX_FIELDS = 2  # a sign-up form's field and button between the description and the pitch
_SURVEY_QUESTION_WORDS = 12  # "Cet article vous a-t-il été utile ?"
_SURVEY_ANSWER_WORDS = 2  # an answer button: "Oui", "1 Stern", "Not really"
_SURVEY_MIN_ANSWERS = 2
_SURVEY_ANSWERS = 6  # (a few: five stars, yes / no / maybe)
_SURVEY_THANKS_WORDS = 15  # "Merci pour votre réponse."


_CLOSING = frozenset(",.;:!?)")
_NOUN_CLAUSE_WORDS = 4  # running text over a link before a noun: "Die Opposition kündigte an,"
_HEADLINE_PARTS = re.compile(r": | [–—-] ")  # a headline's kicker or parts: "Streik: Was …"
_NOUN_LINK_MAX_WORDS = 4  # a name or a noun: "Verfassungsrat", "Rassemblement National"
_OPENING_QUOTES = frozenset("\"“«„‘'")
_SPEECH_OPENERS = _OPENING_QUOTES - {"‘", "'"}  # a quoted speech's (no apostrophe-like quote)
_SPEECH_CLOSERS = re.compile('["”“»]')  # (_CLOSING_QUOTES without the apostrophe-like ones)
_SPEECH_END = _QUOTED_SENTENCE_END | {","}  # before the closing quote of a quoted sentence
_WORD = re.compile(r"[^\W_]+")
_PULL_QUOTE_MIN_WORDS = 6
_QUOTE_ENDS = 4  # words at each end of a pull quote found again in the text
_PULL_QUOTES_MAX = 3  # candidates looked for on a page (linear time)
_ATTRIBUTION_WORDS = 6


def _ui_word_section(section: str) -> tuple[str, ...]:
    """The words of ``section`` of ``data/ui_words.txt`` as printed, in the file's order."""
    return tuple(word for line in line_sections("ui_words.txt")[section] for word in line.split())


_NAME_MIN_WORDS = 2
_NOTE_MAX_WORDS = 25  # an author's note closing the text
_SHARE_ROW_MAX_LINES = 10  # a header's share buttons, one a line ("Facebook", "X", "Stampa")
_DONATION_BOX_LINES = 2  # a donation box's heading and its appeal over the button
_STAMP_ONLY_SPACES = 3  # "19 November 2026", "Nov. 27, 2026"
_BYLINE_REACH = 12  # lines over the text's start where its byline stands
_BYLINE_MAX_SPACES = 6  # "Door Bram van der Linde": a label, a name and its particles
# (Tagalog "ni Mark Reyes" in lower case only: "Ni Una Menos" is a slogan in Spanish)
_BYLINE = re.compile(
    r"^(?:(?:[Ww]ritten |[Rr]eported |[Ss]tory )?[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i"
    r"|[Oo]prac\.|[Aa]utor(?:ka)?|Av|Af|ni|"
    # (a reporter the paper sent: "dal nostro inviato Name", "dalla nostra corrispondente Name")
    + "|".join(
        f"[{phrase[0].upper()}{phrase[0]}]{re.escape(phrase[1:])}"
        for phrase in line_sections("author_roles.txt")["sent"]
    )
    + r"):? "
    r"[A-ZÀ-Þ]\S*(?: (?:(?:"
    + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
    + r") ){0,2}[A-ZÀ-Þ]\S*){0,3}$"  # (and "de", "van der" inside: a name's particles only)
)
_DANGLING_DASH = (" -", " –", " —", " --", ".-")  # "MADRID, 15 Ene. (EUROPA PRESS) -" / text
_LINK_MIN_WORDS = 3
_KICKER_MAX_WORDS = 3  # a card's kicker or source between its title and stamp
_CHIP_MAX_WORDS = 2  # a box's chip over its link: "Generalsanierung", "Deutsche Bahn"
_LINK_MAX_WORDS = 20
_LINK_LOOKAHEAD = 3  # lines looked at under a headline link
_BOX_LOOKAHEAD = 4  # ... and under a box's chip: its link, the link's byline, two of text
_LINK_LABEL_CHARS = 25  # "WATCH | ", "Related video: " before a title
_LINK_SKIP_MAX = 4  # dropped lines skipped there (bounded: linear time)
_HAS_LETTER = re.compile(r"[^\W\d_]")
_CARD_TAIL_SEPARATOR = re.compile(r" [·•|—–-] ")  # a one-line card's parts
_META_SEPARATOR = re.compile(r" [·•|] ")  # "Kreisbote · vor 2 Std.": a card's source and stamp
_META_SOURCE_MAX_WORDS = 4  # before a meta line's stamp: "short by Ann Roy", "Coast FM"
_META_PARTS = re.compile(r" [·•|/—–] ")  # and "short by Ann Roy / 09:41 am", "g1 — há 35 min"
_TRAILING_HANDLE = re.compile(r"(?:^| )@\w{2,30}$")
# "… within the next 48 hours. PTI ABC XYZ": the agency's and editors' initials after the
# last sentence (three or more capitals-only tokens; a sentence never ends that way); a
# desk's end mark glued to it ("… 5 million tonnes. Enditem", "… on Friday. (END)")
_END_MARKS = ("Enditem", "ENDITEM", "(END)")  # (also the quick test for them)
_SIGN_OFF = re.compile(
    r"(?<=[.!?”\"’]) (?:(?:[A-Z]{2,5} ){2,}[A-Z]{2,5}|"
    + "|".join(map(re.escape, _END_MARKS))
    + ")$"
)
_HANDLE_LINE_WORDS = 6  # a role line with a handle is short
_PARAGRAPH_WORDS = 12  # a paragraph of running text
_OFFER_WORDS = 20  # a paywall's offer is a sentence or two
_OFFER_BOX_LINES = 2  # what a pitch's offer box says between the pitch and its button
_DOUBLE_SPACED = 0.6  # blank lines per content line above which blanks are ignored
_REPEAT_MIN = 3
# a play sign alone on its line, over its clip's length ("▶" / "4:02"): one line, "▶ 4:02", as
# a video card prints it, so the length reads as no clock (a bullet, "•", over a clock does not)
_PLAY_SIGNS = frozenset(("▶", "►", "▷", "⏵", "▶\ufe0f"))
_CLIP_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?$")
_REPEAT_MAX_WORDS = 4
_REPEAT_MAX_CHARS = 40
_SUMMARY_MIN_WORDS = 6
_BY_WORDS = frozenset({"by", "von", "par", "por", "door", "di", "de"})  # a byline's names follow
_HEADING_MAX_WORDS = 4
_CROSSHEAD_MAX_WORDS = 5  # a crosshead under a link twice as long (``_crosshead_under_link``)
_CROSSHEAD_LINK_RATIO = 2
_PLACE_MAX_WORDS = 3  # a dateline's place: "Madrid", "Santiago de Chile"
_SUBJECT_MIN_CHARS = 6  # a crosshead's subject found again in its paragraph ("Quota 103")
_SUBJECT_PUNCTUATION = ",;:.!?"
_OPEN_TITLE_MAX_WORDS = 20  # a headline ending in an open word; longer is running text
_TITLE_NO_END = frozenset(".!…:;")  # a title may end with "?", a quote or a word
_EDITORIAL_NOTE_CHARS = 280  # a note of a sentence or two, no paragraph of an essay
_NOTE_ENDS = frozenset(".!")
_CLOSING_RUN_MAX = 6  # kept lines between the text's last paragraph and a block under it
_CLOSING_NOTE_WORDS = 12  # a longer sentence in the site's voice names the text or is labelled
_BLOCK_HEADINGS = frozenset({Kind.RELATED, Kind.LINKS, Kind.END})
_TEXT_GOES_ON_LINES = 3  # content lines looked at under a notice for the text's next paragraph
_HEADER_LINES = 3  # a header's short lines between its headline and its stamp, the stamp's too
_HEADER_TEXT_PARAGRAPHS = 2  # the text under a story's header (an ad's copy is one)
_PROMPT_QUESTION_WORDS = 6  # "Fehler gefunden?" before its button
_CREDIT_LABEL_WORDS = 3  # "Mitarbeit:", "Con información de:" before a name
_PICTOGRAPH_FROM = "\u2190"  # arrows, symbols, emoji come after (a quick test before the category)
_PROMPT_ENDS = frozenset("?.!:")  # a prompt, a bio or a label over a widget ends so
_BLOCK_ENDS = (Kind.DROP, Kind.END)  # a dropped line or the text's end under a widget's line
_PROMPT_READER_WORDS = 2  # "you" in a prompt over a button that asks no question
_COMMAND_LINE_WORDS = 20
_NAME_MAX_WORDS = 3
_TITLE_CASED_SHARE = 2  # capitalised words in a button's text: at least half
_STEM_MIN_CHARS = 5  # a control's word whose inflections a notice next to it may use
_LABEL_MAX_WORDS = 4  # a toolbar control's label between two known controls
_WIDGET_HEADING_WORDS = 10  # "Copy/paste the article video embed link below:"
_NEIGHBOUR_STEPS = (-1, 1)  # a widget's link right over or under its dropped line
_GALLERY_STEPS = (-1, 1, 2)  # or under a gallery counter's caption
_INSERT_MAX_LINES = 2  # a headline link; an ad's title and its advertiser
_INSERT_SKIPS = frozenset({Kind.DROP, Kind.AD, Kind.RELATED, Kind.LINKS})
_BRIEF_ITEMS = 4  # brief sentences under a crosshead that looks like a teaser heading
_MEDIA_WORDS = r"video|vídeo|vidéo|audio|podcast|player"
_MEDIA = re.compile(rf"\b(?:{_MEDIA_WORDS})\b")
# a rail's plural label ("VÍDEOS: mais assistidos"): a player's only over one clip in a text
_MEDIA_PLURAL = re.compile(r"\b(?:videos|vídeos|vidéos)\b")
_RAIL_CLIP_REACH = 4  # lines under a clip's title where a rail prints its next length
_CLIP_CARD_META_REACH = 2  # lines under a video card's title: its source and its stamp
# verbs of listening: a show's label (``_SHOW_WORD``), an app's button (``_LISTENING_APP``)
_LISTEN_VERBS = r"listen|hören|anhören|écouter|ecouter|escucha|escuchar|ascolta|ouvir|luister"
# a medium or a verb of playing one: a player's short label ("Bekijk", "Video afspelen")
_PLAYER_WORD = re.compile(
    rf"\b(?:{_MEDIA_WORDS}|watch|play|playing|afspelen|bekijk|bekijken|kijk|abspielen|ansehen"
    r"|anschauen|regarder|reproducir|riproduci|guarda|assista|assistir)\b"
)
# ... or a verb of listening to one: a show's player ("🎧 LISTEN" over its name, episode and
# length; not "Listen to this article" over "3 min", the article read aloud, which has no title)
_LISTEN_WORD = re.compile(rf"\b(?:{_LISTEN_VERBS}|escuchá|ouça)\b")
_SHOW_WORD = re.compile(rf"{_PLAYER_WORD.pattern}|{_LISTEN_WORD.pattern}")
# a player's length: "02:31", "1:02:31", or compact "1m", "1m 12s", "45s", "1 Min" (de); a
# clock length in minutes may name its programme after a comma ("03:12 min, aus Echo der Zeit
# vom 27.11.2026."): a broadcaster's audio box, no sentence of a story opens on a length;
# also after its label ("Duration 2:14", "Durée : 1:05")
_DURATION = re.compile(
    rf"^(?:(?i:{'|'.join(_ui_word_section('duration-label'))}) ?:? )?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3} ?(?:m|[mM]in\.?)(?: ?\d{1,2} ?s)?|\d{1,2} ?s"
    r"|\d{1,3}' ?\d{1,2}\""  # (minutes' and seconds" marks: "4' 12\"")
    r"|\d{1,2}:\d{2} ?[mM]in\.?, [^\n]{1,80})$"
)
# a listening app's button in a podcast promotion's bar ("Apple Podcasts | Spotify", "Listen on
# Spotify", "Écouter sur Deezer"): the app's name, maybe after a verb of listening and "on"
_LISTENING_APP = re.compile(
    rf"(?P<verb>(?:{_LISTEN_VERBS})"
    r"(?: \w+)? (?:on|in|sur|en|su|no|na|bei|auf|op) )?(?:apple podcasts?|spotify|google podcasts"
    r"|amazon music|audible|deezer|pocket casts|overcast|castbox|podimo|youtube(?: music)?)"
)
_PODCAST = re.compile(r"\bp[oó]dcast")  # the promotion's sentence names the show so
_PROMO_MAX_WORDS = 40
# a podcast player's label set into the text ("Listen to the X Podcast", "Hören Sie den
# Podcast"): a verb of listening first, "podcast" last, no sentence's end
_PODCAST_LABEL = re.compile(rf"(?:{_LISTEN_VERBS})\b.*\bp[oó]dcasts?")
_PODCAST_LABEL_MAX_WORDS = 8
_APP_BAR_MAX_WORDS = 10
_APP_BAR_SEPARATOR = re.compile(r" ?[|·/] ?")
_CLOCK_LED = re.compile(r"\d{1,2}[:.h]\d\d\b")  # a live entry's headline: "09:30 Uhr: …"
_ENTRY_CLOCK_WORDS = 4  # a live entry's clock line: "15:40 Uhr", "7:38 a.m. EDT"
_ENTRY_CLOCK = re.compile(r"\d{1,2}[:.h]\d\d\b(?![.:/]\d)")  # (not a date: "28.11.2026, …")
_CLOCK_LINE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_CLOCK_LINES = re.compile(r"\n\d{1,2}:\d{2}(?::\d{2})?(?=\n|$)")  # (a literal start: fast)
# a player widget's state, line by line after its label (0: not in a widget)
(
    _PLAYER_LABEL,
    _PLAYER_NOTICE,  # a sentence-long label ("Please use Chrome browser for … video player")
    _PLAYER_DURATION,
    _PLAYER_TITLE,
    _PLAYER_DONE,
    _PLAYER_SOURCE,
    _PLAYER_END,
    _PLAYER_BLOCKED,  # its notice that it cannot play ("Dieses Video ist … nicht verfügbar.")
) = range(1, 9)
# the states under a label (its title or length may follow), and those that skip a dropped line
_PLAYER_LABELS = frozenset({_PLAYER_LABEL, _PLAYER_NOTICE, _PLAYER_BLOCKED})
_PLAYER_SKIPS_DROPPED = _PLAYER_LABELS | {_PLAYER_DONE}
_NOTICE_MIN_WORDS = 5
# a match's score on a line of its own ("2 – 1", "27"), and the widget lines under it that its
# scorer lines may come after (the team names, a status, the venue)
_SCORE = re.compile(r"^\d{1,3}(?: ?[-–:] ?\d{1,3})?$")
_SCORE_WIDGET_LINES = 4
_UNDERSCORE_RULE = re.compile(r"_{3,}$")
_PLAYER_SOURCE_LABEL = re.compile(
    r"^[-–—•·]? ?(?:source|quelle|fuente|fonte) ?:(?: (?P<name>.+))?$", re.IGNORECASE
)
_PLAYER_TITLE_MAX_WORDS = 15
_PLAYER_BUTTON_WORDS = 2  # a player's button under its length: "Escuchar ahora"
_PLAYER_LABEL_WORDS = _ui_word_section("player-label")
_AD_OFFER_WORDS = frozenset(_ui_word_section("offer"))
_AD_NOW_WORDS = frozenset(_ui_word_section("offer-now"))
_OFFER_LINE_WORDS = 14  # an ad's copy line, a headline's length
# a titled player's first letter, a quick test ("Video | …", "[WATCH] …")
_PLAYER_START_LETTERS = frozenset(
    "[" + "".join(word[0] + word[0].upper() for word in _PLAYER_LABEL_WORDS)
)
_TITLED_PLAYER = re.compile(  # ... or in brackets before it ("[WATCH] Title")
    rf"^(?:(?:{'|'.join(_PLAYER_LABEL_WORDS)}) ?[|:]"
    rf"|\[(?:{'|'.join(_ui_word_section('player-bracket'))})\]) ?\S",
    re.IGNORECASE,
)  # a short line printed again (menu item, then heading) stands alone


def normalise_text(text: str) -> str:
    """Repair mojibake and normalise line breaks, spaces, quotes and dashes."""
    suspect = _SUSPECT.search(text)  # one pass; most pages have nothing to repair
    if suspect is not None:
        if _MOJIBAKE.search(text, suspect.start()):  # ftfy only when "â€™"-like pairs
            text = _LOST_CLOSING_QUOTE.sub("”", text)
            text = ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False)
        if "&" in text and _ENTITY.search(text):
            text = html.unescape(text)
        if _ODD_CHARS.search(text):
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            if "\t" in text:
                text = "\n".join(_table_row(line) for line in text.split("\n"))
            text = _ODD_CHARS.sub(_plain_char, text)  # (not str.translate: a dict per char)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _table_row(line: str) -> str:
    """A line of three cells or more set apart by tabs, its cells set apart as a one-line
    card's are (" · "); any other line as it is."""
    if line.count("\t") < _TAB_ROW_MIN_CELLS - 1:
        return line
    cells = _TAB_CELLS.split(line)
    return " · ".join(cells) if len(cells) >= _TAB_ROW_MIN_CELLS else line


def _plain_char(match: re.Match[str]) -> str:
    """The plain character (or none) for an odd one: a space, a line break, a dash."""
    return _TRANSLATE[ord(match.group())]


class _Lines:
    """The output lines; the last content line is kept in pieces until it is complete."""

    __slots__ = ("chip_sources", "clip_next", "clips", "current", "lines", "slotted")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []  # pieces of the line being built ("".join at the end)
        self.clips: list[int] = []  # video cards' titles kept under a length that went
        # a card's meta line kept under a length that went ("1:07" / "ntv · vor 57 Min." /
        # title): the clip's title is the next line
        self.clip_next = False
        self.slotted: list[int] = []  # the lines kept right under an ad slot's dropped label
        self.chip_sources: list[int] = []  # publishers kept over a reading time that went

    def take_clip_title(self, under_length: bool, line: str) -> bool:
        """Whether ``line`` is a video card's title kept under its dropped length
        (``under_length``), or under the card's meta line kept there, when the card prints
        its source and stamp first ("1:07" / "ntv · vor 57 Min." / title). Advances
        ``clip_next``: a meta line there sets it, so the title is read on the next line."""
        under = under_length or self.clip_next
        self.clip_next = under and _card_stamp(line)
        return under and not self.clip_next

    def note_dropped(self, line: str, lines: list[str], number: int) -> None:
        """Note what a dropped line tells of the lines around it: an ad slot's label ("Anzeige")
        of the line under it; a card's reading time of the publisher's name over it ("Source"
        / "·" / "2 min read"), or on its line, which stays ("Source · 2 min read")."""
        if line.casefold() in _AD_SLOT_WORDS:
            # (the next line kept, unless it joins a sentence the label broke: not flushed)
            self.slotted.append(len(self.lines) + bool(self.current))
        elif (name := _publisher_before_chip(line)) is not None:
            self.add(name, joins=False)
            self.chip_sources.append(len(self.lines))
        elif _reading_time_chip(line) and _publisher_over_chip(self, lines, number):
            self.chip_sources.append(len(self.lines))

    def flush(self) -> list[str]:
        if self.current:
            self.lines.append("".join(self.current))
            self.current = []
        return self.lines

    def blank(self) -> None:
        if self.flush() and self.lines[-1]:
            self.lines.append("")

    def add(self, line: str, *, joins: bool, clip: bool = False) -> None:
        """``line`` glued onto the line being built when it ``joins`` it, else a new line
        (``clip``: a video card's title right under its length, which went)."""
        if joins:  # "at the National Assembly" / ", in which ...": glued without a space
            current = self.current
            current.append(line if line[0] in _CLOSING else _joint(current[-1], line))
        else:
            self.flush()
            if clip:
                self.clips.append(len(self.lines))
            self.current = [line]


def clean_page(page: RawPage) -> CleanPage:
    out = _Lines()
    marks: list[tuple[int, str]] = []
    normalised = normalise_text(page.text)
    raw_lines = _lines(normalised)
    kinds = _classified(raw_lines)
    repeated = _repeated_ui_lines(raw_lines)
    links = _LinkList(marks)
    seen: set[str] = set()  # short lines printed before (menu items)
    player = 0  # after a video widget's label (1) and its duration (2): its title goes too
    lengths = _length_lines(raw_lines)
    _keep_card_titles(raw_lines, kinds)
    _drop_by_shape(normalised, raw_lines, kinds)
    _drop_notes_over_bylines(raw_lines, kinds)
    boxes = _newsletter_boxes(raw_lines, kinds)
    text = _TextStart(raw_lines, kinds)
    _keep_story_sentences(raw_lines, kinds, text)
    _drop_author_note(raw_lines, kinds, text)
    _drop_closing_runs(raw_lines, kinds, text)  # (first: a note over the run ends the text)
    _drop_notices_in_text(raw_lines, kinds)
    _drop_editorial_notes(raw_lines, kinds, text, page.url)
    drop, end = Kind.DROP, Kind.END  # (locals: looked up on every line)
    for number, line in enumerate(raw_lines):
        if not line:
            out.blank()
            links.open = out.clip_next = False
            continue
        kind = drop if number in boxes else kinds[number]
        if kind is end or (kind is drop and line[0] == "_"):  # (the quick test)
            kind = _kind_by_place(line, kind, text, number)
        # (a video card's title under it stays, it goes)
        clip = out.take_clip_title(player == _PLAYER_DURATION, line)
        if player:
            player = _player_state(player, kind, raw_lines, kinds, number)
            if player:
                continue  # "02:31", then the video's title (or the title, then "02:31")
        opens = (  # (the quick test: most lines open no player)
            number + 1 in lengths
            or number + 2 in lengths
            or (kind is None and line[0] in _PLAYER_START_LETTERS)
            or (
                kind is drop
                and (
                    number + 2 in lengths
                    or number + 3 in lengths
                    or _MEDIA.search(line.casefold())
                    or _labelled_length(line)
                )
            )
        )
        player = (
            _player_start(line, kind, raw_lines, kinds, number, lengths=lengths) if opens else 0
        )
        if player:
            continue
        if kind is None and (
            line in repeated
            or (line[0] > _PICTOGRAPH_FROM and _pictograph_insert(raw_lines, kinds, number))
        ):
            kind = drop  # a repeated UI line; "📲 Join our channel on WhatsApp" inside the text
        if (
            kind is None
            and links.open
            and links.takes(line, _next_kept(raw_lines, kinds, number), header=text.after(number))
        ):
            continue
        if kind is None:
            current = out.current  # (inline: asked for every content line)
            # (a video card's title under its dropped length joins no line over the player)
            joins = (
                bool(current)
                and not clip
                and (
                    line[0] in _CLOSING
                    or _noun_after_link(current, line, raw_lines[number - 1])
                    or (  # not a card's source under its title: "… Title" / "spot on news" / "2h"
                        _continues(_tail(current), line, linked=len(current) > 1)
                        and not (line[0].islower() and _card_meta(raw_lines, kinds, number))
                        and not _own_line(_tail(current), line, raw_lines, kinds, number)
                    )
                )
            )
            if not _standalone(out, line, seen, joins=joins):
                out.add(line, joins=joins, clip=clip)
        elif kind is not drop and (kind is end or not _drop_insert(raw_lines, kinds, number)):
            links.heading(out.flush(), kind, line)  # related, links, end, ad (no insert)
        elif kind is drop:
            out.note_dropped(line, raw_lines, number)  # (an ad slot's label, a reading time)
        # a dropped line (an ad, a "Read more" link) is skipped: the text around it goes on
    return _cleaned(page, out, links)


# an ad slot's bare label that clean drops as clutter, not as an [ad] label (an empty slot
# among cards is as common as one over an ad card): split reads no stampless card's
# publisher and summary right under it, nor a stamp over it as the title's under it; its
# labels that name an advertiser after them too (``_SLOT_LABEL``) are ``_SLOT_LABEL_WORDS``
_SLOT_LABEL_WORDS = (
    "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade", "advertentie",
    "reklame",
)  # fmt: skip
_AD_SLOT_WORDS = frozenset(
    {"reklama", "annons", "annonce", "reklam", "mainos", "iklan", "reklaam", "reklāma",
     "hirdetés", "publicitate", "διαφήμιση", *_SLOT_LABEL_WORDS}
)  # fmt: skip


def _cleaned(page: RawPage, out: _Lines, links: "_LinkList") -> CleanPage:
    """The clean page of the lines kept, its trailing blank lines gone, and its marks."""
    lines = out.flush()
    while lines and not lines[-1]:
        lines.pop()
    marks = [(min(index, len(lines)), kind) for index, kind in links.marks]
    return CleanPage(
        lines=tuple(lines),
        raw=page,
        marks=tuple(marks),
        lists=_kept(links.lists, marks, len(lines)),
        streams=_kept(links.streams, marks, len(lines)),
        offers=_kept(links.offers, marks, len(lines)),
        clips=tuple(index for index in out.clips if index < len(lines)),
        slotted=tuple(index for index in out.slotted if index < len(lines)),
        chip_sources=tuple(index for index in out.chip_sources if index < len(lines)),
    )


# a card's meta line may print its publisher and a reading time and no stamp ("Source · 2
# min read", or each part on its own line: "Source" / "·" / "2 min read"); the reading time
# is UI and goes, but it was the one sign that the name over it is the card's publisher: the
# name stays, and split learns that the page prints its cards' sources (``CleanPage.chip_sources``)
_CHIP_NAME_MAX_WORDS = 5
_READING_TIME_MAX_WORDS = 4  # "4 Min. Lesezeit", "3 minutos de lectura"
_READING_FIGURE = re.compile(r"(?:^|\s)\d{1,2}[ -]?min", re.IGNORECASE)  # "2 min", "4 Min."


def _reading_time_chip(line: str) -> bool:
    """A reading time alone, a UI phrase with its minutes ("2 min read", "· 4 Min. Lesezeit",
    "Lettura 3 min"): no stamp, and a bare "40 min" (as often a card's age) is none."""
    chip = line.lstrip("·•| ")
    return (
        0 < chip.count(" ") < _READING_TIME_MAX_WORDS
        and _READING_FIGURE.search(chip) is not None
        and classify(chip) is Kind.DROP
        and find_time(chip) is None
    )


def _publisher_before_chip(line: str) -> str | None:
    """The publisher of a "Source · 2 min read" line (``_chip_publisher_name``; also "•", "|"), else
    None."""
    parts = _META_SEPARATOR.split(line) if "min" in line.casefold() else ()
    if len(parts) != 2:  # (the quick test first: most dropped lines hold no reading time)
        return None
    name, chip = parts
    return name if _reading_time_chip(chip) and _chip_publisher_name(name) else None


def _publisher_over_chip(out: _Lines, lines: list[str], number: int) -> bool:
    """Whether the line being built is a publisher's name (``_chip_publisher_name``) printed
    right over the reading time at ``number``, or over a separator line ("·") over it."""
    if len(out.current) != 1:
        return False
    above = number - 1
    if above > 0 and lines[above] in _CHIP_SEPARATORS:
        above -= 1
    return above >= 0 and lines[above] == out.current[0] and _chip_publisher_name(lines[above])


_CHIP_SEPARATORS = frozenset({"·", "•", "|"})


def _chip_publisher_name(name: str) -> bool:
    """A name's short line before a card's reading time: capitalised, a few words, no
    sentence, no stamp, no UI, no byline ("By Ann Lee · 4 min read" is the author's)."""
    return (
        bool(name)
        and (name[0].isupper() or name[0].isdigit())
        and name.count(" ") < _CHIP_NAME_MAX_WORDS
        and name[-1] not in _SENTENCE_END
        and _BYLINE.match(name) is None
        and classify(name) is None
        and find_time(name) is None
    )


# a name alone in brackets on its line: "(Ansa)", "(Focus Features)"
_BRACKETED_NAME = re.compile(r"\((?:[A-ZÀ-Þ][\w'’-]*)(?: [A-ZÀ-Þ][\w'’-]*){0,2}\)")


def _glue_bracketed_credits(lines: list[str], kinds: list[Kind | None]) -> None:
    """A name alone in brackets, dropped as a bare agency's line ("(Ansa)"), right under a
    caption's line (``caption_like``: no full stop; or one sentence of a caption's length,
    ``caption_over_text``) with a line kept under it (the text, or the byline a lead picture
    stands over), is that picture's credit printed on the next line: glued to the caption
    ("Donald Trump nello Studio Ovale (Ansa)") for the caption stage, as a caption printing
    it on its own line reads. A wire's sign-off under the text's last paragraph has the
    page's end or its links under it."""
    for number, line in enumerate(lines):
        if kinds[number] is not Kind.DROP or line[:1] != "(" or not _BRACKETED_NAME.fullmatch(line):
            continue
        above = number - 1
        if above < 0 or not lines[above] or kinds[above] is not None:
            continue
        caption = lines[above]
        below = _next_content(lines, kinds, number)
        if (
            (caption_like(caption) or caption_over_text(caption))
            and below >= 0
            and _credit_in_brackets(line)
        ):
            lines[above] = f"{caption} {line}"


def _credit_in_brackets(line: str) -> bool:
    """The bracketed name can credit a picture: an agency's one word ("(Ansa)") or a name of
    two or three words ("(Harbor Pictures)"). Another word alone is a note on the line over
    it, a headline's or a clip's ("(Updated)", "(Video)"), no credit."""
    name = line[1:-1]
    return " " in name or is_agency(name)


def _kept(headings: list[int], marks: list[tuple[int, str]], size: int) -> tuple[int, ...]:
    """The marks of headings (``_LinkList.heading``) that stand (the mark of a "Read more"
    heading whose text went on is gone), at their place among ``size`` lines."""
    kept = {index for index, _ in marks}
    return tuple(sorted({min(index, size) for index in headings} & kept))


def _kind_by_place(line: str, kind: Kind, text: "_TextStart", number: int) -> Kind | None:
    """A "Comment" kicker or a "42 Comments" link over the text is no end; "___" under the
    text is one: the agency's notes follow ("… contributed to this report."). A person's
    copyright under a line of text, over the text going on, is a picture's credit, no end:
    kept for captions under a caption standing apart, else dropped alone
    (``_photographer_credit``)."""
    if kind is Kind.END and line[0] == "©":
        if _agency_credit(text, number) or _agency_credit_over_lead_caption(text, number):
            return None
        credit = _photographer_credit(text.lines, text.kinds, number)
        if credit is not Kind.END:
            return credit
    if kind is Kind.END and is_comments_heading(line) and text.after(number):
        return Kind.DROP
    if kind is Kind.DROP and _UNDERSCORE_RULE.match(line):
        return Kind.DROP if text.after(number) else Kind.END
    return kind


def _agency_credit(text: "_TextStart", number: int) -> bool:
    """The copyright line at ``number`` is an agency's credit for the caption right over it
    (``agency_copyright_under``: "A flooded street in Guastalla on Monday" / "© AP") in the
    middle of the text, a paragraph over the caption and one under the credit: kept for
    captions, no end. "© dpa" after the last paragraph, or over the site's links, still
    ends the text; over the text's start (under the header) the lead's search is left as
    it was, unless the header's stamp (a portal's article view: "Story by …" / "• 3h •"),
    or that stamp and its share buttons (``_stamp_over_buttons``), stand right over the
    caption: the picture opens the text. A stamp alone counts only over the text's start:
    under the text, a teaser's stamp, title and picture credit ("30.11.2026, 18:12 Uhr" /
    "Containerumschlag … bricht ein" / "© dpa") end the story. The line over the caption may be
    a short paragraph ("Rund 850.000 Passagiere kamen in die Hansestadt."): a line of text
    ending in a full stop, as a menu's is not; so may the line under the credit ("Les
    syndicats ont annoncé une journée d’action."): a sentence of its own (``_sentence``), as
    a link list's or a footer's line is not."""
    lines, kinds = text.lines, text.kinds
    above = _previous_line(lines, number)
    if above < 0 or kinds[above] is not None:
        return False
    if not agency_copyright_under(lines[above], lines[number]):
        return False
    over = _previous_line(lines, above)
    below = _next_content(lines, kinds, number)
    return (
        over >= 0
        and (
            _stamp_over_buttons(lines, kinds, over)
            or (
                kinds[over] is None
                and (
                    _paragraph(lines[over])
                    or lines[over][-1:] == "."
                    # (the header's stamp: "• 3h •")
                    or (find_time(lines[over]) is not None and text.after(over))
                )
            )
        )
        and below >= 0
        and (
            _paragraph_opens(lines, kinds, below)
            or _sentence_of_text(lines[below])
            or _live_entry_opens(lines, kinds, below)
        )
    )


def _agency_credit_over_lead_caption(text: "_TextStart", number: int) -> bool:
    """The copyright line at ``number`` is an agency's credit printed above the lead picture's
    caption: right under the header's stamp and share buttons (``_stamp_over_buttons``), over
    a caption's line (``agency_copyright_over_caption`` asks its shape and the agency: "© BELGA" /
    "Vrachtwagens op de Noorderlaan in de Antwerpse haven.") with a paragraph of the text under
    it. Kept for captions, no end: the text opens under the picture."""
    lines, kinds = text.lines, text.kinds
    above = _previous_line(lines, number)
    caption = _next_content(lines, kinds, number)
    if above < 0 or caption < 0 or not agency_copyright_over_caption(lines[caption], lines[number]):
        return False
    under = _next_content(lines, kinds, caption)
    return under >= 0 and _paragraph(lines[under]) and _stamp_over_buttons(lines, kinds, above)


def _live_entry_opens(lines: list[str], kinds: list[Kind | None], index: int) -> bool:
    """A live entry opens at ``index``: its clock leads a line ("09:30 Uhr: …", or "12:47"
    alone over the entry's headline) with a paragraph under it or under that headline. A
    caption's credit over it is a picture's in the blog, not the page's footer."""
    if _CLOCK_LED.match(lines[index]) is None:
        return False
    after = _next_content(lines, kinds, index)
    if after < 0:
        return False
    if _paragraph(lines[after]):
        return True
    under = _next_content(lines, kinds, after) if _CLOCK_LINE.match(lines[index]) else -1
    return under >= 0 and _paragraph(lines[under])


def _sentence_of_text(line: str) -> bool:
    """A short sentence of the text (``_sentence``), not a note about the article itself
    ("Die Kommentarfunktion wurde für diesen Artikel deaktiviert."): a page's closing note
    under the last caption's credit, which ends the text."""
    return _sentence(line) and not names_this_article(line)


def _paragraph_opens(lines: list[str], kinds: list[Kind | None], index: int) -> bool:
    """A paragraph at ``index``, or its dateline printed apart over it, left open by a dash
    ("BRUSSEL -" / "De Vlaamse regering heeft maandag …")."""
    if _paragraph(lines[index]):
        return True
    after = _next_content(lines, kinds, index) if lines[index][-1] in "-–—" else -1
    return after >= 0 and _paragraph(lines[after])


def _stamp_over_buttons(lines: list[str], kinds: list[Kind | None], last: int) -> bool:
    """The dropped buttons ending at ``last`` (up to ``_SHARE_ROW_MAX_LINES`` line positions,
    blanks included; each a UI control, ``is_ui_control``: a share row "Partager", "Stampa",
    "Scrivi alla redazione") stand right under a kept line with a time (``find_time``: the
    header's stamp "Publié le 30 novembre 2026 à 11h42"): what follows opens the article's
    text. A kicker kept over them ("NEWS") holds no time; a dropped link ("Leggi anche: …")
    is no button: a picture under it may be the linked story's. A byline kept between the
    stamp and the picture ("Publié le …" / "Par Belga") is the header's too."""
    index = last
    while (
        index >= 0
        and last - index < _SHARE_ROW_MAX_LINES
        and (
            (kinds[index] is Kind.DROP and is_ui_control(lines[index]))
            or (kinds[index] is None and _BYLINE.match(lines[index]) is not None)
        )
    ):
        index = _previous_line(lines, index)
    return (
        index >= 0 and index < last and kinds[index] is None and find_time(lines[index]) is not None
    )


def _photographer_credit(lines: list[str], kinds: list[Kind | None], number: int) -> Kind | None:
    """The kind of the copyright line at ``number`` when it names a person, a line of text
    stands right over it and the text goes on under it (a paragraph, or a live entry's
    clock-led headline over one): a picture's credit, no end. It credits the line over it
    (None: kept for captions) when that line stands apart from the running text
    (``_caption_apart``) or a live entry comes under it ("… einen umgestürzten Baum." /
    "© Daniel Schäfer" / "09:30 Uhr: …"); between two paragraphs it is an uncaptioned
    photo's and goes alone (DROP), both paragraphs staying text. Otherwise an END: a
    footer's "© Name" has the site's links or its end around it; a card's title over its
    summary under it is no text going on."""
    above = _previous_line(lines, number)
    if above < 0 or kinds[above] is not None or photographer_copyright(lines[number]) is None:
        return Kind.END
    below = _next_content(lines, kinds, number)
    if below < 0:
        return Kind.END
    if _paragraph(lines[below]):
        return None if _caption_apart(lines, kinds, above) else Kind.DROP
    return None if _live_entry_opens(lines, kinds, below) else Kind.END


def _caption_apart(lines: list[str], kinds: list[Kind | None], caption: int) -> bool:
    """Whether the line at ``caption`` stands apart from the running text, as a picture's
    caption does: a live entry's clock ("10:22 Uhr: …", not a header's dated stamp), another
    picture's credit ("© Name", "Foto: X") or a gallery's counter stands over it. A
    header's stamp or byline, a headline or a sub-heading over it says nothing: under
    them it is the story's (first) paragraph, an uncaptioned photo's credit under it."""
    over = _previous_line(lines, caption)
    if over < 0:
        return False
    line = lines[over]
    if line[0] == "©":
        return photographer_copyright(line) is not None
    if is_counter(line):
        return True
    if kinds[over] is not None:
        return False
    if _ENTRY_CLOCK.match(line) is not None:
        return True
    credit = split_credit(line)
    return credit is not None and not credit[0]


def _drop_insert(lines: list[str], kinds: list[Kind | None], heading: int) -> bool:
    """Whether the block heading at ``heading`` (ad, related, links) is an insert inside the
    running text: a paragraph right above it and the text going on under it after at most
    two short lines that are no sentence. Such is an ad slot ("Ad" alone, or over an ad's
    title and its advertiser), a "Related article" / "Leggi anche" heading over one
    headline link, not the start of a teaser block: its lines are dropped (asked as the
    heading is met: no pass over the page for the few headings there are). An ad label
    over a card its button closes (``_closed_ad_card``) is dropped with the card wherever
    it stands. A teaser heading over brief sentences only ("UP NEXT" / "Hawks: Host Rovers on
    Saturday." / "Rovers: At Hawks on Sunday."), no headline, is the text's crosshead
    (``_over_brief_sentences``): it goes alone."""
    if kinds[heading] is Kind.AD and (
        _slot_over_story(lines, kinds, heading) or _over_ad_label(lines, kinds, heading)
    ):
        # an empty slot over the story's header: the label goes alone; so does "Ad" over
        # "Sponsored": the lower label speaks for the card under both
        return True
    if kinds[heading] is Kind.AD and _SLOT_LABEL.match(lines[heading]) is None:
        # (an ad slot's label is one in a card list only: its card is split's to drop)
        card = _closed_ad_card(lines, kinds, heading) or _ad_copy(lines, kinds, heading)
        if card is not None:
            for index in card:
                kinds[index] = Kind.DROP
            return True
    elif _over_brief_sentences(lines, kinds, heading) or _notice_link(lines, kinds, heading):
        return True
    above = _near_content(lines, kinds, heading, -1)
    if not (_paragraph(above) or _short_sentence(above)):
        return False
    # (under a short last sentence of the text, a heading offering no one story heads an
    # insert only over a promo's headline and byline: "SPONSORED CONTENT" / headline / "By
    # Manhattan Associates" / text)
    promo_only = not _paragraph(above) and not (
        _offers_one_story(lines, kinds, heading) or _labelled_twice(lines, kinds, heading)
    )
    insert = _insert_lines(lines, kinds, heading)
    if (
        insert is None
        or not (insert or kinds[heading] is Kind.AD)
        or (promo_only and not _bylined_promo(lines, insert))
    ):
        return False
    for index in insert:
        kinds[index] = Kind.DROP
    return True


def _bylined_promo(lines: list[str], insert: list[int]) -> bool:
    """The insert's lines are a headline over its byline ("Why your warehouse needs
    AI-driven slotting" / "By Manhattan Associates"): a promoted story's, which no text of
    the page's own prints between its paragraphs."""
    return len(insert) == _INSERT_MAX_LINES and _story_byline(lines[insert[1]])


def _notice_link(lines: list[str], kinds: list[Kind | None], heading: int) -> bool:
    """Whether the links heading at ``heading`` ("Más información") is the link of the
    notice dropped right over it, inside the running text: a sentence of the text over the
    notice and one under the link ("…indemnizaciones." / "Conforme a los criterios de" /
    "Más información" / "La CGT anticipó …."). Over a headline it heads a box of links."""
    notice = _previous_line(lines, heading)
    if kinds[heading] is not Kind.LINKS or notice < 0 or kinds[notice] is not Kind.DROP:
        return False
    above = _near_content(lines, kinds, notice, -1)
    below = _near_content(lines, kinds, heading, 1)
    return all(_paragraph(line) or _short_sentence(line) for line in (above, below))


def _over_ad_label(lines: list[str], kinds: list[Kind | None], label: int) -> bool:
    """The ad label at ``label`` stands right over another ("Ad" / "Sponsored"): one ad,
    labelled twice. The upper label goes alone; were it marked, its mark would stay where
    the lower label's card was dropped, over the next card."""
    following = _next_line(lines, label)
    return following < len(lines) and kinds[following] is Kind.AD


def _slot_over_story(lines: list[str], kinds: list[Kind | None], label: int) -> bool:
    """Whether the bare ad label at ``label`` ("Ad") is an empty slot over the story's
    header: a headline under it, a stamp among the few short lines under that (source,
    byline, place), and the running text, two paragraphs, right under them. An ad card
    under its label is a title over an advertiser, a tagline or a button, never a dated
    header over the text."""
    if lines[label].casefold().strip(" .:") not in _ui_words().ad:
        return False
    index = _near_index(lines, kinds, label, 1)
    if index < 0 or _paragraph(lines[index]) or find_time(lines[index]) is not None:
        return False  # (no headline under the label)
    for _ in range(_HEADER_LINES):
        index = _near_index(lines, kinds, index, 1)
        if index < 0 or _paragraph(lines[index]):
            return False
        if find_time(lines[index]) is not None:
            break
    else:
        return False
    paragraphs = 0
    for _ in range(_TEXT_GOES_ON_LINES):  # (over a caption and its credit)
        index = _near_index(lines, kinds, index, 1)
        if index < 0:
            break
        paragraphs += _paragraph(lines[index])
    return paragraphs >= _HEADER_TEXT_PARAGRAPHS


def _over_brief_sentences(lines: list[str], kinds: list[Kind | None], heading: int) -> bool:
    """Whether the lines under the block heading at ``heading``, up to a blank or boilerplate
    line, are a few brief sentences, each ending with a full stop: items of the text ("UP
    NEXT" / "Hawks: Host Rovers on Saturday."). A headline ends without one; a paragraph
    there (a footer's notice) is left to the heading."""
    index = heading + 1
    count = 0
    while index < len(lines) and lines[index] and kinds[index] is None:
        line = lines[index]
        if count == _BRIEF_ITEMS or line[-1] != "." or line.endswith("..") or _paragraph(line):
            return False
        count += 1
        index += 1
    return count > 0


def _closed_ad_card(lines: list[str], kinds: list[Kind | None], label: int) -> list[int] | None:
    """The lines of the ad card under the ad label at ``label`` ("Sponsored" / "Drivers
    over 50 are switching to this plan" / "Learn more"): one or two short lines
    that are no paragraph and carry no stamp (the ad's title and advertiser), closed by a
    dropped line with words (the ad's button: "Learn more", "About our ads") or by an ad
    label naming the advertiser ("Paid for by Example Bank"). None when
    anything else follows: the text or a teaser goes on (a "·" between a teaser's source
    and its stamp closes nothing; a block heading under the card is split's to read; a
    byline makes it a sponsored article's header over its share buttons)."""
    card: list[int] = []
    skipped = 0
    for index in range(label + 1, len(lines)):
        line, kind = lines[index], kinds[index]
        if not line or (not card and (kind is Kind.AD or kind is Kind.DROP)):
            skipped += 1  # ("Sponsored content" / "Sponsored"; a pitch over the ad's title)
            if skipped > _LINK_SKIP_MAX:
                return None  # (a few: linear time)
            continue
        if kind is Kind.AD and card:
            return [*card, index]  # "Paid for by Example Bank" under the card it names
        if kind is not None and _chip_over_stamp(lines, index):
            # title / "Abonnés" / "27/11/2026 à 21:55": a dated card's chip, no ad's button;
            # the line over it is that card's title (an ad prints no date)
            return card[:-1] or None
        if kind is not None:
            return card if kind is Kind.DROP and _HAS_LETTER.search(line) else None
        if (
            len(card) == _INSERT_MAX_LINES
            or line.count(" ") >= _LINK_MAX_WORDS
            or _paragraph(line)
            or find_time(line) is not None
            # the next teaser, dated by its publisher ("Title - Publisher - 1 day ago", "Title ·
            # 2h"): an ad prints no age
            or _stamp_tail(line, _CARD_TAIL_SEPARATOR)
            or _BYLINE.match(line) is not None  # a sponsored article's header: "By …"
        ):
            return None
        card.append(index)
    return None


def _chip_over_stamp(lines: list[str], index: int) -> bool:
    """The line at ``index`` stands right over a time stamp (blank lines aside)."""
    below = next((at for at in range(index + 1, len(lines)) if lines[at]), None)
    stamp = find_time(lines[below]) if below is not None else None
    return stamp is not None and not is_clock_only(stamp)  # (a video's length: "02:14")


def _insert_lines(lines: list[str], kinds: list[Kind | None], heading: int) -> list[int] | None:
    """The short lines between the heading at ``heading`` and the paragraph that resumes
    the text under it (over blank and dropped lines, a few), with the block headings
    stacked among them ("Read More" / "Related Articles" / headline, twice); None when no
    paragraph does."""
    block: list[int] = []
    stacked: list[int] = []
    skipped = 0
    for index in range(heading + 1, len(lines)):
        line, kind = lines[index], kinds[index]
        if not line or kind in _INSERT_SKIPS:  # ("Ad" / "Ad", "Read More" / "Related Articles")
            skipped += 1
            if skipped > _LINK_SKIP_MAX:
                return None
            if kind is Kind.RELATED or kind is Kind.LINKS:
                stacked.append(index)
        elif kind is not None:
            return None
        elif _paragraph(line) or _closing_sentence_under_link(lines, kinds, heading, block, line):
            if block and not _text_goes_on(
                lines, kinds, index, _offers_one_link(lines, kinds, heading, block)
            ):
                return None
            # (the stamp test last: a card's stamp under its headline is no insert)
            inserted = all(_insert_line(lines[number]) for number in block)
            if (
                inserted
                and kinds[heading] is not Kind.AD
                and _crosshead_under_link(lines, kinds, block)
            ):
                # "Read Also" / headline / "Ministry answers critics" / text; or "Lees ook:" /
                # headline / "Advertentie" / crosshead / text (the ad slot ended the link)
                block.pop()
            return block + stacked if inserted else None
        elif len(block) == _INSERT_MAX_LINES or line.count(" ") >= _LINK_MAX_WORDS:
            return None
        else:
            block.append(index)
    return None


def _command_copy(line: str) -> bool:
    """An ad's copy as a sentence opening with a command ("Save up to 40% on … Shop now.")."""
    return line[-1] in ".!" and starts_with_verb(line) and not has_quote(line)


def _ad_copy(
    lines: list[str],
    kinds: list[Kind | None],
    label: int,
    copy_shape: Callable[[str], bool] = _command_copy,
) -> list[int] | None:
    """The ad's copy under the ad label at ``label``: the next line kept, of the copy's
    shape (``copy_shape``; by default ``_command_copy``: "Sponsored" / "Save up to 40% on …
    Shop now at …."), with the text going on under it. A news paragraph opens with its
    subject; a card with a title and no sentence is ``_closed_ad_card``'s."""
    copy = _next_line(lines, label)
    if copy == len(lines) or kinds[copy] is not None or not copy_shape(lines[copy]):
        return None
    return [copy] if _text_goes_on(lines, kinds, copy) else None


# a link to a topic's page ("Alles over de nieuwe wijken"), casefolded with a trailing space
_TOPIC_LINK_OPENERS = tuple(
    f"{opener.casefold()} " for opener in line_sections("ui_words.txt")["topic-link"]
)


def _drop_ad_copy_in_text(lines: list[str], kinds: list[Kind | None]) -> None:
    """An ad slot's label inside the running text ("Anzeige", dropped) over a line of the
    ad's copy naming its offer ("Jetzt Bahncard-Alternative entdecken – bis zu 40 % sparen"),
    with the text going on under it (``_ad_copy``): the copy goes with the label. A
    crosshead under the label names no offer and stays the text's."""
    for label in _positions(kinds, Kind.DROP):
        if _SLOT_LABEL.match(lines[label]) is None or " " in lines[label]:
            continue
        for copy in _ad_copy(lines, kinds, label, _offer_line) or ():
            kinds[copy] = Kind.DROP


def _offer_line(line: str) -> bool:
    """An ad's copy line naming what it offers: a few words and no sentence, with an offer
    word ("Jetzt Bahncard-Alternative entdecken – bis zu 40 % sparen"). A news paragraph
    under an ad slot may name a discount too ("… erhalten einen Rabatt von 15 Prozent."),
    but as a sentence. The copy names an amount or calls to act now ("Jetzt …"): a crosshead
    naming saving ("Wie Mieter beim Heizen sparen können") does neither."""
    if line[-1] in _SENTENCE_END or line.count(" ") >= _OFFER_LINE_WORDS:
        return False
    words = _WORD.findall(line.casefold())
    return not _AD_OFFER_WORDS.isdisjoint(words) and (
        any(char.isdigit() for char in line) or not _AD_NOW_WORDS.isdisjoint(words)
    )


def _crosshead_under_link(lines: list[str], kinds: list[Kind | None], block: list[int]) -> bool:
    """Whether the second of two short lines under a link heading, right over the text that
    goes on, is the text's crosshead: a few words, fewer than the headline link over it (one
    more word, no sentence, when the link is twice as long: "Herstel duurt zeker tot
    vanavond" under a twelve-word headline; a second link is about as long as the first, or
    a topic's: "Alles over de nieuwe wijken"), or any words with a dropped line (an ad slot)
    between the link and it (an ad's advertiser is no crosshead: not asked under an ad
    label)."""
    if len(block) != _INSERT_MAX_LINES:
        return False
    if Kind.DROP in kinds[block[0] + 1 : block[1]]:
        return True  # an ad slot between the two: the link had ended
    link, line = lines[block[0]], lines[block[1]]
    if _person_name(line) or _story_byline(line):
        return False  # the linked story's author ("Luis Benvenuty", "By Ann Lee"), no crosshead
    words, link_words = line.count(" ") + 1, link.count(" ") + 1
    return words < link_words and (
        words <= _HEADING_MAX_WORDS
        or (
            words <= _CROSSHEAD_MAX_WORDS
            and _CROSSHEAD_LINK_RATIO * words <= link_words
            and not line.casefold().startswith(_TOPIC_LINK_OPENERS)
            and line[-1] not in _SENTENCE_END
        )
    )


def _story_byline(line: str) -> bool:
    """A byline: a person's (``_byline_line``: "By Ann Lee") or one crediting a newsroom's
    desk ("By Denver Post staff", "By Metro team"): a byline's label and capitalised name,
    then one [newsroom] word (``names_newsroom``) in lower case, as a paper credits its own
    staff."""
    if _byline_line(line):
        return True
    head, _, last = line.rpartition(" ")
    return bool(head) and last.islower() and names_newsroom(last) and _byline_line(head)


def _person_name(line: str) -> bool:
    """A person's name alone on its line: a byline's name (``_byline_name``: two or three
    capitalised words, name particles between, "Luis Benvenuty", "Anne de Vries") with no
    byline label before it ("By Ann Lee" is a byline, no name alone) and its first word a
    known first name, which a byline's name need not be. A crosshead says something
    ("Ministry answers critics")."""
    return (
        bool(line)
        and _byline_name(line) == line
        and first_name(line.split(" ", 1)[0], get_gazetteer())
    )


def _closing_sentence_under_link(
    lines: list[str], kinds: list[Kind | None], heading: int, block: list[int], line: str
) -> bool:
    """Whether ``line``, under the one link a one-story label offers ("Lee también" /
    headline), is a short sentence of the text that resumes there ("The cabinet will approve
    the decree on Tuesday."): a sentence of a few words, capitalised, under a link line that
    ends like no sentence, in a text whose line over the label is such a short sentence too
    (a text of short lines: a paragraph's many words are no test there). Under a long
    paragraph the short sentence may be the linked story's summary."""
    above = _near_content(lines, kinds, heading, -1)
    return (
        _short_sentence(line)
        and _short_sentence(above)
        and not _paragraph(above)
        and bool(block)
        and lines[block[-1]][-1] not in _SENTENCE_END
        and _offers_one_link(lines, kinds, heading, block)
    )


def _short_sentence(line: str) -> bool:
    """A sentence of a few words or more: capitalised, ending with a full stop (a headline
    ends with none)."""
    return (
        line.count(" ") >= _SUMMARY_MIN_WORDS - 1 and line[0].isupper() and line[-1] in _NOTE_ENDS
    )


def _offers_one_link(
    lines: list[str], kinds: list[Kind | None], heading: int, block: list[int]
) -> bool:
    """Whether the related heading at ``heading`` offers one story ("Lee también:", "À lire
    aussi") and one link line stands under it, its author's name perhaps under that: a link
    set into the text, which may sit over the story's last paragraph. A list heading's last
    card may close the page with its summary, and so may the next story's ("Up next"); a
    one-story label's link comes without one."""
    if len(block) != 1 and not (len(block) == 2 and _person_name(lines[block[1]])):
        return False  # (one link, or one over its author's name)
    return _offers_one_story(lines, kinds, heading)


def _offers_one_story(lines: list[str], kinds: list[Kind | None], heading: int) -> bool:
    """Whether the related heading at ``heading`` offers one story ("Lee también:", "À lire
    aussi"), no list and no stream ("Up next": the next story)."""
    label = lines[heading]
    if kinds[heading] not in (Kind.RELATED, Kind.LINKS) or not offers_story(label):
        return False
    return not announces_list(label) and not announces_stream(label)


def _labelled_twice(lines: list[str], kinds: list[Kind | None], heading: int) -> bool:
    """Whether the related heading at ``heading`` stands right over a second one ("Read
    More" / "Related Articles"): a box framed inside the text, so a short sentence over it
    is the text's, which resumes under the box (``_insert_lines``), not a teaser's."""
    below = _next_line(lines, heading)
    return (
        kinds[heading] in (Kind.RELATED, Kind.LINKS)
        and below < len(lines)
        and kinds[below] in (Kind.RELATED, Kind.LINKS)
    )


def _text_goes_on(
    lines: list[str], kinds: list[Kind | None], paragraph: int, at_end: bool = False
) -> bool:
    """Whether the running text goes on under the paragraph at ``paragraph``: the next line
    kept is a paragraph or a block heading; a short line there (the next headline) makes it
    a teaser's summary, and so does the page's end unless ``at_end`` says the text may end
    there: then a line too short for a headline ("Redacción Política", "Sujets liés": a
    staff line, the tags' heading; no card's stamp) is the page's end furniture too."""
    following = _next_line(lines, paragraph)
    for _ in range(_LINK_SKIP_MAX):  # (a few: linear time)
        if following >= len(lines) or kinds[following] is not Kind.DROP:
            break
        following = _next_line(lines, following)
    if following >= len(lines):
        return at_end  # (a last card's summary ends the page)
    if kinds[following] is Kind.AD:
        # an ad slot the text resumes under ("Advertisement" / paragraph); over a short line
        # the label opens an ad card among teasers ("Sponsored" / advertiser / ad title)
        after = _next_line(lines, following)
        return after < len(lines) and _paragraph(lines[after])
    if (
        at_end
        and lines[following].count(" ") < _LINK_MIN_WORDS - 1
        and find_time(lines[following]) is None  # (a card's stamp: "28.11.2026")
    ):
        return True
    return kinds[following] is not None or _paragraph_or_closing(lines, kinds, following)


def _paragraph_or_closing(lines: list[str], kinds: list[Kind | None], index: int) -> bool:
    """A paragraph, or a short sentence (``_short_sentence``) over the next line kept
    that is no headline's shape (a heading, furniture, the page's end): the text's closing
    line ("Tickets go on sale on Tuesday."), where a card list's summary is followed by
    the next card's headline, which ends with no full stop."""
    if _paragraph(lines[index]):
        return True
    if not _short_sentence(lines[index]):
        return False
    following = _next_line(lines, index)
    return (
        following >= len(lines)
        or kinds[following] is not None
        or lines[following][-1] in _NOTE_ENDS
    )


def _drop_lone_player(text: str, lines: list[str], kinds: list[Kind | None]) -> None:
    """The page's only bare clock-like line ("04:12") next to a short line that is no
    sentence, the two between paragraphs of running text (over a "Video …" label), is a
    video player's length and title, not a card's stamp: cards and live-blog entries come
    in numbers. Both dropped (with the label)."""
    if len(_CLOCK_LINES.findall(text)) != 1:
        return  # (most pages: one pass over the page's ``text``, in C)
    clock = next((number for number, line in enumerate(lines) if _CLOCK_LINE.match(line)), -1)
    if clock < 0:
        return
    for title in (clock + 1, clock - 1):  # the title under the length, or over it
        if not 0 <= title < len(lines) or kinds[title] is not None or not lines[title]:
            continue
        if not _insert_line(lines[title]) or _paragraph(lines[title]):
            continue
        player = [min(clock, title), max(clock, title)]
        label = player[0] - 1
        if label >= 0 and kinds[label] is None and _media_label(lines[label]):
            player.insert(0, label)
        before = _near_content(lines, kinds, player[0], -1)
        if _paragraph(before) and _paragraph(_near_content(lines, kinds, player[-1], 1)):
            for number in player:
                kinds[number] = Kind.DROP
            return


def _pictograph_insert(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """A line that is no paragraph opening with a pictograph ("📲", "👉", "▶"), under a
    paragraph of running text and over the next one: a promotion's link set into the text
    (news sentences open with letters, digits or quotes). Over a block's heading ("Leia
    também:", where the text pauses for links) it is one only when it names what a
    promotion sells ("WhatsApp", "newsletter", "you"): a subheading may stand there."""
    line = lines[number]
    return (
        unicodedata.category(line[0]) == "So"
        and not _paragraph(line)
        and _paragraph(_near_content(lines, kinds, number, -1))
        and (
            _paragraph(_near_content(lines, kinds, number, 1))
            or (
                (under := _next_line(lines, number)) < len(lines)
                and kinds[under] in _BLOCK_HEADINGS
                and names_selling_word(line)
            )
        )
    )


def _media_label(line: str) -> bool:
    """A player's label: a few words, one of them a medium or a verb of playing one
    ("Video correlati", "Bekijk")."""
    return line.count(" ") < _LABEL_MAX_WORDS and _PLAYER_WORD.search(line.casefold()) is not None


def _show_label(line: str) -> bool:
    """A show's player label or button: a few words, one of them a medium or a verb of
    playing or listening to one ("🎧 LISTEN", "▶ Écouter", "Escuchar ahora")."""
    return line.count(" ") < _LABEL_MAX_WORDS and _SHOW_WORD.search(line.casefold()) is not None


def _player_button(line: str) -> bool:
    """A player's button under its length: a word or two opening on the verb or medium
    itself ("Play episode", "▶ Escuchar ahora"). A crosshead holds it elsewhere or in a
    compound ("Fair play", "Play-off hopes")."""
    words = [word for word in line.casefold().split(" ") if _HAS_LETTER.search(word)]
    return 0 < len(words) <= _PLAYER_BUTTON_WORDS and _SHOW_WORD.fullmatch(words[0]) is not None


def _labelled_title(line: str) -> bool:
    """A player's label and title on one line ("WATCH | Title", "Watch: Title", "Vídeo:
    Title", "VIDÉO - Title"): the label before the separator is a medium or a verb of
    playing one."""
    separator = line.find(" | ", 0, _LINK_LABEL_CHARS)
    if separator < 0:
        separator = line.find(": ", 0, _LINK_LABEL_CHARS)
    if separator < 0:
        separator = line.find(" - ", 0, _LINK_LABEL_CHARS)
    return separator > 0 and _media_label(line[:separator])


def _insert_line(line: str) -> bool:
    """A headline link, an ad's title or its advertiser: short, no sentence, no stamp."""
    return line.count(" ") < _LINK_MAX_WORDS and line[-1] not in ".!…" and find_time(line) is None


def _drop_widget_lines(lines: list[str], kinds: list[Kind | None]) -> None:
    """Lines of a widget no phrase knows, by the dropped UI lines around them (one pass
    over those; decided on the phrases' kinds alone, so a toolbar of unknown labels stays):

    - a short line that is no sentence with a dropped line right above and right under it
      ("vorlesen" / "In Pocket speichern" / "Kommentare lesen"): a control of the toolbar;
    - a command right over or under a dropped line ("View all photos" under a gallery's
      "4 of 4", "View this photo gallery" over "1 / 3"), or under a counter's caption: the
      widget's link. One under a comments heading ("Share what you think") is left to
      split, like a label;
    - a question to the reader right over a button ("Do you like the content of this
      article?" / "Like"): the button's prompt (a live entry's paragraph over its "Share"
      stays);
    - a label ending with a colon between a dropped line and the widget under it
      ("Comments" / "Copy/paste the article video embed link below:" / "Copy");
    - a sentence between two pitches ("Support our journalism" / what it pays for /
      "Subscribe …"): the pitch box's text (a headline there is a teaser's);
    - a sentence to the reader between two controls ("Share" / "We ask you to keep the
      discussion civil." / "Log in"): a notice of the site's; quoted or reported speech
      stays;
    - a short line naming the one-word control next to it, inside the running text
      ("Reklama" / "Pokračování článku pod reklamou"): the control's notice;
    - "Ann Lee, a former …, writes about energy." right over a control: the author's bio.
    """
    drop, end = Kind.DROP, Kind.END
    found = set()
    count = len(lines)
    for control in _positions(kinds, drop):
        prompt = _previous_line(lines, control)
        named = " " not in lines[control] and len(lines[control]) >= _STEM_MIN_CHARS  # "Reklama"
        if (
            prompt >= 0
            and kinds[prompt] is None
            and (named or lines[prompt][-1] in _PROMPT_ENDS)  # (quick tests first)
            and _widget_prompt(lines, kinds, control, prompt, named=named)
        ):
            found.add(prompt)
        label = _next_line(lines, control)  # (under a dropped line: not "Comments")
        if (
            label < count
            and kinds[label] is None
            and _widget_label(lines, kinds, control, label, named=named)
        ):
            found.add(label)
        # a gallery's link may stand under the last counter's caption ("2 / 3" / caption /
        # "Ver galería completa")
        counter = lines[control][-1].isdigit() and is_counter(lines[control])  # (quick test)
        for step in _GALLERY_STEPS if counter else _NEIGHBOUR_STEPS:
            number = control + step
            if (
                0 <= number < count
                and kinds[number] is None
                and 0 < lines[number].count(" ") < COMMAND_MAX_WORDS  # (quick test first)
                and (number == 0 or kinds[number - 1] is not end)
                and is_command(lines[number])
            ):
                found.add(number)
    for number in found:
        kinds[number] = drop


def _widget_prompt(
    lines: list[str], kinds: list[Kind | None], control: int, prompt: int, *, named: bool
) -> bool:
    """The content line right over the dropped ``control`` is the widget's (see
    ``_drop_widget_lines``); ``named``: the control is a word a notice may name."""
    line = lines[prompt]
    last = line[-1]
    if last == ":":  # "Comments" / "Copy/paste the video embed link below:" / "Copy"
        over = _previous_line(lines, prompt)  # (-1 at the page's top: no block over it)
        return _widget_heading(line) and over >= 0 and kinds[over] in _BLOCK_ENDS
    return (
        _button_prompt(line, lines[control])  # "Do you like this article?" / "Like"
        or (last == "." and is_closing_bio(line))  # "A B, a former …, writes about …" / "Share"
        or (named and _names_control(lines, kinds, control, prompt))
    )


def _widget_label(
    lines: list[str], kinds: list[Kind | None], control: int, label: int, *, named: bool
) -> bool:
    """The content line right under the dropped ``control`` is the widget's (see
    ``_drop_widget_lines``); ``named`` as for ``_widget_prompt``. A card's publisher over
    its dropped chip, with the card's title, summary and stamp under the chip ("Read Full
    Article" / "The Guardian" / "Lean Left" / title / summary / "4 hours ago"), is the
    card's source line, no toolbar's label."""
    if _continued_label(lines[control]):
        return True  # "Media caption," / "Watch: Waves crash over …"
    line = lines[label]
    after = _next_line(lines, label)
    under = kinds[after] if after < len(lines) else None
    if (
        under in _BLOCK_ENDS
        and _toolbar_label(line)
        and not _follow_button(lines, after)
        and not _header_attribution(lines, kinds, label)
        and not _card_over_stamp(lines, after)
    ):
        return True  # "vorlesen" / "In Pocket speichern" / "Kommentare lesen"
    if (
        under is Kind.DROP
        and line[-1] in ".!…"  # (a headline there is a teaser's)
        and is_pitch(lines[control])
        and is_pitch(lines[after])
        and not describes_newsletter(line)  # (a newsletter box's, with its name)
        # (a story's paragraph between two pitches; a pitch quoting its editor speaks to you)
        and not (reports_speech(line) and not names_reader_outside_quotes(line))
    ):
        return True  # "Support our journalism" / what it pays for / "Subscribe"
    if under in _BLOCK_ENDS and speaks_to_reader(line):
        return True  # "Share" / "We ask you to keep the discussion civil." / "Log in"
    return named and _names_control(lines, kinds, control, label)  # "Reklama" / "… reklamou"


def _continued_label(line: str) -> bool:
    """A dropped label of a few words ending in a comma ("Media caption,"): printed on a line
    of its own, it goes on in the line under it, which is the label's text, as it would be
    on one line ("Media caption, Waves crash over …"); a bare comma between a card's
    lines names nothing."""
    return (
        line[-1] == ","
        and 0 < line.count(" ") < _LABEL_MAX_WORDS  # (one word, "Listen,", opens a verse)
        and _HAS_LETTER.search(line) is not None
    )


def _header_attribution(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """The story's source with its label over the text ("Lesedauer: 2 Min." / "Quelle: dpa"
    / "Artikel teilen" / first paragraph): the header's attribution, no control's label.
    (One closing the text among its tags and buttons is left to them.)"""
    return SOURCE_ATTRIBUTION.match(lines[number]) is not None and _paragraph_under(
        lines, kinds, number
    )


def _follow_button(lines: list[str], number: int) -> bool:
    """A one-word follow button ("Follow", "Folgen", "Suivre") at ``number``: the line over
    it names whom it follows (a card's publisher: "Business Insider" / "Follow" over its
    headline, under the card above's dropped counters), so it is no control of a toolbar."""
    return number < len(lines) and lines[number].casefold() in _ui_words().follow


def _button_prompt(prompt: str, button: str) -> bool:
    """A line speaking to the reader right over a button ("Do you like this article?" /
    "Like"; "Thank you for reading. If you value our reporting, please consider becoming a
    member" / "Become a member"): the button's prompt. One that is no question says "you"
    twice and what the button does (a paragraph over "Share", a live entry's "We will
    bring you the latest …" over "Load more" stay)."""
    if prompt[-1] not in "?.!" or not starts_with_verb(button):
        return False
    if prompt[-1] == "?":
        return addresses_reader(prompt)
    return _names_button(prompt, button) and addresses_reader(prompt, times=_PROMPT_READER_WORDS)


def _names_button(prompt: str, button: str) -> bool:
    """The prompt uses a word of the button's, inflected ("becoming a member" over "Become
    a member"): its words' stems, function words aside."""
    folded = prompt.casefold()
    return any(stem in folded for stem in _stems(button.casefold().split(" ")))


def _stems(words: Iterable[str]) -> Iterator[str]:
    """The stems of ``words`` a line next to them may use inflected, function words aside."""
    glue = join_words()[0]
    return (word[:-1] for word in words if len(word) >= _STEM_MIN_CHARS and word not in glue)


def _names_control(lines: list[str], kinds: list[Kind | None], control: int, number: int) -> bool:
    """A short line that is no sentence next to a one-word control and naming it, inflected
    ("Reklama" / "Pokračování článku pod reklamou", "Advertisement" / "Story continues below
    advertisement"), the two inside the running text: the control's own notice. A
    crosshead there names something else."""
    if lines[number].count(" ") >= _LABEL_MAX_WORDS:
        return False  # (the quick test: most lines next to a control are paragraphs)
    control_word = lines[control]  # (one word: the callers ask)
    stem = control_word.casefold()[: max(_STEM_MIN_CHARS, len(control_word) - 2)]
    line = lines[number].casefold()
    if not any(word.startswith(stem) for word in line.split(" ")):
        return False
    if not _toolbar_label(lines[number]):
        return False
    first, last = min(control, number), max(control, number)
    return _paragraph(_near_content(lines, kinds, first, -1)) and _paragraph(
        _near_content(lines, kinds, last, 1)
    )


def _drop_commands_over_blocks(lines: list[str], kinds: list[Kind | None]) -> None:
    """Title-cased commands right over a block heading or a dropped line, and over each
    other ("Download NewsBharat Live App" / "Get Latest Updates on India News, World News
    and Cricket." / "More From India News"): the site's buttons and promotions where the
    text has ended. A sentence of the text is not title-cased; a card's headline has its
    stamp under it."""
    for block in range(len(lines) - 1, 0, -1):  # (bottom-up: a command over a command)
        if kinds[block] is None:
            continue
        command = _previous_line(lines, block)
        if command >= 0 and kinds[command] is None and _title_cased_command(lines[command]):
            kinds[command] = Kind.DROP


def _title_cased_command(line: str) -> bool:
    """A line opening with a control's verb whose words are capitalised, as on a button."""
    if not (line[0].isupper() and 0 < line.count(" ") < _COMMAND_LINE_WORDS):
        return False  # (the quick tests first)
    if not starts_with_verb(line) or has_quote(line):
        return False
    words = line.split(" ")
    capitals = sum(1 for word in words if word[:1].isupper())
    if capitals == len(words) and len(words) <= _NAME_MAX_WORDS:
        return False  # a name: "Lee Armstrong", "Lee Hsien Loong"
    return capitals * _TITLE_CASED_SHARE >= len(words)


def _drop_pull_quotes(lines: list[str], kinds: list[Kind | None]) -> None:
    """A pull quote and its attribution ("“The lock was … never tested.”" / "Ann Lee,
    Kestrel Works"): a line that is all quotation, whose words the text prints again in a
    longer line, over a name that is no sentence. A quoted crosshead over its paragraph,
    and a repeated quote with no name under it, stay."""
    words: list[str] | None = None  # each line's words, made on the first candidate
    looked = 0
    for number, quote in enumerate(lines):
        if not (quote and quote[0] in _OPENING_QUOTES and quote[-1] in _CLOSING_QUOTES):
            continue  # (the quick test: most lines)
        name = _next_line(lines, number)
        if (
            name == len(lines)
            or kinds[number] is not None
            or kinds[name] is not None
            or not _attribution(lines[name])
        ):
            continue
        looked += 1
        if looked > _PULL_QUOTES_MAX:
            return  # (a few: each is looked for on the whole page)
        if words is None:
            words = [" ".join(_WORD.findall(line.casefold())) for line in lines]
        quoted = words[number].split(" ")
        if len(quoted) < _PULL_QUOTE_MIN_WORDS:
            continue
        head, tail = " ".join(quoted[:_QUOTE_ENDS]), " ".join(quoted[-_QUOTE_ENDS:])
        if any(
            other != number and len(text) > len(words[number]) and head in text and tail in text
            for other, text in enumerate(words)
        ):
            kinds[number] = kinds[name] = Kind.DROP


def _drop_author_note(lines: list[str], kinds: list[Kind | None], text: "_TextStart") -> None:
    """The author's note closing the text ("Ann Lee writes on Saturdays in The Ledger."): a
    sentence opening with the name the byline printed a few lines over the text ("Ann Lee",
    "By Ann Lee"), the last line of the text (boilerplate or the page's end under it), no
    quote. The text's own sentences do not name its author."""
    start = text.first()
    names = _byline_names(lines, kinds, start)
    if not names:
        return
    joined = "\n".join(lines)
    offset = sum(map(len, lines[:start])) + start - 1  # (the line break over the text)
    # bottom-up, so that stacked notes of several authors go from the last up (and the
    # set's order, which changes with the hash seed, does not decide)
    notes = sorted((joined.find(f"\n{name} ", offset) for name in names), reverse=True)
    for found in notes:
        if found < 0:
            break
        number = joined.count("\n", 0, found + 1)  # (the note's line: once a name)
        note, after = lines[number], _next_line(lines, number)
        if (
            kinds[number] is None
            and _note_shaped(note)
            and (after == len(lines) or kinds[after] is not None)
            and not _under_about_heading(lines, number)
        ):
            kinds[number] = Kind.DROP


def _drop_donation_boxes(lines: list[str], kinds: list[Kind | None], text: "_TextStart") -> None:
    """A donation box under the text: its heading and appeal right over its button ("Full
    Fact fights bad information" / "Bad information ruins lives. …" / "Donate now"), a line
    or two standing between furniture that is no text (a share bar, a card's stamp) and the
    button. A story's closing paragraph over a footer's "Donate" link has more text over it;
    an ad label's line is no boundary either (the text goes on around an ad)."""
    for button in _positions(kinds, Kind.DROP):
        if not is_donation_button(lines[button]) or text.after(button):
            continue
        box: list[int] = []
        above = _previous_line(lines, button)
        while (
            above >= 0
            and kinds[above] is None
            and len(box) < _DONATION_BOX_LINES
            and not _stamp_only(lines[above])
        ):
            box.append(above)
            above = _previous_line(lines, above)
        if (
            box
            and above >= 0
            and (_stamp_only(lines[above]) or is_share_line(lines[above]))
            and not text.after(above)
        ):
            for number in box:
                kinds[number] = Kind.DROP


def _stamp_only(line: str) -> bool:
    """A card's stamp alone on its line ("19 November 2026", "2 hours ago")."""
    return line.count(" ") <= _STAMP_ONLY_SPACES and find_time(line) is not None


def _under_about_heading(lines: list[str], number: int) -> bool:
    """The paragraph at ``number`` stands under "About <the name it opens with>" (a press
    release's "About Norvik Marine" / "Norvik Marine is a supplier of …", over its "Media
    Contact:" box): the release's own section on the company, no author's note, even where
    the release printed the company as its byline ("News provided by")."""
    above = _previous_line(lines, number)
    head, space, name = (lines[above] if above >= 0 else "").partition(" ")
    return (
        bool(space)
        and head == head.capitalize()
        and head.casefold() in _ui_words().about
        and lines[number].startswith(name + " ")
    )


def _note_shaped(line: str) -> bool:
    """An author's note's shape: a short sentence with its full stop, no quote."""
    return line[-1] == "." and line.count(" ") < _NOTE_MAX_WORDS and not has_quote(line)


def _drop_notes_over_bylines(lines: list[str], kinds: list[Kind | None]) -> None:
    """The author's note printed right over a labelled byline ("Ann Lee is CEO of the
    Nurses' Association." / "By Ann Lee Contributor"): a short sentence opening with the
    byline's name, or its first words (a role may follow the name in the byline), and a
    verb; no quote. A headline or a standfirst does not open with its writer's name."""
    for number, line in enumerate(lines):
        if (
            not line
            or kinds[number] is not None
            or line.count(" ") > _BYLINE_MAX_SPACES
            or _BYLINE.match(line) is None
        ):
            continue
        name = _byline_name(line).split(" ")
        above = _previous_line(lines, number)
        if above < 0 or kinds[above] is not None or len(name) < _NAME_MIN_WORDS:
            continue
        if _note_shaped(lines[above]) and _opens_with_name(lines[above], name):
            kinds[above] = Kind.DROP


def _opens_with_name(sentence: str, name: list[str]) -> bool:
    """The sentence's capitalised words before its first lower-case word are the first
    words (two or more) of ``name``: it opens with the name, then its verb."""
    words = sentence.split(" ", len(name) + 1)
    opening = 0
    while opening < len(words) - 1 and words[opening][:1].isupper():
        opening += 1
    return (
        _NAME_MIN_WORDS <= opening <= len(name)
        and words[:opening] == name[:opening]
        and words[opening][:1].islower()
    )


def _byline_names(lines: list[str], kinds: list[Kind | None], start: int) -> set[str]:
    """The names the bylines print a few lines over the text's ``start`` ("By Ann Lee")."""
    return {
        name
        for number in range(max(0, start - _BYLINE_REACH), start)
        if kinds[number] is None
        and 0 < lines[number].count(" ") <= _BYLINE_MAX_SPACES  # (the quick test: most lines)
        and (name := _byline_name(lines[number]))
    }


def _link_named_subheading(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """A footer link's words set as a sub-heading between two paragraphs of the text
    ("Privacy and cookies" under a paragraph and over the next: an explainer's crosshead)
    are the text's; among a footer's short links ("Feedback" / "Privacy and Cookies" /
    "Legal") the line goes, as before (``data/heading_links.txt``)."""
    if " ".join(lines[number].casefold().split()) not in _heading_links():
        return False
    return _text_on_both_sides(
        lines, kinds, _previous_line(lines, number), _next_line(lines, number), _paragraph
    )


@cache
def _heading_links() -> frozenset[str]:
    """Footer links' words an article may set as a sub-heading (``data/heading_links.txt``)."""
    return frozenset(line.casefold() for line in line_sections("heading_links.txt")[""])


def _keep_story_sentences(lines: list[str], kinds: list[Kind | None], text: "_TextStart") -> None:
    """A sentence holding an author's note's words (a [bio] pair, ``is_bio_note``) inside
    the running text (a paragraph of it right over, a sentence of it right under) is the
    story's when a byline names the author and the sentence does not open with that name
    ("Ms Okoro is a reporter turned teacher who now runs the literacy programme for the
    trust."): an author's note closes the text or stands over the stamp, and opens with
    the author's name ("Jane Doe is a reporter for The Courier."). With no byline read,
    the note's words decide, as before."""
    start = text.first()
    names: set[str] | None = None  # (read once, for the first such sentence)
    above = start  # the last non-blank line
    for number in range(start + 1, len(lines)):
        line = lines[number]
        if not line:
            continue
        if (
            kinds[number] is Kind.DROP
            and line[-1] == "."
            and kinds[above] is None
            and _paragraph(lines[above])
            and is_bio_note(line)
        ):
            after = _next_line(lines, number)
            if after < len(lines) and kinds[after] is None and lines[after][-1] in _SENTENCE_END:
                if names is None:
                    names = _byline_names(lines, kinds, start)
                if names and not any(line.startswith(f"{name} ") for name in names):
                    kinds[number] = None
        above = number


def _drop_editorial_notes(
    lines: list[str], kinds: list[Kind | None], text: "_TextStart", url: str | None
) -> None:
    """The site's notes on its own editorial trade where the text ends ("Our reviews are
    written by our own critics.", "Send a letter to the editor at …") or a syndication note
    that opens with an [origin] phrase before a web address, or names the page's own host
    ("Originally published on courier.example."), or one opening with its publication and
    naming the terms it runs under ("Published via Harbour Wire under licence."), or one
    naming the text and where it first ran ("This article originally appeared on North
    Forty News."): a short sentence (``is_editorial_note``, ``names_web_address``,
    ``notes_syndication``, ``notes_first_publication``) under a
    paragraph of the text, over the page's end, a heading or a line that is no paragraph
    (a headline link), however many dropped lines between (a share bar, a newsletter box).
    The site's rules for its discussion (``states_discussion_rules``) go there too, and
    right under a heading naming the discussion ("Forum rules", "Reageren"; also on a page
    of no two paragraphs in a row, a live blog's), never inside the text (news of
    moderation rules speaks the same words). Bottom-up: a note under a note goes first,
    and the one over it then ends the text too (each line walked over once: a walk
    reaching the note under it takes that note's end)."""
    start = text.first()
    sentences = [  # (the quick test over the lines under the text's start, or all: none)
        number
        for number in range(start + 1 if start < len(lines) else 1, len(lines))
        if len(lines[number]) <= _EDITORIAL_NOTE_CHARS
        and (lines[number][-1:] in _NOTE_ENDS or credits_quoted_outlet(lines[number]))
        and kinds[number] is None
    ]
    drop = Kind.DROP
    has_text = start < len(lines)  # (a page of no text: no text ends over a line)
    under = under_kept = len(lines)  # the last sentence looked at, the line kept under it
    for number in reversed(sentences):
        line = lines[number]
        under_text = under_sentence = False
        if has_text:
            kept = number + 1  # the line kept under this one, over blank and dropped lines
            while kept < len(lines) and (not lines[kept] or kinds[kept] is drop):
                if kept == under:  # (the note under it, dropped just now: its own kept line)
                    kept = under_kept
                    break
                kept += 1
            under, under_kept = number, kept
            at_end = kept == len(lines) or kinds[kept] is not None or not _paragraph(lines[kept])
            above = _near_content(lines, kinds, number, -1) if at_end else ""
            under_text = bool(above) and _paragraph(above)  # (not a card's summary)
            under_sentence = above[-1:] in _NOTE_ENDS
            # a credit of the outlet the text comes from is no sentence to be confused with a
            # summary's: under the text's last sentence, short or not, it is the site's line
            if under_sentence and credits_quoted_outlet(line):
                kinds[number] = drop
                continue
        if under_text:
            note = (
                is_editorial_note(line, url)
                or names_web_address(line, url)
                or notes_syndication(line)
                or notes_first_publication(line)
                or notes_print_edition(line)
                or states_discussion_rules(line)
            )
        elif under_sentence:  # (a note naming the text itself closes a short last sentence too)
            note = notes_syndication(line) or notes_first_publication(line)
        else:
            note = names_discussion(lines[_previous_line(lines, number)]) and (
                states_discussion_rules(line)
            )
        if note:
            kinds[number] = drop


def _drop_closing_runs(lines: list[str], kinds: list[Kind | None], text: "_TextStart") -> None:
    """The site's lines between the text's last paragraph and a block under it (a teaser
    block, the tags, the comments): a sentence in its own voice (``speaks_as_site``: "Comments
    are closed for this article.", "Nota de la redacción: …"; in "we", "our", "you" alone
    only when the text above did not speak so, a writer's voice), a prompt with its button
    ("Found a mistake? Report it"), a contributor's credit ("Mitarbeit: Ann Lee"), and an
    author box: a line printed over the text again (the byline's name) and all under it but
    a correction note (news about the text). The run is short and sits under a paragraph of
    the running text; a line of any other shape in it (a short last sentence of the news)
    stays. Donation boxes under the text go too (``_drop_donation_boxes``)."""
    _drop_donation_boxes(lines, kinds, text)
    start = text.first()
    if start >= len(lines):
        return
    blocks = sorted(n for kind in _BLOCK_HEADINGS for n in _positions(kinds, kind) if n > start)
    runs = [run for block in blocks if (run := _closing_run(lines, kinds, start, block))]
    if not runs:
        return
    over_text = {
        line
        for line in lines[max(0, start - _BYLINE_REACH) : start]
        if line and line[-1] not in _SENTENCE_END
    }
    voice = -1  # the text's first line in "we", "our" or "you" (looked for once, if asked)
    for run in runs:
        box = next((at for at, number in enumerate(run) if lines[number] in over_text), None)
        for at, number in enumerate(run):
            line = lines[number]
            in_box = box is not None and at >= box and not notes_correction(line)
            if in_box or _prompt_or_credit(line):
                kinds[number] = Kind.DROP
            elif not _closing_note_shape(line):
                continue
            elif speaks_as_site(line, business=True):
                kinds[number] = Kind.DROP
            elif speaks_as_site(line):
                if voice < 0:
                    voice = next(_voiced_lines(lines, kinds, start), len(lines))
                if voice >= run[0]:  # (we, our, you the text spoke in above: the writer's)
                    kinds[number] = Kind.DROP


def _closing_note_shape(line: str) -> bool:
    """A note of the site's under the text's last paragraph is short, labelled ("Nota de la
    redacción: …") or names the text itself; a longer sentence with "our newsroom" or "you"
    and a trade word is the news's ("Nach Recherchen unserer Redaktion …", "… on the
    council's website, and you can …")."""
    head = line.split(" ", 4)[:4]
    return (
        line.count(" ") < _CLOSING_NOTE_WORDS
        or any(word.endswith(":") for word in head)
        or names_this_article(line)
    )


def _drop_notices_in_text(lines: list[str], kinds: list[Kind | None]) -> None:
    """The site's notices inside the running text, and the boxes of those the line
    classifier dropped already, and an ad's copy under its slot label."""
    _drop_notice_sentences(lines, kinds)
    _drop_dropped_notice_boxes(lines, kinds)
    _drop_ad_copy_in_text(lines, kinds)


def _drop_ticker_chips(lines: list[str], kinds: list[Kind | None]) -> None:
    """A ticker chip printed inside a sentence (a company's name, alone or ending a line of
    text / its symbol / its day's change / the sentence going on in lower case: "Nvidia" /
    "NVDA" / "+6.12%" / "shares rose …"): the symbol and the change go, the name joins the
    sentence under it (joined here: "Target" over "and Costco" is too short for the line
    joining's tests). A table of quotes (each change over the next company's name) stays."""
    for number in range(2, len(lines) - 1):
        if not lines[number].endswith("%") or _TICKER_MOVE.fullmatch(lines[number]) is None:
            continue  # (the quick test)
        name, symbol, after = lines[number - 2], lines[number - 1], lines[number + 1]
        if (
            _TICKER_SYMBOL.fullmatch(symbol)
            and name[-1:].isalpha()  # (the name may end a line of text: "… to benefit. Walmart")
            and after[:1].islower()
            and kinds[number - 2] is None
            and kinds[number + 1] is None
        ):
            kinds[number - 2] = kinds[number - 1] = kinds[number] = Kind.DROP
            lines[number + 1] = f"{name} {after}"


def _drop_labelled_chips(lines: list[str], kinds: list[Kind | None]) -> None:
    """A story's quote chips under their label ("In this article:" / "RR.L" / "+2.84%" /
    "RWE.DE" / "-0.41%"): symbols and changes only, no company's name, no headline. The
    label and the chips go; the label opens no list of links over the story's caption."""
    for number, line in enumerate(lines):
        if kinds[number] not in _CHIP_LABEL_KINDS or not line.endswith(":"):
            continue  # (the quick test)
        end = number + 1
        while end < len(lines) and (
            _TICKER_SYMBOL.fullmatch(lines[end]) or _TICKER_MOVE.fullmatch(lines[end])
        ):
            end += 1
        if any(_TICKER_MOVE.fullmatch(chip) for chip in lines[number + 1 : end]):
            kinds[number:end] = [Kind.DROP] * (end - number)


def _drop_notice_sentences(lines: list[str], kinds: list[Kind | None]) -> None:
    """A notice of the site's inside the running text (an embedded post's data notice: "This
    content comes from a third party. If you load it, your data …" under "External
    content" and over "Load content"): a sentence in the site's voice (``speaks_as_site``)
    with a short line or a dropped one right over and under it, a paragraph of the text
    over it and the text going on under it; the short lines naming a word of it (its
    heading, its button) go with it. Not when the page's paragraphs speak so elsewhere."""
    voiced: list[int] | None = None  # the page's paragraphs in "we", "our", "you" (if asked)
    for number in range(1, len(lines) - 1):  # (a live page's text starts late: not asked)
        line = lines[number]
        if (
            not line
            or line[-1] not in _NOTE_ENDS
            or kinds[number] is not None
            or (kinds[number - 1] is None and lines[number - 1].count(" ") >= _LABEL_MAX_WORDS)
        ):
            continue  # (the quick test: a paragraph of the text has text over it)
        over, under = _previous_line(lines, number), _next_line(lines, number)
        if not (_box_edge(lines, kinds, over) and _box_edge(lines, kinds, under)):
            continue
        edges = [edge for edge in (over, under) if kinds[edge] is None]
        if not (_button_under(lines[under]) and _boxed_notice(lines, kinds, number, edges)):
            continue
        if voiced is None:
            voiced = [at for at in _voiced_lines(lines, kinds, 0) if _paragraph(lines[at])]
        if not all(speaks_as_site(lines[other]) for other in voiced):
            return  # the writer's voice
        kinds[number] = Kind.DROP
        for edge in edges:
            if _names_button(line, lines[edge]):
                kinds[edge] = Kind.DROP


def _drop_dropped_notice_boxes(lines: list[str], kinds: list[Kind | None]) -> None:
    """A notice of the site's to the reader inside the running text that the line
    classifier dropped already (an embed's data notice) leaves its box behind: the short
    line right over or under it that names a word of it or is a command ("Externer Inhalt",
    "Inhalt von X anzeigen"), and past that line a sentence in the site's voice naming two
    of its words (the consent under the button: "Ich bin damit einverstanden, dass mir
    externe Inhalte angezeigt werden …"), or that consent between the notice and the button.
    Only when the box has its button beside the notice or under the consent (kept or
    dropped: a news line dropped under a crosshead has none), a paragraph
    of the text over the box and the text going on under it; a stamp beside the notice is
    a live entry's."""
    for number in _positions(kinds, Kind.DROP):
        line = lines[number]
        if not line or line[-1] not in _NOTE_ENDS or line.count(" ") < _LABEL_MAX_WORDS:
            continue  # (the quick test: most dropped lines)
        consent = _consent_over_button(lines, kinds, number)
        under = _next_line(lines, consent if consent >= 0 else number)
        beside = [
            edge
            for edge in (_previous_line(lines, number), under)
            if _box_edge(lines, kinds, edge) and lines[edge].count(" ") < _LABEL_MAX_WORDS
        ]
        edges = [
            edge
            for edge in beside
            if kinds[edge] is None
            and (_names_button(line, lines[edge]) or _ends_with_command(lines[edge]))
        ]
        if not (
            edges
            and any(_ends_with_command(lines[edge]) for edge in beside)  # (its button)
            and _boxed_notice(lines, kinds, number, edges)
        ):
            continue
        if consent >= 0:
            kinds[consent] = Kind.DROP
        for edge in edges:
            kinds[edge] = Kind.DROP
            step = 1 if edge > number else -1
            past = _near_index(lines, kinds, edge, step)
            if past >= 0 and _box_sentence(line, lines[past]):
                kinds[past] = Kind.DROP


def _consent_over_button(lines: list[str], kinds: list[Kind | None], notice: int) -> int:
    """The consent right under a dropped notice, over the box's button ("Ich bin damit
    einverstanden, dass mir externe Inhalte angezeigt werden. …" / "Externen Inhalt
    anzeigen"): its index, -1 when there is none."""
    under = _next_line(lines, notice)
    if (
        under >= len(lines)
        or kinds[under] is not None
        or not _box_sentence(lines[notice], lines[under])
    ):
        return -1
    button = _next_line(lines, under)
    return under if _box_edge(lines, kinds, button) and _ends_with_command(lines[button]) else -1


def _boxed_notice(
    lines: list[str], kinds: list[Kind | None], number: int, edges: list[int]
) -> bool:
    """The line at ``number`` is the site's notice to the reader boxed by the short lines
    ``edges`` between paragraphs of the text: a paragraph over the box, the text going on
    under it (or a short sentence of the text right over and under it: a text of short
    paragraphs), and no stamp among its edges (a live entry under its stamp or over the next)."""
    over = _near_content(lines, kinds, min([number, *edges]), -1)
    under = _near_content(lines, kinds, max([number, *edges]), 1)
    return (
        (_paragraph(over) or _short_sentence(over))
        and (_paragraph_under(lines, kinds, max([number, *edges])) or _short_sentence(under))
        and speaks_as_site(lines[number])
        and addresses_reader(lines[number])
        and not any(find_time(lines[edge]) is not None for edge in edges)
    )


def _button_under(line: str) -> bool:
    """The line under a notice is its button: a control's verb opens or closes it ("Load
    content", "Afficher le contenu", "Einmal laden"); a crosshead or an ad label is none."""
    return bool(line) and (
        line.casefold().split(" ", 1)[0] in _ui_words().verbs or _ends_with_command(line)
    )


def _ends_with_command(line: str) -> bool:
    """A control's verb closes the line: a button ("Inhalt von X anzeigen"); a crosshead
    opening with a word that can be one ("Support grows for …") is no button."""
    return line.casefold().rsplit(" ", 1)[-1] in _ui_words().verbs


def _box_sentence(notice: str, line: str) -> bool:
    """A sentence of the site's in a notice's box: its voice (``speaks_as_site``) and two
    of the notice's words, inflected; a news sentence there has neither."""
    if line[-1] not in _NOTE_ENDS or not speaks_as_site(line):
        return False
    folded = notice.casefold()
    stems = set(_stems(_UI_TOKEN.findall(line.casefold())))
    return sum(stem in folded for stem in stems) >= 2


def _paragraph_under(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """A paragraph within a few content lines under ``number`` (over a live entry's stamp
    and heading): the text goes on."""
    for _ in range(_TEXT_GOES_ON_LINES):
        number = _near_index(lines, kinds, number, 1)
        if number < 0:
            return False
        if _paragraph(lines[number]):
            return True
    return False


def _box_edge(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """The line at ``number`` could be a box's edge: dropped, or a few words that are no
    sentence (a heading, a button; the caller rules out a live entry's stamp)."""
    if number >= len(lines) or number < 0:
        return False
    line = lines[number]
    return kinds[number] is Kind.DROP or (
        kinds[number] is None
        and line.count(" ") < _LABEL_MAX_WORDS
        and line[-1] not in _SENTENCE_END
    )


def _paragraph_of_text(lines: list[str], kinds: list[Kind | None], number: int, start: int) -> bool:
    """The paragraph at ``number`` is the running text's: its start, or a paragraph right
    over it, or over one line between (a crosshead, an embed's heading)."""
    if number == start:
        return True
    above = _near_index(lines, kinds, number, -1)
    return above >= 0 and (
        _paragraph(lines[above]) or _paragraph(_near_content(lines, kinds, above, -1))
    )


def _voiced_lines(lines: list[str], kinds: list[Kind | None], start: int) -> Iterator[int]:
    """The kept lines from ``start`` on that say "we", "our" or "you" outside quoted speech."""
    return (
        number
        for number in range(start, len(lines))
        if lines[number]
        and kinds[number] is None
        and (speaks_of_site(lines[number]) or addresses_reader(lines[number]))
    )


def _closing_run(lines: list[str], kinds: list[Kind | None], start: int, block: int) -> list[int]:
    """The kept lines over line ``block`` up to the running text's last paragraph, top
    down; none when there is no such paragraph within a few lines (a teaser list, another
    block) or it is no paragraph of the text (a teaser's summary stands alone, under its
    title)."""
    run: list[int] = []
    number = block - 1
    while number >= start and len(run) < _CLOSING_RUN_MAX:
        line, kind = lines[number], kinds[number]
        if line and kind is not Kind.DROP:
            if kind is not None:
                return []  # another block
            if _paragraph(line) and not (_closing_note_shape(line) and speaks_as_site(line)):
                return run[::-1] if _paragraph_of_text(lines, kinds, number, start) else []
            run.append(number)
        number -= 1
    return []


def _prompt_or_credit(line: str) -> bool:
    """A line of the site's where the text ends: a short question with its button ("Fehler
    gefunden? Jetzt melden."), a label crediting a name ("Mitarbeit: Ann Lee")."""
    question, mark, button = line.partition("? ")
    if mark and question.count(" ") < _PROMPT_QUESTION_WORDS and is_ui_control(button):
        return True
    label, colon, name = line.partition(": ")
    return bool(colon) and label.count(" ") < _CREDIT_LABEL_WORDS and bool(_byline_name(name))


def _byline_name(line: str) -> str:
    """The author's name a byline line of a few words gives ("Ann Lee", "By Ann Lee"), or
    ""."""
    if line[-1] in _SENTENCE_END:
        return ""
    words = line.split(" ")
    if _BYLINE.match(line):
        words = words[1:]  # "By Ann Lee", "Por Ana Lima"
    # (a particle inside a name is none of its words: "Jan de Vries", "Ana van der Berg")
    name = words[:1] + [word for word in words[1:-1] if word not in NAME_PARTICLES] + words[1:][-1:]
    named = _NAME_MIN_WORDS <= len(name) <= _NAME_MAX_WORDS and all(
        word[:1].isupper() and word.isalpha() for word in name
    )
    return " ".join(words) if named else ""


def _attribution(line: str) -> bool:
    """A pull quote's attribution: a name (capitalised words) and perhaps a role after a
    comma, a few words, no sentence ("Ann Lee, Kestrel Works", "— Ann Lee"). A crosshead
    ("Growers count the cost") has words in lower case."""
    if line.count(" ") >= _ATTRIBUTION_WORDS or line[-1] in _SENTENCE_END:
        return False
    name = line.lstrip("—– ").split(",", 1)[0].split(" ")
    return (
        _NAME_MIN_WORDS <= len(name) <= _NAME_MAX_WORDS
        and all(word[:1].isupper() for word in name)
        and find_time(line) is None
    )


def _positions(kinds: list[Kind | None], kind: Kind) -> list[int]:
    """Where ``kind`` is in ``kinds``, found from one to the next in C (and without the
    ValueError of a failed search, which formats the kind's repr)."""
    positions = []
    number = -1
    for _ in range(kinds.count(kind)):
        number = kinds.index(kind, number + 1)
        positions.append(number)
    return positions


def _widget_heading(line: str) -> bool:
    """A label ending with a colon that introduces a widget ("Copy/paste the embed link
    below:"): a few words, no quote (speech goes on after "He said:")."""
    return line.count(" ") < _WIDGET_HEADING_WORDS and not has_quote(line)


def _toolbar_label(line: str) -> bool:
    """A few words, no sentence end, no stamp, no byline: what a control could say. A card's
    stamp after its source ("10TV WBNS · 35m", between a card's "Share" and its "Video"
    label) is a card's line, no control's."""
    return (
        line.count(" ") < _LABEL_MAX_WORDS
        and line[-1] not in _SENTENCE_END
        and _BYLINE.match(line) is None
        and find_time(line) is None
        and not _stamp_tail(line)
    )


def _previous_line(lines: list[str], number: int) -> int:
    """The index of the last non-blank line before ``number`` (-1: none)."""
    index = number - 1
    while index >= 0 and not lines[index]:
        index -= 1
    return index


def _next_line(lines: list[str], number: int) -> int:
    """The index of the first non-blank line after ``number`` (``len(lines)``: none)."""
    index = number + 1
    while index < len(lines) and not lines[index]:
        index += 1
    return index


def _near_content(lines: list[str], kinds: list[Kind | None], number: int, step: int) -> str:
    """The nearest content line before (``step`` -1) or after (+1) ``number``, over blank
    and boilerplate lines (a few: linear time); "" when there is none."""
    index = _near_index(lines, kinds, number, step)
    return lines[index] if index >= 0 else ""


def _near_index(lines: list[str], kinds: list[Kind | None], number: int, step: int) -> int:
    """The index of ``_near_content``'s line, -1 when there is none."""
    index = number + step
    for _ in range(_LINK_SKIP_MAX):
        if not 0 <= index < len(lines):
            break
        if lines[index] and kinds[index] is None:
            return index
        index += step
    return -1


def _paragraph(line: str) -> bool:
    """A paragraph of running text: many words ending like a sentence; one ending with a
    quotation mark ends a sentence inside it ('… she said. "We will."'), not a headline's
    quoted words ("… as millions warned of 'bleak winter'")."""
    if line.count(" ") < _PARAGRAPH_WORDS - 1:
        return False
    if line[-1] in _CLOSING_QUOTES:
        return line[:-1].rstrip()[-1:] in _QUOTED_SENTENCE_END
    return line[-1] in _SENTENCE_END


@dataclass(slots=True)
class _TextStart:
    """Where the page's running text starts: the first of two paragraphs in a row (a
    standfirst or a teaser's summary stands alone); looked for once, when first asked."""

    lines: list[str]
    kinds: list[Kind | None]
    start: int = -1

    def after(self, number: int) -> bool:
        """Whether the running text starts after line ``number`` (or there is none)."""
        return number < self.first()

    def first(self) -> int:
        """The number of the text's first line (``len(lines)``: there is none)."""
        if self.start < 0:
            self.start = self._find()
        return self.start

    def _find(self) -> int:
        previous = False  # the content line before was a paragraph
        start = 0
        for number, line in enumerate(self.lines):
            if not line or self.kinds[number] is not None:
                continue
            if _paragraph(line):
                if previous:
                    return start
                previous, start = True, number
            else:
                previous = False
        return len(self.lines)


def _classified(lines: list[str]) -> list[Kind | None]:
    """Each line's boilerplate kind (``classify``), but a heading of "more" and news right
    over a paragraph ("More bad news" / "The ferry's losses grew …") is the text's
    crosshead, no kind: a teaser block's heading stands over headlines ("More local news"
    / a card's title). A heading that is one only under a text is none above the page's
    first paragraph ("Le fil info" as the page's title). An ad slot's label in a card list is an ad
    label (``_label_ads_in_card_lists``)."""
    kinds = [classify(line) if line else None for line in lines]
    for number in _positions(kinds, Kind.RELATED):
        after = _next_line(lines, number)
        if (
            after < len(lines)
            and kinds[after] is None
            and _paragraph(lines[after])
            and is_more_news_remark(lines[number])
        ):
            kinds[number] = None
    first_paragraph = next((at for at, line in enumerate(lines) if _paragraph(line)), len(lines))
    for number in _positions(kinds, Kind.RELATED):
        if number < first_paragraph and is_heading_after_text(lines[number]):
            kinds[number] = None
    for number in _positions(kinds, Kind.DROP):
        if _announced_quotation(lines, kinds, number) or _link_named_subheading(
            lines, kinds, number
        ):
            kinds[number] = None
    _label_ads_in_card_lists(lines, kinds)
    _drop_ad_titles_over_labels(lines, kinds)
    _drop_post_authors(lines, kinds)
    _keep_closing_marks(lines, kinds)
    return kinds


# a sentence's end alone on its line, under the link that ended the sentence
_SENTENCE_END_LINES = frozenset({".", "!", "?", ").", ".)", "?)", "!)"})
# a clause's mark alone on its line between two links ("Kusile" / "," / "Medupi"); between
# a card's title and its stamp it separates the card's fields ("Title" / "," / "5:31 AM")
_CLAUSE_MARK_LINES = frozenset({",", ";", ")", "),"})
_MARK_LINES = _SENTENCE_END_LINES | _CLAUSE_MARK_LINES


def _keep_closing_marks(lines: list[str], kinds: list[Kind | None]) -> None:
    """A full stop alone on its line right under a kept line ends the sentence a link broke
    ("… sul sito del" / "Sistema museale di Ateneo" / "."): kept, so it joins that line
    (and the link over it, which a dropped mark would leave standing alone), not dropped as
    a line without words. So is a comma there when text, no stamp, goes on under it, and a
    short aside in brackets inside the sentence ("… on the London Metal Exchange" / "(LME)" /
    "was up 1.8% …", ``_aside_in_sentence``)."""
    for number in _positions(kinds, Kind.DROP):
        if number and kinds[number - 1] is None and lines[number - 1]:
            line = lines[number]
            if (
                line in _SENTENCE_END_LINES
                or (line in _CLAUSE_MARK_LINES and _clause_goes_on(lines, kinds, number + 1))
                or _aside_in_sentence(lines, kinds, number)
            ):
                kinds[number] = None


_ASIDE_CHARS = 12  # "(LME)", "(UNESCO)": an abbreviation a link left on its own line


def _aside_in_sentence(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """A short aside in brackets alone on its line between two halves of one sentence: the
    kept line over it ends on a word (no punctuation) and the kept line under it goes on in
    lower case. A card's source in brackets ("(AP)") stands under a title, over a stamp or
    the next title, not inside a sentence."""
    under = number + 1
    return (
        _aside(lines[number])
        and lines[number - 1][-1:].isalnum()
        and _clause_goes_on(lines, kinds, under)
        and lines[under][:1].islower()
    )


def _ends_with_aside(text: str) -> bool:
    """The text ends on a word and an aside after it ("… the London Metal Exchange (LME)"):
    its sentence goes on."""
    opening = text.rfind("(", max(0, len(text) - _ASIDE_CHARS))
    return (
        opening > 1
        and text[opening - 1] == " "
        and text[opening - 2].isalnum()
        and _aside(text[opening:])
    )


def _aside(line: str) -> bool:
    """An abbreviation in brackets ("(LME)", "(NHS)"; not a ticker chip's "(GM.N)", nor a
    caption's note on its picture, "(Symbolbild)", which a credit follows)."""
    return (
        line[:1] == "("
        and line[-1:] == ")"
        and len(line) <= _ASIDE_CHARS
        and line[1:-1].isalpha()
        and line[1:-1].isupper()
    )


def _clause_goes_on(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """The line at ``number`` is kept text that is not a stamp (a card's field)."""
    return (
        number < len(lines)
        and bool(lines[number])
        and kinds[number] is None
        and find_time(lines[number]) is None
    )


_POST_AUTHOR_WORDS = 4  # "Mara Lindqvist", "Office of the Mayor"


def _drop_post_authors(lines: list[str], kinds: list[Kind | None]) -> None:
    """An embedded post's author: the name right over its handle line ("Mara Lindqvist" /
    "@mara.bsky.social"), which goes with the handle. A crosshead or a sentence is never
    printed over a lone handle; a name is short, capitalised and ends in no punctuation."""
    for number in _positions(kinds, Kind.DROP):
        if number and is_handle_line(lines[number]):
            name = lines[number - 1]
            if (
                name
                and kinds[number - 1] is None
                and name.count(" ") < _POST_AUTHOR_WORDS
                and name[0].isupper()
                and name[-1].isalnum()
            ):
                kinds[number - 1] = Kind.DROP


_NOTE_MIN_SPACES = 20  # a labelled note longer than [prefix]'s lines ([prefix-any]'s reach)
_ANNOUNCING_QUOTE_SPACES = 4  # a quoted message's announcer: "Others saw an error page saying:"


def _announced_quotation(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """A long labelled note ("Disclaimer: This film is a work of fiction …") right under
    the text's sentence announcing it with a colon ("The court ordered that the following
    text be shown on screen:") is the story's quotation of the note, not the site's: the
    site prints its note under the text, never announced by it. So is a message wholly in
    quotation marks under a shorter such sentence ("Customers were shown a message that
    read:" / "“Something went wrong. Please try again later.”"): the site prints its own
    messages bare, never quoted."""
    line = lines[number]
    if line.count(" ") >= _NOTE_MIN_SPACES and line.split(" ", 1)[0].endswith(":"):
        announcing_spaces = _PARAGRAPH_WORDS - 1
    elif _wholly_quoted(line):
        announcing_spaces = _ANNOUNCING_QUOTE_SPACES
    else:
        return False
    above = _previous_line(lines, number)
    return (
        above >= 0
        and kinds[above] is None
        and lines[above].endswith(":")
        and lines[above].count(" ") >= announcing_spaces
    )


def _wholly_quoted(line: str) -> bool:
    """A line opening and closing with quotation marks around a quotation of words (not one
    quoted button's name): a quoted message or speech."""
    return (
        line[0] in _SPEECH_OPENERS
        and _SPEECH_CLOSERS.match(line, len(line) - 1) is not None
        and quotes_speech(line)
    )


# an ad slot's own label ("Anzeige"), alone or with its advertiser after a separator
# ("Anzeige · Example Shop"): dropped inside the text, an ad card's label in a card list
_SLOT_LABEL = re.compile(
    rf"^(?:advertisement|{'|'.join(_SLOT_LABEL_WORDS)})(?:$|(?P<advertiser> [·•|] \S))",
    re.IGNORECASE | re.MULTILINE,  # (a line of its own, also in the page's joined text)
)
_BARE_AD_LABEL_SPACES = 1  # "Patrocinado", "Paid Content"; longer, it names its advertiser
_CARD_REACH = 4  # kept lines searched over an ad slot's label for a card's stamp
_AD_CARD_REACH = 6  # kept lines searched under it for the next card's stamp
_AD_CARD_MIN_LINES = 3  # lines over that stamp: the ad's title and advertiser, and a card's
_CLOSING_AD_REACH = 12  # lines under a list's closing ad searched for a heading or the end
_STATEMENT_END = frozenset(".!?…")  # a summary's or a notice's sentence, no name or link


def _label_ads_in_card_lists(lines: list[str], kinds: list[Kind | None]) -> None:
    """An ad slot's label standing in a card list over an ad card ("Anzeige" / advertiser
    / ad title, among titles with their stamps) labels the card: its kind becomes
    ``Kind.AD``, so split drops the card instead of reading the ad's title as a card and
    shifting every stamp under it by one. In a card list a card's stamp stands within a
    few kept lines over the label. An ad card holds no stamp: the next stamp under the
    label stands past the ad's title and advertiser and the next card's own short lines
    (three or more), where an empty slot among cards is over one card's title (and its
    summary) and stamp. A label naming its advertiser is the card's label by itself.
    Inside the running text (paragraphs over the label) the label stays a dropped line: a
    crosshead under it is the text's."""
    text = "\n".join(lines)
    number = previous = 0
    for found in _SLOT_LABEL.finditer(text):  # (one pass over the page, in C)
        number += text.count("\n", previous, found.start())
        previous = found.start()
        line = lines[number]
        if (
            kinds[number] is Kind.AD
            or line.count(" ") >= _LABEL_MAX_WORDS
            or _paragraph(_near_content(lines, kinds, number, 1))
        ):
            continue  # (the quick test: a slot in the text is over a paragraph, an ad's is not)
        if not _card_stamp_over(lines, kinds, number):
            continue
        if (
            found["advertiser"] is not None
            or _over_ad_card(lines, kinds, number)
            or _closing_ad_card(lines, kinds, number)
        ):
            kinds[number] = Kind.AD


def _drop_ad_titles_over_labels(lines: list[str], kinds: list[Kind | None]) -> None:
    """An ad label under a lone short line that an ad slot's label or a block heading heads
    ("Publicidad" / "Descubre las mejores hipotecas" / "Patrocinado") closes that line, the
    ad's title: both dropped. Read as a label over a card, it took the next card (its
    publisher, title and stamp) for the ad. A card's own title stands under its source or
    the card above, not right under the block's heading and a label."""
    for label in _positions(kinds, Kind.AD):
        if (
            _SLOT_LABEL.match(lines[label]) is not None
            or lines[label].count(" ") > _BARE_AD_LABEL_SPACES
        ):
            continue  # (an ad slot's label heads its card: ``_label_ads_in_card_lists``;
            # one naming its advertiser closes the card over it: ``_closed_ad_card``)
        title = _previous_line(lines, label)
        if title < 0 or kinds[title] is not None or not _ad_title_line(lines[title]):
            continue
        above = _previous_line(lines, title)
        if above >= 0 and _heads_ad_title(lines[above], kinds[above]):
            kinds[title] = kinds[label] = Kind.DROP


def _ad_title_line(line: str) -> bool:
    """A short line that is no sentence and carries no stamp (nor a one-line card's
    closing one: "Title - Publisher - hace 3 horas"): an ad's headline."""
    return (
        line.count(" ") < _LINK_MAX_WORDS
        and not _paragraph(line)
        and line[-1] not in _STATEMENT_END
        and find_time(line) is None
        and not _stamp_tail(line, _CARD_TAIL_SEPARATOR)
    )


def _heads_ad_title(line: str, kind: Kind | None) -> bool:
    """Whether the line over an ad's title is an ad slot's label or a block heading."""
    if kind is Kind.RELATED or kind is Kind.LINKS:
        return True
    return kind is Kind.DROP and (
        _SLOT_LABEL.match(line) is not None or line.casefold() in _AD_SLOT_WORDS
    )


def _card_stamp_over(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """Whether one of the few kept lines over ``number`` is a card's stamp ("vor 2 Std.",
    "Source · 3h"), over at most one paragraph (a card's summary; two are the running
    text, its header's stamp beyond)."""
    index = number
    paragraphs = 0
    for _ in range(_CARD_REACH):
        index = _near_index(lines, kinds, index, -1)
        if index < 0:
            return False
        if _paragraph(lines[index]):
            paragraphs += 1
            if paragraphs > 1:
                return False
        elif _card_stamp(lines[index]):
            return True
    return False


def _over_ad_card(lines: list[str], kinds: list[Kind | None], label: int) -> bool:
    """Whether the kept lines under the label at ``label`` hold an ad card: three or more
    short lines before the next card's stamp, over blank and dropped lines and one
    paragraph (a card's summary; a block heading or a second paragraph ends the list)."""
    count = 0
    paragraphs = 0
    index = label + 1
    while index < len(lines) and count <= _AD_CARD_REACH:
        line, kind = lines[index], kinds[index]
        index += 1
        if not line or kind is Kind.DROP:
            continue
        if kind is not None:
            return False
        if _paragraph(line):
            paragraphs += 1
            if paragraphs > 1:
                return False
        elif _card_stamp(line):
            return count >= _AD_CARD_MIN_LINES
        else:
            count += 1
    return False


def _closing_ad_card(lines: list[str], kinds: list[Kind | None], label: int) -> bool:
    """Whether the label at ``label`` stands over the ad closing a card list: the ad's title
    and its advertiser (a name of a few words, no sentence), right over a dropped line, a
    block heading or the page's end, and no stamp, paragraph or sentence under them before
    a block heading or the page's end ("Anzeige" / ad title / "Verivox" / "Newsletter" /
    footer links). A real last card under an empty slot prints its stamp or its summary
    (``_over_ad_card`` reads a card between two stamped ones)."""
    title = _next_line(lines, label)
    advertiser = title + 1
    if (
        advertiser >= len(lines)
        or kinds[title] is not None
        or kinds[advertiser] is not None
        or _paragraph(lines[title])
        or not _advertiser_name(lines[advertiser])
        or _card_stamp(lines[title])
        or is_agency(lines[advertiser])  # "AFP": a last card's source (auditor A3)
        or _prints_source(lines, kinds, label)
    ):
        return False
    under = advertiser + 1
    if under < len(lines) and lines[under] and kinds[under] is None:
        return False  # (the card goes on: no ad's two lines)
    for index in range(under, min(len(lines), under + _CLOSING_AD_REACH)):
        line, kind = lines[index], kinds[index]
        if not line or kind is Kind.DROP:
            continue
        if kind is not None:
            return True  # a block heading
        if _paragraph(line) or line[-1] in _STATEMENT_END or _card_stamp(line):
            return False
    return under + _CLOSING_AD_REACH >= len(lines)  # (the page ends under the card)


def _prints_source(lines: list[str], kinds: list[Kind | None], label: int) -> bool:
    """Whether the card right over the label at ``label`` prints a name over its stamp
    ("Deutsche Welle" / "4 hours ago"): the list's cards name their sources, so a title over
    a name under the label is the last card's, no ad's."""
    stamp = _near_index(lines, kinds, label, -1)
    if stamp < 0 or not _card_stamp(lines[stamp]):
        return False
    name = _near_index(lines, kinds, stamp, -1)
    return name >= 0 and _advertiser_name(lines[name])


def _advertiser_name(line: str) -> bool:
    """A name of a few words, no sentence and no stamp ("Verivox", "Énergie Conseil")."""
    return (
        bool(line)
        and line.count(" ") < _KICKER_MAX_WORDS
        and line[-1] not in _STATEMENT_END
        and not _card_stamp(line)
    )


def _keep_card_titles(lines: list[str], kinds: list[Kind | None]) -> None:
    """A dropped line shaped like a headline over a card's stamp is the card's title, kept:
    a label ("Watch: …", "Kommentar: …") or the reader ("How to … your …") in a title
    makes no UI line of it when the card's source and stamp follow ("Watch: Crews clear
    the harbour road" / "Coast FM · 2h"). Asked of the few dropped lines of five words or
    more that end like no sentence; a story's headline dropped as a pitch
    (``_story_headline``) is kept too, of any length."""
    for number in _positions(kinds, Kind.DROP):
        line = lines[number]
        if line.count(" ") >= _LINK_MAX_WORDS or line[-1] in _TITLE_NO_END:
            continue
        if (
            line.count(" ") >= _HEADING_MAX_WORDS
            and line[0] != "("  # an editor's note
            and (
                _over_card_stamp(lines, kinds, number) or _under_source_stamp(lines, kinds, number)
            )
            and _card_title(line)
            and not _under_byline(lines, number)
            and not _player_title_over_entry(lines, kinds, number)
        ) or _story_headline(lines, kinds, number):
            kinds[number] = None


def _under_source_stamp(lines: list[str], kinds: list[Kind | None], title: int) -> bool:
    """Whether the line at ``title`` stands right under a card's kept source and stamp ("NBC
    News · 3h" / "Watch: Crews clear …"): feeds that print the meta line over the title. The
    stamp must follow a source (a bare "3h" may close the card above) and be no video's length
    (nor the whole line an audio box's: "03:12 min, aus … · 3h"). Unlike
    ``boilerplate._named_age`` on purpose: that asks of what a line keeps before a glued UI
    phrase ("The Independent · 3h" / "· 2 min read") whether it is a meta line, so its name
    must be capitalised and no UI line ("Sponsored · 2 days ago" is an ad's), after the first
    " · "; this asks of a kept line right over a title, of two parts split by any
    ``_META_SEPARATOR``, with a source holding no stamp and a stamp that is no length."""
    meta = _previous_line(lines, title)
    if meta < 0 or kinds[meta] is not None:
        return False
    parts = _META_SEPARATOR.split(lines[meta])
    return (
        len(parts) == 2
        and find_time(parts[0]) is None
        and find_time(parts[1]) is not None
        and _DURATION.match(parts[1]) is None
        and _DURATION.match(lines[meta]) is None
    )


def _player_title_over_entry(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """Whether the dropped line at ``number`` is a player's title set into a live page: right
    under the player's length ("Play Video" / "1:12" / "WATCH: Water rises …") and over an
    entry's clock with its paragraph ("8:30 a.m." / "School districts have canceled …"). A
    video card's stamp stands over the next card's title, no paragraph."""
    above = _previous_line(lines, number)
    if above < 0 or _DURATION.match(lines[above]) is None:
        return False
    clock = _next_content(lines, kinds, number)
    if clock < 0 or not is_clock_only(lines[clock]):
        return False
    entry = _next_content(lines, kinds, clock)
    return entry >= 0 and _paragraph(lines[entry])


_HEADLINE_TOLD_STEMS = 2  # the headline's words a story's first paragraph tells again


def _story_headline(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """A headline (no sentence's end: ``_keep_card_titles`` asks) dropped as a pitch ("…
    raises subscription price to $17.99 a month", "Register now for …, organisers urge")
    right over a paragraph that reports what others said, not to the reader, and tells two
    of its words again: a story's headline, whose news names a price, a subscription or a
    registration. A pitch stands over the site's own offer or button, no reported paragraph
    retelling it."""
    line = lines[number]
    after = _next_line(lines, number)
    if not (
        after < len(lines)
        and kinds[after] is None
        and _paragraph(lines[after])
        and is_pitch(line)
        and reports_speech(lines[after])
        and not addresses_reader(lines[after])
    ):
        return False
    told = set(_stems(_WORD.findall(lines[after].casefold())))
    return len(told.intersection(_stems(_WORD.findall(line.casefold())))) >= _HEADLINE_TOLD_STEMS


def _card_title(line: str) -> bool:
    """A headline behind its label, if any ("Watch: Crews clear …"): no command, no request
    ("Sign in to …", "Please turn on …"), no link's label ("Also read: …", over a live
    entry's stamp), no meta line ("Listen · 5:12 min"), no stamp. Only the label or the
    reader's words ("How to … your …") may have dropped it: behind a label the headline is
    no UI line, and a line without one was dropped as a pitch, not as a UI phrase or control
    ("Advertisement - Scroll to continue reading" over a live entry's stamp stays dropped)."""
    colon = line.find(": ", 0, _LINK_LABEL_CHARS)
    if colon > 0 and (
        classify(line[:colon]) in (Kind.LINKS, Kind.RELATED)
        or is_author_box_field(line)
        or _tag_label(line[:colon])
    ):
        return False  # (an author box's field over the header's stamp: "Expertise: …")
    title = line[colon + 2 :] if colon > 0 else line
    return (
        (classify(title) is None if colon > 0 else is_pitch(line))
        # (behind a label, a long line opening on the verb tells what the video shows:
        # "VÍDEO: veja o momento do resgate …"; a short one is a control: "Video: watch now")
        and not (starts_with_verb(title) and (colon < 0 or title.count(" ") < _HEADING_MAX_WORDS))
        and not asks_politely(title)
        and _META_SEPARATOR.search(line) is None
        and find_time(line) is None
    )


def _tag_label(label: str) -> bool:
    """A tag list's label ("Topics", "Tags", "Themen"): the story's topics follow it, no
    card's headline, even over the page's closing stamp ("Topics : Budget Rates Banks" /
    "First Published: …"). A comments heading ends the text too, but "Comment: …" labels an
    opinion card's headline."""
    return classify(label) is Kind.END and not is_comments_heading(label)


def _under_byline(lines: list[str], number: int) -> bool:
    """Whether the line at ``number`` stands right under a byline ("By Ann Lee" /
    "Additional reporting by …"): a credit continuing the byline, no card's title."""
    previous = _previous_line(lines, number)
    return previous >= 0 and _BYLINE.match(lines[previous]) is not None


def _over_card_stamp(lines: list[str], kinds: list[Kind | None], title: int) -> bool:
    """Whether a card's stamp follows the line at ``title``: right under it ("Source · 2h",
    "27.11.2026"), or under a short source or label ("DW" / "6h", "Published" / "35 minutes
    ago") or a summary sentence, over dropped lines ("·"), a few. A player's length ("2:14")
    is no card's stamp."""
    meta = _next_content(lines, kinds, title)
    if meta < 0:
        return False
    if _card_stamp(lines[meta]):
        return True
    line = lines[meta]
    return (
        (line.count(" ") < _KICKER_MAX_WORDS and line[-1] not in _SENTENCE_END) or _summary(line)
    ) and _stamp_follows(lines, kinds, meta)


def _card_meta(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """Whether the line at ``number`` is a card's meta line under its title, not the rest of
    a sentence: a stamp in its first part or after a few words in its last ("short by Ann
    Roy / 09:41 am on 28 Nov", "g1 — há 35 minutos"), or a source of a few words over the
    card's stamp ("spot on news" / "vor 5 Std.", "di agenzia" / "27 novembre 2026, 10:45"),
    or a one-line card's source and stamp before its title ("iHarbour · 2h · Title"). Parts
    set apart by hyphens (" - ") are split on those alone. A sentence's rest ends like one
    ("on Tuesday — 27 November — after … piers."); a reading time ending a meta line does
    too ("dpa — vor 5 Std. — Lesedauer 2 Min.")."""
    line = lines[number]
    parts = _META_PARTS.split(line) if " - " not in line else line.split(" - ")
    if line[-1] in _SENTENCE_END and classify(parts[-1]) is None:
        return False  # (not "dpa — vor 5 Std. — Lesedauer 2 Min.": a reading time ends it)
    if (
        len(parts) > 1
        and (
            find_time(parts[0])
            or (  # a source's or byline's few words before the stamp ("short by Ann Roy")
                sum(part.count(" ") + 1 for part in parts[:-1]) <= _META_SOURCE_MAX_WORDS
                and find_time(parts[-1])
            )
            or (  # a one-line card printed source first ("iHarbour · 2 hours ago · Title …")
                len(parts) > 2
                and parts[0].count(" ") < _META_SOURCE_MAX_WORDS
                and find_time(parts[1])
            )
        )
    ):
        return True
    return line.count(" ") < _KICKER_MAX_WORDS and _stamp_follows(lines, kinds, number)


def _stamp_follows(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """Whether the next content line after ``number`` (``_next_content``) is a card's stamp."""
    stamp = _next_content(lines, kinds, number)
    return stamp >= 0 and _card_stamp(lines[stamp])


def _card_stamp(line: str) -> bool:
    """A card's stamp line, alone, after its source ("Coast FM · 2h") or before it ("hace 45
    min · EFE": portals that print the stamp first), not a duration."""
    return _DURATION.match(line) is None and (_stamp_tail(line) or _stamp_head(line))


def _stamp_head(line: str) -> bool:
    """A stamp opens a meta line, a short part after it ("hace 2 horas · El País", "Há 2
    horas — Em Política"). It splits on a one-line card's separators, dashes too
    (``_CARD_TAIL_SEPARATOR``: portals print "Há 2 horas — Em Política"), so every
    ``_card_stamp`` caller takes "09:30 - Opening remarks" as a stamp."""
    parts = _CARD_TAIL_SEPARATOR.split(line)
    return (
        len(parts) == 2
        # (or a section after a preposition, at any length: "Em Vale do Paraíba e Região")
        and (parts[1].count(" ") < _KICKER_MAX_WORDS or opens_section_name(parts[1]))
        and find_time(parts[0]) is not None
    )


def _next_content(lines: list[str], kinds: list[Kind | None], number: int) -> int:
    """The next content line after ``number`` over blank and dropped lines (a few: linear
    time); -1 when a heading or the page's end comes first."""
    index = number + 1
    for _ in range(_LINK_SKIP_MAX):
        while index < len(lines) and not lines[index]:
            index += 1
        if index == len(lines) or kinds[index] not in (None, Kind.DROP):
            return -1
        if kinds[index] is None:
            return index
        index += 1
    return -1


def _drop_by_shape(normalised: str, lines: list[str], kinds: list[Kind | None]) -> None:
    """The passes that drop content lines by their place among the page's UI (in order: a
    later pass sees what an earlier one dropped), then a dropped credit glued to its caption."""
    _drop_lone_player(normalised, lines, kinds)
    _drop_ranked_chips(lines, kinds)
    _drop_initials_off_byline(lines, kinds)
    _drop_stats_boxes(lines, kinds)  # (first: a toolbar's labels are judged without them)
    _drop_widget_lines(lines, kinds)
    _drop_gallery_in_text(lines, kinds)  # (after: its label names no control of a prompt)
    _drop_ticker_chips(lines, kinds)
    _drop_labelled_chips(lines, kinds)
    _drop_score_widget_scorers(lines, kinds)
    _drop_commands_over_blocks(lines, kinds)
    _drop_pull_quotes(lines, kinds)
    _drop_paywall_offers(lines, kinds)
    _drop_reader_surveys(lines, kinds)
    _drop_podcast_promos(lines, kinds)
    _drop_podcast_labels(lines, kinds)
    _drop_listening_lengths(lines, kinds)
    _drop_lengths_over_stamps(lines, kinds)
    _glue_bracketed_credits(lines, kinds)  # (last: the lines kept under the credit are known)


_STATS_MIN_PAIRS = 3  # label / count pairs in a row that make a stats box
_BARE_COUNT = re.compile(r"\d[\d,.]*%?")  # "68", "1,204", "55%"
_STATS_LABEL_MAX_SPACES = 3  # "Total News Sources", "Leaning Left": a few words


def _drop_stats_boxes(lines: list[str], kinds: list[Kind | None]) -> None:
    """A box of figures printed as label / value lines ("Total News Sources" / "68" /
    "Leaning Left" / "18" / "Leaning Right" / "7" / "Last Updated" / "2 hours ago"): three
    or more short labels in a row, each over its bare count, are the box's, and so is a
    label over a bare stamp closing the run (the box's update time); all go. Else a label
    reads as a card's title over the box's stamp, and the cards under it shift by one."""
    filled = [number for number, line in enumerate(lines) if line]
    index = 0
    while index + 1 < len(filled):
        run = index
        while run + 1 < len(filled) and _stats_pair(lines, filled[run], filled[run + 1]):
            run += 2
        if (run - index) // 2 < _STATS_MIN_PAIRS or _ranks(lines, filled[index + 1 : run : 2]):
            index = max(run, index + 1)
            continue
        if (
            run + 1 < len(filled)
            and _stats_label(lines[filled[run]])
            and _bare_stamp(lines[filled[run + 1]])
            and not _bare_stamp_follows(lines, filled[run + 2 : run + 2 + _CARD_META_REACH])
        ):
            run += 2  # (the box's "Last Updated" / "2 hours ago")
        for number in filled[index:run]:
            if kinds[number] is None:  # (a heading among them keeps its kind)
                kinds[number] = Kind.DROP
        index = run


_CARD_META_REACH = 3  # title / summary / stamp: the lines of a card down to its stamp


def _bare_stamp(line: str) -> bool:
    return find_time(line) == line


def _bare_stamp_follows(lines: list[str], under: list[int]) -> bool:
    """A bare stamp within a card's reach under a label / stamp pair closing a box of figures
    ("DAX" / "18.432" … / "Ölpreis fällt deutlich" / "vor 2 Std." / title / "vor 3 Std."):
    the pair is the first card of a list under the box, no update time of the box."""
    return any(_bare_stamp(lines[number]) for number in under)


def _ranks(lines: list[str], counts: list[int]) -> bool:
    """The counts go 1, 2, 3 …: the ranks of a numbered list read one line off ("Trending" /
    "1" / item / "2" / item …), no box of figures (``_drop_ranked_chips`` judges it)."""
    return any(
        all(lines[number] == str(rank) for rank, number in enumerate(counts, first))
        for first in (1, 2)
    )


def _stats_pair(lines: list[str], label: int, value: int) -> bool:
    return _stats_label(lines[label]) and _BARE_COUNT.fullmatch(lines[value]) is not None


def _stats_label(line: str) -> bool:
    """A few words with letters and no sentence end: a figure's label."""
    return (
        line.count(" ") <= _STATS_LABEL_MAX_SPACES
        and line[-1] not in _SENTENCE_END
        and _HAS_LETTER.search(line) is not None
        and _BARE_COUNT.fullmatch(line) is None
    )


def _drop_initials_off_byline(lines: list[str], kinds: list[Kind | None]) -> None:
    """Agency initials alone in capitals ("APP") name the story's source in the byline's
    place only, right over the story's stamp ("APP" / "Published November 12, 2026"); over
    anything else (a menu's last item over the headline) they are the site's link to its
    app, the UI control they read as in lower case. A card's source slot over its title,
    summary and stamp ("ANI" / title / "Several trains were cancelled …" / "2 hours ago") is
    the card's source too (audit D's d17)."""
    for number, line in enumerate(lines):
        if (
            kinds[number] is None
            and is_agency_initials(line)
            and not (_stamped_at(lines, number, 1) or _card_over_stamp(lines, number))
        ):
            kinds[number] = Kind.DROP


def _stamped_at(lines: list[str], number: int, steps: int) -> bool:
    """The ``steps``-th filled line after ``number`` carries a time stamp."""
    index = number
    for _ in range(steps):
        index = _next_line(lines, index)
    return index < len(lines) and find_time(lines[index]) is not None


def _card_over_stamp(lines: list[str], number: int) -> bool:
    """Under line ``number``: a card's title, a sentence of summary and the card's stamp."""
    summary = _next_line(lines, _next_line(lines, number))
    return summary < len(lines) and _text_sentence(lines[summary]) and _stamped_at(lines, number, 3)


_RANKED_CHIPS_MIN = 3  # ranks in a row ("1" … "3") that make a numbered list


def _drop_ranked_chips(lines: list[str], kinds: list[Kind | None]) -> None:
    """A numbered list of bare lines, each rank alone on its line over one line that is no
    sentence ("Popular now" / "1" / "Lions clinch playoff berth" / "2" / …): navigation
    (README: a numbered list of bare titles), all its items dropped. Any other line between
    an item and the next rank ends the run, and so does a sentence; the last item goes only
    with no stamp under it (a list of teasers stays). A list set in the story's text is
    the story's own steps or points, kept (``_listed_in_text``)."""
    count = len(lines)
    number = 0
    while number < count:
        if lines[number] != "1":
            number += 1
            continue
        items: list[int] = []
        ranks = [number]
        while True:
            item = _next_line(lines, ranks[-1])
            if item >= count or kinds[item] is not None or lines[item][-1] in _SENTENCE_END:
                break
            after = _next_line(lines, item)
            if after < count and lines[after] == str(len(items) + 2):
                items.append(item)
                ranks.append(after)
                continue
            if after >= count or find_time(lines[after]) is None:
                items.append(item)  # the last item: no stamp under it
            break
        if len(items) >= _RANKED_CHIPS_MIN:
            # (the text's own list keeps its numbers: split reads the items under them as
            # the text's, not as a link list's short lines)
            listed = _listed_in_text(lines, kinds, number, items[-1])
            for line in ranks[: len(items)] if listed else items:
                kinds[line] = None if listed else Kind.DROP
        number = ranks[-1] + 1


# a gallery's size under its title: "12 Bilder", "15 photos", "8 imágenes" (the nouns:
# ``[gallery-size-noun]`` of ``data/caption_words.txt``)
_GALLERY_NOUNS = tuple(
    word
    for line in line_sections("caption_words.txt")["gallery-size-noun"]
    for word in line.split()
)
_GALLERY_SIZE = re.compile(rf"\d{{1,3}} (?:{'|'.join(_GALLERY_NOUNS)})", re.IGNORECASE)


def _drop_gallery_in_text(lines: list[str], kinds: list[Kind | None]) -> None:
    """A picture gallery set in the story's text: its label, its title and its size
    ("… am Montag mit." / "Bilder" / "So schön ist der Weihnachtsmarkt" / "12 Bilder" /
    "Foto: dpa/…" / "Besonders voll war es …."), all dropped with the credit under them:
    the gallery's widget, not the text (nor is the sentence over it a caption).
    Only between two sentences of the text: a portal's gallery card ("Photos" / title /
    "15 Photos" under other cards) is left to split."""
    for size, line in enumerate(lines):
        if not line[:1].isdigit() or _GALLERY_SIZE.fullmatch(line) is None:
            continue
        title = _previous_line(lines, size)
        label = _previous_line(lines, title)
        above = _previous_line(lines, label)
        widget = [label, title, size]
        below = _next_line(lines, size)
        if below < len(lines) and split_credit(lines[below]) is not None:
            widget.append(below)  # the gallery's credit (no caption of the text's over it)
            below = _next_line(lines, below)
        if (
            above >= 0
            and " " not in lines[label]
            and lines[title][-1] not in _SENTENCE_END
            and kinds[above] is None
            and _text_sentence(lines[above])
            and below < len(lines)
            and kinds[below] is None
            and _text_sentence(lines[below])
        ):
            for number in widget:
                kinds[number] = Kind.DROP


def _listed_in_text(lines: list[str], kinds: list[Kind | None], first: int, last: int) -> bool:
    """A numbered list from rank ``first`` to item ``last`` set between two sentences of
    the story's text, perhaps under its own heading ("… as follows." / "Method" / "1" /
    "Heat the oven to 180C" / … / "Bake for 45 minutes until golden" / "While it bakes,
    …."): the story's steps or points. A list under a heading of links or under no
    sentence ("Trending now", "Most viewed in Markets" under a card) is navigation."""
    heading = _previous_line(lines, first)
    if heading < 0 or kinds[heading] is not None:
        return False
    above = heading if _text_sentence(lines[heading]) else _previous_line(lines, heading)
    return _text_on_both_sides(lines, kinds, above, _next_line(lines, last), _text_sentence)


def _text_on_both_sides(
    lines: list[str],
    kinds: list[Kind | None],
    above: int,
    below: int,
    is_text: Callable[[str], bool],
) -> bool:
    """The lines at ``above`` and ``below`` (-1 / ``len(lines)``: none) are both unclassified
    story text by ``is_text``: what stands between them is set inside the text."""
    return (
        above >= 0
        and below < len(lines)
        and kinds[above] is None
        and kinds[below] is None
        and is_text(lines[above])
        and is_text(lines[below])
    )


def _text_sentence(line: str) -> bool:
    """A line of the story's text: a sentence of several words, or a paragraph (also one
    ending on a quotation or leading into a list with a colon)."""
    return _sentence(line) or _paragraph(line)


def _drop_podcast_labels(lines: list[str], kinds: list[Kind | None]) -> None:
    """A short line opening on a verb of listening and ending on "podcast", with no mark
    of a sentence ("Listen to the ST Property Podcast" over "Episode 42: …" / "24:13"): the
    player's label, dropped; the player's title and length under it go with it (the
    player's state in ``_Lines``). A story's sentence about a podcast ends on its full stop
    ("Listen to the podcast, he said." is quoted speech with a comma)."""
    for number, line in enumerate(lines):
        if (
            kinds[number] is None
            and line
            and line.count(" ") < _PODCAST_LABEL_MAX_WORDS
            and _PODCAST_LABEL.fullmatch(line.casefold()) is not None
        ):
            kinds[number] = Kind.DROP


def _drop_podcast_promos(lines: list[str], kinds: list[Kind | None]) -> None:
    """A promotion of a podcast set into the text: a bar of listening apps' buttons
    (``_listening_apps``), the sentence right over it that names the podcast, and the
    show's label over that ("Listen | Inside Business", "Listen to The Teardown"), all
    dropped. The sentence goes only under the show's label or in the site's voice or to the
    reader ("on our podcast"): a story's sentence about a podcast over the show's app links
    keeps its place, only the bar goes (auditor D's D-9). A sentence about a podcast with no
    app bar under it stays, and so does one naming the apps in running text ("The show is
    on Spotify and Apple Podcasts.")."""
    box = (None, Kind.DROP)  # (the promo sentence may be dropped already, as a pitch)
    for number, line in enumerate(lines):
        if kinds[number] not in box or not _listening_apps(line):
            continue
        promo = _previous_line(lines, number)
        while promo >= 0 and _listening_apps(lines[promo]):  # the bar's other buttons
            promo = _previous_line(lines, promo)
        after = _next_line(lines, number)
        if (
            promo < 0
            or (after < len(lines) and _resumes_sentence(lines[after]))
            or kinds[promo] not in box
            or lines[promo].count(" ") >= _PROMO_MAX_WORDS
            or _PODCAST.search(lines[promo].casefold()) is None
        ):
            continue
        kinds[number] = Kind.DROP
        label = _previous_line(lines, promo)
        labelled = label >= 0 and kinds[label] in box and _show_label(lines[label])
        if labelled:
            kinds[label] = kinds[promo] = Kind.DROP
        elif speaks_of_site(lines[promo]) or addresses_reader(lines[promo]):
            kinds[promo] = Kind.DROP


def _listening_apps(line: str) -> bool:
    """A bar of listening apps' buttons: every part between separators ("|", "·", "/") an
    app's name, two apps or more or one after a verb of listening on it ("Apple Podcasts |
    Spotify", "Listen on Spotify"). A lone app's name is a link that broke a story's
    sentence ("… will move exclusively to" / "Spotify" / "in June, …"). (Short lines only.)"""
    if line.count(" ") >= _APP_BAR_MAX_WORDS:
        return False
    parts = _APP_BAR_SEPARATOR.split(line.casefold())
    apps = [_LISTENING_APP.fullmatch(part) for part in parts]
    return all(apps) and (len(apps) > 1 or (apps[0] is not None and apps[0]["verb"] is not None))


def _resumes_sentence(line: str) -> bool:
    """A line that goes on with a sentence a link broke: it opens in lower case or on
    closing punctuation ("in June, the company said.", ", where …")."""
    return line[0].islower() or line[0] in _CLOSING


def _drop_score_widget_scorers(lines: list[str], kinds: list[Kind | None]) -> None:
    """A score widget's scorer lines and facts ("Venue: …") among the few lines under its
    score ("2 – 1" or "2" / "1", the team names, a status between): a report's own scorer
    section, under the text, stays. (From the score lines down: most pages have none.)"""
    for score, line in enumerate(lines):
        if not (line[:1].isdigit() and _SCORE.match(line)):
            continue
        index = score
        for _ in range(_SCORE_WIDGET_LINES):
            index = _next_line(lines, index)
            if index == len(lines):
                break
            below = lines[index]
            if kinds[index] is None and (is_scorer_line(below) or is_match_fact(below)):
                kinds[index] = Kind.DROP


def _drop_reader_surveys(lines: list[str], kinds: list[Kind | None]) -> None:
    """A survey on the article: a short question naming the text itself ("Cet article
    vous a-t-il été utile ?", "Was this article helpful?"), a few short answer buttons
    under it ("Oui" / "Non", "1 Stern" … "5 Sterne") and the thanks or reason right under
    them in the site's voice or to the reader ("Merci pour votre réponse.", "Ihre Bewertung
    hilft uns, …"). A question of the story's ("Who pays for this article of the
    treaty?") stands over text, not over buttons. One pass over the page's questions."""
    for number, line in enumerate(lines):
        if (
            line[-1:] != "?"
            or line.count(" ") >= _SURVEY_QUESTION_WORDS
            or kinds[number] not in (None, Kind.DROP)
            or not names_this_article(line)
        ):
            continue
        answers: list[int] = []
        index = _next_line(lines, number)
        while (
            index < len(lines)
            and len(answers) <= _SURVEY_ANSWERS
            and kinds[index] in (None, Kind.DROP)
            and lines[index].count(" ") < _SURVEY_ANSWER_WORDS
            and lines[index][-1] not in _SENTENCE_END
        ):
            answers.append(index)
            index = _next_line(lines, index)
        if not _SURVEY_MIN_ANSWERS <= len(answers) <= _SURVEY_ANSWERS:
            continue
        if (
            index < len(lines)
            and kinds[index] is None
            and lines[index][-1] in _NOTE_ENDS
            and lines[index].count(" ") < _SURVEY_THANKS_WORDS
            and speaks_of_site(lines[index])
        ):
            answers.append(index)  # the thanks or the reason under the buttons
        for index in (number, *answers):
            kinds[index] = Kind.DROP


def _drop_paywall_offers(lines: list[str], kinds: list[Kind | None]) -> None:
    """A paywall's offer ("First month free, then € 9.99 a month. Cancel any time."): a
    short content line quoting a price per period between the paywall's controls, a dropped
    line right over it and a dropped line or a sign-up button right under it. A price in
    the news ("Rents rose to € 900 a month") stands among paragraphs. Also a pitch's offer
    box (``_offer_box``)."""
    for number in _positions(kinds, Kind.DROP):
        for index in _offer_box(lines, kinds, number):
            kinds[index] = Kind.DROP
        offer = _next_line(lines, number)
        if (
            offer == len(lines)
            or kinds[offer] is not None
            or lines[offer].count(" ") >= _OFFER_WORDS
            or not quotes_price_per_period(lines[offer])
        ):
            continue
        under = _next_line(lines, offer)
        if under < len(lines) and (
            kinds[under] is Kind.DROP or (kinds[under] is None and is_sign_up_button(lines[under]))
        ):
            kinds[offer] = Kind.DROP


def _offer_box(lines: list[str], kinds: list[Kind | None], pitch: int) -> list[int]:
    """The lines of the offer box under the dropped ``pitch`` ("Lesen Sie jetzt weiter mit
    Plus" / "Voller Zugriff auf alle Artikel." / "4 Wochen für 1 €" / "Jetzt testen"): one
    or two lines that are no paragraph, stamp or quote, one of them naming a price, over a
    dropped line (the box's button); [] when the lines under it are no such box."""
    box: list[int] = []
    index = _next_line(lines, pitch)
    while index < len(lines) and kinds[index] is None:
        line = lines[index]
        if len(box) == _OFFER_BOX_LINES or _paragraph(line) or has_quote(line):
            return []
        box.append(index)
        index = _next_line(lines, index)
    if not box or index == len(lines) or kinds[index] is not Kind.DROP:
        return []
    if not any(names_price(lines[number]) for number in box):
        return []  # (the quick tests first: most dropped lines have no box under them)
    if any(find_time(lines[number]) is not None for number in box):
        return []
    return box if is_pitch(lines[pitch]) else []


def _newsletter_boxes(lines: list[str], kinds: list[Kind | None]) -> set[int]:
    """The content lines of newsletter boxes around a sign-up pitch or button: descriptions saying
    what it is or how often it comes ("A daily newsletter with …", "… explained every
    Thursday.") right over it or over the form's field and button between ("Votre adresse
    e-mail" / "Je m'inscris"), and, when the box has one (over or under the pitch), its
    short heading over them ("Chip Brief", "The Economist Review today")."""
    box: set[int] = set()
    drop = Kind.DROP
    for number in _positions(kinds, drop):
        if not number or not _box_line(lines, kinds, number - 1):
            continue  # (the quick test: a box has a content line over its pitch)
        pitch = is_pitch(lines[number])
        account = not (pitch or is_sign_up_button(lines[number]))  # "Anmelden", "Registrati"
        if account and not is_account_button(lines[number]):
            continue
        named_only = account and is_log_in_button(lines[number])  # ("Einloggen")
        top, asks = _over_box_fields(lines, kinds, number, pitch=pitch)
        # (a field asking for an address makes the box whatever its description says)
        account = account and not asks
        above = top
        while (
            above >= 0
            and top - above < _BOX_DESCRIPTIONS
            and _box_line(lines, kinds, above)
            and _box_description(lines, kinds, above, pitch=pitch, addressed=account)
            and (not named_only or _under_box_name(lines, kinds, above))
        ):
            box.add(above)
            above -= 1
        if above < top:
            box.update(range(top + 1, number))  # the field and button under the description
        under = number + 1
        described = (
            above < top
            or (
                under < len(lines)
                and _box_line(lines, kinds, under)
                and _box_description(lines, kinds, under, pitch=pitch, addressed=account)
            )
            or (pitch and _form_under(lines, number))
        )
        if (
            described
            and above >= 0
            and _box_line(lines, kinds, above)
            and _box_heading(lines[above])
        ):
            box.add(above)
    return box


def _form_under(lines: list[str], pitch: int) -> bool:
    """The sign-up form's address field right under the pitch at ``pitch`` ("Recevez
    chaque matin l'essentiel …" / "Votre adresse e-mail" / "S'inscrire"): the pitch is the
    box's description, so a heading over it is the box's ("Newsletter Info"). (A button
    alone is no form: "Sign up for the … newsletter" / "Subscribe" under a card's stamp.)"""
    return any(
        is_sign_up_field(lines[index]) and not is_sign_up_button(lines[index])
        for index in range(pitch + 1, min(pitch + 1 + _BOX_FIELDS, len(lines)))
    )


def _over_box_fields(
    lines: list[str], kinds: list[Kind | None], number: int, *, pitch: bool
) -> tuple[int, bool]:
    """The line over the sign-up form's field and button ("Votre adresse e-mail" / "Je
    m'inscris") right over the pitch or button at ``number`` when it is the box's
    description, and whether a field there asks for an address (``_asks_address``); else
    the line right over ``number`` (no field between)."""
    top = number - 1
    while (
        top > 0
        and number - top <= _BOX_FIELDS
        and _box_line(lines, kinds, top)
        and is_sign_up_field(lines[top])
    ):
        top -= 1
    if top < number - 1 and _box_line(lines, kinds, top):
        asks = _asks_address(lines, top, number)
        # (a story's short sentence over two short lines: only one that speaks to the reader
        # or stands under the newsletter's name, unless a field asks for an address)
        if _box_description(lines, kinds, top, pitch=pitch, addressed=not asks):
            return top, asks
    return number - 1, False


def _asks_address(lines: list[str], top: int, number: int) -> bool:
    """A form's field between ``top`` and ``number`` asks for an address ("E-Mail-Adresse
    eingeben"): a newsletter box's; a share bar prints "E-Mail" alone. Only under a line
    naming the news the box sends ("Jeden Abend die wichtigsten Nachrichten"): a story's
    last line over a bare form says what it reports ("Der Markt hat jeden Abend geöffnet.")."""
    return names_news(lines[top]) and any(
        is_address_field(lines[index]) for index in range(top + 1, number)
    )


def _box_heading(line: str) -> bool:
    """A newsletter box's short heading: its name ("Chip Brief", "« La Lettre »")."""
    line = line.strip(_NAME_QUOTES)  # (a name in quotes: "« La Lettre »")
    return (
        0 < line.count(" ") < _BOX_HEADING_WORDS
        and line[-1] not in _SENTENCE_END
        and find_time(line) is None  # (a card's stamp over the box: "Hier à 18h30")
    )


def _box_description(
    lines: list[str], kinds: list[Kind | None], number: int, *, pitch: bool, addressed: bool
) -> bool:
    """Whether the line at ``number`` is a newsletter box's description; next to a bare
    button ("S’inscrire") only a sentence ("Chaque vendredi, le meilleur de …."), not a
    masthead naming a daily ("Le Quotidien") over the site's "S’abonner" button. Under a
    heading naming the newsletter ("La newsletter del Tirreno") it may be longer. When
    ``addressed`` (over a form's fields, or over a button an account link says too:
    "Anmelden") only one that speaks to the reader or stands under the newsletter's name,
    not a story's short sentence ("Der Markt findet künftig jeden Samstag statt."). Right
    between the newsletter's name and its pitch, a line short of a paragraph is the box's
    tagline whatever it says ("Lose yourself in a great story: …"), unless it ends like a
    sentence (a story's line under a crosshead naming a newsletter)."""
    line = lines[number]
    if not (pitch or line[-1] in _DESCRIPTION_END):
        return False
    # the site's newsletter: under its name, or the line offers the site's own to the reader
    # ("Mit unserem Newsletter „…“ erhalten Sie …"; not "In unserem Newsletter haben wir …", a
    # story's sentence)
    named = _under_box_name(lines, kinds, number)
    if named and pitch and (line[-1] not in _SENTENCE_END or speaks_to_reader(line)):
        # ("Free weekly newsletter" / the tagline / "Enter your email address"; a sentence
        # to the reader: "Newsletter Economía" / "Todos los días, lo que tenés que saber
        # sobre tu bolsillo." / "Suscribite", auditor B's B-4)
        return True
    site_newsletter = named or offers_own_newsletter(line)
    if not describes_newsletter(line) and not (
        describes_newsletter(line, named=True)
        and site_newsletter
        and not reports_speech(line)  # (a story on a newsletter: "…, the mayor said.")
    ):
        return False
    # (a story's closing sentence, not the site's box: "The market runs every Saturday.")
    if not site_newsletter and _under_story_sentence(lines, kinds, number):
        return False
    return not addressed or speaks_to_reader(line) or site_newsletter


def _under_story_sentence(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """The line over ``number`` is a kept sentence that describes no newsletter: the story's
    text, so a short sentence under it telling how often something happens ("Buses will run
    every 15 minutes.") closes the story; a box's description stands under the box's heading
    ("Morning Briefing"), its pitch, or another description. Under a kept stamp (a live
    entry's clock: "Dec 01, 2026 10:30 (IST)" / "… on the first evening.") it is the entry's
    text, unless it names a newsletter or stands over a field asking for an address (a box
    under the header's or the story's closing stamp: "Stand: 01.12.2026, 10:15 Uhr" / "Jeden
    Morgen die wichtigsten Nachrichten …" / "E-Mail-Adresse eingeben")."""
    above = _previous_line(lines, number)
    return (
        above >= 0
        and _box_line(lines, kinds, above)
        and (
            (lines[above][-1] in _DESCRIPTION_END and not describes_newsletter(lines[above]))
            # (a card's stamp over "Newsletter: The week in …, every Friday.": the box's)
            or (
                find_time(lines[above]) is not None
                and not names_newsletter(lines[number])
                and not _over_address_field(lines, number)
            )
        )
    )


def _over_address_field(lines: list[str], number: int) -> bool:
    """The line under ``number`` is a form's field asking for an address (``is_address_field``:
    "Votre adresse e-mail"): ``number`` is a newsletter box's description."""
    under = _next_line(lines, number)
    return under < len(lines) and is_address_field(lines[under])


def _under_box_name(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """Whether the line over ``number`` is a heading naming a newsletter ("Nieuwsbrief
    Nijmegen", "La newsletter del Tirreno"), kept or dropped as a bare label ("Newsletter"),
    or a newsletter's bare name under a dropped pitch naming one ("Iscriviti alla
    newsletter" / "Buongiorno Trentino")."""
    above = number - 1
    if above >= 0 and kinds[above] is Kind.DROP and lines[above].count(" ") < _BOX_HEADING_WORDS:
        return names_newsletter(lines[above])
    if above < 0 or not _box_line(lines, kinds, above) or not _box_heading(lines[above]):
        return False
    if names_newsletter(lines[above]):
        return True
    pitch = _previous_line(lines, above)
    return pitch >= 0 and kinds[pitch] is Kind.DROP and names_newsletter(lines[pitch])


def _box_line(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    return kinds[number] is None and bool(lines[number])


def _tail(pieces: list[str]) -> str:
    """The end of a line being built: enough for the join tests, without joining it all."""
    return pieces[0] if len(pieces) == 1 else "".join(pieces[-2:])


def _mark(lines: list[str], marks: list[tuple[int, str]], kind: str) -> None:
    """Record a removed heading before the next line, with a blank line in its place."""
    if lines and lines[-1]:
        lines.append("")
    if not marks or marks[-1] != (len(lines), kind):
        marks.append((len(lines), kind))


def _lines(text: str) -> list[str]:
    out = []
    for raw in text.split("\n"):
        line = raw.strip()
        if "  " in line:
            line = _SPACE_RUN.sub(" ", line)
        if line[-1:].isupper() or line.endswith(_END_MARKS):  # (a quick test first)
            line = _SIGN_OFF.sub("", line)
        if "@" in line:
            line = _without_handle(line)
            if not line:
                continue  # a social handle alone ("@BenGrounds") is no blank line either
        glued = glued_label(line) if line[:1].isupper() else 0
        if glued:  # "Read moreHarbour board approves …": the label on its own line
            out.append(line[:glued])
            line = line[glued:]
        if out and out[-1] in _PLAY_SIGNS and _CLIP_CLOCK.match(line):
            out[-1] = f"{out[-1]} {line}"  # (a clip's length under its play sign: "▶ 4:02")
            continue
        out.append(line)
    if _double_spaced(out):
        return [line for line in out if line]
    return out


def _without_handle(line: str) -> str:
    """A short line without the author's social handle at its end ("Football Writer
    @BenGrounds" → "Football Writer"): a handle is never a headline's or a role's last
    word. A line of several handles ("@harbourwatch, @ferry_fan and @quaynotes") stays whole
    (``classify`` drops it)."""
    match = _TRAILING_HANDLE.search(line)
    if match is None or line.count(" ") >= _HANDLE_LINE_WORDS or "@" in line[: match.start()]:
        return line
    return line[: match.start()].rstrip(" ,·|-–—")


def _double_spaced(lines: list[str]) -> bool:
    """Text from HTML often has a blank line after every block: then blanks mean nothing."""
    blank = sum(1 for line in lines if not line)
    return blank >= _DOUBLE_SPACED * (len(lines) - blank) > 0


def _repeated_ui_lines(lines: list[str]) -> frozenset[str]:
    """Short lines printed three times or more that are not next to a time stamp, nor a
    card's meta line ending in one (``_stamp_after_separator``), nor a gallery's credit
    (``_credits_caption``), nor a mark alone ending a sentence that links broke
    (``_keep_closing_marks``: a page of links ends several so)."""
    counts = Counter(lines)  # (counted in C; most pages repeat no line three times)
    counts.pop("", None)
    if not counts or max(counts.values()) < _REPEAT_MIN:
        return frozenset()
    candidates = {
        line
        for line, count in counts.items()
        if count >= _REPEAT_MIN
        and len(line) <= _REPEAT_MAX_CHARS
        and line.count(" ") < _REPEAT_MAX_WORDS
        and find_time(line) is None
        and not _stamp_after_separator(line)
        and line not in _MARK_LINES
    }
    if not candidates:
        return frozenset()
    for index, line in enumerate(lines):
        if line in candidates:
            neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
            if any(find_time(other) for other in neighbours if other) or _credits_caption(
                lines, index, counts
            ):
                candidates.discard(line)
    return frozenset(candidates)


def _stamp_after_separator(line: str) -> bool:
    """Whether a short line ends in a stamp after a separator: a card's meta line ("Reuters ·
    1h", "AP | 2h ago"). An aggregator prints the same outlet and age on several cards, each
    that card's source and stamp, no UI (``find_time`` reads no stamp in the whole line)."""
    parts = _META_PARTS.split(line)
    return len(parts) > 1 and find_time(parts[-1]) is not None


def _credits_caption(lines: list[str], index: int, counts: Counter[str]) -> bool:
    """Whether the line at ``index`` is a gallery's photo credit on its own line under a
    caption's sentence, the gallery's counter under it or over the caption: a photographer
    credited again and again ("Ein Hund kühlt sich im Kanal ab." / "Foto: Abendpost/Marcel
    Rühle" / "Bild 6 von 8") is captions' to take, no UI. Without a counter it is none: a
    sentence under the credit is the text going on (a story's uncaptioned photos, each
    "Foto: Feuerwehr X", between its paragraphs), and a thumbnail's credit over a card's
    title or chip, under a stamp or a card's summary, is furniture. A caption printed twice
    on the page, its credit under each ("hide caption" / "toggle caption" between, a
    player's), is no card's summary either."""
    credit = split_credit(lines[index])
    if credit is None or credit[0]:
        return False
    above, below = _previous_line(lines, index), _next_line(lines, index)
    if above < 0 or not _summary(lines[above]):
        return False
    over = _previous_line(lines, above)
    return (
        (below < len(lines) and is_counter(lines[below]))
        or (over >= 0 and is_counter(lines[over]))
        or counts[lines[above]] > 1
    )


def _standalone(out: _Lines, line: str, seen: set[str], *, joins: bool) -> bool:
    """A short line printed again ("À la une" in the menu, then as a heading) is a heading
    on its own line, joined to nothing; added here (True) or left to the caller. A label
    ending in a comma is none: the line under it goes on from it ("Image caption," over
    each picture's caption)."""
    if joins or line.count(" ") >= _HEADING_MAX_WORDS or line[-1] == ",":
        return False  # "polled by" / "Reuters" / "last week": a link in a sentence
    if line not in seen:
        seen.add(line)
        return False
    out.flush()
    out.add(line, joins=False)
    out.flush()
    return True


def _player_start(
    line: str,
    kind: Kind | None,
    lines: list[str],
    kinds: list[Kind | None],
    number: int,
    *,
    lengths: set[int],
) -> int:
    """A player widget's state when ``line`` (at ``number``, of ``kind``) opens one, else 0;
    ``lines`` and ``kinds`` are the page's, ``lengths`` the numbers of its length lines.

    Its label: "VIDEO", "Play Video"; "Bekijk" over a length (or a title and a length, or a
    show's name, a title and a length: "🎧 LISTEN" / show / episode / "22:14"); one
    no phrase knows over a length ("Video afspelen" / "01:47"); a playlist's over its title
    and length ("Now Playing" / title / "1:45"), and its next video's ("Up Next", of kind
    RELATED, under a length). With its title: "Video | Bahnübergänge: …", "[WATCH] Title";
    "WATCH | Title" over "2:31" (its length goes too); a card's title so printed over its
    stamp keeps its line ("Vídeo: …" / "Há 2 horas")."""
    over_length = number + 1 in lengths
    labelled = (
        (
            kind is Kind.DROP
            and (
                _MEDIA.search(line.casefold()) is not None
                or ((over_length or number + 2 in lengths) and _media_label(line))
                or (number + 3 in lengths and _show_label(line))
            )
        )
        or (
            kind is None
            and (
                (over_length and _media_label(line))
                # over its title and length: a playlist's label ("Now Playing" / title /
                # "1:45"), or its medium before a bar, its show's name after it ("Media Video |
                # Morning News" / title / "Duration 2:14")
                or (
                    number + 2 in lengths
                    and (_media_label(line) or _media_label(line.split(" | ", 1)[0]))
                )
            )
        )
        or (  # ... and its next video's under it ("1:45" / "Up Next" / title / "2:03")
            kind is Kind.RELATED
            and number - 1 in lengths
            and number + 2 in lengths
            and announces_stream(line)
        )
    )
    labelled = labelled or (kind is Kind.DROP and _lone_clip_label(line, lines, number, lengths))
    if labelled or (kind is Kind.DROP and _labelled_length(line)):
        # (a label printing its length, "Listen duration 4' 12\"", is sure of its player as a
        # notice is: its title may come alone, under its buttons)
        return (
            _PLAYER_LABEL
            if labelled and line.count(" ") + 1 < _NOTICE_MIN_WORDS
            else _PLAYER_NOTICE
        )
    if kind is not None:
        return 0
    if (
        line[:1] in _PLAYER_START_LETTERS
        and _TITLED_PLAYER.match(line)
        and not _over_card_stamp(lines, kinds, number)
    ):
        return _PLAYER_DONE  # (a card's title printed so keeps its line: "Vídeo: …" / "Há 2 horas")
    return _PLAYER_TITLE if over_length and _labelled_title(line) else 0


def _lone_clip_label(line: str, lines: list[str], number: int, lengths: set[int]) -> bool:
    """A plural media label ("VÍDEOS: mais assistidos do p1") right under a paragraph of the
    text, over one length and its title and no further length under them: a player set into
    the text, showing one clip (a rail of video cards under such a heading prints more)."""
    return (
        number > 0
        and _paragraph(lines[number - 1])
        and number + 1 in lengths
        and not any(number + 2 + step in lengths for step in range(1, _RAIL_CLIP_REACH + 1))
        and not _stamped_clip_card(lines, number + 2)
        and _MEDIA_PLURAL.search(line.casefold()) is not None
    )


def _stamped_clip_card(lines: list[str], title: int) -> bool:
    """A stamp within the lines under the clip's title at ``title`` ("Produtores aceleram o
    plantio" / "Agência Estadual" / "há 3 horas"): a video card with its source and stamp, a
    teaser under the heading (README: a video card in a card list), not a player's clip."""
    return any(
        find_time(lines[index]) is not None
        for index in range(title + 1, min(title + 1 + _CLIP_CARD_META_REACH, len(lines)))
    )


def _labelled_length(line: str) -> bool:
    """A player's label with its length ("Listen duration 4' 12\"", "Play 2:14"): a verb of
    playing or listening, then the length."""
    verb, _, length = line.partition(" ")
    return _SHOW_WORD.fullmatch(verb.casefold()) is not None and _DURATION.match(length) is not None


def _player_state(
    state: int, kind: Kind | None, lines: list[str], kinds: list[Kind | None], number: int
) -> int:
    """A player widget's lines after its label: a duration ("02:31") and a title (a
    headline, not a sentence) in either order, then perhaps its source ("- Source: CNN").
    0 when the line at ``number`` (of ``kind``, its place's) is not the widget's."""
    line = lines[number]
    following = lines[number + 1] if number + 1 < len(lines) else ""
    if kind is not None:  # ("Player wird geladen" under the player's title; "Video" / "Ad
        # Feedback" / title / "01:54": the player's own controls between its label and title)
        return state if state in _PLAYER_SKIPS_DROPPED and kind is Kind.DROP else 0
    if state in _PLAYER_LABELS:
        return _after_label(state, lines, kinds, number)
    if state in (_PLAYER_DURATION, _PLAYER_TITLE):
        # (a title over a stamp is a video card's, and stays: "01:45" / title / "Hier à
        # 20h10", or "Video" / "2:14" / title / "Coast FM · 2h"; so does a card's own
        # "Coast FM · 2h" over its title, under the length)
        done = (
            _player_title(line)
            and not _card_stamp(line)  # a video card's meta line: "1:42" / "Coast FM · 2h"
            and find_time(following) is None
            and (
                not _over_card_stamp(lines, kinds, number) or _over_live_entry(lines, kinds, number)
            )
            and not _video_card_source(lines, kinds, number)
            if state == _PLAYER_DURATION
            else _DURATION.match(line)
        )
        return _PLAYER_DONE if done else 0
    if state == _PLAYER_DONE:
        return _after_player(lines, kinds, number)
    # the source's name on its own line
    return _PLAYER_END if state == _PLAYER_SOURCE and line.count(" ") < _REPEAT_MAX_WORDS else 0


def _after_player(lines: list[str], kinds: list[Kind | None], number: int) -> int:
    """The state after the line under a player's title (at ``number``): a status ("Player
    wird geladen"), its source ("- Source: CNN", or "Source:" over the name), its title
    printed again; 0 when the line is none of the widget's."""
    line = lines[number]
    if line.count(" ") < _REPEAT_MAX_WORDS and _MEDIA.search(line.casefold()):
        return _PLAYER_DONE  # "Player wird geladen"
    if _player_button(line):
        return _PLAYER_DONE  # its button: "Escuchar ahora", "Play episode"
    source = _PLAYER_SOURCE_LABEL.match(line)
    if source is not None:
        return _PLAYER_END if source["name"] else _PLAYER_SOURCE
    return _PLAYER_END if _label_title_again(lines, kinds, number) else 0


def _label_title_again(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """Whether the line at ``number``, under a player, is its title printed again: the
    player's dropped label a few lines up holds it ("Related video: Why are bills going up?
    (Sky News)" / "Sky News" / "1:52" / "Why are bills going up?")."""
    line = lines[number]
    if line.count(" ") < _LINK_MIN_WORDS - 1 or not _player_title(line):
        return False  # (a crosshead of a word or two may be a word of the label's title)
    for index in range(number - 1, max(number - 1 - _LINK_SKIP_MAX, -1), -1):
        label = lines[index]
        if kinds[index] is Kind.DROP and line in label and _MEDIA.search(label.casefold()):
            return True
    return False


def _video_card_title(lines: list[str], kinds: list[Kind | None], title: int) -> bool:
    """Whether the title at ``title``, between a player's label and its length, is a video
    card's in a list of cards: a card's meta line follows the length, a stamp ("Video" /
    title / "2:14" / "12.11.2026"), or a source alone over the list's next heading or stamp
    when a card's stamp stands over the label, or a heading or the page's end when a card's
    stamp stands over the label (a list's last card: "12:40" / "Video" / title / "0:41" /
    "Meest gelezen"). A player set into the text has none, or a "Source:" label."""
    meta = _next_line(lines, title + 1)  # (right under the length: no "Link copied" between)
    label = _previous_line(lines, title)
    over = _previous_line(lines, label)
    if meta == len(lines) or kinds[meta] is not None:
        return _list_ends_under(kinds, meta) and _card_or_list_clock(lines, over)
    line = lines[meta]
    if _card_stamp(line):  # not a live entry's stamp over its headline and byline or text
        return not _opens_live_entry(lines, kinds, meta)
    return (
        _source_alone(line)
        and (_next_content(lines, kinds, meta) < 0 or _stamp_follows(lines, kinds, meta))
        and over >= 0
        and _card_stamp(lines[over])
    )


def _list_ends_under(kinds: list[Kind | None], number: int) -> bool:
    """Whether a heading (a box's label, not a dropped UI line) or the page's end is at
    ``number``: the card list above it ends there."""
    return number == len(kinds) or kinds[number] not in (None, Kind.DROP)


def _card_or_list_clock(lines: list[str], number: int) -> bool:
    """Whether the line at ``number`` is a card's stamp, or a bare clock of a list of
    clock-stamped cards ("13:02" / title / "12:40": a card's clock over its title too); a
    lone "12:40" may be the length of the video card above, and a live ticker's clocks have
    an entry's sentence between them ("12:15" / "Die Debatte hat … begonnen." / "11:58")."""
    if number < 0:
        return False
    if _card_stamp(lines[number]):
        return True
    title = _previous_line(lines, number)
    above = _previous_line(lines, title)
    return (
        above >= 0
        and _player_title(lines[title])
        and find_time(lines[number]) is not None
        and find_time(lines[above]) is not None
        and _DURATION.match(lines[above]) is not None
    )


def _video_card_source(lines: list[str], kinds: list[Kind | None], title: int) -> bool:
    """Whether the title at ``title``, under a player's label and length, is a video card's
    with its source under it and no stamp ("Video" / "1:20" / title / "ANSA": a teaser) in
    a list of cards: the line over the label ends a card (a stamp, or a short source or chip,
    no sentence) and the line under the source opens the next (a chip or a title, no
    sentence), or a heading comes. A player set into the text has paragraphs there: its
    title and the channel's name under it go as before."""
    source = _next_content(lines, kinds, title)
    if source < 0 or not _source_alone(lines[source]):
        return False
    length = _near_index(lines, kinds, title, -1)
    over = _near_content(lines, kinds, length, -1) if length >= 0 else ""
    if not (over and (_card_stamp(over) or _source_alone(over))) and not (
        length >= 0 and _under_ad_slot(kinds, length)
    ):
        return False
    top = _next_content(lines, kinds, source)
    return top < 0 or lines[top][-1] not in _SENTENCE_END


def _under_ad_slot(kinds: list[Kind | None], number: int) -> bool:
    """Whether an ad slot (its label and the card it dropped) stands right over the line at
    ``number``, across the player's dropped label: a list's card ended there, as over a
    card's stamp (bounded: a few lines)."""
    for index in range(number - 1, max(number - 1 - _LINK_SKIP_MAX, -1), -1):
        if kinds[index] is Kind.AD:
            return True
        if kinds[index] is not Kind.DROP:
            return False
    return False


def _source_alone(line: str) -> bool:
    """A card's source, or a chip, on its own line: a few words, no sentence, no "Source:"
    label (a player's own source line)."""
    return (
        line.count(" ") < _KICKER_MAX_WORDS
        and line[-1] not in _SENTENCE_END
        and _PLAYER_SOURCE_LABEL.match(line) is None
    )


def _opens_live_entry(lines: list[str], kinds: list[Kind | None], stamp: int) -> bool:
    """Whether the stamp at ``stamp`` opens a live entry: a headline under it, and a byline
    or text under that ("15:40 Uhr" / "Bahn: Keine Fernzüge …" / paragraph)."""
    entry = _next_content(lines, kinds, stamp)
    return entry >= 0 and _under_entry_head(lines, _next_line(lines, entry))


def _over_live_entry(lines: list[str], kinds: list[Kind | None], title: int) -> bool:
    """Whether the next content line under ``title`` is a live entry's opening clock: a
    player set into a live blog ("Video" / "1 Min" / title / "Teilen" / "15:40 Uhr" /
    entry headline / text), not a video card over its meta line ("t-online · vor 5 Std.")."""
    meta = _next_content(lines, kinds, title)
    return (
        meta >= 0
        and lines[meta].count(" ") < _ENTRY_CLOCK_WORDS
        and _ENTRY_CLOCK.match(lines[meta]) is not None
        and _card_stamp(lines[meta])
        and _opens_live_entry(lines, kinds, meta)
    )


def _under_entry_head(lines: list[str], number: int) -> bool:
    """Whether the line at ``number`` is a byline, or it or the one under it a paragraph:
    what stands under a live entry's headline (its credit, then its text). Fail soft: a
    card's long summary there reads the same, and the video card's title goes as before."""
    if number == len(lines):
        return False
    under = _next_line(lines, number)
    return (
        _paragraph(lines[number])
        or _BYLINE.match(lines[number]) is not None
        or (under < len(lines) and _paragraph(lines[under]))
    )


def _after_label(state: int, lines: list[str], kinds: list[Kind | None], number: int) -> int:
    """The state after the line under a player's label (at ``number``): its duration, or its
    title (alone only under a notice, not under a "Video" menu item over a headline), or its
    notice that it cannot play (a sentence of availability right under the label: a title or
    a "Retry" button may follow); 0 when that title is a video card's
    (``_video_card_title``): it stays, its length goes."""
    line = lines[number]
    following = lines[number + 1] if number + 1 < len(lines) else ""
    if _DURATION.match(line):
        return _PLAYER_DURATION
    if state == _PLAYER_LABEL and (under := _under_bare_label(lines, kinds, number)):
        return under
    if not _player_title(line):
        return 0
    if _DURATION.match(following):
        if _video_card_title(lines, kinds, number):
            kinds[number + 1] = Kind.DROP
            return 0
        return _PLAYER_TITLE
    return (
        _PLAYER_DONE
        if state == _PLAYER_NOTICE or (state == _PLAYER_BLOCKED and _blocked_title(lines, number))
        else 0
    )


def _under_bare_label(lines: list[str], kinds: list[Kind | None], number: int) -> int:
    """The state after the line at ``number`` right under a player's label when it is the
    player's notice ("Video" / "Dieses Video ist in Ihrer Region leider nicht verfügbar.")
    or its show's name (its episode's title and length follow); else 0."""
    label = _previous_line(lines, number)
    if notes_unavailable(lines[number]) and not opens_with_article(lines[label]):
        return _PLAYER_BLOCKED  # (under "Video", not under a crosshead "The video")
    return _PLAYER_LABEL if _show_name(lines, kinds, number) else 0


def _blocked_title(lines: list[str], number: int) -> bool:
    """Whether the headline-like line at ``number``, under a player's notice that it cannot
    play, is the player's: its button ("Riprova"), or its title over no paragraph (the
    text's crosshead, or the next paragraph after a length, comes under it: "So funktioniert
    …" / "Zwei Jahre Testbetrieb"). A crosshead right over a paragraph is the text's."""
    under = _next_line(lines, number)
    return under == len(lines) or not _paragraph(lines[under]) or is_ui_control(lines[number])


def _show_name(lines: list[str], kinds: list[Kind | None], number: int) -> bool:
    """Whether the line at ``number``, under a player's label, is the name of its show over
    the episode's title and length ("🎧 LISTEN" / "The Ledger Daily" / episode / "22:14"),
    in a player set into the text (a paragraph over the label): in a list of cards a source
    may stand there over a video card's title, which stays."""
    title = number + 1
    return (
        lines[number][-1] not in ".!?"  # (a name in quotes: "Le podcast « Vivre en Région »")
        and lines[number].count(" ") < _PLAYER_TITLE_MAX_WORDS
        and title + 1 < len(lines)
        and kinds[title] is None
        and _DURATION.match(lines[title + 1]) is not None
        and _player_title(lines[title])
        and _paragraph(_near_content(lines, kinds, number, -1))
    )


def _player_title(line: str) -> bool:
    """The title under a player's label and duration: headline-like, not a sentence (a
    question is a title: "How bad is the bridge?"; so is one closing on a score, "Rovers -
    United (2-1)", not on a caption's credit, "(AFP)")."""
    end = line[-1]
    if end == ")":
        opening = line.rfind("(")
        if opening > 0 and not _HAS_LETTER.search(line, opening):
            end = line[:opening].rstrip()[-1:]
    elif end in _CLOSING_QUOTES and line[-2:-1].isalpha():
        end = line[-2]  # a quoted word closes it, no quoted sentence: "… strike is 'unjustified'"
    return line.count(" ") < _PLAYER_TITLE_MAX_WORDS and (end not in _SENTENCE_END or end == "?")


def _drop_listening_lengths(lines: list[str], kinds: list[Kind | None]) -> None:
    """The lengths right under a dropped label of listening ("Listen" / "4:12" under a card's
    summary on a radio front, "Listen to this article" / "00:00" / "06:12"): the audio's
    counters, never a clock of the card, so they go with their label. A label of watching or
    playing opens a player (``_player_start``), which takes its length itself."""
    counters: set[int] = set()
    for number in sorted(_length_lines(lines)):
        label = number - 1
        if kinds[number] is None and (
            label in counters
            or (
                label >= 0
                and kinds[label] is Kind.DROP
                and lines[label].count(" ") < _LABEL_MAX_WORDS
                and _LISTEN_WORD.search(lines[label].casefold()) is not None
                and _PLAYER_WORD.search(lines[label].casefold()) is None
            )
        ):
            kinds[number] = Kind.DROP
            counters.add(number)


def _drop_lengths_over_stamps(lines: list[str], kinds: list[Kind | None]) -> None:
    """A bare "4 min" between a card's title and its date ("Nov 29, 2026"): the audio's or
    the read's length, not a second stamp of the card (a card prints one), so it goes; kept,
    it stands between the title and the stamp that makes the card. Over an age it may be the
    outlet ("20 minutes" / "Il y a 2 h"), as a glued one is ("20minutos"): kept."""
    for number in range(1, len(lines) - 1):
        if (
            kinds[number] is None
            and " " in lines[number]
            and is_bare_minutes(lines[number])
            and kinds[number - 1] is None
            and _player_title(lines[number - 1])
            and kinds[number + 1] is None
            and find_time(lines[number + 1]) is not None
            and not is_relative_age(lines[number + 1])
        ):
            kinds[number] = Kind.DROP


def _length_lines(lines: list[str]) -> set[int]:
    """The numbers of the bare duration lines ("01:47", "2 min", "Duration 2:14")."""
    return {
        number
        for number, line in enumerate(lines)
        if (line[:1].isdigit() or line[:1] == "D") and _DURATION.match(line)
    }


@dataclass(slots=True)
class _LinkList:
    """The headline links under a "Read more" heading (``open`` while they go on)."""

    marks: list[tuple[int, str]]  # the page's marks: the heading's is the last
    lists: list[int] = field(default_factory=list)  # marks of headings announcing a list
    streams: list[int] = field(default_factory=list)  # ... the next story ("Up next")
    offers: list[int] = field(default_factory=list)  # ... one more story ("Lire aussi")
    open: bool = False
    listed: bool = False  # a bare headline link was taken
    link_spaces: int = 0  # the spaces in the last link taken
    offered: bool = False  # open under a related heading offering one story ("Mehr zum Thema")

    def heading(self, lines: list[str], kind: Kind, label: str) -> None:
        """A block heading (related, links, end, ad) before the next line: its mark (its
        links open under a LINKS heading), and whether its ``label`` announces a list of
        stories (``announces_list``), the next story (``announces_stream``) or one more
        (``offers_story``)."""
        listing, stream, offer = announces_list(label), announces_stream(label), offers_story(label)
        # (not "Up next": the next story printed in full may follow)
        self.offered = kind is Kind.RELATED and offer and not listing and not stream
        self.open, self.listed = kind is Kind.LINKS or self.offered, False
        _mark(lines, self.marks, "related" if self.open else kind.value)
        if listing:
            self.lists.append(self.marks[-1][0])
        if stream:
            self.streams.append(self.marks[-1][0])
        if offer:
            self.offers.append(self.marks[-1][0])

    def takes(self, line: str, following: list[str], *, header: bool) -> bool:
        """Whether ``line`` is one of the links (removed); else the list has ended. Under a
        link, a line of a few words, fewer than the link's, over a sentence of text is the
        text's crosshead ("Leggi anche" / headline / "Il ruolo del gas" / text). In the
        ``header`` (above the running text) a dateline under the link is the article's."""
        spaces = line.count(" ")
        crosshead = (
            self.listed
            and bool(following)
            and _summary(following[0])
            and (
                spaces < min(_HEADING_MAX_WORDS, self.link_spaces)
                or _names_paragraph_subject(line, following)
            )
        )
        if self.listed and _byline_line(line):
            return True  # (the promoted story's byline under its link: "By Ann Lee")
        if self.offered and not self.listed and _chip_over_offered_link(line, following, header):
            return True  # the box's chip goes (the box stays open)
        # (in the header, the article's own dateline may stand between the link and its text)
        dated = header and bool(following) and _placed_stamp(following[0])
        if (
            not crosshead
            and not (
                self.offered
                and not self.listed
                and not _text_under_link(following[1:] if dated else following)
            )
            and _is_link_title(line, following, listed=self.listed, header=header)
            and not caption_with_credit(line)  # (the text's picture under the links)
        ):
            self.listed, self.link_spaces = True, spaces
            return True
        # (a dateline in the header under the links: the article's own, its text goes on)
        resumes = _summary(line) or (header and _placed_stamp(line))
        if crosshead or (self.listed and resumes):
            self.marks.pop()  # the links went and the article's text goes on: no block here
        self.open = False
        return False


def _names_paragraph_subject(line: str, following: list[str]) -> bool:
    """A heading whose first two words come back in the paragraph under it, which a second
    paragraph follows ("Quota 103 resta, ma solo per un anno" / "… proroga Quota 103 …" /
    text): the text's crosshead naming what the section is about, not one more link of a
    "Leggi anche" list (a link's headline opens a story of its own, not the paragraph). A
    person's name is no such subject: related links share the story's people ("Donald
    Trump, nuovi dazi …" over "… risponderà a Donald Trump …" is one more link)."""
    below, under = [*following, "", ""][:2]
    subject = " ".join(line.split(" ", 2)[:2]).rstrip(_SUBJECT_PUNCTUATION)
    return (
        len(subject) >= _SUBJECT_MIN_CHARS
        and _summary(under)
        and f" {subject}" in below
        and not _person_name(subject)
    )


def _chip_over_offered_link(line: str, following: list[str], header: bool) -> bool:
    """A box's chip of one or two words ("Mehr zum Thema" / "Generalsanierung" / link / the
    text resuming): the kicker over the box's one link, not a line of the text (a kicker
    never ends a sentence, and the text goes on under the link, not under the chip)."""
    return (
        line.count(" ") < _CHIP_MAX_WORDS
        and line[-1] not in _SENTENCE_END
        and bool(following)
        and _text_under_link(following[1:])
        and _is_link_title(following[0], following[1:], listed=False, header=header)
    )


def _text_under_link(following: list[str]) -> bool:
    """Two sentences of text under a headline under a related heading that offers one
    story ("Mehr zum Thema", "Te puede interesar"): the text resuming under a bare link
    (README: navigation), not a teaser's summary, which is one paragraph (audit B's PE-3),
    nor the next card's question headline (auditor D's D30, D31). A byline may stand
    between the link and the text ("Von Claus Hulverscheidt"): the linked story's."""
    below, under = (
        [*following, "", "", ""][1:3]
        if following and _byline_line(following[0])
        else [*following, "", ""][:2]
    )
    return _summary(below) and _summary(under) and not _question_headline(under)


def _byline_line(line: str) -> bool:
    """A byline line: its label and a name ("Von Claus Hulverscheidt", "By Ann Lee")."""
    return _BYLINE.match(line) is not None and bool(_byline_name(line))


def _next_kept(lines: list[str], kinds: list[Kind | None], number: int) -> list[str]:
    """The two lines after ``number`` that are not dropped boilerplate (a pitch between a
    link and what follows it says nothing of the link); blank lines count."""
    following: list[str] = []
    index = number + 1
    skipped = 0
    while index < len(lines) and len(following) < _BOX_LOOKAHEAD:
        if kinds[index] is Kind.DROP and skipped < _LINK_SKIP_MAX:
            skipped += 1
        else:
            following.append(lines[index])
        index += 1
    return following


def _is_link_title(line: str, following: list[str], *, listed: bool, header: bool) -> bool:
    """A headline link under "Read more": a few words, no sentence end, no card after it
    (a stamp under it, also under a kicker: "Unwetter" / "vor 5 Stunden"). Once a bare
    link was ``listed``, the list's last link may stand over the text that resumes; the
    first may too when two paragraphs of text follow it (a teaser has one summary), or one
    tied to the sentence before the link ("El domingo, en cambio, …": ``links_back``; a
    teaser's summary opens its own story). A "Place - date" dateline under a link makes a
    card under the text, not in the ``header``: there the box's one link stands over the
    article's own dateline ("Más información" / link / "Madrid - 30 nov 2026" / the text)."""
    words = line.count(" ") + 1
    below, under, third = [*following, "", "", ""][:_LINK_LOOKAHEAD]
    return (
        _LINK_MIN_WORDS <= words <= _LINK_MAX_WORDS
        and (line[-1] not in _SENTENCE_END or _question_link(line, below, under))
        and not _stamp_tail(line)  # (nor a one-line card: "Title | AFP | 3 hours ago")
        # (nor a dateline: under the box's one link in the header, the article's own)
        and not _placed_stamp(line)
        # ("Source · 2 days ago" too, and a dateline: "Madrid - 29 nov 2026")
        and not (below and (_stamp_tail(below) or (not header and _placed_stamp(below))))
        and not _titles_over_names(below, under, third)
        # a headline with a summary is a teaser (a stamp under the summary: surely)
        and (
            not _summary(below)
            or (listed and not (under and find_time(under)))
            or _summary(under)
            or (links_back(below) and not _teaser_after(under, third))
        )
        # a card's stamp under its kicker or under a sentence of summary (not under the next
        # headline: a bare link over a card), also under a short name there (title / summary /
        # author / stamp, the stamp maybe after its place: "Barcelona - 22 nov 2026" or before
        # its section: "Ontem — Em Santos e Região", also
        # right under the author: title / "Lucía Abellán" / "Madrid - 27 nov 2026")
        and not (
            below
            and under
            and (
                (
                    (below.count(" ") < _KICKER_MAX_WORDS or below[-1] in ".!…")
                    and (_stamp_tail(under) or _stamp_head(under) or _card_place_date(under))
                )
                or (
                    third
                    and under.count(" ") < _KICKER_MAX_WORDS
                    and _stamp_tail(third, _CARD_TAIL_SEPARATOR)
                )
            )
        )
    )


def _placed_stamp(line: str) -> bool:
    """A card's dateline: a short capitalised place, a dash and the stamp ("Madrid - 29 nov
    2026", "Lyon – 12:40"); a headline before such a dash is longer than a place's name."""
    place, _, stamp = line.partition(" - ") if " - " in line else line.partition(" – ")
    return (
        bool(stamp)
        and place[:1].isupper()
        and place.count(" ") < _PLACE_MAX_WORDS
        and find_time(stamp) is not None
    )


def _card_place_date(line: str) -> bool:
    """A card's stamp after its place, a date with no clock ("Madrid - 27 nov 2026"): an
    article's own header prints its clock there too ("Madrid - 30 nov 2026 - 09:40 CET"), so
    a bare link over that header's byline stays a link (audit E's e05)."""
    return _stamp_tail(line, _CARD_TAIL_SEPARATOR) and _ENTRY_CLOCK.search(line) is None


def _titles_over_names(below: str, under: str, third: str) -> bool:
    """Under a headline, a short name, the next headline and a short name again ("Le
    Parisien" / headline / "AFP"): cards that print their publisher under their titles,
    teasers, no bare links (a list of kickers prints its name over the headline, and its
    first line, a kicker, is no link)."""
    return (
        _card_name(below)
        and _card_name(third)
        and under.count(" ") + 1 >= _LINK_MIN_WORDS
        and under[-1] not in ".!"
    )


def _card_name(line: str) -> bool:
    """A publisher's name as a card prints it under its title: a few words, capitalised,
    no sentence's or label's punctuation, no number ("Le Parisien", "AFP")."""
    return (
        bool(line)
        and line.count(" ") < _KICKER_MAX_WORDS
        and line[0].isupper()
        and line[-1] not in _SENTENCE_END
        and not any(char.isdigit() for char in line)
    )


def _question_headline(line: str) -> bool:
    """A headline asking a question ("Wärmepumpe oder Gasheizung: Was lohnt sich jetzt
    noch?", "¿Qué es una zona tensionada …?"): under a links heading it is a link like
    any other headline (audit B's PE-3); one sentence, no earlier sentence end in it."""
    return (
        line[-1:] == "?"
        and (line[0].isupper() or line[0] == "¿")
        and _INNER_SENTENCE_END.search(line) is None
    )


def _question_link(line: str, below: str, under: str) -> bool:
    """A question headline that is a link: not over a summary and another question
    headline (a box of question / summary cards: auditor D's D30, D31)."""
    return _question_headline(line) and not (_summary(below) and _question_headline(under))


def _teaser_after(line: str, below: str) -> bool:
    """A headline with its summary under it ("Les régions veulent …" / "Plusieurs présidents
    …"): the next card of a related box, so the sentence over it, though it opens on a
    linking word ("En revanche, …"), is the summary of the card before, not the text's
    closing paragraph."""
    return bool(line) and line[-1] not in _SENTENCE_END and _summary(below)


def _summary(line: str) -> bool:
    """A sentence of summary text: several words ending like a sentence."""
    return line.count(" ") >= _SUMMARY_MIN_WORDS - 1 and line[-1] in ".!?…"


def _lone_dateline(line: str) -> bool:
    """A place in capitals or title case alone on its line, a dateline's ("KARACHI:",
    "Bengaluru:"): a place the gazetteer knows, not a label of the same shape ("KEY
    POINTS:", "UPDATE:", "Watch:")."""
    if _LONE_DATELINE.fullmatch(line) is None:
        return False
    return _known_place(line[:-1])


def _agency_dateline(line: str) -> bool:
    """A wire's dateline alone on its line ("MADRID, 30 (EUROPA PRESS)"): a place the
    gazetteer knows in capitals, maybe a day, and the agency in brackets; or any place in
    capitals before a day and an agency's name in brackets ("OVIEDO, 30 (EUROPA PRESS)",
    "LEÓN, 12 (EFE)": a town the gazetteer lacks, auditor B's B-5)."""
    dateline = _AGENCY_DATELINE.fullmatch(line)
    return dateline is not None and (
        _known_place(dateline["place"]) or ("," in line and _agency_in_brackets(dateline["agency"]))
    )


def _agency_in_brackets(name: str) -> bool:
    """ "EFE", "EUROPA PRESS": an agency's one-word name or a name closed by an agency's word."""
    return is_agency(name) or name.rsplit(maxsplit=1)[-1].casefold() in agency_words()


def _known_place(place: str) -> bool:
    """A place in capitals the gazetteer knows ("VALENCIA" as "Valencia" too)."""
    places = get_gazetteer()
    return place in places.upper_places or place.title() in places.places


def _continues(previous: str, line: str, *, linked: bool) -> bool:
    """Does ``line`` continue the sentence ``previous`` left open? (``linked``: ``previous``
    holds a link joined already, so a date under it may end its sentence.)"""
    if (previous[-1] == ":" and _lone_dateline(previous)) or (
        previous[-1] == ")" and _agency_dateline(previous)
    ):
        return _sentence(line)  # (the paragraph the dateline opens; a label opens no sentence)
    if (
        line[0] in "-–—•·*#|>"
        or line.isdigit()  # (a list's rank clean kept: "What to do" / "1")
        or (
            previous[-1] in _SENTENCE_END
            and not (previous[-1] == ")" and line[0].islower() and _ends_with_aside(previous))
        )
    ):
        return False
    last_word = previous.rsplit(" ", 1)[-1]
    open_words, clause_end = join_words()
    open_end = (
        previous[-1] == ","
        or (
            " " in previous
            and last_word in open_words  # "South Korea and" / "Japan …"
            and not (last_word in clause_end and _sentence(line))  # headline / standfirst
        )
        or previous.endswith(_DANGLING_DASH)
        or (previous[-1].isalnum() and line[0] == "(" and _aside(line))  # (kept inside a sentence)
    )
    lower_start = (
        line[0].islower()
        # not a headline opening on a brand under a heading ("Tech" / "iPhone 17 Pro
        # review"); under running text a link broke, the brand goes on with its sentence
        and not (
            opens_with_brand(line)
            and line[-1] not in _SENTENCE_END
            and previous.count(" ") < _HEADING_MAX_WORDS
        )
        and (previous.count(" ") >= 2 or line.count(" ") >= 2)
        # not a lone brand ("dpa-infocom"); a lone function word is a link's glue:
        # "Fenland Trust" / "and" / "Marsh Watch said …" (a byline's names stay as split reads)
        and (
            " " in line
            or line[-1] in _SENTENCE_END
            or (line in open_words and not _BYLINE.match(previous))
        )
    )
    if not (open_end or lower_start) or _BYLINE.match(line) or submitted_credit(line) is not None:
        return False  # (a byline is never a sentence's continuation: looked at last, a regex)
    # a lower-case publisher over its stamp ("la Voce del Lago · 3 ore fa") is a meta line
    return find_time(previous) is None and (
        not _stamp_tail(line) or (linked and _date_ends_sentence(previous, line))
    )


def _date_ends_sentence(previous: str, line: str) -> bool:
    """A date phrase with a full stop ("on March 3, 2026.", "vor einem Jahr.") under running
    text whose last sentence a link left open ("… first reported by the" / "Financial Times"):
    the sentence's end, no card's stamp. Asked only under a line a link joined (``linked``
    in ``_continues``): a card's title or stopless teaser over its age ("vor 2 Std.") holds
    no link (audit B's F-4); running text: more words than a headline
    (``_OPEN_TITLE_MAX_WORDS``), one sentence or several (auditor D's P-D1, audit B's F-5)."""
    return line[-1] == "." and previous.count(" ") >= _OPEN_TITLE_MAX_WORDS


def _own_line(
    previous: str, line: str, lines: list[str], kinds: list[Kind | None], number: int
) -> bool:
    """A line after one its last word leaves open ("… can do that", "… stellen sich auf
    Chaos ein", "À la une": a word that opens a clause in some language) that is no
    continuation: a capitalised sentence of its own (a standfirst), or a capitalised
    line without a sentence end that the next line does not continue either (a name, a
    source, a headline over its stamp)."""
    open_words = join_words()[0]
    last_word = previous.rsplit(" ", 1)[-1]
    if last_word not in open_words:
        return False  # (a comma or a dangling dash leaves the line open in any case)
    if line[0] in _SPEECH_OPENERS:  # a paragraph opening with a quote under a headline
        return previous.count(" ") < _OPEN_TITLE_MAX_WORDS and _opens_with_speech(line)
    if not line[0].isupper():
        return False
    if _sentence(line):  # a standfirst under a headline, not running text a link split
        return previous.count(" ") < _OPEN_TITLE_MAX_WORDS  # ("… beyond the" / "Korean …")
    after = next((text for text in _next_kept(lines, kinds, number) if text), "")
    return (
        last_word.casefold() not in _BY_WORDS  # "News provided by" / "Northwind Robotics"
        and not _noun_goes_on(previous, line, lines[number + 1] if number + 1 < len(lines) else "")
        and line[-1] not in _SENTENCE_END
        and line[-1] != ","
        and line.rsplit(" ", 1)[-1] not in open_words  # (a fragment going on itself)
        and bool(after)
        and (
            after[0].isupper()
            or after[0].isdigit()
            or (_particle_headline(previous, last_word) and _stamp_tail(after))
        )
    )


def _noun_goes_on(previous: str, link: str, line: str) -> bool:
    """In a language that capitalises its nouns, a sentence a link broke after an article
    or preposition ("Die Opposition kündigte an, beim" / "Verfassungsrat") goes on under
    the link with a noun ("Klage einzureichen."). Only on strong evidence: running text
    over the link (``_open_clause``), a short link without a sentence
    end, and under it a capitalised sentence's end with a lower-case word, opening on no
    article or function word (a new sentence's subject: "Die beiden Moderatoren …"), and
    no headline (a colon or a dash between its parts: a portal's next card under its
    source), byline or stamp; else the capitalised line stays apart (it is kept)."""
    return (
        bool(line)
        and line[0].isupper()
        and line[-1] in ".!?"
        and previous[-1] not in _SENTENCE_END
        and _open_clause(previous)
        and link[0].isupper()
        and link.count(" ") < _NOUN_LINK_MAX_WORDS
        and link[-1] not in _SENTENCE_END
        and line.split(" ", 1)[0].casefold() not in join_words()[0]  # "Die beiden …": a subject
        and not _HEADLINE_PARTS.search(line.split(". ", 1)[0])  # "Streik bei X: Was …"
        and any(word[0].islower() for word in line.split(" ")[1:])
        and not _BYLINE.match(line)
        and find_time(line) is None
    )


def _open_clause(previous: str) -> bool:
    """Running text left open by an article or preposition of a language that capitalises
    its nouns: a clause after a comma or a full stop ("…, beim", "… Zuvor hatte der") or
    more words than a headline holds; not a particle that ends a headline's clause
    ("Pendler in NRW stellen sich auf Chaos ein"), nor a pronoun after a comma alone
    ("Erst Corona, dann die Flut und jetzt das": auditor D's D-7), nor after a headline's
    question ("Rente mit 70? Die Union will genau das")."""
    last_word = previous.rsplit(" ", 1)[-1]
    words, pronouns = noun_case_words()
    return (
        last_word in words
        and last_word not in join_words()[1]
        and previous.count(" ") >= _NOUN_CLAUSE_WORDS - 1
        and (
            ("," in previous and last_word not in pronouns)
            or previous.count(" ") >= _OPEN_TITLE_MAX_WORDS
            or _INNER_FULL_STOP.search(previous) is not None
        )
    )


# a sentence ended inside running text (a headline's question is none: "Rente mit 70? …");
# a word's letters on both sides, any case (not a list's "1. ", nor a quote's end, '." He')
_INNER_FULL_STOP = re.compile(r"\w\. \w")
_INNER_SENTENCE_END = re.compile(r"\w[.!?] \w")  # a question headline asks one question


def _noun_after_link(current: list[str], line: str, above: str) -> bool:
    """``line`` continues the line being built, whose last piece is a link joined after a
    sentence's open article or preposition (``_noun_goes_on``), printed right ``above`` it
    (no line dropped between them). The case and stop tests repeat ``_noun_goes_on``'s so
    that most lines fail before the line being built is joined into one string."""
    return (
        len(current) >= 2
        and line[0].isupper()
        and line[-1] in ".!?"
        and current[-1].lstrip() == above
        and _noun_goes_on("".join(current[:-1]), above, line)
    )


def _particle_headline(previous: str, last_word: str) -> bool:
    """A headline-length line ending in a particle that can end a clause ("Bahn kündigt
    neue Streiks an"): over a source and its lower-case stamp ("Tagesschau" / "vor 1 Std.")
    it is complete. An article or preposition ("… für die", "… confirmé au") needs the
    noun under it, and a paragraph's sentence goes on whatever follows."""
    return (
        last_word in join_words()[1]
        and previous.count(" ") < _OPEN_TITLE_MAX_WORDS
        and ". " not in previous
    )


def _opens_with_speech(line: str) -> bool:
    """Whether ``line`` is a paragraph opening with a quoted sentence ("“We will not wait,”
    the mayor said …"): its first quote closes after a sentence's punctuation, not after a
    name ("“Harbour Lights” on …": a title in a sentence a link broke)."""
    closing = _SPEECH_CLOSERS.search(line, 1)
    return (
        line[1:2].isupper()
        and closing is not None
        and line[closing.start() - 1] in _SPEECH_END
        and _paragraph(line)
    )


def _stamp_tail(line: str, separator: re.Pattern[str] = _META_SEPARATOR) -> bool:
    """A stamp ends the line: the whole line, or its last part after a ``separator`` (" · " /
    " | ", or a one-line card's parts: ``_CARD_TAIL_SEPARATOR``)."""
    return find_time(separator.split(line)[-1]) is not None


def _sentence(line: str) -> bool:
    """A complete sentence of its own: capitalised, several words, a sentence end."""
    return line[0].isupper() and line.count(" ") >= _SUMMARY_MIN_WORDS - 1 and line[-1] in ".!?"


def _joint(previous: str, line: str) -> str:
    """``line`` as it continues ``previous``: after a space, or glued to a hyphenated word."""
    if previous[-1] == "-" and previous[-2:-1].isalpha() and line[0].islower():
        return line  # a word hyphenated across the break
    return f" {line}"
