"""`python -m briefgen`: the same command as `briefgen`."""

from briefgen.cli import app

app(prog_name="briefgen")
