"""Sending one logical call: auth, retries, timeouts, logging and error mapping, sync and async.

A generated operation module answers an ``Operation`` (method, path, body, headers, how its answer
reads, when it may be resent); ``prepare`` turns it into a ``Call``: the body checked against the
operation's request rules, the reader of its answer, its retry policy. The senders below send a Call,
resending under the policy's rules; every attempt is logged on the ``sezzle`` logger without secrets.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import time
import urllib.parse
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast

import attrs
import httpx

from sezzle._core.logs import install_httpx_filter
from sezzle._core.redact import RedactedRequest, redact_path
from sezzle.errors import (
    REQUEST_ID_HEADER as REQUEST_ID_HEADER,
)
from sezzle.errors import (
    APIConnectionError,
    APITimeoutError,
    CardTokenMaybeSpentError,
    InvalidInputError,
    ResponseParseError,
    parse_error_details,
    request_id_of,
    status_error,
)
from sezzle.retries import Decision, RetryConfig, RetryPolicy, decide_after_error, decide_after_response, was_sent
from sezzle_api.types import Answer, Operation, one

if TYPE_CHECKING:
    from sezzle._core.reading import Misfit

logger = logging.getLogger("sezzle")

T = TypeVar("T")
M = TypeVar("M")
P = ParamSpec("P")


class NotGiven:
    """Marks a per-call option that was not given, so ``None`` can mean "no timeout"."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
TimeoutTypes = float | httpx.Timeout | None


@attrs.frozen
class Call(Generic[T]):
    """One API operation ready to send."""

    method: str
    path: str = attrs.field(repr=lambda path: repr(redact_path(path)))
    parse: Callable[[httpx.Response], T] = attrs.field(repr=False)
    json: object = attrs.field(default=None, repr=False)  # may hold the private key or card details
    params: Mapping[str, str | int | float | bool] | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    policy: RetryPolicy = RetryPolicy.IDEMPOTENT
    authenticated: bool = True
    stream: bool = False


def prepare(operation: Operation[T]) -> Call[T]:
    """The Call that sends ``operation``: its body checked by the operation's rules, its answer's reader."""
    body = operation.body
    json = None if body is None else _checked_body(operation.key, body)
    headers = dict(operation.headers or {})
    if operation.accept != "application/json":
        headers["Accept"] = operation.accept
    return Call(
        method=operation.method,
        path=operation.path,
        parse=reader(operation.answer),
        json=json,
        params=operation.params or None,
        headers=headers,
        policy=RetryPolicy(operation.retry),
        authenticated=operation.authenticated,
        stream=operation.accept != "application/json",
    )


def _checked_body(key: str, body: object) -> object:
    from sezzle._core.rules import JsonBody, checked_json  # the rules load with the first request that has a body

    return body.data if isinstance(body, JsonBody) else checked_json(key, body)


def answering(operation: Operation[Any], model: type[M]) -> Operation[M]:
    """``operation``, its answer read into ``model`` (a subclass of the generated one that adds to it)."""
    return cast(Operation[M], attrs.evolve(operation, answer=one(model)))


class _Unreadable:
    """Why an answer could not be read: a text naming the place and the problem, never a value."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


# ``sezzle._core.reading`` loads with the first answer read, not when a client is made.


def _misfit() -> type[Misfit]:
    from sezzle._core.reading import Misfit

    return Misfit


def _read_model(model: type[T], data: Any) -> T:
    from sezzle._core.reading import read_model

    return read_model(model, data)


def _outcome(response: httpx.Response, read: Callable[[Any], T]) -> T | _Unreadable:
    """``read`` applied to the JSON body, or why it could not be.

    Failures come back as a value rather than an exception, so the exception raised for them starts in a
    frame that holds no part of the answer (a traceback rendered with its locals shows no card data).
    """
    try:
        data = response.json()
    except RecursionError:
        return _Unreadable("the body nests too deeply to read")
    except ValueError:
        return _Unreadable("the body is not JSON")
    try:
        return read(data)
    except _misfit() as misfit:
        return _Unreadable(str(misfit))
    except RecursionError:
        return _Unreadable("the body nests too deeply to read")
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        return _Unreadable(f"{type(exc).__name__}: {str(exc)[:200]}")


def _settled(response: httpx.Response, outcome: T | _Unreadable) -> T:
    if isinstance(outcome, _Unreadable):
        raise ResponseParseError(response, outcome.problem)
    return outcome


def _object_of(model: type[T], data: Any) -> T:
    if not isinstance(data, dict):
        raise _misfit()((), f"is not a JSON object but a JSON {_json_kind(data)}")
    return _read_model(model, data)


def _list_of(model: type[T], data: Any) -> list[T]:
    if not isinstance(data, list):
        raise _misfit()((), f"is not a JSON array but a JSON {_json_kind(data)}")
    return [_item(model, index, item) for index, item in enumerate(data)]


def _json_kind(data: Any) -> str:
    kinds = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if data is None else kinds.get(type(data), type(data).__name__)


def reader(answer: Answer[T]) -> Callable[[httpx.Response], T]:
    """How an answer of this kind reads: one model, a list of them, or no body (a streamed report's
    body is read by the report)."""
    if answer.model is None:
        return cast(Callable[[httpx.Response], T], no_content)
    if answer.many:
        return cast(Callable[[httpx.Response], T], list_parser(answer.model))
    parse = model_parser(answer.model)
    if answer.empty:
        return cast(Callable[[httpx.Response], T], _or_none(parse))
    return cast(Callable[[httpx.Response], T], parse)


def _or_none(parse: Callable[[httpx.Response], T]) -> Callable[[httpx.Response], T | None]:
    def parse_or_none(response: httpx.Response) -> T | None:
        if response.status_code == 204 or not response.content.strip():
            return None
        return parse(response)

    return parse_or_none


def model_parser(model: type[T]) -> Callable[[httpx.Response], T]:
    """Read a JSON object answer into a generated model (see ``sezzle._core.reading`` for odd fields)."""

    def parse(response: httpx.Response) -> T:
        """The answer read into the operation's model (read once, then cached); may raise ``ResponseParseError``."""
        return _settled(response, _outcome(response, functools.partial(_object_of, model)))

    return parse


def list_parser(model: type[T]) -> Callable[[httpx.Response], list[T]]:
    """Read a JSON array answer into a list of generated models."""

    def parse(response: httpx.Response) -> list[T]:
        """The answer read into the operation's model (read once, then cached); may raise ``ResponseParseError``."""
        return _settled(response, _outcome(response, functools.partial(_list_of, model)))

    return parse


def _item(model: type[T], index: int, item: Any) -> T:
    try:
        return _read_model(model, item)
    except _misfit() as misfit:
        raise _misfit()((index, *misfit.path), misfit.problem) from None


def no_content(response: httpx.Response) -> None:
    """For 204 answers (some servers send a small body anyway; it is ignored)."""
    return None


class APIResponse(Generic[T]):
    """The raw HTTP answer of a call, with the parsed result on demand."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T], attempts: int) -> None:
        self.http_response = http_response
        self.attempts = attempts
        self._parse = parse
        self._parsed: list[T] = []

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] attempts={self.attempts}>"

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's HTTP headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``Sezzle-Request-Id`` this call sent (or, failing that, the one Sezzle answered with)."""
        return request_id_of(self.http_response.request, self.http_response)

    def parse(self) -> T:
        """The answer read into the operation's model (read once, then cached); may raise ``ResponseParseError``."""
        if not self._parsed:
            self._parsed.append(_guarded(self._parse, self.http_response))
        return self._parsed[0]


def _guarded(parse: Callable[[httpx.Response], T], response: httpx.Response) -> T:
    """``parse(response)``, where a body too deeply nested for any reader is a ``ResponseParseError`` too."""
    try:
        return parse(response)
    except RecursionError:
        problem = "the body nests too deeply to read"
    raise ResponseParseError(response, problem)


_RAW = contextvars.ContextVar("sezzle_raw_response", default=False)


def raw_response(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """The same method, answering the ``APIResponse`` instead of the parsed model."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = _RAW.set(True)
        try:
            return cast(APIResponse[T], method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped


def async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The same coroutine method, answering the ``APIResponse`` instead of the parsed model."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = _RAW.set(True)
        try:
            return cast(APIResponse[T], await method(*args, **kwargs))
        finally:
            _RAW.reset(token)

    return wrapped


def _result(response: APIResponse[T]) -> T:
    return cast(T, response) if _RAW.get() else response.parse()


@attrs.frozen
class Settings:
    """Per-client transport settings.

    ``headers`` are sent with every request rather than set on the ``httpx`` client, so a client the
    caller passed in is never modified and copies made by ``with_options`` can differ.
    """

    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    retry: RetryConfig
    headers: Mapping[str, str] = attrs.field(factory=dict)


def _describe(error: httpx.TransportError) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


def _transport_error(
    call: Call[Any], request: httpx.Request, error: httpx.TransportError, sent: bool
) -> APIConnectionError:
    where = f"{call.method} {redact_path(call.path)}"
    if call.policy is RetryPolicy.NEVER_RESEND and sent:
        return CardTokenMaybeSpentError(
            f"{where} failed ({_describe(error)}) after the request may have reached Sezzle; it was not sent "
            "again because Sezzle deletes the card token on first read: the token may be spent",
            request=request,
            request_sent=True,
        )
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(f"{where} failed: {_describe(error)}", request=request, request_sent=sent)


def _settle_body(response: httpx.Response, raw: bytes) -> str | None:
    """Keep the body on ``response`` decoded, or as it arrived when it does not decode; the problem, or None."""
    encoding = response.headers.get("Content-Encoding")
    content, problem = raw, None
    if encoding and raw:
        try:
            content = httpx.Response(200, headers={"Content-Encoding": encoding}, content=raw).content
        except httpx.DecodingError:
            problem = f"the body is not encoded as its Content-Encoding ({encoding[:40]!r}) says"
    response._content = content  # what ``response.content`` answers from here on
    return problem


def _read_body(response: httpx.Response) -> str | None:
    """Read the whole body; a body that does not decode is kept undecoded, and the problem is answered."""
    try:
        response.content  # noqa: B018 - already read (a transport that built its answer in memory)
    except httpx.ResponseNotRead:
        pass
    else:
        return None
    try:
        raw = b"".join(response.iter_raw())
    finally:
        response.close()
    return _settle_body(response, raw)


async def _aread_body(response: httpx.Response) -> str | None:
    try:
        response.content  # noqa: B018
    except httpx.ResponseNotRead:
        pass
    else:
        return None
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return _settle_body(response, raw)


class _ReadsBeforeReplay(httpx.Auth):
    """Another auth's flow, reading each answer it replays after (a 401) the way the loop reads answers.

    httpx reads an answer itself before sending the replay, and raises a bare ``DecodingError`` when its
    body does not decode; read first, the body is kept as it arrived and httpx has nothing left to decode.
    """

    def __init__(self, inner: httpx.Auth) -> None:
        self.inner = inner
        self.requires_request_body = inner.requires_request_body
        self.requires_response_body = inner.requires_response_body

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.inner.sync_auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            try:
                request = flow.send(response)
            except StopIteration:
                return
            _read_body(response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.inner.async_auth_flow(request)
        request = await anext(flow)
        while True:
            response = yield request
            try:
                request = await flow.asend(response)
            except StopAsyncIteration:
                return
            await _aread_body(response)


def _path_of(url: str) -> str:
    return urllib.parse.unquote(url.split("?", 1)[0].split("#", 1)[0])


@functools.lru_cache(maxsize=64)
def _base_path(base_url: str) -> str:
    return httpx.URL(base_url).path.rstrip("/")


def check_target(call: Call[Any], base_url: str, request: httpx.Request) -> None:
    """Refuse a request whose URL path is not exactly the one the operation produced.

    Building the URL normalizes it (``..`` and ``.`` segments collapse, a ``?`` or ``#`` ends the path), so
    a path id that slipped past the input checks could send a call to another endpoint: the built path must
    equal the base URL's path followed by the call's path, and no segment of it may be ``.`` or ``..``.
    """
    given = urllib.parse.unquote(call.path) if "%" in call.path else call.path
    actual = request.url.path
    dots = "/." in actual and any(segment in (".", "..") for segment in actual.split("/"))
    if actual != _base_path(base_url) + given or dots or _path_of(call.path) != given:
        raise InvalidInputError(
            "path", f"{redact_path(call.path)!r} would be sent to {redact_path(actual)!r}; nothing was sent"
        )


class _Sender:
    """What the sync and async senders share: building requests, deciding, logging."""

    def __init__(
        self, settings: Settings, auth: httpx.Auth | None, secrets: Callable[[], Iterable[str]] = tuple
    ) -> None:
        self.settings = settings
        self.auth = auth
        self.secrets = secrets
        self._replaying_auth = None if auth is None else _ReadsBeforeReplay(auth)
        install_httpx_filter()

    def _build(
        self, client: httpx.Client | httpx.AsyncClient, call: Call[Any], timeout: httpx.Timeout
    ) -> httpx.Request:
        request = client.build_request(
            call.method, self.settings.base_url + call.path, json=call.json, params=call.params,
            headers={**self.settings.headers, **call.headers}, timeout=timeout,
        )  # fmt: skip
        check_target(call, self.settings.base_url, request)
        request.__class__ = RedactedRequest  # shown without a card-data token wherever it is printed
        return request

    def _answer(self, call: Call[T], response: httpx.Response, problem: str | None, attempt: int) -> APIResponse[T]:
        """The call's answer, or the error it is: any status outside 2xx (redirects are not followed)."""
        if not response.is_success:
            raise status_error(response, self.secrets())
        if problem is not None:
            raise ResponseParseError(response, problem, self.secrets())
        return APIResponse(response, call.parse, attempt)

    def _timeout(self, timeout: TimeoutTypes | NotGiven) -> httpx.Timeout:
        if isinstance(timeout, NotGiven):
            return self.settings.timeout
        return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)

    def _retries(self, max_retries: int | NotGiven) -> int:
        return self.settings.max_retries if isinstance(max_retries, NotGiven) else max(0, max_retries)

    def _auth(self, call: Call[Any]) -> httpx.Auth | None:
        return self._replaying_auth if call.authenticated else None

    def _log(self, call: Call[Any], attempt: int, started: float, outcome: str, debug_uuid: str | None = None) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        request_id = call.headers.get(REQUEST_ID_HEADER)
        logger.debug(
            "%s %s -> %s attempt=%d elapsed=%.3fs%s%s",
            call.method,
            redact_path(call.path),
            outcome,
            attempt,
            time.monotonic() - started,
            f" debug_uuid={debug_uuid}" if debug_uuid else "",
            f" request_id={request_id}" if request_id else "",
        )

    def _after_response(
        self, call: Call[Any], response: httpx.Response, attempt: int, retries: int, started: float
    ) -> Decision:
        if logger.isEnabledFor(logging.DEBUG):  # the error body is read for the log line only when it is written
            debug_uuid = None
            if not response.is_success:
                details = parse_error_details(response.content, self.secrets())
                debug_uuid = next((d.debug_uuid for d in details if d.debug_uuid), None)
            self._log(call, attempt, started, str(response.status_code), debug_uuid)
        decision = decide_after_response(call.policy, self.settings.retry, retries - attempt + 1, attempt, response)
        self._log_retry(call, decision, str(response.status_code))
        return decision

    def _after_error(
        self, call: Call[Any], error: httpx.TransportError, attempt: int, retries: int, started: float
    ) -> Decision:
        self._log(call, attempt, started, type(error).__name__)
        sent = was_sent(error)
        decision = decide_after_error(call.policy, self.settings.retry, retries - attempt + 1, attempt, sent)
        self._log_retry(call, decision, type(error).__name__)
        return decision

    def _log_retry(self, call: Call[Any], decision: Decision, outcome: str) -> None:
        if decision.retry:
            logger.info("%s %s -> %s; retrying in %.2fs", call.method, redact_path(call.path), outcome, decision.delay)


class Sender(_Sender):
    def __init__(
        self,
        settings: Settings,
        auth: httpx.Auth | None,
        client: httpx.Client,
        sleep: Callable[[float], None] = time.sleep,
        secrets: Callable[[], Iterable[str]] = tuple,
    ) -> None:
        super().__init__(settings, auth, secrets)
        self.client = client
        self.sleep = sleep

    def send(
        self,
        call: Call[T] | Operation[T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[T]:
        call = prepare(call) if isinstance(call, Operation) else call
        retries = self._retries(max_retries)
        attempt = 0
        while True:
            attempt += 1
            request = self._build(self.client, call, self._timeout(timeout))
            started = time.monotonic()
            try:
                response = self.client.send(request, auth=self._auth(call), stream=True, follow_redirects=False)
                problem = None if call.stream and response.is_success else _read_body(response)
            except httpx.TransportError as error:
                decision = self._after_error(call, error, attempt, retries, started)
                if not decision.retry:
                    raise _transport_error(call, request, error, was_sent(error)) from error
                self.sleep(decision.delay)
                continue
            decision = self._after_response(call, response, attempt, retries, started)
            if decision.retry:
                response.close()
                self.sleep(decision.delay)
                continue
            return self._answer(call, response, problem, attempt)

    def request(
        self,
        call: Call[T] | Operation[T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        """Send and return the parsed result, or the raw ``APIResponse`` inside ``with_raw_response``."""
        return _result(self.send(call, timeout=timeout, max_retries=max_retries))


async def _asleep(seconds: float) -> None:
    import asyncio  # loaded by the first async retry, not by constructing a client

    await asyncio.sleep(seconds)


class AsyncSender(_Sender):
    def __init__(
        self,
        settings: Settings,
        auth: httpx.Auth | None,
        client: httpx.AsyncClient,
        sleep: Callable[[float], Awaitable[None]] = _asleep,
        secrets: Callable[[], Iterable[str]] = tuple,
    ) -> None:
        super().__init__(settings, auth, secrets)
        self.client = client
        self.sleep = sleep

    async def send(
        self,
        call: Call[T] | Operation[T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[T]:
        call = prepare(call) if isinstance(call, Operation) else call
        retries = self._retries(max_retries)
        attempt = 0
        while True:
            attempt += 1
            request = self._build(self.client, call, self._timeout(timeout))
            started = time.monotonic()
            try:
                response = await self.client.send(request, auth=self._auth(call), stream=True, follow_redirects=False)
                problem = None if call.stream and response.is_success else await _aread_body(response)
            except httpx.TransportError as error:
                decision = self._after_error(call, error, attempt, retries, started)
                if not decision.retry:
                    raise _transport_error(call, request, error, was_sent(error)) from error
                await self.sleep(decision.delay)
                continue
            decision = self._after_response(call, response, attempt, retries, started)
            if decision.retry:
                await response.aclose()
                await self.sleep(decision.delay)
                continue
            return self._answer(call, response, problem, attempt)

    async def request(
        self,
        call: Call[T] | Operation[T],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        return _result(await self.send(call, timeout=timeout, max_retries=max_retries))
