import pytest
from django.apps import apps

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
    apps_of_ours = {"statements", "organizations", "signatures", "coalitions", "press", "delivery", "audit"}
    models = [model for model in apps.get_models() if model._meta.app_label in apps_of_ours]

    def counts():
        return {model._meta.label: model._default_manager.count() for model in models}

    demo_load()
    first = counts()
    demo_load()
    assert counts() == first
    assert Statement.objects.count() == 1


def test_the_demo_release_counts_from_the_list_so_it_never_goes_stale(db):
    from undersigned.demo.services import demo_load
    from undersigned.press.models import Release

    demo_load()
    release = Release.objects.get()
    assert release.lede.startswith("A coalition of {organizations} and {individuals} from {countries}")


def test_the_demo_statement_reads_in_german_french_turkish_and_arabic(client):
    demo_load()
    statement = Statement.objects.get()
    assert statement.current_version.languages() == ["en", "ar", "de", "fr", "tr"]
    html = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "tr-TR,tr"}).content.decode()
    assert '<article lang="tr" dir="ltr">' in html
    assert "Ortak Bildiri: Sınır Tanımayan Temiz Nehirler" in html
    assert '<article lang="ar" dir="rtl">' in client.get(f"/s/{statement.slug}/?lang=ar").content.decode()
