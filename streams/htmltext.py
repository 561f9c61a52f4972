"""HTML → visible text, as a browser's innerText would give it.

innerText's rules, in the part that matters for pages: a block element (div, heading,
list item, figure caption …) starts and ends a line, ``<br>`` ends a line, and breaks
that meet count once. Inline elements (links, emphasis, spans) inside running text
stay in their line, so a sentence with a link in it is one line, as in a scraper's
text dump. The text has no blank lines, like such a dump (innerText sets a ``<p>`` off
by blank ones, but the stages read blank lines as structure only where they are not
after every block, so none is better than some).

Without a style sheet we cannot know which spans a site's CSS lays out as blocks, so
an element whose parent holds no text of its own (a row of links, a meta line of
spans for author, time and read time) gets a line of its own: that is how such rows
render on nearly every site, and how a scraper's dump shows them.
White space inside a line collapses to one space (CSS ``white-space: normal``),
except in ``<pre>``. What a browser does not render is skipped: script-like
elements, the ``hidden`` attribute, an inline ``display: none``, the class names that
CSS frameworks hide, and a jump link within the page alone on its line ("Skip to
content", shown only to keyboard users).

The walk keeps its own stack rather than recursing, so it costs no Python recursion
depth. The HTML parser itself (lexbor, as the HTML standard's tree builder does) checks
the open elements for each new one, so nesting N deep costs N² (100,000 nested
``<div>`` take 12 s, and each element under N open ones costs N): HTML nested deeper
than ``MAX_NESTING`` is refused with ``HtmlTooDeep`` (it goes to the dead-letter
topic) after one linear scan of its tags. Real pages nest a few dozen deep; at the
limit, a 5 MB page parses in about a second.
"""

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from streams.errors import HtmlTooDeep

MAX_NESTING = 1_000

_INVISIBLE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "-comment"}
)
# fmt: off
_BLOCK_TAGS = frozenset((
    "address", "article", "aside", "audio", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "option", "p", "picture", "pre", "section", "select", "summary",
    "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul", "video",
))
# class names that the common CSS frameworks and CMSs hide ("sr-only" of Bootstrap,
# "screen-reader-text" of WordPress, "visually-hidden" …): what they mark is not shown
_HIDDEN_CLASSES = frozenset((
    "hide", "hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "screenreader-only", "a11y-hidden", "element-invisible", "offscreen", "u-hidden", "is-hidden",
))
# elements without content (void) or whose end tag the parser supplies (p, li, td …):
# they do not deepen the tree however many are opened
_FLAT_TAGS = frozenset((
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "rt", "rp",
))
# fmt: on
_RAW_TEXT_TAGS = frozenset(("script", "style", "textarea", "title"))
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})[^<>]*?(/?)>")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f]+")
_PRE_LINE_BREAK = re.compile(r"\r\n?|\n")


class _Break:
    """Where a block starts or ends, or a ``<br>`` is: the line ends here."""


_LINE = _Break()


def html_to_text(html: str) -> str:
    depth = nesting_depth(html)
    if depth > MAX_NESTING:
        raise HtmlTooDeep(f"HTML nests elements {depth} deep, over the limit of {MAX_NESTING}")
    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    text = "".join("\n" if isinstance(item, _Break) else item for item in _render(root))
    return "\n".join(kept for line in text.split("\n") if (kept := line.strip()))


def nesting_depth(html: str) -> int:
    """How deep the elements nest, counted from start and end tags (an upper bound:
    end tags a page leaves out are not subtracted). Script and style text is skipped:
    its "a<b && c>d" is no tag."""
    depth = deepest = 0
    position = 0
    lowered = html.lower()
    while match := _TAG.search(html, position):
        closing, name, self_closing = match.groups()
        position = match.end()
        name = name.lower()
        if name in _RAW_TEXT_TAGS and not closing:
            end = lowered.find(f"</{name}", position)
            position = len(html) if end < 0 else end
        elif not self_closing and name not in _FLAT_TAGS:
            depth = max(depth - 1, 0) if closing else depth + 1
            deepest = max(deepest, depth)
    return deepest


def _render(root: LexborNode) -> Iterator[str | _Break]:
    """Text pieces and line breaks, in document order."""
    stack: list[tuple[LexborNode | _Break, bool, bool]] = [(root, False, True)]
    while stack:
        node, in_pre, own_line = stack.pop()
        if isinstance(node, _Break):
            yield node
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text(deep=False) or ""
            yield from _pre_lines(text) if in_pre else (_SPACES.sub(" ", text),)
        elif tag == "br":
            yield _LINE
        elif tag not in _INVISIBLE_TAGS and _rendered(node, own_line):
            if own_line or tag in _BLOCK_TAGS:
                yield _LINE
                stack.append((_LINE, False, False))
            stack.extend(_children(node, in_pre or tag == "pre"))


def _children(node: LexborNode, in_pre: bool) -> list[tuple[LexborNode | _Break, bool, bool]]:
    """The children to visit, last first (a stack), each marked with whether it is
    alone on its line: it is when ``node`` holds no words of its own."""
    children = list(node.iter(include_text=True))
    in_prose = any(
        child.tag == "-text" and (child.text(deep=False) or "").strip() for child in children
    )
    if not in_prose:  # white space between blocks is layout, not text
        children = [child for child in children if child.tag != "-text"]
    return [(child, in_pre, not in_prose) for child in reversed(children)]


def _pre_lines(text: str) -> Iterator[str | _Break]:
    for number, line in enumerate(_PRE_LINE_BREAK.split(text)):
        if number:
            yield _LINE
        yield line


def _rendered(node: LexborNode, own_line: bool) -> bool:
    attributes = node.attributes
    if "hidden" in attributes:
        return False
    if not _HIDDEN_CLASSES.isdisjoint((attributes.get("class") or "").split()):
        return False
    if own_line and node.tag == "a" and (attributes.get("href") or "").startswith("#"):
        return False  # a jump within the page on a line of its own: "Skip to content"
    style = attributes.get("style")
    return not (style and _DISPLAY_NONE.search(style))
