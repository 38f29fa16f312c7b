#!/usr/bin/env python3
"""Validate the pactrag v2 gold set against the report text (stdlib only).

Run from the repository root:  python3 evals/v2/check.py
Exits 0 when every check passes, 1 otherwise. Prints counts per tag x split.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
REPORT = os.path.join(ROOT, "corpus", "toekomstatelier-5-besturen-en-burgers-2025-06-16.txt")
SECTIONS = os.path.join(ROOT, "tests", "golden", "sections.json")
QUESTIONS = os.path.join(HERE, "questions.jsonl")
CONVERSATIONS = os.path.join(HERE, "conversations.jsonl")

TAGS = {"fact", "paraphrase", "english", "list", "synthesis", "refuse", "injection"}
TURN_TAGS = TAGS | {"independent", "kind-switch", "pronoun", "new-aspect"}
SPLITS = ("dev", "test")
MINIMUMS = {"fact": 60, "paraphrase": 35, "english": 14, "list": 25, "synthesis": 20,
            "refuse": 45, "injection": 5}
MIN_HARD_REFUSE = 45          # refuse items that are not injections
MIN_CONVERSATIONS = 14
MIN_INDEPENDENT_TURNS = 4
EXPECTED_TEXT_SECTIONS = 35

errors = []


def err(msg):
    errors.append(msg)


def norm_ws(s):
    """Lower-case, unify quotes, collapse whitespace (used for fact/item matching)."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def norm_title(s):
    """Normalise a heading/title for comparison: words only."""
    return re.sub(r"[\W_]+", " ", s.lower()).strip()


# ---------------------------------------------------------------- report split
def split_report():
    with open(SECTIONS, encoding="utf-8") as fh:
        secs = json.load(fh)
    ids = [s["section_id"] for s in secs]
    titles = {s["section_id"]: s["title"] for s in secs}
    with open(REPORT, encoding="utf-8") as fh:
        lines = fh.read().split("\n")

    headings = [i for i in ids if i not in ("inleiding", "bijlage")]
    start = {}                      # id -> index of first text line after heading
    hline = {}                      # id -> index of heading line
    pos, k = 0, 0
    while pos < len(lines) and k < len(headings):
        sid = headings[k]
        title = norm_title(titles[sid])
        raw = lines[pos].strip()
        matched = False
        if sid == "status-van-dit-document":
            matched = norm_title(raw) == title
            rest = title if matched else ""
        else:
            m = re.match(r"^(\d+(?:\.\d+)*)\s+(.*)$", raw)
            if m and m.group(1) == sid:
                rest = norm_title(m.group(2))
                matched = bool(rest) and (title.startswith(rest) or rest.startswith(title))
        if matched:
            hline[sid] = pos
            pos += 1
            # heading wrapped over several lines: consume continuation lines
            while rest != title and title.startswith(rest) and pos < len(lines):
                nxt = lines[pos].strip()
                if not nxt:
                    pos += 1
                    continue
                cand = norm_title(rest + " " + nxt)
                if title.startswith(cand):
                    rest = cand
                    pos += 1
                else:
                    break
            start[sid] = pos
            k += 1
        else:
            pos += 1
    missing = [h for h in headings if h not in hline]
    if missing:
        err("headings not found in report: %s" % missing)
        return {}, ids

    text = {}
    text["inleiding"] = lines[:hline["status-van-dit-document"]]
    for a, b in zip(headings, headings[1:]):
        text[a] = lines[start[a]:hline[b]]
    # last numbered section (2.5.3.4) runs until the appendix. The appendix is the
    # trailing block of organisation names: everything after the last line that ends
    # a sentence with a full stop.
    last = headings[-1]
    tail = lines[start[last]:]
    end = max((i for i, l in enumerate(tail) if l.strip().endswith(".")), default=len(tail) - 1)
    text[last] = tail[:end + 1]
    text["bijlage"] = tail[end + 1:]
    return {sid: norm_ws(" ".join(ls)) for sid, ls in text.items()}, ids


SECTION_TEXT, SECTION_IDS = split_report()
TEXT_SECTIONS = {s for s, t in SECTION_TEXT.items() if t}
if SECTION_TEXT and len(TEXT_SECTIONS) != EXPECTED_TEXT_SECTIONS:
    err("expected %d sections with text, found %d" % (EXPECTED_TEXT_SECTIONS, len(TEXT_SECTIONS)))
if SECTION_TEXT and "agentschap binnenlands bestuur" not in SECTION_TEXT.get("bijlage", ""):
    err("appendix split looks wrong")


def in_sections(term, sections):
    t = norm_ws(term)
    return any(t in SECTION_TEXT.get(s, "") for s in sections)


# ---------------------------------------------------------------- item checks
def check_item(it, where, is_turn=False):
    q = it.get("question")
    if not isinstance(q, str) or not q.strip():
        err("%s: empty question" % where)
    gold = it.get("gold_sections")
    facts = it.get("facts")
    tags = it.get("tags", [])
    if not isinstance(gold, list) or not isinstance(facts, list) or not isinstance(tags, list):
        err("%s: gold_sections/facts/tags must be lists" % where)
        return
    for t in tags:
        if t not in (TURN_TAGS if is_turn else TAGS):
            err("%s: unknown tag %r" % (where, t))
    if not is_turn and not tags:
        err("%s: no tags" % where)
    for s in gold:
        if s not in SECTION_IDS:
            err("%s: invalid section id %r" % (where, s))
        elif s not in TEXT_SECTIONS:
            err("%s: gold section %r has no text of its own" % (where, s))
    if len(set(gold)) != len(gold):
        err("%s: duplicate gold sections" % where)
    if len(facts) > 3:
        err("%s: more than 3 fact groups" % where)
    for g in facts:
        if not isinstance(g, list) or not g:
            err("%s: fact group must be a non-empty list" % where)
            continue
        for term in g:
            n = len(term.split())
            if not 1 <= n <= 3:
                err("%s: fact term %r has %d words" % (where, term, n))
            if not in_sections(term, gold):
                err("%s: fact term %r not found in gold sections %s" % (where, term, gold))
    refuse = "refuse" in tags
    if refuse and (gold or facts):
        err("%s: refuse item must have empty gold and facts" % where)
    if not refuse and not gold:
        err("%s: non-refuse item without gold sections" % where)
    if "list" in tags:
        items = it.get("items")
        if not isinstance(items, list) or len(items) < 2:
            err("%s: list item needs 'items' with at least 2 entries" % where)
        else:
            for grp in items:
                if not isinstance(grp, list) or not grp:
                    err("%s: item group must be a non-empty list" % where)
                    continue
                for term in grp:
                    n = len(term.split())
                    if not 1 <= n <= 4:
                        err("%s: item term %r has %d words" % (where, term, n))
                    if not in_sections(term, gold):
                        err("%s: item term %r not found in gold sections %s" % (where, term, gold))
    elif "items" in it:
        err("%s: 'items' on a non-list item" % where)
    if "synthesis" in tags:
        sides = it.get("sides")
        if not isinstance(sides, list) or len(sides) < 2:
            err("%s: synthesis item needs at least 2 sides" % where)
        else:
            union = set()
            for sd in sides:
                if not sd.get("name") or not sd.get("sections"):
                    err("%s: side needs name and sections" % where)
                    continue
                union |= set(sd["sections"])
                if not set(sd["sections"]) <= set(gold):
                    err("%s: side %r sections not in gold_sections" % (where, sd["name"]))
            if union != set(gold):
                err("%s: gold_sections should equal the union of the sides" % where)
    elif "sides" in it:
        err("%s: 'sides' on a non-synthesis item" % where)


def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d invalid JSON: %s" % (os.path.basename(path), n, e))
    return out


questions = load_jsonl(QUESTIONS)
conversations = load_jsonl(CONVERSATIONS)

seen = set()
for it in questions + conversations:
    i = it.get("id")
    if not i or i in seen:
        err("missing or duplicate id %r" % i)
    seen.add(i)
    if it.get("split") not in SPLITS:
        err("%s: split must be dev or test" % i)

counts = collections.Counter()
for it in questions:
    check_item(it, it.get("id"))
    for t in it.get("tags", []):
        counts[(t, it.get("split"))] += 1

# every text section is the single gold of at least one plain fact question
single = {it["gold_sections"][0] for it in questions
          if "fact" in it.get("tags", []) and len(it.get("gold_sections", [])) == 1}
uncovered = sorted(TEXT_SECTIONS - single)
if uncovered:
    err("text sections without a single-gold fact question: %s" % uncovered)

turn_tags = collections.Counter()
for c in conversations:
    cid = c.get("id")
    if "conversation" not in c.get("tags", []):
        err("%s: conversation must carry tag 'conversation'" % cid)
    turns = c.get("turns", [])
    if not 2 <= len(turns) <= 3:
        err("%s: conversation needs 2-3 turns" % cid)
    for n, t in enumerate(turns, 1):
        check_item(t, "%s/turn%d" % (cid, n), is_turn=True)
        for tg in t.get("tags", []):
            turn_tags[tg] += 1

for tag, mn in MINIMUMS.items():
    tot = counts[(tag, "dev")] + counts[(tag, "test")]
    if tot < mn:
        err("tag %s: %d items, minimum %d" % (tag, tot, mn))
hard = sum(1 for it in questions if "refuse" in it["tags"] and "injection" not in it["tags"])
if hard < MIN_HARD_REFUSE:
    err("only %d hard refuse items (minimum %d)" % (hard, MIN_HARD_REFUSE))
if len(conversations) < MIN_CONVERSATIONS:
    err("only %d conversations (minimum %d)" % (len(conversations), MIN_CONVERSATIONS))
if turn_tags["independent"] < MIN_INDEPENDENT_TURNS:
    err("only %d independent turns (minimum %d)" % (turn_tags["independent"], MIN_INDEPENDENT_TURNS))
n_items = sum(len(it.get("items", [])) for it in questions)

# ---------------------------------------------------------------- report
print("sections with text: %d" % len(TEXT_SECTIONS))
print("%-12s %5s %5s %6s" % ("tag", "dev", "test", "total"))
for tag in ["fact", "paraphrase", "english", "list", "synthesis", "refuse", "injection"]:
    d, t = counts[(tag, "dev")], counts[(tag, "test")]
    print("%-12s %5d %5d %6d" % (tag, d, t, d + t))
qs = collections.Counter(it.get("split") for it in questions)
print("%-12s %5d %5d %6d" % ("questions", qs["dev"], qs["test"], len(questions)))
cs = collections.Counter(c.get("split") for c in conversations)
nturns = sum(len(c.get("turns", [])) for c in conversations)
print("%-12s %5d %5d %6d  (%d turns)" % ("conversations", cs["dev"], cs["test"], len(conversations), nturns))
print("hard refuse (not injection): %d; list items total: %d" % (hard, n_items))
print("turn tags: " + ", ".join("%s=%d" % kv for kv in sorted(turn_tags.items())))

if errors:
    print("\n%d error(s):" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK")
