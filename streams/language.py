"""language: the ISO 639-1 code of an article's text.

Speed first, then py3langid:

1. Scripts that belong to one language decide at once (kana → ``ja``, Hangul → ``ko``,
   Greek → ``el``, Hebrew → ``he``, Thai → ``th``, Georgian → ``ka``, Armenian → ``hy``).
2. Latin-script text without letters foreign to them (Polish "ł", Czech "ř", Turkish "ş" …)
   is scored by counting the distinct very common function words ("the", "der",
   "les", "los", ...) of the seven languages pagewire sees most (en, de, fr, es, it, pt,
   nl) in its first few hundred characters. A clear winner (at least 3 hits and twice
   the runner-up) is the answer. This costs a few microseconds, where py3langid's
   byte-level walk costs ~45 µs per 200 characters.
3. Everything else goes to py3langid (its model is loaded once per process, on first
   use, by ``_identifier``, in the compact form of ``streams.langid_model``), on the
   first ``_LANGID_CHARS`` characters.

Short or unclear texts: an answer is only *confident* when the text has at least
``_MIN_WORDS`` words (``_MIN_LETTERS`` letters for scripts without spaces) and the
detector is sure. ``detect_language(text, fallback)``
returns ``fallback`` when it is not confident: a blind "en" would mislabel every
short German teaser. ``detect_languages`` (what the pipeline calls for a page) uses
the page's own language as that fallback: the language of the most text among the
confidently detected articles, so a title-only teaser on a French page is ``fr``.
When nothing on the page is confident, the page's language is py3langid's best guess
(at least ``_GUESS_PROBABILITY``) for the most text, so a short teaser under an
Indonesian lead that py3langid half-confuses with Malay is ``id`` too; ``und`` (the
ISO 639-2 / BCP 47 code for "undetermined", the one value outside ISO 639-1 this stage
returns) when there is no guess at all.
"""

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

UNDETERMINED = "und"

_SAMPLE_CHARS = 400
_LANGID_CHARS = 300
_MIN_LETTERS = 25
_MIN_WORDS = 5
_MIN_HITS = 3
_CONFIDENT_PROBABILITY = 0.9
_GUESS_PROBABILITY = 0.5

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
_STOPWORD_SETS = [(lang, frozenset(words.split())) for lang, words in _STOPWORDS.items()]

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


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # py3langid's model and scorer, held in ~20 MB instead of ~72 MB (see langid_model)
    from streams.langid_model import load_identifier  # noqa: PLC0415

    return load_identifier()


def warm_up() -> None:
    """Load the py3langid model now (a worker calls this at start, not on its first page)."""
    _identifier()


def _detect(text: str) -> tuple[str, bool]:
    """(language, confident) for one text; the language is ``und`` when there is no guess."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.isascii() and _NON_LATIN.search(sample):
        for pattern, lang in _SCRIPTS:
            if pattern.search(sample):
                return lang, True
    else:
        words = sample.casefold().split()  # str.split: ~20x faster than a \w+ regex here
        if len(words) < _MIN_WORDS:
            return _guess(sample), False
        if sample.isascii() or not _FOREIGN_LATIN.search(sample):
            return _by_stopwords(words) or _by_langid(text, sample)
    return _by_langid(text, sample)


def _by_stopwords(words: list[str]) -> tuple[str, bool] | None:
    """The clear winner among the stopword languages, or None."""
    seen = set(words)
    best, hits, runner_up = UNDETERMINED, 0, 0
    for lang, stopwords in _STOPWORD_SETS:
        count = len(seen & stopwords)  # distinct function words of this language
        if count > hits:
            best, hits, runner_up = lang, count, hits
        elif count > runner_up:
            runner_up = count
    if hits >= _MIN_HITS and hits >= 2 * runner_up:
        return best, True
    return None


def _by_langid(text: str, sample: str) -> tuple[str, bool]:
    """py3langid's answer, confident when it is sure and the text has letters enough."""
    lang, probability = _langid(text[:_LANGID_CHARS])
    letters = sum(1 for char in sample if char.isalpha())
    if probability < _GUESS_PROBABILITY:
        return UNDETERMINED, False
    return lang, probability >= _CONFIDENT_PROBABILITY and letters >= _MIN_LETTERS


def _guess(text: str) -> str:
    lang, probability = _langid(text)
    return lang if probability >= _GUESS_PROBABILITY else UNDETERMINED


def _langid(text: str) -> tuple[str, float]:
    lang, probability = _identifier().classify(text)
    return str(lang), float(probability)


def detect_language(text: str, fallback: str | None = None) -> str:
    """ISO 639-1 code of ``text``.

    When the text is too short or unclear: ``fallback`` if given, else the best guess
    (``und`` when there is none).
    """
    if not text.strip():
        return fallback or UNDETERMINED
    lang, confident = _detect(text)
    if confident or fallback is None:
        return lang
    return fallback


def detect_languages(texts: Sequence[str]) -> list[str]:
    """Languages of the articles of one page; unclear ones take the page's language."""
    results = [_detect(text) if text.strip() else (UNDETERMINED, False) for text in texts]
    page_lang = _most_text(texts, results, confident_only=True) or _most_text(
        texts, results, confident_only=False
    )
    languages = []
    for lang, confident in results:
        if confident:
            languages.append(lang)
        else:
            languages.append(page_lang or lang)
    return languages


def _most_text(
    texts: Sequence[str], results: Sequence[tuple[str, bool]], *, confident_only: bool
) -> str | None:
    """The language of the most text among the (confident) answers; ``None`` if none."""
    weight: dict[str, int] = {}
    for text, (lang, confident) in zip(texts, results, strict=True):
        if lang != UNDETERMINED and (confident or not confident_only):
            weight[lang] = weight.get(lang, 0) + len(text)
    return max(weight, key=lambda lang: weight[lang]) if weight else None
