"""Photo captions: paragraphs that describe a picture, with the picture's credit.

A paragraph is a caption when it ends with a credit in one of the printed forms:

* a label: "... on Thursday. Photo: AFP", "Photograph: Ahn Young-joon/AP",
  "Foto: dpa", "Image: Getty Images", "Credit: ..." (several languages);
* a parenthesised agency after the last sentence: "... December 10, 2024. (Reuters)",
  "(AP Photo/Jae C. Hong)"; after a caption without a full stop, alone or with its
  service: "... a Palazzo Chigi (Ansa)", "... after the decision (PA Archive)";
* an upper-case agency with a photographer: "... in Seoul. REUTERS/Kim Hong-Ji";
* a photographer and agency without a label: "... 2025. Kent Nishimura/Getty Images";
* a copyright sign: "... agreement. © Thomas Samson, AFP";
* the BBC form, a line "Image source, Getty Images" before "Image caption, ...";
* an agency and the kind of picture: "... in Norhaven. Getty Images", "PTI Photo";
* an agency and its photographer in capitals, without a full stop before them:
  "... in una foto d'archivio ANSA/NOME COGNOME".

A credit line on its own ("Photo: AFP", "REUTERS/Name/File Photo", "(AP Photo/Name,
File)") credits the paragraph just before it; an agency's name alone ("Getty Images") the
caption without a full stop next to it, above or below. The
credit must look like a name (short, starts upper-case, no sentence inside), so prose
that merely ends in a parenthesis or mentions a photo is left in the body, and so is a
wire's sign-off closing the story (its last sentence, then the agency in brackets).

A capital letter in these patterns is Latin, Greek or Cyrillic (``A-ZÀ-ÞΆ-ΩА-Я``): a Greek
caption's credit ("… 2023. ΑΠΕ-ΜΠΕ / ΑΠΕ-ΜΠΕ") has the shapes of a Latin one.
"""

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from schemas.article import Caption
from streams.boilerplate import (
    agency_initials,
    handed_picture_words,
    is_counter,
    is_portal_credit,
    join_words,
    named_photo_credit,
    quotes_speech,
    reports_speech,
    trailing_ui,
    word_sections,
)
from streams.data_files import line_sections
from streams.gazetteer import get_gazetteer
from streams.name_data import common_word, english_words, without_accents, world_first_names
from streams.timestamps import find_time

_UPPER = "A-ZÀ-ÞΆ-ΩА-Я"  # a capital letter: Latin, Greek or Cyrillic (see above)
_BBC_HEADS = ("image", "bildqu", "bildun", "source", "fuente", "fonte", "légend", "pie de")
_TAIL = 160  # credits are at the end: only the tail of a paragraph is searched
_LABEL_WINDOW = 24  # "photograph credit :" is the longest label
_SLASH_WINDOW = 64  # "Kent Nishimura/", "REUTERS/": the credit's start is near its slash
_SENTENCE_END = frozenset(".!?")
_MAX_CREDIT_CHARS = 70
_CACHE_LINES = 8192
_BY_LABELS = ("photo", "photograph", "picture", "image", "foto", "pic")  # "Photo by Name"
_BY_LABEL_CHARS = 10
_MAX_CREDIT_WORDS = 9
_AGENCY_LINE_WORDS = 4
_AGENCY_LINE_CHARS = 40
_SIGN_OFF_WORDS = 4  # a desk's initials, a wire's "Agency/End" under the text
_CAPTION_MIN_WORDS = 5
_CAPTION_MAX_WORDS = 40
_PICTURE_WORD = re.compile(
    r"©|\b(?:photos?|photograph(?:er|y)?|pictures?|pics?|images?|imagens?|imagen|immagine|"
    r"fotos?|fotografi[ae]|fot[oó]grafo|bild(?:er)?|beeld)\b",
    re.IGNORECASE,
)
# a caption under its credit over the text's first paragraph: as long as nearly every caption
# (99% of the corpus's have 25 words or fewer); a lede of one sentence runs longer
_CAPTION_OVER_TEXT_MAX_WORDS = 25
# a caption with its full stop over an agency's copyright ("Il centro storico di Tolmezzo." /
# "© ANSA"): a short sentence naming what is seen; a story's sentences run longer
_SHORT_CAPTION_MAX_WORDS = 15
_CREDITED_CAPTION_MIN_WORDS = 3  # "Eine Postfiliale in Aarau." under its credit line

# a picture's label in more languages: Finnish, Turkish, Catalan, Polish, Czech, German's "source
# of the picture", Hungarian, Greek, Cyrillic; Finnish "pictures" / "photographer" / "illustration
# picture", Italian "credit foto", Portuguese "illustration photo" (not the words a sentence may
# open a clause with before a colon: "Fotograf", "Bildrechte", Spanish "Crédito")
_MORE_LABELS = (
    "kuva|fotoğraf|imatge|zdjęcie|fotografie|bildquelle|kép|φωτογραφία|фото|снимка|"
    "kuvat|kuvaaja|kuvituskuva|credit foto|foto ilustrativa|"
    "copyright|larawan|gambar|picha|"  # (English; Tagalog, Malay / Indonesian, Swahili "picture")
    "visualisierung|grafik|illustration|"  # (a drawing's or a rendering's: "Visualisierung: zvg")
    "screenshot"  # (a post's picture: "Screenshot: X", "(Screenshot und Schwärzung: Name)")
)
# an agency's name of capitalised words in brackets after its photographer: "(Europa Press)"
_PAREN_AGENCY = rf"[{_UPPER}][\w'-]*(?: [{_UPPER}][\w'-]*){{0,2}}"
_LABEL = re.compile(
    # "… Delhi. | Photo Credit: …", "… Wednesday. – Photo: …", "… Narayanan. File | Photo
    # Credit: …" (a word before the bar: the picture's note; not before "Photos", a gallery's
    # card: "In Pictures | Photos: India's series win")
    r"(?:^|(?<=[.!?\"”’')\]]) ?|(?<=[\w).!?] [-—–] )|(?<=[.!?] \| )|(?<=\w \| )(?!photos\b)"
    # a figure's caption and its credit's capitalised label: "… in Valdora Beeld: ANP / Name",
    # also after a comma: "Olayemi Cardoso, CBN governor, Photo: BusinessDay"
    rf"|(?:(?<=[^\W\d_] )|(?<=\w, ))"
    rf"(?=(?-i:[{_UPPER}])[^\W\d_]+(?: [^\W\d_]+)? ?: (?-i:[{_UPPER}])))"
    r"(?-i:[A-Z]{2,5} )?"  # the paper's initials: "ST PHOTO: LIM YAOHUI"
    r"(?:(?:(?:file|archive|staff) )?"  # "… on Friday. File photo: Name", "Staff photo: Name"
    r"(?:photo|photos|photograph|picture|pictures|pic|image|images|imagen|imagem|immagine|"
    r"foto|fotos|fotó|bild|bilder|photo credit|image credit|credit|credits|crédits? photo|crédits|"
    rf"crédit|fotografía|fotografia|beeld|{_MORE_LABELS})(?: ?: ?|\.\.\.|…| \| | / )"
    r"|(?-i:Beeld|Fot\.) |"
    rf"(?-i:Foto (?=[{_UPPER}]))|"  # a name after a dash and "Foto": "… al porto - Foto Ansa"
    # after a caption's sentence, a photographer's credit: "… Ülemiste. Source: Siim Lõvi/ERR"
    r"(?:(?<=[.!?] )|(?<=[.!?]))(?:source|quelle|fuente|fonte) ?: ?(?=[^/]{2,40}/)|"
    # on the line under its caption, naming a picture's seller: "Quelle: picture alliance/dpa"
    r"^(?:source|quelle|fuente|fonte) ?: ?(?=[^/]{2,40}/)(?=.*\b(?:pictures?|images)\b)|"
    rf"(?:(?:file|staff) )?(?:{'|'.join(_BY_LABELS)}) by |"  # "Staff photo by Name"
    # "… in August. Photo courtesy of the Fire Department", "Courtesy of Jane Doe"
    r"(?:(?:photo|photograph|picture|image|foto) )?courtesy(?: of|:)? )"
    # the agency's initials in brackets may close it: "Name/African News Agency (ANA)"; or
    # the agency a photographer worked for: "Foto: Ennio Leanza (Keystone)"
    rf"(?P<credit>[^:()]{{1,70}}(?: \((?-i:[A-Z]{{2,6}}|{_PAREN_AGENCY})\))?)$",
    re.IGNORECASE,
)
_PAREN = re.compile(
    # (also after a quoted title: "… una scena de «La stagione» (foto Name)")
    r"(?:(?<=[.!?\"”’']) ?|(?<=[\w)»”’]) ?(?=[(\[](?:[^()\[\]/]{2,40}/[^()\[\]]{2,40}|"
    rf"(?:[Pp]hoto|[Ff]oto) [{_UPPER}][^()\[\]]{{1,40}})[)\]]$))"
    r"(?:\((?P<credit>[^()]{2,70})\)|\[(?P<bracketed>[^\[\]]{2,70})\])$"
)  # "… in Nairobi. (Reuters)"; without a full stop "… 2026 (SIMON MAINA/AFP)"; a label in
# brackets ("(Image: Reuters)", "(Photo courtesy of …)") is _BRACKET_LABEL's, tried first; a
# slash credit also after a note in brackets: "… (Photo d'illustration) ( AFP / Name )"
# "REUTERS/Kim Hong-Ji", "REUTERS/Kim Kyung-Hoon/File Photo"
_SLASH_CREDIT = r"(?P<credit>(?P<agency>[A-Z][A-Z-]{1,15}) ?/ ?[^/]{2,50}(?:/[^/]{2,20})?)$"
# after the caption's last sentence, also after a dash ("… on Tuesday. - EFE/Name"); not
# after a photographer's initial ("… 2026. MIGUEL A. LOPES/LUSA" is one name)
_DASHES = "-–—"
_AFTER_SENTENCE = rf"(?<=[.!?\"”’'])(?: [{_DASHES}])?"
_SLASH = re.compile(_AFTER_SENTENCE + rf"(?<! [{_UPPER}]\.) " + _SLASH_CREDIT)
# a bare slash before the credit in capitals after the caption's sentence ("… State House,
# Nairobi. /PCS": Kenyan papers' form)
_BARE_SLASH = re.compile(r"(?<=[.!?]) /(?P<credit>[A-Z]{2,8})$")
_SLASH_LINE = re.compile("^" + _SLASH_CREDIT)  # on its own line, under its caption
# an agency and its photographer in capitals after a caption without a full stop: "… in una
# foto d'archivio ANSA/NOME COGNOME"
_CAPITALS_SLASH = re.compile(
    rf"(?<=[^\W\d_]) (?P<credit>(?P<agency>[A-Z]{{2,15}}) ?/ ?[{_UPPER}][{_UPPER}'’.-]{{1,20}}"
    rf" [{_UPPER}][{_UPPER}'’ .-]{{1,30}})$"
)
# a photographer and an agency or paper in capitals, in either order, after the caption's
# sentence or its last word in lower case: "… le 24 novembre 2026. IDRISS BIGOU-GILLES / HANS
# LUCAS POUR « LE MONDE »", "… é um dos afectados MÁRIO CRUZ/LUSA"
_CAPITAL_WORDS = rf"[{_UPPER}][{_UPPER}'’.-]*(?: (?:[{_UPPER}][{_UPPER}'’.-]*|[«»])){{0,6}}"
_CAPITALS_CREDIT = re.compile(
    rf"(?:(?<=[^\W\d_{_UPPER}] )|(?P<stop>(?<=[.!?] )))"
    rf"(?P<credit>{_CAPITAL_WORDS} ?/ ?{_CAPITAL_WORDS})$"
)
# a photographer's name alone in capitals after the caption's one sentence: "… en una imagen de
# archivo. CÉSAR QUIAN" (Spanish papers' form; the name opens on a known first name)
_CAPITALS_NAME = re.compile(
    rf"(?<=[^\W\d_][.!?]) (?P<credit>[{_UPPER}][{_UPPER}'’-]+(?: [{_UPPER}][{_UPPER}'’-]+){{1,2}})$"
)
_CAPITALS_NAME_WINDOW = 48
_CAPITALS_CREDIT_MIN_WORDS = 3  # a photographer's two names and who took the picture for whom
# (also after a note in brackets: "… a Faenza (archivio) © ANSA")
_COPY = re.compile(r"(?<=[\w.!?\"”’')\]]) ?© ?(?P<credit>[^©]{2,70})$")
# "Kent Nishimura/Getty Images": capitalised words / capitalised words, after a sentence
# (also glued to its full stop: "… sales roles.Justin Tang/The Canadian Press")
# Also three parts ("… confirmed. Joe Giddens/PA Images/Alamy") and a known agency's name in
# lower case ("… untersucht (Symbolbild). Sven Hoppe/dpa", ``_unlabelled_credit`` checks it)
_NAME_SIDE = rf"[{_UPPER}][\w.'-]*(?: [{_UPPER}][\w.'-]*){{0,3}}"
# (not after a name's initial in a credit in capitals: "MIGUEL A. LOPES/LUSA" is one credit;
# a caption's sentence may end on a capital letter: "… in Terminal B. Kena Betancur/AFP")
_NAME_SLASH = re.compile(
    _AFTER_SENTENCE + rf"(?<![{_UPPER}]{{2}} [{_UPPER}]\.) ?(?P<credit>{_NAME_SIDE} ?/ ?"
    rf"(?:{_NAME_SIDE}(?: ?/ ?{_NAME_SIDE})?|(?P<lower>[a-z]{{2,15}}))"
    rf"(?: via {_NAME_SIDE})?)$"  # through a picture agency: "Name/AFP via Getty Images"
)
# a photographer's name between dashes, before a date/agency or an agency: "- Pedro Ladeira - "
# (a name's lower-case particles among its words: "Lalo de Almeida", "Ann van Dijk")
_DASHED_NAME = (
    rf"[{_UPPER}][\w'.-]*(?: (?:[{_UPPER}][\w'.-]*|de|da|do|dos|das|del|di|van|von)){{0,3}} [-–—] "
)
# "… em Brasília - Pedro Ladeira - 12.jan.2026/Folhapress": photographer, date/agency
_DASHED_CREDIT = re.compile(
    rf"(?<=[\w)]) [-–—] (?P<credit>{_DASHED_NAME}"  # (also after a state's initials: "(MT)")
    rf"[\w.]{{3,20}}/[{_UPPER}]\w{{1,20}}(?: [{_UPPER}]\w{{1,20}}){{0,2}})$"
)  # (an agency's name of words: "- Name - 14.out.2026/Agência Brasil")
_DASHED_WINDOW = 80
# a photographer and an agency after a dash, under the caption's sentence or on a line of their
# own: "… in Valdora. - Ann Cole - Norhaven Press", "- Ann Cole - Marlow Agency"
_DASHED_AGENCY = re.compile(
    rf"(?:^|(?<=[.!?]) )[-–—] (?P<credit>{_DASHED_NAME}"
    rf"(?P<agency>[{_UPPER}][\w'-]*(?: [{_UPPER}][\w'-]*){{0,2}}))$"
)
_DASHED_AGENCY_WINDOW = 70
_DASHED_SLASH_WORDS = 4  # "Ola Brink/Norhaven Post": a name's credit after a dash, agency unknown
_AGENCY_DASH_WINDOW = 40
# an agency and the kind of picture after the caption's sentence: "… in Norhaven. Getty Images",
# "… at the weir. PTI Photo", "… in the square. ANTARA PIC"; or on its own line
_KINDS = ("Images", "Photo", "Photos", "PHOTO", "Pictures", "Foto", "pic", "Pic", "PIC")
# "PIC" in capitals is the label under the agency's name, not printed as part of the credit
# ("… in Pasir Mas. BERNAMA PIC": credit "BERNAMA"); the other kinds stay ("PTI Photo")
_PRINTED_KINDS = tuple(kind for kind in _KINDS if kind != "PIC")
_AGENCY_KIND_CREDIT = (
    rf"(?=[A-Z][A-Za-z]{{1,15}} (?:{'|'.join(_KINDS)})$)"
    rf"(?P<credit>(?P<agency>[A-Z][A-Za-z]{{1,15}})(?: (?:{'|'.join(_PRINTED_KINDS)}))?)(?: PIC)?$"
)
# (also after a dash: "… on Friday. — Bernama pic")
_AGENCY_KIND = re.compile(r"(?<=[.!?]) (?:[-–—] )?" + _AGENCY_KIND_CREDIT)
_AGENCY_KIND_LINE = re.compile("^" + _AGENCY_KIND_CREDIT)
_AGENCY_KIND_WINDOW = 32
# the last word of a photo agency's name ("Gallo Images"); "Pictures" ends film studios' names too
# ("Warner Bros Pictures/Legendary Pictures/Village Roadshow" under a review: no credit)
_AGENCY_KINDS = ("Images",)
# a news agency's name of two or three words after the caption's sentence: "… in Valdora.
# Europa Press", "… on Parliament Hill. The Canadian Press" (its first or last word an agency
# word, ``data/agency_words.txt``: "Press", "Agency", "Agencia" …)
_AGENCY_NAME_WORDS = (
    rf"(?P<credit>(?P<first>[{_UPPER}][\w'-]*)(?: [{_UPPER}][\w'-]*)?"
    rf" (?P<last>[{_UPPER}][\w'-]*))"
)
_AGENCY_NAME = re.compile(rf"(?<=[.!?]) {_AGENCY_NAME_WORDS}$")
# such a name in brackets after a caption without a full stop, ending on a lower-case letter:
# "… en el Estadio Nacional (Agencia Uno)" (not after a wire's dateline: "VALENCIA, 14 (EUROPA
# PRESS)")
_AGENCY_NAME_PAREN = re.compile(rf"(?<=[a-zß-ÿ»”’]) \({_AGENCY_NAME_WORDS}\)$")
_AGENCY_NAME_WINDOW = 48
# a known agency's name alone after a one-sentence caption: "… at the weir on Saturday. AFP"
_BARE_AGENCY = re.compile(r"(?<=[.!?]) (?P<credit>[^\W\d_]{2,15})$")
_BARE_AGENCY_WINDOW = 18
# a label without a colon before an agency or a slash credit: "… on Friday. Photo AFP",
# "… minggu lalu. - Foto NSTP/Aida Rahman", "… vrijdag. Foto ANP"; or before a photographer's
# name of two or three capitalised words: "… samedi. Photo Hélène Martin"
_BARE_LABEL = re.compile(
    r"(?<=[.!?]) (?:[-–—] )?(?:Photo|PHOTO|Foto|FOTO) "
    r"(?P<credit>(?P<first>[^\W\d_]{2,15})(?: ?/ ?[^/]{2,40})?"
    rf"|(?P<name>[{_UPPER}][a-zß-ÿ'’-]+(?: [{_UPPER}][a-zß-ÿ'’-]+){{1,2}}))$"
)
_BARE_LABEL_WINDOW = 64
# one side of a bar credit: up to five capitalised words ("Nation Media Group", "AFP via Getty")
_BAR_SIDE = rf"[{_UPPER}][\w'’&-]*(?:(?:[ /]| via )[{_UPPER}][\w'’&-]*){{0,4}}"
# one sentence (an abbreviation's dot inside), then a short credit of capitalised words after
# a bar or a slash: "… on Saturday. | JIJI", "… on Nov. 27. | Ines Kerr/AFP via Getty Images"
# (not a wire story's sign-off: "… in Caracas. EFE")
_SENTENCE_CREDIT = re.compile(  # (a second bar names the picture's kind or photographer
    # before the paper: "… on November 29, 2026. | File | Nation Media Group")
    rf"^(?P<text>(?:[^.!?]|\.(?! [{_UPPER}])){{30,}}[a-z0-9)][.!?]) [|/] "
    rf"(?P<credit>{_BAR_SIDE}(?: \| {_BAR_SIDE})?)$"
)
# one sentence, then a photographer's bar credit (``name_bar_credit``) glued after its full
# stop: "… near Laramie, Wyo., on Saturday. Ann Cole | AP" (the shape of the line under a
# caption, printed on the caption's line)
_SENTENCE_NAME_BAR = re.compile(
    rf"^(?P<text>(?:[^.!?]|\.(?! [{_UPPER}])){{30,}}[a-z0-9)][.!?]) "
    rf"(?P<credit>[{_UPPER}][^|]{{2,40}} \| [^|]{{2,40}})$"
)
_SENTENCE_BREAK = re.compile(rf"[.!?] [{_UPPER}]")
# a sentence of the text ended inside the paragraph by a lower-case word, no abbreviation's
# dot ("… avant la récréation. Personne …"; not "Gov. Rhee", "6 a.m. Thursday")
_TEXT_SENTENCE_BREAK = re.compile(rf"(?<![\w.])[a-zà-ÿ]{{4,}}[.!?] [{_UPPER}]")
# a caption's lead-in of two words or more in capitals, no sentence of the text: "FLOODED
# ROAD. Residents wade …"
_LEAD_IN = re.compile(
    rf"[{_UPPER}][{_UPPER}'’&-]*(?: [{_UPPER}][{_UPPER}'’&-]*){{1,4}}"
    rf"\. (?=[{_UPPER}][a-zß-ÿ])"
)
# one side of a slash credit: capitalised words, an outlet's particles among them ("The Norhaven
# Times and Star")
_CREDIT_SIDE = (
    rf"[{_UPPER}][\w.'-]*(?: (?:[{_UPPER}][\w.'-]*|and|of|the|de|del|du|des|van|von|&)){{0,4}}"
)
_CREDIT_LINE = re.compile(  # "Christian Beutler / Keystone", "(AP Photo/Tomas K. Varga, File)",
    # "Ann Cole/Norhaven Images/Alamy"
    rf"^(?P<open>\()?(?P<credit>{_CREDIT_SIDE} ?/ ?{_CREDIT_SIDE}(?:/{_CREDIT_SIDE})?"
    r"(?:, (?:File|FILE|Pool|POOL|Handout))?)(?(open)\))$"
)
# "Mario Tama via Getty Images": a photographer's picture through an agency, on its own line
_VIA_LINE = re.compile(  # (also with the first agency: "Name/AFP via Getty Images")
    rf"^(?P<credit>[{_UPPER}][\w.'-]+(?: [{_UPPER}][\w.'-]+){{1,2}}"
    rf"(?: ?/ ?[{_UPPER}][\w.'-]*)? via "
    rf"(?P<agency>[{_UPPER}][\w.'-]*(?: [{_UPPER}][\w.'-]*){{0,2}}))$"
)
# "Louise Johns for Public Radio": a photographer working for the paper, on its own line
_FOR_LINE = re.compile(
    rf"^(?P<credit>[{_UPPER}][\w.'-]+(?: [{_UPPER}][\w.'-]+){{1,2}}"
    r" for (?P<paper>(?:The |the )?"
    rf"[{_UPPER}][\w.'-]*(?: [{_UPPER}][\w.'-]*){{0,3}}))$"
)
# "Stephanie Keith | Getty Images": a photographer's name, a bar, a picture agency, on its own
# line under the caption (a byline's bar names a paper or a wire: "By Ann Cole | The Herald")
_PIPE_LINE = re.compile(
    rf"^(?P<credit>[{_UPPER}][\w.'-]+(?: [{_UPPER}][\w.'-]+){{1,2}}"
    rf" \| (?P<agency>[{_UPPER}][\w.'-]*(?: [{_UPPER}][\w.'-]*){{0,2}}))$"
)
_COPY_LINE = re.compile(r"^© ?(?P<credit>[^©]{2,70})$")
# "Hamad I Mohammed | Reuters", "Qilai Shen | Bloomberg | Getty Images", "Sven Hoppe | picture
# alliance": a photographer's name of two or three words (initials too), a bar and who sells
# the picture, which a wire or a lower-case agency may be (taken only under a caption: a
# byline has the shape)
_NAME_BAR_LINE = re.compile(
    rf"^(?P<credit>[{_UPPER}][\w.'-]*(?: [{_UPPER}][\w.'-]*){{1,2}}) \| (?P<agency>[^|]{{2,40}}"
    r"(?: \| [^|]{2,40})?)$"
)
_NAME_BAR_AGENCY_MAX_WORDS = 4  # "AFP via Getty Images"
# "© Daniel Schäfer": a photographer's copyright on a line of its own (a first name and one or
# two capitalised names; a paper's "© Het Dagblad", "© Le Quotidien du Soir" is none)
_NAME_COPY_LINE = re.compile(
    rf"^© ?(?P<credit>(?P<first>[{_UPPER}][a-zß-ÿ'-]+)(?: [{_UPPER}][a-zß-ÿ'-]+){{1,2}})$"
)
_PORTAL_LABEL = re.compile(rf"\w+ \w+ (?=[{_UPPER}])")  # "Provided by ", "Proporcionado por "
_INNER_LABEL = re.compile(
    r"^(?:(?:file|archive) (?=photo|image|picture))?(?:photo|photos|foto|fotos|bild|image|"
    r"picture|credit|photograph|file|quelle|fuente|fonte|source|copyright)(?: credit)?"
    r"(?: ?: ?| by | courtesy(?: of|:)? )"
    rf"|^(?-i:[Ff]oto|[Pp]hoto) (?-i:(?=[{_UPPER}]))",  # "(foto LaPresse)"
    re.IGNORECASE,
)
_BBC_SOURCE = re.compile(
    r"^(?:image source|bildquelle|source de l'image|fuente de la imagen|fonte da imagem),? "
    r"(?P<credit>.{2,70})$",
    re.IGNORECASE,
)
_BBC_CAPTION = re.compile(
    r"^(?:image caption|bildunterschrift|légende de l'image|pie de foto|legenda da foto),? "
    r"(?P<text>.+)$",
    re.IGNORECASE,
)
# a label inside the brackets, on the caption's line or on its own: "(Photo courtesy of the Fire
# Service)", "[File: Name/Outlet]", "(Photo | AGENCY/Name)", "(Pic by Name)", after the agency's
# initials or its name "(NWA photo by Name)", "(Express photo by Name)"
_BRACKET_LABEL = re.compile(
    r"(?:(?<=[\w.!?\"”’')]) ?|^)[(\[](?-i:[A-Z]{2,5} |[A-Z][a-z]{1,15} )?(?:(?:file|archive) )?"
    rf"(?:(?:photo|photograph|picture|pic|image|foto|bild|credit|file|{_MORE_LABELS})s?(?: credit)?"
    # (what else was done to the picture: "(Screenshot und Schwärzung: Name)")
    r"(?: (?:and|und|et|y|e|en) [^\W\d_]{3,20})?"
    r"(?: ?: ?| by | ?\| ?| courtesy(?: of|:)? )|courtesy(?: of|:)? )"
    r"(?P<credit>[^()\[\]]{2,70})[)\]]$",
    re.IGNORECASE,
)
# "… Palazzo Chigi (Ansa)"; with the agency's kind of picture or service: "… after the
# decision (PA Archive)", "(PA Wire)", "(Getty Images)"; after the picture's note of use in
# brackets: "… in North Korea. (No Redistribution) (Yonhap)", "(PHOTO NOT FOR SALE) (Yonhap)"
_PAREN_KINDS = (*_KINDS, "Archive", "Wire", "Media", "Pool", "File")
_AGENCY_PAREN = re.compile(
    # also after a quoted title ending a caption: "… nel film «Il ritorno» (Ansa)"
    rf"(?<=[\w)»”’]) \((?P<credit>(?P<agency>[A-Za-z]{{2,15}})"
    rf"(?: (?:{'|'.join(_PAREN_KINDS)}))?)\)$"
)
# a photographer's name before the agency in brackets, after the caption's sentence or on a line
# of its own under the caption: "… este jueves. Jorge Guerrero (AFP)", "JORGE GIL (Europa Press)"
_PHOTOGRAPHER_PAREN = re.compile(  # (also glued to the full stop: "… octubre.Name (Agency)")
    rf"(?:^|(?<=[.!?\"”’'] )|(?<=[a-zà-ÿ]\.))"
    rf"(?P<credit>(?P<name>[{_UPPER}][\w'’.-]*(?: [{_UPPER}][\w'’.-]*){{1,2}})"
    rf" \((?P<agency>{_PAREN_AGENCY})\))$"
)
_PHOTOGRAPHER_PAREN_WINDOW = 48
_AGENCY_DASH = re.compile(  # "… 2026. — AFP", "… 2026. — AFP file", "… 2026. - NORDIC PRESS",
    # a long dash glued to the credit: "… 2026. —ANN COLE"; the paper's own files: "— Filepic"
    r"(?<=[.!?]) (?:[-–—] |[–—])(?P<credit>[A-Za-z]{2,15}(?P<capitals>(?: [A-Z]{2,15}){1,2})?"
    # what the agency's picture is ("AFP file"): ``[agency-note]`` of ``data/caption_words.txt``
    rf"(?: (?:{'|'.join(line_sections('caption_words.txt')['agency-note'])}))?)$"
)
# a wire story's dateline names its agency in brackets: "ROME, 28 nov. (AGI) -", "(AGI) - Roma",
# "Valdora [Norland], March 3 (HWA): ", the Spanish wires' "Vitoria, 28 nov (EFE).- "
_DATELINE_AGENCY = re.compile(r"\((?P<agency>[A-Za-z]{2,15})\)(?: ?(?:\.?--?|[–—]) |: )")
_DATELINE_CHARS = 60
# a credit line of a picture the paper was given: "Image courtesy of Facebook", "Courtesy: Name"
_COURTESY_LINE = re.compile(r"(?:(?:photo|photograph|picture|image|foto) )?courtesy\b", re.I)
# a place in capitals opening the story's first paragraph ("KARACHI: The Sindh …", "OTTAWA —
# …"): a dateline, which no caption opens on ("KYIV, UKRAINE - NOVEMBER 30: …" has a comma)
_PLACE_DATELINE = re.compile(r"[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,2}(?::| [–—-]) [A-Z]")
# what kind of picture it is, printed in brackets where a credit could stand
_PHOTO_NOTES = frozenset(
    {"archivbild", "archivfoto", "symbolbild", "symbolfoto", "file photo", "file image",
     "file picture", "archive photo", "archive image", "illustration", "illustrative image",
     "representative image", "representational image", "photo d'archives", "photo d'archive",
     "image d'archives", "foto de archivo", "imagen de archivo", "foto d'archivio",
     "immagine d'archivio", "foto de arquivo", "imagem de arquivo", "archieffoto",
     "archiefbeeld"}
)  # fmt: skip
# (and the particles of names and outlets: "Ann van Dijk", "Le Journal des Halles")
_CREDIT_LOWER_WORDS = frozenset(
    {"photo", "pic", "file", "handout", "staff", "via", "and", "for", "of", "de", "des", "du", "la",
     "le", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "the"}
)  # fmt: skip
# "Ali Balıkçı - Anadolu Agency", "Evans Habil | Nation Media Group"
_CREDIT_WORD_SPLIT = re.compile(r"(?:\s[-–—|]\s|[\s/,])+")
_INITIAL = re.compile(rf"(?<![^\s/])(?:[{_UPPER}]\.){{1,3}} ")  # "Ann B. Cole", "Lee H.W. Tan"
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b")  # "30.11.2026", "30/11/26"
# a slideshow's counter before the caption: "Item 1 of 2 …", "[1/2]…", "Photo 3 of 7: …"
_SLIDE_COUNTER = re.compile(
    r"^(?:(?:item|photo|image|slide|foto|bild|imagen|immagine) \d{1,2} "
    r"(?:of|de|von|sur|di|van) \d{1,2}:? ?|\[\d{1,2}/\d{1,2}\] ?)",
    re.IGNORECASE,
)


@cache
def _picture_label(kind: str, *, place_optional: bool = False) -> re.Pattern[str]:
    """A picture's label opening the line, a place word, then a noun, then a colon:
    ``[<kind>-place]`` and ``[<kind>-noun]`` of ``data/caption_words.txt``, in any case;
    with ``place_optional``, the noun alone too."""
    place, noun = (_word_choice(f"{kind}-{part}") for part in ("place", "noun"))
    return re.compile(
        rf"^(?:(?:{place}) ){'?' if place_optional else ''}(?:{noun}): ", re.IGNORECASE
    )


def _lead_picture_label() -> re.Pattern[str]:
    """The page's label for its lead picture before the caption ("Header image: …", "Feature
    Image: …"), or for any picture ("Image: Standing charges will rise. Pic: PA"): a caption
    with its credit at the end, so the label opening it is no text of it."""
    return _picture_label("lead-picture", place_optional=True)


@cache
def _caption_label() -> re.Pattern[str]:
    """A caption's own label of one word before its text ("Legende: …", "Didascalia: …"):
    ``[caption-label]`` of ``data/caption_words.txt``, in any case."""
    return re.compile(rf"^(?:{_word_choice('caption-label')}) ?: ", re.IGNORECASE)


def _word_choice(section: str) -> str:
    """The words of ``[section]`` of ``data/caption_words.txt`` as a pattern's choice
    ("in|near|outside")."""
    return "|".join(
        word for line in line_sections("caption_words.txt")[section] for word in line.split()
    )


def _file_picture_credits() -> frozenset[str]:
    """ "Filepic", "File photo": a picture from the paper's own files, credited so after a dash
    under the caption's sentence ("… in Kuala Lumpur. — Filepic"; ``[file-picture]`` of
    ``data/caption_words.txt``)."""
    return _credit_lines("file-picture")


@cache
def _picture_company_words() -> frozenset[str]:
    """ "films", "pictures": last words of a film distributor's or studio's name
    (``[picture-company]`` of ``data/caption_words.txt``)."""
    return frozenset(_word_choice("picture-company").casefold().split("|"))


@cache
def _credit_lines(section: str) -> frozenset[str]:
    """The lines of ``[section]`` of ``data/caption_words.txt``, casefolded: whole credits."""
    return frozenset(line.casefold() for line in line_sections("caption_words.txt")[section])


@cache
def _wire_end_words() -> frozenset[str]:
    """ "Fim", "Ende": a wire's word for the story's end after its name ("Lusa/Fim";
    ``[wire-end]`` of ``data/caption_words.txt``)."""
    return frozenset(_word_choice("wire-end").split("|"))


def _signs_off_under(body: list[str], credit: str) -> bool:
    """Whether ``credit`` is a wire's name and its word for the story's end ("Lusa/Fim",
    "APA/Ende"): the sign-off under the text's last paragraph, no picture's credit, so that
    paragraph stays text; the desk's initials in capitals over it ("JMR // JPS") leave
    ``body`` with it."""
    sides = credit.split("/")
    if not (
        len(sides) == 2
        and _credits_agency(sides[0].strip())
        and sides[1].strip().casefold() in _wire_end_words()
    ):
        return False
    if body[-1].isupper():
        body.pop()
    return True


@cache
def _agencies() -> frozenset[str]:
    """The agencies of ``data/photo_agencies.txt`` (those named only in capitals, its
    [capitals] section: ``boilerplate.agency_initials``)."""
    return frozenset(word_sections("photo_agencies.txt")[""])


_WORD = re.compile(r"\w+")


@cache
def _statement_verbs() -> frozenset[str]:
    """ "will", "sind", "sera": verbs that make a short line a statement, not a caption
    (``data/statement_verbs.txt``)."""
    return frozenset(word_sections("statement_verbs.txt")[""])


@cache
def agency_words() -> frozenset[str]:
    """ "press", "agency", "agencia": words of news agencies' names (``data/agency_words.txt``)."""
    return frozenset(word_sections("agency_words.txt")[""])


@cache
def press_words() -> frozenset[str]:
    """ "press", "newswire": agencies' words no public body's name ends in, as "Agency" ends
    "Environment Agency" (``agency_words`` but the ``[opening]`` ones)."""
    return agency_words() - _agency_openings()


@cache
def _agency_openings() -> frozenset[str]:
    """ "agencia", "agency": words a news agency's name opens with ("Agencia Uno"), the
    ``[opening]`` of ``data/agency_words.txt``."""
    return frozenset(word_sections("agency_words.txt")["opening"])


def is_agency(name: str) -> bool:
    """ "dpa", "Ritzau": a news or photo agency's one-word name (``data/photo_agencies.txt``)."""
    return name.casefold() in _agencies()


def _credits_agency(name: str) -> bool:
    """An agency's name in a photo's credit: ``is_agency``'s, or initials that are also a
    word or a state's abbreviation printed in capitals ("(PA)", "PA Media")."""
    return is_agency(name) or (name.isupper() and name.casefold() in agency_initials())


def _names_only(credit: str) -> bool:
    """Every word capitalised or a known credit word: "AP Photo/Jae C. Hong", "Reuters"."""
    words = [word for word in _CREDIT_WORD_SPLIT.split(credit) if word]
    return bool(words) and all(
        word.lstrip("(")[:1].isupper() or word[0].isdigit() or word in _CREDIT_LOWER_WORDS
        for word in words
    )


def _credit_ok(credit: str, *, labelled: bool) -> bool:
    return (
        0 < len(credit) <= _MAX_CREDIT_CHARS
        and (credit[0].isupper() or credit[0].isdigit() or labelled)
        # (words, not the slashes and quotes between them: "NAME / AGENCY POUR « LE MONDE »")
        and sum(any(char.isalnum() for char in word) for word in credit.split())
        <= _MAX_CREDIT_WORDS
        # a sentence inside is no credit; an initial is ("AP Photo/Jae C. Hong")
        and not any(mark in _credit_words(credit, labelled) for mark in (". ", "? ", "! ", "; "))
        # a date inside is an article's sign-off ("… an. (APA, 30.11.2026)"): no picture's
        # credit prints the day
        and not _NUMERIC_DATE.search(credit)
    )


def _credit_words(credit: str, labelled: bool) -> str:
    """The credit without its initials' dots and, after a label, without the paper in
    capitals after the photographer's full stop ("Foto: Ann Cole. EL DIARIO": who took the
    picture, then for whom; a sentence has lower-case words after its stop)."""
    plain = _INITIAL.sub(" ", credit)
    photographer, stop, paper = plain.rpartition(". ")
    return photographer if labelled and stop and paper.isupper() else plain


@lru_cache(maxsize=_CACHE_LINES)
def split_credit(paragraph: str) -> tuple[str, str] | None:
    """(caption text, credit) when the paragraph ends with a photo credit, else ``None``.

    Cached: split asks about the same lines for titles, bodies and captions."""
    if not paragraph:
        return None
    # "… REUTERS/Kim Hong-Ji Purchase Licensing Rights" (UI glued after a slash credit)
    glued = paragraph[-1].isalpha() and "/" in paragraph[-_TAIL:]
    paragraph = trailing_ui(paragraph) if glued else paragraph
    start = max(0, len(paragraph) - _TAIL)
    tail = paragraph[start:]
    last = tail[-1]
    match: re.Match[str] | None = None
    labelled = False
    # "Credit...Name"; Dutch "Beeld ANP / Name" has no colon
    colon = max(  # (Polish "Fot. PAP/Name")
        tail.rfind(":"), tail.rfind("..."), tail.rfind("…"), tail.rfind("Beeld "),
        tail.rfind("Fot. "), tail.rfind(" - Foto "),  # (Italian "… al Dall'Ara - Foto Name")
    )  # fmt: skip
    by = tail.rfind(" by ")
    if by > 0 and tail[max(0, by - _BY_LABEL_CHARS) : by].casefold().endswith(_BY_LABELS):
        colon = max(colon, by)  # "Photo by Name"
    # "Photo courtesy of Name", "Courtesy of Name", in capitals too: "PHOTO COURTESY OF NAME"
    colon = max(colon, tail.rfind("ourtesy "), tail.rfind("OURTESY "))
    if colon < 0:  # "Photo | Jared Nyataya | Nation Media Group", "… Photo / Mark Mitchell"
        colon = max(tail.find(" | "), tail.rfind(" / "))
    if colon >= 0:  # the label stands right before the last colon
        match = _LABEL.search(tail, max(0, colon - _LABEL_WINDOW))
        labelled = match is not None
    if match is None and last in ")]":
        match, labelled = _bracketed_credit(tail, last)
        if match is None and last == ")":
            match = named_photo_credit(paragraph)  # "(ABC News: Dean Sewell)" on its own line
    elif match is None and last not in _SENTENCE_END:  # credits rarely end a sentence
        match, labelled = _unlabelled_credit(tail)
    if (
        match is None
        and len(paragraph) <= _MAX_CREDIT_CHARS
        and (
            "/" in paragraph
            or paragraph[0] == "©"
            or " for " in paragraph
            or " via " in paragraph
            or " | " in paragraph
            or paragraph.endswith(_KINDS)
        )
    ):
        match, labelled = _credit_line(paragraph)
    if match is None and len(paragraph) <= _TAIL and (" | " in paragraph or " / " in paragraph):
        return _sentence_then_credit(paragraph)
    if match is None:
        return None
    credit = _INNER_LABEL.sub("", (match.groupdict().get("credit") or match["bracketed"]).strip())
    credit = _without_portal_label(paragraph, credit)
    if not _credit_ok(credit, labelled=labelled):
        return None
    text = paragraph[: start + match.start()].rstrip(" -—–|,").strip()  # "… de maio — Foto: …"
    if (
        not text
        and paragraph[0] != "©"
        and " " in credit
        and "/" not in credit  # "Photo : La Presse canadienne / Christinne Muschi"
        and not _names_only(credit)
    ):
        return None  # a headline: "Photos: Holi festival colors streets across India"
    return text, credit


def _sentence_then_credit(paragraph: str) -> tuple[str, str] | None:
    """One sentence, then a credit after a bar or a slash ("… on Saturday. | JIJI") or a
    photographer's bar credit ("… on Saturday. Ann Cole | AP"); or a caption's phrase and a
    known agency after a bar (``phrase_bar_agency``)."""
    one = _SENTENCE_CREDIT.match(paragraph)
    if one is not None:
        return one["text"], one["credit"]
    named = _SENTENCE_NAME_BAR.match(paragraph)
    if named is not None and name_bar_credit(named["credit"]):
        return named["text"], named["credit"]
    return phrase_bar_agency(paragraph)


def phrase_bar_agency(paragraph: str) -> tuple[str, str] | None:
    """A caption's phrase with no full stop, a bar and a known agency's one word ("Commuters
    on a smog-covered road in New Delhi | PTI"): the picture's caption and its credit. A
    stamp before the bar ("Publié le 15 septembre 2026 | AIP") is a header's line."""
    text, bar, agency = paragraph.rpartition(" | ")
    return (
        (text, agency)
        if bar
        and " " not in agency
        and is_agency(agency)
        and caption_like(text)
        and " | " not in text
        and find_time(text) is None
        else None
    )


def _without_portal_label(paragraph: str, credit: str) -> str:
    """A portal's credit names the publisher after its label: "© Provided by The Herald"."""
    if paragraph[0] != "©":
        return credit
    label = _PORTAL_LABEL.match(credit)
    return credit[label.end() :] if label is not None and is_portal_credit(paragraph) else credit


def _sentence_break(text: str, end: int) -> bool:
    """A sentence ends and another starts in ``text`` before ``end`` (a story's text, not one
    caption); a caption's lead-in in capitals ("FLOODED ROAD. Residents …") is none."""
    lead_in = _LEAD_IN.match(text)
    start = lead_in.end() if lead_in is not None else 0
    return _SENTENCE_BREAK.search(text, start, end) is not None


def _unlabelled_credit(tail: str) -> tuple[re.Match[str] | None, bool]:
    """A credit without a colon at the end ("© AFP", "… 2026. — AFP", "… Photo AFP",
    "REUTERS/Name", "Name /Agency"), and whether it is labelled (a copyright sign is)."""
    copyright_sign = tail.rfind("©")
    if copyright_sign >= 0:
        match = _COPY.search(tail, max(0, copyright_sign - 2))
        if match is not None:
            return match, True
    agency = _AGENCY_DASH.search(tail, max(0, len(tail) - _AGENCY_DASH_WINDOW))
    if (
        agency is not None
        # a known agency, or a name in capitals ("NORDIC PRESS", a photographer's)
        and (
            (agency["capitals"] is not None and agency["credit"].isupper())
            or _credits_agency(agency["credit"].split(maxsplit=1)[0])
            or agency["credit"].casefold() in _file_picture_credits()
        )
        # one sentence: a story's closing paragraph may end "… he said. — AFP" too
        and not _sentence_break(tail, agency.start())
    ):
        return agency, True  # (the agency list vouches for it, lower-case "dpa" too)
    named = _named_agency(tail) or _photographer_in_capitals(tail)
    if named is not None:
        return named, True
    if "oto " in tail or "OTO " in tail:  # (the quick test)
        bare = _BARE_LABEL.search(tail, max(0, len(tail) - _BARE_LABEL_WINDOW))
        if bare is not None and (
            "/" in bare["credit"]
            or (bare["first"] is not None and _credits_agency(bare["first"]))
            # a photographer's name: one sentence before it (no story's end "… Photo Name")
            or (
                bare["name"] is not None
                and not _sentence_break(tail, bare.start())
                and _person_name(bare["name"])
            )
        ):
            return bare, True
    slash = tail.rfind("/")
    if slash < 0:
        return None, False
    window = max(0, slash - _SLASH_WINDOW)
    capitals = _CAPITALS_SLASH.search(tail, window)
    if capitals is not None and not _credits_agency(capitals["agency"]):
        capitals = None
    capitals = capitals or _capitals_credit(tail, window)
    named = _NAME_SLASH.search(tail, window)
    if named is not None and named["lower"] is not None and not _credits_agency(named["lower"]):
        named = None  # (lower case after the slash: a known agency's name only, "dpa")
    slashed = _SLASH.search(tail, window) or named or _BARE_SLASH.search(tail, window)
    if (
        slashed is not None
        and slashed[0].lstrip()[:1] in _DASHES
        and (_sentence_break(tail, slashed.start()) or not _dashed_slash_credit(slashed["credit"]))
    ):
        # after a dash, one sentence and a credit: a story may close "… he said. - AFP/dpa",
        # text may go on "… on Friday. — EU/UK relations remain strained"
        slashed = None
    return (
        slashed or _DASHED_CREDIT.search(tail, max(0, slash - _DASHED_WINDOW)) or capitals
    ), False


def _person_name(name: str) -> bool:
    """A person's name after "Photo" ("Hélène Martin", "Ngozi Okafor"): it opens on a known
    first name, or none of its words is an English word. A headline's words after a
    sentence ("… the first two. Photo Finish Decides It") are common words."""
    words = english_words()
    return _first_name(name) or not any(common_word(word, words) for word in name.split())


def _names_agency(name: str) -> bool:
    """ "Norhaven Press", "EFE": a known agency's name or words of one."""
    words = name.split()
    return _credits_agency(words[0]) or any(word.casefold() in agency_words() for word in words)


def _photo_agency_name(name: str) -> bool:
    """ "EFE", "Agencia EFE", "Europa Press": a known agency's name among the words, or an
    agency's word closing the name. A public body is named so too, its kind first ("María
    Gómez (Agencia Tributaria)": a person and her office, no photographer)."""
    words = name.split()
    return any(_credits_agency(word) for word in words) or words[-1].casefold() in agency_words()


def _agency_side(credit: str) -> bool:
    """A side of a slash credit names a photo agency: it starts with a known agency's name
    ("EFE/Name", "Name/PA"), or it is a name of two words or more ending in a kind of picture
    ("Gallo Images/Paper/Name": an agency of pictures whatever its name; "File Photo" is the
    picture's kind, no agency's name)."""
    return any(
        _credits_agency(words[0]) or (len(words) > 1 and words[-1] in _AGENCY_KINDS)
        for side in credit.split("/")
        if (words := side.split())
    )


def _dashed_slash_credit(credit: str) -> bool:
    """After a dash, a slash credit names a known agency on one side ("EFE/Name", "Name/PA")
    or is a short name in capitalised words ("Ola Brink/Norhaven Post") or names in capitals
    ("NSTP/NIK ABDULLAH NIK OMAR"): not text going on after a dash with a pair of initials
    ("EU/UK relations remain strained")."""
    words = credit.replace("/", " ").split()
    named = all(word[0].isupper() or (word.isalpha() and len(word) <= 3) for word in words)
    return named and (_agency_side(credit) or len(words) <= _DASHED_SLASH_WORDS or credit.isupper())


def _capitals_credit(tail: str, window: int) -> re.Match[str] | None:
    """A slash credit all in capitals at the end (``_CAPITALS_CREDIT``), a photographer's names
    among its words: on a side of a known agency ("MÁRIO CRUZ/LUSA"), or after the caption's
    full stop with who they worked for ("IDRISS BIGOU-GILLES / HANS LUCAS POUR « LE MONDE »"):
    a sentence's words are not all capitals."""
    match = _CAPITALS_CREDIT.search(tail, window)
    if match is None or len(_WORD.findall(match["credit"])) < _CAPITALS_CREDIT_MIN_WORDS:
        return None  # (a pair of initials: "… an interview with ANSA/RAI")
    return match if match["stop"] is not None or _agency_side(match["credit"]) else None


def _named_agency(tail: str) -> re.Match[str] | None:
    """An agency named after the caption's sentence: with the kind of picture ("Getty
    Images", "PTI Photo"), alone ("AFP"), its name of two or three words ("Europa
    Press"), or after dashes with the photographer ("- Name - Norhaven Press")."""
    kind = _AGENCY_KIND.search(tail, max(0, len(tail) - _AGENCY_KIND_WINDOW))
    if kind is not None and _credits_agency(kind["agency"]):
        return kind
    space = tail.rfind(" ", max(0, len(tail) - _BARE_AGENCY_WINDOW))
    quick = space > 0 and tail[space - 1] in _SENTENCE_END  # (the quick test: ". Name")
    bare = _BARE_AGENCY.search(tail, space - 1) if quick else None
    if (
        bare is not None
        and (_credits_agency(bare["credit"]) or bare["credit"].casefold() in handed_picture_words())
        and not _sentence_break(tail, bare.start())  # (one sentence: no story's end)
    ):
        return bare
    named = _AGENCY_NAME.search(tail, max(0, len(tail) - _AGENCY_NAME_WINDOW))
    if (
        named is not None
        and (
            named["last"].casefold() in agency_words()
            or named["first"].casefold() in agency_words()
            or _picture_company(named["credit"], named["last"])
        )
        and not _sentence_break(tail, named.start())  # (one sentence: no story's end)
    ):
        return named
    window = max(0, len(tail) - _DASHED_AGENCY_WINDOW)
    if "- " in tail[window:] or "– " in tail[window:] or "— " in tail[window:]:  # (quick test)
        dashed = _DASHED_AGENCY.search(tail, window)
        if dashed is not None and _names_agency(dashed["agency"]):
            return dashed
    return None


def _picture_company(name: str, last: str) -> bool:
    """A film's distributor or studio credited in capitals under a still ("… de Clara Vasseur.
    PYRAMIDE FILMS"): its name's last word a picture company's (``[picture-company]`` of
    ``data/caption_words.txt``); in capitals, as credits print it, not a title-case phrase
    of the text ("… in Kenya. Warner Films")."""
    return name.isupper() and last.casefold() in _picture_company_words()


def _photographer_in_capitals(tail: str) -> re.Match[str] | None:
    """A photographer's name in capitals after the caption's sentence (``_CAPITALS_NAME``),
    opening on a known first name (``_first_name``: "CÉSAR QUIAN", not a desk's initials "PTI
    ABC XYZ" or a link "LEARN MORE"), the text before it one sentence (a caption's, no story's
    end)."""
    match = _CAPITALS_NAME.search(tail, max(0, len(tail) - _CAPITALS_NAME_WINDOW))
    return (
        match
        if match is not None
        and _first_name(match["credit"])
        and not _sentence_break(tail, match.start())
        else None
    )


def _paper_name(words: str, photographer: str) -> bool:
    """ "Public Radio", "The Guardian", an outlet's initials after a person's first name
    ("Ann Cole for NPR"): not the rest of a Title Case headline ("Biden Calls for
    Ceasefire", "… for Deal With China", "Biden Pushes for NATO")."""
    parts = words.split()
    if len(parts) == 1 and parts[0].isupper() and len(parts[0]) > 1:
        return photographer.split(maxsplit=1)[0] in world_first_names()
    return (len(parts) > 1 or parts[0].casefold() == "the") and not any(
        part.casefold() in join_words()[0] for part in parts[1:]
    )


def _first_name(name: str) -> bool:
    """The name opens on a known first name, also in capitals ("JORGE GIL"), or with another
    accent than the list spells it (Catalan "Mònica", the list's "Mónica" or "Monica")."""
    first = name.split(maxsplit=1)[0]
    first = first.title() if first.isupper() else first
    names = world_first_names()
    return first in names or without_accents(first) in names


def _bracketed_credit(tail: str, last: str) -> tuple[re.Match[str] | None, bool]:
    """A credit in brackets at the end ("(Reuters)", "[File: Asif Hassan/AFP]", an agency
    after a caption without a full stop: "(Ansa)"), and whether it is certain: labelled, or a
    known agency's name however cased ("(ansa)")."""
    opening = tail.rfind("(" if last == ")" else "[")
    labelled = _BRACKET_LABEL.search(tail, max(0, opening - 2))
    if labelled is not None:
        return labelled, True
    match = _PAREN.search(tail, max(0, opening - 2))
    if match is not None:
        printed = match["credit"] or match["bracketed"]
        if printed.casefold() in _PHOTO_NOTES:
            return None, False  # "(Archivbild)": what the picture is, its credit comes after
        inner = _INNER_LABEL.sub("", printed)
        if inner != printed:
            return match, True
        if _names_only(inner):
            return match, False
    if last != ")":
        return None, False
    agency = _AGENCY_PAREN.search(tail)
    known = agency if agency is not None and _credits_agency(agency["agency"]) else None
    known = known or _agency_name_in_brackets(tail, opening)
    # a known agency's name is a credit however it is cased ("(ansa)"), as a label's is; with
    # the photographer's name before it, the credit is both ("… este jueves. Name (EFE)")
    found = _photographer_paren(tail, opening) or known
    return found, found is not None


def _agency_name_in_brackets(tail: str, opening: int) -> re.Match[str] | None:
    """A news agency's name of words in brackets after a caption (``_AGENCY_NAME_PAREN``): its
    last word an agency's word ("Norhaven Press") or its first one that opens an agency's name
    ("Agencia Uno"), the caption of a caption's words (a dateline is shorter). Not a name the
    text before it spoke of ("… informó la agencia estatal de noticias (Agencia Andina)"): the
    brackets spell out the agency the sentence cites, a credit names who took the picture. Nor
    after a sentence's full stop ("… del organismo. María Gómez (Agencia Tributaria)"): the
    text goes on to name a person and their body; a photographer's credit after a stopped
    caption is ``_photographer_paren``'s, with a known agency."""
    named = _AGENCY_NAME_PAREN.search(tail, max(0, opening - 2))
    return (
        named
        if named is not None
        and (
            named["last"].casefold() in agency_words()
            or named["first"].casefold() in _agency_openings()
        )
        and _caption_words(tail[: named.start()])
        and not _names_its_text(named, tail[: named.start()])
        and ". " not in tail[: named.start()]  # (a sentence, then a name: the text's own)
        else None
    )


def _names_its_text(named: re.Match[str], text: str) -> bool:
    """The bracketed name's first word is a word of ``text`` before it: the brackets spell out
    what the text named ("la agencia estatal (Agencia Andina)"). (Not its last word: a
    caption may speak of the press, "(Norhaven Press)".)"""
    return named["first"].casefold() in text.casefold().split()


def _photographer_paren(tail: str, opening: int) -> re.Match[str] | None:
    """A photographer's name before an agency in brackets (``_PHOTOGRAPHER_PAREN``), the agency
    a known one or named with an agency's word ("Europa Press"); on a line of its own the name
    is a person's (``_photographer_alone``): a wire's dateline ("Buenos Aires (EFE)") names a
    place."""
    named = _PHOTOGRAPHER_PAREN.search(tail, max(0, opening - _PHOTOGRAPHER_PAREN_WINDOW))
    return (
        named
        if named is not None
        and _photo_agency_name(named["agency"])
        and not _names_agency(named["name"])
        and (named.start() > 0 or _photographer_alone(named["name"]))
        else None
    )


def _photographer_alone(name: str) -> bool:
    """The name before a bracketed agency on a line of its own is a photographer's: it opens
    on a known first name, or it is a person's name (``_person_name``: no English word, as
    "Chema Moya") that names no place the gazetteer knows ("Buenos Aires (EFE)", a wire's
    dateline)."""
    if _first_name(name):
        return True
    places = get_gazetteer()
    return _person_name(name) and name not in places.places and name not in places.upper_places


def _agency_copyright(line: str) -> re.Match[str] | None:
    """An agency's copyright on a line of its own ("© ANSA", "© AFP"), also with the
    picture's kind and its photographer ("© BELGA PHOTO NAME"): a photo's credit (a site's
    footer prints a year or its company: "© ANSA 2026", "© Agenzia ANSA S.p.A.")."""
    match = _COPY_LINE.match(line)
    if match is None:
        return None
    agency, _, rest = match["credit"].strip().partition(" ")
    return match if _credits_agency(agency) and (not rest or rest.startswith(_KINDS)) else None


def _credit_line(line: str) -> tuple[re.Match[str] | None, bool]:
    """A credit on a line of its own ("Lena Brandt / Keystone", "© picture
    alliance/dpa", "© Provided by The Herald", "Louise Johns for Public Radio", "Getty
    Images", "© Daniel Schäfer", "© ANSA"), and whether it is labelled (a copyright sign
    labels it)."""
    if line.endswith(_KINDS):
        kind = _AGENCY_KIND_LINE.match(line)
        if kind is not None and _credits_agency(kind["agency"]):
            return kind, False
    if " for " in line:
        match = _FOR_LINE.match(line)
        paper = match is not None and _paper_name(match["paper"], match["credit"])
        return (match if paper else None), False
    if " via " in line:
        match = _VIA_LINE.match(line)
        agency = match is not None and _credits_agency(match["agency"].split()[0])
        return (match if agency else None), False
    if "/" not in line and not (line[0] == "©" and is_portal_credit(line)):
        copyright_line = line[0] == "©"
        if copyright_line:
            match = photographer_copyright(line) or _agency_copyright(line)
        else:  # "Ann Cole | Getty Images"
            match = _bar_credit_line(line) if " | " in line else None
        return match, copyright_line and match is not None
    match = _CREDIT_LINE.match(line)
    if match is not None and match["credit"].count("/") > 1 and not _agency_side(match["credit"]):
        match = None  # three parts name a known agency: "Name/Norhaven Images/Alamy"
    if match is None and line[0].isupper():  # "REUTERS/Name/File Photo"
        match = _SLASH_LINE.match(line)
        if match is not None and not _credits_agency(match["agency"]):
            match = None
    if match is None and line[0] == "©":
        match = _COPY_LINE.match(line)
        return match, match is not None
    return match, False


def _bar_credit_line(line: str) -> re.Match[str] | None:
    """ "Ann Cole | Getty Images": a photographer and a picture agency after a bar on a line
    of their own; the agency one that sells pictures, not a wire that signs stories too: a
    known agency with the picture's kind ("Getty Images", "AP Photo") or one that only sells
    pictures ("Alamy"). A byline's bar opens on its word ("By Ann Cole | …")."""
    match = _PIPE_LINE.match(line)
    if match is None or _opens_byline(match["credit"]):
        return None
    first, _, rest = match["agency"].partition(" ")
    picture = first.casefold() in _PICTURE_ONLY or _PICTURE_WORD.search(rest) is not None
    return match if picture and _credits_agency(first) else None


def name_bar_credit(line: str) -> bool:
    """ "Hamad I Mohammed | Reuters", "Hector Retamal | AFP via Getty Images", "Sven Hoppe |
    picture alliance": a name and, after a bar, a known agency or a picture's word (on each
    side of a second bar: "Qilai Shen | Bloomberg | Getty Images" names the agency last). It
    is a picture's credit only where a caption stands over it (``credit_under_caption``)."""
    match = _NAME_BAR_LINE.match(line) if " | " in line else None
    if match is None or _opens_byline(match["credit"]):
        return False
    agency = match["agency"].rsplit(" | ", 1)[-1]
    return agency.count(" ") < _NAME_BAR_AGENCY_MAX_WORDS and (
        _credits_agency(agency.split(maxsplit=1)[0]) or _PICTURE_WORD.search(agency) is not None
    )


def _full_stop_caption_sized(
    line: str, max_words: int = _CAPTION_OVER_TEXT_MAX_WORDS, min_words: int = _CAPTION_MIN_WORDS
) -> bool:
    """A caption's length (up to ``max_words``: ``_CAPTION_OVER_TEXT_MAX_WORDS`` unless told) with
    a full stop at its end: what a caption standing next to its credit, not in the text's flow,
    looks like."""
    return line[-1:] == "." and min_words <= line.count(" ") + 1 <= max_words


def _caption_over_credit(line: str) -> bool:
    """The line over a bar credit that can be its picture's caption: caption-sized, ending with
    a full stop (such captions do), and telling no one's words. An image without a caption
    prints its credit under a story's sentence, quote or crosshead: those stay text."""
    return _full_stop_caption_sized(line) and not quotes_speech(line) and not reports_speech(line)


def credit_under_caption(caption: str, line: str) -> bool:
    """ "A worker stacks boxes at a distribution center." / "Mark Lennihan | AP": a bar credit
    (``name_bar_credit``) right under a caption (``_caption_over_credit``), not an author."""
    return name_bar_credit(line) and _caption_over_credit(caption)


def photographer_copyright(line: str) -> re.Match[str] | None:
    """ "© Daniel Schäfer": a copyright line naming a person (a known first name, no
    function word: "© The Caledonian Media" is a publisher's), a picture's credit where a
    caption stands over it."""
    match = _NAME_COPY_LINE.match(line)
    if match is None:
        return None
    first = match["first"]
    named = first in world_first_names() and first.casefold() not in join_words()[0]
    return match if named else None


def agency_copyright_under(caption: str, line: str) -> bool:
    """ "A flooded street in Guastalla on Monday" / "© AP": a copyright ``line`` whose
    credit opens on a news or photo agency's name (``_credits_agency``: "© dpa", "© AFP/Jane
    Doe") right under a caption-shaped line (``caption_like``: no full stop) is that
    picture's credit; a footer's "© 2026 Example Media" opens on a year or the publisher,
    and stands under a sentence or the site's links. A caption may end with its full stop
    ("Il centro storico di Tolmezzo." / "© ANSA"): one short sentence
    (``_short_full_stop_caption``), which a footer's last line over the copyright is not."""
    match = _COPY_LINE.match(line)
    if match is None or not (
        caption_like(caption)
        or _short_full_stop_caption(caption)
        or _sentence_over_picture_credit(caption, match["credit"])
    ):
        return False
    first = _CREDIT_WORD_SPLIT.split(match["credit"].strip(), maxsplit=1)[0]
    return _credits_agency(first.strip(".,"))


def agency_copyright_over_caption(caption: str, line: str) -> bool:
    """The copyright ``line`` is an agency's printed above ``caption`` ("© BELGA" /
    "Vrachtwagens op de Noorderlaan in de Antwerpse haven."): ``agency_copyright_under``'s
    shapes, in no voice of the text (``_text_voice``): under a picture's credit alone, a
    standfirst of one sentence that states a fact ("Een pakje sigaretten wordt vanaf januari
    duurder.") opens the text."""
    return agency_copyright_under(caption, line) and not _text_voice(caption)


def _sentence_over_picture_credit(caption: str, credit: str) -> bool:
    """One sentence of a caption's length (``_full_stop_caption_sized``), longer than a short
    one, over a copyright that says it is a picture's ("© BELGA PHOTO NAME"): in no voice of
    the text (``_text_voice``: no auxiliary, no one's words), it names what the picture shows
    ("Des voyageurs attendent sur un quai de la gare … lors de la précédente grève, en
    octobre.")."""
    return (
        _PICTURE_WORD.search(credit) is not None
        and _full_stop_caption_sized(caption)
        and not _sentence_break(caption, len(caption))
        and not _text_voice(caption)
    )


def _short_full_stop_caption(line: str, min_words: int = _CAPTION_MIN_WORDS) -> bool:
    """One short sentence with its full stop (``_SHORT_CAPTION_MAX_WORDS``): a caption's size,
    not a paragraph of the story's."""
    return _full_stop_caption_sized(
        line, _SHORT_CAPTION_MAX_WORDS, min_words
    ) and not _sentence_break(line, len(line))


def picture_sentence(line: str) -> bool:
    """One short sentence that names what a picture shows (``_short_full_stop_caption``, no
    auxiliary or copula verb: a sentence with one states the story's next fact), at least a
    credited caption's few words ("Eine Postfiliale in Aarau.")."""
    words = _WORD.findall(line)  # (as printed: "May", "Will" capitalised name)
    return _short_full_stop_caption(
        line, _CREDITED_CAPTION_MIN_WORDS
    ) and _statement_verbs().isdisjoint(words)


def _over_full_stop_caption(above: str, below: str) -> bool:
    """An agency's name alone between a paragraph of sentences (``above``, the text's: no
    caption) and one short sentence (``below``, ``_short_full_stop_caption``): the credit
    printed over its caption ("… am Samstag bekannt." / "Keystone" / "Eine Postfiliale in
    Aarau."). The credit over it makes a caption of a few words one
    (``_CREDITED_CAPTION_MIN_WORDS``). A sentence with an auxiliary or copula verb states
    the story's next fact ("The pass will reopen in June.") where a photo failed to load."""
    return _sentence_break(above, len(above)) and picture_sentence(below)


def is_agency_line(paragraph: str) -> bool:
    """ "Getty Images", "EPA", "AFP via Getty Images": a photo agency's name alone on a line."""
    if len(paragraph) > _AGENCY_LINE_CHARS:
        return False
    words = paragraph.split()
    return (
        0 < len(words) <= _AGENCY_LINE_WORDS
        and _credits_agency(words[0].strip(".,"))
        and _names_only(paragraph)
    )


def captioned_by_agency(caption: str, credit: str) -> bool:
    """A caption-shaped line (``caption_like``) and an agency's name alone on the line next to
    it ("The Spirit of the Tyne ferry at North Shields landing" / "PA Media"): a picture's,
    which ``extract_captions`` takes out. A short line by an agency's name ("Le port fermé" /
    "AFP", "The Cours Dajot, Friday" / "AFP") is as likely a link and its source."""
    return caption_like(caption) and is_agency_line(credit)


def credit_over_caption(credit: str, caption: str) -> bool:
    """An agency's name alone on its line over a caption without a full stop ("PA Media" /
    "Waves crash over the harbour wall at Oban"): the credit ``extract_captions`` gives the
    caption under it."""
    return captioned_by_agency(caption, credit) and split_credit(caption) is None


def caption_like(paragraph: str) -> bool:
    """What a picture's caption looks like: a sentence without its full stop."""
    return paragraph[-1:] not in ".!?:\"”'’" and _caption_words(paragraph)


def _caption_words(paragraph: str) -> bool:
    """As many words as a caption has."""
    return _CAPTION_MIN_WORDS <= paragraph.count(" ") + 1 <= _CAPTION_MAX_WORDS


def credits_a_picture(line: str) -> bool:
    """A credit line that says it is a picture's: a picture's word or label, or a copyright
    sign ("Photo: AFP", "Ann Cole/Multimedia Photo Editor", "Getty Images", "© Ann Cole").
    An agency alone on a side of it says nothing: a wire story's byline has the shape ("Ann
    Cole/Reuters", "Staff Reporter/AFP", "Ann Cole/Staff Writer"), and so does any line
    opening with a byline's word ("By Ann Cole/Photo Desk")."""
    return (
        split_credit(line) is not None
        and not _opens_byline(line)
        and _PICTURE_WORD.search(line) is not None
    )


def caption_with_credit(line: str) -> bool:
    """A picture's caption with its credit on its line ("Vecinos en la calle. Foto: Ana Ruiz /
    El Diario", "… in Derby, October 8, 2026. REUTERS/Name/File Photo"): a picture in the
    text, no link's headline."""
    found = split_credit(line)
    return found is not None and bool(found[0])


def opens_with_file_picture(line: str) -> bool:
    """The line opens with the label of a file picture ("File photo: Lagos-Calabar coastal
    highway", "File Photo: A farmer applies …", "Archive picture: …"): a caption, never a
    headline (a gallery's headline may open "Photos: …"; "File photo" names the picture).
    The label names one picture: a gallery's headline names several ("Archive photos: Berlin
    on the night the Wall fell")."""
    return _picture_label("file-picture").match(line) is not None


def ends_with_photo_note(line: str) -> bool:
    """The line ends with a note in brackets on the kind of picture ("… at Haneda airport in
    Tokyo. (File photo)", "… in Berlin (Archivbild)"): a caption's end, never a headline's."""
    if line[-1:] not in ")]":
        return False
    opening = line.rfind("(" if line[-1] == ")" else "[")
    return opening > 0 and line[opening + 1 : -1].strip().casefold() in _PHOTO_NOTES


def caption_over_text(line: str) -> bool:
    """A caption printed under its credit, over the text ("Ann Cole/Photo Editor" /
    "Fishermen haul sargassum from their boats on Thursday." / text): one sentence with its
    full stop, a caption's length (``_CAPTION_OVER_TEXT_MAX_WORDS``: a lede of one sentence
    runs longer, and one of several sentences is text), no credit of its own."""
    return (
        _full_stop_caption_sized(line)
        and not _sentence_break(line, len(line))
        and split_credit(line) is None
    )


@cache
def _dated_caption_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A wire caption's closing date with its year ("… in Nashville on Nov. 20, 2026.", "…
    plant, near the port, on November 18, 2026."): how AP-style captions end, a story's
    sentence rarely; and the picture's place before that date ("… in Nashville on …", "… near
    the Port of Brownsville, on …"): a caption says where the picture was taken; a story's
    sentence ending on a date names a meeting, a deadline or a result ("… the council's next
    regular meeting on Dec. 14, 2026."). ``[caption-month]`` and ``[caption-place]`` of
    ``data/caption_words.txt``."""
    month, place = (_word_choice(name) for name in ("caption-month", "caption-place"))
    return (
        re.compile(rf"\b(?:{month})[a-z]*\.? \d{{1,2}}, \d{{4}}\.$"),
        re.compile(rf"\b(?:{place}) (?:the )?[A-Z]"),
    )


# picture agencies no wire prints as a story's sign-off
_PICTURE_ONLY = frozenset({"getty", "alamy", "shutterstock", "imago", "istock"})


class _TextEnd:
    """Where the text's sentences end, found once per list of paragraphs, and the agencies
    its datelines name, found when first asked (the sign-off checks stay linear-time)."""

    __slots__ = ("_datelines", "_paragraphs", "last_sentence", "last_text")

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self._paragraphs = paragraphs
        self._datelines: frozenset[str] | None = None
        self.last_sentence = -1  # the last paragraph that ends a sentence
        self.last_text = -1  # the last that ends one or has its words (no desk's initials)
        for index, paragraph in enumerate(paragraphs):
            if paragraph[-1:] in _SENTENCE_END:
                self.last_sentence = self.last_text = index
            elif paragraph.count(" ") >= _SIGN_OFF_WORDS:
                self.last_text = index

    def datelines(self) -> frozenset[str]:
        """ "(AGI) - Roma": the agencies the story's datelines name."""
        if self._datelines is None:
            self._datelines = frozenset(
                dateline["agency"]
                for paragraph in self._paragraphs
                if (dateline := _DATELINE_AGENCY.search(paragraph, 0, _DATELINE_CHARS))
            )
        return self._datelines


def _sign_off(paragraph: str, index: int, credit: str, end: _TextEnd) -> bool:
    """The agency after a paragraph's last sentence: a wire's sign-off, not a photo's credit.
    After a dash closing the text's last paragraph ("… in October. — Reuters":
    ``_dash_sign_off``). Its name alone ("… he said. AFP"): a wire's after a paragraph of the
    text whatever follows (a correction note, more text), a picture agency's or one in the
    first paragraph when no sentence follows; in brackets in the text's last paragraph (lines
    without a sentence may follow: a desk's initials) when the agency is a known one, its
    initials in capitals ("(NWA)") or the story's dateline named it ("(AGI) - Roma"); in brackets
    anywhere under the text's first paragraph when the paragraph is text, not a caption
    (``_text_signed_off``: a live blog's entries each close "… (Belga)"). A short caption over
    more text is none ("… in Ter Apel. ANP": ``picture_sentence``)."""
    if _dash_sign_off(paragraph, index, credit, end):
        return True
    if paragraph.endswith(f". {credit}") and _credits_agency(credit):
        if end.last_sentence > index and picture_sentence(paragraph[: -len(credit)].rstrip()):
            return False  # the text goes on under a picture's caption and its credit
        # (lines after the text, a partner's "Related: …" links, end no sentence)
        return _wire_under_text(index, credit) or end.last_sentence <= index
    if not paragraph.endswith(f"({credit})"):
        return False
    if end.last_text > index and not (index > 0 and _text_signed_off(paragraph, credit)):
        # (the text's last paragraph: a desk's initials may follow, no text; a paragraph over
        # the text's first one, right under the header, is the lead picture's caption)
        return False
    return (
        _credits_agency(credit)
        or (credit.isupper() and credit.isalpha())
        or credit in end.datelines()
    )


def _dash_sign_off(paragraph: str, index: int, credit: str, end: _TextEnd) -> bool:
    """A wire's name after a dash closing the text's last paragraph ("… in October. — Reuters"):
    its sign-off, not a caption's credit, when the paragraph stands under the text's first one
    and no sentence follows it (a caption's credit is followed by the text it illustrates)."""
    return (
        end.last_sentence < index
        and paragraph.endswith(credit)
        and paragraph[: -len(credit)].rstrip()[-1:] in _DASHES
        and _wire_under_text(index, credit)
    )


def _wire_under_text(index: int, credit: str) -> bool:
    """A wire's name (an agency's, no picture agency's) closing a paragraph under the text's
    first one: the wire's sign-off there, whatever follows."""
    return index > 0 and _credits_agency(credit) and credit.casefold() not in _PICTURE_ONLY


def _text_signed_off(paragraph: str, credit: str) -> bool:
    """A paragraph of text closed by an agency in brackets ("… fermer l'école pour la journée.
    (Belga)"): its sentence ends before the bracket, and it holds two sentences or more words
    than a caption has (a caption is one sentence: "Workers clear debris in Chiang Rai in
    September. (Kyodo)")."""
    text = paragraph[: -len(credit) - 2].rstrip()
    return text[-1:] in _SENTENCE_END and (
        _TEXT_SENTENCE_BREAK.search(text) is not None or text.count(" ") + 1 > _CAPTION_MAX_WORDS
    )


# a side of a slash line that names who wrote the text, not who took a picture: the site's own
# address ("Norhaven.es / Agencias"), the agencies in the plural
_BYLINE_SIDE = re.compile(
    r"[\w-]+\.(?-i:[a-z]{2,3})|agencias|agencies|agences|agenzie|agenturen|agências", re.IGNORECASE
)
_DESK_INITIALS = re.compile(r"[^\W\d_]{2,4}")
# a desk's code after the agency ("ANSA/red", "APA/red", "EP/Red.", "dpa/lnw"): a few letters in
# lower case, or an abbreviation's with its dot; a photographer's name is neither
_DESK_CODE = re.compile(r"[^\W\d_A-Z]{2,4}|[^\W\d_]{2,3}\.")
_BY_WORDS = frozenset({"by", "por", "par", "von", "door", "av", "af"})  # a byline's names follow


def _opens_byline(line: str) -> bool:
    """The line opens on a byline's word ("By Ann Cole | …", "Von Ann Cole/dpa")."""
    return line.split(maxsplit=1)[0].casefold() in _BY_WORDS


def _staff_line(paragraph: str, text: str, credit: str) -> bool:
    """A desk's staff line under the text ("red, steiermark.ORF.at/Agenturen": the editors and
    the site's address over the agencies), no caption: a few words (fewer than a caption's),
    opening in lower case as a desk's abbreviation does ("Ermittlungen laufen. APA/Agenturen"
    is a sentence), right before a slash credit, no label between ("Mayor Huber. Photo:
    city.at/Huber" is a caption), one side of which signs the text (``_BYLINE_SIDE``)."""
    return (
        text[:1].islower()
        and text.count(" ") + 1 < _CAPTION_MIN_WORDS
        and paragraph.endswith(credit)
        and paragraph[: -len(credit)].strip() == text.strip()
        and any(_BYLINE_SIDE.fullmatch(side.strip()) for side in credit.split("/"))
    )


def _not_a_picture(credit: str, following: Sequence[str], *, labelled: bool) -> bool:
    """A slash line that signs the text: a byline ("By Ann Cole / AFP", "Norhaven.es /
    AGENCIAS") or, under the text's last sentence, a desk's initials ("ABC/XY", "Vek/Lor":
    short words, no agency among them; "NASA/ESA" under a caption the text goes on under is
    a credit), or an agency's over its desk's code ("ANSA/red", ``_desk_sign_off``). A photo's
    label on the line ("Foto: 7aktuell.de/Name") says it credits one."""
    sides = [side.strip() for side in credit.split("/")]
    if len(sides) < 2 or labelled:
        return False
    if _opens_byline(credit) or _desk_sign_off(sides):
        return True
    return any(_BYLINE_SIDE.fullmatch(side) for side in sides) or (
        all(_DESK_INITIALS.fullmatch(side) and not _credits_agency(side) for side in sides)
        and not any(line[-1:] in _SENTENCE_END for line in following)
    )


def _desk_sign_off(sides: Sequence[str]) -> bool:
    """The sides of a wire desk's sign-off under its text ("ANSA/red", "APA/red", "EP/Red."):
    agencies (known, or initials in capitals: "EP") and at least one desk's code
    (``_DESK_CODE``, no agency's name in lower case as "dpa" is). No picture is credited to an
    editor's desk, wherever the line stands."""
    codes = [not _credits_agency(side) and _DESK_CODE.fullmatch(side) is not None for side in sides]
    return any(codes) and all(
        code or _credits_agency(side) or (side.isupper() and _DESK_INITIALS.fullmatch(side))
        for code, side in zip(codes, sides, strict=True)
    )


def _thumbnail_credits(paragraphs: Sequence[str]) -> frozenset[int]:
    """Where a list of cards prints its thumbnails' credit ("Foto: dpa" over every card):
    the credits alone between a card's summary under its title and the next card's title
    (or the end), when the same credit stands there twice or more. They credit no caption:
    each summary is its card's text. One such credit is a photo's under a crosshead."""
    spots: dict[str, list[int]] = {}
    for index in range(2, len(paragraphs)):
        if paragraphs[index - 1][-1:] not in _SENTENCE_END:
            continue  # (the quick test)
        found = split_credit(paragraphs[index])
        if found is None or found[0] or not _headline_like(paragraphs[index - 2]):
            continue
        if _card_follows(paragraphs, index):
            spots.setdefault(paragraphs[index], []).append(index)
    return frozenset(index for found in spots.values() if len(found) > 1 for index in found)


def _card_follows(paragraphs: Sequence[str], credit: int) -> bool:
    """Whether the body ends at the credit, or a whole card follows it: a title, one
    sentence, then the same credit or the end. Sections of a story each led by a photo
    have the text going on under their last crosshead instead."""
    end = len(paragraphs)
    if credit + 1 == end:
        return True
    summary = credit + 2
    return (
        summary < end
        and _headline_like(paragraphs[credit + 1])
        and paragraphs[summary][-1:] in _SENTENCE_END
        and (summary + 1 == end or paragraphs[summary + 1] == paragraphs[credit])
    )


def _headline_like(paragraph: str) -> bool:
    """A title's line: a few words, no sentence's end, no credit (a caption's), no
    gallery's counter ("Bild 2 von 3": its caption comes next), no stamp (a live entry's)."""
    return (
        1 <= paragraph.count(" ") < _CAPTION_MAX_WORDS
        and paragraph[-1:] not in _SENTENCE_END
        and paragraph[-1:] not in ":;\"”'’)"
        and split_credit(paragraph) is None
        and not is_counter(paragraph)
        and find_time(paragraph) is None
    )


def _dated_caption(line: str) -> bool:
    """A wire caption: the picture's place, then its full date ending the line."""
    date_end, place = _dated_caption_patterns()
    return date_end.search(line) is not None and place.search(line) is not None


def _bar_caption(credit: str, body: list[str]) -> bool:
    """A bar credit ("Ann Cole | Getty Images", "Ann Cole | Reuters") captions the line over it
    only when that can be a caption (``_caption_over_credit``: words, not sentences, are
    counted, abbreviations make a sentence test unsafe: "… at the U.S. Capitol in Washington,
    Nov. 27.") and not the body's first line, and when it is one of ``_bar_credit_line``'s
    ("Ann Cole | Getty Images"): an image without a caption prints the same credit under a
    paragraph, a quote or a crosshead of the text or under the standfirst, and the other
    forms ("Ann Cole | AP", "… | dpa", "… | picture alliance", "… | AFP via Getty Images")
    go alone, the line over them staying text.
    Other credits, also those with a bar ("© picture alliance/dpa | Name", a copyright's),
    caption it as any credit does. A wire's bar credit ("Name | AP") takes the line over it when
    that ends on the picture's full date after its place, as a wire caption does
    (``_dated_caption``)."""
    if not name_bar_credit(credit):  # (which tests for the bar first)
        return True
    over = body[-1]
    picture = _bar_credit_line(credit) is not None or _dated_caption(over)
    return len(body) > 1 and picture and _caption_over_credit(over)


def _credit_in_text(paragraph: str, above: str) -> tuple[str, str] | None:
    """``split_credit``'s, or a bar credit alone that may be a wire's ("Ann Cole | Reuters",
    ``name_bar_credit``): it credits the line over it only when that is a caption
    (``_bar_caption``), else it goes alone; or a photographer's "Name for OUTLET" under a
    wire caption (``_for_credit_under_dated_caption``)."""
    found = split_credit(paragraph)
    if found is None and (
        name_bar_credit(paragraph) or _for_credit_under_dated_caption(above, paragraph)
    ):
        return ("", paragraph)
    return found


def _for_credit_under_dated_caption(above: str, line: str) -> bool:
    """ "Ann Kowalczyk for OPB" right under a wire caption that ends on the picture's place and
    date (``_dated_caption``: "… at the Capitol in Salem, Nov. 24, 2026."): the photographer
    and the outlet's initials, whatever the first name (``_paper_name`` asks for a known one
    out of context, as a headline "Biden Pushes for NATO" has the shape)."""
    match = _FOR_LINE.match(line) if " for " in line else None
    return match is not None and match["paper"].isupper() and _dated_caption(above)


def _credit_alone(
    body: list[str], captions: list[Caption], line: str, credit: str, following: Sequence[str]
) -> str | None:
    """A credit line on its own credits the paragraph before it, taken from the body; or the
    caption after it (then the credit is returned, for the next paragraph: "Photo courtesy of
    …" / "Firefighters inspect …") when that is one sentence and the paragraph before is too
    long for a caption (a caption may quote or say, so the voice of the paragraph above
    tells nothing), or opens on a wire's dateline ("Vitoria, 28 nov (EFE).- …": the story's
    first paragraph, never a caption, however short). A wire's sign-off, the editors'
    initials in capitals over "Agency/End", is no caption and leaves the body too."""
    labelled = _LABEL.match(line) is not None  # ("Foto: …")
    if (
        not body
        or _not_a_picture(credit, following, labelled=labelled)
        or _signs_off_under(body, credit)
    ):
        return None
    after = following[0] if following else ""
    if not _bar_caption(credit, body):
        # (a wire's bar credit, as _bar_caption says no only of those, over a dated caption:
        # the caption printed under its credit)
        if _dated_caption(after):
            return credit
        return None  # (a bar credit under a paragraph it cannot caption: the credit goes alone)
    before = body[-1]
    if _answer_under_question(body):
        return None  # (an interview's short answer over the credit: the credit goes alone)
    if (
        _caption_words(after)
        and not _sentence_break(after, len(after))
        and (
            before.count(" ") + 1 > _CAPTION_MAX_WORDS
            or _DATELINE_AGENCY.search(before, 0, _DATELINE_CHARS) is not None
            or _courtesy_closes_text(before, line, following)
            or _phrase_closes_text(before, line, following)
        )
    ) or _caption_under_credit(before, following):
        return credit
    # (a paragraph opening on a place's dateline is the story's first, never a caption: the
    # credit goes alone)
    if not _place_dateline(before):
        body.pop()
        # (a caption printed again with its credit, "hide caption" between, is one caption)
        reprint = bool(captions) and (captions[-1].text, captions[-1].credit) == (before, credit)
        if not before.isupper() and not reprint:
            captions.append(Caption(text=before, credit=credit))
    return None


def _place_dateline(line: str) -> bool:
    """A paragraph opening on a place in capitals ("KARACHI: The Sindh …"), the story's
    first. A caption opening on its files label in capitals ("FILE - Containers are
    stacked …", ``[file-picture-place]`` of ``data/caption_words.txt``) names no place."""
    dateline = _PLACE_DATELINE.match(line)
    return dateline is not None and line.split(" ", 1)[0].casefold() not in _file_labels()


@cache
def _file_labels() -> frozenset[str]:
    """ "file", "archive": a files picture's label (``[file-picture-place]`` of
    ``data/caption_words.txt``), read once."""
    return frozenset(_word_choice("file-picture-place").split("|"))


@cache
def question_openings() -> tuple[str, ...]:
    """``data/question_words.txt``'s openings, folded, each with the space after it."""
    return tuple(f"{line.casefold()} " for line in line_sections("question_words.txt")[""])


def _courtesy_closes_text(before: str, credit_line: str, following: Sequence[str]) -> bool:
    """The caption closes the text under its courtesy credit, a paragraph of the text over
    them ("… with a new date attached." / "Image courtesy of X" / "The viral post claiming a
    new fine."): the text's last line is the caption (``_names_picture``), printed under it
    (an agency's credit there is as often the last paragraph's picture's)."""
    return (
        len(following) == 1
        and _COURTESY_LINE.match(credit_line) is not None
        and before[-1:] in _SENTENCE_END
        and _names_picture(following[0])
    )


def _names_picture(line: str) -> bool:
    """A caption without its full stop (``caption_like``), one short sentence naming what a
    picture shows (``picture_sentence``), or one sentence of a caption's words opening on the
    kind of picture ("A screenshot of one of the posts, which has since been removed.")."""
    return (
        caption_like(line)
        or picture_sentence(line)
        or (
            _PICTURE_OPENING.match(line) is not None
            and _caption_words(line)
            and not _sentence_break(line, len(line))
        )
    )


# a caption opening on the kind of picture it is: "A screenshot of …", "Photo of …"
_PICTURE_OPENING = re.compile(
    r"(?:(?:an?|the|ein|eine|una?|une) )?(?:screenshots?|photos?|photographs?|pictures?|"
    r"images?|fotos?|bild|captura)\b",
    re.IGNORECASE,
)


def _caption_under_credit(before: str, following: Sequence[str]) -> bool:
    """A credit line between a statement of the text and a caption: the caption is printed
    under its credit ("… would remove the cap at Dublin Airport." / "Image: RollingNews.ie" /
    "Dublin Airport handled a record 33.4 million passengers last year"), as an agency's name
    alone credits the line below when the one above ends in a full stop. The line above
    is the text's (``_text_voice``), which a picture's caption, naming what it shows, is not
    (over a caption a crosshead follows its credit: "… a filter basin on Feb. 26." / credit
    / "What it would cost homeowners"). The line below names a picture (``_names_picture``),
    is not a credit, and not a gallery's next caption over a credit of its own."""
    if len(following) < 1 or before[-1:] not in _SENTENCE_END or not _text_voice(before):
        return False
    after = following[0]
    # (over ``after`` stands the credit line, no caption a "Name for OUTLET" could credit)
    if _credit_in_text(after, "") is not None or any(
        _credit_in_text(below, after) for below in following[1:2]
    ):
        return False
    # (a line opening on a question word is the text's crosshead, no caption: "What
    # residents say about the plan")
    return _names_picture(after) and not after.casefold().startswith(question_openings())


def _text_voice(line: str) -> bool:
    """The line is the story's, no caption: it states a fact with an auxiliary or copula verb
    ("… will remove the cap.") or tells someone's words ("“We will rebuild the schools”, said
    the president in the square."); a caption names what a picture shows and quotes no one."""
    return (
        not _statement_verbs().isdisjoint(_WORD.findall(line))
        or quotes_speech(line)
        or reports_speech(line)
    )


_ANSWER_ENDS = ".!?…"  # an answer is a sentence: "Yes, much higher."


def _answer_under_question(body: Sequence[str]) -> bool:
    """The body's last paragraph is a sentence shorter than a caption, right under a question
    ("Is the water higher than usual?" / "Yes, much higher."): an interview's answer, its
    text. A short line with no full stop there is a caption ("Will the barriers hold?" /
    "Sandbags on Warwick Road" / its credit)."""
    return (
        len(body) > 1
        and body[-2].endswith("?")
        and body[-1].count(" ") + 1 < _CAPTION_MIN_WORDS
        and body[-1].rstrip("\"”’»'")[-1:] in _ANSWER_ENDS
    )


def phrase_caption_under_labelled_credit(before: str, credit_line: str, after: str) -> bool:
    """A labelled credit line ("Image courtesy of Facebook", "Photo: Name"; a copyright's "©
    Name" stands under its caption) between a paragraph ending a sentence and a phrase of a
    caption's length with no stop at all ("… does not mention banning cash." / credit / "A
    screenshot of the post making the claim"): the phrase, not the story's sentence, is the
    caption, printed under its credit."""
    return (
        _LABEL.match(credit_line) is not None
        and before[-1:] == "."
        and after[-1:].isalnum()
        and _caption_words(after)
    )


def _phrase_closes_text(before: str, credit_line: str, following: Sequence[str]) -> bool:
    """A caption's phrase under a labelled credit (``phrase_caption_under_labelled_credit``),
    no credit itself, with no sentence under it: the phrase closing the text is the caption
    (a sub-heading or a ticker entry's headline has the text going on under it)."""
    after = following[0] if following else ""
    return (
        phrase_caption_under_labelled_credit(before, credit_line, after)
        and split_credit(after) is None
        and not _sentence_under(following)
    )


def _sentence_under(following: Sequence[str]) -> bool:
    """The line under the one after a credit ends a sentence: the text goes on there."""
    return len(following) > 1 and following[1].rstrip("\"”’»'")[-1:] in _ANSWER_ENDS


def _credits_caption_above(body: Sequence[str], line: str) -> bool:
    """A credit alone on ``line`` that credits the caption right above it (the last line of
    ``body``): an agency's name (``captioned_by_agency``) or "Supplied"
    (``_handed_credit_under_caption``) under a caption between the text's paragraphs (a word
    that names no one: under the text's first line, the lede's sentence, it credits a picture
    without a caption)."""
    above = body[-1]
    return (is_agency_line(line) and captioned_by_agency(above, line)) or (
        len(body) > 1 and _handed_credit_under_caption(above, line)
    )


def _handed_credit_under_caption(above: str, line: str) -> bool:
    """ "Supplied" alone on the line under one short sentence naming what a picture shows
    (``picture_sentence``: "Joan Keats with her award at the Tamworth festival." /
    "Supplied"): that picture's credit, printed under its caption; a story's sentence with an
    auxiliary or copula verb stays text."""
    return line.casefold() in handed_picture_words() and picture_sentence(above)


def image_source_line(paragraph: str) -> bool:
    """ "Image source, Getty Images": the credit line a caption "Image caption, …" follows
    (``extract_captions`` gives the caption that credit), also at the text's start."""
    return _BBC_SOURCE.match(paragraph) is not None


def extract_captions(paragraphs: Sequence[str]) -> tuple[list[str], list[Caption]]:
    """Split paragraphs into (body paragraphs, captions).

    An agency's name alone on a line ("Getty Images") credits the caption next to it: the
    paragraph before when that one has no full stop, else the one after (the credit printed
    above its caption)."""
    body: list[str] = []
    captions: list[Caption] = []
    pending_credit: str | None = None  # from "Image source, X"
    credited = False  # the paragraph before was a caption or a credit line
    credit_above: str | None = None  # an agency line whose caption comes next
    text_end = _TextEnd(paragraphs)
    thumbnails = _thumbnail_credits(paragraphs)
    last = len(paragraphs) - 1
    for index, paragraph in enumerate(paragraphs):
        after = paragraphs[index + 1] if index < last else ""
        if credit_above is not None:
            captions.append(Caption(text=paragraph, credit=credit_above))
            credit_above, credited = None, True
            continue
        if body and not credited and _credits_caption_above(body, paragraph):
            captions.append(Caption(text=body.pop(), credit=paragraph))
            credited = True
            continue
        if is_agency_line(paragraph) and (  # (most lines miss here)
            credit_over_caption(paragraph, after)
            or (body and _over_full_stop_caption(body[-1], after))
        ):
            credit_above = paragraph
            continue
        head = paragraph[:6].casefold()
        bbc = _BBC_SOURCE.match(paragraph) if head.startswith(_BBC_HEADS) else None
        if bbc is not None:
            pending_credit = bbc["credit"].strip()
            continue
        bbc_caption = _BBC_CAPTION.match(paragraph) if head.startswith(_BBC_HEADS) else None
        if bbc_caption is not None:
            captions.append(Caption(text=bbc_caption["text"].strip(), credit=pending_credit))
            pending_credit = None
            continue
        found = _credit_in_text(paragraph, body[-1] if body else "")
        found = None if found and _sign_off(paragraph, index, found[1], text_end) else found
        credited_last, credited = credited, found is not None
        if found is None:
            body.append(paragraph)
            continue
        text, credit = found
        text = _lead_picture_label().sub("", _SLIDE_COUNTER.sub("", text))
        text = _caption_label().sub("", text)
        if text and (
            (captions and captions[-1].text == text and credited_last)
            or _staff_line(paragraph, text, credit)
        ):
            pass  # a slideshow prints its caption twice ("Item 1 of 2 …" / "[1/2]…"); a staff
            # line is no caption and no text
        elif text:
            captions.append(Caption(text=text, credit=credit))
        elif (captions and captions[-1].credit == credit and credited_last) or (
            index in thumbnails
        ):
            pass  # printed again under its caption ("hide caption" went between), or a
            # card's thumbnail credit (the summary over it stays text)
        else:
            following = paragraphs[index + 1 : index + 3]
            credit_above = _credit_alone(body, captions, paragraph, credit, following)
    return body, captions
