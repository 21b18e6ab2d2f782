"""``DataTable``: Plotly Dash's interactive table, with the same props and defaults.

The browser (dash/renderer/components/table/) applies the defaults, sorts, filters, pages and edits;
this module only checks the props' shapes, so a mistake fails when the layout is built.
"""

from __future__ import annotations

import typing as t

from ..development.base_component import Component

_NAMESPACE = "dash_table"

COLUMN_TYPES = ("any", "numeric", "text", "datetime")
PRESENTATIONS = ("input", "dropdown", "markdown")
ACTIONS = ("custom", "native", "none")
SELECTABLE = ("single", "multi", False)
SORT_MODES = ("single", "multi")
DIRECTIONS = ("asc", "desc")
EXPORT_FORMATS = ("csv", "xlsx", "none")
EXPORT_HEADERS = ("none", "ids", "names", "display")
EXPORT_COLUMNS = ("all", "visible")
PERSISTENCE_TYPES = ("local", "session", "memory")
STATES = ("active", "selected")
ROW_INDEX_WORDS = ("odd", "even")
FILTER_CASES = ("sensitive", "insensitive")
FILTER_OPERATORS = ("and", "or")

#: The keys a column dict may hold (Plotly Dash's list).
COLUMN_KEYS = (
    "id",
    "name",
    "type",
    "presentation",
    "selectable",
    "clearable",
    "deletable",
    "editable",
    "hideable",
    "renamable",
    "filter_options",
    "format",
    "on_change",
    "sort_as_null",
    "validation",
)

#: The keys allowed in the ``if`` of each ``*_conditional`` prop.
CONDITION_KEYS = {
    "style_cell_conditional": ("column_id", "column_type"),
    "style_data_conditional": (
        "column_id",
        "column_type",
        "filter_query",
        "state",
        "row_index",
        "column_editable",
    ),
    "style_filter_conditional": ("column_id", "column_type", "column_editable"),
    "style_header_conditional": ("column_id", "column_type", "header_index", "column_editable"),
    "tooltip_conditional": ("column_id", "filter_query", "row_index"),
    "dropdown_conditional": ("column_id", "filter_query"),
}

Check = t.Callable[[str, t.Any], None]


def _choices(choices: tuple[t.Any, ...]) -> str:
    quoted = [repr(choice) for choice in choices]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _is_one_of(value: t.Any, choices: tuple[t.Any, ...]) -> bool:
    # False == 0 in Python; compare types too so 0 is not taken for False.
    return any(value == choice and type(value) is type(choice) for choice in choices)


def _fail(
    type_name: str, prop: str, value: t.Any, expected: str, error: type[Exception] = TypeError
) -> t.NoReturn:
    raise error(f"{type_name}() got {prop}={value!r}, but {prop!r} must be {expected}.")


def _one_of(prop: str, choices: tuple[t.Any, ...]) -> Check:
    def check(type_name: str, value: t.Any) -> None:
        if value is not None and not _is_one_of(value, choices):
            _fail(type_name, prop, value, f"one of {_choices(choices)}", ValueError)

    return check


def _of_type(prop: str, types: tuple[type, ...], expected: str) -> Check:
    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            _fail(type_name, prop, value, expected)

    return check


def _count(prop: str, minimum: int) -> Check:
    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(type_name, prop, value, f"a whole number >= {minimum}")
        if value < minimum:
            _fail(type_name, prop, value, f"a whole number >= {minimum}", ValueError)

    return check


def _list_of_dicts(prop: str, item: Check | None = None, example: str = "") -> Check:
    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if not isinstance(value, (list, tuple)):
            _fail(type_name, prop, value, f"a list of dicts{example}")
        for entry in value:
            if not isinstance(entry, dict):
                raise TypeError(
                    f"{type_name}() got {entry!r} in {prop!r}, which must hold only dicts{example}."
                    " Convert each entry to a dict (a pandas DataFrame gives them with"
                    " df.to_dict('records'))."
                )
            if item is not None:
                item(type_name, entry)

    return check


def _check_column(type_name: str, column: dict[str, t.Any]) -> None:
    unknown = [key for key in column if key not in COLUMN_KEYS]
    if unknown:
        raise ValueError(
            f"{type_name}() got the column {column!r} with the unknown key {unknown[0]!r}. Column keys"
            f" are {', '.join(COLUMN_KEYS)}."
        )
    for key in ("id", "name"):
        if key not in column:
            raise ValueError(
                f"{type_name}() got the column {column!r} without {key!r}. Every column needs an 'id' and"
                " a 'name', for example {'id': 'pop', 'name': 'Population'}."
            )
    if not isinstance(column["id"], str):
        raise TypeError(
            f"{type_name}() got the column id {column['id']!r}; column ids must be strings. Use"
            f" str({column['id']!r})."
        )
    name = column["name"]
    if not isinstance(name, str) and not (
        isinstance(name, (list, tuple)) and all(isinstance(part, str) for part in name)
    ):
        raise TypeError(
            f"{type_name}() got the column name {name!r}; a name is a string, or a list of strings for"
            " several header rows."
        )
    for key, choices in (("type", COLUMN_TYPES), ("presentation", PRESENTATIONS)):
        if key in column and column[key] is not None and column[key] not in choices:
            raise ValueError(
                f"{type_name}() got the column {column['id']!r} with {key}={column[key]!r}; it must be one"
                f" of {_choices(choices)}."
            )
    fmt = column.get("format")
    if fmt is not None:
        if hasattr(fmt, "to_plotly_json"):
            fmt = fmt.to_plotly_json()
        if not isinstance(fmt, dict):
            raise TypeError(
                f"{type_name}() got the column {column['id']!r} with format={fmt!r}. Pass a dict such as"
                " {'specifier': ',.2f'} or a dash_table.Format.Format(...)."
            )


def _check_columns(type_name: str, value: t.Any) -> None:
    _list_of_dicts("columns", _check_column, " such as {'id': 'pop', 'name': 'Population'}")(type_name, value)
    if value:
        ids = [column["id"] for column in value]
        duplicates = sorted({column_id for column_id in ids if ids.count(column_id) > 1})
        if duplicates:
            raise ValueError(
                f"{type_name}() got the column id {duplicates[0]!r} more than once. Column ids must be"
                " unique; give each column its own 'id'."
            )


def _check_data(type_name: str, value: t.Any) -> None:
    _list_of_dicts("data", example=" (one dict per row, keyed by column id)")(type_name, value)


def _check_fixed(prop: str) -> Check:
    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if not isinstance(value, dict) or set(value) - {"headers", "data"}:
            _fail(type_name, prop, value, "a dict with the keys 'headers' (bool) and 'data' (a count)")
        data = value.get("data", 0)
        if isinstance(data, bool) or not isinstance(data, int) or data < 0:
            _fail(type_name, prop, value, "a dict whose 'data' is a whole number >= 0", ValueError)

    return check


def _check_sort_by(type_name: str, value: t.Any) -> None:
    def entry(type_name: str, item: dict[str, t.Any]) -> None:
        if not isinstance(item.get("column_id"), str) or item.get("direction") not in DIRECTIONS:
            raise ValueError(
                f"{type_name}() got the sort_by entry {item!r}. Each entry is"
                " {'column_id': 'pop', 'direction': 'asc'} with a direction of 'asc' or 'desc'."
            )

    _list_of_dicts("sort_by", entry)(type_name, value)


def _check_filter_action(type_name: str, value: t.Any) -> None:
    if value is None or _is_one_of(value, ACTIONS):
        return
    if isinstance(value, dict) and value.get("type") in ("custom", "native"):
        if value.get("operator", "and") in FILTER_OPERATORS and set(value) <= {"type", "operator"}:
            return
    raise ValueError(
        f"{type_name}() got filter_action={value!r}; it must be 'custom', 'native' or 'none', or a dict"
        " {'type': 'native', 'operator': 'and'} (operator 'and' or 'or')."
    )


def _check_cell(prop: str) -> Check:
    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if not isinstance(value, dict) or set(value) - {"row", "column", "row_id", "column_id"}:
            _fail(
                type_name,
                prop,
                value,
                "a dict with the keys 'row', 'column', 'row_id' and 'column_id'",
                ValueError if isinstance(value, dict) else TypeError,
            )

    return check


def _check_cells(type_name: str, value: t.Any) -> None:
    _list_of_dicts("selected_cells", lambda n, v: _check_cell("selected_cells")(n, v))(type_name, value)


def _check_indices(prop: str) -> Check:
    def check(type_name: str, value: t.Any) -> None:
        if value is None:
            return
        if not isinstance(value, (list, tuple)) or not all(
            isinstance(index, int) and not isinstance(index, bool) for index in value
        ):
            _fail(type_name, prop, value, "a list of row indices (whole numbers)")

    return check


def _check_conditional(prop: str) -> Check:
    allowed = CONDITION_KEYS[prop]

    def entry(type_name: str, item: dict[str, t.Any]) -> None:
        condition = item.get("if")
        if condition is None:
            if prop in ("tooltip_conditional",):
                raise ValueError(f"{type_name}() got the {prop} entry {item!r} without an 'if' dict.")
            return
        if not isinstance(condition, dict):
            raise TypeError(f"{type_name}() got the {prop} entry {item!r}; its 'if' must be a dict.")
        unknown = [key for key in condition if key not in allowed]
        if unknown:
            raise ValueError(
                f"{type_name}() got {unknown[0]!r} in the 'if' of a {prop} entry. The 'if' of {prop}"
                f" accepts {', '.join(allowed)}."
            )
        state = condition.get("state")
        if state is not None and state not in STATES:
            raise ValueError(f"{type_name}() got state={state!r} in {prop}; use 'active' or 'selected'.")
        row_index = condition.get("row_index")
        if row_index is not None and not (
            (isinstance(row_index, int) and not isinstance(row_index, bool))
            or row_index in ROW_INDEX_WORDS
            or (isinstance(row_index, list) and all(isinstance(i, int) for i in row_index))
        ):
            raise ValueError(
                f"{type_name}() got row_index={row_index!r} in {prop}; use a row number, a list of row"
                " numbers, 'odd' or 'even'."
            )
        column_type = condition.get("column_type")
        if column_type is not None and column_type not in COLUMN_TYPES:
            raise ValueError(
                f"{type_name}() got column_type={column_type!r} in {prop}; use one of {_choices(COLUMN_TYPES)}."
            )

    return _list_of_dicts(prop, entry, " such as {'if': {'column_id': 'pop'}, 'color': 'red'}")


def _check_style(prop: str) -> Check:
    return _of_type(prop, (dict,), "a dict of CSS properties such as {'textAlign': 'left'}")


def _check_export_format(type_name: str, value: t.Any) -> None:
    _one_of("export_format", EXPORT_FORMATS)(type_name, value)


class DataTable(Component):
    """An interactive table: ``DataTable(data, columns, ...)``.

    ``data`` is a list of row dicts keyed by column id (a row's ``id`` key is its row id);
    ``columns`` a list of ``{'id', 'name', 'type', 'format', ...}`` dicts. Sorting, filtering
    (``filter_query``), paging, editing and selection run in the browser and report back through
    the ``derived_*``, ``active_cell``, ``selected_*`` and ``data`` props. Every prop and default
    follows Plotly Dash's ``dash_table.DataTable``; a wrong shape raises TypeError or ValueError.
    """

    _type = "DataTable"
    _namespace = _NAMESPACE
    _prop_names = (
        "data",
        "columns",
        "editable",
        "fixed_columns",
        "fixed_rows",
        "column_selectable",
        "cell_selectable",
        "row_selectable",
        "row_deletable",
        "active_cell",
        "selected_cells",
        "selected_rows",
        "selected_columns",
        "selected_row_ids",
        "start_cell",
        "end_cell",
        "data_previous",
        "hidden_columns",
        "is_focused",
        "merge_duplicate_headers",
        "data_timestamp",
        "include_headers_on_copy_paste",
        "export_columns",
        "export_format",
        "export_headers",
        "page_action",
        "page_current",
        "page_count",
        "page_size",
        "filter_query",
        "filter_action",
        "filter_options",
        "sort_action",
        "sort_mode",
        "sort_by",
        "sort_as_null",
        "dropdown",
        "dropdown_conditional",
        "dropdown_data",
        "tooltip",
        "tooltip_conditional",
        "tooltip_data",
        "tooltip_header",
        "tooltip_delay",
        "tooltip_duration",
        "locale_format",
        "style_as_list_view",
        "fill_width",
        "markdown_options",
        "css",
        "style_table",
        "style_cell",
        "style_data",
        "style_filter",
        "style_header",
        "style_cell_conditional",
        "style_data_conditional",
        "style_filter_conditional",
        "style_header_conditional",
        "virtualization",
        "derived_filter_query_structure",
        "derived_viewport_data",
        "derived_viewport_indices",
        "derived_viewport_row_ids",
        "derived_viewport_selected_columns",
        "derived_viewport_selected_rows",
        "derived_viewport_selected_row_ids",
        "derived_virtual_data",
        "derived_virtual_indices",
        "derived_virtual_row_ids",
        "derived_virtual_selected_rows",
        "derived_virtual_selected_row_ids",
        "id",
        "loading_state",
        "persistence",
        "persisted_props",
        "persistence_type",
    )
    _positional = _prop_names
    _validators: t.ClassVar[dict[str, Check]] = {
        "data": _check_data,
        "columns": _check_columns,
        "editable": _of_type("editable", (bool,), "True or False"),
        "fixed_columns": _check_fixed("fixed_columns"),
        "fixed_rows": _check_fixed("fixed_rows"),
        "column_selectable": _one_of("column_selectable", SELECTABLE),
        "row_selectable": _one_of("row_selectable", SELECTABLE),
        "row_deletable": _of_type("row_deletable", (bool,), "True or False"),
        "active_cell": _check_cell("active_cell"),
        "start_cell": _check_cell("start_cell"),
        "end_cell": _check_cell("end_cell"),
        "selected_cells": _check_cells,
        "selected_rows": _check_indices("selected_rows"),
        "hidden_columns": _of_type("hidden_columns", (list, tuple), "a list of column ids"),
        "export_columns": _one_of("export_columns", EXPORT_COLUMNS),
        "export_format": _check_export_format,
        "export_headers": _one_of("export_headers", EXPORT_HEADERS),
        "page_action": _one_of("page_action", ACTIONS),
        "page_current": _count("page_current", 0),
        "page_count": _count("page_count", 0),
        "page_size": _count("page_size", 1),
        "filter_query": _of_type("filter_query", (str,), "a string such as '{pop} > 1000'"),
        "filter_action": _check_filter_action,
        "sort_action": _one_of("sort_action", ACTIONS),
        "sort_mode": _one_of("sort_mode", SORT_MODES),
        "sort_by": _check_sort_by,
        "tooltip_delay": _count("tooltip_delay", 0),
        "tooltip_duration": _count("tooltip_duration", 0),
        "virtualization": _of_type("virtualization", (bool,), "True or False"),
        "style_table": _check_style("style_table"),
        "style_cell": _check_style("style_cell"),
        "style_data": _check_style("style_data"),
        "style_filter": _check_style("style_filter"),
        "style_header": _check_style("style_header"),
        "persistence_type": _one_of("persistence_type", PERSISTENCE_TYPES),
        **{prop: _check_conditional(prop) for prop in CONDITION_KEYS},
    }
