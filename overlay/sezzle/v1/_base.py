"""What every v1 namespace shares: the v1 send loop, and the v1 reading of error answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from sezzle._arguments import check_public_methods
from sezzle._http import NOT_GIVEN, APIResponse, Call, NotGiven, TimeoutTypes
from sezzle.v1.errors import specific_errors

if TYPE_CHECKING:
    from sezzle._http import AsyncSender, Sender

T = TypeVar("T")

Timeout = TimeoutTypes | NotGiven
Retries = int | NotGiven


class SyncResource:
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_public_methods(cls)

    def __init__(self, loop: Sender) -> None:
        self._loop = loop

    def _request(self, call: Call[T], timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> T:
        with specific_errors():
            return self._loop.request(call, timeout=timeout, max_retries=max_retries)

    def _send(self, call: Call[T], timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> APIResponse[T]:
        """The raw answer, for the reports that are read while they stream in."""
        with specific_errors():
            return self._loop.send(call, timeout=timeout, max_retries=max_retries)


class AsyncResource:
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_public_methods(cls)

    def __init__(self, loop: AsyncSender) -> None:
        self._loop = loop

    async def _request(self, call: Call[T], timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN) -> T:
        with specific_errors():
            return await self._loop.request(call, timeout=timeout, max_retries=max_retries)

    async def _send(
        self, call: Call[T], timeout: Timeout = NOT_GIVEN, max_retries: Retries = NOT_GIVEN
    ) -> APIResponse[T]:
        with specific_errors():
            return await self._loop.send(call, timeout=timeout, max_retries=max_retries)
