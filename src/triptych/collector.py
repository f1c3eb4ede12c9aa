"""Fewer garbage collections during batch work.

Importing and typesetting allocate millions of objects and free few of them in cycles, while
CPython's collector keeps re-examining everything alive: the loaded pinyin dictionaries,
WeasyPrint's modules, the model. For the sample's cold build that came to 0.2 s of 1.7 s, and
to a quarter of the normaliser's time on 1 MB of text.

Within ``fewer_collections()`` what was alive at its start is left out of collections
(``gc.freeze``), and a collection starts after 100,000 new objects rather than 700. Cycles are
still collected, so memory stays bounded (the benchmarks' peak memory did not change). The
previous settings come back when the outermost use ends; uses may nest and may come from
several threads. A host that has frozen objects itself, or collects by hand (a threshold of
0), is left as it is.

A process that has used it skips the collector's last full pass when it exits: what is alive
then is frozen, and the operating system reclaims the memory. That pass visited every object
left (WeasyPrint's caches, the pinyin dictionaries) and took 0.2 s, an eighth of the sample's
cold build. This holds for any program that calls the functions that use it: objects in
reference cycles are then not finalised at exit, which Python does not promise to do; triptych
closes its files and removes its temporary folders itself.
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["fewer_collections"]

_THRESHOLD = (100_000, 50, 100)
_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] = gc.get_threshold()
_set: tuple[int, int, int] | None = None  # the threshold this module set, if it did
_froze = False
_exit_registered = False


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often while the block runs (see the module's note)."""
    global _depth, _saved, _set, _froze, _exit_registered
    with _lock:
        if not _exit_registered:
            atexit.register(gc.freeze)
            _exit_registered = True
        if _depth == 0:
            _saved, _set = gc.get_threshold(), None
            # a host that froze objects itself (before forking, say) keeps them as it froze
            # them: freezing again could not be undone for only what this block froze
            _froze = gc.get_freeze_count() == 0
            if _froze:
                gc.freeze()
            if _saved[0] != 0:  # 0: the host collects by hand
                first, second, third = (max(a, b) for a, b in zip(_saved, _THRESHOLD, strict=True))
                _set = (first, second, third)
                gc.set_threshold(first, second, third)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if _set is not None and gc.get_threshold() == _set:  # unless the host changed it
                    gc.set_threshold(*_saved)
                if _froze:
                    gc.unfreeze()
