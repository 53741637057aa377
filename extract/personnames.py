"""The titles and name shapes before a person's name, kept in one place for the modules that read people's names.

Each list is the set of words one rule needs, and they differ on purpose: widening one to another's would change
what its rule reads (a transcript label takes offices and ranks, "Sen. Kaine:"; an interviewee takes religious
titles, "Father Ioannis"; a given name must not be a rank or a body's word, "General Staff"; an age in apposition
reads titles as written, with their stop, "Mr. Okafor, 34,"). Only the courtesy titles are shared as they stand.
Readers: extract/speakers.py, extract/qaturns.py, extract/surnames.py, extract/personpronouns.py,
extract/numpersonage.py.
"""

from __future__ import annotations

# Courtesy titles before a surname ("Mr Rhule", "Dr Okafor"; a regex alternation, no group): the full name drops
# them (extract/surnames.py), and a sentence's subject may open with them (extract/personpronouns.py).
COURTESY = "Mr|Mrs|Ms|Miss|Dr"

# A title before the name opening a transcript line ("Sen. Kaine:", "Rt Hon Jane Doe:", "Colonel Ahmed (army):"):
# courtesy titles, ranks, offices (extract/speakers.py). A name of one to four capitalised words, with particles.
LABEL_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Prof|Professor|Rev|Reverend|Gen|Col|Capt|"
               r"Maj|Lt|Sen|Senator|Rep|Hon|Rt\.?\s+Hon|Cllr|Councillor|Minister|General|Colonel|Chief|Agent|Sheriff|Mayor|Governor|Inspector|Commissioner|Superintendent|Detective)\.?")
LABEL_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|da|van|der|von|bin|al-\w+|el-\w+)){0,3}"

# A title before the person an interview is with ("He spoke to Father Ioannis Pappas", "an interview with Dr Jane
# Roe"): courtesy and religious titles, no ranks (extract/qaturns.py). The name: two to four words (one capitalised
# word after "spoke to" is too often a place or a body).
INTERVIEW_TITLE = r"(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Dame|Sir|Father|Sister|Imam|Rabbi|Reverend|Rev\.?)"
INTERVIEW_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|da|van|bin|al-\w+)){1,3}"

# Words that stand before a surname as a title, a rank or a body's word, not a given name ("Lord Chelmsford",
# "Staff Anatoly Nogovitsyn" of "General Staff", "Army"): extract/surnames.py.
NOT_GIVEN_NAMES = frozenset("""Lord Lady Sir Dame King Queen Prince Princess President Minister Governor General Colonel Major
    Captain Lieutenant Sergeant Admiral Marshal Commander Chief Deputy Bishop Archbishop Cardinal Father Pastor Sheikh
    Imam Judge Justice Senator Mayor Dr Mr Mrs Ms Miss Professor Prof Saint St Pope Emperor Sultan Emir Staff Police
    Army Force Forces Corps The A An""".split())

# Titles as written before a name and an age in commas ("Mr. Okafor, 34,", "Gen. Haftar, 80,"): words of the text,
# with their stop (extract/numpersonage.py).
AGE_TITLES = frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Lord Lady Prof Prof. Sheikh Gen. Col. Capt.".split())
