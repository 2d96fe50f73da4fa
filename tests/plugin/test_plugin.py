"""The pytest plugin as a user meets it: installed with the package, fixtures on demand, the documented example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "testing.md"


def documented_files() -> dict[str, str]:
    """The Python blocks of docs/testing.md that open with a ``# <name>.py`` line, by that name."""
    files: dict[str, str] = {}
    for block in re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S):
        first, _, rest = block.partition("\n")
        name = re.fullmatch(r"# (\w+\.py)", first.strip())
        if name:
            files[name.group(1)] = rest
    return files


def test_the_documented_example_passes_as_written(pytester: pytest.Pytester) -> None:
    example = documented_files()["test_checkout.py"]
    tests = len(re.findall(r"^(?:async )?def test_", example, re.M))
    pytester.makepyfile(test_checkout=example)

    result = pytester.runpytest("--strict-markers", "-p", "no:cacheprovider")

    result.assert_outcomes(passed=tests)
    assert tests >= 5


def test_the_documented_suite_options_apply_to_every_gateway(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(documented_files()["conftest.py"])
    pytester.makepyfile(
        """
        def test_options(sezzle_gateway):
            assert sezzle_gateway.settings.minimum_order_amount == 500
            assert sezzle_gateway.settings.webhook_retry_delays == (0.01, 0.02)
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_nothing_starts_unless_a_test_asks(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import sys
        import threading

        def test_plugin_is_installed(pytestconfig):
            assert pytestconfig.pluginmanager.has_plugin("sezzle")

        def test_no_gateway_was_imported_or_started():
            assert "sezzle.gateway" not in sys.modules
            assert not [t for t in threading.enumerate() if t.name.startswith("sezzle")]
        """
    )
    pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_each_test_gets_its_own_gateway_stopped_after_it(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        seen = []

        def test_first(sezzle_gateway, sezzle_client):
            assert sezzle_client.base_url == sezzle_gateway.url
            assert sezzle_client.customers.list() == []
            seen.append(sezzle_gateway)

        def test_second(sezzle_gateway):
            assert not seen[0].running
            assert sezzle_gateway.running
            assert sezzle_gateway is not seen[0]
            assert len(sezzle_gateway.requests) == 0
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_the_closest_marker_wins_per_keyword(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        pytestmark = pytest.mark.sezzle_gateway(spending_limit=100, minimum_order_amount=50)

        @pytest.mark.sezzle_gateway(spending_limit=200)
        def test_marked(sezzle_gateway):
            assert sezzle_gateway.settings.spending_limit == 200
            assert sezzle_gateway.settings.minimum_order_amount == 50

        def test_module_marker_only(sezzle_gateway):
            assert sezzle_gateway.settings.spending_limit == 100
        """
    )
    pytester.runpytest("--strict-markers", "-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_a_marker_with_positional_arguments_is_refused(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.sezzle_gateway(500)
        def test_marked(sezzle_gateway):
            pass
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*sezzle_gateway takes keyword arguments only*"])


def test_fixtures_do_not_clash_with_a_suites_own_gateway_and_client(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest

        @pytest.fixture
        def gateway():
            return "the suite's gateway"

        @pytest.fixture
        def client():
            return "the suite's client"
        """
    )
    pytester.makepyfile(
        """
        def test_both(gateway, client, sezzle_gateway, sezzle_client):
            assert (gateway, client) == ("the suite's gateway", "the suite's client")
            assert sezzle_client.base_url == sezzle_gateway.url
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1)


def test_factory_clients_take_options_and_are_closed_after_the_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        from sezzle import InternalServerError

        made = []

        def test_make(sezzle_client_factory, sezzle_gateway):
            client = sezzle_client_factory(max_retries=0)
            made.append(client)
            sezzle_gateway.faults.fail_next(status=503, retry_after=0, path="/v2/customer")
            with pytest.raises(InternalServerError):
                client.customers.list()
            assert sezzle_gateway.requests.count("GET", "/v2/customer") == 1

        def test_closed():
            assert made[0]._http.is_closed
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_clients_retry_without_real_waits(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        from sezzle import RateLimitError

        def test_retried(sezzle_client, sezzle_gateway):
            sezzle_gateway.faults.fail_next(2, status=503, path="/v2/customer")
            assert sezzle_client.customers.list() == []
            assert sezzle_gateway.requests.count("GET", "/v2/customer") == 3

        def test_a_long_retry_after_surfaces_at_once(sezzle_client, sezzle_gateway):
            sezzle_gateway.faults.fail_next(status=429, retry_after=30, path="/v2/customer")
            with pytest.raises(RateLimitError):
                sezzle_client.customers.list()
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_the_plugin_can_be_turned_off(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_uses_it(sezzle_gateway): pass")
    result = pytester.runpytest("-p", "no:sezzle", "-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'sezzle_gateway' not found*"])
