"""Who says it: the noun phrase before a verb of saying, read back over the pieces of its clause.

extract/cues.py finds the verbs ("X said", "X, which is run by Y, estimated"); `claimant_before` walks back
from one over commas, relative clauses, asides ("…, now 58, said", "…, in a 1999 study, estimated") and
relay phrases to the name that says it. Also here: the tests a claimant's words need (`noun_use`: "the
reliable estimates show" is no verb of saying); the words trimmed off its ends are extract/claimanttrim.py's; a subject left out after "and"/"but"
extract/elidedsubject.py's.
"""

from __future__ import annotations

import re

from extract.cuescan import CLAUSE_CUT_LOW, tail_search
from extract.callsigns import is_callsign
from extract.claimanttrim import _trim_head, _trim_tail
from extract.cueverbs import _VERB, _VERBS
from extract.datedaside import TIME_CUTS, dated_aside_pieces
from extract.elidedsubject import elided_subject
from extract.fronted import demonstrative_front
from extract.lexicon import clean_name, lexicon, lookup
from extract.names import Named, first_named
from extract.relayedspeaker import across_bracket, quoted_as, written_from
from extract.rx import guarded
from extract.subjectshape import (ABILITY_TAIL, AUX_ONLY, SUBJECT_PRONOUNS, WHOSE, determiner_only, pronoun_subject,
                                  relative_speaker, roman_one)

_CLAUSE_CUT = guarded(r"(?<!\d),|,(?!\d)|[;:()\[\]–—]|\s-\s|\b(?:that|which|who|when|while|as|if|because|after|before|but|and then)\b", re.I)
_DIGIT = re.compile(r"\d")
_NOUN_START = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|our)\b|[A-Z])")
# A piece set off by commas between a claimant and its verb: "A survivor, now 58, said", "HRW, in a 1999 study,
# estimated", "Its census, released in February, counted".
_ASIDE_PIECE = re.compile(r"\s*(?:(?:now|aged)\s+\d{1,3}|\d{1,3}"
                          r"|in\s+(?:a|an|its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:study|report|statement|interview|"
                          r"survey|review|analysis|paper|letter|briefing|assessment|post|tweet|message|video|speech|broadcast|address|"
                          r"recording|communiqu[eé])(?:\s+(?:[a-z]+ed|issued|written|made|seen|shown)\s+[^,]{1,50}"
                          r"|\s+on\s+(?:its|their|his|her|the|a)\s+[^,]{1,40})?"
                          # "Al-Shabaab, in messages posted online, said": plural pieces of its own, no determiner needed
                          r"|in\s+(?:(?:its|their|his|her|the)\s+)?(?:[\w-]+\s+){0,2}?(?:statements|posts|tweets|messages|videos|"
                          r"broadcasts|recordings|communiqu[eé]s)(?:\s+(?:[a-z]+ed|issued|written|made|seen|shown)\s+[^,]{1,50}"
                          r"|\s+on\s+(?:its|their|his|her|the|a)\s+[^,]{1,40})?"
                          # "The Defence Ministry, in records released in 2017, put …"
                          r"|in\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:records|files|archives|documents|"
                          r"papers|figures|data)(?:\s+(?:[a-z]+ed|issued|written|made|seen|shown)\s+[^,]{1,50})?"
                          r"|(?:[a-z]+ed|written|seen|shown|made|drawn)\s+(?:in|on|by|at|last|earlier|this|from)\b[^,]{0,40}"
                          # "The X Commission (XC), set up by the King and chaired by Y, reported": made and led by others
                          r"|(?:set\s+up|[a-z]+ed|led|run)\s+by\s+[^,]{1,50}?\s+and\s+(?:[a-z]+ed|led|run)\s+by\s+[^,]{1,50})"
                          r"\s*", re.I)
# ("a document leaked in 2009", "a radio message picked up by the navy": a particle after the participle too)
_PARTICIPLE_TAIL = re.compile(r"\s+(?:[a-z]+ed|written|seen|shown|made|drawn)(?:\s+(?:up|out|over|back))?\s+(?:in|on|by|at|"
                              r"last|earlier|this|from)\b.*\Z", re.S)
_RELAY_START = re.compile(r"\s*(?:citing|quoting|according to|speaking|writing|responding)\b", re.I)
_CAPITAL_WORD = re.compile(r"[A-Z](?<!\w.)")  # \b[A-Z], opening with the class (re skips to it)
_NAME_START = re.compile(r"\s*(?:the\s+)?[A-Z]")
_CONJUNCTION = re.compile(r"\s\s*(?:and|but|or)\s+")  # \s+(?:and|but|or)\s+, opening with one \s
_ED_WORD = re.compile(r"\b\w+ed\b")
_NUMBER_IN_NAME = re.compile(r"\d(?<![A-Za-z]\d)\d+(?!-)")  # (?<![A-Za-z])\d{2,}(?!-), opening with \d
_LETTER = re.compile(r"[A-Za-z]")


_PRONOUN_LAST = guarded(r"\b(" + "|".join(sorted(SUBJECT_PRONOUNS)) + r")\s*$", re.I)


_NOUNISH = {"estimates", "reports", "claims", "posts", "tweets", "records", "notes", "states", "report", "claim",
            "estimate", "document", "documents", "record", "tells", "counts", "count"}  # ("By our own count 50 …")
_DETERMINERS = guarded(
    r"\b(?:the|all|these|those|such|some|many|other|its|their|his|her|our|my|your|latest|new|recent|early|initial|"
    r"reliable|conflicting|unconfirmed|official|media|news|several|most|first|earlier|later|previous|similar|a|an|"
    r"best|central|conservative|lowest|highest|working|current|revised|preliminary|final|rough|"
    r"(?:our|my)\s+own)\s*$",  # ("By our own count …": the writer's own, no claimant; "its own" is read as before)
    re.I,
)
_NOUN_FOLLOWERS = guarded(
    r"^\s+(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|say|says|said|are|were|have|"
    r"had|is|was|of|from|circulated|emerged|put|citing|spread|appeared|vary|differ|range|"
    r"(?:leaked|released|published|obtained|seen|issued|drawn\s+up|written|compiled|prepared)\s+(?:in|on|by|at|last|"
    r"earlier|this|to)|recorded|counted|listed|lists|list|puts|gives|gave|still|working|functioning|remaining)\b",
    re.I,
)


def _noun_use(before: str, verb: str, rest: str) -> bool:
    """"All the reliable estimates show …": a plural noun, not a verb of saying."""
    if verb.lower() not in _NOUNISH:
        return False
    return bool(_DETERMINERS.search(before) or _NOUN_FOLLOWERS.match(rest))


def _relative_opening(before: str, pieces: list[tuple[int, int, str]], k: int) -> int | None:
    """The piece before ", who"/", which" when pieces[k] and those back to it, all opened by ",", go on with that
    relative clause up to the verb's comma ("X, who served with the 1st Battalion, Suffolk Regiment, writes"); None
    if no such clause opens within three pieces."""
    for j in range(k - 1, max(k - 4, 0), -1):
        op = pieces[j][2].lower()
        if op in ("who", "which"):
            return j - 1 if j >= 2 and pieces[j - 1][2] == "," and not before[pieces[j - 1][0]:pieces[j - 1][1]].strip() \
                else None
        if op != ",":
            return None
    return None


def claimant_before(sentence: str, verb_at: int, low: str | None = None) -> tuple[str | None, int]:
    """The noun phrase right before a verb (its subject), with where it starts; None if there is none.

    Walks back over clause pieces: an empty piece ("…, Ali Shamkhani, said"), a relative
    clause ("X, which is run by Y, said") or a relay phrase ("X, citing Y, said") is skipped.
    For a participle ("X dismissed it, saying") the subject is the head of the clause before.
    `low` is folded(sentence), when the caller has it.
    """
    before = sentence[:verb_at]
    if (quoted := quoted_as(before)) is not None:
        return quoted  # "An agency quoted travellers as saying …": the quoted (extract/relayedspeaker.py)
    if before.endswith(" ") and sentence.startswith(("stating", "saying"), verb_at) and (
            written := written_from(before)) is not None:
        return written  # "read a letter from the commander stating that …": the writer (extract/relayedspeaker.py)
    if elided_subject(before, verb_at):
        return None, verb_at  # "… confirmed the blast but gave …", "…, and then said": the subject is elided
    pieces: list[tuple[int, int, str]] = []  # (start, end, the cut that opens the piece)
    pos, opener = 0, ""
    # The cuts, found on the lower-cased copy of an ASCII sentence (extract/cuescan.py); the opener as written.
    if sentence.isascii():
        cuts = CLAUSE_CUT_LOW.finditer(low if low is not None else sentence.lower(), 0, verb_at)
    else:
        cuts = _CLAUSE_CUT.finditer(before)
    for c in cuts:
        a, b = c.span()
        pieces.append((pos, a, opener))
        pos, opener = b, before[a:b]
    pieces.append((pos, len(before), opener))
    if len(pieces) > 2 and ("but" in before or "But" in before):
        pieces = _merge_paired_adjectives(before, pieces)
    last_a, last_b, last_op = pieces[-1]
    if last_op.lower() in ("which", "who") and not before[last_a:last_b].strip() and len(pieces) > 1:
        name, at = relative_speaker(before, pieces)  # "the border service, which said" (extract/subjectshape.py)
        if name:
            return name, at
    participle = sentence[verb_at:].split(None, 1)[0].lower().endswith("ing") if sentence[verb_at:].strip() else False
    role = ""
    k = len(pieces) - 1
    while k >= 0:
        a, b, op = pieces[k]
        seg = before[a:b]
        if op.lower() == "that" and k == len(pieces) - 1 and (pro := _THAT_PRONOUN.match(seg)):
            return pro.group(1), a + pro.start(1)  # "X told our correspondent that he counted 143": "he", not the
            # one told (a pronoun after "that" opens a clause of speech, no relative clause)
        if (op.lower() in ("which", "who", "that") and k == len(pieces) - 1
                and _NOUN_START.match(seg)):
            break  # "the faction, which the army estimates has …": the verb's subject is inside the clause
        if (op.lower() == "that" and k == len(pieces) - 1 and k > 0 and seg.strip()
                and _SPEECH_END.search(before, pieces[k - 1][0], pieces[k - 1][1])):
            break  # "Aldridge notes that police say …": "that" after a verb of saying opens its clause, whose
            # subject speaks (not a relative clause to skip)
        if (not seg.strip() or op.lower() in ("which", "who", "that", "(")
                or _RELAY_START.match(seg) or WHOSE.match(seg) or (k == len(pieces) - 1 and k > 0 and AUX_ONLY.fullmatch(seg))
                or (op == "," and 0 < k < len(pieces) - 1 and _WHERE_CLAUSE.match(seg))
                or _DISCOURSE.fullmatch(seg.strip())
                or (op == "," and k > 0 and _ASIDE_PIECE.fullmatch(seg))):
            k -= 1  # an empty piece, a relative clause, "(RSF)", a relay phrase, ", however,", ", now 58,"
            continue
        if op == "," and 1 < k < len(pieces) - 1 and (j := _relative_opening(before, pieces, k)) is not None:
            k = j  # "Ted Harris, 71, who served with the 1st Battalion, Suffolk Regiment, writes": the clause's commas
            continue
        if participle and op.lower() == "as" and 0 < k < len(pieces) - 1 and _AS_CALLED.search(
                before, pieces[k - 1][0], pieces[k - 1][1]):
            k -= 1  # 'X described the attack as "a pogrom", saying …': what it was called, not who speaks
            continue
        if participle and k < len(pieces) - 1 and k > 0 and _VERB_FIRST.match(seg):
            k -= 1  # "X claimed the attack in a message, saying …": the subject is before the verb
            continue
        if (op == "," and 0 < k < len(pieces) - 1 and (_APPOSITION.match(seg) or _THE_APPOSITION.match(seg))
                and _CAPITAL_WORD.search(_piece_before(before, pieces, k))):
            role = role or seg.strip()  # "JNIM, an al-Qaeda-linked group, said": the name before the apposition
            k -= 1  # ("The People's Defence Forces (HPG), the PKK's armed wing, said": past the acronym too)
            continue
        if (op == "," and 0 < k < len(pieces) - 1 and _TITLE_OF.fullmatch(seg)
                and _PERSON.fullmatch(_piece_before(before, pieces, k).strip())):
            role = role or seg.strip()  # "Ali Omar, spokesman of the Liberation Front, said": the person, typed by
            k -= 1  # the body he speaks for
            continue
        if (op == "," and 0 < k < len(pieces) - 1 and _PERSON_ROLE.fullmatch(seg)
                and _PERSON.fullmatch(_piece_before(before, pieces, k).strip())):
            role = role or seg.strip()  # "Jane Roe, the regional archivist, counted": the person, typed by the role
            k -= 1
            continue
        if op in TIME_CUTS and k >= 2 and pieces[k - 1][2].lower() in ("who", "which"):
            k -= 2  # "The militiamen, who attacked after dawn, said": the time ends the relative clause
            continue
        if op in TIME_CUTS and (skip := dated_aside_pieces(before, pieces, k)):
            k -= skip  # "Soviet archives, opened after 1991, give …": a dated aside (extract/datedaside.py)
            continue
        if op == "," and 0 < k < len(pieces) - 1 and _PLACE_ASIDE.fullmatch(seg):
            k -= 1  # "Reporters in Moreh, near the border, counted": where they are is no claimant
            continue
        break
    if k < 0:
        return None, verb_at
    a, b, op = pieces[k]
    seg = before[a:b]
    if op.lower() == "as" and k >= 2 and pieces[k - 1][2].lower() == "who" and _GAVE_NAME.fullmatch(
            before[pieces[k - 1][0] : pieces[k - 1][1]]):
        role = role or before[pieces[k - 2][0] : pieces[k - 2][1]].strip()  # "A woman who gave her name as Drita"
    if not role and op == "," and k >= 1 and _NAME_START.match(seg):
        desc = before[pieces[k - 1][0] : pieces[k - 1][1]].strip()
        if _DESCRIPTOR.fullmatch(desc):
            role = desc  # "One of the militias, the Radaa Force, said": the description types the name
        elif _ROLE_BEFORE.fullmatch(desc) and _PERSON.fullmatch(seg.strip()) and any(
                p.search(desc) for p, _ in lexicon().rules):
            role = desc  # "a community leader in Kurfa Danya, Alhaji Sani Yusuf, told …": the person, typed by it
    if participle and k < len(pieces) - 1:
        head = _CLAUSE_HEAD.match(seg)
        if head and head.group(1).strip():
            seg = head.group(0)[: len(head.group(1)) + (len(head.group(0)) - len(head.group(0).lstrip()))]
            seg = before[a : a + len(seg)]
    if op == ")" and k >= 2 and (joined := across_bracket(before, pieces[k - 2], pieces[k - 1], b)):
        a, seg = joined  # "The Serbian police (MUP) commander …" (extract/relayedspeaker.py)
    if " since " in seg:
        seg = _SINCE_YEAR.sub("", seg)  # "Archive studies since the 1990s put …": the time they span is no subject
    raw = seg
    seg = ABILITY_TAIL.sub("", _trim_tail(seg.rstrip())) if " to" in seg else _trim_tail(seg.rstrip())
    trimmed = _trim_head(seg.lstrip())
    offset = a + (len(raw) - len(raw.lstrip())) + (len(seg.lstrip()) - len(trimmed))
    if " whose " in trimmed and trimmed[:1].isalpha():
        trimmed = trimmed[: trimmed.index(" whose ")]  # "A survivor whose words are recorded in the booth says": the
        # head of the subject (a verb inside its relative clause opens no later subject)
    # "X said activists had counted": the subject starts after an earlier verb of saying.
    inner = [m for m in _VERB.finditer(trimmed)
             if not _noun_use(trimmed[: m.start()], m.group("verb"), trimmed[m.end() :])]  # not "a working document"
    if inner and trimmed[inner[-1].end():].strip():
        offset += inner[-1].end()
        rest = trimmed[inner[-1].end():]
        offset += len(rest) - len(rest.lstrip())
        trimmed = rest.lstrip()
    if "heard " in trimmed and (heard := _HEARD.match(trimmed)) is not None:
        offset += heard.start("np")  # "we heard Radio Rebelde say nine": the voice heard says it
        trimmed = heard.group("np")
    if trimmed[:3].lower() == "by " and trimmed[3:].strip() and not pronoun_subject(trimmed):  # (not "By this rule we")
        agent = first_named(trimmed[3:])  # "an earlier toll given by the army … had put": the agent says it
        return (agent, offset + 3) if agent and not _NUMBER_IN_NAME.search(agent) else (None, verb_at)
    last = tail_search(_PRONOUN_LAST, trimmed, len(trimmed), 4)
    if last and not roman_one(trimmed, last.start(1)):  # (not "World War I": extract/subjectshape.py)
        return last.group(1), offset + last.start()  # "video they said showed …"
    # "… died and the rebels said": only the conjunct next to the verb is the subject.
    parts = _CONJUNCTION.split(trimmed)
    if len(parts) > 1 and not lookup(trimmed) and (_DIGIT.search(trimmed) or _VERB.search(" ".join(parts[:-1]))
                                                   or _ED_WORD.search(" ".join(parts[:-1]))):
        offset += len(trimmed) - len(parts[-1])
        trimmed = parts[-1]
    name = clean_name(_PARTICIPLE_TAIL.sub("", trimmed))  # "a document leaked in 2009 recorded"
    if name and not lookup(name):
        name = first_named(name) or name  # "the Observatory and activists said": the first named
    kin = _KIN_OF_COUNT.match(name) if name and _DIGIT.search(name) else None
    if kin:
        name = kin.group("head")  # "the families of another 87 say": the families speak for the 87
    elif name and "s " in name and _DIGIT.search(name):
        name = _OWNER_YEAR.sub(" ", name)  # "the commission's 2001 report put": the year dates the report
    if name and determiner_only(name):
        return None, verb_at  # "The" alone is nobody (extract/subjectshape.py)
    if name and " " in name and (pronoun := pronoun_subject(name)):
        return pronoun, offset  # "By this definition we": the pronoun is the subject (extract/subjectshape.py)
    if not name or len(name.split()) > 8 or (_NUMBER_IN_NAME.search(name) and not is_callsign(name)):
        return None, verb_at  # a number, not a name ("M23 spokesman" is a name)
    if not _LETTER.search(name):
        return None, verb_at
    first = name.split()[0].casefold()
    if first in {"with", "in", "on", "at", "by", "for", "from", "of", "to", "into", "only", "not", "no", "if"}:
        if front := demonstrative_front(before):  # "On that basis the Commission has documented" (fronted.py)
            return clean_name(front[0]), front[1]
        return None, verb_at
    if role:
        name = Named(name)
        name.role = role
    return name, offset


_DESCRIPTOR = guarded(r"(?:(?:one|two|some)\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
                         r"(?:militias?|groups?|factions?|outlets?|channels?|station|radio\s+station|agency|newspaper|"
                         r"broadcaster|website|monitors?|organi[sz]ations?|charity|network|office)", re.I)
_DISCOURSE = guarded(r"however|meanwhile|though|too|also|later|then|in turn|for its part|for their part|in response|"
                        r"separately|in a statement|instead|in contrast|by contrast", re.I)
# A clause piece that opens with its verb (its subject stands in an earlier piece).
_VERB_FIRST = guarded(rf"\s*(?:(?:also|then|later|had|has|have)\s+)?(?:{_VERBS}|[a-z]+ed)\b", re.I)
# "described the attack as", "dismissed the report as": a verb that names what a thing is called, before "as".
_AS_CALLED = re.compile(r"\b(?:described|describes|describing|dismissed|dismisses|branded|brands|denounced|denounces|"
                        r"condemned|condemns|called|calls|labelled|labeled|characteri[sz]ed|hailed|hails|rejected|"
                        r"rejects)\b[^,;]*$")
# "a monitoring group", "an al-Qaeda-linked group": a noun phrase set off by commas after a name.
# Only an organisation's apposition gives way to the name; a person's role ("Yusuf Said, a shopkeeper,")
# is how the text names its claimant.
_APPOSITION = guarded(r"\s*(?:a|an)\s+[\w'’ -]{0,50}\b(?:group|organi[sz]ation|agency|network|monitor|project|"
                         r"coalition|movement|militia|alliance|charity|body|office|force|faction|committee|"
                         r"council|institute|centre|center|outlet|channel|newspaper|broadcaster|account|page|blog|"
                         r"site|website)s?"
                         r"(?:\s+(?:based|headquartered)\s+in\s+[\w'’ -]{1,30}|\s+in\s+[\w'’ -]{1,30}"
                         r"|\s+with\s+[\w,.'’ -]{1,40})?\s*$", re.I)
# "UKMTO, the British navy's maritime trade agency, said": a description in lower case, not a name
# ("Syria's opposition, the National Coalition, said" names the Coalition).
_THE_APPOSITION = re.compile(r"\s*[Tt]he\s+(?:[\w'’-]+\s+){0,5}(?:group|organi[sz]ation|agency|network|monitor|project|"
                             r"coalition|movement|militia|alliance|charity|body|office|force|faction|committee|council|"
                             r"institute|centre|center|outlet|channel|newspaper|broadcaster|wing|service|unit)s?"
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?"  # "the armed wing of Hamas"
                             r"(?:\s+(?:to|of|in|with|for|from|by|under|through))?\s*$")  # (before "which": "the group to
# which the victims belonged", whose relative clause the walk skips as its own piece)
# A person's office set off by commas after the name, without an article: "spokesman of the West Papua
# National Liberation Army", "commander of the 3rd Brigade", "head of the provincial council".
_TITLE_OF = re.compile(r"\s*(?:(?:chief|senior|deputy|acting|military|official|former|top)\s+)?(?:spokesm[ae]n|spokeswoman|"
                       r"spokesperson|commander|head|leader|chief|director|chairman|chairwoman|chair|secretary|"
                       r"coordinator|representative|president|governor|mayor|minister)\s+(?:of|for|at|in)\s+"
                       r"(?:the\s+)?[A-Z0-9][^,]{0,80}")
# A description in lower case before a person's name set off by commas: "a community leader in Kurfa Danya,".
_ROLE_BEFORE = re.compile(r"(?:(?:but|and|yet)\s+)?(?:a|an|the|one)\s+[a-z][^,;:()\"“”]{2,60}", re.I)
_PERSON = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|el-\w+|bin|de|van|der)){1,3}")
# A person's office after the name, set off by commas, in lower case but for a people's adjective: "the
# Australian official historian" (an indefinite "a shopkeeper" stays the claimant as tests/test_attribution.py has it).
# A time after "since" between a subject and its verb: "since the 1990s", "since 1991", "since then".
_SINCE_YEAR = re.compile(r"\s+since\s+(?:(?:the\s+(?:early\s+|late\s+|mid-)?)?(?:1[5-9]|20)\d\d(?:s|['’]s)?|then)\s*$")
# A clause piece ending with a verb of saying: "Aldridge notes", "the envoy told reporters".
_SPEECH_END = guarded(rf"\b(?:{_VERBS})\s*$", re.I)
_THAT_PRONOUN = re.compile(r"\s*(he|she|they|we|I)(?:\s+[a-z]+ly)?\s*$")
# "Lady Reading Hospital in Peshawar, where the wounded were flown, said": a relative clause of place, closed by its
# comma before the verb, as ", which …," is.
_WHERE_CLAUSE = re.compile(r"\s*(?:where|whence)\s", re.I)
# "we heard Radio X say", "I heard the commander announce": a speaker heard saying it, after who heard it.
_HEARD = re.compile(r"(?:[\w'’-]+\s+){1,3}?heard\s+(?:on\s+the\s+radio\s+)?(?P<np>(?:the\s+[a-z]|[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,4})$")
_PERSON_ROLE = re.compile(r"\s*the\s+(?:[A-Z]?[a-z][\w'’-]*\s+){0,6}[a-z][\w'’-]*\s*")  # ("the head of the mainly Muslim republic")
# Where a claimant stands, set off by commas: "Reporters in Moreh, near the border with Myanmar, counted".
# (In lower case only: "North Korea's army" opens with a name.)
_PLACE_ASIDE = re.compile(r"\s*(?:near|outside|inside|close\s+to|along|across|(?:north|south|east|west|"
                          r"north-?east|north-?west|south-?east|south-?west)\s+of)\s+[^,]{1,60}")
# "A woman who gave her name as Drita", "a man who identified himself only as Ahmed": the description types
# the name.
_GAVE_NAME = re.compile(r"\s*(?:(?:gave|gives|give|giving)\s+(?:only\s+)?(?:(?:his|her|their)\s+)?(?:first\s+)?"
                        r"name(?:\s+only)?|(?:asked\s+to\s+be\s+|was\s+)?identified\s+(?:(?:himself|herself)\s+)?"
                        r"(?:only\s+)?)\s*", re.I)
# "the families of another 87": kin speaking for a count of people. KIN_OF is the same words up to the count
# (extract/cuescope.py: the count in the "of" complement of a cue's subject).
_KIN = (r"(?:[\w'’-]+\s+){0,2}?(?:families|relatives|parents|mothers|fathers|wives|widows|husbands|lawyers|"
        r"neighbou?rs|colleagues)")
_KIN_OF_TAIL = r"\s+of\s+(?:(?:another|the|some|about|around|at\s+least|more\s+than|nearly|over|all)\s+)*"
KIN_OF = re.compile(_KIN + _KIN_OF_TAIL, re.I)
_KIN_OF_COUNT = re.compile(rf"(?P<head>{_KIN}){_KIN_OF_TAIL}\d", re.I)
# A year between an owner and its document: "the commission's 2001 report", "the agency's 2019 survey".
_OWNER_YEAR = re.compile(r"(?<=[a-z]['’]s) (?:1[6-9]|20)\d\d (?=[a-z])")


def _piece_before(before: str, pieces: list[tuple[int, int, str]], k: int) -> str:
    """The text of the nearest piece before piece k with anything in it ("(HPG)" leaves an empty one)."""
    for a, b, _ in reversed(pieces[:k]):
        if before[a:b].strip():
            return before[a:b]
    return ""


# "a state-funded but independent body": "but" joins two adjectives of one description, not two clauses.
_ARTICLE_ADJECTIVE = re.compile(r"\s*(?:a|an)\s+[\w'’-]+\s*$", re.I)


def _merge_paired_adjectives(before: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join a piece opened by "but" to the piece before it when that one is only an article and an
    adjective and the two make an organisation's apposition ("…, a state-funded but independent body, said")."""
    out: list[tuple[int, int, str]] = []
    for a, b, op in pieces:
        if (out and op.lower() == "but" and _ARTICLE_ADJECTIVE.fullmatch(before[out[-1][0] : out[-1][1]])
                and _APPOSITION.match(before[out[-1][0] : b])):
            out[-1] = (out[-1][0], b, out[-1][2])
            continue
        out.append((a, b, op))
    return out


# The subject of a clause that a participle ("…, saying") hangs on: the words before its first verb.
_CLAUSE_HEAD = guarded(rf"\s*((?:[^\s]+\s+){{0,5}}?)(?:[a-z]+ed|has|had|have|is|was|were|are|{_VERBS})\b")
