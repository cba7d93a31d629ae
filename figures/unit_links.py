"""What the quantities of one sentence share, once each has its unit.

- A name is no quantity: "24703L202" is dropped, and so is a number inside the
  unit of the one before it ("4km^2": the 2 is a power).
- An amount stated in two units of one family is one row, in the first unit's
  terms: "5 ft 2 in" 5.1667 foot, "twelve dollars thirty cents" 12.3
  dollar, "15 dollars and 50", "17 USD 25", "10 $ 30 cent" (``unit_families.tsv``).
- A unit stated once for several numbers goes to each: "8 or $9", "10 by 12
  feet", "10- or 12-inch", "90 million of the 2 billion rupees", "300 homes
  by auction and 120 by tender".
"""

from __future__ import annotations

import dataclasses
import math
import re

from figures import unit_atoms, units
from figures.records import Quantity, Unit

_MINOR = frozenset({"cent", "penny"})  # the hundredth of any currency


def settle(text: str, read: list[Quantity], attached: list[Unit], floor: int,
           ceiling: int) -> tuple[list[Quantity], list[Unit]]:
    """The quantities and units of one sentence with names dropped, compound amounts
    merged and shared units given to every number they belong to."""
    pairs = [(q, u) for q, u in zip(read, attached, strict=True) if u.dimension != units.IDENTIFIER]
    pairs = [p for i, p in enumerate(pairs) if i == 0 or p[0].num_start >= pairs[i - 1][1].end]
    pairs = _merged(text, pairs, floor, ceiling)
    qs, us = [p[0] for p in pairs], [p[1] for p in pairs]
    for i in reversed(range(len(us) - 1)):  # backwards: "10 x 12 x 8 feet"
        us[i] = borrowed(text, us[i], us[i + 1], qs[i + 1].num_start)
    for i in range(1, len(us)):
        us[i] = _parallel(text, us[i - 1], us[i], qs[i], ceiling)
    return qs, us


# ------------------------------------------------------------------ compounds

_compound_gap = re.compile(r"(?:\s+and\s+|\s*)").fullmatch  # not a list: "12 minutes, and 8 seconds"
_cents_after = re.compile(r"\s*(?:[.,;:!?)]|$)").match


def _merged(text: str, pairs: list[tuple[Quantity, Unit]], floor: int,
            ceiling: int) -> list[tuple[Quantity, Unit]]:
    out: list[tuple[Quantity, Unit]] = []
    for q, u in pairs:
        if out:
            pq, pu = out[-1]
            if q.num_start < pu.end:
                continue  # taken into the amount before ("5'11\"")
            if q.currency is not None and q.mark_start < pu.end:  # "10 $ 30 cent": the $ is the 10's
                q = dataclasses.replace(q, currency=None, mark_start=-1, start=max(q.start, q.num_start))
                u = units.attach(text, q, floor, ceiling)
            factor = _subunits(text, pq, pu, q, u)
            if factor:
                out[-1] = _joined(text, pq, pu, q, u, factor)
                continue
        out.append(_with_glued_minor(text, q, u))
    return out


def _with_glued_minor(text: str, q: Quantity, u: Unit) -> tuple[Quantity, Unit]:
    """``q`` with the amount of the smaller unit glued after its unit added ("5ft11")."""
    m = unit_atoms.glued_minor(text, u.end) if u.name is not None else None
    if m is None:
        return q, u
    factor = next((n for (major, _), n in unit_atoms.families().items() if major == u.name), 0.0)
    minor = float(m.group(1))
    if not 0 <= minor < factor:
        return q, u
    end = m.end()
    extra = minor / factor
    merged = dataclasses.replace(q, end=end, num_end=end, value=q.value + extra,
                                 low=q.low + extra, high=q.high + extra)
    return merged, Unit(u.name, u.surface, u.dimension, u.start, end, u.noun_start, u.noun_end)


def _subunits(text: str, pq: Quantity, pu: Unit, q: Quantity, u: Unit) -> float:
    """How many of ``u`` make one ``pu`` when the two state one amount, else 0."""
    if pu.name is None or pq.kind == "range" or q.kind == "range":
        return 0.0
    if not _compound_gap(text, pu.end, q.start):
        return 0.0
    if u.name is None:  # "15 dollars and 50", "17 USD 25": cents
        whole = pu.dimension == "currency" and q.value == int(q.value) and 0 < q.value < 100
        return 100.0 if whole and _cents_after(text, q.end) and pu.name not in _MINOR else 0.0
    family = unit_atoms.families().get((pu.name, u.name)) or unit_atoms.families().get((pu.name.split(" ")[-1], u.name))
    if family is None and pu.dimension == "currency" and u.name in _MINOR and pu.name not in _MINOR:
        family = 100.0
    return family if family and 0 <= q.value < family else 0.0


def _joined(text: str, pq: Quantity, pu: Unit, q: Quantity, u: Unit,
            factor: float) -> tuple[Quantity, Unit]:
    extra = q.value / factor
    end = max(q.end, u.end)

    def add(x: float) -> float:
        return x if math.isnan(x) else x + extra

    change = q.change if pq.change == "=" else pq.change  # "5 ft 2 in or so"
    merged = dataclasses.replace(pq, end=end, num_end=q.num_end, value=pq.value + extra,
                                 low=add(pq.low), high=add(pq.high), change=change)
    return merged, Unit(pu.name, pu.surface, pu.dimension, pu.start, end, pu.noun_start, pu.noun_end)


# ------------------------------------------------------------------ sharing

# Between two quantities that share the second one's unit: "8 or $9", "5 of the 11 members",
# "10 by 12 feet", "2 x 3 metres"; a suspended hyphen: "10- or 12-inch", "4-, 5- and 6-cylinder".
_shared_unit_gap = re.compile(
    r"""(?: \s+(?:or|by|x|of\s+the|of\s+its|of\s+their|out\s+of)\s+(?:about\s+|some\s+)?
          | \s*×\s*
          | -\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to)\s+|\s) )\S{0,3}$""",
    re.IGNORECASE | re.VERBOSE,
)


def borrowed(text: str, unit: Unit, following: Unit, following_number: int) -> Unit:
    """``unit`` with the unit of the quantity after it, when it has none of its own and
    the two are alternatives or part and whole ("8 or $9", "90 million of the 2
    billion rupees")."""
    if unit.name is not None or following.name is None or following.dimension == "age":
        return unit
    if not _shared_unit_gap.match(text, unit.end, following_number):
        return unit
    return Unit(following.name, "", following.dimension, unit.start, unit.end)


# "300 homes by auction and 120 by tender": a second number in a parallel phrase.
_parallel_gap = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s*,?\s+(?:and|or|but|while|with)\s+$")
_parallel_after = re.compile(r"\s+(?:by|in|at|for|from|on|with|via|through|under)\b")


# "5.1 million cars, up from 4.2 million": the same thing, measured before.
_compared = re.compile(r"\s*,?\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+$", re.I)


def _parallel(text: str, before: Unit, unit: Unit, q: Quantity, ceiling: int) -> Unit:
    """``unit`` with the unit of the quantity before it, when it has none and stands in
    a phrase built like that one's ("... and 120 by tender") or is compared with it
    ("..., up from 4.2 million")."""
    if unit.name is None and before.name is not None and before.dimension not in ("age", "rate") \
            and q.kind in ("digits", "words") and (
                _parallel_gap.match(text, before.end, q.start) and _parallel_after.match(text, q.end, ceiling)
                or _compared.match(text, before.end, q.start)):
        return Unit(before.name, "", before.dimension, unit.start, unit.end)
    return unit
