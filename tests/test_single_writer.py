"""Only signatures' services write Signature rows.

Each of them ends with the list bookkeeping (recount, bump the revision caches and exports key on); a write
anywhere else would skip it and leave a wrong count or a stale export. The check reads every module under
src/undersigned outside `signatures/` with `ast` and reports what looks like a write of a signature: a
`Signature(...)` built to be saved, a write through `Signature.objects` or a signatures related manager
(`statement.signatures.update(...)`), and `.save()`/`.delete()` on a name that holds a signature.
Inside signatures, only `services/` may write, and the admin reaches rows through them.
"""

import ast
from pathlib import Path

import undersigned

PACKAGE = Path(undersigned.__file__).parent
ALLOWED = PACKAGE / "signatures" / "services"

WRITE_METHODS = {
    "create", "bulk_create", "get_or_create", "update_or_create", "update", "bulk_update", "delete",
    "raw", "save",
}  # fmt: skip


def _chain_names(node):
    """The names along an attribute/call chain: `Signature.objects.filter(x=1).update` ->
    {"Signature", "objects", "filter", "update"}."""
    names = set()
    while True:
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Name):
            names.add(node.id)
            return names
        else:
            return names


def _holds_a_signature(node) -> bool:
    """`signature`, `existing_signature`, `self.signature`, `check.signature`: names that hold one."""
    name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")
    return name == "signature" or name.endswith("_signature")


def signature_writes(source: str, filename: str = "<string>") -> list[int]:
    """Line numbers of what looks like a write of Signature rows in `source`.

    >>> signature_writes("Signature.objects.filter(pk=1).update(status='x')")
    [1]
    >>> signature_writes("Signature.objects.filter(pk=1).count()")
    []
    """
    lines = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "Signature":
            lines.append(node.lineno)  # an instance built here is built to be saved
        elif isinstance(func, ast.Attribute) and func.attr in WRITE_METHODS:
            chain = _chain_names(func.value)
            through_manager = "Signature" in chain or "signatures" in chain
            if through_manager or (func.attr in {"save", "delete"} and _holds_a_signature(func.value)):
                lines.append(node.lineno)
    return sorted(lines)


def writes_outside_signatures_services() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if ALLOWED in path.parents or "migrations" in path.parts:
            continue
        for lineno in signature_writes(path.read_text(encoding="utf-8"), str(path)):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{lineno}")
    return found


def test_only_signatures_services_write_signature_rows():
    assert writes_outside_signatures_services() == []


def test_the_check_sees_each_kind_of_write():
    source = "\n".join(
        [
            "Signature.objects.create(statement=s)",
            "Signature.objects.bulk_create(rows)",
            "Signature.objects.filter(statement=s).update(verified=True)",
            "Signature.objects.filter(statement=s).delete()",
            "statement.signatures.update(status='withdrawn')",
            "signature.save(update_fields=['status'])",
            "check.signature.delete()",
            "Signature(statement=s, kind='individual')",
            "Signature.objects.filter(statement=s).count()",
            "release.save()",
        ]
    )
    assert signature_writes(source) == [1, 2, 3, 4, 5, 6, 7, 8]
