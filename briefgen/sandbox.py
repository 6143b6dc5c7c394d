"""A Jinja2 sandbox with resource limits, for templates written by teams.

Jinja2's immutable sandbox already blocks Python internals (`''.__class__`) and changes to
lists and dicts. It does not stop a template from asking for gigabytes: `'x' * 10**10`,
`'%9999999999s' | format(1)`, a huge `join`, a string doubled by `~` in a loop, or nested
loops that never end. Every operation that can build a large value is checked here (before
it runs where its size can be told in advance, else on its result); every `for` loop, over
anything, draws on one iteration budget per render; a wall-clock budget is checked on each
loop step, call and piece of output; and all output, into macro and `{% set %}` buffers as
well as the document, is capped as it is produced.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

MAX_VALUE = 2_000_000  # characters or items one expression may build (a brief is far smaller)
MAX_OUTPUT = 20_000_000  # characters a template may write in all: 100 x a 30-article brief's
MAX_ITERATIONS = 5_000_000  # range() items and loop steps per render (a brief needs thousands)
MAX_SECONDS = 30.0  # wall-clock seconds a render may take (the built-ins take milliseconds)
MAX_POWER_BITS = 4096  # the largest integer `**` or `*` may compute
_CLOCK_EVERY = 1024  # loop steps between two looks at the clock
_FIELD_WIDTH = re.compile(r"%[-#0 +]*(\*|\d+)|\{[^{}]*:[^{}\d]*(\d+)")  # '%9s', '{:>9}'
_PADDING_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


def _too_big(what: str) -> SecurityError:
    return SecurityError(f"template exceeds a resource limit: {what}")


def _check_size(what: str, value: Any) -> Any:
    """`value` itself, unless it is a string or sequence longer than MAX_VALUE."""
    if isinstance(value, str | list | tuple | dict) and len(value) > MAX_VALUE:
        raise _too_big(f"{what} built {len(value)} items (at most {MAX_VALUE})")
    return value


class BoundedNamespace(Namespace):
    """`namespace()` whose attributes may not grow past MAX_VALUE."""

    def __setitem__(self, name: str, value: Any) -> None:
        if isinstance(value, str | list | tuple | dict) and len(value) > MAX_VALUE:
            raise _too_big(f"namespace value {name!r} has more than {MAX_VALUE} items")
        super().__setitem__(name, value)


class BoundedCodeGenerator(CodeGenerator):
    """Compiles every `for` loop to iterate through `environment.bounded_iter`, every `~` to
    pass its result through `environment.bounded_concat`, and every piece of output (also
    into a macro's or `{% set %}` block's buffer) through `environment.bounded_output`."""

    def _output_const_repr(self, group: Iterable[Any]) -> str:
        return f"environment.bounded_output({super()._output_const_repr(group)})"

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        self.write("environment.bounded_output(")
        super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        super()._output_child_post(node, frame, finalize)
        self.write(")")

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        if not node.recursive:  # a recursive loop's own calls go through `call`
            counter = nodes.EnvironmentAttribute("bounded_iter", lineno=node.lineno)
            node.iter = nodes.Call(counter, [node.iter], [], None, None, lineno=node.lineno)
        super().visit_For(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.bounded_concat(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox with size checks on `*`, `**`, `%`, `+`, `~`, growing filters and
    string methods, and with iteration and time budgets."""

    code_generator_class = BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.iterations = self.written = 0
        self.deadline = math.inf
        self.globals.pop("lipsum", None)  # lipsum(n=10**9) would allocate without bound
        self.globals["range"] = self._range
        self.globals["namespace"] = BoundedNamespace
        for name, function in list(self.filters.items()):
            self.filters[name] = _bounded(function, name)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self.check_clock()
        if operator == "*":
            _check_repeat(left, right)
        elif operator == "**" and isinstance(left, int) and isinstance(right, int):
            if abs(left) > 1 and right * math.log2(abs(left)) > MAX_POWER_BITS:
                raise _too_big(f"'**' would compute a number of {right} digits or more")
        elif operator == "%" and isinstance(left, str) and _wide(left):
            raise _too_big("'%' with a field width this large")
        return _check_size(f"'{operator}'", super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Calls from templates: the clock, string methods that could build a huge string
        (checked before they run), and the size of the result."""
        __self.check_clock()
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            _check_string_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        return _check_size(f"'{getattr(__obj, '__name__', 'call')}'", result)

    def wrap_str_format(self, value: Any) -> Any:
        """`str.format` as Jinja2 sandboxes it, refused for huge field widths."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        if _wide(value.__self__):
            raise _too_big("'format' with a field width this large")

        def checked(*args: Any, **kwargs: Any) -> str:
            if any(_huge_int(v) for v in [*args, *kwargs.values()]):
                raise _too_big(f"'format' with an argument over {MAX_VALUE}")
            return wrapped(*args, **kwargs)

        return checked

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.check_clock()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.check_clock()
        return super().getitem(obj, argument)

    def bounded_iter(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """Iterate, counting every step against MAX_ITERATIONS and looking at the clock."""
        for item in iterable:
            self.iterations += 1
            if self.iterations % _CLOCK_EVERY == 0:
                self.check_clock()
                if self.iterations > MAX_ITERATIONS:
                    raise _too_big(f"loops ran past {MAX_ITERATIONS} iterations")
            yield item

    def bounded_output(self, text: str) -> str:
        """A piece of output, counted against MAX_OUTPUT characters written in all."""
        self.written += len(text)
        if self.written > MAX_OUTPUT:
            raise _too_big(f"output passed {MAX_OUTPUT} characters")
        self.check_clock()
        return text

    def bounded_concat(self, value: str) -> str:
        """The result of `~`, if it is not too long."""
        self.check_clock()
        return _check_size("'~'", value)  # type: ignore[no-any-return]

    def check_clock(self) -> None:
        """Stop the render once it has taken MAX_SECONDS."""
        if time.monotonic() > self.deadline:
            raise _too_big(f"rendering took more than {MAX_SECONDS:g} seconds")

    def _range(self, *args: int) -> Iterable[int]:
        numbers = range(*args)
        self.iterations += len(numbers)
        if self.iterations > MAX_ITERATIONS:
            raise _too_big(f"loops ran past {MAX_ITERATIONS} iterations")
        return numbers

    def render_bounded(self, template_name: str, **variables: Any) -> str:
        """Render within the budgets: stopped as soon as the output written (in all, buffers
        included) passes MAX_OUTPUT characters or the render passes MAX_SECONDS."""
        self.iterations = self.written = 0
        self.deadline = time.monotonic() + MAX_SECONDS
        try:
            return "".join(self.get_template(template_name).generate(**variables))
        finally:
            self.deadline = math.inf


def _check_repeat(left: Any, right: Any) -> None:
    """Refuse `sequence * count` and `int * int` results that would be too large."""
    for sequence, count in ((left, right), (right, left)):
        sized = isinstance(sequence, str | list | tuple) and isinstance(count, int)
        if sized and len(sequence) * count > MAX_VALUE:
            raise _too_big(f"'*' would build {len(sequence) * count} items")
    both_int = isinstance(left, int) and isinstance(right, int)
    if both_int and abs(left).bit_length() + abs(right).bit_length() > MAX_POWER_BITS:
        raise _too_big("'*' would compute a number this large")


def _check_string_method(
    text: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """Refuse `str.join`, `str.replace`, padding and `str.format` calls whose result would
    pass MAX_VALUE characters, before they run."""
    values = list(args) + list(kwargs.values())
    if name == "join" and args:
        _check_join(list(args[0]), text)
    elif name == "replace" and len(args) >= 2:
        old, new = str(args[0]), str(args[1])
        count = text.count(old) if old else len(text) + 1
        if len(text) + count * len(new) > MAX_VALUE:
            raise _too_big("'replace' would build a string that large")
    elif name in _PADDING_METHODS and any(_huge_int(v) for v in values):
        raise _too_big(f"'{name}' with an argument over {MAX_VALUE}")


def _wide(text: str) -> bool:
    """Whether a `%` or `format` string's field widths (or a `*` width) add up past
    MAX_VALUE characters."""
    widths = [a or b for a, b in _FIELD_WIDTH.findall(text)]
    return "*" in widths or sum(int(width) for width in widths) > MAX_VALUE


def _huge_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > MAX_VALUE


def _bounded(function: Any, name: str) -> Any:
    """Wrap a filter so that no numeric argument (a width, count or length) is huge, a
    `join` or `indent` is sized before it runs, and no result passes MAX_VALUE."""

    def guarded(*args: Any, **kwargs: Any) -> Any:
        values = list(args) + list(kwargs.values())
        if any(_huge_int(v) for v in values):
            raise _too_big(f"'{name}' with an argument over {MAX_VALUE}")
        if any(isinstance(v, str) and _wide(v) for v in values if name == "format"):
            raise _too_big("'format' with a field width this large")
        if name == "replace" and len(args) >= 4:  # (eval context, text, old, new[, count])
            text, old, new = map(str, args[1:4])
            if old and text.count(old) * max(len(new), 1) > MAX_VALUE:
                raise _too_big("'replace' would build a string that large")
        if name == "join" and len(args) >= 2 and "attribute" not in kwargs:
            items = list(args[1])  # (eval context, items[, separator])
            _check_join(items, str(args[2] if len(args) > 2 else kwargs.get("d", "")))
            args = (args[0], items, *args[2:])
        if name == "indent" and args:  # (text[, width])
            _check_indent(str(args[0]), args[1] if len(args) > 1 else kwargs.get("width", 4))
        return _check_size(f"'{name}'", function(*args, **kwargs))

    if hasattr(function, "jinja_pass_arg"):  # keep Jinja2's context/environment marker
        guarded.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
    return guarded


def _check_indent(text: str, width: Any) -> None:
    pad = width if isinstance(width, int) else len(str(width))
    if len(text) + pad * (text.count("\n") + 1) > MAX_VALUE:
        raise _too_big("'indent' would build a string that large")


def _check_join(items: list[Any], separator: str) -> None:
    size = sum(len(str(item)) for item in items) + len(separator) * max(len(items) - 1, 0)
    if size > MAX_VALUE:
        raise _too_big(f"'join' would build {size} characters")
