"""The messages of ``core`` and ``services`` in the interface language.

Those layers do not import Qt and write their messages in English (``raise
InvalidInput(f"{label} is in the future; check the date.")``). This module

1. **extracts** every message *template* from their source with :mod:`ast` (the
   f-string becomes ``"%1 is in the future; check the date."``), with the
   labels and phrases that fill the placeholders, into the catalogue
   ``resources/i18n/caseapp_core_<lang>.ts`` (context ``core``)::

       python -m caseapp.gui.core_messages --update-ts resources/i18n/caseapp_core_es.ts

2. **translates** at run time: :func:`translate_message` finds the template
   that matches the whole text, looks it up with
   ``QCoreApplication.translate("core", template)`` and puts the values back,
   themselves translated when they are a label, another message or a
   vocabulary's list of choices.

The extractor reads, in ``caseapp/core`` and ``caseapp/services``:

- the message (first argument or ``message=``) of ``raise Name(...)``,
  ``raise mod.Name(...)``, ``raise self.error(...)``, and of every call of an
  exception class defined there (``return InvalidPhone("...")``,
  ``too_large = InvalidClientJson(...)``); builtin exceptions (``ValueError``,
  ``KeyError``...) are programming errors the GUI shows as "something
  unexpected", and are left out;
- string constants, f-strings, ``+`` and implicit concatenation; ``a if c else
  b`` and ``a or b`` give one template per branch ("Wait %1 second" and "Wait %1
  seconds");
- names bound to such strings: module constants (also imported from another
  scanned module, ``raise NotFound(NOT_IN_FILE)``), local variables, and
  parameters, which stand for what every call passes
  (``_not_before(a, b, "The release date is before the detention date.")``);
- ``default_message`` in class bodies, ``Class.default_message`` and
  ``self.default_message`` (through the class hierarchy), the string an
  exception's ``__init__`` gives ``super().__init__``, and the default and the
  call sites of an exception's own ``message`` parameter;
- the strings returned by a property (``Vocabulary.invalid_message``) or a
  module function (``problem = _itin_problem(digits)``) whose result is the
  whole message, and the sentences a helper called inside a message returns
  (``_hint(region)`` in phones.py);
- labels: the strings passed for a parameter that fills a placeholder
  (``clean_line(value, "The city")``), parameter defaults (``parse_amount``'s
  "The amount"), the names given to ``Vocabulary(...)``; JSON paths and keys
  (parameters ``path``, ``key``) and code-like words (``48_states_dc``) are
  not labels.

It cannot read, and leaves in English inside a translated message: words a
helper computes (the record kinds of intake_json and client_file, "notes" and
"cases" looped over in demo.py, an exception's ``str()`` from a library), and
strings built by ``.format()``, ``%``, ``join`` or in loops. A message it
cannot read at all is listed by the command.

At run time, three things core builds from English words are put into Spanish
directly: the "a US" / "an Ecuador" phones.py writes before "number", an
ordinal ("2nd") from codes.py, and a vocabulary's list of choices ("Open,
Pending or Closed", from the Spanish labels every term carries).
"""

from __future__ import annotations

import argparse
import ast
import builtins
import itertools
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication

from caseapp.core.case_codes import Vocabulary
from caseapp.gui import i18n

CONTEXT: Final = "core"
# Packages under caseapp/ whose messages are collected.
SCANNED: Final = ("core", "services", "storage", "crypto", "reports")
LABEL_COMMENT: Final = "A field name or phrase put into other messages in place of %1, %2…"

_Def = TypeVar("_Def", ast.ClassDef, ast.FunctionDef)
_PACKAGE_DIR: Final = Path(__file__).resolve().parents[1]  # caseapp/
_MAX_VARIANTS: Final = 16  # a ternary expands a template; past this, a placeholder instead
_MAX_DEPTH: Final = 6  # names, calls and parameters followed from one message
_PLACEHOLDER: Final = re.compile(r"%(\d+)")
# A helper's phrase ("Include the country code... not %1 number.") is a template from
# this many words; shorter ones ("a %1", "%1 or %2") are grammar, not sentences.
_MIN_PHRASE_WORDS: Final = 3
_CODE_PARAMETERS: Final = frozenset({"path", "key"})  # their values are never translated
# Builtin exceptions: programming errors, shown by the GUI as "something unexpected".
_BUILTIN_EXCEPTIONS: Final = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)


# --- the extractor -----------------------------------------------------------------------------


class _Hole:
    """A placeholder in a template being built (numbered %1, %2... at the end)."""

    __slots__ = ()


_HOLE: Final = _Hole()
_Part = str | _Hole
_Variant = tuple[_Part, ...]
_Func = ast.FunctionDef | ast.AsyncFunctionDef
_Key = tuple[str, str, str]  # (module, function or Class.method, parameter)
_Where = tuple[str, int]  # (path relative to the repository, line)


@dataclass(frozen=True, slots=True)
class Template:
    """One catalogue entry: the English source and where it comes from."""

    text: str
    locations: tuple[_Where, ...]
    label: bool  # only ever a value put into other messages, never a message itself


@dataclass(slots=True)
class _Module:
    name: str  # caseapp.core.records
    rel: str  # caseapp/core/records.py
    tree: ast.Module
    constants: dict[str, list[ast.expr]] = field(default_factory=dict)
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    imported: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (module, name)
    aliases: dict[str, str] = field(default_factory=dict)  # local name -> module it names


@dataclass(frozen=True, slots=True)
class _Scope:
    module: _Module
    function: _Func | None = None
    cls: ast.ClassDef | None = None


def _params(func: _Func) -> list[str]:
    args = func.args
    return [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]


def _positional(func: _Func) -> list[str]:
    return [a.arg for a in (*func.args.posonlyargs, *func.args.args)]


def _default(func: _Func, param: str) -> ast.expr | None:
    args = func.args
    positional = _positional(func)
    if param in positional:
        index = positional.index(param) - (len(positional) - len(args.defaults))
        return args.defaults[index] if index >= 0 else None
    for arg, value in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if arg.arg == param:
            return value
    return None


def _own_nodes(func: _Func) -> Iterator[ast.AST]:
    """The nodes of a function's body, not of the functions and classes nested in it."""
    stack: list[ast.AST] = list(func.body)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(
            child
            for child in ast.iter_child_nodes(node)
            if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        )


def _returns(func: _Func) -> list[ast.expr]:
    return [n.value for n in _own_nodes(func) if isinstance(n, ast.Return) and n.value]


def _assigned(nodes: Iterable[ast.AST], name: str) -> list[ast.expr]:
    """The values assigned to ``name`` (``=``, annotated, ``:=``) among ``nodes``."""
    found: list[ast.expr] = []
    for node in nodes:
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                found.append(node.value)
        elif isinstance(node, ast.AnnAssign | ast.NamedExpr):
            target = node.target
            if isinstance(target, ast.Name) and target.id == name and node.value is not None:
                found.append(node.value)
    return found


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _where(module: _Module, node: ast.AST) -> _Where:
    return module.rel, getattr(node, "lineno", 0)


def _product(choices: Sequence[Sequence[_Variant]]) -> list[_Variant]:
    count = 1
    for options in choices:
        count *= len(options)
    if count > _MAX_VARIANTS:  # too many combinations: the ternaries become placeholders
        choices = [options if len(options) == 1 else [(_HOLE,)] for options in choices]
    combos = itertools.product(*choices)
    return list(dict.fromkeys(tuple(itertools.chain.from_iterable(c)) for c in combos))


def _normalised(variant: _Variant) -> tuple[str, int]:
    """The template text (%1, %2...) and its number of placeholders."""
    out: list[str] = []
    count = 0
    previous_hole = False
    for part in variant:
        if isinstance(part, _Hole):
            if not previous_hole:  # two values side by side cannot be told apart: one
                count += 1
                out.append(f"%{count}")
            previous_hole = True
        elif part:
            out.append(part)
            previous_hole = False
    return "".join(out), count


def _passes_through(expr: ast.expr) -> bool:
    """``None`` (no message: the default), ``str(exc)`` (another message, matched itself)."""
    if isinstance(expr, ast.Constant):
        return expr.value is None
    return isinstance(expr, ast.Call) and _callee(expr) == "str"


def _code_like(text: str) -> bool:
    """A field key, a JSON path or a format picture: put into messages as it is."""
    return " " not in text and ("_" in text or "." in text or not any(ch.islower() for ch in text))


class _Extractor:
    def __init__(self, package_dir: Path, packages: Sequence[str]) -> None:
        self.modules: dict[str, _Module] = {}
        for package in packages:
            for path in sorted((package_dir / package).rglob("*.py")):
                rel = path.relative_to(package_dir.parent).as_posix()
                name = rel.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
                tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
                self.modules[name] = self._index(name, tree, rel)
        self._exceptions = self._exception_classes()
        self._methods: dict[str, list[tuple[_Module, ast.ClassDef, ast.FunctionDef]]] = {}
        for module in self.modules.values():
            for cls in module.classes.values():
                for item in cls.body:
                    if isinstance(item, ast.FunctionDef):
                        self._methods.setdefault(item.name, []).append((module, cls, item))
        self._calls: dict[str, list[tuple[ast.Call, _Scope]]] = {}
        for node, scope in self._walk(ast.Call):
            assert isinstance(node, ast.Call)
            self._calls.setdefault(_callee(node), []).append((node, scope))
        self._flows: dict[_Key, list[tuple[ast.expr, _Scope]]] = {}
        self._label_requests: list[_Key] = []
        self._phrases: list[tuple[ast.expr, _Scope]] = []
        self.messages: dict[str, list[_Where]] = {}
        self.labels: dict[str, list[_Where]] = {}
        self.unresolved: list[_Where] = []

    # -- indexing -------------------------------------------------------------------------------

    @staticmethod
    def _index(name: str, tree: ast.Module, rel: str) -> _Module:
        module = _Module(name, rel, tree)
        package = name.rsplit(".", 1)[0]
        # Imports anywhere, also inside functions (``from caseapp.core import codes``
        # where loading it is costly): a name means the same in the whole module.
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module is not None:
                source = node.module if node.level == 0 else f"{package}.{node.module}"
                for alias in node.names:
                    local = alias.asname or alias.name
                    module.imported[local] = (source, alias.name)
                    module.aliases[local] = f"{source}.{alias.name}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        module.aliases[alias.asname] = alias.name
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                module.functions[node.name] = node
            elif isinstance(node, ast.ClassDef):
                module.classes[node.name] = node
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        module.constants.setdefault(target.id, []).append(node.value)
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.value is not None
            ):
                module.constants.setdefault(node.target.id, []).append(node.value)
        return module

    def _walk(self, kind: type[ast.AST]) -> Iterator[tuple[ast.AST, _Scope]]:
        """Every node of ``kind`` in the scanned modules, with the scope it is in."""
        for module in self.modules.values():
            yield from self._walk_in(module.tree.body, _Scope(module), kind)

    def _walk_in(
        self, nodes: Iterable[ast.AST], scope: _Scope, kind: type[ast.AST]
    ) -> Iterator[tuple[ast.AST, _Scope]]:
        for node in nodes:
            inner = scope
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = _Scope(scope.module, node, scope.cls)
            elif isinstance(node, ast.ClassDef):
                inner = _Scope(scope.module, None, node)
            if isinstance(node, kind):
                yield node, scope
            yield from self._walk_in(ast.iter_child_nodes(node), inner, kind)

    def _class(self, module: _Module, node: ast.expr) -> tuple[_Module, ast.ClassDef] | None:
        """The class defined in a scanned module that ``node`` names, if any."""
        return self._resolve(module, node, lambda m: m.classes)

    def _function(self, module: _Module, node: ast.expr) -> tuple[_Module, ast.FunctionDef] | None:
        """The module-level function of a scanned module that ``node`` names, if any."""
        return self._resolve(module, node, lambda m: m.functions)

    def _resolve(
        self, module: _Module, node: ast.expr, table: Callable[[_Module], dict[str, _Def]]
    ) -> tuple[_Module, _Def] | None:
        """What ``node`` (a name, or module.name) refers to in ``table`` of a scanned
        module: defined there, reached through a module alias, or imported by name."""
        name = ""
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            other = self.modules.get(module.aliases.get(node.value.id, ""))
            if other is None:
                return None
            module, name = other, node.attr
        if name in table(module):
            return module, table(module)[name]
        source, original = module.imported.get(name, ("", ""))
        other = self.modules.get(source)
        if other is not None and original in table(other):
            return other, table(other)[original]
        return None

    def _mro(self, module: _Module, cls: ast.ClassDef) -> Iterator[tuple[_Module, ast.ClassDef]]:
        seen: set[int] = set()
        queue = [(module, cls)]
        while queue:
            mod, node = queue.pop(0)
            if id(node) not in seen:
                seen.add(id(node))
                yield mod, node
                queue.extend(f for base in node.bases if (f := self._class(mod, base)) is not None)

    def _exception_classes(self) -> set[int]:
        """ids of the classes that derive from an exception (builtin or defined here)."""
        known: set[int] = set()
        changed = True
        while changed:
            changed = False
            for module in self.modules.values():
                for cls in module.classes.values():
                    if id(cls) in known:
                        continue
                    for base in cls.bases:
                        found = self._class(module, base)
                        builtin = isinstance(base, ast.Name) and base.id in _BUILTIN_EXCEPTIONS
                        if builtin or (found is not None and id(found[1]) in known):
                            known.add(id(cls))
                            changed = True
                            break
        return known

    def _init(
        self, module: _Module, cls: ast.ClassDef
    ) -> tuple[_Module, ast.ClassDef, _Func] | None:
        """The ``__init__`` the class uses (its own or inherited from a scanned class)."""
        for mod, node in self._mro(module, cls):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    return mod, node, item
        return None

    @staticmethod
    def _key(scope: _Scope, param: str) -> _Key:
        assert scope.function is not None
        name = scope.function.name
        return scope.module.name, f"{scope.cls.name}.{name}" if scope.cls else name, param

    def _find(self, key: _Key) -> tuple[_Func | None, ast.ClassDef | None]:
        module = self.modules[key[0]]
        owner, _, name = key[1].rpartition(".")
        if not owner:
            return module.functions.get(name), None
        cls = module.classes.get(owner)
        for item in cls.body if cls else ():
            if isinstance(item, ast.FunctionDef) and item.name == name:
                return item, cls
        return None, None

    # -- following names, calls and parameters --------------------------------------------------

    def _expand(
        self, expr: ast.expr, scope: _Scope, *, whole: bool
    ) -> list[tuple[ast.expr, _Scope]] | None:
        """What ``expr`` may evaluate to, as other expressions; None if it is not a reference.

        ``whole``: ``expr`` is a whole message, so a parameter stands for what every
        call passes, a function call for what the function returns.
        """
        if isinstance(expr, ast.Name):
            return self._name(expr, scope, whole=whole)
        if isinstance(expr, ast.Attribute):
            if expr.attr == "default_message":
                owner = expr.value
                if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                    found = (scope.module, scope.cls) if scope.cls else None
                else:
                    found = self._class(scope.module, owner)
                return self._default_message(*found) if found else None
            methods = self._methods.get(expr.attr, [])
            if whole and len(methods) == 1:  # a property such as Vocabulary.invalid_message
                mod, cls, func = methods[0]
                if any(isinstance(d, ast.Name) and d.id == "property" for d in func.decorator_list):
                    return [(value, _Scope(mod, func, cls)) for value in _returns(func)]
            return None
        if isinstance(expr, ast.Call):
            target = self._function(scope.module, expr.func)
            if target is not None:
                mod, func = target
                returned = [(value, _Scope(mod, func)) for value in _returns(func)]
                if whole:
                    return returned
                # In a sentence (``f"... {_hint(region)}"``): a placeholder, but the
                # phrase the helper returns is a template of its own.
                self._phrases.extend(returned)
        return None

    def _name(
        self, expr: ast.Name, scope: _Scope, *, whole: bool
    ) -> list[tuple[ast.expr, _Scope]] | None:
        func = scope.function
        if func is not None:
            if expr.id in _params(func):
                key = self._key(scope, expr.id)
                if whole:
                    return self._call_site_args(key)
                self._label_requests.append(key)
                return None
            local = _assigned(_own_nodes(func), expr.id)
            if local:
                return [(value, scope) for value in local]
        module = scope.module
        if expr.id not in module.constants:
            source, original = module.imported.get(expr.id, ("", ""))
            other = self.modules.get(source)
            if other is None or original not in other.constants:
                return None
            return [(value, _Scope(other)) for value in other.constants[original]]
        return [(value, _Scope(module)) for value in module.constants[expr.id]]

    def _default_message(
        self, module: _Module, cls: ast.ClassDef
    ) -> list[tuple[ast.expr, _Scope]] | None:
        for mod, node in self._mro(module, cls):
            values = _assigned(node.body, "default_message")
            if values:
                return [(value, _Scope(mod, None, node)) for value in values]
        return None

    def _call_site_args(self, key: _Key) -> list[tuple[ast.expr, _Scope]]:
        """The expressions passed for a parameter: its default, and at every call."""
        if key in self._flows:
            return self._flows[key]
        self._flows[key] = []  # a recursive function does not loop
        func, cls = self._find(key)
        if func is None:
            return []
        module, param = self.modules[key[0]], key[2]
        found: list[tuple[ast.expr, _Scope]] = []
        default = _default(func, param)
        if default is not None:
            found.append((default, _Scope(module, None, cls)))
        positional = _positional(func)
        method = cls is not None and positional[:1] in (["self"], ["cls"])
        index = positional.index(param) - method if param in positional else -1
        names: list[str] = []
        if cls is not None and func.name == "__init__":  # called as the class (or a subclass)
            names = [cls.name, *self._subclass_names(cls)]
        for name in names or [func.name]:
            for call, scope in self._calls.get(name, []):
                if not self._calls_function(call, scope, module, cls, func):
                    continue
                args = call.args
                if 0 <= index < len(args) and not any(
                    isinstance(a, ast.Starred) for a in args[: index + 1]
                ):
                    found.append((args[index], scope))
                found.extend((kw.value, scope) for kw in call.keywords if kw.arg == param)
        self._flows[key] = found
        return found

    def _subclass_names(self, cls: ast.ClassDef) -> list[str]:
        out: list[str] = []
        for mod in self.modules.values():
            for other in mod.classes.values():
                if other is not cls and any(c is cls for _, c in self._mro(mod, other)):
                    out.append(other.name)
        return out

    def _calls_function(
        self,
        call: ast.Call,
        scope: _Scope,
        module: _Module,
        cls: ast.ClassDef | None,
        func: _Func,
    ) -> bool:
        if cls is None:
            target = self._function(scope.module, call.func)
            return target is not None and target[1] is func
        if func.name == "__init__":  # the class (or a subclass using this __init__) is called
            found = self._class(scope.module, call.func)
            init = self._init(*found) if found else None
            return init is not None and init[2] is func
        if not isinstance(call.func, ast.Attribute):
            return False
        if len(self._methods.get(func.name, [])) == 1:
            return True  # one class has a method of that name: ``x.name(...)`` is it
        receiver = call.func.value
        return isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")

    # -- rendering an expression as template variants -------------------------------------------

    def render(
        self, expr: ast.expr, scope: _Scope, depth: int = 0, *, whole: bool = False
    ) -> list[_Variant] | None:
        """The template variants ``expr`` evaluates to, or None when it is not a string."""
        if depth > _MAX_DEPTH:
            return None
        if isinstance(expr, ast.Constant):
            return [(expr.value,)] if isinstance(expr.value, str) else None
        if isinstance(expr, ast.JoinedStr):
            parts: list[list[_Variant]] = []
            for value in expr.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append([(value.value,)])
                elif isinstance(value, ast.FormattedValue):
                    inner = None
                    if value.conversion == -1 and value.format_spec is None:
                        inner = self.render(value.value, scope, depth + 1)
                    parts.append(inner or [(_HOLE,)])
            return _product(parts)
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            left = self.render(expr.left, scope, depth + 1)
            right = self.render(expr.right, scope, depth + 1)
            if left is None and right is None:
                return None
            return _product([left or [(_HOLE,)], right or [(_HOLE,)]])
        branches: list[ast.expr] = []
        if isinstance(expr, ast.IfExp):
            branches = [expr.body, expr.orelse]
        elif isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or):
            branches = list(expr.values)
        if branches:  # ``a if c else b``, ``path or "The file"``: each its own variant
            rendered = [self.render(b, scope, depth + 1, whole=whole) for b in branches]
            if not any(rendered):
                return None
            variants = [v for r in rendered for v in (r or [(_HOLE,)])]
            return list(dict.fromkeys(variants))[:_MAX_VARIANTS]
        targets = self._expand(expr, scope, whole=whole)
        if not targets:
            return None
        out: list[_Variant] = []
        for target, inner_scope in targets:
            out.extend(self.render(target, inner_scope, depth + 1, whole=whole) or [])
        return list(dict.fromkeys(out))[:_MAX_VARIANTS] or None

    # -- collecting -----------------------------------------------------------------------------

    def run(self) -> list[Template]:
        for node, scope in self._walk(ast.Raise):
            assert isinstance(node, ast.Raise)
            if isinstance(node.exc, ast.Call):
                self._collect_construction(node.exc, scope, raised=True)
        for calls in self._calls.values():
            for call, scope in calls:
                self._collect_construction(call, scope, raised=False)
        for module in self.modules.values():
            for cls in module.classes.values():
                self._collect_class(module, cls)
            for node, scope in self._walk_in(module.tree.body, _Scope(module), ast.Call):
                assert isinstance(node, ast.Call)
                if _callee(node) == "Vocabulary" and node.args:
                    self._collect_label(node.args[0], scope)
        # Following labels and phrases can find more of both: until there are none left.
        seen: set[int] = set()
        done: set[_Key] = set()
        while self._phrases or self._label_requests:
            if self._phrases:
                expr, scope = self._phrases.pop()
                if id(expr) not in seen:
                    seen.add(id(expr))
                    self._collect_phrase(expr, scope)
                continue
            key = self._label_requests.pop()
            # A JSON path or key ("profile", "cases[0].notes") is written as it is.
            if key not in done and key[2] not in _CODE_PARAMETERS:
                done.add(key)
                for expr, scope in self._call_site_args(key):
                    self._collect_label(expr, scope)
        return self._templates()

    def _collect_construction(self, call: ast.Call, scope: _Scope, *, raised: bool) -> None:
        """The message an exception is built with by ``call``, if it builds one."""
        found = self._class(scope.module, call.func)
        if found is None:
            if not raised or _callee(call) in _BUILTIN_EXCEPTIONS:
                return
            if self._function(scope.module, call.func) is not None:
                return  # ``raise _fail(...)``: the exception it builds is collected there
            # ``raise error(...)``, ``raise self.error(...)``: a class held in a variable.
            message = call.args[0] if call.args else None
        else:
            if id(found[1]) not in self._exceptions:
                return
            init = self._init(*found)
            params = _positional(init[2]) if init else ["self", "message"]
            if init is not None and "message" not in _params(init[2]):
                # A custom __init__ (detail, remaining_seconds): it builds the message.
                init_scope = _Scope(init[0], init[2], init[1])
                self._label_requests.extend(self._key(init_scope, p) for p in params[1:])
                return
            message = next((kw.value for kw in call.keywords if kw.arg == "message"), None)
            index = params.index("message") - 1 if "message" in params else -1
            if message is None and 0 <= index < len(call.args):
                message = call.args[index]
        if message is not None:
            self._collect(message, scope)

    def _collect_class(self, module: _Module, cls: ast.ClassDef) -> None:
        for value in _assigned(cls.body, "default_message"):
            self._collect(value, _Scope(module, None, cls))
        if id(cls) not in self._exceptions:
            return
        for init in cls.body:
            if not (isinstance(init, ast.FunctionDef) and init.name == "__init__"):
                continue
            scope = _Scope(module, init, cls)
            default = _default(init, "message")
            if default is not None:
                self._collect(default, _Scope(module, None, cls))
            for node in _own_nodes(init):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__"
                    and isinstance(node.func.value, ast.Call)
                    and _callee(node.func.value) == "super"
                    and node.args
                    # ``message or self.default_message``: the calls of the class say it.
                    and not isinstance(node.args[0], ast.BoolOp | ast.Name)
                ):
                    self._collect(node.args[0], scope)

    def _collect(self, expr: ast.expr, scope: _Scope, depth: int = 0) -> None:
        """Add the templates of a whole message, each where its text is written."""
        if depth > _MAX_DEPTH:
            return
        if isinstance(expr, ast.IfExp):
            targets: list[tuple[ast.expr, _Scope]] | None = [
                (expr.body, scope),
                (expr.orelse, scope),
            ]
        else:
            targets = self._expand(expr, scope, whole=True)
        if targets is not None:
            for target, inner in targets:
                self._collect(target, inner, depth + 1)
            return
        rendered = self.render(expr, scope, depth, whole=True)
        if not rendered and not _passes_through(expr):
            self.unresolved.append(_where(scope.module, expr))
        for variant in rendered or []:
            text, _ = _normalised(variant)
            # A lone value ("%1", ``str(exc)``) is no template: the text is another message.
            if _PLACEHOLDER.sub("", text).strip():
                self.messages.setdefault(text, []).append(_where(scope.module, expr))

    def _collect_phrase(self, expr: ast.expr, scope: _Scope) -> None:
        """What a helper called in the middle of a message returns, if it is a sentence."""
        for variant in self.render(expr, scope) or []:
            text, _ = _normalised(variant)
            if len(_PLACEHOLDER.sub("", text).split()) >= _MIN_PHRASE_WORDS:
                self.messages.setdefault(text, []).append(_where(scope.module, expr))

    def _collect_label(self, expr: ast.expr, scope: _Scope) -> None:
        """Texts passed for a parameter that fills a placeholder: labels and phrases."""
        if isinstance(expr, ast.Name) and scope.function and expr.id in _params(scope.function):
            self._label_requests.append(self._key(scope, expr.id))  # passed on from the caller
            return
        for variant in self.render(expr, scope) or []:
            text, count = _normalised(variant)
            if count:  # a phrase with values of its own: translated like a message
                if _PLACEHOLDER.sub("", text).strip():
                    self.messages.setdefault(text, []).append(_where(scope.module, expr))
            elif text.strip() and not _code_like(text):
                self.labels.setdefault(text, []).append(_where(scope.module, expr))

    def _templates(self) -> list[Template]:
        merged: dict[str, list[_Where]] = {}
        for text, where in [*self.messages.items(), *self.labels.items()]:
            merged.setdefault(text, []).extend(where)
        out = [
            Template(text, tuple(sorted(set(where))), text not in self.messages)
            for text, where in merged.items()
        ]
        return sorted(out, key=lambda t: (t.locations[0], t.text))


def extract(package_dir: Path = _PACKAGE_DIR, packages: Sequence[str] = SCANNED) -> list[Template]:
    """Every message template (and label) of ``caseapp/core`` and ``caseapp/services``."""
    return _Extractor(package_dir, packages).run()


# --- the catalogue (.ts) -----------------------------------------------------------------------


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


@dataclass(frozen=True, slots=True)
class _Kept:
    translation: str
    kind: str | None  # the type attribute: "unfinished", or None when translated
    comment: str | None  # a translator's comment


def read_ts(path: Path) -> dict[str, _Kept]:
    """The messages of context ``core`` in a catalogue: source -> translation."""
    if not path.exists():
        return {}
    # Our own catalogue from the checkout, not untrusted input.
    root = ET.parse(path).getroot()  # noqa: S314
    out: dict[str, _Kept] = {}
    for context in root.iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            kind = None if translation is None else translation.get("type")
            if kind in ("obsolete", "vanished"):
                kind = "unfinished"
            source = message.findtext("source") or ""
            out[source] = _Kept(text, kind, message.findtext("translatorcomment"))
    return out


def write_ts(path: Path, templates: Sequence[Template], language: str) -> tuple[int, int, int]:
    """Write the catalogue; returns (new, kept, dropped) counts."""
    old = read_ts(path)
    base = path.resolve().parent
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}">',
        "<context>",
        f"    <name>{CONTEXT}</name>",
    ]
    new = 0
    for template in templates:
        lines.append("    <message>")
        for rel, line in template.locations:
            where = Path(os.path.relpath(_PACKAGE_DIR.parent / rel, base)).as_posix()
            lines.append(f'        <location filename="{_escape(where)}" line="{line}"/>')
        lines.append(f"        <source>{_escape(template.text)}</source>")
        if template.label:
            lines.append(f"        <extracomment>{_escape(LABEL_COMMENT)}</extracomment>")
        kept = old.get(template.text)
        if kept is None:
            new += 1
            kept = _Kept("", "unfinished", None)
        if kept.comment:
            lines.append(f"        <translatorcomment>{_escape(kept.comment)}</translatorcomment>")
        kind = f' type="{kept.kind}"' if kept.kind else ""
        lines.append(f"        <translation{kind}>{_escape(kept.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    current = {t.text for t in templates}
    return new, len(templates) - new, len(set(old) - current)


def _language_of(path: Path) -> str:
    found = re.search(r"_([a-z]{2,3}(?:_[A-Z]{2})?)\.ts$", path.name)
    return found.group(1) if found else "es"


# --- translating at run time -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pattern:
    template: str
    source: str  # the regular expression, compiled the first time the needle is found
    needle: str  # the longest literal part: a quick test before the regex
    origins: frozenset[str]  # placeholders before " number": where a phone number is from


@dataclass(frozen=True, slots=True)
class _Compiled:
    exact: frozenset[str]  # templates without placeholders: a dictionary look-up
    patterns: tuple[_Pattern, ...]  # the others, in the order they are tried
    # Translated as themselves on purpose ("%1: %2", "profile.%1: %2"): not missing.
    identical: frozenset[str]


_compiled: _Compiled | None = None


def _pattern(template: str) -> _Pattern:
    pieces = _PLACEHOLDER.split(template)  # literal, number, literal, number, ..., literal
    regex: list[str] = []
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            regex.append(re.escape(piece))
        elif f"(?P<p{piece}>" in "".join(regex):
            regex.append(f"(?P=p{piece})")
        else:
            regex.append(f"(?P<p{piece}>.+?)")
    origins = frozenset(
        pieces[i]
        for i in range(1, len(pieces), 2)
        if pieces[i + 1].startswith((" number", " phone number"))
    )
    return _Pattern(template, "".join(regex), max(pieces[0::2], key=len), origins)


_regexes: dict[str, re.Pattern[str]] = {}


def _regex(pattern: _Pattern) -> re.Pattern[str]:
    found = _regexes.get(pattern.source)
    if found is None:
        found = _regexes[pattern.source] = re.compile(pattern.source, re.DOTALL)
    return found


def _order(template: str) -> tuple[bool, int, int]:
    """Fewer placeholders, then more literal text first; "%1: %2" and the like last."""
    literal = _PLACEHOLDER.sub("", template)
    wordless = not any(ch.isalpha() for ch in literal)
    return wordless, len(_PLACEHOLDER.findall(template)), -len(literal)


def _catalogue() -> dict[str, _Kept]:
    """The templates: from the catalogue beside the .qm files, else from the source."""
    folder = i18n.catalogue_dir()
    candidates = [folder / f"caseapp_core_{i18n.current_language()}.ts"]
    candidates += sorted(folder.glob("caseapp_core_*.ts")) if folder.is_dir() else []
    for candidate in candidates:
        try:
            entries = read_ts(candidate)
        except (OSError, ET.ParseError):
            continue
        if entries:
            return entries
    try:
        return {t.text: _Kept("", "unfinished", None) for t in extract()}
    except (OSError, SyntaxError):  # a frozen build carries neither
        return {}


def compiled() -> _Compiled:
    """The templates as regular expressions, built on first use."""
    global _compiled
    if _compiled is None:
        entries = _catalogue()
        exact = frozenset(s for s in entries if not _PLACEHOLDER.search(s))
        rest = sorted(set(entries) - exact, key=lambda s: (_order(s), s))
        identical = frozenset(
            s for s, kept in entries.items() if kept.kind is None and kept.translation == s
        )
        _compiled = _Compiled(exact, tuple(_pattern(s) for s in rest), identical)
    return _compiled


def _lookup(template: str, catalogue: _Compiled) -> str | None:
    translated = QCoreApplication.translate(CONTEXT, template)
    if translated == template and template not in catalogue.identical:
        return None
    return translated


def _translate(text: str, depth: int) -> str | None:
    catalogue = compiled()
    if text in catalogue.exact:
        return _lookup(text, catalogue)
    for pattern in catalogue.patterns:
        if pattern.needle not in text:
            continue
        found = _regex(pattern).fullmatch(text)
        if found is None:
            continue
        translated = _lookup(pattern.template, catalogue)
        if translated is None:
            return None
        values = {
            name: _value(value, depth, origin=name in pattern.origins)
            for name, value in ((n[1:], v) for n, v in found.groupdict().items())
        }
        return _fill(translated, values)
    return None


def _fill(translated: str, values: dict[str, str]) -> str:
    """%1, %2... replaced in one pass (a value that holds "%2" stays as it is)."""

    def value(found: re.Match[str]) -> str:
        text = values.get(found.group(1), found.group(0))
        # "... de EE. UU." before the sentence's own full stop: one stop, not two.
        if text.endswith(".") and translated.startswith(".", found.end()):
            return text[:-1]
        return text

    return _PLACEHOLDER.sub(value, translated)


def _value(value: str, depth: int, *, origin: bool = False) -> str:
    """A value put back into a translated message, itself translated when it can be."""
    core = value.strip()
    if not core or depth >= _MAX_NESTING:
        return value
    start = value.index(core)
    lead, trail = value[:start], value[start + len(core) :]
    translated = _spanish_value(core, origin=origin) if i18n.current_language() == "es" else None
    if translated is None:
        translated = _translate(core, depth + 1)
    return value if translated is None else lead + translated + trail


_MAX_NESTING: Final = 3  # a message inside a message inside a message
_ORDINAL: Final = re.compile(r"([0-9]+)(?:st|nd|rd|th)")
_ARTICLE: Final = re.compile(r"an? ")
_ORIGINS_ES: Final = {"US": "de EE. UU.", "local": "local", "international": "internacional"}


def _spanish_value(text: str, *, origin: bool) -> str | None:
    """Values core builds from English words, said in Spanish.

    ``origin``: the words phones.py puts before "number" ("a US", "an Ecuador",
    "international"); an ordinal ("2nd") from codes.py; a vocabulary's list of
    choices ("Open, Pending or Closed") with its Spanish labels.
    """
    if origin:
        words = _ARTICLE.sub("", text, count=1)
        return _ORIGINS_ES.get(words, f"de {words}")
    ordinal = _ORDINAL.fullmatch(text)
    if ordinal:
        return ordinal.group(1)
    return _vocabulary_choices(text)


def _vocabulary_choices(text: str) -> str | None:
    """A vocabulary's list of choices, as its messages list them, in Spanish."""
    if " or " not in text and "(" not in text:
        return None
    for vocabulary in _vocabularies():
        if vocabulary.choices == text:
            return _spanish_choices(vocabulary)
    return None


def _vocabularies() -> Iterator[Vocabulary]:
    # Every vocabulary of a loaded core module: one that raised a message is loaded.
    for name, module in list(sys.modules.items()):
        if name.startswith("caseapp.core.") and module is not None:
            for value in list(vars(module).values()):
                if isinstance(value, Vocabulary):
                    yield value


def _spanish_choices(vocabulary: Vocabulary) -> str:
    if vocabulary.show == "key":
        items = [t.key for t in vocabulary.terms]
    elif vocabulary.show == "key_label":
        items = [f"{t.key} ({t.label_es})" for t in vocabulary.terms]
    else:
        items = [t.label_es for t in vocabulary.terms]
    if len(items) == 1:
        return items[0]
    last = items[-1]
    # "o" becomes "u" before the sound o: "Abierto u Otro".
    bare = unicodedata.normalize("NFD", last).lower()
    conjunction = "u" if bare.startswith(("o", "ho")) else "o"
    return f"{', '.join(items[:-1])} {conjunction} {last}"


def translate_message(text: str) -> str:
    """``text``, a message of core or services, in the interface language.

    In English, or when no template matches the whole text, or the template is
    not translated yet, ``text`` comes back unchanged.
    """
    if i18n.current_language() == i18n.DEFAULT_LANGUAGE or not text:
        return text
    translated = _translate(text, 0)
    return text if translated is None else translated


# --- the command -------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m caseapp.gui.core_messages",
        description="Refresh the catalogue of core and services messages.",
    )
    parser.add_argument(
        "--update-ts",
        metavar="FILE",
        type=Path,
        required=True,
        help="the catalogue to (re)write, e.g. resources/i18n/caseapp_core_es.ts",
    )
    args = parser.parse_args(argv)
    path: Path = args.update_ts
    extractor = _Extractor(_PACKAGE_DIR, SCANNED)
    templates = extractor.run()
    new, kept, dropped = write_ts(path, templates, _language_of(path))
    print(f"Updating '{path}'...")
    print(f"    Found {len(templates)} source text(s) ({new} new and {kept} already existing)")
    if dropped:
        print(f"    Removed {dropped} obsolete entries")
    for rel, line in sorted(set(extractor.unresolved)):
        print(f"    {rel}:{line}: a message the extractor cannot read", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
