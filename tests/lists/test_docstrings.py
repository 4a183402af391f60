"""The examples in the parser's docstrings stay true."""

import doctest
import importlib
import pkgutil
import re

import pytest

import undersigned.lists

MODULES = [undersigned.lists] + [
    importlib.import_module(m.name)
    for m in pkgutil.walk_packages(undersigned.lists.__path__, "undersigned.lists.")
]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_the_docstring_examples_hold(module):
    assert doctest.testmod(module).failed == 0


def test_the_parser_imports_nothing_from_django():
    for module in MODULES:
        source = open(module.__file__, encoding="utf-8").read()
        assert not re.search(r"^\s*(?:from|import)\s+django", source, re.MULTILINE)
