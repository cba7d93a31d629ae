"""Phrase structure for the concept stage: each word's part of speech, and noun phrases.

A rule-based tagger and chunker over our own tokens, no model: function
words come from ``function_words.tsv`` (a closed class), open-class words
from lemminflect's lexicon (the parts of speech a word can have), and the
words around a word settle which one it has here.  Words inside a quantity
span are tagged ``Q`` with the quantity's index.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from figures import lemmas, lexicon, tokens

# Words that can stand inside a noun phrase before its head.
MODIFIERS = frozenset({"NOUN", "PROPN", "POSSN", "ADJ", "NUM"})
HEADS = frozenset({"NOUN", "PROPN"})
# Words that can stand inside a verb group ("has not yet been", "plans to lay off").
VERBAL = frozenset({"VERB", "AUX", "NEG", "ADV", "PRT", "PART"})
_OPEN = ("NOUN", "VERB", "ADJ", "ADV")
# Prepositions that attach a complement to a noun ("imports from Peru", "a levy on cars").
ATTACH = frozenset("of in on for from to at per across".split())
# How many characters after the last quantity of a sentence are read (its phrase and complements).
_REACH = 120
# Endings of an ordinal written in digits ("22nd").
_ORDINAL_ENDINGS = frozenset("st nd rd th".split())
# Marks that join the words of a name ("FTSE/JSE", "co-op").
JOINERS = frozenset("-/&")
# The parts of speech out of context that the words around may change; any other single one stays.
_CONTEXTUAL = frozenset({"VERB", "THAT", "ADP"})


class Word(NamedTuple):
    """A token with its part of speech (``Q`` inside a quantity) and document offsets.

    A named tuple rather than a dataclass: one is made for every word of a sentence,
    and a tuple is made in half the time.
    """

    text: str
    start: int
    end: int
    tag: str
    quantity: int = -1  # index of the quantity whose span holds the word, -1 if none

    @property
    def low(self) -> str:
        return self.text.lower()


def words(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> list[Word]:
    """The words of ``text[start:end]`` with their parts of speech; ``spans`` are the
    quantities' (start, end), in order: words inside one are tagged ``Q``."""
    if spans:  # the words after the last quantity matter only up to a short reach
        end = min(end, max(e for _, e in spans) + _REACH)
    toks = tokens.fields(text, start, end)
    if _mark_after_number(text, start, end):
        toks = _marks_apart(toks)
    owner = _quantity_of([s for _, s, _, _ in toks], spans)
    first = [
        "Q" if owner[i] >= 0 else _first_tag(word, kind, i == 0 or toks[i - 1][0] in ".:\"“”")
        for i, (word, _, _, kind) in enumerate(toks)
    ]
    first += ["END", "END"]
    out: list[Word] = []
    for i, (word, s, e, _) in enumerate(toks):
        if owner[i] >= 0:
            out.append(Word(word, s, e, "Q", owner[i]))
            continue
        tag = first[i]
        if "|" in tag or tag in _CONTEXTUAL:
            nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
            tag = _settle(word, tag, out[-1] if out else None, first[i + 1], nxt, first[i + 2])
        if word in _ORDINAL_ENDINGS and out and out[-1].end == s and out[-1].tag == "NUM":
            tag = "NUM"  # "the 22nd": the ending of an ordinal
        elif tag in ("CCONJ", "DET", "ADV") and word[0].isupper() and out and out[-1].tag == "PROPN" \
                and i and _verb_next(first[i + 1]):
            tag = "PROPN"  # "Mayor Ben Or won": a name's word, not "or"
        if tag == "VERB" and len(out) > 1 and out[-1].tag == "CCONJ" and out[-2].tag == "NOUN" \
                and "NOUN" in first[i].split("|") and word.endswith("s") == out[-2].text.endswith("s"):
            tag = "NOUN"  # "higher fees and rents": nouns joined by "and"
        elif tag == "VERB" and i + 1 < len(toks) and toks[i + 1][0] in ("by", "to", "from") \
                and _object_head(out, word, first[i]):
            tag = "NOUN"
        out.append(Word(word, s, e, tag))
    return _headline_verb(out, first)


def _object_head(before: list[Word], word: str, options: str) -> bool:
    """Whether ``word``, read as a verb after the words ``before``, is the plural head of a
    verb's object ("could raise city power *needs* by 15%": before the "by" or "to" of
    its change, not a second verb)."""
    if not word.endswith("s") or len(before) < 2 or before[-1].tag != "NOUN" or before[-1].text.endswith("s") \
            or "NOUN" not in options.split("|"):
        return False
    start = noun_phrase_start(before, len(before) - 1)
    while start > 0 and before[start - 1].tag in ("DET", "POSS"):
        start -= 1
    return start > 0 and before[start - 1].tag == "VERB"


def _headline_verb(ws: list[Word], first: Sequence[str]) -> list[Word]:
    """``ws`` with the verb of a headline found: with no verb in it, a word after a name
    that can be a verb and comes before its object is one ("England win three points",
    "Brazil beat Chile")."""
    if any(w.tag in ("VERB", "AUX") for w in ws):
        return ws
    for i in range(1, len(ws) - 1):
        if ws[i - 1].tag == "PROPN" and ws[i].tag == "NOUN" and "VERB" in first[i].split("|") \
                and ws[i + 1].tag in ("Q", "PROPN", "DET"):
            ws[i] = Word(ws[i].text, ws[i].start, ws[i].end, "VERB")
            break
    return ws


# A comma or full stop that a number token takes in ("2012," "5,048."): a digit, the mark,
# then no digit.
_mark_after_number = re.compile(r"\d[,.](?!\d)").search


def _marks_apart(toks: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """The (text, start, end, kind) tokens with a comma or full stop after a number made a
    mark of its own ("May 2, 2012, Acme": the comma ends the date)."""
    out = []
    for word, start, end, kind in toks:
        if kind == "number" and len(word) > 1 and word[-1] in ",.":
            out.append((word[:-1], start, end - 1, "number"))
            out.append((word[-1], end - 1, end, "mark"))
        else:
            out.append((word, start, end, kind))
    return out


def _quantity_of(starts: Sequence[int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each token's start, the index of the quantity span holding it, or -1."""
    out = []
    k, n = 0, len(spans)
    for s in starts:
        while k < n and spans[k][1] <= s:
            k += 1
        out.append(k if k < n and spans[k][0] <= s < spans[k][1] else -1)
    return out


@functools.cache
def _function_words() -> dict[str, str]:
    return lexicon.pairs("function_words.tsv")


@functools.lru_cache(maxsize=65536)
def candidates(word: str) -> tuple[str, ...]:
    """The open-class parts of speech lemminflect knows for lowercase ``word``."""
    found = lemmas.lemminflect().getAllLemmas(word)
    return tuple(tag for tag in _OPEN if tag in found or (tag == "VERB" and "AUX" in found))


@functools.lru_cache(maxsize=65536)
def _first_tag(w: str, kind: str, initial: bool) -> str:
    """The part of speech a token (of ``tokens``' ``kind``) has out of context, several joined
    by "|" when ambiguous; ``initial`` when it opens the sentence or a quotation."""
    if kind == "number":
        return "NUM"
    if kind == "mark":
        return "PUNCT"
    if len(w) > 1 and w.isupper() and w.isalpha():
        return "PROPN"  # "UN", "NATO"
    low = w.lower()
    if w[0].isupper() and not initial and low in lexicon.time_words():
        return "PROPN"  # "May", not the modal "may"
    tag = _function_words().get(low)
    if tag:
        return tag
    if low.endswith(("'s", "’s")) and len(low) > 2:
        return "POSSN"  # "Brown's"
    if low in lexicon.number_words():
        return "NUM"
    if w[0].isupper() and not initial:
        return "PROPN"
    found = candidates(low)
    if not found:
        return "PROPN" if w[0].isupper() else "NOUN"
    return "|".join(found)


def _settle(text: str, tag: str, prev: Word | None, following: str, next_word: str, after: str) -> str:
    """One part of speech for a word, from the word before it (settled), the word after it
    (its tag out of context) and the tag of the one after that."""
    before = prev.tag if prev else "START"
    if tag == "THAT":
        if (before in HEADS or before == "Q") and following not in ("PRON", "DET", "POSS"):
            return "REL"  # "a team that won", not "said Friday that it will"
        return "DET" if following in HEADS and before not in ("VERB", "AUX") else "SCONJ"
    if tag == "ADP" and text.lower() == "to" and _verb_next(following):
        return "PART"
    options = tag.split("|")
    following_options = following.split("|")
    verb_next = "VERB" in following_options and after in ("Q", "DET", "POSS")  # "the base holds 5,000"
    nominal_next = (following_options[0] in HEADS or following == "POSSN") and not verb_next
    modifier_next = nominal_next or following_options[0] == "ADJ"
    determined = before in ("DET", "POSS", "ADJ", "POSSN", "NUM", "Q")
    if tag == "VERB" and (determined or before == "ADP") and text.endswith(("ing", "ed")):
        if modifier_next:
            return "ADJ"  # "a rising cost"
        if text.endswith("ing"):
            return "NOUN"  # "the final opening"
    if len(options) == 1:
        return tag
    if before == "VERB" and "ADV" in options and following == "ADP":
        return "ADV"  # "came back at", "fell back to": an adverb of the verb, not its object
    if next_word == "than" and "ADJ" in options:
        return "ADJ"  # "20% more than"
    if "VERB" in options and before in HEADS and not prev.text.endswith("s") and not finite_after_singular(text):
        return "NOUN" if "NOUN" in options else options[0]  # "its key rate by 0.25": no "rates", no "rated"
    if "VERB" in options and (following == "Q" and before not in ("DET", "POSS") or
                              not determined and before != "START"
                              and (following == "PRON" or following == "ADP" and next_word != "of"
                                   and after in ("Q", "NUM", "ADV"))):
        return "VERB"  # "slid 2%", "cost us $5", "slows to 30 mph"
    if before == "AUX" and next_word == "of" and "NOUN" in options:
        return "NOUN"  # "are part of", "is head of"
    if before == "PART" or before in ("PRON", "AUX", "NEG", "REL") or (before == "ADV" and not nominal_next):
        pick = next(t for t in ("VERB", "ADJ", "ADV", "NOUN") if t in options)
        return "ADJ" if pick == "VERB" and before == "AUX" and text.endswith("ing") and following in HEADS else pick
    if determined or before == "ADP" or (before == "ADV" and nominal_next):
        if "ADJ" in options and (nominal_next or following == "Q" and before == "DET"):
            return "ADJ"  # "the last 20 years": an adjective before the number too
        if "VERB" in options and text.endswith(("ing", "ed")) and modifier_next:
            return "ADJ"  # "the cooling fan", "on frozen food"
        return "NOUN" if "NOUN" in options else options[0]
    if "VERB" in options and (before in HEADS or (prev is not None and prev.text == ",")):
        if next_word == "of":
            return "NOUN" if "NOUN" in options else options[0]  # "a growth rate of"
        if modifier_next and text.endswith(("ing", "ed")) and before in HEADS:
            return "ADJ"  # "fastest growing city"
        if following in ("DET", "POSS", "NUM", "PRT", "ADV", "NEG", "END") or following.startswith("ADV") \
                or ("VERB" in following.split("|") and next_word.endswith("ing")):  # "Lee keeps winning"
            return "VERB"
        if following == "ADP":
            return "VERB" if text.endswith("ed") or not text.endswith("s") else "NOUN"
    return next(t for t in ("NOUN", "ADJ", "ADV", "VERB") if t in options)


@functools.lru_cache(maxsize=4096)
def finite_after_singular(word: str) -> bool:
    """Whether ``word`` can be a verb after a singular subject: a past tense ("rose", "cut")
    or a third-person form ("rises"), not only a bare form ("rate")."""
    li = lemmas.lemminflect()
    for lemma in li.getAllLemmas(word).get("VERB", ()):
        forms = li.getAllInflections(lemma, upos="VERB")
        if word in forms.get("VBD", ()) or word in forms.get("VBZ", ()):
            return True
    return False


def _verb_next(tag: str) -> bool:
    return "VERB" in tag.split("|") or tag == "AUX"


def noun_phrase_end(ws: Sequence[Word], i: int) -> int:
    """The end (exclusive) of the noun phrase whose first modifier or head is at ``i``:
    modifiers, joined names ("FTSE/JSE 40") and coordinated nouns ("fees and rents")."""
    j = i
    last_head = -1
    while j < len(ws):
        w = ws[j]
        if w.tag in MODIFIERS or (w.tag == "Q" and _bare_number(ws, j)):
            if w.tag in HEADS or w.tag == "NUM" and last_head >= 0:
                last_head = j
            j += 1
        elif w.text in JOINERS and j > i and j + 1 < len(ws) and ws[j + 1].tag in MODIFIERS \
                and ws[j + 1].start == w.end:
            j += 1
        elif w.tag == "CCONJ" and w.low in ("and", "or") and last_head == j - 1 \
                and j + 1 < len(ws) and ws[j + 1].tag in HEADS and ws[j - 1].tag == ws[j + 1].tag:
            j += 1  # "Peru, Chile and Ghana", "fees and rents"
        elif w.text == "," and last_head == j - 1 and ws[j - 1].tag == "PROPN" \
                and j + 1 < len(ws) and ws[j + 1].tag == "PROPN" and _list_of_names(ws, j + 1):
            j += 1
        else:
            break
    return last_head + 1 if last_head >= i else i


def noun_phrase_start(ws: Sequence[Word], j: int) -> int:
    """The first modifier of the noun phrase whose head is at ``j``."""
    i = j
    while i > 0:
        w = ws[i - 1]
        if w.tag in MODIFIERS:
            i -= 1
        elif w.tag == "CCONJ" and w.low in ("and", "or") and i > 1 and ws[i - 2].tag == ws[i].tag \
                and ws[i].tag in HEADS:
            i -= 1  # "Peru, Chile and Ghana"
        elif w.text == "," and i > 1 and ws[i - 2].tag == ws[i].tag == "PROPN" and _list_of_names(ws, i):
            i -= 1
        elif w.text in JOINERS and i > 1 and ws[i - 2].tag in MODIFIERS and w.end == ws[i].start:
            i -= 1
        else:
            break
    return i


def _bare_number(ws: Sequence[Word], j: int) -> bool:
    """A quantity word that is only a number inside a name ("category 4 hurricane")."""
    w = ws[j]
    return w.text.isdigit() and 0 < j < len(ws) - 1 and ws[j - 1].tag in HEADS and ws[j + 1].tag in HEADS \
        and ws[j - 1].quantity != w.quantity and ws[j + 1].quantity != w.quantity


def _list_of_names(ws: Sequence[Word], j: int) -> bool:
    """Whether names from ``j`` run on to an "and" or "or" ("UK, France and Japan")."""
    for w in ws[j : j + 12]:
        if w.tag == "CCONJ":
            return w.low in ("and", "or")
        if w.tag not in ("PROPN",) and w.text != ",":
            return False
    return False


def phrase_start(ws: Sequence[Word], i: int) -> int:
    """``i`` moved back over a determiner or possessive before it."""
    while i > 0 and ws[i - 1].tag in ("DET", "POSS", "POSSN") and ws[i - 1].quantity < 0:
        i -= 1
    return i


def time_word(w: Word) -> bool:
    return w.low in lexicon.time_words() or (w.tag == "NUM" and len(w.text) == 4 and w.text[:2] in ("19", "20"))
