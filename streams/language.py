"""language: the ISO 639-1 code of an article's text.

Speed first, then py3langid:

1. Scripts that belong to one language decide at once (kana → ``ja``, Hangul → ``ko``,
   Greek → ``el``, Hebrew → ``he``, Thai → ``th``, Georgian → ``ka``, Armenian → ``hy``).
2. Latin-script text without letters foreign to them (Polish "ł", Czech "ř", Turkish "ş" …)
   is scored by counting the distinct very common function words ("the", "der",
   "les", "los", ...) of the seven languages pagewire sees most (en, de, fr, es, it, pt,
   nl) in its first few hundred characters. A clear winner (at least 3 hits and twice
   the runner-up) is the answer, unless a function word of Catalan or Galician is there
   (``_NEIGHBOUR_WORDS``: they share most of the Spanish and Portuguese ones) or the
   winner's function words are too rare in the text (``_MIN_SHARE``: a few short words
   that look like them, in a language they are not from). This costs
   a few microseconds, where py3langid's byte-level walk costs ~45 µs per 200 characters.
   Two function words (in lower case) of a language outside the seven that shares their short words
   (``_LOOKALIKES``: Tagalog "na", "sa", "de" read as Portuguese, Afrikaans "die", "van",
   "het" as Dutch) leave the decision to py3langid too.
3. Everything else goes to py3langid (its model is loaded once per process, on first
   use, by ``_identifier``, in the compact form of ``streams.langid_model``), on the
   first ``_LANGID_CHARS`` characters. Its classes for regional varieties count for their
   ISO 639-1 language (``_VARIETY_OF``: Moroccan and Egyptian Arabic for ``ar``, Wu and
   Cantonese for ``zh``), so a text split between them can be sure; classes without a
   two-letter code otherwise count as undetermined. Standard languages of one macrolanguage
   that it never tells apart for sure (``_KIN``: Croatian, Bosnian and Serbian; Indonesian
   and Malay) are sure together, and the page decides which of them all its texts are.

Short or unclear texts: an answer is only *confident* when the text has at least
``_MIN_WORDS`` words (``_MIN_LETTERS`` letters for scripts without spaces) and the
detector is sure. ``detect_language(text, fallback)``
returns ``fallback`` when it is not confident: a blind "en" would mislabel every
short German teaser. ``detect_languages`` (what the pipeline calls for a page) uses
the page's own language as that fallback: the language of the most text among the
confidently detected articles, so a title-only teaser on a French page is ``fr``. The
page's language is a prior, not a verdict: an unsure text of ``_MIN_WORDS`` words or more
keeps its own guess, when that is one of the seven stopword languages and the text holds
one of its function words the page's language lacks, if py3langid finds it at least
``_PAGE_PRIOR_ODDS`` times likelier than the page's language (the Spanish title of an El
Mercurio card on an English aggregator page: "de"; es 0.72, en 0.0004). Texts
in the page's language that py3langid half-confuses stay below that (English headlines
read as Malay: "Malaysia ex-PM Mahathir, 100, in hospital": ms 0.77, en 0.03); the odds
come from the same run.
That own guess is py3langid's best class, or, when its best is under ``_GUESS_PROBABILITY``
or a class outside the seven it is not nearly sure of, the likeliest of the seven: py3langid
spreads a short Spanish title over Spanish, Aragonese and Galician ("Alcaraz avanza a
cuartos de final en Miami": es 0.39, an 0.26, gl 0.24, en 0.0002) and a short English one
over many classes ("EU to probe Chinese electric bus makers": en 0.38, de 0.004), so no
class reaches the guess threshold, though the title holds function words of its language
the page's lacks and the odds are far past ``_PAGE_PRIOR_ODDS``.
A guess outside the seven keeps too when py3langid is nearly sure of it (``_CLEAR_PROBABILITY``)
and the text, of ``_CLEAR_MIN_WORDS`` words or more, holds no function word of the page's
language (a Danish or Swahili title on an English page).
When nothing on the page is confident, the page's language is py3langid's best guess
(at least ``_GUESS_PROBABILITY``) for the most text, so a short teaser under an
Indonesian lead that py3langid half-confuses with Malay is ``id`` too; ``und`` (the
ISO 639-2 / BCP 47 code for "undetermined", the one value outside ISO 639-1 this stage
returns) when there is no guess at all. A text mostly in another script than Latin takes,
instead, the language of the page's text in that script when there is one: a short Chinese
title on an English page is not English.
"""

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np

UNDETERMINED = "und"

_SAMPLE_CHARS = 400
_LANGID_CHARS = 300
_MIN_LETTERS = 25
_MIN_WORDS = 5
_MIN_HITS = 3
# Share of the sample's words that must be function words of the stopword winner: running
# text in one of the seven languages is full of them (0.3-0.5 in prose; 0.10-0.15 in 68 of
# the ~3,900 texts of tests/pages and tests/tuning, live blogs of times and names), while in
# a language outside them a few look-alikes are rare (a Tagalog article: the linker "na",
# the surname "de" and the acronym "DA" make 3 Portuguese hits but 0.06 of its words).
# Below it py3langid decides (on all 68 it agrees with the stopwords)
_MIN_SHARE = 0.15
_CONFIDENT_PROBABILITY = 0.9
_GUESS_PROBABILITY = 0.5
# How much likelier than the page's language an unsure text's own guess must be to keep
# it: in tests/pages and tests/tuning, texts in the page's language reach ~18x, texts in
# another language 100x and more
_PAGE_PRIOR_ODDS = 40.0
# An unsure guess outside the seven stopword languages, which have no function-word table
# here, outweighs the page's language only when py3langid is nearly sure of it and the text
# has ``_CLEAR_MIN_WORDS`` words or more, none a function word of the page's language
# ("Danmark indfører grænsekontrol": da 0.89, en 0.0002). English titles full of names stay
# far below it ("Recep Tayyip Erdoğan": tr 0.58; "Chișinău votes in runoff": ro 0.82, "in")
_CLEAR_PROBABILITY = 0.85
_CLEAR_MIN_WORDS = 3

# py3langid classes without an ISO 639-1 code of their own, by the code of the language
# they are a variety of (ISO 639-3 macrolanguage members), so their share counts for it:
# an Arabic news text splits ~0.85 ar / 0.15 ary and was never sure, a Chinese one
# ~0.55 zh / 0.42 wuu. Nigerian Pidgin counts for English, its lexifier: its class catches
# West African news English ("Lagos: Police arrest 12 suspected cultists": en 0.45, pcm
# 0.32). Nynorsk counts for Norwegian (``no``, its macrolanguage): py3langid splits short
# Norwegian news between them ("Norge vil bygge gjerde mot Russland": no 0.57, nn 0.37).
# Any other class without a two-letter code (Ligurian, Kabyle, ``zxx`` for "no language")
# counts as undetermined: this stage answers ISO 639-1 codes only
_VARIETY_OF = {
    "ary": "ar",
    "arz": "ar",
    "wuu": "zh",
    "yue": "zh",
    "uzs": "uz",
    "gug": "gn",
    "sdh": "ku",
    "ltg": "lv",
    "fuv": "ff",
    "kik": "ki",
    "hbo": "he",
    "grc": "el",
    "pcm": "en",
    "nn": "no",
}
# Standard languages of one macrolanguage that py3langid splits a text between, sure of none
# alone (ISO 639-3 ``hbs``: Croatian, Bosnian and Serbian in Latin script; ``msa``: Indonesian
# and Malay): "Vlada je u četvrtak usvojila prijedlog proračuna za sljedeću godinu": hr 0.51,
# bs 0.46; "Pemerintah pada Kamis mengajukan rancangan anggaran": ms 0.51, id 0.49. Unsure,
# such a lead took the language of one short confident English card on its page. A text is
# sure (and guessed) when its kin together are; which of them, the page decides (its own
# language, ``_kin_of_page``), so one page in Latin script gets one answer
_KIN = (("hr", "bs", "sr"), ("id", "ms"))
_KIN_OF = {lang: group for group in _KIN for lang in group}

_STOPWORDS = {
    "en": "a the and of to in is that for was with on as by he it his said at from have has are "
    "be were which this an not but its they their who after been will would she her",
    "de": "der die das und ist nicht ein eine einen zu den mit von sich des auf für im dem "
    "auch es sie wird wurde bei nach aus noch wie über sind hat werden vor",
    "fr": "le la les et des est un une du en que qui dans pour pas sur au avec il ne par plus "
    "son ce sont été aux mais cette elle ont",
    "es": "el la los las y de que en un una por con para es se del al lo como más su fue pero "
    "sus ha este esta son entre también",
    "it": "il di che e la per un una non è in del della dei sono con gli le al si da ha anche "
    "come più nel alla",
    "pt": "o a os as de do da dos das que em um uma para com não no na por se é foi ao mais seu "
    "sua pelo pela também",
    "nl": "de het een en van is dat in op te zijn niet met voor die er aan ook als bij werd "
    "wordt door naar om maar heeft over",
}
_STOPWORD_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
# Function words of the neighbours that share most of the Spanish and Portuguese ones
# ("el", "la", "al", "que", "en"; "o", "a", "do", "que"), so their text counts as a clear
# Spanish or Portuguese winner: Catalan, Galician. One of them in the text leaves the
# decision to py3langid ("El Govern aprova el pressupost per al 2027 / El Parlament
# votarà dijous els comptes": es 4 hits, ca for py3langid).
_NEIGHBOURS = {
    "ca": "els dels pels amb és aquest aquesta aquests aquestes seva seves més també perquè "
    "després segons altres anys",
    "gl": "unha cunha dunha nunha tamén aínda dende xa",
}
_NEIGHBOUR_WORDS = frozenset(" ".join(_NEIGHBOURS.values()).split())
# Function words of languages whose text holds enough short words of the seven to make a
# false clear winner: Tagalog ("na", "sa", "para", a name's "de", "da" → Portuguese), Malay
# and Indonesian ("di", "se"), Swahili ("na", "la", "ya" → Portuguese, Spanish), Afrikaans
# ("die", "van", "het", "en", "is" → Dutch; its article "'n" and "sê" are its own). Two of
# them in the text, in lower case, leave the decision to py3langid (names are capitalised:
# "Yang and Ito meet …", "Ang Lee", "Kay").
_LOOKALIKES = {
    "tl": "ang ng mga ay nang kay ito hindi naman niya nila siya",
    "ms id": "yang dengan untuk tidak oleh kepada adalah bahawa bahwa ialah telah",
    "sw": "kwa katika kuwa hiyo hii lakini pamoja amesema alisema",
    "af": "nie vir hierdie hulle gesê sê 'n",
}
_LOOKALIKE_WORDS = frozenset(" ".join(_LOOKALIKES.values()).split())
_LOOKALIKE_HITS = 2

_SCRIPTS = [
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), "ko"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u10a0-\u10ff]"), "ka"),
    (re.compile(r"[\u0530-\u058f]"), "hy"),
]
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")
# Latin letters none of the seven stopword languages writes (Polish ł ą ę ś ż, Czech ř ě ů,
# Turkish ğ ş ı, Romanian ș ț ă, Hungarian ő ű, Baltic ā ē ī ū ė į ų): their text shares
# "a", "o", "na", "do", "se" with Portuguese, so only py3langid decides it
_FOREIGN_LATIN = re.compile(
    "[ąćęłńśźżřěůďťňčšžğşıșțăőűāēīūėįųđħĄĆĘŁŃŚŹŻŘĚŮĎŤŇČŠŽĞŞȘȚĂŐŰĀĒĪŪĖĮŲĐĦ]"
)  # (no IGNORECASE: "ı" would match "i")
# Scripts as ``_script`` names them: Latin, kana / Han / Hangul as one (a Japanese page
# prints titles in Han alone), else the first code point of a 256-wide Unicode block
_LATIN = 0
_CJK = 0x2E80


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # py3langid's model and scorer, held in ~20 MB instead of ~72 MB (see langid_model)
    from streams.langid_model import load_identifier  # noqa: PLC0415

    return load_identifier()


def warm_up() -> None:
    """Load the py3langid model now (a worker calls this at start, not on its first page)."""
    _identifier()


class _Reading(NamedTuple):
    """One text's language and whether it is sure; for an unsure guess that may outweigh
    the page's language, py3langid's probabilities by class, as ``_class_index`` numbers
    them, and either the guessed language's function words it holds
    (``_own_function_words``) or, for a nearly sure guess outside the stopword languages,
    all its words (``_words_of_clear_guess``)."""

    lang: str
    confident: bool
    probabilities: Any = None
    function_words: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    rival: str = UNDETERMINED  # the unsure text's own guess against the page's language


_NOTHING = _Reading(UNDETERMINED, False)


def _detect(text: str) -> _Reading:
    """The language of one text; ``und`` when there is no guess."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.isascii() and _NON_LATIN.search(sample):
        for pattern, lang in _SCRIPTS:
            if pattern.search(sample):
                return _Reading(lang, True)
    else:
        words = sample.casefold().split()  # str.split: ~20x faster than a \w+ regex here
        if len(words) < _MIN_WORDS:
            return _unsure(*_guess(sample), sample)
        if (sample.isascii() or not _FOREIGN_LATIN.search(sample)) and not _has_lookalikes(sample):
            return _by_stopwords(words) or _by_langid(text, sample)
    return _by_langid(text, sample)


def _has_lookalikes(sample: str) -> bool:
    """Whether the text holds function words of a language that passes for one of the seven
    (``_LOOKALIKES``), in lower case as they are in running text, not in a name."""
    return len(_LOOKALIKE_WORDS.intersection(sample.split())) >= _LOOKALIKE_HITS


def _by_stopwords(words: list[str]) -> _Reading | None:
    """The clear winner among the stopword languages, or None."""
    seen = set(words)
    if not seen.isdisjoint(_NEIGHBOUR_WORDS):
        return None
    best, hits, runner_up = UNDETERMINED, 0, 0
    for lang, stopwords in _STOPWORD_SETS.items():
        count = len(seen & stopwords)  # distinct function words of this language
        if count > hits:
            best, hits, runner_up = lang, count, hits
        elif count > runner_up:
            runner_up = count
    if hits < _MIN_HITS or hits < 2 * runner_up:
        return None
    stopwords = _STOPWORD_SETS[best]
    if sum(1 for word in words if word in stopwords) < _MIN_SHARE * len(words):
        return None
    return _Reading(best, True)


def _by_langid(text: str, sample: str) -> _Reading:
    """py3langid's answer, confident when it is sure and the text has letters enough."""
    lang, probabilities = _guess(text[:_LANGID_CHARS])
    sure = lang != UNDETERMINED and _share_with_kin(lang, probabilities) >= _CONFIDENT_PROBABILITY
    if sure and sum(1 for char in sample if char.isalpha()) >= _MIN_LETTERS:
        return _Reading(lang, True)
    return _unsure(lang, probabilities, sample)


def _unsure(lang: str, probabilities: Any, sample: str) -> _Reading:
    """An unsure guess, with what may let it outweigh the page's language: its rival to the
    page's language is the guess itself, or, when that is no stopword language nor nearly
    sure, the likeliest stopword language."""
    words = _words_of_clear_guess(lang, probabilities, sample)
    if words or lang in _STOPWORD_SETS:
        rival, function_words = lang, _own_function_words(lang, sample)
    else:  # py3langid unsure among classes: a name's function words do not count
        rival = _likeliest_stopword_language(probabilities)
        function_words = _own_function_words(rival, sample, outside_names=True)
    kept = probabilities if function_words or words else None
    return _Reading(lang, False, kept, function_words, words, rival)


def _likeliest_stopword_language(probabilities: Any) -> str:
    """The stopword language py3langid finds likeliest (see the module doc: its own guess
    may be a neighbour class or under the guess threshold)."""
    index = _class_index()
    return max(_STOPWORD_SETS, key=lambda lang: probabilities[index[lang]])


def _own_function_words(lang: str, sample: str, *, outside_names: bool = False) -> frozenset[str]:
    """The function words of an unsure guess that the text holds, when the guess may
    outweigh the page's language: a text of ``_MIN_WORDS`` words or more guessed as one of
    the stopword languages. py3langid's unsure guesses outside them are mostly its
    neighbour classes catching names and short news English ("Malaysia ex-PM Mahathir,
    100, in": ms; "Kenya, Uganda agree": lg; Nigerian Pidgin), a title of two or three
    words is often a name ("Deutsche Bahn": de), and a title without a function word of
    the guess is mostly names too ("Frankfurter Allgemeine Zeitung editor steps down").
    ``outside_names``: function words inside a name do not count ("Día de los Muertos:
    photos from Mexico City": es 0.43, an 0.42, en 0.0001)."""
    words = sample.split()
    if lang not in _STOPWORD_SETS or len(words) < _MIN_WORDS:
        return frozenset()
    stopwords = _STOPWORD_SETS[lang]
    folded = [word.casefold() for word in words]
    if not outside_names:
        return stopwords.intersection(folded)
    function = [word in stopwords for word in folded]
    inside = _inside_names(words, function)
    return frozenset(
        word
        for word, is_function, in_name in zip(folded, function, inside, strict=True)
        if is_function and not in_name
    )


def _inside_names(words: Sequence[str], function: Sequence[bool]) -> list[bool]:
    """For each word, whether the nearest words on both sides that are no function words
    are capitalised: the function words of a name ("de", "los" in "Día de los Muertos",
    "Rio de Janeiro"), not those of a sentence ("avanza a cuartos de final en Miami")
    nor a headline's first word ("El Real Madrid recupera …")."""
    capital_before = []
    last = False
    for word, is_function in zip(words, function, strict=True):
        capital_before.append(last)
        if not is_function:
            last = word[:1].isupper()
    inside = [False] * len(words)
    last = False
    for i in range(len(words) - 1, -1, -1):
        inside[i] = capital_before[i] and last
        if not function[i]:
            last = words[i][:1].isupper()
    return inside


def _words_of_clear_guess(lang: str, probabilities: Any, sample: str) -> frozenset[str]:
    """The text's words, when its unsure guess is outside the stopword languages and may
    still outweigh the page's language: py3langid is nearly sure of it, the text has
    ``_CLEAR_MIN_WORDS`` words or more (a short Danish or Swahili title on an English page;
    only its letters are too few to be sure), and its words in lower case, names left
    out, are that language too: a name reads as its own language ("Nguyễn Phú Trọng dies":
    vi, but "dies" is no Vietnamese; "indfører grænsekontrol" is Danish)."""
    if lang == UNDETERMINED or lang in _STOPWORD_SETS:
        return frozenset()
    if probabilities[_class_index()[lang]] < _CLEAR_PROBABILITY:
        return frozenset()
    words = sample.split()
    if len(words) < _CLEAR_MIN_WORDS:
        return frozenset()
    lower = " ".join(word for word in words if not word[0].isupper())
    if _guess(lower)[0] != lang:
        return frozenset()
    return frozenset(sample.casefold().split())


def _guess(text: str) -> tuple[str, Any]:
    """py3langid's best language (``und`` below ``_GUESS_PROBABILITY``) and the
    probabilities by language, as ``_labels`` numbers them (one run gives both)."""
    columns, labels = _labels()
    probabilities = np.bincount(
        columns, weights=_identifier().probabilities(text), minlength=len(labels)
    )
    best = labels[int(probabilities.argmax())]
    if _share_with_kin(best, probabilities) < _GUESS_PROBABILITY:
        return UNDETERMINED, probabilities
    return best, probabilities


def _share_with_kin(lang: str, probabilities: Any) -> float:
    """The probability of ``lang`` and its kin (``_KIN``) together."""
    index = _class_index()
    return float(sum(probabilities[index[kin]] for kin in _KIN_OF.get(lang, (lang,))))


@lru_cache(maxsize=1)
def _labels() -> tuple[Any, tuple[str, ...]]:
    """For each py3langid class, its column among the languages this stage answers (its own
    code, the code it is a variety of (``_VARIETY_OF``), or ``und``), and those languages;
    py3langid's twin columns of one code (``sr``, ``uz``) add up too."""
    labels: list[str] = []
    columns = []
    for name in map(str, _identifier().nb_classes):
        code = _VARIETY_OF.get(name, name if len(name) == 2 else UNDETERMINED)
        if code not in labels:
            labels.append(code)
        columns.append(labels.index(code))
    return np.array(columns), tuple(labels)


@lru_cache(maxsize=1)
def _class_index() -> dict[str, int]:
    """Language → its column in ``_guess``'s probabilities."""
    return {lang: i for i, lang in enumerate(_labels()[1])}


def _keeps_own_guess(reading: _Reading, page_lang: str) -> bool:
    """Whether an unsure text's own guess outweighs the page's language (see the module doc):
    it holds a function word of its guess that the page's language lacks ("the" on a
    German page, "de" on an English one), or, guessed nearly sure outside the stopword
    languages, no function word of the page's language at all, and py3langid finds the
    guess far likelier."""
    if reading.probabilities is None or reading.rival == page_lang:
        return False
    page_words = _STOPWORD_SETS.get(page_lang, frozenset())
    if reading.words:
        if not page_words or not page_words.isdisjoint(reading.words):
            return False
    elif reading.function_words <= page_words:
        return False
    index = _class_index()
    own = float(reading.probabilities[index[reading.rival]])
    page = float(reading.probabilities[index[page_lang]]) if page_lang in index else 0.0
    return own >= _PAGE_PRIOR_ODDS * page


def detect_language(text: str, fallback: str | None = None) -> str:
    """ISO 639-1 code of ``text``.

    When the text is too short or unclear: ``fallback`` if given, else the best guess
    (``und`` when there is none).
    """
    if not text.strip():
        return fallback or UNDETERMINED
    reading = _detect(text)
    if reading.confident or fallback is None:
        return reading.lang
    return fallback


def detect_languages(texts: Sequence[str]) -> list[str]:
    """Languages of the articles of one page; unclear ones take the page's language, or,
    for a text mostly in another script than Latin, the language of the page's text in that
    script (a short Chinese title on an English page is no English text, nor Chinese a
    Russian one beside it)."""
    readings = [_detect(text) if text.strip() else _NOTHING for text in texts]
    page_lang = _page_language(texts, readings)
    scripts = [_script(text[:_SAMPLE_CHARS]) for text in texts]
    by_script: dict[int, str | None] = {}
    for script in set(scripts) - {_LATIN}:
        which = [i for i, other in enumerate(scripts) if other == script]
        by_script[script] = _page_language([texts[i] for i in which], [readings[i] for i in which])
    languages = []
    for reading, script in zip(readings, scripts, strict=True):
        fallback = by_script.get(script) or page_lang
        if reading.confident or fallback is None:
            lang = reading.lang
        elif _keeps_own_guess(reading, fallback):
            lang = reading.rival
        else:
            lang = fallback
        languages.append(_kin_of_page(lang, page_lang, script))
    return languages


def _kin_of_page(lang: str, page_lang: str | None, script: int) -> str:
    """A language of ``_KIN`` in Latin script gives way to the page's language when that is
    its kin (one page, one answer); a text in Cyrillic keeps its ``sr``."""
    if script == _LATIN and page_lang is not None and page_lang in _KIN_OF.get(lang, ()):
        return page_lang
    return lang


def _page_language(texts: Sequence[str], readings: Sequence[_Reading]) -> str | None:
    """The language of the most confidently detected text, else of the most guessed text."""
    return _most_text(texts, readings, confident_only=True) or _most_text(
        texts, readings, confident_only=False
    )


def _script(sample: str) -> int:
    """The script of most of the text's letters: ``_LATIN``, ``_CJK``, or else the first code
    point of their 256-wide Unicode block (Cyrillic, Arabic, Devanagari ...)."""
    if sample.isascii() or not _NON_LATIN.search(sample):
        return _LATIN
    counts: dict[int, int] = {}
    for char in sample:
        if char.isalpha():
            point = ord(char)
            if point <= 0x24F or 0x1E00 <= point <= 0x1EFF:
                key = _LATIN
            else:
                key = _CJK if point >= _CJK else point & ~0xFF
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda key: counts[key]) if counts else _LATIN


def _most_text(
    texts: Sequence[str], readings: Sequence[_Reading], *, confident_only: bool
) -> str | None:
    """The language of the most text among the (confident) answers; ``None`` if none."""
    weight: dict[str, int] = {}
    for text, reading in zip(texts, readings, strict=True):
        if reading.lang != UNDETERMINED and (reading.confident or not confident_only):
            weight[reading.lang] = weight.get(reading.lang, 0) + len(text)
    return max(weight, key=lambda lang: weight[lang]) if weight else None
