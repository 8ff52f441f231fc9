"""pytest with the zosmf_sim fixture; requests is the client under test."""
import pytest
import requests

CSRF = {"X-CSRF-ZOSMF-HEADER": "true"}


def display_time(sim, **logon):
    return requests.put(f"{sim.url}/zosmf/restconsoles/consoles/defcn", json={"cmd": "D T"}, headers=CSRF,
                        verify=sim.ca_path, timeout=30, **logon)


def test_colin_issues_a_command_with_his_certificate(zosmf_sim):
    response = display_time(zosmf_sim, cert=zosmf_sim.cert("COLIN"))
    assert response.status_code == 200, response.text
    assert "IEE136I" in response.json()["cmd-response"]


def test_a_revoked_user_is_refused(zosmf_sim):
    zosmf_sim.admin.revoke("IBMUSER")
    assert display_time(zosmf_sim, auth=zosmf_sim.user("IBMUSER").auth).status_code == 401


def test_every_test_starts_from_the_scenario(zosmf_sim):
    # the session's simulator is reset before each test: the revoke above is gone
    assert display_time(zosmf_sim, auth=zosmf_sim.user("IBMUSER").auth).status_code == 200


def test_a_tso_address_space_shows_in_the_cea_table(zosmf_sim):
    ibmuser = {"auth": zosmf_sim.user("IBMUSER").auth, "verify": zosmf_sim.ca_path, "headers": CSRF, "timeout": 30}
    started = requests.post(f"{zosmf_sim.url}/zosmf/tsoApp/tso", params={"acct": "ACCT#", "proc": "IZUFPROC"},
                            **ibmuser)
    assert started.status_code == 200, started.text
    assert [space["kind"] for space in zosmf_sim.admin.sessions() if space["userid"] == "IBMUSER"] == ["tso"]

    ended = requests.delete(f"{zosmf_sim.url}/zosmf/tsoApp/tso/{started.json()['servletKey']}", **ibmuser)
    assert ended.status_code == 200, ended.text
    assert zosmf_sim.admin.sessions() == []


@pytest.mark.zosmf_sim(scenario="expired-password-cert-logon", clock="manual")
def test_an_expired_password_still_leaves_the_certificate(zosmf_sim):
    # a simulator of this test's own, on the scenario the marker names
    assert display_time(zosmf_sim, auth=zosmf_sim.user("COLIN").auth).status_code == 401
    assert display_time(zosmf_sim, cert=zosmf_sim.cert("COLIN")).status_code == 200
    assert zosmf_sim.admin.advance_clock("1h")["mode"] == "manual"
