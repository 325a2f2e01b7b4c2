"""Line 5.3: pyegeria 5.3.x against the sandbox speaking Egeria 5.3 (userId in every path).

pyegeria 5.3 has no client for the governance-configuration-service or the open-metadata-store
that the console's 5.3 dialect uses for groups, connectors, registrations, catalog targets and
element search, so those are judged on 6.x only. What it has: platform services and the integration
daemon calls of ServerOps.
"""

import pytest
from pyegeria import Platform, ServerOps
from pyegeria._exceptions import EgeriaException

from daemon_checks import (  # noqa: F401 (collected here, run against this line's daemon)
    test_connector_configuration_properties_are_those_of_its_connection,
    test_daemon_status_lists_the_groups_the_sandbox_holds,
    test_refresh_all_connectors_refreshes_each,
    test_refresh_connector_refreshes_it,
    test_restart_connector_starts_a_new_instance,
)
from judge import LINE, pyegeria_bug, sandbox_gap
from conftest import USER

if LINE != "5.3":
    pytest.exit(f"test_v5.py judges line 5.3, not {LINE!r}", returncode=2)

UNDERSCORE_URL = (
    "ServerOps builds the daemon URL with /open-metadata/integration_daemon/ (underscore); Egeria 5.3 "
    "maps /servers/{serverName}/open-metadata/integration-daemon/users/{userId} (IntegrationDaemonResource "
    "@ e993386a1f51), so real 5.3 refuses the call too (an unknown path: HTTP 401, empty body, on real 5.3)"
)


@pytest.fixture(scope="module")
def platform(sandbox):
    return Platform(sandbox["metadataServer"], sandbox["url"], USER)


@pytest.fixture(scope="module")
def ops(sandbox, daemon):
    return ServerOps(daemon, sandbox["url"], USER)


@pytest.fixture
def daemon_ops(ops):
    """pyegeria's own daemon calls with only its underscore corrected on the wire, so the rest of
    each call (method, body, what it reads from the answer) is still pyegeria's and still judged."""

    async def correct(request):
        path = request.url.raw_path.replace(b"/open-metadata/integration_daemon/", b"/open-metadata/integration-daemon/")
        request.url = request.url.copy_with(raw_path=path)

    ops.session.event_hooks = {"request": [correct], "response": []}
    yield ops
    ops.session.event_hooks = {"request": [], "response": []}


# ------------------------------------------------------------------------------------- platform


def test_platform_origin_names_the_release(platform):
    assert "(version 5.3" in platform.get_platform_origin()


def test_active_servers_are_the_sandbox_servers(platform, sandbox):
    assert set(platform.get_active_server_list()) == set(sandbox["servers"])


def test_server_status_says_the_daemon_is_active(platform, daemon):
    assert platform.check_server_active(daemon) is True


# ------------------------------------------------------------------------ daemon, as pyegeria sends it


@pyegeria_bug(UNDERSCORE_URL, raises=EgeriaException)
def test_daemon_status_as_sent(ops):
    ops.get_integration_daemon_status()


@pyegeria_bug(UNDERSCORE_URL, raises=EgeriaException)
def test_connector_configuration_properties_as_sent(ops):
    ops.get_connector_config("any-connector")


@pyegeria_bug(UNDERSCORE_URL, raises=EgeriaException)
def test_restart_connector_as_sent(ops):
    ops.restart_integration_connector("any-connector")


@pyegeria_bug(UNDERSCORE_URL, raises=EgeriaException)
def test_refresh_connectors_as_sent(ops):
    ops.refresh_integration_connectors("any-connector")


# --------------------------------------------- daemon, underscore corrected on the wire (daemon_checks.py)


@pytest.fixture
def daemon_status_path(daemon):
    return f"/servers/{daemon}/open-metadata/integration-daemon/users/{USER}/status"
