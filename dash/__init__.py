from . import dash_table as dash_table
from . import dcc as dcc
from . import exceptions as exceptions
from . import html as html
from ._callback_context import callback_context as callback_context
from ._callback_context import ctx as ctx
from ._callback_context import set_props as set_props
from ._dependencies import ALL as ALL
from ._dependencies import ALLSMALLER as ALLSMALLER
from ._dependencies import MATCH as MATCH
from ._dependencies import ClientsideFunction as ClientsideFunction
from ._dependencies import Input as Input
from ._dependencies import Output as Output
from ._dependencies import State as State
from ._get_app import get_app as get_app
from ._get_paths import get_asset_url as get_asset_url
from ._get_paths import get_relative_path as get_relative_path
from ._get_paths import strip_relative_path as strip_relative_path
from ._hooks import hooks as hooks
from ._json import stringify_id as stringify_id
from ._jupyter import jupyter_dash as jupyter_dash
from ._no_update import NoUpdate as NoUpdate
from ._no_update import no_update as no_update
from ._pages import page_container as page_container
from ._pages import page_registry as page_registry
from ._pages import register_page as register_page
from ._patch import Patch as Patch
from ._version import __version__ as __version__
from .app import Dash as Dash
from .background_callback import CeleryManager as CeleryManager
from .background_callback import DiskcacheManager as DiskcacheManager
from .callbacks.registry import callback as callback
from .callbacks.registry import clientside_callback as clientside_callback
from .exceptions import PreventUpdate as PreventUpdate


def __getattr__(name: str) -> object:
    # ``dash.dependencies`` loads (and warns) only when old code asks for it, e.g. dash.dependencies.Input.
    if name == "dependencies":
        import importlib

        return importlib.import_module("dash.dependencies")
    raise AttributeError(f"module 'dash' has no attribute {name!r}")
