"""zosmf-sim for Python: start a simulated z/OSMF from pytest (the zosmf_sim fixture) or from a script.

    with zosmf_sim.start(scenario="default", users=["ALICE:SECRET:cert"]) as sim:
        requests.get(sim.url + "/zosmf/info", verify=sim.ca_path)
"""
from .admin import AdminClient, AdminError
from .java import MINIMUM_JAVA_VERSION, JavaNotFoundError, JavaRuntime, find_java
from .simulator import User, ZosmfSim, bundled_jar, start

__all__ = ["AdminClient", "AdminError", "JavaNotFoundError", "JavaRuntime", "MINIMUM_JAVA_VERSION", "User",
           "ZosmfSim", "bundled_jar", "find_java", "start"]
