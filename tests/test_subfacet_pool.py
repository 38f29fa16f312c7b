"""A subfacet read from all its parts (retrieve._subfacet_pool)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from pactrag import retrieve

ROWS = [  # (report, section, subfacet)
    ("a", "2.2.3.1", "2.2"),
    ("a", "2.2.3.2", "2.2"),
    ("a", "2.2.3.3", "2.2"),
    ("a", "2.5.3.1", "2.5"),
    ("a", "2.5.3.2", "2.5"),
    ("a", "2.5.3.2", "2.5"),  # a second chunk of the same section
    ("a", "inleiding", ""),
]


def _index() -> SimpleNamespace:
    columns = {
        "report_id": np.array([r for r, _, _ in ROWS]),
        "section_id": np.array([s for _, s, _ in ROWS]),
        "subfacet_id": np.array([u for _, _, u in ROWS]),
    }
    return SimpleNamespace(column=lambda name: columns[name])


def test_a_subfacet_whose_several_parts_match_gains_over_one_matched_by_a_single_part():
    # 2.5's one section spikes on a shared word; 2.2's three sections all match a little less
    fused = np.array([2.0, 1.9, 1.8, 2.1, -3.0, -3.0, 0.0])
    pool = retrieve._subfacet_pool(_index(), fused)
    assert pool[:3].min() > 0.4 and np.allclose(pool[:3], pool[0])  # every chunk of 2.2 the same
    assert pool[3] < 0.01  # the lone spike gains (almost) nothing
    assert pool[6] == 0.0  # outside a subfacet: nothing
    shifted = fused + retrieve.SUBFACET_POOL_WEIGHT * pool
    assert shifted[0] > shifted[3]  # 2.2 now leads


def test_a_section_counts_once_however_many_chunks_it_has_and_masked_chunks_not_at_all():
    fused = np.array([-np.inf, -np.inf, -np.inf, 1.0, 1.0, 1.0, 0.0])
    pool = retrieve._subfacet_pool(_index(), fused)
    # 2.5 has two sections at 1.0 (the second's two chunks count once): T log 2
    assert np.isclose(pool[3], retrieve.SUBFACET_POOL_TEMPERATURE * np.log(2))
    assert pool[0] == 0.0  # 2.2 is masked out whole
