"""The press release as a document. HTML and plain text are templates, one per kind, rendered by
`render_release`; the DOCX download is written from the same context."""

import io
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import apnumber
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override, pgettext

from undersigned.common.emails import render_text
from undersigned.common.languages import interface_language, text_direction
from undersigned.common.markdown import render_markdown
from undersigned.common.text import xml_text
from undersigned.press.dateline import ap_date, ap_time, dateline
from undersigned.press.models import Release
from undersigned.press.placeholders import fill
from undersigned.press.plaintext import markdown_to_text, wrap
from undersigned.press.selectors import attachments_public, list_summary, release_signatories
from undersigned.signatures.glance.picture import map_description, map_png, map_size
from undersigned.signatures.selectors import NO_COUNTRY, UMBRELLA_GROUP, group_label
from undersigned.statements.models import Statement


@dataclass(frozen=True)
class QuoteLine:
    body: str  # the quoted words, ending in a comma unless they end in ? or !
    attribution: str  # "said Maria Hofer, Chair, Union of River Communities"


@dataclass(frozen=True)
class Group:
    label: str  # "" when the release lists everyone under one heading
    lines: list[str]
    interface: bool = False  # the label is interface text ("Umbrella bodies"), not a country's name


def _count(n: int) -> str:
    """AP numbers: one to nine in words, 10 and up in figures."""
    return str(apnumber(n))


def lede_suggestion(statement: Statement, *, placeholders: bool = False) -> str:
    """A first lede from the list, with brackets for what only the organizer can say:
    `12 organizations and 40 individuals from nine countries today called on [whom] to [do what] ...`
    With `placeholders`, the figures are `{organizations}`, `{individuals}`, `{countries}`, filled whenever
    the release is rendered, so the lede never goes stale."""
    summary = list_summary(statement)
    with override(interface_language(statement.language)):
        who = []
        if summary.organizations:
            who.append("{organizations}" if placeholders else
                       ngettext("%(n)s organization", "%(n)s organizations", summary.organizations)
                       % {"n": _count(summary.organizations)})  # fmt: skip
        if summary.individuals:
            who.append("{individuals}" if placeholders else
                       ngettext("%(n)s individual", "%(n)s individuals", summary.individuals)
                       % {"n": _count(summary.individuals)})  # fmt: skip
        signers = _(" and ").join(who) or _("[Signatories]")
        if summary.countries:
            signers += " " + (
                _("from %(countries)s") % {"countries": "{countries}"}
                if placeholders
                else ngettext("from %(n)s country", "from %(n)s countries", summary.countries)
                % {"n": _count(summary.countries)}
            )
        if signers[:1].isdigit() or signers[:1] == "{":
            # AP style never opens a sentence with a figure.
            signers = _("a coalition of %(signers)s") % {"signers": signers}
        return _("%(signers)s today called on [whom] to [do what] in a joint statement, “%(title)s”.") % {
            "signers": signers[0].upper() + signers[1:],
            "title": statement.title,
        }


def embargo_line(release: Release) -> str:
    """`FOR IMMEDIATE RELEASE` or `HOLD FOR RELEASE until Sept. 5, 2025, 9 a.m. CEST (07:00 UTC)`."""
    if release.embargo_until is None:
        return _("FOR IMMEDIATE RELEASE")
    zone = ZoneInfo(release.embargo_timezone)
    local = release.embargo_until.astimezone(zone)
    name = local.tzname() or release.embargo_timezone
    if name[:1] in "+-":
        name = f"UTC{name}"
    when = f"{ap_date(local)}, {ap_time(local)} {name}"
    if release.embargo_timezone != "UTC":
        when += f" ({release.embargo_until.astimezone(ZoneInfo('UTC')):%H:%M} UTC)"
    return _("HOLD FOR RELEASE until %(when)s") % {"when": when}


def _quote_line(quote) -> QuoteLine:
    # AP: inner double quotes become single ones, and a final period turns into the comma before "said".
    body = " ".join(quote.text.replace("“", '"').replace("”", '"').replace('"', "'").split())
    if body.endswith("."):
        body = body[:-1] + ","
    elif not body.endswith(("?", "!", ",")):
        body += ","
    who = ", ".join(part for part in (quote.speaker_name, quote.speaker_title, quote.organization) if part)
    return QuoteLine(body=body, attribution=_("said %(who)s") % {"who": who})


def _groups(release: Release) -> list[Group]:
    """The "Signed by" block in list order; with country grouping, a heading wherever the country changes
    (recomputed here because a filtered selection may skip the row that carried the list's heading)."""
    groups: list[Group] = []
    codes: list[str] = []
    by_country = release.grouping == Release.Grouping.COUNTRY
    for row in release_signatories(release):
        if not groups or (by_country and row.group != codes[-1]):
            label = group_label(row.group, release.statement.language) if by_country else ""
            groups.append(Group(label=label, lines=[], interface=row.group in (UMBRELLA_GROUP, NO_COUNTRY)))
            codes.append(row.group)
        groups[-1].lines.append(row.line)
    return groups


def release_context(release: Release) -> dict:
    statement = release.statement
    version = statement.current_version
    site = settings.SITE_URL
    with override(interface_language(statement.language)):
        groups = _groups(release)
        summary = list_summary(statement)
        attachments = [
            {
                "title": a.title,
                "kind": a.kind_label,
                "size": filesizeformat(a.size),
                "url": site + reverse("press:attachment", kwargs={"slug": statement.slug, "token": a.token,
                                                                   "name": a.download_name}),
            }
            for a in attachments_public(statement, in_release=True)
        ]  # fmt: skip
        return {
            "release": release,
            "statement": statement,
            "version": version,
            "status_line": embargo_line(release),
            "dateline": dateline(
                release.dateline_city,
                release.release_date,
                country=release.dateline_country,
                state=release.dateline_state,
                wire_service=release.wire_service,
            ),  # fmt: skip
            "quotes": [_quote_line(q) for q in release.quotes.all()],
            # The lede and "About" with their {placeholders} filled from today's list.
            "lede": fill(release.lede, summary),
            "about": fill(release.about, summary),
            "text_html": render_markdown(version.text) if version else "",
            "text_plain": markdown_to_text(version.text) if version else "",
            "block_label": release.get_block_label_display(),
            "groups": groups,
            "signatory_count": sum(len(g.lines) for g in groups),
            "attachments": attachments,
            "statement_url": site + statement.get_absolute_url(),
            "list_url": site + reverse("signatures:list", kwargs={"slug": statement.slug}),
            "pdf_url": site + reverse("press:export_pdf", kwargs={"slug": statement.slug}),
            "map": _map(release) if release.include_map else None,
            "direction": text_direction(statement.language),
            "interface_attrs": _interface_attrs(statement.language),
        }


def _interface_attrs(language: str):
    """` lang="en" dir="ltr"` for the release's fixed phrases ("FOR IMMEDIATE RELEASE", its headings) when
    the interface has no catalogue for the statement's language, so they are not marked as Arabic."""
    shown = translation.get_language()
    if shown == language:
        return ""
    return format_html(' lang="{}" dir="{}"', shown, "rtl" if translation.get_language_bidi() else "ltr")


def _map(release: Release) -> dict:
    """The statement page's world map as the release's image: its address (with the list revision, so a
    cached copy is never stale), its size and the words that say what it shows."""
    statement = release.statement
    width, height = map_size()
    path = reverse("signatures:map", kwargs={"slug": statement.slug}) + f"?r={statement.list_revision}"
    return {
        "path": path,  # the release page loads it from this site, as its CSP (img-src 'self') wants
        "url": settings.SITE_URL + path,  # the text version names it in full
        "description": map_description(statement, interface_language(statement.language)),
        "width": width,
        "height": height,
    }


def render_release(release: Release, kind: str, *, width: int = 72) -> str:
    """The release as `html` (the body of the web page) or `txt` (for a wire service's form)."""
    context = release_context(release)
    with override(interface_language(release.statement.language)):
        if kind != "txt":
            return render_to_string(f"press/release/release.{kind}", context)
        text = render_text(f"press/release/release.{kind}", context)
    signatory_lines = frozenset(line for group in context["groups"] for line in group.lines)
    return wrap(text.strip() + "\n", width, keep=signatory_lines)


def _add_map(document, release: Release, image: dict) -> None:
    """The map as a PNG picture across the page, its description as alt text and as the caption."""
    from docx.shared import Inches

    png = map_png(release.statement, release.statement.language)
    run = document.add_paragraph().add_run()
    picture = run.add_picture(io.BytesIO(png), width=Inches(6.3))
    picture._inline.docPr.set("descr", xml_text(image["description"]))
    document.add_paragraph(xml_text(image["description"])).runs[0].italic = True


def release_docx(release: Release, out) -> None:
    """The release as a Word document in the same order and words as the text version."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from undersigned.press.docxwriter import add_footer, add_markdown, new_document, set_right_to_left

    context = release_context(release)
    statement = release.statement
    x = xml_text  # every stored string, see docxwriter
    rtl = context["direction"] == "rtl"

    def written(paragraph):
        """A paragraph of the owner's words, in the statement's language: right to left when it is."""
        if rtl:
            set_right_to_left(paragraph)
        return paragraph

    with override(interface_language(statement.language)):
        document = new_document(title=release.headline, language=statement.language)
        document.add_paragraph().add_run(x(context["status_line"])).bold = True
        written(document.add_heading(x(release.headline), level=0))
        if release.subheadline:
            subheadline = document.add_paragraph()
            subheadline.add_run(x(release.subheadline)).italic = True
            written(subheadline)
        lede = document.add_paragraph()
        dateline = lede.add_run(x(context["dateline"] + " "))
        dateline.bold = True
        lede.add_run(x(context["lede"]))
        written(lede)
        dateline.font.rtl = False  # the dateline stays English, AP style
        for quote in context["quotes"]:
            written(document.add_paragraph(x(f"“{quote.body}” {quote.attribution}.")))
        document.add_heading(
            x(_("The full text of the statement, “%(title)s”") % {"title": statement.title}), level=1
        )
        add_markdown(document, context["version"].text, heading_offset=2, rtl=rtl)
        document.add_heading(x(context["block_label"]), level=1)
        for group in context["groups"]:
            if group.label:
                document.add_heading(x(group.label), level=2)
            for line in group.lines:
                document.add_paragraph(x(line)).paragraph_format.space_after = 0
        document.add_paragraph(
            _("The numbered list of all signatories: %(url)s") % {"url": context["list_url"]}
        )
        if context["map"]:
            _add_map(document, release, context["map"])
        if context["attachments"]:
            document.add_heading(_("Attachments"), level=1)
            for a in context["attachments"]:
                document.add_paragraph(
                    x(f"{a['title']} ({a['kind']}, {a['size']}): {a['url']}"), style="List Bullet"
                )
        if release.about:
            document.add_heading(x(_("About %(source)s") % {"source": release.source}), level=1)
            written(document.add_paragraph(x(context["about"])))
        document.add_heading(_("Media contact"), level=1)
        document.add_paragraph(
            x("\n".join(p for p in (release.contact_name, release.contact_email, release.contact_phone) if p))
        )
        source_word = pgettext("newswire release, before the organization that issued it", "SOURCE")
        document.add_paragraph(x(f"{source_word} {release.source}"))
        document.add_paragraph("###").alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_footer(document, release.source, page_label=_("Page"), of_label=_("of"))
    document.save(out)
