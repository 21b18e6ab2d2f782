"""Pre-2.0 import name kept working: see dash/_legacy.py (warns once, then is dash.dcc)."""

from dash._legacy import alias

alias(__name__)
