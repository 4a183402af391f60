"""common/ratelimit.py: fixed-window counters in the shared cache, and the client's address behind proxies."""

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from undersigned.common import ratelimit
from undersigned.common.models import RateCounter

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(monkeypatch):
    """A fake clock at the start of an hour; `clock.now += 60` moves it a minute on."""

    class Clock:
        now = 1_800_000_000 - 1_800_000_000 % 3600

    monkeypatch.setattr(ratelimit, "now", lambda: Clock.now)
    return Clock


@pytest.fixture
def three_an_hour(settings):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "sign_ip": (3, 3600)}


def test_the_counters_live_in_the_database_counters_by_default():
    assert caches["ratelimit"].__class__.__name__ == "CounterCache"


def test_it_allows_the_limit_then_refuses_until_the_window_ends(clock, three_an_hour):
    assert [ratelimit.hit("sign_ip", "203.0.113.7") for _ in range(3)] == [None, None, None]
    clock.now += 600
    refusal = ratelimit.hit("sign_ip", "203.0.113.7")
    assert refusal == ratelimit.Refusal(retry_after=3000)
    assert refusal.minutes == 50


def test_the_limit_resets_after_the_window(clock, three_an_hour):
    for _ in range(4):
        ratelimit.hit("sign_ip", "203.0.113.7")
    assert ratelimit.hit("sign_ip", "203.0.113.7") is not None
    clock.now += 3600
    assert ratelimit.hit("sign_ip", "203.0.113.7") is None


def test_each_value_has_its_own_counter(clock, three_an_hour):
    for _ in range(4):
        ratelimit.hit("sign_ip", "203.0.113.7")
    assert ratelimit.hit("sign_ip", "203.0.113.8") is None


def test_addresses_are_counted_whatever_their_case_and_spaces(clock, settings):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "confirmation_email": (1, 3600)}
    assert ratelimit.hit("confirmation_email", "ana@example.org") is None
    assert ratelimit.hit("confirmation_email", " Ana@Example.ORG ") is not None


def test_a_limit_of_zero_is_switched_off(clock, settings):
    settings.UNDERSIGNED_RATE_LIMITS = {**settings.UNDERSIGNED_RATE_LIMITS, "sign_ip": (0, 3600)}
    assert [ratelimit.hit("sign_ip", "203.0.113.7") for _ in range(50)] == [None] * 50


def test_check_does_not_count_but_says_when_the_limit_is_used_up(clock, three_an_hour):
    assert ratelimit.check("sign_ip", "203.0.113.7") is None
    for _ in range(3):
        ratelimit.hit("sign_ip", "203.0.113.7")
    assert ratelimit.check("sign_ip", "203.0.113.7") == ratelimit.Refusal(retry_after=3600)


def test_a_counted_attempt_is_one_query_and_refused_attempts_keep_counting_in_the_same_row(
    clock, three_an_hour, django_assert_num_queries
):
    with django_assert_num_queries(1):
        ratelimit.hit("sign_ip", "203.0.113.7")
    for _ in range(9):
        ratelimit.hit("sign_ip", "203.0.113.7")
    key = ratelimit._key("sign_ip", "203.0.113.7", clock.now)
    assert caches["ratelimit"].get(key) == 10
    assert RateCounter.objects.count() == 1


def request(remote_addr="198.51.100.1", forwarded=None):
    meta = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_the_client_ip_is_remote_addr_by_default_whatever_x_forwarded_for_says():
    assert ratelimit.client_ip(request(forwarded="203.0.113.9")) == "198.51.100.1"


def test_behind_one_trusted_proxy_it_is_the_last_forwarded_address(settings):
    settings.UNDERSIGNED_TRUSTED_PROXIES = 1
    # The client made up the first address; the proxy appended the one it saw.
    assert ratelimit.client_ip(request("10.0.0.2", "1.2.3.4, 203.0.113.9")) == "203.0.113.9"


def test_behind_two_trusted_proxies_it_is_the_second_address_from_the_right(settings):
    settings.UNDERSIGNED_TRUSTED_PROXIES = 2
    assert ratelimit.client_ip(request("10.0.0.3", "1.2.3.4, 203.0.113.9, 10.0.0.2")) == "203.0.113.9"


def test_with_fewer_forwarded_addresses_than_proxies_it_keeps_remote_addr(settings):
    settings.UNDERSIGNED_TRUSTED_PROXIES = 2
    assert ratelimit.client_ip(request("10.0.0.3", "203.0.113.9")) == "10.0.0.3"


def test_a_forwarded_value_that_is_no_address_counts_as_given(settings):
    settings.UNDERSIGNED_TRUSTED_PROXIES = 1
    assert ratelimit.client_ip(request("10.0.0.2", "not-an-ip")) == "not-an-ip"


def test_an_ipv6_client_counts_by_its_64_network():
    assert ratelimit.client_ip(request("2001:db8:1:2::99")) == "2001:db8:1:2::/64"
    assert ratelimit.client_ip(request("::ffff:192.0.2.1")) == "192.0.2.1"
