"""A CAD system's EIDO endpoint on loopback that records every POST it receives."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class CadEndpoint:
    """`received` holds (headers, body) per POST; set `status["code"]` to change the answer."""

    def __init__(self):
        self.received: list[tuple[dict, bytes]] = []
        self.status = {"code": 202}
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                endpoint.received.append((dict(self.headers), body))
                self.send_response(endpoint.status["code"])
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_port}/eido"

    def __enter__(self):
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()
