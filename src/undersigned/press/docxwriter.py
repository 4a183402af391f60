"""Small python-docx helpers shared by the statement export and the press release download.

Word files are XML, which cannot hold most control characters: python-docx refuses a vertical tab
(Word's own soft line break, pasted from Word) with a ValueError. Text stored before input was cleaned
may hold one, so every string goes through `xml_text` on its way in; the helpers here do it themselves,
and builders pass their own strings through it.
"""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from markdown_it import MarkdownIt

from undersigned.common.text import xml_text

_md = MarkdownIt("commonmark", {"html": False})


def new_document(*, title: str, language: str):
    document = Document()
    document.core_properties.title = xml_text(title)
    document.core_properties.language = language
    style = document.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)
    return document


def _field(run, instruction: str) -> None:
    """Insert a Word field (PAGE, NUMPAGES) that Word fills in when it lays out the page."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("end", None)):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
        if kind == "separate":
            placeholder = OxmlElement("w:t")
            placeholder.text = "1"
            run._r.append(placeholder)


def add_footer(document, text: str, *, page_label: str = "Page", of_label: str = "of") -> None:
    """`text · Page 3 of 9` at the foot of every page."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.style.font.size = Pt(8)
    paragraph.add_run(xml_text(f"{text} · {page_label} "))
    _field(paragraph.add_run(), "PAGE")
    paragraph.add_run(f" {of_label} ")
    _field(paragraph.add_run(), "NUMPAGES")


# What follows w:bidi in a paragraph's properties (CT_PPr's order): Word refuses elements out of order.
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def set_right_to_left(paragraph) -> None:
    """Lay the paragraph out right to left (w:bidi) and mark its runs as right-to-left text (w:rtl),
    as Word does for Arabic, Hebrew or Persian."""
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(qn("w:bidi")) is None:
        properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    for run in paragraph.runs:
        run.font.rtl = True


def _add_inline(paragraph, children) -> None:
    bold = italic = False
    for token in children or []:
        if token.type == "strong_open":
            bold = True
        elif token.type == "strong_close":
            bold = False
        elif token.type == "em_open":
            italic = True
        elif token.type == "em_close":
            italic = False
        elif token.type in ("softbreak", "hardbreak"):
            paragraph.add_run(" " if token.type == "softbreak" else "\n")
        elif token.type in ("text", "code_inline"):
            run = paragraph.add_run(token.content)
            run.bold, run.italic = bold or None, italic or None


def add_markdown(document, text: str, *, heading_offset: int = 1, rtl: bool = False) -> None:
    """Statement Markdown as Word paragraphs: headings, paragraphs, lists, quotes, bold, italic.

    Headings move down by `heading_offset` because the document title is the only level-0 heading.
    `rtl` sets every paragraph right to left (a text in Arabic, Hebrew, Persian...).
    """
    tokens = _md.parse(xml_text(text))
    list_styles: list[str] = []
    in_quote = False
    heading_level = None
    for token in tokens:
        if token.type == "heading_open":
            heading_level = min(int(token.tag[1]) + heading_offset - 1, 9)
        elif token.type == "bullet_list_open":
            list_styles.append("List Bullet")
        elif token.type == "ordered_list_open":
            list_styles.append("List Number")
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_styles.pop()
        elif token.type == "blockquote_open":
            in_quote = True
        elif token.type == "blockquote_close":
            in_quote = False
        elif token.type == "inline":
            if heading_level is not None:
                paragraph = document.add_heading(level=heading_level)
                heading_level = None
            elif list_styles:
                paragraph = document.add_paragraph(style=list_styles[-1])
            elif in_quote:
                paragraph = document.add_paragraph(style="Quote")
            else:
                paragraph = document.add_paragraph()
            _add_inline(paragraph, token.children)
            if rtl:
                set_right_to_left(paragraph)
