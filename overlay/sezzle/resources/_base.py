"""What every resource namespace shares: the client's send loop and the per-call options."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, TypeVar

from sezzle._arguments import check_public_methods
from sezzle._http import NOT_GIVEN, Call, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from sezzle._http import AsyncLoop, SyncLoop

T = TypeVar("T")


def new_request_id() -> str:
    """A fresh ``Sezzle-Request-Id``: created once per logical call and sent with every retry of it."""
    return str(uuid.uuid4())


class SyncResource:
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_public_methods(cls)

    def __init__(self, loop: SyncLoop) -> None:
        self._loop = loop

    def _request(
        self, call: Call[T], timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> T:
        return self._loop.request(call, timeout=timeout, max_retries=max_retries)


class AsyncResource:
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_public_methods(cls)

    def __init__(self, loop: AsyncLoop) -> None:
        self._loop = loop

    async def _request(
        self, call: Call[T], timeout: TimeoutTypes | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> T:
        return await self._loop.request(call, timeout=timeout, max_retries=max_retries)
