"""boilerplate: UI found by closed word classes and by who a line speaks to, not by phrase."""

from datetime import UTC, datetime

import pytest

from streams.boilerplate import (
    Kind,
    addresses_reader,
    classify,
    is_pitch,
    is_price_offer,
    is_ui_control,
    names_price,
    names_web_address,
    quotes_price_per_period,
    states_discussion_rules,
)
from streams.clean import clean_page
from streams.model import RawPage
from streams.timestamps import find_time, resolve_time

FETCHED = datetime(2025, 10, 14, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "Hören Sie den Artikel",
        "Artikel jetzt anhören",
        "Zur Merkliste hinzufügen",
        "Ajouter à mes favoris",
        "Écouter cet article",
        "Escuchar esta noticia",
        "Sigue leyendo debajo del anuncio",
        "The story continues below",
        "Listen to this article · 4 min",
        "Lecture 3 min.",
        "Compartir en WhatsApp",
        "Déjà abonné ? Se connecter",
        "Seguí leyendo abajo del aviso",  # Rioplatense voseo; "aviso": an ad
        # the text goes on under the ad, in more languages
        "Het artikel gaat verder onder de advertentie",
        "Continuar a ler depois da publicidade",
        "Il testo continua dopo la pubblicità",
        "L'article continue après la publicité",
        "Dalsza część artykułu pod reklamą",
    ],
)
def test_buttons_made_only_of_ui_words_are_controls(line: str) -> None:
    assert is_ui_control(line)
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "vor 20 Minuten",  # a stamp made of UI-ish words stays a stamp
        "il y a 45 min",
        "Tampa mayor: stay off the roads",
        "Share prices fall in Tokyo",
        "Sign up for The Morning Briefing",  # a name inside: not closed vocabulary
        # a crosshead made of the new place and time words and a word of news
        "Onder de brug",
        "Dopo il voto",
        "Après la pluie",
        "Het gaat goed met de haven",
        "Pod Wawelem",
    ],
)
def test_headlines_and_stamps_are_not_controls(line: str) -> None:
    assert not is_ui_control(line)


@pytest.mark.parametrize(
    "line",
    [
        # B2: the words of "the text goes on after the ad" are news words without the ad
        "Il testo",
        "Gaat het door?",
        "Het gaat door",
        "Gaat door",
        "Het gaat om meer",
        "Boven",
        "Onder meer",
        "Dalsza część",
    ],
)
def test_after_the_ad_words_without_the_ad_are_no_control(line: str) -> None:
    assert not is_ui_control(line)
    assert classify(line) is None


@pytest.mark.parametrize("line", ["The search continues.", "The trial continues."])
def test_a_full_stopped_statement_of_ui_words_is_news(line: str) -> None:
    """A story's last line may be made of words buttons use too; its article and full stop
    make it a statement ("Sign up here.", "Lecture 4 min." stay controls)."""
    assert classify(line) is None
    assert classify("Sign up here.") is Kind.DROP


def test_a_list_heading_of_ui_words_opens_links() -> None:
    assert classify("Links:") is Kind.LINKS


@pytest.mark.parametrize(
    "line",
    [
        "Get the day's top local headlines delivered to your inbox every weekday.",
        "Lesen Sie jetzt weiter mit unserem Digitalabo.",
        "Jetzt testen: Ihr Zugang zu allen Artikeln auf unserer Website.",
        "Enjoying Grid Notes? Forward it to a friend.",
        "Join 14,000 energy professionals who read us every week.",
        "Recevez chaque matin l'essentiel de l'actualité.",
        "Offre spéciale : 1 € le premier mois, sans engagement.",
        "We use your sign-up to provide content in ways you've consented to and to improve our "
        "understanding of you.",
        "Ti è piaciuto questo articolo? Sostieni il giornalismo locale.",
        "Steun onafhankelijke journalistiek in jouw regio.",
        "Verder lezen? Word abonnee: 2 maanden voor € 3 per week.",
        "If you think you see this page by mistake, please tell your provider.",
        "Czytaj bez limitu artykuły Premium i wspieraj lokalne dziennikarstwo.",
    ],
)
def test_pitches_are_dropped_whatever_their_wording(line: str) -> None:
    assert is_pitch(line)
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "The City Council voted 7-2 on Monday night to borrow $48 million.",
        "Sigue la búsqueda de los desaparecidos en el río.",
        '"If you want access to the app, you pay," the minister said.',  # quoted speech
        "The company's offer of €5 a share values it at €2 billion.",
        "Thank you for your interest in The Midwest Ledger.",
        "De krant verloor vorig jaar 4.000 abonnees, de prijs steeg naar € 6 per week.",
        # a review's "you", however often, speaks to no one in particular
        "When the orchard finally flowers, you may feel that you have earned your rest too.",
        # the pitch's words in the third person: readers support local journalism
        "Czytelnicy gazety wspierają lokalne dziennikarstwo, mówi wydawca.",
    ],
)
def test_news_sentences_are_not_pitches(line: str) -> None:
    assert not is_pitch(line)


def test_a_quoted_button_name_is_no_speech_but_a_quotation_is() -> None:
    consent = (
        "You may update these choices whenever you like by clicking “Cookie settings” in "
        "the menu of this website."
    )
    assert addresses_reader(consent)
    assert is_pitch(consent)  # the reader and the site's consent: a consent notice
    assert not addresses_reader('"You will pay for this website yourself," the mayor warned.')
    assert not addresses_reader('Residents who "want you gone" rallied outside.')


def test_reader_address() -> None:
    assert addresses_reader("Wil jij weten hoe jouw gemeente stemde?")  # Dutch familiar
    assert addresses_reader("Our website is not available in your region.")
    assert addresses_reader("Wenn Sie sich in Deutschland befinden, prüfen Sie Ihre Einstellungen.")
    assert not addresses_reader("Sie sagte, die Lage sei ernst.")  # "she", sentence-initial
    assert not addresses_reader('"You cannot stop a flood," she said.')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published Oct. 14, 2025, 6:05 a.m. ET", datetime(2025, 10, 14, 10, 5, tzinfo=UTC)),
        ("Updated 7:42 a.m. EDT, Oct 14, 2025", datetime(2025, 10, 14, 11, 42, tzinfo=UTC)),
        ("Mis à jour à 10h05", datetime(2025, 10, 14, 10, 5, tzinfo=UTC)),
        ("Publiziert am 01.10.2025, 12.04 Uhr", datetime(2025, 10, 1, 12, 4, tzinfo=UTC)),
        ("Mi., 01.10.2025", datetime(2025, 10, 1, tzinfo=UTC)),
        ("1er octobre 2025 à 14h20", datetime(2025, 10, 1, 14, 20, tzinfo=UTC)),
        ("Actualizada 2 octubre 2025 - 10:32", datetime(2025, 10, 2, 10, 32, tzinfo=UTC)),
    ],
)
def test_more_stamp_forms(text: str, expected: datetime) -> None:
    assert find_time(text) == text
    assert resolve_time(text, FETCHED) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ir a los comentarios",
        "Zusammenfassen",
        "Leestijd 3 minuten",
        "Meer nieuws laden",
        "Vai al contenuto",
        "Connect via X or email.",
        "Kindly share this story:",
        "1 of 6",
        "Contact Kevin Alvarez at 555-0142.",
        "The Editorial Board welcomes letters. And here's our email: letters@example.com.",
        "Pagina non trovata",
        "Meer voor jou",  # a teaser block's heading in the familiar form
        # a links heading glued to its link by a pipe, a paywall badge before the title
        "Lire aussi | Article réservé à nos abonnés Retraites : ce que la réforme change pour "
        "les artisans de la Creuse et de la Corrèze",
    ],
)
def test_more_ui_lines_in_more_languages(line: str) -> None:
    assert classify(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Um zu kommentieren, loggen Sie sich bitte ein.",
        "Fancy a say? Please or to comment on this story.",  # the links went with innerText
        "Connectez-vous pour commenter cet article.",
    ],
)
def test_a_prompt_to_log_in_and_comment_is_ui(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "More regional news",
        "Mehr lokale Nachrichten",
        "Meer lokaal nieuws",
        "More business stories",
    ],
)
def test_a_short_heading_of_more_and_the_sites_news_opens_teasers(line: str) -> None:
    """ "More" and a news word with what news between: the heading of a teaser block."""
    assert classify(line) is Kind.RELATED


@pytest.mark.parametrize(
    "line",
    [
        "Mehr Infos",  # a link to more information (a bio's), no news
        "More news for ferry users from Monday.",  # a sentence
        "More ferry sailings for the islands",  # no news word
    ],
)
def test_more_without_a_heading_of_news_opens_no_teasers(line: str) -> None:
    assert classify(line) is not Kind.RELATED


@pytest.mark.parametrize(
    "line",
    [
        "Beleidigende Postings werden ohne Rückfrage gelöscht. Bitte bleiben Sie beim Thema.",
        "Houd de discussie respectvol. Reacties met scheldwoorden worden door de redactie"
        " verwijderd.",
        "Please stay on topic: off-topic comments are removed by our moderators.",
        "Les commentaires injurieux sont supprimés. Merci de rester courtois.",
    ],
)
def test_the_sites_rules_for_its_discussion_are_stated(line: str) -> None:
    """The comments, what the site does to those breaking its rules and a request (a
    "please", "keep", "bleiben") in two sentences: its rules, in any language; classify
    leaves them to clean, which knows where they stand."""
    assert states_discussion_rules(line)
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "When we asked about the comments, the ferry company deleted them.",
        "Dozens of comments under the mayor's post were removed overnight.",
        "If you post comments that break the rules, they will be removed, the platform said.",
        '"Please stop posting comments that will only be deleted," the coach told fans.',
        "Zo'n 300 reacties op dit artikel werden verwijderd, zei de hoofdredacteur.",
        # news of moderation speaking of "you", or asking in a reported sentence
        "Comments you have deleted can still be recovered by the platform for 30 days.",
        "Please note that comments containing threats will be removed and passed to police,"
        " the club warned its fans on Tuesday.",
        "Vos commentaires haineux seront supprimés sous 24 heures, prévoit la nouvelle loi.",
        "Uw reacties op sociale media worden sneller verwijderd onder de nieuwe wet.",
        "The comments on this story were removed by the platform after a complaint from the"
        " family.",
        "Postings on the council's Facebook page will be moderated from Monday, you will need"
        " to register.",
    ],
)
def test_news_of_deleted_comments_states_no_rules(line: str) -> None:
    assert not states_discussion_rules(line)
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "The harbour authority declined to comment on the findings.",
        "You can comment on the bypass plan until Friday, the county council said.",
        '"Please do not comment on an open case," the judge told reporters.',
    ],
)
def test_news_of_commenting_stays(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Wij en onze partners gebruiken cookies om de site te verbeteren en advertenties te tonen.",
        "Wir bitten um Ihre Einwilligung",
        "Avec nos partenaires, nous utilisons des cookies pour analyser la fréquentation du site.",
    ],
)
def test_the_site_asking_for_consent_is_a_banner(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "The regulator fined the retailer over a cookie banner that hid the reject button.",
        "We will stop using third-party cookies next year, the company said.",
        '"We always asked for their consent first," the founder said.',
    ],
)
def test_news_of_cookies_and_consent_stays(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "We vragen u alstublieft onze site uit uw adblocker te halen.",
        "Es sieht so aus, als nutzten Sie einen Werbeblocker.",
        "It looks like you are using an ad blocker on our site.",
        "Pour continuer, désactivez votre bloqueur de publicité sur notre site.",
        # the reader's possessive and a pitch's plural: the site's appeal on such a wall
        "Ons nieuws blijft gratis voor jouw buurt, dankzij advertenties en abonnementen.",
    ],
)
def test_the_site_asking_to_turn_off_an_ad_blocker_is_a_wall(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "Adblocker use rose by a tenth this year, a survey of 2,000 households found.",
        "The browser maker will limit ad blockers from June.",
        "We found that beta blockers cut the risk of a second attack by a third.",
        '"We never asked anyone to turn off their ad blocker," the publisher said.',
        # the writer's or a speaker's "we" that asks nothing of the reader
        "We all run ad blockers now, and small publishers are paying the price.",
        "Wir nutzen selbst einen Werbeblocker, gibt die Ministerin zu.",
        "Nous avons désactivé le bloqueur de publicité pour le test, explique le chercheur.",
    ],
)
def test_news_of_ad_blockers_stays(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize("line", ["The Post | 1 day ago", "Opinion | Guest Essay"])
def test_a_pipe_after_words_that_head_no_links_makes_no_labelled_link(line: str) -> None:
    assert classify(line) is None  # a card's source and stamp; a kicker


@pytest.mark.parametrize(
    "line",
    [
        "Contact tracing at 50 sites began on Monday.",
        "The 1 of 6 rule was dropped",
        "Ir a la guerra no es una opción, dijo el ministro.",
    ],
)
def test_news_lines_like_them_stay(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Valley News takes part in affiliate programmes: we may earn commissions when you "
        "buy through our links to retailers.",
        "You may now and then receive promotional content from the Valley News.",
        "Nous modérons les commentaires : notre équipe relit chaque contenu avant publication.",
        "Comments are moderated and may take a day to appear.",
        "The Valley News science desk receives support from the Alder Foundation. The News is "
        "solely responsible for all content.",
        "Appeared in the March 3, 2026, print edition as 'A Bridge Too Late'.",
        "Registered number 0012. Published by Valley Media Group Ltd.",
        "Sponsor Message",
        "Sign Me Up",
        "Comments will be moderated. Stay on topic and be civil; abusive remarks are removed "
        "and repeat offenders are blocked from posting on this page for good.",
        "Quotes delayed by at least 20 minutes. Market data provided by Quotix.",
        "Terms apply. 18+ only. Gamble responsibly.",
        "Read 48 replies",
        "(Only the headline of this report may have been edited by our desk; the rest of the "
        "text is published unchanged from a syndicated feed supplied by the agency, which "
        "holds the rights.)",
        "(This story has not been edited by our staff and is auto-generated from a "
        "syndicated feed.)",
        "Ältere Einträge anzeigen",
        "Les temps forts",
    ],
)
def test_the_sites_notices_about_itself_are_dropped(line: str) -> None:
    assert classify(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The broadcaster said its advertising and content revenue rose 4% in the quarter.",
        "We need more advertising content to pay for the newsroom, the chief executive said.",
        '"Our advertisers want more content," she told the conference.',
        "The report, published by the Valley Institute, found rents rose 7% in a year.",
        "Our sponsors and advertisers have stood by us, according to the club's chairman.",
        # a long news aside in parentheses (a note would speak of the site or to the reader)
        "(The company, which employs 4,000 people in the region and has run the plant since "
        "1987, did not respond to a request for comment on Friday and declined to say whether "
        "it would appeal.)",
        # to the reader or in a columnist's "we", about ads and content in general
        "Under the new law, platforms must label sponsored content and tell you who paid for "
        "the advertising.",
        "We need tougher rules on political advertising, because misleading content spreads "
        "faster than any correction.",
        "Le gouvernement veut interdire la publicité ciblée et mieux encadrer les contenus en "
        "ligne pour protéger nos enfants.",
        "Het platform gaat reacties en inhoud van gebruikers beter te controleren.",
        "Het kabinet vraagt burgers om de app te gebruiken bij de verkiezingen.",
        "Volgens de toezichthouder hoeft de website geen cookies te plaatsen.",
    ],
)
def test_news_about_a_sites_trade_stays(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "The insurer said on Monday it had quietly rewritten its privacy policy.",
        "Regulators said the lender must now publish clearer terms and conditions.",
        "Meta said users could opt out in their settings and learn more.",
        "Following talks on Xi Jinping's visit, officials said Facebook would comply.",
        "The report's authors said the following week's figures would be revised.",
        "The mayor called the town's gambling problem a crisis and called for limits.",
    ],
)
def test_a_sentence_ending_or_going_on_like_a_ui_phrase_stays(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "This ad has not loaded, but your article continues below.",
        "Markets never sleep. Neither do we. LEARN MORE",
        "Follow us on Facebook",
        "Follow Valley News on WhatsApp",
        "Odds by our betting partner. 21+. Gambling problem? Call 1-800-GAMBLER.",
    ],
)
def test_ui_phrases_glued_or_contained_still_go(line: str) -> None:
    assert classify(line) is not None


def test_known_links_glued_into_one_line_are_a_bar() -> None:
    assert classify("Terms/Privacy Policy") is Kind.DROP
    assert classify("Privacy Policy | Cookie Settings") is not None
    assert classify("Politics / World") is None  # section names: a trail is not a bar
    assert classify("Terms / Conditions of the ceasefire") is None  # not every part a link


def test_formal_reader_needs_a_word_before_it() -> None:
    assert is_pitch("Jetzt Ihr Digitalabo sichern")
    assert not addresses_reader("Ihr Abo läuft aus")  # "Ihr" opening a line: not counted


def test_a_price_is_an_offer_only_with_its_period_next_to_it() -> None:
    assert classify("Offre spéciale : 2 € les trois premiers mois, sans engagement.") is Kind.DROP
    assert classify("Lees verder met een abonnement: nu € 1,50 per week.") is Kind.DROP
    fine = (
        "The regulator fined the courier £9 million for missing its targets for parcels and "
        "letters for a third year running."
    )
    assert classify(fine) is None


def test_price_offers() -> None:
    assert is_price_offer("$6.99 a week")
    assert is_price_offer("1 € le premier mois")
    assert not is_price_offer("Shares rose 3% to $6.99 in the week to Friday after the results")


@pytest.mark.parametrize(
    "line",
    [
        "₹149 / month",
        "Rs 59 per month",
        "RM 9.90 sebulan, then RM 19.90 a month",
        "CHF 12 im Monat",
    ],
)
def test_price_offers_in_any_currency(line: str) -> None:
    assert is_price_offer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Nur 2,49 Euro im Monat",
        "Abonnement à 1 Euro par mois",
        "Only 3 Dollars a month",
        "2,49 Eur/Monat",
        "Chf 9 im Monat",
        "RS 49 per month",
    ],
)
def test_a_currency_name_counts_in_any_case(line: str) -> None:
    """German prints "Euro" with a capital, and buttons print names in capitals: the
    name is the same currency however it is cased."""
    assert names_price(line)
    assert quotes_price_per_period(line)
    assert is_price_offer(line)


def test_a_capitalised_kr_after_a_number_is_a_model_not_kronor() -> None:
    """Kronor print "kr" in lower case; "2 Kr vans" names a model line."""
    line = "The plant ships 2 Kr vans and one bus every week"
    assert not names_price(line)
    assert not is_price_offer(line)
    assert names_price("Läs vidare för 49 kr i månaden")
    # nor in a subscriber's sentence with a period after it (the per-period test)
    assert classify("Subscribers drive 3 Kr vans a month on average.") is None


def test_a_paywall_box_priced_in_euro_spelled_out_is_dropped() -> None:
    story = [
        "Altstadt",
        "Gemeinderat verlegt den Wochenmarkt an das Flussufer",
        "Der Gemeinderat von Altbrunn hat am Montag beschlossen, den Wochenmarkt ab März an "
        "das Flussufer zu verlegen, weil der Marktplatz saniert wird.",
        "Die Händler sollen dort zwei Jahre bleiben, teilte die Verwaltung mit.",
    ]
    box = ["Weiterlesen mit Plus", "Zwei Wochen für 1 Euro testen, danach 7,49 Euro im Monat."]
    page = "\n".join([*story, *box, "Jetzt abonnieren", "Mehr aus Altbrunn"]) + "\n"
    kept = clean_page(RawPage(text=page, fetched_at=FETCHED)).lines
    assert story[-1] in kept
    assert box[1] not in kept


@pytest.mark.parametrize(
    "line",
    [
        "Drivers on the R62 meet roadworks every week until March",
        "Lorries on the N7 and R27 queue for hours each day",
        "The R8 sedan and R10 coupé go on sale every year",
    ],
)
def test_a_road_or_a_model_named_r_and_a_number_is_no_price(line: str) -> None:
    """A bare "R" before a number names a road or a model as often as a sum in rand."""
    assert not names_price(line)
    assert not is_price_offer(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our journalism is free to read. Become a Valley Courier member from R29 a month.",
        "Help us keep independent journalism going: R35 per month is all it takes.",
    ],
)
def test_a_sum_in_rand_with_a_bare_r_is_a_price_right_before_its_period(line: str) -> None:
    """A sum like "R29 a month" is a subscription price; the same "R" and a number with no period
    right after it names a road ("the R62") and no price."""
    assert quotes_price_per_period(line)
    assert classify(line) is Kind.DROP
    assert not names_price(line)  # alone, "R29" may be a road: only the period decides


def test_a_road_named_r_before_a_period_word_further_on_is_no_price() -> None:
    line = "Drivers on the R62 meet roadworks every month until the bridge reopens."
    assert not quotes_price_per_period(line)
    assert classify(line) is None
    assert is_price_offer("R35 per month")


@pytest.mark.parametrize("price", ["55 rand", "ZAR 55"])
def test_a_subscription_priced_in_rand_is_a_pitch(price: str) -> None:
    """A subscription's price per period in rand is an offer; the same sentence without the
    price is a statement."""
    line = f"A Karoo Ledger subscription costs {price} a month, with every story a day early."
    assert is_pitch(line)
    assert classify(line) is Kind.DROP
    assert classify("A Karoo Ledger subscription comes with every story a day early.") is None


def test_glued_brands_and_bare_minutes_are_not_controls() -> None:
    assert classify("20minutos") is None
    assert classify("40 min") is None  # split tells a card's stamp from a reading time
    assert classify("3 minutos de lectura") is Kind.DROP


def test_a_stamp_with_a_reading_time_is_no_ui_line() -> None:
    assert classify("June 2, 2025 · 4 min read") is None  # the article's stamp
    assert classify("Before it's here, it's on the Terminal. LEARN MORE") is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "Siga leyendo",
        "Carica altri aggiornamenti",
        "Sei già abbonato? Accedi",
        "Gestisci le preferenze",
        "Udostępnij",
        "Skopiuj link",
        "Przejdź do treści",
        "Ten artykuł przeczytasz w 3 minuty",
        "Skip to site index",
        "Play Video. Duration: 1 minute 12 seconds",
        "Dela",
        "Paylaş",
        "Bagikan",
        "Gå direkt till innehållet",
        "Scrivi alla redazione",
        "Tamaño del texto",
        "Já é assinante?",
        "Report an error",
        "Ouça este conteúdo",
        "Continua después de la publicidad",
        "Deel dit artikel",
        "Condividi questo articolo",
        "Zur Startseite",
        "Okumaya devam et",
        "Bagikan artikel ini",
        "Copy link to clipboard",
        "Support us",
        "More videos",
    ],
)
def test_buttons_in_more_languages_are_controls(line: str) -> None:
    assert classify(line) is Kind.DROP


def test_a_jump_to_the_comments_is_no_comments_heading() -> None:
    assert classify("Ir a los comentarios") is Kind.DROP
    assert classify("Zu den Kommentaren") is not Kind.END
    assert classify("Comentarios") is Kind.END
    assert classify("Show comments") is Kind.END


def test_a_links_heading_by_its_first_words() -> None:
    assert classify("Most Read from Bloomberg") is Kind.LINKS
    # a sentence starting with the same words is no heading
    assert classify("Most read from the archive this week was a story on rents") is not Kind.LINKS


@pytest.mark.parametrize(
    "line",
    [
        "Gentile lettore, per continuare a leggere i nostri contenuti puoi scegliere.",
        "Subskrybuj Dziennik Krajowy i czytaj bez ograniczeń",
        "Naviga senza cookie di profilazione e senza pubblicità a 2,99 € al mese.",
    ],
)
def test_pitches_in_italian_and_polish(line: str) -> None:
    assert is_pitch(line) or is_price_offer(line)
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "The views of the writer are not necessarily the views of The Cape Ledger.",
        "Disclaimer: Comments do not represent the views of the Daily. We reserve the right.",
        "You must be logged in to join the discussion or read more comments.",
        "If you purchase a product or register for an account through a link on our site, we "
        "may receive compensation. By using this site, you consent to our User Agreement and "
        "agree that your clicks and personal information may be collected and stored by us and "
        "social media and other third-party partners in accordance with our Privacy Policy.",
        "A version of this article appears in print on Nov. 28, 2026, Section B, Page 1 of the "
        "New York edition with the headline: Orders Emergency Inspections of 700 Regional Jets.",
        "Reminder, this is a Premium article and requires a subscription to read.",
        "Ads by Lakeshore Ledger",
        "Advertise with NZME.",
        "This article has been removed",
        "We apologise for any inconvenience.",
        "The writer is a public finance analyst and a former budget officer at the PBO.",
        "Log in, register or subscribe to save articles for later.",
        "This report by The Canadian Press was first published June 2, 2025.",
        "In a time of misinformation, quality journalism is more crucial than ever.",
        "Nyhetsvågen sammanfattar nyheter från flera källor. Klicka på länken för att läsa.",
        "Läs hela artikeln hos Dagens Industri",
        "Este conteúdo é exclusivo para assinantes",
        "This content is available to subscribers only",
        "Comments are closed",
        "Sorry, this content is not available in your region",
        "Para seguir leyendo, suscríbete a El Diario",
        "Questo contenuto è riservato agli abbonati",
        "Dieser Artikel ist nur für Abonnenten verfügbar",
    ],
)
def test_site_notices_after_the_text_are_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the views of the unions were not ignored in the final draft.",
        "The plan requires a minimum monthly premium of $5 and caps eligibility at 600%.",
        "If you purchase a home this year, mortgage rates will be lower, economists said.",
        "Sponsored by the EU, the programme pays for 40 new buses in the region.",
        "Publicidad en televisión creció un 5% el año pasado, según el informe.",
        "ElevenLabs, a text-to-speech startup, raised $100 million on Friday.",
        "“We apologise for any inconvenience,” the airline said in a statement.",
        "The summit is a forum for discussion where leaders join the discussion on trade.",
        "The author is accused of copying passages from a 1990s novel, the publisher said.",
        "Follow our live coverage as the National Assembly votes on the spending plan.",
        "Forward Tom Smith scored twice in the second half as City won 2-1.",
        "Sign language interpreters will be present at every briefing, the ministry said.",
        "Download speeds in rural areas remain below 10 Mbps, the regulator found.",
        "Victims may receive compensation of up to $10,000, the court said.",
        "These protesters do not represent the views of most farmers, the minister said.",
        "His views are not necessarily shared by the party leadership.",
        "The feature is for subscribers only, the company said.",
        "O recurso é exclusivo para assinantes do plano premium.",
        "Journalism is more dangerous than ever, the report said.",
    ],
)
def test_news_sentences_near_those_notices_stay(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Läs mer", Kind.LINKS),
        ("Baca juga", Kind.LINKS),
        ("Devamını oku", Kind.LINKS),
        ("Berita terkait", Kind.RELATED),
        ("Ilgili haberler", Kind.RELATED),
        ("İlgili Haberler", Kind.RELATED),  # (Turkish capital İ folds to i and a dot)
        ("Yorumlar", Kind.END),
        ("Komentar (12)", Kind.END),
        ("Reklam", Kind.DROP),
        ("Mest läst", Kind.LINKS),
        ("Ämnen", Kind.END),
        ("Polecane dla ciebie", Kind.RELATED),
        ("Artykuł sponsorowany", Kind.AD),
        ("Sponsrad", Kind.AD),
        ("Around the web", Kind.AD),
        ("Read this next", Kind.LINKS),
    ],
)
def test_headings_and_labels_in_more_languages(line: str, kind: Kind) -> None:
    assert classify(line) is kind


def test_a_profile_link_alone_is_dropped_but_not_a_sites_address() -> None:
    assert classify("X.com/dkowalchukWHT") is Kind.DROP
    assert classify("instagram.com/ana.b") is Kind.DROP
    assert classify("www.example.com/news") is None


def test_a_follow_heading_over_social_links_is_dropped() -> None:
    assert classify("Follow Leeds Evening Courier:") is Kind.DROP
    assert classify("Síguenos en:") is Kind.DROP
    assert classify("Follow these steps to apply for the grant:") is None  # a sentence


@pytest.mark.parametrize(
    "line",
    [
        "Got a story tip? Send it to us on Signal.",
        "SEND US NEWS",
        "Message us on WhatsApp",
        "Spotted a mistake? Email us and we will fix it.",
    ],
)
def test_a_call_to_act_with_us_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "Ministers will send troops to the US border region next month, officials said.",
        "Share prices in the US fell for a third day on Tuesday.",
        '"Give us the tools and we will finish the job," the minister said.',
        "The coalition asked voters to give the party one more term.",
    ],
)
def test_news_sentences_with_us_or_a_verb_first_stay(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Home / World / Floods hit northern Italy after days of rain",
        "Start › Sport › Fußball",
        "About Us | Contact | Careers | Privacy Policy",
    ],
)
def test_a_trail_or_bar_of_links_is_dropped(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "Radio Nord | Abendschau | 02.04.2026 | 19:30 Uhr",  # a stamp's line: split's
        "Reuters | Markets | 2 hours ago",
        "The vote was 52 / 48 / 0, with the committee split along party lines / again",
        "Prices rose 3% / 4% / 5% in the three quarters, the statistics office said.",
    ],
)
def test_lines_with_separators_that_are_no_link_trail_stay(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("© Fourni par Le Courrier du Lac", None),  # a portal's picture credit: captions take it
        ("© Geleverd door Het Kanaalblad", None),
        ("© Le Courrier du Lac", Kind.END),  # the site's own copyright: a footer
        ("© 2026 Het Kanaalblad", Kind.END),
    ],
)
def test_a_portal_credit_is_no_footer(line: str, kind: Kind | None) -> None:
    assert classify(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Il vous reste 48 % de cet article à découvrir.",  # the reader and "this article"
        "You have read 80 per cent of this story.",
        "Você pode ouvir este artigo em áudio.",
        "Veja mais notícias do litoral no Portal Maré.",  # a command, "more" and news
        "Lees meer nieuws uit de polder op Dijkbode.",
    ],
)
def test_a_note_to_the_reader_about_the_page_goes(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "« Vous lirez cet article de loi autrement », a déclaré la ministre.",
        "This article of the charter lets you appeal within 30 days, the court said.",
        "See more tech stories",  # a button under a card list: split reads it
        "Veja mais fotos do desfile em Vila Serena.",
    ],
)
def test_news_and_buttons_about_articles_stay(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("skip past newsletter promotion", Kind.DROP),  # the markers around a newsletter box
        ("after newsletter promotion", Kind.DROP),
        ("Promotion race tightens after Harbourside win", None),
    ],
)
def test_a_promotion_marker_is_a_control(line: str, kind: Kind | None) -> None:
    assert classify(line) is kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Miss nothing from Vellmoor today. Get it all on our Telegram channel", Kind.DROP),
        ("Get the morning briefing on our WhatsApp channel", Kind.DROP),
        # reported speech to the reader is news, whatever it names
        ("You can now pay parking fees in the app, the council said.", None),
        ("Users of WhatsApp in Norland lost service for two hours on Monday.", None),
    ],
)
def test_a_messaging_channel_promo_is_a_pitch(line: str, kind: Kind | None) -> None:
    assert classify(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Mit Material der Nachrichtenagenturen dpa und Reuters.",
        "Con informazioni di ANSA e Adnkronos.",
        "Com informações da Lusa.",
        "Con agencias.",
    ],
)
def test_wire_credits_under_the_text_in_more_languages(line: str) -> None:
    assert classify(line) is Kind.DROP


@pytest.mark.parametrize(
    "line",
    [
        "Com informações da Polícia Civil, os agentes encontraram o carro roubado em Campinas"
        " no domingo.",
        "Mit Material aus dem Landesarchiv erzählt die Schau, wie die Brücke 1945 gesprengt wurde.",
        "Con informazioni da fonti locali, il comune ha chiuso la strada per tre giorni.",
        "Con información de la Guardia Civil, los vecinos localizaron al senderista perdido"
        " en el monte.",
        "Mit Material von Zeitzeugen hat die Schule eine Ausstellung über das Dorf gestaltet.",
    ],
)
def test_a_news_sentence_opening_like_a_wire_credit_stays(line: str) -> None:
    """A wire credit is a few words naming agencies; a sentence opening with the same words
    goes on with the news."""
    assert classify(line) is None


def test_an_italian_reproduction_notice_alone_goes() -> None:
    assert classify("Riproduzione riservata.") is Kind.DROP


def test_a_print_edition_note_goes_and_news_of_an_edition_stays() -> None:
    note = "Published in the print edition on Saturday under the title Harbour Lights."
    assert classify(note) is Kind.DROP
    assert classify("The weekly published in the print edition a full apology.") is None


@pytest.mark.parametrize(
    "note",
    [
        "Originally published on lakeside-post.example, part of the Valley Media group.",
        "This story was first published on riverbend.example.",
        "Cet article a été publié initialement sur lemessager.example.",
        "Dieser Artikel erschien zuerst auf talbote.example.",
    ],
)
def test_a_syndication_note_opens_with_where_it_first_appeared(note: str) -> None:
    assert names_web_address(note, None)


@pytest.mark.parametrize(
    "line",
    [
        "The audit, first published on county.example in June, found two of the pumps idle.",
        "The survey was originally published on science.example and has since been repeated.",
        "The rota of pharmacies, first published at health.example, changes every week.",
    ],
)
def test_news_about_another_texts_first_publication_is_no_syndication_note(line: str) -> None:
    """Where another report first appeared, said inside a news sentence, is news."""
    assert not names_web_address(line, None)


def test_a_deal_acknowledging_the_owners_of_country_is_news() -> None:
    """The site's voice ("we acknowledge", "… where we work") or a sentence ending on the
    Country it names makes the acknowledgement the site's own; a deal that acknowledges the
    owners of Country and goes on with what it does is news."""
    news = (
        "The river agreement acknowledges the Traditional Owners of Country along the upper "
        "valley and sets up a shared ranger program."
    )
    assert classify(news) is None
    own = "The Valley Courier acknowledges the Traditional Custodians of the land where we work."
    assert classify(own) is Kind.DROP
    ends_on_country = (
        "Valley Radio acknowledges the Traditional Owners of Country across the state."
    )
    assert classify(ends_on_country) is Kind.DROP
    first_australians = (
        "Coast Radio acknowledges the First Australians as the traditional custodians of the "
        "lands we live on."
    )
    assert classify(first_australians) is Kind.DROP
    reported = (
        "The council acknowledged the First Australians as the traditional custodians of the "
        "river flats in its new plan."
    )
    assert classify(reported) is None


@pytest.mark.parametrize("label", ["Kindly share this story:", "Please share:", "Bitte teilen:"])
def test_a_share_bars_label_asking_politely_is_no_link_lists_heading(label: str) -> None:
    """A politeness word before a share phrase leaves the line the share bar's label: the
    credited caption under the buttons is not a link list's item."""
    assert classify(label) is Kind.DROP
    caption = "The commission's chairman at a briefing in Abuja. Photo: X/@commission"
    story = [
        "Harbour board cuts the tariff for the third time this year",
        label,
        "Facebook",
        "X",
        "WhatsApp",
        caption,
        "The commission cut the tariff by ₦3.62 per kilowatt-hour on Thursday, citing gas prices.",
        "Manufacturers said the cut would not change much for small businesses on the grid.",
    ]
    assert caption in clean_page(RawPage(text="\n".join(story))).lines


@pytest.mark.parametrize("heading", ["Please read:", "Read more:", "Kindly note:"])
def test_a_polite_heading_that_is_no_share_label_keeps_its_kind(heading: str) -> None:
    """Only a share phrase after the politeness word makes a share label."""
    assert classify(heading) is not Kind.DROP


def test_a_bill_acknowledging_the_first_australians_is_news() -> None:
    """The broadcaster's acknowledgement says "the lands where we live"; a report on a bill
    that "acknowledges the First Australians as the traditional custodians" is text."""
    own = (
        "The ABC acknowledges the First Australians as the traditional custodians of the lands"
        " where we live, work, and learn."
    )
    assert classify(own) is Kind.DROP
    bill = (
        "The bill acknowledges the First Australians as the traditional custodians of the land"
        " and waters of the state, and sets up a permanent elected assembly."
    )
    assert classify(bill) is None
