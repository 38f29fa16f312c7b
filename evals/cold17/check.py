#!/usr/bin/env python3
"""Validate the cold c17 gold set (questions.jsonl, conversations.jsonl) against the report text.

Stdlib only. Run:  python3 check.py   (report path: env C17_REPORT; older sets: env C17_OLDER)
Adapted from cold16's check.py (itself adapted from cold15 ... cold4 and v2). Differences from cold16:
  * ids c17...; cold16 added to the older sets; paths relative to this file since the set joined
    the repository (the writer used its own input folder); override with C17_REPORT / C17_OLDER.
Inherited behaviour:
  * section boundaries are derived from the report itself (numbered heading lines in a fixed,
    expected order), not from any project file;
  * the primary category of every question is fixed by its id range (see README.md) and checked
    against its tags and the required counts;
  * wording reuse is checked: near-duplicate questions (word-set Jaccard) fail the run;
  * similarity against the older sets (v1, v2, fresh, cold4-cold16) is checked; only our own id,
    question and score are ever printed, never the other set's question;
  * conversation turn-tag minimums follow the cold17 brief (same as cold16).
Exits 0 when every check passes, 1 otherwise.
"""
import collections
import glob
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = os.environ.get(
    "C17_REPORT", os.path.join(HERE, "..", "..", "corpus", "toekomstatelier-5-besturen-en-burgers-2025-06-16.txt"))
OLDER_SETS = os.environ.get("C17_OLDER", os.path.join(HERE, ".."))
OLDER_DIRS = ["v1", "v2", "fresh", "cold4", "cold5", "cold6", "cold7", "cold8", "cold9", "cold10", "cold11", "cold12",
              "cold13", "cold14", "cold15", "cold16"]
QUESTIONS = os.path.join(HERE, "questions.jsonl")
CONVERSATIONS = os.path.join(HERE, "conversations.jsonl")

TAGS = {"fact", "paraphrase", "english", "list", "synthesis", "refuse", "injection"}
TURN_TAGS = TAGS | {"independent", "kind-switch", "pronoun", "new-aspect"}

# section ids in document order (bare headings included); inleiding/bijlage handled apart
HEADINGS = ["status-van-dit-document", "1", "2"]
for x in range(1, 6):
    HEADINGS += ["2.%d" % x, "2.%d.1" % x, "2.%d.2" % x, "2.%d.3" % x] + ["2.%d.3.%d" % (x, y) for y in range(1, 5)]
SECTION_IDS = ["inleiding"] + HEADINGS + ["bijlage"]
EXPECTED_TEXT_SECTIONS = 35

# primary category per id range (inclusive), and the required count
RANGES = [
    ("fact", 1, 25, {"fact"}),
    ("paraphrase", 26, 55, {"paraphrase"}),
    ("english", 56, 75, {"english"}),
    ("list", 76, 87, {"list"}),
    ("synthesis", 88, 107, {"synthesis"}),
    ("refuse", 108, 139, {"refuse"}),
    ("control", 140, 171, None),          # fact or paraphrase, answerable
]
N_QUESTIONS = 171
N_CONVERSATIONS = 14
MIN_TURN_TAGS = {"kind-switch": 14, "pronoun": 5, "new-aspect": 4, "independent": 5, "english": 3}
JACCARD_MAX = 0.6

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def norm_ws(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------- report split
def split_report():
    with open(REPORT, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    hline, start = {}, {}
    pos, k = 0, 0
    while pos < len(lines) and k < len(HEADINGS):
        sid = HEADINGS[k]
        raw = lines[pos].strip()
        if sid == "status-van-dit-document":
            ok = raw.lower() == "status van dit document"
        else:
            m = re.match(r"^(\d+(?:\.\d+)*)\s+(\S.*)$", raw)
            ok = bool(m) and m.group(1) == sid
        if ok:
            hline[sid] = pos
            pos += 1
            if raw.endswith("-"):                       # heading wrapped: eat continuation line
                while pos < len(lines) and not lines[pos].strip():
                    pos += 1
                pos += 1
            start[sid] = pos
            k += 1
        else:
            pos += 1
    missing = [h for h in HEADINGS if h not in hline]
    if missing:
        err("headings not found in report: %s" % missing)
        return {}
    text = {"inleiding": lines[:hline["status-van-dit-document"]]}
    for a, b in zip(HEADINGS, HEADINGS[1:]):
        text[a] = lines[start[a]:hline[b]]
    last = HEADINGS[-1]
    tail = lines[start[last]:]
    end = max((i for i, l in enumerate(tail) if l.strip().endswith(".")), default=len(tail) - 1)
    text[last] = tail[:end + 1]
    text["bijlage"] = tail[end + 1:]
    return {sid: norm_ws(" ".join(ls)) for sid, ls in text.items()}


SECTION_TEXT = split_report()
TEXT_SECTIONS = {s for s, t in SECTION_TEXT.items() if t}
if SECTION_TEXT and len(TEXT_SECTIONS) != EXPECTED_TEXT_SECTIONS:
    err("expected %d sections with text, found %d: %s" % (EXPECTED_TEXT_SECTIONS, len(TEXT_SECTIONS), sorted(TEXT_SECTIONS)))
if SECTION_TEXT:
    if "agentschap binnenlands bestuur" not in SECTION_TEXT.get("bijlage", ""):
        err("appendix split looks wrong")
    if not SECTION_TEXT.get("2.1.3", "").startswith("in dit subfacet"):
        err("2.1.3 split looks wrong")
    if SECTION_TEXT.get("2.1"):
        err("2.1 should be a bare heading, got text %r" % SECTION_TEXT["2.1"][:60])


def in_sections(term, sections):
    t = norm_ws(term)
    return any(t in SECTION_TEXT.get(s, "") for s in sections)


# ---------------------------------------------------------------- item checks
def check_item(it, where, is_turn=False):
    q = it.get("question")
    if not isinstance(q, str) or not q.strip():
        err("%s: empty question" % where)
    gold, facts, tags = it.get("gold_sections"), it.get("facts"), it.get("tags", [])
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
    if not refuse and not facts:
        err("%s: answerable item without facts" % where)
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
    extra = set(it) - {"id", "question", "gold_sections", "facts", "tags", "split", "items", "sides", "turns"}
    if extra:
        err("%s: unexpected fields %s" % (where, sorted(extra)))


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
    if it.get("split") != "test":
        err("%s: split must be 'test'" % i)

# ids and primary categories
expected_q_ids = ["c17q%03d" % n for n in range(1, N_QUESTIONS + 1)]
if [it.get("id") for it in questions] != expected_q_ids:
    err("question ids must be c17q001..c17q%03d in order" % N_QUESTIONS)
expected_c_ids = ["c17c%02d" % n for n in range(1, N_CONVERSATIONS + 1)]
if [c.get("id") for c in conversations] != expected_c_ids:
    err("conversation ids must be c17c01..c17c%02d in order" % N_CONVERSATIONS)


def primary(it):
    try:
        n = int(it["id"][4:])
    except (KeyError, ValueError):
        return None
    for name, lo, hi, _ in RANGES:
        if lo <= n <= hi:
            return name
    return None


for it in questions:
    check_item(it, it.get("id"))
    p, tags = primary(it), set(it.get("tags", []))
    req = {name: need for name, lo, hi, need in RANGES}.get(p)
    if p is None:
        err("%s: id outside the category ranges" % it.get("id"))
    elif p == "control":
        if "refuse" in tags or not (tags & {"fact", "paraphrase"}):
            err("%s: control must be answerable and tagged fact or paraphrase" % it["id"])
    elif not req <= tags:
        err("%s: primary category %s but tags %s" % (it["id"], p, sorted(tags)))
    if p in ("fact", "paraphrase", "control") and tags & {"list", "synthesis", "refuse"}:
        err("%s: %s item must not carry list/synthesis/refuse" % (it["id"], p))
    if p == "english" and tags & {"list", "synthesis", "refuse"}:
        err("%s: english-category item must be a plain question" % it["id"])

# every text section is the single gold of at least one fact-tagged item
single = {it["gold_sections"][0] for it in questions
          if "fact" in it.get("tags", []) and len(it.get("gold_sections", [])) == 1}
uncovered = sorted(TEXT_SECTIONS - single)
if uncovered:
    err("text sections without a single-gold fact question: %s" % uncovered)

# conversations
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
        tt = t.get("tags", [])
        if n == 1 and set(tt) & {"independent", "kind-switch", "pronoun", "new-aspect"}:
            err("%s/turn1: first turn cannot carry a follow-up tag" % cid)
        if n > 1 and not set(tt) & {"independent", "kind-switch", "pronoun", "new-aspect"}:
            err("%s/turn%d: follow-up turn needs a turn tag" % (cid, n))
        for tg in tt:
            turn_tags[tg] += 1
for tg, need in MIN_TURN_TAGS.items():
    if turn_tags[tg] < need:
        err("only %d conversation turns tagged %s (minimum %d)" % (turn_tags[tg], tg, need))

# wording reuse: near-duplicate questions across all items and turns
STOP = set("de het een en van in op te is dat die wat welke hoe voor met zijn er om aan ook of bij "
           "the a an of and to in is what which how for does do are on volgens verslag report".split())


def words(q):
    return {w for w in re.findall(r"[a-zà-ÿ0-9'+-]+", q.lower()) if w not in STOP}


allq = [(it["id"], it["question"]) for it in questions]
allq += [("%s/t%d" % (c["id"], n), t["question"]) for c in conversations for n, t in enumerate(c["turns"], 1)]
norm_seen = {}
for i, q in allq:
    k = norm_ws(q)
    if k in norm_seen:
        err("identical question text: %s and %s" % (norm_seen[k], i))
    norm_seen[k] = i
for (i1, q1), (i2, q2) in itertools.combinations(allq, 2):
    a, b = words(q1), words(q2)
    if len(a) >= 3 and len(b) >= 3:
        j = len(a & b) / len(a | b)
        if j > JACCARD_MAX:
            err("near-duplicate wording (%.2f): %s / %s" % (j, i1, i2))
        elif j > 0.45:
            warnings.append("similar wording (%.2f): %s / %s" % (j, i1, i2))


# similarity against the older sets: print only OUR id, OUR question and the score
def older_questions():
    out = []
    for d in OLDER_DIRS:
        paths = sorted(glob.glob(os.path.join(OLDER_SETS, d, "*.jsonl")))
        if not paths:
            warnings.append("older set has no .jsonl files: %s" % d)
        for path in paths:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    try:
                        o = json.loads(line)
                    except json.JSONDecodeError:
                        continue
                    for t in ([o] + list(o.get("turns", []))):
                        if isinstance(t.get("question"), str):
                            out.append(t["question"])
    return out


OLDER = [(norm_ws(q), words(q)) for q in older_questions()]
older_hits = 0
for i, q in allq:
    a, nq = words(q), norm_ws(q)
    best = 0.0
    for on, b in OLDER:
        if on == nq:
            best = 1.0
            break
        if len(a) >= 3 and len(b) >= 3:
            j = len(a & b) / len(a | b)
            best = max(best, j)
    if best > JACCARD_MAX:
        older_hits += 1
        err("too close to an older set (%.2f): %s %r" % (best, i, q))
    elif best > 0.45:
        warnings.append("close to an older set (%.2f): %s %r" % (best, i, q))
print("older-set questions compared: %d; over %.2f: %d" % (len(OLDER), JACCARD_MAX, older_hits))

# ---------------------------------------------------------------- report
prim = collections.Counter(primary(it) for it in questions)
tagc = collections.Counter(t for it in questions for t in it.get("tags", []))
print("sections with text: %d" % len(TEXT_SECTIONS))
print("%-12s %8s" % ("category", "items"))
for name, lo, hi, _ in RANGES:
    n = hi - lo + 1
    if prim[name] != n:
        err("category %s: %d items, expected %d" % (name, prim[name], n))
    print("%-12s %8d" % (name, prim[name]))
print("%-12s %8d" % ("questions", len(questions)))
print("tag totals: " + ", ".join("%s=%d" % (t, tagc[t]) for t in sorted(tagc)))
ctrl = [it for it in questions if primary(it) == "control"]
print("controls: fact=%d paraphrase=%d" % (sum("fact" in it["tags"] for it in ctrl),
                                            sum("paraphrase" in it["tags"] for it in ctrl)))
nturns = sum(len(c.get("turns", [])) for c in conversations)
print("conversations: %d (%d turns)" % (len(conversations), nturns))
print("turn tags: " + ", ".join("%s=%d" % kv for kv in sorted(turn_tags.items())))
print("list items total: %d" % sum(len(it.get("items", [])) for it in questions))
print("single-gold fact coverage: %d/%d sections" % (len(single & TEXT_SECTIONS), len(TEXT_SECTIONS)))
for w in warnings:
    print("warning: " + w)
if errors:
    print("\n%d error(s):" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK")
