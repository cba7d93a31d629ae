"""Stage 6a: what each quantity is about — its ``concept``.

The concept is the noun phrase the quantity measures or belongs to, read
from the phrase structure of its sentence (``figures.phrases``):

- the noun phrase the quantity is "of" ("40% *of its fleet*") or modifies
  ("a 15% *levy on sugary drinks*"), or whose "of" it is ("*fees* of $40");
- the subject of the clause when the quantity (or that phrase) is the object
  or complement of its verb ("*Boeing shares* rose 3%", "*the clinic* has treated
  900 patients"), past verb groups, relative pronouns ("a *team* that
  scored 41 points") and pronouns that stand for an earlier subject; also when
  it is an adjunct of the clause ("*Lee* won in the district with 4,000 votes");
- for a count, what happened to the things counted (``figures.predicates``): "300
  people *were killed*" -> "killed", "..., *killing* 30" -> "killed" (not the cause),
  or where they are ("9,000 people live *in Tarvo*");
- what the quantity before stood for, after "it", "this" or "of these" ("... when
  *it* closed at 5,048");
- nothing from reporting clauses ("officials said"), pronouns or adverbs.

Prepositions and "and" between the words become commas ("imports, Peru";
"fees, rents"); determiners are dropped; possessors are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from figures import lexicon, phrases, predicates, subjects
from figures.phrases import HEADS, Word
from figures.records import Quantity, Sentence, Unit

# Quantifier words that say how much, not what ("more bus drivers").
_QUANTIFIERS = frozenset("more less most least fewer many few much".split())
# Prepositions after a noun that make the quantity that noun's measure ("a ban for 3 years").
_MEASURE_OF = frozenset("of for with".split())
# How many words before and after a quantity its concept is looked for in.
_BEFORE, _AFTER = 120, 40


def concepts(text: str, sentence: Sentence, read: Sequence[Quantity], units: Sequence[Unit]) -> list[str]:
    """The concept of each quantity of ``sentence`` (``units[k]`` placed ``read[k]``), in order.

    A quantity restating the one before in brackets ("5 miles (8 km)"), or going on
    from it without a concept of its own ("20 km - from 110 to 130 km", "80
    points, or 1.1%"), shares that one's concept.
    """
    words = phrases.words(text, sentence.start, sentence.end, [(u.start, u.end) for u in units])
    first: dict[int, int] = {}
    for i, w in enumerate(words):
        first.setdefault(w.quantity, i)
    out: list[str] = []
    for k, unit in enumerate(units):
        previous = units[k - 1] if k else None
        at = first.get(k, -1)
        # the words around the quantity: the work per quantity does not grow with the sentence
        begin = max(0, at - _BEFORE)
        ws = words[begin : at + _AFTER] if at >= 0 else []
        about, own, anaphor = _concept(ws, at - begin, k, unit)
        if anaphor and previous is not None and out[-1]:
            # "X was above 5,000 in March when it closed at 5,048"; "39% of these":
            # what the quantity before was about (and its noun, for a part of them)
            about = out[-1] if anaphor == "it" else _join([_noun(text, previous), out[-1]])
        elif previous is not None and not own and (_restates(text, previous.end, unit.start) or
                                                 at > 0 and words[at - 1].low == "or" and _goes_on(ws, k)):
            about = out[-1]  # "5 miles (8 km)": the same thing
        elif not about and previous is not None and _goes_on(ws, k) and not _starts_clause(ws, k):
            about = out[-1]
        elif not about and unit.noun_start < 0:
            about = _join([_render(ws, *heading)]) if (heading := _heading(ws, k)) else ""
        out.append(about)
    return out


# A bracket opening right after a quantity, perhaps a currency code: "5 miles (8 km)", "(US$2 million)".
_restatement = re.compile(r"\s*\(\s*(?:[A-Z]{1,3}\s?)?")


def _restates(text: str, previous_end: int, start: int) -> bool:
    """Whether a quantity starting at ``start`` restates the one ending at
    ``previous_end`` in brackets ("5 miles (8 km)", "40 million yuan (US$6 million)")."""
    return _restatement.fullmatch(text, previous_end, start) is not None


def _goes_on(ws: Sequence[Word], k: int) -> bool:
    """Whether quantity ``k`` continues quantity ``k - 1`` in the same clause: only marks,
    "to", "from" and "and" stand between them ("35 miles - from 252 to 287 miles"), or
    after "or" also the phrase of the one before ("30% of its value, or $9 million")."""
    first = next((i for i, w in enumerate(ws) if w.quantity == k), -1)
    restated = first > 0 and ws[first - 1].low == "or"
    i = first - 1
    while i >= 0 and ws[i].quantity != k - 1:
        if ws[i].tag in ("VERB", "AUX", "SCONJ", "REL", "PRON") or ws[i].text in ";:" \
                or (ws[i].tag in HEADS and not restated and not phrases.time_word(ws[i])):
            return False
        i -= 1
    return i >= 0 and first - i <= 8


def _starts_clause(ws: Sequence[Word], k: int) -> bool:
    """Whether quantity ``k`` is the subject of the verb right after it ("a 40-year-old would")."""
    last = max((i for i, w in enumerate(ws) if w.quantity == k), default=len(ws))
    return last + 1 < len(ws) and ws[last + 1].tag in ("VERB", "AUX")


def _noun(text: str, unit: Unit) -> str:
    """The counted noun of ``unit`` as written, "" if none."""
    return text[unit.noun_start : unit.noun_end] if unit.noun_start >= 0 else ""


def _concept(ws: Sequence[Word], lo: int, k: int, unit: Unit) -> tuple[str, bool, str]:
    """The concept of quantity ``k``, whose words start at ``ws[lo]``, whether it has a
    phrase of its own (what it is "of", modifies or measures) rather than only a subject,
    and whether it stands for what came before: "it" for a pronoun subject ("when it
    closed at"), "of" for a part of them ("39% of these"), "" if not."""
    if not ws:
        return "", False, ""
    hi = lo + 1
    while hi < len(ws) and ws[hi].quantity == k:
        hi += 1
    counted = unit.noun_start >= 0
    thing = None if counted else _thing_after(ws, lo, hi, unit.dimension == "currency")
    kind = ("counted" if counted else "bare") if thing is None else "of" if thing[0] > hi else "modified"
    owner = _owner_before(ws, lo, counted)
    if owner is not None and kind != "of":
        thing, kind = owner, "owner"  # "a limit of 5 ppm requiring tests"
    left = lo if thing is None else min(lo, thing[0])
    left = phrases.phrase_start(ws, left)
    subject = subjects.subject_of(ws, left, hi, kind)
    anaphor = ""
    if subject is not None and subject[1] == subject[0] + 1 and ws[subject[0]].low in subjects.ANAPHORS:
        # "X was above 5,000 when it closed at 5,048": it stands for what the quantity before it was about
        anaphor = "it" if any(w.quantity == k - 1 for w in ws[: subject[0]]) else ""
        subject = None
    elif hi + 1 < len(ws) and ws[hi].low == "of" and ws[hi + 1].low in subjects.ANAPHORS | {"them", "those"}:
        anaphor = "of"
    if subject is None and thing is not None and _possessed(ws, min(thing[0], lo), max(thing[1], hi)):
        subject = subjects.antecedent(ws, left)  # "40% of its fleet": whose fleet
    if subject is None and counted and _possessed(ws, lo, hi):
        subject = subjects.antecedent(ws, left)  # "9 of its ships"
    if counted and _reports_after(ws, hi):
        return "", False, ""  # "two officials said": the source, not a fact
    parts = [_render(ws, *thing)] if thing else []
    # what happened to the things counted names them: "were killed", "left 900 houses damaged"
    # (with whose they are), "..., killing 30" (whoever did it)
    event = caused = ""
    if counted or kind != "of" and unit.name is None:
        event = predicates.predicate(ws, lo, hi)
        caused = "" if event else predicates.participle_clause(ws, lo)
    heads = counted and predicates.heads_clause(ws, lo, hi)
    if caused or heads or counted and predicates.definite_object(ws, lo):
        subject = None  # the count is the subject of its own clause, or the cause is no owner
    event = event or caused
    if counted:
        parts.append(_coordinated(ws, unit, hi))
        if subject is not None and hi < len(ws) and ws[hi].low == "of":
            parts.append(_counted(ws, unit, lo, hi))  # "elects 60 members of the council": whose members
    if subject is not None:
        parts.append(_render(ws, *subject, keep_quantity=all(w.tag == "Q" for w in ws[subject[0] : subject[1]])))
    elif thing is None and counted:
        parts.append(_counted(ws, unit, lo, hi, described=predicates.definite_object(ws, lo)))
        if heads and not event and (where := predicates.place(ws, hi)):
            parts.append(_render(ws, *where))  # "9,000 people live in Tarvo"
    elif thing is None and unit.dimension != "time" and not event:
        # a measure with no phrase of its own ("the ratio improved, reaching 3.2"): the
        # subject of the nearest clause
        nearest = subjects.antecedent(ws, lo)
        if nearest is not None:
            parts.append(_render(ws, *nearest))
    if event:
        named = _join(parts)
        if subject is None and named and "," not in named:
            return f"{named} {event}", thing is not None, anaphor  # "Muslim pilgrims killed": one phrase
        parts.insert(len(parts) - (subject is not None), event)
    return _join(parts), thing is not None, anaphor


def _heading(ws: Sequence[Word], k: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence before a colon, when a list holding quantity
    ``k`` follows it ("Prices: milk $2, bread $3")."""
    lo = next((i for i, w in enumerate(ws) if w.quantity == k), 0)
    colon = next((i for i in range(lo) if ws[i].text == ":"), -1)
    if colon < 1 or ws[0].quantity >= 0:
        return None
    end = colon - (ws[colon - 1].tag == "ADP")  # "Properties including:"
    start = _skip_determiners(ws, 0)
    if end > start and phrases.noun_phrase_end(ws, start) == end:
        return start, end
    return None


def _possessed(ws: Sequence[Word], start: int, end: int) -> bool:
    """Whether a possessive pronoun stands in ``ws[start:end]`` ("its revenue")."""
    return any(w.tag == "POSS" or (w.tag == "Q" and w.low in ("its", "their")) for w in ws[start:end])


def _join(parts: list[str]) -> str:
    out: list[str] = []
    for part in parts:
        if part and not any(part.lower() in p.lower() for p in out):
            out.append(part)
    return ", ".join(out)


def _thing_after(ws: Sequence[Word], lo: int, hi: int, money: bool) -> tuple[int, int] | None:
    """The noun phrase the quantity at ``lo:hi`` is "of" ("40% of its fleet"), for an amount of
    ``money`` also "in" or "for" ("$2 billion in bonds", "$500 for the repairs"), or the one it
    modifies with the modifiers around it ("a 15% levy on sugary drinks")."""
    if hi < len(ws) and ws[hi].text == "(":
        close = next((i for i in range(hi, min(hi + 8, len(ws))) if ws[i].text == ")"), -1)
        if close > 0 and close + 1 < len(ws) and ws[close + 1].low == "of":
            hi = close + 1  # "5 miles (8 km) of cable"
    if hi >= len(ws):
        return None
    if ws[hi - 1].low in ("times", "twice") and ws[hi].tag in ("DET", "POSS"):
        start = _skip_determiners(ws, hi)  # "three times the size of Wales"
        end = phrases.noun_phrase_end(ws, start)
        return (start, _with_complements(ws, end)) if end > start else None
    if ws[hi].tag == "ADP" and (ws[hi].low == "of" or money and ws[hi].low in ("in", "for")):
        start = _skip_determiners(ws, hi + 1)
        end = phrases.noun_phrase_end(ws, start)
        if ws[hi].low != "of" and (end == start or any(phrases.time_word(w) for w in ws[start:end])
                                   or ws[start].tag == "PROPN" and ws[hi].low == "in"):
            return None  # "$5 million in 2019", "$5 million in Texas": a time or a place
        return (start, _with_complements(ws, end)) if end > start else None
    if ws[hi].tag in phrases.MODIFIERS or (ws[hi].tag == "Q" and ws[hi].start == ws[hi - 1].end + 1):
        end = phrases.noun_phrase_end(ws, _past_quantities(ws, hi))
        if end > hi and ws[end - 1].low in lexicon.word_set("level_nouns.tsv"):
            return None  # "the $95 per barrel mark": a point on the scale, not a thing
        if end > hi and not phrases.time_word(ws[end - 1]) and ws[end - 1].tag == "NOUN":
            start = lo
            if lo and ws[lo - 1].tag in phrases.MODIFIERS and not phrases.time_word(ws[lo - 1]):
                start = phrases.noun_phrase_start(ws, lo - 1)  # "the van's new 3-litre engine"
            return start, _with_complements(ws, end)
    return None


def _past_quantities(ws: Sequence[Word], i: int) -> int:
    """``i`` moved past adjectival quantities ("3-litre *six-cylinder* engine")."""
    while i < len(ws) and ws[i].tag == "Q":
        i += 1
    return i


def _owner_before(ws: Sequence[Word], lo: int, counted: bool) -> tuple[int, int] | None:
    """The noun phrase whose measure the quantity is: "*fees* of $40", "a *stake*
    larger than a quarter",
    "a *ban* for two years" (a counted noun only after "of" or a "with" that belongs to
    the noun: "a *streak* of nine wins", "a *house* with 3 bedrooms")."""
    if lo > 0 and ws[lo - 1].tag in HEADS and ws[lo].quantity >= 0 and lo + 1 < len(ws) \
            and ws[lo + 1].low == "than" and not phrases.time_word(ws[lo - 1]):
        return phrases.noun_phrase_start(ws, lo - 1), lo  # "a stake larger than a quarter"
    i = lo - 1
    while i > 0 and ws[i].tag == "ADV":
        i -= 1  # "for just $20"
    if i < 1 or ws[i].tag != "ADP" or ws[i].low not in (("of", "with") if counted else _MEASURE_OF) \
            or ws[i - 1].tag not in HEADS or counted and ws[i].low == "with" and not subjects.noun_with(ws, i):
        return None
    if phrases.time_word(ws[i - 1]):
        return None
    return phrases.noun_phrase_start(ws, i - 1), i


def _skip_determiners(ws: Sequence[Word], i: int) -> int:
    while i < len(ws) and ws[i].tag in ("DET", "POSS"):
        i += 1
    return i


def _with_complements(ws: Sequence[Word], end: int, most: int = 2) -> int:
    """``end`` of a noun phrase moved past up to ``most`` prepositional complements
    ("a share *in a mill in Oslo*"), never into a time phrase."""
    for _ in range(most):
        if end >= len(ws) or ws[end].tag != "ADP" or ws[end].low not in phrases.ATTACH:
            break
        start = _skip_determiners(ws, end + 1)
        stop = phrases.noun_phrase_end(ws, start)
        if stop == start or any(phrases.time_word(w) for w in ws[start:stop]):
            break
        end = stop
    return end


def _counted(ws: Sequence[Word], unit: Unit, lo: int, hi: int, described: bool = False) -> str:
    """What a counted noun phrase says beyond its noun: proper modifiers ("Nigerian
    students"), an origin ("pupils from Kenya") or, after "there are", a place; for a set
    ``described`` by its own words, every modifier ("the three *most important* banks")."""
    noun = [i for i in range(lo, hi) if unit.noun_start <= ws[i].start < unit.noun_end]
    if not noun:
        return ""
    names = [i for i in range(lo + 1, noun[-1] + 1) if ws[i].text[:1].isupper()]
    if described:
        names = [i for i in range(_past_amount(ws, lo, noun[-1]), noun[-1])] or names
    end = _counted_complements(ws, hi, _existential(ws, lo))
    if not names and end == hi:
        return ""
    first = names[0] if names else noun[-1]
    return _render(ws, first, noun[-1] + 1, keep_quantity=True) + _render_tail(ws, _tail_start(ws, hi), end)


def _past_amount(ws: Sequence[Word], lo: int, noun: int) -> int:
    """Where the words between the number of a count at ``lo`` and its noun at ``noun``
    start ("three *most important* banks")."""
    i = noun - 1
    while i > lo and not (ws[i].text[0].isdigit() or ws[i].low in lexicon.number_words()
                          or ws[i].low in lexicon.scales()):
        i -= 1
    return i + 1


def _render_tail(ws: Sequence[Word], hi: int, end: int) -> str:
    tail = _render(ws, hi, end)
    return ", " + tail if tail else ""


def _coordinated(ws: Sequence[Word], unit: Unit, hi: int) -> str:
    """The counted noun and the nouns joined to it, when it counts several things
    ("5,000 soldiers and sailors" -> "soldiers, sailors")."""
    if hi + 1 >= len(ws) or ws[hi].low not in ("and", "or") or ws[hi + 1].tag not in phrases.MODIFIERS:
        return ""
    end = phrases.noun_phrase_end(ws, hi + 1)
    if end == hi + 1 or end < len(ws) and (ws[end].tag == "Q" or end + 1 < len(ws) and ws[end + 1].tag == "Q"):
        return ""
    noun = [i for i, w in enumerate(ws) if unit.noun_start <= w.start < unit.noun_end]
    return _render(ws, noun[-1], hi, keep_quantity=True) + _render_tail(ws, hi, end) if noun else ""


def _existential(ws: Sequence[Word], lo: int) -> bool:
    """Whether the quantity at ``lo`` follows "there is/are/were"."""
    i = phrases.phrase_start(ws, lo) - 1
    return i >= 1 and ws[i].tag == "AUX" and ws[i - 1].low == "there"


def _reports_after(ws: Sequence[Word], hi: int) -> bool:
    """Whether the verb right after ``hi`` is a reporting verb ("one official said")."""
    return hi < len(ws) and subjects.reports(ws[hi])


def _counted_complements(ws: Sequence[Word], hi: int, place: bool) -> int:
    """``hi`` moved past an origin or part complement of a counted noun ("pupils *from
    Kenya*"), a relative clause that names what they are ("states *which are members
    of the alliance*"), a named place it lies near ("reefs *close to Fiji*"), or any place
    when ``place`` ("there are 1,200 students *in Germany*")."""
    if hi >= len(ws):
        return hi
    if ws[hi].low in ("from", "of") or place and ws[hi].low in ("in", "at", "on"):
        return _with_complements(ws, hi, 1)
    if ws[hi].tag == "REL" and hi + 2 < len(ws) and ws[hi + 1].low in ("is", "are", "was", "were"):
        start = _skip_determiners(ws, hi + 2)  # "12 states which are members of the alliance"
        end = phrases.noun_phrase_end(ws, start)
        return _with_complements(ws, end, 1) if end > start else hi
    near = hi + 1 if ws[hi].low in ("near", "off", "outside") else hi + 2 if ws[hi].low in ("close", "next") \
        and hi + 1 < len(ws) and ws[hi + 1].low == "to" else -1
    if 0 < near < len(ws) and ws[_skip_determiners(ws, near)].tag == "PROPN":
        return phrases.noun_phrase_end(ws, _skip_determiners(ws, near))
    return hi


def _tail_start(ws: Sequence[Word], hi: int) -> int:
    """Where the words of a complement start: past "close to", "next to", "which are"."""
    if hi < len(ws) and ws[hi].tag == "REL":
        return _skip_determiners(ws, hi + 2)
    return hi + 1 if hi + 1 < len(ws) and ws[hi].low in ("close", "next") and ws[hi + 1].low == "to" else hi


def _render(ws: Sequence[Word], start: int, end: int, keep_quantity: bool = False) -> str:
    """The words of ``ws[start:end]`` as a concept: determiners, pronouns and quantities
    dropped, prepositions and conjunctions turned into commas, years only inside names."""
    segments: list[list[str]] = [[]]
    for i in range(start, end):
        w = ws[i]
        if w.tag in ("ADP", "CCONJ") or w.text == ",":
            segments.append([])
        elif w.tag in ("DET", "POSS", "PART", "PRON") or (w.tag == "Q" and not keep_quantity) \
                or w.low in _QUANTIFIERS:
            continue
        elif w.tag == "PUNCT" and w.text not in phrases.JOINERS:
            continue
        elif w.tag == "NUM" and not segments[-1]:
            continue  # "In 2016, Lee's pay": a year before a name
        elif segments[-1] and w.start == ws[i - 1].end and phrases.JOINERS & {w.text, ws[i - 1].text}:
            segments[-1][-1] += w.text  # "S&P/ASX"
        else:
            segments[-1].append(w.text)
    return ", ".join(" ".join(s) for s in segments if s)




