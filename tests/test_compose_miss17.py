"""A chosen point's next sentence joins when it scores near the best (session 16, miss17)."""

from __future__ import annotations

from pactrag import compose
from pactrag.pointvotes import sentence_key


def _section(index, sid):
    return index.section_by_key[next(k for k in index.section_by_key if k[1] == sid)]


def _points(index, sid):
    section = _section(index, sid)
    return section, compose.section_points(index, section.report_id, section.section_id)


def _at(points, words):
    return next(p for p in points if p.text.startswith(words))


def test_the_sentence_after_a_chosen_point_joins_above_the_floor(index):
    # "Kleine gemeenten hebben vaak onvoldoende middelen …" was shown without the next sentence,
    # "Extra (financiële) ondersteuning … provincies en intercommunales (zoals IOK)", which answered
    # "wie kan een kleine gemeente helpen?" and fell just under the choice's floor (cold17 c17q038)
    section, points = _points(index, "2.2.3.3")
    best = _at(points, "Burgers vrezen")
    chosen_point = _at(points, "Kleine gemeenten hebben")
    after = points[chosen_point.position + 1]
    assert "intercommunales" in after.text
    chosen = [(1.0, best, section), (0.99, chosen_point, section)]
    scores = {id(best): 1.0, id(chosen_point): 0.99, id(after): 0.95}
    votes = {(section.report_id, section.section_id, sentence_key(s)): 0.2 for s in after.sentences}
    assert [p for _, p, _ in compose._read_forward(chosen, scores, 0.93, votes, index)] == [after]
    # under the floor it stays out
    assert compose._read_forward(chosen, scores, 0.96, votes, index) == []
    # … and without the labelled questions' votes (READ_FORWARD_VOTES) too: a next sentence near
    # the best that no similar question was answered by was padding far more often than an answer
    assert compose._read_forward(chosen, scores, 0.93, {}, index) == []


def test_the_best_points_own_next_sentence_and_a_chosen_one_are_not_added_again(index):
    # the best point's continuation is ``_continuation``'s; a point already chosen is not repeated
    section, points = _points(index, "2.2.3.3")
    first = _at(points, "Kleine gemeenten hebben")
    after = points[first.position + 1]
    scores = {id(first): 1.0, id(after): 0.99}
    votes = {
        (section.report_id, section.section_id, sentence_key(s)): 0.2 for p in points for s in p.sentences
    }
    assert compose._read_forward([(1.0, first, section)], scores, 0.0, votes, index) == []
    other = _at(points, "Burgers vrezen")
    chosen = [(1.0, other, section), (0.99, first, section), (0.99, after, section)]
    assert compose._read_forward(chosen, {**scores, id(other): 1.0}, 0.0, votes, index) == []


def test_a_new_labelled_paragraph_is_not_read_on_into(index):
    # the next labelled item ("Te veel sectoraal beleid/projecten: …") is another matter, not the
    # chosen point's continuation
    section, points = _points(index, "2.1.3.3")
    quote = _at(points, "“Het is ook niet omdat")
    after = points[quote.position + 1]
    assert after.text.startswith("Te veel sectoraal")
    best = points[0]
    chosen = [(1.0, best, section), (0.99, quote, section)]
    votes = {(section.report_id, section.section_id, sentence_key(s)): 0.2 for s in after.sentences}
    scores = {id(best): 1.0, id(quote): 0.99, id(after): 0.99}
    assert compose._read_forward(chosen, scores, 0.0, votes, index) == []
