"""The guard in front of every query a user types: `fazhi query`, `fazhi show --query`, the web app.

``check(cypher)`` returns a :class:`Classified` query or raises :class:`QueryRefused` with a one-line
message. It reads the text the way the engine's lexer does (Ladybug 0.22, the Kùzu grammar): comments
``//`` and ``/* */``, strings in ' and " with their backslash escapes, names in backticks, parameters,
and the engine's Unicode spaces, dashes and arrow heads. Anything that lexer would read differently, or
that this one cannot be sure of (an unterminated string or comment, an escape the engine does not know,
a character it has no token for, a ``/*`` comment that the engine ends at a later ``*/`` than other
readers do, as in ``/* **/``) is refused rather than guessed at: a query whose words hide in a comment
for one reader and not for the other is the attack this module exists for.

What is allowed:

* one statement (a trailing ``;`` is fine; a second statement is refused, not run);
* it begins with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CALL, so it is a query: DDL, COPY,
  ATTACH, USE, transactions, settings (``CALL timeout=0``) and EXPLAIN are other kinds of statement;
* no keyword that begins an updating or file clause (CREATE, MERGE, SET, DELETE, DETACH, LOAD, ...:
  graph/data/query_words.tsv) where it stands as a keyword. The same word as a name is fine: in
  backticks, as a map key (``{set: 1}``), a property (``n.delete``), an alias (``AS set``);
* functions from an allow-list only (pure functions; no files, sequences or seeds), and CALL only of
  the catalogue's table functions (show_tables, table_info, ...);
* at most MAX_CHARS characters, MAX_DEPTH levels of brackets and CASE, MAX_CASE_DEPTH of CASE: the
  engine's parser crashes (exit 139) on a few thousand nested brackets, and takes minutes over 30
  nested CASE expressions, before any time limit applies; no literal range() bound above
  MAX_RANGE_LITERAL (the list is built in memory at once, past the time limit).

On Neo4j (dialect="neo4j") the same reading and keyword rules apply, with Neo4j's own function names
and CALL of db.labels() and the like; nothing is rewritten there.

What is changed: a regular expression applied to a value that is not a string crashes Ladybug 0.22
(``WHERE r.year =~ '20.*'``, ``regexp_full_match(r.year, …)``: exit 139, no message). In the
grammar ``=~`` binds tighter than any other operator: its left side is an atom with property lookups
(a unary minus aside, which then applies to a string and fails cleanly) and its right side an atom
with property lookups, so each side can be found exactly from the tokens and is wrapped in
``CAST(… AS STRING)``; so are the string arguments of the regexp_* functions and of a few others
(string_args in the word list). On a string the cast changes nothing; on a number it matches the
number's text, which is what the user meant.

What else is refused because it crashes or hangs the engine (found by running every allowed function
and operator on arguments of every type, NULL and empty lists included): a NULL literal where the
engine cannot give it a type (``WITH NULL AS n RETURN id(n)``: exit 139; see _null), a parameter
whose value is None (check_params), the factorial operator ``!``, and the functions left out of the
allow-list (repeat, lpad, rpad, cost, factorial, to_microseconds).

The guard does not make the engine read-only by itself: user queries also run on a connection opened
read-only (Store.read_query), with a time limit and a row cap.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .interface import DIALECT_HINTS, ReadOnlyError

WORDS_FILE = Path(__file__).resolve().parent / "data" / "query_words.tsv"
MAX_CHARS = 20_000
MAX_DEPTH = 40
# the engine takes exponential time over nested CASE: 16 levels 0.1 s, 20 levels 1 s, 30 levels minutes
MAX_CASE_DEPTH = 10
# range() builds its whole list at once, past the time limit: range(1, 300000000) holds 4 GB for 10 s.
# A literal bound above this is refused; a computed one is not seen (the time limit stops what follows)
MAX_RANGE_LITERAL = 10_000_000

# The engine's whitespace (Cypher.g4 WHITESPACE), exactly: a character Python calls a space but the
# engine does not (U+0085, U+200B) is no separator there, so it is refused like any unknown character.
_SPACES = frozenset("\t\n\x0b\x0c\r \x1c\x1d\x1e\x1f\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005"
                    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# the engine reads these as '-', '<' and '>' in patterns
_DASHES = frozenset("\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_LEFT_HEADS = frozenset("\u27e8\u3008\ufe64\uff1c")
_RIGHT_HEADS = frozenset("\u27e9\u3009\ufe65\uff1e")
_PUNCT2 = ("=~", "<>", "<=", ">=", "!=", "..", "<<", ">>")
_PUNCT1 = frozenset("();,=[]{}:|.<>&+%^*/-!")
_HEX = frozenset("0123456789abcdefABCDEF")
_OPEN = {"(": ")", "[": "]", "{": "}"}
_NUMBER = re.compile(r"[0-9]*(?:\.[0-9]+)?(?:[eE]-?[0-9]+)?")
# keywords that may stand right before "(" as the name of a call, not as a clause word
_CALL_LIKE = frozenset({"CAST", "COUNT", "EXISTS", "ANY", "NONE", "SINGLE", "ALL"})
# keywords that begin a clause, for Classified.clauses
_CLAUSES = frozenset({"MATCH", "UNWIND", "WITH", "RETURN", "WHERE", "ORDER", "SKIP", "LIMIT", "UNION", "CALL", "YIELD"})


class QueryRefused(ReadOnlyError):
    """A user query the guard will not run; the message is one line and says why."""


@dataclass(frozen=True)
class Token:
    kind: str  # word | name (in backticks) | string | number | param | punct
    text: str  # for punct the engine's reading (an en dash is "-"); for a name its text without backticks
    start: int
    end: int

    @property
    def key(self) -> str | None:
        """The keyword this word is to the engine: keywords are ASCII, matched without case."""
        if self.kind == "word" and self.text.isascii():
            return self.text.upper()
        return None

    def is_punct(self, *texts: str) -> bool:
        return self.kind == "punct" and self.text in texts


@dataclass(frozen=True)
class Classified:
    cypher: str  # the text to run: the user's, with regular-expression operands cast to STRING
    original: str
    clauses: tuple[str, ...]  # keywords that begin clauses, in order (MATCH, WHERE, RETURN, ...)
    functions: tuple[str, ...]  # functions called, lower case, sorted
    rewritten: bool = False
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Words:
    start: frozenset
    keyword: frozenset
    refused: dict  # keyword -> role
    function: frozenset
    string_args: dict  # function -> argument positions to cast to STRING
    table_function: frozenset
    file_function: frozenset
    neo4j_function: frozenset
    neo4j_procedure: frozenset


@lru_cache(maxsize=1)
def words() -> _Words:
    lists: dict[str, list[str]] = {}
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        role, word = line.split("\t", 1)
        lists.setdefault(role, []).append(word.strip())
    string_args = {}
    for item in lists.get("string_args", []):
        name, _, args = item.partition(":")
        string_args[name.lower()] = tuple(int(a) for a in args.split(","))
    refused = {w.upper(): role for role in ("write", "file", "transaction", "schema", "other")
               for w in lists.get(role, [])}
    return _Words(
        start=frozenset(w.upper() for w in lists["start"]),
        keyword=frozenset(w.upper() for w in lists["keyword"]),
        refused=refused,
        function=frozenset(w.lower() for w in lists["function"]),
        string_args=string_args,
        table_function=frozenset(w.lower() for w in lists["table_function"]),
        file_function=frozenset(w.lower() for w in lists["file_function"]),
        neo4j_function=frozenset(w.lower() for w in lists.get("neo4j_function", [])),
        neo4j_procedure=frozenset(w.lower() for w in lists.get("neo4j_procedure", [])),
    )


# -- reading the text as the engine does ----------------------------------------------------------------
def _is_word_start(c: str) -> bool:
    return c.isidentifier() or unicodedata.category(c) == "Pc"


def _is_word_part(c: str) -> bool:
    return ("a" + c).isidentifier() or unicodedata.category(c) in ("Pc", "Sc")


def _where(text: str, i: int) -> str:
    return f"at character {i + 1}"


def tokenize(text: str) -> list[Token]:
    """The tokens of `text` as the engine's lexer makes them; comments and spaces are dropped."""
    out: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if c in _SPACES:
            i += 1
        elif c == "/" and nxt == "*":
            # the engine's rule is '/*' ( ~'*' | '*' ~'/' )* '*/': a '*' always takes the character after
            # it, so "**/" does not close a comment ("/* **/" runs on to a later "*/", or to the end)
            j = i + 2
            while True:
                if j >= n or (text[j] == "*" and j + 1 >= n):
                    raise QueryRefused(f"unterminated /* comment {_where(text, i)}")
                if text[j] != "*":
                    j += 1
                elif text[j + 1] == "/":
                    j += 2
                    break
                else:
                    j += 2
            # a reader that ends comments at the first "*/" (Neo4j, most people) must see the same comment
            if text.find("*/", i + 2) + 2 != j:
                raise QueryRefused(f"a /* comment {_where(text, i)} ends differently for different readers "
                                   "(\"**/\"); write it without a star before the closing */")
            i = j
        elif c == "/" and nxt == "/":
            # '//' ~[\r\n]* '\r'? ('\n' | EOF): a lone carriage return does not end it, the engine then
            # reads the comment as code
            j = i + 2
            while j < n and text[j] not in "\r\n":
                j += 1
            if j < n and text[j] == "\r":
                if j + 1 < n and text[j + 1] != "\n":
                    raise QueryRefused(f"a // comment ends in a lone carriage return {_where(text, j)}")
                j += 1
            i = j + 1 if j < n else j
        elif c in "'\"":
            j = i + 1
            while True:
                if j >= n:
                    raise QueryRefused(f"unterminated string {_where(text, i)}")
                ch = text[j]
                if ch == c:
                    break
                if ch == "\\":
                    j = _escape(text, j)
                else:
                    j += 1
            out.append(Token("string", text[i + 1:j], i, j + 1))
            i = j + 1
        elif c == "`":
            j, parts = i, []
            while j < n and text[j] == "`":  # ``a``b`` is one name, a`b
                k = text.find("`", j + 1)
                if k < 0:
                    raise QueryRefused(f"unterminated `name` {_where(text, j)}")
                parts.append(text[j + 1:k])
                j = k + 1
            out.append(Token("name", "`".join(parts), i, j))
            i = j
        elif c == "$":
            j = i + 1
            if j < n and "0" <= text[j] <= "9":
                while j < n and "0" <= text[j] <= "9":
                    j += 1
            elif j < n and _is_word_start(text[j]):
                j += 1
                while j < n and _is_word_part(text[j]):
                    j += 1
            else:
                raise QueryRefused(f"'$' without a parameter name {_where(text, i)}")
            out.append(Token("param", text[i + 1:j], i, j))
            i = j
        elif "0" <= c <= "9" or (c == "." and "0" <= nxt <= "9"):
            j = max(_NUMBER.match(text, i).end(), i + 1)
            out.append(Token("number", text[i:j], i, j))
            i = j
        elif _is_word_start(c):
            j = i + 1
            while j < n and _is_word_part(text[j]):
                j += 1
            out.append(Token("word", text[i:j], i, j))
            i = j
        elif text[i:i + 2] in _PUNCT2:
            out.append(Token("punct", text[i:i + 2], i, i + 2))
            i += 2
        elif c in _PUNCT1 or c in _DASHES or c in _LEFT_HEADS or c in _RIGHT_HEADS:
            norm = "-" if c in _DASHES else "<" if c in _LEFT_HEADS else ">" if c in _RIGHT_HEADS else c
            out.append(Token("punct", norm, i, i + 1))
            i += 1
        else:
            raise QueryRefused(f"character U+{ord(c):04X} {_where(text, i)} is not allowed outside strings, "
                               "names in backticks and comments")
    return out


def _escape(text: str, j: int) -> int:
    """Past the backslash escape at j, as the engine reads escapes; an escape it does not read is refused,
    since the engine would then not read the string as a string at all."""
    e = text[j + 1] if j + 1 < len(text) else ""
    if e and e in "\\'\"bBfFnNrRtT":
        return j + 2
    if e in ("x", "X") and all(ch in _HEX for ch in text[j + 2:j + 4]) and len(text[j + 2:j + 4]) == 2:
        return j + 4
    if e in ("u", "U") and len(text[j + 2:j + 6]) == 4 and all(ch in _HEX for ch in text[j + 2:j + 6]):
        eight = text[j + 2:j + 10]
        return j + 10 if len(eight) == 8 and all(ch in _HEX for ch in eight) else j + 6
    raise QueryRefused(f"a backslash escape the engine does not read ({text[j:j + 2]!r}) {_where(text, j)}")


# -- classifying ---------------------------------------------------------------------------------------
_WHY = {
    "write": "queries are read-only here ({kw} found); change the graph with `fazhi load` and `fazhi forget`",
    "file": "queries are read-only here and cannot touch files or other databases ({kw} found); documents go into "
            "the graph with `fazhi load`",
    "transaction": "queries are read-only here and run in their own transaction ({kw} found)",
    "schema": "queries are read-only here ({kw} found: it changes the schema or its statistics)",
    "other": "{kw} is not available here; send the query itself",
}


def _refuse_keyword(key: str, role: str, as_name_hint: bool) -> QueryRefused:
    msg = _WHY[role].format(kw=key)
    if as_name_hint:
        msg += f"; a name spelled {key.lower()} goes in backticks: `{key.lower()}`"
    return QueryRefused(msg)


def _hints(cypher: str) -> str:
    hints = [h for rx, h in DIALECT_HINTS if rx.search(cypher)]
    return ("; hint: the embedded engine speaks Kùzu-style Cypher: " + "; ".join(hints)) if hints else ""


def check(cypher: str, dialect: str = "ladybug", *, strict: bool = True) -> Classified:
    """Classify a user's query; raise QueryRefused (one line) unless it only reads the graph.

    `dialect` is the store's ("ladybug" or "neo4j": its functions and procedures; the regular-expression
    casts are for Ladybug only). `strict=False` is for the project's own queries (Store.query): the
    statement and keyword checks only, no function or CALL lists and no rewriting.
    """
    if not isinstance(cypher, str) or not cypher.strip():
        raise QueryRefused("empty query")
    if len(cypher) > MAX_CHARS:
        raise QueryRefused(f"query too long ({len(cypher)} characters; at most {MAX_CHARS})")
    w = words()
    tokens = tokenize(cypher)
    statements: list[list[Token]] = [[]]
    for t in tokens:
        if t.is_punct(";"):
            statements.append([])
        else:
            statements[-1].append(t)
    statements = [s for s in statements if s]
    if not statements:
        raise QueryRefused("empty query (only comments)")
    if len(statements) > 1:
        raise QueryRefused(f"one statement at a time: this text has {len(statements)} statements separated by "
                           "`;` (run them one after another)")
    ts = statements[0]
    match = _brackets(ts)

    first = ts[0].key
    if first not in w.start:
        if first in w.refused:
            raise _refuse_keyword(first, w.refused[first], False)
        raise QueryRefused("a query begins with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CALL "
                           f"(found {ts[0].text[:40]!r})")

    allowed = w.function | (w.neo4j_function if dialect == "neo4j" else frozenset())
    clauses: list[str] = []
    functions: set[str] = set()
    case_of_end: dict[int, int] = {}  # END token -> its CASE
    case_stack: list[int] = []
    open_stack: list[int] = []  # indices of open brackets enclosing the current token
    cast_types: set[int] = set()  # tokens inside CAST(x AS <type>)
    case_nulls: list[tuple[int, int]] = []  # (NULL token, its CASE): a NULL branch of a CASE
    skip: set[int] = set()  # tokens already read as part of a CALL
    cast_calls: list[tuple[int, str]] = []
    depth = 0
    for i, t in enumerate(ts):
        prev = ts[i - 1] if i else None
        nxt = ts[i + 1] if i + 1 < len(ts) else None
        if t.kind == "punct" and t.text in _OPEN:
            open_stack.append(i)
        elif t.kind == "punct" and t.text in (")", "]", "}"):
            open_stack.pop()
        depth = max(depth, len(open_stack) + len(case_stack))
        if t.is_punct("!") and strict and dialect == "ladybug":
            raise QueryRefused("the factorial operator ! is not allowed: on a large number it never returns")
        if i in skip or i in cast_types or t.kind not in ("word", "name"):
            continue
        calls = nxt is not None and nxt.is_punct("(")
        # names the grammar forces: a property after '.', an alias after AS, a map key before ':'
        if prev is not None and prev.is_punct("."):
            if calls and strict:
                raise QueryRefused(f"{t.text}(…) after '.' is not a function this guard allows{_hints(cypher)}")
            continue
        if prev is not None and prev.key == "AS" and prev.kind == "word":
            continue
        if (nxt is not None and nxt.is_punct(":") and prev is not None
                and (prev.is_punct("{") or (prev.is_punct(",") and open_stack and ts[open_stack[-1]].is_punct("{")))):
            continue
        if t.kind == "name":  # `anything`: a name, unless it is called
            if calls:
                _function(t.text, allowed, w, functions, cast_calls, i, cypher, strict)
            continue
        key = t.key
        if key in w.keyword:
            if key == "NULL" and strict and dialect == "ladybug":
                _null(ts, i, case_stack, case_nulls)
            if key == "CASE":
                case_stack.append(i)
                if len(case_stack) > MAX_CASE_DEPTH:
                    raise QueryRefused(f"CASE nested too deeply (more than {MAX_CASE_DEPTH} levels)")
            elif key == "END":
                if not case_stack:
                    raise QueryRefused("END without CASE")
                case_of_end[i] = case_stack.pop()
            elif key == "CALL" and strict:
                _call(ts, i, dialect, w, skip, functions, cypher)
            elif key == "CAST" and calls:
                _cast_types(ts, i + 1, match, cast_types)
            elif key in ("COUNT", "EXISTS", "ANY", "NONE", "SINGLE", "ALL") and calls:
                functions.add(key.lower())
            if key in _CLAUSES:
                optional = key == "MATCH" and prev is not None and prev.key == "OPTIONAL"
                clauses.append("OPTIONAL MATCH" if optional else key)
            continue
        if key in w.refused:  # CREATE (…) is a clause, not a call
            raise _refuse_keyword(key, w.refused[key], not calls)
        if calls:
            _function(t.text, allowed, w, functions, cast_calls, i, cypher, strict)
            continue
        # anything else is a variable, a label or a type name
    if case_stack:
        raise QueryRefused("CASE without END")
    if case_nulls:
        ends = {c: e for e, c in case_of_end.items()}
        for i, case in case_nulls:
            if not any(branch != "NULL" for branch in _case_branches(ts, case, ends[case], match, ends)):
                raise _untyped_null(ts[i])
    if depth > MAX_DEPTH:
        raise QueryRefused(f"query nested too deeply ({depth} levels of brackets and CASE; at most {MAX_DEPTH})")

    inserts: list[tuple[int, int, str]] = []  # (position, 0 = closing before 1 = opening, text)
    notes: list[str] = []
    if not strict or dialect != "ladybug":
        ts, cast_calls = [], []  # nothing to rewrite
    for i, t in enumerate(ts):
        if t.is_punct("=~"):
            for a, b in (_left(ts, i, match, case_of_end, w), _right(ts, i, match, case_of_end)):
                _wrap(ts, a, b, inserts)
            notes.append("both sides of =~ cast to STRING")
    for i, name in cast_calls:
        open_ = i + 1
        args = _arguments(ts, open_, match[open_], match)
        if name == "range":
            _range_bounds(ts, args)
            continue
        for pos in w.string_args[name]:
            if pos < len(args):
                _wrap(ts, *args[pos], inserts)
        notes.append(f"the string arguments of {name}() cast to STRING")
    text = cypher
    if inserts:
        parts, last = [], 0
        for pos, _, s in sorted(inserts):
            parts.append(cypher[last:pos])
            parts.append(s)
            last = pos
        parts.append(cypher[last:])
        text = "".join(parts)
    return Classified(cypher=text, original=cypher, clauses=tuple(clauses), functions=tuple(sorted(functions)),
                      rewritten=bool(inserts), notes=tuple(dict.fromkeys(notes)))


def check_read_only(cypher: str) -> None:
    """The check on the project's own queries (Store.query): one statement, a query, no updating or file
    clause, read with the same lexer as user queries but without its function lists. What a user types goes
    through Store.read_query instead. A query that passed is remembered: the project runs the same few texts
    again and again, and reading a long one costs about 2 ms (demonstration_before_after: 2.3 ms)."""
    if isinstance(cypher, str):
        _read_only_checked(cypher)
    else:
        check(cypher, strict=False)


@lru_cache(maxsize=512)
def _read_only_checked(cypher: str) -> None:
    check(cypher, strict=False)  # raises for a refused query, which is then not remembered


_COMPARISONS = frozenset({"=", "<>", "<", ">", "<=", ">="})


def _untyped_null(t: Token) -> QueryRefused:
    return QueryRefused(f"NULL at character {t.start + 1} has no type here, and the engine crashes on untyped values "
                        "(Ladybug 0.22): write CAST(NULL AS STRING) (or the type meant), or test with IS NULL")


def _null(ts: list[Token], i: int, case_stack: list, case_nulls: list) -> None:
    """A NULL literal is allowed where the engine gives it a type: IS [NOT] NULL, a comparison, CAST(NULL AS
    T), or a CASE branch beside a branch that is not NULL (checked once the CASE is read). Anywhere else
    its type stays ANY, and an untyped value crashes the engine in id(), properties(), map_keys(), element_at(),
    list_sum() and others (`WITH NULL AS n RETURN id(n)`: exit 139)."""
    prev = ts[i - 1] if i else None
    nxt = ts[i + 1] if i + 1 < len(ts) else None
    if prev is not None and (prev.key == "IS" or (prev.key == "NOT" and i >= 2 and ts[i - 2].key == "IS")):
        return
    if (prev is not None and prev.kind == "punct" and prev.text in _COMPARISONS) or (
            nxt is not None and nxt.kind == "punct" and nxt.text in _COMPARISONS):
        return
    if prev is not None and prev.is_punct("(") and i >= 2 and ts[i - 2].key == "CAST" and nxt is not None \
            and nxt.key == "AS":
        return
    if prev is not None and prev.key in ("THEN", "ELSE") and case_stack and nxt is not None \
            and nxt.key in ("WHEN", "ELSE", "END"):
        case_nulls.append((i, case_stack[-1]))
        return
    raise _untyped_null(ts[i])


def _case_branches(ts: list[Token], case: int, end: int, match: dict, case_ends: dict) -> list[str]:
    """The THEN/ELSE branches of the CASE at `case` (nested brackets and CASEs skipped), each as "NULL"
    when it is the bare literal and "" otherwise; a CASE without ELSE has an implicit NULL one."""
    branches, k, current, has_else = [], case + 1, None, False
    while k < end:
        t = ts[k]
        if t.kind == "punct" and t.text in _OPEN:
            current = current if current is None else current + [k]
            k = match[k] + 1
            continue
        if t.key == "CASE" and k in case_ends:
            current = current if current is None else current + [k]
            k = case_ends[k] + 1
            continue
        if t.key in ("THEN", "ELSE", "WHEN"):
            if current is not None:
                branches.append(current)
            current = [] if t.key in ("THEN", "ELSE") else None
            has_else = has_else or t.key == "ELSE"
        elif current is not None:
            current.append(k)
        k += 1
    if current is not None:
        branches.append(current)
    out = ["NULL" if len(b) == 1 and ts[b[0]].key == "NULL" else "" for b in branches]
    return out if has_else else out + ["NULL"]


def check_params(params: dict | None) -> None:
    """A parameter whose value is None (anywhere inside it) reaches the engine untyped: refused, like NULL."""
    def has_none(v) -> bool:
        if v is None:
            return True
        if isinstance(v, (list, tuple)):
            return any(has_none(x) for x in v)
        if isinstance(v, dict):
            return any(has_none(x) for x in v.values())
        return False

    for name, value in (params or {}).items():
        if has_none(value):
            raise QueryRefused(f"parameter ${name} is null (or holds a null): the engine crashes on untyped values "
                               "(Ladybug 0.22); leave it out of the query instead")


def _brackets(ts: list[Token]) -> dict[int, int]:
    match, stack = {}, []
    for i, t in enumerate(ts):
        if t.kind != "punct":
            continue
        if t.text in _OPEN:
            stack.append(i)
        elif t.text in (")", "]", "}"):
            if not stack or _OPEN[ts[stack[-1]].text] != t.text:
                raise QueryRefused(f"unbalanced {t.text!r} at character {t.start + 1}")
            j = stack.pop()
            match[i], match[j] = j, i
    if stack:
        t = ts[stack[-1]]
        raise QueryRefused(f"unclosed {t.text!r} at character {t.start + 1}")
    return match


def _function(name: str, allowed: frozenset, w: _Words, functions: set, cast_calls: list, i: int,
              cypher: str, strict: bool) -> None:
    low = name.lower() if name.isascii() else name
    if low in w.file_function:
        raise QueryRefused(f"function {name}() reads files: queries here cannot touch files")
    if not strict:
        functions.add(low)
        return
    if low not in allowed:
        raise QueryRefused(f"function {name}() is not on the list of read-only functions "
                           f"(graph/data/query_words.tsv){_hints(cypher)}")
    functions.add(low)
    if low in w.string_args or low == "range":
        cast_calls.append((i, low))


def _call(ts: list[Token], i: int, dialect: str, w: _Words, skip: set, functions: set, cypher: str) -> None:
    """CALL names a catalogue table function (or, on Neo4j, one of a few db.* procedures), nothing else:
    not a setting (CALL timeout=0), not a file reader, not a subquery."""
    j, parts = i + 1, []
    while j < len(ts) and ts[j].kind in ("word", "name"):
        parts.append(ts[j].text)
        skip.add(j)
        if j + 1 < len(ts) and ts[j + 1].is_punct(".") and dialect == "neo4j":
            skip.add(j + 1)
            j += 2
            continue
        j += 1
        break
    name = ".".join(parts)
    low = name.lower() if name.isascii() else name
    ok = w.neo4j_procedure if dialect == "neo4j" else w.table_function
    if not parts or j >= len(ts) or not ts[j].is_punct("(") or low not in ok:
        if low in w.file_function:
            raise QueryRefused(f"CALL {name}() reads files: queries here cannot touch files")
        found = f" (found {name!r})" if name else ""
        raise QueryRefused("CALL may only name one of: " + ", ".join(sorted(ok)) + found + _hints(cypher))
    functions.add(low)


def _cast_types(ts: list[Token], open_: int, match: dict, cast_types: set) -> None:
    """In CAST(x AS <type>) the words after AS name a type (STRING, INT64[], DECIMAL(5, 2), STRUCT(a INT64))."""
    close, depth = match[open_], 0
    for k in range(open_ + 1, close):
        t = ts[k]
        if t.kind == "punct" and t.text in _OPEN:
            depth += 1
        elif t.kind == "punct" and t.text in (")", "]", "}"):
            depth -= 1
        elif depth == 0 and t.key == "AS":
            cast_types.update(range(k + 1, close))
            return


def _arguments(ts: list[Token], open_: int, close: int, match: dict) -> list[tuple[int, int]]:
    args, start, k = [], open_ + 1, open_ + 1
    while k < close:
        t = ts[k]
        if t.kind == "punct" and t.text in _OPEN:
            k = match[k] + 1
            continue
        if t.is_punct(","):
            args.append((start, k - 1))
            start = k + 1
        k += 1
    if start <= close - 1:
        args.append((start, close - 1))
    return [(a, b) for a, b in args if a <= b]


def _range_bounds(ts: list[Token], args: list[tuple[int, int]]) -> None:
    for a, b in args:
        if b - a <= 1 and ts[b].kind == "number" and (a == b or ts[a].is_punct("-")):
            try:
                big = abs(float(ts[b].text)) > MAX_RANGE_LITERAL
            except ValueError:
                big = True
            if big:
                raise QueryRefused(f"range() bound {ts[b].text} is too large (at most {MAX_RANGE_LITERAL:,} here): "
                                   "the engine builds the whole list in memory at once")


def _wrap(ts: list[Token], a: int, b: int, inserts: list) -> None:
    if a == b and ts[a].kind == "string":
        return  # already a string
    inserts.append((ts[a].start, 1, "CAST("))
    inserts.append((ts[b].end, 0, " AS STRING)"))


def _lookups_back(ts: list[Token], j: int) -> int:
    while j >= 2 and ts[j - 1].is_punct(".") and (ts[j].kind in ("word", "name") or ts[j].is_punct("*")):
        j -= 2
    return j


def _left(ts: list[Token], i: int, match: dict, case_of_end: dict, w: _Words) -> tuple[int, int]:
    """The left side of `=~` at i: an atom and its property lookups (oC_PropertyOrLabelsExpression)."""
    if i == 0:
        raise QueryRefused("=~ without a left side")
    end = i - 1
    j = _lookups_back(ts, end)
    t = ts[j]
    if t.is_punct(")"):
        k = match[j]
        before = ts[k - 1] if k > 0 else None
        if before is not None and (before.kind == "name" or (before.kind == "word" and (
                before.key not in w.keyword or before.key in _CALL_LIKE))) and not (
                k >= 2 and ts[k - 2].is_punct(".")):
            k -= 1
        start = k
    elif t.is_punct("]"):
        start = match[j]
    elif t.is_punct("}"):
        k = match[j]
        start = k - 1 if k > 0 and ts[k - 1].key in ("COUNT", "EXISTS") else k
    elif t.key == "END" and j in case_of_end:
        start = case_of_end[j]
    elif t.kind in ("string", "number", "param", "word", "name"):
        start = j
    else:
        raise QueryRefused(f"cannot tell what =~ at character {ts[i].start + 1} applies to")
    return start, end


def _right(ts: list[Token], i: int, match: dict, case_of_end: dict) -> tuple[int, int]:
    """The right side of `=~` at i: an atom and its property lookups."""
    j = i + 1
    if j >= len(ts):
        raise QueryRefused("=~ without a right side")
    t = ts[j]
    nxt = ts[j + 1] if j + 1 < len(ts) else None
    if t.kind == "punct" and t.text in _OPEN:
        end = match[j]
    elif t.kind in ("word", "name") and nxt is not None and nxt.is_punct("(", "{") and (
            t.kind == "name" or t.key not in ("WHERE", "AND", "OR", "XOR", "NOT", "RETURN", "WITH", "WHEN", "THEN",
                                              "ELSE", "IN")):
        end = match[j + 1]
    elif t.key == "CASE":
        ends = [e for e, c in case_of_end.items() if c == j]
        if not ends:
            raise QueryRefused("CASE without END")
        end = ends[0]
    elif t.kind in ("string", "number", "param", "word", "name"):
        end = j
    else:
        raise QueryRefused(f"cannot tell what =~ at character {ts[i].start + 1} applies to")
    while end + 2 < len(ts) and ts[end + 1].is_punct(".") and (
            ts[end + 2].kind in ("word", "name") or ts[end + 2].is_punct("*")):
        end += 2
    return j, end
