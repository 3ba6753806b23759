#!/usr/bin/env python3
"""Writes a seeded synthetic news corpus as analyze JSON Lines.

Each document is a short article assembled from sentence templates written for
factwire (quotes in several styles, reported speech, figures with units and
qualifiers, named and anonymous sources). The same seed gives the same bytes, so
runs are comparable.

Besides eight recurring people, speakers are drawn from a population of 4,000
generated names (surnames made of syllables), so a surname is a selective search
term whose hits grow with the archive, as a real name's would; topics are broad
terms that match a fixed share of claims.

Usage: gen_corpus.py [--mb 6 | --docs N] [--seed 7] > corpus.jsonl
"""
import argparse
import json
import random

PEOPLE = [("Elena", "Marsh", "Mayor"), ("Samuel", "Okafor", "Dr."),
          ("Ruth", "Delgado", "Councillor"), ("Maria", "Chen", "Chief Executive"),
          ("Tomas", "Berg", "Senator"), ("Aisha", "Rahman", "Minister"),
          ("Lucas", "Ferreira", "Cpl."), ("Nora", "Lindqvist", "Professor")]
ORGS = ["Harbor Watch", "the Port City Transit Authority", "the Ministry of Health",
        "Lakeshore University", "the National Weather Service", "the city council"]
THINGS = ["overdose deaths", "new homes", "bus trips", "hospital beds", "tonnes of grain",
          "jobs", "students", "acres of forest", "patients", "complaints"]
FIRST_NAMES = ["Ada", "Ben", "Carla", "Dev", "Eva", "Femi", "Gus", "Hana", "Ivan",
               "Jin", "Kofi", "Lena", "Milo", "Nia", "Omar", "Pia", "Raj", "Sol"]
TITLES = ["Mayor", "Dr.", "Councillor", "Senator", "Minister", "Professor", "Sgt.", "Chief"]
SYLLABLES = ["ka", "lo", "mer", "vin", "sa", "tor", "bel", "dun", "ri", "os", "fen",
             "gal", "hu", "jor", "ne", "pra", "quin", "sel", "ta", "vo"]


def population(size=4000, seed=1):
    """Generated (first, last, title) people; fixed, whatever the corpus seed."""
    rng = random.Random(seed)
    surnames = sorted({"".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
                       for _ in range(size * 2)})
    rng.shuffle(surnames)
    return [(rng.choice(FIRST_NAMES), last, rng.choice(TITLES)) for last in surnames[:size]]


POPULATION = population()
QUALS = ["about", "nearly", "more than", "at least", "less than", "roughly", "over", ""]
UNITS = ["kilograms", "tons", "miles", "per cent", "litres", "km", "hectares", "%"]
CUES = ["said", "warned", "noted", "argued", "added", "told reporters", "insisted"]
TOPICS = ["the harbor cleanup", "the new budget", "fare increases", "the drought",
          "housing costs", "the vaccine rollout", "road safety", "school funding"]


def number(rng):
    kind = rng.random()
    if kind < 0.3:
        return f"{rng.randint(2, 999):,}"
    if kind < 0.6:
        return f"{rng.randint(1000, 999999):,}"
    if kind < 0.8:
        return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"
    return rng.choice(["two", "three", "ten", "a dozen", "forty", "one"])


def sentence(rng):
    first, last, title = rng.choice(PEOPLE if rng.random() < 0.3 else POPULATION)
    org = rng.choice(ORGS)
    q = rng.choice(QUALS)
    n = number(rng)
    thing = rng.choice(THINGS)
    topic = rng.choice(TOPICS)
    cue = rng.choice(CUES)
    money = f"${rng.randint(1, 900)}{rng.choice([' million', ' billion', 'm', ''])}"
    templates = [
        f"“We expect {q} {n} {thing} by next year,” {title} {first} {last} {cue}.",
        f"{first} {last}, a spokesperson for {org}, {cue} that {topic} would cost {money}.",
        f"According to {org}, {q} {n} {thing} were recorded in {rng.randint(2001, 2025)}.",
        f"“This is not enough,” {last} {cue}. “We need {money} more for {topic}.”",
        f"The report found {q} {n} {rng.choice(UNITS)} of change across the region.",
        f"Officials {cue} {topic} had affected {q} {n} {thing} since March.",
        f"{title} {last} {cue}: “The numbers on {topic} speak for themselves.”",
        f"Residents describe {topic} as a “slow-motion crisis” that few noticed.",
        f"{org.capitalize()} reported a rise of {rng.randint(2, 60)} per cent in {thing}.",
        f"She added that {topic} remained the council's top priority for the year.",
    ]
    return rng.choice(templates)


def article(rng, index):
    headline = f"{rng.choice(TOPICS).capitalize()} Tops Agenda as Council Meets"
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
                  for _ in range(rng.randint(5, 12))]
    text = f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n"
    return {"id": f"bench-{index}", "media_type": "text/plain", "content": text}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=6.0, help="megabytes of article text")
    ap.add_argument("--docs", type=int, default=0, help="documents (overrides --mb)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    total, index = 0, 0
    while (index < args.docs) if args.docs else (total < args.mb * 1e6):
        doc = article(rng, index)
        total += len(doc["content"].encode("utf-8"))
        index += 1
        print(json.dumps(doc, ensure_ascii=False))


if __name__ == "__main__":
    main()
