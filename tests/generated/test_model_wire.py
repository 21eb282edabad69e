"""``Model.from_json``: list pages decoded straight into their records' wire form (msgspec Structs)
give exactly what ``from_dict(json.loads(...))`` gives, and whatever the wire form cannot represent
exactly goes through ``from_dict``, with its results and its errors."""

from __future__ import annotations

import gc
import json
import math
from pathlib import Path
from typing import Any

import pytest
from tripletex_async_api.models.address import Address
from tripletex_async_api.models.customer import Customer
from tripletex_async_api.models.customer_language import CustomerLanguage
from tripletex_async_api.models.list_response_customer import ListResponseCustomer
from tripletex_async_api.models.response_wrapper_customer import ResponseWrapperCustomer

from tests.generated.test_real_responses import _files, _find_operation, _model_for, _parseable
from tripletex_async._runtime import UNSET, ModelParseError
from tripletex_async._runtime.wire import decode_page

CUSTOMER = {
    "id": 7,
    "version": 2,
    "url": "api.tripletex.io/v2/customer/7",
    "name": "Banan AS",
    "organizationNumber": "",
    "customerNumber": 10007,
    "isInactive": False,
    "accountManager": {"id": 11, "url": "api.tripletex.io/v2/employee/11"},
    "postalAddress": {"id": 12, "url": "api.tripletex.io/v2/address/12"},
    "deliveryAddress": None,
    "bankAccounts": [],
    "language": "NO",
    "invoicesDueIn": 14,
}


def page(*records: Any, **envelope: Any) -> bytes:
    body = {"fullResultSize": len(records), "from": 0, "count": len(records), "versionDigest": "abc", **envelope}
    return json.dumps({**body, "values": list(records)}).encode()


def both(content: bytes) -> tuple[ListResponseCustomer, ListResponseCustomer]:
    return ListResponseCustomer.from_json(content), ListResponseCustomer.from_dict(json.loads(content))


def test_a_page_takes_the_wire_form_and_equals_from_dict() -> None:
    content = page(CUSTOMER, {**CUSTOMER, "id": 8, "language": "EN"})
    assert decode_page(ListResponseCustomer, content) is not None  # the fast path, not the fallback
    fast, ordinary = both(content)
    assert fast == ordinary
    first = fast.values[0]
    assert isinstance(first, Customer)
    assert (first.id, first.name, first.language) == (7, "Banan AS", CustomerLanguage.NO)
    assert first.delivery_address is UNSET and first.email is UNSET  # null and absent
    assert isinstance(first.postal_address, Address) and first.postal_address.id == 12
    assert first.additional_properties == {}
    assert fast.full_result_size == 2 and fast.version_digest == "abc"
    assert fast.to_dict() == ordinary.to_dict()


def test_null_and_absent_envelope_values() -> None:
    content = b'{"fullResultSize": null, "values": null}'
    fast, ordinary = both(content)
    assert fast == ordinary and fast.values == [] and fast.full_result_size is UNSET


@pytest.mark.parametrize(
    "content",
    [
        page({**CUSTOMER, "someNewProperty": {"a": 1}}),  # a property the spec does not know
        page(CUSTOMER, None),  # a null record (skipped)
        page(CUSTOMER, sumAllHours=7.5),  # an envelope key of its own
        page({**CUSTOMER, "invoicesDueIn": 10**30}),  # beyond 64 bits: exact
        page({**CUSTOMER, "language": "KLINGON"}),  # a value the enum does not list: kept
    ],
    ids=["unknown-key", "null-record", "envelope-extra", "big-int", "unknown-enum"],
)
def test_what_the_wire_form_cannot_hold_goes_through_from_dict(content: bytes) -> None:
    fast, ordinary = both(content)
    assert fast == ordinary
    assert fast.to_dict() == ordinary.to_dict()


def test_nan_which_only_the_standard_library_decodes() -> None:
    fast = ListResponseCustomer.from_json(b'{"values": [{"id": 1, "discountPercentage": NaN}]}')
    value = fast.values[0].discount_percentage
    assert fast.values[0].id == 1 and isinstance(value, float) and math.isnan(value)


def test_unknown_properties_are_kept() -> None:
    fast, _ = both(page({**CUSTOMER, "someNewProperty": {"a": 1}}))
    assert fast.values[0].additional_properties == {"someNewProperty": {"a": 1}}


def test_a_value_that_does_not_fit_is_named_as_from_dict_names_it() -> None:
    content = page(CUSTOMER, {**CUSTOMER, "postalAddress": "Storgata 1"})
    with pytest.raises(ModelParseError) as fast:
        ListResponseCustomer.from_json(content)
    with pytest.raises(ModelParseError) as ordinary:
        ListResponseCustomer.from_dict(json.loads(content))
    assert str(fast.value) == str(ordinary.value)
    assert "Customer.postalAddress" in str(fast.value)


def test_a_bare_array_is_refused_as_from_dict_refuses_it() -> None:
    with pytest.raises(ModelParseError, match="ListResponseCustomer: expected a JSON object"):
        ListResponseCustomer.from_json(b'[{"id": 1}]')


def test_not_json_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="JSON|Expecting|value"):
        ListResponseCustomer.from_json(b"<html>Bad gateway</html>")


def test_single_answers_parse_from_bytes() -> None:
    answer = ResponseWrapperCustomer.from_json(json.dumps({"value": CUSTOMER}).encode())
    assert answer == ResponseWrapperCustomer.from_dict({"value": CUSTOMER})
    assert ResponseWrapperCustomer.from_json(b'{"value": null}').value is None


def test_wire_records_are_not_tracked_by_the_cyclic_gc() -> None:
    wire = decode_page(ListResponseCustomer, page(CUSTOMER))
    assert wire is not None
    assert not gc.is_tracked(wire.values[0])


@pytest.mark.shared
@pytest.mark.parametrize("path", [p for p in _files() if _parseable(p)], ids=lambda p: p.name[:90])
def test_real_bodies_parse_the_same_from_bytes(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    model = _model_for(_find_operation(record["method"], record["path"]), int(record["status"]))
    body = record["body"]
    if record["envelope"] == "values-array-only":
        body = {"values": body}
    content = json.dumps(body).encode()
    assert model.from_json(content) == model.from_dict(body)
