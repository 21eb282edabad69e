"""Generated models tolerate what the real service sends and keep read-only data out of requests."""

from __future__ import annotations

from tripletex_async_api.api.customer import customer_put
from tripletex_async.models import Customer, Employee, ListResponseCustomer
from tripletex_async.models import EmployeeUserType
from tripletex_async import UNSET


def test_null_references_and_enums_become_unset() -> None:
    employee = Employee.from_dict({"id": 1, "department": None, "userType": None, "employments": None})
    assert employee.department is UNSET
    assert employee.user_type is UNSET
    assert employee.employments is UNSET
    assert employee.to_dict() == {"id": 1}


def test_enum_values_the_spec_does_not_list_are_kept() -> None:
    employee = Employee.from_dict({"id": 2, "userType": "BRAND_NEW_KIND"})
    assert isinstance(employee.user_type, EmployeeUserType)
    assert employee.user_type == "BRAND_NEW_KIND"
    assert employee.to_dict()["userType"] == "BRAND_NEW_KIND"
    assert EmployeeUserType("STANDARD") is EmployeeUserType.STANDARD


def test_null_elements_of_lists_are_skipped() -> None:
    page = ListResponseCustomer.from_dict({"fullResultSize": 0, "values": [None, {"id": 5, "name": "A"}]})
    assert isinstance(page.values, list)
    assert [c.id for c in page.values] == [5]


def test_request_bodies_leave_read_only_and_unset_fields_out() -> None:
    server = {
        "id": 7,
        "version": 3,
        "url": "tripletex.no/v2/customer/7",
        "changes": [{"employeeId": 1, "timestamp": "2024-01-01", "changeType": "CREATE"}],
        "name": "Acme",
        "postalAddress": {
            "id": 9,
            "url": "tripletex.no/v2/address/9",
            "addressLine1": "Gate 1",
            "country": None,
        },
        "accountManager": None,
    }
    customer = Customer.from_dict(server)
    customer.name = "Acme AS"
    body = customer_put.OPERATION.build(7, body=customer)["json"]
    assert body == {
        "id": 7,
        "version": 3,
        "name": "Acme AS",
        "postalAddress": {"id": 9, "addressLine1": "Gate 1"},
    }
    # outside a request body, to_dict keeps everything the server sent (round trip)
    assert customer.to_dict()["url"] == "tripletex.no/v2/customer/7"
    assert customer.to_dict()["postalAddress"]["url"] == "tripletex.no/v2/address/9"
