"""The README's Python examples are the files the build runs: each is shown in the README exactly as it is."""
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("example", ["test_zosmf_sim_example.py", "script_example.py"])
def test_the_readme_shows_the_example_as_it_is(example):
    readme = (HERE.parent / "README.md").read_text()
    source = (HERE / "examples" / example).read_text().strip()
    assert f"```python\n{source}\n```" in readme, f"README.md does not show python-package/examples/{example} as it is"
