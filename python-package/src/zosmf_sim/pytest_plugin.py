"""The pytest plugin (entry point pytest11), loaded whenever the package is installed:

- `zosmf_sim_session`: one simulator for the whole run, from the ini options zosmf_sim_scenario, zosmf_sim_users,
  zosmf_sim_clock and zosmf_sim_time_scale (or --zosmf-sim-scenario);
- `zosmf_sim`: for a test, the session's simulator reset to its scenario; or, when the test (its class or module)
  carries @pytest.mark.zosmf_sim(scenario=..., users=..., clock=..., time_scale=...), a simulator of its own.

When a test fails, the requests the simulator answered during it are added to the report.
"""
from typing import Any, Dict, Iterator, Optional

import pytest

from .simulator import ZosmfSim

_RUNNING = pytest.StashKey[ZosmfSim]()
_FIRST_SEQUENCE = pytest.StashKey[int]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("zosmf-sim")
    group.addoption("--zosmf-sim-scenario", default=None,
                    help="scenario of the session's simulator: a shipped name or a YAML file")
    parser.addini("zosmf_sim_scenario", "scenario of the session's simulator (default: default)", default=None)
    parser.addini("zosmf_sim_users", "users added to it, USERID:PASSWORD[:special][:cert], one a line",
                  type="linelist", default=[])
    parser.addini("zosmf_sim_clock", "its clock: system, manual or scaled", default=None)
    parser.addini("zosmf_sim_time_scale", "how much faster than real time a scaled clock runs", default=None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "zosmf_sim(scenario=None, users=(), clock=None, time_scale=None): "
                   "the zosmf_sim fixture starts a simulator of its own for this test, with these options")


def _session_options(config: pytest.Config) -> Dict[str, Any]:
    scale = config.getini("zosmf_sim_time_scale")
    return {"scenario": config.getoption("zosmf_sim_scenario") or config.getini("zosmf_sim_scenario") or None,
            "users": config.getini("zosmf_sim_users"), "clock": config.getini("zosmf_sim_clock") or None,
            "time_scale": float(scale) if scale else None}


@pytest.fixture(scope="session")
def zosmf_sim_session(pytestconfig: pytest.Config) -> Iterator[ZosmfSim]:
    """One simulator for the whole test run."""
    with ZosmfSim.start(**_session_options(pytestconfig)) as sim:
        yield sim


@pytest.fixture
def zosmf_sim(request: pytest.FixtureRequest) -> Iterator[ZosmfSim]:
    """A simulator for this test: its own when the test is marked zosmf_sim, else the session's, reset."""
    marker: Optional[pytest.Mark] = request.node.get_closest_marker("zosmf_sim")
    if marker is None:
        sim = request.getfixturevalue("zosmf_sim_session")
        sim.admin.reset()
        _watch(request.node, sim)
        yield sim
        return
    if marker.args:
        raise pytest.UsageError("@pytest.mark.zosmf_sim takes keyword arguments: scenario=, users=, clock=, time_scale=")
    with ZosmfSim.start(**marker.kwargs) as sim:
        _watch(request.node, sim)
        yield sim


def _watch(item: pytest.Item, sim: ZosmfSim) -> None:
    journal = sim.admin.journal()
    item.stash[_RUNNING] = sim
    item.stash[_FIRST_SEQUENCE] = journal[-1]["sequence"] + 1 if journal else 0


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    sim = item.stash.get(_RUNNING, None)
    if report.when != "call" or not report.failed or sim is None:
        return
    try:
        first = item.stash[_FIRST_SEQUENCE]
        entries = [entry for entry in sim.admin.journal() if entry["sequence"] >= first
                   and not entry["path"].startswith("/zosmf-sim/")]
    except Exception as error:  # the simulator may be the reason the test failed
        report.sections.append(("zosmf-sim journal", f"the journal could not be read: {error}"))
        return
    lines = [f"requests the zosmf-sim at {sim.url} answered during this test: {len(entries)}"]
    for entry in entries:
        logon = entry["userid"] or "no logon"
        fault = f", fault {entry['fault']}" if entry["fault"] else ""
        lines.append(f"  #{entry['sequence']} {entry['time']} {entry['method']} {entry['path']} -> "
                     f"{entry['status']} ({logon}{fault})")
    report.sections.append(("zosmf-sim journal", "\n".join(lines)))
