"""Who makes a claim, what kind of source that is, and with what stance.

Cues, tried in order (the first that yields a claimant wins):

1. a passive bound to the number ("the 180 deaths acknowledged by X"), or a relative clause on it ("the 25,000
   deaths that rights groups had counted", extract/cueforms.py);
2. in the sentence (extract/cues.py): "X said/says/claimed/reported/
   documented/verified/told …", "according to X", "citing X", "(Sources: X,
   Y)", "asked by X", "…, X said.", "…, X found in its report.", "X: …", "the toll, provided by X, stood
   at", "the figure … comes from X", "X's figures show", "the government's toll was 98", "the police figure
   of 48", "by the ministry's own count", "X replied that", "…, the Knesset was told (by X)", a fact box's
   "Refugees since May: 12,400 (UNHCR)", "…, X said, and 40 houses damaged", "X has asked donors for $4.5
   million" (extract/asksmoney.py), "Park management (African Parks) confirms" (the name in brackets,
   extract/bracketname.py), "4/ Defence ministry statement tonight: …" (a thread's post number and a label naming
   a statement, extract/linelabels.py), "Local NGOs think …", "the claim by X that …" (extract/claimnoun.py),
   "The Red Cross has evacuated 700 people" (a relief body counting its own work, extract/reliefcues.py),
   "A neighbour came running and said …" (extract/cueverbs.py); the nearest speaker
   before the number unless a scope break (", after", ", with", ";", …) cuts
   it off (", and that …" takes the speech up again), then the first named;
   "citing X" beats its relayer; a quoted "we" is the quote's speaker. A
   pronoun ("He said") takes a name from earlier in the sentence or the three
   sentences before, "the panel" an earlier panel, "the commission" the commission named in full before
   (extract/backrefs.py), "its statisticians" the body named before, "the statement" its issuer
   ("it" after "the ministry said" the ministry named before that); "the agency" in the speech
   of "UNHCR spokesman X" is X's own body, and the count stays X's;
3. a short tag after a relayed quote ("JN source told us."), which replaces
   a relaying account ("Y reports: …");
4. a "—Handle" signature closing the sentence or its line (any name in
   comments, a listed or outlet-like name elsewhere), or a tweet header line
   ("Name @handle 5h") above;
5. the speaker named where a quotation opened in this sentence closes, or a
   paragraph ending "X posts:" just before;
6. "X verified the death toll" within the next two sentences;
7. a count continued from the sentence before ("Another 40 were hurt") after its closing "…, X said.", or
   after an opening "X says …" whose speech runs to its end, along the bullets of one list and past a remark on
   the figures ("Y has given no figure of its own", extract/carry.py); a whole quotation going on after a tagged
   one ('…," said X. "We counted 23 bodies."', extract/quotecarry.py); "Its volunteers treated 60" after a
   sentence naming the body (extract/possessedstaff.py);
8. the speaker whose turn the sentence stands in, in a transcript or a parliamentary answer ("SAMAE: …",
   "Mr. Peter Rowlands (Minister of State …): …", a Hansard's "Senator GARETH EVANS—…", extract/speakers.py,
   extract/hansard.py), or in a person's account quoted at length after "This is her account" (extract/accounts.py),
   "we" and "our teams" included;
9. otherwise the voice of the section: the document's outlet (its own "our earlier report", "this
   newspaper" too; an earlier issue of its own series, "Communique No. 5" in No. 6: extract/ownissues.py), the
   excerpt's outlet, a statement's issuer when it is quoted in full (extract/statements.py, `claimed`), or
   "reader comment". "X's spokesman" of a listed body (or an acronym) speaks as the body.
Cues 3-6 and the antecedents of pronouns are in extract/nearby.py. Session 11: "A federal estimate put …" (dataowner.py),
a court's own summary ("The Chamber found", courtvoice.py), "the same report" (samereport.py), a case title before a
name (persontitle.py), a correction's retracted figures ("not 80 as we reported", retracted.py).
Session 12: a pipe table's column headers (pipecolumns.py), a source named for the list after it (listsource.py), a
quotation still open after "X writes: \"" (openquote.py), "documented …, and found that" (findings.py).
Session 14: a subtitle cue's "[NAME, role]" tag (bracketturns.py) and a record's "WITNESS:" named once
(witnessname.py) as speaker turns; a log's "records" is its writer's word, "its own records show" documents
(writtenrecords.py); the document's own earlier edition (ownedition.py); "the X figure is thought too high"
(toohigh.py).
Session 19: the middle sentence of a quotation tagged two sentences on (midquote.py), "the aid group" after the body
named (kindback.py), "The government's figure …: 338" (ownedfigures.py), "could not verify either toll" on the tolls
only (tolldoubt.py, asked by extract/claims.py once the measure is known).

For speed, what does not depend on the number (the voice, the sentence's cues, the tag after it,
the writer's doubt about it, a headline's whole answer) is worked out once per sentence, and what
depends on the document only (speaker turns, sentences vouching or doubting ahead) once per document
(extract/sentencefacts.py).

A claimant is narrowed to whom it speaks for ("a spokesman for the rival X", "the Red Cross in Honiara", "an
officer speaking …": extract/sourcetidy.py); the outlet's own body under the short form of its name ("the
Commission" of the "… Commission for Human Rights") is the outlet's voice (extract/ownname.py).
The type comes from the lexicon (extract/lexicon.py, assets/lexicons/sources.json), or for an unlisted name from
the noun the text puts after it ("the X militia", extract/kindnoun.py).
Stance (GUIDELINES.md, Conventions): disputed when the writer casts doubt
(extract/stance.py; "finds no support for that account" too, extract/nosupport.py, but not another party's silence,
"Cambodia has not confirmed the loss", extract/partysilence.py; a correction's "we wrongly reported that 250 …" too; "Neither side offers evidence", the
writer's own count after it excepted: extract/stance.py own_clause_after), or a later paragraph opens by doubting this
claimant's figures ("The government's figures could not be checked.", extract/aheadstance.py), or a paragraph opening
"Neither account could be checked." follows the two accounts, or the next sentence says "Both statements are untrue."
(extract/accountdoubt.py), or a later sentence doubts witnesses' accounts ("the refugees' accounts could not be
checked", extract/witnessdoubt.py) or one owner's figures ("against taking the army's statements at face value",
"Nobody has been able to verify it" after "X's figure", extract/facevalue.py); confirmed when the verb nearest the number is
confirm/verify/document/record (the outlet's own "we recorded" too) or the
count "has been confirmed", or a sentence before vouches for the figures that follow ("…, which have been
confirmed against service records, are as follows."), or the report's method vouches for each of its own
counts ("Each incident is confirmed by two monitors", extract/methodvouch.py); a breakdown ("Of these, 902 …",
"231 of the dead") of a count the outlet's own people documented just before is confirmed too; claimed for any other named claimant or a
hedged own voice ("reportedly"); asserted for the voice of the outlet or a reader. A counter-figure in
the next sentence ("Real toll is in the hundreds.") disputes another's figure, not the writer's own.
Headlines are always the outlet's (extract/headlines.py): claimed if hedged ("Claims:", "X Says"),
else asserted; a headline of ";" clauses is judged clause by clause, and a
quoted article's title in a "Source:" line as a headline.
Who makes the claim, from the sentence's cues, is extract/claimantof.py's.
"""

from __future__ import annotations

import re

from extract.bookreview import author_type, reviewed_author
from extract.citedbooks import book_author, cites_author
from extract.claimantshape import people_type, tidy_claimant
from extract.context import SentenceContext
from extract.cues import DEFINITE, SELF, is_confirm_verb
from extract.courtvoice import court_finding_before, judge_finds
from extract.cuetails import APPEAL_VERBS
from extract.docheads import figures_owner, heading_at
from extract.eyewitness import SIGHTING_VERBS, reporters_saw
from extract.factchecks import checked_figure_source
from extract.facevalue import owner_doubted_later
from extract.findings import found_with_documented
from extract.headlines import bare_group, typed_by_role
from extract.hedges import HEDGE as _HEDGE, HEDGE_KEYS as _HEDGE_KEYS, hedged as _hedged  # noqa: F401 (tests)
from extract.introduced import introduced_type
from extract.judgments import party_owner
from extract.kindback import kind_named_before
from extract.kindnoun import kind_noun_type
from extract.methodvouch import method_vouched
from extract.lexicon import canonical_source, clean_name, expand_acronym, lookup, type_of
from extract.ownerdoubt import owns_doubted
from extract.ownedfigures import figure_owner_before_colon, owner_of_figure
from extract.ownernext import owner_named_next
from extract.ownissues import own_issue
from extract.ownsighting import own_sighting_before
from extract.ownteam import own_count_verb, own_people, own_witness_after
from extract.ownkind import names_own_document
from extract.ownname import short_name_of
from extract.ownedition import edition_claim, superseded_before
from extract.pipecolumns import column_attribution, column_source
from extract.paralabel import row_label
from extract.persontitle import TITLE_WORDS, title_dropped
from extract.nearby import Handle, antecedent, lead_type, own_count_confirmed_before
from extract.neitherdoubt import owner_key
from extract.records import Quantity
from extract.retracted import ours_denied, own_piece, retracted
from extract.seatnames import seat_dropped
from extract.rx import guarded
from extract.sentencefacts import Attribution, SentenceFacts, owners_doubted, sentence_facts, turn_of, vouched
from extract.sourcenames import agency_name, documents_owner
from extract.spokesbody import armed_body_of_spokesman, armed_spokesman_type, body_of_spokesman
from extract.surnames import full_name
from extract.sourcetidy import describes_the_count, narrowed_source
from extract.stance import EARLIER_FIGURE, ONE, disputed_after, is_breakdown
from extract.toohigh import doubted_as_too_high
from extract.voice import OWN_STAFF, RELATIVE, display
from extract.witnessdoubt import witness_doubted
from extract.writtenrecords import built_from_records_before, own_records_before, written_account
from extract.wordset import words_of
from extract.claimantof import claimant as _claimant, quoted_at as _quoted_at

__all__ = ["Attribution", "attribute", "canonical_source"]


_OUTLET_ROLE = guarded(r"\b(?:outlet|newspaper|news\s+site|news\s+website|broadcaster|news\s+agency|magazine|"
                          r"daily|weekly|news\s+portal)\b", re.I)


def attribute(ctx: SentenceContext, q: Quantity) -> Attribution:
    """Source, source type and stance of the claim made by `q` in its sentence."""
    facts = sentence_facts(ctx)
    pos, end = q.char_start - facts.start, q.char_end - facts.start
    if facts.fixed is not None:  # a headline, or an excerpt's Source line: the same for every number, but a figure
        # denied ("…, not 80 as we reported", extract/retracted.py)
        fixed = facts.fixed
        return Attribution(fixed.source, fixed.source_type, "disputed") if facts.retracting and retracted(
            ctx, facts.sentence, pos, end) else fixed
    voice, voice_type, kind, sentence = facts.voice, facts.voice_type, facts.kind, facts.sentence
    if facts.clauses:  # a headline of clauses ("Strike kills 28; Lebanon says 37 children among dead")
        return next((a for start, stop, a in facts.clauses if start <= pos < stop), facts.clauses[-1][2])
    if "|" in sentence and (column := column_source(ctx, q.char_start)):
        return column_attribution(ctx, column)  # "Deaths | 35 | 52" under a header of sources (pipecolumns.py)
    name, verb = _claimant(ctx, facts, pos, end)
    if name is None and (head := heading_at(ctx, q.char_start)) is not None:  # a passage under a heading naming its
        if head.excerpt:  # author, a catalogue item's sender, a relayed signal (extract/docheads.py)
            return Attribution(head.source, "wire_or_outlet", "disputed" if head.disputed else "asserted")
        name, verb = figures_owner(sentence, pos) or head.source, "gives"
        facts_doubted = head.disputed
    else:
        facts_doubted = False
    if name is None and ":" in sentence and (row := row_label(sentence, pos)) is not None:
        name, verb = row  # "- Government (May): 400 killed": a key-figures box row labelled by its source (paralabel.py)
    if name is None and facts.judged:
        name = party_owner(sentence, pos)  # "The prosecution's figure of 52 dead was not proved" (judgments.py)
    if name is None and facts.kind in ("body", "update"):
        name = owner_of_figure(ctx, sentence[pos:end]) or figure_owner_before_colon(sentence, pos)  # "…; the count of
        # 123,000 refugees is theirs", "The government's figure … : 338 killed." (ownedfigures.py)
        name = name or owner_named_next(ctx)  # "… 36 dead. That figure was put out by the city …" (ownernext.py)
    elif name and facts.retracting and facts.kind == "body" and own_piece(ctx, name):
        name = owner_named_next(ctx) or name  # a correction's "Monday's story said 150 … . That figure came from a
        # community leader …": the leader's figure, the paper's story only relayed it (retracted.py, ownernext.py)
    if name is None and facts.kind == "body":
        name = reviewed_author(ctx.text)  # a book review recounts the book: its author's claims (bookreview.py)
    if facts.claimed_by and (name is None or not lookup(name)):
        name = facts.claimed_by  # a fact-check's "CLAIM: A post by @X says …": the poster's, unless it relays a
        # listed source ("… says the UN counted 300") (extract/factchecks.py)
    edition_corrected = False
    if name and (edition := edition_claim(name, sentence, end)) is not None:  # "Our May bulletin gave 474, the army's
        name, edition_corrected = edition  # figure", "the first pressing of these notes said 600, and we have
        if name and name.casefold() in DEFINITE:  # corrected it" (extract/ownedition.py)
            name = antecedent(ctx, like=name) or name  # ("the army": the army named before, "the Indian Army")
        elif name is None:
            verb = None  # (the outlet's own word, as it gave it: asserted, unless corrected)
    in_sentence = pos < facts.doubt_reach or (facts.counter and disputed_after(sentence, end))
    denied = facts.retracting and retracted(ctx, sentence, pos, end)  # a correction quoting its own figure to
    # correct it (extract/retracted.py)
    if name and facts.retracting and ((denied and ours_denied(sentence, pos, end)) or own_piece(ctx, name)):
        name, verb, denied = None, None, True  # "The commission counted 150, not 50 as we reported", a correction
        # notice's "An article on Tuesday … . It said 21": the outlet's own earlier figure, disputed (retracted.py)
    superseded = superseded_before(sentence, pos)  # "An earlier version of this story, citing X, said 16": replaced
    if superseded and name and ("version" in name or "edition" in name or "draft" in name):  # since (ownedition.py)
        name = verb = None  # (no X cited: the story's own earlier figure, in the outlet's voice)
    doubted_around = facts.doubted and (not facts.doubt_owner or (not facts.doubt_owner.endswith(ONE) and owns_doubted(
        name, facts.doubt_owner)))  # ("The government's figures could not be verified.": the government's claims
    # only, extract/ownerdoubt.py; "The government's figure ...": its toll, extract/tolldoubt.py)
    disputed = doubted_around or in_sentence or denied or facts_doubted or edition_corrected or superseded
    if facts.yours_doubted and (not name or name.casefold() == "you"):
        disputed = True  # "You wrote that … . Perhaps; but … Either your figure is wrong": the paper's own figure
    # Doubted only by the next sentence's counter-figure ("Real toll is in the hundreds."): that disputes someone
    # else's figure, not one the writer gives in its own voice ("My uncle's village was burned, 40 houses.").
    own_count_stands = facts.countered and not in_sentence and not denied and not _quoted_at(sentence, pos)
    # (a quote is another's)
    turn = turn_of(ctx, facts) if (name is None or not name.strip() or name.casefold() in SELF
                                 or OWN_STAFF.match(name)) else None
    if turn is None and (verb == ":" or _in_label(sentence, name)) and (
            label := turn_of(ctx, facts)) is not None and label.start == ctx.start:
        name, turn = None, label  # "WITNESS: I know of 114 dead.": the label opens the turn of the person it stands
        # for ("WITNESS: Jane Roe, 41." before, extract/speakers.py), not a claimant "Witness" of its own; nor is
        # a phone-in caller's place in the tag ("Aisha, Manningham: said …", extract/callertags.py) the claimant
    if turn is not None and not (name and canonical_source(name).casefold() in facts.voice_keys):
        # In a speaker's turn ("SAMAE: we have documented …", "Mr. Rowlands: Six ships were lost"), what nobody
        # else in the sentence claims is the speaker's, and "we" is the speaker's side.
        confirmed = (verb and is_confirm_verb(verb)) or _confirmed_after(sentence, end) or vouched(ctx, facts) or (
            _confirmed_before(sentence, pos))  # "the number of confirmed dead is 65": the speaker's confirmed count
        # (the speaker's own next sentence raising their count, "The true figure is higher.", doubts it no more
        # than the writer's own does)
        doubted = disputed and not (own_count_stands and not _hedged(sentence, pos, end))
        stance = "disputed" if doubted else "confirmed" if confirmed else "claimed"
        return Attribution(turn.speaker, turn.source_type, stance)
    if name is None or not name.strip() or canonical_source(name).casefold() in facts.voice_keys or (
            name.isupper() and canonical_source(expand_acronym(ctx.text, name)).casefold() in facts.voice_keys) or (
            # ("SRW has confirmed 41" in a release of "Sudd Rights Watch (SRW)": its own short name)
            facts.kind == "body" and own_issue(ctx.text, name)) or (  # "Communique No. 5 gave …" in No. 6 (ownissues.py)
            short_name_of(name, facts.voice)) or (  # "the Commission" of the "… Commission for Human Rights" (ownname.py)
            names_own_document(ctx.text, name)):  # "The survey recorded 54" in a "Survey report" (ownkind.py)
        if disputed and not (own_count_stands and not verb and not _hedged(sentence, pos, end)):
            if kind == "body" and (checked := checked_figure_source(ctx, sentence[pos:end])):
                return Attribution(checked, type_of(checked), "disputed")  # a fact-check doubting the claim's
                # figure in its own words: the claim line's (extract/factchecks.py)
            stance = "disputed"
        elif facts.judged or (facts.court and court_finding_before(sentence, words_of(sentence), pos)):
            stance = "confirmed"  # a court's finding of fact in its judgment (extract/judgments.py), or in its own
            # summary of it ("The Chamber is satisfied that …", extract/courtvoice.py)
        elif ((verb and is_confirm_verb(verb)) or _confirmed_after(sentence, end) or vouched(ctx, facts)
              or own_witness_after(sentence, end)  # ("…, as our reporter saw": extract/ownteam.py)
              or own_sighting_before(sentence, pos)):  # ("books inspected by our delegates list 208": ownsighting.py)
            stance = "confirmed"
        elif (verb and verb.casefold() not in APPEAL_VERBS) or _hedged(sentence, pos, end):
            stance = "claimed"  # (the outlet's own appeal, "We have appealed for $3.5 million", is its own word)
        elif kind != "comment" and is_breakdown(sentence, pos, end) and own_count_confirmed_before(ctx):
            stance = "confirmed"  # "Our researchers documented 1,412 killings. Of these, 902 were …"
        elif facts.issued:
            stance = "claimed"  # (a statement quoted in full: its issuer's claim)
        else:
            stance = "confirmed" if _own_method_vouches(ctx, facts) else "asserted"
        return Attribution(voice, voice_type, stance)
    if verb and is_confirm_verb(verb) and written_account(name):
        verb = "says"  # "The harbour master's log records 30 drowned": its writer's word (extract/writtenrecords.py)
    name = tidy_claimant(name)  # "the witness A. Saidov", "the city's crisis staff" (extract/claimantshape.py)
    if (listed := kind_named_before(name, sentence, max(0, sentence.find(name)))) is not None:
        name = listed  # "The hospital run by MSF …, the aid group said": the body named before (extract/kindback.py)
    if not TITLE_WORDS.isdisjoint(name.split(None, 2)[:2]):
        name = title_dropped(name)  # "The defendant Ali Hassan al-Majid" (extract/persontitle.py)
    source = documents_owner(body_of_spokesman(expand_acronym(ctx.text, clean_name(name))))  # (extract/sourcenames.py)
    source = armed_body_of_spokesman(source, ctx.text)  # "Fatah al-Islam's spokesman" of "the militant group …"
    source = book_author(source, ctx.text) or source  # "Cooper's Air War in Asia (2019)": Cooper (citedbooks.py)
    source = narrowed_source(source)  # "a spokesman for the rival X", "the Red Cross in Honiara" (sourcetidy.py)
    source = seat_dropped(source)  # "the Eastern Karen Relief Committee in Mae Sot" (seatnames.py)
    if kind == "comment" and RELATIVE.match(source):
        return Attribution(voice, voice_type, "disputed" if disputed else "claimed")  # "my cousin says …"
    if facts.lettered and source.casefold() == "you":  # a letter's "You wrote that …": the paper's own figure
        return Attribution(ctx.outlet, "publication", "disputed" if disputed else "asserted")  # (extract/letters.py)
    if source.casefold() in SELF or (kind != "comment" and (OWN_STAFF.match(source) or own_people(source, ctx.outlet))):
        # "we", "our correspondent"; "our team counted", "we recorded": the outlet's own documented count (and a
        # mission's "the team counted" in its own report, extract/ownteam.py)
        own = ("disputed" if disputed and not own_count_stands
               else "confirmed" if verb and (is_confirm_verb(verb) or (own_count_verb(verb) and voice_type == "publication"))
               else "claimed" if facts.issued else "confirmed" if _own_method_vouches(ctx, facts) else "asserted")
        return Attribution(voice, voice_type, own)
    if isinstance(name, Handle):
        hit = lookup(source)
        stype = hit[1] if hit else "social_media"  # a signature is an account unless listed
    else:
        stype = type_of(source, in_comment=kind == "comment")
        role = getattr(name, "role", "")
        if role and describes_the_count(role):
            role = ""  # "…, according to the hospital, all of them civilians" (extract/sourcetidy.py)
        if role and not lookup(source) and not source.startswith("@") and typed_by_role(role) and not (
                stype != "official" and bare_group(role)):  # (the Civil Rights Monitor, "a Nigerian group": monitor)
            stype = type_of(role)  # "Hassan Omar, a village elder": typed by the apposition (a handle is a named
            # account whatever the apposition calls it: "@x, a pro-government account" stays social_media)
            if stype == "official" and "spokes" in role:
                stype = armed_spokesman_type(role, ctx.text) or stype  # "A Renamo spokesman, Afonso Mutumbo,"
        elif role and not lookup(source) and _OUTLET_ROLE.search(role):
            stype = "wire_or_outlet"  # "Mediazona, an independent Russian outlet"
        elif _BARE_ROLE.match(source) and not lookup(source):
            stype = lead_type(ctx) or stype  # "The banned X Army rejected … . A spokesman said …": X's spokesman
        if stype == "official" and not role and not lookup(source):
            stype = (introduced_type(ctx.text, source) or people_type(source) or kind_noun_type(ctx.text, source)
                     or author_type(ctx.text, source) or armed_spokesman_type(source, ctx.text) or stype)  # "Tutela Legal, the … rights office," (introduced.py)
            # (a reviewed book's author: a researcher, extract/bookreview.py; "A Kamuina Nsapu spokesman" of the
            # "Kamuina Nsapu militia": armed_group, extract/spokesbody.py)
    if stype == "official" and " " not in source and cites_author(ctx.text, source) and not lookup(source):
        stype = "monitor"  # "Cooper's Air War (2019)", "Anderson, The Long War (1981)": a researcher (citedbooks.py)
    if disputed or _owner_of(source, owners_doubted(ctx, facts)) or (
            facts.neither_owner and owner_key(source) == facts.neither_owner) or witness_doubted(ctx, source) or (
            owner_doubted_later(ctx, source)) or (  # "… taking the army's statements at face value" (facevalue.py)
            doubted_as_too_high(ctx, source, sentence, end)):  # ("the Finnish figure is thought too high": toohigh.py)
        stance = "disputed"  # (or "The government's figures could not be checked." opening a later paragraph)
    elif ((verb and (is_confirm_verb(verb) or (verb in SIGHTING_VERBS and reporters_saw(sentence, pos)))) or (
            _confirmed_after(sentence, end) or vouched(ctx, facts) or found_with_documented(verb, sentence, pos)
            or own_records_before(sentence, pos) or built_from_records_before(sentence, pos)
            or judge_finds(source, verb))) and not (  # (a court's finding:
            # courtvoice.py)  # ("… notes that its own records show 48": writtenrecords.py)
            "from" in sentence[max(0, pos - 16):pos] and EARLIER_FIGURE.search(sentence, max(0, pos - 16), pos)):
        stance = "confirmed"  # (not the figure it replaces: "now confirm 22 dead, up from 18", claimed)  # (reporters who saw the dead: extract/eyewitness.py; "…, and found that": findings.py)
    else:
        stance = "claimed"
    named = full_name(agency_name(source), ctx.text, ctx.start)  # ("Enanga", "Mr Enanga": the "Fred Enanga" named
    # before, extract/surnames.py)
    if named != source and stype == "official" and not lookup(source):
        stype = introduced_type(ctx.text, named) or stype  # ("Fred Roe, a resident, …": typed where first named)
    return Attribution(display(named), stype, stance)


def _in_label(sentence: str, name: str | None) -> bool:
    """Whether a claimant stands in the label opening its sentence, before the label's colon ("Aisha, Manningham: said")."""
    if not name or ": " not in sentence[:120]:
        return False
    at = sentence.find(name)
    return 0 <= at < sentence.find(": ")


def _own_method_vouches(ctx: SentenceContext, facts: SentenceFacts) -> bool:
    """Whether the report's own method says each of its counts is confirmed ("Each incident is confirmed by two
    monitors", extract/methodvouch.py): its figures in the outlet's own voice, in its body, are confirmed."""
    return facts.voice_type == "publication" and facts.kind in ("body", "update") and method_vouched(ctx)


def _owner_of(source: str, owners: frozenset[str | None]) -> bool:
    """Whether a claimant is one of `owners` ("government" for "Algerian government", or for an interior minister:
    extract/ownerdoubt.py; None, an owner not named, is no one's)."""
    return any(owner and owns_doubted(source, owner) for owner in owners)


# "19 have been confirmed dead", "12 were verified as civilians": the count itself is said to be confirmed.
_CONFIRMED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:have|has|had|were|was|are|is)\s+(?:been\s+)?(?:independently\s+)?"
                              r"(?:confirmed|verified|documented|recorded)\b(?!\s+(?:responsibility|that|the\b))", re.I)
_CONFIRMED_KEYS = frozenset({"confirmed", "verified", "documented", "recorded"})  # one is a word of every match


def _confirmed_after(sentence: str, end: int) -> bool:
    """_CONFIRMED_AFTER.match(sentence, end), with a cheap test first: one of its last words in the sentence."""
    return not _CONFIRMED_KEYS.isdisjoint(words_of(sentence)) and _CONFIRMED_AFTER.match(sentence, end) is not None


# "the number of confirmed dead is 65", "confirmed deaths now stand at 40": the count named as confirmed before it.
_CONFIRMED_BEFORE = re.compile(r"\bconfirmed\s+(?:dead|deaths|fatalities)\s+(?:(?:now\s+)?(?:is|are|was|were|stands?\s+at|"
                               r"stood\s+at|has\s+risen\s+to|rose\s+to|reached)\s+)(?:(?:at\s+least|about|some)\s+)?$",
                               re.I)


def _confirmed_before(sentence: str, pos: int) -> bool:
    """_CONFIRMED_BEFORE right before the number at `pos` (the 40 characters before it), "confirmed" in the
    sentence first."""
    return "onfirmed" in sentence and _CONFIRMED_BEFORE.search(sentence, max(0, pos - 40), pos) is not None


# --------------------------------------------------------------------------- voice


# A spokesman or commander named without the body he speaks for ("a spokesman using the name X said").
_BARE_ROLE = re.compile(r"(?:spokesm[ae]n|spokeswoman|spokesperson|commanders?|representatives?)\b(?!\s+(?:for|of)\b)",
                        re.I)
