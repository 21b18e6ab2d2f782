"""Core interactive components (``dcc.Input``, ``dcc.Dropdown``, ``dcc.Tabs``, ``dcc.Graph``, ...).

One module per component, named as in Plotly Dash (``from dash.dcc.Dropdown import Dropdown`` works
too). Prop names, positional orders and the ``dash_core_components`` namespace follow Plotly Dash 4.4.1.
Only the props that were given are serialised; the browser applies the defaults.
"""

from .._version import __version__ as __version__
from .Button import Button as Button
from .Checklist import Checklist as Checklist
from .Clipboard import Clipboard as Clipboard
from .ConfirmDialog import ConfirmDialog as ConfirmDialog
from .ConfirmDialogProvider import ConfirmDialogProvider as ConfirmDialogProvider
from .DatePickerRange import DatePickerRange as DatePickerRange
from .DatePickerSingle import DatePickerSingle as DatePickerSingle
from .Download import Download as Download
from .Dropdown import Dropdown as Dropdown
from .express import send_bytes as send_bytes
from .express import send_data_frame as send_data_frame
from .express import send_file as send_file
from .express import send_string as send_string
from .Geolocation import Geolocation as Geolocation
from .Graph import Graph as Graph
from .Input import Input as Input
from .Interval import Interval as Interval
from .Link import Link as Link
from .Loading import Loading as Loading
from .Location import Location as Location
from .Markdown import Markdown as Markdown
from .RadioItems import RadioItems as RadioItems
from .RangeSlider import RangeSlider as RangeSlider
from .Slider import Slider as Slider
from .Store import Store as Store
from .Tab import Tab as Tab
from .Tabs import Tabs as Tabs
from .Textarea import Textarea as Textarea
from .Tooltip import Tooltip as Tooltip
from .Upload import Upload as Upload
