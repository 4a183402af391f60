import pytest

from undersigned.api import signing


@pytest.fixture
def sign_rate(monkeypatch):
    """Set how many sign-ons one address may make through the API per minute."""
    [throttle] = (
        signing.router.path_operations["/statements/{slug}/signatures"].operations[0].throttle_objects
    )

    def set_rate(per_minute: int):
        monkeypatch.setattr(throttle, "rate", f"{per_minute}/m")
        monkeypatch.setattr(throttle, "num_requests", per_minute)
        monkeypatch.setattr(throttle, "duration", 60)

    return set_rate
