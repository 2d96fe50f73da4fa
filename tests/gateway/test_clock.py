"""The simulated clock and the gateway's own settings checks."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from sezzle.errors import ConfigurationError, InvalidInputError
from sezzle.gateway import Clock, Gateway

from .conftest import START


def test_a_frozen_clock_moves_only_when_advanced() -> None:
    clock = Clock(START, frozen=True)

    assert clock.now() == START
    assert clock.advance(timedelta(minutes=5)) == START + timedelta(minutes=5)
    assert clock.advance(1.5) == START + timedelta(minutes=5, seconds=1.5)


def test_a_ticking_clock_follows_real_time_plus_advances() -> None:
    clock = Clock(START)

    later = clock.advance(3600)

    assert later >= START + timedelta(hours=1)
    assert clock.now() >= later


def test_the_clock_never_goes_backwards() -> None:
    with pytest.raises(InvalidInputError):
        Clock(START).advance(-1)


def test_a_naive_start_is_refused() -> None:
    with pytest.raises(InvalidInputError):
        Clock(datetime(2026, 1, 1))


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("token_lifetime", 0),
        ("authorization_window", -5),
        ("spending_limit", -1),
        ("fee_rate", "1.5"),
        ("private_key", ""),
        ("webhook_retry_delays", (0.1, -1)),
    ],
)
def test_bad_settings_name_the_setting(setting: str, value: object) -> None:
    with pytest.raises(InvalidInputError) as caught:
        Gateway(**{setting: value})  # type: ignore[arg-type]

    assert caught.value.field == setting


def test_the_url_needs_a_running_gateway() -> None:
    gateway = Gateway()

    with pytest.raises(ConfigurationError):
        _ = gateway.url
    with gateway:
        assert gateway.url.startswith("http://127.0.0.1:")
        assert gateway.running
    assert not gateway.running
    assert "sz_pr_test" not in repr(gateway)
