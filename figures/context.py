"""Stage 6a: what each quantity is about — its ``concept``.

The concept is the noun phrase the quantity measures or belongs to, read
from the phrase structure of its sentence (``figures.phrases``):

- the noun phrase the quantity is "of" ("60% *of its revenue*") or modifies
  ("a 25% *tax on imported vehicles*"), or whose "of" it is ("*sales* of 5,835
  units");
- the subject of the clause when the quantity (or that phrase) is the object
  or complement of its verb ("*Tesla shares* rose 3%", "*OHSU* has performed
  700 transplants"), past verb groups, relative pronouns ("a *defense* that
  gave up 517 yards") and pronouns that stand for an earlier subject;
- nothing from reporting clauses ("officials said"), pronouns or adverbs.

Prepositions and "and" between the words become commas ("exports, China";
"record sales, profits"); determiners are dropped; possessors are kept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from figures import lexicon, phrases
from figures.phrases import HEADS, VERBAL, Word
from figures.records import Quantity, Sentence, Unit

# Prepositions that attach a complement to a noun ("exports to China", "tax on cars").
_ATTACH = frozenset("of in on for from to at per across".split())
# Quantifier words that say how much, not what ("more mortgage lenders").
_QUANTIFIERS = frozenset("more less most least fewer many few much".split())
# Prepositions that introduce the value after a verb ("rose to", "trade at", "grew by").
_VALUE = frozenset("to from at by of around about near over under above below between than".split())
# Prepositions after a noun that make the quantity that noun's measure ("a ban for 3 years").
_MEASURE_OF = frozenset("of for with".split())
_PERSONAL = frozenset("it they he she".split())
# How many words before and after a quantity its concept is looked for in.
_BEFORE, _AFTER = 60, 40


def concepts(text: str, sentence: Sentence, read: Sequence[Quantity], units: Sequence[Unit]) -> list[str]:
    """The concept of each quantity of ``sentence`` (``units[k]`` placed ``read[k]``), in order.

    A quantity restating the one before in brackets ("8 miles (13 km)"), or going on
    from it without a concept of its own ("35 miles - from 252 to 287 miles", "190
    points, or 0.6%"), shares that one's concept.
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
        ws = words[max(0, at - _BEFORE) : at + _AFTER] if at >= 0 else []
        about, own = _concept(ws, k, unit)
        if previous is not None and not own and (restates(text, previous.end, unit.start) or
                                                 at > 0 and words[at - 1].low == "or" and _goes_on(ws, k)):
            about = out[-1]  # "8 miles (13 kilometers)": the same thing
        elif not about and previous is not None and _goes_on(ws, k):
            about = out[-1]
        elif not about and unit.noun_start < 0:
            about = _join([_render(ws, *heading)]) if (heading := _heading(ws, k)) else ""
        out.append(about)
    return out


_restatement = re.compile(r"\s*\(\s*(?:[A-Z]{1,3}\s?)?")
_continuation = re.compile(r"\s*[-–—,;]?\s*(?:or|and|to|from)?\s*")


def continues(text: str, previous_end: int, start: int) -> bool:
    """Whether a quantity at ``start`` goes on from the one ending at ``previous_end``
    ("35 miles - from 252 to 287 miles")."""
    return start - previous_end <= 12 and _continuation.fullmatch(text, previous_end, start) is not None


def restates(text: str, previous_end: int, start: int) -> bool:
    """Whether a quantity starting at ``start`` restates the one ending at
    ``previous_end`` in brackets ("8 miles (13 kilometers)", "9 billion yuan (US$1.3 billion)")."""
    return _restatement.fullmatch(text, previous_end, start) is not None


def _goes_on(ws: Sequence[Word], k: int) -> bool:
    """Whether quantity ``k`` continues quantity ``k - 1`` in the same clause: only marks,
    "to", "from" and "and" stand between them ("35 miles - from 252 to 287 miles"), or
    after "or" also the phrase of the one before ("60% of its market cap, or $30 billion")."""
    first = next((i for i, w in enumerate(ws) if w.quantity == k), -1)
    restated = first > 0 and ws[first - 1].low == "or"
    i = first - 1
    while i >= 0 and ws[i].quantity != k - 1:
        if ws[i].tag in ("VERB", "AUX", "SCONJ", "REL", "PRON") or ws[i].text in ";:" \
                or (ws[i].tag in HEADS and not restated and not _time_word(ws[i])):
            return False
        i -= 1
    return i >= 0 and first - i <= 8


def _concept(ws: Sequence[Word], k: int, unit: Unit) -> tuple[str, bool]:
    """The concept of quantity ``k``, and whether it has a phrase of its own (what it is
    "of", modifies or measures) rather than only a subject."""
    span = [i for i, w in enumerate(ws) if w.quantity == k]
    if not span:
        return "", False
    lo, hi = span[0], span[-1] + 1
    counted = unit.noun_start >= 0
    thing = None if counted else _thing_after(ws, lo, hi)
    kind = ("counted" if counted else "bare") if thing is None else "of" if thing[0] > hi else "modified"
    owner = _owner_before(ws, lo, counted)
    if owner is not None and kind != "of":
        thing, kind = owner, "owner"  # "the guideline of 15 ppb requiring action"
    left = lo if thing is None else min(lo, thing[0])
    left = _phrase_start(ws, left)
    subject = _subject_of(ws, left, hi, kind)
    if subject is None and thing is not None and _possessed(ws, min(thing[0], lo), max(thing[1], hi)):
        subject = _antecedent(ws, left)  # "60% of its revenue": whose revenue
    if subject is None and counted and _possessed(ws, lo, hi):
        subject = _antecedent(ws, left)  # "35m of its devices"
    if counted and _reports_after(ws, hi):
        return "", False  # "one European official said": the source, not a fact
    parts = [_render(ws, *thing)] if thing else []
    if counted:
        parts.append(_coordinated(ws, unit, hi))
    if subject is not None:
        parts.append(_render(ws, *subject, keep_quantity=all(w.tag == "Q" for w in ws[subject[0] : subject[1]])))
    elif thing is None and counted:
        parts.append(_counted(ws, unit, lo, hi))
    elif thing is None and unit.dimension != "time":
        # a measure with no phrase of its own ("the ratio improved, reaching 3.2"): the
        # subject of the nearest clause
        nearest = _antecedent(ws, lo)
        if nearest is not None:
            parts.append(_render(ws, *nearest))
    return _join(parts), thing is not None


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


def _antecedent(ws: Sequence[Word], i: int) -> tuple[int, int] | None:
    """The subject of the nearest verb before ``i`` in its sentence: who "its" stands for."""
    j = i - 1
    while j >= 0 and ws[j].tag not in ("VERB", "AUX"):
        j -= 1
    return _clause_subject(ws, j) if j >= 0 else None


def _join(parts: list[str]) -> str:
    out: list[str] = []
    for part in parts:
        if part and not any(part.lower() in p.lower() for p in out):
            out.append(part)
    return ", ".join(out)


def _phrase_start(ws: Sequence[Word], i: int) -> int:
    """``i`` moved back over a determiner or possessive before it."""
    while i > 0 and ws[i - 1].tag in ("DET", "POSS", "POSSN") and ws[i - 1].quantity < 0:
        i -= 1
    return i


def _thing_after(ws: Sequence[Word], lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase the quantity at ``lo:hi`` is "of" ("60% of its revenue"), or the one
    it modifies with the modifiers around it ("a 25% tax on imported vehicles")."""
    if hi < len(ws) and ws[hi].text == "(":
        close = next((i for i in range(hi, min(hi + 8, len(ws))) if ws[i].text == ")"), -1)
        if close > 0 and close + 1 < len(ws) and ws[close + 1].low == "of":
            hi = close + 1  # "8 miles (13 kilometers) of new tunnels"
    if hi >= len(ws):
        return None
    if ws[hi].low == "of" and ws[hi].tag == "ADP":
        start = _skip_determiners(ws, hi + 1)
        end = phrases.noun_phrase_end(ws, start)
        return (start, _with_complements(ws, end)) if end > start else None
    if ws[hi].tag in phrases.MODIFIERS or (ws[hi].tag == "Q" and ws[hi].start == ws[hi - 1].end + 1):
        end = phrases.noun_phrase_end(ws, _past_quantities(ws, hi))
        if end > hi and not _time_word(ws[end - 1]) and ws[end - 1].tag == "NOUN":
            start = lo
            if lo and ws[lo - 1].tag in phrases.MODIFIERS and not _time_word(ws[lo - 1]):
                start = phrases.noun_phrase_start(ws, lo - 1)  # "the ILX's standard 2.4-liter engine"
            return start, _with_complements(ws, end)
    return None


def _past_quantities(ws: Sequence[Word], i: int) -> int:
    """``i`` moved past adjectival quantities ("2.4-liter *four-cylinder* engine")."""
    while i < len(ws) and ws[i].tag == "Q":
        i += 1
    return i


def _owner_before(ws: Sequence[Word], lo: int, counted: bool) -> tuple[int, int] | None:
    """The noun phrase whose measure the quantity is: "*sales* of 5,835 units",
    "a *grounding* for three months" (a counted noun only after "of": "a *run* of seven games")."""
    i = lo - 1
    if i < 1 or ws[i].tag != "ADP" or ws[i].low not in (("of",) if counted else _MEASURE_OF) \
            or ws[i - 1].tag not in HEADS:
        return None
    if _time_word(ws[i - 1]):
        return None
    return phrases.noun_phrase_start(ws, i - 1), i


def _skip_determiners(ws: Sequence[Word], i: int) -> int:
    while i < len(ws) and ws[i].tag in ("DET", "POSS"):
        i += 1
    return i


def _with_complements(ws: Sequence[Word], end: int, most: int = 2) -> int:
    """``end`` of a noun phrase moved past up to ``most`` prepositional complements
    ("stake *in a school in Shandong*"), never into a time phrase."""
    for _ in range(most):
        if end >= len(ws) or ws[end].tag != "ADP" or ws[end].low not in _ATTACH:
            break
        start = _skip_determiners(ws, end + 1)
        stop = phrases.noun_phrase_end(ws, start)
        if stop == start or any(_time_word(w) for w in ws[start:stop]):
            break
        end = stop
    return end


def _subject_of(ws: Sequence[Word], left: int, hi: int, kind: str) -> tuple[int, int] | None:
    """The subject that owns the phrase starting at ``left``: the subject of the verb whose
    object or complement it is.  ``kind`` says what the phrase is: "bare" (the quantity
    alone), "counted" (a number and its noun), "of" (with the phrase it is of), "owner"
    (with the noun it measures) or "modified" (with the noun it modifies).  A bare quantity may also belong to the noun
    phrase it is listed after ("FTSE -0.6%", "Maldonado (15.3 ppg") or to the object
    whose change it is ("boost the range by 35 miles")."""
    bare = kind == "bare"
    b = left - 1
    while b >= 0 and (ws[b].tag == "ADV" or (ws[b].tag == "PRON" and b > 0 and ws[b - 1].tag == "VERB")):
        b -= 1  # "cost me $5"
    if b < 0:
        return None
    w = ws[b]
    if w.tag in ("VERB", "AUX", "PRT", "NEG"):
        if _reports(w) and _clause_follows(ws, hi):
            return None  # "officials said 500 people died"
        if w.tag == "VERB" and w.low.endswith("ing") and b > 0 and ws[b - 1].text == "," and bare \
                and b > 1 and ws[b - 2].tag in HEADS:
            return _subject_phrase(ws, b - 2)  # "claims, ranging from $200 to $4 million"
        return _clause_subject(ws, b, own=bare)
    if w.tag == "ADP" and b > 0 and ws[b - 1].tag == "VERB" and kind != "modified":
        return _clause_subject(ws, b - 1)  # "called for 30 gigawatts", "sitting on record wealth of"
    if w.tag == "ADP" and w.low in _VALUE:
        c = b - 1
        while c >= 0 and ws[c].tag == "ADV":
            c -= 1
        if c >= 0 and ws[c].tag in ("VERB", "AUX", "PRT", "NEG", "Q", "ADJ") and kind != "modified":
            return _clause_subject(ws, c)
        if bare and c >= 1 and ws[c].tag in HEADS and w.low in ("by", "to", "from"):
            start = _phrase_start(ws, phrases.noun_phrase_start(ws, c))
            if start > 0 and ws[start - 1].tag == "VERB":
                return phrases.noun_phrase_start(ws, c), c + 1  # "boost the driving range by 35 miles"
        return None
    if w.tag == "CCONJ" and b > 0:
        start = _conjoined_start(ws, b)
        return _subject_of(ws, start, hi, kind) if start >= 0 else None
    if w.text in (",", "—", "–", ":") and b > 0 and (ws[b - 1].tag == "Q" or w.text != ","):
        # "fell to $2,315, a 4.2 percent drop"; "is longer — 24 hours"
        return _clause_subject(ws, b - 1) if ws[b - 1].tag in VERBAL or ws[b - 1].tag in ("Q", "ADJ") else None
    if not bare:
        return None
    if w.text == "(" and b > 0 and ws[b - 1].tag in HEADS:
        return phrases.noun_phrase_start(ws, b - 1), b  # "Maldonado (15.3 ppg"
    named = w.tag in HEADS or (w.tag == "NUM" and b > 0 and ws[b - 1].tag == "PROPN")  # "Stoxx 50 -1.3%"
    if named and not _time_word(w) and (hi >= len(ws) or ws[hi].tag in ("PUNCT", "Q", "PROPN")):
        return phrases.noun_phrase_start(ws, b), b + 1  # "FTSE -0.6%"
    return None


def _conjoined_start(ws: Sequence[Word], b: int) -> int:
    """The start of the quantity phrase joined by the "and" or "or" at ``b`` ("3 GW of
    solar *and* 2 GW of storage"), or -1 when no quantity stands right before it."""
    j = b - 1
    while j >= 0 and j > b - 8 and (ws[j].tag in phrases.MODIFIERS or ws[j].low == "of" or ws[j].tag == "POSS"):
        j -= 1
    if j < 0 or ws[j].tag != "Q":
        return -1
    q = ws[j].quantity
    while j > 0 and ws[j - 1].quantity == q:
        j -= 1
    return _phrase_start(ws, j)


def _clause_subject(ws: Sequence[Word], b: int, own: bool = False) -> tuple[int, int] | None:
    """The subject of the verb group ending at ``b``, walking back over verbs, adverbs,
    predicate adjectives, other quantities and their prepositions, time phrases and "plans to".
    With ``own`` (the verb governs the quantity itself) a quantity may be the subject."""
    j = b
    verbs = 0
    while j >= 0:
        w = ws[j]
        if w.tag in VERBAL or w.tag == "Q" or (w.tag == "ADP" and (w.low in _VALUE or ws[j + 1].tag == "Q")):
            verbs += w.tag in ("VERB", "AUX")
            j -= 1
        elif _time_word(w) or w.tag == "NUM" and j > 0 and ws[j - 1].tag not in HEADS:
            j -= 1
            while j >= 0 and (ws[j].tag in ("ADP", "ADJ", "DET") or _time_word(ws[j])):
                j -= 1
        elif w.tag in HEADS and j + 1 < len(ws) and ws[j + 1].tag == "PART":
            start = phrases.noun_phrase_start(ws, j)
            if j > start and "VERB" in phrases.candidates(w.low) and not _verb_before(ws, start):
                return _subject_phrase(ws, j - 1)  # "the company plans to hire"
            j = _phrase_start(ws, start) - 1  # "announced plans to lay off"
        elif w.tag == "ADJ" and (j + 1 < len(ws) and ws[j + 1].tag in ("PART", "ADP", "Q", "PUNCT")
                                 or j > 0 and ws[j - 1].tag in VERBAL):
            j -= 1  # "is likely to", "worth $2", "is also longer"
        else:
            break
    if own and verbs and (j < 0 and ws[0].tag == "Q" or j >= 0 and ws[j].tag == "DET" and ws[j + 1].tag == "Q"):
        end = j + 1  # "A 60-year-old might withdraw 2.7%": the quantity before the verb is the subject
        while ws[end].tag == "Q" and ws[end].quantity == ws[j + 1].quantity:
            end += 1
        return j + 1, end
    if j < 0 or not verbs:
        return None
    w = ws[j]
    if w.tag == "CCONJ" and ws[j + 1].tag in ("VERB", "AUX"):
        c = j - 1  # "is the first model and offers 536 hp": the subject of the first verb
        while c >= 0 and ws[c].tag not in ("VERB", "AUX") and ws[c].tag not in ("SCONJ", "REL") and ws[c].text != ";":
            c -= 1
        return _clause_subject(ws, c) if c >= 0 and ws[c].tag in ("VERB", "AUX") else None
    if w.tag == "REL":
        a = j - 1 - (j > 0 and ws[j - 1].text == ",")
        if a >= 0 and ws[a].tag in HEADS:
            return _subject_phrase(ws, a)  # "a leading player in the market, which was valued at"
        if a >= 0 and ws[a].tag == "Q":
            return _clause_subject(ws, a)  # "pay was $11 million, which includes": whose pay
        return None
    if w.tag == "PRON" and w.low in _PERSONAL:
        # "Airways is expected to announce it will suspend": the pronoun stands for that subject
        c = j - 1
        while c >= 0 and (ws[c].tag in ("SCONJ", "THAT") or _time_word(ws[c])):
            c -= 1
        if c >= 0 and ws[c].tag in ("VERB", "AUX"):
            return _clause_subject(ws, c)
        return None
    if w.text == "," and ws[j + 1].tag == "VERB" and ws[j + 1].low.endswith("ing"):
        return _antecedent(ws, j)  # "a fire spread to homes, injuring 100 people": the fire
    if w.text == ",":
        return _before_apposition(ws, j)
    if w.tag in HEADS or w.tag == "NUM":
        return _subject_phrase(ws, j)  # "The S&P 500 fell"
    return None


def _before_apposition(ws: Sequence[Word], j: int) -> tuple[int, int] | None:
    """The noun phrase before an apposition ending with the comma at ``j``
    ("Vancouver, Canada's third-largest city, hosts", "The trust, a landlord in New York, posted")."""
    i = j - 1
    while i > 0 and j - i < 12 and ws[i].text != ",":
        if ws[i].tag not in phrases.MODIFIERS and ws[i].tag not in ("DET", "POSS", "ADP", "Q", "ADV") \
                and ws[i].text not in _JOINERS and not (ws[i].tag == "VERB" and ws[i].low.endswith(("ed", "ing"))):
            return None
        i -= 1
    if i > 0 and ws[i].text == "," and ws[i - 1].tag in HEADS:
        return phrases.noun_phrase_start(ws, i - 1), i
    return None


def _verb_before(ws: Sequence[Word], i: int) -> bool:
    """Whether a verb stands between the start of the clause and ``i``."""
    for w in reversed(ws[:i]):
        if w.tag in ("VERB", "AUX"):
            return True
        if w.text in ",;:" or w.tag in ("SCONJ", "CCONJ", "REL"):
            return False
    return False


def _subject_phrase(ws: Sequence[Word], j: int) -> tuple[int, int]:
    """The noun phrase whose head is at ``j``, with the complements before it ("exports to
    *China*" -> "exports to China") and the name before an apposition ("Vancouver, the
    third-largest city, hosts")."""
    start = phrases.noun_phrase_start(ws, j)
    end = j + 1
    if j + 1 < len(ws) and ws[j + 1].text == "," and start >= 2 and ws[start - 1].text == ",":
        before = start - 2
        if ws[before].tag in HEADS and (before == 0 or ws[phrases.noun_phrase_start(ws, before) - 1].tag != "ADP"):
            return phrases.noun_phrase_start(ws, before), before + 1
    for _ in range(2):
        p = _phrase_start(ws, start) - 1
        if p >= 1 and ws[p].tag == "ADP" and ws[p].low in _ATTACH and ws[p - 1].tag in HEADS \
                and not any(_time_word(w) for w in ws[start:end]):
            start = phrases.noun_phrase_start(ws, p - 1)
        else:
            break
    return start, end


def _counted(ws: Sequence[Word], unit: Unit, lo: int, hi: int) -> str:
    """What a counted noun phrase says beyond its noun: proper modifiers ("African
    students"), an origin ("students from Africa") or, after "there are", a place."""
    noun = [i for i in range(lo, hi) if unit.noun_start <= ws[i].start < unit.noun_end]
    if not noun:
        return ""
    names = [i for i in noun if ws[i].text[:1].isupper() and i > lo]
    end = _counted_complements(ws, hi, _existential(ws, lo))
    if not names and end == hi:
        return ""
    first = names[0] if names else noun[-1]
    return _render(ws, first, noun[-1] + 1, keep_quantity=True) + _render_tail(ws, hi, end)


def _render_tail(ws: Sequence[Word], hi: int, end: int) -> str:
    tail = _render(ws, hi, end)
    return ", " + tail if tail else ""


def _coordinated(ws: Sequence[Word], unit: Unit, hi: int) -> str:
    """The counted noun and the nouns joined to it, when it counts several things
    ("120,000 residents and tourists" -> "residents, tourists")."""
    if hi + 1 >= len(ws) or ws[hi].low not in ("and", "or") or ws[hi + 1].tag not in phrases.MODIFIERS:
        return ""
    end = phrases.noun_phrase_end(ws, hi + 1)
    if end == hi + 1 or end < len(ws) and ws[end].tag == "Q":
        return ""
    noun = [i for i, w in enumerate(ws) if unit.noun_start <= w.start < unit.noun_end]
    return _render(ws, noun[-1], hi, keep_quantity=True) + _render_tail(ws, hi, end) if noun else ""


def _existential(ws: Sequence[Word], lo: int) -> bool:
    """Whether the quantity at ``lo`` follows "there is/are/were"."""
    i = _phrase_start(ws, lo) - 1
    return i >= 1 and ws[i].tag == "AUX" and ws[i - 1].low == "there"


def _reports_after(ws: Sequence[Word], hi: int) -> bool:
    """Whether the verb right after ``hi`` is a reporting verb ("one official said")."""
    return hi < len(ws) and _reports(ws[hi])


def _counted_complements(ws: Sequence[Word], hi: int, place: bool) -> int:
    """``hi`` moved past an origin or part complement of a counted noun ("students *from
    Africa*"), or past a place when ``place`` ("there are 300 students *in Russia*")."""
    if hi < len(ws) and (ws[hi].low in ("from", "of") or place and ws[hi].low in ("in", "at", "on")):
        return _with_complements(ws, hi, 1)
    return hi


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
        elif w.tag == "PUNCT" and w.text not in _JOINERS:
            continue
        elif w.tag == "NUM" and not segments[-1]:
            continue  # "In 2016, Walsh's pay": a year before a name
        elif segments[-1] and w.start == ws[i - 1].end and (w.text in _JOINERS or ws[i - 1].text in _JOINERS):
            segments[-1][-1] += w.text  # "S&P/ASX"
        else:
            segments[-1].append(w.text)
    return ", ".join(" ".join(s) for s in segments if s)


_JOINERS = frozenset("-/&")


def _reports(w: Word) -> bool:
    """Whether ``w`` is a form of a reporting verb ("said", "estimates")."""
    return w.tag == "VERB" and bool(_verb_lemmas(w.low) & lexicon.word_set("reporting_verbs.tsv"))


@functools.lru_cache(maxsize=4096)
def _verb_lemmas(word: str) -> frozenset[str]:
    import lemminflect

    return frozenset(lemminflect.getAllLemmas(word).get("VERB", ()))


def _clause_follows(ws: Sequence[Word], hi: int) -> bool:
    """Whether a verb comes soon after ``hi``: the quantity is the subject of a clause."""
    for w in ws[hi : hi + 6]:
        if w.tag in ("VERB", "AUX"):
            return True
        if w.tag == "PUNCT":
            return False
    return False


def _time_word(w: Word) -> bool:
    return w.low in lexicon.time_words() or (w.tag == "NUM" and len(w.text) == 4 and w.text[:2] in ("19", "20"))
