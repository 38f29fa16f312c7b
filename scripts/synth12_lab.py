"""Lab (session 12, synth12): subfacet names learned from the labelled questions.

A phrase (one or two words, as written) names subfacet S when nearly every labelled question that
holds it has a gold section in S, over enough questions from enough sets (writers). Leave one set
out: learn from the other sets, read the held-out set's synthesis questions with sides, and count
how often the learned names add a subfacet that is (right) or is not (wrong) among the sides'.

The product form (``src/pactrag/placenames.py``, commits 982c765 and e89ab8a on the branch synth12)
was measured and dropped: see NOTES.md "Synthesis (session 12, synth12)".
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

from pactrag.intent import PART_FRAME_TERMS, english_stopwords
from pactrag.lexical import stopwords, tokenize

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[a-zà-ÿ0-9]+(?:-[a-zà-ÿ0-9]+)*", re.I)


def subfacet(section: str) -> str | None:
    m = re.match(r"^(2\.\d)(?:\.|$)", section)
    return m.group(1) if m else None


def phrases(question: str) -> set[str]:
    words = [w.lower() for w in WORD.findall(question)]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def report_text() -> tuple[str, dict[str, set[str]]]:
    text = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "corpus").glob("toekomstatelier-*.txt"))
    titles = {
        m.group(1): {w.lower() for w in WORD.findall(m.group(2))}
        for m in re.finditer(r"^\s*(2\.\d) ([A-Z][^\n]+(?:\n\n[A-Z ]+)?)", text, re.M)
    }
    return " ".join(w.lower() for w in WORD.findall(text)), titles


TEXT, TITLES = report_text()
TEXT_PADDED = f" {TEXT} "

FUNCTION = stopwords() | english_stopwords()


def name_like(phrase: str, sub: str) -> bool:
    """A subfacet's name, not a topic that happens to live there: the report's text never says it
    (English, everyday paraphrase) or every word of it is one of the subfacet's title words."""
    content = [w for w in phrase.split() if w not in FUNCTION]
    return bool(content) and all(
        (w in TITLES.get(sub, ()) or f" {w} " not in TEXT_PADDED) and not set(tokenize(w)) & PART_FRAME_TERMS
        for w in content
    )


def learn(rows, min_support: int, min_sets: int, precision: float) -> dict[str, str]:
    held: dict[str, list] = collections.defaultdict(list)
    for question, sections, source in rows:
        subs = {s for s in map(subfacet, sections) if s}
        for p in phrases(question):
            held[p].append((subs, source.split(":")[0]))
    names = {}
    for p, seen in held.items():
        if len(seen) < min_support or len({s for _, s in seen}) < min_sets:
            continue
        counts = collections.Counter(s for subs, _ in seen for s in subs)
        if not counts:
            continue
        best, n = counts.most_common(1)[0]
        if n / len(seen) >= precision and name_like(p, best):
            names[p] = best
    # a bigram adds nothing when one of its words names the same subfacet alone
    return {p: s for p, s in names.items() if " " not in p or not any(names.get(w) == s for w in p.split())}


def named(question: str, names: dict[str, str]) -> set[str]:
    """As the product reads them (placenames.places): only when two places or more are named."""
    got = {names[p] for p in phrases(question) if p in names}
    return got if len(got) >= 2 else set()


def main(min_support=6, min_sets=3, precision=0.9) -> None:
    examples = [json.loads(line) for line in (ROOT / "corpus/examples.jsonl").open()]
    rows = [(e["question"], e.get("sections") or [], e.get("source", "")) for e in examples]
    sets = sorted({f"cold{i}" for i in range(4, 13)})
    right = wrong = n = 0
    for held_out in sets:
        prefix = held_out
        names = learn([r for r in rows if r[2].split(":")[0] != prefix], min_support, min_sets, precision)
        path = ROOT / "evals" / held_out / "questions.jsonl"
        for line in path.open():
            q = json.loads(line)
            if not q.get("sides"):
                continue
            gold = {s for side in q["sides"] for x in side["sections"] for s in [subfacet(x)] if s}
            got = named(q["question"], names)
            n += 1
            right += len(got & gold)
            wrong += len(got - gold)
            if "-v" in sys.argv and got:
                print(held_out, q["id"], sorted(got), sorted(gold), q["question"][:100])
    print(
        f"support>={min_support} sets>={min_sets} precision>={precision}: {n} questions, right {right}, wrong {wrong}"
    )
    if "-names" in sys.argv:
        print(sorted(learn(rows, min_support, min_sets, precision).items(), key=lambda t: t[1]))


if __name__ == "__main__":
    main()
