"""The review table around the formset: rows grouped as the parser grouped them, the parser's
evidence for each row, and the table's own actions (fill a column for a group or for the
selected rows), which change the posted table and show it again. Nothing here stores anything.
"""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext as _

from undersigned.imports.widgets import CountrySelect
from undersigned.signatures.models import Signature

# What a group or the bulk bar can set, and the review fields they fill.
GROUP_FIELDS = ("country", "kind")
BULK_FIELDS = ("kind", "country", "organization")


def _get(item, name, default=None):
    """A field of a parser record, whether it is a dataclass, an object or a dict."""
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def describe_doubt(doubt) -> str:
    """The parser's sentence for a doubt, with how close the call was.

    `{"field": "kind", "reason": "kind_guessed", "message": "kind guessed as organization", "margin": 0.1}`
    -> "kind guessed as organization (margin 0.1)"; a doubt without a sentence shows its field and reason.
    """
    text = _get(doubt, "message") or _("%(field)s: %(reason)s") % {
        "field": _get(doubt, "field") or _("row"),
        "reason": _get(doubt, "reason") or "",
    }
    margin = _get(doubt, "margin")
    if isinstance(margin, int | float):
        text += " " + _("(margin %(margin)s)") % {"margin": f"{margin:.2g}"}
    return text


def entry_evidence(entry) -> str:
    """Why the parser read an entry as it did, one "field<TAB>text" line per doubt.

    Structured doubts (field, reason, margin) are shown when the parser gives them; otherwise
    its free-text warnings, which name no field.
    """
    doubts = _get(entry, "doubts") or []
    if doubts:
        return "\n".join(f"{_get(d, 'field') or ''}\t{describe_doubt(d)}" for d in doubts)
    return "\n".join(f"\t{warning}" for warning in _get(entry, "warnings") or [])


@dataclass
class ReviewRow:
    form: object
    position: int
    notes: list[str]
    evidence: list[str]
    doubted: set[str]

    @property
    def described_by(self) -> str:
        return f"row-{self.position}-evidence"

    @property
    def fields(self):
        """The editable cells after the two boxes, each with its label for this row, prepared
        here because a template tag per cell costs seconds on a long list."""
        suffix = _("row %(n)s") % {"n": self.position}
        return [
            (field, f"{field.label} ({suffix})", field.name in self.doubted)
            for field in self.form.visible_fields()
            if field.name not in ("include", "selected")
        ]


@dataclass
class Group:
    number: int
    label: str
    rows: list[ReviewRow] = field(default_factory=list)

    @property
    def country_picker(self) -> str:
        name = f"group-{self.number}-country"
        return CountrySelect(blank_label=_("Keep each row's")).render(name, "", {"id": name})


def _lines(value) -> list[str]:
    return [line for line in (value or "").splitlines() if line.strip()]


def review_groups(formset) -> list[Group]:
    """The formset's rows in the parser's groups, each row with its notes and evidence.

    A doubted field is described by the row's evidence for screen readers (aria-describedby),
    as is the row's "Import" box, so the reason is heard where the decision is made.
    """
    groups: dict[int, Group] = {}
    for form in formset:
        number = _int(form["group"].value())
        group = groups.get(number)
        if group is None:
            label = form["group_label"].value() or ""
            group = groups[number] = Group(number=number, label=label)
        evidence, doubted = [], set()
        for line in _lines(form["evidence"].value()):
            name, _tab, text = line.partition("\t")
            evidence.append(text or name)
            if name in form.fields:
                doubted.add(name)
        row = ReviewRow(
            form=form,
            position=_int(form["position"].value()),
            notes=_lines(form["notes"].value()),
            evidence=evidence,
            doubted=doubted,
        )
        if evidence:
            for name in {"include", *doubted}:
                form.fields[name].widget.attrs["aria-describedby"] = row.described_by
        group.rows.append(row)
    return list(groups.values())


def _int(value, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def apply_action(data: QueryDict, action: str, *, max_rows: int) -> QueryDict:
    """The posted table with a group or bulk action applied, ready to be shown again.

    `group-<n>`: the group's country and kind pickers fill those columns for each of its rows
    (an empty picker leaves the column alone). `bulk`: the bar's kind, country, organization
    and umbrella choice fill those columns for the selected rows.
    """
    data = data.copy()
    total = min(_int(data.get("form-TOTAL_FORMS")), max_rows)
    if action.startswith("group-"):
        number = action.removeprefix("group-")
        values = {name: data.get(f"group-{number}-{name}", "") for name in GROUP_FIELDS}
        rows = [i for i in range(total) if data.get(f"form-{i}-group", "") == number]
    elif action == "bulk":
        values = {name: data.get(f"bulk-{name}", "") for name in BULK_FIELDS}
        rows = [i for i in range(total) if data.get(f"form-{i}-selected")]
        umbrella = data.get("bulk-umbrella", "")
    else:
        return data
    for i in rows:
        for name, value in values.items():
            if value.strip():
                data[f"form-{i}-{name}"] = value.strip()
        if action == "bulk" and umbrella == "yes":
            data[f"form-{i}-umbrella"] = "on"
        elif action == "bulk" and umbrella == "no":
            data.pop(f"form-{i}-umbrella", None)
    return data


def kind_choices(blank: str) -> list[tuple[str, str]]:
    return [("", blank), *Signature.Kind.choices]
