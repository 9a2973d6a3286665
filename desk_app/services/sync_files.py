"""Exchange files (USB stick, e-mail): changes sealed with AES-GCM under the branch's own key.

Layout: ``DESK-SYNC/1`` and a newline, the header's length (4 bytes), the header (JSON: which
association, from which site to which, the file's identity), a 12-byte nonce, then the
compressed changes encrypted with AES-256-GCM. The header is authenticated with the body (it
is the "associated data"), so changing any byte anywhere makes the file fail to open; it is
readable before decryption so that a file from another association, from a branch this office
does not know, or one already applied can be refused with the right reason.
"""

from __future__ import annotations

import json
import os
import zlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"DESK-SYNC/1\n"
KEY_BYTES = 32


class FileRefused(Exception):
    """An exchange file this office will not apply; ``code`` picks the message shown.

    Codes: ``not_exchange_file``, ``other_association``, ``unknown_sender``,
    ``wrong_recipient``, ``altered``, ``already_applied``, ``not_set_up``.
    """

    def __init__(self, code: str, detail: str = ""):
        self.code, self.detail = code, detail
        super().__init__(f"{code}: {detail}" if detail else code)


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def seal(header: dict[str, Any], bundle: dict[str, Any], key: bytes) -> bytes:
    head = _dump(header)
    prefix = MAGIC + len(head).to_bytes(4, "big") + head
    nonce = os.urandom(12)
    body = AESGCM(key).encrypt(nonce, zlib.compress(_dump(bundle), 6), prefix)
    return prefix + nonce + body


def _split(data: bytes) -> tuple[bytes, dict[str, Any], bytes]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4 + 12 + 16:
        raise FileRefused("not_exchange_file")
    size = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    end = len(MAGIC) + 4 + size
    try:
        header = json.loads(data[len(MAGIC) + 4:end])
    except (UnicodeDecodeError, ValueError):
        raise FileRefused("altered", "header") from None
    if not isinstance(header, dict) or end + 28 > len(data):
        raise FileRefused("altered", "header")
    return data[:end], header, data[end:]


def header(data: bytes) -> dict[str, Any]:
    """The readable header (not yet authenticated: :func:`open_sealed` checks it)."""
    return _split(data)[1]


def open_sealed(data: bytes, key: bytes) -> dict[str, Any]:
    prefix, _head, rest = _split(data)
    try:
        plain = AESGCM(key).decrypt(rest[:12], rest[12:], prefix)
    except InvalidTag:
        raise FileRefused("altered") from None
    return json.loads(zlib.decompress(plain))
