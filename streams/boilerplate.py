"""Which lines of a page are UI text, not article content.

The phrases live in ``streams/data/ui_phrases.txt`` (several languages, one phrase a
line, grouped by what the phrase means for the page); this module loads them once and
classifies a line in a few dictionary look-ups. Besides phrases, a few shape rules:
lines with no letter or digit (separators, icons), lines made only of #hashtags,
share bars ("Facebook Twitter WhatsApp Email"), copyright lines ("© 2025 ...",
"(c) 2025 ...", "Copyright 2025 ..."), and signals that need no phrase: a trail or bar
of links ("Home / India / Headline"), known links glued into one line ("Terms/Privacy
Policy"), a sentence asking the reader to act with "us" ("Send it to us on WhatsApp"), a
sentence in which the site speaks of its own trade ("… which means we may get paid
commissions on …"), a footer's imprint ("Published by … Ltd").
"""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

import ahocorasick

from streams.data_files import line_sections
from streams.name_data import world_first_names
from streams.scan import NAME_PARTICLES
from streams.timestamps import (
    _WEEKDAY_WORDS,
    copyright_stamp,
    find_time,
    holds_stamp,
    is_bare_minutes,
    is_labelled_stamp,
)


class Kind(Enum):
    """What a boilerplate line means for the page around it."""

    DROP = "drop"  # remove the line; the text around it continues
    RELATED = "related"  # a heading that opens a block of teasers
    END = "end"  # a heading after which the article has ended (comments, tags, footer)
    AD = "ad"  # the label of an advertising card: the card after it is an ad
    LINKS = "links"  # "Read more", "Lire aussi": the headline links after it go too


# Characters trimmed from both ends of a line to make its key.
_TRIM = " \t.:;,!?…|·•‣◦▪▸►▶→←↑↓>»«›‹()[]{}0123456789#*+/\\\"'“”‘’„‚-–—_=~^"
_PREFIX_MAX_WORDS = 20
# a video player's notice over an old clip, its age and nothing else ("Video more than 2
# weeks old"): a sentence opening so goes on otherwise ("Video more than doubled its share")
_OLD_CLIP_NOTICE = re.compile(
    r"^video (?:is )?more than \d{1,3} (?:minute|hour|day|week|month|year)s? old$"
)
_CREDIT_PREFIX_MAX_WORDS = 8  # "Con información y fotos de EFE y Reuters."
_PREFIX_KEY_CHARS = 120
_LIST_NUMBER_MAX_DIGITS = 2
_CONTAINS_MAX_WORDS = 40
# a site's note of one short sentence ("Food & Wine is part of the X publishing family."): a
# story's sentence holding the same words runs on with its clauses
_CONTAINS_SHORT_MAX_WORDS = 15
_INLINE_COPYRIGHT_MAX_WORDS = 15
_PARENTHESISED_MAX_WORDS = 25  # a whole paragraph in parentheses is an editor's note
# a longer one only when it speaks of the site or to the reader (a syndication note, a
# promo): a news aside in parentheses ("(The company … declined to comment.)") stays
_PARENTHESISED_NOTE_MAX_WORDS = 45
_MAX_KEY_CHARS = 60
# a share prompt: its verb, perhaps a pronoun ("Teilen Sie"), then "this article"
_SHARE_PROMPT_MIN_WORDS = 3
_SHARE_PROMPT_MAX_WORDS = 12
_SHARE_VERB_REACH = 2  # the verb's place before "this": right before it, or before a pronoun
_TITLED_CONTROL_WORDS = 3  # a verb, its medium and the length's label: "Play video, Duration"
_WORD_TOKEN = re.compile(r"[^\W\d_]+")
_UNAVAILABLE_MAX_WORDS = 15  # a player's notice, in a sentence or two of a few words

_HAS_WORD_CHAR = re.compile(r"[^\W_]")
_HAS_DIGIT = re.compile(r"\d")
# a story's source after its label ("Quelle: dpa", "Source: BBC News", "via Reuters")
SOURCE_ATTRIBUTION = re.compile(
    r"^(?:source|quelle|fuente|fonte|bron|źródło|källa|kilde|via)(?: ?: ?| )(?P<name>\S.{0,50}?)"
    r"(?:/[a-z]{1,4})?$",  # (a desk editor's initials after the name: "Source: AsiaNow/lt")
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(  # "(Photo: Name)", "(Photo courtesy of the Fire Service)"
    r"^\((?:[^()/]{1,30}/[^()]{1,40}|(?:photo|foto|image|bild)s? ?:.{1,40}"
    r"|(?:(?:[a-z]{2,5} )?(?:photo|picture|pic|image) (?:courtesy of|by)|courtesy of) .{1,40})\)$",
    re.I,
)
# "(ABC News: Dean Sewell)", "(Supplied: Port Authority)": who took or gave a picture after a
# colon, in brackets on a line of its own (``named_photo_credit``)
_NAMED_PHOTO_CREDIT = re.compile(
    r"^\((?P<credit>(?P<label>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,2}): "
    r"(?P<name>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2}))\)$"
)
# an author's profile link on its own line ("X.com/dkowalchukWHT", "instagram.com/ana")
_PROFILE_LINK = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:x|twitter|instagram|facebook|linkedin|tiktok|threads|bsky)"
    r"\.(?:com|net|app)/[\w.@/-]+$",
    re.IGNORECASE,
)
# a line of social handles only ("@harbourwatch", "@ann_lee, @bo and @cy", a domain or a
# server after the name: "@ann.bsky.social", "@ann@mastodon.social"): an embed's or a
# profile's links, never the text
_HANDLE = r"@\w{1,30}(?:[.@][\w-]{1,63}){0,4}"
_HANDLES = re.compile(rf"^{_HANDLE}(?:,? (?:and |et |und |y |e |en |i |og |och )?{_HANDLE})*$")
_BAR_SEPARATOR = re.compile(r" ?[/|·] ?")
_BAR_KINDS = frozenset({Kind.DROP, Kind.END})
# a gallery's counter: "1 / 8", "3 of 7", "2 von 5", and one naming its medium ("Image 1 of
# 4", "Foto 2 de 5"); the caption under it is the caption stage's
_COUNTER = re.compile(r"^\d{1,3} ?(?:/|of|von|de|di|sur|van|z) ?\d{1,3}$")
_COUNTER_MEDIA = frozenset(
    {"image", "images", "photo", "photos", "picture", "slide", "foto", "fotos", "bild"}
    | {"imagen", "immagine", "afbeelding", "imagem"}
)
_NAMED_COUNTER = re.compile(r"^\w+ \d{1,3} ?(?:/|of|von|de|di|sur|van|z) ?\d{1,3}$")
# a list's size as a screen reader is told it, over a box of links ("list of 3 items")
_LIST_SIZE = re.compile(r"^list of \d{1,3} items?$")
# a comment's votes: its score and the up and down votes, signed ("2 ( +2 / -0 )", "+3 -1")
_VOTE_TALLY = re.compile(r"^(?:\d{1,5} ?)?\(? ?\+\d{1,5} ?[/|·]? ?[-−–]\d{1,5} ?\)?$")
_PLAYER_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})? ?/ ?\d{1,2}:\d{2}(?::\d{2})?$")
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:covers|writes about|reports on) "
    r"[^.]{2,120} for (?:the )?[A-Z]"
)
# "Ann Lee, a former member of the utility commission, writes about energy.": a bio when
# it closes the text (a book's review says so of its writer too)
_CLOSING_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}, [^,.]{2,120}, writes about [^.]{2,120}\.$"
)
# "The writer is a public finance analyst …", "L'auteure est professeure …": a note on the
# author that does not name them (a role word from author_roles.txt must follow)
_WRITER_NOTE = re.compile(
    r"^(?:the (?:writer|author|columnist)s? (?:is|are)|l[’']auteure? est|der autor ist"
    r"|die autorin ist|el autor es|la autora es|l[’']autore è|o autor é|de auteur is) ",
    re.IGNORECASE,
)
_WRITER_NOTE_STARTS = (
    "the writer",
    "the author",
    "the columnist",
    "l'auteur",
    "l’auteur",
    "der autor",
    "die autorin",
    "el autor",
    "la autora",
    "l'autore",
    "l’autore",
    "o autor",
    "de auteur",
)  # (a quick test before the pattern)
_WRITER_NOTE_WORDS = 40
_WRITER_ROLE_AT = 8  # the role within the note's first words
# "Un casello autostradale sulla A1 © ANSA", "A wolf (archive). © picture alliance/dpa |
# Name": a photo credit after a caption, not a footer (which names a year or a site's links)
# (no year: after a caption's full stop, a digit only glued after a letter, in a name such as
# "Le360" or "France24"; a notice's "… apply to all content © Media24" has no full stop)
_NAME_DIGITS = r"(?<=[^\W\d_])\d+"
_PHOTO_COPYRIGHT = re.compile(
    r"^(?:\S+ ){3,}(?:© ?[A-ZÀ-Þ][^©\d·|]{1,40}"
    rf"|(?<=[.)] )© ?(?:[^©\d·]|{_NAME_DIGITS}){{1,60}})$"
)
# "© picture alliance/dpa | Philipp Schulze": a photo credit under a caption, not a footer
_CREDIT_COPYRIGHT = re.compile(r"^© ?[^\d©]{1,30}/[^\d©]{1,40}$")
# a portal's credit for the publisher's picture: "©", a [credit-label] word, a preposition
# and a name ("© Provided by The Herald")
_PORTAL_CREDIT = re.compile(r"^© ?(\w+) \w+ [A-ZÀ-Þ]")
# a footer's imprint: "Published by Example News Ltd", "Reg. no. 032/10/2026.
# Published by Example Media Limited." (the publisher a company by its legal form)
_IMPRINT = re.compile(
    r"(?:^|\. )published by [^.]{2,60} (?:limited|ltd|plc|inc|llc|gmbh|pty|s\.a)\.?$"
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\) ?(?:19|20)\d\d|copyright ?(?:©|\(c\)|(?:19|20)\d\d))", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _UiWords:
    """Closed word classes of UI text (``streams/data/ui_words.txt``)."""

    control: frozenset[str]  # verbs and nouns of buttons and widgets
    donate: frozenset[str]  # a donation button's verbs ("Donate now", "Jetzt spenden")
    headline_label: frozenset[str]  # "report": a headline's attribution before its colon
    after_ad: frozenset[str]  # "gaat", "testo": control words only on a line naming the ad
    ad: frozenset[str]  # "advertentie", "pubblicità": the ad (control words too)
    glue: frozenset[str]  # fillers and function words (join_words.txt)
    reader: frozenset[str]  # second-person words
    reader_word: re.Pattern[str]  # one of them as a whole word (in folded text)
    pitch: frozenset[str]  # what a subscription / newsletter pitch sells
    pitch_verb: frozenset[str]  # "to", "can": a [pitch-both] word right after one is a verb
    pitch_both: frozenset[str]  # "offer", "access": a pitch's noun or a sentence's verb
    imperative: frozenset[str]  # sentence starts that address the reader
    imperative_object: frozenset[str]  # the same, only with a UI word after it ("Sign up")
    imperative_weak: frozenset[str]  # the same, only with a reader or pitch word
    imperative_news: frozenset[str]  # "catch", "track": only with two news words
    news: frozenset[str]  # "news", "updates", "headlines": the site's stream of news
    more: frozenset[str]  # "more", "mais": "See more news" promotes the site
    noun_after: frozenset[str]  # "for", "of": "Support for …" is a noun, no command
    period: frozenset[str]  # "month", "mois": a price per period with a pitch word is an offer
    newsletter: frozenset[str]  # "newsletter", "daily": a newsletter box says so
    newsletter_every: frozenset[str]  # "every", "chaque": so does "every Thursday"
    newsletter_when: frozenset[str]  # "Thursday", "morning": the times "every" counts so
    newsletter_noun: frozenset[str]  # "newsletter", "nieuwsbrief": a newsletter's name says so
    navigate: frozenset[str]  # "go", "ir": a button jumping elsewhere on the page
    follow: frozenset[str]  # "follow", "síguenos": "Follow X:" heads the site's social links
    verbs: frozenset[str]  # the verbs of controls: "Send it to us", "Tip us off" ask the reader
    site_word: re.Pattern[str]  # site_voice or the reader (not "te", "tu": Dutch "te" is "to")
    trade: Any  # an Aho-Corasick automaton of its ads, commissions, comments, content
    own_trade: frozenset[str]  # the trade words only a site's notice about itself uses
    content: frozenset[str]  # trade words that name any thing's content
    content_owner: re.Pattern[str]  # a content word, its "of" and the owner's first word
    editorial: Any  # an Aho-Corasick automaton of "editorials", "reviews", "letters" …
    editorial_words: frozenset[str]  # the same words, for a line's tokens
    our: frozenset[str]  # "our", "unsere": the site's own (possessive) voice
    site_voice: frozenset[str]  # "we" and "our": the site naming itself
    newsroom: frozenset[str]  # "Redaktion", "rédaction": the site naming its newsroom
    site_trade: frozenset[str]  # what the site sells and runs: pitch, trade, own-trade words
    corrected: frozenset[str]  # "updated", "korrigiert": a note on the text's corrections
    reported_word: re.Pattern[str]  # "said", "according": reported speech (in folded text)
    said_word: re.Pattern[str]  # "said", "sagte": a verb of saying, no other word in any language
    commands: frozenset[str]  # all four imperative classes together
    sign_up: frozenset[str]  # imperative, imperative_object and pitch: a sign-up's words
    account: frozenset[str]  # "anmelden", "inscris", "einloggen": sign-up and log-in words
    log_in: frozenset[str]  # "einloggen", "login": an account link's, a box's only under its name
    sign_up_field: frozenset[str]  # "mail", "adresse": a sign-up form's field, never a button
    address_field: frozenset[str]  # "adresse", "address": a field asking for an address
    selling: Any  # an Aho-Corasick automaton of the reader and pitch words (a quick test)
    this: frozenset[str]  # "this", "dieser", "cet": a word naming the text itself
    this_article: Any  # an Aho-Corasick automaton of "this story", "dieser Beitrag" …
    article_nouns: frozenset[str]  # "story", "Beitrag": the nouns of this_article
    article_venue: re.Pattern[str]  # "newsletter", "edition", "views" (in folded text)
    credit_label: frozenset[str]  # "provided", "bereitgestellt": a portal's picture credit
    byline: frozenset[str]  # "by", "par", "Autor": a byline's label words
    article: frozenset[str]  # "the", "der", "le": a statement's subject opens with one
    moderated: re.Pattern[str]  # "deleted", "gelöscht": what a site does to rude comments
    stream: frozenset[str]  # "latest", "aktuelle": the site's stream of news, no remark
    civil: frozenset[str]  # "keep", "bleiben": a request on a discussion's tone opens with one
    published: frozenset[str]  # "published", "veröffentlicht": a syndication note's verb
    auxiliary: frozenset[str]  # "was", "wurde": a finite verb (a note opening with its
    # participle has none)
    terms: re.Pattern[str]  # "licence", "agreement": the terms a syndicated text runs under
    trailer: frozenset[str]  # "newsroom", "staff": a wire trailer's words besides its credits
    polite: frozenset[str]  # "please", "kindly": a request's politeness word
    unavailable: frozenset[str]  # "verfügbar", "indisponible": a player's notice says one
    medium: frozenset[str]  # "video", "contenuto": what a player's notice names
    place: frozenset[str]  # "region", "pays": where the reader is
    owner: frozenset[str]  # "your", "Ihrer": the reader's own
    negation: frozenset[str]  # "not", "nicht", "unavailable": a notice's negation
    share_verb: frozenset[str]  # "sharing", "partagez": a share prompt's verb
    share_means: frozenset[str]  # "by", "en": "… by sharing this article"
    match_facts: frozenset[str]  # "venue", "attendance": a score widget's fact labels
    life_span: frozenset[str]  # "born", "died": an obituary's closing line of dates
    team_scorers: re.Pattern[str]  # "Newcastle United scorers: ": a team's scorers label
    about: frozenset[str]  # "about": "About <Company>" heads a release's company section


_UI_WORDS: _UiWords | None = None
_UI_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_LETTER = re.compile(r"[^\W\d_]")
_UI_CONTROL_MAX_WORDS = 8
_GLUED_NUMBER = re.compile(r"\d[^\W\d_]{4,}|[^\W\d_]\d+[^\W\d_]")
_PITCH_MAX_WORDS = 35
_COMMAND_PITCH_MAX_WORDS = 60  # "Subscribe to X to get access to … 70+ titles, …. Call …"
_NOTICE_MAX_WORDS = 20  # a notice of two short sentences ("… sources. Click the link …")
# where a pitch's sentence may start: "Enjoying X? Forward it …", "Disrupt 2026: Get your
# pass …", and in a notice also "… sources. Klicka på länken …"
_CLAUSE_MARKS = ("? ", ": ")
_CLOSING_CALL = re.compile(r"(?:^|[.!?] )(?P<command>[^\W\d_]+) now!$")
_CLOSING_CALL_CHARS = 24
_SENTENCE_MARKS = ("? ", ": ", ". ")
_BOX_DESCRIPTION_WORDS = 12
_NAMED_BOX_DESCRIPTION_WORDS = 20
_SIGN_UP_MAX_WORDS = 3  # a sign-up button or field: "Jetzt abonnieren", "Email address"
_OFFER_MAX_WORDS = 8
_RELATED_MAX_WORDS = 6  # a teaser block's heading is short
# "More local news", "Mehr aktuelle News": a word or two between (not "Mehr Infos", a link
# to more information)
_MORE_NEWS_MIN_WORDS = 3
_MORE_NEWS_MAX_WORDS = 4
_MAX_TRAILING_UI = 3  # UI phrases glued one after another at the end of a line
_PERIOD_AFTER_WORDS = 4  # "1 € le premier mois": the period within a few words of the price
_PERIOD_AFTER_CHARS = 30
# a price in any currency, printed or folded: a symbol ("$4", "₹99", "4 €"), a currency's
# short name before the sum ("Rs 99", "RM 9.90", "CHF 12") or its name after it ("45
# rand", "9,99 Euro"), in any case but "kr" and "zł" (lower case only: "3 Kr models"); a
# bare "R" before a number names a road or a model
# too ("the R21"). One character class opens it (a quick scan), the lookbehinds then tell
# what it was.
_CURRENCY_SIGNS = "€$£¥₹₩₱₦₺₽₪"
_PRICE_OPENING = rf"[\d{_CURRENCY_SIGNS}RrKkCcIiZz]"
_PRICE_KINDS = (
    rf"(?<=\d)(?: ?[{_CURRENCY_SIGNS}]| ?(?:kr|zł)(?!\w)"
    r"| (?i:eur|euros?|usd|dollars?|rupees?|rand|yen|pesos?|reais|francs?|kronor|kroner"
    r"|ringgit|rupiah)\b)"
    rf"|(?<=[{_CURRENCY_SIGNS}]) ?\d"
    r"|(?<=\b[Rr])(?i:[smp])\.?\s?\d"
    r"|(?<=\b[Kk])(?i:r|sh)\s?\d"
    r"|(?<=\b[CcIiZz])(?i:hf|nr|ar)\s?\d"
)
_PRICE = re.compile(rf"{_PRICE_OPENING}(?:{_PRICE_KINDS})")
# and a sum in rand printed with a bare "R" ("R45 a month", "R39 p/m"), read only with a
# period right after it, by the per-period tests: "the R21" alone names a road, so
# ``names_price`` never takes it
_PRICE_OR_RAND_PER_PERIOD = re.compile(
    rf"{_PRICE_OPENING}(?:{_PRICE_KINDS}"
    r"|(?<=\b[Rr])\d+(?:[.,]\d\d)?(?= (?:a|per) (?:month|week|year)\b| ?p/?m\b))"
)
# a site's acknowledgement of Country in the third person ends on the Country it names
# ("X acknowledges the Traditional Owners of Country throughout the state."); a deal or a
# ruling that "acknowledges the Traditional Owners of Country" goes on with its news
_ACKNOWLEDGES_COUNTRY = re.compile(
    r"\backnowledges [^.;:!?]*\btraditional (?:owners|custodians) of country"
    r"(?: [^\s.,;:!?]+){0,3}[.!]?$"
)
# a charity's footer note gives its number after "no" ("…, a registered charity, No. 1158683",
# Scottish "No SC012345"); a story's "…, once a registered charity, no longer …" goes on in words
_CHARITY_NUMBER = re.compile(r"registered charity,? no\.? ?:? ?(?:sc)?\d")
# a broadcaster's note that it covered the topic on air, on a full date and maybe at a clock
# ("Über dieses Thema berichtete die tagesschau am 14. März 2026 um 16:00 Uhr."); a story's
# sentence naming a paper's report goes on, or gives no year ("… am Montag.", "am 3. Mai, …")
_BROADCAST_NOTE = re.compile(
    r"^über dieses thema bericht(?:et|ete|eten)\b[^.!?]{0,80}? am \d{1,2}\."
    r"(?: ?\d{1,2}\.| [^\W\d]+) ?\d{4}(?: um \d{1,2}[:.]\d\d uhr)?\.?$"
)
# the comments, plural, in a control: "Show comments" ends the article, "Post comment" does not
_COMMENTS_WORDS = (
    "comments|kommentare|kommentaren|commentaires|comentarios|comentários|commenti|reacties"
    "|komentarze|kommentarer|yorumlar|komentar|comentarii|komentáře"
)
_COMMENTS = re.compile(rf"\b(?:{_COMMENTS_WORDS})\b")
# a comments heading or link, singular or plural: "Comment", "42 Comments", "Kommentare (3)",
# "342 Postings"
_COMMENTS_HEADING = re.compile(
    r"\b(?:comments?|postings?|kommentare?|commentaires?|comentarios?|comentários?|comment[io]"
    r"|reacties?|komentarze?|kommentarer|yorumlar|komentar|comentarii|komentáře)\b"
)
# the comments as the site's discussion: its rules name them ("Postings, die gegen die
# Regeln verstoßen, werden gelöscht.")
_DISCUSSION = re.compile(rf"\b(?:{_COMMENTS_WORDS}|postings)\b")
# commenting, the verb: a prompt to log in and comment asks the reader to do it
_COMMENTING = re.compile(
    r"\b(?:comment|kommentieren|commenter|comentar|commentare|reageren|komentować|skomentuj"
    r"|kommentera)\b"
)
# a line of two sentences or clauses: a discussion's rule and what is done to those breaking it
_SECOND_CLAUSE = re.compile(r"[.!?:;] +\S")
_SECOND_CLAUSE_SPLIT = re.compile(r"[.!?:;] +")
_DISCUSSION_HEADING_WORDS = 3
_POLITE = re.compile(r"\b(?:please|bitte|veuillez|por favor|per favore|alstublieft|proszę)\b")
_PROMPT_MAX_WORDS = 20
# the reader's consent to cookies and tracking, and to the site's ads (an ad blocker the
# site asks to turn off), in the corpus languages
_AD_BLOCKER = r"ad[ -]?blockers?|adblock|werbeblocker|bloqueurs? de pub\w*|bloqueador(?:es)? de \w+"
_CONSENT = re.compile(
    r"\b(?:cookies?|consent|einwilligung|zustimmung|consentement|consentimiento|consenso"
    r"|consentimento|toestemming|zgod[ay]?|(?P<blocker>" + _AD_BLOCKER + r"))\b"
)
_CONSENT_MAX_WORDS = 80  # a banner lists its partners' purposes at length
# "Contact Kevin Alvarez at 555-0142.", "Reach Ana at ana@paper.com": the author's contact
_CONTACT = re.compile(
    r"^(?:contact|reach|email|e-mail) [^\d@]{2,60} at (?:\+?[\d(][\d ().-]{5,}\d|\S+@\S+)\.?$",
    re.IGNORECASE,
)
# "… And here's our email: letters@example-times.com.": a note with an address, not news
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# a web host as printed, lower case: labels of letters, digits and hyphens between dots,
# the first opening with a letter, the last a top-level domain of letters ("courier.example",
# "sentinel.co.nz"); "2019.In" glued sentences, "U.S." and "e.g." are none
_DOT_LETTER = re.compile(r"\.[a-z]")
_HOST_LABEL = re.compile(r"[a-z\d-]+")
_TOP_LEVEL_DOMAIN = re.compile(r"[a-z]{2,24}")
_HOST_TRIM = ".,;:!?()[]<>"
_NOTE_MAX_SPACES = 30  # an e-mail or web-address note: a short sentence
_NOTE_MAX_CHARS = 400  # (and a bounded search)
_ORIGIN_OPENING_WORDS = 4  # "cet article a été" before "publié initialement"
_ORIGIN_NAME_WORDS = 8  # after it: "on North Forty News.", "in Spanish by Pie de Página"
_ARTWORK_NOUN = "piece"  # "This piece first appeared at the Royal Academy": an artwork
_SITE_TRADE_WORDS = 2  # words of the site's trade in a notice about itself
_SENTENCE_ENDS = frozenset(".!?")
_NOTICE_SENTENCE_WORDS = 30  # a notice to the reader between two controls
_SHORT_WORD = 2  # a part's last word this short is whole, no stem
_SITE_NAME_MIN_CHARS = 5  # a host's name part, and a word of the line that ends one
_HOST_WORDS = frozenset({"www", "news", "online", "media", "live"})
_NOTE_TOKEN = re.compile(r"\w+|[.!?](?!\w)")  # a note's words and its sentence ends ("." alone)
_POSSESSIVE_END = re.compile(r"['’]s?(?!\w)")  # "Courier's", "editors'": the owner's word alone
_OWNER_MAX_WORDS = 2  # "our (film) reviews", "The Courier's editorial (board)"
_TO_THE_EDITOR = frozenset({"to the editor", "to the editors"})  # "a letter to the editor"
_TO_THE_EDITOR_WORDS = 3
_READER_MIN_CHARS = 3  # a site notice's reader word ("te", "tu" are words of other languages)
_INFLECTIONS = ("ing", "ed")  # a verb's forms that make prose of a UI phrase ("following")
_SITE_MARKS = 2  # marks of the site's voice in a sentence of its own (one is a news sentence's)
_READER_MANY = 3  # second-person words in one line: it speaks to the reader
_NEWS_MANY = 2  # news words after a command: "Get Latest Updates on India News"
_FOLLOW_MAX_WORDS = 6
COMMAND_MAX_WORDS = 5  # "View this photo gallery"
_CALL_MAX_WORDS = 20
# a sentence reporting speech: "Read more about it, he said." is too short to tell
_ATTRIBUTED_MIN_SPACES = 7
# a quote closed by a comma before its attribution: '…,” she said', '…,» dijo'
_QUOTE_CLOSING_COMMA = re.compile(",[\"”’'»«] ")
_US = re.compile(r" (?:us|US)\b")  # (a quick test: "us" as a word, not "user", "using")
_CALL_US_WITHIN = 4  # "Send it to us", "Email us": "us" a few words after the verb
# a scorer line ("Lund 23', 90+3' · Ek 41'", "Tore: Ruiz 12., Ode 70."): two minute marks or
# scorer labels between names, no word of prose; a match report's sentence ("Lund scored in
# the 23rd minute") has lowercase words longer than an abbreviation ("pen.")
_SCORER_MAX_SPACES = 24
_MATCH_FACT_WORDS = 6  # "Venue: Estadio Santiago Bernabéu, Madrid"
_SCORER_MARKS = 2
_MINUTE_MARK = re.compile(r"(?<![\w.])\d{1,3}(?:\+\d{1,2})?(?:['’′]|\.(?=,|;| [–·-] |$))")
_SCORER_LABEL = re.compile(r"(?<!\S)[A-ZÀ-Þ][^\W\d_]{1,15}:(?= )")
_SCORER_SEPARATOR = re.compile(r", | [–·-] |; ")
_PROSE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZÀ-Þ][^\W\d_]{4}")
# a trail or bar of links: "Home / India / SC seeks …", "Home | News | Sport | Jobs"
_LINK_SEPARATORS = (" / ", " | ", " › ", " > ", " » ")
_LINK_SEPARATOR_CHAR = re.compile("[/|›>»]")  # (one quick pass before counting each)
_LINK_FIRST_CHARS = 40  # a trail's first separator comes after a link of a word or two
_LINK_TRAIL_MIN = 3  # links in the trail
_LINK_ITEM_WORDS = 2  # the words of a section link (the last link may be the headline)
_LINK_TRAIL_WORDS = 30
_LINK_LABEL_CHARS = 25  # "Auch interessant:", "Go deeper:", "Lire aussi :"


def named_photo_credit(line: str) -> re.Match[str] | None:
    """A picture's credit in brackets on a line of its own naming who took it after the
    outlet's name ("(ABC News: Dean Sewell)", a known first name) or who gave it after
    "Supplied" ("(Supplied: Royal Australian Navy)", ``[handed-picture]`` of
    ``data/caption_words.txt``): no editor's note, which names no one so ("(Update: …)").
    The outlet's name has two words or more: one word before a person's name is the
    text's own credit of a role ("(Translation: Maria Keller)", "(Correspondance: Pablo
    Rivera)"), which closes a story and credits no picture."""
    match = _NAMED_PHOTO_CREDIT.match(line) if line[:1] == "(" else None
    if match is None:
        return None
    label = match["label"]
    if label.casefold() in handed_picture_words():
        return match
    outlet = " " in label
    return match if outlet and match["name"].split(" ", 1)[0] in world_first_names() else None


@cache
def handed_picture_words() -> frozenset[str]:
    """ "supplied", "handout": who gave a picture (``[handed-picture]`` of
    ``data/caption_words.txt``), read once: in brackets before the giver's name ("(Supplied:
    …)"), or alone after a caption's sentence (``captions``: "… on Monday morning. Supplied")."""
    return frozenset(
        line.casefold() for line in line_sections("caption_words.txt")["handed-picture"]
    )


def has_quote(line: str) -> bool:
    """A quotation mark in ``line``: quoted speech is never UI (six ``in`` tests in C: ten
    times quicker on a paragraph than a set's ``isdisjoint``, which hashes every character)."""
    return '"' in line or "“" in line or "”" in line or "„" in line or "«" in line or "»" in line


_QUOTE_MARK = re.compile('["“”„«»]')
_CLOSING_QUOTES = frozenset('"”»«')  # («» closes a German »title«)
_LABEL_QUOTE_SPACES = 2  # a quoted button or link: one or two words ("Privacy", "Accept all")


# a click on a button named in quotes, of any length ('En cliquant sur « J'accepte tous les
# cookies »', 'Mit einem Klick auf „Alle akzeptieren“'): the words before its quote
_CLICKED = re.compile(
    r"(?:\bclick(?:ing)? on|\bclick|\btap(?:ping)? on|\btap|cliquant sur|cliquez sur|klick auf"
    r"|klicken sie auf|clic en|clic sobre|clicca su|cliccando su|klik op|klikken op"
    r"|clicar em|clicando em|clique em) ?$",
    re.IGNORECASE,
)


def quotes_speech(line: str) -> bool:
    """Quoted words that may be speech: a quotation of three words or more, or one left open
    (a quote going on past the line). A button's name in quotes ('clicking the "Privacy"
    button', a click on « J'accepte tous les cookies ») quotes no one."""
    if not has_quote(line):
        return False
    parts = _QUOTE_MARK.split(line)  # (in C) the quoted parts are every second one
    if len(parts) % 2 == 0:
        return True  # an odd number of marks: a quote left open
    return any(
        parts[number].strip().count(" ") >= _LABEL_QUOTE_SPACES
        and _CLICKED.search(parts[number - 1]) is None
        for number in range(1, len(parts), 2)
    )


_FORMAL_READER = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer"})


def _whole_word(words: Iterable[str]) -> re.Pattern[str]:
    """One of ``words`` not followed by a letter; ``_find_word`` checks the other side (a
    lookbehind would keep ``re`` from skipping to the words' first letters). Words that are
    no single ``_UI_TOKEN`` never match one."""
    tokens = sorted((w for w in words if _UI_TOKEN.fullmatch(w)), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, tokens))})(?![^\W\d_])")


def _team_scorers(labels: Iterable[str], prefixes: Iterable[str]) -> re.Pattern[str]:
    """A team's label over its scorers in a score widget ("Newcastle United scorers: Alexander
    Isak (67', 81')"): a team's capitalised name, then a label ("scorers:", "Goalscorers:"),
    its words' first letters in either case."""

    def either_case(word: str) -> str:
        return f"(?i:{re.escape(word[0])}){re.escape(word[1:])}"

    label = "|".join(map(either_case, labels))
    prefix = "|".join(map(either_case, prefixes))
    return re.compile(rf"(?:[A-ZÀ-Þ][^\s:]* ){{0,4}}(?:{prefix})?(?:{label}): ")


def _find_word(pattern: re.Pattern[str], text: str, start: int = 0) -> bool:
    """``pattern`` (from ``_whole_word``) matches a whole token of ``text`` after ``start``."""
    return any(_whole_tokens(pattern, text, start))


def _whole_tokens(pattern: re.Pattern[str], text: str, start: int = 0) -> Iterator[bool]:
    """For each match of ``pattern`` in ``text`` after ``start``: whether it is a whole token
    (no letter right before it)."""
    return (_whole_match(text, m) for m in pattern.finditer(text, start))


def _whole_match(text: str, match: re.Match[str]) -> bool:
    """A match of a ``_whole_word`` pattern is a whole token (no letter right before it)."""
    return match.start() == 0 or _LETTER.match(text, match.start() - 1) is None


_FORMAL_READER_WORD = _whole_word(_FORMAL_READER)
_FORMAL_READER_FOLDED = frozenset(word.casefold() for word in _FORMAL_READER)  # (a quick test)


def word_sections(name: str) -> dict[str, set[str]]:
    """A data file's words by ``[section]`` (words before any heading under ""), folded."""
    return {
        heading: {word.casefold() for line in lines for word in line.split()}
        for heading, lines in line_sections(name).items()
    }


@lru_cache(maxsize=8)
def _label_words(section: str) -> frozenset[str]:
    return frozenset(word_sections("list_labels.txt")[section])


def _label_says(section: str, label: str) -> bool:
    """A word of the label's in ``section`` of ``data/list_labels.txt``."""
    return not _label_words(section).isdisjoint(_LABEL_WORD.findall(label.casefold()))


_LABEL_WORD = re.compile(r"\w+")


def announces_list(label: str) -> bool:
    """A box label whose words say a list of stories follows ("Related stories", "Editors'
    Picks", "Noticias relacionadas": ``data/list_labels.txt``); "Related" or "Read more"
    alone says nothing of how many."""
    return _label_says("list", label)


def announces_stream(label: str) -> bool:
    """A label over the site's next story or stream of stories ("Up next", "Read next",
    "More news": ``data/list_labels.txt``), which may print the story in full under it; a
    label that calls its stories related to this one ("Related news") heads a box of this
    story's, no stream of the site's."""
    return _label_says("stream", label) and not _label_says("relating", label)


def links_back(sentence: str) -> bool:
    """One of the sentence's first ``_LINKING_OPENING_WORDS`` words ties it to the one before
    ("Société Générale a également …", "In calo invece …": ``data/list_labels.txt``
    [linking]): it goes on from a text above it."""
    words = _LABEL_WORD.findall(sentence.casefold())[:_LINKING_OPENING_WORDS]
    return not _label_words("linking").isdisjoint(words)


_LINKING_OPENING_WORDS = 6


def offers_story(label: str) -> bool:
    """A label offering one more story to read ("Lire aussi", "Leggi anche", "Auch
    interessant", "Read next": ``data/list_labels.txt``); "Related" alone says less."""
    return _label_says("offer", label)


@lru_cache(maxsize=1)
def join_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that leave a line open (``data/join_words.txt``), and those of them that
    can also end a clause."""
    sections = word_sections("join_words.txt")
    return frozenset(sections[""]), frozenset(sections["clause-end"])


@lru_cache(maxsize=1)
def noun_case_words() -> tuple[frozenset[str], frozenset[str]]:
    """Join words of the languages that capitalise their nouns (``[noun-case]`` of
    ``data/join_words.txt``), and those of them that are also pronouns (``[pronoun]``)."""
    sections = word_sections("join_words.txt")
    return frozenset(sections["noun-case"]), frozenset(sections["pronoun"])


@cache
def _wall_label_words() -> frozenset[str]:
    """A paywall's words for who may read ("subscriber", "abonnenten"): a label naming them
    marks the article's access (``data/wall_words.txt``, ``[access]``)."""
    return frozenset(word_sections("wall_words.txt")["access"])


def _ui_words() -> _UiWords:
    global _UI_WORDS  # noqa: PLW0603 - loaded once per process, on first use
    if _UI_WORDS is None:
        words = word_sections("ui_words.txt")
        join = join_words()[0]
        site_voice = frozenset(words["we"] | words["our"])
        _UI_WORDS = _UiWords(
            control=frozenset(words["verbs"] | words["nouns"]),
            donate=frozenset(words["donate"]),
            headline_label=frozenset(words["headline-label"]),
            after_ad=frozenset(words["after-ad"]),
            ad=frozenset(words["ad"]),
            glue=frozenset(words["fillers"] | {w.rstrip("'") for w in join}),
            reader=frozenset(words["reader"]),
            reader_word=_whole_word(words["reader"]),
            pitch=frozenset(words["pitch"]),
            pitch_verb=frozenset(words["pitch-verb"]),
            pitch_both=frozenset(words["pitch-both"]),
            imperative=frozenset(words["imperative"]),
            imperative_object=frozenset(words["imperative-object"]),
            imperative_weak=frozenset(words["imperative-weak"]),
            imperative_news=frozenset(words["imperative-news"]),
            news=frozenset(words["news"]),
            more=frozenset(words["more"]),
            noun_after=frozenset(words["noun-after"]),
            period=frozenset(words["period"]),
            newsletter=frozenset(words["newsletter"] | words["newsletter-noun"]),
            newsletter_every=frozenset(words["newsletter-every"]),
            newsletter_when=frozenset(
                words["newsletter-when"] | words["period"] | words["newsletter"] | _WEEKDAY_WORDS
            ),
            newsletter_noun=frozenset(words["newsletter-noun"]),
            navigate=frozenset(words["navigate"]),
            follow=frozenset(words["follow"]),
            verbs=frozenset(words["verbs"]),
            site_word=_whole_word(
                site_voice | {word for word in words["reader"] if len(word) >= _READER_MIN_CHARS}
            ),
            trade=_automaton(words["trade"] | words["own-trade"]),
            own_trade=frozenset(words["own-trade"]),
            content=frozenset(words["content"]),
            content_owner=re.compile(
                rf"\b(?:{'|'.join(words['content'])}) (?:{'|'.join(words['of'])}) (\w+)"
            ),
            editorial=_automaton(words["editorial"]),
            editorial_words=frozenset(words["editorial"]),
            our=frozenset(words["our"]),
            site_voice=site_voice,
            newsroom=frozenset(words["newsroom"]),
            site_trade=frozenset(words["pitch"] | words["trade"] | words["own-trade"]),
            corrected=frozenset(words["corrected"]),
            reported_word=_whole_word(words["reported"]),
            said_word=_whole_word(words["said"]),
            commands=frozenset(
                words["imperative"]
                | words["imperative-object"]
                | words["imperative-weak"]
                | words["imperative-news"]
            ),
            sign_up=frozenset(words["imperative"] | words["imperative-object"] | words["pitch"]),
            account=frozenset(words["sign-up"] | words["log-in"]),
            log_in=frozenset(words["log-in"]),
            sign_up_field=frozenset(words["sign-up-field"] | words["address-field"]),
            address_field=frozenset(words["address-field"]),
            selling=_automaton(words["reader"] | words["pitch"]),
            this=frozenset(words["this"]),
            this_article=_automaton(
                f"{this} {article}" for this in words["this"] for article in words["this-article"]
            ),
            article_nouns=frozenset(words["this-article"]),
            article_venue=_whole_word(words["article-venue"]),
            credit_label=frozenset(words["credit-label"]),
            byline=frozenset(words["byline"]),
            article=frozenset(words["article"]),
            moderated=_whole_word(words["moderated"]),
            stream=frozenset(words["stream"]),
            civil=frozenset(words["civil"]),
            published=frozenset(words["published"]),
            auxiliary=frozenset(words["auxiliary"]),
            terms=_whole_word(words["terms"]),
            trailer=frozenset(words["trailer"]),
            polite=frozenset(words["polite"]),
            unavailable=frozenset(words["unavailable"]),
            medium=frozenset(words["medium"]),
            place=frozenset(words["place"]),
            owner=frozenset(words["owner"]),
            negation=frozenset(words["negation"]),
            share_verb=frozenset(words["share-verb"]),
            share_means=frozenset(words["share-means"]),
            match_facts=frozenset(words["match-facts"]),
            life_span=frozenset(words["life-span"]),
            team_scorers=_team_scorers(words["scorers"], words["scorers-prefix"]),
            about=frozenset(words["about-heading"]),
        )
    return _UI_WORDS


def is_handle_line(line: str) -> bool:
    """A line of social handles only ("@ann.bsky.social"): an embedded post's or a profile's."""
    return line[:1] == "@" and _HANDLES.match(line) is not None


# an embedded post's attribution: its author's handle in brackets, maybe its date after them
# ("— Jane Doe (@janedoe) November 12, 2026", "A post shared by Jane Doe (@janedoe)")
_BRACKETED_HANDLE = re.compile(rf"\({_HANDLE}\)")
_ATTRIBUTION_MAX_SPACES = 12


def _is_post_attribution(line: str) -> bool:
    """An embedded post's attribution line: a short line whose last bracketed handle ends it
    or stands before the post's date only. A sentence naming a handle goes on after it."""
    if "(@" not in line or line.count(" ") > _ATTRIBUTION_MAX_SPACES:
        return False  # (the quick test)
    ends = [handle.end() for handle in _BRACKETED_HANDLE.finditer(line)]
    if not ends:
        return False
    rest = line[ends[-1] :].strip()
    return not rest or find_time(rest) == rest


@cache
def agency_initials() -> frozenset[str]:
    """ "app", "ani": news agencies' initials that are also words, named only in capitals
    (``data/photo_agencies.txt``, [capitals])."""
    return frozenset(word_sections("photo_agencies.txt")["capitals"])


def is_agency_initials(line: str) -> bool:
    """A news agency's initials that are also a word, alone in capitals ("APP", "ANI")."""
    return " " not in line and line.isupper() and line.casefold() in agency_initials()


def is_ui_control(line: str) -> bool:
    """A button or widget label: a short line made only of UI words ("Artikel hören",
    "Ajouter à mes favoris", "Listen to this article · 3 min"), and not a time stamp."""
    spaces = line.count(" ")
    if spaces >= _UI_CONTROL_MAX_WORDS or line[-1] == "!" or (line[-1] == "?" and spaces > 2):
        return False  # (a short question of UI words is a prompt: "Already a subscriber?")
    if (" " not in line and _GLUED_NUMBER.search(line)) or is_agency_initials(line):
        return False  # a brand: "20minutos", "9to5Mac"; an agency in the byline's place: "APP"
    words = _ui_words()
    tokens = _UI_TOKEN.findall(line.casefold().replace("’", "'"))
    first = tokens[0] if tokens else ""
    if (line[-1] == "." and first in words.article) or (
        first in words.glue and is_section_name(line.rstrip(" :"))
    ):
        # a statement: "The trial continues." (buttons open with a verb or noun); a kicker
        # of glue and a verb's noun: "Our view" (an opinion label, no button)
        return False
    control = after_ad = False
    for token in tokens:
        if token in words.control:
            control = True
        elif token in words.after_ad:
            after_ad = True
        elif not (token in words.glue or token.isdigit()):
            return False
    if after_ad and words.ad.isdisjoint(tokens):
        return False  # "Il testo", "Gaat het door?": a crosshead ("Il testo … dopo la pubblicità")
    return control and find_time(line) is None and not is_bare_minutes(line)  # (split decides)


def is_command(line: str) -> bool:
    """A few words opening with a control's verb, no sentence: what a link or button next
    to a widget says ("View all photos", "Voir toutes les photos", "View this photo gallery")."""
    if line.count(" ") >= COMMAND_MAX_WORDS or line[-1] in ".!?:" or has_quote(line):
        return False
    words = line.split(" ", 2)
    if len(words) < 2 or not (words[1][0].islower() or words[1].casefold() in _ui_words().glue):
        return False  # a name: "Lee Armstrong", "Start-ish Canada"
    return starts_with_verb(line)


def starts_with_verb(line: str) -> bool:
    """The line opens with a control's verb: a button ("Like", "Become a member")."""
    first = _UI_TOKEN.match(line)
    return first is not None and first.group().casefold() in _ui_words().verbs


def _control_kind(line: str, key: str) -> Kind:
    """A UI control's kind: a "Links:" heading, a comments heading (the article has ended),
    or a button to drop (also a jump to the comments: "Ir a los comentarios")."""
    if line[-1] == ":" and not _is_share_bar(_unpolite(key), (_PHRASES or _phrases()).share):
        # (not "Compartilhe:", "Teilen:", "Kindly share this story:" over a share bar;
        # "Text by:", "Texte par :" is a byline's label over the author's name, no list)
        # ("SUBSCRIBER CONTENT:" over a paid article's headline labels it, no list under it)
        words = key.split(" ")
        label = words[-1] in _ui_words().byline or not _wall_label_words().isdisjoint(words)
        return Kind.DROP if label else Kind.LINKS
    if _COMMENTS.search(key) and _first_word(key) not in _ui_words().navigate:
        return Kind.END  # "Your Comments"
    return Kind.DROP


def _unpolite(key: str) -> str:
    """``key`` without the politeness word opening it ("kindly share this story": the
    share bar's label asks politely)."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in _ui_words().polite else key


def is_counter(line: str) -> bool:
    """A gallery's counter ("2 / 3", "Image 1 of 4")."""
    return _counter(line, _first_word(line.casefold()))


def _counter(line: str, first: str) -> bool:
    """``is_counter`` with the line's first word (case-folded) found already."""
    if line[0].isdigit():
        return _COUNTER.match(line) is not None
    return first in _COUNTER_MEDIA and _NAMED_COUNTER.match(line) is not None


def is_comments_heading(line: str) -> bool:
    """A heading or link naming the comments ("Comment", "42 Comments", "Kommentare")."""
    return _COMMENTS_HEADING.search(line_key(line)) is not None


def _labelled_link(line: str, spaces: int) -> bool:
    """A headline link behind a UI label: "Go deeper: Title", "Lire aussi : Title", "Lire
    aussi | Article réservé à nos abonnés Title" (a badge may stand before the title)."""
    if line[-1] in ".!?":
        return False
    colon = line.find(":", 0, _LINK_LABEL_CHARS)
    if colon > 0:
        label = line[:colon].rstrip()
        # (a link's label is words; a number in it is a status code heading a headline
        # about an outage: "Error 404: la web de Hacienda cae …"; a headline's attribution
        # is none: "Report: Bills to sign …")
        return (
            spaces < _PREFIX_MAX_WORDS
            and not _HAS_DIGIT.search(label)
            and label.casefold() not in _ui_words().headline_label
            and is_ui_control(label)
        )
    pipe = line.find(" | ", 0, _LINK_LABEL_CHARS)  # only a links heading ("Watch | Title")
    return pipe > 0 and spaces < _LINK_TRAIL_WORDS and classify(line[:pipe]) is Kind.LINKS


def _speaks_of_site(casefolded: str, line: str) -> bool:
    """ "our", "we" or the reader in the line: the site's own voice, not a news aside."""
    return bool(_find_word(_ui_words().site_word, casefolded)) or _formal_reader(line)


def speaks_of_site(line: str) -> bool:
    """ "our", "we" or the reader in the line (``_speaks_of_site``), quoted speech aside."""
    return not quotes_speech(line) and _speaks_of_site(line.casefold(), line)


def addresses_reader(line: str, *, times: int = 1) -> bool:
    """The line speaks to the reader ("you", "votre", formal "Sie"), at least ``times``
    times: notices and pitches do, news paragraphs rarely do outside quotes."""
    if quotes_speech(line):
        return False
    if times == 1:
        return _names_reader(line)
    return sum(_whole_tokens(_ui_words().reader_word, line.casefold())) >= times


def names_reader_outside_quotes(line: str) -> bool:
    """ "you", "votre" or a formal "Sie" in the line's own words, outside its quotes: the site
    speaking to the reader around a quote it prints ("“Local news matters,” says our
    editor. Your support keeps …"), not a speaker's "you" inside one."""
    return _names_reader(" ".join(_QUOTE_MARK.split(line)[0::2]))


def _names_reader(line: str) -> bool:
    """ "you", "votre" or a formal "Sie" in the line, in a quote or not."""
    return _find_word(_ui_words().reader_word, line.casefold()) or _formal_reader(line)


def names_selling_word(line: str) -> bool:
    """A reader's or a pitch's word in the line ("you", "WhatsApp", "newsletter"): what a
    promotion names, and a section's subheading rarely does."""
    return next(_whole_words(_ui_words().selling, line.casefold()), None) is not None


def notes_unavailable(line: str) -> bool:
    """A player's notice that its medium cannot be shown: a sentence of a few words that
    says it is not available ("nicht verfügbar", "unavailable") and names the medium itself
    ("Dieses Video", "questo contenuto") or the reader's place ("in your region", "nel tuo
    Paese"), and reports no one's words ("… not available to the family, their lawyer
    said." is news). Its place (under the player's label) makes it the player's; the words
    alone do not."""
    if line[-1] not in _SENTENCE_ENDS or line.count(" ") >= _UNAVAILABLE_MAX_WORDS:
        return False
    words = _ui_words()
    folded = line.casefold().replace("\u2019", "'")
    tokens = _UI_TOKEN.findall(folded)
    if words.unavailable.isdisjoint(tokens) or words.negation.isdisjoint(tokens):
        return False
    names = any(
        (first in words.this and second in words.medium)
        or (first in words.owner and second in words.place)
        for first, second in pairwise(tokens)
    )
    return names and not _reports_speech(folded, words)


def opens_with_article(line: str) -> bool:
    """The line's first word is an article ("The video", "Das Video"): a crosshead or a
    statement, no bare UI label ("Video", "VIDEO")."""
    first = _UI_TOKEN.match(line.casefold())
    return first is not None and first.group() in _ui_words().article


def asks_politely(line: str) -> bool:
    """A "please" in the line ("Please turn on JavaScript …", "Bitte …"): a request of the
    site's, no headline."""
    return _POLITE.search(line.casefold()) is not None


def speaks_to_reader(line: str) -> bool:
    """A sentence of the site's to the reader ("We ask you to keep the discussion civil.",
    "Bitte bleiben Sie sachlich."): "you" or formal "Sie", no quoted or reported speech (a
    reporter's "you" sits in a quote or beside "said")."""
    return (
        line[-1] in _SENTENCE_ENDS
        and line.count(" ") < _NOTICE_SENTENCE_WORDS
        and addresses_reader(line)
        and not _find_word(_ui_words().reported_word, line.casefold())
    )


def names_web_address(line: str, url: str | None) -> bool:
    """A short sentence naming where it was first published ("This report first appeared
    on harbourtimes.example.": an [origin] phrase opening it and a web address) or the page's own
    address in the site's voice ("Write to us at courier.example/letters.",
    ``_for_the_site``), no speech in it: where the text ends, the site's note about itself.
    The address of a helpline, a council or a ticket seller in a news sentence is neither,
    and nor is the site's own address in a news sentence ("Results of the vote will be
    posted at sentinel.example.")."""
    if (
        line.count(" ") >= _NOTE_MAX_SPACES
        or len(line) > _NOTE_MAX_CHARS
        or _DOT_LETTER.search(line) is None  # (the quick test, in C: a host's inner dot)
    ):
        return False
    casefolded = line.casefold()
    if has_quote(line) or _find_word(_ui_words().reported_word, casefolded):
        return False
    origin = _opens_with_origin(casefolded)
    names = _site_names(url) if origin or _for_the_site(casefolded) else frozenset()
    for word in line.split():
        host = word.partition("/")[0].strip(_HOST_TRIM)
        if _is_web_host(host) and (origin or not names.isdisjoint(host.split(".")[:-1])):
            return True
    return False


def _for_the_site(casefolded: str) -> bool:
    """A sentence speaking for the site besides naming its address: it opens with a
    button's or a pitch's verb ("Read more at …", "Subscribe at …"; or its last clause
    does: "For more news about the nation, visit sentinel.example."), or names the site
    ("we", "our", "the newsroom"), the reader ("you") or the site's trade ("letters",
    "comments"). A news sentence naming the paper's address has none of them ("Results will
    be posted at …"); what a pitch sells ("website", "app") is any news story's word too."""
    words = _ui_words()
    tokens = _UI_TOKEN.findall(casefolded)
    last_clause = _UI_TOKEN.findall(casefolded.rpartition(", ")[2])  # ("For more …, visit …")
    return bool(tokens) and (
        tokens[0] in words.verbs
        or tokens[0] in words.commands
        or (0 < len(last_clause) < len(tokens) and last_clause[0] in words.verbs)
        or _find_word(words.site_word, casefolded)
        or not words.newsroom.isdisjoint(tokens)
        or not words.editorial_words.isdisjoint(tokens)
        or next(_whole_words(words.trade, casefolded), None) is not None
    )


def _opens_with_origin(casefolded: str) -> bool:
    """The line opens with an [origin] phrase, or with a few words naming the text itself
    and then the phrase, no clause between ("This article first appeared on …")."""
    phrase = next(_whole_words(_phrases().origin, casefolded), None)
    return phrase is not None and _opens_note(casefolded[: casefolded.find(phrase)])


def _opens_note(before: str) -> bool:
    """Whether the words ``before`` a note's phrase leave it opening the line: none, or a
    few naming the text itself, no clause between. (It names the text itself first, [this]:
    "This story was first published …", "Cet article a été publié initialement …"; "The
    report, first published on …" is news about another text.)"""
    words = before.split()
    return not words or (
        words[0] in _ui_words().this
        and len(words) <= _ORIGIN_OPENING_WORDS
        and not any(mark in before for mark in ",;:")
    )


def _one_short_clause(line: str) -> bool:
    """A note's size and shape: a short sentence of one clause (no comma, semicolon or
    colon), within the bounded search."""
    return (
        line.count(" ") < _NOTE_MAX_SPACES
        and len(line) <= _NOTE_MAX_CHARS
        and not any(mark in line for mark in ",;:")
    )


def notes_first_publication(line: str) -> bool:
    """A one-clause sentence naming the text itself and the outlet it first ran in ("This
    article originally appeared on North Forty News.", "Cet article a été publié
    initialement sur Le Courrier."): where the text ends, the site's syndication note, also
    without a web address or terms. It opens with [this] and a [this-article] noun (not
    "piece": an artwork's, "This piece first appeared at the Royal Academy") before the
    [origin] phrase, and only the outlet's capitalised name follows it, after a preposition
    and an article at most (``_ORIGIN_NAME_WORDS``, no digit: "This story first appeared in
    print in 1872" is news of another text). Speech, quoted or reported, is no note."""
    if not _one_short_clause(line) or any(char.isdigit() for char in line):
        return False
    casefolded = line.casefold()
    phrase = next(_whole_words(_phrases().origin, casefolded), None)
    if phrase is None:
        return False
    at = casefolded.find(phrase)
    opening = casefolded[:at].split()
    tail = line[at + len(phrase) :].split()
    return (
        len(opening) > 1
        and opening[1] != _ARTWORK_NOUN
        and opening[1] in _ui_words().article_nouns
        and _opens_note(casefolded[:at])
        and len(tail) <= _ORIGIN_NAME_WORDS
        and _names_outlet(tail)
        and not has_quote(line)
        and not _find_word(_ui_words().reported_word, casefolded)
    )


# "Published in <paper>, <date>" (full stop or not): the print edition's note under the text
_PRINT_EDITION_NOTE = re.compile(
    r"^Published in (?P<paper>[A-Z][^,.]{1,40}), (?P<date>.{4,30}?)\.?$"
)


def notes_print_edition(line: str) -> bool:
    """The paper and the day the text ran in print, nothing else ("Published in The Daily
    Courier, December 1st, 2026."): the site's note where the text ends. The whole line is
    that note: a sentence naming a journal goes on past its name ("Published in Nature, the
    study …")."""
    note = _PRINT_EDITION_NOTE.match(line)
    return note is not None and find_time(note["date"]) is not None


def credits_quoted_outlet(line: str) -> bool:
    """A credit naming the outlet the text comes from, in quotes, where the text ends ("Ein
    Artikel aus der «NZZ am Sonntag»", "Un article du « Monde »"): a [this-article] noun
    among the few capitalised words before the quoted title, which closes the line; no
    sentence end, no clause mark, no digit. A sentence about an article ends with a full
    stop; a headline quoting one has more words before the quote."""
    if not line[:1].isupper() or line[-1] not in _CLOSING_QUOTES:
        return False
    quote = _QUOTE_MARK.search(line)
    if quote is None or quote.start() == len(line) - 1:
        return False
    before = line[: quote.start()].casefold().split()
    return (
        1 < len(before) <= _ORIGIN_OPENING_WORDS
        and not any(mark in line for mark in ".!?,;:")
        and not any(char.isdigit() for char in line)
        and not _ui_words().article_nouns.isdisjoint(before)
    )


def _names_outlet(tail: list[str]) -> bool:
    """The words after an [origin] phrase name an outlet: a preposition ("on", "sur", "bei",
    "in Spanish by"), an article at most, then a capitalised name ("North Forty News"),
    not a common noun ("on the market", "in print")."""
    glue = join_words()[0]
    named = next((word for word in tail if word.casefold() not in glue), "")
    return named[:1].isupper()


def notes_syndication(line: str) -> bool:
    """A short sentence opening with the text's publication and naming the terms it runs
    under ("Published via Harbour Wire under a content-sharing agreement.", "This story
    was produced by an agency and is published by the Courier under licence."): where the
    text ends, the site's syndication note. The note is one clause naming the text itself
    ([this] and a [this-article] noun) or opening with the participle and no finite verb
    after it; news of a licence or an agreement puts its own clause after a comma
    ("Published on Friday, the agreement …", "Produced under licence, the vaccine …"),
    names another text ("This year's report was published under …") or fronts the
    participle before its verb ("Veröffentlicht wurde die Vereinbarung …"), and speech,
    quoted or reported, is no note."""
    if not _one_short_clause(line):
        return False
    casefolded = line.casefold()
    words = _ui_words()
    opening = casefolded.split(" ", _ORIGIN_OPENING_WORDS + 1)[: _ORIGIN_OPENING_WORDS + 1]
    verb = next(
        (at for at, word in enumerate(opening) if word.strip(_HOST_TRIM) in words.published), None
    )
    if verb is None:
        return False
    origin = _opens_with_origin(casefolded)  # "Originally published by X. Republished …"
    if not (origin or _opens_note(" ".join(opening[:verb]))):
        return False
    if verb and not origin and opening[1] not in words.article_nouns:
        return False  # "This year's report was published …" names another text
    tokens = _UI_TOKEN.findall(casefolded)
    if not verb and not words.auxiliary.isdisjoint(tokens):
        return False  # the participle first and its verb after it: a sentence, verb second
    after = len(" ".join(opening[: verb + 1]))
    return (
        _find_word(words.terms, casefolded, after)
        and not has_quote(line)
        and not _find_word(words.reported_word, casefolded)
    )


def _is_web_host(word: str) -> bool:
    """``word`` is a web host as printed (``_HOST_LABEL`` labels, one dot at least): label by
    label, in one pass (a pattern searched over a long dotted run backtracks)."""
    labels = word.split(".")
    return (
        len(labels) > 1
        and word[:1].isalpha()
        and word[:1].islower()
        and all(_HOST_LABEL.fullmatch(label) for label in labels[:-1])
        and _TOP_LEVEL_DOMAIN.fullmatch(labels[-1]) is not None
    )


def is_editorial_note(line: str, url: str | None) -> bool:
    """A sentence of the site's on its own editorial trade ("Our reviews are written by our
    own critics.", "The Courier's editorial board is separate from the newsroom.", "Send a
    letter to the editor at courier.example/letters."): a word of its editorials, reviews or
    letters owned by the site (``_site_owns``), or a letter "to the editor" in a line in the
    site's voice; no speech, quoted or reported ("Our reviews found no fault, the minister
    said"). The word alone beside "we" or the site's city is news ("Our leaders must listen
    to their critics.", "Boston critics will publish their ratings in March.")."""
    casefolded = line.casefold()
    words = _ui_words()
    if (
        next(_whole_words(words.editorial, casefolded), None) is None
        or has_quote(line)
        or _find_word(words.reported_word, casefolded)
    ):
        return False
    tokens = _NOTE_TOKEN.findall(_POSSESSIVE_END.sub("", casefolded))
    names = _site_names(url)
    for number, token in enumerate(tokens):
        if token not in words.editorial_words:
            continue
        if _site_owns(tokens[max(0, number - _OWNER_MAX_WORDS) : number], words.our, names):
            return True
        letter_to = " ".join(tokens[number + 1 : number + 1 + _TO_THE_EDITOR_WORDS])
        if letter_to in _TO_THE_EDITOR and _speaks_of_site(casefolded, line):
            return True
    return False


def _site_owns(before: list[str], our: frozenset[str], names: frozenset[str]) -> bool:
    """Whether the words ``before`` an editorial word (a couple, in its sentence) are the
    site's: "our", or a word that names the site (``_is_site_name``)."""
    for word in reversed(before):
        if word in _SENTENCE_ENDS:
            return False
        if word in our or _is_site_name(word, names):
            return True
    return False


def _is_site_name(word: str, names: frozenset[str]) -> bool:
    """A word is the site's name if it is a whole name part of its host ("courier" or the
    address "courier.example") or the end of one ("courier" of frontrangecourier.example,
    "times" of example-times.com: the paper's name after its place); a host's start is its
    place ("Boston" of bostonglobe.com), which a news line names too."""
    return len(word) >= _SITE_NAME_MIN_CHARS and any(name.endswith(word) for name in names)


@lru_cache(maxsize=64)
def _site_names(url: str | None) -> frozenset[str]:
    """The names in a page's host ("gazette" in www.gazette.example): the site's own name,
    minus the parts every host has (a top-level domain, "www", "news")."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:  # (a malformed address names no site: "http://[ferry")
        return frozenset()
    return frozenset(
        part
        for part in host.split(".")[:-1]
        if len(part) >= _SITE_NAME_MIN_CHARS and part not in _HOST_WORDS
    )


def speaks_as_site(line: str, *, business: bool = False) -> bool:
    """A sentence in the site's own voice: two of its marks, the site naming itself ("we",
    "our", "die Redaktion"), the reader ("you", "Sie"), its trade ("subscribers", "app",
    "comments") and the text itself ("this article"), and no speech, quoted or reported.
    One mark alone is a news sentence's ("our leaders", "if you rent", "the app's users"),
    and a note on the text's corrections is article text ("This story has been updated to
    include comments from …"). With ``business``, one of the marks is the site's business
    (its newsroom, its trade, the text itself), which a writer's own voice does not name
    ("If you rent, our advice is simple: …" is a columnist's)."""
    if has_quote(line):
        return False
    words = _ui_words()
    folded = line.casefold().replace("’", "'")
    found = _UI_TOKEN.findall(folded)
    tokens = set(found)
    newsroom = not tokens.isdisjoint(words.newsroom)
    trades = tokens & words.site_trade
    if trades and trades <= words.content and _others_content(folded, found, words):
        trades = set()
    # (the site's trade, not what a pitch sells: an op-ed's "journalism", "app")
    trade = newsroom or not trades.issubset(words.pitch)
    marks = (
        (newsroom or not tokens.isdisjoint(words.site_voice))
        + bool(trades)
        + (
            not tokens.isdisjoint(words.reader)
            or (not tokens.isdisjoint(_FORMAL_READER_FOLDED) and _formal_reader(line))
        )
    )
    if marks < _SITE_MARKS or (business and not trade):  # (most lines: the cheap tests first)
        this = not tokens.isdisjoint(words.this) and _names_this_article(folded, words)
        marks, trade = marks + this, trade or this
        if marks < _SITE_MARKS or (business and not trade):
            return False
    return tokens.isdisjoint(words.corrected) and not _find_word(words.reported_word, folded)


def _others_content(folded: str, tokens: list[str], words: _UiWords) -> bool:
    """Each content word of the line (``tokens``: its words) owned by a thing that is not the
    site's ("the content of the memo", "Inhalt des Vertrags"; not "the content of this site")."""
    owners = words.content_owner.findall(folded)
    uses = sum(token in words.content for token in tokens)
    return len(owners) == uses and all(
        owner not in words.this and owner not in words.site_voice for owner in owners
    )


def notes_correction(line: str) -> bool:
    """A word of a note on the text's corrections ("updated", "korrigiert", "erreur"): such
    a note is article text wherever it stands."""
    return not _ui_words().corrected.isdisjoint(_UI_TOKEN.findall(line.casefold()))


def is_pitch(line: str) -> bool:
    """A line addressed to the reader that sells something: a subscription or newsletter
    pitch ("Get the day's headlines in your inbox"), a paywall ("Lesen Sie jetzt weiter"),
    a platform prompt ("Enjoying X? Forward it to a friend"). Quoted speech is not."""
    if line.count(" ") >= _PITCH_MAX_WORDS:
        return False
    return _pitch(line, line.casefold())


def _pitch(line: str, casefolded: str) -> bool:
    """``is_pitch`` of a line of fewer than ``_PITCH_MAX_WORDS`` words, case-folded already."""
    words = _ui_words()
    tokens = casefolded.replace("’", "'") if "’" in casefolded else casefolded
    if not _may_pitch(tokens, words) or quotes_speech(line):
        return False  # (most lines: no tokenising)
    if _find_word(words.reported_word, tokens):
        return False  # reported speech: "You can now … in the app, the company said"
    folded = _UI_TOKEN.findall(tokens)
    seen = set(folded)
    readers = seen & words.reader
    pitch = not seen.isdisjoint(words.pitch) and _pitch_noun(folded, seen, words)
    # a sentence after a full stop is looked at in notices, short or selling (not in news)
    second = len(folded) < _NOTICE_MAX_WORDS or pitch or bool(readers)
    marks = _SENTENCE_MARKS if second else _CLAUSE_MARKS
    starts = folded[:1]
    for mark in marks:
        after = tokens.find(mark)
        word = _UI_TOKEN.match(tokens, after + 2) if after > 0 else None  # (anchored: cheap)
        if word is not None:
            starts.append(word.group())
    weak = not words.imperative_weak.isdisjoint(starts)
    reader = bool(readers) or ((pitch or weak) and _formal_reader(line))
    if (
        reader
        and (pitch or _site_addresses_reader(tokens, seen, folded, readers))
        and not _explains_pitch_noun(tokens)
    ):
        return True  # "We use your sign-up … ways you've consented to … understanding of you"
    if pitch and not seen.isdisjoint(words.period) and quotes_price_per_period(line):
        return True  # a price per period: "Offre spéciale : 1 € le premier mois"
    if (
        not words.imperative.isdisjoint(starts)
        or (
            not words.imperative_object.isdisjoint(starts)
            and _imperative_with_object(tokens, folded, marks)
        )
    ) and not _joins_a_reporter(line):
        return True  # "Join 14,000 readers", "Enjoying X? Forward it to a friend"
    # "Lesen Sie jetzt weiter", "Get the headlines in your inbox"
    return (weak and (reader or pitch)) or _sells_news(tokens, folded) or _closing_call(tokens)


def _joins_a_reporter(line: str) -> bool:
    """The line asks the reader to join a person, named by a given name and a surname, for
    the coverage ("… Join Scott Murray for updates"): a live blog's standfirst."""
    match = _join_reporter().search(line)
    return match is not None and match["first"] in world_first_names()


@cache
def _join_reporter() -> re.Pattern[str]:
    """ "Join Scott Murray for updates": a live blog's standfirst inviting the reader to follow
    its reporter (a person's name as the object), no pitch ("Join 14,000 readers", "Join our
    club"); the verbs and prepositions of ``[join-reporter]`` in ``data/ui_words.txt``."""
    pairs = [line.split() for line in line_sections("ui_words.txt")["join-reporter"]]
    verb, preposition = ("|".join(pair[part] for pair in pairs) for part in (0, 1))
    return re.compile(
        rf"\b(?:{verb}) (?P<first>[A-ZÀ-Þ][^\W\d_]+) [A-ZÀ-Þ][^\W\d_]+ (?:{preposition})\b"
    )


def _explains_pitch_noun(tokens: str) -> bool:
    """A story's sentence explaining what the pitch word names, its subject, to anyone
    ("Cookies are small files placed on your device when you visit a website"): the line
    opens with the noun and a verb of being or having; the "you" is anyone's. A banner
    speaks as the site ("We use cookies", "Cookies help us …", "Cookies are used on this
    site"), asks ("please") or names an offer's term ("… for your first month").
    ``tokens``: the case-folded line."""
    words = _ui_words()
    folded = _UI_TOKEN.findall(tokens)
    seen = set(folded)
    return (
        len(folded) > 1
        and folded[0] in words.pitch
        and folded[1] in words.auxiliary
        and seen.isdisjoint(words.site_voice)
        and seen.isdisjoint(words.this)
        and seen.isdisjoint(words.period)  # (an offer: "Access is free for your first month")
        and _US.search(tokens) is None
        and _POLITE.search(tokens) is None
    )


def _closing_call(tokens: str) -> bool:
    """The line closes on a command and "now!" alone ("… Live Scores, Match Stats and much
    more. Explore now!"): a promo's button in words; a story's sentence never ends so."""
    call = _CLOSING_CALL.search(tokens, max(0, len(tokens) - _CLOSING_CALL_CHARS))
    return call is not None and call["command"] in _ui_words().commands


def _pitch_noun(folded: list[str], seen: set[str], words: _UiWords) -> bool:
    """A [pitch] word of the line that is no verb of a sentence: "offer" or "access" right
    after a [pitch-verb] word is one ("Suppliers now offer fixed deals", "required to offer
    payment plans" tell of others' offers; "Special offer", "Get unlimited access" sell),
    unless the line speaks in the site's voice or of "this" content ("You can access all our
    stories", "logged in to access this content")."""
    verbs = seen.isdisjoint(words.site_voice) and seen.isdisjoint(words.this)
    return any(
        word in words.pitch
        and not (
            verbs and at > 0 and word in words.pitch_both and folded[at - 1] in words.pitch_verb
        )
        for at, word in enumerate(folded)
    )


def _site_addresses_reader(
    tokens: str, seen: set[str], folded: list[str], readers: set[str]
) -> bool:
    """Many second-person words and the site naming itself ("we", "our") or asking
    ("please"): the site speaks to the reader. The "you" of a column or a review alone
    speaks to no one in particular ("… and if you like your thrillers slow, you will want
    to read it twice")."""
    if sum(1 for token in folded if token in readers) < _READER_MANY:
        return False
    return not seen.isdisjoint(_ui_words().site_voice) or _POLITE.search(tokens) is not None


def _sells_news(text: str, folded: list[str]) -> bool:
    """A line opening with a command and naming two words of the site's stream of news
    ("Catch all the Business News, Market News … on X"), or one after "more" ("Veja mais
    notícias da região"): the site's promo. Not the command's word as a noun ("Support for
    local news …", "Follow-up stories …"); ``_pitch`` has already ruled out reported speech
    ("Track workers said the news …")."""
    words = _ui_words()
    if len(folded) < _NEWS_MANY + 1 or folded[1] in words.noun_after:
        return False
    if not (folded[0] in words.imperative_weak or folded[0] in words.imperative_news):
        return False
    after = text.find(folded[0]) + len(folded[0])
    return (
        text[after : after + 1] == " "
        # (a "See more stories" button ends a card list: only the sentence is the promo)
        and sum(1 for token in folded if token in words.news)
        + (folded[1] in words.more and text[-1] == ".")
        >= _NEWS_MANY
    )


def quotes_price_per_period(line: str) -> bool:
    """A price with a period a few words after it, anywhere in the line ("1 € le premier
    mois", "$0.99/week", "daarna € 9,99 per maand", "R45 a month"): an offer. A fine "of
    £11 million" and "the fourth year" are far apart. The price is read in the printed line
    ("3 Kr models" names none)."""
    period = _ui_words().period
    for price in _PRICE_OR_RAND_PER_PERIOD.finditer(line):
        end = price.end()
        after = _UI_TOKEN.findall(line[end : end + _PERIOD_AFTER_CHARS].casefold())
        if not period.isdisjoint(after[:_PERIOD_AFTER_WORDS]):
            return True
    return False


def _commands(casefolded: str) -> bool:
    """The line starts with an unambiguous command to the reader ("Subscribe", "Join"): a
    pitch however long its list of what it sells (news sentences do not start so)."""
    first = _UI_TOKEN.search(casefolded, 0, _LINK_FIRST_CHARS)
    return first is not None and first.group() in _ui_words().imperative


def _may_pitch(tokens: str, words: _UiWords) -> bool:
    """A quick test before ``_pitch`` tokenises the line: a pitch needs a reader or pitch
    word, or a sentence starting with a command (at the start or after any of the marks)."""
    first = _UI_TOKEN.search(tokens)
    if first is None:
        return False
    if first.group() in words.commands:
        return True
    for mark in _SENTENCE_MARKS:
        after = tokens.find(mark)
        word = _UI_TOKEN.match(tokens, after + 2) if after > 0 else None
        if word is not None and word.group() in words.commands:
            return True
    return next(_whole_words(words.selling, tokens), None) is not None


def _imperative_with_object(text: str, folded: list[str], marks: tuple[str, ...]) -> bool:
    """A sentence starting like "Forward", "Sign" and going on with what a button acts on
    ("Forward it", "Sign up"), at the line's start or after one of ``marks``."""
    objects = _ui_words().imperative_object
    if folded[0] in objects and _ui_object(folded[1] if len(folded) > 1 else ""):
        return True
    for mark in marks:
        after = text.find(mark)
        word = _UI_TOKEN.match(text, after + 2) if after > 0 else None
        if word is not None and word.group() in objects:
            then = _UI_TOKEN.search(text, word.end())
            if _ui_object(then.group() if then else ""):
                return True
    return False


def _ui_object(word: str) -> bool:
    """The word after an imperative is what a button acts on ("Sign up", "Forward it",
    "Join 14,000", "Download the App"), not a name or a noun of news ("Forward Tom
    Smith scored", "Sign language interpreters")."""
    words = _ui_words()
    return (
        not word
        or word.isdigit()
        or word in words.glue
        or word in words.reader
        or word in words.control
        or word in words.pitch
    )


def _formal_reader(line: str) -> bool:
    """A formal "Sie", "Ihr" after the line's first word (one opening it is "they")."""
    first = _UI_TOKEN.search(line)
    return first is not None and _find_word(_FORMAL_READER_WORD, line, first.end())


def is_price_offer(line: str) -> bool:
    """A short line quoting a price per period: a subscription offer ("$6.99 a week",
    "1 € le premier mois"), whatever stands next to it."""
    return (
        line.count(" ") < _OFFER_MAX_WORDS
        and _PRICE_OR_RAND_PER_PERIOD.search(line) is not None
        and not _ui_words().period.isdisjoint(_UI_TOKEN.findall(line.casefold()))
    )


def names_price(line: str) -> bool:
    """A price in the line ("1 €", "$52", "9,99 euros")."""
    return _PRICE.search(line) is not None


def is_sign_up_button(line: str) -> bool:
    """A sign-up button of a few words naming what it does ("Jetzt abonnieren",
    "S’inscrire"): with a pitch, what closes a newsletter box. A bare field noun ("E-Mail",
    "Mail") is none: a share bar's mail icon says it too."""
    return _short_with(line, _ui_words().sign_up)


def is_account_button(line: str) -> bool:
    """A button of a few words that signs up or logs in ("Je m’inscris", "Aanmelden",
    "Registrati"): a newsletter box's, or the site's account links under the text."""
    return _short_with(line, _ui_words().account)


def is_log_in_button(line: str) -> bool:
    """A log-in button of a few words ("Einloggen", "Login"): it closes a newsletter box
    only under the newsletter's name; the site's account links say it far more often."""
    return _short_with(line, _ui_words().log_in)


def is_sign_up_field(line: str) -> bool:
    """A sign-up form's button or field of a few words ("Votre adresse e-mail", "Je
    m’inscris"): only between a newsletter box's description and its pitch or button."""
    words = _ui_words()
    return _short_with(line, words.sign_up | words.account | words.sign_up_field)


def is_address_field(line: str) -> bool:
    """A sign-up form's field asking for an address ("E-Mail-Adresse eingeben", "Your email
    address"): a share bar's "E-Mail" link names none."""
    return _short_with(line, _ui_words().address_field)


def names_news(line: str) -> bool:
    """The line names the news or the newsroom ("die wichtigsten Nachrichten", "la sélection
    de la rédaction"): what a newsletter box's description says the box sends."""
    words = _ui_words()
    tokens = set(_UI_TOKEN.findall(line.casefold()))
    return not (tokens.isdisjoint(words.news) and tokens.isdisjoint(words.newsroom))


def _short_with(line: str, words: frozenset[str]) -> bool:
    """A line of a few words, one of them in ``words``."""
    if line.count(" ") >= _SIGN_UP_MAX_WORDS:
        return False
    return not words.isdisjoint(_UI_TOKEN.findall(line.casefold()))


def describes_newsletter(line: str, *, named: bool = False) -> bool:
    """A short line saying what a newsletter is or how often it comes: a newsletter box's
    description ("A daily newsletter with the best of …", "… explained every Thursday.");
    a longer one under a heading that ``named`` the newsletter ("Nieuwsbrief Nijmegen" /
    "Elke ochtend om 7 uur het belangrijkste nieuws uit … in je mailbox.")."""
    if line.count(" ") >= (_NAMED_BOX_DESCRIPTION_WORDS if named else _BOX_DESCRIPTION_WORDS):
        return False
    words = _ui_words()
    folded = line.casefold()
    # (a sentence's "every" counts a time, "every Thursday", where a story's counts what it
    # names, "Each court will have …"; a box's tagline prints no full stop)
    sentence_end = _SENTENCE_STOP.search(line)
    return any(
        token.group() in words.newsletter
        or (
            token.group() in words.newsletter_every  # (a word after it: "every Thursday")
            and folded[token.end() : token.end() + 1] == " "
            and (sentence_end is None or _counts_time(folded, token.end() + 1))
        )
        for token in _UI_TOKEN.finditer(folded)
    )


_SENTENCE_STOP = re.compile(r"[.!?][\"”»’]?$")


def _counts_time(folded: str, at: int) -> bool:
    """The word at ``at`` in the folded line is a time a newsletter comes at ("Thursday",
    "morning", "semaine": ``[newsletter-when]`` of ``data/ui_words.txt``)."""
    when = _UI_TOKEN.match(folded, at)
    return when is not None and when.group() in _ui_words().newsletter_when


def offers_own_newsletter(line: str) -> bool:
    """The line offers the reader the site's own newsletter: an [our] word right before a
    newsletter noun, and the reader addressed ("Mit unserem Newsletter „Guten Morgen“
    erhalten Sie …", "Avec notre newsletter, recevez …"), as a newsletter box's description
    does under a heading that does not name it ("Bleiben Sie informiert!"). The newsletter's
    name in quotes is no speech; a story's sentence on the site's newsletter speaks of it, not
    to the reader ("In unserem Newsletter haben wir …")."""
    words = _ui_words()
    folded = line.casefold()
    tokens = _UI_TOKEN.findall(folded)
    return any(
        first in words.our and second in words.newsletter_noun for first, second in pairwise(tokens)
    ) and _names_reader(line)


def names_newsletter(line: str) -> bool:
    """The line calls something a newsletter ("Nieuwsbrief Zutphen", "La newsletter del
    Tirreno"), not only how often it comes ("Jeden Morgen im Stau" is a crosshead)."""
    return not _ui_words().newsletter_noun.isdisjoint(_UI_TOKEN.findall(line.casefold()))


@dataclass(frozen=True, slots=True)
class _Phrases:
    exact: dict[str, Kind]
    share: frozenset[str]
    prefix: dict[str, tuple[str, ...]]  # first word → phrases (short lines only)
    prefix_any: dict[str, tuple[str, ...]]  # first word → phrases (lines of any length)
    dated_note: dict[str, tuple[str, ...]]  # first word → notes whose rest is a date at most
    trailer_prefix: dict[str, tuple[str, ...]]  # first word → a wire trailer's credits
    trailer_words: frozenset[str]  # the words of those credits ("reporting", "by")
    credit_prefix: dict[str, tuple[str, ...]]  # first word → wire credits (very short lines)
    related_prefix: dict[str, tuple[str, ...]]  # first word → teaser headings ("More from X")
    links_prefix: dict[str, tuple[str, ...]]  # first word → link-list headings ("Most read from X")
    ad_prefix: dict[str, tuple[str, ...]]  # first word → ad labels naming the advertiser
    contains: dict[str, tuple[str, ...]]  # first substring → seconds (both in one line)
    contains_first: Any  # an Aho-Corasick automaton of the first substrings
    contains_short: dict[str, tuple[str, ...]]  # the same pairs, in short lines only
    contains_short_first: Any
    bio: dict[str, tuple[str, ...]]  # the [bio] pairs among them ("is a reporter" + "for")
    bio_first: Any
    drop_last_words: frozenset[str]  # last words of multi-word DROP phrases
    sections: frozenset[str]  # section kickers ("World", "Economy")
    after_text: frozenset[str]  # teaser headings only under a text ("Le fil info")
    origin: Any  # an Aho-Corasick automaton of a syndication note's words ("first published")


def is_section_name(line: str) -> bool:
    """A section or topic kicker ("World", "ECONOMY", "Long read")."""
    return " ".join(line.casefold().split()) in (_PHRASES or _phrases()).sections


def line_key(line: str) -> str:
    """The line as phrases are matched: case-folded, trimmed, white space collapsed."""
    key = _without_symbols(line.casefold().strip(_TRIM)).strip(_TRIM)
    if "\u0307" in key:  # Turkish "İ" folds to "i" and a combining dot
        key = key.replace("i\u0307", "i")
    if "’" in key:
        key = key.replace("’", "'")
    if "  " in key or "\t" in key:
        key = " ".join(key.split())
    return key


def _without_symbols(key: str) -> str:
    """``key`` without the emoji or symbols, and the spaces among them, opening it ("🎙️
    Ascolta anche …", "📩 Sign up")."""
    if not (key and key[0] > "\u2000" and _symbol(key[0])):  # (the quick test first)
        return key
    start = next((at for at, char in enumerate(key) if char != " " and not _symbol(char)), None)
    return "" if start is None else key[start:]


def _symbol(char: str) -> bool:
    """An emoji or other symbol, or a variation selector printed after one."""
    return unicodedata.category(char) in ("So", "Sk") or "\ufe00" <= char <= "\ufe0f"


_PHRASES: _Phrases | None = None


def _phrases() -> _Phrases:
    global _PHRASES  # noqa: PLW0603 - loaded once per process, on first use
    if _PHRASES is None:
        _PHRASES = _load_phrases()
    return _PHRASES


def is_portal_credit(line: str) -> bool:
    """A portal's credit for the publisher's picture ("© Provided by The Herald")."""
    match = _PORTAL_CREDIT.match(line)
    return match is not None and match[1].casefold() in _ui_words().credit_label


def _load_phrases() -> _Phrases:
    exact: dict[str, Kind] = {}
    share: set[str] = set()
    prefix: dict[str, list[str]] = {}
    prefix_any: dict[str, list[str]] = {}
    dated_note: dict[str, list[str]] = {}
    trailer_prefix: dict[str, list[str]] = {}
    credit_prefix: dict[str, list[str]] = {}
    related_prefix: dict[str, list[str]] = {}
    links_prefix: dict[str, list[str]] = {}
    ad_prefix: dict[str, list[str]] = {}
    contains: list[tuple[str, str]] = []
    contains_short: list[tuple[str, str]] = []
    bio: list[tuple[str, str]] = []
    sections: set[str] = set()
    after_text: set[str] = set()
    origin: set[str] = set()
    prefix_tables = {
        "prefix": prefix,
        "prefix-any": prefix_any,
        "dated-note": dated_note,
        "trailer-prefix": trailer_prefix,
        "credit-prefix": credit_prefix,
        "related-prefix": related_prefix,
        "links-prefix": links_prefix,
        "ad-prefix": ad_prefix,
    }
    section = ""
    text = resources.files("streams").joinpath("data/ui_phrases.txt").read_text("utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        phrase = " ".join(line.casefold().split())
        if section in ("drop", "related", "end", "ad", "links"):
            exact[line_key(phrase)] = Kind(section)
        elif section == "related-after-text":
            exact[line_key(phrase)] = Kind.RELATED
            after_text.add(line_key(phrase))
        elif section == "section":
            sections.add(phrase)
        elif section == "origin":
            origin.add(phrase)
        elif section in ("contains", "bio", "contains-short"):
            first, _, second = phrase.partition(" + ")
            (contains_short if section == "contains-short" else contains).append((first, second))
            if section == "bio":
                bio.append((first, second))
        elif section == "share":
            share.add(phrase)
        elif section in prefix_tables:
            prefix_tables[section].setdefault(_first_word(phrase), []).append(phrase)
        else:
            raise ValueError(f"ui_phrases.txt: phrase {phrase!r} outside a known section")
    return _Phrases(
        exact=exact,
        share=frozenset(share),
        contains=_pairs(contains),
        contains_first=_automaton(first for first, _ in contains),
        contains_short=_pairs(contains_short),
        contains_short_first=_automaton(first for first, _ in contains_short),
        bio=_pairs(bio),
        bio_first=_automaton(first for first, _ in bio),
        drop_last_words=frozenset(
            key.rsplit(" ", 1)[-1]
            for key, kind in exact.items()
            if kind is Kind.DROP and " " in key
        ),
        sections=frozenset(sections),
        after_text=frozenset(after_text),
        origin=_automaton(origin),
        prefix=_by_length(prefix),
        related_prefix=_by_length(related_prefix),
        links_prefix=_by_length(links_prefix),
        ad_prefix=_by_length(ad_prefix),
        prefix_any=_by_length(prefix_any),
        dated_note=_by_length(dated_note),
        trailer_prefix=_by_length(trailer_prefix),
        trailer_words=frozenset(
            word for phrases in trailer_prefix.values() for p in phrases for word in p.split()
        ),
        credit_prefix=_by_length(credit_prefix),
    )


def _by_length(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each first word's phrases, longest first (the longest match wins)."""
    return {word: tuple(sorted(p, key=len, reverse=True)) for word, p in table.items()}


def _first_word(key: str) -> str:
    space = key.find(" ")  # (not split: a paragraph's rest is not copied)
    return (key if space < 0 else key[:space]).rstrip(":.,;!?")


def _dated_note(casefolded: str, notes: tuple[str, ...] | None) -> bool:
    """The line is a [dated-note] phrase and at most a date after it ("this segment aired on
    november 29, 2026."): a sentence going on after the phrase is the story's ("This segment
    aired on Sunday night and was removed …")."""
    for note in notes or ():
        if casefolded.startswith(note):
            rest = casefolded[len(note) :].strip(" .")
            if not rest or (casefolded[len(note)] == " " and find_time(rest) == rest):
                return True
    return False


def _starts_with(key: str, phrases: tuple[str, ...]) -> bool:
    for phrase in phrases:
        if key.startswith(phrase):
            rest = key[len(phrase) : len(phrase) + 1]
            if not rest or not rest.isalnum() or not phrase[-1].isalnum():
                return True
    return False


def classify(line: str) -> Kind | None:
    """The boilerplate kind of one stripped, non-empty line; ``None`` for content.

    Short lines are remembered (a bounded per-process cache): a site prints the same
    menu, share bar and footer on every page, so a stream sees them again and again.
    """
    if len(line) <= _SHORT_MAX_CHARS:
        kind = _SHORT_CACHE.get(line, _UNSEEN)
        if kind is not _UNSEEN:
            return kind  # type: ignore[return-value]  # (not the sentinel: checked)
        if len(_SHORT_CACHE) >= _SHORT_CACHE_SIZE:
            _SHORT_CACHE.clear()
        kind = _SHORT_CACHE[line] = _classify(line)
        return kind
    return _classify(line)


_SHORT_CACHE: dict[str, Kind | None] = {}
_SHORT_CACHE_SIZE = 16_384
_SHORT_MAX_CHARS = _MAX_KEY_CHARS + 20  # lines remembered (and matched on their whole key)
_UNSEEN = object()  # not in the cache (None is a cached answer: content)


def clear_cache() -> None:
    """Forget remembered lines (for measuring the cost of never-seen pages)."""
    _SHORT_CACHE.clear()


# a UI label glued to the element after it ("Read moreHarbour board approves …", "Lire
# aussiLe port rouvre …"): innerText puts no space between two inline elements
_GLUED_CASE = re.compile("[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]")
_GLUED_LABEL_CHARS = 30
_GLUED_TEXT_SPACES = 2  # the text after it is a headline or a sentence, not a brand's rest
# the label is a whole phrase of these kinds (a prefix rule may match a sentence's start)
_GLUED_KINDS = frozenset({Kind.DROP, Kind.LINKS, Kind.RELATED})


def glued_label(line: str) -> int:
    """Where a UI label of two words or more (a whole phrase) that is glued to the text after
    it ends, in a content line ("Read more" in "Read moreHarbour board approves …"); 0 when
    there is none. A brand's capital ("BrightFerry", "WhatsApp") follows one word, no label."""
    if line[1:_GLUED_LABEL_CHARS].islower():
        return 0  # (the quick test: no capital after the first letter, no join)
    match = _GLUED_CASE.search(line, 0, _GLUED_LABEL_CHARS)
    if match is None:
        return 0
    end = match.start() + 1
    if (
        " " not in line[:end]
        or line.count(" ", end) < _GLUED_TEXT_SPACES
        or (_PHRASES or _phrases()).exact.get(line_key(line[:end])) not in _GLUED_KINDS
        or classify(line) is not None
    ):
        return 0
    return end


def _classify(line: str) -> Kind | None:
    phrases = _PHRASES or _phrases()
    if line[0] in "©(Cc" and _COPYRIGHT.match(line):
        # (not a photo credit on its own line: the caption stage takes that)
        credit = _CREDIT_COPYRIGHT.match(line) or is_portal_credit(line)
        return None if credit else Kind.END
    spaces = line.count(" ")
    if len(line) <= _SHORT_MAX_CHARS:
        key = line_key(line)
        if not key:
            return _keyless_kind(line)
        # "40 min": a reading time or a card's compact stamp; split tells them apart
        bare_minutes = line[0].isdigit() and is_bare_minutes(line)
        kind = None if bare_minutes else phrases.exact.get(key)
        first = _first_word(key)  # (once: the share bar and the phrase tables)
        if kind is None and (
            _is_share_bar(key, phrases.share, first)
            or ("#" in line and _is_hashtags(line))
            or _counter(line, first)  # "1 of 6", "Image 1 of 4" of a gallery
            or (first == "list" and _LIST_SIZE.match(key) is not None)
            or (" " not in line and "/" in line and _PROFILE_LINK.match(line))
            or is_handle_line(line)
            or _is_post_attribution(line)
            or (("/" in key or "|" in key or "·" in key) and _controls_bar(key, phrases))
            or _share_prompt(line, key)
            or (has_quote(line) and _titled_control(line))
        ):
            kind = Kind.DROP
        if kind is not None:
            return kind
        return _shape_kind(line, key, key, spaces, phrases, casefolded=line.casefold(), first=first)
    casefolded = line.casefold()  # (once: the key, the pitch and the contained phrases)
    key = _without_symbols(casefolded[:_PREFIX_KEY_CHARS].lstrip(_TRIM)).lstrip(_TRIM)
    if not key and not _HAS_WORD_CHAR.search(line):
        return Kind.DROP  # a long rule of dots or dashes
    return _shape_kind(line, key, None, spaces, phrases, casefolded=casefolded, first=None)


def _controls_bar(key: str, phrases: "_Phrases") -> bool:
    """Known links glued into one line ("Terms/Privacy Policy", "Imprint | Contact"): each
    part a phrase that is dropped or ends the article on its own line."""
    parts = [line_key(part) for part in _BAR_SEPARATOR.split(key)]
    return all(part and phrases.exact.get(part) in _BAR_KINDS for part in parts)


def _keyless_kind(line: str) -> Kind | None:
    """A line of digits, punctuation and symbols only."""
    if line.isdigit() and len(line) <= _LIST_NUMBER_MAX_DIGITS:
        return Kind.DROP  # "1", "2", "3" of a most-read list
    if _PLAYER_TIME.match(line) or _COUNTER.match(line) or _VOTE_TALLY.match(line):
        # "00:00/02:41" of an audio or video player; "1 / 8" of a gallery; "2 ( +2 / -0 )"
        return Kind.DROP
    return None if _HAS_WORD_CHAR.search(line) else Kind.DROP


def _shape_kind(
    line: str,
    key: str,
    full_key: str | None,
    spaces: int,
    phrases: _Phrases,
    *,
    casefolded: str,  # the whole line (the key may be trimmed or cut)
    first: str | None,  # the key's first word when known
) -> Kind | None:
    """Rules on the line's shape and phrases inside it; ``full_key`` for short lines."""
    if full_key is not None and is_ui_control(line):  # "Artikel hören", "Links:"
        return _control_kind(line, full_key)
    if spaces < _INLINE_COPYRIGHT_MAX_WORDS and "©" in line and not _PHOTO_COPYRIGHT.match(line):
        # "NewsBeat © 2025 · About · Privacy · Terms"; a wire's copyright with its story's
        # stamp, "(©AFP / 30 novembre 2026 08h12)", is the text's closing stamp
        return None if copyright_stamp(line) else Kind.END
    if (
        (  # "(FRANCE 24 with AFP)", editor's notes; not "(AP Photo/John Locher)"
            line[0] == "("
            and line[-1] == ")"
            and (
                spaces < _PARENTHESISED_MAX_WORDS
                or (spaces < _PARENTHESISED_NOTE_MAX_WORDS and _speaks_of_site(casefolded, line))
            )
            and not _PHOTO_CREDIT.match(line)
            and not named_photo_credit(line)
            and not is_labelled_stamp(find_time(line) or "")  # "(Published 12 March 2026, …)"
        )
        or (spaces < _PREFIX_MAX_WORDS and _bio_verb(line) and _AUTHOR_BIO.match(line))
        or (
            (
                spaces < _PITCH_MAX_WORDS
                or (spaces < _COMMAND_PITCH_MAX_WORDS and _commands(casefolded))
            )
            and _pitch(line, casefolded)
        )
        or _labelled_link(line, spaces)
        or (spaces < _PREFIX_MAX_WORDS and is_author_box_field(line))
        or (spaces < _PREFIX_MAX_WORDS and line[0] in "CcRrEe" and _CONTACT.match(line))
        or (  # "Follow Leeds Evening Courier:" over the site's social links
            line[-1] == ":"
            and spaces < _FOLLOW_MAX_WORDS
            and casefolded.split(" ", 1)[0] in _ui_words().follow
        )
        or (
            spaces < _CALL_MAX_WORDS
            and (" us" in line or " US" in line)  # (the quick test before the pattern)
            and _US.search(line)
            and _asks_reader(line)
            and not _ends_with_attribution(casefolded, spaces)
        )
        or (
            spaces < _LINK_TRAIL_WORDS
            and _LINK_SEPARATOR_CHAR.search(line, 0, _LINK_FIRST_CHARS)
            and _link_trail(line)
        )
        or (
            spaces < _WRITER_NOTE_WORDS
            and casefolded.startswith(_WRITER_NOTE_STARTS)
            and _writer_note(line)
        )
        or (
            spaces < _NOTE_MAX_SPACES
            and len(line) <= _NOTE_MAX_CHARS
            and "@" in line
            and _EMAIL_ADDRESS.search(line)
        )
        or (  # (a notice is a sentence: the quick test before the pass over the line)
            spaces < _CONTAINS_MAX_WORDS
            and line[-1] in ".!"
            and (_site_notice(line, casefolded) or _article_note(line, casefolded))
        )
        or (  # (the quick tests in C before the patterns: every word has one of these)
            spaces < _PROMPT_MAX_WORDS
            and (
                "omment" in casefolded
                or "coment" in casefolded
                or "koment" in casefolded
                or "reageren" in casefolded
                or "reactie" in casefolded
                or "posting" in casefolded
            )
            and _comment_prompt(line, casefolded)
        )
        or (
            (
                "cookie" in casefolded
                or "consen" in casefolded
                or "stimmung" in casefolded
                or "willigung" in casefolded
                or "zgod" in casefolded
                or "toestemming" in casefolded
                or "block" in casefolded
                or "bloque" in casefolded
            )
            and spaces < _CONSENT_MAX_WORDS
            and _consent_notice(line, casefolded)
        )
        or (
            spaces < _INLINE_COPYRIGHT_MAX_WORDS
            and "published by " in casefolded
            and _IMPRINT.search(casefolded) is not None
        )
        or (casefolded[:5] == "video" and _OLD_CLIP_NOTICE.match(casefolded) is not None)
    ):
        return Kind.DROP  # an author bio; "Get the headlines in your inbox"; "Go deeper: …"
    # phrases at the start of the line, inside it or glued to its end
    if first is None:
        first = _first_word(key)
    heading = _named_heading(key, first, phrases) if spaces < _RELATED_MAX_WORDS else None
    if heading is not None:
        return heading
    any_length = phrases.prefix_any.get(first)
    short = phrases.prefix.get(first) if spaces < _PREFIX_MAX_WORDS else None
    credit = phrases.credit_prefix.get(first) if spaces < _CREDIT_PREFIX_MAX_WORDS else None
    trailer = phrases.trailer_prefix.get(first)
    if (
        (
            (
                (any_length and _starts_with(key, any_length))
                or (trailer and _starts_with(key, trailer) and _names_only(line, phrases))
                or (short and _starts_with(key, short))
                or (credit and _starts_with(key, credit))
                or _dated_note(casefolded, phrases.dated_note.get(first))
            )
            and not _ends_with_attribution(casefolded, spaces)
        )
        or (
            spaces < _CONTAINS_MAX_WORDS
            and (
                (
                    _contains(full_key or casefolded, phrases)
                    and not _reports_saying(casefolded)
                    and not _ends_with_attribution(casefolded, spaces)
                )
                or ("of country" in casefolded and _ACKNOWLEDGES_COUNTRY.search(casefolded))
                or ("charity" in casefolded and _CHARITY_NUMBER.search(casefolded))
                or ("dieses thema" in casefolded and _BROADCAST_NOTE.match(casefolded))
            )
        )
        or (spaces < _PREFIX_MAX_WORDS and _ends_with_ui(line, full_key, phrases))
    ):
        return Kind.DROP
    related = phrases.related_prefix.get(first) if spaces < _RELATED_MAX_WORDS else None
    # "More from Middle East & Africa", "Meer nieuws uit Hasselt"; "More local news"
    return Kind.RELATED if related and _opens_teasers(line, key, full_key, related) else None


def _reports_saying(casefolded: str) -> bool:
    """A story's sentence reporting what someone said: a verb of saying after its first
    word ("In a newsletter to subscribers, the company said …", "Ellis, who is the author
    of the report, said …"), and no word of the site's voice or to the reader ("we", "our",
    "your", "Ihnen", "tus"): a paywall's, a consent banner's or a pitch's line speaks so."""
    words = _ui_words()
    return _find_word(words.said_word, casefolded, casefolded.find(" ") + 1) and not _find_word(
        words.site_word, casefolded
    )


def _ends_with_attribution(casefolded: str, spaces: int) -> bool:
    """A story's sentence whose last clause says whose words it reports ("Read more about
    the case in the complaint, the lawyers said in a statement.", "Share your photos with
    us, the company's website still says."): it may open like a control, but a site's own
    call names no speaker after a comma. A verb of saying, not "according to" (a site's
    notice cites its own rules: "…, selon la charte du site."), and no word of the site's
    voice or to the reader after the comma ("Read more, as we said" is the site's). A quote
    closed by a comma ("“… keep the doors open,” she said.") is a speaker's, whatever its words:
    the clause after its closing mark is the one that names whose words they are."""
    if spaces < _ATTRIBUTED_MIN_SPACES or casefolded[-1] != ".":
        return False
    quote_closed = _QUOTE_CLOSING_COMMA.search(casefolded)
    comma = casefolded.find(", ") if quote_closed is None else quote_closed.end()
    if comma < 0:
        return False
    words = _ui_words()
    return _find_word(words.said_word, casefolded, comma) and not _find_word(
        words.site_word, casefolded, comma
    )


def _names_only(line: str, phrases: _Phrases) -> bool:
    """Whether the words of ``line`` in lower case are only a wire trailer's credits,
    function words and a name's particles: the rest are names ("Reporting by Jane Doe in
    London; Editing by Bo Li"). A sentence has words of its own ("revealed", "month")."""
    words = _ui_words()
    return all(
        word in phrases.trailer_words
        or word in words.glue
        or word in words.trailer
        or word in NAME_PARTICLES
        for word in _UI_TOKEN.findall(line)
        if word.islower()
    )


def is_scorer_line(line: str) -> bool:
    """A line of scorers and their minutes; not a stamp line ("Published: 09:40 · Updated:
    11:02"), which the stamp stage reads. Under a team's label ("Aston Villa scorers:
    Ollie Watkins (23')") one minute mark is enough: the label says what the names are."""
    label = _ui_words().team_scorers.match(line)
    scorers = line if label is None else line[label.end() :]
    if scorers.count(" ") >= _SCORER_MAX_SPACES or _PROSE_WORD.search(scorers) is not None:
        return False
    if label is not None:
        return _MINUTE_MARK.search(scorers) is not None
    return (
        _SCORER_SEPARATOR.search(line) is not None
        and len(_MINUTE_MARK.findall(line)) + len(_SCORER_LABEL.findall(line)) >= _SCORER_MARKS
        and find_time(line) is None
    )


def names_life_span(line: str) -> bool:
    """The line holds a word of ``[life-span]`` ("born", "died", "né", "gestorben")."""
    return not _ui_words().life_span.isdisjoint(_LIFE_WORD.findall(line.casefold()))


_LIFE_WORD = re.compile(r"\w+")


def is_match_fact(line: str) -> bool:
    """A score widget's fact, a label of ``[match-facts]`` and its value ("Venue: St James'
    Park", "Attendance: 52,198"): short, no sentence; under the score, the widget's (README:
    the ground is no body text), which a headline-finder would take for a title."""
    label, colon, value = line.partition(": ")
    return (
        bool(colon)
        and label.casefold() in _ui_words().match_facts
        and value.count(" ") < _MATCH_FACT_WORDS
        and value[-1] not in ".!?"
    )


def _opens_teasers(line: str, key: str, full_key: str | None, related: tuple[str, ...]) -> bool:
    """A short line opening with one of the [related-prefix] phrases ``related`` (those of
    its first word), or a heading of "more" and the site's news with what news between
    ("More local news", "Mehr aktuelle News": the [more] words open such phrases too), no
    sentence."""
    return _starts_with(key, related) or (full_key is not None and _more_news(line, full_key))


def is_heading_after_text(line: str) -> bool:
    """A teaser heading that is one only under an article's text: over it, the page's own
    heading ("Le fil info" over a list of briefs, no card's title)."""
    return line_key(line) in (_PHRASES or _phrases()).after_text


def is_more_of_section(line: str) -> bool:
    """ "More" and a section's name, nothing else ("Meer Economie", "More Politics"): a
    rail's heading or a menu item, never a card's publisher."""
    more, _, section = " ".join(line.casefold().split()).partition(" ")
    return more in _ui_words().more and section in (_PHRASES or _phrases()).sections


def _more_news(line: str, key: str) -> bool:
    """ "More", a word or two, and a [news] word, no sentence ("More local news")."""
    if line[-1] in _SENTENCE_ENDS:
        return False
    words = key.split(" ")
    return (
        _MORE_NEWS_MIN_WORDS <= len(words) <= _MORE_NEWS_MAX_WORDS
        and words[0] in _ui_words().more
        and words[-1] in _ui_words().news
    )


def is_more_news_remark(line: str) -> bool:
    """A heading of "more" and news (``_opens_teasers``, no [related-prefix] phrase) whose
    words between name no stream of the site's news ([stream]: "More latest news", "Mehr
    aktuelle News" link to it) but what the news is ("More bad news", "Mehr schlechte
    Nachrichten"): over a paragraph, the text's crosshead (``clean`` asks where it stands)."""
    key = line_key(line)
    related = (_PHRASES or _phrases()).related_prefix.get(_first_word(key))
    if (related and _starts_with(key, related)) or not _more_news(line, key):
        return False
    return _ui_words().stream.isdisjoint(key.split(" ")[1:-1])


def _named_heading(key: str, first: str, phrases: _Phrases) -> Kind | None:
    """A short line opening with a heading's phrase and naming its source: a links heading
    ("Most Read from Bloomberg", before "most read", a menu item) or an ad label naming
    its advertiser ("Sponsored by Example Bank")."""
    links = phrases.links_prefix.get(first)
    if links and _starts_with(key, links):
        return Kind.LINKS
    ad = phrases.ad_prefix.get(first)
    return Kind.AD if ad and _starts_with(key, ad) else None


def _comment_prompt(line: str, casefolded: str) -> bool:
    """A prompt to log in and comment ("Um zu kommentieren, melden Sie sich bitte an.",
    "Want to join the conversation? Please log in to comment."): the verb of commenting
    with a "please" or the reader. Not speech, quoted or reported ("Residents can comment
    until Friday, the council said"), and not the noun ("declined to comment" asks no one)."""
    if _COMMENTING.search(casefolded) is None or has_quote(line):
        return False
    if _POLITE.search(casefolded) is None and not addresses_reader(line):
        return False
    return not _find_word(_ui_words().reported_word, casefolded)


def states_discussion_rules(line: str) -> bool:
    """The site's rules for its discussion ("Beleidigende Postings werden gelöscht. Bitte
    bleiben Sie beim Thema.", "Please stay on topic: off-topic comments are removed."): the
    comments (or "postings"), what is done to those breaking the rules, and a request, a
    "please" or a [civil] request opening a sentence ("Keep it civil", "Hou het beleefd"),
    in two sentences or clauses (the rule and what is done). News of moderation is one
    sentence and asks no one, though it may speak of "you" ("Your comments can be removed
    under the new law"); speech, quoted or reported, is no rule. Where it stands on the
    page is the caller's (``clean``: under a discussion heading or where the text ends)."""
    if (
        line[-1] not in _SENTENCE_ENDS
        or not _names_discussion_stem(line)
        or _SECOND_CLAUSE.search(line) is None
    ):
        return False
    casefolded = line.casefold()
    words = _ui_words()
    if (
        _DISCUSSION.search(casefolded) is None
        or not _find_word(words.moderated, casefolded)
        or has_quote(line)
    ):
        return False
    asks = _POLITE.search(casefolded) is not None or any(
        clause.split(" ", 1)[0] in words.civil for clause in _SECOND_CLAUSE_SPLIT.split(casefolded)
    )
    return asks and not _reports_speech(casefolded, words)


def _names_discussion_stem(text: str) -> bool:
    """A stem of a word of the discussion in ``text`` (capitalised or not: no first
    letter): the quick test, in C, before the patterns (_DISCUSSION, _COMMENTS_HEADING,
    _COMMENTING, "forum")."""
    return (
        "omment" in text
        or "oment" in text
        or "eactie" in text
        or "eageren" in text
        or "orum" in text
        or "osting" in text
    )


def names_discussion(line: str) -> bool:
    """A heading of a few words naming the readers' discussion ("Kommentare", "Reageren",
    "Forum rules", "Postings"), no sentence."""
    if line.count(" ") >= _DISCUSSION_HEADING_WORDS or line[-1] in _SENTENCE_ENDS:
        return False
    casefolded = line.casefold()
    return _names_discussion_stem(casefolded) and (
        is_comments_heading(line)
        or _COMMENTING.search(casefolded) is not None
        or "forum" in casefolded
        or "posting" in casefolded
    )


def reports_speech(line: str) -> bool:
    """A word of reported speech in the line ("said", "laut", "según"): a story tells who
    says what."""
    return _reports_speech(line.casefold(), _ui_words())


def _reports_speech(casefolded: str, words: _UiWords) -> bool:
    """A word of reported speech in the line, not a demonstrative naming the article (Dutch
    "dit artikel" is "this article"; French "a dit" reports)."""
    for match in words.reported_word.finditer(casefolded):
        if not _whole_match(casefolded, match):
            continue
        after = _UI_TOKEN.match(casefolded, match.end() + 1)
        names_article = after is not None and after.group() in words.article_nouns
        if not (names_article and match.group() in words.this):
            return True
    return False


def _consent_notice(line: str, casefolded: str) -> bool:
    """The site asking for consent to cookies or to its ads in its own voice ("We and our
    partners use cookies …", "Wir brauchen Ihre Zustimmung", "Please turn off your ad
    blocker"): a consent banner or an ad-blocker wall, which speaks to the reader. Not
    speech, quoted or reported ("We will phase out cookies, the company said"), and news of
    cookies or ad blockers names no "we" ("The regulator fined the retailer over its cookie
    banner")."""
    consent = _CONSENT.search(casefolded)
    if consent is None or quotes_speech(line):
        return False
    if consent.group("blocker") and not (addresses_reader(line) or _POLITE.search(casefolded)):
        return False  # (a wall asks the reader; "we all use ad blockers now" is an opinion)
    return (
        _speaks_of_site(casefolded, line)
        and not _find_word(_ui_words().reported_word, casefolded)
        and not _explains_pitch_noun(casefolded)
    )


def _site_notice(line: str, casefolded: str) -> bool:
    """The site speaking of its own trade in a sentence ("… participates in affiliate programs,
    which means we may get paid commissions on …", "You may occasionally receive promotional
    content from …"): two words of its ads, commissions, comments or content, one of them
    a word news seldom uses of others (affiliate, commissions, promotional, moderated), and
    "we", "our" or the reader; not speech, quoted or reported ("We need more advertising
    content, the chief executive said"). News of a company's advertising says "it", and a
    sentence to the reader about ads and content in general ("Streaming services will show
    you more advertising as subscribers drift away") names none of the site's own words."""
    if has_quote(line):
        return False
    words = _ui_words()
    trade = set(_whole_words(words.trade, casefolded))
    if len(trade) < _SITE_TRADE_WORDS or words.own_trade.isdisjoint(trade):
        return False
    if not _speaks_of_site(casefolded, line):
        return False
    return not _find_word(words.reported_word, casefolded)


def _article_note(line: str, casefolded: str) -> bool:
    """A sentence about the article itself, where it ran, whose view it is or what the
    reader may do with it ("This article was featured in the Morning newsletter.", "Views
    expressed in this story are the author's own.", "Il vous reste 62 % de cet article à
    lire."): a note of the page, not news. A correction ("This article was amended …") names
    no venue; speech, quoted or reported, is not a note ("this article of the treaty covers
    the print sector, the minister said"), and "this piece of land" is no article."""
    words = _ui_words()
    return (
        _names_this_article(casefolded, words)
        and (_find_word(words.article_venue, casefolded) or addresses_reader(line))
        and not has_quote(line)
        and not _find_word(words.reported_word, casefolded)
    )


def names_this_article(line: str) -> bool:
    """ "This article", "dieser Beitrag" as whole words in the line (see
    ``_names_this_article``)."""
    return _names_this_article(line.casefold().replace("\u2019", "'"), _ui_words())


def _names_this_article(folded: str, words: _UiWords) -> bool:
    """ "This article", "dieser Beitrag" as whole words, and not "this piece of …"."""
    for end, phrase in words.this_article.iter(folded):
        start = end - len(phrase) + 1
        if _LETTER.match(folded, end + 1) is not None or (
            start and _LETTER.match(folded, start - 1) is not None
        ):
            continue  # "this articles", "withis article"
        after = _UI_TOKEN.match(folded, end + 2)
        if after is None or after.group() not in words.noun_after:
            return True
    return False


def _asks_reader(line: str) -> bool:
    """A sentence starting with a control's verb and "us" right after it: the site asks
    the reader to act ("Have a news story? Send it to us", "TIP US OFF", "Contact us");
    "Send troops to the US" names a country."""
    if has_quote(line):
        return False
    verbs = _ui_words().verbs
    us = "US" if line.isupper() else "us"
    start = 0
    while start >= 0:
        tokens = _UI_TOKEN.findall(line, start, start + 60)[: _CALL_US_WITHIN + 1]
        if tokens and tokens[0].casefold() in verbs and us in tokens[1:]:
            return True
        start = _next_sentence(line, start)
    return False


def _link_trail(line: str) -> bool:
    """Three or more links in a row, each but the last a word or two, after a label of
    one word if any ("Home / India / SC seeks Centre's reply …", "Home | News | Sport",
    "Herald | Editor: A Name | Published by …"): a breadcrumb trail, a menu bar or a
    footer's imprint, not a sentence. A stamp's line ("Source | 02.04.2026 | 19:30 Uhr", "Source | 2
    hours ago") is split's."""
    for separator in _LINK_SEPARATORS:
        if line.count(separator) >= _LINK_TRAIL_MIN - 1:
            links = line.split(separator)
            return (
                all(
                    link
                    and _unlabelled(link).count(" ") < _LINK_ITEM_WORDS
                    and link[-1] not in ".!?:;,"
                    and not any(char.isdigit() for char in link)  # a date between bars
                    for link in links[:-1]
                )
                and find_time(line) is None
                and find_time(links[-1]) is None  # ("Reuters | Markets | 2 hours ago")
            )
    return False


def _unlabelled(link: str) -> str:
    """A bar's item without its one-word label ("Editor: Zafar Sobhan" in a footer's
    imprint "Dhaka Herald | Editor: Zafar Sobhan | Published by …"): a name, like a link."""
    colon = link.find(": ")
    return link[colon + 2 :] if colon > 0 and " " not in link[:colon] else link


def _next_sentence(text: str, start: int) -> int:
    """Where the sentence after the one at ``start`` begins; -1 when none does."""
    ends = [at for at in (text.find(mark, start) for mark in _SENTENCE_MARKS) if at >= 0]
    return min(ends) + 2 if ends else -1


def _writer_note(line: str) -> bool:
    """ "The writer is a public finance analyst and a former budget officer.": a note on the
    author by their role, not their name; "The author is accused of …" is news."""
    match = _WRITER_NOTE.match(line)
    if match is None:
        return False
    said = _UI_TOKEN.findall(line[match.end() :].casefold())[:_WRITER_ROLE_AT]
    return not author_roles().isdisjoint(said)


@lru_cache(maxsize=1)
def author_roles() -> frozenset[str]:
    """What an author is ("reporter", "Korrespondentin", …: ``data/author_roles.txt``)."""
    return frozenset(word_sections("author_roles.txt")[""])


_FIELD_LABEL_CHARS = 32  # "Áreas de especialización:"
_FIELD_ITEM_MAX_WORDS = 4  # a topic of an author box's field: "smart TVs", "city hall"


@lru_cache(maxsize=1)
def _box_field_labels() -> frozenset[str]:
    return frozenset(_label_key(label) for label in line_sections("author_roles.txt")["box-field"])


def _label_key(label: str) -> str:
    """A field's label as [box-field] lists it: its words, case-folded ("Areas of
    Expertise" → "areas of expertise")."""
    return " ".join(_LABEL_WORD.findall(label.casefold()))


def is_author_box_field(line: str) -> bool:
    """A field of an author box under the byline: a label of ``data/author_roles.txt``
    [box-field] and its colon over a list of topics (two or more, commas between, each a
    few words: ``_FIELD_ITEM_MAX_WORDS``), no sentence ("Expertise: Streaming services, smart
    TVs"). A sentence after the label is text ("Expertise: the council had none, critics
    said."), and a headline behind a column's label is a card's ("Expertise: Why voters
    stopped trusting the experts")."""
    colon = line.find(":", 0, _FIELD_LABEL_CHARS)
    if colon <= 0 or line[-1] in ".!?…" or "," not in line:
        return False
    topics = line[colon + 1 :].split(",")
    return (
        all(0 < len(topic.split()) <= _FIELD_ITEM_MAX_WORDS for topic in topics)
        and _label_key(line[:colon]) in _box_field_labels()
    )


def is_closing_bio(line: str) -> bool:
    """The line could be the author's bio that closes a column (``_CLOSING_BIO``)."""
    return (
        " writes about " in line  # (the quick test)
        and line.count(" ") < _PREFIX_MAX_WORDS
        and _CLOSING_BIO.match(line) is not None
    )


def _bio_verb(line: str) -> bool:
    return " covers " in line or " writes about " in line or " reports on " in line


def _ends_with_ui(line: str, full_key: str | None, phrases: _Phrases) -> bool:
    """ "Before it's here, it's on the Terminal. LEARN MORE": a UI phrase glued at the end."""
    if full_key is not None:
        last = full_key[full_key.rfind(" ") + 1 :]
        if last not in phrases.drop_last_words:
            return False
    kept = trailing_ui(line)
    if kept == line:
        return False
    if line[-1] == "." and kept[-1:] not in _SENTENCE_ENDS and not addresses_reader(line):
        return False  # "… it had changed its privacy policy.": a sentence's own words
    # (not "June 2, 2025 · 4 min read", "By A · May 2 · 4 min", "The Independent · 3h · 2 min read")
    return not (holds_stamp(kept) or _named_age(kept))


def _named_age(text: str) -> bool:
    """ "The Independent · 3h": a header's meta line, a publisher's name and the story's
    age; an ad's prints a UI word in the name's place ("Sponsored · 2 days ago")."""
    name, separator, age = text.partition(" · ")
    return (
        bool(separator)
        and name[:1].isupper()
        and find_time(age) is not None
        and classify(name) is None
    )


def _automaton(words: Iterable[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _whole_words(automaton: Any, folded: str) -> Iterator[str]:
    """The words of ``automaton`` (from ``_automaton``) found in ``folded`` as whole words:
    the search runs in C over substrings ("abo" in "about" too), the letters around each
    find are checked here."""
    for end, word in automaton.iter(folded):
        start = end - len(word) + 1
        if (start == 0 or _LETTER.match(folded, start - 1) is None) and _LETTER.match(
            folded, end + 1
        ) is None:
            yield word


def _pairs(pairs: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """A [contains] pair's first substring → its seconds."""
    return {first: tuple(second for f, second in pairs if f == first) for first, _ in pairs}


def _contains(folded: str, phrases: _Phrases) -> bool:
    return _holds_pair(folded, phrases.contains_first, phrases.contains) or (
        folded.count(" ") < _CONTAINS_SHORT_MAX_WORDS
        and _holds_pair(folded, phrases.contains_short_first, phrases.contains_short)
    )


def _holds_pair(folded: str, firsts: Any, pairs: dict[str, tuple[str, ...]]) -> bool:
    """Both substrings of a pair (``firsts``: the automaton of ``pairs``' first ones)."""
    for end, first in firsts.iter(folded):
        if _word_end(folded, first, end + 1) and any(
            _found(folded, second) for second in pairs[first]
        ):
            return True
    return False


def is_bio_note(line: str) -> bool:
    """The line holds a [bio] pair of ui_phrases.txt ("Jane Doe is a reporter for The
    Courier."), that ``classify`` drops: an author's note, where it stands decides
    (clean's ``_keep_story_sentences``)."""
    phrases = _phrases()
    return line.count(" ") < _CONTAINS_MAX_WORDS and _holds_pair(
        line.casefold(), phrases.bio_first, phrases.bio
    )


def _found(folded: str, part: str) -> bool:
    """``part`` of a [contains] pair in ``folded``, where ``_word_end`` allows."""
    at = folded.find(part)
    while at >= 0:
        if _word_end(folded, part, at + len(part)):
            return True
        at = folded.find(part, at + 1)
    return False


def _word_end(folded: str, part: str, end: int) -> bool:
    """Whether ``part``, found in ``folded`` up to ``end``, ends as the phrase means: a part
    may be a stem ("subscri", "abonn"), but a word of one or two letters ("on x") ends
    there, and a verb does not go on inflected ("follow" is not "following", "followed")."""
    if not part or not part[-1].isalpha() or _LETTER.match(folded, end) is None:
        return True
    last = part.rsplit(" ", 1)[-1]
    if len(last) <= _SHORT_WORD:
        return False
    inflection = next((form for form in _INFLECTIONS if folded.startswith(form, end)), None)
    return inflection is None or _LETTER.match(folded, end + len(inflection)) is not None


def trailing_ui(text: str) -> str:
    """``text`` without the UI phrases glued to its end ("... Hong-Ji Purchase Licensing
    Rights, opens new tab")."""
    for _ in range(_MAX_TRAILING_UI):
        shorter = _without_trailing_ui(text)
        if shorter == text:
            break
        text = shorter.rstrip(" ,;·|")
    return text


def _without_trailing_ui(text: str) -> str:
    phrases = _PHRASES or _phrases()
    last = text.rsplit(" ", 1)[-1].casefold().strip(_TRIM)
    if last not in phrases.drop_last_words:
        return text
    words = text.split(" ")
    exact = phrases.exact
    for count in range(min(4, len(words) - 1), 0, -1):
        tail = line_key(" ".join(words[-count:]))
        if " " in tail and exact.get(tail) is Kind.DROP:
            return " ".join(words[:-count])
    return text


def is_share_line(line: str) -> bool:
    """The line is a share bar or one of its buttons ("Share this article", "WhatsApp")."""
    return _is_share_bar(line_key(line), (_PHRASES or _phrases()).share)


def is_donation_button(line: str) -> bool:
    """A donation appeal's button: a few words opening with a verb of giving ("Donate now",
    "Jetzt spenden", "Doneer nu"; ``[donate]`` in ``data/ui_words.txt``)."""
    return line.count(" ") < _SIGN_UP_MAX_WORDS and not _ui_words().donate.isdisjoint(
        _UI_TOKEN.findall(line.casefold())
    )


def _is_share_bar(key: str, share: frozenset[str], first: str | None = None) -> bool:
    if key in share:
        return True
    if (_first_word(key) if first is None else first) not in share:
        return False
    words = key.replace(",", " ").replace("|", " ").split()
    return 1 < len(words) <= 12 and all(word in share for word in words)


def _titled_control(line: str) -> bool:
    """A player's control naming its clip in quotes and its length ('Play video, "Waves
    crash over the harbour wall", Duration 0,38'): without the quoted title, a UI control
    with a number. A headline quoting a title has words of its own ('Watch: "The Crown"
    returns for a final season')."""
    parts = _QUOTE_MARK.split(line)
    if len(parts) % 2 == 0:
        return False  # a quote left open
    rest = " ".join(part.strip(" ,.:") for part in parts[::2]).strip()
    return (
        any(char.isdigit() for char in rest)
        and len(_WORD_TOKEN.findall(rest)) >= _TITLED_CONTROL_WORDS
        and is_ui_control(rest)
    )


def _share_prompt(line: str, key: str) -> bool:
    """A share button's prompt: a short line, no sentence, closing on a share verb and the
    text itself ("Help keep family & friends informed by sharing this article", "Partagez
    cet article", "Teilen Sie diesen Artikel"). A headline on sharing goes on past the noun
    ("Why sharing this story could get you banned"); a sentence of the story ends with a
    full stop."""
    words = _ui_words()
    if line[-1] in _SENTENCE_ENDS or key.rsplit(" ", 1)[-1] not in words.article_nouns:
        return False  # (the quick test: most lines do not end on "article")
    tokens = _UI_TOKEN.findall(key)
    if not _SHARE_PROMPT_MIN_WORDS <= len(tokens) <= _SHARE_PROMPT_MAX_WORDS:
        return False
    this = len(tokens) - 2
    if tokens[this] not in words.this:
        return False
    # the verb, right before "this" or before its pronoun, opens the prompt ("Teilen Sie
    # diesen Artikel") or says its means ("by sharing this article"); a crosshead's subject
    # does the sharing ("Who keeps sharing this story")
    return any(
        tokens[at] in words.share_verb and (at == 0 or tokens[at - 1] in words.share_means)
        for at in range(max(this - _SHARE_VERB_REACH, 0), this)
    )


def _is_hashtags(line: str) -> bool:
    if "#" not in line:
        return False
    words = line.split()
    return all(word.startswith("#") for word in words)
