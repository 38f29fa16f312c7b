"""hedge17 lab: English questions' answering point, and the hedge's new signals, leave one set out.

    .venv/bin/python scripts/hedge17_lab.py english [--shifted] [--sets a,b] [--out TSV]
    .venv/bin/python scripts/hedge17_lab.py hedge RUN_DIR [--precision 0.6] [--without a,b] [--full]
    .venv/bin/python scripts/hedge17_lab.py figures RUN_DIR [--extra hedge17]

``english``: every English-tagged single question with facts of the dev sets (v2 and fresh: dev
split only), answered with its own set held out of the learned parts (as ``pactrag eval``); prints
hit@1, fact_first and fact recall per set and pooled. ``--shifted``: the answering point chosen with
the question's vector without its language part (``compose.ENGLISH_ORDER_SHIFTED``; off without it).
Two variants measured and dropped are described at that constant.

``hedge``: ``scripts/hedge16_lab.py`` over the 16 dev sets with the features of ``hedge.FEATURES``
(``--without``: leave features out), nested leave-one-set-out operating point.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SETS = {
    "v1": ("v1", ""),
    "v2dev": ("v2", "dev"),
    "freshdev": ("fresh", "dev"),
    **{f"cold{n}": (f"cold{n}", "") for n in range(4, 17)},
}


def english(args) -> None:
    from pactrag import compose
    from pactrag.answer import Assistant
    from pactrag.config import Settings
    from pactrag.crosslingual import is_english
    from pactrag.evals.run import evaluate, find_set, load_gold, memo_queries
    from pactrag.examples import hold_out
    from pactrag.index import Index

    compose.ENGLISH_ORDER_SHIFTED = args.shifted
    settings = Settings.from_env()
    pooled = {"n": 0, "hit": 0.0, "first": 0.0, "recall": 0.0}
    names = args.sets.split(",") if args.sets else list(SETS)
    rows = []
    for name in names:
        folder, split = SETS[name]
        set_dir = find_set(folder)
        gold = load_gold(set_dir)
        items = [
            i
            for i in gold
            if not i.conversation
            and i.facts
            and i.gold_sections
            and not i.refuse
            and (not split or i.split == split)
            and ("english" in i.tags or is_english(i.question))
        ]
        if not items:
            continue
        index = memo_queries(Index(settings))
        hold_out(index, [i.question for i in gold])
        assistant = Assistant(settings, index=index, use_llm=False)
        scores, _ = evaluate(assistant, items)
        n = len(scores)
        hit = sum(s.scores.get("hit@1") or 0 for s in scores)
        first = sum(s.scores.get("fact_first") or 0 for s in scores)
        recall = sum(s.scores.get("fact_recall") or 0 for s in scores)
        for s in scores:
            rows.append((name, s.item.id, s.scores.get("fact_first"), s.scores.get("fact_recall")))
        print(
            f"{name:>9} {n:4d}  hit@1 {hit / n:.3f}  fact_first {first / n:.3f}  recall {recall / n:.3f}",
            flush=True,
        )
        pooled["n"] += n
        pooled["hit"] += hit
        pooled["first"] += first
        pooled["recall"] += recall
    n = pooled["n"]
    print(
        f"   pooled {n:4d}  hit@1 {pooled['hit'] / n:.3f}  fact_first {pooled['first'] / n:.3f}  "
        f"recall {pooled['recall'] / n:.3f}"
    )
    if args.out:
        Path(args.out).write_text("\n".join("\t".join(map(str, r)) for r in rows), encoding="utf-8")


def hedge(args) -> None:
    import hedge16_lab as lab

    lab.SETS = tuple(SETS)
    argv = [str(args.run), "--right-hedged", str(args.right_hedged)]
    argv += ["--precision", str(args.precision)]
    if args.ablate:
        argv.append("--ablate")
    if args.list:
        argv += ["--list", str(args.list)]
    from pactrag import hedge as h

    drop = set(args.without.split(",")) if args.without else set()
    keep = tuple(f for f in h.FEATURES if f not in drop)
    original = lab.load

    def load(run, names=keep):
        rows = original(run, names)
        if args.full:  # right = first section gold and every required fact shown
            rows = [(s, i, x, float(y and not lab.PARTIAL[(s, i)]), g) for s, i, x, y, g in rows]
        return rows

    lab.load = load
    sys.argv = ["hedge16_lab.py", *argv]
    lab.main()


def figures(args) -> None:
    """Per set of a run: answers hedged, the share of them wrong (first section not gold or no
    required fact) and wrong or missing a fact, the share of wrong answers hedged; English
    questions' fact_first and fact recall. Read from the answers as shipped (not refitted)."""
    import json

    from pactrag import messages as M

    leads = (M.HEDGE_LEAD, M.ENGLISH["HEDGE_LEAD"].split("(")[0].strip())
    total = dict.fromkeys(("hedged", "wrong_h", "loose_h", "wrong", "en", "en_first", "en_recall"), 0.0)
    for name in [*SETS, *args.extra]:
        found = sorted((args.run / name).glob("report*.json"))
        if not found:
            continue
        t = dict.fromkeys(total, 0.0)
        for it in json.loads(found[0].read_text(encoding="utf-8"))["items"]:
            sc = it.get("scores") or {}
            if it.get("abstained") or not it.get("gold_sections") or not it.get("facts"):
                continue
            if "fact_recall" not in sc or sc.get("refusal_accuracy") is not None:
                continue
            cites = it.get("citations") or []
            first = cites[0]["section_id"] if cites else ""
            wrong = not (first in it["gold_sections"] and (sc["fact_recall"] or 0) > 0)
            hedged = it["answer"].startswith(leads)
            t["wrong"] += wrong
            t["hedged"] += hedged
            t["wrong_h"] += hedged and wrong
            t["loose_h"] += hedged and (wrong or (sc["fact_recall"] or 0) < 1)
            if "english" in it["tags"] and "conversation" not in it["tags"]:
                t["en"] += 1
                t["en_first"] += sc.get("fact_first") or 0
                t["en_recall"] += sc.get("fact_recall") or 0
        for k in total:
            total[k] += t[k]
        _line(name, t)
    _line("pooled", total)


def _line(name: str, t: dict) -> None:
    h, en = t["hedged"] or float("nan"), t["en"] or float("nan")
    print(
        f"{name:>9} hedged {int(t['hedged']):4d} wrong {t['wrong_h'] / h:.3f} wrong|partial {t['loose_h'] / h:.3f} "
        f"wrong hedged {t['wrong_h'] / max(t['wrong'], 1):.3f} | English {int(t['en'])} fact_first "
        f"{t['en_first'] / en:.3f} recall {t['en_recall'] / en:.3f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("english")
    e.add_argument("--shifted", action="store_true")
    e.add_argument("--sets", default="")
    e.add_argument("--out", default="")
    h = sub.add_parser("hedge")
    h.add_argument("run", type=Path)
    h.add_argument("--right-hedged", type=float, default=0.10)
    h.add_argument("--ablate", action="store_true")
    h.add_argument("--list", type=int, default=0)
    h.add_argument("--without", default="")
    h.add_argument("--precision", type=float, default=0.5, help="share of hedged answers wrong, at least")
    h.add_argument("--full", action="store_true", help="a right answer shows every required fact")
    f = sub.add_parser("figures")
    f.add_argument("run", type=Path)
    f.add_argument("--extra", nargs="*", default=[])
    a = ap.parse_args()
    {"english": english, "hedge": hedge, "figures": figures}[a.cmd](a)


if __name__ == "__main__":
    main()
