"""A local preview: serve the built site, rebuild when a source changes, reload the page."""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["Preview", "snapshot"]

# Injected into HTML responses only (the built files stay clean): it asks the server for the
# build number and reloads the page when a rebuild has finished.
RELOAD_SCRIPT = b"""<script>
(function () {
  var seen = null;
  setInterval(function () {
    fetch("/__triptych/build").then(function (r) { return r.text(); }).then(function (n) {
      if (seen === null) { seen = n; } else if (n !== seen) { location.reload(); }
    }).catch(function () {});
  }, 700);
})();
</script>
"""


def snapshot(roots: list[Path]) -> dict[Path, float]:
    """Modification times of every file under ``roots`` (files that are roots count too)."""
    found: dict[Path, float] = {}
    for root in roots:
        if root.is_file():
            found[root] = root.stat().st_mtime
        elif root.is_dir():
            for path in root.rglob("*"):
                if path.is_file():
                    found[path] = path.stat().st_mtime
    return found


class Preview:
    """Serve ``site`` on ``host:port``; poll ``watched`` and call ``rebuild`` on a change."""

    def __init__(
        self,
        site: Path,
        watched: list[Path],
        rebuild: Callable[[], None],
        host: str = "127.0.0.1",
        port: int = 8000,
        log: Callable[[str], None] = print,
    ) -> None:
        self.site, self.watched, self.rebuild, self.log = site, watched, rebuild, log
        self.build_number = 0
        self.rebuilding = threading.Event()
        """Set while a rebuild runs: the site may be between its old and new folder."""
        handler = functools.partial(_Handler, directory=str(site), preview=self)
        self.httpd = http.server.ThreadingHTTPServer((host, port), handler)
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        """The address the preview answers on."""
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def serve_forever(self, poll: float = 0.5) -> None:
        """Serve until ``stop`` is called (or Ctrl-C), rebuilding on changes."""
        server = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        server.start()
        before = snapshot(self.watched)
        try:
            while not self._stop.wait(poll):
                now = snapshot(self.watched)
                if now != before:
                    before = now
                    started = time.perf_counter()
                    self.rebuilding.set()
                    try:
                        self.rebuild()
                        self.build_number += 1
                        self.log(f"rebuilt in {time.perf_counter() - started:.2f} s")
                    except Exception as err:  # a broken source must not stop the preview
                        self.log(f"rebuild failed: {err}")
                    finally:
                        self.rebuilding.clear()
        finally:
            self.httpd.shutdown()
            self.httpd.server_close()

    def stop(self) -> None:
        """Ask ``serve_forever`` to return."""
        self._stop.set()


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args: object, preview: Preview, **kwargs: object) -> None:
        self.preview = preview
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/__triptych/build":
            body = str(self.preview.build_number).encode()
            self._send(body, "text/plain")
            return
        self._past_the_swap()
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            body = path.read_bytes().replace(b"</body>", RELOAD_SCRIPT + b"</body>", 1)
            self._send(body, "text/html; charset=utf-8")
            return
        super().do_GET()

    def _past_the_swap(self) -> None:
        """A rebuild puts the new site in place of the old by two renames; a request that
        falls between them waits for the second (two seconds at the most) rather than
        getting a 404. With no rebuild running, a missing site is answered at once."""
        deadline = time.monotonic() + 2
        while (
            self.preview.rebuilding.is_set()
            and not self.preview.site.is_dir()
            and time.monotonic() < deadline
        ):
            time.sleep(0.005)

    def do_HEAD(self) -> None:
        self._past_the_swap()
        super().do_HEAD()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)
