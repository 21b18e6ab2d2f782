"""dash's version: the Plotly Dash API level we implement, plus a PEP 440 local label naming this project.

``4.4.1+lockflask.1`` reads "Dash API 4.4.1, lockflask build 1". Component suites declare floors such as
``dash>=1.6.1``, ``dash>=2`` or ``dash>=3.0.4``; the public part meets them, so pip and uv keep this dash when
a suite is installed. The local label can never come from the package index (PyPI refuses uploads with a
local label), so ``dash==4.4.1+lockflask.1`` is satisfied by our build only. Bump the label for every
release of ours; change the public part only when the implemented API level moves. README "Versioning".
"""

# A plain literal: setup.cfg reads it with `attr:`, which setuptools evaluates without importing dash.
__version__ = "4.4.1+lockflask.1"

#: The Plotly Dash release whose Python API and HTTP protocol this package implements ("4.4.1").
API_LEVEL = __version__.partition("+")[0]
#: Our build number on that API level: the N of the local label ``lockflask.N``.
BUILD = int(__version__.rpartition(".")[2])
