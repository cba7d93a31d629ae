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
    counted_again = False
    if of:
        words = words[1:]
        if words and words[0][0].lower() in _DETERMINERS:
            words = words[1:]
        counted_again = bool(words) and _is_number(words[0][0])
        if counted_again:
            words = words[1:]  # "one of the five pillars": the five counts them too
    phrase = _noun_phrase(words, single=(q.value == 1 and not of) or hyphened, unit_named=unit_named)
    if phrase is None:
        return None
    first, head = phrase
    modifiers = [w for w, _, _ in words[first:head]]
    head_word = words[head][0]
    if not of and _level_noun(head_word, q):
        return None  # "the 11,000 mark": a level, no counted thing
    info = unit_named(head_word)
    if info is not None and info[1] != "count":
        name, dimension = info
    else:
        kept = [m.lower() for m in modifiers if _noun_modifier(m)]
        if not _whole(q) and (kept or not is_plural(head_word)):
            return None  # "a 6.1 quake hits", "a 3.5 star hotel": a measure of a thing, no count
        name, dimension = " ".join([*kept, _head_lemma(head_word)]), "count"
    start, end = words[first][1], words[head][2]
    if counted_again:
        return Unit(name, "", dimension, q.start, q.end)  # the noun phrase is the other number's
    return Unit(name, text[start:end], dimension, q.start, max(q.end, end), start, end)


def _whole(q: Quantity) -> bool:
    """Whether the quantity's ends are whole numbers ("2 or 3" is, "6.1" is not)."""
    ends = [x for x in (q.low, q.high) if x == x] or [q.value]  # NaN: an open end
    return all(float(x).is_integer() for x in ends)


def _is_number(word: str) -> bool:
    """Digits or a number word ("5", "1,200", "five")."""
    return word[:1].isdigit() or word.lower() in lexicon.number_words()


def _level_noun(word: str, q: Quantity) -> bool:
    """ "the 11,000 mark", "the 5,000 level": a singular noun of a level after a number
    above one names the level the number is, and counts nothing (``level_nouns.tsv``)."""
    return q.value != 1 and word.lower() in lexicon.word_set("level_nouns.tsv")


def _noun_phrase(words: list[tuple[str, int, int]], single: bool,
                 unit_named: Any = None) -> tuple[int, int] | None:
    """Indexes of the first word and the head noun of the phrase at the front of ``words``;
    ``unit_named(word)`` tells a unit's name, which may end it ("twenty working days")."""
    stop = _stops()
    first = None
    for i, (word, _, _) in enumerate(words[:_MAX_MODIFIERS]):
        low = word.lower()
        if low in stop and _degree_adverb(words, i):
            continue  # "the three most important banks"
        if low in stop and unit_named is not None and is_plural(word) and unit_named(word) is not None:
            return (i if first is None else first), i  # "twenty working days", "a couple of days"
        if low in stop and first is not None and low.endswith("s") and is_plural(word) \
                and words[first][0].lower() not in lexicon.word_set("adjectives.tsv"):
            return first, i  # "five trade shows": a plural noun that is also a verb
        if not word[0].isalpha() or low in stop:
            break
        if first is None:
            first = i
        if low in lexicon.word_set("adjectives.tsv"):
            continue  # "20 more trucks": a quantifier, never the head
        if is_plural(word) or single and (not _droppable(word) and _may_be_noun(low) or _proper_head(words, i)):
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
    if word.islower() and "NOUN" in parts_of_speech(word) and not word.endswith("ss") \
            and word not in lexicon.word_set("adjectives.tsv"):  # "200 more": a quantifier
        return first, last
    if after.lower() in _PLURAL_VERBS and word.islower() and word.endswith("s") and not word.endswith("ss"):
        return first, last  # "the two camp elects were": a plural, by the verb it agrees with
    return None


_PLURAL_VERBS = frozenset({"are", "were", "have"})


def _head_lemma(word: str) -> str:
    """The singular of the head noun; of a word the lexicon knows only as a verb, its
    noun lemma by rule ("elects" -> "elect")."""
    pos = parts_of_speech(word.lower())
    if not pos or "NOUN" in pos:
        return singular(word)
    return lemmas.lemminflect().getLemma(word.lower(), upos="NOUN")[0].lower()


def _may_be_noun(word: str) -> bool:
    """A lowercase word the lexicon knows as a noun, or does not know ("one played": a verb)."""
    pos = parts_of_speech(word)
    return not pos or "NOUN" in pos


def _proper_head(words: list[tuple[str, int, int]], i: int) -> bool:
    """ "One Rohingya, a farmer,", "one Briton was hurt": a capitalised word the
    lexicon lacks (a people's name) that ends the phrase counted by one; not a
    common noun in a title ("One Direction") nor a name before a noun ("one
    Microsoft engineer")."""
    word = words[i][0]
    if not word[0].isupper() or parts_of_speech(word.lower()) or "-" in word:
        return False
    nxt = words[i + 1][0] if i + 1 < len(words) else "."
    return not nxt[0].isalpha() or nxt.islower() and "NOUN" not in parts_of_speech(nxt)


def _degree_adverb(words: list[tuple[str, int, int]], i: int) -> bool:
    """ "most", "very", "least" before an adjective or a participle in a noun phrase
    ("most important", "least visited"); not a preposition ("by private sale")."""
    low = words[i][0].lower()
    if i + 1 >= len(words) or "ADV" not in parts_of_speech(low) or low in _function_words():
        return False
    nxt = words[i + 1][0].lower()
    pos = parts_of_speech(nxt)
    return nxt.isalpha() and ("ADJ" in pos or "VERB" in pos and nxt.endswith(("ed", "ing", "en")))


@functools.cache
def _function_words() -> dict[str, str]:
    return lexicon.pairs("function_words.tsv")


def _droppable(word: str) -> bool:
    """A modifier left out of the unit: nationality ("African"), a quantifier
    ("other", "more") or a common adjective."""
    return word[:1].isupper() or word.lower() in lexicon.word_set("adjectives.tsv")


def _noun_modifier(word: str) -> bool:
    """Whether a modifier of the counted noun stays in its unit: a noun that makes a
    compound with it ("gas pipelines", "cargo aircraft"), or a word the lexicon lacks
    ("rugby test matches"); not a name ("Nigerian"), a quantifier, a number word, an adjective
    ("smaller", "important", "pan-democratic"), a participle ("remaining") or an
    adverb ("decently")."""
    low = word.lower()
    if _droppable(word) or low in lexicon.number_words():
        return False  # "two second half goals": an ordinal and a part, no nouns of the unit
    last = low.rsplit("-", 1)[-1]  # "pan-democratic": by its last part
    pos = parts_of_speech(low) or parts_of_speech(last)
    if pos:
        return "NOUN" in pos
    return not low.endswith(("ly", "ed")) or len(low) <= 4
