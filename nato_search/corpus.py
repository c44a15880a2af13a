"""Find the article files of a corpus and read them as text.

A corpus is a folder searched recursively for `.txt` files; an article's id is its path
relative to the corpus root with `/` separators. Hidden files and folders (`.git`) are not
articles. Text in any common encoding is decoded; a file that cannot be read as text is
reported with the reason, never fatal to the rest.
"""

from __future__ import annotations

import codecs
import itertools
import os
import re
import unicodedata
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import NamedTuple

from nato_search.errors import CorpusError, DocumentNotFound, UsageError

MAX_BYTES = 4 * 1024 * 1024  # larger files are not news articles; reading them would stall indexing
TOO_LARGE = "too large for a news article"
MAX_LINE = 200_000  # characters; a longer line is data, not prose, and would stall the extractors
ARTICLE_SUFFIX = (".txt", ".html", ".htm")  # text, and pages saved from the web


class UnreadableFile(Exception):
    """A corpus file that cannot be used; the message says why, for the warning."""


class Entry(NamedTuple):
    """A corpus file as found on disk: its id, absolute path and change fingerprint.

    (A named tuple: a scan makes one per file before every query, and a frozen dataclass
    costs a third of the scan.)"""

    id: str
    path: str
    # "size:mtime_ns:ctime_ns": changes when the file is rewritten, even to its old size and
    # timestamp ("touch -r"), since the inode's change time cannot be set back
    fingerprint: str


UNLISTED = "cannot list folder"  # the reason a folder's files are hidden, not gone


def scan(root: Path) -> tuple[dict[str, Entry], list[tuple[str, str]]]:
    """List the articles under `root`: returns {id: Entry} and [(id, reason)] of files skipped.

    Symbolic links to folders are followed once; a link that leads back into a folder already
    visited is not followed again, so loops end. A file reached twice (a link to it, a hard
    link) is one article, under its own path rather than a link's (so that adding a link never
    renames an article), else the path met first in name order.
    """
    entries: dict[str, Entry] = {}
    problems: list[tuple[str, str]] = []
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: dict[tuple[int, int], tuple[str, bool]] = {}  # -> (id, reached by a link)
    try:
        root_stat = os.stat(root)
    except OSError as exc:
        raise CorpusError(f"cannot read corpus folder {root}: {exc.strerror}") from None
    seen_dirs.add((root_stat.st_dev, root_stat.st_ino))

    # This runs before every query (the index refreshes itself), so the loop is kept lean:
    # one stat per file, absolute paths joined rather than normalised one by one.
    def walk(folder: str, prefix: str) -> None:
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append((prefix.rstrip("/") or ".", f"{UNLISTED}: {exc.strerror}"))
            return
        base = os.path.join(os.path.abspath(folder), "")
        for child in children:
            name = child.name
            if name[0] == ".":
                continue  # hidden: .git, editor swap files, our own index if kept inside
            if not name.isascii() and (shown := _undecodable(name)) is not None:
                # a name in another encoding than the system's ("caf\xe9.txt" from an old zip):
                # no id can hold it, and the index is not made to; said, the rest indexed
                if name.lower().endswith(ARTICLE_SUFFIX) or child.is_dir():
                    problems.append((prefix + shown, "its name is not UTF-8 text; rename it "
                                                     "(for example with convmv) to index it"))
                continue
            # (an id in composed form: a name macOS wrote decomposed, "Nause\u0307da", is the
            # id a user types, "Nausėda", on every machine)
            rel = prefix + (name if name.isascii() else unicodedata.normalize("NFC", name))
            try:
                st = child.stat()  # follows links
            except OSError as exc:
                if child.is_dir(follow_symlinks=False):  # (from the listing, no stat)
                    problems.append((rel, f"{UNLISTED}: {exc.strerror or exc}"))
                elif name.lower().endswith(ARTICLE_SUFFIX) or child.is_symlink():
                    problems.append((rel, f"cannot read: {exc.strerror or exc}"))
                continue
            mode = st.st_mode
            if S_ISREG(mode):
                if name.lower().endswith(ARTICLE_SUFFIX):
                    key = (st.st_dev, st.st_ino)
                    linked = child.is_symlink()
                    if st.st_ino:  # (0 where the system gives no inode numbers)
                        if key in seen_files:
                            first, first_linked = seen_files[key]
                            if linked or not first_linked:
                                continue
                            del entries[first]  # its own path, met after a link to it
                        seen_files[key] = (rel, linked)
                    entries[rel] = Entry(rel, base + name,
                                         f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}")
            elif S_ISDIR(mode):
                if name.endswith("_files") and _saved_with(name[:-6], children):
                    continue  # what a browser saved with a page ("Save Page As, complete"):
                    #           its pictures, scripts and frames, no articles
                key = (st.st_dev, st.st_ino)
                if key in seen_dirs:
                    continue  # a link back to a folder already walked: a loop
                seen_dirs.add(key)
                walk(child.path, rel + "/")

    try:
        os.scandir(root).close()
    except OSError as exc:  # the corpus itself, not a folder inside it: nothing can be read
        raise CorpusError(f"cannot list corpus folder {root}: {exc.strerror}",
                          "give yourself access to it (chmod u+rx), or pass --corpus") from None
    if not os.access(root, os.X_OK):  # listed, but none of its files can be opened
        raise CorpusError(f"cannot open the files of corpus folder {root}: permission denied",
                          "give yourself access to it (chmod u+rx), or pass --corpus")
    walk(str(root), "")
    return entries, problems


def _saved_with(page: str, children) -> bool:
    """Whether a page `page`.html or .htm stands beside the folder a browser saved with it."""
    page = page.lower()
    return any(child.name.lower() in (f"{page}.html", f"{page}.htm") for child in children)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newline, form feed and carriage return: text files do not hold them.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file are data rather than text: text in any encoding
    without NULs holds almost no C0 controls; random or compressed bytes hold about one in
    nine. A stray one or two (a DOS end-of-file mark, a vertical tab) is still text."""
    return len(_BINARY_BYTES.findall(head)) > 1 + len(head) // 100


def decode(data: bytes) -> str:
    """Decode a file's bytes as text: BOM, then UTF-8, then UTF-16 without BOM, then cp1252/Latin-1.

    Raises UnreadableFile for data that is not text in any of these.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise UnreadableFile(f"not valid {encoding.upper()} text") from None
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without a BOM puts a NUL beside almost every ASCII letter.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        if max(even, odd) > len(head) // 4:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                text = None
            if text is not None and not _BINARY_BYTES.search(text.encode("utf-8", "replace")):
                return text
        raise UnreadableFile("binary data, not text")
    if looks_binary(head):
        raise UnreadableFile("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if (text := _declared_or_detected(data)) is not None:
        return text
    try:
        text = data.decode("cp1252")  # Windows Western text, the usual non-UTF-8 news scrape
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if len(_CENTRAL_MISREAD.findall(text)) >= 3:
        return _central_european(data, text)
    return text


# Central European letters read as cp1252 symbols inside a word: Polish "ł", "ą", "ż", "ś" of
# cp1250 or ISO-8859-2 as "³", "¹", "¿", "¶" ("W³adys³aw", "¿o³nierze"); never so in text that
# is Western (a "¿" opens a Spanish question; "£" and "±" stand before numbers; "m³" and a
# footnote's "¹" end a word)
_CENTRAL_MISREAD = re.compile(r"(?<=[^\W\d_])[¹³¿±¶¼£¦¯¥](?=[^\W\d_])")


def _central_european(data: bytes, western: str) -> str:
    """The text in the Central European code page that reads it with the fewest letters
    turned into symbols (cp1250 or ISO-8859-2), or as read, if neither reads it better."""
    best, misread = western, len(_CENTRAL_MISREAD.findall(western))
    for encoding in ("cp1250", "iso8859-2"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if (n := len(_CENTRAL_MISREAD.findall(text))) < misread:
            best, misread = text, n
    return best


# a page's own word on its encoding: <meta charset="shift_jis">, "text/html; charset=euc-kr",
# <?xml ... encoding="big5"?>
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,30})""", re.I)
# the legacy encodings of Japanese, Korean and Chinese text, which a detector tells apart well
# (its guesses among the Western code pages are not to be trusted: cp1252 stays the default),
# and those of Cyrillic and Greek, as well told apart
_EAST_ASIAN = frozenset({"cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp",
                         "euc_jis_2004", "euc_jisx0213", "iso2022_jp", "iso2022_jp_2", "cp949",
                         "euc_kr", "johab", "iso2022_kr", "gb2312", "gbk", "gb18030", "hz", "big5",
                         "big5hkscs", "cp950"})
_DETECTED_WELL = _EAST_ASIAN | {"cp1251", "koi8-r", "koi8-u", "iso8859-5", "mac-cyrillic", "cp866",
                                "cp1253", "iso8859-7"}


# the legacy encodings a page may declare that are read in it: those above, and the code pages
# of Central Europe, the Baltic and Turkey (not UTF-16, which a page in bytes cannot be, nor
# Latin-1, which browsers read as cp1252)
_DECLARED_READ = _DETECTED_WELL | {"cp1250", "iso8859-2", "cp1257", "iso8859-13", "iso8859-4",
                                   "cp1254", "iso8859-9", "iso8859-15"}

_HIGH_BYTES = bytes(range(0x80, 0x100))


def _declared_or_detected(data: bytes) -> str | None:
    """Text that is not UTF-8, in the encoding the page declares, or in a Japanese, Korean,
    Chinese, Cyrillic or Greek one a detector finds (charset-normalizer, which trafilatura
    brings; imported only here, for such a file); None for anything else."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared is not None:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            if name in _DECLARED_READ:  # (a declared "iso-8859-1" is cp1252 in practice, as
                return data.decode(name)  # browsers read it: its curly marks are cp1252's)
        except (LookupError, UnicodeDecodeError):
            pass
    sample = data[:65536]
    if len(sample) - len(sample.translate(None, _HIGH_BYTES)) < len(sample) * 0.15:
        return None  # Western text: a letter with an accent here and there (two bytes a
        #              character is a large share of East Asian text's)
    from charset_normalizer import from_bytes
    best = from_bytes(data[:262144]).best()
    if best is None or codecs.lookup(best.encoding).name not in _DETECTED_WELL:
        return None
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError:
        return None


# UTF-8 read as Latin-1 or cp1252 somewhere before the file was saved ("itâ€™s", "NarendraÂ
# Modi", "cafÃ©"): a lead byte's character, then a continuation byte's. Only a text that shows
# it goes to ftfy, which undoes it where it is sure (and costs ~0.1 s to import)
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d"
                       "\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022"
                       "\u2026\u2030\u2039\u203a\u20ac\u2122]")


# (what nearly all of it shows, found by `in` far faster than by the pattern: the lead bytes of
# the Latin-1 letters and of the quotation marks and dashes)
_MOJIBAKE_SIGNS = ("Â", "Ã", "â€", "â\x80")


def repair_mojibake(text: str) -> str:
    """The text as written, where it was decoded with the wrong encoding before it was saved."""
    if not any(sign in text for sign in _MOJIBAKE_SIGNS) or not _MOJIBAKE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def too_large(max_bytes: int) -> str:
    """Why a file over the size limit is skipped."""
    return f"{TOO_LARGE} (over {format_size(max_bytes)}); --max-file-size raises the limit"


def fingerprint_size(fingerprint: str) -> int:
    """The file's size in an Entry's fingerprint (-1 for a problem's)."""
    head = fingerprint.split(":", 1)[0]
    return int(head) if head.isdigit() else -1


def allowed_now(reason: str, fingerprint: str, max_bytes: int) -> bool:
    """A file skipped as too large that the limit now allows: read it again."""
    return reason.startswith(TOO_LARGE) and 0 <= fingerprint_size(fingerprint) <= max_bytes


def _undecodable(name: str) -> str | None:
    """A file name's bytes that are not UTF-8 (the system gives them as lone surrogates), shown
    with escapes ("caf\\xe9.txt"); None for a name that is text."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return None


def read_text(path: str, max_bytes: int = MAX_BYTES) -> str:
    """Read and decode one article file; one over `max_bytes` is not read."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise UnreadableFile(too_large(max_bytes))
    text = decode(data)
    if not unicodedata.is_normalized("NFC", text):
        # accents as separate marks ("José" as "Jose" + U+0301, as macOS and some scrapers
        # write them): composed, so names, speakers and searches match the usual form
        text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise UnreadableFile("empty file")
    return text


def check_lines(text: str) -> None:
    """Raise UnreadableFile for text with a line no article has (data, minified code)."""
    longest = max(map(len, text.splitlines()), default=0)
    if longest > MAX_LINE:
        raise UnreadableFile(f"a line of {longest:,} characters: not an article")


def format_size(size: int) -> str:
    """A byte count as people write it: 4 MB, 500 KB, 123 bytes."""
    for unit, factor in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


# (blank lines before it are no text: an editor or an export left them)
_FRONT_MATTER = re.compile(r"\A(?:[ \t]*\r?\n)*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
FRONT_MATTER_KEYS = ("title", "date", "source", "url")
# Hugo's TOML front matter: `+++` lines around `key = "value"` (a date may be bare)
_TOML_FRONT_MATTER = re.compile(r"\A(?:[ \t]*\r?\n)*\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)",
                                re.S)


# the escapes of a YAML string in double quotes
_YAML_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))")
# (the control characters a title or a name never holds: nothing)
_YAML_ESCAPED = {"n": "\n", "t": "\t", "_": "\u00a0", "N": "\u0085", "L": "\u2028", "P": "\u2029",
                 "0": "", "a": "", "b": "", "e": "", "f": "", "r": "", "v": ""}


def _closes_yaml_quote(text: str) -> bool:
    """The text ends a double-quoted YAML scalar: its last character is a '"' no backslash
    escapes."""
    return text.endswith('"') and (len(text) - len(text[:-1].rstrip("\\")) - 1) % 2 == 0


def _yaml_unescaped(m: re.Match) -> str:
    code = m.group(1) or m.group(2) or m.group(3)
    if code:
        n = int(code, 16)
        # (a half of a surrogate pair, or past Unicode: as written, never a broken character)
        return chr(n) if n <= 0x10FFFF and not 0xD800 <= n <= 0xDFFF else m.group()
    return _YAML_ESCAPED.get(m.group(4), m.group(4))


# A header of labelled fields over the story, as datasets and scrapers write it ("HEADLINE: ...",
# "DATE: ...", "TEXT:"; "Title: ...", "URL Source: ...", "Published Time: ...", "Markdown
# Content:"): the fields known are read as front matter's, the others passed over
_FIELD_LINE = re.compile(r"[ \t]*([A-Za-z][A-Za-z -]{0,24}?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*\r?")
_FIELD_KEYS = {"title": "title", "headline": "title", "date": "date", "published": "date",
               "published time": "date", "publication date": "date", "url": "url",
               "url source": "url", "source": "source", "publication": "source"}
_BODY_LABELS = {"text", "body", "content", "markdown content", "story"}


def _labelled_header(text: str) -> tuple[dict[str, str], str] | None:
    """The fields of a labelled header and the text under it; None when the text opens with
    none: a headline and a date or an address among its fields ("Kishida: Japan will ..." is
    a headline, "Q: Did you see it?" an interview's question)."""
    fields: dict[str, str] = {}
    at = 0
    after_blank = False
    for line in text[:2000].splitlines(keepends=True):
        if not line.strip():
            at += len(line)
            after_blank = bool(fields)
            continue
        m = _FIELD_LINE.fullmatch(line.rstrip("\r\n"))
        label = m.group(1).strip() if m else ""
        key = label.casefold()
        known = key in _FIELD_KEYS or key in _BODY_LABELS
        if m is None or not known and (after_blank or len(label) < 3 or " " in label
                                       or not label.isupper()):
            break  # (an unknown label in capitals, "STORYID:", is the header's only among its
            #        fields, not after a blank line: "LONDON: The fire spread ...")
        at += len(line)
        if key in _BODY_LABELS and not m.group(2):
            break  # "TEXT:": the story follows
        if key in _FIELD_KEYS and m.group(2) and _FIELD_KEYS[key] not in fields:
            fields[_FIELD_KEYS[key]] = m.group(2)
    if "title" not in fields or not ("date" in fields or "url" in fields):
        return None
    return fields, text[at:]


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a leading `---` block of `key: value` lines from the article text, or a header of
    labelled fields (`_labelled_header`)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        if text.lstrip()[:3] == "+++" and (toml := _TOML_FRONT_MATTER.match(text)):
            return _toml_fields(toml.group(1)), text[toml.end():]
        return _labelled_header(text) or ({}, text)
    meta: dict[str, str] = {}
    lines = m.group(1).splitlines()
    for n, line in enumerate(lines):
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in FRONT_MATTER_KEYS and not line[:1].isspace():
            value = value.strip()
            if value[:1] in (">", "|") and value[1:].strip("+-") == "":
                # a YAML block ("title: >" and the indented lines under it), folded to one line
                block = itertools.takewhile(lambda x: not x.strip() or x[:1].isspace(), lines[n + 1:])
                value = " ".join(" ".join(block).split())
            elif value[:1] == '"' and not _closes_yaml_quote(value[1:]):
                # a double-quoted scalar over lines: each break is a space, or nothing after
                # an escaping backslash ('"... Indo-Pacific\_\' / '  Partners"')
                more = list(itertools.takewhile(lambda x: x[:1].isspace(), lines[n + 1:]))
                end = next((k for k, x in enumerate(more) if _closes_yaml_quote(x.strip())), None)
                if end is not None:
                    joined = value
                    for x in more[:end + 1]:
                        joined = joined[:-1] + x.strip() if joined.endswith("\\") \
                            and not joined.endswith("\\\\") else f"{joined} {x.strip()}"
                    value = " ".join(_YAML_ESCAPE.sub(_yaml_unescaped, joined[1:-1]).split())
            elif len(value) >= 2 and value[0] == value[-1] == '"':
                value = " ".join(_YAML_ESCAPE.sub(_yaml_unescaped, value[1:-1]).split())  # "Trump\u2019s"
            elif len(value) >= 2 and value[0] == value[-1] == "'":
                value = value[1:-1].replace("''", "'")  # YAML's single quotes: '' is '
            elif value in ("~", "null", "Null", "NULL"):
                value = ""  # YAML's no value
            if value:
                meta[key] = value
    return meta, text[m.end():]


def _toml_fields(block: str) -> dict[str, str]:
    """The known fields of a TOML front matter's top table (`title = "..."`, `date =
    2024-01-31T09:00:00Z`); a table's fields (`[params]`) are not the page's."""
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if line.lstrip().startswith("["):
            break
        key, sep, value = line.partition("=")
        key, value = key.strip().strip("\"'").lower(), value.strip()
        if not sep or key not in FRONT_MATTER_KEYS or key in meta:
            continue
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = _YAML_ESCAPE.sub(_yaml_unescaped, value[1:-1])  # TOML's basic string
        elif len(value) >= 2 and value[0] == value[-1] == "'":
            value = value[1:-1]  # a literal string: no escapes
        elif "#" in value:
            value = value.split("#", 1)[0].strip()  # a bare date and a comment after it
        if value:
            meta[key] = value
    return meta


def document_ref(ref: str, corpus_root: str = "") -> str:
    """What `show REF` names, as an article id would be written: a path to a file of the
    corpus becomes its id; an id or a prefix of one is left as it is."""
    ref = ref.strip()
    if not ref:
        raise DocumentNotFound("no document named", None)
    if corpus_root and os.path.isabs(ref):
        rel = os.path.relpath(os.path.realpath(ref), os.path.realpath(corpus_root))
        if rel.startswith(".."):
            raise UsageError(f"{ref!r} is not in the corpus {corpus_root}",
                             "give --corpus the folder that holds it")
        ref = rel.replace(os.sep, "/")
    return ref if ref.isascii() else unicodedata.normalize("NFC", ref)


def only_match(ref: str, matches: list[str], near) -> str:
    """The one article a reference matches; else an error naming the near ones (`near()`, a
    list read only when nothing matched) or the many it matches."""
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise DocumentNotFound(f"no article with id {ref!r}", near())
    raise DocumentNotFound(f"{ref!r} names {len(matches)} articles; give more of the id", matches)
