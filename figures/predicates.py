"""What happened to the things a count counts: the predicate it is the subject of.

A reader filtering a table by concept asks "killed", "injured", "missing",
"evacuated"; the sentence says it in the predicate of the counted noun, not in
a noun phrase.  The predicate is read from the words after the count:

- a passive verb group ("300 people *have been killed*", "40 flights *are to be
  cancelled*", "9 people *are reported to have been killed*") or a predicate
  adjective after "be" ("12 hikers *are missing*", "5 *are dead*");
- a participle right after a count that is no verb's object: a reduced clause
  or a headline ("40 miners *killed* in blast", "Dozens *dead* as ferry sinks",
  "... and 900 houses *destroyed*");
- an object complement ("leaving 5,000 people *homeless*");
- the verb of a participle clause whose object the count is ("a blast hit the
  market, *killing* 30 and *wounding* 112" -> "killed", "wounded").

The predicate is given as a past participle or an adjective, whatever the
tense, so that one word selects every row of an event; an agent after "by"
follows it ("flooded, river").  A count that is the subject of a verb with no
object may instead say where the things are ("9,000 people live *in Tarvo*").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from figures import lemmas, lexicon, phrases, subjects
from figures.phrases import HEADS, Word

# Auxiliaries of the passive: a participle after one of these is passive ("were killed", "got hurt").
_BE = frozenset("be is are was were been being am get gets got gotten getting".split())
_HAVE = frozenset("have has had having".split())
# Words that start an object after a verb: a participle followed by one is an active past tense.
_OBJECT = frozenset({"DET", "POSS", "POSSN", "NOUN", "PROPN", "PRON", "Q", "NUM"})
# Prepositions of time: an -ing verb after their phrase opens a clause of the sentence
# ("broke up during ascent killing all four"), unlike one after a noun ("bodies matching").
_WHEN = frozenset("during after before following amid on".split())
# Prepositions of a place where things counted are ("live in", "remain at").
_PLACE = frozenset("in at on near inside outside throughout across".split())
# How many words a list or complement between a count and its verb may hold.
_SPAN = 14


def predicate(ws: Sequence[Word], lo: int, hi: int) -> str:
    """What happened to the things counted by the quantity at ``ws[lo:hi]``: its passive or
    adjectival predicate or an object complement; "" when the sentence says none."""
    return _after(ws, hi, _governor(ws, lo), _in_relative_clause(ws, lo))


def _in_relative_clause(ws: Sequence[Word], i: int) -> bool:
    """Whether ``i`` stands in a relative clause: a relative pronoun opens its clause
    ("a bakery that sold 2,000 loaves closed": "closed" is the bakery's)."""
    for w in reversed(ws[max(0, i - 15) : i]):
        if w.tag == "REL":
            return True
        if w.tag in ("SCONJ", "CCONJ") or w.text in ",;:":
            return False
    return False


def heads_clause(ws: Sequence[Word], lo: int, hi: int) -> bool:
    """Whether the count at ``ws[lo:hi]`` is the subject of a verb after it ("... and some
    500 people *remain* in shelters", "with 300 more *living* nearby"), so it takes no
    subject from an earlier clause."""
    if _in_relative_clause(ws, lo) or _governor(ws, lo) and not _absolute(ws, lo):
        return False
    j = _past_complements(ws, hi)
    return j < len(ws) and (ws[j].tag in ("AUX", "VERB") or _ing_verb(ws[j]))


def _run(ws: Sequence[Word], j: int, tags: tuple[str, ...]) -> list[Word]:
    """The words from ``j`` on whose tags are in ``tags``."""
    end = j
    while end < len(ws) and ws[end].tag in tags:
        end += 1
    return list(ws[j:end])


def _absolute(ws: Sequence[Word], lo: int) -> bool:
    """Whether the quantity at ``lo`` follows "with" that opens a clause of its own ("with
    300 more people living nearby")."""
    i = phrases.phrase_start(ws, lo) - 1
    return i >= 0 and ws[i].low == "with"


def place(ws: Sequence[Word], hi: int) -> tuple[int, int] | None:
    """The place where the count ending at ``hi``, the subject of a clause (``heads_clause``),
    is, said by a verb of its own that takes no object ("9,000 people *live in Tarvo*",
    "with 300 more *residing in the valleys*", "12 people are *in hospital*"); None if none."""
    j = _past_complements(ws, hi)
    if ws[j].tag != "AUX":
        j += 1  # "live in", "residing in"
    elif not any(w.low in _BE for w in _run(ws, j, ("AUX", "ADV", "NEG"))):
        return None  # "have in": no verb of place
    while j < len(ws) and ws[j].tag in ("AUX", "ADV", "NEG"):
        j += 1  # "are in", "may be currently at"
    if j + 1 >= len(ws) or ws[j].tag != "ADP" or ws[j].low not in _PLACE:
        return None
    start = _skip_determiners(ws, j + 1)
    end = phrases.noun_phrase_end(ws, start)
    return (start, end) if end > start and not phrases.time_word(ws[end - 1]) else None


def definite_object(ws: Sequence[Word], lo: int) -> bool:
    """Whether the count at ``lo`` is a verb's object written with "the" ("supported the 12
    states which are", "be given the five Olympic torches"): a set known already,
    whose size the number gives, not something the verb's subject has."""
    i = lo - 1
    if i < 1 or ws[i].low not in ("the", "these", "those"):
        return False
    i -= 1
    while i > 0 and ws[i].tag == "ADV":
        i -= 1
    return ws[i].tag == "VERB"


def _governor(ws: Sequence[Word], lo: int) -> str:
    """What the quantity at ``lo`` is the object of: "verb" ("cited 8 surveys"),
    "preposition" ("a plan for 300 refugees was") or "" (none: a subject; also after
    "there is" or a reporting verb, "said 300 homes were", and a definite set, "bought
    the 3 million shares offered by")."""
    i = phrases.phrase_start(ws, lo) - 1
    while i >= 0 and ws[i].tag in ("ADV", "NEG"):
        i -= 1
    if i < 0:
        return ""
    if ws[i].tag == "ADP":
        return "preposition"
    if ws[i].tag == "VERB" and (subjects.reports(ws[i]) or definite_object(ws, lo)):
        return ""  # "officials say 300 homes were": the subject of the clause reported; "the 3 shares offered by"
    if ws[i].tag in ("VERB", "PRT", "PART") or ws[i].tag == "AUX" and not (i and ws[i - 1].low == "there"):
        return "verb"  # "is one of the nations covered by": a predicate noun, not a subject
    return ""


def _after(ws: Sequence[Word], hi: int, governed: str, nested: bool) -> str:
    """The predicate that follows the count ending at ``hi``: past a list or complements
    it heads ("9 people, two of them children, were killed"), a verb group that ends in a
    participle or a predicate adjective.  The object of a verb (``governed``) has an
    object complement ("left 900 houses damaged") or, after a reporting verb, a clause of
    its own ("said 300 homes were damaged"); the object of a preposition only a complement;
    in a relative clause (``nested``) only a verb group is read."""
    j = _past_complements(ws, hi)
    relative = j < len(ws) and ws[j].tag == "REL"  # "60 boats that were seized"
    j += relative
    auxiliaries = set()
    while j < len(ws):
        w = ws[j]
        if w.tag == "AUX" or w.tag == "PART" and w.low == "to":
            auxiliaries.add(w.low)
        elif w.tag not in ("NEG", "ADV") and not _raising(ws, j):
            break  # "are reported to have been", "are feared dead", "were not"
        j += 1
    if j >= len(ws):
        return ""
    if auxiliaries and governed == "preposition":
        return ""  # "a plan for 300 refugees was rejected": the plan's verb
    passive = bool(auxiliaries & _BE)
    if auxiliaries and not passive and not auxiliaries & _HAVE:
        return ""  # "300 people could die": no event yet; "Two kids did run"
    if not auxiliaries and relative:
        return ""  # "300 voters who came": an active clause
    if not auxiliaries and (nested or governed and (j != hi or not _complement(ws, j))):
        return ""  # "It cited 8 surveys compiled by Gallup": a kind of survey, not an event
    linked = not auxiliaries and ws[j].tag == "VERB" and j + 1 < len(ws) and _linked(ws, j + 1)
    j += linked  # "300 homes stood empty", "12 hikers went missing": the adjective says it
    words = _participles(ws, j, adjectives=passive or not auxiliaries, progressive=passive or linked)
    if not words:
        return ""
    end = j + 2 * len(words) - 1
    if end < len(ws) and ws[end].tag in _OBJECT and not (passive and past_participle(words[-1].lower())):
        return ""  # "60 people attended the rally": an active past tense with its object
    return ", ".join(words + _agent(ws, end))


def _past_complements(ws: Sequence[Word], hi: int) -> int:
    """``hi`` moved past what the counted noun phrase holds before its verb: a list or
    an apposition between commas ("9 people, two of them children, were"), a noun joined
    to it ("50 houses and shops were") or a prepositional complement ("30 people in the
    village were")."""
    if hi < len(ws) and ws[hi].text == ",":
        for j in range(hi + 1, min(len(ws), hi + _SPAN)):
            w = ws[j]
            if w.text == "," and j + 1 < len(ws) and ws[j + 1].tag in ("AUX", "VERB"):
                return j + 1
            if w.tag not in phrases.MODIFIERS and w.tag not in ("Q", "DET", "POSS", "CCONJ", "ADP", "PRON") \
                    and w.text != ",":
                break
        return hi
    if hi + 1 < len(ws) and ws[hi].low in ("and", "or") and ws[hi + 1].tag in phrases.MODIFIERS:
        end = phrases.noun_phrase_end(ws, hi + 1)
        if end > hi + 1 and end < len(ws) and ws[end].tag == "AUX":
            return end  # "50 houses and shops were"
    if hi < len(ws) and ws[hi].tag == "ADP" and ws[hi].low in phrases.ATTACH and ws[hi].low != "by":
        end = phrases.noun_phrase_end(ws, _skip_determiners(ws, hi + 1))
        if end > hi + 1 and end < len(ws) and ws[end].tag == "AUX":
            return end  # "30 people in the village were"
    return hi


def _skip_determiners(ws: Sequence[Word], i: int) -> int:
    while i < len(ws) and ws[i].tag in ("DET", "POSS"):
        i += 1
    return i


def _raising(ws: Sequence[Word], j: int) -> bool:
    """Whether ``ws[j]`` is the participle of a reporting verb that hands on to the verb
    or adjective after it: "reported *to*", "believed *to*", "feared *dead*" (not "sent
    to help")."""
    w = ws[j]
    if w.tag not in ("VERB", "ADJ") or not past_participle(w.low) or j + 1 >= len(ws):
        return False
    after = ws[j + 1]
    said = subjects.reports(Word(w.text, w.start, w.end, "VERB"))
    return said and (after.tag == "PART" and after.low == "to" or after.tag in ("ADJ", "VERB"))


def _linked(ws: Sequence[Word], j: int) -> bool:
    """Whether an adjective at ``j`` ends the clause after a linking verb ("stood *empty*",
    "went *missing*")."""
    w = ws[j]
    adjective = w.tag == "ADJ" or w.low.endswith("ing") and "ADJ" in phrases.candidates(w.low)
    return adjective and (j + 1 >= len(ws) or ws[j + 1].tag in ("PUNCT", "ADP", "CCONJ", "SCONJ"))


def _complement(ws: Sequence[Word], j: int) -> bool:
    """Whether an object complement stands at ``j``: a participle or adjective that ends
    its phrase ("left 900 houses *damaged*", "leaving 5,000 *homeless*")."""
    words = _participles(ws, j, adjectives=True, progressive=False)
    end = j + 2 * len(words) - 1
    return bool(words) and (end >= len(ws) or ws[end].tag in ("PUNCT", "CCONJ", "SCONJ"))


def _participles(ws: Sequence[Word], j: int, adjectives: bool, progressive: bool) -> list[str]:
    """The participles (or adjectives) from ``j`` joined by "and"/"or" ("damaged or
    destroyed"), as written."""
    words: list[str] = []
    if adjectives and j < len(ws) and _final_adjective(ws, j):
        return [ws[j].text]  # "leaving 5,000 people homeless": tagged a noun after a count
    while j < len(ws) and _predicative(ws[j], adjectives, progressive) and ws[j].quantity < 0:
        words.append(ws[j].text)
        if j + 2 < len(ws) and ws[j + 1].low in ("and", "or") and _predicative(ws[j + 2], adjectives, progressive):
            j += 2
        else:
            break
    return words


def _final_adjective(ws: Sequence[Word], j: int) -> bool:
    """Whether ``ws[j]`` is a word that can be an adjective standing last in its clause."""
    return ws[j].tag == "NOUN" and "ADJ" in phrases.candidates(ws[j].low) \
        and (j + 1 == len(ws) or ws[j + 1].tag == "PUNCT")


def _predicative(w: Word, adjectives: bool, progressive: bool) -> bool:
    """Whether ``w`` can say what happened to a thing: a past participle, an adjective when
    ``adjectives`` ("dead", "homeless"), an -ing form when ``progressive`` ("missing")."""
    if w.tag not in ("VERB", "ADJ") or phrases.time_word(w):
        return False
    if past_participle(w.low):
        return True
    if w.tag == "ADJ" and adjectives and not w.low.endswith("ing"):
        return w.low not in lexicon.word_set("stopwords.tsv")
    return progressive and w.low.endswith("ing")


def _agent(ws: Sequence[Word], end: int) -> list[str]:
    """The agent after a passive participle ("affected *by the rains*"), rendered."""
    if end + 1 >= len(ws) or ws[end].low != "by":
        return []
    start = _skip_determiners(ws, end + 1)
    stop = phrases.noun_phrase_end(ws, start)
    if stop == start or any(w.tag == "Q" or phrases.time_word(w) for w in ws[start:stop]):
        return []  # "cut by March": a time, not an agent
    names = " ".join("," if w.tag == "CCONJ" else w.text for w in ws[start:stop] if w.tag not in ("DET", "POSS"))
    return [names.replace(" ,", ",")]


def participle_clause(ws: Sequence[Word], lo: int) -> str:
    """The event of a participle clause whose object the quantity at ``lo`` is ("..., killing
    30 and wounding 112"), as a past participle ("killed"); "" for a verb that measures
    the noun before it ("sales, totaling $5 billion")."""
    i = phrases.phrase_start(ws, lo) - 1
    if i < 1 or not _ing_verb(ws[i]) or _measures(ws[i].low):
        return ""
    if not _opens_clause(ws, i):
        return ""
    return _past_form(ws[i].low)


def _ing_verb(w: Word) -> bool:
    # "during ascent killing all four": the tagger may call it a noun after a noun
    return w.tag in ("VERB", "NOUN") and w.low.endswith("ing") and "VERB" in phrases.candidates(w.low)


def _opens_clause(ws: Sequence[Word], i: int) -> bool:
    """Whether the -ing verb at ``i`` opens a participle clause of the sentence: after a
    comma, after "and" joining it to one that does ("killing 30 and wounding 112"), or
    after a prepositional phrase ("broke up during ascent killing all four") but not in
    "with X winning", where X is its subject."""
    before = ws[i - 1]
    if before.text in (",", "—", "–", ";"):
        return True
    if before.tag == "CCONJ":
        for j in range(i - 2, max(0, i - 8), -1):
            if _ing_verb(ws[j]) and ws[j + 1].tag in ("Q", "DET"):
                return _opens_clause(ws, j) if j > 0 else False
        return False
    if phrases.time_word(before):
        return True  # "exploded on January 28, 1986 killing all six"
    if before.tag in HEADS or before.tag == "NUM":
        start = phrases.phrase_start(ws, phrases.noun_phrase_start(ws, i - 1))
        return start > 0 and ws[start - 1].low in _WHEN
    return False


def _measures(word: str) -> bool:
    return bool(_verb_lemmas(word) & lexicon.word_set("measure_verbs.tsv"))


@functools.lru_cache(maxsize=4096)
def _verb_lemmas(word: str) -> frozenset[str]:
    return frozenset(lemmas.lemminflect().getAllLemmas(word).get("VERB", ()))


@functools.lru_cache(maxsize=4096)
def past_participle(word: str) -> bool:
    """Whether lowercase ``word`` is the past participle of a verb ("killed", "hurt", "taken")."""
    li = lemmas.lemminflect()
    return any(word in li.getInflection(lemma, "VBN") for lemma in _verb_lemmas(word))


@functools.lru_cache(maxsize=4096)
def _past_form(word: str) -> str:
    """The past participle of the verb whose form is ``word`` ("killing" -> "killed")."""
    li = lemmas.lemminflect()
    for lemma in sorted(_verb_lemmas(word)):
        forms = li.getInflection(lemma, "VBN")
        if forms:
            return forms[0]
    return word
