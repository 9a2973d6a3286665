"""Printed documents (reportlab only): plain data in, PDF bytes out.

One module per document — ``declaration``, ``receipt``, ``referral``, ``decision_letter``,
``complaint_ack`` — each with ``render_<doc>(data) -> bytes``; input dataclasses in ``model``;
Arabic line layout in ``arabic_text``; the shared page frame in ``layout``.
"""
