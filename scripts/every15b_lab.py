"""Leave-one-set-out lab of session 14's stemmer stubs and subfacet confidence (every15b), not a test.

    .venv/bin/python scripts/every15b_lab.py stubs              # the report's words whose Snowball 3
                                                                # stem drops a 'ge' (and what they meet)
    .venv/bin/python scripts/every15b_lab.py dump --stem keepge # retr_lab's dump, questions stemmed
                                                                # the variant's way -> index/retr_lab-<stem>.npz
                                                                # (PACTRAG_INDEX_DIR: an index ingested
                                                                # with the same stems)
    .venv/bin/python scripts/every15b_lab.py misses --stem keepge   # every15_lab misses on that dump
    .venv/bin/python scripts/every15b_lab.py gate               # lever 2 on the start dump

Stem variants (``lexical._stem`` replaced in this process only; the pipeline figures of NOTES were
taken with the same function patched into ``lexical.py`` behind a temporary switch, each on its own
index): ``keepge`` takes the classic stemmer's stem ("dutch_porter") wherever the Snowball 3 Dutch
stemmer dropped a "ge" the classic keeps ("gemeente" -> "gemeent", not "meen"; "begeleiding" ->
"begeleid", not "beleid"); ``participle`` keeps the drop when the word without that "ge" is the stem
plus a participle's tail ("gemaakt" -> "maak", "gedeelde" -> "deel"), as "gebied", "gezondheid",
"gewoon", "geheel" and "gemeente" are not; ``classic`` takes the classic stemmer's stem of every word.

``gate`` adds the labelled questions' subfacet model (``within_lab.loso_lda`` on the subfacets,
fitted on the other sets) to the fused score with a weight that grows with its own confidence (its
largest probability above a floor), the weight and floor chosen per left-out set on the other sets
(``Bench.nested``); ``within.reorder`` after, as shipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import retr_lab  # noqa: E402

from pactrag import lexical  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PARTICIPLE_TAILS = ("t", "d", "de", "den")


def kept_ge(word: str, stem: str, classic: str, mode: str) -> str:
    """The Snowball 3 stem, or the classic one where the former dropped a 'ge' the classic keeps."""
    at = 0
    while at < min(len(stem), len(classic)) and stem[at] == classic[at]:
        at += 1
    if classic[at : at + 2] != "ge":
        return stem
    if mode == "participle":
        plain = word[:at] + word[at + 2 :]
        if plain.startswith(stem) and plain[len(stem) :] in PARTICIPLE_TAILS:
            return stem
    return classic


def patch_stem(mode: str) -> None:
    if mode == "start":
        return
    import Stemmer

    new, classic = Stemmer.Stemmer("dutch"), Stemmer.Stemmer("dutch_porter")

    def stem(words: list[str]) -> list[str]:
        if mode == "classic":
            return classic.stemWords(words)
        return [
            kept_ge(w, s, c, mode)
            for w, s, c in zip(words, new.stemWords(words), classic.stemWords(words), strict=True)
        ]

    lexical._stem = stem  # type: ignore[assignment]
    lexical._tokens.cache_clear()


def stubs() -> None:
    import Stemmer

    new, classic = Stemmer.Stemmer("dutch"), Stemmer.Stemmer("dutch_porter")
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    words = sorted(set(re.findall(r"[^\W\d_]+", text.lower())))
    by_stem: dict[str, set[str]] = defaultdict(set)
    for w in words:
        by_stem[new.stemWord(w)].add(w)
    dropped = [
        w for w in words if kept_ge(w, new.stemWord(w), classic.stemWord(w), "keepge") != new.stemWord(w)
    ]
    print(f"{len(dropped)} of {len(words)} report words lose a 'ge' in the Snowball 3 stem")
    for w in dropped:
        s = new.stemWord(w)
        others = sorted(by_stem[s] - {w})
        kept = kept_ge(w, s, classic.stemWord(w), "participle") == s
        print(f"  {w:28s} -> {s:16s} {'participle ' if kept else ''}{' '.join(others)}")


def gate(b: object) -> None:
    from retr8_lab import Bench

    assert isinstance(b, Bench)
    sub_p = b.sub_p
    conf = sub_p.max(1, keepdims=True)
    rows: dict[tuple, np.ndarray] = {}
    for floor in (0.0, 0.5, 0.7, 0.9):
        g = np.clip((conf - floor) / (1 - floor), 0.0, 1.0)
        for w in (0.1, 0.25, 0.5, 1.0, 2.0, 4.0):
            fused = b.fused + w * g * sub_p
            rows[(floor, w)] = b.within(fused, b.lab.parts["best"])
    b.show("shipped", b.shipped)
    for key in ((0.0, 0.5), (0.0, 1.0), (0.0, 2.0), (0.5, 1.0), (0.5, 4.0), (0.7, 2.0), (0.9, 4.0)):
        b.show(f"floor {key[0]} weight {key[1]}", rows[key])
    b.nested(rows, "subfacet model gated by its confidence")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("stubs", "dump", "misses", "gate"))
    parser.add_argument("--stem", choices=("start", "keepge", "participle", "classic"), default="start")
    args = parser.parse_args(argv)
    if args.what == "stubs":
        stubs()
        return 0
    patch_stem(args.stem)
    retr_lab.DUMP = ROOT / "index" / f"retr_lab-{args.stem}.npz"
    if args.what == "dump":
        retr_lab.dump()
    elif args.what == "misses":
        import every15_lab

        every15_lab.main(["misses"])
    else:
        from retr8_lab import Bench

        gate(Bench())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
