"""The unit grammar: the unit written right after a number, composed from atoms.

    unit    := factor ( ("/" | "per") factor | ("·" | "*" | " ") factor )*
    factor  := ["square" | "sq" | "cubic" | "cu"] atom [power] ["squared" | "cubed"]
    power   := "2" | "3" | "²" | "³" | "^2" | "-1" | "⁻¹" ...

An atom is a unit's name, symbol or currency (``figures.unit_atoms``), matched as
written, then case-blind and without dots where that is unambiguous ("KM",
"m.p.h."), then as glued symbols ("GWh": GW h, "kmph": km per h), then as a
one-letter misspelling of a long name ("farenheit").  A product of two units
needs one the database knows in some prefix ("kW h" like kilowatt hour); a
quotient is always a unit.  The result is named by the database where it has
the name ("km/hr": kilometre per hour) and by composition where not ("J/m^2
per year": joule per square metre per year).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from figures.counted import singular
from figures import unit_atoms
from figures.unit_atoms import Atom, atoms

# One token after a number: at most one space before it.
_token = re.compile(
    r"""
    (?P<gap>[ \t\u00a0]?)
    (?: (?P<word> [^\W\d_¹²³]+ (?: [.'’-][^\W\d_¹²³]+ )* \.? )          # km, m.p.h., lb-ft
      | (?P<mark> [^\w\s,;:()\[\]{}<>!?/^*·] )                         # %, °, ", $, ₡
      | (?P<op> [/*·] | \^ )
      | (?P<digit> [-−⁻]?[\d¹²³] )                                       # a power: m2, s-1, km²
    )
    """,
    re.VERBOSE,
)
# A power written right after an atom: m2, m^2, km², s-1, s⁻¹ (never "L202").
_power = re.compile(r"(?:\^|\*\*)?(?P<sign>[-−⁻])?(?P<n>[1-3]|[¹²³])(?![\d.,]?\d)")
_code_tail = re.compile(r"-\d").match  # a letter and a hyphen before digits: part of a name
_SUPERSCRIPT = {"¹": 1, "²": 2, "³": 3}
_POWER_WORDS = {"square": 2, "sq": 2, "sq.": 2, "cubic": 3, "cu": 3, "cu.": 3}
_POWER_AFTER = {"squared": 2, "cubed": 3}
_POWER_NAMES = {2: "square", 3: "cubic"}
_MAX_TOKENS = 9
_MIN_MISSPELT = 7  # letters in a name before a one-letter slip is read as it


@dataclass(frozen=True, slots=True)
class Reading:
    """A unit read after a number: its name, dimension and where its words end."""

    name: str
    dimension: str
    end: int
    spelling: str  # the atom as written, when the unit is one atom ("kt", "pounds"); else ""
    glued: bool  # written against the digits
    code: bool = False  # letters or digits run on from it ("24703L202"): a name, not a unit


@dataclass(frozen=True, slots=True)
class _Factor:
    atom: Atom
    power: int
    end: int
    spelling: str


def match(text: str, pos: int, limit: int) -> Reading | None:
    """The unit that starts at ``text[pos]`` (after at most one space), read up to ``limit``."""
    head = _head(text, pos, limit)
    if head is None:
        return None
    if head.group(1) in _BRACKETS:
        return _bracketed(text, head.end(), limit, _BRACKETS[head.group(1)])
    if not _may_start(head.group(1)):
        return None
    toks = _tokens(text, pos, min(limit, pos + 48))
    if not toks:
        return None
    glued = toks[0].group("gap") == ""
    first = _factor(text, toks, 0)
    if first is None:
        return _per_only(text, toks, glued)
    factors, i = [first[0]], first[1]
    while i < len(toks):
        nxt = _operator(text, toks, i, factors)
        if nxt is None:
            break
        factor, i = nxt
        factors.append(factor)
    return _reading(factors, glued, text)


# The first token's letters, or its mark: checked against every way a unit starts.
_head = re.compile(r"[ \t\u00a0]?([^\W\d_]+|[^\w\s])").match


@functools.lru_cache(maxsize=1 << 16)
def _may_start(head: str) -> bool:
    """Whether a unit can begin with ``head``: a quick no for most words after numbers."""
    if not head.isalpha():
        return True
    if head.lower().replace("μ", "µ") in _starts() or len(head) >= _MIN_MISSPELT:
        return True
    if head.islower() and len(head) > 3 and singular(head) in atoms().names:
        return True  # an irregular plural: "pence"
    return 2 < len(head) <= 8 and _glued(head) is not None


@functools.cache
def _starts() -> frozenset[str]:
    """The letters every symbol, name and power word begins with, lowercase."""
    idx = atoms()
    first = re.compile(r"[^\W\d_]+")
    words = [*idx.symbols, *idx.names, *idx.folded, *_POWER_WORDS]
    return frozenset(m.group().lower() for w in words if (m := first.match(w.replace("μ", "µ"))))


def _tokens(text: str, pos: int, limit: int) -> list[re.Match[str]]:
    out = []
    while pos < limit and len(out) < _MAX_TOKENS:
        m = _token.match(text, pos, limit)
        if m is None or m.end() == pos:
            break
        out.append(m)
        pos = m.end()
    return out


def _operator(text: str, toks: list[re.Match[str]], i: int,
              factors: list[_Factor]) -> tuple[_Factor, int] | None:
    """The factor joined to the unit read so far by the operator at ``toks[i]``."""
    tok = toks[i]
    op = tok.group("op")
    word = (tok.group("word") or "").lower()
    if op == "/" or word == "per":
        got = _factor(text, toks, i + 1)
        if got is None:
            return None
        factor, j = got
        return _Factor(factor.atom, -factor.power, factor.end, factor.spelling), j
    if op in ("*", "·") or (tok.group("gap") and tok.group("word")):
        start = i + 1 if op else i
        got = _factor(text, toks, start)
        if got is None or not _known_product([*factors, got[0]]):
            return None
        return got
    return None


def _factor(text: str, toks: list[re.Match[str]], i: int) -> tuple[_Factor, int] | None:
    """The factor at ``toks[i]`` and the index after it."""
    if i >= len(toks):
        return None
    power = 1
    word = toks[i].group("word")
    if word and word.lower() in _POWER_WORDS and i + 1 < len(toks) and toks[i + 1].group("gap"):
        power, i = _POWER_WORDS[word.lower()], i + 1
    got = _atom(text, toks, i)
    if got is None:
        return None
    atom, j, spelling, end = got
    pm = _power.match(text, end)
    if pm and power == 1:
        n = _SUPERSCRIPT.get(pm.group("n")) or int(pm.group("n"))
        power = -n if pm.group("sign") else n
        end = pm.end()
        while j < len(toks) and toks[j].start() < end:
            j += 1
    elif j < len(toks) and (toks[j].group("word") or "").lower().rstrip(".") in _POWER_AFTER:
        word = toks[j].group("word").lower().rstrip(".")
        power = _POWER_AFTER[word]  # "4 km squared"
        end, j = toks[j].start("word") + len(word), j + 1
    if power not in (1, 2, 3, -1, -2, -3):
        return None
    return _Factor(atom, power, end, spelling if power == 1 else ""), j


def _atom(text: str, toks: list[re.Match[str]], i: int) -> tuple[Atom, int, str, int] | None:
    """The atom at ``toks[i]``: the longest name of several words, else one token;
    with the index of the next token, the atom as written and where it ends."""
    idx = atoms()
    tok = toks[i]
    word = tok.group("word") or tok.group("mark")
    if word is None:
        return None
    start = tok.end() - len(word)
    if tok.group("word") and word.lower() in idx.first_words:
        for n in range(min(idx.longest, len(toks) - i), 1, -1):
            span = toks[i : i + n]
            if any(t.group("gap") != " " or not t.group("word") for t in span[1:]):
                continue
            phrase = " ".join(t.group("word").lower() for t in span)
            end = span[-1].end()
            if phrase.endswith(".") and phrase not in idx.names:
                phrase, end = phrase[:-1], end - 1  # a full stop after the name
            atom = idx.names.get(phrase)
            if atom is not None:
                return atom, i + n, text[start:end], end
    for spelling in _spellings(word):
        atom = _one(spelling)
        if atom is not None:
            scale = _scale_after(toks, i + 1) if atom.name == "degree" else None
            if scale is not None:  # "degrees Celsius", "°C", "deg F"
                end = toks[i + 1].end() - toks[i + 1].group().endswith(".")
                return scale, i + 2, text[start:end], end
            return atom, i + 1, spelling, start + len(spelling)
    return None


def _scale_after(toks: list[re.Match[str]], i: int) -> Atom | None:
    """The temperature scale named right after "degrees" ("C", "Fahrenheit", "celcius")."""
    if i >= len(toks) or not toks[i].group("word"):
        return None
    word = toks[i].group("word").rstrip(".")
    if len(word) == 1:
        word = word.upper()  # "75 degrees f"
    readings = atoms().symbols.get(word, ())
    found = [a for a in readings if a.dimension == "temperature"]
    if found:
        return found[0]
    atom = _one(word)
    return atom if atom is not None and atom.dimension == "temperature" else None


def _spellings(word: str) -> list[str]:
    """``word`` as written, without a full stop, and before a hyphen ("km-long")."""
    word = word.replace("μ", "µ")  # Greek mu as the micro sign
    out = [word]
    if word.endswith(".") and len(word) > 1 and word.count(".") == 1:
        out.append(word[:-1])
    if "-" in word[1:]:
        out.append(word.split("-")[0])
    return out


@functools.lru_cache(maxsize=1 << 16)
def _one(word: str) -> Atom | None:
    """The atom one token names: as written, case-blind, undotted, glued or misspelt."""
    idx = atoms()
    readings = idx.symbols.get(word)
    if readings:
        return readings[0]
    low = word.lower()
    undotted = low.replace(".", "") if low.count(".") != 1 or not low.endswith(".") else ""
    atom = idx.names.get(low) or idx.folded.get(undotted)
    if atom is not None:
        return atom
    if word.islower() and len(word) > 3 and word.isalpha():
        atom = idx.names.get(singular(word))  # "pence"
        if atom is not None:
            return atom
    if word.isalpha() and 2 < len(word) <= 8:
        return _glued(word)
    if word.isalpha() and len(word) >= _MIN_MISSPELT:
        return _misspelt(low)
    return None


@functools.lru_cache(maxsize=4096)
def _glued(word: str) -> Atom | None:
    """Two symbols written as one ("GWh", "kVA") or a quotient with "p" ("kmph")."""
    symbols = atoms().symbols
    for cut in range(1, len(word)):
        a, b = word[:cut], word[cut:]
        if a in symbols and b in symbols:
            fa, fb = _Factor(symbols[a][0], 1, 0, a), _Factor(symbols[b][0], 1, 0, b)
            if _known_product([fa, fb]):
                return _named([fa, fb])
        if b.startswith("p") and a in symbols and b[1:] in symbols:
            fa, fb = _Factor(symbols[a][0], 1, 0, a), _Factor(symbols[b[1:]][0], -1, 0, b[1:])
            if fa.atom.dimension != "currency" and fb.atom.dimension == "time":
                return _named([fa, fb])
    if len(word) >= _MIN_MISSPELT:
        return _misspelt(word.lower())
    return None


def _named(factors: list[_Factor]) -> Atom:
    """The unit the factors make: the database's where it has the name."""
    name = _name(factors)
    return atoms().names.get(name) or Atom(name, _dimension(factors))


def _misspelt(word: str) -> Atom | None:
    """A long unit name with one letter dropped, added or changed ("celcius")."""
    from figures.counted import is_english_word

    if is_english_word(word):
        return None
    index = _deletions()
    for key in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
        name = index.get(key)
        if name is not None:
            return atoms().names[name]
    return None


@functools.cache
def _deletions() -> dict[str, str]:
    """Every long one-word unit name, and each with one letter dropped -> the name."""
    out: dict[str, str] = {}
    for name in atoms().names:
        if " " in name or len(name) < _MIN_MISSPELT or not name.isalpha():
            continue
        out.setdefault(name, name)
        for i in range(len(name)):
            out.setdefault(name[:i] + name[i + 1 :], name)
    return out


def _known_product(factors: list[_Factor]) -> bool:
    """Whether the database has a unit made of these units in some prefix ("kW h")."""
    return _key(factors) in atoms().products


def _key(factors: list[_Factor]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted((f.atom.base or f.atom.name, f.power) for f in factors))


def _name(factors: list[_Factor]) -> str:
    """ "kilometre per hour", "joule per square metre per year", "megawatt hour"."""
    top = [_factor_name(f.atom.name, f.power) for f in factors if f.power > 0]
    bottom = [_factor_name(f.atom.name, -f.power) for f in factors if f.power < 0]
    if not top:
        return "inverse " + " per ".join(bottom)
    return " per ".join([" ".join(top), *bottom])


def _factor_name(name: str, power: int) -> str:
    return f"{_POWER_NAMES[power]} {name}" if power in _POWER_NAMES else name


def _dimension(factors: list[_Factor]) -> str:
    found = atoms().products.get(_key(factors))
    if found:
        return found
    if len(factors) == 1 and factors[0].atom.dimension == "length" and factors[0].power in (2, 3):
        return "area" if factors[0].power == 2 else "volume"
    return "rate" if any(f.power < 0 for f in factors) else factors[0].atom.dimension


def _reading(factors: list[_Factor], glued: bool, text: str) -> Reading:
    end = factors[-1].end
    run_on = glued and end < len(text) and text[end].isalnum() and not _minor_follows(factors, text, end) \
        or len(factors[-1].spelling) == 1 and _code_tail(text, end) is not None  # "24703 L-202"
    if len(factors) == 1 and factors[0].power == 1:
        f = factors[0]
        return Reading(f.atom.name, f.atom.dimension, end, f.spelling, glued, run_on)
    atom = _named(factors)
    return Reading(atom.name, atom.dimension, end, "", glued, run_on)


def _minor_follows(factors: list[_Factor], text: str, end: int) -> bool:
    """Whether the digits glued after a unit are the amount of its smaller unit ("5ft11",
    5'11", "2h30"), not the rest of a name."""
    if len(factors) != 1 or factors[0].power != 1 or not unit_atoms.glued_minor(text, end):
        return False
    return any(major == factors[0].atom.name for major, _ in unit_atoms.families())


_BRACKETS = {"{": "}", "<": ">", "[": "]"}


def _bracketed(text: str, pos: int, limit: int, close: str) -> Reading | None:
    """A unit in brackets of its own after a number ("20 {kg}", "20 <kg>")."""
    found = match(text, pos, limit)
    if found is None or not text.startswith(close, found.end) or text[pos : pos + 1].isspace():
        return None
    return Reading(found.name, found.dimension, found.end + 1, found.spelling, False)


def _per_only(text: str, toks: list[re.Match[str]], glued: bool) -> Reading | None:
    """ "/hour" glued to an amount ("$15.4/hour"): a rate whose numerator is the amount's."""
    if toks[0].group("op") != "/" or not glued:
        return None
    got = _factor(text, toks, 1)
    if got is None:
        return None
    factor = got[0]
    name = _name([_Factor(factor.atom, -factor.power, factor.end, "")])
    return Reading(name, "rate", factor.end, "", glued)
