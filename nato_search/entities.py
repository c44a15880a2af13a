"""The people and organisations an article names, and who "he" and "the ministry" are.

The parts of this stage:

- `clean_name` cuts a run of capitalised words down to a name whose boundaries hold: no
  sentence opener or adverb ("So", "Afterwards Trump"), no place or adjective of a place
  ("Vermont Bernie Sanders", "Mayor of London Sadiq Khan"), no age ("Fourteen-year-old Zoe"),
  no dateline ("WASHINGTON"), no role ("Minority Whip Dick Durbin"), no party tag ("(D-N.C.)",
  ", R-Ky.,") and no post-nominal letters ("QC", "MP"); a title's full stop and initials stay
  inside ("Jessie K. Liu");
- `Entities` groups the mentions of an article into entities: one person under their fullest
  name, with the roles they were given and their gender once the narration calls them "he" or
  "she"; it remembers who the narration is about now (`last`, the salient entity), so that a
  pronoun, a surname shared by a family or a role noun ("the minister") resolves to them;
- `article_names` reads every name of an article in one pass, so that a speaker known by a
  surname alone is given under the most complete name the article gives (`complete`);
- `article_organisations` reads the bodies it names ("Ministry of Foreign Affairs"), so that
  "the ministry" or "the company" is given under the name of the one meant (`named_body`);
- `is_unnamed` tells a description ("a police spokesperson") from a name.

Rules only, no model, and each is general: nothing here names a person or a site.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from nato_search.text import SURNAME_FIRST as _SURNAME_FIRST
from nato_search.text import TITLE_ABBREVIATIONS, edit_distance

# ---------------------------------------------------------------------------------------------
# Vocabulary


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that open sentences or clauses: capitalised there, never part of a name.
OPENERS = _wordset("""
a an the this that these those it its in on at for but and or nor so yet as if when while after
before since until with without however meanwhile also still then later earlier now today
yesterday tomorrow tonight already afterwards afterward during despite although though because
unless whereas once thus hence therefore moreover furthermore instead otherwise indeed perhaps
maybe sometimes often never always again eventually finally first second third last next
overall initially previously recently currently separately similarly likewise additionally
regardless nonetheless nevertheless even only just here there where what who whom whose which
why how both all some many most several each every either neither no not yes according about
above across against along among around behind below beneath beside between beyond by down
from inside into like near of off onto out outside over past per through throughout to toward
towards under underneath up upon via within he she they we i you him her them us me my our your
their his hers theirs ours mine yours one two three four five six seven eight nine ten dear
mr mrs ms miss sir madam editor editors reporter reporters spokesman spokeswoman others
besides unlike amid amidst following including regarding concerning except alongside
none nobody nothing another other such
had has have did does was were is are would could should must
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december breaking update updated exclusive watch read
see scroll click tap subscribe share follow listen
""")
# The endings of adverbs that open sentences ("Ultimately, ...", "Reportedly, ..."), which no
# name of seven letters or more has ("Sally" and "Kelly" are shorter)
_ADVERB_ENDS = ("ally", "ately", "edly", "fully", "ously", "ively", "antly", "ently", "ibly",
                "ably", "ingly", "ually")

# what befell a person, written before the name as news does ("Jailed Adeli", "Disgraced
# former minister ..."): no part of the name
_STATE_BEFORE_NAME = _wordset("""
married divorced retired disgraced jailed convicted accused embattled beleaguered injured
wounded grieving heartbroken devastated tragic bereaved widowed murdered slain ousted exiled
detained imprisoned fugitive
""")

# words a page shouts, in capitals, that are no body's acronym
_SHOUTED = _wordset("""
video photo photos watch live news alert update urgent pics gallery quiz poll latest opinion
""")

# the endings of adverbs of manner, which no surname has ("Silently", "Seriously")
_MANNER_ENDS = ("ently", "ously", "ively", "ingly", "edly", "fully")


def is_opener(low: str) -> bool:
    """A word (folded) that opens sentences or clauses and is never part of a name."""
    return low in OPENERS or len(low) >= 7 and low.endswith(_ADVERB_ENDS)


# A speech verb that opens an inverted attribution ("Replied Stephen, ...", "Added Jones: ..."),
# or an imperative ("Ask Damien Chazelle, ..."): capitalised there, never part of a name
# ("said" is a name too: "Edward Said")
OPENERS |= _wordset("""
replied added asked answered responded continued explained recalled remembered wrote told
warned noted insisted countered retorted quipped joked concluded conceded admitted explains
recalls adds asks replies answers responds continues ask
""")

# What a person is at a place or an event, written before a name ("Witness Louie Solano") and
# before the place ("a resident of South Pyongan"): a role, never part of a name
_DESCRIPTORS = _wordset("""
witness eyewitness resident bystander neighbour neighbor passenger onlooker survivor voter
shopper commuter motorist pedestrian worshipper volunteer organiser organizer demonstrator
""")

# Titles and role nouns: written before a name, never inside it ("Assemblywoman Selena Torres").
ROLE_NOUNS = _DESCRIPTORS | _wordset("""
president vice-president prime minister cabinet ministers premier chancellor secretary secretary-general
general gen. admiral adm. spokesman spokeswoman spokesperson ambassador director director-general
chief leader head chairman chairwoman chair chairperson ceo cfo coo official officials analyst
professor prof. dr. doctor senator sen. governor gov. mayor king queen emperor
commander colonel col. lieutenant lt. captain capt. sergeant sgt. major maj. corporal private
brigadier commodore advocate
deputy representative rep. congressman congresswoman congressmember assemblyman
assemblywoman assemblymember councilman councilwoman councilmember councillor councilor alderman
lawmaker legislator mp mep envoy adviser advisor counsellor counselor attorney judge justice
magistrate prosecutor barrister solicitor counsel lawyer researcher expert executive founder co-founder
cofounder manager coordinator commissioner speaker delegate diplomat officer superintendent
inspector detective constable sheriff marshal auditor pope prince princess sheikh sultan emir
vizier mr. mrs. ms. mr mrs ms mx miss sir dame lord lady reverend rev. father bishop archbishop vicar chaplain
cardinal rabbi imam pastor member broadcaster journalist reporter presenter columnist author
writer activist protester protestor student lawyer chef coach host actor actress artist editor
comedian singer musician novelist poet filmmaker producer screenwriter playwright scientist economist
historian athlete
player performer co-author developer co-developer engineer designer architect physician surgeon
nurse psychologist psychiatrist therapist sociologist epidemiologist virologist biologist
chemist physicist astronomer mathematician teacher principal dean provost chancellor rector
lecturer fellow scholar academic strategist pollster consultant lobbyist candidate nominee challenger
incumbent whip minority majority floor defense defence foreign interior finance trade health
education homeland security national acting former then-president interim senior junior top
chief-executive ombudsman treasurer clerk mufti ayatollah mullah maulana cleric monsignor state
fact-checker
democrat democrats republican republicans democratic conservative labour liberal tory
socialist communist
dr cio cto cmo cso ciso vp svp evp gm farmer rancher grower fisherman shopkeeper
matron dci
vendor agent seller buyer owner homeowner skipper
prof gov sen rep adm col lt capt sgt maj cmdr supt insp det taoiseach tánaiste tanaiste sens reps
gen brig cpl pte cllr rev revd
hon hon. rt rt. honourable honorable
spc spc. pfc pfc. pvt pvt. cadet ensign airman seaman class
staff
supervisor supervisors trustee alderwoman selectman selectwoman commissioner
tem tempore
""")

# Posts of office that a surname alone may follow ("Fed President Kocherlakota").
_OFFICES = frozenset({"president", "minister", "secretary", "chairman", "chairwoman", "governor",
                      "senator", "mayor", "ambassador", "spokesman", "spokeswoman", "ceo",
                      "commissioner", "director", "chancellor", "premier", "mp", "lawmaker",
                      "congressman", "congresswoman", "councillor", "councilor"})

# Letters after a name that are not part of it.
POST_NOMINALS = frozenset({"qc", "kc", "mp", "mep", "msp", "ms", "mla", "phd", "md", "esq",
                           "obe", "mbe", "cbe", "kbe"})

# Words that make a run of capitalised words an organisation, not a person.
ORG_WORDS = _wordset("""
ministry council union guild nations states kingdom republic organization organisation office
department forces force army navy party group agency university committee commission
government parliament congress senate house court bank company corporation institute
association alliance foundation center centre school police service services network assembly
society board panel coalition authority authorities tribunal campaign commission club
federation league legion program programme inc inc. corp corp. ltd ltd. llc plc co. group unit
bureau secretariat
administration embassy consulate trust fund charity hospital airlines airways railways
international market markets stores media news times post press united fc
capital research partners ventures holdings securities equities investments labs technologies systems
solutions industries enterprises associates consulting communications entertainment studios
pictures records motors energy pharmaceuticals college academy television festival
nation tribe tribes council museum library reserve exchange directorate institution observatory forum command
street tower towers stadium arena plaza palace airport chamber watch
""")

_UPPER = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
# the small words inside a name: "Leonardo da Vinci", "Arnel dela Vega", "Osama bin Laden"
NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le",
                            "di", "du", "ibn", "abu", "ben", "dos", "das", "del", "della", "ter",
                            "dela", "delos"})
# A party tag: "(D-N.C.)", "R-Ky.", "(R)", "D-Calif."
PARTY_TAG = re.compile(r"^(?![IVX]{2,}[,.]?$)\(?[DRI]-?(?:[A-Z][A-Za-z.]*)?\)?[,.]?$")  # not "II"
# "Yemen-based", "Kremlin-backed", "Mozilla-signed": a modifier (the part after the hyphen
# written in lower case, as a past participle is), not a name
_MODIFIER = re.compile(r"-(?:born|led|run|made|[a-z]+ed)$")
_AGE = re.compile(r"^(?:\d+|[A-Za-z]+(?:-[A-Za-z]+)?)-(?:year|month|week)s?-old$", re.I)
_INITIAL = re.compile(rf"^[{_UPPER}]\.(?:[{_UPPER}]\.)*$")
_NAME_WORD = re.compile(rf"^(?:[{_UPPER}]|(?:al|el|ad|as|an|at|az|bin|ibn|de|di|du|da|van|von|le|la)"
                        rf"-?[{_UPPER}])[\w'’-]*\.?$")  # "al-Assad", "deGrasse"
# "I’d", "Don’t", "You’re": a contraction opening a sentence, never a name
_CONTRACTION = re.compile(r"['’](?:d|re|ll|ve|m)$|n['’]t$", re.I)
KEEPS_STOP = frozenset({"jr.", "sr."})  # a name's last word whose full stop is its own
# Titles that go with one name as the person's name: "Pope Francis", "Prince Harry"
# (a sovereign's title goes with given names and a number too: "Pope John Paul II")
ROYAL_TITLES = frozenset({"pope", "king", "queen", "prince", "princess", "emperor", "empress"})
_STYLED_BY_TITLE = ROYAL_TITLES | {"lord", "lady", "dame", "sir", "saint"}
# After these a place's name is a surname ("Ms Bradford")
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})
_REGNAL = re.compile(r"[IVX]+$")  # "II", "XVI"
# Adjectives that open a name ("New Zealand") but are none alone
_NOT_ALONE = frozenset({"new", "old", "former", "other", "more", "great", "greater"})
# (not "spokesman", "chairman": wire styles give them to women too, "Fed Chairman Janet Yellen")
GENDERED_TITLES = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
                    "father": "m", "brother": "m", "son": "m", "uncle": "m", "congressman": "m",
                    "assemblyman": "m", "councilman": "m",
                    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f",
                    "lady": "f", "queen": "f", "princess": "f", "sister": "f", "mother": "f",
                    "daughter": "f", "aunt": "f", "congresswoman": "f", "spokeswoman": "f",
                    "chairwoman": "f", "assemblywoman": "f", "councilwoman": "f", "actress": "f",
                    "widow": "f", "husband": "m", "wife": "f", "widower": "m",
                    "grandfather": "m", "grandmother": "f", "nephew": "m", "niece": "f",
                    "boyfriend": "m", "girlfriend": "f", "businessman": "m",
                    "businesswoman": "f", "stepfather": "m", "stepmother": "f"}
# what a description of someone unnamed says of their gender: "one woman", "a man"
# (with GENDERED_TITLES' nouns: "mother", "wife", ...)
_GENDERED_NOUNS = GENDERED_TITLES | {
    "woman": "f", "girl": "f", "man": "m", "boy": "m", "mum": "f", "mom": "f", "dad": "m",
    "schoolgirl": "f", "schoolboy": "m", "policewoman": "f", "policeman": "m",
    "male": "m", "female": "f"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "hers": "f"}


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents: "Erdoğan" and "Erdogan" are one spelling."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """The places of `data/places.txt`, folded: one-word ones, and the first words of longer ones."""
    text = resources.files("nato_search").joinpath("data/places.txt").read_text(encoding="utf-8")
    names = [fold(line.strip()) for line in text.splitlines()
             if line.strip() and not line.startswith("#")]
    return frozenset(names), frozenset(n.split()[0] for n in names if " " in n)


def is_place(words: str) -> bool:
    """A country, state, city or region, or its adjective ("Florida", "Greek", "Hong Kong")."""
    return fold(words.strip()) in _places()[0]


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Given name -> "m" or "f", from `data/given_names.txt` (the 1990 US census lists)."""
    text = resources.files("nato_search").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    pairs = (line.split() for line in text.splitlines() if line and not line.startswith("#"))
    return {fold(name): gender for name, gender in pairs}


def gender_of_name(name: str) -> str | None:
    """"m" or "f" when the name opens with a given name one gender nearly always has ("Nancy
    Pelosi" -> "f"); None for one word, an initial, or a surname-first name ("Kim Yo-jong")."""
    words = name.split()
    if len(words) < 2 or fold(words[0]) in _SURNAME_FIRST:
        return None
    if len(words) == 2 and SURNAME_FIRST_GIVEN.fullmatch(words[1]):
        return None  # "Min Joong-ki", "Chiang Kai-shek": the surname first, whatever it is
    given = _given_names()
    first = given.get(fold(words[0]))
    if first == "f" and any(given.get(fold(w)) == "m" for w in words[1:-1]):
        return None  # "Mai Ahmad Fatty": a man's given name after a woman's, no guess (a
        #              woman's after a man's is a man's: "José María Aznar")
    return first


def _surname_opens(name: str, surname: str) -> bool:
    """`surname` is the first word of `name`, written surname first: "Chow Hang-tung", "Kim
    Jong Un" (a surname of those countries, or a given name of two syllables after it)."""
    words = name.split()
    if len(words) < 2 or fold(words[0]) != surname:
        return False
    # (a given name of two syllables, hyphenated or apart: "Hang-tung", "Jong Un"; not "Lee
    # Anderson", a given name Lee)
    return len(words) == 2 and SURNAME_FIRST_GIVEN.fullmatch(words[1]) is not None \
        or surname in _SURNAME_FIRST and len(words) == 3 and all(len(w) <= 4 for w in words[1:])


# a given name of two syllables joined by a hyphen, the second in lower case, as Korean and
# Chinese names are written in English after the surname ("Joong-ki", "Kai-shek")
SURNAME_FIRST_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def is_given_name(word: str) -> bool:
    """A given name of the list ("Daniel", "Brittany"), whatever else the word may be."""
    return fold(word) in _given_names()


def _bare(token: str) -> str:
    return token.strip(",;:()“”\"'’‘")


_GLUED_ROLE = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z][\w-]*)$")


# the first word of a place's name ("Fort Meade", "Lake Tahoe"), never of a person's
_PLACE_KINDS = frozenset({"fort", "ft.", "mount", "mt.", "lake", "cape", "port", "camp"})


def _post_to_given_name(role: list[str], tokens: list[str]) -> None:
    """What a post is of or for runs up to a given name with a surname after it: those words
    move from `tokens` to `role` ("Public Prosecutions" of "Director of Public Prosecutions
    Alison Saunders")."""
    given = next((g for g in range(1, len(tokens) - 1) if is_given_name(_bare(tokens[g]))), None)
    if given is None and len(tokens) >= 3 and fold(_bare(tokens[-2])) not in NAME_PARTICLES \
            and (_PORTFOLIO_WORD.search(_bare(tokens[0])) or _is_role(tokens[0])):
        # "Minister in the Presidency Khumbudzo Ntshavheni": a portfolio's word, then a name
        # whose given name the list does not know: the last two words
        given = len(tokens) - 2
    if given is not None:
        role += [_bare(t) for t in tokens[:given]]
        del tokens[:given]


def _unglued_role(token: str) -> tuple[str, ...]:
    """"MuseumMinister-Councillor" -> ("Museum", "Minister-Councillor"); other words as they are."""
    m = _GLUED_ROLE.match(token)
    return m.groups() if m and _is_role(m.group(2)) else (token,)


def _is_role(token: str) -> bool:
    low = fold(_bare(token))
    return low in ROLE_NOUNS or low.rstrip(".") in ROLE_NOUNS or low.startswith(("ex-", "then-")) \
        or low.endswith(_ELECT) and low.rsplit("-", 1)[0] in ROLE_NOUNS \
        or "-in-" in low and low.split("-", 1)[0] in ROLE_NOUNS \
        or "-" in low and all(part in ROLE_NOUNS for part in low.split("-"))
    # ("Editor-in-Chief", "Minister-Councillor": posts joined)


_ELECT = ("-elect", "-designate")
# abbreviated titles that are given names too: "Gen Oleksandr Syrskyi" (the general), but
# "Defense Minister Gen Nakatani" (his name): before one name only, the word is read as a name
_TITLE_OR_GIVEN = frozenset({"gen"})


def _given_not_title(tokens: list[str]) -> bool:
    """The first of `tokens` is a given name, not the title it may abbreviate: written without
    a full stop and followed by one name only."""
    return len(tokens) == 2 and fold(tokens[0]) in _TITLE_OR_GIVEN


POSSESSIVE = ("'s", "’s")


def without_possessive(text: str) -> str:
    """"Brendan Fraser's" -> "Brendan Fraser" (by str.endswith: this runs per sentence)."""
    return text[:-2] if text.endswith(POSSESSIVE) else text


def _leading_place(tokens: list[str]) -> int:
    """How many of the first tokens name a place ("Hong Kong Carrie Lam" -> 2)."""
    places, heads = _places()
    first = fold(_bare(tokens[0]))
    if len(tokens) >= 2 and first in heads:
        two = first + " " + without_possessive(fold(_bare(tokens[1])))
        if two in places:
            return 2
    return 1 if without_possessive(first) in places else 0  # "Canada’s Sowmyan ..."


# ---------------------------------------------------------------------------------------------
# Name boundaries


@dataclass(frozen=True)
class Name:
    """A name cut out of a run of words, with what was cut off before it."""

    text: str
    role: str | None = None  # the role words written before it ("Minority Whip")
    gender: str | None = None  # from a gendered title ("Mrs.", "Congresswoman")
    organisation: bool = False


# states and unions written as capitals: "US European Command" (in lower case, "us" is a word)
STATE_ACRONYMS = frozenset({"US", "U.S.", "UK", "U.K.", "EU", "UN", "U.N."})


_CAPITALS_GLUED = re.compile(r"[A-Z]{3,}([A-Z][a-z][\w'’-]*)$")
# Malaysia's and Brunei's honorific styles, "Sir" as a Malay name writes it: "Datuk Seri Anwar
# Ibrahim", "Tan Sri Muhyiddin Yassin", "Tun Mahathir" (two words or one; "Tan" and "Sri" alone
# are a surname and a given name: "Tan Cheng Bock", "Sri Mulyani Indrawati")
_STYLES = frozenset({"datuk", "dato", "dato'", "dato’", "datin", "tun", "toh", "pehin"})
_STYLE_SECOND = frozenset({"seri", "sri", "paduka", "patinggi", "amar", "puan", "orang"})


def _honorific_length(tokens: list[str]) -> int:
    """How many of the first tokens are a Malay honorific style (0: none), when a name follows."""
    first = tokens[0].casefold()
    if first in ("tan", "puan") and len(tokens) > 2 and tokens[1].casefold() == "sri":
        return 2
    if first not in _STYLES or len(tokens) < 2:
        return 0
    n = 2 if tokens[1].casefold() in _STYLE_SECOND and len(tokens) > 2 else 1
    return n if tokens[n][:1].isupper() else 0


@lru_cache(maxsize=4096)
def clean_name(phrase: str) -> Name | None:
    """The name in a run of capitalised words, or None when there is none.

    "Afterwards Trump" -> Trump; "Vermont Bernie Sanders" -> Bernie Sanders; "Minority Whip
    Dick Durbin" -> Dick Durbin (role "Minority Whip"); "Rep. G.K. Butterfield (D-N.C.)" ->
    G.K. Butterfield; "Fourteen-year-old Zoe" -> Zoe; "So", "Greek", "WASHINGTON" -> None.
    """
    if "(" in phrase:
        phrase = re.sub(r"\([^)]*\)", " ", phrase)  # "(D-N.C.)", "(no relation)"
    tokens = phrase.replace(",", " , ").split()
    if any(_GLUED_ROLE.match(t) for t in tokens):
        # "National Maritime MuseumMinister-Councillor X": a space lost before a post
        tokens = [piece for t in tokens for piece in _unglued_role(t)]
    glued = next((k for k, t in enumerate(tokens) if _CAPITALS_GLUED.match(t)), None)
    if glued is not None:
        # "HAVING A BLASTKim Jong-un": a headline's kicker in capitals, its last word glued to
        # the name by a scrape: the name starts after it
        tokens = [_CAPITALS_GLUED.match(tokens[glued]).group(1), *tokens[glued + 1:]]
    # a party tag or an age after a comma ends the name: "McConnell, R-Ky.,", "Smith, 45,"
    if "," in tokens:
        head = tokens[:tokens.index(",")]
        named = bool(head) and any(_is_name_like(t) for t in head)
        tokens = head if named else [t for t in tokens if t != ","]
    # ("R." before a name is an initial: "Kenneth R. Lowe", "D. Smith", not a party's "R")
    last = len(tokens) - 1
    tokens = [t for i, t in enumerate(tokens)
              if not (PARTY_TAG.match(t) and not (i < last and _INITIAL.match(t)))
              and not _AGE.match(_bare(t))]
    while tokens and _MODIFIER.search(_bare(tokens[0])):
        tokens.pop(0)  # "Yemen-based", "Amazon-owned": a modifier, not a name
    titled_at = next((k for k in range(1, len(tokens) - 1)
                      if fold(_bare(tokens[k])).rstrip(".") in COURTESY_TITLES), 0)
    if titled_at and not any(_is_role(t) for t in tokens[:titled_at]):
        del tokens[:titled_at]  # 'Said Mr Fogg: "..."': a courtesy title starts the name
    if tokens:
        tokens[-1] = without_possessive(tokens[-1])  # "Trump's" -> "Trump"
    role: list[str] = []
    place_words: list[str] = []
    place_before_role = False  # a place, then a post: "Russian President", "US Secretary of State"
    gender = None
    while tokens:
        if n := _honorific_length(tokens):
            del tokens[:n]  # "Tan Sri Muhyiddin Yassin": a style, no part of the name
            continue
        low = fold(_bare(tokens[0]))
        if tokens[0] in STATE_ACRONYMS:
            place_words.append(tokens.pop(0))  # "US European Command": a place, not "us"
            continue
        if low == "he" and len(tokens) == 2 and not role and _bare(tokens[1]).isalpha() \
                and tokens[1][:1].isupper() and not is_opener(fold(_bare(tokens[1]))) \
                and not is_given_name(_bare(tokens[1])):
            break  # "He Jianxiong": a Chinese surname first, not the pronoun
        if is_opener(low) and low not in GENDERED_TITLES \
                and not (role and fold(role[-1]).rstrip(".") in COURTESY_TITLES) \
                or low in _STATE_BEFORE_NAME:
            tokens.pop(0)  # (after "Mrs", "May" is her name; "Married Adeli": a state)
            continue
        if _is_role(tokens[0]) and not _given_not_title(tokens) or _occupation_opening(tokens) \
                or low[-1:] == "s" and low[:-1] in ROLE_NOUNS and (
                    len(tokens) >= 3 or len(tokens) == 2 and is_given_name(_bare(tokens[1]))):
            # ("Representatives Brad Sherman and Al Green": a post in the plural, then names;
            # "Screenwriters Sara [and Gregory Bernstein]")
            gender = gender or GENDERED_TITLES.get(low)
            role.append(_bare(tokens.pop(0)))
            continue
        places = _leading_place(tokens)
        if places and (len(tokens) - places >= 2 or len(tokens) > places
                       and tokens[places - 1].endswith(POSSESSIVE)):  # "Canada’s Sowmyan"
            # a place before a name, or a place alone: not a person's name
            place_words = tokens[:places]
            del tokens[:places]
            role = []  # "Mayor of London": the role went with the place
            place_before_role = bool(tokens) and _is_role(tokens[0])
            continue
        break
    if role and fold(role[-1]) in _DESCRIPTORS and tokens \
            and re.search(rf"\b{re.escape(role[-1])}\s+(?:of|from|in|at)\s", phrase, re.I):
        return None  # "One resident of South Pyongan": a person unnamed, and a place
    if role and (" of " in phrase or " for " in phrase or " in the " in phrase):
        # "Director of Public Prosecutions Alison Saunders" (its "of" was dropped above)
        _post_to_given_name(role, tokens)
    while len(tokens) > 1 and (fold(_bare(tokens[-1])).rstrip(".") in POST_NOMINALS
                               or fold(_bare(tokens[-1])) in _WEEKDAYS):
        tokens.pop()  # "Judge Durham Hall QC"; "told Kate Bolduan Friday morning"
    # a role or a possessive inside the run ends what comes before the name: "Santa Barbara
    # County Sheriff Bill Brown", "NATO Secretary-General Jens Stoltenberg", "Mexico's Foreign
    # Secretary Marcelo Ebrard" (not "Martin Luther King Jr.": one word after is not a name)
    for i in range(len(tokens) - 1, -1, -1):
        after = sum(_is_name_like(t) for t in tokens[i + 1:])
        # one word after a post of office names its holder ("Minneapolis Fed President
        # Kocherlakota"); "Martin Luther King Jr." is no king
        if (_is_role(tokens[i]) or tokens[i].endswith(POSSESSIVE)) \
                and (after >= 2 or after == 1 == len(tokens) - i - 1
                     and fold(_bare(tokens[i])) in _OFFICES):
            role = [_bare(t) for t in tokens[:i + 1]]
            gender = gender or GENDERED_TITLES.get(fold(_bare(tokens[i])))
            del tokens[:i + 1]
            while len(tokens) > 1 and _is_role(tokens[0]) and not _given_not_title(tokens):
                # "ERAA's Mr Clarke"
                gender = gender or GENDERED_TITLES.get(fold(_bare(tokens[0])))
                role.append(_bare(tokens.pop(0)))
            break
    if role and tokens and fold(tokens[0]) in ("of", "for"):
        _post_to_given_name(role, tokens)  # "Older People's Commissioner for Wales Sarah ..."
    while tokens and fold(_bare(tokens[0])) in NAME_PARTICLES and len(tokens) > 1 \
            and not _is_name_like(tokens[1]):
        tokens.pop(0)
    words = [_bare(t) for t in tokens if _bare(t)]
    while len(words) > 1 and words[-1] in JOINING_WORDS:
        words.pop()  # "Yahya Jammeh But foreign diplomats ...": a headline run into a sentence
    if words and words[-1].endswith(".") and not _INITIAL.match(words[-1]) \
            and fold(words[-1]) not in KEEPS_STOP:
        words[-1] = words[-1][:-1]  # the sentence's full stop, not an initial's
    if not words or not all(_is_name_like(w) or fold(w) in NAME_PARTICLES for w in words):
        return None
    if fold(words[0]) in NAME_PARTICLES and len(words) == 1:
        return None
    lows = [fold(w) for w in words]
    # "Ms Bradford", "Mr Paris": after a courtesy title, a place's name is a surname
    titled = bool(role) and fold(role[-1]).rstrip(".") in COURTESY_TITLES
    if not titled and (all(w in _places()[0] for w in lows) or is_place(" ".join(words))):
        return None  # "Eastern Mediterranean"; "United Arab Emirates" is no body and its person
    org_at = [i for i, w in enumerate(lows) if w in ORG_WORDS]
    if org_at and len(words) - org_at[-1] - 1 >= 2:
        # a body, then its person: "Amnesty International Man-kei Tam"
        person = clean_name(" ".join(words[org_at[-1] + 1:]))
        if person is not None:
            return Name(person.text, " ".join(words[:org_at[-1] + 1]), person.gender)
    # ("Fair Work Ombudsman", "Commonwealth Ombudsman": an office, no one's name)
    organisation = bool(org_at) or len(words) >= 2 and lows[-1] in ("ombudsman", "ombudsperson")
    if organisation and role:
        # a body's name holds words of posts: "Foreign Office", "Cabinet Office", "Prime
        # Minister Office" (an owner's possessive before them is not part of it)
        kept = list(itertools.takewhile(lambda w: not w.endswith(POSSESSIVE), reversed(role)))
        words, role = [*reversed(kept), *words], role[:len(role) - len(kept)]
    if organisation and place_words and not place_words[-1].endswith(POSSESSIVE) \
            and not role:
        words = [_bare(t) for t in place_words] + words  # "Tokyo Stock Exchange"
    if not organisation:
        if any(len(w) >= 7 and w.endswith(_MANNER_ENDS) for w in lows[1:]):
            return None  # "Raqqa is Being Slaughtered Silently": a title's adverb ends no name
        if (len(words) == 1 and not titled and (is_opener(lows[0]) or lows[0] in _NOT_ALONE)) \
                or not titled and (is_place(" ".join(words))
                                   or len(words) <= 3 and lows[0] in _PLACE_KINDS):
            return None  # ("Fort Meade", "Mount Everest", "Cape Town": places)
        if len(words) >= 2 and all(w.isupper() for w in words) \
                and (len(words) >= 4 or any(w.endswith(POSSESSIVE) for w in words)):
            return None  # a headline in capitals: "TRUMP'S FEUD", "TRUMP SUPPORTER WEARING ..."
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 3:
            if len(words[0]) <= 6 and words[0].isalpha() and lows[0] not in _SHOUTED:
                # "NATO said", "NASA said", "UNICEF said": a body's acronym
                return Name(words[0], None, None, True)
            return None  # a dateline ("WASHINGTON") or a shouted word, not a person
        if len(words) == 1 and role and lows[0].endswith("s") and lows[0][:-1] in ROLE_NOUNS:
            return None  # "Tory MPs", "Democratic Senators": people by their post, no name
    if role and fold(role[-1]) in _STYLED_BY_TITLE and (len(words) == 1 or (
            fold(role[-1]) in ROYAL_TITLES and len(words) <= 4
            and all(_REGNAL.match(w) or fold(w) in _given_names() for w in words))):
        # "Pope Francis", "King Charles III", "King Juan Carlos", "Pope John Paul II": a
        # sovereign's given names and number, with the title, are the name
        words = [role.pop(), *words]
    if role and place_words and not organisation and place_before_role:
        # "Russian President Vladimir Putin": the country's post ("the Russia leader" is he)
        role = [*(_bare(t) for t in place_words), *role]
    return Name(" ".join(words), " ".join(role) or None, gender, organisation)


# the words that open a sentence joined to the one before, never a name's last word
# ("So" and "Or" are surnames too: "Wesley So", "Ruth Or")
JOINING_WORDS = frozenset({"But", "And", "Yet", "However", "Meanwhile", "The"})
# what nouns of occupations end in: "Ecologist", "Commenter", "Voter", "Historian"
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "yst")


def _occupation_opening(tokens: list[str]) -> bool:
    """A common noun capitalised as it opens the sentence, before a person's given name and
    surname: "Ecologist Ryan Norris", "Voter Kitty Mak" (a word ending as nouns of occupations
    do, which is no given name itself: not "Walter", "Hunter")."""
    first = _bare(tokens[0])  # (or two joined: "Singer-songwriter Linda Ronstadt")
    return len(tokens) >= 3 and first.replace("-", "").isalpha() and first[:1].isupper() \
        and first[1:].replace("-", "").islower() \
        and first.endswith(_AGENT_ENDINGS) and not is_given_name(first) \
        and is_given_name(_bare(tokens[1])) and _is_name_like(tokens[1]) \
        and _is_name_like(tokens[2])


def _is_name_like(token: str) -> bool:
    bare = _bare(token)
    # (both patterns open with a capital letter: a word they match holds a letter)
    return bool(bare) and (bool(_NAME_WORD.match(bare)) or bool(_INITIAL.match(bare))) \
        and not _CONTRACTION.search(bare)


# people who speak for a body or a person, unnamed: "(Obama administration) officials"
PEOPLE_OF_BODY = (r"(?:officials|aides|advis[eo]rs|staffers|executives|lawmakers|negotiators|"
                  r"diplomats|investigators|prosecutors|lawyers|attorneys|spokespeople|"
                  r"representatives|sources|allies|supporters|members|leaders)")
_ENDS_WITH_PEOPLE_OF_BODY = re.compile(rf"\s{PEOPLE_OF_BODY}$")

# someone described by whose they are: a name's possessive, then an aide or a relative in
# lower case ("Paul Grant's spokesman"; not a body, "China's foreign ministry", nor a post,
# "Japan's prime minister")
_SOMEONES = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s(?:\s+[a-z][\w-]*){0,2}\s+"
                       r"(?:spokes(?:man|woman|person|men|women|people)|lawyers?|attorneys?|aides?|"
                       r"advisers?|family|wife|husband|widow|mother|father|son|daughter|brother|"
                       r"sister|parents|children|relatives)")

_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "one", "some", "two", "three", "several",
                                  "many"})


def is_unnamed(speaker: str | None) -> bool:
    """A speaker given by a description ("a police spokesperson", "One MP", "a Chinese
    official"), not a name: no capitalised word of it is more than an opener, a role or a
    place's adjective."""
    if not speaker:
        return True
    words = speaker.split()
    if len(words) >= 2 and fold(words[0]) in _DESCRIPTION_OPENERS and words[1][:1].islower():
        return True  # "a spokesperson of the North's committee": a description, named words or not
    if len(words) >= 2 and fold(words[0]) in _DESCRIPTION_OPENERS and fold(words[0]) != "the" \
            and words[-1][:1].islower():
        return True  # "a U.S. State Department official": someone of a body, not named
    if _ENDS_WITH_PEOPLE_OF_BODY.search(speaker):
        return True  # "White House officials": people of a body, not named
    if _SOMEONES.fullmatch(speaker):
        return True  # "Paul Grant's spokesman", "Sotloff's mother": someone of someone's
    for word in words:
        bare = _bare(word)
        if bare[:1].isupper() and fold(bare) not in OPENERS and not _is_role(bare) \
                and not is_place(bare):
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Entities and salience


@dataclass
class Entity:
    """One person or organisation of an article."""

    name: str  # the fullest form seen, e.g. "Fumio Kishida"
    role: str | None = None
    gender: str | None = None  # "m" or "f", from a title or a "he"/"she" after a mention
    roles: list[str] = field(default_factory=list)
    organisation: bool = False  # "Whole Foods Market": never "he" or "she"
    likely: str | None = None  # the gender its given name suggests, if the narration says none
    mentions: int = 0  # how often the article has named it so far: how much it is about it
    alone: bool = False  # introduced by one name ("Vladimir, a 36-year-old broker"): no fuller one
    kin_of: str | None = None  # whose relative, when the text says ("Foley" of "Foley's mother")

    @property
    def surname(self) -> str:
        words = self.name.split()
        return words[-1] if words else ""


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _drop_modifiers(tokens: list[str]) -> list[str]:
    """The words of a name without a modifier before it ("Yemen-based", "Amazon-owned")."""
    while len(tokens) > 1 and _MODIFIER.search(tokens[0]):
        tokens = tokens[1:]
    return tokens


# an Arabic article joined to a surname, in lower case: "Ali al-Harbi", "Nabil el-Araby"
JOINED_ARTICLE = r"(?:al|el|ad|ash|as|at|az|an|ar|ud|ul)-"
_JOINED_ARTICLE_OPENING = re.compile(rf"^{JOINED_ARTICLE}(?=\w{{3}})")


@lru_cache(maxsize=8192)
def _words_of(name: str) -> tuple[str, ...]:
    """A name's words for comparing: folded, a closing full stop off, a generation after the
    surname off ("James Roosevelt Jr." is "james roosevelt": "Roosevelt" names him), and a
    middle initial."""
    # ("al-Mekdad" is named "Mekdad" too: an article joined to a surname is no part of it)
    words = [_JOINED_ARTICLE_OPENING.sub("", w.rstrip(".,")) for w in fold(name).split()]
    while len(words) > 1 and words[-1] in _GENERATIONS:
        words.pop()
    if len(words) > 2:  # a middle initial does not tell two people apart: "Pedro R. Pierluisi
        #                 Urrutia" is "Pedro Pierluisi Urrutia"
        words = [w for i, w in enumerate(words) if len(w) > 1 or i in (0, len(words) - 1)]
    return tuple(words)


# a generation after the surname, not counted among a name's words ("Jerry Jr." is no
# fuller name of "Jerry")
_GENERATION_ENDS = (" Jr", " Jr.", " Sr", " Sr.", " II", " III", " IV", " jr.", " sr.")
GENERATIONS = frozenset(end.strip() for end in _GENERATION_ENDS)  # a name's last word: "III"


def _same_person(full: str, name: str) -> bool:
    """`name` can be a shorter mention of `full`: "Kishida", "Fumio Kishida", "Blasio" for
    "Bill de Blasio", "Erdogan" for "Recep Tayyip Erdoğan"; not "Hunter Biden" for "Joe Biden"."""
    f, n = _words_of(full), _words_of(name)
    if not f or not n:
        return False
    if f == n or (len(n) == 1 and n[0] in f):
        return True
    if len(n) > 1 and " ".join(f).endswith(" " + " ".join(n)):
        return True  # "Tayyip Erdogan"
    return len(n) > 1 and n[-1] == f[-1] and (n[0] == f[0] or n[0].rstrip(".") == f[0][:1])


# the words that go on with a body's name after its first ones: "[Ubud Writers] and Readers Festival"
_BODY_GOES_ON = re.compile(r"((?:\s+(?:and|of|for|&|[A-Z][\w'’&-]*)){1,4})")


@dataclass
class Entities:
    """Who the article has named so far, with roles and gender, and who it is about now."""

    persons: list[Entity] = field(default_factory=list)  # most recently mentioned last
    salient: Entity | None = None  # the one last spoken of as a subject or speaker
    noted: int = 0  # how many times one was made the salient one (a sentence's subject, ...)
    # every word of every name -> the entities that hold it, so that a lookup reads only the
    # entities that can match, not all of them
    _by_word: dict[str, list[Entity]] = field(default_factory=dict)
    outlets: frozenset[str] = frozenset()  # the news outlets the text calls so (folded)
    text: str = ""  # the article's narration, where a body's full name may be found

    @property
    def last(self) -> Entity | None:
        return self.salient

    @last.setter
    def last(self, entity: Entity | None) -> None:
        # the one spoken of is the most recently mentioned too: "she" looks back from there
        persons = self.persons
        if entity is not None and persons and persons[-1] is not entity:
            for i in range(len(persons) - 2, -1, -1):  # (it is most often near the end)
                if persons[i] is entity:
                    del persons[i]
                    persons.append(entity)
                    break
        self.salient = entity
        self.noted += 1

    def find(self, name: str, gender: str | None = None, role: str | None = None) -> Entity | None:
        """The entity `name` is a mention of; of a family sharing a surname, the one spoken of
        most recently (whose gender fits, when a title gives one: "Mrs. Trump"; who holds the
        post, when one is written: "Gen. Brown" is not the analyst James Brown)."""
        def fits(p: Entity) -> bool:  # (a given name tells the gender the narration has not)
            return _same_person(p.name, name) \
                and (gender is None or (p.gender or p.likely) in (None, gender))

        words = fold(name).split()
        # any match shares the mention's last word ("Kishida", "Tayyip Erdogan", "J. Smith")
        candidates = {id(p) for p in self._by_word.get(words[-1], ())} if words else set()
        if not candidates:
            return None
        if gender is not None:
            known = [p for p in reversed(self.persons) if id(p) in candidates and fits(p)
                     and p.gender == gender]
            if known:
                return known[0]
        found = [p for p in reversed(self.persons) if id(p) in candidates and fits(p)]
        # a surname ends a name: "Trump" is Donald Trump before a building named Trump Tower;
        # or opens it, in the order of Korea, China and Japan ("Chow" is Chow Hang-tung too)
        ending = [p for p in found if _words_of(p.name)[-1:] == _words_of(name)[-1:]
                  or len(words) == 1 and _surname_opens(p.name, words[0])]
        found = ending or found
        if role and found:
            posted = [p for p in found if _holds_post(p, role)]
            if not posted and post_word(role) \
                    and all(any(post_word(held) for held in p.roles) for p in found):
                return None  # "Gen. Brown", after "analyst James Brown": another Brown
            found = posted or found
        if self.last is not None and any(p is self.last for p in found):
            return self.last
        if len(found) >= 2 and len(words) == 1:
            # a surname alone, of a family: the one the article is about, named most often so
            # far ("Biden" is Joe Biden after a mention of his son Beau Biden), not one named
            # as another's relative ("his father Kim Jong Il", after Kim Jong Un)
            found = [p for p in found if p.kin_of is None] or found
            return max(found, key=lambda p: p.mentions)  # (the latest, of equals)
        return found[0] if found else None

    def add(self, name: str, role: str | None = None, gender: str | None = None,
            new: bool = False) -> Entity:
        """The entity `name` names, made or met again; `gender`, when a title gives one; `new`:
        someone the text introduces, met again only under the same name ("Vladimir, a
        36-year-old customs broker" is not Vladimir Putin)."""
        cleaned = clean_name(name) if name[:1].isupper() else None
        if cleaned is not None and not cleaned.organisation and fold(name) in self.outlets:
            cleaned = Name(name, None, organisation=True)  # "Ad Age": a website, no person
        if cleaned is not None and not cleaned.organisation:
            name, role = cleaned.text, role or cleaned.role
        # the gender a title tells: "first lady", "Congresswoman", "Mrs."; or a description
        # ("one woman", "a 22-year-old man", "the boy's mother")
        gender = gender or next((GENDERED_TITLES[w] for w in fold(role or "").split()
                                 if w in GENDERED_TITLES), None) \
            or (next((_GENDERED_NOUNS[w] for w in reversed(fold(name).split())
                      if w in _GENDERED_NOUNS), None) if name[:1].islower() else None)
        if cleaned is not None and cleaned.organisation:
            name = " ".join(_drop_modifiers(name.split()))  # "Amazon-owned Whole Foods Market"
            known = self.find(name) or self._short_form(name)
        elif new:
            known = next((p for p in self.persons if p.name == name), None)
        else:  # ("Mrs Blackman" is not the Alexander Blackman named before)
            known = self.find(name, gender, role) or self._organisation_named(name)
        if known is None:
            known = Entity(name, role, organisation=cleaned is not None and (
                               cleaned.organisation or self._opens_a_body(cleaned.text)),
                           alone=new)
        else:
            self.persons.remove(known)
            if len(name.split()) > len(known.name.split()):
                known.name = name
                known.alone = False  # (named in full after all)
            if role and not known.role:
                known.role = role
        known.mentions += 1
        if role and role not in known.roles:
            known.roles.append(role)
        if known.gender is None:
            known.gender = gender
        if not known.organisation:
            known.likely = known.likely or gender_of_name(known.name)  # "Nancy Pelosi"
        self.persons.append(known)
        if known.name[:1].islower():
            return known  # "a doctor from Hebron": someone "he" may mean, whom no name finds
        for word in {w for token in fold(known.name).split()
                     for w in (token, _JOINED_ARTICLE_OPENING.sub("", token))}:
            holders = self._by_word.setdefault(word, [])
            if not any(h is known for h in holders):
                holders.append(known)
        return known

    def _short_form(self, organisation: str) -> Entity | None:
        """An entity met before under the organisation's short form ("Whole Foods" before
        "Whole Foods Market"): the same organisation, now known as one."""
        full = _words_of(organisation)
        for p in reversed(self.persons):
            words = _words_of(p.name)
            if len(full) > len(words) and full[:len(words)] == words \
                    and all(w in ORG_WORDS for w in full[len(words):]):
                p.organisation = True
                p.name = organisation
                return p
        return None

    def _opens_a_body(self, name: str) -> bool:
        """The text names a body whose name opens with this one: "Natural Fruit" of the
        "Natural Fruit Company", "Ubud Writers" of the "Ubud Writers and Readers Festival"."""
        if not self.text or " " not in name or not name[:1].isupper() \
                or is_given_name(name.split()[0]):
            return False  # ("Doris Day" of the "Doris Day Animal Foundation" is a woman)
        # the text's first mention of the words is the body's: a person named first, then a
        # stadium or a foundation named after them ("Narendra Modi ... the Narendra Modi
        # Stadium"), stays a person
        at = self.text.find(name + " ")
        while at > 0 and (self.text[at - 1].isalnum() or self.text[at - 1] in "-'’"):
            at = self.text.find(name + " ", at + 1)  # (a word's end, not the name's start)
        goes_on = _BODY_GOES_ON.match(self.text, at + len(name)) if at >= 0 else None
        return goes_on is not None and fold(goes_on.group(1).split()[-1]) in ORG_WORDS

    def _organisation_named(self, name: str) -> Entity | None:
        """A known organisation of which `name` is the short form: "Whole Foods" for "Whole Foods
        Market", "Kleiner" for nobody (the words left must all be words of organisations)."""
        words = _words_of(name)
        for p in reversed(self.persons):
            if p.organisation:
                full = _words_of(p.name)
                if len(full) > len(words) and full[:len(words)] == words \
                        and all(w in ORG_WORDS for w in full[len(words):]):
                    return p
        return None

    def pronoun(self, pronoun: str) -> Entity | None:
        """The person "he" or "she" points back to: the salient person if the gender fits,
        else the most recently mentioned person it fits."""
        gender = PRONOUNS.get(pronoun.casefold())

        def fits(p: Entity) -> bool:
            return p.gender in (None, gender) and not p.organisation and not _a_people(p.name)

        def agrees(p: Entity) -> bool:  # what the narration says, else what the name suggests
            return p.gender == gender or p.gender is None and p.likely in (None, gender)

        if self.last is not None and fits(self.last) and agrees(self.last):
            return self.last
        found = next((p for p in reversed(self.persons) if fits(p) and agrees(p)), None)
        if found is not None:
            return found
        if self.last is not None and fits(self.last) and self.last.likely is None:
            return self.last
        return next((p for p in reversed(self.persons) if fits(p) and p.likely is None), None)

    def by_role(self, role_words: list[str], heads: frozenset[str] | set[str]) -> Entity | None:
        """The person last named with a role that has one of these head nouns."""
        said = same_posts(" ".join(role_words).casefold()).split()
        wanted = {w for w in said if w in heads}
        if not wanted:
            return None
        # "the Ukrainian president" of two presidents: the one whose post says "Ukrainian"
        # (or "Ukraine's"); else the last one named with the post
        modifiers = {w[:5] for w in said if w not in heads and w.isalpha() and w != "the"}
        # ("the prime minister" is a minister, but no other minister is the prime minister:
        # not "the shadow minister for Indigenous Australians")
        prime = "prime" in role_words
        first = modified = country_head = None
        for p in reversed(self.persons):
            for role in p.roles or ([p.role] if p.role else []):
                if prime and "prime" not in role.casefold():
                    continue
                held = same_posts(role.casefold()).split()
                if wanted & set(held) and not vice_of(held, wanted, said):
                    if not modifiers or modifiers <= {w[:5] for w in held}:
                        return p
                    first = first or p
                elif modifiers and wanted <= ANY_HEAD and modifiers <= {w[:5] for w in held}:
                    modified = modified or p
                elif modifiers and wanted <= ANY_HEAD and country_head is None \
                        and _HEAD_OF_COUNTRY.search(role.casefold()):
                    country_head = p
        # "the Russia leader": of "opposition leader Alexei Navalny" and "Russian President
        # Vladimir Putin", the one the words before it fit, whatever they lead; "the Israeli
        # leader", when no post names the country: its prime minister or president, not
        # "leader of the opposition party" Gideon Saar
        return modified or country_head or first


# the endings of nouns for a people, a faith or a party, in the plural, which no surname has:
# "Christians", "Republicans", "Democrats", "Socialists", "Shiites"
_PEOPLES_ENDS = ("ians", "cans", "crats", "ists", "ites")


# the posts of who leads a country: "the Israeli leader" is one of them
_HEAD_OF_COUNTRY = re.compile(r"(?<!vice )(?<!vice-)\b(?:prime minister|president|premier|chancellor|"
                              r"king|queen|emperor)\b")


def _holds_post(person: Entity, role: str) -> bool:
    """Whether `person` was called by the post `role` names."""
    return any(_same_post(held, role) for held in person.roles)


def _same_post(role: str, other: str) -> bool:
    """"Gen." and "General", "Lt. Gen." and "Maj. Gen.", "Mayor" and "the mayor of New York":
    one post (a courtesy title is none)."""
    post = post_word(role)
    return post is not None and post == post_word(other)


@lru_cache(maxsize=2048)
def post_word(role: str) -> str | None:
    """The noun of the post a role names, its last ("general" of "Lt. Gen.", "mayor" of "mayor
    of New York"); None for a courtesy title or no post."""
    words = [w.rstrip(".,") for w in same_posts(fold(role)).split()]
    return next((w for w in reversed(words) if w in ROLE_NOUNS and w not in COURTESY_TITLES
                 and w not in GENDERED_TITLES), None)


def _a_people(name: str) -> bool:
    """A people, a faith or a party named in the plural, whom "he" or "she" never means."""
    last = name.rsplit(" ", 1)[-1]  # ("Young Socialists", "Senate Republicans")
    return len(last) > 5 and last.endswith(_PEOPLES_ENDS)


# words before a post that make it another, lesser post: "the deputy prime minister" is no
# prime minister, "the assistant secretary" no secretary
_UNDER_POSTS = ("vice", "deputy", "assistant", "under")


def vice_of(held: list[str], wanted: set[str], said: list[str]) -> bool:
    """A vice president is not "the president" (nor a vice chairman "the chairman", a deputy
    prime minister "the prime minister"); the chancellor is not "the shadow chancellor", nor
    the other way round."""
    if ("shadow" in held) != ("shadow" in said):
        return True
    return lesser_post(held, wanted, said)


def lesser_post(held: list[str], wanted: set[str], said: list[str]) -> bool:
    """The post held is a deputy's, an assistant's, ... of the one said ("deputy prime
    minister" of "the prime minister")."""
    return any(under in held and under not in said
               and all(held.index(under) < held.index(w) for w in wanted if w in held)
               for under in _UNDER_POSTS)


# heads of any post: "the Pentagon chief" may be any office's holder, "the Russia leader" its
# president
ANY_HEAD = frozenset({"leader", "chief", "head", "boss"})


def same_posts(role: str) -> str:
    """A post under the one word its other names share: "prime minister" is a "minister", a
    "chief executive (officer)" the "CEO"."""
    if "prime" in role:
        role = role.replace("prime minister", "minister")
    if "chief executive" in role:
        role = role.replace("chief executive officer", "ceo").replace("chief executive", "ceo")
    if "congress" in role:  # a member of the House, as American prose calls them
        role = _CONGRESS_MEMBER.sub("representative", role)
    if "secretary of state" in role or "foreign" in role:
        # a country's top diplomat: its secretary of state ("for Health" is a British
        # minister's), its foreign minister or foreign secretary
        role = _TOP_DIPLOMAT.sub(r"\g<0> diplomat", role)
    if "." in role or len(role) <= 5 or " " in role:
        # "Gen Oleksandr Syrskyi" is the one "the general" means (a single word of more than
        # five letters is no abbreviation: it is not split)
        role = " ".join(ABBREVIATED_POSTS.get(w.rstrip("."), w) for w in role.split())
    return role


_CONGRESS_MEMBER = re.compile(r"\bcongress(?:man|woman|member|person)\b")
_TOP_DIPLOMAT = re.compile(r"\bsecretary of state\b(?! for)|\bforeign (?:minister|secretary)\b")
ABBREVIATED_POSTS = {"gen": "general", "lt": "lieutenant", "col": "colonel", "sen": "senator",
                     "rep": "representative", "gov": "governor", "adm": "admiral",
                     "capt": "captain", "sgt": "sergeant", "maj": "major", "prof": "professor",
                     "supt": "superintendent", "insp": "inspector", "det": "detective",
                     "cllr": "councillor", "brig": "brigadier", "cpl": "corporal",
                     "cmdr": "commander", "spc": "specialist", "pfc": "private first class",
                     "pvt": "private"}


# ---------------------------------------------------------------------------------------------
# Every name of an article, in one pass

_RUN = re.compile(
    rf"[{_UPPER}](?<![\w'’.-].)[\w'’.-]*"  # the capital before the look-behind: see quotes.py
    rf"(?:[ \t]+(?:[{_UPPER}][\w'’.-]*|(?:{'|'.join(sorted(NAME_PARTICLES))})"
    rf"(?=[ \t]+[{_UPPER}])))*")


# a post that a portfolio follows, and the word between ("Minister for", "Secretary to the")
PORTFOLIO_POSTS = r"minister|secretary|commissioner|director|spokes\w+|ambassador|envoy"
# ("Secretary General for Defence Investment", "Ambassador to NATO")
_POST_THEN_PORTFOLIO = rf"\b({PORTFOLIO_POSTS})(?:[\s-]general)?\s+(?:for|of|in\s+the|to(?:\s+the)?)\s+"
_PORTFOLIO_BEFORE = re.compile(_POST_THEN_PORTFOLIO + r"(?:\S+\s+){0,3}$", re.I)
_PORTFOLIO_OPEN = re.compile(_POST_THEN_PORTFOLIO + r"((?:\S+\s+){0,3}\S+)$", re.I)
_PORTFOLIO_WORD = re.compile(r"\w{3}(?:tion|sion|ment|ity|ism|ogy|ics|ure|ance|ence|ency)$|^(?:Affairs|"
                             r"Industry|Trade|Health|Justice|Energy|Transport|Labou?r|Housing|"
                             r"Home|Sport|Science|Women|Youth|Veterans|Resources|Works|Water|"
                             r"Fisheries|Commerce|Treasury|Welfare|Tourism|Defen[cs]e|Policy|Planning|Budget|"
                             r"Interior|Foreign|Communications|Heritage|Arts|Economy|Digital|"
                             r"Enterprises?|Sports|Finance|Power|Media|Mines|Mining|Lands|"
                             r"Forests?|Ports|Shipping|Highways|Children|Families|Climate|Change|"
                             r"Security|Citizenship|Indigenous|Regional|Rural|Unification|and)$")


def is_portfolio_word(word: str) -> bool:
    """A word of a minister's portfolio ("Unification", "Defence", "Immigration")."""
    return bool(_PORTFOLIO_WORD.search(word)) and word != "and"


def open_portfolio(text: str) -> bool:
    """The text ends inside a post's portfolio, no name after it yet ("State Minister for Digital
    Technology [and Enterprise Namal Rajapaksa]"): its "and" goes on with the portfolio."""
    m = _PORTFOLIO_OPEN.search(text[-80:])
    return m is not None and all(_PORTFOLIO_WORD.search(w) or w in ("the", "of") for w in m.group(2).split())


def portfolio_post(before: str) -> str | None:
    """The post whose portfolio the words after `before` begin with ("Minister" of "...,
    Minister in the [Presidency X]")."""
    post = _PORTFOLIO_BEFORE.search(before[-80:])
    return post.group(1) if post else None


def without_portfolio(before: str, name: str) -> str:
    """"Minister for Rehabilitation Jayalath Jayawardena", "Secretary of Transportation Pete
    Buttigieg", "Minister in the Presidency X": after a post "for", "of" or "in the", the
    portfolio's words are not the name's."""
    if not _PORTFOLIO_BEFORE.search(before[-80:]):
        return name
    words = name.split()
    # (and a body's acronym: "Ambassador to NATO Taro Kono")
    while len(words) > 2 and (_PORTFOLIO_WORD.search(words[0]) or _is_role(words[0])
                              or len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha()):
        words.pop(0)
    # a portfolio of other words ("Minister for Indigenous Australians Linda Burney"): the
    # name opens at the first given name that leaves a surname after it
    if len(words) <= 2 or is_given_name(words[0]):
        return " ".join(words)
    # (after a word a portfolio ends with, a plural or one of its nouns: "Jean-Yves Le Drian"
    # is a name whole)
    given = next((i for i in range(1, len(words) - 1) if is_given_name(words[i])
                  and (words[i - 1].endswith("s") and "-" not in words[i - 1]
                       or _PORTFOLIO_WORD.search(words[i - 1]))), None)
    return " ".join(words[given:] if given is not None else words)


def article_names(text: str) -> list[tuple[int, Name]]:
    """Every person's name of two words or more in the text, with its offset, in order.

    A sentence's first word is capitalised whatever it is: a name that opens a sentence and
    is another name of the text with one word more in front ("Enter Stuart Kaplan" beside
    "Stuart Kaplan") is that other name."""
    out: list[tuple[int, Name]] = []
    opening: list[int] = []  # indexes in `out` of names that open a sentence
    headlines: dict[int, bool] = {}  # line start -> whether the line is a headline
    for m in _RUN.finditer(text):
        if " " not in m.group(0):
            continue  # no space (one word: most runs): no piece of it is a name of two words
        for offset, run in _cut_at_stops(m.start(), m.group(0)):
            if " " not in run:
                continue
            run = _cut_at_verb(run)
            owned: Name | None = None  # the person after an owner: "Al Jazeera's Tareq Abu Azzoum"
            if "’s " in run or "'s " in run:
                # "President Donald Trump’s Republican Party": the owner's name ends at the
                # possessive ("Mexico's Foreign Secretary Marcelo Ebrard": a place's, cut
                # later as a name's boundary)
                owner = _OWNER_END.search(run)
                if owner and ((whole := clean_name(run)) is None or whole.organisation
                              # "Boris Johnson's Brexit deal": a person's, by the given name
                              or len(run[:owner.start()].split()) >= 2
                              and is_given_name(run.split()[0])):
                    if len(run[owner.end():].split()) >= 2 \
                            and (owned := clean_name(run[owner.end():])) is not None \
                            and (owned.organisation or len(owned.text.split()) < 2):
                        owned = None
                    owner_end = offset + owner.end()
                    run = run[:owner.start()]
            if _A_NOUNS_MODIFIER.search(text, max(0, offset - 4), offset) \
                    and _LOWER_NEXT.match(text, offset + len(run)):
                continue  # "a Margaret Hamilton Lego minifigure": a noun's modifier, no person
            if run.startswith("The ") and _WORD_BEFORE.search(text, max(0, offset - 3), offset):
                continue  # "hosted The Doris Day Show", "joined The Rolling Stones": a title
            name = clean_name(run)
            if name and not name.organisation and len(name.text.split()) >= 3 \
                    and (bare := without_portfolio(text[max(0, offset - 80):offset],
                                                   name.text)) != name.text:
                name = Name(bare, name.role, name.gender)
            if name and not name.organisation and len(name.text.split()) >= 2 \
                    and _headline_line(text, offset, headlines):
                name = _named_elsewhere(text, offset, name)
            if name and not name.organisation and len(name.text.split()) >= 2:
                before = text[max(0, offset - 3):offset].rstrip(" \t\"“‘'(")
                if (not before or before[-1] in ".!?\n") and len(name.text.split()) >= 3 \
                        and run.startswith(name.text.split()[0]) \
                        and not _is_role((text[max(0, offset - 12):offset].split() or ["."])[-1]) \
                        and not (name.role or "").endswith(POSSESSIVE):
                    # (not after a title's full stop: "Sens. Chris Van Hollen"; not after an
                    # owner that opens the sentence: "Harbour News's Tareq Abu Salem"; not after
                    # a title that opens it: "Mr Norng Chan Phal", whose first word is his)
                    opening.append(len(out))
                out.append((offset, name))
            if owned is not None:
                out.append((owner_end, owned))
    known = {n.text for _, n in out}
    for i in opening:
        pos, name = out[i]
        tail = name.text.split(" ", 1)[1]
        if tail in known and not is_given_name(name.text.split()[0]):
            # ("Bob Vander Plaats" opening a sentence, beside "Vander Plaats": his given name)
            out[i] = (pos, Name(tail, name.role, name.gender, name.organisation))
    # a nickname in quotation marks inside a name: 'Joaquin "El Chapo" Guzman' is Joaquin Guzman
    # (the pattern opens with the mark, which the engine finds fast; the given name before it
    # is asked only there)
    nicknamed = [(m.start() - len(given) - 1, name) for m in _NICKNAMED.finditer(text)
                 if (given := _given_name_before(text, m.start()))
                 and (name := clean_name(f"{given} {m.group(1)}")) is not None
                 and not name.organisation]
    if nicknamed:
        out = sorted(out + nicknamed, key=lambda found: found[0])
    return out


# (the nickname may be blanked out, as in the narration, where quotations are)
_NICKNAMED = re.compile(r"[\"“‘](?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}| {2,24})[\"”’] "
                        r"([A-Z][a-z'’-]+)\b")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_SURNAME_AFTER = re.compile(r" [A-Z][a-z'’-]+\b")


def _given_name_before(text: str, at: int) -> str | None:
    """The given name that ends, with one space, right before offset `at`."""
    m = _GIVEN_BEFORE.search(text, max(0, at - 30), at)
    return m.group(1) if m and is_given_name(m.group(1)) else None


def nickname_at(text: str, start: int, end: int) -> bool:
    """Whether the quoted words at [start, end) are a nickname inside a name, between a given
    name and a surname ('Joaquin "El Chapo" Guzman')."""
    return _given_name_before(text, start) is not None and bool(_SURNAME_AFTER.match(text, end))


def _headline_line(text: str, offset: int, seen: dict[int, bool]) -> bool:
    """Whether the line at `offset` is written as a headline: five words or more, every one
    capitalised but the small ones, no closing full stop ("Sanders Trounces Clinton in W. Va.")."""
    start = text.rfind("\n", 0, offset) + 1
    if start not in seen:
        end = text.find("\n", offset)
        line = text[start:end if end >= 0 else len(text)].rstrip()
        seen[start] = not line.endswith(".") and headline_cased(line)
    return seen[start]


def headline_cased(text: str) -> bool:
    """Five words or more, every one capitalised but the small ones: a headline's case.
    (A sentence of prose shows a word in lower case among its first few, or one search
    finds it.)"""
    for word in text.split(None, 6)[1:6]:
        if word[:1].islower() and word.rstrip(",;:") not in _HEADLINE_SMALL:
            return False
    if _LOWER_WORD.search(text):
        return False
    n = 0
    for m in _LINE_WORD.finditer(text):
        word = m.group()
        if not word[0].isupper() and word not in _HEADLINE_SMALL:
            return False
        n += 1
    return n >= 5


_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HEADLINE_SMALL = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
                             "into", "of", "on", "or", "over", "the", "to", "up", "vs", "with"})
# a word in lower case, not one of the small ones (ASCII: `headline_cased` checks the rest)
_LOWER_WORD = re.compile(r"(?<![\w'’-])(?!(?:" + "|".join(sorted(_HEADLINE_SMALL))
                         + r")(?![\w'’-]))[a-z]")


def _named_elsewhere(text: str, offset: int, name: Name) -> Name:
    """A name read in a headline, where every word is capitalised, as the text gives it
    elsewhere: the run or its longest opening words ("Bernie Sanders Wins West Virginia" ->
    "Bernie Sanders"); the run itself when the text has neither (a list of winners' names,
    "Donald Trump Has Skipped ..." above a story that says "Trump")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    words = name.text.split()
    for n in range(len(words), 1, -1):
        candidate = " ".join(words[:n])
        if text.count(candidate) > text.count(candidate, start, end):
            return name if n == len(words) else Name(candidate, name.role, name.gender)
    return name


_OWNER_END = re.compile(r"['’]s (?=[A-Z])")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})


# an indefinite article before a run of capitals, a word in lower case after it: the run
# modifies a noun ("a Margaret Hamilton Lego minifigure", "an Elon Musk fan")
_A_NOUNS_MODIFIER = re.compile(r"(?:^|\s)an?\s$", re.I)
_LOWER_NEXT = re.compile(r" [a-z]")
_WORD_BEFORE = re.compile(r"[a-z,] $")


# Words a headline in capitals runs on with after a name, never inside one: "Donald Trump Has
# Skipped Nearly All Intelligence Briefings", "Tom Ford Says He Declined"
_HEADLINE_WORDS = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would",
                             "says", "said", "to", "for", "with", "and", "the", "he", "she",
                             "they", "his", "her", "their", "its", "it", "we", "in", "on", "at"})


_HEADLINE_WORD = re.compile(" (?:" + "|".join(sorted(_HEADLINE_WORDS)) + ")(?= |$)", re.I)


def _cut_at_verb(run: str) -> str:
    """A run of capitalised words up to the first of `_HEADLINE_WORDS` after its first word."""
    m = _HEADLINE_WORD.search(run)
    return run[:m.start()] if m else run


def _cut_at_stops(start: int, run: str) -> list[tuple[int, str]]:
    """Cut a run of capitalised words where a full stop ends a sentence ("Bill Brown. Brown"),
    not after an initial or a title ("Rep. G.K. Butterfield")."""
    if "." not in run:
        return [(start, run)]
    pieces = []
    begin = 0
    for m in re.finditer(r"\S+", run):
        word = m.group(0)
        if word.endswith(".") and not _INITIAL.match(word) \
                and fold(word[:-1]) not in TITLE_ABBREVIATIONS:
            pieces.append((start + begin, run[begin:m.end() - 1]))
            begin = m.end()
            while begin < len(run) and run[begin] in " \t":
                begin += 1
    if begin < len(run):
        pieces.append((start + begin, run[begin:]))
    return pieces


def _two_bodies(start: int, run: str) -> list[tuple[int, str]]:
    """Cut a run at "and the" when a body's name stands on each side ("the Armed Forces of
    the Philippines and the Japan Maritime Self-Defense Forces"); "Bureau of Fisheries and
    Aquatic Resources" is one name."""
    cut = run.find(" and the ")
    if cut < 0:
        return [(start, run)]
    left, right = run[:cut], run[cut + len(" and the "):]
    if not (_holds_body_word(left.split()) and _holds_body_word(right.split())):
        return [(start, run)]
    return [(start, left)] + _two_bodies(start + cut + len(" and the "), right)


def _holds_body_word(words: list[str]) -> bool:
    """A word of a body's name is among the words ("Forces", "Network", "Holdings", "Council's")."""
    return any(re.sub(r"['’]s$", "", fold(w)) in _BODY_WORDS for w in words)


def complete(name: str | None, names: list[tuple[int, Name]], at: int,
             gender: str | None = None, role: str | None = None) -> str | None:
    """The most complete name the article gives the person `name` (a surname, or a shorter
    form) names at offset `at`: the fuller names that end with it, and of a family sharing it,
    the one named last before `at` (or first after it) whose given name fits `gender`, when
    the words that name them tell it ("Mrs Blackman", "she"), and who holds `role`'s post
    ("Gen. Brown" is not the analyst James Brown)."""
    if not name or not name[:1].isupper():
        return name  # "the Kentucky Republican", "a police spokesperson": a description
    if len(name.split()) > 2:
        texts = {n.text for _, n in names}
        tail = name.split(" ", 1)[1]
        # "Enter Stuart Kaplan": a sentence's first word the text never puts in the name
        return tail if name not in texts and tail in texts else name
    words = _words_of(name)
    fuller = [(pos, n.text) for pos, n in names
              # ("Jerry Jr." is no fuller name of "Jerry": a son named so beside his father;
              # "Donald J. Trump" is of "Donald Trump")
              # (its words less a generation, counted by spaces: this runs for every name at
              # every completion)
              if n.text.count(" ") + 1 - n.text.endswith(_GENERATION_ENDS) > len(words)
              and _same_person(n.text, name)
              # the surname ends the fuller name, or a given name opens it ("Doris Day",
              # not "Doris Day Show", for "Day")
              and (_words_of(n.text)[-1] == words[-1]
                   or len(words) == 1 and _words_of(n.text)[0] == words[0])]
    ending = [(pos, text) for pos, text in fuller if _words_of(text)[-1] == words[-1]]
    fuller = ending or fuller  # "Trump" is Donald Trump, not a building named Trump Tower
    # a name that opens with a given name has nothing of it before that name: "Honiton Neil
    # Parish" (a constituency, in a list of signatures) is Neil Parish
    given_first = {text for text in [name, *(text for _, text in fuller)]
                   if len(text.split()) >= 2 and fold(text.split()[0]) in _given_names()}
    fuller = [(pos, text) for pos, text in fuller
              if not any(text.endswith(" " + opening) for opening in given_first)]
    if not fuller and len(words) >= 2:
        # "Te Kaurinui" for "Te Kaurinui Robert Parata": the opening words of one longer name
        longer = {n.text for _, n in names
                  if len(_words_of(n.text)) > len(words) and _words_of(n.text)[:len(words)] == words}
        fullest = max(sorted(longer), key=lambda text: len(text.split()), default=None)
        if fullest and all(set(_words_of(text)) <= set(_words_of(fullest)) for text in longer):
            # one person ("Te Kaurinui Parata", "Te Kaurinui Robert Parata"): the fullest
            return fullest
    if not fuller and len(words) == 1:
        # "Rosselló" for "Ricardo Rosselló Nevares": a first surname of two, when the article
        # gives one such name only
        double = {n.text for _, n in names
                  if len(n.text.split()) >= 3 and words[0] in _words_of(n.text)[1:-1]}
        if len(double) == 1:
            return double.pop()
        # "Saree" for "Yahya Sarea": a surname spelt with one letter changed, added or lost,
        # when one person's surname of the article is that close to it (five letters or more,
        # the first the same)
        word = words[0]
        if len(word) >= 5:
            near = {n.text for _, n in names
                    if (last := _words_of(n.text)[-1])[0] == word[0] and last != word
                    and edit_distance(word, last) == 1}
            if len(near) == 1:
                return near.pop()
    if not fuller:
        return name
    if gender is not None and len(words) == 1:
        # "Mrs Blackman" is not Alexander Blackman: of a family, those whose given name fits
        fuller = [(pos, text) for pos, text in fuller if gender_of_name(text) in (None, gender)]
        if not fuller:
            return name
    longest = max((text for _, text in fuller), key=lambda t: len(t.split()))
    if all(_same_person(longest, text) for _, text in fuller):
        return longest  # one person, written fuller somewhere
    # relatives, or namesakes: the one who holds the post named, else the one the narration
    # last spoke of before `at`
    if role:
        holders = {n.text for _, n in names if n.role and _same_post(n.role, role)}
        fuller = [(pos, text) for pos, text in fuller if text in holders] or fuller
    before = [text for pos, text in fuller if pos <= at]
    return before[-1] if before else fuller[0][1]


# ---------------------------------------------------------------------------------------------
# Organisations, for "the ministry", "the company", "it"

_ORG_RUN = re.compile(  # the capital before the look-behind: see _RUN
    rf"[{_UPPER}](?<![\w'’.-].)[\w'’&.-]*(?:[ \t]+(?:(?:of|for|and|on|the|de)[ \t]+)*"
    rf"[{_UPPER}][\w'’&.-]*)*")
# What a body is called when it is not named: "the company" means an organisation whose name
# holds one of these words
_KINDS = {
    "company": {"company", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc",
                "plc", "co.", "group", "holdings", "industries", "airlines",
                "airways", "bank", "motors", "technologies", "pharmaceuticals"},
    "firm": {"company", "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc",
             "plc", "group", "partners", "associates", "llp"},
    "union": {"union", "guild", "federation", "brotherhood", "teamsters", "workers"},
}
# "the organization" may mean any body the text has named: the last one named
_ANY_KIND = frozenset({"organization", "organisation", "body", "group"})
_BODY_WORDS = ORG_WORDS | _KINDS["company"]  # a word of a body's name


# the nouns of a country's bodies that prose writes in lower case ("the Chinese embassy")
LOWER_CASE_BODY_NOUNS = "government|embassy|ministry|military|army|navy|parliament|cabinet|consulate"
# a body named in lower case after its country: "Ukraine’s embassy in Australia", "the
# Australian government", "China's foreign ministry"
_LOWER_CASE_BODY = re.compile(
    r"\b(?:[A-Z][\w-]+['’]s|(?<=the )[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{LOWER_CASE_BODY_NOUNS})\b"
    r"(?:\s+in\s+[A-Z][\w-]+)?")


def lower_case_bodies(text: str) -> list[tuple[int, str]]:
    """Bodies the text names in lower case after their country, with their offsets."""
    return [(m.start(), m.group()) for m in _LOWER_CASE_BODY.finditer(text)]


_GLUED_OPENING = re.compile(r"[A-Za-z]*[a-z]\.(?=[A-Z][a-z])")


def article_organisations(text: str) -> list[tuple[int, str]]:
    """Every organisation's name in the text, with its offset, in order ("Ministry of Foreign
    Affairs", "Food Standards Agency", "Supreme Court of the United Kingdom")."""
    out: list[tuple[int, str]] = []
    for offset, run in (body for m in _ORG_RUN.finditer(text)
                        for piece in _cut_at_stops(m.start(), m.group(0))
                        for body in _two_bodies(*piece)):
        words = run.rstrip(".").split()
        if words and "." in words[0] and (glued := _GLUED_OPENING.match(words[0])):
            words[0] = words[0][glued.end():]  # "September.Metropolitan Police": a sentence
            #                                    glued on, the body's name after its stop
        based = [i for i, w in enumerate(words) if _MODIFIER.search(w)]
        if based:
            del words[:based[-1] + 1]  # "Mercer Island-based X Company" -> "X Company"
        while words and fold(words[0]) in OPENERS:
            words.pop(0)
        if len(words) > 2 and words[1] == "of" \
                and fold(words[0]) not in _BODY_WORDS:
            del words[:2]  # "Shares of Acme Holdings": a sentence's first word, then the body
        while words and fold(words[0]) in OPENERS:
            words.pop(0)
        while words and (fold(words[-1]) in {"of", "for", "and", "on", "the", "de"}
                         or fold(words[-1]) in OPENERS):  # "... Senate on Sunday"
            words.pop()
        if len(words) >= 2 and _holds_body_word(words) \
                or words and called_kind(text, offset):
            out.append((offset, " ".join(words)))
    if "the G" in text or "the P" in text or "the E" in text:
        # a group of states by its letter and number: "the G7", "the G20", "the P5"
        out.extend((m.start(1), m.group(1)) for m in _THE_NUMBERED_GROUP.finditer(text))
        out.sort()
    return out


NUMBERED_GROUP = re.compile(r"[GPE]\d{1,2}\+?")  # a group of states: "G7", "G20", "P5", "E3"
_THE_NUMBERED_GROUP = re.compile(rf"\b[Tt]he\s+({NUMBERED_GROUP.pattern})(?![\w-])")


# what the text calls a body right before its name: "British company Noble Caledonia", "the
# law firm Irwin Mitchell", "a union, Unite": "the company", "the firm", "the union" is it
_CALLED_KIND = re.compile(r"\b(company|firm|union)[ \t]*,?[ \t]+$")


def called_kind(text: str, offset: int) -> str | None:
    """The kind of body (`_KINDS`) the text calls the name at `offset`, written before it."""
    if not text[offset - 6:offset].strip(" \t,")[-1:].isalpha():
        return None
    m = _CALLED_KIND.search(text, max(0, offset - 12), offset)
    return m.group(1) if m else None


# "the website Ad Age", "podcast The Dan Wootton Interview", "Vogue magazine": a news outlet
# the text calls one, whatever its name looks like. The name is set off (by a mark or a
# preposition after it): "the podcast Kishida hosts" names no podcast. (The nouns are looked for
# first, and the name beside each: a pattern that could open at any capital costs more.)
_OUTLET_NOUN = re.compile(r"\b(?:website|magazine|newspaper|tabloid|podcast|broadcaster|"
                          r"news (?:outlet|site|agency))\b")
_OUTLET_KEYS = ("website", "magazine", "newspaper", "tabloid", "podcast", "broadcaster", "news ")
_NAME_AFTER = re.compile(
    r"\s+((?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})"
    r"(?=\s*[,.;:)]|\s+(?:about|in|on|that|which|and|to|for|with|when|last|this|earlier)\b)")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’&.-]*\s+){0,2}[A-Z][\w'’&.-]*)\s+$")


def article_outlets(text: str) -> frozenset[str]:
    """The news outlets the text calls so, folded and without "the": never "he" or "she"."""
    out: set[str] = set()
    if not any(noun in text for noun in _OUTLET_KEYS):
        return frozenset()
    for noun in _OUTLET_NOUN.finditer(text):
        names = [m.group(1) for m in (_NAME_AFTER.match(text, noun.end()),) if m]
        if noun.group(0) in ("magazine", "newspaper"):
            names += [m.group(1) for m in
                      (_NAME_BEFORE.search(text, max(0, noun.start() - 60), noun.start()),) if m]
        for name in names:
            words = name.split()
            while words and fold(words[0]) in OPENERS:
                words.pop(0)  # "the magazine The Atlantic", "Yesterday Time magazine"
            if words:
                out.add(fold(" ".join(words)))
    return frozenset(out)


def named_body(noun: str, organisations: list[tuple[int, str]], at: int,
               text: str = "") -> str | None:
    """The organisation "the <noun>" ("the ministry", "the company") stands for at offset `at`:
    of those named before it whose name holds that noun (or, for "company", a company's word
    such as "Inc." or "Group"), the one the text has spoken of most (by the first two words of
    its name: "Whole Foods" for "Whole Foods Market"), else the last named."""
    noun = fold(noun)
    kinds = _KINDS.get(noun, {noun})
    found = [name for pos, name in organisations
             if pos < at and ({fold(w) for w in name.split()} & kinds
                              or text and called_kind(text, pos) in kinds)]
    if not found and noun in _ANY_KIND:
        found = [name for pos, name in organisations if pos < at][-1:]
    if not found:
        return None
    before = text[:at]
    counts = {name: before.count(" ".join(name.split()[:2])) for name in set(found)}
    # the most spoken of; of equals, the last named; under the fullest name the text gives it
    # ("Supreme Court of Puerto Rico" for a later "Supreme Court")
    chosen = max(reversed(found), key=lambda name: counts[name])
    return max((name for name in found if name == chosen or name.startswith(chosen + " ")),
               key=len)
