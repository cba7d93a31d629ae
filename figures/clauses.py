"""The clauses of a sentence, read from punctuation and a few closed classes of words.

Clauses open at ";", ", and", "but", "while", "as" (before a subject), at
"after", "because", "since" ... when a verb follows within a few words, at
relative pronouns ("which", "who"), at a participle set off by commas (", built
in 1850,"; ", killing 600"), at ", according to", after a participle opening
the sentence ("Started in 1990, ...") and at "and" before a time phrase ("and
last year acquired").  A clause knows how it was opened and its parent, which
is what the date column needs to tell which time phrases reach a quantity
(figures/date_attachment.py).  The cue words are data (``date_cues.tsv``,
``reporting_forms.tsv``, ``verbs.tsv``).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from figures import lexicon
from figures.time_phrases import TimePhrase


@dataclass(frozen=True, slots=True)
class Clauses:
    """The clauses of a sentence: ``starts[k]`` opens region k of clause ``ids[k]``."""

    starts: list[int]
    ids: list[int]
    kinds: dict[int, str]  # clause id -> how it was opened ("main", "coordinate", "simultaneous", ...)
    parents: dict[int, int]
    openers: dict[int, int]  # clause id -> where its opening word stands
    end: int  # where the sentence ends

    def at(self, pos: int) -> int:
        """The clause the character at ``pos`` belongs to."""
        return self.ids[max(0, bisect.bisect_right(self.starts, pos) - 1)]

    def floor(self, pos: int) -> int:
        """Where the stretch of clause holding ``pos`` begins."""
        return self.starts[max(0, bisect.bisect_right(self.starts, pos) - 1)]

    def ceiling(self, pos: int) -> int:
        """Where the stretch of clause holding ``pos`` ends."""
        k = bisect.bisect_right(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else self.end


def split(text: str, start: int, end: int, phrases: list[TimePhrase]) -> Clauses:
    """The clauses of the sentence ``text[start:end]``, given its time phrases."""
    cuts = sorted(_cuts(text, start, end, phrases))
    starts, ids, kinds, parents, openers = [start], [0], {0: "main"}, {0: 0}, {0: start}
    current, resume = 0, -1  # resume: where a comma-closed relative clause hands back to its parent
    for pos, kind in cuts:
        if resume != -1 and resume <= pos:
            starts.append(resume)
            ids.append(parents[current])
            current, resume = parents[current], -1
        new = len(kinds)
        kinds[new], parents[new], openers[new] = kind, current, pos
        starts.append(pos)
        ids.append(new)
        if kind == "relative" and (text[pos] == "," or text[max(start, pos - 2) : pos].rstrip().endswith(",")):
            comma = _comma.search(text, pos + 1, end)
            resume = comma.start() if comma else -1
        current = new
    if resume != -1:
        starts.append(resume)
        ids.append(parents[current])
    return Clauses(starts, ids, kinds, parents, openers, end)


@functools.cache
def _boundary() -> re.Pattern[str]:
    """";", ", and" or a word that may open a clause ("but", "while", "which", "after" ...)."""
    words = [w for w, k in cues().items() if k in ("coordinate", "simultaneous", "subordinate", "relative")]
    return re.compile(rf"(?P<semicolon>;)|,\s+(?P<comma_and>and)\b|\b(?P<word>{lexicon.phrase_pattern(words)})\b",
                      re.IGNORECASE)


_article_before = re.compile(r"\ba\s+$", re.IGNORECASE).search
_not_as_clause = re.compile(r"\b(?:such|so|known|same|well)\s+$", re.IGNORECASE)
_comma = re.compile(r"[,;](?=\s)")
_as_subject = re.compile(r"\s+(?:the|a|an|it|its|they|their|he|his|she|her|we|our|this|these|those|prices"
                         r"|(?-i:[A-Z][a-z]+))\b(?!\s+(?:result|part|well|of)\b)", re.IGNORECASE)


def _cuts(text: str, start: int, end: int, phrases: list[TimePhrase]) -> list[tuple[int, str]]:
    """Where clauses open in the sentence, and how."""
    kinds = cues()
    cuts: list[tuple[int, str]] = []
    for m in _boundary().finditer(text, start, end):
        if m.group("semicolon"):
            cuts.append((m.start(), "coordinate"))
            continue
        if m.group("comma_and"):
            cuts.append((m.start(), "coordinate"))
            continue
        word = m.group("word").lower()
        kind = kinds.get(word)
        if kind == "coordinate":
            cuts.append((m.start(), kind))
        elif kind == "simultaneous" and _opens_simultaneous(text, m, word):
            cuts.append((m.start(), kind))
        elif kind == "relative":
            cuts.append((m.start(), kind))
        elif kind == "subordinate" and not any(p.start == m.start() for p in phrases) \
                and _verb_follows(text, m.end(), end):
            cuts.append((m.start(), kind))
    cuts += [(p.start, "coordinate") for p in phrases if p.prep == "and" and not p.ranged]
    cuts += [(m.start(), "participle") for m in _participle.finditer(text, start, end)]
    cuts += [(m.start(), "relative") for m in _comma_word.finditer(text, start, end) if _is_participle(m.group(1))]
    cuts += [(m.start(), "coordinate") for m in _attribution.finditer(text, start, end)]
    opening = _opening_participle(text, start, end)
    if opening is not None:
        cuts.append((opening, "coordinate"))  # "Started in 1990, the festival ...": its time stays there
    return cuts


# ", killing 600", ", leading prices above ...": a participle clause, which takes the time
# of the clause it hangs on but gives it none.
_participle = re.compile(r",\s+(?=[a-z]+ing\b)(?!according\b)")
# ", built in 1850,": a participle and its preposition, set off by commas
_comma_word = re.compile(r",\s+([a-z]+)\s+(?:in|by|on|at|as|from|with|for|during|near|to|under|after|before|since)\b")


def _is_participle(word: str) -> bool:
    """ "built", "founded": a past participle opening a clause set off by commas, like a relative one."""
    if word.endswith("ing"):
        return False
    return cues().get(word) == "verb" or word.endswith(("ed", "en", "wn")) and is_verb(word)


_attribution = re.compile(r",\s+according\s+to\b", re.IGNORECASE)  # its time is the source's
_firstword = re.compile(r"[\s\"'“‘]*([A-Za-z]+)")


def _opening_participle(text: str, start: int, end: int) -> int | None:
    """The comma that closes a participle opening the sentence ("Built in 1990, it ...")."""
    first = _firstword.match(text, start, end)
    if first is None:
        return None
    word = first.group(1).lower()
    if not (is_verb(word) or word.endswith("ing") and len(word) > 5):
        return None
    comma = _comma.search(text, first.end(), end)
    return comma.start() if comma else None


def _opens_simultaneous(text: str, m: re.Match[str], word: str) -> bool:
    """ "while" (not "a while") and "as" before a subject ("as prices fell"), not "as many as"."""
    before = text[max(0, m.start() - 12) : m.start()]
    if word == "while":
        return not _article_before(before)  # "for a while"
    if word == "as":
        return not _not_as_clause.search(before) and _as_subject.match(text, m.end()) is not None
    return True


def _verb_follows(text: str, pos: int, end: int) -> bool:
    """Whether a verb follows within a few words, before a comma: "after the storm hit",
    not "after liftoff" or "after touching a high"."""
    stop = m.start() if (m := _comma.search(text, pos, end)) else end
    words = [w.group() for _, w in zip(range(5), find_words(text, pos, stop), strict=False)]
    return any(is_verb(w) for w in words)


# ------------------------------------------------------------------- words

find_words = re.compile(r"[A-Za-z][A-Za-z'’]*").finditer  # the words of a stretch of text, in order


@functools.lru_cache(maxsize=4096)
def is_verb(word: str) -> bool:
    """Whether a word is (almost surely) a verb form: a listed one, or a lowercase -ed form."""
    low = word.lower()
    if low in _verbs():
        return True
    return word[0].islower() and len(low) > 4 and low.endswith("ed") and not low.endswith(("eed", "dred"))


@functools.cache
def cues() -> dict[str, str]:
    """Cue word -> its kind, from date_cues.tsv."""
    return lexicon.pairs("date_cues.tsv")


@functools.cache
def _verbs() -> frozenset[str]:
    listed = {w for w, k in cues().items() if k in ("auxiliary", "verb", "future") and " " not in w}
    return frozenset(listed | lexicon.word_set("verbs.tsv") | reporting())


@functools.cache
def reporting() -> frozenset[str]:
    """The reporting verbs ("said", "announced"), from reporting_forms.tsv."""
    return lexicon.word_set("reporting_forms.tsv")
