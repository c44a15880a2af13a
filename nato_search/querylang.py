"""The query language, parsed once into a small syntax tree of our own, the same for every engine.

The parts of this stage:

- `check_syntax` refuses what a parser would silently misread (an unclosed quote, a dangling
  operator, an unknown field), because a wrong answer is worse than an error;
- `plus_minus` reads `-word` as NOT word and `+word` as a required word;
- `parse` builds the tree: `Word`, `Phrase`, `Pattern` (`prefix*`, `wild?card`), `Fuzzy`
  (`word~`, `word~2`, `word~1/3`), `DateRange` (`date:` values are checked ranges over whole
  periods), `Every` (`*`), and `And`, `Or`, `Not`, `AndNot`, `AndMaybe`;
- each engine translates the tree: the Whoosh engine into Whoosh query objects
  (`engines.whoosh.translate`), the OpenSearch engine into its query DSL
  (`engines.opensearch.dsl`), so that both accept and refuse the same queries with the same
  messages, and a query means the same on both;
- `describe` writes a tree back as a query, fields named, for `--explain`;
- `respell` rewrites a query with close spellings of its words, for "did you mean" (each engine
  says which words it knows).

Grouping is Whoosh's, so that a query means the same on both engines: `NOT` binds tightest
(one item), then `AND`, then `OR`, then `ANDNOT`, then `ANDMAYBE`, and words side by side last:
`a b OR c` is a AND (b OR c); `a OR b AND c` is a OR (b AND c); `a OR b ANDNOT c` is
(a OR b) ANDNOT c; groups inside a group of the same kind are one group.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from nato_search.dates import ACCEPTED_FORMS, parse_period
from nato_search.errors import DateError, QueryError
from nato_search.text import edit_distance

# Fields a user may name in the query language (schema.QUERY_FIELDS is the same tuple).
QUERY_FIELDS = ("title", "body", "source", "speaker", "date")

_FIELD_RE = re.compile(r"(?<![\w.])([A-Za-z_][A-Za-z0-9_]*):(?=\S)")
_EMPTY_FIELD_RE = re.compile(r"(?<![\w.])([A-Za-z_][A-Za-z0-9_]*):(?=\s|\)|$)")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
_BINARY = {"AND", "OR", "ANDNOT", "ANDMAYBE"}


def _outside_quotes(text: str) -> list[str]:
    """Return the parts of `text` that are not inside double quotes."""
    return text.split('"')[0::2]


MAX_DEPTH = 32  # parentheses in parentheses, or NOTs: the parser and Whoosh recurse on them
_NOT_WORD = re.compile(r"(?<![\w:])NOT(?!\w)")


def check_syntax(text: str, fields: tuple[str, ...] = QUERY_FIELDS) -> str:
    """Refuse query strings Whoosh would silently misread; return the string, field names lowered."""
    if not text.strip():
        raise QueryError("the query is empty", "give words to search for, or '*' for everything")
    if text.count('"') % 2:
        raise QueryError("unclosed quotation mark in the query",
                         'close the phrase: "liaison office"')
    bare = '""'.join(_outside_quotes(text))  # each phrase stands as one word, ""
    depth = deepest = 0
    for ch in bare:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        deepest = max(deepest, depth)
        if depth < 0:
            break
    if depth != 0:
        raise QueryError("unbalanced parentheses in the query", "close every '(' with ')'")
    if deepest > MAX_DEPTH or len(_NOT_WORD.findall(bare)) > MAX_DEPTH:
        raise QueryError(f"the query nests more than {MAX_DEPTH} levels deep",
                         "write it with fewer parentheses or NOTs")
    if bare.count("[") != bare.count("]") or bare.count("{") != bare.count("}"):
        raise QueryError("unbalanced brackets in the query",
                         "ranges look like date:[2024-07-01 TO 2024-10-31]")
    outside = _outside_quotes(text)
    for i, part in enumerate(outside):
        for empty in _EMPTY_FIELD_RE.finditer(part):
            if empty.end() == len(part) and i < len(outside) - 1:
                continue  # field:"a phrase"
            raise QueryError(f"{empty.group(1)}: needs a value in the query",
                             f"e.g. {empty.group(1)}:NATO, or quote the colon")
    for m in _FIELD_RE.finditer(bare):
        if m.group(1).lower() not in fields:
            raise QueryError(f"unknown field {m.group(1)!r} in the query",
                             "fields are " + ", ".join(fields) + " (e.g. title:NATO)")
    words = re.findall(r"[()]|[^\s()]+", bare)
    words = [w for w in words if w not in "()"] if words else []
    if words and words[0] in _BINARY:
        raise QueryError(f"the query starts with the operator {words[0]}",
                         "put a word on each side of AND / OR")
    if words and words[-1] in _OPERATORS:
        raise QueryError(f"the query ends with the operator {words[-1]}",
                         "put a word after AND / OR / NOT")
    for a, b in zip(words, words[1:], strict=False):
        if a in _OPERATORS and b in _BINARY:
            raise QueryError(f"two operators in a row in the query: {a} {b}",
                             "put a word between them")
    # field names are case-insensitive for the user, not for Whoosh
    parts = text.split('"')
    for i in range(0, len(parts), 2):
        parts[i] = _FIELD_RE.sub(lambda m: m.group(1).lower() + ":", parts[i])
    return '"'.join(parts)


def plus_minus(text: str) -> str:
    """Read `-word` as NOT word and `+word` as word (every word is required already).

    Only a sign that starts a term counts: after a space or "(", outside quotes and ranges,
    followed by the term ("Indo-Pacific" and "2024-07" keep their hyphens). Whoosh's parser
    would drop the sign, and `Kishida -Reuters` would search for Reuters.
    """
    out: list[str] = []
    in_quote = False
    brackets = 0
    prev = " "
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch == '"':
            in_quote = not in_quote
        elif not in_quote and ch in "[{":
            brackets += 1
        elif not in_quote and ch in "]}":
            brackets -= 1
        elif (not in_quote and not brackets and ch in "+-" and (prev.isspace() or prev == "(")
              and not nxt.isspace() and nxt not in "+-)"):
            out.append("NOT " if ch == "-" else "")
            prev = " "
            continue
        out.append(ch)
        prev = ch
    return "".join(out)




# ---------------------------------------------------------------------------------------------
# The tree


@dataclass(frozen=True)
class Node:
    """A node of the query tree."""


@dataclass(frozen=True)
class Word(Node):
    """A word; `field` None means the engine's default fields. Its analysis (stems, folding)
    is the engine's: a word may become several terms ("Indo-Pacific"), all required."""

    field: str | None
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Phrase(Node):
    """Words in this order, next to each other; `"..."~N` (`near` N): in this order, at most N
    other words between them."""

    field: str | None
    text: str
    boost: float = 1.0
    near: int = 0


@dataclass(frozen=True)
class Pattern(Node):
    """`prefix*` or a wildcard (`*` any run of characters, `?` one), matched against the
    words as written (lower-cased, folded), not their stems."""

    field: str | None
    pattern: str
    boost: float = 1.0

    @property
    def prefix(self) -> str | None:
        """The prefix, when the pattern is a plain `prefix*`."""
        head = self.pattern[:-1]
        if self.pattern.endswith("*") and head and not any(c in head for c in "*?"):
            return head
        return None


@dataclass(frozen=True)
class Fuzzy(Node):
    """`word~N/P`: words within N edits of the word as written, sharing its first P letters."""

    field: str | None
    text: str
    maxdist: int = 1
    prefixlength: int = 0
    boost: float = 1.0


@dataclass(frozen=True)
class DateRange(Node):
    """Articles dated from `start` to `end`, both included (None: open)."""

    start: date | None
    end: date | None


@dataclass(frozen=True)
class Every(Node):
    """Every document."""


@dataclass(frozen=True)
class And(Node):
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or(Node):
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not(Node):
    child: Node


@dataclass(frozen=True)
class AndNot(Node):
    """`a ANDNOT b`: what `a` matches and `b` does not."""

    positive: Node
    negative: Node


@dataclass(frozen=True)
class AndMaybe(Node):
    """`a ANDMAYBE b`: what `a` matches, ranked higher when `b` matches too."""

    required: Node
    optional: Node


@dataclass(frozen=True)
class Speaker(Node):
    """`speaker:NAME` as `--speaker NAME` reads it: any of the person's spellings (`names`,
    aliases included) by its words (in order in a phrase), or a speaker as indexed (`keys`,
    folded) that is the person by a surname alone."""

    names: tuple[str, ...]
    keys: tuple[str, ...] = ()
    phrase: bool = False  # `speaker:"a phrase"`: each name's words in its order


@dataclass(frozen=True)
class InArticles(Node):
    """The quotations of these articles (`ids`): what a `title:` or `body:` word means in a
    search of quotations, which have neither."""

    ids: tuple[str, ...]


LEAVES = (Word, Phrase, Pattern, Fuzzy)
ARTICLE_FIELDS = ("title", "body")  # the fields of an article only


def through_articles(node: Node, article_ids: Callable[[Node], tuple[str, ...]]) -> Node:
    """The tree with each `title:` or `body:` leaf read as the quotations of the articles it
    matches (`article_ids(leaf)`)."""
    if isinstance(node, LEAVES) and node.field in ARTICLE_FIELDS:
        return InArticles(article_ids(node))
    if isinstance(node, (And, Or)):
        return type(node)(tuple(through_articles(c, article_ids) for c in node.children))
    if isinstance(node, Not):
        return Not(through_articles(node.child, article_ids))
    if isinstance(node, AndNot):
        return AndNot(through_articles(node.positive, article_ids),
                      through_articles(node.negative, article_ids))
    if isinstance(node, AndMaybe):
        return AndMaybe(through_articles(node.required, article_ids),
                        through_articles(node.optional, article_ids))
    return node


def asks_of_articles(node: Node) -> bool:
    """Whether a query names an article's field (`title:`, `body:`)."""
    return any(isinstance(leaf, LEAVES) and leaf.field in ARTICLE_FIELDS for leaf, _ in walk(node))


def with_speakers(node: Node, people: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> Node:
    """The tree with each `speaker:` word or phrase that `people` knows (its text -> the names
    and keys of `Speaker`) read as that person."""
    if isinstance(node, (Word, Phrase)) and node.field == "speaker" and node.text in people:
        return Speaker(*people[node.text], phrase=isinstance(node, Phrase))
    if isinstance(node, (And, Or)):
        return type(node)(tuple(with_speakers(c, people) for c in node.children))
    if isinstance(node, Not):
        return Not(with_speakers(node.child, people))
    if isinstance(node, AndNot):
        return AndNot(with_speakers(node.positive, people), with_speakers(node.negative, people))
    if isinstance(node, AndMaybe):
        return AndMaybe(with_speakers(node.required, people), with_speakers(node.optional, people))
    return node


def speakers_asked(node: Node) -> list[str]:
    """The names a query asks for in its `speaker:` words and phrases."""
    return [leaf.text for leaf, _ in walk(node)
            if isinstance(leaf, (Word, Phrase)) and leaf.field == "speaker"]


def walk(node: Node, negated: bool = False):
    """Yield (leaf, negated) for every leaf of the tree."""
    if isinstance(node, And | Or):
        for child in node.children:
            yield from walk(child, negated)
    elif isinstance(node, Not):
        yield from walk(node.child, not negated)
    elif isinstance(node, AndMaybe):
        yield from walk(node.required, negated)
        yield from walk(node.optional, negated)
    elif isinstance(node, AndNot):
        yield from walk(node.positive, negated)
        yield from walk(node.negative, not negated)
    else:
        yield node, negated


# ---------------------------------------------------------------------------------------------
# Parsing


_TOKEN = re.compile(r"""
    \s+
  | (?P<open>\()
  | (?P<close>\))
  | (?P<field>[A-Za-z_][A-Za-z0-9_]*):(?=\S)
  | (?P<phrase>"[^"]*"(?:~\d+(?![\w~]))?)(?:\^(?P<pboost>\d+(?:\.\d+)?))?
  | (?P<range>[\[{][^\]}]*[\]}])
  | (?P<word>[^\s()"]+)
""", re.VERBOSE)
_FUZZY = re.compile(r"(?<=\S)~(?P<maxdist>[0-9])?(?:/(?P<prefix>[1-9][0-9]*))?$")
_BOOST = re.compile(r"(?<=\S)\^(?P<boost>\d+(?:\.\d+)?)$")
_RANGE_TO = re.compile(r"(?:^|\s)TO(?:\s|$)")
_HAS_WORD = re.compile(r"\w")


_CURLY_DOUBLE = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"'})


def parse(text: str, fields: tuple[str, ...] = QUERY_FIELDS) -> Node:
    """Parse a user's query into the tree, or raise QueryError / DateError.

    >>> parse('liaison -office') == And((Word(None, 'liaison'), Not(Word(None, 'office'))))
    True
    """
    if text.strip() == "*":
        return Every()
    # typographic marks, as a query pasted from an article or a word processor has them,
    # delimit a phrase as straight ones do: “liaison office”
    text = text.translate(_CURLY_DOUBLE)
    checked = check_syntax(plus_minus(text), fields)
    tokens = _tokens(checked)
    parser = _Parser(tokens)
    node = parser.sequence(None)
    if parser.pos < len(tokens):  # a stray ")" cannot be left: check_syntax balanced them
        raise QueryError(f"cannot parse the query near {tokens[parser.pos][1]!r}")
    node = _simplify(node)
    if node is None:
        raise QueryError("the query has no words to search for",
                         "give words to search for, or '*' for everything")
    return node


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:  # cannot happen: every character is matched by one alternative
            raise QueryError(f"cannot parse the query near {text[pos:pos + 20]!r}")
        pos = m.end()
        kind = m.lastgroup
        if kind is None:
            continue
        if kind == "pboost":
            kind = "phrase"
        value = m.group(kind)
        if kind == "phrase" and m.group("pboost"):
            value += "^" + m.group("pboost")
        if kind == "word" and value in _OPERATORS:
            kind = "op"
        out.append((kind, value))
    return out


class _Parser:
    """Recursive descent over the tokens, with Whoosh's grouping (see the module docstring)."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def sequence(self, field: str | None) -> Node | None:
        items: list[Node | None] = []
        while (tok := self.peek()) is not None and tok[0] != "close":
            items.append(self.loose(field))
        return And(tuple(i for i in items if i is not None)) if items else None

    def loose(self, field: str | None) -> Node | None:
        node = self.without(field)
        while self.peek() == ("op", "ANDMAYBE"):
            self.pos += 1
            other = self.without(field)
            if node is None or other is None:
                node = node if other is None else other
                continue
            node = AndMaybe(node, other)
        return node

    def without(self, field: str | None) -> Node | None:
        node = self.either(field)
        while self.peek() == ("op", "ANDNOT"):
            self.pos += 1
            other = self.either(field)
            if node is not None and other is not None:
                node = AndNot(node, other)
        return node

    def either(self, field: str | None) -> Node | None:
        items = [self.both(field)]
        while self.peek() == ("op", "OR"):
            self.pos += 1
            items.append(self.both(field))
        return Or(tuple(i for i in items if i is not None)) if len(items) > 1 else items[0]

    def both(self, field: str | None) -> Node | None:
        items = [self.negation(field)]
        while self.peek() == ("op", "AND"):
            self.pos += 1
            items.append(self.negation(field))
        return And(tuple(i for i in items if i is not None)) if len(items) > 1 else items[0]

    def negation(self, field: str | None) -> Node | None:
        if self.peek() == ("op", "NOT"):
            self.pos += 1
            inner = self.negation(field)
            return Not(inner) if inner is not None else None
        return self.atom(field)

    def atom(self, field: str | None) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        kind, value = tok
        self.pos += 1
        if kind == "open":
            inner = self.sequence(field)
            if self.peek() is not None and self.peek()[0] == "close":
                self.pos += 1
            return inner
        if kind == "close":  # unreachable: sequence() stops at ")"
            return None
        if kind == "field":
            return self.atom(value.lower())
        if kind == "op":  # an operator where a word belongs: check_syntax let it through
            return None
        if field == "date":
            return _date_leaf(kind, value)
        if kind == "range":
            raise QueryError(f"ranges are for dates only: {value}",
                             "ranges look like date:[2024-07-01 TO 2024-10-31]")
        if kind == "phrase":
            boost = 1.0
            if "^" in value[value.rfind('"'):]:
                value, _, b = value.rpartition("^")
                boost = float(b)
            near = 0
            if not value.endswith('"'):  # "words near each other"~N: N words between at most
                value, _, n = value.rpartition("~")
                near = int(n)
            inner = value[1:-1]
            return Phrase(field, inner, boost, near) if _HAS_WORD.search(inner) else None
        return _word_leaf(field, value)


def _word_leaf(field: str | None, value: str) -> Node | None:
    boost = 1.0
    if m := _BOOST.search(value):
        boost = float(m.group("boost"))
        value = value[:m.start()]
    if value == "*":
        return Every()
    if m := _FUZZY.search(value):
        word = value[:m.start()]
        if not _HAS_WORD.search(word):
            return None
        return Fuzzy(field, word, int(m.group("maxdist") or 1), int(m.group("prefix") or 0), boost)
    if "*" in value or "?" in value:
        return Pattern(field, value.lower(), boost)
    if value[-2:] in ("'s", "’s") and len(value) > 3:
        value = value[:-2]  # "Japan's": Japan (not Japan and every "s")
    return Word(field, value, boost) if _HAS_WORD.search(value) else None


def _date_leaf(kind: str, value: str) -> Node:
    """A `date:` value: a date naming a whole period, or a range of them, checked."""
    if kind == "word":
        if "*" in value or "?" in value:
            raise DateError("date: takes a date or a range, not a pattern",
                            f"dates are {ACCEPTED_FORMS}; ranges are date:[2024-07-01 TO 2024-10-31]")
        start, end = parse_period(value)
        return DateRange(start, end)
    if kind == "range":
        opening, closing = value[0], value[-1]
        bounds = _RANGE_TO.split(value[1:-1])
        if len(bounds) != 2:
            raise QueryError(f"cannot parse the date range {value}",
                             "ranges look like date:[2024-07-01 TO 2024-10-31]")
        low, high = (b.strip() for b in bounds)
        start = end = None
        if low:
            first, last = parse_period(low)
            start = (last + timedelta(days=1)) if opening == "{" else first
        if high:
            first, last = parse_period(high)
            end = (first - timedelta(days=1)) if closing == "}" else last
        if start and end and start > end:
            if "{" in opening + closing and parse_period(low)[0] <= parse_period(high)[1]:
                raise DateError(f"the date range holds no day between its ends: {value}",
                                "[ ] includes its ends: date:[2024-07-08 TO 2024-07-09]")
            raise DateError(f"the date range ends before it starts: {low} TO {high}",
                            "write the earlier date first")
        return DateRange(start, end)
    if kind == "phrase":
        start, end = parse_period(value.strip('"'))
        return DateRange(start, end)
    raise DateError("date: takes a date or a range, not a pattern",
                    f"dates are {ACCEPTED_FORMS}; ranges are date:[2024-07-01 TO 2024-10-31]")


def _simplify(node: Node | None) -> Node | None:
    """Drop empty groups, lift groups of one, and read an OR holding `*` as everything."""
    if node is None:
        return None
    if isinstance(node, And | Or):
        children = tuple(c for c in (_simplify(c) for c in node.children) if c is not None)
        # a group inside a group of the same kind is one group (a AND (b AND c))
        children = tuple(g for c in children
                         for g in (c.children if type(c) is type(node) else (c,)))
        if not children:
            return None
        if isinstance(node, Or) and any(isinstance(c, Every) for c in children):
            return Every()
        if isinstance(node, And) and len(children) > 1:
            children = tuple(c for c in children if not isinstance(c, Every)) or (Every(),)
        return children[0] if len(children) == 1 else type(node)(children)
    if isinstance(node, Not):
        inner = _simplify(node.child)
        return Not(inner) if inner is not None else None
    if isinstance(node, AndMaybe):
        required, optional = _simplify(node.required), _simplify(node.optional)
        if required is None:
            return optional
        return required if optional is None else AndMaybe(required, optional)
    if isinstance(node, AndNot):
        positive, negative = _simplify(node.positive), _simplify(node.negative)
        if positive is None:
            return None
        return positive if negative is None else AndNot(positive, negative)
    return node


def describe(node: Node, default: str = "body") -> str:
    """Write the tree as a query with every field named and every group bracketed, for
    `--explain` (`NATO -Reuters` is `(body:NATO AND NOT body:Reuters)`)."""
    def field(leaf) -> str:
        return leaf.field or default

    def boost(leaf) -> str:
        return f"^{leaf.boost:g}" if leaf.boost != 1.0 else ""

    if isinstance(node, Word):
        return f"{field(node)}:{node.text}{boost(node)}"
    if isinstance(node, Phrase):
        near = f"~{node.near}" if node.near else ""
        return f'{field(node)}:"{node.text}"{near}{boost(node)}'
    if isinstance(node, Pattern):
        return f"{field(node)}:{node.pattern}{boost(node)}"
    if isinstance(node, Fuzzy):
        return f"{field(node)}:{node.text}~{node.maxdist}/{node.prefixlength}{boost(node)}"
    if isinstance(node, DateRange):
        return f"date:[{node.start or ''} TO {node.end or ''}]"
    if isinstance(node, InArticles):
        return f"doc:({len(node.ids)} articles)"
    if isinstance(node, Speaker):  # (each spelling of the person, each speaker as indexed)
        return "(" + " OR ".join([f'speaker:"{name}"' for name in node.names]
                                 + [f'speaker_key:"{key}"' for key in node.keys]) + ")"
    if isinstance(node, Every):
        return "*"
    if isinstance(node, Not):
        return "NOT " + describe(node.child, default)
    if isinstance(node, And | Or):
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(describe(c, default) for c in node.children) + ")"
    if isinstance(node, AndNot):
        return f"({describe(node.positive, default)} ANDNOT {describe(node.negative, default)})"
    if isinstance(node, AndMaybe):
        return f"({describe(node.required, default)} ANDMAYBE {describe(node.optional, default)})"
    raise TypeError(f"not a query node: {node!r}")


# ---------------------------------------------------------------------------------------------
# "Did you mean"

_SPELLED_WORD = re.compile(r"(?<![\w*?~'’])[^\W\d_][\w'’-]*(?![\w*?~:])", re.UNICODE)


def close_enough(typed: str, known: str) -> bool:
    """A correction a reader would accept: one edit in a short word, two in a longer one
    ("cafe" is not "have", "eror" is not "for")."""
    return edit_distance(typed, known) <= (1 if len(typed) <= 5 else 2)


def respell(text: str, candidates: Callable[[str], Iterable[str]]) -> str | None:
    """The query with each word replaced by the first of `candidates(word)` (the engine's
    known spellings, none for a word it knows) close enough to it; None when no word changed.
    Operators and words with pattern or field marks are left as they are."""
    changed = False

    def fix(m: re.Match) -> str:
        nonlocal changed
        word = m.group(0)
        if word in _OPERATORS:
            return word
        low = word.lower()
        for candidate in candidates(word):
            if candidate != low and close_enough(low, candidate):
                changed = True
                return candidate
        return word

    # (a quotation mark ends a word: no word runs across one)
    suggestion = '"'.join(_SPELLED_WORD.sub(fix, part) for part in text.split('"'))
    return suggestion if changed else None
