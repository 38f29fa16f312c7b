from conftest import REPORT_TXT

from pactrag.chunk import chunk_sections, split_sentences
from pactrag.parse import infer_report, parse_report, read_file


def _chunks(max_chars=1000):
    doc = read_file(REPORT_TXT)
    report = infer_report(doc, REPORT_TXT.name, "toekomstatelier-5")
    sections = parse_report(doc, report)
    return report, sections, chunk_sections(report, sections, max_chars=max_chars)


def test_chunks_are_verbatim_slices_within_one_section():
    _, sections, chunks = _chunks()
    by_id = {s.section_id: s for s in sections}
    for c in chunks:
        section = by_id[c.section_id]
        assert section.text[c.char_start : c.char_end] == c.text
    assert {c.section_id for c in chunks} == {s.section_id for s in sections if s.text}


def test_long_sections_split_with_overlap_short_ones_whole():
    _, sections, chunks = _chunks()
    per = {}
    for c in chunks:
        per.setdefault(c.section_id, []).append(c)
    assert len(per["2.4.3.2"]) > 1 and len(per["status-van-dit-document"]) == 1
    first, second = per["2.4.3.2"][:2]
    assert second.char_start < first.char_end  # one sentence of overlap
    assert max(len(c.text) for c in chunks) < 1400


def test_ids_are_deterministic_and_metadata_flat():
    a = _chunks()[2]
    b = _chunks()[2]
    assert [c.chunk_id for c in a] == [c.chunk_id for c in b]
    assert len({c.chunk_id for c in a}) == len(a)
    for c in a:
        assert all(isinstance(v, (str, int, float, bool)) for v in c.metadata().values())
    c = next(c for c in a if c.section_id == "2.3.3.2")
    assert c.embed_text.startswith(
        "Verslag toekomstatelier 5: Besturen en burgers samen aan zet › "
        "2.3 Intergemeentelijke en interbestuurlijke samenwerking › 2.3.3.2 Opschaling (start)"
    )
    assert c.text in c.embed_text and not c.text.startswith("Verslag")


def test_sentence_splitter_respects_dutch_abbreviations():
    text = (
        "Dit is een voorbeeld, bv. waterbeheer. Ook i.p.v. een loket kan het. Tweede zin! En (bv. Olen) nog."
    )
    assert split_sentences(text) == [
        "Dit is een voorbeeld, bv. waterbeheer.",
        "Ook i.p.v. een loket kan het.",
        "Tweede zin!",
        "En (bv. Olen) nog.",
    ]
