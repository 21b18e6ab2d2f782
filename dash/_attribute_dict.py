from __future__ import annotations

import typing as t


class AttributeDict(dict):  # type: ignore[type-arg]
    """A dict whose keys can also be read and set as attributes (``config.title``, ``ctx.triggered_id.index``).

    Keys listed by ``set_read_only`` cannot be changed after that call.
    """

    def __getattr__(self, name: str) -> t.Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(
                f"There is no key {name!r} here. Known keys: {', '.join(map(str, self))}."
            ) from None

    def __setattr__(self, name: str, value: t.Any) -> None:
        self[name] = value

    def __setitem__(self, key: t.Any, value: t.Any) -> None:
        read_only = self.__dict__.get("_read_only", {})
        if key in read_only:
            raise AttributeError(f"{key!r} {read_only[key]}")
        super().__setitem__(key, value)

    def update(self, *args: t.Any, **kwargs: t.Any) -> None:  # type: ignore[override]
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def set_read_only(self, names: t.Iterable[str], message: str) -> None:
        read_only = self.__dict__.setdefault("_read_only", {})
        for name in names:
            read_only[name] = message
