"""Verification codes printed on every page of an issued document (R-DEC-4).

A code is ten Crockford base32 symbols (50 bits), shown as ``XXXXX-XXXXX``: short enough to read
over the phone or type at the desk, and derived with HMAC-SHA256 from the installation's secret,
so nobody without the secret can make up a code that the installation would have issued.

The code is printed *inside* the PDF, so it cannot depend on the PDF's own hash. It is keyed on
the document id and a digest of what the document says it is (kind, number, subject, time,
issuer); the archive keeps the PDF's SHA-256 beside it, and checking a PDF compares that hash.

Typing is forgiving (:func:`normalize_code`): case, spaces and dashes do not matter, Crockford's
look-alikes (O→0, I/L→1) are folded, Arabic-Indic digits are accepted, and text a barcode scanner
typed while the keyboard was switched to Arabic is mapped back to the Latin keys it came from.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from collections.abc import Mapping

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_LENGTH = 10
GROUP = 5
QR_PREFIX = "DESK-VERIFY:"

_ALIASES = {"O": "0", "I": "1", "L": "1"}
_SEPARATORS = " -_.\u2010\u2011\u2012\u2013\u2014\u2212\u00a0\u200f\u200e\t"
_ARABIC_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_ARABIC_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
# The standard Arabic (101) keyboard: the Latin key under each Arabic character, unshifted and
# with Shift. A keyboard-wedge scanner sends key presses, so with the Arabic layout active the
# code "AB" (Shift+A, Shift+B) arrives as "ِلآ".
_ARABIC_KEYS = {
    "ض": "q", "ص": "w", "ث": "e", "ق": "r", "ف": "t", "غ": "y", "ع": "u", "ه": "i", "خ": "o",
    "ح": "p", "ش": "a", "س": "s", "ي": "d", "ب": "f", "ل": "g", "ا": "h", "ت": "j", "ن": "k",
    "م": "l", "ئ": "z", "ء": "x", "ؤ": "c", "ر": "v", "ى": "n", "ة": "m", "ك": ";",
    "\u064e": "Q", "\u064b": "W", "\u064f": "E", "\u064c": "R", "إ": "Y", "\u2018": "U",
    "÷": "I", "×": "O", "؛": "P", "\u0650": "A", "\u064d": "S", "]": "D", "[": "F", "أ": "H",
    "\u0640": "J", "،": "K", "/": "L", "~": "Z", "\u0652": "X", "}": "C", "{": "V", "آ": "N",
    "\u2019": "M",
}
_ARABIC_PAIRS = {"لإ": "T", "لأ": "G", "لآ": "B", "لا": "b", "\ufef9": "T", "\ufefa": "T",
                 "\ufef7": "G", "\ufef8": "G", "\ufef5": "B", "\ufef6": "B", "\ufefb": "b",
                 "\ufefc": "b"}


def _encode(data: bytes, length: int) -> str:
    bits = int.from_bytes(data, "big")
    total = len(data) * 8
    return "".join(ALPHABET[(bits >> (total - 5 * (i + 1))) & 31] for i in range(length))


def format_code(raw: str) -> str:
    """``"ABCDE12345"`` → ``"ABCDE-12345"``."""
    return f"{raw[:GROUP]}-{raw[GROUP:]}"


def content_digest(fields: Mapping[str, object]) -> str:
    """SHA-256 (hex) of a canonical JSON form of what a document says it is."""
    text = json.dumps(dict(fields), sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_code(secret: bytes, document_id: str, digest: str) -> str:
    """The verification code of one document, ``XXXXX-XXXXX``.

    Args:
        secret: the installation's document secret (32 bytes, never printed).
        document_id: the archived document's id.
        digest: :func:`content_digest` of the document's identifying fields.
    """
    if len(secret) < 16:
        raise ValueError("the document secret is too short")
    mac = hmac.new(secret, f"{document_id}\n{digest}".encode(), hashlib.sha256).digest()
    return format_code(_encode(mac[:7], CODE_LENGTH))


def qr_payload(code: str) -> str:
    """The text inside the QR code: uppercase letters, digits, ``-`` and ``:`` only, so the QR
    uses its compact alphanumeric mode and stays readable at 20 mm."""
    normalized = normalize_code(code)
    if normalized is None:
        raise ValueError(f"not a verification code: {code!r}")
    return QR_PREFIX + normalized


def _unlayout(text: str) -> str:
    """Map text typed on an Arabic keyboard layout back to the Latin keys pressed."""
    for pair, key in _ARABIC_PAIRS.items():
        text = text.replace(pair, key)
    return "".join(_ARABIC_KEYS.get(ch, ch) for ch in text)


def normalize_code(text: str) -> str | None:
    """A typed or scanned code (or the QR text) → ``XXXXX-XXXXX``, or None if it cannot be one.

    Tolerates case, spaces, dashes, Arabic-Indic digits, O/I/L look-alikes, the QR prefix, and
    scanner input typed under an Arabic keyboard layout.
    """
    if not text:
        return None
    # Keys first: NFKC would reorder adjacent harakat (Shift+Q, Shift+R) by combining class.
    s = _unlayout(text.translate(_ARABIC_DIGITS))
    s = unicodedata.normalize("NFKC", s).strip().upper()
    if ":" in s:
        s = s.rsplit(":", 1)[1]
    s = "".join(ch for ch in s if ch not in _SEPARATORS)
    s = s.removeprefix(QR_PREFIX.replace("-", "").rstrip(":"))
    s = "".join(_ALIASES.get(ch, ch) for ch in s)
    if len(s) != CODE_LENGTH or any(ch not in ALPHABET for ch in s):
        return None
    return format_code(s)


def code_matches(secret: bytes, document_id: str, digest: str, code: str) -> bool:
    """True when ``code`` is the one this installation would issue for the document."""
    return hmac.compare_digest(make_code(secret, document_id, digest), code)
