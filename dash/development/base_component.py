from __future__ import annotations

import collections
import difflib
import functools
import inspect
import itertools
import keyword
import threading
import typing as t

from .._legacy import check_component_class


class _Sentinel:
    """A marker value with a readable repr, for arguments that were not given."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name

    def __reduce__(self) -> str:
        return self._name


#: Passing ``UNDEFINED`` for a prop is the same as not passing it (wrapper code can forward defaults).
UNDEFINED = _Sentinel("UNDEFINED")
#: Marks a required prop in a signature; never a valid value.
REQUIRED = _Sentinel("REQUIRED")

# The types a dict id may hold as values (pattern-matching callbacks compare them).
_ID_VALUE_TYPES = (str, int, float, bool)


def _as_checked(value: t.Any) -> t.Any:
    """``value`` as prop validators see it: numpy/pandas array-likes (ndarray, Series, Index, pandas arrays,
    ``df.col.unique()``) as lists and numpy scalars as Python scalars, the forms the JSON encoder sends them
    in; a list's items likewise. The prop itself keeps the object it was given."""
    if value is None or isinstance(value, (str, bytes, dict)):
        return value
    if isinstance(value, (list, tuple)):
        if any(hasattr(item, "tolist") and not isinstance(item, (str, bytes)) for item in value):
            return [_as_checked(item) for item in value]
        return value
    tolist = getattr(value, "tolist", None)
    if callable(tolist) and not isinstance(value, type):
        try:
            return tolist()
        except (TypeError, ValueError):  # not an array-like after all
            return value
    return value


def _check_id(component_type: str, value: t.Any) -> None:
    """Raise when ``value`` cannot be a component id."""
    if isinstance(value, str):
        if "." in value:
            raise ValueError(
                f"The id {value!r} of a {component_type} contains a '.', which is not allowed because"
                " callbacks refer to properties as 'id.property'. Use another character, such as '-' or '_'."
            )
        if "{" in value:
            raise ValueError(
                f"The id {value!r} of a {component_type} contains a '{{', which is not allowed because"
                " dict ids are written as JSON in the page and the two could be confused. Use a dict id"
                " (pattern-matching id) or remove the '{'."
            )
        return
    if isinstance(value, dict):
        if not value:
            raise ValueError(
                f"A {component_type} was given an empty dict as its id. A dict id needs at least one key,"
                " for example {'type': 'item', 'index': 0}."
            )
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(
                    f"The dict id {value!r} of a {component_type} has the key {key!r}, which is not a"
                    " string. Use string keys in dict ids."
                )
            if not isinstance(item, _ID_VALUE_TYPES):
                raise TypeError(
                    f"The dict id {value!r} of a {component_type} has the value {item!r} under {key!r}."
                    " Values in dict ids must be str, int, float or bool; convert it to one of those."
                )
        return
    raise TypeError(
        f"The id of a {component_type} must be a string or a dict, not {type(value).__name__}"
        f" ({value!r}). Pass a string such as 'my-graph', or a dict such as {{'type': 'item', 'index': 0}}."
    )


#: How many ids each component type has been given by ``_set_random_id`` (see there).
_generated_ids: dict[str, itertools.count[int]] = {}
_generated_lock = threading.Lock()


class _OrderedSet:
    """Names in the order they were first added (``add``, ``in``, iteration, ``len``)."""

    def __init__(self) -> None:
        self._items: dict[str, None] = {}

    def add(self, item: str) -> None:
        self._items[item] = None

    def discard(self, item: str) -> None:
        self._items.pop(item, None)

    def __contains__(self, item: object) -> bool:
        return item in self._items

    def __iter__(self) -> t.Iterator[str]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"_OrderedSet({list(self._items)!r})"


class ComponentRegistry:
    """Every component package imported so far, filled as component classes are created.

    - ``registry``: top-level package names (``"dash_bootstrap_components"``), in import order; the app
      serves the ``_js_dist``/``_css_dist`` files these modules declare.
    - ``namespace_to_package``: layout namespace -> package that defines it.
    - ``children_props``: ``{namespace: {ClassName: [prop paths holding components] or None}}``, sent to
      the browser so it knows where nested components live (``"label"``, ``"items[].label"``, ``"x{}"``).
    """

    registry = _OrderedSet()
    namespace_to_package: dict[str, str] = {}
    children_props: dict[str, dict[str, t.Any]] = collections.defaultdict(dict)

    @classmethod
    def _register(cls, component: type) -> None:
        module = component.__module__.split(".")[0]
        if module == "builtins":
            return
        check_component_class(component, module)
        body = component.__dict__
        namespace = body.get("_namespace") or module
        cls.registry.add(module)
        cls.namespace_to_package[namespace] = module
        children = body.get("_children_props")
        cls.children_props[namespace][component.__name__] = None if children is None else list(children)


def _explicitize_args(func: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
    """Wrap a generated component ``__init__`` so it learns which arguments the caller really gave.

    The wrapper passes ``_explicit_args``: the names given positionally or by keyword (a set, without
    ``self``). Generated classes build their props from these names only, so an explicit ``None`` is
    kept while an omitted prop stays absent. The signature of ``func`` is preserved.
    """
    code = func.__code__
    positional = code.co_varnames[1 : code.co_argcount]

    @functools.wraps(func)
    def wrapper(self: t.Any, *args: t.Any, **kwargs: t.Any) -> t.Any:
        if "_explicit_args" in kwargs:
            raise TypeError(
                "The argument '_explicit_args' is set by dash itself and should not be set. Remove it from"
                " the call."
            )
        explicit = set(positional[: len(args)])
        explicit.update(kwargs)
        kwargs["_explicit_args"] = explicit
        return func(self, *args, **kwargs)

    return wrapper


# Attributes generated component classes (dash-generate-components output) assign on the instance in
# __init__, with the same value every time. They describe the class, so they are stored on the class.
_CLASS_DESCRIPTORS = frozenset(
    (
        "_prop_names",
        "_type",
        "_namespace",
        "_valid_wildcard_attributes",
        "available_properties",
        "available_wildcard_properties",
        "_children_props",
        "_base_nodes",
    )
)
_class_lock = threading.Lock()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class Component:
    """One node of a layout: a type, a namespace, and the props that were given.

    Subclasses set the class attributes below; everything else is derived once per class in
    ``__init_subclass__``. Props live in the instance ``__dict__`` (only given props are stored), so
    reading one is a plain attribute lookup and serialising is a dict copy.

    Note: components are plain objects compared by identity, and always true in a boolean context
    (even though ``len()`` counts the items below them).
    """

    UNDEFINED = UNDEFINED
    REQUIRED = REQUIRED

    #: The component's name in the layout JSON, e.g. "Div".
    _type: t.ClassVar[str] = "Component"
    #: "dash_html_components" or "dash_core_components".
    _namespace: t.ClassVar[str] = ""
    #: Every prop the component accepts.
    _prop_names: t.ClassVar[tuple[str, ...]] = ()
    #: Prefixes of extra keyword props that are accepted as given, e.g. ("data-", "aria-").
    _valid_wildcard_attributes: t.ClassVar[tuple[str, ...]] = ()
    #: Props that may be passed positionally, in order (Plotly Dash's order).
    _positional: t.ClassVar[tuple[str, ...]] = ()
    #: Props that must be given.
    _required_props: t.ClassVar[tuple[str, ...]] = ()
    #: Checks run on given props, at creation and on assignment: ``{prop: check(type_name, value)}``.
    #: A check raises TypeError or ValueError with a full sentence.
    _validators: t.ClassVar[dict[str, t.Callable[[str, t.Any], None]]] = {}

    #: Props that may hold components (generated suite classes set it; None means "not checked").
    _base_nodes: t.ClassVar[t.Sequence[str] | None] = None

    # Derived in __init_subclass__.
    _accepts_children: t.ClassVar[bool] = False
    _prop_set: t.ClassVar[frozenset[str]] = frozenset()
    available_properties: t.ClassVar[list[str]] = []
    available_wildcard_properties: t.ClassVar[list[str]] = []

    def __init_subclass__(cls, **kwargs: t.Any) -> None:
        super().__init_subclass__(**kwargs)
        body = cls.__dict__
        if body.get("_explicitize_dash_init") and "__init__" in body:
            cls.__init__ = _explicitize_args(body["__init__"])  # type: ignore[method-assign]
        if cls._type == "Component":  # older generated classes set _type on the instance only
            cls._type = cls.__name__
        if not cls._namespace:
            cls._namespace = cls.__module__.split(".")[0]
        cls._derive()
        ComponentRegistry._register(cls)

    @classmethod
    def _derive(cls) -> None:
        names = tuple(cls._prop_names)
        if len(set(names)) != len(names):
            raise TypeError(f"The component class {cls.__name__!r} lists a prop name more than once.")
        unknown = [name for name in cls._positional if name not in names]
        if unknown:
            raise TypeError(
                f"The component class {cls.__name__!r} lists positional props {unknown!r} that are not"
                " in its '_prop_names'."
            )
        cls._prop_names = names
        cls._prop_set = frozenset(names)
        cls._accepts_children = "children" in cls._prop_set
        cls.available_properties = list(names)
        cls.available_wildcard_properties = list(cls._valid_wildcard_attributes)
        if "__init__" not in cls.__dict__:  # a generated class keeps the signature of its own __init__
            cls.__signature__ = cls._build_signature()

    @classmethod
    def _describe(cls, name: str, value: t.Any) -> None:
        """Store a class descriptor a generated ``__init__`` assigns on the instance (see _CLASS_DESCRIPTORS)."""
        if isinstance(value, list):
            value = tuple(value) if name in ("_prop_names", "_valid_wildcard_attributes") else value
        if cls.__dict__.get(name) == value:
            return
        with _class_lock:
            setattr(cls, name, value)
            if name in ("_prop_names", "_valid_wildcard_attributes"):
                cls._derive()

    @classmethod
    def _build_signature(cls) -> inspect.Signature:
        params = []
        for name in cls._positional:
            default = REQUIRED if name in cls._required_props else None
            params.append(inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default))
        for name in cls._prop_names:
            if name in cls._positional or not name.isidentifier() or keyword.iskeyword(name):
                continue
            default = REQUIRED if name in cls._required_props else None
            params.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default))
        if cls._valid_wildcard_attributes:
            params.append(inspect.Parameter("wildcard_props", inspect.Parameter.VAR_KEYWORD))
        return inspect.Signature(params)

    def __init__(self, *args: t.Any, **kwargs: t.Any) -> None:
        props = self.__dict__
        if args:
            positional = self._positional
            if len(args) > len(positional):
                self._raise_too_many_positional(len(args))
            for name, value in zip(positional, args):
                if name in kwargs:
                    raise TypeError(
                        f"{self._type}() got the prop {name!r} both as a positional and as a keyword"
                        " argument. Pass it only once."
                    )
                if value is not UNDEFINED:
                    props[name] = value
        prop_set = self._prop_set
        base_nodes = self._base_nodes
        for name, value in kwargs.items():
            if value is UNDEFINED:
                continue
            if name not in prop_set and not self._is_wildcard(name):
                self._raise_unknown_prop(name)
            if base_nodes is not None and isinstance(value, Component) and name not in base_nodes:
                raise TypeError(
                    f"{self._type}() got a component for the prop {name!r}, which cannot hold components."
                    f" Props that can: {', '.join(base_nodes)}."
                )
            props[name] = value
        if "id" in props:
            _check_id(self._type, props["id"])
        if self._validators:
            for name, check in self._validators.items():
                if name in props:
                    check(self._type, _as_checked(props[name]))
        if self._required_props:
            missing = [name for name in self._required_props if props.get(name) is None]
            if missing:
                names = ", ".join(repr(name) for name in missing)
                raise TypeError(
                    f"{self._type}() is missing the required prop {names}. Pass it as a keyword, for"
                    f" example {self._type}({missing[0]}=...)."
                )

    # -- props as attributes --------------------------------------------------------------------------

    @classmethod
    def _is_wildcard(cls, name: str) -> bool:
        for prefix in cls._valid_wildcard_attributes:
            if name.startswith(prefix) and len(name) > len(prefix):
                return True
        return False

    def _raise_unknown_prop(self, name: str) -> t.NoReturn:
        message = f"{self._type}() has no prop {name!r}."
        close = difflib.get_close_matches(name, self._prop_names, n=1, cutoff=0.6)
        if close:
            message += f" Did you mean {close[0]!r}?"
        message += f" Allowed props: {', '.join(self._prop_names)}."
        if self._valid_wildcard_attributes:
            prefixes = " and ".join(f"'{p}'" for p in self._valid_wildcard_attributes)
            message += f" Props starting with {prefixes} are accepted too."
        raise TypeError(message)

    def _raise_too_many_positional(self, count: int) -> t.NoReturn:
        allowed = self._positional
        if allowed:
            takes = f"at most {_plural(len(allowed), 'positional argument')} ({', '.join(allowed)})"
        else:
            takes = "no positional arguments"
        raise TypeError(
            f"{self._type}() takes {takes} but {count} were given. Pass the other props as keywords,"
            f" for example {self._type}(id='my-id')."
        )

    def __getattr__(self, name: str) -> t.Any:
        # Only called when normal lookup fails: the prop was not given.
        cls = type(self)
        if name in cls._prop_set or cls._is_wildcard(name):
            return None
        raise AttributeError(f"{cls._type!r} object has no attribute or prop {name!r}.")

    def __setattr__(self, name: str, value: t.Any) -> None:
        if name not in self._prop_set and not self._is_wildcard(name):
            if name in _CLASS_DESCRIPTORS:
                type(self)._describe(name, value)
                return
            self._raise_unknown_prop(name)
        if name == "id":
            _check_id(self._type, value)
        check = self._validators.get(name)
        if check is not None:
            check(self._type, _as_checked(value))
        self.__dict__[name] = value

    def __delattr__(self, name: str) -> None:
        if name not in self.__dict__:
            raise AttributeError(f"The {self._type} has no prop {name!r} set, so it cannot be deleted.")
        del self.__dict__[name]

    def _set_random_id(self) -> t.Any:
        """Return the component's id, first giving it a generated one if it has none.

        Lets ``Output(graph, "figure")`` work with components built without an id. The id is
        ``"_dash-<Type>-<n>"``: the n-th component of that type (counting from 1) given an id this way in
        the process. It depends only on the order the app's code builds its callbacks, so every worker
        process and every restart of the same code gives the same component the same id (unlike a
        random id, which would make workers disagree).
        """
        if self.__dict__.get("id") is None:
            with _generated_lock:
                counter = _generated_ids.setdefault(self._type, itertools.count(1))
                self.__dict__["id"] = f"_dash-{self._type}-{next(counter)}"
        return self.__dict__["id"]

    # -- JSON form ------------------------------------------------------------------------------------

    def to_plotly_json(self) -> dict[str, t.Any]:
        """The component's JSON form, one level deep: child components stay Component objects.

        A JSON encoder calls this again on each child (as Plotly's encoder does).
        """
        props = self.__dict__.copy()
        if self._accepts_children and "children" not in props:
            props["children"] = None
        return {"props": props, "type": self._type, "namespace": self._namespace}

    def to_dict(self) -> dict[str, t.Any]:
        """The full, recursive JSON form as plain dicts and lists (anything with a
        ``to_plotly_json`` method, such as a plotly Figure, is converted too)."""
        return _to_plain(self)

    # -- traversal ------------------------------------------------------------------------------------

    def _traverse(self) -> t.Iterator[Component]:
        """Yield every component below this one, depth first, in document order."""
        for _path, component in self._traverse_with_paths():
            yield component

    def _traverse_with_paths(self) -> t.Iterator[tuple[tuple[t.Any, ...], Component]]:
        """Yield ``(path, component)`` for every component below this one, depth first.

        A path is a tuple of keys from this component: ``("children",)`` for a single child,
        ``("children", 2, "children", 0)`` for the first child of the third child, and so on.
        """
        stack: list[tuple[tuple[t.Any, ...], Component]] = [((), self)]
        while stack:
            path, node = stack.pop()
            if node is not self:
                yield path, node
            children = node.__dict__.get("children")
            if isinstance(children, Component):
                stack.append((path + ("children",), children))
            elif isinstance(children, (list, tuple)):
                for index in range(len(children) - 1, -1, -1):
                    child = children[index]
                    if isinstance(child, Component):
                        stack.append((path + ("children", index), child))

    def _find_parent(self, id: t.Any) -> tuple[Component, int | None, Component] | None:
        """Return ``(parent, index, component)`` for the first component below with that id.

        ``index`` is None when the component is the parent's only child (not in a list).
        """
        stack: list[Component] = [self]
        while stack:
            node = stack.pop()
            children = node.__dict__.get("children")
            if isinstance(children, Component):
                if children.__dict__.get("id", UNDEFINED) == id:
                    return node, None, children
                stack.append(children)
            elif isinstance(children, (list, tuple)):
                found = []
                for index, child in enumerate(children):
                    if isinstance(child, Component):
                        if child.__dict__.get("id", UNDEFINED) == id:
                            return node, index, child
                        found.append(child)
                stack.extend(reversed(found))
        return None

    def _missing_id(self, id: t.Any) -> KeyError:
        return KeyError(
            f"No component with the id {id!r} was found below this {self._type}. Check the id for typos,"
            " or that the component is part of this layout."
        )

    # -- lookups by id --------------------------------------------------------------------------------

    def __getitem__(self, id: t.Any) -> Component:
        found = self._find_parent(id)
        if found is None:
            raise self._missing_id(id)
        return found[2]

    def __setitem__(self, id: t.Any, component: Component) -> None:
        if not isinstance(component, Component):
            raise TypeError(
                f"Only a component can replace the component with the id {id!r}, not"
                f" {type(component).__name__}."
            )
        found = self._find_parent(id)
        if found is None:
            raise self._missing_id(id)
        parent, index, _old = found
        if index is None:
            parent.__dict__["children"] = component
        else:
            children = parent.__dict__["children"]
            if isinstance(children, tuple):
                parent.__dict__["children"] = children[:index] + (component,) + children[index + 1 :]
            else:
                children[index] = component

    def __delitem__(self, id: t.Any) -> None:
        found = self._find_parent(id)
        if found is None:
            raise self._missing_id(id)
        parent, index, _old = found
        if index is None:
            parent.__dict__["children"] = None
        else:
            children = parent.__dict__["children"]
            if isinstance(children, tuple):
                parent.__dict__["children"] = children[:index] + children[index + 1 :]
            else:
                del children[index]

    def __contains__(self, id: t.Any) -> bool:
        return self._find_parent(id) is not None

    def __iter__(self) -> t.Iterator[t.Any]:
        """Yield the id of every component below this one that has an id, depth first."""
        for component in self._traverse():
            if "id" in component.__dict__:
                yield component.__dict__["id"]

    def __len__(self) -> int:
        """The number of items below this component: components, strings and numbers."""
        count = 0
        stack: list[Component] = [self]
        while stack:
            children = stack.pop().__dict__.get("children")
            if children is None:
                continue
            if isinstance(children, (list, tuple)):
                count += len(children)
                stack.extend(child for child in children if isinstance(child, Component))
            else:
                count += 1
                if isinstance(children, Component):
                    stack.append(children)
        return count

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        props = self.__dict__
        if not props:
            return f"{self._type}()"
        if len(props) == 1 and "children" in props:
            return f"{self._type}({props['children']!r})"
        named = [f"{name}={props[name]!r}" for name in self._prop_names if name in props]
        wildcard = {name: value for name, value in props.items() if name not in self._prop_set}
        if wildcard:
            named.append(f"**{wildcard!r}")
        return f"{self._type}({', '.join(named)})"


def _to_plain(value: t.Any) -> t.Any:
    to_json = getattr(value, "to_plotly_json", None)
    if to_json is not None and not isinstance(value, type):
        value = to_json()
    if isinstance(value, dict):
        return {key: _to_plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_plain(item) for item in value]
    return value
