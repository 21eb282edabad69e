"""clock.py: Oslo-midnight session expiry, expirationDate choice, clocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tripletex_async.clock import (
    OSLO,
    Clock,
    ManualClock,
    SystemClock,
    expiration_date_for,
    oslo_today,
    session_expiry,
)
from tripletex_async.errors import ConfigurationError


@pytest.mark.parametrize(
    ("expiration", "expected_utc"),
    [
        (date(2024, 1, 15), datetime(2024, 1, 15, 23, 0, tzinfo=UTC)),  # winter: UTC+1
        (date(2024, 6, 15), datetime(2024, 6, 15, 22, 0, tzinfo=UTC)),  # summer: UTC+2
        (date(2024, 3, 30), datetime(2024, 3, 30, 23, 0, tzinfo=UTC)),  # night before spring-forward
        (date(2024, 3, 31), datetime(2024, 3, 31, 22, 0, tzinfo=UTC)),  # DST day itself
        (date(2024, 10, 26), datetime(2024, 10, 26, 22, 0, tzinfo=UTC)),  # night before fall-back
        (date(2024, 10, 27), datetime(2024, 10, 27, 23, 0, tzinfo=UTC)),  # fall-back day
        (date(2024, 12, 31), datetime(2024, 12, 31, 23, 0, tzinfo=UTC)),  # year boundary
        (date(2024, 2, 28), datetime(2024, 2, 28, 23, 0, tzinfo=UTC)),  # leap year: next day is 29th
    ],
)
def test_session_expiry_is_midnight_oslo_after_date(expiration: date, expected_utc: datetime) -> None:
    expiry = session_expiry(expiration)
    assert expiry == expected_utc
    assert expiry.tzinfo is not None
    local = expiry.astimezone(OSLO)
    assert (local.hour, local.minute) == (0, 0)
    assert local.date() == expiration + timedelta(days=1)


def test_expiration_date_uses_oslo_calendar() -> None:
    # 22:30 UTC on 10 May is already 00:30 on 11 May in Oslo (UTC+2).
    now = datetime(2024, 5, 10, 22, 30, tzinfo=UTC)
    assert oslo_today(now) == date(2024, 5, 11)
    assert expiration_date_for(now, 1) == date(2024, 5, 12)
    assert expiration_date_for(now, 3) == date(2024, 5, 14)


def test_one_day_validity_gives_at_least_24_hours() -> None:
    start = datetime(2024, 3, 30, 0, 0, tzinfo=UTC)
    for minutes in range(0, 3 * 24 * 60, 37):  # sweep across the spring DST change
        now = start + timedelta(minutes=minutes)
        lifetime = session_expiry(expiration_date_for(now, 1)) - now
        assert timedelta(hours=24) <= lifetime <= timedelta(hours=48)


def test_spring_forward_eve_gets_an_extra_day() -> None:
    # 23:30 Oslo on 30 March 2024; the next Oslo day has only 23 hours.
    now = datetime(2024, 3, 30, 22, 30, tzinfo=UTC)
    assert expiration_date_for(now, 1) == date(2024, 4, 1)
    # half an hour earlier the plain "tomorrow" is already long enough
    assert expiration_date_for(now - timedelta(hours=1), 1) == date(2024, 3, 31)


def test_expiration_date_for_rejects_zero_days() -> None:
    with pytest.raises(ConfigurationError):
        expiration_date_for(datetime.now(UTC), 0)


def test_clocks() -> None:
    system: Clock = SystemClock()
    assert system.now().tzinfo is not None
    manual = ManualClock(datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=1))))
    assert manual.now() == datetime(2024, 1, 1, 11, tzinfo=UTC)
    manual.advance(timedelta(hours=2))
    assert manual.now() == datetime(2024, 1, 1, 13, tzinfo=UTC)
    assert isinstance(manual, Clock)
    with pytest.raises(ConfigurationError):
        ManualClock(datetime(2024, 1, 1))  # naive
