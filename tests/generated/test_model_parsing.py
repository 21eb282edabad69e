"""Generated models parse the whole JSON object at once with a generated straight-line parser and
behave exactly like models built with __init__."""

from __future__ import annotations

import copy
import gc
import pickle
from typing import Any

import attrs
import pytest
from tripletex_async_api.models import (
    Address,
    Change,
    Customer,
    Employee,
    ListResponseCustomer,
    ResponseWrapperCustomer,
)
from tripletex_async_api.models.change_change_type import ChangeChangeType
from tripletex_async_api.models.customer_language import CustomerLanguage
from tripletex_async_api.models.employee_user_type import EmployeeUserType
from tripletex_async_api.types import UNSET, request_body_serialization

from tripletex_async._runtime.model import ModelParseError


def _server_customer() -> dict[str, Any]:
    return {
        "id": 7,
        "version": 3,
        "url": "tripletex.no/v2/customer/7",
        "changes": [{"employeeId": 1, "timestamp": "2024-01-01", "changeType": "CREATE"}, None],
        "name": "Acme",
        "isCustomer": True,
        "language": "NO",
        "postalAddress": {
            "id": 9,
            "url": "tripletex.no/v2/address/9",
            "addressLine1": "Gate 1",
            "country": None,
        },
        "physicalAddress": {"id": 10, "url": "tripletex.no/v2/address/10"},
        "accountManager": None,
        "bankAccounts": ["1234.56.78903"],
        "somethingNew": {"x": 1},
        "alsoNull": None,
    }


def _eager_customer() -> Customer:
    customer = Customer(
        id=7,
        version=3,
        url="tripletex.no/v2/customer/7",
        changes=[Change(employee_id=1, timestamp="2024-01-01", change_type=ChangeChangeType.CREATE)],
        name="Acme",
        is_customer=True,
        language=CustomerLanguage.NO,
        postal_address=Address(id=9, url="tripletex.no/v2/address/9", address_line_1="Gate 1"),
        physical_address=Address(id=10, url="tripletex.no/v2/address/10"),
        bank_accounts=["1234.56.78903"],
    )
    customer.additional_properties = {"somethingNew": {"x": 1}}
    return customer


def _slots_filled(model: Any) -> bool:
    """Every attrs slot holds a value (private state, for these tests only)."""
    for field in attrs.fields(type(model)):
        try:
            object.__getattribute__(model, field.name)
        except AttributeError:
            return False
    return True


def test_from_dict_parses_every_property_at_once() -> None:
    customer = Customer.from_dict(_server_customer())
    assert type(customer) is Customer and _slots_filled(customer)
    assert customer.name == "Acme" and customer.organization_number is UNSET
    assert customer.account_manager is UNSET and customer.department is UNSET  # null / absent
    assert customer.language is CustomerLanguage.NO
    assert customer.changes == [
        Change(employee_id=1, timestamp="2024-01-01", change_type=ChangeChangeType.CREATE)
    ]
    address = customer.postal_address  # not reference-shaped (addressLine1, a null): parsed at once
    assert type(address) is Address and _slots_filled(address)
    assert address.address_line_1 == "Gate 1" and address.country is UNSET


def test_references_are_parsed_like_any_object() -> None:
    customer = Customer.from_dict(_server_customer())
    ref = customer.physical_address  # {"id", "url"}: the reference shortcut
    assert type(ref) is Address and _slots_filled(ref)
    assert ref == Address(id=10, url="tripletex.no/v2/address/10")
    assert ref.city is UNSET and ref.additional_properties == {}
    assert Address.from_dict({"id": 1, "url": None}) == Address(id=1)
    assert Address.from_dict({"url": "u"}) == Address(url="u")
    assert Address.from_dict({}) == Address()
    ref.city = "Oslo"
    assert customer.to_dict()["physicalAddress"] == {"id": 10, "url": "tripletex.no/v2/address/10", "city": "Oslo"}


def test_reference_shapes_other_than_id_and_url() -> None:
    employee = Employee.from_dict({"id": 5, "firstName": "Kari", "lastName": None})
    assert employee.first_name == "Kari" and employee.last_name is UNSET and employee.email is UNSET
    assert employee.additional_properties == {}
    customer = Customer.from_dict({"id": 1, "accountManager": {"id": 5, "firstName": "Kari"}})
    assert customer.to_dict() == {"id": 1, "accountManager": {"id": 5, "firstName": "Kari"}}


def test_parsed_equals_built_and_round_trips() -> None:
    parsed = Customer.from_dict(_server_customer())
    eager = _eager_customer()
    assert parsed == eager
    assert repr(Customer.from_dict(_server_customer())) == repr(eager)
    expected = {k: v for k, v in _server_customer().items() if v is not None}
    expected["postalAddress"] = {k: v for k, v in expected["postalAddress"].items() if v is not None}
    expected["changes"] = [c for c in expected["changes"] if c is not None]
    assert Customer.from_dict(_server_customer()).to_dict() == expected
    assert eager.to_dict() == expected
    assert Customer.from_dict(_server_customer()).additional_properties == {"somethingNew": {"x": 1}}
    assert Customer.from_dict(_server_customer())["somethingNew"] == {"x": 1}
    assert "alsoNull" not in Customer.from_dict(_server_customer())
    assert Customer.from_dict(expected) == parsed


def test_from_dict_keeps_nothing_of_the_callers_object() -> None:
    source = _server_customer()
    customer = Customer.from_dict(source)
    source["name"] = "Changed"
    source.pop("id")
    source["physicalAddress"]["id"] = 99
    assert customer.name == "Acme" and customer.id == 7
    assert source["postalAddress"]["id"] == 9  # the caller's data is never modified


def test_assignment_and_to_dict() -> None:
    customer = Customer.from_dict(_server_customer())
    customer.name = "Changed"
    customer.version = 4
    customer.postal_address = UNSET
    customer.email = "new@example.com"
    body = customer.to_dict()
    assert body["name"] == "Changed" and body["version"] == 4
    assert "postalAddress" not in body and body["email"] == "new@example.com"
    customer = Customer.from_dict(_server_customer())
    assert isinstance(customer.postal_address, Address)
    customer.postal_address.address_line_1 = "Gate 2"
    assert customer.to_dict()["postalAddress"]["addressLine1"] == "Gate 2"


def test_additional_properties_assignment_and_item_access() -> None:
    customer = Customer.from_dict(_server_customer())
    customer["extra"] = 1
    assert customer.to_dict()["extra"] == 1 and customer.to_dict()["somethingNew"] == {"x": 1}
    customer = Customer.from_dict(_server_customer())
    customer.additional_properties = {}
    assert "somethingNew" not in customer.to_dict()
    # a null among known keys is not an additional property; an unknown key is
    assert Customer.from_dict({"id": 1, "name": None}).additional_properties == {}
    assert Customer.from_dict({"id": 1, "name": None, "new": 2}).additional_properties == {"new": 2}


def test_evolve_copy_and_pickle() -> None:
    parsed = Customer.from_dict(_server_customer())
    changed = attrs.evolve(parsed, name="Evolved")
    assert changed.name == "Evolved" and changed.postal_address == parsed.postal_address
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(Customer.from_dict(_server_customer()), protocol))  # noqa: S301
        assert again == _eager_customer()
        assert again.organization_number is UNSET  # UNSET stays the singleton
    assert copy.deepcopy(Customer.from_dict(_server_customer())) == _eager_customer()


def test_init_built_models() -> None:
    customer = Customer(name="Plain")
    assert customer.name == "Plain" and customer.id is UNSET
    assert customer.to_dict() == {"name": "Plain"}


def test_lists_skip_null_elements() -> None:
    page = ListResponseCustomer.from_dict({"fullResultSize": 2, "values": [None, _server_customer(), None]})
    assert isinstance(page.values, list) and len(page.values) == 1
    assert page.values[0].name == "Acme"
    assert page.to_dict()["values"][0]["name"] == "Acme"
    assert ListResponseCustomer.from_dict({"values": []}).values == []


def test_unknown_enum_values_are_kept() -> None:
    employee = Employee.from_dict({"id": 2, "userType": "BRAND_NEW_KIND", "email": "a@b.no"})
    assert isinstance(employee.user_type, EmployeeUserType) and employee.user_type == "BRAND_NEW_KIND"
    assert employee.to_dict() == {"id": 2, "userType": "BRAND_NEW_KIND", "email": "a@b.no"}
    assert Employee.from_dict({"userType": "STANDARD"}).user_type is EmployeeUserType.STANDARD


def test_a_parse_error_names_the_model_and_property() -> None:
    with pytest.raises(ModelParseError, match=r"^Customer\.postalAddress -> Address\.country -> Country: "):
        Customer.from_dict({"id": 1, "postalAddress": {"id": 2, "country": "Norway"}})
    with pytest.raises(
        ValueError, match=r"^ListResponseCustomer\.values -> Customer: expected a JSON object"
    ):
        ListResponseCustomer.from_dict({"values": [{"id": 1}, "not an object"]})
    with pytest.raises(
        ValueError, match=r"^Customer\.changes -> Change: expected a JSON object, got an integer 5"
    ):
        Customer.from_dict({"id": 1, "changes": [{"timestamp": "x"}, 5]})
    with pytest.raises(ValueError, match=r"^Customer\.language: could not parse .*an array"):
        Customer.from_dict({"language": ["NO"]})
    with pytest.raises(ValueError, match=r"^Customer\.language: could not parse .*an integer 3"):
        Customer.from_dict({"language": 3})
    with pytest.raises(ValueError, match=r"^ListResponseCustomer\.values: could not parse .*an object"):
        ListResponseCustomer.from_dict({"values": {"id": 1}})
    with pytest.raises(
        ValueError, match=r"^ResponseWrapperCustomer\.value -> Customer: expected a JSON object"
    ):
        ResponseWrapperCustomer.from_dict({"value": "not an object"})
    with pytest.raises(ValueError, match=r"^Customer: expected a JSON object, got an array"):
        Customer.from_dict(["id", 1])  # type: ignore[arg-type]
    with pytest.raises(ModelParseError) as caught:
        Customer.from_dict({"postalAddress": [1]})
    error = caught.value
    assert error.path == ("Customer", "postalAddress", "Address")
    assert pickle.loads(pickle.dumps(error)).path == error.path  # noqa: S301


def test_the_collector_is_paused_only_during_a_parse() -> None:
    assert gc.isenabled()
    Customer.from_dict(_server_customer())
    assert gc.isenabled()
    with pytest.raises(ValueError):
        Customer.from_dict({"language": 3})
    assert gc.isenabled()
    gc.disable()
    try:
        Customer.from_dict(_server_customer())
        assert not gc.isenabled()  # a caller's own choice is left alone
    finally:
        gc.enable()


def test_request_bodies_leave_read_only_fields_out() -> None:
    customer = Customer.from_dict(_server_customer())
    customer.name = "Acme AS"
    with request_body_serialization():
        body = customer.to_dict()
    assert "url" not in body and "changes" not in body and "isCustomer" not in body
    assert body["postalAddress"] == {"id": 9, "addressLine1": "Gate 1"}
    assert body["physicalAddress"] == {"id": 10}
    assert body["name"] == "Acme AS" and body["version"] == 3
    assert customer.to_dict()["url"] == "tripletex.no/v2/customer/7"  # outside a request body: everything
