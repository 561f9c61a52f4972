"""time: a printed time stamp → an absolute, timezone-aware UTC datetime.

Two jobs:

* ``find_time(line)`` tells ``split`` whether a whole line (or one segment of a
  "Source · 4 hours ago" meta line) *is* a time stamp, and returns it as printed.
* ``resolve_time(text, fetched_at)`` turns a printed stamp into UTC.

Relative stamps ("4 hours ago", "30 mins ago", "1 hr ago", "4h", "vor 4 Stunden",
"il y a 3 heures", "hace 2 horas", "3 ore fa", "há 2 horas", "2 uur geleden",
"yesterday", "gestern", "hier", "ayer", ...) are parsed by a small table-driven
parser and resolved against the page's ``fetched_at``; without ``fetched_at``
they give ``None``. "yesterday" means 24 hours before ``fetched_at`` (its time of
day is unknown) unless a clock time is printed with it ("yesterday at 14:30", "4:12 pm
today").

Absolute stamps go to python-dateutil with a parser that knows month and
weekday names in English, German, French, Spanish, Italian, Portuguese and
Dutch, and in the less covered languages the tables below list (Nordic, Central and
Eastern European, Turkish, Greek, Indonesian / Malay, Tagalog, Swahili). Decisions:

* A stamp without a time zone is taken as UTC (the page's locale is unknown).
* A date without a time is midnight UTC of that day: it keeps its calendar date
  ("Published Nov 27, 2026" is 2026-11-27T00:00Z whatever the page's or the reader's zone,
  never the evening of the 26th), because without a clock a zone cannot place it in time.
* A date without a year ("June 1") takes the latest such date that is not more
  than a day after ``fetched_at``; without ``fetched_at`` it gives ``None``
  rather than guessing the year from the clock of the machine.
* All-numeric dates ("01/06/2025") are read day-first, which is what most of the
  world prints (a stage cannot know that a page is US-style); month-first only
  when day-first is impossible ("06/13/2025"). Dotted dates ("01.06.2025") are
  always day-first. ISO dates are year-month-day.
* A bare clock time ("14:30", live blogs) is that time on ``fetched_at``'s day,
  or the day before if that would be in the future.
"""

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser
from dateutil.relativedelta import relativedelta

from streams.data_files import line_sections
from streams.name_data import world_first_names
from streams.scan import NAME_PARTICLES

# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


def _unit_of_word(words_by_unit: dict[str, str]) -> dict[str, str]:
    """Each word of a table to its unit, case-folded as stamps are read (Greek "ς" → "σ")."""
    return {
        word.casefold(): unit for unit, words in words_by_unit.items() for word in words.split()
    }


_UNITS = _unit_of_word({
    "seconds": "s sec secs second seconds sek sekunde sekunden seconde secondes segundo segundos "
    "secondo secondi seconde seconden sekund sekunder sekundy sekundami detik másodperc "
    "saniye sekuntia sekundit secunde giây",
    "minutes": "m min mins min. minute minutes minuten minuto minutos minuti minuut minut "
    "minuter minuty minutou minutami minutter menit perc perccel perce dakika dk dk. λεπτά λεπτό "
    "minuuttia minuutti minutit minútami minútou minuta minūtēm phút "
    "mn minutę",  # fr "5 mn", pl / cs "minutę temu", "před minutou"
    "hours": "h h. hr hrs hs hour hours std std. stunde stunden heure heures hora horas ora ore "
    "uur u tim timme timmar godz godz. godzin godziny hodinou hodinami timer jam óra órával órája "
    "saat ώρα ώρες tuntia tunti tundi tund oră sata sati stundām stundas val val. giờ "
    "time hod hod. godzinę",  # da / no "for 1 time siden", cs "před 3 hod.", pl "godzinę temu"
    "days": "d t t. tg tg. day days tag tage tagen j jour jours día días dia dias giorno giorni gg "
    "dag dagen dagar dni dnem dny dage dager døgn hari nap nappal napja gün ημέρα ημέρες μέρα "
    "μέρες päivää päivä päeva zi zile dana dňami dňom dienām dienas dienų ngày "
    "dgn pv",  # nl "2 dgn geleden", fi "2 pv sitten"
    "weeks": "w wk wks week weeks woche wochen semaine semaines semana semanas settimana "
    "settimane weken vecka veckor tygodnie tygodni týdnem týdny uge uger uke uker minggu hét "
    "héttel hafta εβδομάδα εβδομάδες viikkoa viikko nädalat nädal săptămână săptămâni tjedna "
    "sem sem. sett sett. vk tyg tyg. tydzień",  # pt / fr "sem.", it "sett", fi "vk", pl
    "months": "mo month months monat monate monaten mois mes meses mese mesi maand maanden "
    "månad månader miesiące miesięcy ay μήνα μήνες kuukautta kuud lună luni mjeseca "
    "mnd måned måneder miesiąc měsíci měsícem měsíc kk kuukausi",  # nl / no "mnd", fi "kk"
    "years": "y yr yrs year years jahr jahre jahren an ans année années año años anno anni "
    "ano anos jaar jaren år lata lat yıl χρόνο χρόνια vuotta aastat ani godina "
    "rok roky rokem lety vuosi",  # pl "rok temu", cs "před rokem", "před 2 lety", fi
})  # fmt: skip
# Full words of Malay / Indonesian, Tagalog, Swahili and Afrikaans ages, read only with their
# age word ("5 minit lalu", "2 oras ang nakalipas", "saa 2 zilizopita", "3 dae gelede"): bare,
# "24 Oras" is a newscast's name and "50 Tahun" an anniversary, never a compact stamp like "4h"
# (``_BARE``)
_AGE_WORD_UNITS = _unit_of_word({
    "seconds": "sekondes",
    "minutes": "minit",
    "hours": "oras saa masaa",
    "days": "araw siku dae",
    "weeks": "linggo wiki weke",
    "months": "bulan buwan mwezi miezi maande",
    "years": "tahun taon mwaka miaka",
})  # fmt: skip
_UNITS.update(_AGE_WORD_UNITS)

_NUMBER_WORDS = dict.fromkeys(
    ["a", "an", "one", "ein", "eine", "einer", "einem", "einen", "un", "une", "una", "uno",
     "um", "uma", "een", "o", "en", "ett", "et"],  # (sv / da / no "för en timme sedan")
    1,
) | {"two": 2, "three": 3, "zwei": 2, "drei": 3, "deux": 2, "trois": 3, "dos": 2,
     "tres": 3}  # fmt: skip

_N = r"(?P<n>\d{1,4}|[^\W\d_]{1,6})"
_U = r"(?P<u>[^\W\d_]{1,9}\.?)"
_RELATIVE = [
    re.compile(p)
    for p in (
        rf"^(?:about |around |over |almost |nearly |just )?{_N} ?{_U} ago$",  # en
        rf"^vor (?:etwa |rund |über |mehr als )?{_N} ?{_U}$",  # de
        rf"^il y a (?:environ |plus de )?{_N} ?{_U}$",  # fr
        rf"^hace (?:unos |unas |más de )?{_N} ?{_U}$",  # es
        rf"^{_N} ?{_U} fa$",  # it
        rf"^h[áa] {_N} ?{_U}(?: atrás| atras)?$",  # pt
        rf"^{_N} {_U} (?:atrás|atras)$",  # pt, es: "2 horas atrás"
        rf"^{_N} ?{_U} (?:geleden|gelede)$",  # nl, af ("2 uur gelede")
        rf"^(?:för )?{_N} {_U} sedan$",  # sv ("3 tim sedan" too)
        rf"^(?:{_N} )?{_U} temu$",  # pl (one without its count: "godzinę temu")
        rf"^před (?:{_N} )?{_U}$",  # cs ("před hodinou")
        rf"^(?:for )?{_N} {_U} siden$",  # da, no ("3 timer siden" too)
        rf"^{_N} {_U} (?:yang )?(?:lalu|lepas)$",  # id, ms
        rf"^{_N} {_U} (?:na )?ang nakalipas$",  # tl
        rf"^{_U} {_N} (?:zilizopita|iliyopita|yaliyopita)$",  # sw: the unit before its count
        rf"^{_N} {_U} trước$",  # vi
        rf"^{_N} {_U} ezelőtt$",  # hu
        rf"^{_N} {_U} önce$",  # tr
        rf"^{_N} {_U} πριν$",  # el
        rf"^πριν(?: από)? {_N} {_U}$",  # el
        rf"^(?:{_N} )?{_U} sitten$",  # fi ("tunti sitten")
        rf"^{_N} {_U} tagasi$",  # et
        rf"^acum {_N} {_U}$",  # ro
        rf"^(?:pred|prije|pre) (?:{_N} )?{_U}$",  # sk, hr, sr ("pred hodinou")
        rf"^prieš {_N} {_U}$",  # lt
        rf"^pirms {_N} {_U}$",  # lv
    )
]
_BARE = re.compile(rf"^(?P<n>\d{{1,4}}) ?{_U}$")  # compact: 4h, 45m, 2d, 5 Std.
_RELATIVE.append(_BARE)
# where "t" is an hour ("3 t sedan", "2 t siden", "3 t sitten"), not a German day ("2 T.")
_T_IS_HOUR = frozenset(p for p in _RELATIVE if p.pattern.endswith(("sedan$", "siden$", "sitten$")))

# "now", "just now", and the seconds ago nobody counts (case-folded, as stamps are read)
_NOW_WORDS = frozenset(
    word.casefold() for word in
    ("now", "just now", "moments ago", "a moment ago", "gerade eben", "soeben", "jetzt",
     "à l'instant", "a l'instant", "ahora", "ahora mismo", "adesso", "agora", "zojuist",
     "nu", "a few seconds ago", "less than a minute ago", "il y a quelques secondes",
     "hace unos segundos", "vor wenigen sekunden", "pochi secondi fa", "enkele seconden geleden",
     "há poucos segundos", "az önce", "μόλις τώρα", "juuri nyt", "právě teď", "chiar acum",
     "hace instantes", "hace un momento", "hace un instante", "há instantes", "há pouco",
     "agora mesmo", "il y a un instant", "poco fa", "just nu", "lige nu", "akkurat nå",
     "przed chwilą", "před chvílí", "hetki sitten")
)  # fmt: skip
_DAY_WORDS: dict[str, int] = {
    **dict.fromkeys(_NOW_WORDS, 0),
    "ora": 0,  # Italian "now" (and a clock may follow it: "ora 14:30")
    **dict.fromkeys(
        [
            "today",
            "heute",
            "aujourd'hui",
            "hoy",
            "oggi",
            "hoje",
            "vandaag",
            "idag",
            "hôm nay",
            "i dag",
            "dziś",
            "dzisiaj",
            "hari ini",
            "bugün",
            "σήμερα",
            "dnes",
            "tänään",
            "täna",
            "azi",
            "astăzi",
            "šodien",
            "šiandien",
            "danas",
        ],
        0,
    ),
    **dict.fromkeys(
        [
            "yesterday",
            "gestern",
            "hier",
            "ayer",
            "ieri",
            "ontem",
            "gisteren",
            "gister",
            "hôm qua",
            "igår",
            "i går",
            "wczoraj",
            "tegnap",
            "kemarin",
            "semalam",
            "kelmarin",
            "kahapon",
            "dün",
            "χθες",
            "včera",
            "eilen",
            "eile",
            "vakar",
            "jučer",
            "juče",
        ],
        1,
    ),
    **dict.fromkeys(
        [
            "day before yesterday",
            "vorgestern",
            "i förrgår",
            "przedwczoraj",
            "avant-hier",
            "anteayer",
            "antier",
            "l'altro ieri",
            "anteontem",
            "eergisteren",
            "tegnapelőtt",
            "evvelsi gün",
            "προχθές",
            "předevčírem",
            "predvčerom",
            "toissapäivänä",
            "üleeile",
            "alaltăieri",
            "aizvakar",
            "užvakar",
            "prekjučer",
            "i forgårs",
        ],
        2,
    ),
}
_DAY_WORDS = {words.casefold(): days for words, days in _DAY_WORDS.items()}  # ("χθες" → "χθεσ")

_CLOCK = (
    r"(?P<hh>\d{1,2})(?::|h|\.)(?P<mm>\d{2})(?: ?(?P<ampm>[ap])\.?m\.?)?"
    r"(?: (?!uhr\b)(?P<tz>[a-z]{1,5}(?: ?[+-]\d{1,2}(?::?\d{2})?)?))?"
)
_DAY_CLOCK = re.compile(
    r"^(?P<day>[^\d,]{2,24}?)(?:,? (?:at |um |à |a las |alle |às |om |o |v |στι[ςσ] |saat )?"
    + _CLOCK
    + r"(?: uhr)?)?$"
)
_CLOCK_ONLY = re.compile(r"^" + _CLOCK + r"(?: uhr)?$")
# the clock before its day's word: "Last updated 4:12 pm today", "9.05am yesterday"
_CLOCK_DAY = re.compile(r"^(?P<clock>" + _CLOCK + r")(?: uhr)?,? (?P<day>[^\d,]{2,24})$")

# "Last", "Laatst", "Dernière" ... before a label's word ("Last updated", "Dernière mise à jour")
_LAST = r"last |zuletzt |ultimo |ultima |laatst |laatste |dernière |derniere |última "
# a label written as a sentence: "This content was published on Nov 26, 2026"
_SENTENCE = r"this (?:content|article|story|post) (?:was|has been) (?:first |last |originally )?"


def _label_rows() -> list[tuple[str, str]]:
    """(label word, its kind: "update", "publication" or "start"), in the order the label
    pattern tries them, from ``streams/data/stamp_labels.tsv``."""
    text = resources.files("streams").joinpath("data/stamp_labels.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return [(label, kind) for label, kind in rows]


_LABEL_ROWS = _label_rows()


def _labels(*kinds: str) -> str:
    """The label words of these kinds as a regex's alternatives, in the table's order."""
    return "|".join(label for label, kind in _LABEL_ROWS if kind in kinds)


# "Updated", "Published: ", "Last updated on" ... in front of a stamp.
_LABEL = re.compile(
    rf"^(?:first |originally |{_LAST}|{_SENTENCE})?"
    rf"(?:{_labels('update', 'publication', 'start')})"
    # (Spanish "Publicado a …", not the article of "Updated a day ago", "… a few seconds ago")
    r"(?: on| am| at| as of| le| el| al| il(?! y a)| em| op| a las| a la| pada| noong|"
    r" a(?! [^\W\d_]+(?: [^\W\d_]+)? ago\b)| à)?"
    r"(?: ?: ?| )"
)
# a label glued by innerText to the date after it: "Updated30 Nov 2026, 02:18 PM IST"
_GLUED_LABEL = re.compile(rf"^((?:{_LAST})?(?:{_labels('update', 'publication')}))(?=\d)")

_MONTHS = [
    ("jan", "jan.", "january", "januar", "jänner", "janvier", "janv", "janv.", "enero", "ene",
     "gennaio", "gen", "janeiro", "januari", "stycznia", "styczeń", "ledna", "leden",
     "január", "ocak", "ιανουαρίου", "ιαν", "tammikuuta", "jaanuar", "ianuarie", "januára",
     "jän", "jän.", "sty", "tammikuu", "tammik", "tammik.", "januarie"),
    ("feb", "feb.", "february", "februar", "février", "fevrier", "févr", "févr.", "fév",
     "febrero", "febbraio", "fevereiro", "fev", "februari", "lutego", "luty", "února", "únor",
     "február", "febr", "febr.", "şubat", "φεβρουαρίου", "φεβ", "helmikuuta", "veebruar",
     "februarie", "februára",
     "feber", "lut", "helmikuu", "helmik", "helmik.", "pebrero"),
    ("mar", "mar.", "march", "märz", "maerz", "mär", "mars", "marzo", "março", "marco",
     "maart", "mrt", "marca", "marzec", "března", "březen", "marts", "március", "márc",
     "márc.", "maret", "mart", "μαρτίου", "μαρ", "maaliskuuta", "märts", "martie",
     "maaliskuu", "maalisk", "maalisk.", "mac", "marso", "machi"),
    ("apr", "apr.", "april", "avril", "avr", "avr.", "abril", "abr", "aprile", "kwietnia",
     "kwiecień", "dubna", "duben", "április", "ápr", "ápr.", "nisan", "απριλίου", "απρ",
     "huhtikuuta", "aprill", "aprilie", "apríla",
     "kwi", "huhtikuu", "huhtik", "huhtik.", "aprili"),
    ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "května", "květen",
     "május", "máj", "máj.", "mayıs", "μαίου", "toukokuuta", "mája",
     "toukokuu", "toukok", "toukok."),
    ("jun", "jun.", "june", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca",
     "czerwiec", "června", "červen", "június", "jún", "jún.", "haziran", "ιουνίου", "ιουν",
     "kesäkuuta", "juuni", "iunie", "júna",
     "cze", "kesäkuu", "kesäk", "kesäk.", "hunyo", "junie"),
    ("jul", "jul.", "july", "juli", "juillet", "juil", "juil.", "julio", "luglio", "lug",
     "julho", "lipca", "lipiec", "července", "červenec", "július", "júl", "júl.", "temmuz",
     "ιουλίου", "ιουλ", "heinäkuuta", "juuli", "iulie", "júla",
     "lip", "heinäkuu", "heinäk", "heinäk.", "julai", "hulyo"),  # (not Afrikaans "Julie": a name)
    ("aug", "aug.", "august", "août", "aout", "agosto", "ago", "augustus", "augusti",
     "sierpnia", "sierpień", "srpna", "srpen", "augusztus", "agustus", "agu", "agt", "ağustos",
     "αυγούστου", "αυγ", "elokuuta", "augusta",
     "sie", "elokuu", "elok", "elok.", "ogos", "agosti"),
    ("sep", "sep.", "sept", "sept.", "september", "septembre", "septiembre", "setiembre",
     "settembre", "set", "setembro", "września", "wrzesień", "září", "szeptember", "szept",
     "szept.", "eylül", "σεπτεμβρίου", "σεπ", "syyskuuta", "septembrie", "septembra",
     "wrz", "syyskuu", "syysk", "syysk.", "setyembre", "septiyembre", "setiyembre", "septemba"),
    ("oct", "oct.", "october", "oktober", "okt", "okt.", "octobre", "octubre", "ottobre", "ott",
     "outubro", "out", "października", "październik", "října", "říjen", "október", "ekim",
     "οκτωβρίου", "οκτ", "lokakuuta", "oktoober", "octombrie", "októbra",
     "paź", "lokakuu", "lokak", "lokak.", "oktubre", "oktoba"),
    ("nov", "nov.", "november", "novembre", "noviembre", "novembro", "listopada", "listopad",
     "listopadu", "kasım", "νοεμβρίου", "νοε", "marraskuuta", "noiembrie", "novembra",
     "lis", "marraskuu", "marrask", "marrask.", "nobyembre", "nobiyembre", "novemba"),
    ("dec", "dec.", "december", "dezember", "dez", "dez.", "décembre", "decembre", "déc",
     "déc.", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "grudzień", "prosince",
     "prosinec", "desember", "des", "des.", "aralık", "δεκεμβρίου", "δεκ", "joulukuuta",
     "detsember", "decembrie", "decembra",
     "gru", "joulukuu", "jouluk", "jouluk.", "disember", "disyembre", "disiyembre", "desemba"),
]  # fmt: skip
_WEEKDAYS = [
    ("mon", "monday", "montag", "lundi", "lunes", "lunedì", "lunedi", "segunda", "maandag",
     "måndag", "poniedziałek", "pondělí", "mandag", "hétfő", "senin", "pazartesi", "δευτέρα",
     "maanantai", "luni", "isnin", "jumatatu"),
    ("tue", "tues", "tuesday", "dienstag", "mardi", "martes", "martedì", "martedi", "terça",
     "dinsdag", "tisdag", "wtorek", "úterý", "tirsdag", "kedd", "selasa", "salı", "τρίτη",
     "tiistai", "marți", "jumanne"),
    ("wed", "wednesday", "mittwoch", "mercredi", "miércoles", "miercoles", "mercoledì",
     "mercoledi", "quarta", "woensdag", "onsdag", "środa", "středa", "szerda", "rabu", "çarşamba",
     "τετάρτη", "keskiviikko", "miercuri", "miyerkules", "jumatano"),
    ("thu", "thur", "thurs", "thursday", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi",
     "quinta", "donderdag", "torsdag", "czwartek", "čtvrtek", "csütörtök", "kamis", "perşembe",
     "πέμπτη", "torstai", "joi", "khamis", "huwebes", "alhamisi"),
    ("fri", "friday", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "sexta",
     "vrijdag", "fredag", "piątek", "pátek", "péntek", "jumat", "jum'at", "cuma", "παρασκευή",
     "perjantai", "vineri", "jumaat", "biyernes", "ijumaa", "vrydag"),
    ("sat", "saturday", "samstag", "sonnabend", "samedi", "sábado", "sabado", "sabato",
     "zaterdag", "lördag", "sobota", "lørdag", "szombat", "sabtu", "cumartesi", "σάββατο",
     "lauantai", "sâmbătă", "jumamosi", "saterdag"),
    ("sun", "sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag", "söndag",
     "niedziela", "neděle", "søndag", "vasárnap", "minggu", "pazar", "κυριακή", "sunnuntai",
     "duminică", "ahad", "linggo", "jumapili", "sondag"),
]  # fmt: skip
_JUMP = ["de", "del", "à", "a", "le", "el", "um", "uhr", "às", "om", "alle", "las", "feira",
         "-feira", "den", "der", "am", "στις", "saat", "o", "v"]  # fmt: skip


def _zone_rows() -> list[tuple[str, float, str]]:
    """(zone abbreviation, UTC offset in hours, a tz database zone that uses it), from
    ``streams/data/time_zones.tsv``."""
    text = resources.files("streams").joinpath("data/time_zones.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return [(name, float(offset), zone) for name, offset, zone in rows]


_TZ_OFFSETS = {name: offset for name, offset, _zone in _zone_rows()}
_TZ_NAMES = {"et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
             "pt": "America/Los_Angeles", "uk": "Europe/London"}  # fmt: skip


_ZONE_OFFSET = re.compile(
    r"^(?P<name>[a-z]{1,5}) ?(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$"
)
_GMT_OFFSET = re.compile(r"\b(?:gmt|utc) ?([+-])(\d{1,2})(?::?(\d{2}))?\b")


def _gmt_offset(match: re.Match[str]) -> str:
    """ "gmt+9" → "+09:00" (dateutil reads "GMT+9" the POSIX way, as UTC-9)."""
    return f" {match[1]}{int(match[2]):02d}:{match[3] or '00'}"


def _zone(name: str) -> tzinfo | None:
    match = _ZONE_OFFSET.match(name)
    if match is None:
        return _tzinfos(name, None)
    if match["name"] not in ("gmt", "utc"):
        return None
    minutes = int(match["h"]) * 60 + int(match["m"] or 0)
    return timezone(timedelta(minutes=minutes if match["sign"] == "+" else -minutes))


def _tzinfos(name: str | None, offset: int | None) -> tzinfo | None:
    if name is None:
        return None if offset is None else timezone(timedelta(seconds=offset))
    key = name.lower()
    if key in _TZ_OFFSETS:
        return timezone(timedelta(hours=_TZ_OFFSETS[key]))
    if key in _TZ_NAMES:
        return ZoneInfo(_TZ_NAMES[key])
    return None


def _as_parsed(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names with the spelling dateutil meets: ``_parse`` upper-cases a stamp (for its
    zone) and dateutil lower-cases it again, which turns Turkish "kasım" into "kasim" and
    Greek "στις" into "στισ"."""
    return tuple(dict.fromkeys((*names, *(name.upper().lower() for name in names))))


class _ParserInfo(dateparser.parserinfo):
    MONTHS = [_as_parsed(names) for names in _MONTHS]  # type: ignore[misc]  # noqa: RUF012
    WEEKDAYS = [_as_parsed(names) for names in _WEEKDAYS]  # type: ignore[misc]  # noqa: RUF012
    JUMP = [*dateparser.parserinfo.JUMP, *_as_parsed(tuple(_JUMP))]  # noqa: RUF012


_PARSER = dateparser.parser(_ParserInfo())

_MONTH_WORDS = {w.rstrip(".") for names in _MONTHS for w in names}
_WEEKDAY_WORDS = frozenset(w for names in _WEEKDAYS for w in names)
_DATE_WORDS = (
    _MONTH_WORDS
    | {w for names in _WEEKDAYS for w in names}
    | {w.rstrip(".").casefold() for w in _JUMP}  # (stamps are read case-folded: "στισ")
    | set(_TZ_OFFSETS)
    | set(_TZ_NAMES)
    | {"am", "pm", "a.m", "p.m", "st", "nd", "rd", "th", "at", "on", "h", "t", "er", "e", "º",
       "o", "of", "uhr"}
)  # fmt: skip

_TOKENS = re.compile(r"[^\W\d_]+|\d+")
_NUMERIC_DATE = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/.-])(?P<rest>.*)$"
)
_CLOCK_CONNECTOR = re.compile(r"^(?:a las|a la|às|as|à|um|alle|om|at)\s+(?=\d)")
_ISO_DATE = re.compile(r"^\d{4}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}")
# "15:14 02.06.2025": a clock before a numeric date
_CLOCK_THEN_DATE = re.compile(
    r"^(?P<clock>\d{1,2}[:.h]\d\d)(?: uhr)?,? (?P<date>\d{1,2}([/.-])\d{1,2}\3\d{2,4})$"
)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
_DOT_CLOCK = re.compile(r"(?<![\d.])(\d{1,2})[.h](\d{2})(?![\d.])")
_SPACES = re.compile(r"\s+")
_STRIP = " \t,;:|·•-–—()[]"

_MAX_STAMP_CHARS = 64
_PROBE_DEFAULT = datetime(2000, 1, 1)  # (a leap year: "Feb 29" without a year is a date)
_YEAR_DIGITS = 4
_FIND_CACHE = 8192
_SHORT_WORD = 3
_WORD_RUNS = re.compile(r"[^\W\d_]+")
# the words of stamps that neither a label nor an age holds: clocks' and "now"s
_OTHER_STAMP_WORDS = (
    "kl godz moment moments instant mismo ahora adesso agora zojuist gerade eben soeben jetzt "
    "feira alle pukul στις klo nhật"
)
_MAX_STAMP_SPACES = 11  # "Mis à jour le 2 juin 2025 à 16 h 30 HAE"
_MAX_DAY_WORD_CHARS = 24
_DIGIT = re.compile(r"\d")
# fullwidth forms of ASCII letters, digits and signs (CJK input, odd pages): a stamp is read
# as their ASCII forms (what NFKC folds them to), the text keeps them as printed
_FULLWIDTH = re.compile("[\uff01-\uff5e]")
_FULLWIDTH_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


# French, Spanish, German, Dutch, Italian and Portuguese abbreviations; Swedish, Danish /
# Norwegian and Finnish ones ("lø. 28. nov. 2026", "la 28.11.2026 klo 14.05")
_WEEKDAY_ABBREVIATIONS = frozenset(
    {"lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mié", "jue", "vie", "sáb", "dom",
     "mo", "di", "mi", "do", "fr", "sa", "so", "ma", "wo", "vr", "za", "zo", "gio", "seg",
     "ter", "qua", "qui", "sex", "sab", "mie",
     "mån", "tis", "ons", "tor", "fre", "lör", "sön", "ti", "on", "to", "lø", "sø",
     "ke", "pe", "la", "su"}
)  # fmt: skip
_LEADING_WEEKDAY = re.compile(r"^(?P<day>[^\W\d_]{2,11})\.?,? (?=\d)")
# "a.m." / "p.m." → "am" / "pm"; "1er octobre" → "1 octobre"; "à 10h05" → "10h05"
_MERIDIEM = re.compile(r"(?<![^\W\d_])([ap])\. ?m\.?(?![^\W\d_])")  # also "p. m."
# a 24-hour clock with a redundant "pm" after it, as some pages print it: "14:32 pm IST"
_REDUNDANT_MERIDIEM = re.compile(r"(?<![\d.:])(1[3-9]|2[0-3])([:.h]\d\d) ?pm(?![^\W\d_])")
_FIRST_ORDINAL = re.compile(r"(?<!\d)1(?:er\b|\.?º|°)")  # also "1º de dezembro", "1° de"
# "10:20 hrs", "09:12 horas", Dutch "07.15 uur" / Flemish "14.30 u"
_CLOCK_WORDS = "hrs|hs|h|horas|hores|uur|u"
_CLOCK_SUFFIX = re.compile(rf"(?<=\d[:.]\d\d) ?(?:{_CLOCK_WORDS})\.?$")
# the same word (or "Uhr") before the clock's zone: "10:05 hrs IST", "10:05 Uhr MEZ"
_CLOCK_SUFFIX_ZONE = re.compile(
    rf"(?<=\d[:.]\d\d) ?(?:{_CLOCK_WORDS}|uhr)\.? (?=(?P<zone>[a-z]{{2,5}})$)"
)
_CLOCK_DASH = re.compile(r"^(?P<clock>\d{1,2}[:.h]\d\d(?: ?[ap]\.?m\.?)?) - (?=\d|[^\W\d_])")
_DATE_CLOCK_BAR = re.compile(r" [|·•] ")
_YEAR_DASH_CLOCK = re.compile(r"(?<=[./]\d{4})-(?=\d{1,2}:\d\d(?!\d))")
# "kl. 09.12", "kl 07:15", "godz. 12:40"
_CLOCK_WORD = re.compile(r"(?<![^\W\d_])(?:kl\.?|klo|godz\.) ?(?=\d)")
# a numeric date spaced after its dots: Hungarian "2026. 11. 27.", Czech "26. 11. 2026"
_SPACED_NUMERIC = re.compile(r"^(\d{4}\. \d{1,2}\. \d{1,2}|\d{1,2}\. \d{1,2}\. \d{4})\.?(?!\d)")
_SPACED_CLOCK = re.compile(r"(?<!\d)(\d{1,2}) h (\d{2})(?!\d)")  # Quebec: "14 h 05"
_CLOCK_PREPOSITION = re.compile(r"^(?:à|a|at|um|a las|às|alle|om|ab) (?=\d{1,2}[:h.]\d\d)")
# "on" before a date: "Le 19/11/2026 à 10h30", "am 01.06.2025 um 14:30 Uhr", "el 01/06/2025"
_DATE_PREPOSITION = re.compile(r"^(?:le|am|el|il|op|on) (?=\d)")
_ITALIAN_HOURS = re.compile(r"(?<!\S)(?:alle )?ore (?=\d{1,2}[:.]\d\d)")  # "… 2025 ore 14:30"
# a form's label for the clock after its date: "Date: 30-11-2026 Time: 05:14" (the date's own
# label is a stamp label; the clock's is dropped like "ore")
_CLOCK_LABEL = re.compile(r"(?<=\d) (?:time|heure|hora|ora|tijd) ?: ?(?=\d{1,2}[:.h]\d\d)")
# a date line and a labelled clock line under it, joined by split: "Saturday, November 28,
# 2026 Published 6:30 am EAT" (the label goes; an update's clock is no publication time)
_LABELLED_CLOCK = re.compile(
    r" (?:first )?(?:published|posted|publié|publiée|veröffentlicht|erstellt|publicado|publicada|"
    r"pubblicato|gepubliceerd)(?: at| à| um| a las| alle| às| om)? (?=\d{1,2}[:.h]\d\d)"
)
_LABELLED_CLOCK_HINT = re.compile(r" (?:first |pub|post|ver|erst|gepub)")  # (the quick test)
_CLOCK_ANYWHERE = re.compile(r"(?<![\d.])\d{1,2}[:.h]\d\d(?![\d.])")  # (not "28.11.2026")
# innerText glues a date's year to its clock ("November 27, 20265:00 AM ET")
_GLUED_DIGITS = 5
# two whole stamps glued by innerText without a label, the published one first and the
# updated one after it: "30.11.2026, 11:4830.11.2026, 12:02" (a clock's minutes, then a day)
_GLUED_STAMPS = re.compile(
    r"^(?P<first>\d{1,2}\.\d{1,2}\.\d{4},? \d{1,2}:\d\d)(?=\d{1,2}\.\d{1,2}\.\d{4},? \d{1,2}:\d\d$)"
)
_GLUED_YEAR_CLOCK = re.compile(r"(?<=[ /.-])((?:19|20)\d\d)(?=\d{1,2}:\d\d(?!\d))")


@lru_cache(maxsize=1)
def _stamp_words() -> frozenset[str]:
    """Every word a time stamp may contain (for a quick "cannot be a stamp" test)."""
    words: set[str] = set(_OTHER_STAMP_WORDS.split())
    # (with the letters of the patterns' syntax, "W", "d", "P", too short to be looked up)
    for pattern in (_LABEL, *_RELATIVE):
        words |= set(_WORD_RUNS.findall(pattern.pattern))
    words |= set(_UNITS) | set(_NUMBER_WORDS) | set(_TZ_OFFSETS) | set(_TZ_NAMES)
    words |= _DATE_WORDS | _WEEKDAY_ABBREVIATIONS
    for phrase in _DAY_WORDS:
        words |= set(_WORD_RUNS.findall(phrase))
    return frozenset(word.rstrip(".").casefold() for word in words)


def _close_up(text: str) -> str:
    """A clock or a numeric date printed with spaces inside: "14 h 05", "2026. 11. 27."."""
    if " h " in text:
        text = _SPACED_CLOCK.sub(r"\1h\2", text)
    if text[:1].isdigit() and ". " in text[:6]:
        text = _SPACED_NUMERIC.sub(lambda date: date[1].replace(". ", "."), text)
    return text


@lru_cache(maxsize=_FIND_CACHE)  # (split asks about a stamp several times: find, then resolve)
def _normalise(text: str) -> str:
    text = _SPACES.sub(" ", text.strip(_STRIP).casefold().replace("’", "'"))
    text = _GLUED_LABEL.sub(r"\1 ", text, count=1)
    text = _LABEL.sub("", text, count=1).strip(_STRIP)
    if "(" in text:
        text = _SPACES.sub(" ", text.replace("(", " ").replace(")", " ")).strip()  # "(GMT-5)"
    if "." in text:
        text = _MERIDIEM.sub(r"\1m", text)
    if "pm" in text:
        text = _REDUNDANT_MERIDIEM.sub(r"\1\2", text)
    if "1er" in text or "º" in text or "°" in text:
        text = _FIRST_ORDINAL.sub("1", text)
    text = _close_up(_between_date_and_clock(text))
    if "kl" in text or "godz." in text:
        text = _CLOCK_WORD.sub("", text)
    if text[-1:] in "hsur." and _CLOCK_SUFFIX.search(text):
        text = _CLOCK_SUFFIX.sub("", text)
    else:
        suffix = _CLOCK_SUFFIX_ZONE.search(text)
        if suffix is not None and _tzinfos(suffix["zone"], None) is not None:
            text = f"{text[: suffix.start()]} {text[suffix.end() :]}"
    if text[:1].isdigit() and _CLOCK_THEN_DATE.match(text):
        text = _CLOCK_THEN_DATE.sub(r"\g<date> \g<clock>", text)
    return _without_leading_words(text)


def _between_date_and_clock(text: str) -> str:
    """What a page prints between a date and its clock, made plain (or a space where
    innerText left none)."""
    if " — " in text or " – " in text:  # "June 2, 2026 — 10.42pm", "Nov 28, 2026 – 6:00am"
        text = text.replace(" — ", " - ").replace(" – ", " - ")
    if " - " in text and text[:1].isdigit():  # "10:15 am - nov 28, 2026", "10h15 - 28/11/2026"
        text = _CLOCK_DASH.sub(r"\g<clock> ", text, count=1)
    if "-" in text:
        text = _YEAR_DASH_CLOCK.sub(" ", text, count=1)  # "28.11.2026-10:05"
    if " | " in text or " · " in text or " • " in text:  # "16 marzo 2026 | 18:20", "… · 01:47"
        text = _DATE_CLOCK_BAR.sub(" ", text)
    colon = text.find(":")
    if colon > _GLUED_DIGITS and text[colon - _GLUED_DIGITS : colon].isdigit():
        text = _GLUED_YEAR_CLOCK.sub(r"\1 ", text)  # (the quick test: five digits before ":")
    labelled = _LABELLED_CLOCK.search(text) if _LABELLED_CLOCK_HINT.search(text) else None
    if labelled is not None and not _CLOCK_ANYWHERE.search(text, 0, labelled.start()):
        text = f"{text[: labelled.start()]} {text[labelled.end() :]}"
    if " @ " in text:
        text = text.replace(" @ ", " at ")  # "November 28, 2026 @ 3:42pm"
    if "ore " in text:
        text = _ITALIAN_HOURS.sub("alle ", text)
    if ":" in text:
        text = _CLOCK_LABEL.sub(" ", text, count=1)
    if "un'" in text:
        text = text.replace("un'", "un ")  # "un'ora fa"
    return text


# a Vietnamese weekday, two words, before a numeric date: "Thứ bảy, 28/11/2026, 10:05 (GMT+7)"
_VIETNAMESE_WEEKDAY = re.compile(r"^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),? (?=\d)")


def _without_leading_words(text: str) -> str:
    """Without a preposition or weekday before the date or clock: "à 10h05", "Le 19/11/2026",
    "Mi., 01.10.2025", "Thứ bảy, 28/11/2026"."""
    if text[:1] in "tc":
        text = _VIETNAMESE_WEEKDAY.sub("", text, count=1)
    if text[:1] in "àaãuo":
        text = _CLOCK_PREPOSITION.sub("", text, count=1)
    if text[:1] in "laeio" and text[2:3] == " ":
        text = _DATE_PREPOSITION.sub("", text, count=1)
    weekday = _LEADING_WEEKDAY.match(text)
    if weekday is not None and (
        weekday["day"] in _WEEKDAY_ABBREVIATIONS or weekday["day"] in _WEEKDAY_WORDS
    ):
        rest = text[weekday.end() :]  # "mar. 12 août": "mar." is Tuesday here, not March
        if _NUMERIC_DATE.match(rest) or (
            weekday["day"] in _WEEKDAY_ABBREVIATIONS
            and any(token in _MONTH_WORDS for token in _TOKENS.findall(rest))
        ):
            text = rest  # "Mi., 01.10.2025": a weekday before a numeric date
    return text


# ---------------------------------------------------------------------------------------------
# Recognising a stamp
# ---------------------------------------------------------------------------------------------


def _halfwidth(line: str) -> str:
    """The line with fullwidth letters, digits and signs in their ASCII forms ("Ｊｕｎｅ １,
    ２０２６" → "June 1, 2026"); most lines have none."""
    return line.translate(_FULLWIDTH_FOLD) if _FULLWIDTH.search(line) else line


@lru_cache(maxsize=_FIND_CACHE)
def find_time(line: str) -> str | None:
    """The line itself (stripped) when all of it is a time stamp, else ``None``.

    Cached: clean and split ask about the same short lines, and sites repeat theirs.

    "Publié le 2 juin 2025 à 11h30, modifié le 2 juin 2025 à 14h05" gives its first
    (publication) part; "By Jane Marsh, Staff Writer, June 2, 2025" its stamp part, as do
    a press release's number before it ("OTS0045, 28. Nov. 2026, 10:15") and a section in
    capitals after its clock ("Gisteren, 21:14 in BINNENLAND").
    """
    if len(line) > 2 * _MAX_STAMP_CHARS or not line:
        return None
    line = _halfwidth(line)
    digit = _DIGIT.search(line) is not None
    if not digit and _wordy(line):
        return None
    # (a date printed twice for screen readers is read once: "Posted 29 Nov 2026 29 Nov 2026 …")
    line = _first_of_glued_stamps(_without_doubled_date(line)) if digit else line
    found = _find_time(line)
    if found is not None or not digit:
        return found
    if _GLUED_NUMBER.search(line):
        shorter = _without_read_aloud_repeats(line)  # "Updated 12m ago12 minutes ago"
        if shorter != line:
            line, found = shorter, _find_time(shorter)
    if found is None and _GLUED_WORD.search(line):
        line = _GLUED_WORD.sub(" ", line)  # "7:48 PM GMTUpdated 13 hours ago"
    if found is None and (_NAME_START.match(line) or _BY_WORD.match(line)):
        found = _after_byline(line)
    if found is None and _BY_AFTER.search(line):
        found = _before_byline(line)
    if found is None and _stamp_words_only(line):
        found = _published_part(line)
    if found is None:
        found = _after_sentence_lead(line) or _among_header_words(line)
    if found is None and "|" in line and ":" in line:
        found = _among_labelled_parts(line)
    if found is None:
        found = (
            (_before_agency(line) or copyright_stamp(line))
            if line[-1] == ")"
            else _without_number_or_section(line)
            or _after_programme(line)
            or _before_desk_line(line)
        )
    return found


def _first_of_glued_stamps(line: str) -> str:
    """The first of two whole stamps innerText glued without a label (the published one,
    printed before the updated one: the published stamp wins), else the line."""
    glued = _GLUED_STAMPS.match(line)
    return line if glued is None else glued["first"]


_SENTENCE_LEAD = re.compile(rf"^{_SENTENCE}(?=[^\W\d_]+ )", re.IGNORECASE)


def _after_sentence_lead(line: str) -> str | None:
    """The labelled stamp of a label written as a sentence, which makes the line longer than
    a stamp: "This story was originally published November 29, 2026 at 2:15 PM." gives
    "published November 29, 2026 at 2:15 PM"."""
    lead = _SENTENCE_LEAD.match(line) if line[:5].casefold() == "this " else None
    return _find_time(line[lead.end() :]) if lead else None


# a press release's number before its stamp ("OTS0045, 28. Nov. 2026, 10:15": the wire's
# daily count, zero-padded; "MH370", "COVID19" are names), and a section's name in capitals
# after it ("Gisteren, 21:14 in BINNENLAND")
_RELEASE_NUMBER = re.compile(r"[A-Z]{2,6}0\d{3}, ")


# the words opening a section's name after a stamp: "in", "em", "dans" (one source for the
# section after a stamp, before a byline and in a card's meta line)
SECTION_PREPOSITIONS = line_sections("section_prepositions.txt")[""]
_SECTION_PREPOSITION_SET = frozenset(SECTION_PREPOSITIONS)
_SECTION_AFTER = re.compile(
    rf" (?:{'|'.join(map(re.escape, SECTION_PREPOSITIONS))})"
    r" [A-ZÀ-Þ][A-ZÀ-Þ&-]+(?: [A-ZÀ-Þ&-]+){0,2}$"
)


def opens_on_section_preposition(part: str) -> bool:
    """The part's first word is a ``SECTION_PREPOSITIONS`` word ("Em", "In", "Dans")."""
    return part.partition(" ")[0].casefold() in _SECTION_PREPOSITION_SET


def opens_section_name(part: str) -> bool:
    """A meta line's part naming the section or region a feed files its card under, after
    a preposition, at any length ("Em Rio de Janeiro", "Em Vale do Paraíba e Região"): a
    ``SECTION_PREPOSITIONS`` word, then a capitalised word (one test for clean's card stamps
    and split_lines' meta parts)."""
    return opens_on_section_preposition(part) and part.partition(" ")[2][:1].isupper()


# a reading time printed after the stamp on its line, with no mark between them
_TRAILING_READING_TIME = re.compile(
    rf" \d{{1,2}}[ -]?(?:{'|'.join(map(re.escape, line_sections('reading_time_units.txt')['']))})"
    r"\.? read$",
    re.IGNORECASE,
)

# a reading time printed before the stamp on its line ("3 min read Last Updated : …")
_LEADING_READING_TIME = re.compile(
    rf"^\d{{1,2}}[ -]?(?:{'|'.join(map(re.escape, line_sections('reading_time_units.txt')['']))})"
    r"\.? read ",
    re.IGNORECASE,
)


def _without_number_or_section(line: str) -> str | None:
    """The stamp of a line that is a stamp but for a release number before it, a section
    name in capitals or a reading time after or before it; a sentence has lower-case words
    there. The stamp before a section prints a clock or a year ("Posted on November 27, 2026
    in NEWS"): a day alone before capitals is a kicker's ("Friday 28 November in PICTURES")."""
    number = _RELEASE_NUMBER.match(line)
    if number is not None:
        return _find_time(line[number.end() :])
    section = _SECTION_AFTER.search(line)
    if section is not None and _clock_or_year(line[: section.start()]):
        return _find_time(line[: section.start()])
    reading = _TRAILING_READING_TIME.search(line)  # "November 30, 2026 3 min read"
    if reading is not None:
        return _find_time(line[: reading.start()])
    reading = _LEADING_READING_TIME.match(line)  # "3 min read Last Updated : Nov 29 2026 | …"
    return None if reading is None else _find_time(line[reading.end() :])


# a word glued to the number after it: a stamp's long form for screen readers, printed hidden
# after its short form and glued to it by innerText ("12m ago12 minutes ago", "2h fa2 ore fa")
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])(?=\d)")
_PART_MARKS = ",;|·•"
_PART_END = re.compile(f"[{re.escape(_PART_MARKS)}]")


# a short date printed twice before the stamp's full form, the visible date and its copy for
# screen readers ("Posted 29 Nov 2026 29 Nov 2026 Sun 29 Nov 2026 at 6:12am"): the full
# form after them is the stamp (bounded parts, one back-reference: no backtracking blow-up)
_DOUBLED_DATE = re.compile(r"(?<!\S)(?P<date>\d{1,2} [^\W\d_]{3,10}\.? \d{4}) (?P=date) ")
_DOUBLED_DATE_SPACES = 6  # two dates of three words and the space after each


def _without_doubled_date(line: str) -> str:
    """The line without a date printed twice (``_DOUBLED_DATE``); the quick test: a line
    with fewer spaces than two dates holds none."""
    return _DOUBLED_DATE.sub("", line) if line.count(" ") >= _DOUBLED_DATE_SPACES else line


def _without_read_aloud_repeats(line: str) -> str:
    """The line without the long form glued after a relative stamp that says the same age:
    "Updated 12m ago12 minutes ago, first posted 1d ago1 day ago" → "Updated 12m ago, first
    posted 1d ago"."""
    kept: list[str] = []
    start = 0
    for glue in _GLUED_NUMBER.finditer(line):
        at = glue.start()
        if at < start:
            continue
        part_start = max(line.rfind(mark, start, at) for mark in _PART_MARKS) + 1
        part_end = _PART_END.search(line, at)
        end = part_end.start() if part_end is not None else len(line)
        age = _relative(_normalise(line[max(part_start, start) : at]))
        if age is not None and age == _relative(_normalise(line[at:end])):
            kept.append(line[start:at])
            start = end
    kept.append(line[start:])
    return "".join(kept)


def _whole_date(stamp: str) -> str | None:
    """The time of a whole date with its year; ``None`` for a partial one ("March 3")."""
    if _YEAR.search(stamp) is None or not _looks_absolute(_normalise(stamp)):
        return None
    return _find_time(stamp)


def _clock_or_year(stamp: str) -> bool:
    """A stamp that says more than a day: its clock or its year."""
    return has_clock(stamp) or _YEAR.search(stamp) is not None


# a wire's name in brackets after its story's date: "March 3, 2025 (Nordwire)"
_BRACKETED_NAME = re.compile(r" \([A-Za-z]+(?:[ -][A-Za-z]+){0,2}\)$")


# a wire's copyright before its story's stamp, in brackets, closing a partner's reprint:
# "(©AFP / 30 novembre 2026 08h12)", "(© Reuters / 29.11.2026 14:05)"
_COPYRIGHT_WIRE = re.compile(r"^\(© ?[A-Za-z]+(?:[ -][A-Za-z]+){0,2} ?/ ?(?P<stamp>[^()]+)\)$")


def copyright_stamp(line: str) -> str | None:
    """The stamp after a wire's copyright in brackets, when it is a whole date with its
    year: the reprinted story's own stamp, closing its text (no footer's copyright)."""
    wire = _COPYRIGHT_WIRE.match(line)
    return None if wire is None else _whole_date(wire["stamp"])


def _before_agency(line: str) -> str | None:
    """The date before a wire's name in brackets, when it is a whole date with its year
    (a dateline's "OSLO, March 3 (Nordwire) --" goes on after the bracket)."""
    name = _BRACKETED_NAME.search(line)
    if name is None:
        return None
    stamp = line[: name.start()]
    return _whole_date(stamp)


# a desk's staff line after the date under the text: "30.11.2026, red, ORF.at/Agenturen" (the
# editors' abbreviation in lower case between commas, then who signs: a name of one to three
# words, none in lower case after the first, so "30.11.2026, red, white and blue flags hung …"
# stays a sentence)
_DESK_AFTER_DATE = re.compile(r", [a-z]{2,4}\.?, \S+(?: [^\s\w]*[A-Z0-9]\S*){0,2}$")


def _before_desk_line(line: str) -> str | None:
    """The date before a desk's staff line, when it is a whole date with its year."""
    desk = _DESK_AFTER_DATE.search(line)
    return None if desk is None else _whole_date(line[: desk.start()])


# "Source: Nordwire", "Editor: Ann Vole": a label and its value, a part of an info line
_LABELLED_PART = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?: [^\W\d_]+)? ?: ?\S")


def _among_labelled_parts(line: str) -> str | None:
    """The stamp among an info line's labelled parts: "Source: Nordwire | 2025-03-03 10:12 |
    Editor: Ann Vole" (every other part a label and its value, one part the stamp)."""
    parts = [part.strip() for part in line.split("|")]
    stamps = [
        part for part in parts if _LABELLED_PART.match(part) is None or is_labelled_stamp(part)
    ]
    if len(stamps) != 1:  # (the caller asks only lines with a "|": two parts at least)
        return None
    return _find_time(stamps[0])


# a programme's name before its broadcast's date, a comma between: "SRF 4 News, 30.11.2026, …"
_PROGRAMME = re.compile(r"[A-ZÀ-Þ][\w&.-]*(?: [\w&.-]+){0,3}, (?=\d)")


def _after_programme(line: str) -> str | None:
    """The broadcast's stamp of a programme's reference line, closed by a semicolon as a
    citation is ("SRF 4 News, 30.11.2026, 12:00 Uhr;"): a whole date with its year and its
    clock. An event listing's name before its date ends on no semicolon, or is no
    broadcaster's: "Konzert, 05.12.2026, 19:30 Uhr;" lists a show (``_broadcaster_name``)."""
    programme = _PROGRAMME.match(line) if line[-1] == ";" else None
    if programme is None or not _broadcaster_name(programme.group()):
        return None
    stamp = line[programme.end() : -1]
    return _whole_date(stamp) if has_clock(stamp) else None


def _broadcaster_name(programme: str) -> bool:
    """A programme's name carries its channel's number or letters ("SRF 4 News", "Radio 2
    Aktuell", "ORF III"); an event's or a deadline's name in a listing is words ("Konzert",
    "Anmeldung bis Freitag"), and its date is no stamp of the story."""
    return any(
        word[:1].isdigit() or (len(word) > 1 and word.isupper()) for word in programme.split()
    )


# a dateline's place in capitals before its date: "VALDORA 03.03.2025", "PORT SELWYN, Mar 3, 2025"
_PLACE = re.compile(r"(?-i:[A-ZÀ-Þ]{2,}(?:[ -][A-ZÀ-Þ]{2,}){0,2}),? (?=\d|[^\W\d_]+\.? \d)")


def _among_header_words(line: str) -> str | None:
    """The stamp of an article header's line that prints a place or a print page with it
    ("OSLO, 3 March 2025", "Mar 3, 2025 page 3"). Not a section's name before a clock and a
    date: find_time reads lines anywhere, and "Kickoff 20:45 March 7, 2026" in a text is no
    stamp."""
    if _PLACE.match(line):
        return _after_place(line)
    # the date before a print edition's page number, when it is a whole date with its year
    page = _PRINT_PAGE.search(line) if line[-1].isdigit() else None  # (a page's number last)
    return None if page is None else _whole_date(line[: page.start()])


def _after_place(line: str) -> str | None:
    """The date after a place in capitals, when it is a whole date with its year (a wire
    story's dateline, "OSLO, Mar. 3 (Nordwire) --", is no stamp). Any word in capitals
    passes for the place: a kicker before a date ("LIVE 3 March 2025") gives the date too."""
    place = _PLACE.match(line)
    if place is None or place[0].casefold().strip(" ,") in _stamp_words():
        return None
    stamp = line[place.end() :]
    return _whole_date(stamp)


# a dateline's place (or two) in title case before its date: "Valencia, 21 ene 2026 - 09:12
# CET", "Sevilla / Málaga - 19 mar 2026 - 07:15 CET" (one place and a dash, "Sevilla - 19
# mar 2026 - 07:15 CET", is a meta line split reads)
_PLACE_NAME = r"[A-ZÀ-Þ][^\W\d_]+(?: [A-ZÀ-Þ][^\W\d_]+)?"
_TITLE_PLACE = re.compile(rf"^{_PLACE_NAME}(?:,| / {_PLACE_NAME}(?:,| [-–—])) (?=\d)")


def dateline_stamp(line: str) -> str | None:
    """The stamp after a place in title case: only a whole date with its year, a clock and
    the clock's zone, as an article's header prints it (a tour's dates print no zone:
    "Manchester, 12 June 2026, 19:30"); no stamp label for a place. Not read by find_time:
    a list of fixtures, hearings or broadcasts inside a text prints the same shape ("Toronto,
    12 June 2026, 15:00 EDT"), so only split asks it, of a header's lone line."""
    if not line or not line[-1].isalpha():
        return None
    place = _TITLE_PLACE.match(line)
    if place is None:
        return _stamp_before_outlet(line)
    if not _ends_on_zoned_clock(line) or _has_stamp_word(place[0]):
        return None
    return _whole_date(line[place.end() :])


def dateline_stamp_of_day(line: str, day: date) -> str | None:
    """The stamp after a place in title case with a clock but no zone ("Madrid, 30 de
    noviembre de 2026, 11:05"), when its date is ``day`` or the day before: a header prints
    the day its page went out, fetched soon after; a fixture's or a tour's date is another
    day. Only split asks it, of a header's lone line, with the page's fetch day."""
    place = _TITLE_PLACE.match(line)
    if place is None or _has_stamp_word(place[0]) or not has_clock(line):
        return None
    stamp = _whole_date(line[place.end() :])
    moment = None if stamp is None else resolve_time(stamp, None)
    if moment is None or not timedelta(0) <= day - moment.date() <= timedelta(days=1):
        return None
    return stamp


def _ends_on_zoned_clock(text: str) -> bool:
    """``text`` ends on a clock and a zone dateutil knows ("… 09:12 CET")."""
    zone = _END_CLOCK_ZONE.search(text)
    return zone is not None and _tzinfos(zone["zone"], None) is not None


def _has_stamp_word(text: str) -> bool:
    """``text`` holds a stamp's word ("Updated", "Monday"): no place, label or paper name."""
    return not _stamp_words().isdisjoint(_WORD_RUNS.findall(text.casefold()))


# a name of one to three words in title case: a section's label, a paper's name
_TITLE_WORDS = r"[A-ZÀ-Þ][^\W\d_]+(?: [A-ZÀ-Þ][^\W\d_]+){0,2}"
# a section's label before a header's clock and date: "All News 22:17 November 28, 2026",
# or before its month-first date: "Health Nov 30, 2026 4:12 PM EST"
_SECTION_LABEL = re.compile(rf"{_TITLE_WORDS} (?=\d{{1,2}}:\d\d |[^\W\d_]{{3,9}}\.? \d)")


def labelled_clock_date(line: str) -> tuple[str, str] | None:
    """The label and the stamp after it, when the stamp opens with its clock or its month and
    is a whole date with its year (the label no stamp's word: find_time reads "Updated 22:17 …"
    itself). Only split asks it, and takes it only after a section's name: "Doors 19:30
    June 12, 2026" under a headline is an event's time."""
    label = _SECTION_LABEL.match(line)
    if label is None or _has_stamp_word(label[0]):
        return None
    stamp = _whole_date(line[label.end() :])
    return None if stamp is None else (label[0].rstrip(), stamp)


# a paper's name after its header's stamp: "Saturday November 28 2026, 10.00pm GMT, The Times"
_TRAILING_OUTLET = re.compile(rf", {_TITLE_WORDS}$")


def _stamp_before_outlet(line: str) -> str | None:
    """The stamp before the paper's name in title case, when it is a whole date with its
    year, a clock and the clock's zone (the same shape as a dateline's, asked of the same
    lone header line): a name of stamp words ("…, Monday") is no paper."""
    outlet = _TRAILING_OUTLET.search(line)
    if outlet is None or _has_stamp_word(outlet[0]):
        return None
    stamp = line[: outlet.start()]
    return _whole_date(stamp) if _ends_on_zoned_clock(stamp) else None


# a print edition's page after the date: "Sat, Nov 28, 2026 page 3", "27.11.2026 Seite A4"
_PRINT_PAGE = re.compile(
    r",? (?:page|p\.|seite|s\.|página|pagina|pág\.|pag\.) ?[A-Z]?\d{1,3}$", re.IGNORECASE
)


def _published_part(line: str) -> str | None:
    """The publication stamp of a line with two: "Published : … Updated : …", "…, modifié
    le …" give their first part; "Updated June 2 2026 - 6:10pm, first published 4:30pm" its
    second."""
    for label, published_first in ((_INNER_UPDATE, True), (_INNER_PUBLISHED, False)):
        inner = label.search(line, 1)
        if inner is None:
            continue
        first, rest = line[: inner.start()], line[inner.end() :]
        # (an update's day without its year, "aktualizováno: 28. 11. 7:10", is still one)
        if _find_time(first) and (published_first or _find_time(rest)):
            published, other = (first, rest) if published_first else (rest, first)
            return _with_shared_zone(published.strip(_STRIP), other.strip(_STRIP))
    return None


# a clock at the end of a stamp, and the zone printed after it
_END_CLOCK = re.compile(r"\d[:.h]\d\d(?: ?[AaPp]\.? ?[Mm]\.?)?$")
_END_CLOCK_ZONE = re.compile(r"\d[:.h]\d\d(?: ?[AaPp]\.? ?[Mm]\.?)? (?P<zone>[A-Za-z]{2,5})$")


def _with_shared_zone(published: str, other: str) -> str:
    """The publication stamp with the zone its line prints once, after the other clock:
    "Oct 9, 2025 08:41 am | Updated 10:03 am IST" (both clocks in IST)."""
    zone = _END_CLOCK_ZONE.search(other) if _END_CLOCK.search(published) else None
    if zone is None or _tzinfos(zone["zone"], None) is None:
        return published
    return f"{published} {zone['zone']}"


# A byline with the stamp on its line, glued by innerText or after a comma: "By Jane
# Marsh, Nov. 28, 2026", "By Jane MarshNovember 28, 2026", "Jane Marsh Published …"
_BY_WORD = re.compile(
    # (a portal's "Story by" in its languages: "Verhaal van", "Geschichte von", "Historia de")
    r"^(?:(?:posted|written|story|reported) by|story von|by|von|par|por|di|door|av|af|verhaal van|"
    r"geschichte von|histoire de|historia de|história de|storia di) ",
    re.IGNORECASE,
)
# a space, a comma without one ("Gazette Staff,Updated …"), a name glued to a number ("Marsh2
# hours ago"; glued words were spaced apart before)
_NAME_CUT = re.compile(r" (?=\S)|(?<=,)(?=[^\s\d])|(?<=[^\W\d_])(?=\d)")
# (the quick test: "By Jane", "Jane Marsh", "Bram van den Berg")
# (the particles inside a name: "Bram van den Berg", "Sara de la Cruz"; ``scan.NAME_PARTICLES``)
_PARTICLE = "|".join(sorted(NAME_PARTICLES))
_NAME_START = re.compile(rf"[A-ZÀ-Þ][^\W\d_]* (?:(?:{_PARTICLE}) ){{0,2}}[A-ZÀ-Þ]")
# (a hyphen between letters joins one name: "Min-ji", "Jean-Pierre")
_NAME_PARTS = re.compile(r"(?:[\s,/|·•–—]|-(?![^\W\d_])|(?<![^\W\d_])-)+")
_NAME_JOINS = frozenset({"and", "und", "et", "y", "e", "en", "&", *NAME_PARTICLES})
_NAME_END_MARKS = " ,-–—|/·•"
_NAME_END_WORDS = (" on", " am", " le", " el", " il", " em", " op")  # "By Jane Marsh on Nov 28"
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 8


def _after_byline(line: str) -> str | None:
    """The stamp after a byline on one line; a name without "By" only before a labelled
    stamp ("Jane Marsh Published 6:00 a.m. CT Nov. 28, 2026")."""
    by = _BY_WORD.match(line)
    start = by.end() if by else 0
    for cut in _NAME_CUT.finditer(line, start):
        head = line[start : cut.start()].rstrip(_NAME_END_MARKS)
        if head.endswith(_NAME_END_WORDS):
            head = head[: head.rfind(" ")]
        words = [word for word in _NAME_PARTS.split(head) if word]
        if len(words) > _MAX_NAME_WORDS or not all(map(_name_word, words)):
            return None  # (what comes after the name cannot make it one again)
        stamp = line[cut.end() :]
        if len(words) < _MIN_NAME_WORDS or not (
            by
            or is_labelled_stamp(stamp)
            or _named_numeric_stamp(words, stamp)
            or _glued_named_stamp(words, line, cut.start(), stamp)
        ):
            continue
        if not by and _publisher_meta(words, line, cut.start(), stamp):
            return None
        if len(stamp) <= _MAX_STAMP_CHARS and _find_time(stamp):
            return stamp.strip(_STRIP)
        # "Jane Marsh · Posted: Nov 28, 2026 5:00 AM EST | Last Updated: 2 hours ago"
        published = _published_part(stamp) if _stamp_words_only(stamp) else None
        if published is not None:
            return published
    return None


def _glued_named_stamp(words: list[str], line: str, cut: int, stamp: str) -> bool:
    """A reporter's name, opening with a given name, glued by innerText to a date with its
    clock ("Athena Stavrou30 November 2026 09:45": a live entry's author and stamp, two
    elements printed without a space). A headline puts a space before its numbers."""
    return (
        cut > 0
        and line[cut - 1].isalpha()
        and line[cut].isdigit()
        and words[0] in world_first_names()
        and has_clock(stamp)
    )


def _named_numeric_stamp(words: list[str], stamp: str) -> bool:
    """A reporter's name, opening with a given name, then a numeric date with its clock:
    "Bram van den Berg 28-11-26, 10:05". A title does not end on a date and clock in digits.
    Not a date with dots: a name over "12.12.2026, 20:00 Uhr" is a listing's performer and the
    date of the show; the sites that print no "Von" before such a byline write dashes or
    slashes."""
    date = _NUMERIC_DATE.match(stamp)
    return (
        words[0] in world_first_names()
        and date is not None
        and date["sep"] != "."
        and has_clock(stamp)
    )


# a byline after its stamp: "Posted on July 8, 2026 by Dale Hendricks"
_BY_AFTER = re.compile(r",? (?:by|von|par|por|door|di) (?=[A-ZÀ-Þ])")


def _before_byline(line: str) -> str | None:
    """The stamp before a byline on one line, when all after "by" is a person's name of two
    to four words opening with a given name ("Dale Hendricks", "Dale and Ann Smith"; not a
    book's publisher, "Published March 3, 2026 by Penguin Books", nor "… by Royal Decree")."""
    by = list(_BY_AFTER.finditer(line))[-1]
    words = [word for word in _NAME_PARTS.split(line[by.end() :]) if word]
    if (
        not _MIN_NAME_WORDS <= len(words) <= _BYLINE_NAME_WORDS
        or not all(map(_name_word, words))
        or words[-1] in _NAME_JOINS
    ):
        return None
    stamp = line[: by.start()]
    section = _SECTION_BEFORE_BY.search(stamp)
    if section is not None and _clock_or_year(stamp[: section.start()]):
        stamp = stamp[: section.start()]  # "On 11:12 am In News by Name": the post's category
    if words[0] in world_first_names():
        return _find_time(stamp)
    # a given name the list lacks ("… at 6:32 PM by Racheal Nyaguthie"): after a stamp with
    # its clock, as a header prints it, the words are a byline's (a book's date and
    # publisher print no clock)
    return _find_time(stamp) if has_clock(stamp) else None


_BYLINE_NAME_WORDS = 4
# a blog's category between its stamp and its byline, "In" capitalised as its label
_SECTION_BEFORE_BY = re.compile(
    rf" (?:{'|'.join(re.escape(word.capitalize()) for word in SECTION_PREPOSITIONS)})"
    r" [A-ZÀ-Þ][^\W\d_]+(?: [A-ZÀ-Þ][^\W\d_]+){0,2}$"
)


def _publisher_meta(words: list[str], line: str, cut: int, stamp: str) -> bool:
    """A publisher's name and its card's age, set apart by a meta line's mark ("BBC News ·
    Updated 45 mins ago"): the whole line is no stamp, split reads it as source and stamp.
    Only a name opening with an outlet's initials, the words after them not in capitals
    ("BBC News", "RNZ Pacific", "CBS Austin"): any other name there is as likely a
    reporter's ("Tendai Moyo · Updated 2 hours ago", a byline with its stamp; "JANE DOE";
    a surname set in capitals, "Marie LEROY"; "LEROY Marie": a surname's shape, then a
    first name), and a date after a name stays the byline's stamp."""
    return (
        _META_MARK_AT.match(line, cut) is not None
        and _INITIALS.fullmatch(words[0]) is not None
        and not any(word.isupper() for word in words[1:])
        and not (
            _surname_shape(words[0]) and any(word in world_first_names() for word in words[1:])
        )
        and is_relative_age(stamp)
    )


_META_MARK_AT = re.compile(r" ?[|·•] ")  # the mark between a meta line's name and its stamp
_INITIALS = re.compile(r"[A-Z]{3,5}")  # an outlet's ("BBC", "NDTV"); a person's are two ("TJ")
_VOWELS = re.compile(r"[AEIOU]")
_SURNAME_VOWELS = 2


def _surname_shape(word: str) -> bool:
    """A word in capitals that reads as a surname ("LEROY", "DUPONT"): two vowels. An
    outlet's initials are spelt letter by letter and seldom hold two ("CBS", "NDTV", "FOX")."""
    return len(_VOWELS.findall(word)) >= _SURNAME_VOWELS


def _name_word(word: str) -> bool:
    """A word of a name and role ("Jane Marsh, Staff Writer"), not a stamp's label nor a
    weekday ("By Tuesday, Nov. 28, 2026" is no byline)."""
    return word in _NAME_JOINS or (
        word[0].isupper()
        and word.replace("-", "").isalpha()
        and word.casefold() not in _WEEKDAY_WORDS
        and _LABEL.match(word.casefold() + " ") is None  # ("Updated" opens the stamp)
    )


def _stamp_words_only(line: str) -> bool:
    words = _stamp_words()
    return all(
        len(word) <= _SHORT_WORD or word in words for word in _WORD_RUNS.findall(line.casefold())
    )


def _wordy(line: str) -> bool:
    """A line without a digit longer than any stamp in words, after its label: every stamp
    longer than "day before yesterday" has a digit ("Updated a few seconds ago" has a label)."""
    if len(line) <= _MAX_DAY_WORD_CHARS:
        return False
    label = _LABEL.match(line.strip(_STRIP).casefold() + " ")
    return label is None or len(line) - label.end() > _MAX_DAY_WORD_CHARS


def _cannot_be_stamp(line: str) -> bool:
    """Quick tests before any parsing: too long, no digit, words a stamp never has."""
    if len(line) > _MAX_STAMP_CHARS or not line or line.count(" ") > _MAX_STAMP_SPACES:
        return True
    if not _DIGIT.search(line) and _wordy(line):
        return True
    words = _stamp_words()
    return any(
        len(word) > _SHORT_WORD and word not in words
        for word in _WORD_RUNS.findall(line.casefold())
    )  # "Malaysia ex-PM Mahathir, 100, ..."


def _find_time(line: str) -> str | None:
    if _cannot_be_stamp(line):
        return None
    stamp = line.strip(_STRIP)
    norm = _normalise(stamp)
    if not norm:
        return None
    if _relative(norm) is not None or _day_clock(norm) is not None:
        return stamp
    if _CLOCK_ONLY.match(norm) and _clock_valid(norm):
        return stamp
    if _looks_absolute(norm) and _absolute(norm, None, probe=True) is not None:
        return stamp
    return None


# The words that label a stamp as an update (both patterns below test, never cut, with them).
_UPDATE_WORDS = _labels("update")
# (its date glued to it too: "Updated30 Nov 2026")
_UPDATE_LABEL = re.compile(
    rf"^(?:{_LAST}|{_SENTENCE})?(?:{_UPDATE_WORDS}|última actualización)(?![^\W\d_])"
)
# the second label of a stamp line, after a space or glued to the first's clock ("10:12Modifié")
_INNER_UPDATE = re.compile(
    rf"(?:[,;|·]? +\(?|(?<=\d))(?=(?:last |zuletzt |ultimo |laatst |laatste |dernière )?"
    rf"(?:{_UPDATE_WORDS})(?![^\W\d_]))",  # (glued to its clock too: "Updated11:05")
    re.IGNORECASE,
)
_INNER_PUBLISHED = re.compile(
    rf"(?:[,;|·]? +|(?<=\d))(?=(?:first )?(?:{_labels('publication')})(?![^\W\d_]))",
    re.IGNORECASE,
)
# a label glued by innerText to the stamp before it: "GMTUpdated", "12m agoPosted 3h ago"
_GLUED_WORD = re.compile(r"(?<=[A-Za-z])(?=[A-Z][a-z])")


def glued_stamp_parts(part: str) -> list[str]:
    """A meta line's part whose stamp innerText glued to the label after it ("08:12
    UhrLesedauer: 3 Min.", "10:12 AMRead time 3 min"): the stamp and the rest, two parts;
    any other part alone (a name with a capital inside, "McClatchy", has no stamp before
    its glue)."""
    glue = _GLUED_WORD.search(part)
    if glue is None or _DIGIT.search(part, 0, glue.start()) is None:
        return [part]
    head = part[: glue.start()]
    return [head, part[glue.start() :]] if find_time(head) == head else [part]


# a clock anywhere in a stamp; not a dotted date's day and month ("27.11.2026"), and a
# sentence's full stop may follow it ("… um 14.30.")
_NUMERIC_DATE_ANYWHERE = re.compile(r"(?<![\d.])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?![\d.])")
# (or an hour with its a.m. / p.m. alone: "November 27, 2026, 7 AM ET")
_HAS_CLOCK = re.compile(
    r"(?<!\d)(?<!\d\.)\d{1,2}(?:[:h.]\d\d(?!\d|\.\d)| ?(?i:[ap]\.? ?m)(?![^\W\d_]))"
)


_META_PART = re.compile(r" ?[·•|] ?")


def holds_stamp(text: str) -> bool:
    """The text is a stamp, or a meta line with a date among its parts ("by Min-ji Park ·
    Nov 26, 2026", "Sat, 28 Nov 2026 at 9:42 am GMT·3"): a header line, never UI only. An
    age among UI parts ("Sponsored · 2 days ago") is an ad's or a card's: not enough."""
    if find_time(text) is not None:
        return True
    parts = _META_PART.split(text)
    return len(parts) > 1 and any(  # (a single part is the text, read above)
        (stamp := find_time(part)) is not None and not is_relative_age(stamp)
        for part in parts
        if part
    )


def is_stamp_label(line: str) -> bool:
    """ "Published", "Updated:", "Stand:": a label printed on its own line above its stamp."""
    if len(line) > _MAX_DAY_WORD_CHARS:
        return False
    label = _LABEL.match(line.strip(_STRIP).casefold() + " ")
    return label is not None and label.end() >= len(line.strip(_STRIP))


def is_labelled_stamp(text: str) -> bool:
    """ "Published May 19, 2026 …", "Updated 14m ago": a stamp that starts with its label."""
    return _LABEL.match(text.strip(_STRIP).casefold() + " ") is not None


def is_update_stamp(text: str) -> bool:
    """ "Updated 2 hours ago", "Last modified: ...": a stamp that is not the publication time."""
    return bool(_UPDATE_LABEL.match(text.strip(_STRIP).casefold()))


def is_clock_only(text: str) -> bool:
    """ "8:42 AM GMT+9", "14.30 BST": a clock time without a date."""
    return bool(_CLOCK_ONLY.match(_normalise(text)))


def opens_with_weekday(text: str) -> bool:
    """ "Sonntag, 29.11.2026", "Domingo 29 de noviembre de 2026", "segunda-feira, 11 de
    maio": a date that names its weekday first, as a masthead prints the day's date."""
    return names_weekday_first(text) and text.partition(" ")[2][:1].isdigit()


def names_weekday_first(text: str) -> bool:
    """ "Thursday, March 12, 2026", "Sonntag, 29.11.2026": a stamp opening on its weekday,
    whatever follows it (an English date names its month next, as a dated card's may too)."""
    head = text.partition(" ")[0]
    return head.rstrip(".,").casefold().removesuffix("-feira") in _WEEKDAY_WORDS


def is_month_word(word: str) -> bool:
    """A month's name or abbreviation in one of the languages read ("Dezember", "déc.")."""
    return word.casefold().rstrip(".") in _MONTH_WORDS


def is_relative_age(text: str) -> bool:
    """ "Published 35 minutes ago", "vor 2 Stunden", "4h": an age counted back from now (a
    clock printed next to it is something else: a video's length)."""
    return _relative(_normalise(text), bare_minutes=True) is not None


def has_clock(text: str) -> bool:
    """ "27.11.2026 14:30", "10h05": a time of day somewhere in a stamp."""
    return bool(_HAS_CLOCK.search(text))


def is_dated(text: str) -> bool:
    """ "27.11.2026", "Nov 27, 2026 14:30": a stamp with a clock or an all-numeric date, as an
    article's header prints it (a card prints an age, "4h ago", or "Nov 27")."""
    return has_clock(text) or _NUMERIC_DATE_ANYWHERE.search(text) is not None


def _looks_absolute(norm: str) -> bool:
    tokens = _TOKENS.findall(norm)
    has_digit = has_month = False
    for token in tokens:
        if token.isdigit():
            # (a month and a year alone, an issue's "December 2026", is no day)
            has_digit = has_digit or len(token) != _YEAR_DIGITS
        elif token in _MONTH_WORDS:
            has_month = True
        elif token not in _DATE_WORDS:
            return False
    if not has_digit:
        return False
    return has_month or bool(_NUMERIC_DATE.match(norm) or _ISO_DATE.match(norm))


def _clock_valid(norm: str) -> bool:
    """A time of day, and a zone after it that is one: "2.25 m", "9.58 sec", "3.50 lei" are
    a measure or a price."""
    match = _CLOCK_ONLY.match(norm)
    return bool(
        match
        and int(match["hh"]) < 24
        and int(match["mm"]) < 60
        and (match["tz"] is None or _zone(match["tz"]) is not None)
    )


# ---------------------------------------------------------------------------------------------
# Resolving a stamp
# ---------------------------------------------------------------------------------------------


def resolve_time(text: str | None, fetched_at: datetime | None) -> datetime | None:
    """The printed stamp as an aware UTC datetime; ``None`` when it cannot be resolved."""
    if not text or len(text) > 2 * _MAX_STAMP_CHARS:
        return None
    norm = _normalise(text)
    if not norm:
        return None
    anchor = _utc(fetched_at) if fetched_at is not None else None
    delta = _relative(norm, bare_minutes=True)  # (split took "40 min" as a card's stamp)
    if delta is not None:
        return None if anchor is None else anchor - delta
    day_clock = _day_clock(norm)
    if day_clock is not None or _CLOCK_ONLY.match(norm):
        return None if anchor is None else _resolve_day_clock(norm, day_clock, anchor)
    if not _looks_absolute(norm):
        return None
    return _absolute(norm, anchor)


def _resolve_day_clock(
    norm: str, day_clock: tuple[int, str | None] | None, anchor: datetime
) -> datetime | None:
    if day_clock is None:  # a bare clock time
        if not _clock_valid(norm):
            return None
        return _at_clock(anchor, norm, anchor, roll_back=True)
    days_back, clock = day_clock
    day = anchor - timedelta(days=days_back)
    if clock is None:
        return day
    return _at_clock(day, clock, anchor, roll_back=False)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def is_compact_stamp(text: str) -> bool:
    """ "2 h", "1 d", "45m": a number and a unit, nothing else."""
    return _BARE.match(_normalise(text)) is not None


def is_bare_minutes(line: str) -> bool:
    """ "40 min": a compact stamp on a card, or a reading time; only its place can tell
    (``find_time`` does not take it, ``resolve_time`` resolves it)."""
    if len(line) > _MAX_DAY_WORD_CHARS or not line[:1].isdigit():
        return False
    norm = _normalise(line)
    return _relative(norm) is None and _relative(norm, bare_minutes=True) is not None


# A page prints the age of its stories in hours, days or weeks, an archive's list a few years
# ("před 2 lety"); decades ago, "Vor 35 Jahren", is what a history piece heads a section with
_MAX_STAMP_YEARS = 9


# an age in two units, the larger first ("1 hr 4 min ago", "2 hours 15 minutes ago"): a live
# blog's entries count their age to the minute
_COMPOUND_AGE = re.compile(
    r"^(?P<larger>\d{1,3} ?[^\W\d_]{1,9}\.?) (?P<smaller>\d{1,3} ?[^\W\d_]{1,9}\.?) ago$"
)


def _compound_age(norm: str) -> timedelta | None:
    """The age a two-unit stamp counts ("1 hr 4 min ago": 64 minutes), or None."""
    match = _COMPOUND_AGE.match(norm)
    if match is None:
        return None
    larger = _relative(f"{match['larger']} ago")
    smaller = _relative(f"{match['smaller']} ago")
    if not (isinstance(larger, timedelta) and isinstance(smaller, timedelta)):
        return None
    return larger + smaller if larger > smaller else None


def _relative(norm: str, *, bare_minutes: bool = False) -> timedelta | relativedelta | None:
    if norm[:1].isdigit() and norm.endswith(" ago") and (compound := _compound_age(norm)):
        return compound
    for pattern in _RELATIVE:
        match = pattern.match(norm)
        if match is None:
            continue
        count_text, unit_text = match["n"], match["u"]
        unit = _UNITS.get(unit_text) or _UNITS.get(unit_text.rstrip("."))
        if unit_text == "t" and pattern in _T_IS_HOUR:
            unit = "hours"
        if unit is None or (pattern is _BARE and unit_text in _AGE_WORD_UNITS):
            continue
        if count_text is None:
            count: int | None = 1  # a unit alone is one of it: "před hodinou", "rok temu"
        else:
            count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS.get(count_text)
        if count is None or (
            pattern is _BARE and unit == "minutes" and unit_text != "m" and not bare_minutes
        ):
            continue  # a bare "2 min" is a reading time; "45m" and "2 min ago" are stamps
        if unit == "months":
            return relativedelta(months=count)
        if unit == "years":
            if count > _MAX_STAMP_YEARS:
                return None  # "Vor 35 Jahren", "Hace 50 años": an anniversary's subheading
            return relativedelta(years=count)
        return timedelta(**{unit: count})
    return None


def _day_clock(norm: str) -> tuple[int, str | None] | None:
    if norm in _DAY_WORDS:
        return _DAY_WORDS[norm], None
    match = _DAY_CLOCK.match(norm)
    if match is not None and match["hh"] is not None:
        clock = norm[match.start("hh") :]
    else:
        match = _CLOCK_DAY.match(norm) if norm[:1].isdigit() else None
        if match is None:
            return None
        clock = match["clock"]
    day = match["day"].strip(_STRIP)
    if day not in _DAY_WORDS or day in _NOW_WORDS:
        return None
    if not _clock_valid(clock.removesuffix(" uhr")):
        return None
    return _DAY_WORDS[day], clock


def _at_clock(day: datetime, clock: str, anchor: datetime, *, roll_back: bool) -> datetime | None:
    match = _CLOCK_ONLY.match(clock)
    if match is None:
        return None
    hour, minute = int(match["hh"]), int(match["mm"])
    if match["ampm"] == "p" and hour < 12:
        hour += 12
    elif match["ampm"] == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    zone: tzinfo = UTC
    if match["tz"]:
        found = _zone(match["tz"])
        if found is None:
            return None
        zone = found
    local_day = day.astimezone(zone)
    moment = local_day.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if roll_back and moment > anchor + timedelta(minutes=5):
        moment -= timedelta(days=1)
    return moment.astimezone(UTC)


def _absolute(norm: str, anchor: datetime | None, *, probe: bool = False) -> datetime | None:
    if "gmt" in norm or "utc" in norm:
        norm = _GMT_OFFSET.sub(_gmt_offset, norm)
    text = _DOT_CLOCK.sub(r"\1:\2", norm) if not _NUMERIC_DATE.match(norm) else norm
    numeric = _NUMERIC_DATE.match(norm)
    if numeric is not None:
        return _numeric(numeric)
    has_year = bool(_YEAR.search(text))
    if not has_year and anchor is None and not probe:
        return None
    # The probe's parse (default year 2000) serves resolving too when the text gave the year:
    # dateutil takes only a missing year from the default.
    parsed = _parse(text, _PROBE_DEFAULT)
    if anchor is not None and (parsed is None or parsed.year == _PROBE_DEFAULT.year):
        parsed = _parse(text, datetime(anchor.year, 1, 1))
    if parsed is None:
        return None
    moment = _utc(parsed)
    if not has_year and anchor is not None and moment > anchor + timedelta(days=1):
        moment = _utc(parsed.replace(year=parsed.year - 1))
    return moment


def _numeric(match: re.Match[str]) -> datetime | None:
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    if year < 100:
        year += 2000
    readings: list[tuple[int, int]] = []  # (month, day), day-first first
    for month, day in ((b, a), (a, b)):
        if 1 <= month <= 12 and 1 <= day <= 31 and (month, day) not in readings:
            readings.append((month, day))
    if match["sep"] == ".":
        readings = readings[:1] if readings and readings[0] == (b, a) else []
    if not readings:
        return None
    month, day = readings[0]  # day-first unless that reading is impossible
    rest = _DOT_CLOCK.sub(r"\1:\2", match["rest"]).strip(_STRIP)
    rest = _CLOCK_CONNECTOR.sub("", rest)  # "22/05/2026 a las 10:15" (not an "a" for a.m.)
    try:
        default = datetime(year, month, day)
    except ValueError:
        return None
    parsed = _parse(rest, default) if rest else default
    return None if parsed is None else _utc(parsed)


@lru_cache(maxsize=_FIND_CACHE)  # (a stamp is parsed when split finds it, again when resolved)
def _parse(text: str, default: datetime) -> datetime | None:
    """dateutil's reading of ``text``, the fields it lacks taken from ``default``."""
    try:
        return _PARSER.parse(text.upper(), default=default, tzinfos=_tzinfos)
    except (ValueError, OverflowError, TypeError):
        return None
