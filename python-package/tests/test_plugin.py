"""The pytest plugin, run in a pytester sandbox: marker, session reset, and the journal of a failed test."""


def test_a_failed_test_reports_the_requests_the_simulator_answered(pytester):
    pytester.makepyfile("""
        import requests

        def test_fails(zosmf_sim):
            requests.get(zosmf_sim.url + "/zosmf/info", verify=zosmf_sim.ca_path, timeout=30)
            assert False, "on purpose"
    """)
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*zosmf-sim journal*", "*answered during this test: 1",
                                 "  #* GET /zosmf/info -> 200 (no logon)"])


def test_the_marker_picks_the_scenario_and_the_ini_the_sessions(pytester):
    pytester.makeini("[pytest]\nzosmf_sim_scenario = hostname-loopback\nzosmf_sim_clock = manual\n")
    pytester.makepyfile("""
        import pytest
        import requests

        def hostname(sim):
            return requests.get(sim.url + "/zosmf/info", verify=sim.ca_path, timeout=30).json()["zosmf_hostname"]

        def test_session(zosmf_sim):
            assert zosmf_sim.admin.clock()["mode"] == "manual"
            assert hostname(zosmf_sim) == "127.0.0.1"

        @pytest.mark.zosmf_sim(scenario="default")
        def test_own(zosmf_sim, zosmf_sim_session):
            assert zosmf_sim.url != zosmf_sim_session.url
            assert hostname(zosmf_sim) == "s0w1.zosmf-sim.test"
    """)
    pytester.runpytest_subprocess().assert_outcomes(passed=2)


def test_positional_marker_arguments_are_refused(pytester):
    pytester.makepyfile("""
        import pytest

        @pytest.mark.zosmf_sim("default")
        def test_bad(zosmf_sim):
            pass
    """)
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*takes keyword arguments: scenario=, users=, clock=, time_scale=*"])
