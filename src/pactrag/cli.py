"""Thin command line over the library: read input, call pactrag, format the output.

Heavy modules are imported inside the commands, so ``pactrag sections`` does not pay
for chromadb and ``pactrag ask`` does not pay for gradio or llama-index.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .config import Settings
from .errors import PactragError, QuestionError

KINDS = (
    "toekomstbeeld",
    "aanvullingen",
    "verdieping",
    "continue",
    "start",
    "stop",
    "synergie",
    "intro",
    "status",
    "method",
    "appendix",
)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        settings = Settings.from_env()
        return args.func(args, settings)
    except PactragError as exc:
        print(f"pactrag: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nonderbroken", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pactrag", description="Vragen aan de verslagen van de toekomstateliers van het Plattelandspact."
    )
    sub = p.add_subparsers(dest="command")

    ing = sub.add_parser("ingest", help="bouw of werk de index bij")
    ing.add_argument("paths", nargs="*", type=Path, help="bestanden of mappen (standaard: corpus/)")
    ing.add_argument("--rebuild", action="store_true", help="alles opnieuw opbouwen")
    ing.add_argument("--json", action="store_true", help="samenvatting als JSON")
    ing.set_defaults(func=cmd_ingest)

    doc = sub.add_parser("doctor", help="controleer de gezondheid van de index")
    doc.add_argument("--json", action="store_true")
    doc.set_defaults(func=cmd_doctor)

    sec = sub.add_parser("sections", help="de inhoudstafel van het corpus")
    sec.add_argument("--json", action="store_true")
    sec.add_argument(
        "--check",
        type=Path,
        metavar="BESTAND",
        help="controleer één nieuw bestand (secties, kop/voet, pagina's)",
    )
    sec.set_defaults(func=cmd_sections)

    ask = sub.add_parser("ask", help="stel een vraag")
    ask.add_argument("question", nargs="?", help="de vraag (of --jsonl via stdin)")
    ask.add_argument("--json", action="store_true", help="één JSON-object")
    ask.add_argument("--jsonl", action="store_true", help="vragen per regel op stdin, JSON per regel uit")
    _retrieval_flags(ask)
    ask.set_defaults(func=cmd_ask)

    chat = sub.add_parser("chat", help="gesprek in de terminal")
    chat.add_argument("--jsonl", action="store_true", help="beurten van één gesprek per regel op stdin")
    _retrieval_flags(chat)
    chat.set_defaults(func=cmd_chat)

    ev = sub.add_parser("eval", help="draai de evaluatieset")
    ev.add_argument("--set", default="v1", help="versie onder evals/ (standaard v1)")
    ev.add_argument("--out", type=Path, default=Path("evals"), help="map voor report.md/report.json")
    ev.add_argument("--split", default="", help="alleen deze split (dev of test) van de set")
    ev.add_argument("--no-reference", action="store_true", help="sla de referentierijen over")
    ev.add_argument("--no-llm-check", action="store_true", help="sla de LLM-grondingscontrole over")
    ev.set_defaults(func=cmd_eval)
    return p


def _retrieval_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--subfacet", default="", help="bv. 2.3")
    p.add_argument("--kind", default="", choices=("",) + KINDS, help="soort sectie, bv. continue of stop")
    p.add_argument("--report", default="", help="verslag-id")
    p.add_argument("--k", type=int, default=None, help="aantal bronnen")
    p.add_argument(
        "--no-llm", action="store_true", help="gebruik het offline antwoord, ook als er een LLM is"
    )


# ---------------------------------------------------------------------------------------


def cmd_ingest(args, settings: Settings) -> int:
    import os

    from . import OMP_THREADS_FROM_USER
    from . import messages as M

    if not OMP_THREADS_FROM_USER:  # embedding a corpus: use every core (queries stay at one)
        os.environ["OMP_NUM_THREADS"] = str(os.cpu_count() or 1)
    from .index import ingest

    progress = _Progress()
    summary = ingest(settings, args.paths or None, rebuild=args.rebuild, progress=progress)
    progress.done()
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False))
    else:
        for problem in summary.problems:
            print(f"waarschuwing: {problem.path}: {problem.message}", file=sys.stderr)
        if summary.repaired:
            print(M.INDEX_REPAIRED.format(what=", ".join(summary.repaired)), file=sys.stderr)
        for name, change in summary.report_changes.items():
            print(f"  {change}: {name}")
        state = "bijgewerkt" if summary.changed else "ongewijzigd, niets te doen"
        print(
            f"Index {state}: {summary.reports} verslag(en), {summary.sections} secties, "
            f"{summary.chunks} fragmenten ({summary.new} nieuw ingebed, {summary.unchanged} ongewijzigd, "
            f"{summary.removed} verwijderd) in {summary.seconds:.1f} s."
        )
    return 0


def cmd_doctor(args, settings: Settings) -> int:
    from . import messages as M
    from .doctor import check_index, healthy

    checks = check_index(settings)
    if args.json:
        rows = [{"check": c.name, "ok": c.ok, "detail": c.detail} for c in checks]
        print(json.dumps({"healthy": healthy(checks), "checks": rows}, ensure_ascii=False, indent=1))
    else:
        for c in checks:
            print(f"{'ok  ' if c.ok else 'FOUT'}  {c.name}: {c.detail}")
        print(M.DOCTOR_HEALTHY if healthy(checks) else M.DOCTOR_REPAIR)
    return 0 if healthy(checks) else 1


class _Progress:
    """A one-line progress bar on stderr (only on a terminal)."""

    def __init__(self) -> None:
        self.active = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.active or (time.monotonic() - self.last < 0.1 and done < total):
            return
        self.last = time.monotonic()
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{stage:<11} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}  ")
        sys.stderr.flush()

    def done(self) -> None:
        if self.active:
            sys.stderr.write("\r" + " " * 70 + "\r")


def cmd_sections(args, settings: Settings) -> int:
    if args.check:
        return _check_file(args.check, args.json)
    from .corpus import load_corpus
    from .index import indexed_chunk_rows

    counts: dict[tuple[str, str], int] = {}
    for row in indexed_chunk_rows(settings.index_dir):
        key = (row["report_id"], row["section_id"])
        counts[key] = counts.get(key, 0) + 1
    max_bytes = int(settings.max_file_mb * 2**20) if settings.max_file_mb > 0 else 0
    corpus = load_corpus([settings.corpus_dir], settings.corpus_dir, max_bytes)
    rows: list[dict[str, Any]] = []
    for loaded in corpus.reports:
        for s in loaded.sections:
            rows.append(
                {
                    "report_id": s.report_id,
                    "report_title": loaded.report.title,
                    "section_id": s.section_id,
                    "title": s.title,
                    "level": s.level,
                    "kind": s.kind,
                    "subfacet_id": s.subfacet_id,
                    "subfacet_title": s.subfacet_title,
                    "page": s.page or None,
                    "chars": len(s.text),
                    "chunks": counts.get((s.report_id, s.section_id), 0) if counts else None,
                }
            )
    if args.json:
        print(
            json.dumps(
                {
                    "sections": rows,
                    "problems": [{"file": p.path, "message": p.message} for p in corpus.problems],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    current = None
    for r in rows:
        if r["report_id"] != current:
            current = r["report_id"]
            print(f"\n{r['report_title']} ({current})")
        indent = "  " * max(r["level"] - 1, 0)
        num = r["section_id"] if r["section_id"][:1].isdigit() else "·"
        chunks = "" if r["chunks"] is None else f"  [{r['chunks']} fragm.]"
        print(f"  {indent}{num} {r['title']}  ({r['kind']}){chunks}")
    for p in corpus.problems:
        print(f"waarschuwing: {p.path}: {p.message}", file=sys.stderr)
    return 0


def _check_file(path: Path, as_json: bool) -> int:
    from . import messages as m
    from .filecheck import check_file, page_ranges, removed_groups

    check = check_file(path)
    if as_json:
        print(
            json.dumps(
                {
                    "file": path.name,
                    "pages": check.pages,
                    "report": asdict(check.report),
                    "sections": [
                        {
                            "section_id": sp.section.section_id,
                            "title": sp.section.title,
                            "kind": sp.section.kind,
                            "first_page": sp.first_page or None,
                            "last_page": sp.last_page or None,
                            "chars": len(sp.section.text),
                        }
                        for sp in check.sections
                    ],
                    "removed": [asdict(r) for r in check.removed],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    pages = m.CHECK_PAGES.format(n=check.pages) if check.pages else m.CHECK_NO_PAGES
    print(m.CHECK_HEADER.format(file=path.name, pages=pages))
    print(m.CHECK_REPORT.format(title=check.report.title))
    numbered = sum(1 for sp in check.sections if sp.section.level)
    print("\n" + m.CHECK_SECTIONS.format(n=len(check.sections), numbered=numbered))
    for sp in check.sections:
        s = sp.section
        span = ""
        if sp.first_page:
            span = f"p. {sp.first_page}" + (f"–{sp.last_page}" if sp.last_page > sp.first_page else "")
        num = s.section_id if s.section_id[:1].isdigit() else "·"
        print(f"  {span:<9} {'  ' * max(s.level - 1, 0)}{num} {s.title}  ({s.kind}, {len(s.text)} tekens)")
    groups = removed_groups(check.removed)
    print("\n" + (m.CHECK_REMOVED.format(n=len(check.removed)) if groups else m.CHECK_REMOVED_NONE))
    for reason, text, on in groups:
        label = m.CHECK_REASONS.get(reason, reason)
        print(m.CHECK_REMOVED_ROW.format(reason=label, count=len(on), pages=page_ranges(on), text=text))
    return 0


def _assistant(args, settings: Settings):
    from . import fitted
    from .answer import Assistant

    assistant = Assistant(settings, use_llm=not args.no_llm)
    fitted.keep_on_disk(assistant.index)  # a one-shot ask loads the learned parts, not fits them
    return assistant


def _filters(args):
    from .retrieve import Filters

    return Filters(subfacet_id=args.subfacet, kind=args.kind, report_id=args.report)


def cmd_ask(args, settings: Settings) -> int:
    """Exit codes: 0 answered (an abstention is an answer), 1 the question or the index is unusable
    (``--json`` then still prints the error object). ``--jsonl`` writes exactly one object per
    input line, an ``error`` object for a bad one, and exits 0 once every line has its object."""
    if args.jsonl:
        assistant = _assistant(args, settings)
        for question in stdin_lines():
            print(json.dumps(_answer_json(assistant, question, (), args), ensure_ascii=False), flush=True)
        return 0
    if not args.question:
        raise QuestionError('Geef een vraag mee: pactrag ask "…" (of gebruik --jsonl met vragen op stdin).')
    assistant = _assistant(args, settings)
    if args.json:
        row = _answer_json(assistant, args.question, (), args)
        print(json.dumps(row, ensure_ascii=False))
        if "error" in row:
            print(f"pactrag: {row['error']}", file=sys.stderr)
            return 1
        return 0
    result = assistant.ask(args.question, (), _filters(args), args.k)
    print(format_answer(result))
    return 0


def stdin_lines():
    """Input lines without their line end. Bytes that are not UTF-8 (whatever the locale says)
    become U+FFFD instead of ending the batch; every line is yielded, empty ones too."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream, e.g. io.StringIO
        for line in sys.stdin:
            yield line.rstrip("\r\n")
        return
    for chunk in raw:
        yield chunk.decode("utf-8", errors="replace").rstrip("\r\n")


def _answer_json(assistant, question: str, history, args) -> dict:
    from .answer import repair_text

    try:
        return assistant.ask(question, history, _filters(args), args.k).to_json()
    except QuestionError as exc:  # one bad line must not stop a batch
        return {
            "question": repair_text(question or ""),
            "error": str(exc),
            "answer": "",
            "citations": [],
            "sources": [],
            "abstained": True,
            "mode": assistant.mode,
            "notice": str(exc),
            "timings_ms": {},
        }


def format_answer(result) -> str:
    from . import messages as M
    from .frame import framed

    out = [result.answer]
    if result.notice:
        out.append(f"\n({result.notice})")
    if result.citations:
        out.append("\n" + framed(M.SOURCES_HEADER, getattr(result, "language", "nl")))
        for c in result.citations:
            page = f", p. {c.page}" if c.page else ""
            # a quotation of a participant keeps its own marks: not wrapped a second time
            quote = c.quote if c.quote[:1] in '“"‘' and c.quote[-1:] in '”"’' else f"“{c.quote}”"
            out.append(f"[{c.n}] {c.label}{page}\n    {quote}")
    return "\n".join(out)


def cmd_chat(args, settings: Settings) -> int:
    assistant = _assistant(args, settings)
    history: list[tuple[str, str]] = []
    if args.jsonl:
        for question in stdin_lines():
            row = _answer_json(assistant, question, tuple(history), args)
            if "error" not in row:  # a bad line gets its error object and is no turn
                history.append((row.get("standalone_question") or question, row["answer"]))
            print(json.dumps(row, ensure_ascii=False), flush=True)
        return 0
    if hasattr(sys.stdin, "reconfigure"):  # bytes that are not UTF-8 read as U+FFFD, not a traceback
        sys.stdin.reconfigure(errors="replace")
    print(f"pactrag — {assistant.mode_label()}. Typ je vraag; een lege regel of Ctrl-D stopt.")
    while True:
        try:
            question = input("\nvraag> ")
        except EOFError:
            print()
            return 0
        if not question.strip():
            return 0
        try:
            result = assistant.ask(question, tuple(history), _filters(args), args.k)
        except QuestionError as exc:
            print(exc)
            continue
        history.append((result.standalone_question or question, result.answer))
        print(format_answer(result))


def cmd_eval(args, settings: Settings) -> int:
    from .evals import run_eval

    return run_eval(
        settings,
        args.set,
        args.out,
        reference=not args.no_reference,
        llm_check=not args.no_llm_check,
        split=args.split,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
