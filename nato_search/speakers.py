"""People quoted across a corpus: one name for each person, and matching a user's `--speaker`.

Within an article the extractor already turns "Kishida" and "he" into "Fumio Kishida". Across
articles, one person may be spelt differently ("Yoon Seok-youl", "Yoon Suk Yeol"): the alias
table that ships in `data/aliases.txt`, extended by a `nato-search.aliases` file at the top of
the corpus folder, says which spellings are one person. It is applied when searching and
printing, not when indexing, so editing it needs no rebuild.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from nato_search.text import SURNAME_FIRST

ALIASES_FILE = "nato-search.aliases"
# of those, the ones that are Western given names too ("Kim Beazley", "Lee Anderson"): a name
# opening with one is read surname first only when the rest is written so ("Kim Jong Un",
# "Lee Jae-myung")
_SURNAME_OR_GIVEN = frozenset({"kim", "lee", "lin", "han", "jo", "an", "ye", "do", "ho", "ma", "le"})


# letters that carry no accent Unicode can take off: written without them, as in English
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "ð": "d", "þ": "th", "ħ": "h"})


def fold(text: str) -> str:
    """Lower-case, strip accents and unify hyphens and spaces: "Seok-youl" ~ "seok youl",
    "Radosław" ~ "radoslaw"."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("-", " ").replace(".", " ").split())


@dataclass
class Aliases:
    """Groups of spellings of one person; the first of each group is its canonical name."""

    canonical: dict[str, str] = field(default_factory=dict)  # folded spelling -> canonical
    groups: dict[str, list[str]] = field(default_factory=dict)  # canonical -> all spellings

    def add_line(self, line: str) -> None:
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            return
        head, _, rest = line.partition("=")
        names = [head.strip()] + [n.strip() for n in rest.split(",") if n.strip()]
        if not names[0]:
            return
        canonical = self.canonical.get(fold(names[0]), names[0])
        group = self.groups.setdefault(canonical, [canonical])
        for name in names:
            self.canonical[fold(name)] = canonical
            if name not in group:
                group.append(name)

    def canonical_name(self, name: str | None) -> str | None:
        if not name:
            return name
        return self.canonical.get(fold(name), name)

    def spellings_matching(self, query: str) -> list[str]:
        """Every spelling of every person one of whose spellings contains `query` as words."""
        q = fold(query)
        out: list[str] = []
        for group in self.groups.values():
            if any(_contains_words(fold(name), q) for name in group):
                out.extend(group)
        return out


def _contains_words(name: str, part: str) -> bool:
    return f" {part} " in f" {name} "


def load_aliases(corpus: Path | None = None) -> Aliases:
    """The shipped alias table, extended by the corpus's own `nato-search.aliases` if present."""
    aliases = Aliases()
    shipped = resources.files("nato_search").joinpath("data/aliases.txt").read_text(encoding="utf-8")
    for line in shipped.splitlines():
        aliases.add_line(line)
    if corpus is not None:
        own = corpus / ALIASES_FILE
        try:
            text = own.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        for line in text.splitlines():
            aliases.add_line(line)
    return aliases


# what a user may write before a name and the speaker as indexed does not hold ("Mr Marles",
# "Prime Minister Kishida", "Dr. Bloomfield"): a courtesy title or a post
_TITLES_ASKED = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor",
                           "rev", "hon", "president", "prime", "minister", "pm", "premier",
                           "chancellor", "secretary", "senator", "sen", "rep", "governor", "gov",
                           "mayor", "ambassador", "judge", "king", "queen", "foreign", "defence",
                           "defense", "deputy", "vice"})


def speaker_names(query: str, aliases: Aliases) -> list[str]:
    """The names to look for when a user asks for `--speaker query`: the name as asked, and
    without the titles before it ("Mr Marles" is "Richard Marles", whom the index names
    without one)."""
    names = [query.strip()]
    words = query.split()
    while len(words) > 1 and fold(words[0]) in _TITLES_ASKED:
        del words[0]
    if len(words) < len(query.split()):
        names.append(" ".join(words))
    for name in [spelling for asked in list(names) for spelling in aliases.spellings_matching(asked)]:
        if name not in names:
            names.append(name)
    return names


@dataclass
class SpeakerTally:
    quotes: int = 0
    articles: set[str] = field(default_factory=set)
    roles: dict[str, int] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None


def tally(rows: Iterable[dict], aliases: Aliases, owners: dict[str, str] | None = None,
          canonical: dict[str, str] | None = None) -> dict[str, SpeakerTally]:
    """Count quotations per person from stored quotation fields (speaker, role, doc, date).

    A speaker known only by one word ("Kishida") joins the one fuller name that ends with it
    (`owners`, when given: of the whole corpus, `surname_owners`; `canonical`: `people`'s).
    """
    return people(raw_tally(rows), aliases, owners, canonical)


def raw_tally(rows: Iterable[dict]) -> dict[str, SpeakerTally]:
    """Count quotations per speaker as indexed, before spellings are joined into people."""
    tallies: dict[str, SpeakerTally] = {}
    for row in rows:
        speaker = row.get("speaker")
        if not speaker:
            continue
        # words two people said together ("Kevin Falcon and Elenore Sturko") count for each
        for person in joint_speakers(speaker) if " and " in speaker else (speaker,):
            t = tallies.get(person)
            if t is None:
                t = tallies[person] = SpeakerTally()
            t.quotes += 1
            t.articles.add(row.get("doc", ""))
            role = row.get("role")
            if role:
                t.roles[role] = t.roles.get(role, 0) + 1
            day = row.get("date")
            if day:
                t.first = min(t.first or day, day)
                t.last = max(t.last or day, day)
    return tallies


def joint_speakers(speaker: str) -> tuple[str, ...]:
    """The two people a joint speaker names ("Kevin Falcon and Elenore Sturko"), or the speaker
    alone: a body's name ("Department of Health and Human Services"), a pair of single words
    ("Procter and Gamble")."""
    first, _, second = speaker.partition(" and ")
    if " and " in second or len(first.split()) < 2 or len(second.split()) < 2:
        return (speaker,)
    from nato_search.entities import clean_name  # (only for the rare joint speaker)

    names = [clean_name(part) for part in (first, second)]
    if all(n is not None and not n.organisation and n.text == part
           for n, part in zip(names, (first, second), strict=True)):
        return first, second
    return (speaker,)


def one_spelling(names: Iterable[str]) -> dict[str, str]:
    """Each name written in several ways that differ only in case, accents, hyphens or dots
    ("Radosław Sikorski", "Radoslaw Sikorski") -> the one to show: the most accented (written
    as the person writes it), then not in capitals."""
    names = list(names)
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(fold(name), []).append(name)
    out: dict[str, str] = {}
    shown_of: dict[str, str] = {}  # folded -> the spelling shown
    for key, group in groups.items():
        shown = max(group, key=lambda n: (sum(not c.isascii() for c in n), not n.isupper(), n))
        shown_of[key] = shown
        if len(group) > 1:
            out.update(dict.fromkeys(group, shown))
    # a name with a middle initial or a number and the name without them ("Lloyd J. Austin
    # III", "Lloyd Austin"): one person, shown in full, when only one fuller form is written
    # (not "George W. Bush" and "George H. W. Bush", two people)
    bare: dict[str, list[str]] = {}
    for key in shown_of:
        words = [w for w in key.split() if len(w) > 1 and w not in _GENERATION_WORDS]
        if len(words) >= 2 and words[0][:1].isalpha() and " and " not in key:
            bare.setdefault(" ".join(words), []).append(key)
    for plain, keys in bare.items():
        fuller = [k for k in keys if k != plain]
        if len(keys) > 1 and len(fuller) == 1:
            for key in keys:
                for name in groups[key]:
                    out[name] = shown_of[fuller[0]]
    return out


# (not "Jr." or "Sr.": "Donald Trump Jr." is not Donald Trump)
_GENERATION_WORDS = frozenset({"ii", "iii", "iv"})


def canonical_names(names: Iterable[str], aliases: Aliases) -> dict[str, str]:
    """Each speaker as indexed -> the person's name: the alias table's, of its one spelling."""
    names = list(names)
    spelled = one_spelling(names)
    return {name: aliases.canonical_name(spelled.get(name, name)) or name for name in names}


def people(raw: dict[str, SpeakerTally], aliases: Aliases, owners: dict[str, str] | None = None,
           canonical: dict[str, str] | None = None) -> dict[str, SpeakerTally]:
    """Join the spellings of one person: in other cases or without accents, the alias table's
    (`canonical`: `canonical_names` of the whole corpus; else of `raw`), then a surname alone
    into the one fuller name that ends with it (`owners`: of the whole corpus, so that a filter
    that leaves one of two Trumps out does not give the other's words to the one left; else of
    `raw`). `raw` is left as it is."""
    if canonical is None:
        canonical = canonical_names(raw, aliases)
    tallies: dict[str, SpeakerTally] = {}
    for speaker, counted in raw.items():
        name = canonical.get(speaker) or aliases.canonical_name(speaker)
        if not name:
            continue
        if name in tallies:
            _merge(tallies[name], counted)
        else:
            tallies[name] = _copy(counted)
    for short, fuller in (surname_owners(list(tallies)) if owners is None else owners).items():
        if short not in tallies:
            continue
        if fuller in tallies:
            _merge(tallies[fuller], tallies.pop(short))
        else:
            tallies[fuller] = tallies.pop(short)  # (the fuller name's own quotations filtered out)
    return tallies


def surname_owners(names: list[str]) -> dict[str, str]:
    """Each name of one word ("Kishida") and the one fuller name among `names` that ends with it
    ("Fumio Kishida"): the person whose quotations `speakers` counts it with. A surname two
    fuller names end with ("Trump": Donald, Melania) stays on its own, and so do descriptions
    ("police" is not Thames Valley Police's) and a name two bodies share ("Reuters and NBC")."""
    # one pass to index the fuller names by their last word, one to look the short names up:
    # linear in the number of speakers (comparing every pair took minutes at 100k articles)
    by_surname: dict[str, list[str]] = {}
    for name in names:
        folded = fold(name).split()
        if len(name.split()) > 1 and folded and name[0].isupper() and " and " not in name:
            by_surname.setdefault(folded[-1], []).append(name)
            if folded[0] in SURNAME_FIRST and len(folded) <= 4 and (
                    folded[0] not in _SURNAME_OR_GIVEN or len(folded) >= 3 or "-" in name):
                by_surname.setdefault(folded[0], []).append(name)  # "Yoon Suk Yeol": Yoon
    owners: dict[str, str] = {}
    for short in [n for n in names if len(n.split()) == 1 and n[0].isupper()]:
        fuller = {fold(n): n for n in by_surname.get(fold(short), ()) if n != short}
        if len(fuller) == 1:  # (spellings of one name in other cases are one: "Donald TRUMP")
            owners[short] = fuller.popitem()[1]
    return owners


def surname_keys(asked: list[str], canonical: dict[str, str],
                 owners: dict[str, str]) -> tuple[str, ...]:
    """The speakers as indexed, folded as the index keeps them, that name by a surname alone a
    person asked for by a fuller name (`--speaker "Donald Trump"`: the quotations of "Trump" where
    `speakers` counts them as Donald Trump's). `asked`: the names `speaker_names` gives;
    `canonical`: every speaker as indexed -> its alias table's name; `owners`: `surname_owners`."""
    wanted = [set(fold(name).split()) for name in asked]

    def asked_for(person: str) -> bool:
        return any(words <= set(fold(person).split()) for words in wanted)

    # a surname no fuller name of the corpus ends is the one asked for by a name it ends
    # ("Kishida", where no quotation names him in full, for "Fumio Kishida"; or opens,
    # written surname first: "Yoon" for "Yoon Suk Yeol"); one that fuller names end is theirs
    # (`owners`), or, of two, neither's
    surnames = {words[-1] for words in map(str.split, map(fold, asked)) if len(words) >= 2} \
        | {words[0] for words in map(str.split, map(fold, asked))
           if len(words) >= 2 and words[0] in SURNAME_FIRST}
    claimed = {fold(full).split()[-1] for full in canonical.values() if " " in full.strip()} \
        if surnames else set()
    return tuple(sorted({name.casefold() for name, short in canonical.items()
                         if short in owners and asked_for(owners[short])
                         or " " not in short.strip() and fold(short) in surnames - claimed}))


def _copy(t: SpeakerTally) -> SpeakerTally:
    return SpeakerTally(t.quotes, set(t.articles), dict(t.roles), t.first, t.last)


def to_json(raw: dict[str, SpeakerTally]) -> dict:
    return {name: [t.quotes, sorted(t.articles), t.roles, t.first, t.last]
            for name, t in raw.items()}


def from_json(data: dict) -> dict[str, SpeakerTally]:
    return {name: SpeakerTally(q, set(docs), dict(roles), first, last)
            for name, (q, docs, roles, first, last) in data.items()}


def _merge(into: SpeakerTally, other: SpeakerTally) -> None:
    into.quotes += other.quotes
    into.articles |= other.articles
    for role, n in other.roles.items():
        into.roles[role] = into.roles.get(role, 0) + n
    days = [d for d in (into.first, into.last, other.first, other.last) if d]
    into.first, into.last = (min(days), max(days)) if days else (None, None)
