from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.customer import Customer
    from ..models.department import Department


T = TypeVar("T", bound="OrderOffer")


@_attrs_define
class OrderOffer:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        number (str | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        offer_date (str | Unset):
        customer (Customer | Unset):
        display_name (str | Unset): [read-only]
        customer_name (str | Unset): [read-only]
        project_manager_name_and_number (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    number: str | Unset = UNSET
    department: Department | Unset = UNSET
    offer_date: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    display_name: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    project_manager_name_and_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        number = self.number

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        offer_date = self.offer_date

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        display_name = self.display_name

        customer_name = self.customer_name

        project_manager_name_and_number = self.project_manager_name_and_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if number is not UNSET:
            field_dict["number"] = number
        if department is not UNSET:
            field_dict["department"] = department
        if offer_date is not UNSET:
            field_dict["offerDate"] = offer_date
        if customer is not UNSET:
            field_dict["customer"] = customer
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if customer_name is not UNSET and not _in_request:
            field_dict["customerName"] = customer_name
        if project_manager_name_and_number is not UNSET and not _in_request:
            field_dict["projectManagerNameAndNumber"] = project_manager_name_and_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        number = d.pop("number", UNSET)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        offer_date = d.pop("offerDate", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        display_name = d.pop("displayName", UNSET)

        customer_name = d.pop("customerName", UNSET)

        project_manager_name_and_number = d.pop("projectManagerNameAndNumber", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            number=number,
            department=department,
            offer_date=offer_date,
            customer=customer,
            display_name=display_name,
            customer_name=customer_name,
            project_manager_name_and_number=project_manager_name_and_number,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
