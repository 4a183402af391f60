"""The apps are layered bottom up, and nothing imports from a layer above it.

Every module under src/undersigned is read with `ast`, and every import in it counts, including one inside a
function: hiding an import there keeps a cycle out of sight, it does not remove it. docs/architecture.md draws
the same layers.
"""

import ast
from pathlib import Path

import undersigned

PACKAGE = Path(undersigned.__file__).parent

LAYERS = {
    # 0: configuration every layer may read
    "envconfig": 0,
    "settings": 0,
    # 1: shared helpers, the audit log and the parser
    "common": 1,
    "accounts": 1,
    "audit": 1,
    "lists": 1,
    # 2..6: the apps, each below the ones that build on it
    "statements": 2,
    "organizations": 3,
    "signatures": 4,
    "coalitions": 5,
    "press": 5,
    "delivery": 6,
    "imports": 6,
    "demo": 6,
    "api": 6,
    # 7: what puts it all together
    "cli": 7,
    "urls": 7,
    "wsgi": 7,
}


def layer_of(dotted):
    """The layer of a module named `undersigned.<part>...`, by its first part.

    >>> layer_of("undersigned.signatures.services")
    4
    """
    return LAYERS[dotted.split(".")[1]]


def module_name(path, package=PACKAGE):
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path, package_root=PACKAGE):
    """Every module a file imports, anywhere in it (relative imports resolved), with its line number."""
    module = module_name(path, package_root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            yield node.lineno, target


def upward_imports(package=PACKAGE):
    found = []
    for path in sorted(package.rglob("*.py")):
        module = module_name(path, package)
        if module == "undersigned":
            continue
        own = layer_of(module)
        for lineno, target in sorted(imported_modules(path, package)):
            if target.split(".")[0] != "undersigned" or target == "undersigned":
                continue
            if layer_of(target) > own:
                found.append(f"{path.relative_to(package.parent)}:{lineno} imports {target}")
    return found


def test_every_top_level_module_has_a_layer():
    names = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    names |= {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert names - set(LAYERS) == set()


def test_no_module_imports_from_a_layer_above_it():
    assert upward_imports() == []


def test_the_check_sees_imports_inside_functions_and_relative_ones(tmp_path):
    package = tmp_path / "undersigned"
    (package / "statements").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "statements" / "__init__.py").write_text("")
    (package / "statements" / "services.py").write_text(
        "def publish():\n    from undersigned.signatures import services\n\n\nfrom ..press import views\n"
    )
    assert upward_imports(package) == [
        "undersigned/statements/services.py:2 imports undersigned.signatures",
        "undersigned/statements/services.py:5 imports undersigned.press",
    ]
