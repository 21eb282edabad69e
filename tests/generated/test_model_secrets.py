"""Write-only secrets of the generated models (marked x-tx-secret by openapi/patches.py) never show
in a repr, and are still sent."""

from __future__ import annotations

from tripletex_async_api.models import Subscription

from tripletex_async._runtime.model import secret_repr, url_credentials_repr

HMAC = "S5Yd3Dz6FWmj7q2uA4Uy9KcQMGBVpJHeCbTgEnaw"
HEADER = "Basic dXNlcm5hbWU6cGFzc3dvcmQ="
TARGET = "https://hooks:hunter2-secret@example.no/tripletex?x=1"


def test_repr_of_a_subscription_masks_its_secrets() -> None:
    built = Subscription(
        event="customer.create", target_url=TARGET, auth_header_value=HEADER, hmac_shared_secret=HMAC
    )
    parsed = Subscription.from_dict(built.to_dict())
    for subscription in (built, parsed):
        text = repr(subscription) + str(subscription)
        assert HMAC not in text and HEADER not in text and "hunter2-secret" not in text
        assert "hmac_shared_secret='***'" in text and "auth_header_value='***'" in text
        assert "https://hooks:***@example.no/tripletex?x=1" in text
        assert "customer.create" in text  # the rest is shown
    # the values themselves are kept and sent
    assert parsed.to_dict()["hmacSharedSecret"] == HMAC
    assert parsed.to_dict()["authHeaderValue"] == HEADER
    assert parsed.hmac_shared_secret == HMAC and parsed.target_url == TARGET


def test_unset_and_plain_urls_are_shown() -> None:
    assert "'***'" not in repr(Subscription(event="x"))  # nothing to hide
    assert url_credentials_repr("https://example.no/a@b") == repr("https://example.no/a@b")
    assert url_credentials_repr("https://user@example.no/") == repr("https://user:***@example.no/")
    assert secret_repr("x") == "'***'"
