"""ZosmfSim.start: errors carry the simulator's own words; the facts match the files it wrote; stop cleans up."""
import os
import shutil
import sys

import pytest

import zosmf_sim


def test_the_package_under_test_is_the_installed_wheel():
    assert os.path.realpath(zosmf_sim.__file__).startswith(os.path.realpath(sys.prefix))
    assert os.path.getsize(zosmf_sim.bundled_jar()) > 1_000_000


def test_an_unknown_scenario_fails_the_start_with_the_simulators_message():
    with pytest.raises(RuntimeError, match=r"(?s)stopped before it was ready \(exit [1-9]\d*\).*no-such-scenario"):
        zosmf_sim.start(scenario="no-such-scenario")


def test_a_bad_port_is_refused_before_any_jvm_starts():
    with pytest.raises(ValueError, match="port: expected 0-65535, got 70000"):
        zosmf_sim.start(port=70000)


def test_the_facts_match_the_files_and_stop_removes_them():
    with zosmf_sim.start(users=[{"userid": "ALICE", "password": "SECRET", "certificate": True}]) as sim:
        assert sim.url == f"https://127.0.0.1:{sim.port}"
        assert sim.ca_pem.startswith("-----BEGIN CERTIFICATE-----")
        assert [(user.userid, user.password, user.special, user.cert_path is not None) for user in sim.users] == [
            ("ALICE", "SECRET", False, True), ("COLIN", "PASSWORD", False, True), ("IBMUSER", "SYS1", True, False)]
        assert sim.cert("alice") == (os.path.join(sim.out_dir, "alice.pem"), os.path.join(sim.out_dir, "alice.key.pem"))
        with pytest.raises(LookupError, match="IBMUSER has no client certificate"):
            sim.cert("IBMUSER")
        with pytest.raises(LookupError, match="zosmf-sim has no user NOBODY; it has ALICE, COLIN, IBMUSER"):
            sim.user("NOBODY")
        attached = zosmf_sim.ZosmfSim.attach(sim.describe())
        attached.stop()  # leaves the simulator running
        assert [user["userid"] for user in sim.admin.users()] == ["ALICE", "COLIN", "IBMUSER"]
        out_dir = sim.out_dir
    assert not os.path.exists(out_dir)


def test_the_first_stop_records_a_class_data_archive_beside_the_jar_and_later_starts_use_it(tmp_path):
    jar = tmp_path / "zosmf-sim.jar"
    shutil.copyfile(zosmf_sim.bundled_jar(), jar)
    zosmf_sim.start(jar=str(jar)).stop()
    archives = sorted(path.name for path in tmp_path.iterdir() if path.name != "zosmf-sim.jar")
    assert len(archives) == 1 and archives[0].endswith(".jsa"), archives
    recorded = (tmp_path / archives[0]).stat().st_ino
    with zosmf_sim.start(jar=str(jar)) as sim:
        assert sim.admin.clock()["mode"] == "system"
    assert sorted(path.name for path in tmp_path.iterdir() if path.name != "zosmf-sim.jar") == archives
    assert (tmp_path / archives[0]).stat().st_ino == recorded, "the second start mapped it, not recorded anew"
    shutil.rmtree(tmp_path)  # 50 MB that pytest would keep for a while
