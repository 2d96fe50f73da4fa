"""Send each event to the function registered for its name."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar, overload

import attrs

from sezzle.errors import ConfigurationError
from sezzle.webhooks._events import Event

__all__ = ["WebhookRouter"]

E = TypeVar("E", bound=Event[Any])
H = TypeVar("H", bound=Callable[..., object])
R = TypeVar("R")


@attrs.frozen
class _Route:
    handler: Callable[[Any], object]
    expects: type[Event[Any]]


class WebhookRouter:
    """One handler per event name, and one for everything else::

        router = WebhookRouter()

        @router.on(OrderCapturedEvent)          # typed: the handler receives an OrderCapturedEvent
        def captured(event: OrderCapturedEvent) -> None: ...

        @router.on("order.released")            # any name, including ones not typed yet
        def released(event: Event[Any]) -> None: ...

        router.dispatch(event)

    A handler registered with a class gets only instances of it: a known event whose data did not
    fit its model arrives as an ``UnknownEvent`` and goes to the ``on_unhandled`` handler instead.
    Handlers may be async when dispatched with ``dispatch_async``.
    """

    def __init__(self) -> None:
        self._routes: dict[str, _Route] = {}
        self._unhandled: Callable[[Event[Any]], object] | None = None

    @overload
    def on(self, event: type[E], /) -> Callable[[Callable[[E], R]], Callable[[E], R]]: ...
    @overload
    def on(self, event: str, /) -> Callable[[H], H]: ...
    def on(self, event: type[Event[Any]] | str, /) -> Callable[[Any], Any]:
        """Register the decorated function for an event class (all its names) or one event name."""
        if isinstance(event, str):
            if not event.strip():
                raise ConfigurationError("an event name must not be empty")
            names: tuple[str, ...] = (event,)
            expects: type[Event[Any]] = Event
        elif isinstance(event, type) and issubclass(event, Event) and event.EVENT_NAMES:
            names, expects = event.EVENT_NAMES, event
        else:
            raise ConfigurationError(f"{event!r} has no event names: register it by name, or use on_unhandled")
        taken = [name for name in names if name in self._routes]
        if taken:
            raise ConfigurationError(f"a handler is already registered for {', '.join(taken)}")

        def register(handler: Callable[[Any], object]) -> Callable[[Any], object]:
            for name in names:
                self._routes[name] = _Route(handler, expects)
            return handler

        return register

    def on_unhandled(self, handler: Callable[[Event[Any]], object]) -> Callable[[Event[Any]], object]:
        """Register the decorated function for events no other handler takes."""
        if self._unhandled is not None:
            raise ConfigurationError("an on_unhandled handler is already registered")
        self._unhandled = handler
        return handler

    def handler_for(self, event: Event[Any]) -> Callable[[Any], object] | None:
        """The function ``dispatch`` would call for ``event``, if any."""
        route = self._routes.get(event.event)
        if route is not None and isinstance(event, route.expects):
            return route.handler
        return self._unhandled

    def dispatch(self, event: Event[Any]) -> bool:
        """Call the handler for ``event``; False if none was registered. Exceptions propagate."""
        handler = self.handler_for(event)
        if handler is None:
            return False
        result = handler(event)
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            raise ConfigurationError("an async handler cannot run from dispatch: use dispatch_async")
        return True

    async def dispatch_async(self, event: Event[Any]) -> bool:
        """``dispatch`` that awaits handlers that are async; sync handlers run as they are."""
        handler = self.handler_for(event)
        if handler is None:
            return False
        result = handler(event)
        if inspect.isawaitable(result):
            await result
        return True
