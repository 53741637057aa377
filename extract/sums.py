"""A sum of money as the object of asking: "for $71 million", "for up to 2 million euros", "an initial $9 million".

One pattern for every rule that reads a sum asked for: extract/cuetails.py (an appeal verb is a cue before "for" and
a sum), extract/asksmoney.py ("asked donors for $4.5 million", "requested $3 million") and extract/appeals.py (what
money asked for is called). SUM_OPENING is the words that may stand between the verb and the sum ("about", "an
initial", "a total of"); SUM is those words and the sum's own opening (a currency sign, or a number and a currency
named in words).
"""

from __future__ import annotations


__all__ = ["SUM", "SUM_OPENING"]

# Words between a verb of asking and the sum it asks for: a bound ("up to", "at least"), a rounding ("about"), or
# a part of a series ("another", "a further", "an initial", "a total of").
SUM_OPENING = (r"(?:(?:up\s+to|about|around|some|nearly|almost|over|more\s+than|at\s+least|another|a\s+further|"
               r"an\s+additional|an\s+extra|an\s+initial|a\s+new|a\s+first|a\s+total\s+of)\s+)*")
# The sum itself, as it opens: a currency sign, or a number with a currency named in words.
_SUM_ITSELF = (r"(?:US\s?\$|[$€£¥]|\d[\d,.]*\s*(?:million|billion|m|bn)?\s*"
               r"(?:dollars|euros?|pounds|francs|rubles|roubles|lei)\b)")
SUM = SUM_OPENING + _SUM_ITSELF
