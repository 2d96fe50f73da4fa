"""Calls the gateway cannot deduplicate are never resent once they may have arrived, whatever the fault.

Get card data deletes the single-use token on first read; create session has no idempotency support.
Under each fault exactly one attempt reaches the gateway, the caller gets a typed error, and the
gateway's state shows why not resending was right: a token that was read is gone, one that was not is
still there, and a session is created at most once.
"""

from __future__ import annotations

import pytest

from sezzle import (
    APIConnectionError,
    NotFoundError,
    Sezzle,
    SezzleError,
)
from sezzle.gateway import Gateway
from sezzle.testing import checkout_session

from .matrix import FAULTS, NEVER_RESENT, TIMEOUT, Fault, answered

CARD_DATA = "GET", "/v2/session/card/token/*"
CREATE_SESSION = "POST", "/v2/session"
CARD_DATA_ERRORS, SESSION_ERRORS = (call.errors for call in NEVER_RESENT)

BY_FAULT = [pytest.param(fault, id=fault.name) for fault in FAULTS]


def card_token(client: Sezzle, gateway: Gateway) -> str:
    card_session = client.card_sessions.create(
        origin="https://shop.test", mode="iframe", merchant_reference_id="card-1", amount_in_cents=2500, currency="USD"
    )
    return gateway.shopper.complete_card_session(str(card_session.uuid))


@pytest.mark.parametrize("fault", BY_FAULT)
def test_get_card_data_is_never_resent(gateway: Gateway, setup_client: Sezzle, client: Sezzle, fault: Fault) -> None:
    token = card_token(setup_client, gateway)
    fault.inject(gateway, *CARD_DATA)
    expected = CARD_DATA_ERRORS[fault.name]

    with pytest.raises(expected) as failure:
        client.card_sessions.get_card_data(token, timeout=TIMEOUT)

    assert type(failure.value) is expected
    assert len(answered(gateway, *CARD_DATA, 1)) == 1  # a delayed attempt is waited for; nothing came after it
    if fault.answer_lost:  # the gateway served the card and deleted the token: a resend would find nothing
        with pytest.raises(NotFoundError):
            client.card_sessions.get_card_data(token)
    else:  # refused before it was read: the token is intact and reading it later works
        assert client.card_sessions.get_card_data(token).pan


@pytest.mark.parametrize("fault", BY_FAULT)
def test_create_session_is_never_resent_after_it_was_sent(
    gateway: Gateway, setup_client: Sezzle, client: Sezzle, fault: Fault
) -> None:
    client.customers.list()  # the token is in hand, so the only request left to fail is the session
    fault.inject(gateway, *CREATE_SESSION)
    expected = SESSION_ERRORS[fault.name]

    with pytest.raises(expected) as failure:
        client.sessions.create(**checkout_session(reference_id="never-twice"), timeout=TIMEOUT)

    assert type(failure.value) is expected
    if isinstance(failure.value, APIConnectionError):
        assert failure.value.request_sent
    assert len(answered(gateway, *CREATE_SESSION, 1)) == 1
    assert len(gateway.state.orders) == int(fault.answer_lost)


@pytest.mark.parametrize("fault", [pytest.param(fault, id=fault.name) for fault in FAULTS])
def test_the_card_token_stays_out_of_the_error(
    gateway: Gateway, setup_client: Sezzle, client: Sezzle, fault: Fault
) -> None:
    token = card_token(setup_client, gateway)
    fault.inject(gateway, *CARD_DATA)

    with pytest.raises(SezzleError) as failure:
        client.card_sessions.get_card_data(token, timeout=TIMEOUT)

    assert token not in str(failure.value)
    assert token not in repr(failure.value)
