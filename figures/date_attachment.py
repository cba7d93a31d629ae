"""Stage 6b: the time phrase that governs each quantity of a sentence, and its date.

A quantity takes the time phrase of its own clause, not merely the nearest one:

- **Attached first.**  A phrase right after the quantity, with only its noun
  phrase between ("killed 256 in 1969", "5.3 percent in July"), is that
  quantity's; so is a bare year or a possessive right before it ("a 2019
  survey of 5,000 people", "last year's 45,756 crossings").  A possessive
  ("today's standard", "last year's worst sector") dates nothing else.
- **Else its clause.**  Otherwise the nearest phrase of the quantity's clause
  ("the 1935 hurricane killed 600"); clauses are cut by figures/clauses.py
  (";", ", and", "but", "while", "which", "after" + verb, ...).  A phrase that
  opens the sentence before a comma ("In 2018, ...") governs every clause
  without a phrase of its own; a clause joined by "while" or "as" shares its
  partner's phrase; a participle clause (", killing 600") takes its main
  clause's; a relative clause takes a phrase inside its antecedent ("the 1991
  Hajj, in which 1,426 ...").
- **Not the fact's time.**  A comparison baseline ("than in 2019", "from 2005
  levels", "from the same period last year", "the lowest since 2003") dates no
  quantity but one inside it ("from 5.3 percent in July": July is 5.3's), and a
  phrase a quantity of a baseline owns is no one else's; "before" and "until"
  bound a fact without dating it; a day beside a reporting verb ("said Monday",
  "on Thursday announced", "a report released today") dates the report, and a
  day in a heading before a colon ("Tonight on City News: ...") the bulletin.
- **A time of day.**  A clock time with no day named ("has hit the port at 5:40 a.m.")
  dates a fact in the present perfect to the reference day (the news of that day);
  in the past tense ("the gates shut at 21:00") the day is not said: no date.
- **Targets and periods.**  A target is the date ("by 2030", "within the next
  decade").  A period gives its start: "since 2019" -> 2019, "from 2004 to 2009"
  -> 2004, "over the past five years" -> five years back.  "a year earlier"
  counts back from the sentence's other date.
- **Nothing governs -> no date.**

Everything is read from words and punctuation (data files ``date_cues.tsv``,
``reporting_forms.tsv``, ``verbs.tsv``): no parser.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from figures import dates, lexicon, time_phrases
from figures.clauses import Clauses, cues, find_words, is_verb, reporting
from figures.clauses import split as clauses_of
from figures.time_phrases import TimePhrase

Span = tuple[int, int]


def dates_of(text: str, start: int, end: int, quantities: list[Span], ref: dt.date) -> list[str | None]:
    """The date of each quantity span (in text order) of the sentence ``text[start:end]``."""
    phrases = time_phrases.find(text, start, end, quantities)
    if not phrases:
        return [None] * len(quantities)
    clauses = clauses_of(text, start, end, phrases)
    facts = [_is_fact(text, p, clauses, quantities) for p in phrases]
    baseline = [_in_baseline(text, q, clauses) for q in quantities]
    owners = [_owner(text, p, quantities, clauses) for p in phrases]
    fronted = _fronted(text, start, phrases, facts)
    out: list[str | None] = []
    for i, q in enumerate(quantities):
        if any(p.start < q[1] and q[0] < p.end for p in phrases):
            out.append(None)  # "in the past nine days": the quantity is the time
            continue
        own = [j for j, o in enumerate(owners) if o == i and facts[j]]
        chosen = own[0] if own else _governing(i, q, phrases, facts, owners, baseline, clauses, fronted, text)
        out.append(None if chosen is None else _date(text, chosen, phrases, facts, clauses, ref))
    return out


# --------------------------------------------------------- roles of a phrase

def _is_fact(text: str, p: TimePhrase, clauses: Clauses, quantities: list[Span]) -> bool:
    """Whether the phrase may date a fact: not a baseline, a bound or a report's day."""
    if p.prep in ("until", "till", "through", "before", "after") and not p.ranged:
        return False
    return not _is_baseline(text, p, clauses, quantities) and not _is_reported(text, p, clauses) \
        and not _in_heading(text, p, clauses)


def _in_heading(text: str, p: TimePhrase, clauses: Clauses) -> bool:
    """A day in a heading before a colon, with no verb ("Tonight on City News: 40 miners
    trapped ..."): the bulletin's day, not its items'."""
    if not p.day:
        return False
    colon = text.find(":", p.end, clauses.end)
    if colon < 0 or text[p.end : colon].count(" ") > 4 or not text[p.end : colon].strip():
        return False  # "Monday: 300 homes flooded": a timeline's label dates its item
    return not any(is_verb(w.group()) for w in find_words(text, clauses.starts[0], colon))


def _is_baseline(text: str, p: TimePhrase, clauses: Clauses, quantities: list[Span]) -> bool:
    """ "than in 2019", "from 2005 levels", "from the same period last year", "the lowest since 2003"."""
    if p.ranged:
        return False
    if p.prep and p.prep.split()[0].rstrip(".") in _baseline_words() - {"over"}:
        return True
    if p.prep == "over":
        return p.kind not in ("span", "weekend") and not text[p.start : p.end].lower().startswith("over the")
    if _level_follows(text, p.end):
        return True
    if p.prep not in ("", "of", "since"):
        return False  # "by 2030" after "from 2010 levels" is a target all the same
    window = _words_back(text, p.start, clauses, quantities)
    if p.prep == "since":
        return any(w in _superlatives() or (len(w) > 4 and w.endswith("est") and w not in _NOT_SUPERLATIVE)
                   for w in window)
    return any(w in _baseline_words() for w in window)


_NOT_SUPERLATIVE = frozenset({"interest", "forest", "request", "protest", "harvest", "contest", "suggest"})
_level_follows = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:levels?|average|baseline)\b", re.IGNORECASE).match


def _is_reported(text: str, p: TimePhrase, clauses: Clauses) -> bool:
    """A day beside a reporting verb: "said Monday", "on Tuesday announced", "released today"."""
    if not (p.day or p.kind == "step" and p.core.lower().endswith("week")) or p.ranged or p.prep == "as of":
        return False
    clause = clauses.at(p.start)
    floor = max(clauses.openers[clause], clauses.floor(p.start))
    before = [w.group().lower() for w in find_words(text, floor, p.start)]
    verbs = [k for k, w in enumerate(before) if is_verb(w)]
    if verbs:  # "said Monday", not "said that on Monday 5 people"
        return before[verbs[-1]] in reporting() and "that" not in before[verbs[-1] :]
    ceiling = clauses.ceiling(p.end)
    after = (w.group().lower() for w in find_words(text, p.end, ceiling))
    return next((w for w in after if is_verb(w)), "") in reporting()


# --------------------------------------------------------------- attachment

def _in_baseline(text: str, q: Span, clauses: Clauses) -> bool:
    """Whether the quantity is itself a baseline: "from 5.3 percent", "than 300", "compared with 12"."""
    window = _words_back(text, q[0], clauses, [], reach=32)
    return any(w in _baseline_words() - {"over"} for w in window[-4:])


def _owner(text: str, p: TimePhrase, quantities: list[Span], clauses: Clauses) -> int | None:
    """The quantity a phrase is attached to: it follows that quantity's noun phrase
    ("killed 256 in 1969"), or it is a possessive or bare year right before it."""
    after = [i for i, q in enumerate(quantities) if q[1] <= p.start]
    if after:
        i = after[-1]
        if _np_gap(text, quantities[i][1], p.start, clauses, max_words=6):
            return i
    if p.possessive or p.modifier:
        before = [i for i, q in enumerate(quantities) if q[0] >= p.end]
        if before and _np_gap(text, p.end, quantities[before[0]][0], clauses, max_words=2):
            return before[0]
    return None


def _np_gap(text: str, a: int, b: int, clauses: Clauses, max_words: int) -> bool:
    """Whether ``text[a:b]`` is only the rest of a noun phrase: few words, no verb, no punctuation."""
    gap = text[a:b]
    if any(c in gap for c in ",;:()") or clauses.at(a) != clauses.at(b):
        return False
    words = [w.group() for w in find_words(gap)]
    return len(words) <= max_words and not any(is_verb(w) for w in words)


def _governing(i: int, q: Span, phrases: list[TimePhrase], facts: list[bool], owners: list[int | None],
               baseline: list[bool], clauses: Clauses, fronted: int | None, text: str) -> int | None:
    """The phrase of the quantity's clause (or the clause it shares time with) nearest to it."""
    def usable(j: int) -> bool:
        owner = owners[j]
        if not facts[j] or owner is not None and owner != i and (baseline[i] or baseline[owner]):
            return False
        return not phrases[j].possessive  # "last year's worst sector", "today's standard": its noun's

    clause = clauses.at(q[0])
    for scope in _scopes(clause, clauses):
        near = [j for j, p in enumerate(phrases) if clauses.at(p.start) in scope and usable(j)]
        if near:
            return min(near, key=lambda j: max(phrases[j].start - q[1], q[0] - phrases[j].end, 0))
    if fronted is not None and usable(fronted):
        return fronted
    return _antecedent(clause, phrases, facts, clauses, text)


def _scopes(clause: int, clauses: Clauses) -> list[set[int]]:
    """The clause itself, then the clauses it shares its time with ("while", "as")."""
    kind = clauses.kinds[clause]
    shared = {c for c, parent in clauses.parents.items()
              if c != clause and (clauses.kinds[c] == "simultaneous" and parent == clause
                                  or kind in ("simultaneous", "participle") and c == clauses.parents[clause])}
    return [{clause}, shared] if shared else [{clause}]


def _antecedent(clause: int, phrases: list[TimePhrase], facts: list[bool], clauses: Clauses,
                text: str) -> int | None:
    """For a relative clause: a phrase inside the noun phrase it describes ("the 1991 Hajj, in which")."""
    if clauses.kinds[clause] != "relative":
        return None
    opener = clauses.openers[clause]
    for j, p in enumerate(phrases):
        between = [w.group() for w in find_words(text, p.end, opener)] if p.end <= opener else None
        if facts[j] and not p.possessive and between is not None and len(between) <= 3 \
                and not any(is_verb(w) for w in between):
            return j
    return None


def _fronted(text: str, start: int, phrases: list[TimePhrase], facts: list[bool]) -> int | None:
    """A phrase opening the sentence before a comma ("Last week, ..."): it governs the whole sentence."""
    first = phrases[0]
    lead = text[start : first.start].strip(" \"'“‘").lower()
    if facts[0] and lead in ("", "and", "but", "also", "so") and text[first.end : first.end + 1] == ",":
        return 0
    return None


def _date(text: str, j: int, phrases: list[TimePhrase], facts: list[bool], clauses: Clauses,
          ref: dt.date) -> str | None:
    p = phrases[j]
    if p.kind == "earlier":  # "a year earlier": from the sentence's other time
        anchors = [k for k, other in enumerate(phrases) if facts[k] and other.kind != "earlier" and k != j]
        if not anchors:
            return None
        anchor = min(anchors, key=lambda k: abs(phrases[k].start - p.start))
        base = _date(text, anchor, phrases, facts, clauses, ref)
        return dates.shifted(base, p.core) if base else None
    if p.kind == "clock" and not _perfect(text, p, clauses):
        return None  # "the gates shut at 21:00", told days later: the day is not said
    return dates.value(p, ref, future=_future(text, p, clauses))


def _perfect(text: str, p: TimePhrase, clauses: Clauses) -> bool:
    """Whether the phrase's clause is in the present perfect ("has hit the port at 5:40 a.m."):
    news of the day it is told."""
    return any(w.group().lower() in ("has", "have") for w in find_words(text, clauses.floor(p.start), p.start))


def _future(text: str, p: TimePhrase, clauses: Clauses) -> bool:
    """Whether the phrase's clause speaks of the future ("will", "is expected to"),
    or a month names a delivery ("for December delivery")."""
    if p.kind == "month" and time_phrases.mentions_delivery(text, clauses.starts[0], clauses.end):
        return True
    floor, ceiling = clauses.floor(p.start), clauses.ceiling(p.end)
    before = list(find_words(text, floor, p.start))
    verbs = [k for k, w in enumerate(before) if is_verb(w.group())]
    if verbs:  # the verb group the phrase hangs on: "will start charging ... in December"
        return _future_cue().search(text, before[max(0, verbs[-1] - 3)].start(), p.start) is not None
    after = next((w for w in find_words(text, p.end, ceiling) if is_verb(w.group())), None)
    return after is not None and _future_cue().search(text, p.end, after.end()) is not None


# ------------------------------------------------------------------- words

def _words_back(text: str, pos: int, clauses: Clauses, quantities: list[Span], reach: int = 40) -> list[str]:
    """The words just before ``pos`` in its clause, back to a verb, a comma or a quantity."""
    floor = max(clauses.floor(pos), pos - reach, *(q[1] for q in quantities if q[1] <= pos))
    comma = text.rfind(", ", floor, pos)
    words = [w.group().lower() for w in find_words(text, max(floor, comma + 1), pos)]
    verbs = [k for k, w in enumerate(words) if is_verb(w)]
    return words[verbs[-1] + 1 :] if verbs else words


@functools.cache
def _baseline_words() -> frozenset[str]:
    words = [w for w, k in cues().items() if k == "baseline"]
    return frozenset(w.split()[0] if w.startswith("compared") else w for w in words)


@functools.cache
def _superlatives() -> frozenset[str]:
    return frozenset(w for w, k in cues().items() if k == "superlative")


@functools.cache
def _future_cue() -> re.Pattern[str]:
    words = [w for w, k in cues().items() if k == "future"]
    return re.compile(rf"(?<![\w'’]){lexicon.phrase_pattern(words)}\b", re.IGNORECASE)
