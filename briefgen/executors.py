"""The parse as a map over batches of articles, behind one executor interface.

`parse_batch` parses one batch of texts; an executor maps it over the batches and yields
the results in batch order (Docs from `Serial`, in this process; each Doc's bytes from the
others, which read them back into this process's vocabulary): `Processes`
in a pool of local processes, `Cluster` on a Dask distributed cluster (`--scheduler
tcp://HOST:PORT`; its workers need briefgen and the spaCy pipeline installed). The batches
are the same whichever executor runs them, and a text's parse does not depend on the texts
parsed beside it (spaCy's batch size changes no annotation), so the parses, and the brief,
are byte-identical across executors and worker counts.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor as _PoolExecutor
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from briefgen.errors import BriefgenError

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

Batch = tuple[str, ...]
# A batch holds whole articles up to about this many characters (one article may be longer):
# small enough that two workers finish close together on a few hundred articles, large
# enough that a batch's fixed cost (sending, one nlp.pipe call) is far below its parse.
BATCH_CHARS = 40_000
# Below this many characters to parse, one process: starting a pool and sending the parses
# back costs more than it saves (about 100 news articles; a worker starts in ~0.1 s by fork,
# ~3 s where it must load the pipeline).
AUTO_MIN_CHARS = 250_000
# At most this many processes are chosen automatically: spaCy's small pipeline parses at
# about the speed the main process can read the parses back and extract from them.
AUTO_MAX_WORKERS = 4


def batches(texts: Sequence[str], limit: int | None = None) -> list[Batch]:
    """The texts in order, cut into batches of whole texts of at most `limit` characters
    (default `BATCH_CHARS`)."""
    limit = limit or BATCH_CHARS
    found: list[Batch] = []
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > limit:
            found.append(tuple(batch))
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    return [*found, tuple(batch)] if batch else found


def parse_batch(model: str, texts: Batch) -> list[bytes]:
    """Each text of a batch parsed into a Doc, as bytes (in a worker)."""
    return [doc.to_bytes() for doc in parse_docs(model, texts)]


def parse_docs(model: str, texts: Batch) -> list[Doc]:
    """Each text of a batch parsed into a Doc (`nlp.iter_parse`)."""
    from briefgen.nlp import iter_parse, load_pipeline

    return list(iter_parse(load_pipeline(model), texts))


class Executor(Protocol):
    """Parses batches; yields each batch's Docs or their bytes, in batch order."""

    def map(self, model: str, work: Sequence[Batch]) -> Iterator[list[Doc] | list[bytes]]: ...

    def close(self) -> None: ...


class Serial:
    """In this process: every batch's texts in one stream through the pipeline, so spaCy's
    own batches stay full across the executor's (a separate `nlp.pipe` call per batch of
    ~18 articles left a part-filled batch at each end: 7% of the parse of 300 articles)."""

    def map(self, model: str, work: Sequence[Batch]) -> Iterator[list[Doc]]:
        from briefgen.nlp import iter_parse, load_pipeline

        docs = iter_parse(load_pipeline(model), [text for batch in work for text in batch])
        return ([next(docs) for _ in batch] for batch in work)

    def close(self) -> None:
        pass


@dataclass
class Processes:
    """A pool of `workers` local processes: forked where the platform allows it (they share
    the pipeline the main process loaded), else started fresh, each loading it once."""

    workers: int

    def __post_init__(self) -> None:
        method = "fork" if sys.platform == "linux" else "spawn"
        self._pool: _PoolExecutor = ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context(method)
        )

    def map(self, model: str, work: Sequence[Batch]) -> Iterator[list[bytes]]:
        return self._pool.map(parse_batch, [model] * len(work), work)

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


class Cluster:
    """A Dask distributed cluster, by its scheduler's address ("tcp://10.0.0.5:8786")."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise BriefgenError(
                "--scheduler needs the 'distributed' package: pip install 'briefgen[cluster]'"
            ) from None
        try:
            self._client: Any = Client(address, timeout="10s")  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as error:
            raise BriefgenError(f"no Dask scheduler at {address} ({error})") from None

    def map(self, model: str, work: Sequence[Batch]) -> Iterator[list[bytes]]:
        futures = self._client.map(parse_batch, [model] * len(work), work, pure=False)
        return (future.result() for future in futures)

    def close(self) -> None:
        self._client.close()


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the platform tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def auto_workers(characters: int, cores: int | None = None) -> int:
    """How many processes pay for parsing this many characters: one below `AUTO_MIN_CHARS`,
    else one a core, at most `AUTO_MAX_WORKERS`."""
    if characters < AUTO_MIN_CHARS:
        return 1
    return max(1, min(cores or available_cores(), AUTO_MAX_WORKERS))


def executor_for(workers: int | None, scheduler: str | None, characters: int) -> Executor:
    """The executor for a run: a cluster when a scheduler is given, else `workers` processes
    (None: chosen by `auto_workers`), else this process."""
    if scheduler:
        return Cluster(scheduler)
    count = auto_workers(characters) if workers is None else workers
    return Processes(count) if count > 1 else Serial()


def parse_all(executor: Executor, model: str, texts: Sequence[str], vocab: Vocab) -> Iterator[Doc]:
    """Each text's parse, in text order, as the batches come back (bytes read into `vocab`)."""
    from spacy.tokens import Doc

    for parsed in executor.map(model, batches(texts)):
        for doc in parsed:
            yield Doc(vocab).from_bytes(doc) if isinstance(doc, bytes) else doc
