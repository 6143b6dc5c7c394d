"""The parse as a map over batches: every executor gives the same brief, byte for byte."""

from __future__ import annotations

import pytest

from briefgen import executors
from briefgen.errors import BriefgenError
from briefgen.executors import Processes, Serial, auto_workers, batches, executor_for
from briefgen.ingest import read_inputs
from briefgen.pipeline import build_brief
from tests.conftest import AS_OF, CORPUS


@pytest.fixture(scope="module")
def articles():
    return read_inputs([CORPUS / "airbus" / "docs"]).articles[:12]


@pytest.fixture(scope="module")
def serial_json(articles) -> str:
    return build_brief(articles, as_of=AS_OF, workers=1).to_json()


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of two or three articles, so that every worker has some."""
    monkeypatch.setattr(executors, "BATCH_CHARS", 4_000)


def test_batches_keep_order_and_whole_texts():
    texts = ["a" * 30, "b" * 30, "c" * 50, "d" * 10]
    assert batches(texts, limit=60) == [("a" * 30, "b" * 30), ("c" * 50, "d" * 10)]
    assert batches(["x" * 100], limit=60) == [("x" * 100,)]  # a long text is a batch alone
    assert batches([]) == []


@pytest.mark.parametrize(
    ("characters", "cores", "workers"),
    [
        (10_000, 8, 1),  # a few articles: starting processes costs more than it saves
        (1_000_000, 1, 1),  # one core: nothing to share
        (1_000_000, 2, 2),
        (5_000_000, 64, executors.AUTO_MAX_WORKERS),
    ],
)
def test_workers_are_chosen_where_they_pay(characters, cores, workers):
    assert auto_workers(characters, cores) == workers


def test_executor_follows_the_options():
    assert isinstance(executor_for(1, None, 10**9), Serial)
    assert isinstance(executor_for(None, None, 100), Serial)
    pool = executor_for(2, None, 100)
    assert isinstance(pool, Processes) and pool.workers == 2
    pool.close()


def test_two_processes_give_the_same_brief(articles, serial_json, small_batches):
    assert len(batches([a.text for a in articles])) >= 3
    assert build_brief(articles, as_of=AS_OF, workers=2).to_json() == serial_json


def test_a_dask_cluster_gives_the_same_brief(articles, serial_json, small_batches):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
    ):
        made = build_brief(articles, as_of=AS_OF, scheduler=cluster.scheduler_address)
    assert made.to_json() == serial_json


def test_no_scheduler_is_one_clear_error():
    pytest.importorskip("distributed")
    with pytest.raises(BriefgenError, match=r"no Dask scheduler at tcp://127\.0\.0\.1:9"):
        executor_for(None, "tcp://127.0.0.1:9", 100)
