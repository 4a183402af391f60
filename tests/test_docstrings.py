"""The examples in the docstrings of every module under src/undersigned stay true."""

import doctest
import importlib
import pkgutil

import pytest

import undersigned

MODULES = [undersigned] + [
    importlib.import_module(m.name) for m in pkgutil.walk_packages(undersigned.__path__, "undersigned.")
]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_the_docstring_examples_hold(module):
    assert doctest.testmod(module).failed == 0
