"""A marketplace seller's order statuses take their tone: an order still to send or sent in part
(Shopify's Unfulfilled and Partially fulfilled, Amazon's Unshipped) is amber, as Pending is (they
were grey badges); Fulfilled and Shipped stay green."""

from __future__ import annotations

import re

import pytest

from kernel.dsl.compiler.elements.status_words import status_tone
from tests.support.elements import render_element

ORDERS = {
    "Unfulfilled": "warning",
    "Partially fulfilled": "warning",
    "Unshipped": "warning",
    "Awaiting shipment": "warning",
    "Pending": "warning",
    "Fulfilled": "success",
    "Shipped": "success",
}
"""An orders table's fulfilment statuses and the tone each is drawn in (the last three were known)."""


def pills(html: str) -> list[tuple[str, str]]:
    return re.findall(r'dsl-pill--(\w+)"><i></i>([^<]+)<', html)


def test_an_orders_fulfilment_column_draws_each_word_in_its_tone() -> None:
    rows = [[f"#{1000 + index}", word] for index, word in enumerate(ORDERS)]
    html = render_element(type="table", columns=["Order", "Fulfillment"], rows=rows)
    assert pills(html) == [(tone, word) for word, tone in ORDERS.items()]


@pytest.mark.parametrize(
    "written", ["UNFULFILLED", "partially-fulfilled", "Partially_Fulfilled", "unshipped"]
)
def test_the_words_are_read_whatever_their_case_and_joins(written: str) -> None:
    assert status_tone(written) == "warning"


def test_an_unfulfilled_order_is_an_amber_badge_on_a_list_row_and_a_card() -> None:
    orders = render_element(
        type="list",
        items=[{"label": "#1042", "badge": "Unfulfilled"}, {"label": "#1041", "badge": "Fulfilled"}],
    )
    assert re.findall(r'dsl-pill dsl-pill--(\w+)">(\w+)<', orders) == [
        ("warning", "Unfulfilled"),
        ("success", "Fulfilled"),
    ]
    order = render_element(type="card", title="Order #1043", badge="Unshipped")
    assert "dsl-badge dsl-badge--warning dsl-card-badge" in order
