import pytest

from undersigned.demo.services import demo_load
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

pytestmark = pytest.mark.django_db


def test_the_demo_is_a_realistic_campaign():
    demo_load()
    statement = Statement.objects.get()
    signatures = Signature.objects.filter(statement=statement)
    organizations = signatures.filter(kind="organization")
    assert organizations.count() >= 55
    assert signatures.filter(kind="individual").count() >= 20
    assert organizations.exclude(country="").values("country").distinct().count() >= 8
    assert signatures.filter(status="pending").count() >= 3
    assert statement.confirmed_count == signatures.filter(status="confirmed").count()


def test_loading_the_demo_twice_adds_nothing():
    demo_load()
    demo_load()
    assert Statement.objects.count() == 1
