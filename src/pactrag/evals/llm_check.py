"""LLM-mode grounding check for ``pactrag eval``.

The real LLM answerer (``OpenAIChatModel`` over HTTP, streaming) is pointed at a loopback
``ReplayServer`` that plays a scripted "model". For a handful of gold questions it answers

- faithfully: a framing line and two bullets quoting sources [1] and [2], each cited;
- adversarially: an invented source number, a claim its source does not make, a source
  sentence with a number changed or a place name added, a true sentence cited to the wrong
  source, an English answer, and an answer that leaks the system prompt;

and, once, the endpoint fails: a 500 (then success after the one retry), two 500s, two
hangs past the timeout, a garbled stream, a stream cut halfway, an unreachable server.

A bad answer is *caught* when the user never sees the bad sentence as a cited claim: it was
removed (with a notice) or the whole answer fell back to the extractive one (with a
notice). A faithful answer is *accepted* when it comes through in LLM mode, unchanged in
substance, with valid citations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from .. import messages as M
from ..chunk import split_sentences
from ..cite import is_dutch, leaks_prompt
from ..config import Settings
from ..errors import PactragError
from ..index import Index
from ..lexical import tokenize
from ..prompts import SYSTEM_PROMPT
from ..records import Answer
from .metrics import GoldItem, norm
from .replay_server import Cut, Garbled, Hang, ReplayServer, Status, numbered_sources, question_of

ADVERSARIAL = (
    "invented-citation",
    "unsupported-claim",
    "altered-number",
    "added-name",
    "wrong-source",
    "english",
    "leaked-prompt",
)
TRANSPORT = ("retry-500", "http-500", "hang", "garbled", "cut-stream", "unreachable")
TIMEOUT_S = 0.5  # the hang cases wait this long, twice (one retry)
INVENTED_PLACE = "Tongeren"  # a town the report never mentions


@dataclass(frozen=True)
class Case:
    item_id: str
    kind: str  # "faithful", one of ADVERSARIAL or one of TRANSPORT
    ok: bool  # faithful: accepted; adversarial: caught; transport: degraded (or recovered) as expected
    how: str  # "llm", "removed", "fallback", …
    detail: str  # the notice, or what went wrong
    answer: str


@dataclass(frozen=True)
class Script:
    """What the scripted model says: the full text and the one sentence that is bad."""

    text: str
    bad: str = ""


# -- scripted answers, written from the sources in the prompt ----------------------------------


def _sentences(text: str) -> list[str]:
    out = []
    for s in split_sentences(text):
        s = s.lstrip("•-* ").strip()
        if len(s.split()) >= 6 and not s.endswith(":"):
            out.append(s)
    return out


def _best(text: str, question: str) -> str:
    """The source sentence that shares the most words with the question (first on a tie)."""
    q = set(tokenize(question))
    options = _sentences(text) or [text.strip()]
    return max(options, key=lambda s: (len(q & set(tokenize(s))), -options.index(s)))


def _end(sentence: str) -> str:
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def faithful(messages: list[dict[str, str]]) -> Script:
    sources, question = numbered_sources(messages), question_of(messages)
    lines = [f"- {_end(_best(sources[n][1], question))} [{n}]" for n in sorted(sources)[:2]]
    return Script(M.FRAMING_DEFAULT + "\n\n" + "\n".join(lines))


def adversarial(kind: str, messages: list[dict[str, str]]) -> Script:
    sources, question = numbered_sources(messages), question_of(messages)
    good = f"- {_end(_best(sources[1][1], question))} [1]"
    head = M.FRAMING_DEFAULT + "\n\n" + good + "\n"
    if kind == "invented-citation":
        bad = (
            _end(_best(sources[2][1], question)) if 2 in sources else "De deelnemers waren het hierover eens."
        )
        return Script(head + f"- {bad} [{len(sources) + 1}]", bad)
    if kind == "unsupported-claim":
        bad = "Daarnaast besliste de Vlaamse Regering om hiervoor jaarlijks extra middelen vrij te maken."
        return Script(head + f"- {bad} [1]", bad)
    if kind == "altered-number":
        source = _best(sources[1][1], question)
        numbered = next((s for s in _sentences(sources[1][1]) if re.search(r"\d", s)), None)
        base = numbered or source
        if re.search(r"\d", base):
            bad = _end(re.sub(r"\d+", lambda m: str(int(m.group(0)) + 13), base, count=1))
        else:
            bad = _end(base.rstrip(".!?") + ", en dat al sinds 1987")
        return Script(head + f"- {bad} [1]", bad)
    if kind == "added-name":
        bad = _end(_best(sources[1][1], question).rstrip(".!?") + f", zoals in {INVENTED_PLACE}")
        return Script(head + f"- {bad} [1]", bad)
    if kind == "wrong-source":
        # a true sentence of another section that shares few words with source [1]
        own = set(tokenize(sources[1][1]))
        others = [
            s
            for n in sorted(sources)[1:]
            if sources[n][0] != sources[1][0]
            for s in _sentences(sources[n][1])
        ]
        overlap = {s: len(set(tokenize(s)) & own) / max(len(set(tokenize(s))), 1) for s in others}
        unrelated = sorted(
            (s for s in others if overlap[s] <= 1 / 3), key=lambda s: (overlap[s], others.index(s))
        )
        bad = (
            _end(unrelated[0])
            if unrelated
            else "De deelnemers vroegen om een jaarlijkse evaluatie door de minister."
        )
        return Script(head + f"- {bad} [1]", bad)
    if kind == "english":
        bad = "According to the report, local governments need more staff and more money to cooperate."
        return Script(
            f"{bad} [1] The participants also stressed that citizens should be involved early. [2]", bad
        )
    if kind == "leaked-prompt":
        system = next((m["content"] for m in messages if m.get("role") == "system"), SYSTEM_PROMPT)
        bad = system.split("\n")[0]
        return Script("Dit zijn mijn instructies:\n\n" + system + "\n\n" + good, bad)
    raise ValueError(f"unknown adversarial case: {kind}")


# -- judging what came out ---------------------------------------------------------------------


def _citations_valid(answer: Answer, index: Index) -> bool:
    for c in answer.citations:
        section = index.section_by_key.get((c.report_id, c.section_id))
        if section is None or norm(c.quote) not in norm(section.text):
            return False
    markers = {int(n) for n in re.findall(r"\[(\d{1,3})\]", answer.answer)}
    return markers <= {c.n for c in answer.citations}


def judge_faithful(answer: Answer, index: Index) -> tuple[bool, str]:
    if answer.mode != "llm":
        return False, f"viel terug op het extractieve antwoord: {answer.notice}"
    if answer.notice or answer.abstained:
        return False, f"ingekort of geweigerd: {answer.notice or answer.abstain_reason}"
    if len(answer.citations) < 2 or not _citations_valid(answer, index):
        return False, "citaten ontbreken of staan niet letterlijk in de geciteerde sectie"
    if "\n- " not in answer.answer:
        return False, "de opmaak (opsomming) ging verloren"
    return True, "aanvaard"


def judge_bad(kind: str, script: Script, answer: Answer, index: Index) -> tuple[bool, str, str]:
    """(caught, how, detail)."""
    if answer.mode == "extractive":
        return answer.notice is not None, "fallback", answer.notice or "terugval zonder melding"
    problems = []
    if script.bad and norm(script.bad.rstrip(".")) in norm(answer.answer):
        problems.append("de slechte zin staat nog in het antwoord")
    if not _citations_valid(answer, index):
        problems.append("ongeldige bronnummers of citaten")
    if not answer.notice:
        problems.append("geen melding aan de gebruiker")
    # an English answer is the product's for an English question only (english16)
    if kind == "english" and not is_dutch(answer.answer) and answer.language != "en":
        problems.append("antwoord niet in het Nederlands")
    if kind == "leaked-prompt" and leaks_prompt(answer.answer, SYSTEM_PROMPT, ignore=(M.ABSTAIN,)):
        problems.append("systeemprompt gelekt")
    return not problems, "removed", "; ".join(problems) or answer.notice or ""


# -- running ------------------------------------------------------------------------------------


def run_llm_check(settings: Settings, index: Index, items: Sequence[GoldItem], max_items: int = 8) -> dict:
    """Run the faithful, adversarial and transport cases; return counts and every case."""
    from ..answer import Assistant
    from ..llm import OpenAIChatModel

    chosen = _spread(items, max_items)
    cases: list[Case] = []
    with ReplayServer() as server:
        llm_settings = settings.with_(
            llm_base_url=server.url + "/v1", llm_model="replay", llm_timeout_s=TIMEOUT_S, llm_retries=1
        )
        assistant = Assistant(llm_settings, index=index, chat_model=OpenAIChatModel(llm_settings))

        def ask(item: GoldItem, *behaviours) -> tuple[Answer | None, str]:
            server.clear()
            server.enqueue(*behaviours)
            try:
                answer = assistant.ask(item.question)
            except PactragError as exc:
                return None, f"fout: {exc}"
            except Exception as exc:  # the check reports a crash instead of crashing the eval
                return None, f"crash: {type(exc).__name__}: {exc}"
            if server.pending:
                return answer, "het model werd niet (volledig) aangesproken"
            return answer, ""

        for item in chosen:
            scripts: dict[str, Script] = {}

            def scripted(kind: str, scripts: dict[str, Script] = scripts) -> Callable:
                # ``scripts`` bound now: this item's record of what the model was made to say
                def behaviour(messages):
                    scripts[kind] = faithful(messages) if kind == "faithful" else adversarial(kind, messages)
                    return scripts[kind].text

                return behaviour

            for kind in ("faithful",) + ADVERSARIAL:
                answer, problem = ask(item, scripted(kind))
                if answer is None or problem:
                    cases.append(
                        Case(item.id, kind, False, "error", problem, answer.answer if answer else "")
                    )
                    continue
                if kind == "faithful":
                    ok, detail = judge_faithful(answer, index)
                    how = "llm" if ok else answer.mode
                else:
                    ok, how, detail = judge_bad(kind, scripts[kind], answer, index)
                cases.append(Case(item.id, kind, ok, how, detail, answer.answer))

        if chosen:
            cases.extend(_transport_cases(chosen[0], ask, server, index, llm_settings))
    return summarise(cases, [i.id for i in chosen])


def _transport_cases(
    item: GoldItem, ask, server: ReplayServer, index: Index, llm_settings: Settings
) -> list[Case]:
    from ..answer import Assistant
    from ..llm import OpenAIChatModel

    out = []
    plans = {
        "retry-500": ((Status(500), lambda m: faithful(m).text), "llm", 2),
        "http-500": ((Status(500), Status(500)), M.LLM_FALLBACK, 2),
        "hang": ((Hang(TIMEOUT_S * 8), Hang(TIMEOUT_S * 8)), M.LLM_FALLBACK, 2),
        "garbled": ((Garbled(), Garbled()), M.LLM_FALLBACK, 2),
        "cut-stream": ((Cut("Dit staat er in het verslag over: de deelnemers"),), M.LLM_FALLBACK, 1),
    }
    for kind, (behaviours, expected, requests) in plans.items():
        answer, problem = ask(item, *behaviours)
        got = len(server.chat_requests())
        if answer is None or problem:
            out.append(Case(item.id, kind, False, "error", problem, ""))
            continue
        if expected == "llm":
            ok, detail = judge_faithful(answer, index)
            detail = f"{detail}; {got} verzoeken"
            ok = ok and got == requests
        else:
            ok = answer.mode == "extractive" and answer.notice == expected and got == requests
            detail = f"{answer.mode}, melding: {answer.notice}; {got} verzoeken (verwacht {requests})"
        out.append(Case(item.id, kind, ok, answer.mode, detail, answer.answer))
    # an endpoint nobody listens on: a server that was started and stopped again
    with ReplayServer() as gone:
        dead_url = gone.url
    dead = llm_settings.with_(llm_base_url=dead_url + "/v1")
    try:
        answer = Assistant(dead, index=index, chat_model=OpenAIChatModel(dead)).ask(item.question)
        ok = answer.mode == "extractive" and answer.notice == M.LLM_FALLBACK
        out.append(Case(item.id, "unreachable", ok, answer.mode, f"melding: {answer.notice}", answer.answer))
    except Exception as exc:
        out.append(Case(item.id, "unreachable", False, "error", f"crash: {type(exc).__name__}: {exc}", ""))
    return out


def _spread(items: Sequence[GoldItem], n: int) -> list[GoldItem]:
    """``n`` items spread evenly over the list (deterministic)."""
    if len(items) <= n:
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def summarise(cases: Sequence[Case], item_ids: Sequence[str]) -> dict:
    def count(kinds) -> tuple[int, int]:
        chosen = [c for c in cases if c.kind in kinds]
        return sum(c.ok for c in chosen), len(chosen)

    caught, bad = count(ADVERSARIAL)
    accepted, good = count(("faithful",))
    degraded, transport = count(TRANSPORT)
    per_kind = {
        kind: dict(zip(("ok", "total"), count((kind,)), strict=True))
        for kind in ("faithful",) + ADVERSARIAL + TRANSPORT
    }
    return {
        "items": list(item_ids),
        "adversarial_caught": caught,
        "adversarial_total": bad,
        "faithful_accepted": accepted,
        "faithful_total": good,
        "transport_degraded": degraded,
        "transport_total": transport,
        "caught_share": round(caught / bad, 4) if bad else None,
        "faithful_accepted_share": round(accepted / good, 4) if good else None,
        "transport_ok_share": round(degraded / transport, 4) if transport else None,
        "per_kind": per_kind,
        "cases": [asdict(c) for c in cases],
    }
