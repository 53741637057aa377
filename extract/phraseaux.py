"""The auxiliaries and adverbs between a counted noun phrase and its verb: "40 soldiers [were reportedly] killed".

Split from extract/phrase.py, whose `read_phrase` reads past them (AUX) to the verb after the noun phrase, and
past them after a relative pronoun ("800 people who [had] fled"). AUX_WORDS is the plain alternation they are
built from (tests/test_classify_shortcuts.py checks the trie against it).
"""

from __future__ import annotations

import re

from extract.trie import trie_alternation
from extract.wordset import fold_twin

AUX_WORDS = (r"were|was|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be|"
             r"may\s+have\s+been|might\s+have\s+been|could\s+have\s+been|may\s+have|might\s+have|could\s+have|are|is|being|been|got|get|have|has|had|"
             r"thought\s+to\s+have\s+been|believed\s+to\s+have\s+been|said\s+to\s+have\s+been|reported\s+to\s+have\s+been|"
             r"feared\s+to\s+have\s+been|estimated\s+to\s+have\s+been|known\s+to\s+have\s+been|"
             r"reportedly|reported|confirmed|allegedly|also|all|already|since|later|so\s+far|today|yesterday|now|remain|remained|still|currently|"
             r"newly|recently|forcibly|formally|officially|subsequently|eventually|"
             r"lightly|slightly|seriously|critically|badly|severely|moderately|fatally|mortally|gravely|"
             r"completely|totally|entirely|partially|partly|largely|heavily|fully|wholly|or\s+partly|or\s+partially|"
             r"or\s+completely|or\s+totally")
# (shaped as a trie, extract/trie.py: the same matches, each word needing \b after it, found faster)
AUX = re.compile(r"(?:\s*(?:[,)”\"’]|(?:" + trie_alternation(
    [w.replace(r"\s+", " ") for w in AUX_WORDS.split("|")], fold=True, flexible_space=True) + r")\b))*\s*",
    re.IGNORECASE)
# AUX as read_phrase runs it: on folded(text), the same matches two or three times as fast (a starred trie of
# words, asked for every number): each step costs more under IGNORECASE (extract/sharedverb.py does the same
# for _CONJUNCT). The other patterns gain nothing measurable.
F_AUX = fold_twin(AUX)
