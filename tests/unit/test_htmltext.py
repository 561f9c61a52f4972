"""htmltext: HTML → the lines a browser's innerText shows."""

import pytest

from streams.errors import HtmlTooDeep, IngestError
from streams.htmltext import MAX_NESTING, html_to_text, nesting_depth


def page(body: str) -> str:
    return f"<html><head><title>Site | Story</title></head><body>{body}</body></html>"


def test_a_link_inside_a_sentence_stays_in_its_line() -> None:
    html = page("<p>The <a href='/m'>finance minister</a> said <b>no</b> on Friday.</p>")
    assert html_to_text(html) == "The finance minister said no on Friday."


def test_blocks_and_line_breaks_end_lines_without_blank_lines() -> None:
    html = page("<h1>Headline</h1><p>First.</p><p>Second<br>line.</p><ul><li>One</li></ul>")
    assert html_to_text(html) == "Headline\nFirst.\nSecond\nline.\nOne"


def test_a_row_of_inline_elements_without_text_of_its_own_gives_one_line_each() -> None:
    html = page(
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        "<div class='meta'><span>Reuters</span> <span>·</span> <time>2 hours ago</time></div>"
    )
    assert html_to_text(html).split("\n") == ["Home", "World", "Reuters", "·", "2 hours ago"]


def test_white_space_collapses_except_in_pre() -> None:
    html = page("<p>Two   spaces\n  and a\tbreak</p><pre>a  b\nc</pre>")
    assert html_to_text(html) == "Two spaces and a break\na  b\nc"


def test_what_a_browser_does_not_render_is_not_text() -> None:
    html = page(
        "<script>var x = 'code';</script><style>p {}</style><noscript>Enable JS</noscript>"
        "<p hidden>Hidden attribute</p><p style='color: red; display : none'>Inline style</p>"
        "<a class='skip-link sr-only' href='#main'>Skip to content</a>"
        "<div><a href='/story/comments'>31 <span class='hide'>comments icon</span></a></div>"
        "<p>Shown.</p>"
    )
    assert html_to_text(html) == "31\nShown."


def test_a_jump_link_alone_on_its_line_goes_but_one_inside_a_sentence_stays() -> None:
    html = page(
        "<div><a href='#content'>Aller au contenu principal</a></div>"
        "<p>See <a href='#table'>the table</a> below.</p>"
    )
    assert html_to_text(html) == "See the table below."


def test_a_caption_keeps_its_inline_credit_on_its_line() -> None:
    html = page(
        "<figure><figcaption>A wolf (archive). <small>© Agency | Name</small></figcaption></figure>"
    )
    assert html_to_text(html) == "A wolf (archive). © Agency | Name"


def test_no_body_and_empty_input() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<html><body></body></html>") == ""


def test_nesting_up_to_the_limit_is_read_without_recursion() -> None:
    depth = MAX_NESTING - 2  # under <html> and <body>
    assert html_to_text(page("<div>" * depth + "deep" + "</div>" * depth)) == "deep"
    assert html_to_text(page("<p>" + " " * 100_000 + "x</p>")) == "x"


def test_html_nested_past_the_limit_is_refused_before_parsing() -> None:
    with pytest.raises(HtmlTooDeep, match="over the limit") as refused:
        html_to_text(page("<div>" * (MAX_NESTING + 1)))
    assert isinstance(refused.value, IngestError)  # → the dead-letter topic, stage "ingest"


def test_nesting_depth_counts_elements_that_nest() -> None:
    assert nesting_depth("<div><section><p>a<br/><img src=x><p>b</section></div>") == 2
    assert nesting_depth("<li>" * 5_000 + "<p>" * 5_000) == 0  # the parser closes these
    assert nesting_depth("<script>if (a<b && c>d) {}</script><div>") == 1
    assert nesting_depth("<SCRIPT>" + "<div>" * 5_000) == 0  # unclosed script: all script
