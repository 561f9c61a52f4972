"""Embeds that interrupt an article's text: a social post (its author over a handle with a
domain, "Lire 214 réponses"), a video's platform label ("Watch on YouTube" over title,
channel and length), a gallery's heading ("Galleria fotografica"), an audio player's login
prompt ("Zum Vorlesen bitte einloggen"); and a sentence a link broke whose full stop (or
comma) stands alone on the next line. Story sentences with the same words, a bare platform
name over a video card's source, and a comma between a card's title and its stamp stay."""

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


def _gone(lines: tuple[str, ...], snippet: str) -> bool:
    return not any(snippet in line for line in lines)


LEAD = (
    "Valve is pushing back the launch of its headset from December to spring, the company"
    " said in a short blog post on Thursday, after weeks of complaints from developers.\n"
    "Several developers posted on social media in recent weeks that their kits shut down"
    " after 40 to 60 minutes of play, particularly in demanding games.\n"
)
AFTER = (
    "Two developers who spoke on condition of anonymity said Valve had sent out a firmware"
    " update in mid-November that lowered the headset's maximum clock speeds.\n"
)


def test_an_embedded_posts_author_and_domain_handle_go() -> None:
    page = (
        LEAD + "Mara Lindqvist\n@maralindqvist.bsky.social\n"
        "our devkit has now throttled mid-demo three times in front of publishers\n"
        "218\nLike\nReply\n" + AFTER
    )
    lines = lines_of(page)
    assert _gone(lines, "@maralindqvist")
    assert _gone(lines, "Mara Lindqvist")
    assert lines[-1].startswith("Two developers who spoke")


def test_handles_with_a_server_are_handle_lines() -> None:
    assert classify("@ann@mastodon.social") is Kind.DROP
    assert classify("@maralindqvist.bsky.social") is Kind.DROP


def test_must_stay_a_sentence_naming_a_handle_and_a_name_over_text() -> None:
    page = (
        LEAD + "Mara Lindqvist\n"
        "The developer, who posts as @maralindqvist.bsky.social, said the kit overheated.\n" + AFTER
    )
    lines = lines_of(page)
    assert any("posts as @maralindqvist.bsky.social" in line for line in lines)


def test_a_posts_reply_counter_and_a_youtube_embed_go() -> None:
    page = (
        LEAD + "Watch on YouTube\n"
        "Steam Frame: Developer Kit Unboxing and First Impressions\n"
        "FrameLab\n12:04\n" + AFTER
    )
    lines = lines_of(page)
    assert classify("Lire 214 réponses") is Kind.DROP
    assert classify("Watch on YouTube") is Kind.DROP
    assert _gone(lines, "Watch on YouTube")
    assert _gone(lines, "Developer Kit Unboxing")
    assert lines[-1].startswith("Two developers who spoke")


def test_must_stay_sentences_with_the_embeds_words() -> None:
    for sentence in (
        "Il a répondu à 214 réponses.",
        "Er musste sich einloggen, um den Artikel zu lesen.",
        "Fans can watch on YouTube from Friday, the league said.",
        "La galleria fotografica del museo riapre a dicembre dopo i lavori.",
    ):
        assert classify(sentence) is None, sentence


def test_a_bare_platform_name_over_a_video_card_is_no_control() -> None:
    assert classify("YouTube") is None  # a video card's platform over its source and length


def test_a_galleries_heading_and_a_listen_login_prompt_go() -> None:
    assert classify("Galleria fotografica") is Kind.DROP
    assert classify("Galerie photos") is Kind.DROP
    assert classify("Zum Vorlesen bitte einloggen") is Kind.DROP


BROKEN_AT_LINK = (
    "Bologna, riapre la Torre della Specola dopo tre anni di lavori\n"
    "Le visite costeranno 8 euro per tutti gli adulti. Le prenotazioni si aprono lunedì"
    " sul sito del\n"
    "Sistema museale di Ateneo\n"
    ".\n"
    "Non mancano però le polemiche: il comitato lamenta che la torre resterà chiusa.\n"
)


def test_a_full_stop_alone_under_a_link_ends_its_sentence() -> None:
    lines = lines_of(BROKEN_AT_LINK)
    assert (
        "Le visite costeranno 8 euro per tutti gli adulti. Le prenotazioni si aprono lunedì"
        " sul sito del Sistema museale di Ateneo." in lines
    )


def test_a_comma_alone_between_links_joins_the_text() -> None:
    page = (
        "Eskom warns of stage 2 load shedding this weekend\n"
        "South Africans should prepare for load shedding after units at\n"
        "Kusile\n,\nMedupi\n"
        "and Tutuka power stations tripped within 24 hours, ending a long run.\n"
    )
    lines = lines_of(page)
    assert any("units at Kusile, Medupi and Tutuka power stations" in line for line in lines)


def test_must_stay_a_comma_between_a_cards_title_and_its_stamp() -> None:
    page = (
        "Nissan to close Oppama plant by 2028 in restructuring push\n"
        "TOKYO, March 16 (Reuters) - Nissan will stop production at its Oppama plant south of"
        " Tokyo by the end of fiscal 2027, the automaker said on Monday.\n"
        "Read Next\n"
        "Toyota to invest $10 billion in US battery plants, sources say\n"
        ",\n"
        "5:31 AM GMT+9\n"
    )
    lines = lines_of(page)
    assert "Toyota to invest $10 billion in US battery plants, sources say" in lines
    assert "5:31 AM GMT+9" in lines


def test_full_stops_under_several_links_are_no_repeated_ui_line() -> None:
    """Auditor B's probe P27 (three sentences ending in a link, each full stop alone)."""
    page = (
        "Le gouvernement présente son plan contre la vie chère en outre-mer\n"
        "Le gouvernement a présenté mardi un plan, après des semaines de manifestations en\n"
        "Martinique\net en\nGuadeloupe\n.\n"
        "Le texte prévoit un plafonnement des prix, a précisé le ministre devant\n"
        "l'Assemblée nationale\n.\n"
        "Les syndicats appellent à une nouvelle journée de mobilisation jeudi, a dit\n"
        "la CGT\n.\n"
    )
    lines = lines_of(page)
    assert any(line.endswith("en Martinique et en Guadeloupe.") for line in lines)
    assert any(line.endswith("devant l'Assemblée nationale.") for line in lines)


def test_an_embedded_posts_attribution_and_platform_link_go() -> None:
    for line in (
        "View this post on Instagram",
        "Voir cette publication sur Instagram",
        "A post shared by Jane Doe (@janedoe)",
        "Ein Beitrag geteilt von Jane Doe (@jane.doe)",
        "— Mara Lindqvist (@maralindqvist.bsky.social) 12 nov. 2026",
    ):
        assert classify(line) is Kind.DROP, line


def test_must_stay_sentences_naming_a_bracketed_handle() -> None:
    for sentence in (
        "The mayor (@mayor) said on Monday the plan would go ahead.",
        "Follow the minister (@minister).",
        "— Non, je ne suis pas d’accord (@ici) répond-il.",
    ):
        assert classify(sentence) is None, sentence
