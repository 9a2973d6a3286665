"""Real protocol peers for the outbox tests, on loopback only: an SMTP server (aiosmtpd) and an
HTTP server standing in for the SMS gateway. Both can be stopped and started again on the same
port, as a mail server or a gateway that goes away mid-shift and comes back."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Inbox:
    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.raw: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
        self.raw.append(envelope.original_content)
        self.messages.append(email.message_from_bytes(envelope.original_content,
                                                      policy=email.policy.default))
        return "250 OK"


class MailServer:
    """``start()``/``stop()`` an SMTP server on a fixed loopback port; ``inbox`` keeps what came."""

    def __init__(self):
        self.port = free_port()
        self.handler = _Inbox()
        self._controller: Controller | None = None

    @property
    def inbox(self) -> list[email.message.EmailMessage]:
        return self.handler.messages

    @property
    def raw(self) -> list[bytes]:
        return self.handler.raw

    def start(self) -> None:
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class SmsGateway:
    """An HTTP server with the gateway's ``POST /v1/messages``; records each request."""

    def __init__(self, token: str = "test-token"):
        self.port = free_port()
        self.token = token
        self.requests: list[dict] = []
        self.status = 201
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                record = {"path": self.path, "auth": self.headers.get("Authorization"),
                          "content_type": self.headers.get("Content-Type"),
                          "json": json.loads(raw.decode("utf-8"))}
                if gateway.status == 201:
                    gateway.requests.append(record)
                body = json.dumps({"messageId": f"m{len(gateway.requests)}"}).encode()
                self.send_response(gateway.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
