"""The integration daemon tests, shared by the 5.3 and 6.x lines: pyegeria's ServerOps has the same
four daemon calls in both, only the paths differ (userId in 5.3, none in 6.x). A test module imports
these tests and provides the fixtures `daemon_ops` (a ServerOps for the daemon) and
`daemon_status_path` (the path the status call must use)."""

import time


def reports(status: dict) -> list[dict]:
    return [r for g in status["integrationGroupSummaries"] for r in g.get("integrationConnectorReports", [])]


ACTIVE = ("RUNNING",)


def report_named(ops, name: str) -> dict:
    return next(r for r in reports(ops.get_integration_daemon_status()) if r["connectorName"] == name)


def active_report(ops) -> dict:
    """A running connector (the last one listed: the restart test uses the first); the daemon may
    still be starting its connectors when the suite begins."""
    deadline = time.monotonic() + 5
    while True:
        active = [r for r in reports(ops.get_integration_daemon_status()) if r["connectorStatus"] in ACTIVE]
        if active:
            return active[-1]
        assert time.monotonic() < deadline, "no connector is running or waiting"
        time.sleep(0.1)


def test_daemon_status_lists_the_groups_the_sandbox_holds(daemon_ops, daemon_status_path, stored, recorder):
    status = daemon_ops.get_integration_daemon_status()
    assert recorder.last()["path"] == daemon_status_path
    groups = {g["qualifiedName"]: g["guid"] for g in stored("IntegrationGroup")}
    summaries = status["integrationGroupSummaries"]
    assert summaries, "the daemon runs no group"
    for summary in summaries:
        assert groups.get(summary["integrationGroupName"]) == summary["integrationGroupGUID"]
    assert all(r["connectorName"] and r["connectorStatus"] for r in reports(status))


def test_connector_configuration_properties_are_those_of_its_connection(daemon_ops, recorder):
    ops = daemon_ops
    report = next(r for r in reports(ops.get_integration_daemon_status()) if r["connection"].get("configurationProperties"))
    answer = ops.get_connector_config(report["connectorName"])
    assert recorder.last()["method"] == "GET"
    assert answer["class"] == "PropertiesResponse"
    assert answer["properties"] == report["connection"]["configurationProperties"]


def test_restart_connector_starts_a_new_instance(daemon_ops, recorder):
    ops = daemon_ops
    before = reports(ops.get_integration_daemon_status())[0]
    ops.restart_integration_connector(before["connectorName"])
    assert recorder.last()["body"] == {"class": "NameRequestBody", "name": before["connectorName"]}
    assert report_named(ops, before["connectorName"])["connectorInstanceId"] != before["connectorInstanceId"]


def test_refresh_connector_refreshes_it(daemon_ops, recorder):
    ops = daemon_ops
    running = active_report(ops)
    ops.refresh_integration_connectors(running["connectorName"])
    assert recorder.last()["body"] == {"class": "NameRequestBody", "name": running["connectorName"]}
    wait_for_refresh(ops, running)


def test_refresh_all_connectors_refreshes_each(daemon_ops, recorder):
    ops = daemon_ops
    running = [r for r in reports(ops.get_integration_daemon_status()) if r["connectorStatus"] in ACTIVE]
    ops.refresh_integration_connectors("all")
    assert recorder.last()["method"] == "POST" and recorder.last()["body"] is None
    for report in running:
        wait_for_refresh(ops, report)


def wait_for_refresh(ops, report: dict) -> None:
    deadline = time.monotonic() + 5
    while report_named(ops, report["connectorName"]).get("lastRefreshTime") == report.get("lastRefreshTime"):
        assert time.monotonic() < deadline, f"{report['connectorName']}: lastRefreshTime did not move"
        time.sleep(0.1)
