from . import Format as Format
from . import FormatTemplate as FormatTemplate
from ._datatable import DataTable as DataTable

#: The version of Plotly's dash_table whose API this package follows (Plotly Dash 4.4.1 ships 7.4.1).
__version__ = "7.4.1"
