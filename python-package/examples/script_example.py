"""A plain script: a simulator for the length of a with block."""
import requests

import zosmf_sim

with zosmf_sim.start(scenario="default", users=["ALICE:SECRET:cert"], clock="manual") as sim:
    info = requests.get(f"{sim.url}/zosmf/info", verify=sim.ca_path, timeout=30).json()
    response = requests.put(f"{sim.url}/zosmf/restconsoles/consoles/defcn", json={"cmd": "D T"},
                            headers={"X-CSRF-ZOSMF-HEADER": "true"}, verify=sim.ca_path, cert=sim.cert("ALICE"),
                            timeout=30)
    assert response.status_code == 200, response.text
    print(f"{info['zosmf_hostname']} answered ALICE: {response.json()['cmd-response'].split()[0]}")
    print(f"the admin API moved the clock to {sim.admin.advance_clock('1h')['now']}")
print("the simulator has stopped")
