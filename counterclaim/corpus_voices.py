"""The voices of the synthetic corpus: how each fictional outlet words a report.

Each voice has its own vocabulary, qualifiers and attributions; the numbers
come in already bent by counterclaim.corpus. Templates are Python format
strings over the fields built in `_fields`.
"""

from __future__ import annotations

import random
from datetime import date

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Qualifier styles each voice prefers: (style, weight).
STYLES = {
    "state": [("exact", 6), ("approx", 2), ("at_least", 2)],
    "opposition": [("at_least", 4), ("exact", 3), ("vague", 2), ("approx", 1), ("plus", 1)],
    "monitor": [("exact", 8), ("at_least", 2)],
    "wire": [("at_least", 5), ("exact", 2), ("approx", 2), ("at_most", 2)],
    "blog": [("exact", 3), ("at_least", 2), ("approx", 2), ("at_most", 1), ("vague", 1)],
    "social": [("exact", 2), ("at_most", 3), ("vague", 3), ("plus", 2)],
    "local": [("at_least", 3), ("exact", 3), ("approx", 2), ("range", 2)],
}


HEDGED = {"killed", "wounded", "troops", "fighters", "displaced", "detained", "barrels", "shells"}


def number(v: int, rng: random.Random, *, words: bool = True) -> str:
    if words and v <= 12 and rng.random() < 0.5:
        return WORDS[v]
    return f"{v:,}"


def count(v: int, style: str, rng: random.Random) -> str:
    """`v` as a voice would write it: "at least 12", "nearly 20", "dozens", "between 30 and 35"."""
    n = number(v, rng)
    if style == "at_least":
        return rng.choice(("at least {}", "more than {}", "no fewer than {}", "at least {}")).format(n)
    if style == "approx":
        return rng.choice(("about {}", "around {}", "some {}", "an estimated {}", "roughly {}")).format(n)
    if style == "at_most":
        return rng.choice(("nearly {}", "almost {}", "up to {}")).format(n)
    if style == "plus" and v >= 10:
        return f"{v}+"
    if style == "vague":
        if v < 24:
            return rng.choice(("nearly {}", "almost {}")).format(n)
        return ("thousands" if v >= 2000 else "hundreds" if v >= 200 else "scores" if v >= 40 else "dozens") + " of"
    if style == "range" and v >= 8:
        lo = max(1, v - rng.randint(2, 1 + v // 5))
        return rng.choice(("between {} and {}", "{} to {}")).format(lo, v)
    return n


def when(event: date, pub: date, rng: random.Random) -> str:
    """The event day as a report published on `pub` would name it."""
    delta = (pub - event).days
    if delta == 0:
        return rng.choice(("today", f"on {DAYS[event.weekday()]}", "this morning", "earlier today"))
    if delta == 1:
        return rng.choice(("yesterday", f"on {DAYS[event.weekday()]}", "yesterday evening"))
    if delta < 7:
        return f"on {DAYS[event.weekday()]}"
    return f"on {event.day} {event:%B}"


PERP = {  # who did it, as each voice says it
    "neutral": {"regime": "Syrian government warplanes", "russia": "Russian warplanes", "isis": "Islamic State",
                "rebels": "rebel groups"},
    "state": {"regime": "the Syrian Arab Air Force", "russia": "friendly Russian aircraft",
              "isis": "Daesh terrorists", "rebels": "terrorist groups"},
    "opposition": {"regime": "Assad regime warplanes", "russia": "Russian occupation jets",
                   "isis": "ISIS", "rebels": "the factions"},
}
ATTRIB = ["the Syrian Observatory for Human Rights said", "according to activists", "state media reported",
          "local activists said", "the Syrian Civil Defence said", "according to the Local Coordination Committees",
          "a medical source said", "the Orontes Casualty Monitor said"]
CONTEXT = [
    "The war, now in its {year_of_war} year, has killed more than {total} people since 2011.",
    "The area lies about {km} km from the nearest front line.",
    "{Gov} province has seen some of the heaviest fighting since 2012.",
]
CONTEXT_2016 = ["The UN Security Council resolution 2254, adopted in December 2015, called for a ceasefire.",
                "Fighting has intensified since the collapse of the February truce."]
CONTEXT_ATTACK = [
    "Residents said the attack came at about {hour}:{minute:02d} local time, when the streets were crowded.",
    "Among the victims was a {age}-year-old boy, relatives said.",
    "Rescue workers were still digging through the rubble by nightfall.",
]
ATTACKS = {"airstrike", "barrel", "bombing", "shelling"}


def _fields(voice: str, inc, values: dict[str, int], pub: date, rng: random.Random) -> dict[str, str]:
    styles, weights = zip(*STYLES[voice])
    f = {k: count(v, rng.choices(styles, weights=weights)[0] if k in HEDGED else "exact", rng)
         for k, v in values.items()}
    f.update({k + "_n": f"{v:,}" for k, v in values.items()})
    if "children" in values:
        f["children"] = "one child" if values["children"] == 1 else f"{number(values['children'], rng)} children"
    perps = PERP.get(voice, PERP["neutral"])
    war_year = pub.year - 2011 + (1 if pub.month >= 3 else 0)
    f.update(place=inc.place, area=inc.area, gov=inc.governorate, Gov=inc.governorate, when=when(inc.day, pub, rng),
             perp=perps[inc.perp], Perp=perps[inc.perp][0].upper() + perps[inc.perp][1:],
             day=DAYS[inc.day.weekday()], dateline=f"{pub.day} {pub:%B %Y}",
             year_of_war=["fourth", "fifth", "sixth", "seventh"][min(max(war_year - 4, 0), 3)],
             total=f"{rng.choice((200, 220, 250)) if pub.year == 2015 else rng.choice((250, 270, 300, 400, 470))},000",
             hour=rng.randint(6, 11), minute=rng.choice((5, 15, 30, 40, 50)), age=rng.randint(3, 15),
             km=rng.randint(3, 40), attrib=rng.choice(ATTRIB))
    return f


# (voice, kind) -> (titles, leads); "*" matches any kind. Body text after the lead is added per voice below.
LEADS: dict[tuple[str, str], tuple[list[str], list[str]]] = {
    ("state", "airstrike"): (
        ["Army air force destroys terrorist positions in {place} countryside",
         "Air force strikes Jabhat al-Nusra gatherings near {place}"],
        ["Units of the Syrian Arab Air Force destroyed {vehicles} vehicles equipped with machine guns and killed "
         "{killed} terrorists in {place} {when}, a military source told Barada National Television.",
         "The air force carried out precise strikes on terrorist dens in {area}, {place}, {when}, killing "
         "{killed} terrorists and destroying their weapons, a military source said."]),
    ("state", "barrel"): (
        ["Army continues operations against terrorist dens in {place}"],
        ["Army units killed {killed} terrorists in {place} {when} and destroyed a tunnel used by armed groups, "
         "a military source said. The source denied reports circulated by hostile channels about civilian deaths."]),
    ("state", "bombing"): (
        ["Terrorist bombings kill {killed_n} citizens in {place}", "{killed_n} martyrs in terrorist attack in {place}"],
        ["{killed} citizens were martyred and {wounded} others injured {when} when Daesh terrorists detonated "
         "{bombs} explosive devices in {area} in {place}, the Health Ministry said.",
         "A terrorist bombing in {area}, {place}, claimed the lives of {killed} citizens {when}. The Governor of "
         "{gov} said {wounded} people were wounded and taken to hospitals."]),
    ("state", "shelling"): (
        ["Terrorist rocket shells kill {killed_n} civilians in {place}"],
        ["{killed} civilians were martyred and {wounded} injured {when} when terrorist groups fired {shells} "
         "rocket shells on {area} in {place}, a source at the police command said."]),
    ("state", "clashes"): (
        ["Army kills scores of terrorists near {place}", "Army restores security to areas near {place}"],
        ["Army units killed {fighters} terrorists and destroyed {vehicles} of their vehicles in {area} near "
         "{place} {when}, a military source told Barada National Television.",
         "The army, backed by the National Defence Forces, repelled an attack by {perp} on {place} {when}, "
         "killing {fighters} terrorists, the general command said."]),
    ("opposition", "airstrike"): (
        ["Massacre in {place}: {killed_n} killed by {perp}", "{Perp} kill {killed_n} civilians in {place}"],
        ["{Perp} committed a new massacre in {area}, {place}, {when}, killing {killed} civilians, among them "
         "{children}, and wounding {wounded}, our correspondent said.",
         "{killed} civilians were killed and {wounded} wounded {when} when {perp} launched {strikes} raids "
         "on {area} in {place}, the Civil Defence told Free Levant Channel."]),
    ("opposition", "barrel"): (
        ["{barrels_n} barrel bombs on {place}: {killed_n} dead", "Regime helicopters drop barrel bombs on {place}"],
        ["Regime helicopters dropped {barrels} barrel bombs on {area} in {place} {when}, killing {killed} "
         "civilians including {children}, activists told Free Levant Channel.",
         "{killed} people were killed in {place} {when} as the regime dropped {barrels} barrel bombs on "
         "residential neighbourhoods, our correspondent reported."]),
    ("opposition", "bombing"): (
        ["Explosions hit regime-held {place}"],
        ["Explosions hit {area} in regime-held {place} {when}. Regime media said {killed} people were killed; "
         "ISIS claimed responsibility in a statement on its Amaq agency."]),
    ("opposition", "clashes"): (
        ["Rebels destroy {tanks_n} regime tanks near {place}", "Heavy regime losses on the {place} front"],
        ["Revolutionaries destroyed {tanks} regime tanks and killed {troops} soldiers and militiamen in "
         "{area} near {place} {when}, a commander told Free Levant Channel.",
         "The Free Syrian Army said it killed {troops} regime troops and destroyed {tanks} tanks with guided "
         "missiles in {area} {when}, repelling an attempt to advance on {place}."]),
    ("opposition", "displacement"): (
        ["Thousands flee {place} under bombardment"],
        ["{displaced} people have fled {place} since {when} under intense bombardment by {perp}, local "
         "councils told Free Levant Channel, and {families} families are sleeping in the open."]),
    ("opposition", "detentions"): (
        ["Regime arrests {detained_n} in raids on {place}"],
        ["Regime security forces arrested {detained} young men in raids on {area} in {place} {when} to force "
         "them into military service, activists said."]),
    ("monitor", "*"): (
        ["{place}: the Monitor documents {headline}", "Documented: {headline} in {place}"],
        ["The Orontes Casualty Monitor confirmed that {body} in {place} ({gov}) {when}. {names}",
         "{Body} in {place} {when}, according to a documented count by the Orontes Casualty Monitor. {names}"]),
    ("wire", "*"): (
        ["{Headline} in Syria's {place}, {says}", "Syria: {headline} in {place}"],
        ["{PLACE}, Syria, {dateline} (Meridian) - {Body} in {place} {when}, {attrib}."]),
    ("social", "*"): (
        ["{tweet_title}"],
        ["{tweet}"]),
    ("local", "*"): (
        ["{place}: {headline}", "{Headline} in {place}"],
        ["Our correspondent in {place} reported that {body} {when}. {blame}"]),
}

# Per kind, the short forms used by the generic voices: headline, body (what happened).
EVENT = {
    "airstrike": ("{killed_n} killed in air strikes",
                  "air strikes by {perp} killed {killed} people, including {children}, and wounded "
                  "{wounded} in {area}"),
    "barrel": ("{barrels_n} barrel bombs, {killed_n} dead",
               "{barrels} barrel bombs dropped by government helicopters killed {killed} people in {area}"),
    "bombing": ("{killed_n} killed in bombings",
                "{bombs} explosions claimed by Islamic State killed {killed} people and wounded {wounded} in {area}"),
    "shelling": ("rebel shelling kills {killed_n}",
                 "{shells} shells fired by rebel groups killed {killed} civilians and wounded {wounded} in {area}"),
    "clashes": ("{tanks_n} tanks destroyed in clashes",
                "fighting killed {troops} government soldiers and {fighters} {enemy} fighters, and {tanks} tanks "
                "were destroyed in {area}"),
    "displacement": ("{displaced_n} displaced",
                     "{displaced} people, or about {families} families, were displaced from {area}"),
    "detentions": ("{detained_n} detained", "security forces detained {detained} people in {area}"),
}
SAYS = ["monitor says", "activists say", "state media says", "rescuers say"]


def write(voice: str, outlet: str, inc, values: dict[str, int], pub: date, rng: random.Random, *,
          stage: int = 0, previous: int | None = None) -> tuple[str, str]:
    """(title, text) of one report of `inc` by the outlet speaking in `voice`."""
    if voice == "blog":
        return _blog(inc, values, pub, rng)
    f = _fields(voice, inc, values, pub, rng)
    headline, body = EVENT[inc.kind]
    f["enemy"] = "Islamic State" if inc.perp == "isis" else "rebel"
    f["headline"] = headline.format(**f)
    f["Headline"] = f["headline"][0].upper() + f["headline"][1:]
    f["body"] = body.format(**f)
    f["Body"] = f["body"][0].upper() + f["body"][1:]
    f["PLACE"] = inc.place.upper()
    f["blame"] = f"{f['Perp']} carried out the attack, local people said." if inc.kind in ATTACKS else ""
    f["says"] = rng.choice(SAYS)
    f["names"] = rng.choice(("The names of the victims are listed in our database.",
                             "The Monitor verified each death with relatives and medical staff.",
                             "Documentation of the victims' names is ongoing.")) if inc.kind in ATTACKS else ""
    tweet = _tweet(inc, f, rng)
    f["tweet"] = tweet
    f["tweet_title"] = tweet.split(". ")[0][:90]
    titles, leads = LEADS.get((voice, inc.kind)) or LEADS.get((voice, "*")) or LEADS[("wire", "*")]
    title = rng.choice(titles).format(**f)
    text = rng.choice(leads).format(**f)
    if stage > 0 and previous is not None:
        title = f"Death toll in {inc.place} rises to {values['killed']:,}"
        update = (f"The death toll from {f['day']}'s attack in {inc.place} rose to "
                  f"{count(values['killed'], 'at_least', rng)}, {rng.choice(ATTRIB)}, up from {previous:,} reported "
                  f"earlier. ")
        head, sep, rest = text.partition("(Meridian) - ")
        text = head + sep + update + rest if sep else update + text
    text = text[0].upper() + text[1:]
    if voice not in ("social",):
        pool = CONTEXT + (CONTEXT_ATTACK if inc.kind in ATTACKS else []) + (CONTEXT_2016 if pub.year == 2016 else [])
        text = text.rstrip() + " " + " ".join(c.format(**f) for c in rng.sample(pool, rng.randint(1, 2)))
        if voice == "wire" and inc.kind in ("airstrike", "barrel") and rng.random() < 0.5:
            other = max(1, round(values.get("killed", 10) * rng.uniform(0.3, 0.6)))
            text += f" State media gave a lower toll of {number(other, rng)}, saying those killed were militants."
    return title, f"{title}\n\n{text}\n"


def _tweet(inc, f: dict[str, str], rng: random.Random) -> str:
    tag = "#" + inc.place.replace(" ", "").replace("-", "")
    head = rng.choice(("BREAKING:", "URGENT:", "Update:", ""))
    return (f"{head} {tag} {f['headline']} in {inc.area} {f['when']}. "
            f"{rng.choice(('Toll expected to rise.', 'Pray for ' + inc.place + '.', 'Video soon.', 'RT pls'))} "
            f"(posted {f['hour']}:{f['minute']:02d})").strip()


COMMENTERS = ["Abu Karim", "Realist77", "Mike from Ohio", "Tartousi", "Hama_Girl", "Observer", "Sami K."]
COMMENTS = [
    "The real number in {place} is much higher, my cousin counted {more} bodies.",
    "State TV says only {fewer}. Lies as usual.",
    "Where is the UN? {more} dead and nobody cares.",
    "The pound is at {rate} in Latakia now, people cannot buy bread.",
    "Rebels lost {tanks} tanks there last month too, nobody reports that.",
    "No independent verification of any of these numbers. Be careful.",
]


def _blog(inc, values: dict[str, int], pub: date, rng: random.Random) -> tuple[str, str]:
    """A daily roundup quoting other outlets, then reader comments under a "Leave a Comment" line."""
    from counterclaim.corpus import syp_per_usd

    f = _fields("blog", inc, values, pub, rng)
    f["enemy"] = "Islamic State" if inc.perp == "isis" else "rebel"
    headline, body = EVENT[inc.kind]
    title = f"Levant Roundup, {pub:%B} {pub.day}: " + headline.format(**f).capitalize() + f" in {inc.place}"
    lines = [title, "", rng.choice((f"Claims and counter-claims from {inc.place} today.",
                                    f"We begin in {inc.place}, where the numbers depend on who you ask."))]
    main = values.get("killed") or values.get("tanks") or values.get("displaced") or values.get("detained")
    lines += ["", f"{rng.choice(('Activists say', 'Pro-opposition outlets report that', 'The Syrian Observatory for Human Rights says'))} "
              + body.format(**f) + f" {f['when']}."]
    if main:
        from counterclaim.corpus import rounded

        lo = max(1, round(main * rng.uniform(0.3, 0.8)))
        hi = round(main * rng.uniform(0.9, 1.2))
        lo, hi = (rounded(lo), rounded(hi)) if main >= 1000 else (lo, hi)
        lines.append(f"State outlets claimed {number(lo, rng)}, while a wire report put the figure at "
                     f"{count(hi, 'approx', rng)}.")
    if rng.random() < 0.5:
        lines.append(f"Economy: the Syrian pound traded at about {syp_per_usd(pub)} to the dollar on the black market.")
    lines += ["", "Leave a Comment", ""]
    for name in rng.sample(COMMENTERS, rng.randint(1, 3)):
        c = rng.choice(COMMENTS).format(place=inc.place, more=f"{round((main or 20) * rng.uniform(1.2, 2.0)):,}",
                                        fewer=f"{max(1, round((main or 20) * 0.4)):,}", rate=syp_per_usd(pub) + rng.randint(-5, 15),
                                        tanks=rng.randint(2, 9))
        lines += [name, f"{pub:%B} {pub.day}, {pub.year} at {rng.randint(1, 12)}:{rng.randint(0, 59):02d} pm", c, "Reply", ""]
    return title, "\n".join(lines).rstrip() + "\n"


RATE = {
    "wire": ("Syrian pound slides to {rate} per dollar",
             "DAMASCUS, {dateline} (Meridian) - The Syrian pound traded at about {rate} to the dollar on the black "
             "market {when}, traders said, against {official} at the central bank's official rate. The currency stood "
             "at 47:1 before the uprising in 2011."),
    "state": ("Central bank sets exchange rate at {official} pounds",
              "The Central Bank of Syria set the official rate at {official} Syrian pounds per US dollar {when}, and "
              "said it would sell {usd} million dollars to licensed exchange companies to support the pound."),
    "opposition": ("Pound collapses: {rate}:1", "The Syrian pound fell to {rate}:1 against the dollar in {city} "
                   "{when}, exchange dealers told Free Levant Channel, as the regime's reserves run dry. The regime's "
                   "official rate is {official}."),
    "blog": ("Levant Roundup: the pound at {rate}", "Economy watch: a dollar now buys {rate} Syrian pounds in {city} "
             "exchange shops, up from {before} a few months ago."),
    "social": ("#SYP {rate} in {city}", "#SYP black market rate in {city} today: {rate} per USD. Official: {official}."),
}


def write_rate(voice: str, outlet: str, rate: int, day: date, rng: random.Random) -> tuple[str, str]:
    """(title, text) of an exchange-rate report: Syrian pounds per US dollar."""
    rate += rng.randint(-6, 6)  # each market and each dealer quotes its own
    official = round(rate * rng.uniform(0.82, 0.95))
    before = round(rate * rng.uniform(0.7, 0.9))
    f = {"rate": rate, "official": official, "before": before, "usd": rng.choice((5, 10, 20, 50)),
         "when": rng.choice(("today", f"on {DAYS[day.weekday()]}")), "dateline": f"{day.day} {day:%B %Y}",
         "city": rng.choice(("Damascus", "Aleppo", "Latakia", "Idlib", "Hama", "Homs", "Qamishli"))}
    title, text = (s.format(**f) for s in RATE[voice])
    return title, f"{title}\n\n{text}\n"


__all__ = ["count", "number", "when", "write", "write_rate"]
