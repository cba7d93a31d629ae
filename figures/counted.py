"""Counted nouns: "21 countries" -> ``country``, "nine other nurses" -> ``nurse``.

Singular and plural come from lemminflect's English lexicon (imported on first
use: about 0.05 s), with its rules for words it does not list ("meta-analyses").
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from figures import lemmas, lexicon, tokens
from figures.records import Quantity, Unit

_DETERMINERS = frozenset("the its their his her our your these those this that a an".split())
_MAX_MODIFIERS = 5  # words of a noun phrase before its head
_word = re.compile(r"[^\W\d_][\w'’-]*").fullmatch


@functools.lru_cache(maxsize=1 << 16)
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech lemminflect's lexicon knows ``word`` (lowercase) as; empty when unknown."""
    return frozenset(lemmas.lemminflect().getAllLemmas(word))


def is_english_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is an English word: a stopword ("at") or in
    lemminflect's lexicon ("cad", "top"; not "usd")."""
    return word in lexicon.word_set("stopwords.tsv") or bool(parts_of_speech(word))


@functools.lru_cache(maxsize=1 << 16)
def is_plural(word: str) -> bool:
    """Whether ``word`` is a plural noun ("viruses", "people", "Palestinians"), or a
    noun the same in both numbers ("staff", "aircraft")."""
    low = word.lower()
    if not _word(low) or len(low) < 3 or low.endswith(("'s", "’s")):
        return False  # "Airbnb’s": a possessive
    li = lemmas.lemminflect()
    known = li.getAllLemmas(low)
    if known and "NOUN" not in known:
        return False  # "was", "various", "thus"
    if not known:  # a word the lexicon lacks is plural by its "s" ("meta-analyses", "Israelis")
        head = _compound_head(low)  # or by its head: "schoolchildren", "firemen"
        if head:
            return is_plural(head)
        return low.endswith("s") and not low.endswith("ss") and li.getLemma(low, upos="NOUN")[0] != low
    first = known["NOUN"][0]
    if first != low:
        return True
    # the same in both numbers ("people", "police", "series"), not "wireless" or "heart"
    return not low.endswith("ss") and li.getInflection(first, tag="NNS")[:1] == (low,)


def _compound_head(word: str) -> str:
    """The longest known noun that ends a closed compound the lexicon lacks
    ("schoolchildren" -> "children"): English compounds take their head's number."""
    li = lemmas.lemminflect()
    for cut in range(3, len(word) - 3):
        head = word[cut:]
        if "NOUN" in li.getAllLemmas(head):
            return head
    return ""


@functools.lru_cache(maxsize=1 << 16)
def singular(word: str) -> str:
    """The singular of a plural noun, lowercase ("countries" -> "country", "men" -> "man");
    any other word lowercased."""
    low = word.lower()
    if not is_plural(word):
        return low
    li = lemmas.lemminflect()
    if not li.getAllLemmas(low):
        head = _compound_head(low)
        if head:
            return low[: len(low) - len(head)] + singular(head)  # "schoolchildren" -> "schoolchild"
    found = li.getLemma(low, upos="NOUN")
    return found[0].lower() if found else low


def counted(text: str, q: Quantity, ceiling: int, unit_named: Any) -> Unit | None:
    """The counted noun after the number ("21 countries" -> country), if one stands
    there; ``unit_named(word)`` gives a unit a head word names ("pounds"), or None."""
    if q.kind in ("fraction", "ratio"):
        return None  # "a third of the population", "one in five": the whole, not a count
    pos = q.num_end
    hyphened = text.startswith("-", pos)
    pos += hyphened
    # "of", a determiner and a noun phrase of at most five words: seven tokens at most
    scanned = itertools.islice(tokens.scan(text, pos, min(ceiling, pos + 120)), 7)
    words = [(t.text, t.start, t.end) for t in scanned]
    of = bool(words) and words[0][0].lower() == "of"
    if of:
        words = words[1:]
        if words and words[0][0].lower() in _DETERMINERS:
            words = words[1:]
    phrase = _noun_phrase(words, single=(q.value == 1 and not of) or hyphened)
    if phrase is None:
        return None
    first, head = phrase
    modifiers = [w for w, _, _ in words[first:head]]
    head_word = words[head][0]
    info = unit_named(head_word)
    if info is not None and info[1] != "count":
        name, dimension = info
    else:
        kept = [_base_adjective(m.lower()) for m in modifiers
                if not _droppable(m) and not _adverb_or_participle(m)]
        name, dimension = " ".join([*kept, singular(head_word)]), "count"
    start, end = words[first][1], words[head][2]
    return Unit(name, text[start:end], dimension, q.start, max(q.end, end), start, end)


def _noun_phrase(words: list[tuple[str, int, int]], single: bool) -> tuple[int, int] | None:
    """Indexes of the first word and the head noun of the phrase at the front of ``words``."""
    stop = _stops()
    first = None
    for i, (word, _, _) in enumerate(words[:_MAX_MODIFIERS]):
        low = word.lower()
        if not word[0].isalpha() or low in stop:
            break
        if first is None:
            first = i
        if low in lexicon.word_set("adjectives.tsv"):
            continue  # "20 more trucks": a quantifier, never the head
        if is_plural(word) or (single and not _droppable(word)):
            return first, i
    return None if single else _unmarked_plural(words, first, stop)


@functools.cache
def _stops() -> frozenset[str]:
    """Words that end a noun phrase: stopwords, but for quantifiers ("nine other nurses")."""
    return lexicon.word_set("stopwords.tsv") - lexicon.word_set("adjectives.tsv")


def _unmarked_plural(words: list[tuple[str, int, int]], first: int | None,
                     stop: frozenset[str]) -> tuple[int, int] | None:
    """The noun that ends a phrase after a number above one without a plural ending
    ("300 staff were", "100 young people a day", "12 aircraft."): a noun the same
    in both numbers."""
    if first is None:
        return None
    last = first
    while last + 1 < len(words) and last + 1 - first < _MAX_MODIFIERS:
        nxt = words[last + 1][0]
        if not nxt[0].isalpha() or nxt.lower() in stop:
            break
        last += 1
    after = words[last + 1][0] if last + 1 < len(words) else "."
    word = words[last][0]
    if after[0].isalpha() and after.lower() not in stop:
        return None
    if word.islower() and "NOUN" in parts_of_speech(word) and not word.endswith("ss"):
        return first, last
    return None


def _droppable(word: str) -> bool:
    """A modifier left out of the unit: nationality ("African"), a quantifier
    ("other", "more") or a common adjective."""
    return word[:1].isupper() or word.lower() in lexicon.word_set("adjectives.tsv")


_IRREGULAR_SUPERLATIVES = {"best": "good", "worst": "bad", "most": "many", "least": "little",
                           "furthest": "far", "farthest": "far"}


def _base_adjective(word: str) -> str:
    """ "best" -> "good", "oldest" -> "old", "earliest" -> "early", "largest" -> "large"."""
    if word in _IRREGULAR_SUPERLATIVES:
        return _IRREGULAR_SUPERLATIVES[word]
    if not word.endswith("est") or len(word) < 6 or "-" in word:
        return word
    found = lemmas.lemminflect().getAllLemmas(word).get("ADJ")
    return found[0] if found else word


def _adverb_or_participle(word: str) -> bool:
    """ "decently", "sized": modifiers of the noun left out of its unit."""
    return "-" not in word and word.endswith(("ly", "ed")) and len(word) > 4
