from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.country import Country
    from ..models.customer import Customer
    from ..models.department import Department


T = TypeVar("T", bound="Contact")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("phoneNumberMobileCountry", dict, False),
    ("customer", dict, False),
    ("department", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Contact(LazyModel):
    """If the contact is not an employee

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset):
        email (str | Unset):
        phone_number_mobile_country (Country | Unset):
        phone_number_mobile (str | Unset):
        phone_number_work (str | Unset):
        customer (Customer | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        is_inactive (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number_mobile_country: Country | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    phone_number_work: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    department: Department | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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

        first_name = self.first_name

        last_name = self.last_name

        display_name = self.display_name

        email = self.email

        phone_number_mobile_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number_mobile_country, Unset):
            phone_number_mobile_country = self.phone_number_mobile_country.to_dict()

        phone_number_mobile = self.phone_number_mobile

        phone_number_work = self.phone_number_work

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        is_inactive = self.is_inactive

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
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number_mobile_country is not UNSET:
            field_dict["phoneNumberMobileCountry"] = phone_number_mobile_country
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if phone_number_work is not UNSET:
            field_dict["phoneNumberWork"] = phone_number_work
        if customer is not UNSET:
            field_dict["customer"] = customer
        if department is not UNSET:
            field_dict["department"] = department
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Contact from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_phone_number_mobile_country(_tx_v: Any) -> Country | Unset:
            _phone_number_mobile_country = _tx_v
            phone_number_mobile_country: Country | Unset
            if isinstance(_phone_number_mobile_country, Unset):
                phone_number_mobile_country = UNSET
            else:
                phone_number_mobile_country = Country._tx_from_json(_phone_number_mobile_country)

            return phone_number_mobile_country

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "firstName",
                "lastName",
                "displayName",
                "email",
                "phoneNumberMobileCountry",
                "phoneNumberMobile",
                "phoneNumberWork",
                "customer",
                "department",
                "isInactive",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "first_name": ("firstName", None),
            "last_name": ("lastName", None),
            "display_name": ("displayName", None),
            "email": ("email", None),
            "phone_number_mobile_country": ("phoneNumberMobileCountry", _p_phone_number_mobile_country),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "phone_number_work": ("phoneNumberWork", None),
            "customer": ("customer", _p_customer),
            "department": ("department", _p_department),
            "is_inactive": ("isInactive", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
