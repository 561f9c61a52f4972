"""HTML → visible text, as a browser's innerText would give it (one block per line)."""

from selectolax.lexbor import LexborHTMLParser

_INVISIBLE = "script, style, noscript, template, svg, head, iframe"


def html_to_text(html: str) -> str:
    tree = LexborHTMLParser(html)
    for node in tree.css(_INVISIBLE):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    return root.text(separator="\n", strip=True)
