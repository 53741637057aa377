"""Last readings of a claim's subject, asked once its kind is settled, whichever rule of extract/classify.py read it.

- "officers" (or a bare force read as troops) where the passage names the police and no army are the police:
  "lost nine of our officers" after the police spoke, "the officers, part of a contingent of 40" (extract/statemen.py);
- "N of them" read as plain people are the armed party "them" names: "clashed with rebels, killing seven of them"
  (extract/themwho.py);
- a displaced count named by a people's name is refugees where the passage calls them so: "... refugees. Some
  11,500 Mozambicans were sheltering" (extract/refugeenames.py).
Each asks a cheap test of the kind first; most claims pass through untouched.
"""

from __future__ import annotations

from extract.context import SentenceContext
from extract.partof import Kind
from extract.records import Quantity
from extract.refugeenames import named_refugees
from extract.statemen import police_officers
from extract.themwho import OF_THEM, them_who

SETTLED_SUBJECTS = frozenset({"officers", "troops", "people"})  # the subjects read again (or a displaced count)


def settled_kind(ctx: SentenceContext, q: Quantity, got: Kind) -> Kind:
    """`got`, with its subject (and a civilian side it cannot have) read again as the module's docstring says."""
    subject = got.subject
    if (subject == "officers" or subject == "troops" and got.measure == "forces") and police_officers(ctx):
        return Kind(got.measure, "police", got.side)
    if subject == "people" and ctx.text.startswith(OF_THEM, q.char_end) and (them := them_who(ctx, q)):
        return Kind(got.measure, them, "unknown" if got.side == "civilian" else got.side)
    if got.measure == "displaced" and named_refugees(ctx, subject):
        return Kind("displaced", "refugees", got.side)
    return got
