"""Whose a phrase is: the subject of the clause that governs it.

Walks back from a phrase over the verb group that governs it (auxiliaries,
adverbs, particles, "plans to", time phrases, other quantities and their
prepositions) to the subject; past relative pronouns to their noun ("a
*team* that scored"), past appositions ("*Lagos*, the largest city,
spends"), and from "it" or "they" to the subject of the clause that frames
them.  Reporting verbs ("officials said") mark a source, never a subject.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from figures import lemmas, lexicon, phrases
from figures.phrases import HEADS, VERBAL, Word

# Prepositions that introduce the value after a verb ("rose to", "trade at", "grew by").
_VALUE = frozenset("to from at by of around about near over under above below between than".split())
_PERSONAL = frozenset("it they he she".split())
# Pronouns that stand for a thing measured before them in the sentence ("when it closed at").
ANAPHORS = frozenset("it they this these".split())
# Prepositions of a place or time: a "with" after their noun belongs to the verb.
_WHERE = frozenset("in at on during across throughout".split())
# Prepositions of an adjunct that measures the whole clause: a margin, a time, a score.
_ADJUNCT = frozenset("by for with".split())


def subject_of(ws: Sequence[Word], left: int, hi: int, kind: str) -> tuple[int, int] | None:
    """The subject that owns the phrase starting at ``left``: the subject of the verb whose
    object or complement it is.  ``kind`` says what the phrase is: "bare" (the quantity
    alone), "counted" (a number and its noun), "of" (with the phrase it is of), "owner"
    (with the noun it measures) or "modified" (with the noun it modifies).  A bare quantity may also belong to the noun
    phrase it is listed after ("Nikkei -1.2%", "Okafor (21 points") or to the object
    whose change it is ("extends the battery life by 20 minutes")."""
    bare = kind == "bare"
    verb = _adjunct_verb(ws, left, kind)
    if verb >= 0:  # "won a victory in the district with 40,212 votes": the winner
        if ws[verb].tag != "VERB":
            return _subject_phrase(ws, verb - 1) if ws[verb - 1].tag in HEADS else None  # "with Leeds beating"
        return clause_subject(ws, verb)
    b = left - 1
    while b >= 0 and (ws[b].tag == "ADV" or (ws[b].tag == "PRON" and b > 0 and ws[b - 1].tag == "VERB")):
        b -= 1  # "cost us $5"
    if b < 0:
        return None
    w = ws[b]
    if w.tag in ("VERB", "AUX", "PRT", "NEG"):
        if reports(w) and _clause_follows(ws, hi):
            return None  # "officials said 500 people died"
        if w.tag == "VERB" and w.low.endswith("ing") and b > 1 and ws[b - 1].text == "," and bare \
                and ws[b - 2].tag in HEADS and _verb_lemmas(w.low) & lexicon.word_set("measure_verbs.tsv"):
            return _subject_phrase(ws, b - 2)  # "fines, ranging from $500 to $5,000"
        return clause_subject(ws, b, own=bare)
    if w.tag == "ADP" and b > 0 and ws[b - 1].tag == "VERB" and kind != "modified":
        return clause_subject(ws, b - 1)  # "asked for 200 tonnes", "sat on profits of"
    if w.tag == "ADP" and w.low in _VALUE:
        c = b - 1
        while c >= 0 and ws[c].tag == "ADV":
            c -= 1
        governs = c >= 0 and (ws[c].tag in ("VERB", "AUX", "PRT", "NEG", "Q")
                              or ws[c].tag == "ADJ" and kind != "counted")
        if governs and kind != "modified":  # "rose to 5%", "worth $2", not "aware of 30 cases"
            return clause_subject(ws, c)
        if bare and c >= 1 and ws[c].tag in HEADS and w.low in ("by", "to", "from"):
            start = phrases.phrase_start(ws, phrases.noun_phrase_start(ws, c))
            if start > 0 and ws[start - 1].tag == "VERB" and ws[c].tag == "PROPN" and w.low == "by":
                return clause_subject(ws, start - 1)  # "Acme beat Bolt by 3 points": the winner's margin
            if start > 0 and ws[start - 1].tag == "VERB":
                return phrases.noun_phrase_start(ws, c), c + 1  # "extends the battery life by 20 minutes"
        return None
    if w.tag == "CCONJ" and b > 0:
        start = _conjoined_start(ws, b)
        return subject_of(ws, start, hi, kind) if start >= 0 else None
    if w.text in (",", "—", "–", ":") and b > 0 and (ws[b - 1].tag == "Q" or w.text != ","):
        # "fell to $90, a 3 percent drop"; "is long — 29 days"
        return clause_subject(ws, b - 1) if ws[b - 1].tag in VERBAL or ws[b - 1].tag in ("Q", "ADJ") else None
    if ws[left].quantity >= 0 and ws[left].low.endswith("ed") and "VERB" in phrases.candidates(ws[left].low):
        return clause_subject(ws, b, verbs=1)  # "yields exceeded 10% of": a verb of the quantity's own
    if w.tag in HEADS and (ws[left].low in _VALUE or _duration(ws, left)) and kind in ("bare", "counted"):
        start = phrases.noun_phrase_start(ws, b)
        if phrases.phrase_start(ws, start) > 0 and ws[phrases.phrase_start(ws, start) - 1].tag == "VERB":
            return start, b + 1  # "sent the Nikkei above the 30,000 mark", "delayed the launch 45 days"
    if not bare:
        return None
    if w.text == "(" and b > 0 and ws[b - 1].tag in HEADS:
        return phrases.noun_phrase_start(ws, b - 1), b  # "Okafor (21 points"
    named = w.tag in HEADS or (w.tag == "NUM" and b > 0 and ws[b - 1].tag == "PROPN")  # "FTSE 100 -0.8%"
    if named and not phrases.time_word(w) and (hi >= len(ws) or ws[hi].tag in ("PUNCT", "Q", "PROPN")):
        return phrases.noun_phrase_start(ws, b), b + 1  # "Nikkei -1.2%"
    return None


def _adjunct_verb(ws: Sequence[Word], left: int, kind: str) -> int:
    """The verb whose clause the count or duration at ``left`` measures from an adjunct
    after the verb's object: "by" a margin ("defeated X, a lawyer, by 312 votes"), "for" a
    time ("has carried cargo for the last 20 years"), "with" after a phrase the count cannot
    belong to (a name, a place: "won a victory in the district with 40,212 votes"); -1 if
    none.  A count "with" a common noun object is that noun's ("a house with 3 bedrooms")."""
    b = left - 1
    while b >= 0 and ws[b].tag in ("DET", "ADJ", "ADV"):
        b -= 1  # "for the last 20 years"
    if b < 1 or ws[b].tag != "ADP" or ws[b].low not in _ADJUNCT:
        return -1
    if (ws[b].low == "for") != _duration(ws, left) or ws[b].low != "for" and kind != "counted":
        return -1  # "by 20 minutes" after a verb of change is the change, not a margin
    if ws[b].low == "with" and noun_with(ws, b):
        return -1
    j = b - 1
    while j >= 0 and b - j <= 20:
        w = ws[j]
        if w.tag == "VERB" or _participle_before_object(ws, j):
            return j if j < b - 1 else -1  # right after the verb: the verb's own ("elected with")
        if w.tag not in phrases.MODIFIERS and w.tag not in ("ADP", "DET", "POSS", "Q") and w.text != "," \
                and w.text not in phrases.JOINERS:
            return -1  # past the object, its complements and appositions only
        j -= 1
    return -1


def noun_with(ws: Sequence[Word], b: int) -> bool:
    """Whether the "with" at ``b`` belongs to the common noun before it ("bought a house
    with 3 bedrooms", "examples of questions with 50 words", "a fee for clients with $1
    million"), not to the verb past a place or time ("won a seat in the district with
    4,000 votes")."""
    if b < 1 or ws[b - 1].tag != "NOUN":
        return False
    start = phrases.phrase_start(ws, phrases.noun_phrase_start(ws, b - 1))
    return start == 0 or ws[start - 1].low not in _WHERE


def _participle_before_object(ws: Sequence[Word], j: int) -> bool:
    """Whether ``ws[j]`` is an -ing verb tagged as a modifier between two names ("with Leeds
    *beating* Hull")."""
    w = ws[j]
    return w.tag == "ADJ" and w.low.endswith("ing") and 0 < j < len(ws) - 1 and ws[j - 1].tag == "PROPN" \
        and ws[j + 1].tag in ("PROPN", "DET") and "VERB" in phrases.candidates(w.low)


def _duration(ws: Sequence[Word], left: int) -> bool:
    """Whether the quantity from ``left`` ends in a word of time ("20 years")."""
    q = ws[left].quantity
    last = left
    while last + 1 < len(ws) and ws[last + 1].quantity == q >= 0:
        last += 1
    return phrases.time_word(ws[last]) or ws[last].low.rstrip("s") in ("year", "month", "week", "day", "hour", "minute")


def _in_date(ws: Sequence[Word], c: int) -> bool:
    """Whether ``ws[c]`` is a day number, comma, preposition or adverb of a date phrase that
    ends right after it ("on May 3, 2001", "back on")."""
    w = ws[c]
    if w.tag == "NUM" or w.text == ",":
        return c > 0 and (phrases.time_word(ws[c - 1]) or ws[c - 1].tag == "NUM")
    if w.tag == "ADP":
        return phrases.time_word(ws[c + 1])
    # "set back on May 3": an adverb before the date's preposition
    return "ADV" in phrases.candidates(w.low) and ws[c + 1].tag == "ADP" and c + 2 < len(ws) \
        and phrases.time_word(ws[c + 2])


def _conjoined_start(ws: Sequence[Word], b: int) -> int:
    """The start of the quantity phrase joined by the "and" or "or" at ``b`` ("9 tonnes of
    rice *and* 4 tonnes of beans"), or -1 when no quantity stands right before it."""
    j = b - 1
    while j >= 0 and j > b - 8 and (ws[j].tag in phrases.MODIFIERS or ws[j].low == "of" or ws[j].tag == "POSS"):
        j -= 1
    if j < 0 or ws[j].tag != "Q":
        return -1
    q = ws[j].quantity
    while j > 0 and ws[j - 1].quantity == q:
        j -= 1
    return phrases.phrase_start(ws, j)


def clause_subject(ws: Sequence[Word], b: int, own: bool = False, verbs: int = 0) -> tuple[int, int] | None:
    """The subject of the verb group ending at ``b``, walking back over verbs, adverbs,
    predicate adjectives, other quantities and their prepositions, time phrases and "plans to".
    With ``own`` (the verb governs the quantity itself) a quantity may be the subject;
    ``verbs`` counts verbs already passed (one inside the quantity: "exceeded 10%")."""
    j = b
    while j >= 0:
        w = ws[j]
        if w.tag in VERBAL or w.tag == "Q" or (w.tag == "ADP" and (w.low in _VALUE or ws[j + 1].tag == "Q")):
            verbs += w.tag in ("VERB", "AUX")
            j -= 1
        elif w.text == ")" and verbs:
            opening = next((i for i in range(j - 1, max(-1, j - 15), -1) if ws[i].text == "("), -1)
            if opening < 0:
                break
            j = opening - 1  # "Pfizer (down 40 cents) was": past the brackets
        elif phrases.time_word(w) or w.tag == "NUM" and j > 0 and ws[j - 1].tag not in HEADS:
            j -= 1
            while j >= 0 and (ws[j].tag in ("ADP", "ADJ", "DET") or phrases.time_word(ws[j])
                              or ws[j].tag == "CCONJ" and j > 0 and phrases.time_word(ws[j - 1])):
                j -= 1
        elif w.tag in HEADS and j + 1 < len(ws) and ws[j + 1].tag == "PART":
            start = phrases.noun_phrase_start(ws, j)
            if j > start and "VERB" in phrases.candidates(w.low) and not _verb_before(ws, start):
                return _subject_phrase(ws, j - 1)  # "the city plans to build"
            j = phrases.phrase_start(ws, start) - 1  # "announced plans to close"
        elif w.tag == "ADJ" and (j + 1 < len(ws) and ws[j + 1].tag in ("PART", "ADP", "Q", "PUNCT")
                                 or j > 0 and ws[j - 1].tag in VERBAL):
            j -= 1  # "is likely to", "worth $2", "is also long"
        else:
            break
    if own and verbs and (j < 0 and ws[0].tag == "Q" or j >= 0 and ws[j].tag == "DET" and ws[j + 1].tag == "Q"):
        end = j + 1  # "A 30-year-old pays 2%": the quantity before the verb is the subject
        while ws[end].tag == "Q" and ws[end].quantity == ws[j + 1].quantity:
            end += 1
        return j + 1, end
    if j > 0 and ws[j].text == "(" and ws[j - 1].tag in HEADS:
        return phrases.noun_phrase_start(ws, j - 1), j  # "Pfizer (down 40 cents"
    if j > 0 and ws[j].text == "," and not verbs and ws[j + 1].tag == "PRT":
        return antecedent(ws, j)  # "was the worst performer, down 2%"
    if j < 0 or not verbs:
        return None
    w = ws[j]
    if w.tag == "CCONJ" and ws[j + 1].tag in ("VERB", "AUX"):
        c = j - 1  # "is fast and offers 300 hp": the subject of the first verb
        while c >= 0 and ws[c].tag not in ("VERB", "AUX") and ws[c].tag not in ("SCONJ", "REL") and ws[c].text != ";":
            c -= 1
        return clause_subject(ws, c) if c >= 0 and ws[c].tag in ("VERB", "AUX") else None
    if w.tag == "REL":
        a = j - 1 - (j > 0 and ws[j - 1].text == ",")
        if a >= 0 and ws[a].tag in HEADS:
            return _subject_phrase(ws, a)  # "the largest bank in Peru, which was worth"
        if a >= 0 and ws[a].tag == "Q":
            return clause_subject(ws, a)  # "its debt was $8 million, which includes": whose debt
        return None
    if w.low in ("it", "them", "him", "her", "us") and j > 1 and ws[j - 1].tag == "ADP" and ws[j - 2].tag in HEADS:
        return _subject_phrase(ws, j - 2)  # "the current through it was 3 amperes"
    if w.tag == "PRON" and w.low in _PERSONAL:
        # "the insurer expects it will pay": the pronoun stands for that subject
        c = j - 1
        while c >= 0 and (ws[c].tag in ("SCONJ", "THAT") or phrases.time_word(ws[c]) or _in_date(ws, c)):
            c -= 1  # "was set on May 3, 2001 when it": past the date
        if c >= 0 and ws[c].tag in ("VERB", "AUX"):
            return clause_subject(ws, c)
        return (j, j + 1) if w.low in ANAPHORS else None  # "when it closed at": the caller's to resolve
    if w.tag == "DET" and w.low in ANAPHORS and ws[j + 1].tag in ("VERB", "AUX"):
        return j, j + 1  # "this has shrunk to 35%"
    if w.text == "," and ws[j + 1].tag == "VERB" and ws[j + 1].low.endswith("ing"):
        return antecedent(ws, j)  # "a storm hit the coast, killing 12 people": the storm
    if w.text == ",":
        return _before_apposition(ws, j)
    if w.tag in HEADS or w.tag == "NUM":
        return _subject_phrase(ws, j)  # "The FTSE 100 fell"
    return None


def _before_apposition(ws: Sequence[Word], j: int) -> tuple[int, int] | None:
    """The noun phrase before an apposition ending with the comma at ``j``
    ("Lagos, the largest city, spends", "The firm, a lender in Lima, posted")."""
    i = j - 1
    while i > 0 and j - i < 14 and ws[i].text != ",":
        i -= 1
    if i < 1 or ws[i].text != "," or ws[i - 1].tag not in HEADS:
        return None
    inner = ws[i + 1 : j]
    relative = bool(inner) and inner[0].tag in ("REL", "SCONJ")  # ", which was built of steel,"
    for w in inner:
        participle = w.tag == "VERB" and w.low.endswith(("ed", "ing"))  # ", named after him,"
        if not relative and w.tag not in phrases.MODIFIERS and w.tag not in ("DET", "POSS", "ADP", "Q", "ADV") \
                and w.text not in phrases.JOINERS and not participle:
            return None
    return phrases.noun_phrase_start(ws, i - 1), i


def _verb_before(ws: Sequence[Word], i: int) -> bool:
    """Whether a verb stands between the start of the clause and ``i``."""
    for w in reversed(ws[:i]):
        if w.tag in ("VERB", "AUX"):
            return True
        if w.text in ",;:" or w.tag in ("SCONJ", "CCONJ", "REL"):
            return False
    return False


def _subject_phrase(ws: Sequence[Word], j: int) -> tuple[int, int]:
    """The noun phrase whose head is at ``j``, with the complements before it ("imports from
    *Peru*" -> "imports from Peru", "the gas contained in the *tank*") and the name
    before an apposition ("Lagos, the largest city, spends")."""
    start = phrases.noun_phrase_start(ws, j)
    end = j + 1
    if j + 1 < len(ws) and ws[j + 1].text == "," and start >= 2 and ws[start - 1].text == ",":
        before = start - 2
        if ws[before].tag in HEADS and (before == 0 or ws[phrases.noun_phrase_start(ws, before) - 1].tag != "ADP"):
            return phrases.noun_phrase_start(ws, before), before + 1
    for _ in range(2):
        p = phrases.phrase_start(ws, start) - 1
        if p >= 1 and ws[p].tag == "ADP" and ws[p].low in phrases.ATTACH and ws[p - 1].tag in HEADS \
                and not phrases.time_word(ws[end - 1]):  # not "Sales on Friday", but "oil for May delivery"
            start = phrases.noun_phrase_start(ws, p - 1)
        elif p >= 2 and ws[p].tag == "ADP" and ws[p].low in phrases.ATTACH and _participle(ws[p - 1]) \
                and ws[p - 2].tag in HEADS and not phrases.time_word(ws[end - 1]):
            start = phrases.noun_phrase_start(ws, p - 2)  # "the gas contained in the tank"
        else:
            break
    return start, end


def _participle(w: Word) -> bool:
    """Whether ``w`` is a past participle after its noun ("the gas *contained* in")."""
    return w.tag in ("VERB", "ADJ") and w.low.endswith("ed") and "VERB" in phrases.candidates(w.low)


def antecedent(ws: Sequence[Word], i: int) -> tuple[int, int] | None:
    """The subject of the nearest verb before ``i`` in its sentence: who "its" stands for."""
    j = i - 1
    while j >= 0 and ws[j].tag not in ("VERB", "AUX"):
        j -= 1
    return clause_subject(ws, j) if j >= 0 else None


def reports(w: Word) -> bool:
    """Whether ``w`` is a form of a reporting verb ("said", "estimates")."""
    return w.tag == "VERB" and bool(_verb_lemmas(w.low) & lexicon.word_set("reporting_verbs.tsv"))


@functools.lru_cache(maxsize=4096)
def _verb_lemmas(word: str) -> frozenset[str]:
    return frozenset(lemmas.lemminflect().getAllLemmas(word).get("VERB", ()))


def _clause_follows(ws: Sequence[Word], hi: int) -> bool:
    """Whether a verb comes soon after ``hi``: the quantity is the subject of a clause."""
    for w in ws[hi : hi + 6]:
        if w.tag in ("VERB", "AUX"):
            return True
        if w.tag == "PUNCT":
            return False
    return False
