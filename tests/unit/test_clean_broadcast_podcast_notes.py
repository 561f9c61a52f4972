"""Furniture set into or closing a text: a broadcaster's note that it covered the topic on
air on a full date ("Über dieses Thema berichtete … am 14. März 2026 um 16:00 Uhr."), and a
podcast's promotion box (its label, one promo sentence naming the podcast, a bar of
listening apps). The same words in a story's sentence stay."""

from streams.boilerplate import Kind, classify
from streams.clean import clean_page
from streams.model import RawPage


def lines_of(text: str) -> tuple[str, ...]:
    return clean_page(RawPage(text=text)).lines


def _gone(lines: tuple[str, ...], snippet: str) -> bool:
    return not any(snippet in line for line in lines)


def test_a_broadcasters_note_on_a_full_date_is_dropped() -> None:
    for note in (
        "Über dieses Thema berichtete die tagesschau am 14. März 2026 um 16:00 Uhr.",
        "Über dieses Thema berichtet: BR24 im Radio am 14.03.2026 um 07:00 Uhr.",
        "Über dieses Thema berichtet auch der „aktuelle bericht“ im SR Fernsehen am 24.01.2026.",
    ):
        assert classify(note) is Kind.DROP, note
    assert classify("Dieses Thema im Programm:") is Kind.DROP


def test_must_stay_a_story_sentence_naming_an_earlier_report() -> None:
    # no year, or the sentence goes on after the date: a story's own reporting
    for sentence in (
        "Über dieses Thema berichtete die Süddeutsche Zeitung am Montag.",
        "Über dieses Thema berichtete der Spiegel am 3. Mai.",
        "Über dieses Thema berichtete der Spiegel am 3. Mai 2024, doch die Regierung schwieg.",
        "Das Ruhrgebiet berichtete am 14. März 2026 um 16:00 Uhr über neue Zahlen.",
    ):
        assert classify(sentence) is None, sentence


PODCAST_BOX = """\
The shortfall is concentrated in apartments, the federation said in its quarterly report.
Listen | Inside Business
Why can’t Ireland build? Our reporter asks developers on this week’s Inside Business podcast
Apple Podcasts | Spotify
Developers say costs for a two-bedroom apartment in the capital now exceed what buyers will pay.
"""


def test_a_podcast_promotion_box_in_the_text_is_dropped() -> None:
    lines = lines_of(PODCAST_BOX)
    assert _gone(lines, "Inside Business")
    assert _gone(lines, "Apple Podcasts")
    assert lines[0].startswith("The shortfall is concentrated")
    assert lines[-1].startswith("Developers say costs")


def test_a_podcast_box_with_listen_on_buttons_is_dropped() -> None:
    lines = lines_of(
        "That would be a notable shift for an industry built on glue and sealed cases.\n"
        "Listen to The Teardown\n"
        "This week on our podcast: why your next phone might have a battery door again.\n"
        "Listen on Apple Podcasts\n"
        "Listen on Spotify\n"
        "Engineers say the main trade-off is water resistance, which a gasket must restore.\n"
    )
    assert _gone(lines, "Teardown")
    assert _gone(lines, "This week on our podcast")
    assert _gone(lines, "Listen on Spotify")
    assert lines[-1].startswith("Engineers say the main trade-off")


def test_must_stay_a_story_sentence_about_a_podcast_without_an_app_bar() -> None:
    # a reporter writing about a podcast, the apps named in running text: all text
    story = (
        "The company said its podcast reached two million listeners in March.\n"
        "Listen to the experts\n"
        "The show, on Spotify and Apple Podcasts, is produced in Dublin by a team of four.\n"
        "Advertisers have followed, the company said in a statement on Monday.\n"
    )
    lines = lines_of(story)
    assert "The company said its podcast reached two million listeners in March." in lines
    assert any(line.startswith("The show, on Spotify and Apple Podcasts") for line in lines)
    assert "Listen to the experts" in lines


def test_a_deals_widgets_footer_and_a_review_sites_testing_note_are_dropped() -> None:
    for line in (
        "We check over 250 million products every day for the best prices",
        "powered by",
        "Nous vérifions chaque jour plus de 250 millions de produits pour les meilleurs prix",
        "Our expert reviewers spend hours testing and comparing products and services so you"
        " can choose the best for you. Find out more about how we test.",
    ):
        assert classify(line) is Kind.DROP, line


def test_must_stay_a_story_sentence_on_a_price_comparison_firm() -> None:
    for sentence in (
        "The start-up says its software checks over 250 million products every day for the"
        " best prices.",
        "Powered by two engines, the ship reached port on Friday.",
        "Our expert reviewers found the laptop’s hinge cracked after a month.",
    ):
        assert classify(sentence) is None, sentence


def test_must_stay_a_story_sentence_broken_at_a_link_to_one_app() -> None:
    # auditor D's D-3 (probes D23, D24): innerText breaks a sentence at its link to the app;
    # a lone app's name is no bar of buttons, and the sentence goes on under it
    english = lines_of(
        "A podcast network founded in a spare bedroom has signed a £20m deal for its shows.\n"
        "The network's biggest podcast, in the charts for three years, will move exclusively to\n"
        "Spotify\n"
        "in June, the company said.\n"
        "Listeners will still be able to hear older episodes of the podcast on\n"
        "YouTube\n"
        ", where the network has 1.2 million subscribers.\n"
        "The deal is the biggest of its kind in Britain this year.\n"
    )
    assert any("will move exclusively to Spotify in June" in line for line in english)
    assert any("older episodes of the podcast on YouTube" in line for line in english)
    german = lines_of(
        "Einer der erfolgreichsten Podcasts wechselt für einen Millionenbetrag den Anbieter."
        " Der Podcast ist ab Juni nur noch bei\n"
        "Spotify\n"
        "zu hören.\n"
        "Jede Woche hören den Podcast mehr als eine Million Menschen, viele davon über\n"
        "Apple Podcasts | Spotify\n"
        "und andere Apps.\n"
    )
    assert any(line.startswith("Einer der erfolgreichsten Podcasts") for line in german)
    assert any(line.startswith("Jede Woche hören den Podcast") for line in german)


def test_must_stay_a_crosshead_naming_an_app_over_the_storys_paragraph() -> None:
    # a story's crosshead on an app and its paragraph, under them a share control or the
    # story's next paragraph: no download button, the text stays
    crosshead = "Die neue Warn-App der Stadt"
    paragraph = "Die Stadt hat am Montag ihre Warn-App vorgestellt, die bei Hochwasser warnt."
    for under in ("Teilen", "Bisher haben sie nach Angaben der Stadt 4.000 Menschen geladen."):
        lines = lines_of(
            "Der Rat soll sich in seiner Sitzung im September mit den Ergebnissen befassen.\n"
            f"{crosshead}\n{paragraph}\n{under}\n"
            "Die Bauarbeiten an der Brücke sollen nach Angaben der Stadt im Herbst beginnen.\n"
        )
        assert crosshead in lines, under
        assert paragraph in lines, under


def test_must_stay_a_quote_of_someone_checking_products() -> None:
    # auditor D's D-5 (probes D26, D28): a customs officer's or a marketplace's quote names
    # no prices; the widget's footer does
    for quote in (
        '"We check over 40,000 products every day at the port, and the worst we find are'
        ' always from the same few sellers," said Karen Doyle.',
        '"We check over two million products every day before they are listed," a'
        " spokeswoman said.",
        "„Wir prüfen jeden Tag mehrere Millionen Produkte, bevor sie online gehen“, sagte"
        " eine Sprecherin.",
    ):
        assert classify(quote) is None, quote


def test_must_stay_a_story_paragraph_about_a_podcast_over_its_app_links() -> None:
    # auditor D's D-9 (probe D23b): no show label over it, not in the site's voice nor to
    # the reader: the story's sentence stays, only the bar of app links goes
    lines = lines_of(
        "A podcast about the town's lost textile mills has been downloaded more than a"
        " million times, its makers said on Monday.\n"
        "The podcast, which started in a pub back room in 2019, now has about 40,000"
        " listeners a week, many of them abroad.\n"
        "Spotify | Apple Podcasts\n"
        '"We never expected this," said producer Sam Okafor.\n'
    )
    assert any(line.startswith("The podcast, which started in a pub back room") for line in lines)
    assert _gone(lines, "Spotify | Apple Podcasts")
