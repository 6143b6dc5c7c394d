"""A Jinja2 sandbox with resource limits, for templates written by teams.

Jinja2's immutable sandbox already blocks Python internals (`''.__class__`) and changes to
lists and dicts. It does not stop a template from asking for gigabytes: `'x' * 10**10`,
`'%9999999999s' | format(1)`, a namespace string doubled in a loop, or nested loops that
never end. Every operation that can build a large value is checked here before it runs,
`range` draws on one budget per render, and the output is capped as it is produced.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

MAX_VALUE = 2_000_000  # characters or items one expression may build (a brief is far smaller)
MAX_OUTPUT = 20_000_000  # characters a template may write: 100 x a 30-article brief's markup
MAX_ITERATIONS = 2_000_000  # range() items per render, across all loops
MAX_POWER_BITS = 4096  # the largest integer `**` may compute
_WIDE_FORMAT = re.compile(r"%[-#0 +]*(\*|\d{5,})|\{[^}]*:[^}]*\d{5,}")  # huge field widths


def _too_big(what: str) -> SecurityError:
    return SecurityError(f"template exceeds a resource limit: {what}")


class BoundedNamespace(Namespace):
    """`namespace()` whose attributes may not grow past MAX_VALUE."""

    def __setitem__(self, name: str, value: Any) -> None:
        if isinstance(value, str | list | tuple | dict) and len(value) > MAX_VALUE:
            raise _too_big(f"namespace value {name!r} has more than {MAX_VALUE} items")
        super().__setitem__(name, value)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with size checks on `*`, `**`, `%`, growing filters and range."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.iterations = 0
        self.globals.pop("lipsum", None)  # lipsum(n=10**9) would allocate without bound
        self.globals["range"] = self._range
        self.globals["namespace"] = BoundedNamespace
        for name in ("center", "indent", "format", "replace", "wordwrap", "truncate"):
            self.filters[name] = _bounded(self.filters[name], name)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                sized = isinstance(sequence, str | list | tuple) and isinstance(count, int)
                if sized and len(sequence) * count > MAX_VALUE:
                    raise _too_big(f"'*' would build {len(sequence) * count} items")
        elif operator == "**" and isinstance(left, int) and isinstance(right, int):
            if abs(left) > 1 and right * math.log2(abs(left)) > MAX_POWER_BITS:
                raise _too_big(f"'**' would compute a number of {right} digits or more")
        elif operator == "%" and isinstance(left, str) and _WIDE_FORMAT.search(left):
            raise _too_big("'%' with a field width this large")
        return super().call_binop(context, operator, left, right)

    def _range(self, *args: int) -> Iterable[int]:
        numbers = range(*args)
        self.iterations += len(numbers)
        if self.iterations > MAX_ITERATIONS:
            raise _too_big(f"loops over range() ran past {MAX_ITERATIONS} iterations")
        return numbers

    def render_bounded(self, template_name: str, **variables: Any) -> str:
        """Render, stopping as soon as the output passes MAX_OUTPUT characters."""
        self.iterations = 0
        parts: list[str] = []
        size = 0
        for part in self.get_template(template_name).generate(**variables):
            size += len(part)
            if size > MAX_OUTPUT:
                raise _too_big(f"output passed {MAX_OUTPUT} characters")
            parts.append(part)
        return "".join(parts)


def _bounded(function: Any, name: str) -> Any:
    """Wrap a filter so that no numeric argument (a width, count or length) is huge and its
    string result cannot pass MAX_VALUE."""

    def guarded(*args: Any, **kwargs: Any) -> Any:
        values = list(args) + list(kwargs.values())
        if any(isinstance(v, int) and not isinstance(v, bool) and v > MAX_VALUE for v in values):
            raise _too_big(f"'{name}' with an argument over {MAX_VALUE}")
        if any(isinstance(v, str) and _WIDE_FORMAT.search(v) for v in values if name == "format"):
            raise _too_big("'format' with a field width this large")
        if name == "replace" and len(args) >= 4:  # (eval context, text, old, new[, count])
            text, old, new = map(str, args[1:4])
            if old and text.count(old) * max(len(new), 1) > MAX_VALUE:
                raise _too_big("'replace' would build a string that large")
        result = function(*args, **kwargs)
        if isinstance(result, str) and len(result) > MAX_VALUE:
            raise _too_big(f"'{name}' built {len(result)} characters")
        return result

    if hasattr(function, "jinja_pass_arg"):  # keep Jinja2's context/environment marker
        guarded.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
    return guarded
