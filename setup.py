"""Build entry kept for tools that still call `python setup.py`; all metadata lives in setup.cfg.

install_requires and the `lockflask` extra are read by setuptools itself from requirements/install.in and
requirements/lockflask.txt (setup.cfg, `file:`); the build needs setuptools>=64 (pyproject.toml).
"""

from setuptools import setup

setup()
