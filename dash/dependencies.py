"""Pre-2.0 import path of Input, Output, State, ...: ``from dash.dependencies import Input`` still works,
with a one-time DeprecationWarning; write ``from dash import Input, Output, State``."""

from ._dependencies import ALL as ALL
from ._dependencies import ALLSMALLER as ALLSMALLER
from ._dependencies import MATCH as MATCH
from ._dependencies import ClientsideFunction as ClientsideFunction
from ._dependencies import DashDependency as DashDependency
from ._dependencies import Input as Input
from ._dependencies import Output as Output
from ._dependencies import State as State
from ._dependencies import Wildcard as Wildcard
from ._legacy import warn_old_dependencies

warn_old_dependencies()
del warn_old_dependencies
