from zosmf_sim.scenario_passwords import scenario_passwords


def test_passwords_are_read_from_the_users_block_quoted_or_not():
    yaml = "\n".join(["description: x", "users:", "  COLIN:", "    password: PASSWORD", "    certificate:",
                      '      subject: "CN=COLIN"', '  "1234":', '    password: "9876"', "  BOB:",
                      "    password: 'it''s'", "facility:", "  X:", "    password: no"])
    assert scenario_passwords(yaml) == {"COLIN": "PASSWORD", "1234": "9876", "BOB": "it's"}
