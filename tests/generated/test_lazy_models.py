"""Generated models parse lazily (from_dict keeps the JSON, a property is parsed when first read)
and behave exactly like models built with __init__."""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest
from tripletex_async.models import Address, Customer, Employee, ListResponseCustomer, ResponseWrapperCustomer
from tripletex_async.models import CustomerLanguage
from tripletex_async.models import EmployeeUserType
from tripletex_async._runtime import UNSET, request_body_serialization


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
        "accountManager": None,
        "bankAccounts": ["1234.56.78903"],
        "somethingNew": {"x": 1},
        "alsoNull": None,
    }


def _eager_customer() -> Customer:
    from tripletex_async.models import Change
    from tripletex_async.models import ChangeChangeType

    customer = Customer(
        id=7,
        version=3,
        url="tripletex.no/v2/customer/7",
        changes=[Change(employee_id=1, timestamp="2024-01-01", change_type=ChangeChangeType.CREATE)],
        name="Acme",
        is_customer=True,
        language=CustomerLanguage.NO,
        postal_address=Address(id=9, url="tripletex.no/v2/address/9", address_line_1="Gate 1"),
        bank_accounts=["1234.56.78903"],
    )
    customer.additional_properties = {"somethingNew": {"x": 1}}
    return customer


def _pending(model: Any) -> dict[str, Any]:
    """The JSON values not parsed yet (private state, for these tests only)."""
    src = object.__getattribute__(model, "_tx_src")
    return {k: v for k, v in src.items() if isinstance(k, str) and type(v).__name__ != "_Parsed"}


def test_from_dict_parses_nothing_until_read() -> None:
    customer = Customer.from_dict(_server_customer())
    assert "postalAddress" in _pending(customer) and "name" in _pending(customer)
    assert customer.name == "Acme"
    assert "name" not in _pending(customer) and "postalAddress" in _pending(customer)
    address = customer.postal_address
    assert isinstance(address, Address)
    assert "postalAddress" not in _pending(customer)
    assert _pending(address) == {"id": 9, "url": "tripletex.no/v2/address/9", "addressLine1": "Gate 1"} | {
        "country": None
    }  # the nested model is lazy too
    assert address.address_line_1 == "Gate 1"
    assert address.country is UNSET
    assert customer.postal_address is address  # parsed once, then a plain slot
    assert customer.account_manager is UNSET and customer.department is UNSET


def test_nested_parse_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    original = Address._tx_from_json.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Address], src: Any) -> Address:
        calls.append(src)
        return original(cls, src)  # type: ignore[no-any-return]

    monkeypatch.setattr(Address, "_tx_from_json", classmethod(counting))
    customer = Customer.from_dict(_server_customer() | {"physicalAddress": {"id": 10}})
    _ = (customer.id, customer.name, customer.language)
    assert calls == []
    _ = customer.postal_address
    _ = customer.postal_address
    assert len(calls) == 1
    customer.to_dict()
    assert len(calls) == 2  # physicalAddress, parsed by to_dict; postalAddress not again


def test_lazy_equals_eager_and_round_trips() -> None:
    lazy = Customer.from_dict(_server_customer())
    eager = _eager_customer()
    assert lazy == eager
    assert Customer.from_dict(_server_customer()) == Customer.from_dict(_server_customer())
    assert repr(Customer.from_dict(_server_customer())) == repr(eager)
    expected = {k: v for k, v in _server_customer().items() if v is not None}
    expected["postalAddress"] = {k: v for k, v in expected["postalAddress"].items() if v is not None}
    expected["changes"] = [c for c in expected["changes"] if c is not None]
    assert Customer.from_dict(_server_customer()).to_dict() == expected
    assert eager.to_dict() == expected
    assert Customer.from_dict(_server_customer()).additional_properties == {"somethingNew": {"x": 1}}
    assert Customer.from_dict(_server_customer())["somethingNew"] == {"x": 1}
    assert "alsoNull" not in Customer.from_dict(_server_customer())


def test_from_dict_keeps_a_copy() -> None:
    source = _server_customer()
    customer = Customer.from_dict(source)
    source["name"] = "Changed"
    source.pop("id")
    assert customer.name == "Acme" and customer.id == 7
    assert source["postalAddress"]["id"] == 9  # the caller's data is never modified


def test_assignment_before_and_after_reading() -> None:
    customer = Customer.from_dict(_server_customer())
    customer.name = "Before"  # not read yet: the JSON value must not come back
    assert customer.name == "Before"
    assert customer.to_dict()["name"] == "Before"
    customer = Customer.from_dict(_server_customer())
    assert customer.version == 3
    customer.version = 4
    customer.postal_address = UNSET
    customer.email = "new@example.com"  # absent from the JSON
    body = customer.to_dict()
    assert body["version"] == 4 and "postalAddress" not in body and body["email"] == "new@example.com"
    customer.name = "After to_dict"
    assert customer.to_dict()["name"] == "After to_dict"
    # nested changes made through a lazily parsed child are kept
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


def test_deleting_an_attribute_is_still_an_attribute_error() -> None:
    customer = Customer.from_dict(_server_customer())
    assert customer.name == "Acme"
    del customer.name
    with pytest.raises(AttributeError):
        _ = customer.name


def test_unknown_attribute_is_an_attribute_error() -> None:
    customer = Customer.from_dict(_server_customer())
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = customer.nope  # type: ignore[attr-defined]
    assert getattr(customer, "nope", None) is None
    assert not hasattr(Customer(), "nope")


def test_evolve_copy_and_pickle() -> None:
    lazy = Customer.from_dict(_server_customer())
    changed = attrs.evolve(lazy, name="Evolved")
    assert changed.name == "Evolved" and changed.postal_address == lazy.postal_address
    assert attrs.evolve(Customer.from_dict(_server_customer()), name="Acme") == _eager_customer().__class__(
        **{f.name: getattr(_eager_customer(), f.name) for f in attrs.fields(Customer) if f.init}
    )
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(Customer.from_dict(_server_customer()), protocol))  # noqa: S301 (our own bytes)
        assert again == _eager_customer()
        assert again.to_dict() == Customer.from_dict(_server_customer()).to_dict()
        assert again.organization_number is UNSET  # UNSET stays the singleton
        again.name = "x"  # an unpickled model has no JSON object: plain attributes
        assert again.name == "x"
    assert copy.deepcopy(Customer.from_dict(_server_customer())) == _eager_customer()
    assert copy.copy(Customer.from_dict(_server_customer())) == _eager_customer()


def test_init_built_models_have_no_lazy_path() -> None:
    customer = Customer(name="Plain")
    assert customer.name == "Plain" and customer.id is UNSET
    assert customer.to_dict() == {"name": "Plain"}
    assert object.__getattribute__(customer, "_tx_src") is None


def test_lists_skip_null_elements_and_elements_are_lazy() -> None:
    page = ListResponseCustomer.from_dict({"fullResultSize": 2, "values": [None, _server_customer(), None]})
    assert isinstance(page.values, list) and len(page.values) == 1
    assert "postalAddress" in _pending(page.values[0])
    assert page.values[0].name == "Acme"
    assert page.to_dict()["values"][0]["name"] == "Acme"


def test_unknown_enum_values_are_kept() -> None:
    employee = Employee.from_dict({"id": 2, "userType": "BRAND_NEW_KIND"})
    assert isinstance(employee.user_type, EmployeeUserType) and employee.user_type == "BRAND_NEW_KIND"
    assert employee.to_dict() == {"id": 2, "userType": "BRAND_NEW_KIND"}


def test_a_parse_error_names_the_model_and_property() -> None:
    customer = Customer.from_dict({"id": 1, "postalAddress": {"id": 2, "country": "Norway"}})
    address = customer.postal_address
    assert isinstance(address, Address)
    with pytest.raises(
        ValueError, match=r"^Address\.country: could not parse the service's value: TypeError"
    ):
        _ = address.country
    page = ListResponseCustomer.from_dict({"values": [{"id": 1}, "not an object"]})
    with pytest.raises(
        ValueError, match=r"^ListResponseCustomer\.values: could not parse the service's value"
    ):
        _ = page.values
    customer = Customer.from_dict({"id": 1, "changes": [{"timestamp": "x"}, 5]})
    with pytest.raises(ValueError, match=r"^Customer\.changes: could not parse"):
        customer.to_dict()


def test_from_dict_checks_the_top_level_shape() -> None:
    with pytest.raises(TypeError, match=r"ResponseWrapperCustomer\.value: expected an object, got str"):
        ResponseWrapperCustomer.from_dict({"value": "not an object"})
    with pytest.raises(TypeError, match=r"Customer\.postalAddress: expected an object"):
        Customer.from_dict({"postalAddress": [1]})
    with pytest.raises(TypeError, match=r"ListResponseCustomer\.values: expected an array"):
        ListResponseCustomer.from_dict({"values": {"id": 1}})
    with pytest.raises(TypeError, match=r"Customer\.language: expected a string"):
        Customer.from_dict({"language": 3})
    with pytest.raises(TypeError, match="expects a JSON object"):
        Customer.from_dict(["id", 1])  # type: ignore[arg-type]


def test_request_bodies_leave_read_only_fields_out_of_lazy_models() -> None:
    from tripletex_async_api.api.customer import customer_put

    customer = Customer.from_dict(_server_customer())
    customer.name = "Acme AS"
    with request_body_serialization():
        body = customer.to_dict()
    assert "url" not in body and "changes" not in body and "isCustomer" not in body
    assert body["postalAddress"] == {"id": 9, "addressLine1": "Gate 1"}
    assert body["name"] == "Acme AS" and body["version"] == 3
    fresh = Customer.from_dict(_server_customer())
    sent = customer_put._get_kwargs(7, body=fresh)["json"]
    assert "url" not in sent and sent["postalAddress"] == {"id": 9, "addressLine1": "Gate 1"}
    assert fresh.to_dict()["url"] == "tripletex.no/v2/customer/7"  # outside a request body: everything
